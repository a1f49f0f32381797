import ArabicTextICU
import ArgumentParser
import Foundation

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
        Marks (LRM, RLM, ALM), ZWJ and ZWNJ are not reported. A folder is checked file by file, \
        its whole tree in name order, skipping names that start with a dot (.git).
        """)

    @OptionGroup var io: InputOptions

    func run() throws {
      var count = 0
      var files = 0
      var io = self.io
      io.files = Self.expandingFolders(io.files)
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

    /// `paths` with each folder replaced by the files of its tree, in name order; names starting
    /// with a dot are skipped inside folders. Other paths (and "-") stay as they are.
    static func expandingFolders(_ paths: [String]) -> [String] {
      var result: [String] = []
      let manager = FileManager.default
      for path in paths {
        var isFolder: ObjCBool = false
        guard path != "-", manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
          result.append(path)
          continue
        }
        result += filesBelow(path)
      }
      return result
    }

    static func filesBelow(_ folder: String) -> [String] {
      let manager = FileManager.default
      guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return [folder] }
      var result: [String] = []
      for name in names.sorted() where !name.hasPrefix(".") {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
        if isFolder.boolValue { result += filesBelow(path) } else { result.append(path) }
      }
      return result
    }
}
}
