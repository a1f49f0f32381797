import ArabicText
internal import CICUShim

/// The direction of a paragraph's text, found from its first strong character.
///
/// The rule is that of the Unicode Bidirectional Algorithm (UAX #9), rules
/// P2 and P3: the first character of Bidi_Class L makes the text
/// left-to-right, the first of class R or AL (Hebrew, Arabic, Syriac,
/// Thaana, N'Ko letters; Arabic presentation forms) makes it right-to-left.
/// Digits and punctuation are weak or neutral and are skipped, and so is
/// everything between an isolate initiator (LRI, RLI, FSI) and its matching
/// PDI. Text with no strong character is ``neutral``.
///
/// ```swift
/// BaseDirection(firstStrongIn: "2024 عام جديد")        // .rightToLeft
/// BaseDirection(firstStrongIn: "Python هي لغة")        // .leftToRight
/// BaseDirection(firstStrongIn: "\u{2066}abc\u{2069} نص") // .rightToLeft
/// BaseDirection(firstStrongIn: "123 !")                // .neutral
/// ```
///
/// This is "first strong" detection, the rule a renderer applies; it is
/// not a vote on the dominant script. ICU's `ubidi_getBaseDirection` does not
/// skip isolates; `ubidi_setPara` with a default level does, and agrees with
/// this type.
public enum BaseDirection: String, Hashable, Sendable, CaseIterable {
  /// Left to right: the first strong character has Bidi_Class L.
  case leftToRight = "ltr"
  /// Right to left: the first strong character has Bidi_Class R or AL.
  case rightToLeft = "rtl"
  /// No strong character (only digits, punctuation, spaces, symbols or isolated text).
  case neutral

  /// The direction of the first strong character of `text`, skipping isolates (UAX #9 P2–P3).
  ///
  /// The scan stops at the first paragraph separator (Bidi_Class B: LF,
  /// CR, NEL, U+2029, U+001C–U+001E), because P2 looks at one paragraph.
  /// The corresponding ICU function for the character classes is
  /// `u_charDirection`.
  ///
  /// - Parameter text: The text to look at.
  /// - Complexity: O(*k*), where *k* is the number of Unicode scalars before the first strong one.
  public init<S: StringProtocol>(firstStrongIn text: S) {
    self = Self.scan(text.unicodeScalars, acrossParagraphs: false)
  }

  /// The direction of the first strong character anywhere in `text`, skipping isolates and
  /// looking past paragraph separators.
  ///
  /// Use it for the direction of a whole document or input; for one paragraph use
  /// ``init(firstStrongIn:)``.
  ///
  /// - Complexity: O(*k*), where *k* is the number of Unicode scalars before the first strong one.
  public init<S: StringProtocol>(firstStrongInAnyParagraphOf text: S) {
    self = Self.scan(text.unicodeScalars, acrossParagraphs: true)
  }

  /// The Bidi_Class of `scalar` as ICU reports it.
  @inline(__always)
  static func bidiClass(_ scalar: Unicode.Scalar) -> Int32 {
    // Fast answers for ASCII letters (L) and the Arabic letters hamza … yeh (AL).
    let value = scalar.value
    if scalar.isASCII {
      let folded = value | 0x20  // ASCII lowercase
      if folded >= UInt32(UInt8(ascii: "a")) && folded <= UInt32(UInt8(ascii: "z")) { return Int32(ATICU_BIDI_L) }
    } else if value >= ArabicScalars.hamza.value && value <= ArabicScalars.yeh.value {
      return Int32(ATICU_BIDI_AL)
    }
    return aticu_char_direction(value)
  }

  /// P2–P3 over scalars; isolates are skipped to their matching PDI (or the paragraph end).
  static func scan<C: Sequence<Unicode.Scalar>>(_ scalars: C, acrossParagraphs: Bool) -> BaseDirection {
    var isolateDepth = 0
    for scalar in scalars {
      switch bidiClass(scalar) {
      case Int32(ATICU_BIDI_L):
        if isolateDepth == 0 { return .leftToRight }
      case Int32(ATICU_BIDI_R), Int32(ATICU_BIDI_AL):
        if isolateDepth == 0 { return .rightToLeft }
      case Int32(ATICU_BIDI_LRI), Int32(ATICU_BIDI_RLI), Int32(ATICU_BIDI_FSI):
        isolateDepth += 1
      case Int32(ATICU_BIDI_PDI):
        if isolateDepth > 0 { isolateDepth -= 1 }
      case Int32(ATICU_BIDI_B):
        if !acrossParagraphs { return .neutral }
        isolateDepth = 0
      default:
        break
      }
    }
    return .neutral
  }
}

extension StringProtocol {
  /// The base direction of the text's first paragraph, by its first strong character (UAX #9 P2–P3).
  ///
  /// ```swift
  /// "2024 عام جديد".bidiBaseDirection  // .rightToLeft
  /// ```
  ///
  /// - Complexity: O(*k*), where *k* is the number of Unicode scalars before the first strong one.
  public var bidiBaseDirection: BaseDirection { BaseDirection(firstStrongIn: self) }
}
