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
}
