import Testing

@testable import ArabicText

@Suite("LigaturePhrases")
struct LigaturePhrasesTests {
  @Test("one phrase for each ligature without a decomposition, in Arabic letters")
  func phrases() {
    #expect(LigaturePhrases.honorifics.count == 16)
    #expect(LigaturePhrases.phrase(of: "\u{FDFD}") == "بسم الله الرحمن الرحيم")
    #expect(LigaturePhrases.phrase(of: "\u{FD40}") == "رحمه الله")
    #expect(LigaturePhrases.phrase(of: "\u{FD4F}") == "رحمهم الله")
    #expect(LigaturePhrases.phrase(of: "\u{FDFA}") == nil)
    #expect(LigaturePhrases.phrase(of: "ب") == nil)
    for phrase in LigaturePhrases.honorifics + Array(LigaturePhrases.others.values) {
      #expect(phrase.unicodeScalars.allSatisfy { $0 == " " || _TextScan.isArabicScriptLetter($0) }, "\(phrase)")
    }
    // The ligatures are symbols that NFKC leaves alone: this table is their only reading.
    for scalar in LigaturePhrases.others.keys {
      #expect(scalar.properties.generalCategory == .otherSymbol)
    }
  }
}
