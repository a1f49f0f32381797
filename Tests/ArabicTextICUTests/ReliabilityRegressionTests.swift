import Testing
import TestSupport

@testable import ArabicTextICU

/// Faults found by the fuzz targets in the ICU layer, each kept as the smallest input that showed it.
@Suite("ICU reliability regressions")
struct ICUReliabilityRegressionTests {
  @Test(
    "A NUL after a lam-alef ligature does not cut the shaped text short",
    arguments: [
      ("لا\u{0}", "\u{FEFB}\u{0}"),
      ("لا\nلا\u{0}", "\u{FEFB}\n\u{FEFB}\u{0}"),
      ("\u{0}لا\u{0}لا", "\u{0}\u{FEFB}\u{0}\u{FEFB}"),
      ("لا\r\u{0}x", "\u{FEFB}\r\u{0}x"),
    ])
  func nulAfterLamAlef(input: String, expected: String) {
    #expect(codePoints(ArabicShaper().shape(input)) == codePoints(expected))
  }

  @Test("Display keeps every line of a text holding NULs")
  func displayWithNUL() throws {
    let shown = try VisualReorderer.display().reorder("لا\n\u{0}")
    #expect(codePoints(shown) == codePoints("\u{FEFB}\n\u{0}"))
  }
}

extension ICUReliabilityRegressionTests {
  @Test("The three CVE-2021-42574 patterns, written with escapes, are found with line and column")
  func cvePatterns() {
    // Early return: the return looks like part of the comment.
    let earlyReturn = "function f(a) {\n  /* then \u{202E} \u{2066}*/ return;\n  a -= 1;\n}\n"
    #expect(TrojanSourceCheck.findings(in: earlyReturn).map(\.description) == [
      "2:11: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "2:13: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
    ])
    // Commenting out: code that runs looks like a comment.
    let commentingOut = "/*\u{202E} } \u{2066}if (isAdmin)\u{2069} \u{2066} begin admins only */\n"
    #expect(TrojanSourceCheck.findings(in: commentingOut).map(\.description) == [
      "1:3: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "1:7: U+2066 LEFT-TO-RIGHT ISOLATE: isolate",
      "1:22: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
    ])
    // Stretched string: part of the string looks like a comment.
    let stretched = "if (level != \"user\u{202E} \u{2066}// Check if admin\u{2069} \u{2066}\") {\n"
    #expect(TrojanSourceCheck.findings(in: stretched).map(\.description) == [
      "1:19: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "1:21: U+2066 LEFT-TO-RIGHT ISOLATE: isolate",
      "1:41: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
    ])
  }

  @Test("A line of 50,000 embeddings then 50,000 PDIs is checked in linear time")
  func manyPDIsWithoutIsolate() {
    let line = String(repeating: "\u{202A}", count: 50_000) + String(repeating: "\u{2069}", count: 50_000) + "\n"
    let clock = ContinuousClock()
    var count = 0
    let elapsed = clock.measure { count = TrojanSourceCheck.findings(in: line).count }
    #expect(count == 50_000)
    #expect(elapsed < .seconds(10), "\(elapsed)")
  }
}

extension ICUReliabilityRegressionTests {
  @Test(
    "Numeric order with Arabic-Indic digits after an identical prefix: compare agrees with the sort keys",
    arguments: [("١٩", "١ا"), ("۱۹", "۱\u{FFFD}"), ("ہم نے ۱۹۴۸ میں", "ہم نے ۱\u{FFFD}/"), ("a١٩", "a١ا"), ("x19", "x1ا")])
  func numericAfterIdenticalPrefix(a: String, b: String) throws {
    for locale in ["ar", "fa"] {
      let collator = try ArabicCollator(locale: locale, options: .init(strength: .secondary, numeric: true))
      // 1 before 19, whatever follows the 1.
      #expect(collator.compare(a, b) == .descending)
      #expect(collator.compare(b, a) == .ascending)
      #expect(collator.sortKey(for: b) < collator.sortKey(for: a))
    }
  }
}
