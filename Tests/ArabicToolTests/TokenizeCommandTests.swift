import ArabicText
import ArgumentParser
import Foundation
import TestSupport
import Testing

@testable import arabic_tool

@Suite("arabic-tool tokenize")
struct TokenizeCommandTests {
  @Test("text: each input line's words on one line, separated by single spaces")
  func text() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "قرأ  المعلّم الدرس، ثم 2.5 😀.\n\n«سطر» #وسم")
    #expect(try harness.run(["tokenize", file]) == "قرأ المعلّم الدرس ثم 2.5 😀\n\nسطر #وسم\n")
    #expect(try harness.run(["tokenize", "--all", file]) == "قرأ المعلّم الدرس ، ثم 2.5 😀 .\n\n« سطر » #وسم\n")
    let empty = try harness.write("empty.txt", "")
    #expect(try harness.run(["tokenize", empty]) == "")
  }

  @Test("ndjson: one object per token, offsets in each unit")
  func ndjson() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    // U+200F RIGHT-TO-LEFT MARK, then a word, a supplementary-plane emoji and a number.
    let file = try harness.write("in.txt", "\u{200F}نعم 😀 ٣\n")
    #expect(
      try harness.run(["tokenize", "--format", "ndjson", file]) == """
        {"text":"نعم","kind":"word","start":3,"end":9}
        {"text":"😀","kind":"emoji","start":10,"end":14}
        {"text":"٣","kind":"number","start":15,"end":17}

        """)
    #expect(
      try harness.run(["tokenize", "--format", "ndjson", "--offsets", "scalar", file]) == """
        {"text":"نعم","kind":"word","start":1,"end":4}
        {"text":"😀","kind":"emoji","start":5,"end":6}
        {"text":"٣","kind":"number","start":7,"end":8}

        """)
    #expect(
      try harness.run(["tokenize", "--format", "ndjson", "--offsets", "utf16", file]) == """
        {"text":"نعم","kind":"word","start":1,"end":4}
        {"text":"😀","kind":"emoji","start":5,"end":7}
        {"text":"٣","kind":"number","start":8,"end":9}

        """)
  }

  @Test("json with --all: every token, white space escaped; the texts rebuild the input")
  func jsonAll() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let input = "\u{FEFF}x\t\"y\"\\\r\n"
    let file = try harness.write("in.txt", "\u{FEFF}" + input)  // the leading BOM is dropped
    let output = try harness.run(["tokenize", "--format", "json", "--all", file])
    #expect(
      output == """
        [{"text":"\u{FEFF}","kind":"whitespace","start":0,"end":3},
        {"text":"x","kind":"word","start":3,"end":4},
        {"text":"\\t","kind":"whitespace","start":4,"end":5},
        {"text":"\\"","kind":"punctuation","start":5,"end":6},
        {"text":"y","kind":"word","start":6,"end":7},
        {"text":"\\"","kind":"punctuation","start":7,"end":8},
        {"text":"\\\\","kind":"punctuation","start":8,"end":9},
        {"text":"\\r\\n","kind":"whitespace","start":9,"end":11}]

        """)
    struct Object: Decodable { var text: String }
    let objects = try JSONDecoder().decode([Object].self, from: Data(output.utf8))
    #expect(codePoints(objects.map(\.text).joined()) == codePoints(input))
    #expect(try harness.run(["tokenize", "--format", "json", try harness.write("e.txt", "")]) == "[]\n")
  }

  @Test("Several inputs: offsets restart at each, and each object names its file")
  func severalInputs() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let a = try harness.write("a.txt", "أ ب\n")
    let b = try harness.write("b.txt", "ج")
    #expect(
      try harness.run(["tokenize", "--format", "ndjson", a, b]) == """
        {"text":"أ","kind":"word","start":0,"end":2,"file":"\(a)"}
        {"text":"ب","kind":"word","start":3,"end":5,"file":"\(a)"}
        {"text":"ج","kind":"word","start":0,"end":2,"file":"\(b)"}

        """)
    #expect(try harness.run(["tokenize", a, b]) == "أ ب\nج\n")
  }

  @Test("--sentences: one sentence per line, its line ends as spaces")
  func sentences() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "قال د. أحمد: «نجحنا.» ثم\r\nغادر؟ نعم\n\nفقرة، ثانية\n")
    #expect(
      try harness.run(["tokenize", "--sentences", file]) == "قال د. أحمد: «نجحنا.»\nثم غادر؟\nنعم\nفقرة، ثانية\n")
    #expect(
      try harness.run(["tokenize", "--sentences", "--format", "ndjson", "--offsets", "scalar", file]) == """
        {"text":"قال د. أحمد: «نجحنا.»","kind":"sentence","start":0,"end":21}
        {"text":"ثم\\r\\nغادر؟","kind":"sentence","start":22,"end":31}
        {"text":"نعم","kind":"sentence","start":32,"end":35}
        {"text":"فقرة، ثانية","kind":"sentence","start":37,"end":48}

        """)
  }

  @Test("Records: what a later record may change is carried over")
  func carry() throws {
    let text = "قال المعلّم: «هذا الدرس.» ثم\nغادر؟ نعم https://x.org/ب 😀👍🏽  \u{00A0}نهاية"
    let bytes = Array(text.utf8)
    func printed(_ ranges: [Range<Int>], sentences: Bool) throws -> String {
      var stream = SegmentStream(sentences: sentences)
      var printer = TokenPrinter(format: .ndjson, unit: .utf8, all: !sentences)
      var output: [UInt8] = []
      var flushed: [UInt8] = []
      for (k, range) in ranges.enumerated() {
        try bytes.withUnsafeBufferPointer { all in
          try stream.process(
            UnsafeBufferPointer(rebasing: all[range]), isLast: k == ranges.count - 1, printer: &printer,
            output: &output
          ) { flushed += $0 }
        }
      }
      return String(decoding: flushed + output, as: UTF8.self)
    }
    for sentences in [false, true] {
      let expected = try printed([0..<bytes.count], sentences: sentences)
      // Every cut at a scalar boundary prints the same as the whole text.
      for cut in 1..<bytes.count where bytes[cut] & 0xC0 != 0x80 {
        #expect(try printed([0..<cut, cut..<bytes.count], sentences: sentences) == expected, "sentences: \(sentences), cut at \(cut)")
      }
    }
  }

  @Test("JSON strings escape quotation marks, reverse solidus and controls only")
  func jsonText() {
    var output: [UInt8] = []
    JSONText.appendString("a\"b\\c\u{01}\u{08}\u{0C}/ب", to: &output)
    #expect(String(decoding: output, as: UTF8.self) == #""a\"b\\c\u0001\b\f/ب""#)
  }

  @Test("Text positions count UTF-8 bytes, scalars and UTF-16 code units")
  func positions() {
    var position = TextPosition()
    Array("aب😀".utf8).withUnsafeBufferPointer { position.advance(over: $0) }
    #expect(position == TextPosition(utf8: 7, scalars: 3, utf16: 4))
    #expect(position.offset(in: .utf16) == 4)
  }

  @Test(
    "Invalid options are usage errors (exit 64)",
    arguments: [
      ["tokenize", "--all", "--sentences"], ["tokenize", "--offsets", "bytes"], ["tokenize", "--format", "xml"],
    ])
  func usage(arguments: [String]) {
    do {
      _ = try ArabicTool.parseAsRoot(arguments)
      Issue.record("parsed \(arguments)")
    } catch {
      #expect(ArabicTool.exitCode(for: error).rawValue == 64)
    }
  }

  @Test(
    "Exit statuses of the executable",
    .enabled(if: ToolHarness.executable != nil, "arabic-tool executable not found beside the tests"))
  func executable() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    #expect(try harness.runProcess(["tokenize", "nowhere.txt"]).status == 66)
    #expect(try harness.runProcess(["tokenize"], stdin: [0x61, 0xFF, 0x0A]).status == 65)
    let ok = try harness.runProcess(["tokenize", "-"], stdin: Array("نعم، لا\n".utf8))
    #expect(ok.status == 0)
    #expect(ok.stdout == "نعم لا\n")
  }
}
