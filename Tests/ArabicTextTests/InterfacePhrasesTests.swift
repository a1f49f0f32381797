import Testing

@testable import ArabicText

@Suite("InterfacePhrases")
struct InterfacePhrasesTests {
  @Test("keys fold case, diacritics, alef forms and edge punctuation")
  func keys() {
    #expect(InterfacePhrases.key("  شارِك هذا الموضوع: ") == "شارك هذا الموضوع")
    #expect(InterfacePhrases.key("Continue Reading →") == "continue reading")
    #expect(InterfacePhrases.key("إقرأ أيضاً") == "اقرا ايضا")
    #expect(InterfacePhrases.key("") == "")
  }

  @Test("every phrase has a non-empty key; the data sets are general interface text")
  func data() {
    for phrase in InterfacePhrases.whole + InterfacePhrases.leading + InterfacePhrases.walls + InterfacePhrases.bylines {
      #expect(!InterfacePhrases.key(phrase).isEmpty, "\(phrase)")
    }
    #expect(InterfacePhrases.wholeKeys.contains(_ByteKey("اترك رد")))
    #expect(InterfacePhrases.bylineKeys.contains(_ByteKey("written by")))
  }
}
