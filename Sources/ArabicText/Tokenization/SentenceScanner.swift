/// The sentence boundary scanner behind ``SentenceSegmenter``: finds where
/// the sentence that starts at a UTF-8 offset ends.
///
/// It follows the sentence boundary rules of UAX #29 (Unicode 15.0, rules
/// SB1–SB998) on the Sentence_Break property, with the departures listed
/// in <doc:Segmentation>:
/// - with ``SentenceSegmenter/ParagraphBreak/blankLine``, a line end ends a
///   sentence only before a blank line (SB4 ends one at every line end);
/// - U+2026 HORIZONTAL ELLIPSIS ends a sentence as U+0021 does (it is not a
///   terminator in Sentence_Break);
/// - a full stop after an abbreviation (one Arabic-script letter; a Latin
///   title such as `Dr`) or inside a URL or an e-mail address does not end
///   a sentence (SB11 would end it);
/// - an opening bracket or quotation mark right after a terminator starts
///   the next sentence (SB9 counts it as Close).
///
/// Offsets are UTF-8 byte offsets into the buffer; `start` bounds the look
/// behind and `end` the look ahead.
struct _SentenceScanner {
  let p: UnsafePointer<UInt8>
  let start: Int
  let end: Int
  let tables: Tables
  let breaksAtEveryLine: Bool

  init(_ base: UnsafePointer<UInt8>, start: Int, end: Int, breaksAtEveryLine: Bool, tables: Tables = .shared) {
    self.p = base
    self.start = start
    self.end = end
    self.breaksAtEveryLine = breaksAtEveryLine
    self.tables = tables
  }

  /// The lookup tables, read once per scan rather than per scalar.
  struct Tables: @unchecked Sendable {
    /// ``_SegmentationProperties/basicMultilingualPlane``.
    let properties: UnsafePointer<UInt16>
    /// For each byte value: 1 when a byte of that value may belong to a
    /// scalar that can end a sentence (ATerm, STerm, CR, LF, Sep, U+2026),
    /// else 0. Flagged are the ASCII terminators and line ends; for a
    /// two-byte terminator of the Arabic block (lead bytes 0xD8–0xDB), its
    /// second byte (0x9F for U+061F ARABIC QUESTION MARK, 0x94 for U+06D4
    /// ARABIC FULL STOP, …); for one of another block, its lead byte; and
    /// every lead byte of a three- or four-byte sequence. No byte of a
    /// common Arabic letter is flagged, so Arabic text is scanned at one
    /// table lookup per byte.
    let bytes: UnsafePointer<UInt8>

    static let shared: Tables = {
      let properties = _SegmentationProperties.basicMultilingualPlane
      let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
      bytes.initialize(repeating: 0, count: 256)
      for scalar in 0..<0x800 where isCandidate(_SegmentationProperties(rawValue: properties[scalar]).sentenceBreak) {
        if scalar < 0x80 {
          bytes[scalar] = 1
        } else if UInt32(scalar) >> 8 == ArabicScalars.arabicBlock.lowerBound.value >> 8 {
          bytes[0x80 | scalar & 0x3F] = 1
        } else {
          bytes[0xC0 | scalar >> 6] = 1
        }
      }
      for lead in 0xE0..<0x100 { bytes[lead] = 1 }
      return Tables(properties: properties, bytes: UnsafePointer(bytes))
    }()
  }

  /// Whether a scalar of this Sentence_Break value is where a sentence may end.
  @inline(__always)
  static func isCandidate(_ value: _SentenceBreak) -> Bool {
    switch value {
    case .aTerm, .sTerm, .cr, .lf, .sep: true
    default: false
    }
  }

  // MARK: - Decoding

  /// The Sentence_Break value of a scalar, with U+2026 HORIZONTAL ELLIPSIS as STerm.
  @inline(__always)
  func sentenceBreak(_ scalar: UInt32) -> _SentenceBreak {
    if scalar == ArabicScalars.horizontalEllipsis.value { return .sTerm }
    return _SegmentationProperties.of(scalar, table: tables.properties).sentenceBreak
  }

