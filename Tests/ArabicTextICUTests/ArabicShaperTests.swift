import Testing

import ArabicTextICU
import TestSupport

@Suite("ArabicShaper")
struct ArabicShaperTests {
  @Test("contextual forms; alef before lam never ligates")
  func forms() {
    #expect("بالعربية".shapedArabic() == scalars(0xFE91, 0xFE8E, 0xFEDF, 0xFECC, 0xFEAE, 0xFE91, 0xFEF4, 0xFE94))
  }

  @Test("lam-alef ligatures")
  func lamAlef() {
    #expect("أهلا وسهلا".shapedArabic() == scalars(0xFE83, 0xFEEB, 0xFEFC, 0x20, 0xFEED, 0xFEB3, 0xFEEC, 0xFEFC))
    #expect("لا".shapedArabic() == scalars(0xFEFB))
    #expect("لإ".shapedArabic() == scalars(0xFEF9))
    // A haraka between lam and alef: the ligature forms and the mark follows it.
    #expect("لَا".shapedArabic() == scalars(0xFEFB, 0x064E))
  }

  @Test("harakat stay combining marks by default; ICU's spacing forms on request")
  func harakat() {
    #expect("كَتَبَ".shapedArabic() == scalars(0xFEDB, 0x064E, 0xFE98, 0x064E, 0xFE90, 0x064E))
    #expect("كًتٌب".shapedArabic() == scalars(0xFEDB, 0x064B, 0xFE98, 0x064C, 0xFE90))
    let spacing = ArabicShaper(marks: .spacingForms)
    #expect(spacing.shape("كَتَبَ") == scalars(0xFEDB, 0xFE77, 0xFE98, 0xFE77, 0xFE90, 0xFE76))
  }

  @Test("tatweel is kept and joins; other marks pass through")
  func tatweel() {
    #expect("عــلم".shapedArabic() == scalars(0xFECB, 0x0640, 0x0640, 0xFEE0, 0xFEE2))
    #expect("اللّٰه".shapedArabic() == scalars(0xFE8D, 0xFEDF, 0xFEE0, 0x0651, 0x0670, 0xFEEA))
  }

  @Test("shaping is idempotent; text without Arabic is unchanged",
    arguments: [
      "كَتَبَ", "بالعربية", "أهلا وسهلا", "mixed نص 123", "ASCII", "", "بٱ", "ڤيديو", "پدر و مادر", "گاہے گاہے",
      "ٱلْحَمْدُ لِلَّهِ", "ب\u{200F}ب", "ل\u{200D}ا", "بىب", "ﭘ ﻻ ﺑ", "ب\u{E0020}ب",
    ])
  func idempotent(text: String) {
    let once = text.shapedArabic()
    #expect(once.shapedArabic() == once)
  }

  @Test("Latin, digits and other scripts pass through")
  func passThrough() {
    #expect("abc 123 שלום 😀".shapedArabic() == "abc 123 שלום 😀")
  }

  @Test("visual order: joining runs the other way")
  func visualOrder() {
    let visual = ArabicShaper(textOrder: .visualLeftToRight)
    // "كتب" stored left to right as ب ت ك: beh final … kaf initial.
    #expect(visual.shape("بتك") == scalars(0xFE90, 0xFE98, 0xFEDB))
  }

  @Test("the UTF-8 entry point appends")
  func utf8() {
    var output = Array("> ".utf8)
    Array("لا".utf8).withUnsafeBufferPointer { ArabicShaper().shape(utf8: $0, appendingTo: &output) }
    #expect(String(decoding: output, as: UTF8.self) == "> " + scalars(0xFEFB))
  }
}
