import ArgumentParser
import Foundation
import Testing

@testable import arabic_tool

@Suite("arabic-tool slug")
struct SlugCommandTests {
  func run(_ arguments: [String]) throws -> String {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("slug-\(UUID().uuidString).txt")
    defer { try? FileManager.default.removeItem(at: output) }
    var command = try ArabicTool.parseAsRoot(arguments + ["-o", output.path])
    try command.run()
    return try String(contentsOf: output, encoding: .utf8)
  }

  @Test("a title as arguments")
  func arguments() throws {
    #expect(try run(["slug", "دليل", "البرمجة", "للمبتدئين"]) == "دليل-البرمجة-للمبتدئين\n")
    #expect(try run(["slug", "--percent-encode", "أخبار التقنية"]) == "%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%AA%D9%82%D9%86%D9%8A%D8%A9\n")
    #expect(try run(["slug", "--max-length", "12", "دليل البرمجة للمبتدئين"]) == "دليل-البرمجة\n")
    #expect(try run(["slug", "--slug-style", "latin", "دليل البرمجة"]) == "dlil-al-brmjh\n")
  }

  @Test("options parse; a bad length is a usage error")
  func parsing() throws {
    let command = try #require(try ArabicTool.parseAsRoot(["slug", "--max-length", "5", "--percent-encode", "x"]) as? SlugCommand)
    #expect(command.options == .init(maxLength: 5, percentEncoded: true))
    #expect(throws: (any Error).self) { try ArabicTool.parseAsRoot(["slug", "--max-length", "0", "x"]) }
    #expect(throws: (any Error).self) { try ArabicTool.parseAsRoot(["slug", "--slug-style", "greek", "x"]) }
  }

  @Test("--max-length with --percent-encode counts the Unicode slug, then encodes; never empty")
  func percentEncodedLength() throws {
    #expect(try run(["slug", "--percent-encode", "--max-length", "10", "دليل البرمجة للمبتدئين"]) == "%D8%AF%D9%84%D9%8A%D9%84\n")
    #expect(try run(["slug", "--percent-encode", "--max-length", "5", "كتاب جديد"]) == "%D9%83%D8%AA%D8%A7%D8%A8\n")
    #expect(try run(["slug", "--percent-encode", "--max-length", "2", "كتاب جديد"]) == "%D9%83%D8%AA\n")
  }

  @Test("Arabic symbols and ligatures never give an empty line; lines stay aligned on standard input")
  func neverEmpty() throws {
    #expect(try run(["slug", "\u{FDFD}"]) == "بسم-الله-الرحمن-الرحيم\n")
    #expect(try run(["slug", "\u{FD40}"]) == "رحمه-الله\n")
    #expect(try run(["slug", "\u{FDFF}"]) == "عز-وجل\n")
    let harness = try ToolHarness()
    defer { harness.remove() }
    let result = try harness.runProcess(["slug"], stdin: Array("أ\n\n\u{FDFD}\n\nب".utf8))
    #expect(result.status == 0)
    #expect(result.stdout == "أ\n\nبسم-الله-الرحمن-الرحيم\n\nب\n")
  }
}
