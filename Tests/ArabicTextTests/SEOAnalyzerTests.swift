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

@Suite("SEOAnalyzer: choosing the headline")
struct SEOAnalyzerTitleTests {
  static let lead = "ارتفعت أسعار الذهب اليوم إلى مستوى قياسي جديد مع تزايد الطلب على الملاذات الآمنة في الأسواق العالمية."

  @Test("a byline, dateline, date, relative time or reading tool under the headline is never the title")
  func metadataLines() throws {
    for line in [
      "كتب: أحمد محمد", "كتبت: سارة علي", "تحرير: أحمد محمد", "القاهرة - رويترز", "الأحد 12 مايو 2024", "منذ ساعتين",
      "حجم الخط", "كتب أحمد محمد", "بقلم سلمى الحداد", "12 رمضان 1445 هـ",
    ] {
      let seo = try SEOAnalyzer().analyze(Document(plainText: "ارتفاع أسعار الذهب إلى مستوى قياسي جديد\n\n\(line)\n\n\(Self.lead)"))
      #expect(seo.title == "ارتفاع أسعار الذهب إلى مستوى قياسي جديد", "\(line)")
      #expect(seo.slug == "ارتفاع-أسعار-الذهب-إلى-مستوى-قياسي-جديد", "\(line)")
      #expect(seo.warnings.map(\.code) == [.descriptionTooShort], "\(line)")
    }
  }

  @Test("the headline before the byline, not a caption after it")
  func beforeByline() throws {
    let text = """
      صحيفة المدينة

      اقتصاد

      ارتفاع أسعار الذهب إلى مستوى قياسي جديد

      كتب: أحمد محمد

      الأحد 12 مايو 2024

      سبائك ذهبية في أحد المصارف

      \(Self.lead)
      """
    #expect(try SEOAnalyzer().analyze(Document(plainText: text)).title == "ارتفاع أسعار الذهب إلى مستوى قياسي جديد")
  }

  @Test("a headline starting with a label word is the title, from # and from plain text")
  func labelWordHeadline() throws {
    let body = "شارك آلاف المتظاهرين اليوم في مسيرة سلمية وسط العاصمة للمطالبة بإصلاحات اقتصادية عاجلة وفرص عمل للشباب."
    let fromHeading = try SEOAnalyzer().analyze(Document(
      blocks: [Document.Block(.heading(level: 1), "شارك آلاف المتظاهرين في مسيرة سلمية"), Document.Block(.paragraph, body)]))
    #expect(fromHeading.title == "شارك آلاف المتظاهرين في مسيرة سلمية")
    #expect(fromHeading.warnings.map(\.code) == [.descriptionTooShort])
    let plain = try SEOAnalyzer().analyze(Document(plainText: "شارك آلاف المتظاهرين في مسيرة سلمية\n\n" + body))
    #expect(plain.title == "شارك آلاف المتظاهرين في مسيرة سلمية")
  }

  @Test("a meta description that is the headline and a site name is replaced")
  func headlineAndSiteName() throws {
    for description in [
      "ارتفاع أسعار الذهب إلى مستوى قياسي جديد - صحيفة المدينة", "ارتفاع أسعار الذهب إلى مستوى قياسي جديد | صحيفة المدينة",
      "صحيفة المدينة | ارتفاع أسعار الذهب إلى مستوى قياسي جديد", "ارتفاع أسعار الذهب إلى مستوى قياسي جديد•المدينة",
    ] {
      let document = Document(
        blocks: [Document.Block(.heading(level: 1), "ارتفاع أسعار الذهب إلى مستوى قياسي جديد"), Document.Block(.paragraph, Self.lead)],
        metadata: DocumentMetadata(description: description))
      let seo = try SEOAnalyzer().analyze(document)
      #expect(seo.description == Self.lead, "\(description)")
      #expect(seo.warnings.map(\.code) == [.descriptionReplaced, .descriptionTooShort], "\(description)")
    }
  }

