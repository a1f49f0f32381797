/// The patterns of reading-time labels, by language and CLDR plural category.
///
/// `{0}` stands for the number of minutes, written in the chosen digits.
/// The `zero` pattern is used for 0 minutes in every language (the text was
/// empty); English has no CLDR `zero` category, so the pattern is ours.
///
/// Sources:
/// - Plural categories: Unicode CLDR, `common/supplemental/plurals.xml`,
///   locales `ar`, `en`, `fa` and `ur` (see ``PluralCategory``).
/// - Arabic forms: CLDR `common/main/ar.xml`, `unit` `duration-minute`, long
///   form: one "دقيقة", two "دقيقتان", few "{0} دقائق", many "{0} دقيقة",
///   other "{0} دقيقة". The one form adds "واحدة" ("one") after the noun, as
///   Arabic does to stress a single unit; zero is "أقل من دقيقة" ("less than
///   a minute").
/// - English forms: the "N min read" label of Medium, one pattern for every count.
/// - Persian forms: CLDR `common/main/fa.xml`, `duration-minute` long form,
///   "{0} دقیقه" for one and other; zero is "کمتر از یک دقیقه" ("less than
///   one minute").
/// - Urdu forms: CLDR `common/main/ur.xml`, `duration-minute` long form,
///   "{0} منٹ" for one and other; zero is "ایک منٹ سے کم" ("less than one
///   minute").
public enum ReadingTimeLabels {
  /// What a pattern's count is written as.
  public static let placeholder = "{0}"

  /// Arabic (`ar`) patterns.
  public static let arabic: [PluralCategory: String] = [
    .zero: "أقل من دقيقة",  // less than a minute
    .one: "دقيقة واحدة",  // one minute (feminine singular + "one")
    .two: "دقيقتان",  // dual, nominative
    .few: "{0} دقائق",  // 3–10: plural
    .many: "{0} دقيقة",  // 11–99: singular accusative (tamyiz)
    .other: "{0} دقيقة",  // 100, 101, 102, 1000…: singular genitive
  ]

  /// English (`en`) patterns.
  public static let english: [PluralCategory: String] = [
    .zero: "less than 1 min read",
    .one: "{0} min read",
    .other: "{0} min read",
  ]

  /// Persian (`fa`) patterns.
  public static let persian: [PluralCategory: String] = [
    .zero: "کمتر از یک دقیقه",  // less than one minute
    .one: "{0} دقیقه",
    .other: "{0} دقیقه",
  ]

  /// Urdu (`ur`) patterns.
  public static let urdu: [PluralCategory: String] = [
    .zero: "ایک منٹ سے کم",  // less than one minute
    .one: "{0} منٹ",
    .other: "{0} منٹ",
  ]
}
