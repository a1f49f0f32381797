import Testing

@testable import ArabicTextICU
import TestSupport

@Suite("UTF-8 ↔ UTF-16 transcoding")
struct UTF16TranscodingTests {
  static let samples = [
    "", "ASCII only", "مرحبا بالعالم", "كَتَبَ", "emoji 😀 and 𝔸", scalars(0x061C, 0x200F, 0x2066, 0x10FFFF),
    "mixed عربي 123 ١٢٣ \u{FEFB}",
  ]

  @Test("decoding matches String.utf16", arguments: samples)
  func decode(text: String) {
    #expect(_UTF16Transcoding.decode(text) == Array(text.utf16))
  }

  @Test("encoding the UTF-16 form gives back the UTF-8 bytes", arguments: samples)
  func roundTrip(text: String) {
    let units = Array(text.utf16)
    var bytes: [UInt8] = [0x41]
    units.withUnsafeBufferPointer { _UTF16Transcoding.encode($0, appendingTo: &bytes) }
    #expect(bytes == [0x41] + Array(text.utf8))
  }

  @Test("encoding can drop code units")
  func dropping() {
    let units = Array(scalars(0x0627, 0x200F, 0x0628, 0x1F600).utf16)
    var bytes: [UInt8] = []
    units.withUnsafeBufferPointer {
      _UTF16Transcoding.encode($0, appendingTo: &bytes, dropping: { $0 == 0x200F })
    }
    #expect(String(decoding: bytes, as: UTF8.self) == scalars(0x0627, 0x0628, 0x1F600))
  }

  @Test("decoding appends and keeps earlier contents")
  func appending() {
    var units: [UInt16] = [1, 2]
    Array("بت".utf8).withUnsafeBufferPointer { _UTF16Transcoding.decode($0, appendingTo: &units) }
    #expect(units == [1, 2, 0x0628, 0x062A])
  }
}
