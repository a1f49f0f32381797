import Testing

@testable import ArabicText
import TestSupport

@Suite("Normalization")
struct NormalizationTests {
  func normalize(_ text: String, _ folds: ArabicNormalizer.Folds) -> String {
    ArabicNormalizer(folds: folds).normalize(text)
  }

  // MARK: - Always on: canonical composition and ordering

  @Test("Decomposed hamza and madda compose as NFC does", arguments: [
    (scalars(0x0627, 0x0654), scalars(0x0623)),  // ا + hamza above → أ
    (scalars(0x0648, 0x0654), scalars(0x0624)),  // و + hamza above → ؤ
    (scalars(0x064A, 0x0654), scalars(0x0626)),  // ي + hamza above → ئ
    (scalars(0x0627, 0x0653), scalars(0x0622)),  // ا + maddah → آ
    (scalars(0x0627, 0x0655), scalars(0x0625)),  // ا + hamza below → إ
    (scalars(0x06D5, 0x0654), scalars(0x06C0)),  // ە + hamza above → ۀ
    (scalars(0x06C1, 0x0654), scalars(0x06C2)),  // ہ + hamza above → ۂ
    (scalars(0x06D2, 0x0654), scalars(0x06D3)),  // ے + hamza above → ۓ
    // A mark of lower combining class between letter and hamza does not block.
    (scalars(0x0627, 0x064E, 0x0654), scalars(0x0623, 0x064E)),
    // Hamza on a letter that has no composition stays a mark.
    (scalars(0x0647, 0x0654), scalars(0x0647, 0x0654)),
  ])
  func composition(input: String, expected: String) {
    #expect(codePoints(normalize(input, [])) == codePoints(expected))
  }

  @Test("Combining marks are put in canonical order")
  func canonicalOrder() {
    // shadda (ccc 33) then fatha (ccc 30) → fatha then shadda
    #expect(codePoints(normalize(scalars(0x0628, 0x0651, 0x064E), [])) == "U+0628 U+064E U+0651")
    #expect(codePoints(normalize(scalars(0x0628, 0x064E, 0x0651), [])) == "U+0628 U+064E U+0651")
    // sukun (34), kasratan (29), maddah (230): stable by class
    #expect(
      codePoints(normalize(scalars(0x0628, 0x0653, 0x0652, 0x064D), []))
        == "U+0628 U+064D U+0652 U+0653")
  }

  // MARK: - Folds

  @Test("Each fold maps exactly its code points", arguments: [
    (ArabicNormalizer.Folds.alef, "أكل إبرة آلة ٱلقلم ٲ ٳ", "اكل ابرة الة القلم ا ا"),
    (.hamzaCarriers, "مسؤول رئيس ء", "مسوول رييس ء"),
    (.alefMaksura, "المستشفى", "المستشفي"),
    (.tehMarbuta, "مدرسة", "مدرسه"),
    (.tatweel, "سلـــــام", "سلام"),
    (.persian, "کتاب زیبا ۀ ہ ھ ے ۓ ڪ ە", "كتاب زيبا ه ه ه ي ئ ك ه"),
    (.digits, "١٢ و ۳۴", "12 و 34"),
    (.digits, "٣٬٢٥٠٫٧٥", "3,250.75"),
    (.punctuation, "نعم، لا؛ لماذا؟ ٥٪ ختم۔", "نعم, لا; لماذا? ٥% ختم."),
    (.presentationForms, "ﻻعب ﻷ ﻵ ﷲ", "لاعب لأ لآ الله"),
    (.presentationForms, "ﺍﻹﺷﺘﻘﺎﻕ", "الإشتقاق"),
  ])
  func fold(fold: ArabicNormalizer.Folds, input: String, expected: String) {
    #expect(normalize(input, fold) == expected)
  }

  @Test("Arabic digit separators fold only between digits")
  func digitSeparatorsOutsideNumbers() {
    #expect(normalize(scalars(0x066B, 0x0661), .digits) == scalars(0x066B) + "1")
    #expect(normalize("١" + scalars(0x066C), .digits) == "1" + scalars(0x066C))
  }

  @Test("Isolated harakat presentation forms become the combining mark")
  func isolatedHarakatForms() {
    // U+FE70 FATHATAN ISOLATED FORM → U+064B; U+FE77 FATHA MEDIAL FORM → tatweel + fatha
    #expect(codePoints(normalize(scalars(0x0628, 0xFE70), .presentationForms)) == "U+0628 U+064B")
    #expect(codePoints(normalize(scalars(0x0628, 0xFE77), .presentationForms)) == "U+0628 U+0640 U+064E")
    #expect(codePoints(normalize(scalars(0x0628, 0xFE77), [.presentationForms, .tatweel])) == "U+0628 U+064E")
  }

  @Test("Alef fold applies to composed hamza: ا + U+0654 → أ → ا")
  func decomposedHamzaThenAlef() {
    #expect(normalize(scalars(0x0627, 0x0654) + "رض", .alef) == "ارض")
  }

  @Test("Invisibles are removed; ZWNJ stays inside a word; ZWJ stays")
  func invisibles() {
    let zwnj = scalars(0x200C)
    #expect(normalize("می" + zwnj + "خواهم", .invisibles) == "می" + zwnj + "خواهم")
    #expect(normalize(zwnj + "کتاب" + zwnj, .invisibles) == "کتاب")
    #expect(normalize("a " + zwnj + "b", .invisibles) == "a b")
    #expect(
      normalize(scalars(0x200F) + "لماذا" + scalars(0x200E, 0x061C, 0xFEFF, 0x202B, 0x202C, 0x2067, 0x2069, 0x200B), .invisibles)
        == "لماذا")
    #expect(normalize("👨" + scalars(0x200D) + "💻", .invisibles) == "👨" + scalars(0x200D) + "💻")
  }

  @Test("Whitespace: space separators to one space, lines trimmed, line ends kept")
  func whitespace() {
    #expect(normalize("  أ" + scalars(0x00A0, 0x2003) + "\tب  \r\n ج ", .whitespace) == "أ ب\r\nج")
  }

  @Test("Presets are idempotent on tricky input", arguments: ArabicNormalizer.Preset.allCases)
  func presetIdempotent(preset: ArabicNormalizer.Preset) {
    let input =
      "ﺍﻹﺷﺘﻘﺎﻕ  " + scalars(0x0627, 0x0640, 0x0654) + " أ" + scalars(0x0654, 0x200C, 0x200C) + "ب ٣" + scalars(0x066B)
      + "٤ " + scalars(0x0628, 0x0651, 0x064E, 0x0640, 0x0652)
    let once = ArabicNormalizer(preset: preset).normalize(input)
    #expect(codePoints(ArabicNormalizer(preset: preset).normalize(once)) == codePoints(once))
  }

  @Test("The search preset on a vocalized sentence")
  func searchPreset() {
    #expect(ArabicNormalizer(preset: .search).normalize("أَكَلَ الوَلَدُ التُّفّاحَةَ") == "اكل الولد التفاحه")
  }
}

