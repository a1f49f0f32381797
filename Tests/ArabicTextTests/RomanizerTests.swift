import Testing

@testable import ArabicText

@Suite("Romanizer")
struct RomanizerTests {
  @Test("the table covers the Arabic letters and writes ASCII only")
  func table() {
    for (scalar, latin) in RomanizationTable.letters {
      #expect(latin.unicodeScalars.allSatisfy { $0.isASCII }, "\(scalar)")
    }
    #expect(Romanizer().romanize("عبد العزيز").unicodeScalars.allSatisfy { $0.isASCII })
    #expect(Romanizer().romanize("مسؤول") == "msul")
  }

  @Test("article, long vowels and shadda")
  func rules() {
    #expect(Romanizer().romanize("الكتاب") == "al-ktab")
    #expect(Romanizer().romanize("مُحَمَّد") == "muhammad")
    #expect(Romanizer().romanize("نور") == "nur")
  }
}
