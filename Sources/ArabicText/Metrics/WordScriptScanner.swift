/// Counts words by script in one pass over UTF-8 bytes, without allocating.
///
/// A word is a run of letters, digits and combining marks; ZWNJ and ZWJ
/// inside a run keep it one word (Persian می‌خواهم), and so does one of
/// ' ’ . , ٫ ٬ between two letters or digits (don't, 3.5, ٣٫٥, example.com).
/// Every other scalar (space, punctuation, symbol, emoji) separates words. The word's script is
/// that of its first letter, `.other` without one.
///
/// This is the reading-time side of word segmentation; it follows the
/// tokenizer's word definition and is replaced by the tokenizer's scanner
/// when that is available.
enum _WordScriptScanner {
  /// The role of a scalar in a word.
  enum Role: UInt8 {
    /// Separates words.
    case separator = 0
    /// A letter of Arabic script.
    case arabicLetter
    /// A letter of Latin script.
    case latinLetter
    /// A letter of another script.
    case otherLetter
    /// A digit: part of a word, decides no script.
    case digit
    /// A combining mark, ZWNJ or ZWJ: continues a word, never starts one.
    case extend
    /// ' ’ . , ٫ ٬: continues a word when a letter or digit follows.
    case joiner
  }

  /// Roles of ASCII bytes.
  static let asciiRoles: [Role] = (0..<128).map { role(of: Unicode.Scalar(UInt8($0))) }
  /// Roles of the Arabic block U+0600–U+06FF, by the scalar's low byte.
  static let arabicBlockRoles: [Role] = (0..<256).map { low in
    Unicode.Scalar(ArabicScalars.arabicBlock.lowerBound.value | UInt32(low)).map(role(of:)) ?? .separator
  }

  /// The role of any scalar, from its Unicode properties.
  static func role(of scalar: Unicode.Scalar) -> Role {
    switch scalar {
    case ArabicScalars.zeroWidthNonJoiner, ArabicScalars.zeroWidthJoiner: return .extend
    case "'", ".", ",", ArabicScalars.rightSingleQuotationMark, ArabicScalars.decimalSeparator,
      ArabicScalars.thousandsSeparator:
      return .joiner
    default: break
    }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return .extend
    case .decimalNumber, .letterNumber, .otherNumber: return .digit
    default: break
    }
    if let script = WritingScript(letter: scalar) {
      switch script {
      case .arabic: return .arabicLetter
      case .latin: return .latinLetter
      case .other: return .otherLetter
      }
    }
    return .separator
  }

  /// Adds the words of `bytes` (valid UTF-8) to `counts`.
  static func count(_ bytes: UnsafeBufferPointer<UInt8>, into counts: inout ScriptWordCounts) {
    guard let p = bytes.baseAddress else { return }
    let n = bytes.count
    var arabic = 0, latin = 0, other = 0
    // `.separator` outside a word; inside, the script of its first letter, or `.digit` before one.
    var state = Role.separator
    var joinerPending = false
    func endWord() {
      switch state {
      case .separator: break
      case .arabicLetter: arabic &+= 1
      case .latinLetter: latin &+= 1
      case .otherLetter, .digit, .extend, .joiner: other &+= 1
      }
      state = .separator
      joinerPending = false
    }
    asciiRoles.withUnsafeBufferPointer { ascii in
      arabicBlockRoles.withUnsafeBufferPointer { arabicBlock in
        var i = 0
        while i < n {
          let lead = p[i]
          let role: Role
          if lead < 0x80 {
            role = ascii[Int(lead)]
            i &+= 1
          } else if lead >= 0xD8 && lead <= 0xDB {
            // U+0600–U+06FF: two bytes, 110110xx 10yyyyyy.
            role = arabicBlock[Int(lead & 0x03) << 6 | Int(p[i &+ 1] & 0x3F)]
            i &+= 2
          } else {
            let (scalar, length) = _UTF8.decode(p, at: i)
            role = Unicode.Scalar(scalar).map(Self.role(of:)) ?? .separator
            i &+= length
          }
          switch role {
          case .separator:
            endWord()
          case .joiner:
            if joinerPending { endWord() } else if state != .separator { joinerPending = true }
          case .arabicLetter, .latinLetter, .otherLetter:
            if state == .separator || state == .digit { state = role }
            joinerPending = false
          case .digit:
            if state == .separator { state = .digit }
            joinerPending = false
          case .extend:
            break
          }
        }
      }
    }
    endWord()
    counts.arabic += arabic
    counts.latin += latin
    counts.other += other
  }
}