@Suite("Normalization in context: ZWNJ, ZWSP, superscript alef")
struct NormalizationContextTests {
  @Test("ZWNJ is judged by what is written next, so presets stay idempotent", arguments: [
    (scalars(0x0628, 0x200C, 0x0640), ArabicNormalizer.Preset.standard, "U+0628"),
    (scalars(0x0628, 0x200C, 0x064E), .search, "U+0628"),
    (scalars(0x0645, 0x06CC, 0x200C, 0x200F, 0x062E), .standard, "U+0645 U+06CC U+200C U+062E"),
    (scalars(0x0645, 0x06CC, 0x200F, 0x200C, 0x062E), .standard, "U+0645 U+06CC U+200C U+062E"),
  ])
  func zeroWidthNonJoiner(input: String, preset: ArabicNormalizer.Preset, expected: String) {
    let normalizer = ArabicNormalizer(preset: preset)
    let once = normalizer.normalize(input)
    #expect(codePoints(once) == expected)
    #expect(normalizer.normalize(once) == once)
  }

  @Test("ZWSP between words separates them; elsewhere it goes")
  func zeroWidthSpace() {
    let text = "كلمة" + scalars(0x200B) + "أخرى"
    #expect(ArabicNormalizer(preset: .standard).normalize(text) == "كلمة أخرى")
    #expect(ArabicNormalizer(folds: .invisibles).normalize(text) == "كلمة أخرى")
    #expect(ArabicNormalizer(folds: .invisibles).normalize("a " + scalars(0x200B) + "b" + scalars(0x200B)) == "a b")
    #expect(wordCount(of: ArabicNormalizer(preset: .standard).normalize(text)) == wordCount(of: text))
  }

  @Test("A superscript alef written as alef depends on its letter")
  func superscriptAlefToAlef() {
    let stripper = DiacriticStripper(superscriptAlef: .toAlef)
    #expect(stripper.strip("عَلَىٰ مُوسَىٰ") == "على موسى")
    #expect(stripper.strip("ٱلصَّلَوٰةَ وَٱلزَّكَوٰةَ") == "ٱلصلاة وٱلزكاة")
    #expect(stripper.strip("كِتَٰبٌ") == "كتاب")
    #expect(stripper.strip("يَٰٓأَيُّهَا") == "ياأيها")
    let searchToAlef = ArabicNormalizer(folds: ArabicNormalizer.Preset.search.folds, diacritics: stripper)
    #expect(searchToAlef.normalize("عَلَىٰ يَٰٓأَيُّهَا") == "علي ياايها")
  }
}