  /// The scalar at `i`, its UTF-8 length and its Sentence_Break value.
  @inline(__always)
  func decode(_ i: Int) -> (scalar: UInt32, length: Int, sentenceBreak: _SentenceBreak) {
    let (scalar, length) = _UTF8.decode(p, at: i)
    return (scalar, length, sentenceBreak(scalar))
  }

  /// The offset after the Extend and Format scalars at `i` (SB5).
  @inline(__always)
  func skipIgnored(_ i: Int) -> Int {
    var j = i
    while j < end {
      let (_, length, value) = decode(j)
      guard value == .extend || value == .format else { break }
      j &+= length
    }
    return j
  }

  /// The Sentence_Break value of the last scalar before `i` that SB5 does not skip.
  func previousSignificant(_ i: Int) -> _SentenceBreak? {
    var j = i
    while j > start, let last = _UTF8.decodeLast(p + start, before: j &- start) {
      let value = sentenceBreak(last.scalar)
      if value != .extend && value != .format { return value }
      j = start &+ last.start
    }
    return nil
  }

  // MARK: - Boundaries

  /// Where the sentence that starts at `i` ends: the next boundary after
  /// `i`, or `end`. The sentence includes its terminator, closing
  /// punctuation, trailing spaces and the line end after them (SB9–SB11).
  func sentenceEnd(from i: Int) -> Int {
    let flags = tables.bytes
    var i = i
    while i < end {
      // Skip to the next byte that may belong to a terminator or line end.
      if flags[Int(p[i])] == 0 {
        i &+= 1
        continue
      }
      // A flagged continuation byte ends a two-byte scalar: back to its lead byte.
      var lead = i
      while lead > start && p[lead] & 0xC0 == 0x80 { lead &-= 1 }
      let (_, length, value) = decode(lead)
      switch value {
      case .cr, .lf, .sep:
        let after =
          value == .cr && lead &+ 1 < end && p[lead &+ 1] == UInt8(ascii: "\n") ? lead &+ 2 : lead &+ length
        if breaksAtEveryLine || isParagraphSeparator(lead) || isBlankLine(from: after) { return after }
        i = after
      case .aTerm, .sTerm:
        if let boundary = boundary(afterTerminator: lead, length: length, isATerm: value == .aTerm) {
          return boundary
        }
        i = lead &+ length
      default:
        i = lead &+ length
      }
    }
    return end
  }

  /// Whether the scalar at `i` is U+2029 PARAGRAPH SEPARATOR.
  @inline(__always)
  func isParagraphSeparator(_ i: Int) -> Bool {
    _UTF8.decode(p, at: i).scalar == ArabicScalars.paragraphSeparator.value
  }

  /// Whether the line from `i` holds only spaces and invisible characters
  /// before its line end (not the end of the text).
  func isBlankLine(from i: Int) -> Bool {
    var j = i
    while j < end {
      let (_, length, value) = decode(j)
      switch value {
      case .cr, .lf, .sep: return true
      case .sp, .extend, .format: j &+= length
      default: return false
      }
    }
    return false
  }

  /// The boundary after the terminator at `t`, or nil when the sentence goes on.
  func boundary(afterTerminator t: Int, length: Int, isATerm: Bool) -> Int? {
    var j = skipIgnored(t &+ length)
    let next = j < end ? decode(j) : nil
    if isATerm {
      if next?.sentenceBreak == .numeric { return nil }  // SB6
      if next?.sentenceBreak == .upper, let previous = previousSignificant(t),
        previous == .upper || previous == .lower
      {
        return nil  // SB7
      }
      if isAbbreviation(before: t) { return nil }
      if let next, next.sentenceBreak != .sp, next.sentenceBreak != .close, !Self.isCandidate(next.sentenceBreak),
        isInsideLink(t)
      {
        return nil
      }
    }
    // SB9: closing punctuation, except what opens the next sentence.
    while j < end {
      let (scalar, length, value) = decode(j)
      guard value == .close, !Self.isOpening(scalar) else { break }
      j = skipIgnored(j &+ length)
    }
    // SB10: spaces.
    while j < end {
      let (_, length, value) = decode(j)
      guard value == .sp else { break }
      j = skipIgnored(j &+ length)
    }
    if isATerm && isLowercaseAhead(j) { return nil }  // SB8
    guard j < end else { return j }
    let (_, length, value) = decode(j)
    switch value {
    case .sContinue, .aTerm, .sTerm:
      return nil  // SB8a
    case .cr:
      return j &+ 1 < end && p[j &+ 1] == UInt8(ascii: "\n") ? j &+ 2 : j &+ 1  // SB11 with its line end
    case .lf, .sep:
      return j &+ length
    default:
      return j  // SB11
    }
  }

