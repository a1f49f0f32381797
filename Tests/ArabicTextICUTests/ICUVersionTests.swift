import Testing

import ArabicTextICU

@Suite("ICUVersion")
struct ICUVersionTests {
  @Test("the runtime ICU and Unicode versions are dotted numbers")
  func versions() {
    for version in [ICUVersion.current, ICUVersion.unicode] {
      let parts = version.split(separator: ".")
      #expect(parts.count >= 2, "\(version)")
      #expect(parts.allSatisfy { Int($0) != nil }, "\(version)")
    }
    #expect(Int(ICUVersion.current.split(separator: ".")[0])! >= 72)
  }
}