  @Test("escaped markup in a meta description is removed")
  func escapedMarkup() throws {
    let document = Document(
      blocks: [Document.Block(.heading(level: 1), "ارتفاع أسعار الذهب"), Document.Block(.paragraph, Self.lead)],
      metadata: DocumentMetadata(description: "<p>ارتفعت أسعار الذهب اليوم إلى مستوى قياسي &amp;amp; جديد مع تزايد الطلب</p>"))
    #expect(try SEOAnalyzer().analyze(document).description == "ارتفعت أسعار الذهب اليوم إلى مستوى قياسي & جديد مع تزايد الطلب")
  }

  @Test("a dateline at the start of the lead is not in the description")
  func leadingDateline() throws {
    let seo = try SEOAnalyzer().analyze(Document(plainText: "ارتفاع أسعار الذهب\n\nالقاهرة - رويترز - " + Self.lead))
    #expect(seo.description == Self.lead)
  }

  @Test("--max-title: never empty, never inside a word; the site name gives way")
  func maxTitle() throws {
    let document = Document(plainText: "فيلم جديد\n\n" + Self.lead)
    let two = try SEOAnalyzer(options: .init(maxTitleLength: 2)).analyze(document)
    #expect(two.title == "فيلم")
    #expect(two.warnings.map(\.code) == [.descriptionTooShort, .titleOverMaxLength])
    #expect(two.warnings[1].message == "the headline's first word is longer than 2 grapheme clusters; it was kept whole (4)")
    let site = try SEOAnalyzer(options: .init(maxTitleLength: 12, siteName: "موقع الأخبار")).analyze(document)
    #expect(site.title == "فيلم جديد")
    #expect(site.warnings.map(\.code) == [.descriptionTooShort, .siteNameOmitted])
    let fits = try SEOAnalyzer(options: .init(maxTitleLength: 12, siteName: "موقعي")).analyze(document)
    #expect(fits.title == "فيلم - موقعي")
    #expect(fits.warnings.map(\.code) == [.descriptionTooShort])
    let whole = try SEOAnalyzer(options: .init(maxTitleLength: 40, siteName: "موقعي")).analyze(document)
    #expect(whole.title == "فيلم جديد - موقعي")
  }
}

@Suite("SEOAnalyzer: Arabic, Persian and Urdu")
struct SEOAnalyzerLanguageTests {
  @Test("Persian letters in Arabic names do not make an article Persian")
  func arabicWithPersianLetters() throws {
    let text = """
      فوز چيلسي على أرسنال

      فاز فريق چيلسي على أرسنال في مباراة مثيرة، وأعلنت شركة گوگل عن رعاية جديدة للنادي، وزار اللاعبون پاريس.
      """
    let seo = try SEOAnalyzer().analyze(Document(plainText: text))
    #expect(seo.language == "ar")
    #expect(seo.readingTime.label == "دقيقة واحدة")
  }

  @Test("Persian and Urdu by their function words, with labels in their words")
  func persianAndUrdu() throws {
    let persian = try SEOAnalyzer().analyze(Document(plainText: """
      کتابخانه جدید شهر

      کتابخانه جدید شهر امروز باز شد و برای همه مردم رایگان است. این کتابخانه بیش از بیست هزار کتاب دارد که مردم می‌توانند از آنها استفاده کنند.
      """))
    #expect(persian.language == "fa")
    #expect(persian.readingTime.label == "۱ دقیقه")
    let arabicSpelling = try SEOAnalyzer().analyze(Document(plainText: """
      كتابخانه جديد شهر

      كتابخانه جديد شهر امروز باز شد و براي همه مردم رايگان است. اين كتابخانه بيش از بيست هزار كتاب دارد كه مردم از آنها استفاده كنند.
      """))
    #expect(arabicSpelling.language == "fa")
    let urdu = try SEOAnalyzer().analyze(Document(plainText: "انسانی حقوق\n\nہر شخص کو آزادی کا حق ہے اور ہر شخص کو تحفظ کا حق ہے۔"))
    #expect(urdu.language == "ur")
    #expect(urdu.readingTime.label == "1 منٹ")
  }
}
