import ArabicText
import Foundation
import Testing

@testable import ArabicTextICU
import CICUShim
import TestSupport

/// Right-to-left runs are reversed one extended grapheme cluster (UAX #29) at a time, on the fast
/// path and through ICU's runs alike, with exact code points.
@Suite("VisualReorderer: grapheme clusters in right-to-left runs")
struct GraphemeClusterReorderingTests {
  /// The visual text on the fast path and through ICU's runs.
  func bothPaths(_ text: String, direction: ParagraphDirection = .auto, shaping: Bool = false) throws -> [String] {
    try [true, false].map { fast in
      let reorderer = try VisualReorderer(direction: direction, shaper: shaping ? ArabicShaper() : nil)
      reorderer.usesFastPath = fast
      return codePoints(try reorderer.reorder(text))
    }
  }

  static let cases: [(String, String, String)] = [
    (
      "emoji with a skin tone modifier",
      "إبهام " + scalars(0x1F44D, 0x1F3FD) + " جيد",
      scalars(0x062F, 0x064A, 0x062C, 0x20, 0x1F44D, 0x1F3FD, 0x20, 0x0645, 0x0627, 0x0647, 0x0628, 0x0625)
    ),
    (
      "emoji ZWJ sequence",
      "عائلة " + scalars(0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467) + " سعيدة",
      scalars(0x0629, 0x062F, 0x064A, 0x0639, 0x0633, 0x20, 0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467, 0x20)
        + scalars(0x0629, 0x0644, 0x0626, 0x0627, 0x0639)
    ),
    (
      "emoji ZWJ sequence in the BMP (the fast path takes it)",
      "نص " + scalars(0x26F9, 0xFE0F, 0x200D, 0x2640, 0xFE0F) + " نص",
      scalars(0x0635, 0x0646, 0x20, 0x26F9, 0xFE0F, 0x200D, 0x2640, 0xFE0F, 0x20, 0x0635, 0x0646)
    ),
    (
      "tag sequence (the flag of England)",
      "علم " + scalars(0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F) + " هنا",
      scalars(0x0627, 0x0646, 0x0647, 0x20, 0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F, 0x20)
        + scalars(0x0645, 0x0644, 0x0639)
    ),
    (
      "variation selector",
      "أحب " + scalars(0x2764, 0xFE0F) + " كثيرا",
      scalars(0x0627, 0x0631, 0x064A, 0x062B, 0x0643, 0x20, 0x2764, 0xFE0F, 0x20, 0x0628, 0x062D, 0x0623)
    ),
    (
      "keycaps: a digit keycap is a left-to-right run, # a right-to-left one",
      "رقم " + scalars(0x31, 0xFE0F, 0x20E3) + " و " + scalars(0x23, 0xFE0F, 0x20E3) + " هنا",
      scalars(0x0627, 0x0646, 0x0647, 0x20, 0x23, 0xFE0F, 0x20E3, 0x20, 0x0648, 0x20, 0x31, 0xFE0F, 0x20E3, 0x20)
        + scalars(0x0645, 0x0642, 0x0631)
    ),
    (
      "regional indicators are left to right (Bidi_Class L): flags keep their order",
      "علم " + scalars(0x1F1F8, 0x1F1E6, 0x1F1EA, 0x1F1EC),
      scalars(0x1F1F8, 0x1F1E6, 0x1F1EA, 0x1F1EC, 0x20, 0x0645, 0x0644, 0x0639)
    ),
    (
      "regional indicator pairs, Latin with combining marks and Hangul jamo under RLO",
      scalars(0x202E, 0x61, 0x62, 0x1F1F8, 0x1F1E6, 0x1F1EA, 0x1F1EC, 0x65, 0x0301, 0x1112, 0x1161, 0x11AB, 0x202C),
      scalars(0x1112, 0x1161, 0x11AB, 0x65, 0x0301, 0x1F1EA, 0x1F1EC, 0x1F1F8, 0x1F1E6, 0x62, 0x61)
    ),
    (
      "mirrored brackets around an emoji",
      "نص (" + scalars(0x1F44D, 0x1F3FD) + ")",
      scalars(0x28, 0x1F44D, 0x1F3FD, 0x29, 0x20, 0x0635, 0x0646)
    ),
    (
      "harakat stay after their letter (rule L3)",
      "كَتَبَ " + scalars(0x1F44D, 0x1F3FB),
      scalars(0x1F44D, 0x1F3FB, 0x20, 0x0628, 0x064E, 0x062A, 0x064E, 0x0643, 0x064E)
    ),
  ]

  @Test("each cluster whole and in logical order, on both paths", arguments: cases)
  func clusters(name: String, text: String, expected: String) throws {
    #expect(try bothPaths(text) == [codePoints(expected), codePoints(expected)], "\(name)")
  }

