import Foundation
import TestSupport
import Testing

@testable import ArabicText

/// One line of a UAX #29 conformance file: its text and the expected
/// boundaries, as offsets in Unicode scalars.
struct BreakTestLine: CustomStringConvertible {
  let number: Int
  let scalars: [Unicode.Scalar]
  let boundaries: [Int]

  var text: String { String(String.UnicodeScalarView(scalars)) }
  var description: String { "line \(number): \(codePoints(text))" }

  /// The lines of `/usr/share/unicode/auxiliary/<name>` (Debian package unicode-data); empty when absent.
  static func load(_ name: String) -> [BreakTestLine] {
    guard let content = try? String(contentsOfFile: folder + name, encoding: .utf8) else { return [] }
    var lines: [BreakTestLine] = []
    for (index, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let fields = line.prefix { $0 != "#" }
      var scalars: [Unicode.Scalar] = []
      var boundaries: [Int] = []
      for item in fields.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
        if item == "÷" {
          boundaries.append(scalars.count)
        } else if item != "×", let value = UInt32(item, radix: 16), let scalar = Unicode.Scalar(value) {
          scalars.append(scalar)
        }
      }
      if !scalars.isEmpty { lines.append(BreakTestLine(number: index + 1, scalars: scalars, boundaries: boundaries)) }
    }
    return lines
  }

  static let folder = "/usr/share/unicode/auxiliary/"
  static var isAvailable: Bool { FileManager.default.fileExists(atPath: folder + "WordBreakTest.txt") }
}

/// Runs Unicode's WordBreakTest.txt and SentenceBreakTest.txt through the
/// tokenizer and the segmenter. A line must give exactly the expected
/// boundaries unless it holds a character that a documented departure from
/// UAX #29 is about (see the Segmentation article); such lines are counted
/// by departure, and most lines must match.
@Suite(
  "UAX #29 conformance", .enabled(if: BreakTestLine.isAvailable, "unicode-data's auxiliary files are absent: skipped"))
struct UAX29ConformanceTests {
  // MARK: - Words

  /// The departure a line of WordBreakTest.txt touches, if any.
  static func wordDeparture(_ scalars: [Unicode.Scalar]) -> String? {
    for (i, scalar) in scalars.enumerated() {
      let properties = _SegmentationProperties.of(scalar)
      let previous = i > 0 ? _SegmentationProperties.of(scalars[i - 1]) : nil
      if properties.isInvisible { return "WB4: invisible format characters never end a token" }
      if properties.wordBreak == .extend || properties.wordBreak == .zwj || properties.wordBreak == .format,
        previous?.wordBreak == .wSegSpace
      {
        return "WB3d, WB4: a mark after white space is a token of its own"
      }
      if scalar == "\t" || (properties.categoryGroup == .separator && properties.wordBreak == .other) {
        return "WB3d: tabs and no-break spaces join white space"
      }
      if properties.isArabicScript && properties.wordBreak == .aLetter {
        return "WB6, WB7, WB9, WB10: Arabic-script letters"
      }
      switch properties.wordBreak {
      case .midNum, .midNumLet, .singleQuote:
        if !_WordScanner.isNumberSeparator(scalar.value) { return "WB11, WB12: separators inside numbers" }
      default: break
      }
      if scalar == "@" || scalar == "#" || scalar == "*" || scalar == ArabicScalars.combiningEnclosingKeycap {
        return "URLs, e-mail addresses, hashtags, mentions, keycaps"
      }
    }
    return nil
  }

  /// The boundaries the tokenizer gives, as offsets in Unicode scalars.
  static func wordBoundaries(_ text: String) -> [Int] {
    var boundaries = [0]
    for token in WordTokenizer(scope: .all).tokens(in: text) {
      boundaries.append(text.unicodeScalars.distance(from: text.startIndex, to: token.range.upperBound))
    }
    return boundaries
  }

  @Test("WordBreakTest.txt")
  func words() {
    let lines = BreakTestLine.load("WordBreakTest.txt")
    var departures: [String: Int] = [:]
    var matched = 0
    for line in lines {
      let found = Self.wordBoundaries(line.text)
      if found == line.boundaries {
        matched += 1
      } else if let departure = Self.wordDeparture(line.scalars) {
        departures[departure, default: 0] += 1
      } else {
        Issue.record("\(line): expected \(line.boundaries), found \(found)")
      }
    }
    #expect(lines.count > 1800)
    #expect(matched * 4 >= lines.count * 3, "matched \(matched) of \(lines.count); departures \(departures)")
  }

  // MARK: - Sentences

  /// The departure a line of SentenceBreakTest.txt touches, if any.
  static func sentenceDeparture(_ scalars: [Unicode.Scalar]) -> String? {
    let text = String(String.UnicodeScalarView(scalars))
    for scalar in scalars {
      if scalar == ArabicScalars.horizontalEllipsis { return "SB11: the ellipsis ends a sentence" }
      if scalar == "@" || text.contains("://") || text.lowercased().contains("www.") {
        return "SB11: no sentence end inside URLs and e-mail addresses"
      }
      if _SentenceScanner.isOpening(scalar.value) && _SegmentationProperties.of(scalar).sentenceBreak == .close {
        return "SB9: opening brackets and quotation marks start the next sentence"
      }
      if _SegmentationProperties.of(scalar).isArabicScript { return "SB11: Arabic abbreviations" }
    }
    for title in _SentenceAbbreviations.latinTitles where text.contains(title + ".") {
      return "SB11: Latin titles"
    }
    return nil
  }

  /// The raw boundaries of the sentence scanner at every line end (SB4), in Unicode scalars.
  static func sentenceBoundaries(_ text: String) -> [Int] {
    var text = text
    let offsets: [Int] = text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return [0] }
      let scanner = _SentenceScanner(base, start: 0, end: bytes.count, breaksAtEveryLine: true)
      var offsets = [0]
      while offsets.last! < bytes.count { offsets.append(scanner.sentenceEnd(from: offsets.last!)) }
      return offsets
    }
    return offsets.map { offset in
      text.unicodeScalars.distance(
        from: text.startIndex, to: text.utf8.index(text.startIndex, offsetBy: offset))
    }
  }

  @Test("SentenceBreakTest.txt, with line ends as paragraph breaks (SB4)")
  func sentences() {
    let lines = BreakTestLine.load("SentenceBreakTest.txt")
    var departures: [String: Int] = [:]
    var matched = 0
    for line in lines {
      let found = Self.sentenceBoundaries(line.text)
      if found == line.boundaries {
        matched += 1
      } else if let departure = Self.sentenceDeparture(line.scalars) {
        departures[departure, default: 0] += 1
      } else {
        Issue.record("\(line): expected \(line.boundaries), found \(found)")
      }
    }
    #expect(lines.count > 500)
    #expect(matched * 10 >= lines.count * 9, "matched \(matched) of \(lines.count); departures \(departures)")
  }
}
