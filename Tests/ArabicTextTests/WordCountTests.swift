import TestSupport
import Testing

@testable import ArabicText

@Suite("Word count")
struct WordCountTests {
  @Test(
    "The documented examples",
    arguments: [
      ("هذا نَصٌّ عربيٌّ قصيرٌ", 4),
      ("این کلمه می\u{200C}خواهم", 3),
      ("قال: «نعم» - انتهى.", 3),
      ("عام2024 زار 1,500 شخص الموقع.", 6),
    ])
  func examples(text: String, count: Int) {
    #expect(wordCount(of: text) == count)
  }

  @Test(
    "Vocalized text and Persian ZWNJ words",
    arguments: [
      ("هذا نَصٌّ عربيٌّ قصيرٌ لاختبارِ حسابِ وقتِ القراءةِ", 8),
      ("این کلمه نخستین است و می\u{200C}خواهم آن را بخوانم", 9),
    ])
  func readingTimeTexts(text: String, count: Int) {
    #expect(wordCount(of: text) == count)
  }

  @Test(
    "What splitting on spaces gets wrong",
    arguments: [
      ("نعم،لا", 2),  // no space after the Arabic comma
      ("— « » …", 0),  // punctuation alone
      ("كلمة\u{00A0}أخرى", 2),  // no-break space
      ("\u{200F}كلمة \u{FEFF}", 1),  // invisible characters
      ("#وسم @اسم https://x.org a@b.co 😀", 5),
      ("", 0),
    ])
  func differences(text: String, count: Int) {
    #expect(wordCount(of: text) == count)
  }

  @Test("Counts the word-like tokens of the tokenizer")
  func sameDefinition() {
    let text = "قال المعلّم: «سعر الكتاب 2.5 دينار» #وسم_عربي 👍🏽 - انتهى."
    #expect(wordCount(of: text) == Array(WordTokenizer().tokens(in: text)).count)
    #expect(wordCount(of: text[...]) == wordCount(of: text))
  }
}
