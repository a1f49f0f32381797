import Testing

@testable import ArabicText
import TestSupport

@Suite("SEOAnalyzer")
struct SEOAnalyzerTests {
  @Test("a plain-text page: headline, lead, slug, keywords")
  func plainTextFixture() throws {
    let seo = try SEOAnalyzer().analyze(Document(plainText: SharedCorpus.fixture("article.txt")))
    #expect(seo.title == "قطار الشرق السريع يعود إلى محطة حلب القديمة")
    #expect(seo.description == "عادت صافرة القطار إلى محطة حلب القديمة بعد سنوات من الصمت، إذ انطلقت أول رحلة تجريبية صباح الجمعة نحو الساحل وعلى متنها عشرات الركاب والصحفيين.")
    #expect(seo.slug == "قطار-الشرق-السريع-يعود-إلى-محطة-حلب-القديمة")
    #expect(seo.keywords.first == "المحطة")
    #expect(seo.language == "ar")
    #expect(seo.direction == .rightToLeft)
    #expect(seo.titleLength == SEOMetadata.TextLength(seo.title))
    #expect(seo.readingTime.minutes == 1)
    #expect(seo.readingTime.label == "دقيقة واحدة")
    #expect(seo.warnings.isEmpty)
  }

  @Test("an article in English is left to right")
  func english() throws {
    let text = """
      Rooftop Gardens in the City

      A small rooftop can grow tomatoes, mint and lettuce all season long when the pots, soil and watering are chosen with care.

      Water early in the morning or after sunset, because rooftop pots dry out quickly in summer.
      """
    let seo = try SEOAnalyzer().analyze(Document(plainText: text))
    #expect(seo.title == "Rooftop Gardens in the City")
    #expect(seo.language == "en")
    #expect(seo.direction == .leftToRight)
    #expect(seo.slug == "rooftop-gardens-in-the-city")
    #expect(seo.readingTime.label == "1 min read")
    #expect(seo.description.hasPrefix("A small rooftop can grow tomatoes"))
    #expect(seo.keywords.contains("rooftop"))
  }

  @Test("an empty article is an error")
  func empty() {
    #expect(throws: SEOError.emptyDocument) { try SEOAnalyzer().analyze(Document(plainText: "")) }
    #expect(throws: SEOError.emptyDocument) {
      try SEOAnalyzer().analyze(Document(plainText: "Continue reading\n\nاترك رد\n\n----"))
    }
  }

  @Test("site name, max title, caller's title")
  func options() throws {
    let document = Document(plainText: "دليل المبتدئين إلى البرمجة بلغة سويفت\n\nهذه فقرة أولى تشرح للمبتدئين كيف يكتبون برنامجهم الأول بلغة سويفت.")
    var options = SEOAnalyzer.Options(siteName: "موقعي")
    #expect(try SEOAnalyzer(options: options).analyze(document).title == "دليل المبتدئين إلى البرمجة بلغة سويفت - موقعي")
    options.maxTitleLength = 30
    let short = try SEOAnalyzer(options: options).analyze(document)
    #expect(short.title == "دليل المبتدئين - موقعي")
    #expect(short.slug == "دليل-المبتدئين-إلى-البرمجة-بلغة-سويفت")
    let given = try SEOAnalyzer(options: .init(title: "عنوان آخر")).analyze(document)
    #expect(given.title == "عنوان آخر")
  }

  @Test("warnings: long title, short description")
  func warnings() throws {
    let title = "عنوان طويل جدا يتجاوز الحد الذي تعرضه محركات البحث في نتائجها عادة"
    let seo = try SEOAnalyzer().analyze(Document(plainText: title + "\n\nفقرة قصيرة لكنها كاملة بما يكفي لتكون فقرة حقيقية."))
    #expect(seo.warnings.map(\.code) == [.descriptionTooShort, .titleTooLong])
    #expect(seo.warnings[1].message == "title is 66 grapheme clusters, over 60")
  }
}

@Suite("SEOAnalyzer: scripts and forms")
struct SEOAnalyzerFormsTests {
  @Test("presentation forms in the title and description show as letters")
  func presentationForms() throws {
    let seo = try SEOAnalyzer().analyze(Document(plainText: "ﺗﻌﺮﻳﻒ ﺍﻹﺷﺘﻘﺎﻕ\n\nنقول إن الدالة قابلة للإشتقاق في نقطة إذا وجد عدد حقيقي يحقق الشرط."))
    #expect(seo.title == "تعريف الإشتقاق")
    #expect(seo.slug == "تعريف-الإشتقاق")
  }

  @Test("Urdu and Persian function words are not keywords")
  func otherLanguages() throws {
    let urdu = try SEOAnalyzer().analyze(Document(plainText: "انسانی حقوق\n\nہر شخص کو آزادی کا حق ہے اور ہر شخص کو تحفظ کا حق ہے اور قانون کے سامنے برابری کا حق ہے۔"))
    #expect(urdu.language == "ur")
    #expect(!urdu.keywords.contains("کا") && !urdu.keywords.contains("اور"))
    #expect(urdu.keywords.first == "حق")
  }
}
