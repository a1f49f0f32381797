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

  @Test("an undeclared part after a separator is kept, however short")
  func undeclared() {
    #expect(SEOTitle.removingSiteName(from: "افتتاح مكتبة عامة جديدة | أخبار لبنان", siteNames: []) == "افتتاح مكتبة عامة جديدة | أخبار لبنان")
    #expect(SEOTitle.removingSiteName(from: "نهائي كأس مصر بين الأهلي والزمالك | الأهداف", siteNames: []) == "نهائي كأس مصر بين الأهلي والزمالك | الأهداف")
    #expect(SEOTitle.removingSiteName(from: "نهائي كأس مصر بين الأهلي والزمالك | الأهداف", siteNames: ["صحيفة المدينة"]) == "نهائي كأس مصر بين الأهلي والزمالك | الأهداف")
    #expect(SEOTitle.removingSiteName(from: "Python 3.12 - What is new", siteNames: []) == "Python 3.12 - What is new")
    #expect(SEOTitle.removingSiteName(from: "موقعي", siteNames: ["موقعي"]) == "موقعي")
  }

  @Test("any run of punctuation and symbols separates a known site name, with or without spaces")
  func separators() {
    for separator in [" | ", "|", " • ", "•", " / ", ": ", " ‹ ", " › ", " :: ", " - ", " – ", " — ", " » ", " ~ ", " ★ ", "| "] {
      #expect(
        SEOTitle.removingSiteName(from: "ارتفاع أسعار القهوة" + separator + "صحيفة المدينة", siteNames: ["صحيفة المدينة"])
          == "ارتفاع أسعار القهوة", "\(separator)")
      #expect(
        SEOTitle.removingSiteName(from: "صحيفة المدينة" + separator + "ارتفاع أسعار القهوة", siteNames: ["صحيفة المدينة"])
          == "ارتفاع أسعار القهوة", "\(separator)")
    }
    // A hyphen inside a word is not a separator.
    #expect(SEOTitle.removingSiteName(from: "لقاح COVID-19", siteNames: ["19"]) == "لقاح COVID-19")
    #expect(SEOTitle.removingSiteName(from: "خبر عاجل | صحيفة المدينة الإلكترونية", siteNames: ["صحيفة المدينة"]) == "خبر عاجل")
  }

  @Test("parts and separators of a title")
  func parts() {
    #expect(SEOTitle.parts(of: "حديقة السطح: كيف تزرع | مجلة البيت") == ["حديقة السطح", "كيف تزرع", "مجلة البيت"])
    #expect(SEOTitle.parts(of: "Node.js و COVID-19") == ["Node.js و COVID-19"])
    #expect(SEOTitle.parts(of: "«نعم» قال") == ["«نعم", "قال"])
    #expect(SEOTitle.parts(of: "|عنوان|") == ["|عنوان|"])
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
  }

  @Test("truncation never empties a title nor cuts inside a word")
  func truncationFirstWord() {
    #expect(SEOTitle.truncated("كلمةطويلةجدا", maxLength: 4) == "كلمةطويلةجدا")
    #expect(SEOTitle.truncated("منتخب مصر", maxLength: 2) == "منتخب")
    #expect(SEOTitle.truncated("فيلم جديد", maxLength: 2) == "فيلم")
    #expect(SEOTitle.truncated("في المدينة الكبيرة", maxLength: 5) == "في المدينة")
    #expect(SEOTitle.truncated("في المدينة الكبيرة", maxLength: 1) == "في المدينة")
    #expect(SEOTitle.truncated("في", maxLength: 1) == "في")
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