  /// SB8: whether the first letter, line end or terminator from `i` is a lowercase letter.
  func isLowercaseAhead(_ i: Int) -> Bool {
    var j = i
    while j < end {
      let (_, length, value) = decode(j)
      switch value {
      case .lower: return true
      case .oLetter, .upper, .sep, .cr, .lf, .aTerm, .sTerm: return false
      default: j &+= length
      }
    }
    return false
  }

  /// Whether a scalar of Sentence_Break Close opens rather than closes:
  /// General_Category Ps (open punctuation) or Pi (initial quotation mark).
  static func isOpening(_ scalar: UInt32) -> Bool {
    guard let scalar = Unicode.Scalar(scalar) else { return false }
    switch scalar.properties.generalCategory {
    case .openPunctuation, .initialPunctuation: return true
    default: return false
    }
  }

  // MARK: - Departures

  /// Whether the word before the full stop at `t` is an abbreviation (see
  /// ``_SentenceAbbreviations``): one Arabic-script letter with its marks
  /// and tatweel, or a Latin-script title.
  func isAbbreviation(before t: Int) -> Bool {
    var w = t
    var letters = 0
    var arabicLetters = 0
    while w > start, let last = _UTF8.decodeLast(p + start, before: w &- start) {
      let properties = _SegmentationProperties.of(last.scalar, table: tables.properties)
      if properties.categoryGroup == .letter {
        if last.scalar != ArabicScalars.tatweel.value {
          letters &+= 1
          if properties.isArabicScript { arabicLetters &+= 1 }
        }
      } else if properties.categoryGroup != .mark {
        break
      }
      w = start &+ last.start
      if letters > _SentenceAbbreviations.maxLatinTitleLength { return false }
    }
    if letters == 1 && arabicLetters == 1 { return true }
    guard arabicLetters == 0, letters > 0 else { return false }
    // A Latin title stands alone: nothing but space or punctuation before it.
    let word = UnsafeBufferPointer(start: p + w, count: t &- w)
    return _SentenceAbbreviations.latinTitlesUTF8.contains { $0.elementsEqual(word) }
  }

  /// Whether the full stop at `t` is inside a URL or an e-mail address: the
  /// text since the last white space holds `://` or `@`, or starts with `www.`.
  func isInsideLink(_ t: Int) -> Bool {
    var w = t
    let floor = max(start, t &- 2048)
    while w > floor {
      let byte = p[w &- 1]
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
        || byte == UInt8(ascii: "\r")
      {
        break
      }
      w &-= 1
    }
    // ASCII letters | 0x20 are lowercase.
    if t &- w >= 3 && p[w] | 0x20 == UInt8(ascii: "w") && p[w &+ 1] | 0x20 == UInt8(ascii: "w")
      && p[w &+ 2] | 0x20 == UInt8(ascii: "w") && p[w &+ 3] == UInt8(ascii: ".")
    {
      return true
    }
    var k = w
    while k < t {
      if p[k] == UInt8(ascii: "@") { return true }
      if p[k] == UInt8(ascii: ":") && k &+ 2 < t && p[k &+ 1] == UInt8(ascii: "/") && p[k &+ 2] == UInt8(ascii: "/") {
        return true
      }
      k &+= 1
    }
    return false
  }
}
