import Testing

@testable import ArabicText

@Suite("SEODescription")
struct SEODescriptionTests {
  @Test("whole sentences when they reach the minimum")
  func sentenceEnd() {
    let first = "افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب وقاعات للمطالعة وورش عمل أسبوعية للأطفال والشباب."
    let lead = [first, "وقال رئيس البلدية إن المكتبة ستفتح أبوابها مجاناً طوال أيام الأسبوع."]
    #expect(SEODescription.make(fromLead: lead) == first)
    #expect(first.count == 134)
  }

  @Test("a word-boundary cut without a dangling particle or ellipsis, or with one when asked")
  func wordCut() {
    let text = "ناقش أعضاء المختبر الجديد التخلي عن النموذج المفتوح في اجتماع طويل"
    let options = SEODescription.Options(maxLength: 40, minLength: 30)
    #expect(SEODescription.make(fromLead: [text], options: options) == "ناقش أعضاء المختبر الجديد التخلي")
    let withEllipsis = SEODescription.Options(maxLength: 40, minLength: 30, ellipsis: "…")
    #expect(SEODescription.make(fromLead: [text], options: withEllipsis) == "ناقش أعضاء المختبر الجديد التخلي…")
  }

  @Test("whitespace folds; short text stays whole")
  func folding() {
    #expect(SEODescription.make(fromLead: ["نص   قصير\nجدا."]) == "نص قصير جدا.")
  }

  @Test("real summaries and junk descriptions")
  func summaries() {
    #expect(!SEODescription.isRealSummary("| أخبار لبنان", title: "افتتاح مكتبة", siteName: nil, rightToLeft: true))
    #expect(!SEODescription.isRealSummary("افتتاح مكتبة عامة جديدة في وسط المدينة", title: "افتتاح مكتبة عامة جديدة في وسط المدينة", siteName: nil, rightToLeft: true))
    #expect(!SEODescription.isRealSummary("We would like to offer the React community an option.", title: nil, siteName: nil, rightToLeft: true))
    #expect(SEODescription.isRealSummary("افتتحت البلدية مكتبة عامة جديدة تضم عشرين ألف كتاب.", title: nil, siteName: nil, rightToLeft: true))
    #expect(!SEODescription.isRealSummary(
      "موقع إخباري يتناول الشؤون اللبنانية والعربية والدولية", title: "سرقة منزل في باريس", siteName: nil,
      rightToLeft: true, article: "سرقة منزل في باريس نشر موقع بريطاني خبر السرقة"))
  }

  @Test("the headline with a site name around a separator is not a summary")
  func headlineAndSiteName() {
    let title = "افتتاح مكتبة عامة جديدة في وسط المدينة"
    for description in [
      title + " - صحيفة المدينة", title + " | صحيفة المدينة", title + "|صحيفة المدينة", "صحيفة المدينة • " + title,
      title + " / موقع الأخبار اليومية",
    ] {
      #expect(!SEODescription.isRealSummary(description, title: title, siteNames: [], rightToLeft: true), "\(description)")
      #expect(!SEODescription.isRealSummary(description, title: title, siteName: "صحيفة المدينة", rightToLeft: true), "\(description)")
    }
    #expect(SEODescription.isRealSummary(
      title + " - تضم عشرين ألف كتاب وقاعات للمطالعة وورش عمل للأطفال", title: title, siteNames: [], rightToLeft: true))
    #expect(!SEODescription.isRealSummary("• " + title + " اليوم", title: nil, siteNames: [], rightToLeft: true))
  }

  @Test("escaped markup is read as plain text")
  func markup() {
    #expect(SEODescription.isRealSummary(
      "&lt;p&gt;افتتحت البلدية مكتبة عامة جديدة تضم عشرين ألف كتاب.&lt;/p&gt;", title: nil, siteNames: [], rightToLeft: true))
    #expect(!SEODescription.isRealSummary("&lt;p&gt;&lt;/p&gt; &lt;br&gt; &lt;b&gt;", title: nil, siteNames: [], rightToLeft: true))
  }

  @Test("the ellipsis marks a cut inside a sentence only")
  func ellipsisInsideSentence() {
    let options = SEODescription.Options(maxLength: 40, minLength: 20, ellipsis: "…")
    let sentences = "افتتحت البلدية مكتبة جديدة. وقال رئيس البلدية إنها ستفتح مجانا."
    #expect(SEODescription.make(fromLead: [sentences], options: options) == "افتتحت البلدية مكتبة جديدة.")
    let short = "افتتحت البلدية مكتبة جديدة."
    #expect(SEODescription.make(fromLead: [short], options: options) == short)
  }
}
