import Testing

import ArabicTextICU

@Suite("BidiLevel")
struct BidiLevelTests {
  @Test("odd levels are right to left")
  func parity() {
    #expect(!BidiLevel(0).isRightToLeft)
    #expect(BidiLevel(1).isRightToLeft)
    #expect(BidiLevel(2).direction == .leftToRight)
    #expect(BidiLevel(125).direction == .rightToLeft)
    #expect(BidiLevel.leftToRight.rawValue == 0)
    #expect(BidiLevel.rightToLeft.rawValue == 1)
    #expect(BidiLevel.maximumExplicitLevel.rawValue == 125)
  }

  @Test("levels order by number and print as numbers")
  func order() {
    #expect(BidiLevel(1) < BidiLevel(2))
    #expect(BidiLevel(rawValue: 3) == BidiLevel(3))
    #expect(BidiLevel(4).description == "4")
  }
}
