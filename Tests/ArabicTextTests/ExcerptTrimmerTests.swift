import Testing

@testable import ArabicText
import TestSupport

@Suite("Excerpt trimming")
struct ExcerptTrimmerTests {
  @Test("Trailing separators and particles are removed repeatedly", arguments: [
    ("قال الرجل، ", "قال الرجل"),
    ("قال الرجل: «", "قال الرجل"),
    ("قال الرجل - ", "قال الرجل"),
    ("قال الرجل إن في", "قال الرجل"),
    ("قال الرجل؛ ثم", "قال الرجل"),
    ("قال الرجل.", "قال الرجل."),
    ("قال الرجل!»", "قال الرجل!»"),
    ("في", ""),
    ("، ؛", ""),
  ])
  func trimmed(input: String, expected: String) {
    #expect(_ExcerptTrimmer.trimmed(Substring(input)) == expected)
  }

  @Test("Invisible format characters at the end are removed")
  func formatCharacters() {
    let input = "قال الرجل" + scalars(0x200F, 0x200E)
    #expect(codePoints(_ExcerptTrimmer.trimmed(Substring(input))) == codePoints("قال الرجل"))
  }

  @Test("Particle matching folds diacritics, tatweel, presentation forms and alef variants")
  func matching() {
    for word in ["فِي", "فــي", "ﻓﻲ", "الى", "إِلَى", "لكنّ", "وَلَمْ", "فإن"] {
      #expect(_ExcerptTrimmer.isDanglingParticle(Substring(word)), "\(word)")
    }
    for word in ["فيها", "علي", "ولد", "فم", "Wa", "و٣", "كتاب"] {
      #expect(!_ExcerptTrimmer.isDanglingParticle(Substring(word)), "\(word)")
    }
  }

  @Test("URLs, e-mail addresses, hashtags and mentions are kept whole: nothing is trimmed from inside them", arguments: [
    ("تابعوا الوسم #قل_لا", "تابعوا الوسم #قل_لا"),
    ("تابعوا @ahmed__", "تابعوا @ahmed__"),
    ("زوروا https://example.com/ar/في", "زوروا https://example.com/ar/في"),
    ("تابعوا #عاجل_في", "تابعوا #عاجل_في"),
    ("تابعوا #عاجل_في، ", "تابعوا #عاجل_في"),
    ("راسلوا ali_@example.com", "راسلوا ali_@example.com"),
    ("كلمة_في", "كلمة_في"),
  ])
  func atomicTokens(input: String, expected: String) {
    #expect(_ExcerptTrimmer.trimmed(Substring(input)) == expected)
    #expect(_ExcerptTrimmer.endsWithAtomicToken(Substring(expected)) == (expected.contains("#") || expected.contains("@") || expected.contains("://")))
  }

  @Test("An opening quotation mark at the end is removed, a closing one stays", arguments: [
    ("قال \"", "قال"), ("قال '", "قال"), ("قال ”", "قال"), ("قال (\"", "قال"), ("قال «", "قال"), ("\"", ""),
    ("قال \"نعم\"", "قال \"نعم\""), ("قال ”نعم“", "قال ”نعم“"), ("don't", "don't"), ("x86_", "x86"),
    ("مادهٔ سی\u{200C}", "مادهٔ سی\u{200C}"), ("قال الرجل و\u{200C}", "قال الرجل"),
  ])
  func quotes(input: String, expected: String) {
    #expect(_ExcerptTrimmer.trimmed(Substring(input)) == expected)
  }
}