  @Test("a forced right-to-left paragraph of emoji and regional indicators")
  func forced() throws {
    let text = scalars(0x1F44D, 0x1F3FD, 0x20, 0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467)
    let expected = scalars(0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467, 0x20, 0x1F44D, 0x1F3FD)
    #expect(try bothPaths(text, direction: .rightToLeft) == [codePoints(expected), codePoints(expected)])
  }

  @Test("ZWJ and ZWNJ at the end of a cluster stay between the letters they join or separate")
  func joinersBetweenLetters() throws {
    // می‌خوا: meem yeh ZWNJ khah waw alef.
    let text = scalars(0x0645, 0x06CC, 0x200C, 0x062E, 0x0648, 0x0627)
    let expected = scalars(0x0627, 0x0648, 0x062E, 0x200C, 0x06CC, 0x0645)
    #expect(try bothPaths(text) == [codePoints(expected), codePoints(expected)])
    let zwj = scalars(0x0628, 0x200D, 0x20, 0x0628)
    let zwjExpected = scalars(0x0628, 0x20, 0x200D, 0x0628)
    #expect(try bothPaths(zwj) == [codePoints(zwjExpected), codePoints(zwjExpected)])
  }

  @Test("bidi display: shaped, then reordered with the emoji whole")
  func display() throws {
    let text = "إبهام " + scalars(0x1F44D, 0x1F3FD) + " جيد"
    let expected = scalars(0xFEAA, 0xFEF4, 0xFE9F, 0x20, 0x1F44D, 0x1F3FD, 0x20, 0xFEE1, 0xFE8E, 0xFEEC, 0xFE91, 0xFE87)
    #expect(try bothPaths(text, shaping: true) == [codePoints(expected), codePoints(expected)])
    #expect(codePoints(try text.visualDisplay()) == codePoints(expected))
  }

  @Test("lines broken by U+2028 keep clusters whole too")
  func lineSeparator() throws {
    let text = "نص " + scalars(0x1F44D, 0x1F3FD, 0x2028) + "abc " + scalars(0x1F44D, 0x1F3FF)
    // The second line: "abc" at level 2, the space and the emoji at level 1.
    let expected = scalars(0x1F44D, 0x1F3FD, 0x20, 0x0635, 0x0646, 0x2028, 0x1F44D, 0x1F3FF) + " abc"
    #expect(try bothPaths(text) == [codePoints(expected), codePoints(expected)])
  }

  @Test("which characters are read as one cluster")
  func boundaries() {
    func starts(_ text: String) -> [Int32] {
      var starts: [Int32] = []
      Array(text.utf16).withUnsafeBufferPointer { _GraphemeClusters.shared.appendBoundaries(of: $0, to: &starts) }
      return starts
    }
    #expect(starts(scalars(0x1F44D, 0x1F3FD, 0x0628)) == [0, 4, 5])
    #expect(starts(scalars(0x1F1F8, 0x1F1E6, 0x1F1EA, 0x1F1EC, 0x1F1F8)) == [0, 4, 8, 10])
    #expect(starts(scalars(0x31, 0xFE0F, 0x20E3, 0x32)) == [0, 3, 4])
    #expect(starts(scalars(0x0628, 0x200C, 0x0628)) == [0, 2, 3])  // ZWNJ is Extend
    #expect(starts(scalars(0x0628, 0x200D, 0x1F44D)) == [0, 2, 4])  // GB11 needs a pictograph first
    #expect(starts(scalars(0x09, 0x064E, 0x0628)) == [0, 2, 3])  // a mark stays after TAB, as ICU keeps it
    #expect(starts(scalars(0x0600, 0x0661, 0x0662)) == [0, 2, 3])  // Prepend
  }

  @Test(
    "where every cluster is a character and its combining marks, the runs are written as ubidi_writeReordered writes them",
    .enabled(if: SharedCorpus.isAvailable, "../shared/corpus is absent: skipped"),
    arguments: [
      "mixed/tweets-arsarcasm.txt", "news/dh-ar-hotplug.txt", "news/debian-news-ar-2011-squeeze.txt",
      "classical-diacritized/quran-uthmani.txt", "persian-urdu/dh-fa-handbook.txt", "mixed/react-ar-docs.md",
    ])
  func sameAsICU(path: String) throws {
    let text = try #require(SharedCorpus.text(path))
    let reorderer = try VisualReorderer(controls: .keep)
    reorderer.usesFastPath = false
    let handle = try _BidiHandle()
    let options = UInt16(ATICU_BIDI_DO_MIRRORING) | UInt16(ATICU_BIDI_KEEP_BASE_COMBINING)
    var compared = 0
    var different: [Int] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(4000).enumerated() {
      let units = Array(line.utf16)
      // One paragraph and one line: no paragraph or line separator inside.
      let separators: Set<Unicode.Scalar> = [
        ArabicScalars.lineSeparator, ArabicScalars.paragraphSeparator, ArabicScalars.nextLine, "\r",
      ]
      let isOneLine = !line.unicodeScalars.contains {
        separators.contains($0) || ArabicScalars.informationSeparators.contains($0)
      }
      guard isOneLine, Self.clustersAreMarkSequences(units) else { continue }
      var icu: [UInt16] = []
      try units.withUnsafeBufferPointer { buffer in
        try handle.setParagraph(buffer, direction: .auto)
        if handle.isLeftToRightOnly {
          icu = units
        } else {
          try handle.writeReordered(count: units.count, options: options, appendingTo: &icu)
        }
      }
      compared += 1
      if try reorderer.reorder(line) != String(decoding: icu, as: UTF16.self) { different.append(number + 1) }
    }
    #expect(compared > 50)
    #expect(different.isEmpty, "\(path): lines \(different.prefix(10))")
  }

