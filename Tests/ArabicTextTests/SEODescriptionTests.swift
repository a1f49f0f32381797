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
}
