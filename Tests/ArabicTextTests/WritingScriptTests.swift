import Testing

@testable import ArabicText
import TestSupport

@Suite("Writing script of a word")
struct WritingScriptTests {
  @Test("Documented examples", arguments: [
    ("الكتاب", WritingScript.arabic), ("می‌خواهم", .arabic), ("GitHub", .latin), ("3D", .latin),
    ("Москва", .other), ("٢٠٢٤", .other), ("", .other),
  ])
  func examples(word: String, expected: WritingScript) {
    #expect(WritingScript(word: word) == expected)
  }

  @Test("Letters of Script=Arabic and of the Arabic block (tatweel)", arguments: [
    (0x0628 as UInt32), 0x0640, 0x0750, 0x0870, 0x08A0, 0xFB56, 0xFE8F, 0x1EE01,
  ])
  func arabicBlocks(letter: UInt32) {
    #expect(WritingScript(word: scalars(letter)) == .arabic, "\(codePoints(scalars(letter)))")
  }

  @Test("Latin blocks", arguments: [(0x0041 as UInt32), 0x007A, 0x00E9, 0x0153, 0x0259, 0x1EA1, 0xFB01, 0xFF41])
  func latinBlocks(letter: UInt32) {
    #expect(WritingScript(word: scalars(letter)) == .latin, "\(codePoints(scalars(letter)))")
  }

  @Test("A word's marks and digits do not decide its script")
  func firstLetter() {
    // A kasra before any letter, then ب.
    #expect(WritingScript(word: scalars(0x0650, 0x0628)) == .arabic)
    #expect(WritingScript(word: "2024م") == .arabic)
    #expect(WritingScript(letter: "٣") == nil)
    #expect(WritingScript(letter: "!") == nil)
  }
}
