import ArabicTextICU
import ArgumentParser

extension Bidi {
  /// `arabic-tool bidi check`: a Trojan Source (CVE-2021-42574) lint.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find bidi controls that can make code display differently from how it runs.",
      discussion: """
        Lists every override (LRO, RLO) and isolate (LRI, RLI, FSI), and every embedding (LRE, \
        RLE) left open at the end of its line, as FILE:LINE:COLUMN: message (columns count \
        characters from 1). Exit status: 1 when something is found, 0 when not, and the usual \
        statuses for unreadable input; use --lossy to check files that are not all valid UTF-8. \
        Marks (LRM, RLM, ALM), ZWJ and ZWNJ are not reported.
        """)

    @OptionGroup var io: InputOptions

    func run() throws {
      var count = 0
      var files = 0
      try io.run { source in
        var check = TrojanSourceCheck()
        var found = false
        return { record, isLast, writer in
          let report: (TrojanSourceCheck.Finding) throws -> Void = { finding in
            count += 1
            if !found {
              found = true
              files += 1
            }
            try writer.write("\(source.name):\(finding)\n")
          }
          try check.scan(String(decoding: record, as: UTF8.self), report: report)
          if isLast { try check.finish(report: report) }
        }
      }
      if count > 0 {
        printError("arabic-tool: \(count) suspicious bidi control\(count == 1 ? "" : "s") in \(files) input\(files == 1 ? "" : "s")")
        throw ExitCode(1)
      }
    }
  }
}
