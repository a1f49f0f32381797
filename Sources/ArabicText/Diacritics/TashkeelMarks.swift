/// Classes of Arabic diacritics (tashkeel) that ``DiacriticStripper`` can remove.
///
/// Ranges follow the Unicode Arabic blocks (Unicode 15.0, UnicodeData.txt).
/// Letters are never in any class: U+06E5 ARABIC SMALL WAW and U+06E6 ARABIC
/// SMALL YEH (category Lm) stay, as does tatweel U+0640 (see the `tatweel`
/// fold of ``ArabicNormalizer``). The superscript (dagger) alef U+0670 is
/// handled by ``SuperscriptAlefHandling``, not by a class here.
public struct TashkeelMarks: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// Tanween: fathatan U+064B, dammatan U+064C, kasratan U+064D.
  public static let tanween = TashkeelMarks(rawValue: 1 << 0)
  /// Harakat: fatha U+064E, damma U+064F, kasra U+0650.
  public static let harakat = TashkeelMarks(rawValue: 1 << 1)
  /// Shadda U+0651.
  public static let shadda = TashkeelMarks(rawValue: 1 << 2)
  /// Sukun U+0652.
  public static let sukun = TashkeelMarks(rawValue: 1 << 3)
  /// Maddah and hamza marks U+0653–U+0655 that did not compose with their
  /// letter (ا + U+0654 always becomes أ first, and is then kept as a letter).
  /// A hamza on a tatweel seat (Uthmani ـٔ) is such a mark and is removed; to
  /// keep it as a letter, normalize with the tatweel fold first, which writes
  /// it as ئ U+0626.
  public static let maddahAndHamza = TashkeelMarks(rawValue: 1 << 4)
  /// The other vowel marks of the Arabic block, U+0656–U+065F (subscript
  /// alef, inverted damma, noon ghunna mark, Kashmiri and African vowel signs).
  public static let otherVowelMarks = TashkeelMarks(rawValue: 1 << 5)
  /// Quranic annotation and honorific marks: U+0610–U+061A, U+06D6–U+06DC,
  /// U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED.
  public static let quranicMarks = TashkeelMarks(rawValue: 1 << 6)
  /// The combining marks of Arabic Extended-A, U+08CA–U+08FF except U+08E2
  /// (a format character).
  public static let extendedA = TashkeelMarks(rawValue: 1 << 7)
  /// The combining marks of Arabic Extended-B (U+0898–U+089F) and Arabic
  /// Extended-C (U+10EFD–U+10EFF): Quranic signs of Unicode 14 and 15.
  public static let extendedBAndC = TashkeelMarks(rawValue: 1 << 8)

  /// Every class.
  public static let all: TashkeelMarks = [
    .tanween, .harakat, .shadda, .sukun, .maddahAndHamza, .otherVowelMarks, .quranicMarks, .extendedA,
    .extendedBAndC,
  ]
  /// The marks a case ending is written with: tanween, harakat and sukun.
  public static let caseEnding: TashkeelMarks = [.tanween, .harakat, .sukun]

  /// The class of `scalar`, or an empty set when it is not a tashkeel mark of any class.
  @inlinable
  public static func containing(_ scalar: Unicode.Scalar) -> TashkeelMarks {
    switch scalar {
    case ArabicScalars.tanween: return .tanween
    case ArabicScalars.harakat: return .harakat
    case ArabicScalars.shadda: return .shadda
    case ArabicScalars.sukun: return .sukun
    case ArabicScalars.maddahAndHamzaMarks: return .maddahAndHamza
    case ArabicScalars.otherVowelMarks: return .otherVowelMarks
    case ArabicScalars.honorificsAndSmallHighMarks, ArabicScalars.quranicMarksSmallHighLigatures,
      ArabicScalars.quranicMarksSmallHigh, ArabicScalars.quranicMarksSmallHighYehNoon,
      ArabicScalars.quranicMarksStops:
      return .quranicMarks
    case ArabicScalars.disputedEndOfAyah: return []
    case ArabicScalars.extendedAMarks: return .extendedA
    case ArabicScalars.extendedBMarks, ArabicScalars.extendedCMarks: return .extendedBAndC
    default: return []
    }
  }
}

/// What diacritics stripping does with the superscript (dagger) alef U+0670.
public enum SuperscriptAlefHandling: String, Sendable, Hashable, CaseIterable {
  /// Removes it, as CAMeL Tools' `dediac_ar` and PyArabic's `strip_diacritics` do
  /// (PyArabic's `strip_tashkeel` keeps it): كِتَٰبٌ → كتب.
  case remove
  /// Keeps it as a combining mark.
  case keep
  /// Replaces it with alef U+0627, the standard spelling of most words
  /// written with it in Uthmani script: كِتَٰبٌ → كتاب. Not right for every
  /// word: هَٰذَا, ذَٰلِكَ and ٱلرَّحْمَٰن are spelled without alef (هذا, ذلك, الرحمن).
  case toAlef
}
