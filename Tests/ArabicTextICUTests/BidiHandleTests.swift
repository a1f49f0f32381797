import Testing

@testable import ArabicTextICU
import TestSupport

@Suite("UBiDi handle")
struct BidiHandleTests {
  @Test("a handle runs the UBA and reports levels, runs and visual map in UTF-16 code units")
  func paragraph() throws {
    let handle = try _BidiHandle()
    let units = Array("ab نص".utf16)
    try units.withUnsafeBufferPointer { text in
      try handle.setParagraph(text, direction: .auto)
      #expect(handle.paragraphLevel == 0)
      #expect(!handle.isLeftToRightOnly)
      #expect(try handle.levels(count: text.count) == [0, 0, 0, 1, 1])
      #expect(try handle.visualMap(count: text.count) == [0, 1, 2, 4, 3])
      #expect(try handle.visualRuns().map { [$0.start, $0.length] } == [[0, 3], [3, 2]])
      var visual: [UInt16] = []
      try handle.writeReordered(count: text.count, options: 0, appendingTo: &visual)
      #expect(String(decoding: visual, as: UTF16.self) == "ab صن")
    }
  }

  @Test("a handle is reused from one paragraph to the next")
  func reuse() throws {
    let handle = try _BidiHandle()
    for (text, level) in [("abc", UInt8(0)), ("نص", 1), ("123", 0)] {
      let units = Array(text.utf16)
      try units.withUnsafeBufferPointer { try handle.setParagraph($0, direction: .auto) }
      #expect(handle.paragraphLevel == level, "\(text)")
    }
  }

  @Test("ICU reports unidirectional paragraphs at the paragraph level; explicit levels come from the resolver")
  func unidirectionalLevels() throws {
    let handle = try _BidiHandle()
    // a LRE b PDF c: b is at level 2 although every level is even (the controls take the
    // level before them).
    let units = Array(scalars(0x61, 0x202A, 0x62, 0x202C, 0x63).utf16)
    try units.withUnsafeBufferPointer { text in
      try handle.setParagraph(text, direction: .leftToRight)
      #expect(handle.isLeftToRightOnly)
      #expect(try handle.levels(count: text.count) == [0, 0, 2, 2, 0])
    }
  }
}
