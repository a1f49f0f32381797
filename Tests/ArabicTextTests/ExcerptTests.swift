import Testing

@testable import ArabicText
import TestSupport

@Suite("Excerpt")
struct ExcerptTests {
  let text = "ذهب الولد إلى المدرسة صباحًا. ثم عاد إلى البيت في المساء."

  @Test("Documented examples")
  func documentedExamples() {
    #expect(Excerpt(text, maxCharacters: 40).text == "ذهب الولد إلى المدرسة صباحًا.…")
    #expect(Excerpt(text, maxCharacters: 20).text == "ذهب الولد…")
    #expect(Excerpt(text, maxWords: 3).text == "ذهب الولد…")
    #expect(Excerpt("كُتُب", maxCharacters: 2, wordBoundary: false).text == "كُتُ…")
    #expect(Excerpt(text, maxCharacters: 200).isTruncated == false)
    #expect("ذهب الولد إلى المدرسة صباحًا.".excerpt(.init(maxCharacters: 14)).text == "ذهب الولد…")
  }

  // MARK: - Fitting and folding

  @Test("A text that fits is returned whole, folded, without ellipsis")
  func fits() {
    let excerpt = Excerpt("  قال:\n\n  نعم،\t\tثم   ذهب ", maxCharacters: 100)
    #expect(excerpt.text == "قال: نعم، ثم ذهب")
    #expect(!excerpt.isTruncated)
    #expect(Excerpt("", maxCharacters: 10).text == "")
    #expect(Excerpt(" \n ", maxWords: 10).text == "")
  }

  @Test("Newlines, tabs, no-break spaces and runs of spaces inside become one space")
  func whitespace() {
    let source = "الأول\r\nالثاني\u{00A0}\u{00A0}الثالث\u{2028}الرابع الخامس"
    #expect(Excerpt(source, maxWords: 4).text == "الأول الثاني الثالث الرابع…")
  }

  @Test("A budget equal to the folded length does not cut")
  func exactFit() {
    #expect(Excerpt("ذهب الولد", maxCharacters: 9).text == "ذهب الولد")
    #expect(Excerpt("ذهب الولد", maxCharacters: 8).text == "ذهب…")
    #expect(Excerpt("ذهب الولد", maxWords: 2).text == "ذهب الولد")
  }

  // MARK: - Sentence ends and word boundaries

  @Test("A sentence end is preferred when it keeps at least 60% of the budget")
  func sentencePreference() {
    // "ذهب أخي إلى البيت." is 18 clusters; the budget 28 needs 16.8.
    let source = "ذهب أخي إلى البيت. ثم عاد مساء اليوم وحده"
    #expect(Excerpt(source, maxCharacters: 28).text == "ذهب أخي إلى البيت.…")
    // Budget 31 needs 18.6: the sentence end is too short; the last word boundary wins.
    #expect(Excerpt(source, maxCharacters: 31).text == "ذهب أخي إلى البيت. ثم عاد مساء…")
  }

  @Test("Sentence ends are the segmenter's: not after an abbreviation, and at a blank line")
  func segmenterSentences() {
    // "د." (doctor) does not end a sentence.
    let source = "قال د. أحمد إن العلاج ناجح تماما"
    #expect(Excerpt(source, maxCharacters: 9, wordBoundary: false).text == "قال د. أح…")
    // A blank line ends the heading's sentence; the excerpt folds it into a space.
    #expect(Excerpt("عنوان المقال\n\nنص طويل يتبع العنوان هنا", maxCharacters: 20).text == "عنوان المقال…")
  }

  @Test("The sentence threshold is an option")
  func sentenceThreshold() {
    let source = "جملة قصيرة. ثم كلام طويل لا ينتهي عند هذا الحد أبدا"
    var options = Excerpt.Options(maxCharacters: 30)
    #expect(Excerpt(source, options: options).text == "جملة قصيرة. ثم كلام طويل…")
    options.minimumSentenceFraction = 0.3
    #expect(Excerpt(source, options: options).text == "جملة قصيرة.…")
  }

  @Test("Sentence terminators: . ! ? ؟ ۔ … and closing quotes after them")
  func terminators() {
    for terminator in [".", "!", "?", "؟", "۔", "…", "!»", ".)"] {
      let source = "هذه جملة تامة\(terminator) وهذه جملة أخرى طويلة"
      // The sentence keeps 14 or 15 clusters of 22; 60% is 13.2.
      #expect(Excerpt(source, maxCharacters: 22).text == "هذه جملة تامة\(terminator)…", "\(terminator)")
    }
  }

  @Test("A decimal point or a period inside a word is not a sentence end")
  func notTerminators() {
    #expect(Excerpt("بلغ النمو 2.5 في المئة هذا العام", maxCharacters: 14).text == "بلغ النمو 2.5…")
    #expect(Excerpt("زوروا example.com اليوم", maxCharacters: 12).text == "زوروا…")
  }

  @Test("Words glued to punctuation are cut between word and punctuation")
  func gluedPunctuation() {
    #expect(Excerpt("ذهب إلى السوق،واشترى خبزا", maxCharacters: 16).text == "ذهب إلى السوق…")
  }

