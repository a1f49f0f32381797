import Testing

import ArabicTextICU
import TestSupport

/// The `bidi`, `shaping` and `collation` cases of `../shared/cases/public-cases.jsonl`.
@Suite(
  "Public cases: bidi, shaping, collation",
  .enabled(if: SharedCorpus.casesAvailable, "../shared/cases is absent: skipped"))
struct ICUPublicCasesTests {
  static func direction(_ value: String?) -> ParagraphDirection {
    value.flatMap(ParagraphDirection.init(rawValue:)) ?? .auto
  }

  @Test("bidi", arguments: SharedCorpus.cases("bidi"))
  func bidi(testCase: SharedCorpus.Case) throws {
    let text = try #require(testCase.input["text"]?.string)
    let expected = try #require(testCase.expected.string)
    let direction = Self.direction(testCase.input["direction"]?.string)
    let actual: String
    switch testCase.input["op"]?.string {
    case "reorder": actual = try text.visuallyReordered(direction: direction)
    case "display": actual = try text.visualDisplay(direction: direction)
    case "isolate": actual = text.bidiIsolated(direction: direction)
    case "detectDirection": actual = BaseDirection(firstStrongIn: text).rawValue
    case "strip": actual = text.removingBidiControls()
    case let op:
      Issue.record("\(testCase.id): unknown op \(op ?? "nil")")
      return
    }
    #expect(codePoints(actual) == codePoints(expected), "\(testCase.id)")
  }

  @Test("shaping", arguments: SharedCorpus.cases("shaping"))
  func shaping(testCase: SharedCorpus.Case) throws {
    let text = try #require(testCase.input["text"]?.string ?? testCase.input.string)
    let expected = try #require(testCase.expected.string)
    let shaper = ArabicShaper(textOrder: testCase.input["visual"]?.bool == true ? .visualLeftToRight : .logical)
    #expect(codePoints(shaper.shape(text)) == codePoints(expected), "\(testCase.id)")
  }

  @Test("collation", arguments: SharedCorpus.cases("collation"))
  func collation(testCase: SharedCorpus.Case) throws {
    let items = try #require(testCase.input["items"]?.strings)
    let expected = try #require(testCase.expected.strings)
    var options = ArabicCollator.Options()
    if let strength = testCase.input["strength"]?.string {
      options.strength = try #require(ArabicCollator.Strength(rawValue: strength))
    }
    options.numeric = testCase.input["numeric"]?.bool ?? false
    options.ignoresDefiniteArticle = testCase.input["ignoreArticle"]?.bool ?? false
    let collator = try ArabicCollator(locale: testCase.input["locale"]?.string ?? "ar", options: options)
    #expect(collator.sorted(items) == expected, "\(testCase.id)")
  }
}
