import TestSupport
import Testing

@testable import ArabicText

/// The `tokenize` and `sentences` cases of `../shared/cases/public-cases.jsonl`.
@Suite(
  "Public cases: tokenize, sentences",
  .enabled(if: SharedCorpus.casesAvailable, "../shared/cases is absent: skipped"))
struct TokenizationPublicCasesTests {
  @Test("tokenize", arguments: SharedCorpus.cases("tokenize"))
  func tokenize(testCase: SharedCorpus.Case) throws {
    let text = try #require(testCase.input["text"]?.string ?? testCase.input.string)
    let expected = try #require(testCase.expected.strings)
    let words = WordTokenizer().tokens(in: text).map { String(text[$0.range]) }
    #expect(words.map(codePoints) == expected.map(codePoints), "\(testCase.id)")
  }
}

extension TokenizationPublicCasesTests {
  @Test("sentences", arguments: SharedCorpus.cases("sentences"))
  func sentences(testCase: SharedCorpus.Case) throws {
    let text = try #require(testCase.input["text"]?.string ?? testCase.input.string)
    let expected = try #require(testCase.expected.strings)
    let sentences = SentenceSegmenter().sentences(in: text).map { String(text[$0.range]) }
    #expect(sentences.map(codePoints) == expected.map(codePoints), "\(testCase.id)")
  }
}
