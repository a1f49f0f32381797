import Testing

@testable import ArabicText

@Suite("Slug")
struct SlugTests {
  @Test("Arabic letters kept, words joined by hyphens", arguments: [
    ("دليل البرمجة للمبتدئين", "دليل-البرمجة-للمبتدئين"),
    ("مُقدّمة: لغة Swift 6!", "مقدمة-لغة-swift-6"),
    ("أخبار  التقنية — اليوم", "أخبار-التقنية-اليوم"),
    ("عـــربي ﻷجل المدرسة", "عربي-لأجل-المدرسة"),
    ("  ...مرحبا؟  ", "مرحبا"),
    ("الإصدار ٦٫٠ من دبيان", "الإصدار-٦-٠-من-دبيان"),
    ("Don't Panic", "dont-panic"),
    ("می‌خواهم بروم", "میخواهم-بروم"),
  ])
  func arabic(title: String, slug: String) {
    #expect(Slug.make(title) == slug)
    #expect(title.slugified() == slug)
  }

  @Test("no alef or teh marbuta folding")
  func noFolding() {
    #expect(Slug.make("إدارة المدرسة") == "إدارة-المدرسة")
  }

  @Test("max length cuts at a hyphen, in grapheme clusters")
  func maxLength() {
    #expect(Slug.make("دليل البرمجة للمبتدئين", options: .init(maxLength: 12)) == "دليل-البرمجة")
    #expect(Slug.make("دليل البرمجة للمبتدئين", options: .init(maxLength: 15)) == "دليل-البرمجة")
    #expect(Slug.make("للمبتدئين", options: .init(maxLength: 4)) == "للمب")
  }

  @Test("percent-encoding is uppercase RFC 3986 and never cuts an escape")
  func percentEncoding() {
    let encoded = Slug.make("أخبار التقنية", options: .init(percentEncoded: true))
    #expect(encoded == "%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%AA%D9%82%D9%86%D9%8A%D8%A9")
    #expect(PercentEncoding.decode(encoded) == "أخبار-التقنية")
    #expect(Slug.make("أخبار التقنية", options: .init(maxLength: 40, percentEncoded: true)) == "%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1")
    #expect(Slug.make("أخبار", options: .init(maxLength: 13, percentEncoded: true)) == "%D8%A3%D8%AE")
  }

  @Test("Latin style romanizes to ASCII", arguments: [
    ("دليل البرمجة", "dlil-al-brmjh"),
    ("مَدْرَسَة", "madrasah"),
    ("عربي", "arbi"),
    ("Café ١٢", "cafe-12"),
    ("شارع الملك فيصل ٢٠٢٤", "shara-al-mlk-fisl-2024"),
  ])
  func latin(title: String, slug: String) {
    let result = Slug.make(title, options: .init(style: .latin))
    #expect(result == slug)
    #expect(result.unicodeScalars.allSatisfy { $0.isASCII })
  }

  @Test("idempotent and never empty for Arabic input")
  func properties() {
    for title in ["دليل البرمجة للمبتدئين", "؟!", "ـــ", "مرحبا بالعالم 2025"] {
      let slug = Slug.make(title)
      #expect(Slug.make(slug) == slug)
    }
    #expect(!Slug.make("ـمـ").isEmpty)
  }
}
