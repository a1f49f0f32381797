import ArabicTextICU
import Testing

@testable import arabic_tool

@Suite("ICU errors on the command line")
struct ICUToolErrorTests {
  @Test("an ICUError becomes status 70 with its ICU version and name")
  func mapping() {
    let error = ToolError.icu(ICUError(code: 7, operation: "ubidi_open"))
    #expect(error.status == .software)
    #expect(error.message.hasSuffix("ubidi_open: U_MEMORY_ALLOCATION_ERROR (7)"))
    #expect(throws: ToolError.self) { try mappingICUErrors { throw ICUError(code: 1, operation: "ucol_open") } }
    #expect((try? mappingICUErrors { 5 }) == 5)
  }
}
