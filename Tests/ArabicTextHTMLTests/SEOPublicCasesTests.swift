import ArabicText
import ArabicTextHTML
import Testing
import TestSupport

/// The `seo` and `slug` cases of `../shared/cases/public-cases.jsonl`.
@Suite("Public cases: seo, slug", .enabled(if: SharedCorpus.casesAvailable, "../shared/cases is absent: skipped"))
struct SEOPublicCasesTests {
  @Test("seo", arguments: SharedCorpus.cases("seo"))
  func seo(testCase: SharedCorpus.Case) throws {
    let input = testCase.input
    let expected = try #require(testCase.expected.string)
    switch input["op"]?.string {
    case "seoTitle":
      let title = try #require(input["title"]?.string)
      let site = try #require(input["siteName"]?.string)
      let separator = input["separator"]?.string ?? " - "
      #expect(SEOTitle.composed(title, siteName: site, separator: separator) == expected, "\(testCase.id)")
      let document = Document(plainText: title + "\n\nفقرة أولى من المقال فيها ما يكفي من الكلمات لتكون فقرة حقيقية.")
      let options = SEOAnalyzer.Options(siteName: site, separator: separator)
      #expect(try SEOAnalyzer(options: options).analyze(document).title == expected, "\(testCase.id)")
    case "title":
      let seo = try SEOAnalyzer().analyze(Document(html: try #require(input["html"]?.string)))
      #expect(seo.title == expected, "\(testCase.id)")
    case "metaDescription":
      let seo = try SEOAnalyzer().analyze(Document(html: try #require(input["html"]?.string)))
      #expect(seo.description == expected, "\(testCase.id)")
    default:
      Issue.record("\(testCase.id): unknown op \(input["op"]?.description ?? "nil")")
    }
  }

  @Test("slug", arguments: SharedCorpus.cases("slug"))
  func slug(testCase: SharedCorpus.Case) throws {
    let title = try #require(testCase.input["slug"]?.string ?? testCase.input["title"]?.string ?? testCase.input.string)
    let options = Slug.Options(
      maxLength: testCase.input["maxLength"]?.int, percentEncoded: testCase.input["percentEncode"]?.bool ?? false)
    let expected = try #require(testCase.expected.string)
    let slug = Slug.make(title, options: options)
    #expect(slug == expected, "\(testCase.id)")
    if options.percentEncoded {
      #expect(PercentEncoding.decode(slug) == PercentEncoding.decode(expected), "\(testCase.id)")
    }
  }
}
