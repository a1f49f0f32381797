import ArabicText
import ArabicTextHTML
import Testing

/// The examples written in the documentation of the document and SEO APIs give what they say.
@Suite("Documentation examples: documents and SEO")
struct DocumentationExamplesTests {
  @Test("Document, BoilerplateFilter, SEOAnalyzer")
  func core() throws {
    let plain = Document(plainText: "عنوان المقال\n\nهذه فقرة أولى.")
    #expect(plain.blocks.map(\.kind) == [.heading(level: 2), .paragraph])
    let page = Document(plainText: """
      اسم الموقع

      عنوان المقال الرئيسي

      بقلم

      فريق التحرير

      هذه هي الفقرة الأولى من المقال، وفيها ما يكفي من الكلمات لتكون فقرة حقيقية.

      شارك هذا الموضوع:

      اترك رد
      """)
    #expect(BoilerplateFilter().apply(to: page).blocks.map(\.text) == [
      "اسم الموقع", "عنوان المقال الرئيسي", "هذه هي الفقرة الأولى من المقال، وفيها ما يكفي من الكلمات لتكون فقرة حقيقية.",
    ])
    let article = Document(plainText: """
      أخبار المدينة

      افتتاح مكتبة عامة جديدة في وسط المدينة

      افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب.
      """)
    let seo = try SEOAnalyzer().analyze(article)
    #expect(seo.title == "افتتاح مكتبة عامة جديدة في وسط المدينة")
    #expect(seo.slug == "افتتاح-مكتبة-عامة-جديدة-في-وسط-المدينة")
    #expect(seo.description == "افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب.")
  }

  @Test("keywords, descriptions, phrase keys, romanizer")
  func parts() {
    let text = "الذكاء الاصطناعي يغير العالم. يعتمد الذكاء الاصطناعي على البيانات، وللذكاء حدود."
    #expect(KeywordExtractor(count: 3).keywords(in: [text]) == ["الذكاء الاصطناعي", "يغير", "العالم"])
    #expect(SEODescription.make(
      fromLead: ["افتتحت البلدية مكتبة جديدة. وقال رئيس البلدية إنها مجانية."], options: .init(maxLength: 30))
      == "افتتحت البلدية مكتبة جديدة.")
    #expect(InterfacePhrases.key("  شارِك هذا الموضوع: ") == "شارك هذا الموضوع")
    #expect(InterfacePhrases.key("Continue Reading →") == "continue reading")
    #expect(Romanizer().romanize("دليل البرمجة") == "dlil al-brmjh")
    #expect(Romanizer().romanize("مَدْرَسَة") == "madrasah")
    #expect(Romanizer().romanize("Café ١٢") == "Cafe 12")
    #expect(SEOTitle.removingSiteName(from: "ارتفاع أسعار القهوة | صحيفة المدينة", siteNames: ["صحيفة المدينة"]) == "ارتفاع أسعار القهوة")
  }

  @Test("HTML and Markdown readers")
  func readers() {
    let page = Document(html: """
      <html lang="ar"><head><title>عنوان | الموقع</title></head>
      <body><nav><a href="/">الرئيسية</a></nav>
      <article><h1>عنوان</h1><p>نص <b>الفقرة</b> &amp; بقيتها.</p></article></body></html>
      """)
    #expect(page.blocks.map(\.text) == ["عنوان", "نص الفقرة & بقيتها."])
    #expect(page.metadata.title == "عنوان | الموقع")
    #expect(page.metadata.language == "ar")
    let post = Document(markdown: """
      ---
      title: "دليل المبتدئين"
      description: مقدمة قصيرة
      ---
      # دليل المبتدئين

      هذا [دليل](https://example.com) قصير. ![صورة](a.png)
      """)
    #expect(post.metadata.title == "دليل المبتدئين")
    #expect(post.blocks.map(\.text) == ["دليل المبتدئين", "هذا دليل قصير."])
  }
}
