import Testing

@testable import ArabicText
import TestSupport

@Suite("Word counts by script")
struct ScriptWordCountsTests {
  @Test("Documented example")
  func example() {
    let counts = ScriptWordCounts("أطلقت OpenAI نموذجا جديدا عام 2024")
    #expect(counts == ScriptWordCounts(arabic: 4, latin: 1, other: 1))
    #expect(counts.total == 6)
  }

  @Test("Word counts", arguments: [
    ("", 0),
    ("   \n\t ", 0),
    // Spaced punctuation is not a word.
    ("قال ، ثم ذهب .", 3),
    ("قال، ثم ذهب.", 3),
    // Harakat, shadda and tanween never split a word.
    ("هذا نَصٌّ عربيٌّ قصيرٌ لاختبارِ حسابِ وقتِ القراءةِ", 8),
    // A ZWNJ word counts once.
    ("این کلمه نخستین است و می\u{200C}خواهم آن را بخوانم", 9),
    // Emoji and symbols are not words.
    ("رائع 😀 👍🏽 جدا ❤️ !", 2),
    // Numbers are words, whole with their separators.
    ("بلغت 14.3 مليار و ٣٫٥ و 1,000", 7),
    // Apostrophes inside a word.
    ("don't stop", 2),
    // Presentation forms.
    ("ﺍﻹﺷﺘﻘﺎﻕ ﻓﻲ ﺍﻟﻠﻐﺔ", 3),
    // Tatweel stays inside its word.
    ("جمـــيل جدا", 2),
  ])
  func counts(text: String, expected: Int) {
    #expect(ScriptWordCounts(text).total == expected, "\(text)")
  }

  @Test("Mixed Arabic and English")
  func mixed() {
    let counts = ScriptWordCounts("تستخدم شركة Meta نموذج Llama 4 Behemoth في التدريب")
    #expect(counts == ScriptWordCounts(arabic: 5, latin: 3, other: 1))
  }

  @Test("Substrings count like strings")
  func substring() {
    let text = "كلمة واحدة ثم أخرى"
    #expect(ScriptWordCounts(text.dropFirst(5)).total == 3)
  }
}
