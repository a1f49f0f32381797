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
  }

  @Test("with percent-encoding the limit counts the Unicode slug's grapheme clusters, then the cut slug is encoded")
  func percentEncodedLimit() {
    #expect(Slug.make("أخبار التقنية", options: .init(maxLength: 40, percentEncoded: true))
      == "%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%AA%D9%82%D9%86%D9%8A%D8%A9")
    #expect(Slug.make("أخبار التقنية", options: .init(maxLength: 12, percentEncoded: true)) == "%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1")
    #expect(Slug.make("كتاب جديد", options: .init(maxLength: 5, percentEncoded: true)) == "%D9%83%D8%AA%D8%A7%D8%A8")
    #expect(Slug.make("دليل البرمجة للمبتدئين", options: .init(maxLength: 10, percentEncoded: true)) == "%D8%AF%D9%84%D9%8A%D9%84")
    // A first word longer than the limit is cut at a grapheme cluster, never to nothing.
    #expect(Slug.make("كتاب جديد", options: .init(maxLength: 2, percentEncoded: true)) == "%D9%83%D8%AA")
    #expect(Slug.make("كِتَاب", options: .init(maxLength: 1, percentEncoded: true)) == "%D9%83")
  }

  @Test("ligatures of phrases without a decomposition give their phrase")
  func ligatures() {
    #expect(Slug.make("\u{FDFD}") == "بسم-الله-الرحمن-الرحيم")
    #expect(Slug.make("\u{FDFE}") == "سبحانه-وتعالى")
    #expect(Slug.make("\u{FDFF}") == "عز-وجل")
    #expect(Slug.make("\u{FDCF}") == "سلامه-علينا")
    #expect(Slug.make("\u{FD40}") == "رحمه-الله")
    #expect(Slug.make("\u{FD4F}") == "رحمهم-الله")
    #expect(Slug.make("الحمد لله \u{FDFE}") == "الحمد-لله-سبحانه-وتعالى")
    for value in ArabicScalars.honorificLigatures.lowerBound.value...ArabicScalars.honorificLigatures.upperBound.value {
      let scalar = Unicode.Scalar(value)!
      #expect(Slug.make(String(scalar)) == Slug.make(LigaturePhrases.phrase(of: scalar)!))
      #expect(!Slug.make(String(scalar), options: .init(style: .latin)).isEmpty)
    }
    #expect(Slug.make("\u{FDFD}", options: .init(style: .latin)) == "bsm-allah-al-rhmn-al-rhim")
  }

  @Test("Arabic symbols without letters give their names; other symbols give nothing")
  func symbolNames() {
    #expect(Slug.make("۞") == "arabic-start-of-rub-el-hizb")
    #expect(Slug.make("؟!") == "arabic-question-mark")
    #expect(Slug.make("ء", options: .init(style: .latin)) == "arabic-letter-hamza")
    #expect(Slug.make("😀!").isEmpty)
  }

  @Test("canonically equivalent titles give one slug; stray combining marks go")
  func composition() {
    #expect(Slug.make("cafe\u{0301}").unicodeScalars.map(\.value) == Slug.make("café").unicodeScalars.map(\.value))
    #expect(Slug.make("cafe\u{0301}").unicodeScalars.map(\.value) == [0x63, 0x61, 0x66, 0xE9])
    #expect(Slug.make("x\u{20DD}y") == "xy")
    // A mark after a separator goes with it: no hyphen at the end.
    #expect(Slug.make("\u{2066}\u{06F5}\u{20FD}\u{1AD2}\n") == "\u{06F5}")
    #expect(Slug.make("كتاب \u{0301}") == "كتاب")
    #expect(Slug.make("\u{0651}كتاب") == "كتاب")
    #expect(Slug.make("a\u{0332}b") == "ab")
    #expect(Slug.make("İstanbul") == "istanbul")
    #expect(Slug.make("Ελληνικά") == "ελληνικά")
    #expect(Slug.make("Ελληνικά").unicodeScalars.count == 8)
    #expect(Slug.make("हिन्दी") == "हिन्दी")
  }

  @Test("ﷺ and ﷻ are words of their own; long runs of ligatures take linear time")
  func phraseLigaturesAsWords() {
    #expect(Slug.make("ﷺﷺ x") == "صلى-الله-عليه-وسلم-صلى-الله-عليه-وسلم-x")
    #expect(Slug.make("محمدﷺ") == "محمد-صلى-الله-عليه-وسلم")
    #expect(Slug.make("اللهﷻ") == "الله-جل-جلاله")
    let clock = ContinuousClock()
    var slug = ""
    let elapsed = clock.measure { slug = Slug.make(String(repeating: "\u{FDFD}", count: 50_000)) }
    #expect(elapsed < .seconds(10), "\(elapsed)")
    #expect(slug.hasPrefix("بسم-الله-الرحمن-الرحيم-بسم"))
  }

  @Test("Arabic-script symbols, marks and format characters of every block are named, never an empty slug")
  func arabicScriptNamed() {
    #expect(Slug.make("\u{10E60}") == "rumi-digit-one")
    #expect(Slug.make("\u{1EEF0}") == "arabic-mathematical-operator-meem-with-hah-with-tatweel")
    #expect(Slug.make("\u{10EFD}") == "arabic-small-low-word-sakta")
    #expect(Slug.make("\u{061C}") == "arabic-letter-mark")
    #expect(Slug.make("\u{FE80}") == Slug.make("\u{0621}"))
    #expect(Slug.make("\u{FE80}", options: .init(style: .latin)) == "arabic-letter-hamza")
  }

  @Test("Σ at a word's end lowercases to final sigma")
  func finalSigma() {
    #expect(Slug.make("ΣΑΣ") == "σας")
    #expect(Slug.make("ΣΑΣ") == Slug.make("σας"))
    #expect(Slug.make("ΣΟΦΙΑ") == "σοφια")
    #expect(Slug.make("Σ") == "σ")
  }

  @Test("a zero width space separates words")
  func zeroWidthSpace() {
    #expect(Slug.make("كلمة\u{200B}أخرى") == "كلمة-أخرى")
    #expect(Slug.make("word\u{200B}another") == "word-another")
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

  @Test("Latin style romanizes every letter: Persian and Urdu forms, Greek, Cyrillic, German", arguments: [
    ("خانۀ دوست", "khanh-dust"),
    ("ۓ", "e"),
    ("ΣΟΦΙΑ", "sofia"),
    ("Straße", "strasse"),
    ("Москва", "moskva"),
    ("ﬁnance Œuvre", "finance-oeuvre"),
    ("İstanbul", "istanbul"),
  ])
  func latinScripts(title: String, slug: String) {
    #expect(Slug.make(title, options: .init(style: .latin)) == slug)
  }

  @Test("idempotent and never empty for Arabic input")
  func properties() {
    for title in ["دليل البرمجة للمبتدئين", "؟!", "ـــ", "مرحبا بالعالم 2025", "۞", "\u{FDFD}"] {
      let slug = Slug.make(title)
      #expect(Slug.make(slug) == slug)
    }
    #expect(!Slug.make("ـمـ").isEmpty)
  }
}