  // MARK: - What an excerpt never ends on

  @Test("Never on a trailing ، ؛ : - or whitespace", arguments: ["،", "؛", ":", " -", " –", " —", ",", ";", " ("])
  func trailingSeparators(separator: String) {
    let source = "قال الرجل\(separator) كلام كثير لا يتسع له المكان"
    #expect(Excerpt(source, maxCharacters: 13).text == "قال الرجل…", "\(separator)")
  }

  @Test("Never on a dangling particle", arguments: [
    "و", "ف", "ب", "ل", "ك", "في", "من", "على", "إلى", "عن", "أن", "إن", "ثم", "أو", "لا", "ما", "لم", "لن", "حتى", "مع",
    "الذي", "قد",
  ])
  func particles(particle: String) {
    let source = "كتب الطالب \(particle) الدرس الطويل"
    let budget = "كتب الطالب \(particle)".count
    #expect(Excerpt(source, maxCharacters: budget).text == "كتب الطالب…", "\(particle)")
  }

  @Test("Particles are recognized with diacritics, tatweel, alef variants and a و or ف prefix", arguments: [
    "فِي", "فــي", "الى", "وفي", "فإن", "ولم", "عَلَى", "إِلَى", "وَمِنْ",
  ])
  func particleForms(particle: String) {
    let source = "كتب الطالب \(particle) الدرس الطويل"
    #expect(Excerpt(source, maxCharacters: "كتب الطالب \(particle)".count).text == "كتب الطالب…", "\(particle)")
  }

  @Test("Several dangling words in a row are all removed")
  func repeatedParticles() {
    #expect(Excerpt("قرأ الكتاب ثم إن لم يجد شيئا", maxCharacters: 19).text == "قرأ الكتاب…")
  }

  @Test("Words that merely contain a particle stay")
  func notParticles() {
    #expect(Excerpt("قرأ الكتاب فيها وفيه الكثير", maxCharacters: 20).text == "قرأ الكتاب فيها وفيه…")
    #expect(Excerpt("جاء علي ومحمد معا اليوم", maxCharacters: 7).text == "جاء علي…")
  }

  // MARK: - Grapheme clusters

