/// The digits a count is written with in a label.
///
/// Arabic locales differ: ar-EG and ar-SA write Arabic-Indic digits (٣),
/// ar-MA, ar-DZ, ar-TN and ar-AE usually write Latin digits (3). Persian
/// writes the Extended Arabic-Indic digits (۳, with its own shapes of ۴ ۵ ۶).
///
/// ```swift
/// DigitStyle.arabicIndic.format(103)          // "١٠٣"
/// DigitStyle.latin.format(103)                // "103"
/// DigitStyle.extendedArabicIndic.format(456)  // "۴۵۶"
/// ```
///
/// Source: the default numbering systems of the Arabic locales in Unicode
/// CLDR (`arab` vs `latn`, `common/main/ar_*.xml`), and of `fa` (`arabext`)
/// and `ur` (`latn`).
public enum DigitStyle: String, Sendable, Hashable, CaseIterable {
  /// Arabic-Indic digits U+0660–U+0669 (٠١٢٣٤٥٦٧٨٩).
  case arabicIndic = "arabic"
  /// ASCII digits 0–9.
  case latin
  /// Extended Arabic-Indic digits U+06F0–U+06F9 (۰۱۲۳۴۵۶۷۸۹), Persian's.
  case extendedArabicIndic = "persian"

  /// Writes the non-negative integer `n` in this style, without grouping separators.
  ///
  /// - Complexity: O(*d*), where *d* is the number of digits.
  public func format(_ n: Int) -> String {
    precondition(n >= 0, "A count is never negative")
    let latin = String(n)
    let zero: UInt32
    switch self {
    case .latin: return latin
    case .arabicIndic: zero = ArabicScalars.arabicIndicDigitZero.value
    case .extendedArabicIndic: zero = ArabicScalars.extendedArabicIndicDigitZero.value
    }
    var digits = String.UnicodeScalarView()
    for digit in latin.utf8 {
      // Each digit d becomes U+0660 + d (U+06F0 + d).
      if let scalar = Unicode.Scalar(zero + UInt32(digit &- UInt8(ascii: "0"))) { digits.append(scalar) }
    }
    return String(digits)
  }
}
