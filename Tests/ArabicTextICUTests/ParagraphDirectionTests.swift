import Testing

@testable import ArabicTextICU

@Suite("ParagraphDirection")
struct ParagraphDirectionTests {
  @Test("raw values are the command-line names")
  func rawValues() {
    #expect(ParagraphDirection.allCases.map(\.rawValue) == ["auto", "ltr", "rtl"])
  }

  @Test("ICU paragraph levels: UBIDI_DEFAULT_LTR for auto, 0 and 1 when forced")
  func icuLevels() {
    #expect(ParagraphDirection.auto.icuLevel == 0xFE)
    #expect(ParagraphDirection.leftToRight.icuLevel == 0)
    #expect(ParagraphDirection.rightToLeft.icuLevel == 1)
  }

  @Test("forcing a direction changes the visual order of text that starts with Latin")
  func forced() throws {
    #expect(try "Python هي لغة".visuallyReordered(direction: .auto) == "Python ةغل يه")
    #expect(try "Python هي لغة".visuallyReordered(direction: .rightToLeft) == "ةغل يه Python")
    #expect(try "نص text".visuallyReordered(direction: .leftToRight) == "صن text")
  }
}
