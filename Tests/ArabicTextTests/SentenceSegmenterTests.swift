import TestSupport
import Testing

@testable import ArabicText

@Suite("Sentence segmenter")
struct SentenceSegmenterTests {
  func sentences(_ text: String, _ paragraphBreak: SentenceSegmenter.ParagraphBreak = .blankLine) -> [String] {
    SentenceSegmenter(paragraphBreak: paragraphBreak).sentences(in: text).map { String(text[$0.range]) }
  }

  @Test("Terminators: . ! ? ؟ ۔ … ‼ ⁇")
  func terminators() {
    #expect(sentences("كيف حالك؟ أنا بخير.") == ["كيف حالك؟", "أنا بخير."])
    #expect(
      sentences("جاء! ذهب? عاد۔ نام… قام‼ قعد⁇ انتهى") == [
        "جاء!", "ذهب?", "عاد۔", "نام…", "قام‼", "قعد⁇", "انتهى",
      ])
    #expect(sentences("حقاً؟! نعم...  ثم") == ["حقاً؟!", "نعم...", "ثم"])
  }

  @Test("The Arabic comma and semicolon never end a sentence")
  func commaAndSemicolon() {
    #expect(sentences("ذهبت إلى السوق، واشتريت خبزاً") == ["ذهبت إلى السوق، واشتريت خبزاً"])
    #expect(sentences("أولاً؛ ثانياً، ثالثاً.") == ["أولاً؛ ثانياً، ثالثاً."])
  }

  @Test("Closing quotation marks and brackets stay with their sentence")
  func closingPunctuation() {
    #expect(sentences("قال: «نجحنا.» ثم غادر.") == ["قال: «نجحنا.»", "ثم غادر."])
    #expect(
      sentences("(انتهى الأمر.) بدأ \"غيره.\" وهكذا [حقاً؟] لا") == [
        "(انتهى الأمر.)", "بدأ \"غيره.\"", "وهكذا [حقاً؟]", "لا",
      ])
    // An opening mark right after a terminator starts the next sentence.
    #expect(sentences("انتهى.«بدأ»") == ["انتهى.", "«بدأ»"])
  }

  @Test("No split inside numbers, URLs, e-mail addresses and domain names")
  func noSplitInside() {
    #expect(sentences("بلغت 1.5 مليون و١.٥ ألف. ثم") == ["بلغت 1.5 مليون و١.٥ ألف.", "ثم"])
    #expect(sentences("زر https://example.com/a.html.وثم") == ["زر https://example.com/a.html.وثم"])
    #expect(sentences("راسل info@site.org.ثم") == ["راسل info@site.org.ثم"])
    #expect(sentences("زر google.com اليوم. زر www.موقع.com كذلك") == ["زر google.com اليوم.", "زر www.موقع.com كذلك"])
  }

  @Test("A full stop before a letter still ends a sentence")
  func missingSpace() {
    #expect(sentences("اختبار.وهذا") == ["اختبار.", "وهذا"])
    #expect(sentences("سنة 2009.وفي") == ["سنة 2009.", "وفي"])
  }

  @Test("Abbreviations do not end a sentence")
  func abbreviations() {
    #expect(
      sentences("قال د. أحمد إن أ. محمد والمهندس م. علي حضروا.") == ["قال د. أحمد إن أ. محمد والمهندس م. علي حضروا."])
    #expect(sentences("انظر ص. 12 من ج. 3 ط. 2") == ["انظر ص. 12 من ج. 3 ط. 2"])
    #expect(
      sentences("توفي سنة 250 هـ. وقيل 1440هـ. وولد 300 ق.م. في مصر") == [
        "توفي سنة 250 هـ. وقيل 1440هـ. وولد 300 ق.م. في مصر"
      ])
    #expect(sentences("في عام 2020 م. حدث ذلك") == ["في عام 2020 م. حدث ذلك"])
    #expect(sentences("Dr. Smith left. Then") == ["Dr. Smith left.", "Then"])
    #expect(sentences("He left at noon. E. Then") == ["He left at noon.", "E.", "Then"])
  }

  @Test("Paragraph breaks: a blank line, not a single line end")
  func paragraphs() {
    let text = "سطر أول\nيكمل الجملة\n\nفقرة ثانية\n \t\nثالثة\u{2029}رابعة"
    #expect(sentences(text) == ["سطر أول\nيكمل الجملة", "فقرة ثانية", "ثالثة", "رابعة"])
    #expect(sentences(text, .lineBreak) == ["سطر أول", "يكمل الجملة", "فقرة ثانية", "ثالثة", "رابعة"])
    #expect(sentences("أ\r\n\r\nب") == ["أ", "ب"])
  }

  @Test("Sentences come without surrounding white space or invisible marks")
  func trimming() {
    #expect(sentences("  \u{200F}مرحبا.\u{200F}  \n وداعا \n") == ["مرحبا.", "وداعا"])
    #expect(sentences(" \n\n ").isEmpty)
    #expect(sentences("").isEmpty)
  }

  @Test("Exact ranges in UTF-8 bytes")
  func ranges() {
    let text = " كيف حالك؟ أنا بخير."
    let found = SentenceSegmenter().sentences(in: text).map(\.utf8Offsets)
    #expect(found == [1..<18, 19..<35])
    let middle = text.dropFirst(11)
    #expect(SentenceSegmenter().sentences(in: middle).map(\.utf8Offsets) == [0..<16])
  }

  @Test("No limit on the number of sentences")
  func many() {
    let text = String(repeating: "جملة. ", count: 20_000)
    #expect(SentenceSegmenter().sentences(in: text).reduce(0) { n, _ in n + 1 } == 20_000)
  }

  @Test("The documented example")
  func documentation() {
    let text = "قال د. أحمد: «نجحنا.» ثم غادر؟ نعم، سنة 250 هـ. انتهى"
    #expect(sentences(text) == ["قال د. أحمد: «نجحنا.»", "ثم غادر؟", "نعم، سنة 250 هـ. انتهى"])
    let example = "كيف حالك؟ أنا بخير."
    #expect(
      SentenceSegmenter().sentences(in: example).map { "\(example[$0.range]) \($0.utf8Offsets)" } == [
        "كيف حالك؟ 0..<17", "أنا بخير. 18..<34",
      ])
  }
}
