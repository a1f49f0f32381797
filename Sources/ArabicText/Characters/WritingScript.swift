/// The script a word is written in, as far as reading rates tell them apart.
///
/// A word's script is the script of its first letter (a scalar with the
/// Unicode `Alphabetic` property): Arabic when the letter is in one of the
/// Arabic-script blocks, Latin when it is in one of the Latin blocks, other
/// otherwise. A word without a letter (a number such as ٢٠٢٤ or 3.5) is
/// `.other`.
///
/// ```swift
/// WritingScript(word: "الكتاب")   // .arabic
/// WritingScript(word: "می‌خواهم")  // .arabic (Persian)
/// WritingScript(word: "GitHub")   // .latin
/// WritingScript(word: "3D")       // .latin (its first letter is D)
/// WritingScript(word: "Москва")   // .other
/// WritingScript(word: "٢٠٢٤")     // .other (no letter)
/// ```
///
/// Arabic-script blocks: Arabic U+0600–U+06FF, Arabic Supplement
/// U+0750–U+077F, Arabic Extended-B U+0870–U+089F, Arabic Extended-A
/// U+08A0–U+08FF, Arabic Presentation Forms-A U+FB50–U+FDFF and -B
/// U+FE70–U+FEFF, Arabic Extended-C U+10EC0–U+10EFF, Arabic Mathematical
/// Alphabetic Symbols U+1EE00–U+1EEFF. Latin blocks: ASCII letters,
/// U+00C0–U+02AF (Latin-1 Supplement to IPA Extensions), Latin Extended
/// Additional U+1E00–U+1EFF, Extended-C U+2C60–U+2C7F, Extended-D
/// U+A720–U+A7FF, Extended-E U+AB30–U+AB6F, the Latin ligatures
/// U+FB00–U+FB06 and the fullwidth Latin letters. Source: Unicode Blocks.txt
/// (Unicode 15.1); the `Alphabetic` property of DerivedCoreProperties.txt.
public enum WritingScript: String, Sendable, Hashable, CaseIterable {
  /// Arabic script: Arabic, Persian, Urdu, Pashto, Kurdish (Sorani), Uyghur, …
  case arabic
  /// Latin script.
  case latin
  /// Any other script, or no letter at all.
  case other

  /// The script of `scalar` when it is a letter (`Alphabetic`), else nil.
  ///
  /// - Complexity: O(1).
  @inlinable
  public init?(letter scalar: Unicode.Scalar) {
    if scalar.isASCII {
      let value = scalar.value | 0x20  // ASCII lower case
      guard value >= UInt32(UInt8(ascii: "a")) && value <= UInt32(UInt8(ascii: "z")) else { return nil }
      self = .latin
      return
    }
    guard scalar.properties.isAlphabetic else { return nil }
    self = WritingScript.ofAlphabetic(scalar)
  }

  /// The script of the first letter of `word`, or `.other` when it has none.
  ///
  /// - Complexity: O(*n*) in the worst case, where *n* is the number of Unicode scalars in `word`.
  public init<S: StringProtocol>(word: S) {
    for scalar in word.unicodeScalars {
      if let script = WritingScript(letter: scalar) {
        self = script
        return
      }
    }
    self = .other
  }

  /// The script of a scalar known to be alphabetic, by block.
  @usableFromInline
  static func ofAlphabetic(_ scalar: Unicode.Scalar) -> WritingScript {
    switch scalar {
    case ArabicScalars.arabicBlock, ArabicScalars.arabicSupplement, ArabicScalars.arabicExtendedB,
      ArabicScalars.arabicExtendedA, ArabicScalars.presentationFormsA, ArabicScalars.presentationFormsB,
      ArabicScalars.arabicExtendedC, ArabicScalars.arabicMathematicalAlphabeticSymbols:
      return .arabic
    case ArabicScalars.latinSupplementAndExtended, ArabicScalars.latinExtendedAdditional,
      ArabicScalars.latinExtendedC, ArabicScalars.latinExtendedD, ArabicScalars.latinExtendedE,
      ArabicScalars.latinLigatures, ArabicScalars.fullwidthLatinCapitals, ArabicScalars.fullwidthLatinSmalls:
      return .latin
    default:
      return .other
    }
  }
}
