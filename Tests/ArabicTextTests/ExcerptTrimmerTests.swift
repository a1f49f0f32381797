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
}
