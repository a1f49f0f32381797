import Testing

@testable import ArabicText
import TestSupport

@Suite("Excerpt character kinds")
struct ExcerptCharacterTests {
  @Test("Kinds by first scalar", arguments: [
    ("ب" as String, _ExcerptCharacter.Kind.word), ("بِّ", .word), ("a", .word), ("٣", .word), ("7", .word), ("ـ", .word),
    (" ", .space), ("\n", .space), ("\r\n", .space), ("\u{00A0}", .space), ("\u{2029}", .space),
    (".", .other), ("؟", .other), ("»", .other), (")", .other),
    ("،", .other), ("😀", .other), ("\u{200F}", .other), ("-", .other),
  ])
  func kinds(text: String, expected: _ExcerptCharacter.Kind) throws {
    let character = try #require(text.first)
    #expect(text.count == 1)
    #expect(_ExcerptCharacter.kind(of: character) == expected, "\(codePoints(text))")
  }

  @Test("A space carrying a combining mark is content, not whitespace")
  func spaceWithMark() {
    let character = Character(scalars(0x0020, 0x064E))
    #expect(_ExcerptCharacter.kind(of: character) == .other)
  }
}
