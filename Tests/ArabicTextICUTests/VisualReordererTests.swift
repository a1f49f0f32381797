import Testing

import ArabicTextICU
import TestSupport

@Suite("VisualReorderer")
struct VisualReordererTests {
  @Test(
    "reordering for displays without bidi support",
    arguments: [
      ("(نص عربي)", "(يبرع صن)"),  // mirrored brackets
      ("سطر أول\nسطر ثان", "لوأ رطس\nناث رطس"),  // line by line
      ("بين ١٩٠٠-١٩٥٠", "١٩٥٠-١٩٠٠ نيب"),  // numbers keep their digit order
      ("Python هي لغة", "Python ةغل يه"),
      ("plain ASCII (unchanged)", "plain ASCII (unchanged)"),
      ("", ""),
      ("\n\n", "\n\n"),
      ("abc\r\nنص\r\n", "abc\r\nصن\r\n"),
    ])
  func reorder(text: String, expected: String) throws {
    let reorderer = try VisualReorderer()
    #expect(codePoints(try reorderer.reorder(text)) == codePoints(expected))
    #expect(try text.visuallyReordered() == expected)
  }

  @Test("combining marks stay after their base letter (rule L3)")
  func marksAfterBase() throws {
    #expect(try "كَتَبَ".visuallyReordered() == scalars(0x0628, 0x064E, 0x062A, 0x064E, 0x0643, 0x064E))
  }

  @Test("an isolated LTR span keeps its punctuation; bidi controls are removed by default")
  func isolate() throws {
    let text = "مرحبا " + scalars(0x2066) + "world?" + scalars(0x2069)
    #expect(try text.visuallyReordered(direction: .rightToLeft) == "world? ابحرم")
    // Without the isolate, the "?" takes the paragraph direction (UBA-correct).
    #expect(try "مرحبا world?".visuallyReordered(direction: .rightToLeft) == "?world ابحرم")
  }

  @Test("bidi controls can be kept; ZWJ and ZWNJ always are")
  func controls() throws {
    let text = scalars(0x0628, 0x200F, 0x0633) + " " + scalars(0x0645, 0x200C, 0x0646, 0x200D)
    let removed = try VisualReorderer(controls: .remove).reorder(text)
    #expect(removed == scalars(0x200D, 0x0646, 0x200C, 0x0645, 0x20, 0x0633, 0x0628))
    let kept = try VisualReorderer(controls: .keep).reorder(text)
    #expect(kept == scalars(0x200D, 0x0646, 0x200C, 0x0645, 0x20, 0x0633, 0x200F, 0x0628))
  }

  @Test("U+2028 LINE SEPARATOR ends a line but not the paragraph")
  func lineSeparator() throws {
    let text = "abc " + scalars(0x2028) + "نص عربي"
    // The paragraph is left to right; each line reorders on its own.
    #expect(try text.visuallyReordered() == "abc " + scalars(0x2028) + "يبرع صن")
    let arabic = "نص" + scalars(0x2028) + "عربي"
    #expect(try arabic.visuallyReordered() == "صن" + scalars(0x2028) + "يبرع")
  }

  @Test("display: shape, then reorder")
  func display() throws {
    let display = try VisualReorderer.display()
    #expect(codePoints(try display.reorder("أهلا وسهلا")) == codePoints("ﻼﻬﺳﻭ ﻼﻫﺃ"))
    #expect(try display.reorder("قهوة") == scalars(0xFE93, 0xFEEE, 0xFEEC, 0xFED7))
    #expect(try "أهلا وسهلا".visualDisplay() == "ﻼﻬﺳﻭ ﻼﻫﺃ")
    // Harakat stay combining marks after their letter.
    #expect(try display.reorder("كَتَبَ") == scalars(0xFE90, 0x064E, 0xFE98, 0x064E, 0xFEDB, 0x064E))
  }

  @Test("a reorderer is reused across calls and keeps no state between them")
  func reuse() throws {
    let reorderer = try VisualReorderer()
    for _ in 0..<3 {
      #expect(try reorderer.reorder("نص") == "صن")
      #expect(try reorderer.reorder("abc") == "abc")
    }
  }

  @Test("the UTF-8 entry point appends")
  func utf8() throws {
    let reorderer = try VisualReorderer()
    var output = Array("> ".utf8)
    try Array("نص\n".utf8).withUnsafeBufferPointer { try reorderer.reorder(utf8: $0, appendingTo: &output) }
    #expect(String(decoding: output, as: UTF8.self) == "> صن\n")
  }

  @Test("a Trojan Source override is applied, then removed from the visual text")
  func override() throws {
    let text = "a" + scalars(0x202E) + "bc" + scalars(0x202C) + "d"
    #expect(try text.visuallyReordered() == "acbd")
  }
}
