import Testing

@testable import ArabicText

@Suite("PercentEncoding")
struct PercentEncodingTests {
  @Test("unreserved characters stay")
  func unreserved() {
    #expect(PercentEncoding.encode("a-Z_0.9~") == "a-Z_0.9~")
    #expect(PercentEncoding.encode("a b/ج") == "a%20b%2F%D8%AC")
    #expect(PercentEncoding.decode("%D8%A3%d8%ae-1") == "أخ-1")
    #expect(PercentEncoding.decode("%D8") == nil)
    #expect(PercentEncoding.decode("%G1") == nil)
  }
}
