/// How the excerpt rules see one grapheme cluster: by its first scalar,
/// from tables for ASCII and the Arabic block and from Unicode properties
/// for the rest.
enum _ExcerptCharacter {
  /// The role of a cluster.
  enum Kind: UInt8, Equatable {
    /// Whitespace (`White_Space`): folds into one space.
    case space
    /// A letter, digit or mark: part of a word.
    case word
    /// Anything else: punctuation, symbols, emoji, format characters.
    case other

    /// The kind of a cluster whose first scalar is `scalar`.
    @inline(__always)
    init(first scalar: Unicode.Scalar) {
      let value = scalar.value
      if value < 0x80 {
        self = _ExcerptCharacter.asciiKinds[Int(value)]
      } else if value & ~0xFF == ArabicScalars.arabicBlock.lowerBound.value {
        self = _ExcerptCharacter.arabicBlockKinds[Int(value & 0xFF)]
      } else {
        self = Kind(properties: scalar)
      }
    }

    /// The kind from the scalar's Unicode properties.
    init(properties scalar: Unicode.Scalar) {
      let properties = scalar.properties
      if properties.isWhitespace {
        self = .space
        return
      }
      switch properties.generalCategory {
      case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
        self = .word
      default:
        self = properties.isAlphabetic ? .word : .other
      }
    }
  }

  static let asciiKinds: [Kind] = (0..<128).map { Kind(properties: Unicode.Scalar(UInt8($0))) }
  static let arabicBlockKinds: [Kind] = (0..<256).map { low in
    Unicode.Scalar(ArabicScalars.arabicBlock.lowerBound.value | UInt32(low)).map(Kind.init(properties:)) ?? .other
  }

  /// The kind of `character`; `.space` when its first scalar is whitespace,
  /// whatever marks or joiners follow it in the cluster (a space carrying a
  /// stray shadda or ZWNJ is white space).
  @inline(__always)
  static func kind(of character: Character) -> Kind {
    guard let first = character.unicodeScalars.first else { return .other }
    return Kind(first: first)
  }

  /// Whether the cluster `p[start..<end]` (valid UTF-8) is white space that
  /// folds into one space: its first scalar has the `White_Space` property
  /// (marks, joiners and variation selectors after it go with it).
  @inline(__always)
  static func isWhitespace(_ p: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
    let lead = p[start]
    if lead < 0x80 {
      // Space, and TAB LF VT FF CR (U+0009–U+000D); CR LF is one cluster.
      return lead == 0x20 || lead &- 0x09 < 5
    }
    if lead & 0xFC == 0xD8 { return false }  // The Arabic block has no whitespace.
    let (scalar, _) = _UTF8.decode(p, at: start)
    return Unicode.Scalar(scalar)?.properties.isWhitespace ?? false
  }

  /// Whether the cluster `p[start..<end]` (valid UTF-8) is invisible: every
  /// scalar is a default-ignorable code point (ZWSP, ZWNJ, ZWJ, LRM, RLM,
  /// ALM, word joiner, BOM, soft hyphen, bidi controls, variation selectors).
  /// Next to white space, such a cluster folds into the space.
  @inline(__always)
  static func isInvisible(_ p: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
    let lead = p[start]
    if lead < 0x80 { return false }
    if lead & 0xFC == 0xD8 {
      // In the Arabic block only U+061C ARABIC LETTER MARK is invisible.
      let (scalar, length) = _UTF8.decode(p, at: start)
      return scalar == ArabicScalars.arabicLetterMark.value && start &+ length == end
    }
    var i = start
    while i < end {
      let (scalar, length) = _UTF8.decode(p, at: i)
      guard let scalar = Unicode.Scalar(scalar), scalar.properties.isDefaultIgnorableCodePoint else { return false }
      i &+= length
    }
    return true
  }

  /// Whether an excerpt may not end on this cluster: whitespace, ، ؛ , ; :
  /// a dash, an opening bracket (General Category Ps), an invisible format
  /// character, or a quotation mark that opens: `"`, `'`, or an initial or
  /// final quotation mark (Pi, Pf: « “ ‘ » ” ’) at the start or after white
  /// space or opening punctuation (`previous` is the cluster before it, nil
  /// at the start). A quotation mark right after a word closes it ("نعم“",
  /// don't) and stays: Arabic text often writes ” to open and “ to close.
  static func isTrailingSeparator(_ character: Character, after previous: Character?) -> Bool {
    guard let first = character.unicodeScalars.first else { return true }
    return isTrailingSeparator(first: first, after: previous?.unicodeScalars.first)
  }

  /// ``isTrailingSeparator(_:after:)`` for clusters starting with `first`,
  /// after a cluster starting with `before` (nil at the start).
  static func isTrailingSeparator(first: Unicode.Scalar, after before: Unicode.Scalar?) -> Bool {
    let category = first.properties.generalCategory
    let isQuote = first == "\"" || first == "'" || category == .finalPunctuation || category == .initialPunctuation
    guard isQuote else { return isTrailingSeparator(first: first) }
    guard let before else { return true }
    if Kind(first: before) == .space { return true }
    switch before.properties.generalCategory {
    case .openPunctuation, .initialPunctuation: return true
    default: return before == "\"" || before == "'"
    }
  }

  /// Whether an excerpt may not end on this cluster, whatever stands before
  /// it: whitespace, ، ؛ , ; : a dash, an opening bracket or initial quote
  /// (Ps, Pi), a connector (`_`), or an invisible format character. (See
  /// ``isTrailingSeparator(_:after:)`` for quotation marks by position.)
  static func isTrailingSeparator(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return true }
    return isTrailingSeparator(first: first)
  }

  /// ``isTrailingSeparator(_:)`` for a cluster starting with `first`.
  static func isTrailingSeparator(first: Unicode.Scalar) -> Bool {
    switch first {
    case ",", ";", ":", ArabicScalars.comma, ArabicScalars.semicolon:
      return true
    default:
      break
    }
    if Kind(first: first) == .space { return true }
    switch first.properties.generalCategory {
    case .dashPunctuation, .openPunctuation, .initialPunctuation, .connectorPunctuation, .format:
      return true
    default:
      return false
    }
  }
}
