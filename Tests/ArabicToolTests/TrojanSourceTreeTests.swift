import Foundation
import Testing
import TestSupport

@testable import arabic_tool

/// `arabic-tool bidi check` over a source tree holding the Trojan Source
/// patterns of CVE-2021-42574 (Fixtures/trojan-source, made by
/// Scripts/generate-trojan-source.py): early return, commenting out and
/// stretched string, in Swift, Python and JavaScript, beside clean files.
@Suite(
  "Trojan Source samples through bidi check",
  .enabled(if: ToolHarness.executable != nil, "the arabic-tool executable is not built: skipped"))
struct TrojanSourceTreeTests {
  static let folder = SharedCorpus.checkout.appendingPathComponent("Fixtures/trojan-source").path

  static let findings = [
      "commenting-out.js:2:3: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "commenting-out.js:2:7: U+2066 LEFT-TO-RIGHT ISOLATE: isolate",
      "commenting-out.js:2:22: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
      "commenting-out.js:4:20: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "commenting-out.js:4:24: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
      "commenting-out.py:2:5: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "commenting-out.py:2:39: U+2066 LEFT-TO-RIGHT ISOLATE: isolate",
      "commenting-out.swift:2:3: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "commenting-out.swift:2:7: U+2066 LEFT-TO-RIGHT ISOLATE: isolate",
      "commenting-out.swift:2:20: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
      "commenting-out.swift:4:20: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "commenting-out.swift:4:24: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
      "early-return.js:2:43: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "early-return.js:2:45: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
      "early-return.py:5:47: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "early-return.py:5:49: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
      "early-return.swift:2:43: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "early-return.swift:2:45: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
      "stretched-string.js:2:25: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "stretched-string.js:2:27: U+2066 LEFT-TO-RIGHT ISOLATE: isolate",
      "stretched-string.js:2:47: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
      "stretched-string.py:2:25: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "stretched-string.py:2:26: U+2066 LEFT-TO-RIGHT ISOLATE: isolate",
      "stretched-string.py:2:47: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
      "stretched-string.swift:2:24: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line",
      "stretched-string.swift:2:26: U+2066 LEFT-TO-RIGHT ISOLATE: isolate",
      "stretched-string.swift:2:46: U+2066 LEFT-TO-RIGHT ISOLATE: isolate not closed on its line",
  ]

  @Test("A folder is checked file by file; every pattern is found in every language, clean files pass")
  func tree() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let result = try harness.runProcess(["bidi", "check", Self.folder])
    #expect(result.status == 1)
    #expect(result.stdout == Self.findings.map { Self.folder + "/" + $0 + "\n" }.joined())
    #expect(result.stderr == "arabic-tool: 27 suspicious bidi controls in 9 inputs\n")
  }

  @Test("Each pattern is reported in each language", arguments: ["early-return", "commenting-out", "stretched-string"])
  func patterns(pattern: String) throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    for language in ["swift", "py", "js"] {
      let file = Self.folder + "/" + pattern + "." + language
      let result = try harness.runProcess(["bidi", "check", file])
      #expect(result.status == 1, "\(file)")
      #expect(result.stdout.contains("U+202E RIGHT-TO-LEFT OVERRIDE"), "\(file)")
      #expect(result.stdout.contains("U+2066 LEFT-TO-RIGHT ISOLATE"), "\(file)")
    }
  }

  @Test("The clean files, with an Arabic comment, RLM and a closed embedding, pass")
  func clean() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let files = ["clean.swift", "clean.py", "clean.js"].map { Self.folder + "/" + $0 }
    let result = try harness.runProcess(["bidi", "check"] + files)
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }
}
