import Testing

import ArabicTextICU
import TestSupport

@Suite("BaseDirection: first strong character (UAX #9 P2–P3)")
struct BaseDirectionTests {
  @Test(
    "examples",
    arguments: [
      ("2024 عام جديد", BaseDirection.rightToLeft),  // digits are weak
      ("Python هي لغة", .leftToRight),
      ("مرحبا world", .rightToLeft),
      ("123 ! ?", .neutral),
      ("123 ؟", .rightToLeft),  // the Arabic question mark is AL
      ("", .neutral),
      ("ﺍﻹﺷﺘﻘﺎﻕ", .rightToLeft),  // presentation forms are AL
      ("שלום", .rightToLeft),
      ("(«-»)", .neutral),
      (scalars(0x200F) + "abc", .rightToLeft),  // RLM is a strong R character
      (scalars(0x061C) + "abc", .rightToLeft),  // ALM is AL
    ])
  func examples(text: String, expected: BaseDirection) {
    #expect(BaseDirection(firstStrongIn: text) == expected)
    #expect(text.bidiBaseDirection == expected)
  }

  @Test("text between an isolate initiator and its PDI is skipped")
  func isolatesAreSkipped() {
    #expect(BaseDirection(firstStrongIn: scalars(0x2066) + "abc" + scalars(0x2069) + " نص") == .rightToLeft)
    #expect(BaseDirection(firstStrongIn: scalars(0x2067) + "نص" + scalars(0x2069) + " text") == .leftToRight)
    // Nested isolates, and an isolate without PDI running to the end.
    #expect(
      BaseDirection(firstStrongIn: scalars(0x2068, 0x2066) + "a" + scalars(0x2069) + "b" + scalars(0x2069) + "ب")
        == .rightToLeft)
    #expect(BaseDirection(firstStrongIn: scalars(0x2068) + "abc") == .neutral)
  }

  @Test("embeddings and overrides are not skipped: the letters inside count")
  func embeddingsAreNotSkipped() {
    #expect(BaseDirection(firstStrongIn: scalars(0x202B) + "abc" + scalars(0x202C) + " نص") == .leftToRight)
  }

  @Test("one paragraph, or all of them")
  func paragraphs() {
    #expect(BaseDirection(firstStrongIn: "123\nنص") == .neutral)
    #expect(BaseDirection(firstStrongInAnyParagraphOf: "123\nنص") == .rightToLeft)
    // An isolate does not run past a paragraph separator.
    #expect(BaseDirection(firstStrongInAnyParagraphOf: scalars(0x2066) + "\nنص") == .rightToLeft)
  }

  @Test("raw values are the command-line names")
  func rawValues() {
    #expect(BaseDirection.allCases.map(\.rawValue) == ["ltr", "rtl", "neutral"])
  }
}
