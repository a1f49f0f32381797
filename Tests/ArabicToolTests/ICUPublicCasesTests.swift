import Foundation
import Testing
import TestSupport

@testable import arabic_tool

/// The `cli` cases of `../shared/cases/public-cases.jsonl`, through `arabic-tool bidi display`.
@Suite("Public cases: cli", .enabled(if: SharedCorpus.casesAvailable, "../shared/cases is absent: skipped"))
struct ICUCommandPublicCasesTests {
  @Test("cli", arguments: SharedCorpus.cases("cli"))
  func cli(testCase: SharedCorpus.Case) throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let text = try #require(testCase.input["text"]?.string)
    let expected = try #require(testCase.expected.string)
    let file = try harness.write("in.txt", text)
    switch testCase.input["op"]?.string {
    case "display":
      // A case without a mode describes a terminal, where --mode auto is visual.
      let mode = testCase.input["mode"]?.string ?? "visual"
      #expect(try harness.run(["bidi", "display", "--mode", mode, file]) == expected, "\(testCase.id)")
      if testCase.input["mode"] == nil {
        let display = try #require(try ArabicTool.parseAsRoot(["bidi", "display"]) as? Bidi.Display)
        #expect(display.resolvedMode(outputIsTerminal: true) == .visual)
      }
    case let op:
      Issue.record("\(testCase.id): unknown op \(op ?? "nil")")
    }
  }
}
