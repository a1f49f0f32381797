import TestSupport
import Testing

@testable import ArabicText

/// One token as "kind text utf8 a..<b scalar c..<d utf16 e..<f", with its
/// text spelled by code point.
func describe(_ token: Token, in text: String) -> String {
  let start = text.startIndex
  let scalars =
    text.unicodeScalars.distance(
      from: start, to: token.range.lowerBound)..<text.unicodeScalars.distance(
      from: start, to: token.range.upperBound)
  let utf16 =
    text.utf16.distance(
      from: start, to: token.range.lowerBound)..<text.utf16.distance(
      from: start, to: token.range.upperBound)
  return "\(token.kind) [\(codePoints(String(text[token.range])))] utf8 \(token.utf8Offsets) "
    + "scalar \(scalars) utf16 \(utf16)"
}

@Suite("Word tokenizer")
struct WordTokenizerTests {
  func words(_ text: String) -> [String] {
    WordTokenizer().tokens(in: text).map { String(text[$0.range]) }
  }

  func kinds(_ text: String, _ scope: WordTokenizer.Scope = .all) -> [String] {
    WordTokenizer(scope: scope).tokens(in: text).map { "\(text[$0.range])|\($0.kind)" }
  }

  func exact(_ text: String, _ scope: WordTokenizer.Scope = .all) -> [String] {
    WordTokenizer(scope: scope).tokens(in: text).map { describe($0, in: text) }
  }

  // MARK: - Words

  @Test("Marks, tatweel and ZWNJ stay inside the word")
  func marksStayInside() {
    #expect(words("قرأ المعلّم الدرس") == ["قرأ", "المعلّم", "الدرس"])
    #expect(words("عـــربي") == ["عـــربي"])
    #expect(words("می\u{200C}خواهم") == ["می\u{200C}خواهم"])
    #expect(words("هذا نَصٌّ عربيٌّ") == ["هذا", "نَصٌّ", "عربيٌّ"])
  }

