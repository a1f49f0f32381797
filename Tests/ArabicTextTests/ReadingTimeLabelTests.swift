import Testing

@testable import ArabicText
import TestSupport

@Suite("Reading-time labels")
struct ReadingTimeLabelTests {
  /// A reading time of exactly `minutes` minutes.
  func time(minutes: Int) -> ReadingTime { ReadingTime(words: minutes, seconds: minutes * 60) }

  @Test("Arabic, every plural boundary, in both digit styles", arguments: [
    (0, "أقل من دقيقة", "أقل من دقيقة"),
    (1, "دقيقة واحدة", "دقيقة واحدة"),
    (2, "دقيقتان", "دقيقتان"),
    (3, "٣ دقائق", "3 دقائق"),
    (10, "١٠ دقائق", "10 دقائق"),
    (11, "١١ دقيقة", "11 دقيقة"),
    (99, "٩٩ دقيقة", "99 دقيقة"),
    (100, "١٠٠ دقيقة", "100 دقيقة"),
    (101, "١٠١ دقيقة", "101 دقيقة"),
    (102, "١٠٢ دقيقة", "102 دقيقة"),
    (103, "١٠٣ دقائق", "103 دقائق"),
    (111, "١١١ دقيقة", "111 دقيقة"),
    (1000, "١٠٠٠ دقيقة", "1000 دقيقة"),
  ])
  func arabic(minutes: Int, arabicIndic: String, latin: String) {
    #expect(codePoints(time(minutes: minutes).label()) == codePoints(arabicIndic))
    #expect(codePoints(time(minutes: minutes).label(digits: .arabicIndic)) == codePoints(arabicIndic))
    #expect(codePoints(time(minutes: minutes).label(digits: .latin)) == codePoints(latin))
  }

  @Test("The exact code points of the forms")
  func codePointsOfForms() {
    // ٣ U+0663, space, د ق ا ئ ق
    #expect(codePoints(time(minutes: 3).label()) == "U+0663 U+0020 U+062F U+0642 U+0627 U+0626 U+0642")
    // د ق ي ق ت ا ن
    #expect(codePoints(time(minutes: 2).label()) == "U+062F U+0642 U+064A U+0642 U+062A U+0627 U+0646")
  }

  @Test("English", arguments: [
    (0, "less than 1 min read"), (1, "1 min read"), (2, "2 min read"), (5, "5 min read"), (11, "11 min read"),
    (100, "100 min read"), (1000, "1000 min read"),
  ])
  func english(minutes: Int, expected: String) {
    #expect(time(minutes: minutes).label(in: .english) == expected)
  }

  @Test("English takes Latin digits by default, Arabic-Indic when asked")
  func englishDigits() {
    #expect(time(minutes: 5).label(in: .english, digits: .arabicIndic) == "٥ min read")
  }

  @Test("Minutes round up before the plural form is chosen")
  func rounding() {
    #expect(ReadingTime(words: 1, seconds: 61).label() == "دقيقتان")
    #expect(ReadingTime(words: 1, seconds: 121).label(digits: .latin) == "3 دقائق")
  }

  @Test("Persian and Urdu labels: CLDR forms, Persian digits for Persian, Latin for Urdu")
  func persianAndUrdu() {
    #expect(time(minutes: 0).label(in: .persian) == "کمتر از یک دقیقه")
    #expect(time(minutes: 1).label(in: .persian) == "۱ دقیقه")
    #expect(time(minutes: 456).label(in: .persian) == "۴۵۶ دقیقه")
    #expect(time(minutes: 3).label(in: .persian, digits: .latin) == "3 دقیقه")
    #expect(time(minutes: 0).label(in: .urdu) == "ایک منٹ سے کم")
    #expect(time(minutes: 1).label(in: .urdu) == "1 منٹ")
    #expect(time(minutes: 17).label(in: .urdu) == "17 منٹ")
    #expect(time(minutes: 17).label(in: .urdu, digits: .extendedArabicIndic) == "۱۷ منٹ")
  }

  @Test("label languages from language tags; Arabic-script languages get the Arabic label")
  func languageTags() {
    #expect(ReadingTime.Language(languageTag: "ar-EG") == .arabic)
    #expect(ReadingTime.Language(languageTag: "fa_IR") == .persian)
    #expect(ReadingTime.Language(languageTag: "prs") == .persian)
    #expect(ReadingTime.Language(languageTag: "UR") == .urdu)
    #expect(ReadingTime.Language(languageTag: "ps") == .arabic)
    #expect(ReadingTime.Language(languageTag: "ckb") == .arabic)
    #expect(ReadingTime.Language(languageTag: "en") == .english)
    #expect(ReadingTime.Language(languageTag: "de") == .english)
    #expect(ReadingTime.Language(languageTag: "und") == .english)
  }
}
