import Foundation
import Testing

import ArabicTextICU

/// Unicode's bidi conformance test, BidiCharacterTest.txt (UAX #9, section 7), through
/// ``BidiParagraph``: paragraph level, resolved levels and visual order for every line.
///
/// Debian's `unicode-data` package installs the file; without it the suite is skipped.
@Suite(
  "BidiCharacterTest.txt conformance",
  .enabled(if: BidiCharacterTestFile.url != nil, "BidiCharacterTest.txt not found (apt-get install unicode-data): skipped"))
struct BidiCharacterTestConformanceTests {
  @Test("every line: paragraph level, levels and visual order")
  func everyLine() throws {
    let url = try #require(BidiCharacterTestFile.url)
    let text = try String(contentsOf: url, encoding: .utf8)
    var passed = 0
    var failures: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
      let fields = line.split(separator: ";", omittingEmptySubsequences: false)
      guard fields.count == 5 else { continue }
      var scalars = String.UnicodeScalarView()
      for hex in fields[0].split(separator: " ") {
        scalars.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
      }
      let direction: ParagraphDirection =
        switch fields[1] {
        case "0": .leftToRight
        case "1": .rightToLeft
        default: .auto
        }
      let expectedLevel = UInt8(fields[2])!
      let expectedLevels = fields[3].split(separator: " ").map { $0 == "x" ? nil : UInt8($0)! }
      let expectedOrder = fields[4].split(separator: " ").map { Int($0)! }

      let paragraph = try BidiParagraph(String(scalars), direction: direction)
      var ok = paragraph.level.rawValue == expectedLevel && paragraph.levels.count == expectedLevels.count
      if ok {
        for (level, expected) in zip(paragraph.levels, expectedLevels) where expected != nil {
          if level.rawValue != expected { ok = false }
        }
        // Characters removed by rule X9 (level x) are not listed in the expected order.
        let order = paragraph.visualOrder.filter { expectedLevels[$0] != nil }
        if order != expectedOrder { ok = false }
      }
      if ok {
        passed += 1
      } else if failures.count < 10 {
        failures.append(
          "\(line)\n  got level \(paragraph.level), levels \(paragraph.levels.map(\.description).joined(separator: " ")), order \(paragraph.visualOrder)"
        )
      } else {
        failures.append("")
      }
    }
    print("BidiCharacterTest.txt: \(passed) lines passed, \(failures.count) failed (ICU \(ICUVersion.current), Unicode \(ICUVersion.unicode))")
    #expect(passed > 90_000)
    #expect(failures.isEmpty, "\(failures.count) lines failed:\n\(failures.prefix(10).joined(separator: "\n"))")
  }
}

enum BidiCharacterTestFile {
  /// The file from Debian's unicode-data, or from `$UNICODE_DATA_DIR`.
  static let url: URL? = {
    var candidates = ["/usr/share/unicode/BidiCharacterTest.txt", "/usr/share/unicode-data/BidiCharacterTest.txt"]
    if let directory = ProcessInfo.processInfo.environment["UNICODE_DATA_DIR"] {
      candidates.insert(directory + "/BidiCharacterTest.txt", at: 0)
    }
    return candidates.first { FileManager.default.fileExists(atPath: $0) }.map { URL(fileURLWithPath: $0) }
  }()
}
