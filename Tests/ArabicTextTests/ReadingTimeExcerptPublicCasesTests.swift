import Testing

@testable import ArabicText
import TestSupport

/// The `reading-time` and `excerpt` cases of `../shared/cases/public-cases.jsonl`.
///
/// Input fields map to the API: `text`; reading time `wordsPerMinute`,
/// `images`, `digits` (arabic|latin), `lang` (ar|en); excerpt
/// `maxCharacters` or `maxWords`, `wordBoundary`, `ellipsis`,
/// `stripDiacritics`. Only the expected fields given are compared.
@Suite(
  "Public cases: reading-time, excerpt",
  .enabled(if: SharedCorpus.casesAvailable, "../shared/cases is absent: skipped"))
struct ReadingTimeExcerptPublicCasesTests {
  @Test("reading-time", arguments: SharedCorpus.cases("reading-time"))
  func readingTime(testCase: SharedCorpus.Case) throws {
    let text = try #require(testCase.input["text"]?.string ?? testCase.input.string)
    let time = ReadingTime(
      text, wordsPerMinute: testCase.input["wordsPerMinute"]?.int, images: testCase.input["images"]?.int ?? 0)
    let language = try testCase.input["lang"]?.string.map { try #require(ReadingTime.Language(rawValue: $0)) }
    let digits = try testCase.input["digits"]?.string.map { try #require(DigitStyle(rawValue: $0)) }
    if let words = testCase.expected["words"]?.int { #expect(time.words == words, "\(testCase.id)") }
    if let seconds = testCase.expected["seconds"]?.int { #expect(time.seconds == seconds, "\(testCase.id)") }
    if let minutes = testCase.expected["minutes"]?.int { #expect(time.minutes == minutes, "\(testCase.id)") }
    if let label = testCase.expected["label"]?.string {
      #expect(time.label(in: language ?? .arabic, digits: digits) == label, "\(testCase.id)")
    }
  }

  @Test("excerpt", arguments: SharedCorpus.cases("excerpt"))
  func excerpt(testCase: SharedCorpus.Case) throws {
    let input = testCase.input
    let text = try #require(input["text"]?.string ?? input.string)
    let budget: Excerpt.Budget
    if let words = input["maxWords"]?.int {
      budget = .words(words)
    } else {
      budget = .characters(try #require(input["maxCharacters"]?.int, "\(testCase.id): no budget"))
    }
    let options = Excerpt.Options(
      budget: budget, ellipsis: input["ellipsis"]?.string ?? Excerpt.defaultEllipsis,
      wordBoundary: input["wordBoundary"]?.bool ?? true,
      stripsDiacritics: input["stripDiacritics"]?.bool ?? input["stripsDiacritics"]?.bool ?? false)
    let expected = try #require(testCase.expected.string ?? testCase.expected["text"]?.string)
    #expect(codePoints(Excerpt(text, options: options).text) == codePoints(expected), "\(testCase.id)")
  }
}