  /// Whether every cluster of `units` (without a ZWJ or ZWNJ at its end) is one character and
  /// combining marks, the unit ICU's `UBIDI_KEEP_BASE_COMBINING` keeps.
  static func clustersAreMarkSequences(_ units: [UInt16]) -> Bool {
    var starts: [Int32] = []
    units.withUnsafeBufferPointer { _GraphemeClusters.shared.appendBoundaries(of: $0, to: &starts) }
    let scalars = Array(String(decoding: units, as: UTF16.self).unicodeScalars)
    var offsets: [Int] = []
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF16.width(scalar)
    }
    var index = 0
    for (start, end) in zip(starts, starts.dropFirst()) {
      var members: [Unicode.Scalar] = []
      while index < scalars.count && offsets[index] < Int(end) {
        if offsets[index] >= Int(start) { members.append(scalars[index]) }
        index += 1
      }
      while members.count > 1, members.last == "\u{200C}" || members.last == "\u{200D}" { members.removeLast() }
      for member in members.dropFirst() {
        switch member.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: continue
        default: return false
        }
      }
    }
    return true
  }
}

/// UAX #29's GraphemeBreakTest.txt (Unicode 15.0) through the cluster boundaries used for
/// reordering.
@Suite(
  "GraphemeBreakTest.txt conformance",
  .enabled(if: UnicodeDataFile.url("auxiliary/GraphemeBreakTest.txt") != nil, "GraphemeBreakTest.txt not found: skipped"))
struct GraphemeBreakConformanceTests {
  @Test("every line, except a combining mark after a control character, which stays with it")
  func everyLine() throws {
    let url = try #require(UnicodeDataFile.url("auxiliary/GraphemeBreakTest.txt"))
    let text = try String(contentsOf: url, encoding: .utf8)
    var passed = 0
    var kept = 0
    var failures: [String] = []
    for line in text.split(separator: "\n") where line.hasPrefix("÷") {
      let fields = line.split(separator: "#", omittingEmptySubsequences: false)[0].split(whereSeparator: \.isWhitespace)
      var units: [UInt16] = []
      var scalars: [Unicode.Scalar] = []
      var expected: [Int32] = []
      for field in fields {
        if field == "÷" {
          expected.append(Int32(units.count))
        } else if field != "×", let value = UInt32(field, radix: 16), let scalar = Unicode.Scalar(value) {
          scalars.append(scalar)
          units.append(contentsOf: scalar.utf16)
        }
      }
      // The one deliberate difference: no boundary before a combining mark.
      var adjusted = expected
      var offset = 0
      for (index, scalar) in scalars.enumerated() {
        let isMark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
        if index > 0 && isMark, let position = adjusted.firstIndex(of: Int32(offset)) {
          adjusted.remove(at: position)
        }
        offset += UTF16.width(scalar)
      }
      if adjusted != expected { kept += 1 }
      var starts: [Int32] = []
      units.withUnsafeBufferPointer { _GraphemeClusters.shared.appendBoundaries(of: $0, to: &starts) }
      if starts == adjusted {
        passed += 1
      } else {
        failures.append("\(line)\n  got \(starts)")
      }
    }
    #expect(passed > 550)
    // Unicode 15.0: the lines with a combining mark after CR, LF or a control character.
    #expect(kept == 61)
    #expect(failures.count == 0, "lines failed:\n\(failures.prefix(10).joined(separator: "\n"))")
  }
}

/// Files of Debian's unicode-data package, or of `$UNICODE_DATA_DIR`.
enum UnicodeDataFile {
  static func url(_ path: String) -> URL? {
    var candidates = ["/usr/share/unicode/" + path, "/usr/share/unicode-data/" + path]
    if let directory = ProcessInfo.processInfo.environment["UNICODE_DATA_DIR"] {
      candidates.insert(directory + "/" + path, at: 0)
    }
    return candidates.first { FileManager.default.fileExists(atPath: $0) }.map { URL(fileURLWithPath: $0) }
  }
}
