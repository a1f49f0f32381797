internal import CICUShim

extension ArabicCollator {
  /// How fine the differences are that a collator tells apart (UTS #10, section 3.1, levels 1–3).
  ///
  /// Verified with ICU 72 and the `ar` locale (CLDR 42):
  ///
  /// | pair | primary | secondary | tertiary |
  /// |---|---|---|---|
  /// | كتب / كَتَبَ (harakat) | equal | equal | different |
  /// | ا / أ / إ / ء (hamza forms) | equal | different | different |
  /// | ت / ة (teh marbuta) | equal | different | different |
  /// | ي / ى (alef maksura), ي / ی (Farsi yeh) | equal | different | different |
  /// | apple / Apple (case), A / Ａ (width) | equal | equal | different |
  /// | ك / ﻛ / ﻙ (presentation forms) | equal | equal | equal |
  ///
  /// Presentation forms differ from their letters only at ``identical`` strength.
  ///
  /// Differences ICU keeps even at primary strength: ا / آ (madda), و / ؤ,
  /// ي / ئ, ك / ک (kaf and keheh), ه / ہ / ھ (heh and the Urdu hehs).
  public enum Strength: String, Hashable, Sendable, CaseIterable {
    /// Base letters only: harakat, hamza on alef, teh marbuta/teh, alef maksura/yeh and case are ignored.
    case primary
    /// Base letters and secondary differences: hamza forms, teh marbuta, alef maksura; not harakat or case.
    case secondary
    /// Base letters, secondary differences, harakat, case and width (ICU's default); not
    /// presentation forms.
    case tertiary
    /// Tertiary, then code point order for strings that are still equal (UTS #10 "identical level").
    case identical

    var icuValue: Int32 {
      switch self {
      case .primary: Int32(ATICU_COL_PRIMARY)
      case .secondary: Int32(ATICU_COL_SECONDARY)
      case .tertiary: Int32(ATICU_COL_TERTIARY)
      case .identical: Int32(ATICU_COL_IDENTICAL)
      }
    }
  }
}
