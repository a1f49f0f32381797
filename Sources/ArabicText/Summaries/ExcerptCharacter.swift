/// How the excerpt rules see one grapheme cluster.
enum _ExcerptCharacter {
  /// The role of a cluster, from its first scalar.
  enum Kind: Equatable {
    /// A letter, digit or mark: part of a word.
    case word
    /// Ends a sentence when whitespace follows: . ! ? ؟ ۔ … ‼ ⁇ ⁈ ⁉
    case terminator
    /// Closing punctuation that may follow a terminator: ) ] } » ” ’ " '
    case closing
    /// Anything else: other punctuation, symbols, emoji, format characters.
    case other

    init(_ character: Character) {
      guard let first = character.unicodeScalars.first else {
        self = .other
        return
      }
      if first.isASCII {
        switch first {
        case "a"..."z", "A"..."Z", "0"..."9": self = .word
        case ".", "!", "?": self = .terminator
        case ")", "]", "}", "\"", "'": self = .closing
        default: self = .other
        }
        return
      }
      switch first {
      case ArabicScalars.questionMark, ArabicScalars.fullStop, ArabicScalars.horizontalEllipsis,
        ArabicScalars.doubleExclamationMark, ArabicScalars.doubleQuestionMark,
        ArabicScalars.questionExclamationMark, ArabicScalars.exclamationQuestionMark:
        self = .terminator
        return
      default: break
      }
      let properties = first.properties
      switch properties.generalCategory {
      case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
        self = .word
      case .closePunctuation, .finalPunctuation:
        self = .closing
      default:
        self = properties.isAlphabetic ? .word : .other
      }
    }
  }

  /// Whether the cluster is whitespace that folds into one space: every
  /// scalar has the `White_Space` property (a space followed by a combining
  /// mark is content).
  @inline(__always)
  static func isFoldedWhitespace(_ character: Character) -> Bool {
    guard character.isWhitespace else { return false }
    return character.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
  }

  /// Whether the cluster keeps a word going when letters or digits are on
  /// both sides: ' ’ (as in don't), . (3.5, example.com), , ٫ ٬ (1,000 ٣٫٥),
  /// UAX #29's MidLetter, MidNumLet and MidNum classes.
  @inline(__always)
  static func isMidWordJoiner(_ character: Character) -> Bool {
    switch character {
    case "'", ".", ",", Character(ArabicScalars.rightSingleQuotationMark), Character(ArabicScalars.decimalSeparator),
      Character(ArabicScalars.thousandsSeparator):
      return true
    default:
      return false
    }
  }

  /// Whether an excerpt may not end on this cluster: whitespace, ، ؛ , ; :
  /// a dash, an opening bracket or quote, or an invisible format character.
  static func isTrailingSeparator(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return true }
    if character.isWhitespace { return true }
    switch first {
    case ",", ";", ":", ArabicScalars.comma, ArabicScalars.semicolon:
      return true
    default:
      break
    }
    switch first.properties.generalCategory {
    case .dashPunctuation, .openPunctuation, .initialPunctuation, .connectorPunctuation, .format:
      return true
    default:
      return false
    }
  }
}
