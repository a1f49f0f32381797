import Testing

@testable import ArabicText
import TestSupport

@Suite("Excerpt character kinds")
struct ExcerptCharacterTests {
  @Test("Kinds by first scalar", arguments: [
    ("ب" as String, _ExcerptCharacter.Kind.word), ("بِّ", .word), ("a", .word), ("٣", .word), ("7", .word), ("ـ", .word),
    (" ", .space), ("\n", .space), ("\r\n", .space), ("\u{00A0}", .space), ("\u{2029}", .space),
    (".", .other), ("؟", .other), ("»", .other), (")", .other),
    ("،", .other), ("😀", .other), ("\u{200F}", .other), ("-", .other), (" \u{0651}", .space),
  ])
  func kinds(text: String, expected: _ExcerptCharacter.Kind) throws {
    let character = try #require(text.first)
    #expect(text.count == 1)
    #expect(_ExcerptCharacter.kind(of: character) == expected, "\(codePoints(text))")
  }

  @Test("A space carrying a combining mark or a joiner is whitespace")
  func spaceWithMark() {
    for character in [Character(scalars(0x0020, 0x064E)), Character(scalars(0x0020, 0x0651)), Character(scalars(0x0020, 0x200C))] {
      #expect(_ExcerptCharacter.kind(of: character) == .space)
      var text = String(character)
      #expect(text.withUTF8 { _ExcerptCharacter.isWhitespace($0.baseAddress!, from: 0, to: $0.count) })
    }
  }

  @Test("Invisible clusters: default-ignorable code points only")
  func invisible() {
    for (text, expected) in [
      (scalars(0x200B), true), (scalars(0x200C), true), (scalars(0x200F), true), (scalars(0x061C), true),
      (scalars(0xFEFF), true), (scalars(0x2066), true), ("ب", false), (" ", false), ("،", false), ("a", false),
    ] {
      var copy = text
      #expect(copy.withUTF8 { _ExcerptCharacter.isInvisible($0.baseAddress!, from: 0, to: $0.count) } == expected, "\(codePoints(text))")
    }
  }

  @Test("Quotation marks that open are trailing separators; those that close are not")
  func quotes() {
    #expect(_ExcerptCharacter.isTrailingSeparator("\"", after: " "))
    #expect(_ExcerptCharacter.isTrailingSeparator("'", after: " "))
    #expect(_ExcerptCharacter.isTrailingSeparator("\"", after: nil))
    #expect(_ExcerptCharacter.isTrailingSeparator("”", after: " "))
    #expect(_ExcerptCharacter.isTrailingSeparator("\"", after: "("))
    #expect(!_ExcerptCharacter.isTrailingSeparator("\"", after: "ا"))
    #expect(!_ExcerptCharacter.isTrailingSeparator("”", after: "."))
    #expect(!_ExcerptCharacter.isTrailingSeparator("'", after: "n"))
    #expect(_ExcerptCharacter.isTrailingSeparator("«", after: " "))
    #expect(_ExcerptCharacter.isTrailingSeparator("“", after: nil))
    #expect(!_ExcerptCharacter.isTrailingSeparator("“", after: "م"))
    #expect(_ExcerptCharacter.isTrailingSeparator("(", after: "ا"))
    #expect(!_ExcerptCharacter.isTrailingSeparator("»", after: "ا"))
  }
}
