import ArabicText
import ArabicTextHTML
import Testing
import TestSupport

/// Every article of `../shared/corpus/news/` gives its real headline, a
/// description from its first real paragraph, and keywords, with no
/// boilerplate phrase in the description.
@Suite("Corpus: news SEO", .enabled(if: SharedCorpus.isAvailable, "../shared/corpus is absent: skipped"))
struct NewsCorpusTests {
  struct Expected: CustomStringConvertible, Sendable {
    var file: String
    var title: String
    var descriptionStart: String
    var description: String { file }
  }

  static let articles: [Expected] = [
    Expected(
      file: "seed-article.txt", title: "مختبر الذكاء الفائق الجديد في ميتا يناقش التخلي عن المصدر المفتوح",
      descriptionStart: "في ما قد يمثل تغييرًا جذريًا في استراتيجية ميتا، ناقش أعضاء مختبر الذكاء الفائق"),
    Expected(
      file: "debian-news-ar-2009-lenny.txt", title: "صدور دبيان جنو/لينكس 5.0",
      descriptionStart: "يسرّ مشروع دبيان أن يعلن عن الإصدار الرسمي لدبيان جنو/لينكس 5.0"),
    Expected(
      file: "debian-news-ar-2011-squeeze.txt", title: "إصدار ديبيان 6.0 سْكويز",
      descriptionStart: "عقب 24 شهر من التطوير، يسرّ مشروع ديبيان أن يقدم لكم النسخة المستقرة 6.0"),
    Expected(
      file: "debian-social-contract-ar.txt", title: "العقد الاجتماعي مع مجتمع البرمجيات الحرة",
      descriptionStart: "الإصدار 1.1 أُقر بتاريخ 26 أبريل، 2004."),
    Expected(
      file: "dh-ar-preface.txt", title: "مقدمة",
      descriptionStart: "يسرني أن تتاح لي هذه الفرصة للترحيب بكم في دبيان ودليل دبيان."),
    Expected(
      file: "dh-ar-user-space.txt", title: "فضاء المستخدم",
      descriptionStart: "يشير ”فضاء المستخدم user space“ إلى بيئة تشغيل العمليات العادية"),
    Expected(
      file: "dh-ar-kernel-role.txt", title: "بعض المهام التي تتحكم بها النواة",
      descriptionStart: "النواة تهتم، أولاً وقبل كل شيء، بالتحكم بقطع العتاد"),
    Expected(
      file: "dh-ar-hotplug.txt", title: "التوصيل الساخن: hotplug",
      descriptionStart: "لدى النواة قاعدة بيانات تربط رقم تعريف (ID) كل جهاز مع برنامج التعريف المطلوب."),
    Expected(
      file: "react-ar-blog-canaries.md", title: "React Canaries: التمكين التدريجي لإطلاق الميزات الجديدة خارج Meta",
      descriptionStart: "نحن نرغب في توفير خيار لمجتمع React يتيح لهم اعتماد ميزات جديدة بشكل فردي"),
  ]

  /// Phrases of the corpus pages' boilerplate that must never reach a description.
  static let boilerplate = [
    "Written by", "Picture of", "Communications Consultant", "SEO Title", "Meta Description", "شارك هذا الموضوع",
    "اترك رد", "المنشورات الأخيرة", "اكتشاف المزيد", "اشترك الآن", "Continue reading", "Download the ebook",
    "Product Site", "Documentation Site", "السابق", "التالي", "أعلى", "البداية", "دفتر مدير دبيان", "بازينجا",
    "{#meta#", "كتبه",
  ]

  static func metadata(_ file: String) throws -> SEOMetadata {
    let text = try #require(SharedCorpus.text("news/" + file))
    let document = file.hasSuffix(".md") ? Document(markdown: text) : Document(plainText: text)
    return try SEOAnalyzer().analyze(document)
  }

  @Test("title, description, keywords", arguments: articles)
  func article(expected: Expected) throws {
    let seo = try Self.metadata(expected.file)
    #expect(seo.title == expected.title)
    #expect(seo.description.hasPrefix(expected.descriptionStart), "\(seo.description)")
    #expect(seo.descriptionLength.graphemeClusters <= SEODescription.recommendedMaxLength)
    for phrase in Self.boilerplate {
      #expect(!seo.description.contains(phrase), "\(phrase) in \(seo.description)")
    }
    #expect(seo.keywords.count == 8)
    for keyword in seo.keywords {
      #expect(!Self.boilerplate.contains { keyword.contains($0) }, "\(keyword)")
    }
    #expect(seo.language == "ar")
    #expect(seo.direction == .rightToLeft)
    #expect(seo.readingTime.words > 300)
  }

  @Test("every article of the folder is covered")
  func coverage() {
    let files = SharedCorpus.corpusFiles.filter { $0.hasPrefix("news/") }.map { String($0.dropFirst(5)) }
    #expect(Set(files) == Set(Self.articles.map(\.file)))
  }

  @Test("the seed article's keywords")
  func seedKeywords() throws {
    let seo = try Self.metadata("seed-article.txt")
    #expect(seo.keywords.prefix(3) == ["الذكاء الاصطناعي", "الذكاء الفائق", "ميتا"])
    #expect(seo.slug == "مختبر-الذكاء-الفائق-الجديد-في-ميتا-يناقش-التخلي-عن-المصدر-المفتوح")
  }
}
