import Foundation
import Testing

@testable import arabic_tool

@Suite("seo --ndjson line pipeline")
struct SEOLinePipelineTests {
  func member(_ json: String) -> String? {
    var copy = json
    return copy.withUTF8 { RawJSON.member("id", in: UnsafeRawBufferPointer($0)) }.map { String(decoding: $0, as: UTF8.self) }
  }

  @Test("the raw text of a member, whatever its value")
  func rawMember() {
    #expect(member(#"{"id":12345678901234567890,"text":"x"}"#) == "12345678901234567890")
    #expect(member(#"{ "text" : "a,}\"b" , "id" : -1.50e300 }"#) == "-1.50e300")
    #expect(member(#"{"id":"a\"b"}"#) == #""a\"b""#)
    #expect(member(#"{"id":{"k":[1,"]}"]},"text":"x"}"#) == #"{"k":[1,"]}"]}"#)
    #expect(member(#"{"\u0069d":true}"#) == "true")
    #expect(member(#"{"text":"x"}"#) == nil)
    #expect(member(#"[1,2]"#) == nil)
  }

  @Test("ids come back exactly as given: big integers, exponents, strings, literals")
  func ids() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let article = #""text":"عنوان\n\nفقرة أولى كاملة بما يكفي لتكون فقرة حقيقية في المقال.""#
    let lines = [
      #"{"id":12345678901234567890,"# + article + "}", #"{"id":1.50e300,"# + article + "}",
      #"{"id":"نص","# + article + "}", #"{"id":true,"# + article + "}", #"{"id":-0.0,"text":""}"#, "{" + article + "}",
    ]
    let input = try harness.write("in.ndjson", lines.joined(separator: "\n") + "\n")
    #expect(throws: ToolError.self) { try harness.run(["seo", "--ndjson", input]) }
    let output = try harness.read("out.txt").split(separator: "\n").map(String.init)
    #expect(output.count == 6)
    let ids = output.map { line -> String in
      let start = line.range(of: #""id":"#)!.upperBound
      let end = line[start...].firstIndex { $0 == "," || $0 == "}" }!
      return String(line[start..<end])
    }
    #expect(ids == ["12345678901234567890", "1.50e300", #""نص""#, "true", "-0.0", "null"])
    #expect(output[4].hasPrefix(#"{"error":"line 5: the article is empty"#))
    #expect(output[0].contains(#""direction":"rtl","id":12345678901234567890,"keywords""#))
  }
}
