import Testing

@testable import ArabicText

@Suite("SEOTitle")
struct SEOTitleTests {
  @Test("site name after a separator is removed when it matches")
  func suffix() {
    #expect(
      SEOTitle.removingSiteName(from: "ارتفاع أسعار القهوة | صحيفة المدينة", siteNames: ["صحيفة المدينة"])
        == "ارتفاع أسعار القهوة")
    #expect(SEOTitle.removingSiteName(from: "خبر عاجل جديد – موقعي", siteNames: ["موقعي"]) == "خبر عاجل جديد")
    #expect(SEOTitle.removingSiteName(from: "موقعي - خبر عاجل جديد", siteNames: ["موقعي"]) == "خبر عاجل جديد")
  }

  @Test("a short part after | is a site name even when undeclared; a dash needs a match")
  func undeclared() {
    #expect(SEOTitle.removingSiteName(from: "افتتاح مكتبة عامة جديدة | أخبار لبنان", siteNames: []) == "افتتاح مكتبة عامة جديدة")
    #expect(SEOTitle.removingSiteName(from: "Python 3.12 - What is new", siteNames: []) == "Python 3.12 - What is new")
    #expect(SEOTitle.removingSiteName(from: "موقعي", siteNames: ["موقعي"]) == "موقعي")
  }

  @Test("composed titles keep logical order")
  func composed() {
    #expect(SEOTitle.composed("دليل المبتدئين", siteName: "موقعي") == "دليل المبتدئين - موقعي")
    #expect(SEOTitle.composed("دليل المبتدئين", siteName: "موقعي", separator: " | ") == "دليل المبتدئين | موقعي")
  }

  @Test("truncation cuts at a word and drops a dangling particle")
  func truncation() {
    #expect(SEOTitle.truncated("مختبر الذكاء الفائق الجديد في ميتا", maxLength: 27) == "مختبر الذكاء الفائق الجديد")
    #expect(SEOTitle.truncated("مختبر الذكاء الفائق الجديد في ميتا", maxLength: 30) == "مختبر الذكاء الفائق الجديد")
    #expect(SEOTitle.truncated("قصير", maxLength: 30) == "قصير")
    #expect(SEOTitle.truncated("كلمةطويلةجدا", maxLength: 4) == "كلمة")
  }

  @Test("section numbers")
  func sectionNumbers() {
    #expect(SEOTitle.sectionNumber("9.11. التوصيل الساخن") == "9.11.")
    #expect(SEOTitle.sectionNumber("B.4.1. إدارة العتاد") == "B.4.1.")
    #expect(SEOTitle.sectionNumber("10 أسباب للقراءة") == nil)
    #expect(SEOTitle.sectionNumber("A. Smith") == nil)
    #expect(SEOTitle.removingSectionNumber("B.5. فضاء المستخدم") == "فضاء المستخدم")
  }
}
