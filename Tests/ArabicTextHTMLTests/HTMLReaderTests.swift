import ArabicText
import Testing
import TestSupport

@testable import ArabicTextHTML

@Suite("Document(html:)")
struct HTMLReaderTests {
  @Test("entities are decoded; nested inline tags join their block")
  func entitiesAndInline() {
    let document = Document(html: """
      <p>الماء &amp; الهواء&nbsp;معًا &lt;3 &#x627;&#1604;&quot;نص&quot;</p>
      <p>نص <b>غامق <i>ومائل <a href="#">ورابط</a></i></b> ينتهي<br>هنا.</p>
      """)
    #expect(document.blocks.map(\.text) == ["الماء & الهواء معًا <3 ال\"نص\"", "نص غامق ومائل ورابط ينتهي هنا."])
    #expect(document.blocks[1].linkTextLength == "ورابط".utf8.count)
  }

  @Test("scripts, styles, navigation, asides and hidden parts are skipped")
  func skipped() {
    let document = Document(html: """
      <html><head><script>var a = "<p>لا</p>";</script><style>p{}</style></head>
      <body><nav><a href="/">الرئيسية</a></nav><script>document.write("نص")</script>
      <div hidden>مخفي</div><aside>جانبي</aside><div class="comments">تعليق</div>
      <p>النص الظاهر.</p><noscript>فعّل جافاسكربت</noscript></body></html>
      """)
    #expect(document.blocks.map(\.text) == ["النص الظاهر."])
  }

