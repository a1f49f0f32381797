import Testing

@testable import ArabicText
import TestSupport

@Suite("Diacritics stripping")
struct DiacriticStripperTests {
  @Test("Each class of tashkeel is removed", arguments: [
    (0x064B as UInt32), 0x064C, 0x064D, 0x064E, 0x064F, 0x0650, 0x0651, 0x0652, 0x0656, 0x065F,
    0x0670, 0x0610, 0x061A, 0x06D6, 0x06DC, 0x06DF, 0x06E4, 0x06E7, 0x06E8, 0x06EA, 0x06ED,
    0x08D3, 0x08E1, 0x08E3, 0x08FF,
  ])
  func removesMark(mark: UInt32) {
    #expect(codePoints(DiacriticStripper().strip(scalars(0x0628, mark))) == "U+0628")
  }

  @Test("Letters and non-marks stay", arguments: [(0x06E5 as UInt32), 0x06E6, 0x08E2, 0x0640, 0x06DD, 0x06DE, 0x06E9])
  func keepsNonMark(scalar: UInt32) {
    let text = scalars(0x0628, scalar)
    #expect(codePoints(DiacriticStripper().strip(text)) == codePoints(text))
  }

  @Test("Sentences lose their marks and keep their spaces")
  func sentences() {
    #expect("المَدْرَسَةُ الجَدِيدَةُ".strippingDiacritics() == "المدرسة الجديدة")
    #expect("كَتَبَ الوَلَدُ الدَّرْسَ".strippingDiacritics() == "كتب الولد الدرس")
  }

  @Test("Shadda can be kept, in both orders of shadda and haraka")
  func keepShadda() {
    let stripper = DiacriticStripper(keeping: .shadda)
    #expect(codePoints(stripper.strip(scalars(0x062F, 0x0651, 0x064E))) == "U+062F U+0651")
    #expect(codePoints(stripper.strip(scalars(0x062F, 0x064E, 0x0651))) == "U+062F U+0651")
  }

  @Test("Dagger alef: remove, keep, toAlef")
  func daggerAlef() {
    let word = "كِتَٰبٌ"
    #expect(DiacriticStripper().strip(word) == "كتب")
    #expect(codePoints(DiacriticStripper(superscriptAlef: .keep).strip(word)) == "U+0643 U+062A U+0670 U+0628")
    #expect(DiacriticStripper(superscriptAlef: .toAlef).strip(word) == "كتاب")
  }

  @Test("Decomposed hamza composes before stripping, so أ survives")
  func decomposedHamza() {
    #expect(codePoints(DiacriticStripper().strip(scalars(0x0627, 0x064E, 0x0654))) == "U+0623")
  }

  @Test("Case endings only")
  func caseEndings() {
    let stripper = DiacriticStripper(scope: .caseEndings)
    #expect(stripper.strip("كَتَبَ الوَلَدُ الدَّرْسَ") == "كَتَب الوَلَد الدَّرْس")
    #expect(stripper.strip("رَأَيْتُ كِتَابًا") == "رَأَيْت كِتَابا")
    #expect(stripper.strip("عَدُوٌّ") == "عَدُوّ")
  }
}

@Suite("Diacritic density")
struct DiacriticDensityTests {
  @Test func density() {
    #expect(diacriticDensity(of: "كَتَبَ") == 1.0)
    #expect(diacriticDensity(of: "كتب الدرس") == 0.0)
    #expect(diacriticDensity(of: "الدَّرْسُ") == 0.8)
    #expect(diacriticDensity(of: "hello") == 0.0)
    #expect(diacriticDensity(of: "عـــربي") == 0.0)
  }

  @Test("Vocalized corpus text is dense, news is not", .enabled(if: SharedCorpus.isAvailable, "../shared/corpus is absent: skipped"))
  func corpus() throws {
    let poems = try #require(SharedCorpus.text("classical-diacritized/poems-vocalized.txt"))
    let news = try #require(SharedCorpus.text("news/debian-news-ar-2009-lenny.txt"))
    #expect(diacriticDensity(of: poems) > 0.3)
    #expect(diacriticDensity(of: news) < 0.05)
  }
}

@Suite("Hamza on a tatweel seat")
struct SeatedHamzaTests {
  // أَنۢبِـُٔونِي (Uthmani): the hamza sits on a tatweel, with a damma on the seat.
  static let word = scalars(0x0623, 0x064E, 0x0646, 0x06E2, 0x0628, 0x0650, 0x0640, 0x0654, 0x064F, 0x0648, 0x0646, 0x0650, 0x064A)
  static let wordMarkFirst = scalars(0x0623, 0x064E, 0x0646, 0x06E2, 0x0628, 0x0650, 0x0640, 0x064F, 0x0654, 0x0648, 0x0646, 0x0650, 0x064A)

  @Test("Stripping removes the hamza mark with the others; normalizing first keeps it as ئ", arguments: [word, wordMarkFirst])
  func strip(input: String) {
    #expect(codePoints(DiacriticStripper().strip(input)) == "U+0623 U+0646 U+0628 U+0640 U+0648 U+0646 U+064A")
    let seated = ArabicNormalizer(folds: .tatweel).normalize(input)
    #expect(codePoints(DiacriticStripper().strip(seated)) == "U+0623 U+0646 U+0628 U+0626 U+0648 U+0646 U+064A")
  }

  @Test("The tatweel fold writes the seated hamza as ئ", arguments: [word, wordMarkFirst])
  func tatweelFold(input: String) {
    #expect(
      codePoints(ArabicNormalizer(folds: .tatweel).normalize(input))
        == "U+0623 U+064E U+0646 U+06E2 U+0628 U+0650 U+0626 U+064F U+0648 U+0646 U+0650 U+064A")
    #expect(ArabicNormalizer(preset: .search).normalize(input) == "انبيوني")
    #expect(ArabicNormalizer(preset: .search).normalize("أنبئوني") == "انبيوني")
  }

  @Test("A plain tatweel is still removed")
  func plainTatweel() {
    #expect(ArabicNormalizer(folds: .tatweel).normalize("سلـــام" + scalars(0x0640, 0x064E)) == "سلام" + scalars(0x064E))
  }
}

@Suite("Marks of Arabic Extended-A, -B and -C; case endings around tatweel")
struct ExtendedMarksTests {
  @Test("Extended-A (Unicode 14), Extended-B and Extended-C marks are stripped", arguments: [
    (0x08CA as UInt32), 0x08D2, 0x0898, 0x089F, 0x10EFD, 0x10EFF,
  ])
  func stripped(mark: UInt32) {
    #expect(codePoints(DiacriticStripper().strip(scalars(0x0628, mark, 0x062A))) == "U+0628 U+062A")
  }

  @Test("Extended-B and -C can be kept")
  func kept() {
    let text = scalars(0x0628, 0x0898, 0x064E)
    #expect(codePoints(DiacriticStripper(keeping: .extendedBAndC).strip(text)) == "U+0628 U+0898")
  }

  @Test("The case ending is found across a tatweel")
  func caseEndingAcrossTatweel() {
    let stripper = DiacriticStripper(scope: .caseEndings)
    #expect(stripper.strip("كَتَبَـ") == "كَتَبـ")
    #expect(stripper.strip("كَتَبـَ") == "كَتَبـ")
  }
}
