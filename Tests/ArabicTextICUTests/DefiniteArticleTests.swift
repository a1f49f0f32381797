import Testing

@testable import ArabicTextICU

@Suite("Definite article")
struct DefiniteArticleTests {
  @Test(
    "length of a leading ال in UTF-16 code units",
    arguments: [
      ("الكتاب", 2), ("ٱلْكِتَاب", 3), ("الْ", 0), ("ال", 0), ("ال كتاب", 0), ("ألم", 0), ("بالكتاب", 0),
      ("", 0), ("ال1", 0),
    ])
  func prefix(text: String, expected: Int) {
    let units = Array(text.utf16)
    #expect(units.withUnsafeBufferPointer { _DefiniteArticle.prefixLength($0) } == expected)
  }
}