  @Test("headings, lists, quotes and code")
  func kinds() {
    let document = Document(html: """
      <h2>عنوان فرعي</h2><ul><li>أول</li><li>ثان</li></ul>
      <blockquote><p>اقتباس</p></blockquote><pre><code>let x = 1
      print(x)</code></pre><div>نص داخل div</div>
      """)
    #expect(document.blocks == [
      Document.Block(.heading(level: 2), "عنوان فرعي"), Document.Block(.listItem, "أول"), Document.Block(.listItem, "ثان"),
      Document.Block(.quote, "اقتباس"), Document.Block(.code, "let x = 1\nprint(x)"), Document.Block(.paragraph, "نص داخل div"),
    ])
  }

  @Test("metadata: title, descriptions, Open Graph, language and direction")
  func metadata() {
    let document = Document(html: """
      <!doctype html><html lang="ar-EG" dir="rtl"><head><title> عنوان | الموقع </title>
      <meta name="description" content="وصف الصفحة"><meta property="og:title" content="عنوان OG">
      <meta property="og:description" content="وصف OG"><meta property="og:site_name" content="الموقع">
      </head><body><p>نص.</p></body></html>
      """)
    #expect(document.metadata == DocumentMetadata(
      title: "عنوان | الموقع", openGraphTitle: "عنوان OG", description: "وصف الصفحة",
      openGraphDescription: "وصف OG", siteName: "الموقع", language: "ar-EG", direction: .rightToLeft))
  }

  @Test("the article element is the content; its page's h1 comes first")
  func articleRoot() {
    let document = Document(html: """
      <body><div class="top"><h1>العنوان الرئيسي للخبر</h1></div>
      <p>نص خارج المقال.</p>
      <article><p>الفقرة الأولى من المقال وهي طويلة بما يكفي لتكون أغلب نص الصفحة كلها.</p></article></body>
      """)
    #expect(document.blocks.map(\.text) == [
      "العنوان الرئيسي للخبر", "الفقرة الأولى من المقال وهي طويلة بما يكفي لتكون أغلب نص الصفحة كلها.",
    ])
  }

  @Test("broken markup and empty input")
  func broken() {
    #expect(Document(html: "<p>فقرة أولى<p>فقرة ثانية<div>نص").blocks.map(\.text) == ["فقرة أولى", "فقرة ثانية", "نص"])
    #expect(Document(html: "").blocks.isEmpty)
    #expect(Document(html: "<html><body></body></html>").blocks.isEmpty)
  }

  @Test("the fixture page: logo h1, junk description, boilerplate")
  func fixture() throws {
    let seo = try SEOAnalyzer().analyze(Document(html: SharedCorpus.fixture("article.html")))
    #expect(seo.title == "حديقة السطح: كيف تزرع خضرواتك في المدينة")
    #expect(seo.description == "لم تعد الزراعة حكرًا على الريف، فسطح البيت في المدينة يتسع لحديقة صغيرة تعطي الطماطم والنعناع والخس طوال الموسم إذا أُحسن اختيار الأصص والتربة والري.")
    #expect(seo.slug == "حديقة-السطح-كيف-تزرع-خضرواتك-في-المدينة")
    #expect(seo.keywords.first == "حديقة السطح")
    #expect(!seo.keywords.contains { $0.contains("صلة") || $0.contains("شارك") })
    #expect(seo.warnings.map(\.code) == [.descriptionReplaced])
  }

  @Test("a page with no h1 takes its title from <title>")
  func noH1() throws {
    let seo = try SEOAnalyzer().analyze(Document(html: """
      <html><head><title>أسعار الذهب اليوم في الأسواق - موقع الاقتصاد</title>
      <meta property="og:site_name" content="موقع الاقتصاد"></head>
      <body><h2>تفاصيل</h2><p>ارتفعت أسعار الذهب اليوم في الأسواق المحلية مع زيادة الطلب على المعدن الأصفر قبل موسم الأعياد.</p></body></html>
      """))
    #expect(seo.title == "أسعار الذهب اليوم في الأسواق")
  }

  @Test("an English page is left to right")
  func english() throws {
    let seo = try SEOAnalyzer().analyze(Document(html: """
      <html lang="en"><head><title>Rooftop Gardens | Green Home</title></head>
      <body><article><h1>Rooftop Gardens</h1><p>A small rooftop can grow tomatoes, mint and lettuce all season long when the pots are chosen with care.</p></article></body></html>
      """))
    #expect(seo.title == "Rooftop Gardens")
    #expect(seo.direction == .leftToRight)
    #expect(seo.language == "en")
  }

  @Test("residual entities of double-escaped pages")
  func residual() {
    #expect(_ResidualEntities.decode("نص&nbsp;و&zwnj;ن &amp;&#65; &unknown; &") == "نص\u{00A0}و\u{200C}ن &A &unknown; &")
  }

  static let lead = "<p>ارتفعت أسعار القهوة في الأسواق المحلية هذا الأسبوع بنسبة كبيرة بسبب تراجع المحصول العالمي وارتفاع تكاليف الشحن.</p>"

  @Test("a WordPress entry header in the body holds the headline; the site header does not")
  func entryHeader() throws {
    let page = """
      <html><head><title>ارتفاع أسعار القهوة في الأسواق – مدونة المدينة</title></head>
      <body><header class="site-header"><h1 class="site-title"><a href="/">مدونة المدينة</a></h1></header>
      <div class="content"><header class="entry-header"><h1 class="entry-title">ارتفاع أسعار القهوة في الأسواق</h1></header>
      <div class="entry-content">\(Self.lead)</div></div></body></html>
      """
    #expect(Document(html: page).blocks.first == Document.Block(.heading(level: 1), "ارتفاع أسعار القهوة في الأسواق"))
    #expect(try SEOAnalyzer().analyze(Document(html: page)).title == "ارتفاع أسعار القهوة في الأسواق")
    // A header inside <main> is content too, and so is a div named for the entry header.
    let inMain = Document(html: "<body><header>الموقع</header><main><header><h1>العنوان</h1></header>\(Self.lead)</main></body>")
    #expect(inMain.blocks.map(\.kind) == [.heading(level: 1), .paragraph])
    let div = Document(html: "<body><div class=\"post-header\"><h1>العنوان</h1></div><div>\(Self.lead)</div></body>")
    #expect(div.blocks.map(\.kind) == [.heading(level: 1), .paragraph])
  }

  @Test("a known site name goes from <title> after any separator; an unknown suffix stays")
  func titleSeparators() throws {
    for separator in [" - ", " | ", "|", " • ", " / ", ": ", " ‹ ", " › "] {
      let seo = try SEOAnalyzer().analyze(Document(html: """
        <html><head><title>ارتفاع أسعار القهوة\(separator)صحيفة المدينة</title>
        <meta property="og:site_name" content="صحيفة المدينة"></head><body>\(Self.lead)</body></html>
        """))
      #expect(seo.title == "ارتفاع أسعار القهوة", "\(separator)")
    }
    let unknown = try SEOAnalyzer().analyze(Document(html: """
      <html><head><title>نهائي كأس مصر بين الأهلي والزمالك | الأهداف</title></head>
      <body><p>شهد نهائي كأس مصر بين الأهلي والزمالك مساء أمس مباراة قوية انتهت بفوز الأهلي بهدفين مقابل هدف.</p></body></html>
      """))
    #expect(unknown.title == "نهائي كأس مصر بين الأهلي والزمالك | الأهداف")
    // A suffix both titles repeat is a site name.
    let repeated = try SEOAnalyzer().analyze(Document(html: """
      <html><head><title>ارتفاع أسعار القهوة اليوم | صحيفة المدينة</title>
      <meta property="og:title" content="ارتفاع أسعار القهوة | صحيفة المدينة"></head><body>\(Self.lead)</body></html>
      """))
    #expect(repeated.title == "ارتفاع أسعار القهوة")
  }

  @Test("a meta description with escaped markup is read as text; headline plus site name is replaced")
  func descriptions() throws {
    let escaped = try SEOAnalyzer().analyze(Document(html: """
      <html><head><meta name="description" content="&lt;p&gt;ارتفعت أسعار القهوة في الأسواق المحلية هذا الأسبوع بنسبة كبيرة&lt;/p&gt;">
      </head><body><h1>ارتفاع أسعار القهوة في الأسواق</h1>\(Self.lead)</body></html>
      """))
    #expect(escaped.description == "ارتفعت أسعار القهوة في الأسواق المحلية هذا الأسبوع بنسبة كبيرة")
    let echo = try SEOAnalyzer().analyze(Document(html: """
      <html><head><title>ارتفاع أسعار القهوة في الأسواق | صحيفة المدينة</title>
      <meta name="description" content="ارتفاع أسعار القهوة في الأسواق - صحيفة المدينة">
      </head><body><h1>ارتفاع أسعار القهوة في الأسواق</h1>\(Self.lead)</body></html>
      """))
    #expect(echo.description == "ارتفعت أسعار القهوة في الأسواق المحلية هذا الأسبوع بنسبة كبيرة بسبب تراجع المحصول العالمي وارتفاع تكاليف الشحن.")
    #expect(echo.warnings.map(\.code) == [.descriptionReplaced, .descriptionTooShort])
  }

  @Test("\"read also\" paragraphs are not folded into the description")
  func readAlso() throws {
    let seo = try SEOAnalyzer(options: .init(description: .init(maxLength: 400))).analyze(Document(html: """
      <html><body><h1>نهائي كأس مصر</h1><p>شهد نهائي كأس مصر بين الأهلي والزمالك مساء أمس مباراة قوية انتهت بفوز الأهلي بهدفين مقابل هدف.</p>
      <p>اقرأ أيضا: الزمالك يطالب بإعادة المباراة</p><p>شاهد أيضا: <a href="/v">ملخص المباراة بالفيديو</a></p>
      <p>وتستأنف المسابقة الأسبوع المقبل بمباريات الدور الأول من النسخة الجديدة للبطولة.</p></body></html>
      """))
    #expect(seo.description == "شهد نهائي كأس مصر بين الأهلي والزمالك مساء أمس مباراة قوية انتهت بفوز الأهلي بهدفين مقابل هدف. وتستأنف المسابقة الأسبوع المقبل بمباريات الدور الأول من النسخة الجديدة للبطولة.")
  }
}

