import Testing

@testable import ArabicTextICU

@Suite("ICUError")
struct ICUErrorTests {
  @Test("carries the code, ICU's name for it and the operation")
  func description() {
    let error = ICUError(code: 15, operation: "ubidi_writeReordered")
    #expect(error.code == 15)
    #expect(error.name == "U_BUFFER_OVERFLOW_ERROR")
    #expect(error.operation == "ubidi_writeReordered")
    #expect(error.description == "ubidi_writeReordered: U_BUFFER_OVERFLOW_ERROR (15)")
  }

  @Test("warnings (negative statuses) and zero are success; positive statuses throw")
  func check() throws {
    try ICUError.check(0, "ucol_open")
    try ICUError.check(-128, "ucol_open")  // U_USING_FALLBACK_WARNING
    #expect(throws: ICUError(code: 1, operation: "ucol_open")) { try ICUError.check(1, "ucol_open") }
  }
}
