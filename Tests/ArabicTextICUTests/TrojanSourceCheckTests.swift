import Testing

import ArabicTextICU
import TestSupport

@Suite("Trojan Source check (CVE-2021-42574)")
struct TrojanSourceCheckTests {
  func report(_ text: String) -> [String] { TrojanSourceCheck.findings(in: text).map(\.description) }

  @Test("overrides and isolates are always reported, with line and column")
  func overridesAndIsolates() {
    #expect(report("let s = \"" + scalars(0x202E) + "abc\"\n") == [
      "1:10: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line"
    ])
    #expect(report("x\n// " + scalars(0x202D) + "a" + scalars(0x202C) + " " + scalars(0x2067) + "b" + scalars(0x2069)) == [
      "2:4: U+202D LEFT-TO-RIGHT OVERRIDE: override",
      "2:8: U+2067 RIGHT-TO-LEFT ISOLATE: isolate",
    ])
  }

  @Test("embeddings are reported only when left open")
  func embeddings() {
    #expect(report(scalars(0x202B) + "نص" + scalars(0x202C)).isEmpty)
    #expect(report("ab" + scalars(0x202A) + "c\nok") == ["1:3: U+202A LEFT-TO-RIGHT EMBEDDING: embedding not closed on its line"])
  }

  @Test("a PDI closes the isolate and everything opened inside it; a PDF does not close an isolate")
  func matching() {
    let text = scalars(0x2066, 0x202B) + "x" + scalars(0x2069)
    #expect(report(text) == ["1:1: U+2066 LEFT-TO-RIGHT ISOLATE: isolate"])
    let pdfInsideIsolate = scalars(0x2068) + "x" + scalars(0x202C)
    #expect(report(pdfInsideIsolate) == ["1:1: U+2068 FIRST STRONG ISOLATE: isolate not closed on its line"])
  }

  @Test("marks, ZWJ and ZWNJ and stray terminators are not findings")
  func harmless() {
    #expect(report(scalars(0x200E, 0x200F, 0x061C, 0x200C, 0x200D, 0x202C, 0x2069) + "text").isEmpty)
    #expect(report("كود عربي عادي\nplain code();\n").isEmpty)
  }

  @Test("line ends: LF, CR, CR LF; a paragraph separator inside a line closes everything")
  func lineEnds() {
    let text = "a\r\nb\rc" + scalars(0x202E) + "\n" + scalars(0x202B) + "x" + scalars(0x2029) + "y"
    #expect(report(text) == [
      "3:2: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "4:1: U+202B RIGHT-TO-LEFT EMBEDDING: embedding not closed on its line",
    ])
  }

  @Test("columns count Unicode scalars, not bytes or UTF-16 code units")
  func columns() {
    #expect(report("😀عربي" + scalars(0x2067)) == ["1:6: U+2067 RIGHT-TO-LEFT ISOLATE: isolate not closed on its line"])
  }

  @Test("feeding the input in pieces gives the same findings, even with CR LF split")
  func streaming() {
    let text = "a\r\n" + scalars(0x202E) + "b\r\nc" + scalars(0x2066) + "d" + scalars(0x2069) + "\n"
    let whole = TrojanSourceCheck.findings(in: text)
    for cut in 0...text.unicodeScalars.count {
      let scalarsArray = Array(text.unicodeScalars)
      var first = String.UnicodeScalarView()
      first.append(contentsOf: scalarsArray[..<cut])
      var second = String.UnicodeScalarView()
      second.append(contentsOf: scalarsArray[cut...])
      var check = TrojanSourceCheck()
      var findings: [TrojanSourceCheck.Finding] = []
      check.scan(String(first)) { findings.append($0) }
      check.scan(String(second)) { findings.append($0) }
      check.finish { findings.append($0) }
      #expect(findings == whole, "cut at \(cut)")
    }
    #expect(whole.map(\.line) == [2, 3])
  }
}
