import Testing

@testable import ArabicText

@Suite("CLDR plural categories")
struct PluralCategoryTests {
  @Test("Arabic: every category boundary", arguments: [
    (0, PluralCategory.zero), (1, .one), (2, .two), (3, .few), (10, .few), (11, .many), (99, .many),
    (100, .other), (101, .other), (102, .other), (103, .few), (110, .few), (111, .many), (199, .many),
    (200, .other), (1000, .other), (1003, .few), (1011, .many),
  ])
  func arabic(n: Int, expected: PluralCategory) {
    #expect(PluralCategory(arabic: n) == expected)
  }

  @Test("English: one and other", arguments: [(0, PluralCategory.other), (1, .one), (2, .other), (101, .other)])
  func english(n: Int, expected: PluralCategory) {
    #expect(PluralCategory(english: n) == expected)
  }

  @Test("Persian: one for 0 and 1; Urdu: one for 1")
  func persianAndUrdu() {
    #expect([0, 1, 2, 3, 100].map(PluralCategory.init(persian:)) == [.one, .one, .other, .other, .other])
    #expect([0, 1, 2, 3, 100].map(PluralCategory.init(urdu:)) == [.other, .one, .other, .other, .other])
  }
}
