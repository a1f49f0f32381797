/// The script a word is written in, as far as reading rates tell them apart.
///
/// A word's script is the script of its first letter (a scalar of General
/// Category L): Arabic when the letter's Script property is Arabic or it is
/// in the Arabic block U+0600–U+06FF (tatweel U+0640 is Script=Common),
/// Latin when it is in one of the Latin blocks, other otherwise. A word
/// without a letter (a number such as ٢٠٢٤ or 3.5) is `.other`.
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
/// Script=Arabic covers the Arabic, Arabic Supplement, Arabic Extended-A,
/// -B and -C blocks, the Arabic presentation forms and the Arabic
/// mathematical letters. Latin blocks: ASCII letters, U+00C0–U+02AF
/// (Latin-1 Supplement to IPA Extensions), Latin Extended Additional
/// U+1E00–U+1EFF, Extended-C U+2C60–U+2C7F, Extended-D U+A720–U+A7FF,
/// Extended-E U+AB30–U+AB6F, the Latin ligatures U+FB00–U+FB06 and the
/// fullwidth Latin letters. Sources: Unicode Scripts.txt and Blocks.txt, and
/// the General_Category of UnicodeData.txt (Unicode 15.0), read from the
/// tables the tokenizer uses.
public enum WritingScript: String, Sendable, Hashable, CaseIterable {
  /// Arabic script: Arabic, Persian, Urdu, Pashto, Kurdish (Sorani), Uyghur, …
  case arabic
  /// Latin script.
  case latin
  /// Any other script, or no letter at all.
  case other

  /// The script of `scalar` when it is a letter (General Category L), else nil.
  ///
  /// - Complexity: O(1).
  public init?(letter scalar: Unicode.Scalar) {
    if scalar.isASCII {
      let value = scalar.value | 0x20  // ASCII lower case
      guard value >= UInt32(UInt8(ascii: "a")) && value <= UInt32(UInt8(ascii: "z")) else { return nil }
      self = .latin
      return
    }
    let properties = _SegmentationProperties.of(scalar)
    guard properties.categoryGroup == .letter else { return nil }
    if properties.isArabicScript || ArabicScalars.arabicBlock.contains(scalar) {
      self = .arabic
      return
    }
    switch scalar {
    case ArabicScalars.latinSupplementAndExtended, ArabicScalars.latinExtendedAdditional,
      ArabicScalars.latinExtendedC, ArabicScalars.latinExtendedD, ArabicScalars.latinExtendedE,
      ArabicScalars.latinLigatures, ArabicScalars.fullwidthLatinCapitals, ArabicScalars.fullwidthLatinSmalls:
      self = .latin
    default:
      self = .other
    }
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
}
