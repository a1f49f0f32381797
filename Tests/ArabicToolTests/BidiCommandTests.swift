import ArgumentParser
import Foundation
import Testing
import TestSupport

@testable import arabic_tool

@Suite("arabic-tool bidi")
struct BidiCommandTests {
  @Test("the subcommands and the shared reordering options parse")
  func parsing() throws {
    for name in ["display", "reorder", "isolate", "strip-controls", "detect", "check"] {
      #expect(throws: Never.self) { _ = try ArabicTool.parseAsRoot(["bidi", name]) }
    }
    let reorder = try #require(try ArabicTool.parseAsRoot(["bidi", "reorder", "--direction", "rtl", "--keep-controls"]) as? Bidi.Reorder)
    #expect(reorder.reordering.direction == .rightToLeft)
    #expect(reorder.reordering.keepControls)
    #expect(throws: (any Error).self) { try ArabicTool.parseAsRoot(["bidi", "reorder", "--direction", "up"]) }
    #expect(throws: (any Error).self) { try ArabicTool.parseAsRoot(["bidi"] + ["nonsense"]) }
  }
}

@Suite("arabic-tool bidi display")
struct BidiDisplayTests {
  @Test("auto is visual only for a terminal, and never with -o")
  func autoMode() throws {
    let display = try #require(try ArabicTool.parseAsRoot(["bidi", "display"]) as? Bidi.Display)
    #expect(display.mode == .auto)
    #expect(display.resolvedMode(outputIsTerminal: true) == .visual)
    #expect(display.resolvedMode(outputIsTerminal: false) == .logical)
    let toFile = try #require(try ArabicTool.parseAsRoot(["bidi", "display", "-o", "x.txt"]) as? Bidi.Display)
    #expect(toFile.resolvedMode(outputIsTerminal: true) == .logical)
    let visual = try #require(try ArabicTool.parseAsRoot(["bidi", "display", "--mode", "visual"]) as? Bidi.Display)
    #expect(visual.resolvedMode(outputIsTerminal: false) == .visual)
  }

  @Test("visual: shaped and reordered, line by line")
  func visual() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "أهلا وسهلا\nقهوة\r\nplain\n")
    #expect(
      try harness.run(["bidi", "display", "--mode", "visual", file])
        == "ﻼﻬﺳﻭ ﻼﻫﺃ\n" + scalars(0xFE93, 0xFEEE, 0xFEEC, 0xFED7) + "\r\nplain\n")
  }

  @Test("visual: letters of Presentation Forms-A shaped, joined across bidi marks, which are then removed")
  func visualJoining() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "بٱ\n" + scalars(0x0628, 0x200F, 0x0628, 0x0A))
    #expect(
      codePoints(try harness.run(["bidi", "display", "--mode", "visual", file]))
        == codePoints(scalars(0xFB51, 0xFE91, 0x0A, 0xFE90, 0xFE91, 0x0A)))
  }

  @Test("visual: an emoji with a skin tone stays whole")
  func visualEmoji() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "إبهام " + scalars(0x1F44D, 0x1F3FD) + " جيد\n")
    #expect(
      codePoints(try harness.run(["bidi", "display", "--mode", "visual", file]))
        == codePoints(
          scalars(0xFEAA, 0xFEF4, 0xFE9F, 0x20, 0x1F44D, 0x1F3FD, 0x20, 0xFEE1, 0xFE8E, 0xFEEC, 0xFE91, 0xFE87, 0x0A)))
  }

  @Test("logical: the input byte for byte (and the default when writing to a file)")
  func logical() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let text = "شكرا\n" + scalars(0x202B) + "نص" + scalars(0x202C) + "\nno newline"
    let file = try harness.write("in.txt", text)
    #expect(try harness.run(["bidi", "display", "--mode", "logical", file]) == text)
    #expect(try harness.run(["bidi", "display", file]) == text)
  }

  @Test(
    "a pipe gets the logical text by default",
    .enabled(if: ToolHarness.executable != nil, "arabic-tool executable not found beside the tests"))
  func pipe() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let result = try harness.runProcess(["bidi", "display"], stdin: Array("شكرا\n".utf8))
    #expect(result.status == 0)
    #expect(result.stdout == "شكرا\n")
  }
}

