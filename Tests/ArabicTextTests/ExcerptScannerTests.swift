import Testing

@testable import ArabicText
import TestSupport

@Suite("Excerpt scanning: white space")
struct ExcerptScannerTests {
  @Test("A run of white space is one space, whatever marks or invisible characters it holds", arguments: [
    "أحمد \n\n \u{0651}محمد", "أحمد \u{200C}محمد", "أحمد \u{200B} \u{200F} محمد", "أحمد\t\u{00A0}\u{064E} محمد",
    "أحمد \u{2066}\u{2069}محمد", "أحمد\u{3000}\u{FEFF}محمد",
  ])
  func runs(text: String) {
    #expect(codePoints(Excerpt(text, maxCharacters: 100).text) == codePoints("أحمد محمد"))
    #expect(codePoints(Excerpt(text + " علي حسن", maxCharacters: 11).text) == codePoints("أحمد محمد…"))
  }

  @Test("Invisible characters at the start go; inside a word or before a space they stay")
  func invisibles() {
    #expect(codePoints(Excerpt("\u{200F}\u{FEFF}نص قصير", maxCharacters: 100).text) == codePoints("نص قصير"))
    #expect(codePoints(Excerpt("می\u{200C}خواهم", maxCharacters: 100).text) == codePoints("می\u{200C}خواهم"))
    #expect(codePoints(Excerpt("نص\u{200F} آخر", maxCharacters: 100).text) == codePoints("نص\u{200F} آخر"))
  }
}