  @Test("A word never carries an invisible mark at its edge")
  func invisiblesAtEdges() {
    let text = scalars(0x200F, 0x0644, 0x0645, 0x0627, 0x0630, 0x0627, 0x200D, 0x061F, 0x200E)
    #expect(
      exact(text) == [
        "whitespace [U+200F] utf8 0..<3 scalar 0..<1 utf16 0..<1",
        "word [U+0644 U+0645 U+0627 U+0630 U+0627] utf8 3..<13 scalar 1..<6 utf16 1..<6",
        "whitespace [U+200D] utf8 13..<16 scalar 6..<7 utf16 6..<7",
        "punctuation [U+061F] utf8 16..<18 scalar 7..<8 utf16 7..<8",
        "whitespace [U+200E] utf8 18..<21 scalar 8..<9 utf16 8..<9",
      ])
    for mark in [0x200E, 0x200F, 0x061C, 0xFEFF, 0x200D, 0x200C] as [UInt32] {
      let text = "لماذا" + scalars(mark) + " " + scalars(mark) + "نعم" + scalars(mark)
      #expect(words(text) == ["لماذا", "نعم"], "\(codePoints(text))")
    }
  }

  @Test("Text that begins or ends with combining marks")
  func orphanMarks() {
    // A mark with no letter before it is a symbol; at the end it stays on its letter.
    #expect(
      exact(scalars(0x064E, 0x0643, 0x062A, 0x0628, 0x064F)) == [
        "symbol [U+064E] utf8 0..<2 scalar 0..<1 utf16 0..<1",
        "word [U+0643 U+062A U+0628 U+064F] utf8 2..<10 scalar 1..<5 utf16 1..<5",
      ])
    #expect(
      kinds(" " + scalars(0x0651, 0x0651) + "ب") == [" |whitespace", scalars(0x0651, 0x0651) + "|symbol", "ب|word"])
    #expect(words(scalars(0x0651)).isEmpty)
  }

  @Test("Arabic letters and digits written together are two tokens")
  func arabicAndDigits() {
    #expect(
      kinds("عام2024 2024م x86 i386") == [
        "عام|word", "2024|number", " |whitespace", "2024|number", "م|word", " |whitespace", "x86|word",
        " |whitespace", "i386|word",
      ])
  }

  @Test("A full stop between Arabic letters ends the word; between Latin letters it does not")
  func fullStopInsideWords() {
    #expect(words("اختبار.وهذا") == ["اختبار", "وهذا"])
    #expect(words("google.com e.g. don't") == ["google.com", "e.g", "don't"])
  }

  @Test("Other scripts: Latin, Hebrew, Han, Katakana")
  func otherScripts() {
    #expect(words("naïve café x86_64") == ["naïve", "café", "x86_64"])
    #expect(words("שלום צה\"ל") == ["שלום", "צה\"ל"])
    #expect(words("日本語 カタカナ") == ["日", "本", "語", "カタカナ"])
  }

  // MARK: - Numbers

  @Test("Numbers keep their separators; signs and percent stay outside")
  func numbers() {
    #expect(
      kinds("2.5 1,000 ١٢٣٫٤ ٣٬٠٠٠ ۱۲۳", .words) == [
        "2.5|number", "1,000|number", "١٢٣٫٤|number", "٣٬٠٠٠|number", "۱۲۳|number",
      ])
    #expect(
      kinds("-5 50% ٥٠٪ +3") == [
        "-|punctuation", "5|number", " |whitespace", "50|number", "%|punctuation", " |whitespace", "٥٠|number",
        "٪|punctuation", " |whitespace", "+|symbol", "3|number",
      ])
    // Only . , and U+066C join digits: not ; nor the Arabic comma.
    #expect(words("1;2 ٣،٤ 2.") == ["1", "2", "٣", "٤", "2"])
    #expect(
      exact("٣٬٠٠٠", .words) == [
        "number [U+0663 U+066C U+0660 U+0660 U+0660] utf8 0..<10 scalar 0..<5 utf16 0..<5"
      ])
  }

  // MARK: - Punctuation and symbols

  @Test("Punctuation and symbols are one character each")
  func punctuationAndSymbols() {
    #expect(
      kinds("«نعم»؛ لا… $٥") == [
        "«|punctuation", "نعم|word", "»|punctuation", "؛|punctuation", " |whitespace", "لا|word", "…|punctuation",
        " |whitespace", "$|symbol", "٥|number",
      ])
    #expect(
      exact("،") == ["punctuation [U+060C] utf8 0..<2 scalar 0..<1 utf16 0..<1"])
    #expect(
      exact("©") == ["symbol [U+00A9] utf8 0..<2 scalar 0..<1 utf16 0..<1"])
    // Superscripts and fractions are symbols, not numbers.
    #expect(kinds("ملاحظة² ½") == ["ملاحظة|word", "²|symbol", " |whitespace", "½|symbol"])
  }

  // MARK: - Emoji

  @Test("Emoji sequences are one token")
  func emoji() {
    #expect(
      exact("👍🏽") == ["emoji [U+1F44D U+1F3FD] utf8 0..<8 scalar 0..<2 utf16 0..<4"])
    #expect(
      exact("👨‍👩‍👧") == [
        "emoji [U+1F468 U+200D U+1F469 U+200D U+1F467] utf8 0..<18 scalar 0..<5 utf16 0..<8"
      ])
    #expect(
      exact("🇸🇦🇪🇬") == [
        "emoji [U+1F1F8 U+1F1E6] utf8 0..<8 scalar 0..<2 utf16 0..<4",
        "emoji [U+1F1EA U+1F1EC] utf8 8..<16 scalar 2..<4 utf16 4..<8",
      ])
    #expect(
      exact("1️⃣#️⃣") == [
        "emoji [U+0031 U+FE0F U+20E3] utf8 0..<7 scalar 0..<3 utf16 0..<3",
        "emoji [U+0023 U+FE0F U+20E3] utf8 7..<14 scalar 3..<6 utf16 3..<6",
      ])
    #expect(
      exact("❤️©️") == [
        "emoji [U+2764 U+FE0F] utf8 0..<6 scalar 0..<2 utf16 0..<2",
        "emoji [U+00A9 U+FE0F] utf8 6..<11 scalar 2..<4 utf16 2..<4",
      ])
    // A tag sequence flag (England).
    let england = scalars(0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F)
    #expect(exact(england) == ["emoji [\(codePoints(england))] utf8 0..<28 scalar 0..<7 utf16 0..<14"])
    #expect(kinds("رائع😂😂") == ["رائع|word", "😂|emoji", "😂|emoji"])
  }

  // MARK: - URLs, e-mail, hashtags, mentions

  @Test("URLs leave trailing punctuation out")
  func urls() {
    #expect(
      kinds("زوروا https://example.com/a?q=1. (www.example.com)", .words) == [
        "زوروا|word", "https://example.com/a?q=1|url", "www.example.com|url",
      ])
    #expect(words("https://ar.wikipedia.org/wiki/مصر، و") == ["https://ar.wikipedia.org/wiki/مصر", "و"])
    #expect(words("https://en.wikipedia.org/wiki/Foo_(bar)") == ["https://en.wikipedia.org/wiki/Foo_(bar)"])
    #expect(words("http://") == ["http"])
    // A host starts with a letter or digit: a combining mark after :// or www. makes no URL
    // (stripping the mark would leave none).
    #expect(kinds("https://\u{0653}.x", .words) == ["https|word", "x|word"])
    #expect(kinds("www.\u{0651}x", .words).allSatisfy { !$0.hasSuffix("|url") })
    #expect(kinds("https://مصر.com", .words) == ["https://مصر.com|url"])
    #expect(
      exact("https://t.co", .words) == [
        "url [U+0068 U+0074 U+0074 U+0070 U+0073 U+003A U+002F U+002F U+0074 U+002E U+0063 U+006F] "
          + "utf8 0..<12 scalar 0..<12 utf16 0..<12"
      ])
  }

  @Test("E-mail addresses")
  func emails() {
    #expect(kinds("راسلنا: info@example.com.", .words) == ["راسلنا|word", "info@example.com|email"])
    #expect(kinds("a.b+c@mail.example.org") == ["a.b+c@mail.example.org|email"])
    #expect(words("x@y a@b.c") == ["x", "y", "a", "b.c"])
    #expect(
      exact("ب a@b.co") == [
        "word [U+0628] utf8 0..<2 scalar 0..<1 utf16 0..<1",
        "whitespace [U+0020] utf8 2..<3 scalar 1..<2 utf16 1..<2",
        "email [U+0061 U+0040 U+0062 U+002E U+0063 U+006F] utf8 3..<9 scalar 2..<8 utf16 2..<8",
      ])
  }

  @Test("Hashtags and mentions")
  func hashtagsAndMentions() {
    #expect(
      exact("#وسم_عربي") == [
        "hashtag [U+0023 U+0648 U+0633 U+0645 U+005F U+0639 U+0631 U+0628 U+064A] utf8 0..<16 scalar 0..<9 utf16 0..<9"
      ])
    #expect(
      exact("@name") == ["mention [U+0040 U+006E U+0061 U+006D U+0065] utf8 0..<5 scalar 0..<5 utf16 0..<5"])
    #expect(
      kinds("C# #123 #رمضان2024") == [
        "C|word", "#|punctuation", " |whitespace", "#|punctuation", "123|number", " |whitespace",
        "#رمضان2024|hashtag",
      ])
  }

  // MARK: - Whitespace, scope, round trip

  @Test("White space: runs of spaces, tabs and no-break spaces; line ends apart")
  func whitespace() {
    #expect(
      exact("أ \t\u{00A0}ب\r\n\nج") == [
        "word [U+0623] utf8 0..<2 scalar 0..<1 utf16 0..<1",
        "whitespace [U+0020 U+0009 U+00A0] utf8 2..<6 scalar 1..<4 utf16 1..<4",
        "word [U+0628] utf8 6..<8 scalar 4..<5 utf16 4..<5",
        "whitespace [U+000D U+000A] utf8 8..<10 scalar 5..<7 utf16 5..<7",
        "whitespace [U+000A] utf8 10..<11 scalar 7..<8 utf16 7..<8",
        "word [U+062C] utf8 11..<13 scalar 8..<9 utf16 8..<9",
      ])
  }

  @Test("With scope all, the tokens tile the text")
  func tiling() {
    let text = "\u{FEFF}قال: «نعم» 👍🏽 https://x.org/ا?b=1. #وسم @n ١٬٢ \u{064E}\n"
    var rebuilt = ""
    var offset = 0
    for token in WordTokenizer(scope: .all).tokens(in: text) {
      #expect(token.utf8Offsets.lowerBound == offset)
      offset = token.utf8Offsets.upperBound
      rebuilt += text[token.range]
    }
    #expect(rebuilt == text)
    #expect(offset == text.utf8.count)
  }

  @Test("Substrings are tokenized within their bounds")
  func substrings() {
    let text = "مرحبا بكم في الموقع"
    let middle = text.dropFirst(6).prefix(6)  // "بكم في"
    let tokens = Array(WordTokenizer().tokens(in: middle))
    #expect(tokens.map { String(text[$0.range]) } == ["بكم", "في"])
    #expect(tokens.map(\.utf8Offsets) == [0..<6, 7..<11])
  }

  @Test("Empty and blank text")
  func empty() {
    #expect(words("").isEmpty)
    #expect(kinds(" \n") == [" |whitespace", "\n|whitespace"])
  }

  @Test("Normalized tokens keep source ranges")
  func normalized() {
    let text = "أَكَلَ الوَلَدُ"
    let tokenizer = WordTokenizer(normalizer: ArabicNormalizer(preset: .search))
    let pairs = tokenizer.normalizedTokens(in: text).map { "\($0.text) \($0.token.utf8Offsets)" }
    #expect(pairs == ["اكل 0..<12", "الولد 13..<29"])
    #expect(WordTokenizer().normalizedTokens(in: text).map(\.text) == ["أَكَلَ", "الوَلَدُ"])
  }

  @Test("The documented examples")
  func documentation() {
    let text = "قال المعلّم: «سعر الكتاب 2.5 دينار» #وسم_عربي 👍🏽"
    #expect(words(text) == ["قال", "المعلّم", "سعر", "الكتاب", "2.5", "دينار", "#وسم_عربي", "👍🏽"])
    #expect(
      WordTokenizer(scope: .all).tokens(in: "نعم، 50%").map(\.kind) == [
        .word, .punctuation, .whitespace, .number, .punctuation,
      ])
    let example = "قرأ المعلّم ٣ كتب"
    #expect(
      WordTokenizer().tokens(in: example).map { "\(example[$0.range]) \($0.kind) \($0.utf8Offsets)" } == [
        "قرأ word 0..<6", "المعلّم word 7..<21", "٣ number 22..<24", "كتب word 25..<31",
      ])
  }
}

@Suite("Tatweel and digits")
struct TatweelDigitTests {
  @Test("An Arabic letter stretched by tatweel and a digit are two tokens", arguments: [
    ("عامـ2024", ["عامـ", "2024"]), ("2024ـعام", ["2024", "ـعام"]), ("هـ1445", ["هـ", "1445"]), ("كتابـ١", ["كتابـ", "١"]),
  ])
  func split(text: String, expected: [String]) {
    #expect(WordTokenizer().tokens(in: text).map { String(text[$0.range]) } == expected)
  }
}
