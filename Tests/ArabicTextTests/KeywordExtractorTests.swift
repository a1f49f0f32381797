import Testing

@testable import ArabicText

@Suite("KeywordExtractor")
struct KeywordExtractorTests {
  @Test("clitic and article forms count together; most frequent surface reported")
  func stems() {
    let text = "الذكاء مهم. ذكاء الآلة. للذكاء حدود. الذكاء يتطور. العالم يتغير."
    #expect(KeywordExtractor(count: 1).keywords(in: [text]) == ["الذكاء"])
    #expect(_KeywordTally.stem("للذكاء") == "ذكاء")
    #expect(_KeywordTally.stem("الشركات") == "شرك")
    #expect(_KeywordTally.stem("models") == "model")
  }

  @Test("phrases rank above their words; stopwords never appear")
  func phrases() {
    let text = "الذكاء الاصطناعي يغير العالم. يعتمد الذكاء الاصطناعي على البيانات، وفي الذكاء الاصطناعي فرص."
    let keywords = KeywordExtractor(count: 3).keywords(in: [text])
    #expect(keywords == ["الذكاء الاصطناعي", "يغير", "العالم"])
    #expect(!keywords.contains("على"))
  }

  @Test("stopwords with and without clitics")
  func stopwords() {
    for word in ["في", "وفي", "والتي", "بأن", "the", "ولكن"] {
      #expect(Stopwords.isStopword(key: InterfacePhrases.key(word)), "\(word)")
    }
    #expect(!Stopwords.isStopword(key: "ذكاء"))
  }

  @Test("no keywords from numbers or empty text; zero count")
  func edges() {
    #expect(KeywordExtractor().keywords(in: ["2024 2024 ١٢ 12"]).isEmpty)
    #expect(KeywordExtractor().keywords(in: []).isEmpty)
    #expect(KeywordExtractor(count: 0).keywords(in: ["ذكاء ذكاء"]).isEmpty)
  }
}
