import ArgumentParser
import ArabicText
import Foundation
import Testing
import TestSupport

@testable import arabic_tool

@Suite("arabic-tool excerpt")
struct ExcerptCommandTests {
  let article = "ذهب الولد إلى المدرسة صباحًا.\nثم عاد إلى البيت في المساء.\n"

  @Test("Budgets in characters and words")
  func budgets() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("a.txt", article)
    #expect(try harness.run(["excerpt", "--max-chars", "20", file]) == "ذهب الولد…\n")
    #expect(try harness.run(["excerpt", "--max-words", "3", file]) == "ذهب الولد…\n")
    #expect(try harness.run(["excerpt", "--max-chars", "100", file]) == "ذهب الولد إلى المدرسة صباحًا. ثم عاد إلى البيت في المساء.\n")
  }

  @Test("--ellipsis, --no-word-boundary, --strip-diacritics")
  func flags() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("a.txt", article)
    #expect(try harness.run(["excerpt", "--max-chars", "20", "--ellipsis", "", file]) == "ذهب الولد\n")
    #expect(try harness.run(["excerpt", "--max-chars", "20", "--ellipsis", " [...]", file]) == "ذهب الولد [...]\n")
    #expect(try harness.run(["excerpt", "--max-chars", "18", "--no-word-boundary", file]) == "ذهب الولد إلى المد…\n")
    #expect(try harness.run(["excerpt", "--max-chars", "29", "--strip-diacritics", file]) == "ذهب الولد إلى المدرسة صباحا.…\n")
    let vocalized = try harness.write("v.txt", "كُتُب")
    #expect(try harness.run(["excerpt", "--max-chars", "2", "--no-word-boundary", vocalized]) == "كُتُ…\n")
  }

  @Test("One line per input; json and ndjson report the lengths")
  func formats() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let a = try harness.write("a.txt", article)
    let b = try harness.write("b.txt", "قصير")
    #expect(try harness.run(["excerpt", "--max-chars", "20", a]) == "ذهب الولد…\n")
    // Several inputs: each result is named by its file.
    #expect(try harness.run(["excerpt", "--max-chars", "20", a, b]) == "\(a): ذهب الولد…\n\(b): قصير\n")
    let first = #"{"characters":10,"excerpt":"ذهب الولد…","truncated":true,"utf16":10}"#
    let firstA = #"{"characters":10,"excerpt":"ذهب الولد…","file":"\#(a)","truncated":true,"utf16":10}"#
    let secondB = #"{"characters":4,"excerpt":"قصير","file":"\#(b)","truncated":false,"utf16":4}"#
    #expect(try harness.run(["excerpt", "--max-chars", "20", "--format", "json", a]) == first + "\n")
    #expect(try harness.run(["excerpt", "--max-chars", "20", "--format", "json", a, b]) == "[\(firstA),\(secondB)]\n")
    #expect(try harness.run(["excerpt", "--max-chars", "20", "--format", "ndjson", a, b]) == "\(firstA)\n\(secondB)\n")
  }

  @Test("Exactly one budget is required (exit 64)", arguments: [
    ["excerpt"], ["excerpt", "--max-chars", "10", "--max-words", "3"], ["excerpt", "--max-chars", "0"],
    ["excerpt", "--max-words", "-2"], ["excerpt", "--max-words", "3", "--no-word-boundary"],
  ])
  func usage(arguments: [String]) {
    do {
      _ = try ArabicTool.parseAsRoot(arguments)
      Issue.record("parsed: \(arguments)")
    } catch {
      #expect(ArabicTool.exitCode(for: error).rawValue == 64)
    }
  }

  @Test("Options map to the core options")
  func options() throws {
    let command = try #require(
      try ArabicTool.parseAsRoot(["excerpt", "--max-chars", "156", "--ellipsis", "", "--strip-diacritics"])
        as? ExcerptCommand)
    #expect(command.options == Excerpt.Options(maxCharacters: 156, ellipsis: "", stripsDiacritics: true))
  }
}
