import Testing

@testable import ArabicText

@Suite("Reading time")
struct ReadingTimeTests {
  @Test("Documented examples")
  func examples() {
    let time = ReadingTime(String(repeating: "كلمة ", count: 450))
    #expect(time.words == 450)
    #expect(time.seconds == 196)
    #expect(time.minutes == 4)
    #expect(time.label() == "٤ دقائق")
    #expect(time.label(digits: .latin) == "4 دقائق")
    #expect(time.label(in: .english) == "4 min read")
    #expect(ReadingTime("كلمة", wordsPerMinute: 200, images: 2).seconds == 25)
    #expect(ReadingTime(wordCounts: ScriptWordCounts(arabic: 276), rates: .irest).seconds == 120)
    #expect(ReadingTime(String(repeating: "كلمة ", count: 450), images: 3).label(in: .english) == "4 min read")
  }

  @Test("Image counts and seconds near Int.max saturate; minutes never overflow")
  func saturation() {
    #expect(ReadingTime(wordCounts: ScriptWordCounts(arabic: 1), images: .max).seconds == .max)
    #expect(ReadingTime(wordCounts: ScriptWordCounts(arabic: 1), images: Int.max / 12).seconds == Int.max / 12 * 12 + 1)
    #expect(ReadingTime(wordCounts: ScriptWordCounts(arabic: 1), images: Int.max / 12 + 1).seconds == .max)
    #expect(ReadingTime(words: 1, seconds: .max).minutes == Int.max / 60 + 1)
    #expect(ReadingTime(words: 1, seconds: 120).minutes == 2)
    #expect(ReadingTime(words: 1, seconds: 121).minutes == 3)
  }

  @Test("Empty text: 0 words, 0 seconds, 0 minutes")
  func empty() {
    let time = ReadingTime("  \n")
    #expect(time.words == 0 && time.seconds == 0 && time.minutes == 0)
    #expect(time.label() == "أقل من دقيقة")
  }

  @Test("One word takes one minute")
  func oneWord() {
    #expect(ReadingTime("كلمة").minutes == 1)
  }

  @Test("Minutes are seconds / 60 rounded up, exactly at the boundaries")
  func boundaries() {
    #expect(ReadingTime(wordCounts: ScriptWordCounts(arabic: 138)).seconds == 60)
    #expect(ReadingTime(wordCounts: ScriptWordCounts(arabic: 138)).minutes == 1)
    #expect(ReadingTime(wordCounts: ScriptWordCounts(arabic: 139)).seconds == 61)
    #expect(ReadingTime(wordCounts: ScriptWordCounts(arabic: 139)).minutes == 2)
    #expect(ReadingTime(wordCounts: ScriptWordCounts(latin: 228)).seconds == 60)
    #expect(ReadingTime(wordCounts: ScriptWordCounts(other: 184)).seconds == 60)
  }

  @Test("Each script at its own rate, summed exactly before rounding")
  func mixedRates() {
    // 69 Arabic words = 30 s, 114 Latin words = 30 s, 92 other = 30 s: exactly 90 s.
    let counts = ScriptWordCounts(arabic: 69, latin: 114, other: 92)
    #expect(ReadingTime(wordCounts: counts).seconds == 90)
    #expect(ReadingTime(wordCounts: counts).minutes == 2)
  }

  @Test("Mixed Arabic and English text")
  func mixedText() {
    let text = String(repeating: "قرأت المقال ", count: 69) + String(repeating: "on GitHub ", count: 114)
    let time = ReadingTime(text)
    #expect(time.words == 138 + 228)
    #expect(time.seconds == 120)
    #expect(time.minutes == 2)
    #expect(ReadingTime(text, wordsPerMinute: 366).seconds == 60)
  }

  @Test("One rate overrides the per-script rates")
  func override() {
    let time = ReadingTime("هذا نَصٌّ عربيٌّ قصيرٌ لاختبارِ حسابِ وقتِ القراءةِ", wordsPerMinute: 4)
    #expect(time.words == 8)
    #expect(time.seconds == 120)
    #expect(time.minutes == 2)
  }

  @Test("Each image adds 12 seconds")
  func images() {
    #expect(ReadingTime("", images: 1).seconds == 12)
    #expect(ReadingTime("", images: 5).minutes == 1)
    #expect(ReadingTime("", images: 6).minutes == 2)
    #expect(ReadingTime(String(repeating: "كلمة ", count: 138), images: 5).seconds == 120)
  }

  @Test("Rates whose common multiple overflows fall back to floating point")
  func hugeRates() {
    let rates = ReadingRates(arabicScript: 1 << 30 + 1, latinScript: 1 << 30 + 3, otherScripts: 1 << 30 + 7)
    #expect(ReadingTime(wordCounts: ScriptWordCounts(arabic: 1), rates: rates).seconds == 1)
  }
}
