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
  func nulAfterLamAlef(input: String, expected: String) throws {
    #expect(codePoints(try ArabicShaper().shape(input)) == codePoints(expected))
  }

  @Test("Display keeps every line of a text holding NULs")
  func displayWithNUL() throws {
    let shown = try VisualReorderer.display().reorder("لا\n\u{0}")
    #expect(codePoints(shown) == codePoints("\u{FEFB}\n\u{0}"))
  }
}
