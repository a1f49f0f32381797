import Testing

@testable import arabic_tool

@Suite("Line blocks")
struct LineBlocksTests {
  func blocks(_ records: [String], lastIsFinal: Bool = true) -> [String] {
    var joiner = LineJoiner()
    var result: [String] = []
    for (index, record) in records.enumerated() {
      Array(record.utf8).withUnsafeBufferPointer { bytes in
        joiner.feed(bytes, isLast: lastIsFinal && index == records.count - 1) {
          result.append(String(decoding: $0, as: UTF8.self))
        }
      }
    }
    return result
  }

  @Test("records that end at line ends pass through; pieces of a line are joined")
  func joining() {
    #expect(blocks(["a\nb\n", "c\n", ""]) == ["a\nb\n", "c\n"])
    #expect(blocks(["a\nlo", "ng li", "ne\nx", ""]) == ["a\n", "long line\n", "x"])
    #expect(blocks(["no line end"]) == ["no line end"])
  }

  @Test("lines and their ends")
  func lines() {
    var found: [String] = []
    Array("a\r\nb\n\nc".utf8).withUnsafeBufferPointer { block in
      forEachLine(in: block) { content, end in
        found.append(String(decoding: content, as: UTF8.self) + "|" + String(decoding: end, as: UTF8.self).replacingOccurrences(of: "\r", with: "CR"))
      }
    }
    #expect(found == ["a|CR\n", "b|\n", "|\n", "c|"])
  }
}
