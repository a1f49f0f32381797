import Testing

import ArabicTextICU
import TestSupport

@Suite("BidiParagraph")
struct BidiParagraphTests {
  @Test("levels, runs and visual order of a mixed paragraph")
  func mixed() throws {
    let paragraph = try BidiParagraph("نص English نص")
    #expect(paragraph.level == .rightToLeft)
    #expect(paragraph.baseDirection == .rightToLeft)
    #expect(paragraph.levels.map(\.rawValue) == [1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1])
    #expect(paragraph.runs.map { String(paragraph.text[$0.range]) } == [" نص", "English", "نص "])
    #expect(paragraph.runs.map(\.direction) == [.rightToLeft, .leftToRight, .rightToLeft])
    #expect(paragraph.visualOrder == [12, 11, 10, 3, 4, 5, 6, 7, 8, 9, 2, 1, 0])
  }

  @Test("forced directions")
  func forced() throws {
    let ltr = try BidiParagraph("نص", direction: .leftToRight)
    #expect(ltr.level == .leftToRight)
    #expect(ltr.levels.map(\.rawValue) == [1, 1])
    let rtl = try BidiParagraph("abc", direction: .rightToLeft)
    #expect(rtl.level == .rightToLeft)
    #expect(rtl.levels.map(\.rawValue) == [2, 2, 2])
    #expect(rtl.visualOrder == [0, 1, 2])
  }

  @Test("auto skips isolates to find the paragraph level")
  func autoSkipsIsolates() throws {
    let paragraph = try BidiParagraph(scalars(0x2066) + "abc" + scalars(0x2069) + " نص")
    #expect(paragraph.level == .rightToLeft)
  }

  @Test("a character outside the BMP is one entry, though two UTF-16 code units")
  func supplementary() throws {
    let paragraph = try BidiParagraph("نص 😀 نص")
    #expect(paragraph.levels.count == 7)
    #expect(paragraph.visualOrder == [6, 5, 4, 3, 2, 1, 0])
    #expect(paragraph.runs.count == 1)
    #expect(paragraph.runs[0].range == paragraph.text.startIndex..<paragraph.text.endIndex)
  }

  @Test("paragraph separators split the text; paragraphs stay in logical order")
  func paragraphs() throws {
    let paragraph = try BidiParagraph("نص\nabc")
    #expect(paragraph.level == .rightToLeft)  // the first paragraph's
    #expect(paragraph.levels.map(\.rawValue) == [1, 1, 1, 0, 0, 0])
    #expect(paragraph.visualOrder == [2, 1, 0, 3, 4, 5])
  }

  @Test("empty text")
  func empty() throws {
    let paragraph = try BidiParagraph("")
    #expect(paragraph.levels.isEmpty)
    #expect(paragraph.runs.isEmpty)
    #expect(paragraph.level == .leftToRight)
  }

  @Test("overrides: the levels of UAX #9, where ICU alone deviates")
  func overrides() throws {
    // RLE a ( b PDF RLO ) — BidiCharacterTest.txt: x 2 2 2 x x 1; visual order 6 1 2 3.
    let paragraph = try BidiParagraph(scalars(0x202B, 0x61, 0x28, 0x62, 0x202C, 0x202E, 0x29))
    #expect(paragraph.level == .leftToRight)
    #expect(Array(paragraph.levels[1...3].map(\.rawValue)) == [2, 2, 2])
    #expect(paragraph.levels[6].rawValue == 1)
    #expect(paragraph.visualOrder.filter { [1, 2, 3, 6].contains($0) } == [6, 1, 2, 3])
  }
}
