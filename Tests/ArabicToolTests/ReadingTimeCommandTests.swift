import ArabicText
import ArgumentParser
import Foundation
import Testing
import TestSupport

@testable import arabic_tool

@Suite("arabic-tool reading-time")
struct ReadingTimeCommandTests {
  /// 276 Arabic words: 120 seconds at 138 words per minute.
  let article = String(repeating: "كلمة ", count: 276) + "\n"

  @Test("Text prints the Arabic label with Arabic-Indic digits by default")
  func text() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("a.txt", article)
    #expect(try harness.run(["reading-time", file]) == "دقيقتان\n")
    #expect(try harness.run(["reading-time", "--images", "5", file]) == "٣ دقائق\n")
    #expect(try harness.run(["reading-time", "--images", "5", "--digits", "latin", file]) == "3 دقائق\n")
    #expect(try harness.run(["reading-time", "--lang", "en", "--images", "5", file]) == "3 min read\n")
    #expect(try harness.run(["reading-time", "--wpm", "1", file]) == "٢٧٦ دقيقة\n")
  }

  @Test("JSON: one object for one input, an array for several; ndjson: one line each")
  func json() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let a = try harness.write("a.txt", article)
    let b = try harness.write("b.txt", "")
    let one = #"{"label":"دقيقتان","minutes":2,"seconds":120,"words":276}"#
    let empty = #"{"label":"أقل من دقيقة","minutes":0,"seconds":0,"words":0}"#
    #expect(try harness.run(["reading-time", "--format", "json", b]) == empty + "\n")
    #expect(try harness.run(["reading-time", "--format", "json", a]) == one + "\n")
    // Several inputs: each result is named by its file.
    let oneA = #"{"file":"\#(a)","label":"دقيقتان","minutes":2,"seconds":120,"words":276}"#
    let emptyB = #"{"file":"\#(b)","label":"أقل من دقيقة","minutes":0,"seconds":0,"words":0}"#
    #expect(try harness.run(["reading-time", "--format", "json", a, b]) == "[\(oneA),\(emptyB)]\n")
    #expect(try harness.run(["reading-time", "--format", "ndjson", a, b]) == oneA + "\n" + emptyB + "\n")
    #expect(try harness.run(["reading-time", "--format", "text", a, b]) == "\(a): دقيقتان\n\(b): أقل من دقيقة\n")
  }

  @Test("An image count near Int.max saturates instead of trapping")
  func hugeImageCount() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("a.txt", "كلمة\n")
    let output = try harness.run(["reading-time", "--format", "json", "--images", String(Int.max), file])
    #expect(output == #"{"label":"\#(ReadingTime(words: 1, seconds: .max).label())","minutes":\#(Int.max / 60 + 1),"seconds":\#(Int.max),"words":1}"# + "\n")
  }

  @Test("A negative number is read as the option's value and rejected by name")
  func negativeValues() throws {
    for (arguments, message) in [
      (["reading-time", "--images", "-5"], "--images must be zero or more."),
      (["excerpt", "--max-chars", "-3"], "--max-chars must be at least 1."),
    ] {
      do {
        _ = try ArabicTool.parseAsRoot(arguments)
        Issue.record("\(arguments) parsed")
      } catch {
        #expect(ArabicTool.exitCode(for: error).rawValue == 64)
        #expect(ArabicTool.message(for: error) == message)
      }
    }
  }

  @Test("Invalid options are usage errors (exit 64)", arguments: [
    ["reading-time", "--wpm", "0"], ["reading-time", "--images", "-1"], ["reading-time", "--digits", "roman"],
    ["reading-time", "--lang", "fr"], ["reading-time", "--format", "xml"],
  ])
  func usage(arguments: [String]) {
    #expect(throws: (any Error).self) { _ = try ArabicTool.parseAsRoot(arguments) }
    do {
      _ = try ArabicTool.parseAsRoot(arguments)
    } catch {
      #expect(ArabicTool.exitCode(for: error).rawValue == 64)
    }
  }

  @Test("Exit status of the executable for a missing file", .enabled(if: ToolHarness.executable != nil, "arabic-tool executable not found beside the tests"))
  func missing() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let result = try harness.runProcess(["reading-time", "nowhere.txt"])
    #expect(result.status == 66)
    let ok = try harness.runProcess(["reading-time", "--lang", "en"], stdin: Array("hello world\n".utf8))
    #expect(ok.status == 0)
    #expect(ok.stdout == "1 min read\n")
  }
}
