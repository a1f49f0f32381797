import Testing

import ArabicTextICU
import TestSupport

@Suite("Bidi isolation")
struct BidiIsolationTests {
  @Test("RLI, LRI or FSI … PDI")
  func wrappers() {
    #expect("جار التحميل…".bidiIsolated(direction: .rightToLeft) == scalars(0x2067) + "جار التحميل…" + scalars(0x2069))
    #expect("world?".bidiIsolated(direction: .leftToRight) == scalars(0x2066) + "world?" + scalars(0x2069))
    #expect("user_name".bidiIsolated() == scalars(0x2068) + "user_name" + scalars(0x2069))
    #expect("".bidiIsolated() == scalars(0x2068, 0x2069))
  }

  @Test("an isolated Arabic message keeps its ellipsis on the left inside an English line")
  func ellipsis() throws {
    let isolated = "Loading: " + "جار التحميل…".bidiIsolated(direction: .rightToLeft)
    #expect(try isolated.visuallyReordered() == "Loading: …ليمحتلا راج")
    #expect(try "Loading: جار التحميل…".visuallyReordered() == "Loading: ليمحتلا راج…")
  }

  @Test("a text starting with a combining mark stays intact")
  func combiningStart() {
    let text = scalars(0x064E) + "ب"
    #expect(text.bidiIsolated().unicodeScalars.map(\.value) == [0x2068, 0x064E, 0x0628, 0x2069])
  }
}
