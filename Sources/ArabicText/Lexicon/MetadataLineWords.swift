/// The words of the short lines news pages print around a headline: bylines
/// ("كتب: أحمد محمد"), datelines ("القاهرة - رويترز"), dates and times
/// ("الأحد 12 مايو 2024") and relative times ("منذ ساعتين"). The
/// ``BoilerplateFilter`` removes such lines, and ``SEOAnalyzer`` never takes
/// one for the title.
///
/// Sources:
/// - Month and weekday names: Unicode CLDR, `common/main/ar.xml` (Gregorian
///   months يناير … ديسمبر, weekdays الأحد … السبت), the Levantine and
///   Iraqi month names of `ar_SY.xml`, `ar_LB.xml`, `ar_IQ.xml` and `ar_JO.xml`
///   (كانون الثاني … كانون الأول), the Maghrebi names of `ar_DZ.xml`,
///   `ar_TN.xml` and `ar_MA.xml` (جانفي, فيفري, أفريل, ماي, جوان, جويلية,
///   أوت, يوليوز, غشت, شتنبر, نونبر, دجنبر), the Hijri months of the
///   `islamic` calendar in `ar.xml` (محرم … ذو الحجة), and the English names
///   of `en.xml`.
/// - News agencies: the member agencies of the Federation of Arab News
///   Agencies (FANA) by the names and abbreviations their datelines use
///   (واس, وام, قنا, كونا, بترا, سانا, أ ش أ, بنا, العمانية, واج, …), and the
///   international wire services quoted in Arabic (رويترز, أ ف ب, أسوشيتد
///   برس, د ب أ, الأناضول, …), with the dateline credits وكالات, خاص and
///   متابعات.
/// - Byline labels: the credit lines of Arabic and English news templates
///   (كتب, كتبت, بقلم, تحرير, إعداد, تصوير, ترجمة; by, written by, photo).
///
/// Words are compared as ``InterfacePhrases/key(_:)`` keys (alef forms,
/// teh marbuta and alef maksura folded, diacritics removed, Latin lowercased).
public enum MetadataLineWords {
  /// Byline labels: a short line that starts with one of these followed by
  /// `:` or a dash and a name is a byline ("كتب: أحمد محمد", "تصوير - علي").
  public static let bylineLabels: [String] = [
    "كتب", "كتبت", "كتبه", "كتبته", "بقلم", "تحرير", "حرره", "إعداد", "أعده", "تصوير", "ترجمة", "رسوم",
    "إشراف", "مراجعة", "تدقيق", "بواسطة", "نشر بواسطة", "كتب بواسطة",
    "by", "written by", "posted by", "published by", "reported by", "edited by", "words", "photo", "photos",
    "photography", "author",
  ]

  /// Byline labels that are followed by a name without a colon ("بقلم أحمد
  /// محمد", "كتبت سارة علي", "By Sara Ali"): a line of the label and at most
  /// ``maxNameWords`` words is a byline.
  public static let nameLabels: [String] = [
    "كتب", "كتبت", "كتبه", "بقلم", "by", "written by", "posted by", "reported by",
  ]

  /// The most words of a name after a label without a colon: 3.
  public static let maxNameWords = 3

  /// News agencies and dateline credits, as datelines write them.
  public static let agencies: [String] = [
    // International wire services.
    "رويترز", "أ ف ب", "ا ف ب", "فرانس برس", "وكالة فرانس برس", "الفرنسية", "أسوشيتد برس", "أسوشيتيد برس",
    "أ ب", "د ب أ", "الألمانية", "الأناضول", "وكالة الأناضول", "يو بي آي", "شينخوا", "سبوتنيك", "تاس",
    "إرنا", "كيودو", "يونهاب", "إفي",
    // Members of the Federation of Arab News Agencies.
    "واس", "وام", "قنا", "كونا", "بترا", "سانا", "أ ش أ", "بنا", "العمانية", "واج", "لاماب", "وات", "سبأ",
    "وفا", "قنا", "الوكالة الوطنية", "الوطنية للإعلام", "سونا", "موريتانيا للأنباء", "لانا", "واع", "الأنباء",
    // Credits in place of an agency.
    "وكالات", "خاص", "متابعات", "مراسلنا", "مراسلون", "المحرر", "الأخبار",
    "reuters", "afp", "ap", "dpa", "anadolu", "xinhua", "wires", "agencies",
  ]

