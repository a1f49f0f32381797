/// Function words that tell Persian and Urdu apart from Arabic, when the
/// letters alone cannot: Arabic writes foreign names with the Persian
/// letters (چيلسي, گوگل, پاريس), so a Persian letter does not make a text
/// Persian, but "است", "را" and "می" do.
///
/// Each list holds the most frequent function words of the language that are
/// not words of Modern Standard Arabic, in standard spelling (ی U+06CC, ک
/// U+06A9, ہ U+06C1, ے U+06D2, ھ U+06BE); a Persian word is also matched in
/// Arabic spelling (ي U+064A, ك U+0643), as older Persian text writes it,
/// unless that spelling is an Arabic word (اين "where", كرد "Kurds", ولي
/// "guardian", مي).
///
/// Source: written for this package from the closed word classes (copula,
/// auxiliaries, postpositions, the object marker, conjunctions, pronouns and
/// degree adverbs) of J. Mace, *Persian Grammar: For Reference and Revision*
/// (Routledge, 2003) and R. L. Schmidt, *Urdu: An Essential Grammar*
/// (Routledge, 1999), minus the words Arabic shares (و, در, به, با, هم, ما,
/// من, او, آن, همه, توسط, جو, پر).
public enum LanguageMarkers {
  /// Persian function words.
  public static let persian: [String] = [
    "است", "را", "از", "که", "برای", "های", "این", "شده", "شد", "بود", "نیز", "یک", "دیگر", "باید", "باشد",
    "شود", "کند", "آنها", "ایشان", "اند", "هست", "نیست", "خواهد", "کنند", "کردند", "دارد", "داشت", "بوده",
    "همین", "چنین", "اینکه", "چرا", "هیچ", "خود", "ولی", "بسیار", "خیلی", "هستند", "می", "نمی", "کرد", "گفت",
    "میشود", "میکند",
  ]

  /// Urdu function words.
  public static let urdu: [String] = [
    "ہے", "ہیں", "کے", "کی", "کا", "میں", "نے", "سے", "کو", "یہ", "وہ", "تھا", "تھی", "تھے", "بھی", "نہیں",
    "اور", "ہو", "ہوں", "ہوا", "گیا", "کر", "لیے", "لئے", "کہ", "بہت", "کہا", "ایک", "ساتھ", "اپنے", "والے",
  ]

  /// Arabic words that the Arabic spelling of a Persian word would give.
  static let arabicHomographs: Set<String> = ["اين", "كرد", "ولي", "مي"]

  /// The Persian words in both spellings.
  static let persianKeys: Set<_SubstringKey> = {
    var keys: Set<_SubstringKey> = []
    for word in persian {
      keys.insert(_SubstringKey(Substring(word)))
      var arabic = String.UnicodeScalarView()
      for scalar in word.unicodeScalars {
        switch scalar {
        case ArabicScalars.farsiYeh: arabic.append(ArabicScalars.yeh)
        case ArabicScalars.keheh: arabic.append(ArabicScalars.kaf)
        default: arabic.append(scalar)
        }
      }
      let spelled = String(arabic)
      if !arabicHomographs.contains(spelled) { keys.insert(_SubstringKey(Substring(spelled))) }
    }
    return keys
  }()

  /// The Urdu words.
  static let urduKeys: Set<_SubstringKey> = Set(urdu.map { _SubstringKey(Substring($0)) })

  /// The Persian verbal prefixes written with ZWNJ: می‌ and نمی‌ (می‌شود).
  static let persianPrefixes: [String] = ["می", "نمی", "مي", "نمي"].map { $0 + String(ArabicScalars.zeroWidthNonJoiner) }

  /// The share of the Arabic-script words that must be markers of one
  /// language for a text to be in it: 3 %, and at least two words.
  public static let minimumShare = 0.03
}
