import Testing

import ArabicTextICU
import TestSupport

@Suite("Bidi controls")
struct BidiControlTests {
  @Test("the twelve controls, their code points and kinds")
  func table() {
    #expect(BidiControl.allCases.count == 12)
    #expect(
      BidiControl.allCases.map(\.scalar.value) == [
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C,
      ])
    for control in BidiControl.allCases { #expect(BidiControl(control.scalar) == control) }
    #expect(BidiControl.rightToLeftOverride.kind == .override)
    #expect(BidiControl.firstStrongIsolate.kind == .isolate)
    #expect(BidiControl.rightToLeftEmbedding.kind == .embedding)
    #expect(BidiControl.popDirectionalIsolate.kind == .terminator)
    #expect(BidiControl.arabicLetterMark.kind == .mark)
    #expect(BidiControl.rightToLeftOverride.name == "RIGHT-TO-LEFT OVERRIDE")
    #expect(BidiControl.rightToLeftOverride.rawValue == "RLO")
  }

  @Test("ZWJ, ZWNJ and other format characters are not bidi controls")
  func notControls() {
    for value: UInt32 in [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x0627, 0x2028, 0x202F, 0x2065, 0x206A] {
      #expect(BidiControl(Unicode.Scalar(value)!) == nil, "U+\(String(value, radix: 16))")
    }
  }

  @Test("detection and positions")
  func detection() {
    let text = "a" + scalars(0x202E) + "b" + scalars(0x061C)
    #expect(text.containsBidiControls)
    #expect(!"می\u{200C}خواهم".containsBidiControls)
    #expect(!"plain".containsBidiControls)
    let found = text.bidiControls
    #expect(found.map(\.control) == [.rightToLeftOverride, .arabicLetterMark])
    #expect(found.map { text.unicodeScalars.distance(from: text.startIndex, to: $0.index) } == [1, 3])
  }

  @Test("removal keeps everything else, ZWJ and ZWNJ included")
  func removal() {
    let text = scalars(0x202B) + "ﺍﻹﺷﺘﻘﺎﻕ" + scalars(0x202C, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x2066, 0x2069)
    #expect(text.removingBidiControls() == "ﺍﻹﺷﺘﻘﺎﻕ" + scalars(0x200C, 0x200D))
    #expect("no controls".removingBidiControls() == "no controls")
    let once = text.removingBidiControls()
    #expect(once.removingBidiControls() == once)
  }
}

@Suite("Bidi controls in UTF-8 streams")
struct BidiControlBytesTests {
  @Test("removal from UTF-8 bytes matches the String form and counts what it removes")
  func bytes() {
    for text in [
      scalars(0x202B) + "ﺍﻹﺷﺘﻘﺎﻕ" + scalars(0x202C) + "\n", "plain", "", scalars(0x061C, 0x0628, 0x200C, 0x200D, 0x2069),
      "€ – “quotes” " + scalars(0x2066) + "x" + scalars(0x2069),
    ] {
      var output: [UInt8] = [0x3E]
      let removed = Array(text.utf8).withUnsafeBufferPointer { BidiControl.removeControls(fromUTF8: $0, appendingTo: &output) }
      #expect(String(decoding: output.dropFirst(), as: UTF8.self) == text.removingBidiControls())
      #expect(removed == text.bidiControls.count)
    }
  }
}
