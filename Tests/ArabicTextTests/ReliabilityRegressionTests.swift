import Testing
import TestSupport

@testable import ArabicText

/// Faults found by the property suite and the fuzz targets, each kept as the
/// smallest input that showed it.
@Suite("Reliability regressions")
struct ReliabilityRegressionTests {
  @Test(
    "A hamza or madda mark composes past marks of a higher class, as NFC does",
    arguments: [
      // ي, U+0345 (class 240), hamza above (230): ئ U+0345.
      (scalars(0x064A, 0x0345, 0x0654), scalars(0x0626, 0x0345)),
      // ا, U+20F0 (230), hamza below (220): إ U+20F0.
      (scalars(0x0627, 0x20F0, 0x0655), scalars(0x0625, 0x20F0)),
      // ە, marks of classes 31, 220, 240, 32, then hamza above: ۀ and the marks in order.
      (scalars(0x06D5, 0x0619, 0x06ED, 0x0345, 0x0650, 0x0654), scalars(0x06C0, 0x0619, 0x0650, 0x06ED, 0x0345)),
    ])
  func compositionPastHigherClasses(input: String, expected: String) {
    let once = ArabicNormalizer(folds: []).normalize(input)
    #expect(codePoints(once) == codePoints(expected))
    #expect(ArabicNormalizer(folds: []).normalize(once) == once)
  }

  @Test("The Persian and hamza-carrier folds are idempotent over a blocked hamza")
  func foldedHamzaIdempotence() {
    let normalizer = ArabicNormalizer(folds: [.persian, .hamzaCarriers, .tatweel, .whitespace, .punctuation])
    let once = normalizer.normalize(scalars(0x06CC, 0x0345, 0x0654))
    #expect(codePoints(once) == codePoints(scalars(0x064A, 0x0345)))
    #expect(normalizer.normalize(once) == once)
  }

  @Test(
    "Hamza below after آ or أ gives إ and the mark above, as NFC does",
    arguments: [
      (scalars(0x0622, 0x0655), scalars(0x0625, 0x0653)),
      (scalars(0x0623, 0x0655), scalars(0x0625, 0x0654)),
      (scalars(0x0627, 0x0653, 0x0655), scalars(0x0625, 0x0653)),
      // The mark above goes before the other marks of its class.
      (scalars(0x0623, 0x06EB, 0x0655), scalars(0x0625, 0x0654, 0x06EB)),
    ])
  func hamzaBelowRecomposes(input: String, expected: String) {
    let once = ArabicNormalizer(folds: []).normalize(input)
    #expect(codePoints(once) == codePoints(expected))
    #expect(ArabicNormalizer(folds: []).normalize(once) == once)
    // Stripping drops the mark that did not compose.
    #expect(codePoints(DiacriticStripper().strip(input)) == codePoints(scalars(0x0625)))
  }
}

extension ReliabilityRegressionTests {
  @Test("Case-ending stripping removes tashkeel only, not the other marks at a word's end")
  func caseEndingsKeepOtherMarks() {
    let stripper = DiacriticStripper(scope: .caseEndings)
    #expect(codePoints(stripper.strip("cafe\u{301} كَتَبَ")) == codePoints("cafe\u{301} كَتَب"))
    #expect(codePoints(stripper.strip(scalars(0x064A, 0x08FE, 0x20DE, 0x0650))) == codePoints(scalars(0x064A, 0x08FE, 0x20DE)))
  }
}
