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

  @Test("Urdu and Persian adverbs and reporting verbs are not keywords")
  func otherLanguages() {
    for word in ["بہت", "کہا", "کچھ", "صرف", "بسیار", "خیلی", "همچنین", "هنوز"] {
      #expect(Stopwords.isStopword(key: InterfacePhrases.key(word)), "\(word)")
    }
    // Urdu اب "now" would take Arabic أب "father" with it.
    #expect(!Stopwords.isStopword(key: InterfacePhrases.key("أب")))
    let urdu = "حکومت نے بہت بڑا اعلان کیا۔ وزیر نے کہا کہ حکومت بہت جلد بجٹ پیش کرے گی۔ حکومت کا بجٹ بہت اہم ہے۔"
    #expect(KeywordExtractor(count: 3).keywords(in: [urdu]) == ["حکومت", "بجٹ", "بڑا"])
  }

  @Test("display forms drop a proclitic before the article, or when the text has the word without it")
  func proclitics() {
    let text = "يحب الناس النعناع والنعناع مفيد، وتربة الحديقة تحتاج سمادا، والتربة الجيدة تنتج. الري مهم والري يومي وبالري ننجح."
    #expect(KeywordExtractor(count: 3).keywords(in: [text]) == ["النعناع", "التربة", "الري"])
    #expect(KeywordExtractor(count: 1).keywords(in: ["والنعناع طيب. والنعناع أخضر."]) == ["النعناع"])
    #expect(KeywordExtractor(count: 1).keywords(in: ["وتربة طيبة. وتربة سمراء. تربة"]) == ["تربة"])
    #expect(_KeywordTally.withoutProclitic("والنعناع", merged: false, known: []) == "النعناع")
    #expect(_KeywordTally.withoutProclitic("وبالأصص", merged: false, known: []) == "الأصص")
    #expect(_KeywordTally.withoutProclitic("للذكاء", merged: false, known: []) == "الذكاء")
    #expect(_KeywordTally.withoutProclitic("والري", merged: false, known: []) == "والري")
    #expect(_KeywordTally.withoutProclitic("والري", merged: false, known: ["الري"]) == "الري")
    #expect(_KeywordTally.withoutProclitic("والدة", merged: false, known: []) == "والدة")
    #expect(_KeywordTally.withoutProclitic("وزير", merged: false, known: []) == "وزير")
    #expect(_KeywordTally.withoutProclitic("وتربة", merged: true, known: []) == "تربة")
    #expect(_KeywordTally.withoutProclitic("بالغ", merged: false, known: []) == "بالغ")
  }
}