@Suite("arabic-tool bidi reorder")
struct BidiReorderTests {
  @Test("visual order without shaping; controls removed unless kept")
  func reorder() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "(نص عربي)\nسطر" + scalars(0x200F) + " ثان\nPython هي لغة\n")
    #expect(try harness.run(["bidi", "reorder", file]) == "(يبرع صن)\nناث رطس\nPython ةغل يه\n")
    #expect(try harness.run(["bidi", "reorder", "--direction", "rtl", file]) == "(يبرع صن)\nناث رطس\nةغل يه Python\n")
    #expect(try harness.run(["bidi", "reorder", "--keep-controls", file]) == "(يبرع صن)\nناث " + scalars(0x200F) + "رطس\nPython ةغل يه\n")
  }

  @Test("grapheme clusters in right-to-left runs stay whole and in logical order")
  func clusters() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write(
      "in.txt",
      "إبهام " + scalars(0x1F44D, 0x1F3FD) + " جيد\n" + "عائلة " + scalars(0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467)
        + "\n" + "علم " + scalars(0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F) + "\n")
    let expected =
      scalars(0x062F, 0x064A, 0x062C, 0x20, 0x1F44D, 0x1F3FD, 0x20, 0x0645, 0x0627, 0x0647, 0x0628, 0x0625, 0x0A)
      + scalars(0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467, 0x20, 0x0629, 0x0644, 0x0626, 0x0627, 0x0639, 0x0A)
      + scalars(0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F, 0x20, 0x0645, 0x0644, 0x0639, 0x0A)
    #expect(codePoints(try harness.run(["bidi", "reorder", file])) == codePoints(expected))
  }

  @Test("a line longer than a record is reordered whole")
  func longLine() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let line = String(repeating: "كلمة ", count: 300_000) + "أخيرة"
    let file = try harness.write("in.txt", line + "\n")
    let output = try harness.run(["bidi", "reorder", file])
    #expect(output.hasPrefix("ةريخأ ةملك"))
    #expect(output.utf8.count == line.utf8.count + 1)
  }
}

@Suite("arabic-tool bidi isolate")
struct BidiIsolateTests {
  @Test("each non-empty line is wrapped; line ends are kept")
  func isolate() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "جار التحميل…\n\nworld?\r\nlast")
    #expect(
      try harness.run(["bidi", "isolate", "--direction", "rtl", file])
        == scalars(0x2067) + "جار التحميل…" + scalars(0x2069) + "\n\n" + scalars(0x2067) + "world?" + scalars(0x2069)
        + "\r\n" + scalars(0x2067) + "last" + scalars(0x2069))
    #expect(try harness.run(["bidi", "isolate", "--direction", "ltr", file]).hasPrefix(scalars(0x2066)))
    #expect(try harness.run(["bidi", "isolate", file]).hasPrefix(scalars(0x2068)))
  }
}

@Suite("arabic-tool bidi strip-controls")
struct BidiStripControlsTests {
  @Test("controls go, ZWJ and ZWNJ stay")
  func strip() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write(
      "in.txt", scalars(0x202B) + "ﺍﻹﺷﺘﻘﺎﻕ" + scalars(0x202C) + "\nمی" + scalars(0x200C) + "خواهم" + scalars(0x200F, 0x061C, 0x2066, 0x2069) + "\n")
    #expect(try harness.run(["bidi", "strip-controls", file]) == "ﺍﻹﺷﺘﻘﺎﻕ\nمی" + scalars(0x200C) + "خواهم\n")
  }
}

@Suite("arabic-tool bidi detect")
struct BidiDetectTests {
  @Test("per line, and per input")
  func detect() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let a = try harness.write("a.txt", "2024 عام جديد\nPython هي لغة\n123 !\n" + scalars(0x2066) + "abc" + scalars(0x2069) + " نص\n")
    let b = try harness.write("b.txt", "123\n456 abc\n")
    #expect(try harness.run(["bidi", "detect", a]) == "rtl\nltr\nneutral\nrtl\n")
    #expect(try harness.run(["bidi", "detect", "--whole-input", a]) == "rtl\n")
    #expect(try harness.run(["bidi", "detect", "--whole-input", a, b]) == "\(a): rtl\n\(b): ltr\n")
  }
}

@Suite("arabic-tool bidi check")
struct BidiCheckTests {
  @Test("findings are listed as FILE:LINE:COLUMN and the status is 1")
  func findings() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let bad = try harness.write("bad.js", "ok();\nif (isAdmin) { /* " + scalars(0x202E) + " } " + scalars(0x2066) + "if (x) */\n")
    let good = try harness.write("good.js", "// تعليق عربي" + scalars(0x200F) + "\n")
    #expect(throws: ExitCode(1)) { try harness.run(["bidi", "check", good, bad]) }
    #expect(
      try harness.read("out.txt") == """
        \(bad):2:19: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line
        \(bad):2:23: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line

        """)
    #expect(try harness.run(["bidi", "check", good]) == "")
  }

  @Test(
    "exit statuses of the executable",
    .enabled(if: ToolHarness.executable != nil, "arabic-tool executable not found beside the tests"))
  func exitStatus() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let found = try harness.runProcess(["bidi", "check"], stdin: Array(("x" + scalars(0x202E) + "\n").utf8))
    #expect(found.status == 1)
    #expect(found.stdout == "<stdin>:1:2: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line\n")
    #expect(found.stderr == "arabic-tool: 1 suspicious bidi control in 1 input\n")
    let clean = try harness.runProcess(["bidi", "check"], stdin: Array("clean\n".utf8))
    #expect(clean.status == 0)
    #expect(clean.stdout.isEmpty)
    let missing = try harness.runProcess(["bidi", "check", "nowhere.js"])
    #expect(missing.status == 66)
  }
}