  /// Weekday names.
  public static let weekdays: [String] = [
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "أحد", "اثنين", "إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت",
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sun", "mon", "tue", "wed", "thu", "fri", "sat",
  ]

  /// Month names, and the first words of two-word names (كانون, تشرين,
  /// ربيع, جمادى, ذو).
  public static let months: [String] = [
    // Gregorian, CLDR ar.
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس",
    "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    // Levantine and Iraqi.
    "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
    // Maghrebi.
    "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر",
    // Hijri.
    "محرم", "صفر", "ربيع", "جمادى", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي",
    // English.
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
  ]

  /// Words that may stand in a date or time line beside numbers, weekdays
  /// and months: the second words of two-word months, era and clock words,
  /// and the labels before a date.
  public static let dateWords: [String] = [
    // Second words of two-word months.
    "الأول", "الثاني", "الآخر", "الأولى", "الآخرة", "القعدة", "الحجة",
    // Eras, clock and time zones.
    "هـ", "ه", "م", "ص", "صباحا", "مساء", "ظهرا", "عصرا", "فجرا", "ليلا", "الساعة", "بتوقيت", "غرينتش",
    "جرينتش", "مكة", "المكرمة", "القدس", "عام", "سنة", "الموافق", "ميلادي", "هجري", "am", "pm", "gmt",
    "utc", "at", "on",
    // Labels before a date.
    "نشر", "نشرت", "في", "بتاريخ", "تاريخ", "النشر", "آخر", "تحديث", "التحديث", "محدث", "تم", "published",
    "updated", "posted", "last", "date",
  ]

  /// Words of relative times ("منذ ساعتين", "قبل 5 دقائق", "3 hours ago").
  public static let relativeMarkers: [String] = ["منذ", "قبل", "ago"]

  /// Units of relative times.
  public static let relativeUnits: [String] = [
    "ثانية", "ثانيتين", "ثوان", "ثواني", "دقيقة", "دقيقتين", "دقيقتان", "دقائق", "ساعة", "ساعتين", "ساعتان",
    "ساعات", "يوم", "يومين", "يومان", "أيام", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور",
    "سنة", "سنتين", "سنوات", "عام", "عامين", "أعوام", "قليل", "لحظات", "لحظة",
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
    "days", "week", "weeks", "month", "months", "year", "years", "moments",
  ]

  /// Keys of ``bylineLabels``.
  static let bylineLabelKeys: [[String]] = bylineLabels.map { $0.split(separator: " ").map { InterfacePhrases.key($0) } }
  /// Keys of ``nameLabels``.
  static let nameLabelKeys: [[String]] = nameLabels.map { $0.split(separator: " ").map { InterfacePhrases.key($0) } }
  /// Keys of ``agencies``.
  static let agencyKeys: Set<String> = Set(agencies.map { InterfacePhrases.key($0) })
  /// Keys of ``weekdays``.
  static let weekdayKeys: Set<String> = Set(weekdays.map { InterfacePhrases.key($0) })
  /// Keys of ``months``.
  static let monthKeys: Set<String> = Set(months.map { InterfacePhrases.key($0) })
  /// Keys of ``dateWords``.
  static let dateWordKeys: Set<String> = Set(dateWords.map { InterfacePhrases.key($0) })
  /// Keys of ``relativeMarkers``.
  static let relativeMarkerKeys: Set<String> = Set(relativeMarkers.map { InterfacePhrases.key($0) })
  /// Keys of ``relativeUnits``.
  static let relativeUnitKeys: Set<String> = Set(relativeUnits.map { InterfacePhrases.key($0) })
}
