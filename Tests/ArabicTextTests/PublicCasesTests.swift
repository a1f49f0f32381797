import Testing

@testable import ArabicText
import TestSupport

/// The `normalize` and `diacritics` cases of `../shared/cases/public-cases.jsonl`.
@Suite("Public cases: normalize, diacritics", .enabled(if: SharedCorpus.casesAvailable, "../shared/cases is absent: skipped"))
struct NormalizationPublicCasesTests {
  @Test("normalize", arguments: SharedCorpus.cases("normalize"))
  func normalize(testCase: SharedCorpus.Case) throws {
    let text = try #require(testCase.input["text"]?.string ?? testCase.input.string)
    var folds: ArabicNormalizer.Folds = []
    for name in testCase.input["folds"]?.strings ?? [] {
      folds.formUnion(try #require(ArabicNormalizer.Folds(name: name), "unknown fold \(name)"))
    }
    if let preset = testCase.input["preset"]?.string {
      folds.formUnion(try #require(ArabicNormalizer.Preset(rawValue: preset)).folds)
    }
    let expected = try #require(testCase.expected.string)
    #expect(codePoints(ArabicNormalizer(folds: folds).normalize(text)) == codePoints(expected), "\(testCase.id)")
  }

  @Test("diacritics", arguments: SharedCorpus.cases("diacritics"))
  func diacritics(testCase: SharedCorpus.Case) throws {
    let text = try #require(testCase.input["text"]?.string ?? testCase.input.string)
    var stripper = DiacriticStripper()
    if let dagger = testCase.input["daggerAlef"]?.string {
      stripper.superscriptAlef = try #require(SuperscriptAlefHandling(rawValue: dagger))
    }
    if testCase.input["keepShadda"]?.bool == true { stripper.marks.remove(.shadda) }
    if testCase.input["lastOnly"]?.bool == true { stripper.scope = .caseEndings }
    let expected = try #require(testCase.expected.string)
    #expect(codePoints(stripper.strip(text)) == codePoints(expected), "\(testCase.id)")
  }
}