  @Test("Vocalized text: a letter with its harakat is one cluster and is never split")
  func vocalized() {
    let source = "بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ"
    #expect(Excerpt(source, maxCharacters: 10).text == "بِسْمِ اللَّهِ…")
    #expect(codePoints(Excerpt("كُتُب", maxCharacters: 2, wordBoundary: false).text)
      == "U+0643 U+064F U+062A U+064F U+2026")
    #expect(Excerpt(source, maxCharacters: 6, wordBoundary: false).text == "بِسْمِ ال…")
  }

  @Test("Vocalized text with diacritics stripped")
  func vocalizedStripped() {
    let source = "بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ"
    #expect(Excerpt(source, maxCharacters: 10, stripsDiacritics: true).text == "بسم الله…")
    #expect(Excerpt(source, maxWords: 3, stripsDiacritics: true).text == "بسم الله الرحمن…")
  }

  @Test("Emoji sequences are one cluster each and never split")
  func emoji() {
    // 👍🏽 (with skin tone), 👨‍👩‍👧 (ZWJ family), 🇸🇦 (flag): one cluster each.
    let source = "رائع 👍🏽👨‍👩‍👧🇸🇦 جدا"
    #expect(Excerpt(source, maxCharacters: 8, wordBoundary: false).text == "رائع 👍🏽👨‍👩‍👧🇸🇦…")
    #expect(Excerpt(source, maxCharacters: 7, wordBoundary: false).text == "رائع 👍🏽👨‍👩‍👧…")
    #expect(Excerpt(source, maxCharacters: 7).text == "رائع 👍🏽👨‍👩‍👧…")
    #expect(Excerpt(source, maxWords: 1).text == "رائع 👍🏽👨‍👩‍👧🇸🇦…")
  }

  @Test("Presentation forms: each form, and a lam-alef ligature, is one cluster")
  func presentationForms() {
    let source = "ﺍﻹﺷﺘﻘﺎﻕ ﻓﻲ ﺍﻟﻠﻐﺔ ﺍﻟﻌﺮﺑﻴﺔ"
    // ﺍ ﻹ ﺷ ﺘ ﻘ ﺎ ﻕ: 7 clusters (ﻹ U+FEF9 is one).
    #expect(Excerpt(source, maxCharacters: 7).text == "ﺍﻹﺷﺘﻘﺎﻕ…")
    // The particle ﻓﻲ in presentation forms dangles too.
    #expect(Excerpt(source, maxCharacters: 11).text == "ﺍﻹﺷﺘﻘﺎﻕ…")
    #expect(Excerpt(source, maxCharacters: 3, wordBoundary: false).text == "ﺍﻹﺷ…")
  }

  @Test("One enormous word: nothing fits between words; cut inside it when word boundaries are off")
  func enormousWord() {
    let word = String(repeating: "كلمة", count: 2_000)
    #expect(Excerpt(word, maxCharacters: 160).text == "…")
    #expect(Excerpt(word, maxCharacters: 160).isTruncated)
    #expect(Excerpt(word, maxCharacters: 8, wordBoundary: false).text == "كلمةكلمة…")
    #expect(Excerpt(word, maxWords: 1).text == word)
    #expect(Excerpt(word + " ثانية", maxWords: 1).text == word + "…")
  }

  @Test("A budget smaller than the first word leaves the ellipsis alone")
  func budgetSmallerThanFirstWord() {
    #expect(Excerpt("الاستراتيجية الجديدة", maxCharacters: 5).text == "…")
    #expect(Excerpt("الاستراتيجية الجديدة", maxCharacters: 5, ellipsis: "").text == "")
    #expect(Excerpt("الاستراتيجية الجديدة", maxCharacters: 5, wordBoundary: false).text == "الاست…")
    #expect(Excerpt("الاستراتيجية", maxCharacters: 0).text == "…")
  }

  // MARK: - Words

  @Test("A word budget counts words, not punctuation or emoji")
  func wordBudget() {
    // The cut falls just before the third word, after the emoji.
    #expect(Excerpt("قال ، ثم 😀 ذهب . وعاد", maxWords: 2).text == "قال ، ثم 😀…")
    #expect(Excerpt("بلغت 14.3 مليار دولار", maxWords: 2).text == "بلغت 14.3…")
  }

  @Test("Mixed Arabic and English")
  func mixed() {
    let source = "أطلقت شركة OpenAI نموذجا جديدا على GitHub. وقال المدير إن"
    #expect(Excerpt(source, maxCharacters: 20).text == "أطلقت شركة OpenAI…")
    #expect(Excerpt(source, maxWords: 7).text == "أطلقت شركة OpenAI نموذجا جديدا على GitHub.…")
    #expect(Excerpt(source, maxCharacters: 200).text == source)
  }

  // MARK: - Ellipsis and lengths

  @Test("The ellipsis is configurable, may be empty, and joins without a space")
  func ellipsis() {
    #expect(Excerpt(text, maxCharacters: 20, ellipsis: " [...]").text == "ذهب الولد [...]")
    #expect(Excerpt(text, maxCharacters: 20, ellipsis: "").text == "ذهب الولد")
    #expect(Excerpt(text, maxCharacters: 20, ellipsis: "...").text == "ذهب الولد...")
  }

  @Test("Lengths in grapheme clusters and UTF-16 code units, ellipsis included")
  func lengths() {
    let excerpt = Excerpt("كُتُب", maxCharacters: 2, wordBoundary: false)
    #expect(excerpt.characterCount == 3)
    #expect(excerpt.utf16Count == 5)
    let emoji = Excerpt("رائع 👍🏽 جدا", maxCharacters: 100)
    #expect(emoji.characterCount == 10)
    #expect(emoji.utf16Count == 13)
  }

  @Test("Meta description options: 156 clusters, sentence end from 120, no ellipsis")
  func metaDescription() {
    let lead = String(repeating: "كلمة ", count: 25) + "نهاية."  // 131 clusters
    let source = lead + " " + String(repeating: "تتمة ", count: 20)
    #expect(Excerpt(source, options: .metaDescription).text == lead)
    let short = String(repeating: "كلمة ", count: 20) + "نهاية."  // 106 clusters: below 120
    let excerpt = Excerpt(short + " " + String(repeating: "تتمة ", count: 20), options: .metaDescription)
    #expect(excerpt.characterCount == 156)
    #expect(excerpt.text.hasSuffix("تتمة"))
  }

  @Test("Cuts never fall inside a hashtag, mention or URL; the token is kept whole or left out")
  func atomicTokens() {
    #expect(Excerpt("تابعوا الوسم #قل_لا اليوم", maxCharacters: 19).text == "تابعوا الوسم #قل_لا…")
    #expect(Excerpt("تابعوا الوسم #قل_لا اليوم", maxCharacters: 18).text == "تابعوا الوسم…")
    #expect(Excerpt("تابعوا @ahmed__ اليوم", maxCharacters: 15).text == "تابعوا @ahmed__…")
    #expect(Excerpt("زوروا https://example.com/ar/في اليوم", maxCharacters: 31).text == "زوروا https://example.com/ar/في…")
    #expect(Excerpt("تابعوا #عاجل_في اليوم", maxCharacters: 15).text == "تابعوا #عاجل_في…")
  }

  @Test("Never on an opening quotation mark, ASCII or typographic")
  func openingQuotes() {
    #expect(Excerpt("قال \"نعم لا أعرف شيئا\"", maxCharacters: 6).text == "قال…")
    #expect(Excerpt("قال 'نعم لا أعرف'", maxCharacters: 6).text == "قال…")
    #expect(Excerpt("قال ”نعم لا أعرف“", maxCharacters: 6).text == "قال…")
    #expect(Excerpt("قال «نعم لا أعرف»", maxCharacters: 6).text == "قال…")
  }
}
