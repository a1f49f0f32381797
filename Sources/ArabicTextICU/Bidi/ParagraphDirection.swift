internal import CICUShim

/// How the base direction (paragraph embedding level) of a bidi paragraph is chosen.
///
/// ``auto`` applies UAX #9 rules P2–P3 to each paragraph: the first strong
/// character, skipping isolates, decides, and a paragraph without one is
/// left-to-right. The forced directions set the level as rule HL1 allows
/// a higher-level protocol to do, for text known to be Arabic (or English)
/// whatever it starts with.
///
/// ```swift
/// try "Python هي لغة".visuallyReordered(direction: .auto)         // "Python ةغل يه"
/// try "Python هي لغة".visuallyReordered(direction: .rightToLeft)  // "ةغل يه Python"
/// ```
public enum ParagraphDirection: String, Hashable, Sendable, CaseIterable {
  /// From the first strong character of each paragraph (UAX #9 P2–P3), left to right when there is none.
  case auto
  /// Left to right (paragraph level 0) for every paragraph.
  case leftToRight = "ltr"
  /// Right to left (paragraph level 1) for every paragraph.
  case rightToLeft = "rtl"

  /// The paragraph level to pass to `ubidi_setPara`.
  var icuLevel: UInt8 {
    switch self {
    case .auto: UInt8(ATICU_BIDI_DEFAULT_LTR)
    case .leftToRight: 0
    case .rightToLeft: 1
    }
  }
}
