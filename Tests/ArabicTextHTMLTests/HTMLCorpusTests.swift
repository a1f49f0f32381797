import ArabicText
import ArabicTextHTML
import Testing
import TestSupport

/// The real news pages of `../shared/corpus/html/`: headline without site
/// name, a description, keywords.
@Suite("Corpus: HTML news pages", .enabled(if: SharedCorpus.isAvailable, "../shared/corpus is absent: skipped"))
struct HTMLCorpusTests {
  static let titles: [(String, String)] = [
    ("news-1523806243.html", "تحلیل روزنامه اصولگرا از دعوت اصلاح طلبان به حضور مردم در انتخابات"),
    ("news-1550981615.html", "مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا"),
    ("news-1588107198.html", "أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا"),
    ("news-1602557452.html", "از کشف ۷۲ دستگاه موتور قاچاق در مهریز تا دستگیری سارق ۱۰۰ میلیون ریالی طلاجات منزل در بافق"),
    ("news-1623715966.html", "القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات"),
    ("news-1641304459.html", "ورود 50 هزار میلیارد تومان نقدینگی به بورس در 3 ماه"),
    ("news-1691196862.html", "وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة"),
    ("news-1731695567.html", "36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر"),
    ("news-1764731404.html", "سرقة منزل أميرة سعودية في باريس يضم أغراضاً فاخرة بقيمة 700 ألف دولار"),
    ("news-1784190729.html", "طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله"),
    ("news-1806793639.html", "تركى آل الشيخ بعد إصابة يسرا بكورونا: يارب يرفع عنك"),
  ]

  @Test("headline, description, keywords", arguments: titles)
  func page(file: String, title: String) throws {
    let html = try #require(SharedCorpus.text("html/" + file))
    let seo = try SEOAnalyzer().analyze(Document(html: html))
    #expect(seo.title == title)
    #expect(seo.description.count >= 50, "\(seo.description)")
    #expect(!seo.description.contains("&"), "\(seo.description)")
    #expect(!seo.description.contains("<"), "\(seo.description)")
    #expect(seo.keywords.count >= 5)
    #expect(["ar", "fa"].contains(seo.language))
    #expect(seo.direction == .rightToLeft)
  }
}
