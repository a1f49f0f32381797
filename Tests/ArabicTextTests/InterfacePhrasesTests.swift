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
    for phrase in InterfacePhrases.whole + InterfacePhrases.leading + InterfacePhrases.labels + InterfacePhrases.walls
      + InterfacePhrases.bylines
    {
      #expect(!InterfacePhrases.key(phrase).isEmpty, "\(phrase)")
    }
    #expect(InterfacePhrases.wholeKeys.contains(_ByteKey("اترك رد")))
    #expect(InterfacePhrases.bylineKeys.contains(_ByteKey("written by")))
  }

  @Test("label-only phrases and ordinary words are apart")
  func tiers() {
    // Ordinary words that start headlines are labels only with a value after them.
    for word in ["شارك", "صورة", "الصورة", "التالي", "السابق", "التصنيف", "حقوق النشر", "بواسطة", "next", "by", "related", "copyright"] {
      #expect(InterfacePhrases.labels.contains(word), "\(word)")
      #expect(!InterfacePhrases.leading.contains(word), "\(word)")
    }
    #expect(Set(InterfacePhrases.leadingKeys).isDisjoint(with: Set(InterfacePhrases.labelKeys)))
    #expect(InterfacePhrases.wholeKeys.contains(_ByteKey("حجم الخط")))
    #expect(InterfacePhrases.wallKeys.contains(InterfacePhrases.key("شاهد أيضًا")))
  }
}
