import Testing

@testable import ArabicText

@Suite("_DocumentWords and _Cut")
struct DocumentWordsTests {
  @Test("words with the punctuation breaks between them")
  func words() {
    var seen: [(String, Bool)] = []
    _DocumentWords.forEachWord(in: "الذكاء الاصطناعي، في 2024 #وسم") { word, afterBreak in
      seen.append((String(word), afterBreak))
    }
    #expect(seen.map(\.0) == ["الذكاء", "الاصطناعي", "في", "#وسم"])
    #expect(seen.map(\.1) == [true, false, true, true])
  }

  @Test("cuts at a word without a dangling particle; a long first word is cut inside")
  func cuts() {
    #expect(_Cut.prefix("ذهب الولد إلى المدرسة صباحًا", maxLength: 15, ellipsis: "", sentenceFraction: 1) == "ذهب الولد")
    #expect(_Cut.prefix("ذهب الولد", maxLength: 20, ellipsis: "", sentenceFraction: 1) == "ذهب الولد")
    #expect(_Cut.prefix("كلمةطويلةجدا", maxLength: 4, ellipsis: "", sentenceFraction: 1) == "كلمة")
    #expect(_Cut.prefix("ذهب الولد إلى المدرسة", maxLength: 12, ellipsis: "…", sentenceFraction: 1) == "ذهب الولد…")
  }
}
