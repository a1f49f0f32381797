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

extension ReliabilityRegressionTests {
  @Test("A description of presentation forms keeps its budget once they are shown as letters")
  func descriptionOfLigatures() throws {
    let lead = Array(repeating: "ﻻعب", count: 60).joined(separator: " ") + "."
    let seo = try SEOAnalyzer().analyze(Document(plainText: "عنوان المقال\n\n" + lead + "\n"))
    #expect(seo.description.count <= SEODescription.recommendedMaxLength)
    #expect(seo.description == Array(repeating: "لاعب", count: 31).joined(separator: " "))
  }
}

extension ReliabilityRegressionTests {
  @Test(
    "ZWNJ and digit separators look at what follows in the output, past removed characters",
    arguments: [
      // ﻛ ZWNJ ﹶ: the fatha form is removed, so ZWNJ ends the word and goes.
      (scalars(0xFEDB, 0x200C, 0xFE76), scalars(0x0643)),
      (scalars(0x0643, 0x200C, 0x0640, 0x0628), scalars(0x0643, 0x200C, 0x0628)),
      (scalars(0x0643, 0x200C, 0x0640), scalars(0x0643)),
      (scalars(0x0661, 0x066B, 0x0640, 0x0662), "1.2"),
      (scalars(0x0031, 0x066B, 0x064E, 0x0032), "1.2"),
      (scalars(0x0643, 0x200C, 0x200C, 0x064E, 0x200C, 0x0628), scalars(0x0643, 0x200C, 0x0628)),
    ])
  func contextPastRemovedCharacters(input: String, expected: String) {
    let normalizer = ArabicNormalizer(folds: .all)
    let once = normalizer.normalize(input)
    #expect(codePoints(once) == codePoints(expected))
    #expect(normalizer.normalize(once) == once)
  }

  @Test("Many ZWNJs before one long run of removed characters take linear time")
  func zwnjLookaheadIsLinear() {
    // ك, then ZWNJ and a removed fatha 200,000 times: each ZWNJ looks past the same run.
    let text = "ك" + String(repeating: "\u{200C}\u{064E}", count: 200_000) + " ب"
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = ArabicNormalizer(folds: .all).normalize(text) }
    #expect(elapsed < .seconds(10), "\(elapsed)")
  }
}

extension ReliabilityRegressionTests {
  @Test("A word that starts inside a grapheme cluster counts against a word budget")
  func wordInsideCluster() {
    // U+0604 and U+0600 are prepended concatenation marks: they join the next character's cluster.
    #expect(Excerpt("\u{0604}u", maxWords: 0).text == "…")
    #expect(Excerpt("\u{0600}١٢ كلمة أخرى", maxWords: 1).text == "\u{0600}١٢…")
    #expect(Excerpt("\u{0600}١٢ كلمة أخرى", maxWords: 2).text == "\u{0600}١٢ كلمة…")
  }

  @Test("A title limit too small for the site name gives the headline alone, within the limit or its first word whole")
  func titleLimitWithSiteName() throws {
    let document = Document(plainText: "عنوان المقال\n\nنص المقال الأول هنا، وفيه كلمات كثيرة تكفي.\n")
    for limit in [6, 8] {
      let seo = try SEOAnalyzer(options: .init(maxTitleLength: limit, siteName: "موقع")).analyze(document)
      #expect(seo.title == "عنوان", "limit \(limit)")
      #expect(seo.warnings.map(\.code).contains(.siteNameOmitted))
      #expect(!seo.warnings.map(\.code).contains(.titleOverMaxLength))
    }
    // The first word alone is longer than the limit: kept whole, with a warning; never cut inside.
    for limit in [1, 4] {
      let seo = try SEOAnalyzer(options: .init(maxTitleLength: limit, siteName: "موقع")).analyze(document)
      #expect(seo.title == "عنوان", "limit \(limit)")
      #expect(seo.warnings.map(\.code).contains(.titleOverMaxLength))
    }
    let roomy = try SEOAnalyzer(options: .init(maxTitleLength: 20, siteName: "موقع")).analyze(document)
    #expect(roomy.title == "عنوان المقال - موقع")
  }
}

extension ReliabilityRegressionTests {
  @Test("A word that starts in white space (joined by U+202F) counts against a word budget")
  func wordStartingInWhiteSpace() {
    #expect(Excerpt("\u{202F}ا", maxWords: 0).text == "…")
    #expect(Excerpt("\u{202F}ا ب", maxWords: 1).text == "ا…")
  }

  @Test("SEO over a letter carrying 100,000 marks takes linear time")
  func seoOverLongRunOfMarks() throws {
    let text = "عنوان\n\nب" + String(repeating: "\u{064E}\u{0651}", count: 50_000) + " نص المقال.\n"
    let clock = ContinuousClock()
    let elapsed = try clock.measure { _ = try SEOAnalyzer().analyze(Document(plainText: text)) }
    #expect(elapsed < .seconds(20), "\(elapsed)")
  }
}

extension ReliabilityRegressionTests {
  @Test("U+202F inside a word stays: folding it to a space would make two words of one")
  func narrowNoBreakSpaceInsideWord() {
    #expect(Excerpt("I\u{202F}د كلمة", maxWords: 1).text == "I\u{202F}د…")
    #expect(ReadingTime(Excerpt("I\u{202F}د كلمة", maxWords: 1).text).words == 1)
    #expect(Excerpt("كلمة\u{202F}أخرى", maxCharacters: 40).text == "كلمة\u{202F}أخرى")
    #expect(Excerpt("كلمة \u{202F} أخرى", maxCharacters: 40).text == "كلمة أخرى")
  }
}

extension ReliabilityRegressionTests {
  @Test("A text of 20,000 one-letter lines, all dangling particles, gets its title in linear time")
  func titleOverManyParticles() throws {
    let text = String(repeating: "ب\n", count: 20_000) + "كلمة\n"
    let clock = ContinuousClock()
    var title = ""
    let elapsed = try clock.measure { title = try SEOAnalyzer().analyze(Document(plainText: text)).title }
    #expect(elapsed < .seconds(20), "\(elapsed)")
    #expect(!title.isEmpty)
  }
}

extension ReliabilityRegressionTests {
  @Test("A URL whose host would be a combining mark is no URL: stripping the mark leaves no more words than the budget")
  func urlHostOfAMark() {
    // "https://" U+0653 "." then a word, with a one-word budget and stripping: the excerpt counted
    // "https://ٓ" as a URL (not a word) and kept two words once the mark was gone.
    let text = "https://\u{0653}.ngeRepeB#"
    let excerpt = Excerpt(text, maxWords: 1, stripsDiacritics: true)
    let body = excerpt.isTruncated ? String(excerpt.text.dropLast()) : excerpt.text
    #expect(ReadingTime(body).words <= 1)
    #expect(codePoints(excerpt.text) == codePoints("https://.…"))
  }

  @Test("Invisible characters after white space fold with it, so an excerpt is a prefix of the folded text")
  func invisibleAfterLineBreak() {
    let excerpt = Excerpt("١٢. أ\n\n\u{200F}RAID كتب\n\n\u{200F}LVM ج", maxCharacters: 14)
    #expect(codePoints(excerpt.text) == codePoints("١٢. أ RAID كتب…"))
  }
}
