/// Scalar classes and small scans shared by the document readers and the
/// SEO rules. Words and sentences come from ``WordTokenizer`` and
/// ``SentenceSegmenter``; these are the few checks the document layer makes
/// on block edges, whitespace and scripts.
package enum _TextScan {
  /// Whether `scalar` belongs inside a word: a letter, a combining mark or a digit
  /// (General Category L*, M*, Nd; Unicode Character Database).
  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || (value >= 0x30 && value <= 0x39)
    }
    if ArabicScalars.arabicBlock.contains(scalar) { return _ArabicBlockClasses.isWord(scalar) }
    if scalar == ArabicScalars.tatweel { return true }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
      return true
    default:
      return false
    }
  }

  /// Whether `scalar` is a letter (General Category L*).
  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    if ArabicScalars.arabicBlock.contains(scalar) { return _ArabicBlockClasses.isLetter(scalar) }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter: return true
    case .modifierLetter: return scalar != ArabicScalars.tatweel
    default: return false
    }
  }

  /// Whether `scalar` is a letter of the Arabic script (``WritingScript``).
  @inline(__always)
  static func isArabicScriptLetter(_ scalar: Unicode.Scalar) -> Bool {
    WritingScript(letter: scalar) == .arabic
  }

  /// Whether `scalar` ends a sentence: the Unicode property Sentence_Terminal
  /// (STerm: `.` `!` `?` ؟ U+061F, ۔ U+06D4, …; UAX #29) or U+2026 ….
  @inline(__always)
  static func isSentenceTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?": return true
    default:
      if scalar.value < 0x80 { return false }
      return scalar.properties.isSentenceTerminal || scalar == ArabicScalars.horizontalEllipsis
    }
  }

  /// Whether `scalar` closes a sentence after its terminal: quotes and brackets
  /// (General Category Pf, Pe) and the ASCII quotes.
  @inline(__always)
  static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", ")", "]", "}": return true
    default:
      if scalar.value < 0x80 { return false }
      let category = scalar.properties.generalCategory
      return category == .finalPunctuation || category == .closePunctuation
    }
  }

  /// Whether `scalar` is white space or an invisible format character that
  /// separates nothing (bidi marks, zero width space, BOM).
  @inline(__always)
  static func isSpaceOrInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}": return true
    default:
      if scalar.value < 0x80 { return false }
      if ArabicScalars.arabicBlock.contains(scalar) { return scalar == ArabicScalars.arabicLetterMark }
      if scalar.properties.isWhitespace { return true }
      return scalar == ArabicScalars.zeroWidthSpace || scalar == ArabicScalars.byteOrderMark
        || scalar == ArabicScalars.leftToRightMark || scalar == ArabicScalars.rightToLeftMark
        || scalar == ArabicScalars.arabicLetterMark || scalar == ArabicScalars.softHyphen
        || scalar == ArabicScalars.wordJoiner
        || ArabicScalars.bidiEmbeddingsAndOverrides.contains(scalar)
        || ArabicScalars.bidiIsolates.contains(scalar)
    }
  }

  /// `text` with every run of white space and invisible format characters
  /// folded to one U+0020 SPACE, and none at either end.
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `text`.
  package static func foldingWhitespace<S: StringProtocol>(_ text: S) -> String {
    var needsWork = false
    var previousWasSpace = true
    for scalar in text.unicodeScalars {
      if isSpaceOrInvisible(scalar) {
        if previousWasSpace || scalar != " " { needsWork = true; break }
        previousWasSpace = true
      } else {
        previousWasSpace = false
      }
    }
    if !needsWork && !previousWasSpace { return String(text) }
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if isSpaceOrInvisible(scalar) {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether the last word character of `text` is followed by a sentence
  /// terminal (closing quotes and brackets may follow it).
  static func endsWithSentenceTerminal<S: StringProtocol>(_ text: S) -> Bool {
    for scalar in text.unicodeScalars.reversed() {
      if isSpaceOrInvisible(scalar) || isClosingPunctuation(scalar) { continue }
      return isSentenceTerminal(scalar)
    }
    return false
  }

  /// Counts of letters by script, for language and direction detection.
  struct ScriptCounts {
    var arabic = 0
    var latin = 0
    var persianOnly = 0
    var urduOnly = 0
    var other = 0

    /// Adds the counts of another text.
    mutating func add(_ other: ScriptCounts) {
      arabic += other.arabic
      latin += other.latin
      persianOnly += other.persianOnly
      urduOnly += other.urduOnly
      self.other += other.other
    }

    /// Whether the letters are mainly Arabic script (`rightToLeft`) or Latin:
    /// at least as many of that script as of the other.
    func isMainly(rightToLeft: Bool) -> Bool {
      rightToLeft ? arabic >= latin : latin >= arabic
    }

    mutating func add<S: StringProtocol>(_ text: S) {
      for scalar in text.unicodeScalars {
        if scalar.value < 0x80 {
          if (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A { latin += 1 }
          continue
        }
        if ArabicScalars.arabicBlock.contains(scalar) {
          guard _ArabicBlockClasses.isLetter(scalar) else { continue }
          arabic += 1
          if scalar > ArabicScalars.superscriptAlef {
            if ArabicScalars.persianLetters.contains(scalar) { persianOnly += 1 }
            if ArabicScalars.urduLetters.contains(scalar) { urduOnly += 1 }
          }
          continue
        }
        switch WritingScript(letter: scalar) {
        case .arabic?:
          arabic += 1
          // Persian and Urdu letters all lie after U+0670 (the Arabic letters proper end at U+064A).
          if scalar > ArabicScalars.superscriptAlef {
            if ArabicScalars.persianLetters.contains(scalar) { persianOnly += 1 }
            if ArabicScalars.urduLetters.contains(scalar) { urduOnly += 1 }
          }
        case .latin?: latin += 1
        case .other?: other += 1
        case nil: break
        }
      }
    }
  }
}

/// The letter and word classes of the Arabic block (U+0600–U+06FF), read
/// once from the Unicode properties into a table: the hot loops of the
/// document layer look them up instead of asking for each scalar's general
/// category.
enum _ArabicBlockClasses {
  static let letterBit: UInt8 = 1
  static let wordBit: UInt8 = 2

  static let table: [UInt8] = {
    let base = ArabicScalars.arabicBlock.lowerBound.value
    let count = Int(ArabicScalars.arabicBlock.upperBound.value - base) + 1
    return (0..<count).map { offset -> UInt8 in
      guard let scalar = Unicode.Scalar(base + UInt32(offset)) else { return 0 }
      var bits: UInt8 = 0
      switch scalar.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter:
        bits = letterBit | wordBit
      case .modifierLetter:
        bits = scalar == ArabicScalars.tatweel ? wordBit : letterBit | wordBit
      case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
        bits = wordBit
      default:
        bits = 0
      }
      return bits
    }
  }()

  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    table[Int(scalar.value &- ArabicScalars.arabicBlock.lowerBound.value)] & letterBit != 0
  }

  @inline(__always)
  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    table[Int(scalar.value &- ArabicScalars.arabicBlock.lowerBound.value)] & wordBit != 0
  }
}
