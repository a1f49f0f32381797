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

  /// The kind of `character`; `.space` only when every scalar is whitespace
  /// (a space followed by a combining mark is content, `.other`).
  @inline(__always)
  static func kind(of character: Character) -> Kind {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return .other }
    let kind = Kind(first: first)
    if kind == .space && !scalars.allSatisfy({ $0.properties.isWhitespace }) { return .other }
    return kind
  }

  /// Whether the cluster `p[start..<end]` (valid UTF-8) is whitespace that
  /// folds into one space: every scalar has the `White_Space` property.
  @inline(__always)
  static func isWhitespace(_ p: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
    let lead = p[start]
    if lead < 0x80 {
      // Space, and TAB LF VT FF CR (U+0009–U+000D); CR LF is one cluster.
      guard lead == 0x20 || lead &- 0x09 < 5 else { return false }
      if end == start &+ 1 { return true }
    } else if lead & 0xFC == 0xD8 {
      return false  // The Arabic block has no whitespace.
    }
    var i = start
    while i < end {
      let (scalar, length) = _UTF8.decode(p, at: i)
      guard let scalar = Unicode.Scalar(scalar), scalar.properties.isWhitespace else { return false }
      i &+= length
    }
    return true
  }

  /// Whether an excerpt may not end on this cluster: whitespace, ، ؛ , ; :
  /// a dash, an opening bracket or quote, or an invisible format character.
  static func isTrailingSeparator(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return true }
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
