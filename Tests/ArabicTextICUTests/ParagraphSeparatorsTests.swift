import Testing

@testable import ArabicTextICU
import TestSupport

@Suite("Paragraph separators (UAX #9 P1)")
struct ParagraphSeparatorsTests {
  func paragraphs(_ text: String) -> [String] {
    let units = Array(text.utf16)
    var result: [String] = []
    units.withUnsafeBufferPointer { buffer in
      _ParagraphSeparators.forEach(in: buffer) { content, end in
        result.append(String(decoding: buffer[content], as: UTF16.self) + "|" + String(decoding: buffer[content.upperBound..<end], as: UTF16.self))
      }
    }
    return result
  }

  @Test("LF, CR, CR LF, NEL, U+2029 and U+001C–U+001E end paragraphs; U+2028 does not")
  func separators() {
    #expect(paragraphs("a\nb\r\nc\rd") == ["a|\n", "b|\r\n", "c|\r", "d|"])
    #expect(paragraphs(scalars(0x61, 0x85, 0x62, 0x2029, 0x63, 0x1C, 0x64, 0x1E)) == [
      "a|" + scalars(0x85), "b|" + scalars(0x2029), "c|" + scalars(0x1C), "d|" + scalars(0x1E), "|",
    ])
    #expect(paragraphs(scalars(0x61, 0x2028, 0x62)) == [scalars(0x61, 0x2028, 0x62) + "|"])
    #expect(paragraphs("") == ["|"])
    #expect(paragraphs("\n\n") == ["|\n", "|\n", "|"])
  }
}
