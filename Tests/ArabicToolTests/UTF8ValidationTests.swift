import Testing
import TestSupport

@testable import arabic_tool

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
  /// The first ill-formed sequence by the standard library's decoder (maximal subparts, as
  /// Unicode §3.9 measures them): its offset and length, or nil when all is well formed.
  static func reference(_ bytes: [UInt8]) -> (offset: Int, length: Int)? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .error(let length): return (offset, length)
      case .emptyInput: return nil
      }
    }
  }

  static func scan(_ bytes: [UInt8]) -> UTF8Validation.Stop {
    bytes.withUnsafeBufferPointer { UTF8Validation.scan($0.baseAddress!, from: 0, to: $0.count) }
  }

  /// Pieces that random inputs are made of: ASCII, Arabic letters, three- and four-byte
  /// scalars, and the ill-formed bytes of Table 3-7's edges.
  static let pieces: [[UInt8]] = [
    [0x20], [0x61], [0x0A], [0xD8, 0xA7], [0xD9, 0x84], [0xDB, 0x8C], [0xC2, 0xA0], [0xDF, 0xBF],
    [0xE2, 0x80, 0x8C], [0xEF, 0xBB, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x9F, 0x98, 0x80],
    [0xF4, 0x8F, 0xBF, 0xBF], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xD8], [0xE0, 0x80, 0x80],
    [0xED, 0xA0, 0x80], [0xE2, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF],
    [0xF0, 0x9F, 0x98],
  ]

  @Test("The word-at-a-time scan stops where the standard library's decoder first fails, at every alignment")
  func agreesWithTheStandardLibrary() {
    var generator = RandomText(seed: 29)
    for round in 0..<100_000 {
      var bytes: [UInt8] = []
      let count = Int(generator.next() % 24)
      // Mostly well formed, so the first fault falls anywhere, often deep into a word run.
      let faulty = round % 4 == 0
      for _ in 0..<count {
        var piece = Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
        while !faulty && Self.reference(piece) != nil {
          piece = Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
        }
        bytes += piece
      }
      if round % 3 == 0 && !bytes.isEmpty { bytes.removeLast() }  // an incomplete sequence at the end
      let stop = Self.scan(bytes)
      switch (stop, Self.reference(bytes)) {
      case (.end, nil): continue
      case (.invalid(let offset, let length), let expected?):
        #expect(offset == expected.offset && length == expected.length, "\(bytes)")
      case (.truncated(let offset), let expected?):
        #expect(offset == expected.offset && expected.offset + expected.length == bytes.count, "\(bytes)")
      default:
        Issue.record("\(stop) for \(bytes)")
      }
    }
  }

  @Test("Fixed cases: overlong leads, lone continuations, a lead at a word's end")
  func fixedCases() {
    #expect(Self.scan(Array("سلام عليكم".utf8)) == .end)
    #expect(Self.scan([0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0xD8, 0xA7, 0x20]) == .end)
    #expect(Self.scan([0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0xD8, 0x20, 0x20]) == .invalid(offset: 7, length: 1))
    #expect(Self.scan([0xD8, 0xA7, 0xD8, 0xA7, 0xC0, 0x80, 0x20, 0x20, 0x20]) == .invalid(offset: 4, length: 1))
    #expect(Self.scan([0xD8, 0xA7, 0xD8, 0xA7, 0xA7, 0x20, 0x20, 0x20]) == .invalid(offset: 4, length: 1))
    #expect(Self.scan([0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0xD8]) == .truncated(offset: 7))
  }
}
