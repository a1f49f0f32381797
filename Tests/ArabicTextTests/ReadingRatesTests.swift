import Testing

@testable import ArabicText

@Suite("Reading rates")
struct ReadingRatesTests {
  @Test("IReST means: Arabic 138, Latin 228, other 184")
  func irest() {
    #expect(ReadingRates.irest == ReadingRates(arabicScript: 138, latinScript: 228, otherScripts: 184))
    #expect(ReadingRates.irest[.arabic] == 138)
    #expect(ReadingRates.irest[.latin] == 228)
    #expect(ReadingRates.irest[.other] == 184)
  }

  @Test("One rate for every script")
  func uniform() {
    let rates = ReadingRates(uniform: 200)
    #expect(WritingScript.allCases.allSatisfy { rates[$0] == 200 })
  }
}
