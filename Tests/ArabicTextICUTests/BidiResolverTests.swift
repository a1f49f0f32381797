import Foundation
import Testing

@testable import ArabicTextICU
import TestSupport

@Suite("UAX #9 resolver for the paragraphs ICU gets wrong")
struct BidiResolverTests {
  func codePoints(_ values: UInt32...) -> [UInt32] { values }

  @Test("an override applies to isolates flanked by embeddings (X5a–X5c, X6a)")
  func overrideAppliesToIsolates() {
    // RLO a LRE b PDF LRI c PDI LRE d PDF e PDF, auto: BidiCharacterTest.txt, Unicode 8.0 section.
    let result = _BidiResolver.resolve(
      codePoints(0x202E, 0x61, 0x202A, 0x62, 0x202C, 0x2066, 0x63, 0x2069, 0x202A, 0x64, 0x202C, 0x65, 0x202C),
      direction: .auto)
    #expect(result.paragraphLevel == 0)
    let expected: [UInt8?] = [nil, 1, nil, 2, nil, 1, 2, 1, nil, 2, nil, 1, nil]
    for (level, want) in zip(result.levels, expected) where want != nil { #expect(level == want) }
  }

  @Test("an overridden bracket is not a bracket (BD14, BD15)")
  func overriddenBracket() {
    // RLE a ( b PDF RLO ) : ")" is R under the override and pairs with nothing.
    let result = _BidiResolver.resolve(codePoints(0x202B, 0x61, 0x28, 0x62, 0x202C, 0x202E, 0x29), direction: .auto)
    #expect(result.paragraphLevel == 0)
    #expect(Array(result.levels[1...3]) == [2, 2, 2])
    #expect(result.levels[6] == 1)
  }

  @Test("nonspacing marks after a resolved bracket take its direction (N0)")
  func marksAfterBrackets() {
    // a ( b ) U+0331, RTL paragraph: the mark follows ")" to level 2.
    let result = _BidiResolver.resolve(codePoints(0x61, 0x28, 0x62, 0x29, 0x0331), direction: .rightToLeft)
    #expect(result.levels == [2, 2, 2, 2, 2])
  }

  @Test("more than 63 open brackets: no bracket pairs in the sequence (BD16)")
  func bracketStackOverflow() {
    var text: [UInt32] = [0x61]
    text += Array(repeating: 0x28, count: 64)
    text.append(0x62)
    text += Array(repeating: 0x29, count: 64)
    let result = _BidiResolver.resolve(text, direction: .rightToLeft)
    #expect(result.levels[0...65].allSatisfy { $0 == 2 })
    #expect(result.levels[66...].allSatisfy { $0 == 1 })
  }

  @Test("which paragraphs go to the resolver")
  func needsResolver() {
    func needs(_ text: String) -> Bool {
      Array(text.utf16).withUnsafeBufferPointer { _BidiResolver.needsResolver($0) }
    }
    #expect(!needs("plain (text) with [brackets] and عربي مُشَكَّل"))
    #expect(needs(scalars(0x61, 0x202E, 0x62)))
    #expect(needs(scalars(0x61, 0x202D, 0x62)))
    #expect(needs(scalars(0x28, 0x61, 0x29, 0x0331)))
    #expect(needs(scalars(0x5B, 0x200D, 0x20D6)))  // BN between the bracket and the mark
    #expect(!needs(String(repeating: "(", count: 63)))
    #expect(needs(String(repeating: "(", count: 64)))
  }

  @Test(
    "the resolver alone agrees with every line of BidiCharacterTest.txt",
    .enabled(if: BidiCharacterTestFile.url != nil, "BidiCharacterTest.txt not found: skipped"))
  func conformance() throws {
    let text = try String(contentsOf: try #require(BidiCharacterTestFile.url), encoding: .utf8)
    var passed = 0
    var failed: [String] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: ";", omittingEmptySubsequences: false)
      guard fields.count == 5 else { continue }
      let points = fields[0].split(separator: " ").map { UInt32($0, radix: 16)! }
      let direction: ParagraphDirection = fields[1] == "0" ? .leftToRight : fields[1] == "1" ? .rightToLeft : .auto
      let expected = fields[3].split(separator: " ").map { $0 == "x" ? nil : UInt8($0) }
      let result = _BidiResolver.resolve(points, direction: direction)
      let ok =
        result.paragraphLevel == UInt8(fields[2])!
        && zip(result.levels, expected).allSatisfy { level, want in want == nil || level == want }
      if ok { passed += 1 } else { failed.append(String(line)) }
    }
    #expect(passed > 90_000)
    #expect(failed.isEmpty, "\(failed.count) lines: \(failed.prefix(5).joined(separator: "\n"))")
  }
}
