import Testing

import ArabicTextICU

/// The equalities ICU 72 with locale `ar` makes at each strength, as documented on
/// `ArabicCollator.Strength` and in the Collation article.
@Suite("ArabicCollator.Strength")
struct ArabicCollatorStrengthTests {
  static let pairs: [(String, String, equalAt: [ArabicCollator.Strength])] = [
    ("كتب", "كَتَبَ", [.primary, .secondary]),
    ("ا", "أ", [.primary]),
    ("ا", "إ", [.primary]),
    ("ا", "ء", [.primary]),
    ("ت", "ة", [.primary]),
    ("ي", "ى", [.primary]),
    ("ي", "ی", [.primary]),
    ("apple", "Apple", [.primary, .secondary]),
    ("A", "\u{FF21}", [.primary, .secondary]),  // FULLWIDTH LATIN CAPITAL LETTER A: width is tertiary
    ("ك", "ﻛ", [.primary, .secondary, .tertiary]),  // presentation forms differ only at identical strength
    ("ك", "ﻙ", [.primary, .secondary, .tertiary]),
    ("كتاب", "ﻛﺘﺎﺏ", [.primary, .secondary, .tertiary]),
    ("لا", "ﻻ", [.primary, .secondary, .tertiary]),
    ("ا", "آ", []),
    ("و", "ؤ", []),
    ("ي", "ئ", []),
    ("ك", "ک", []),
    ("ه", "ہ", []),
    ("ه", "ھ", []),
  ]

  @Test("equal and different pairs per strength", arguments: pairs)
  func pair(a: String, b: String, equalAt: [ArabicCollator.Strength]) throws {
    for strength in ArabicCollator.Strength.allCases {
      let collator = try ArabicCollator(options: .init(strength: strength))
      #expect(collator.areEqual(a, b) == equalAt.contains(strength), "\(a) \(b) at \(strength)")
    }
  }

  @Test("ignoring case ignores harakat and width too; presentation forms were equal already")
  func ignoringCase() throws {
    let collator = try ArabicCollator(options: .init(ignoresCase: true))
    for (a, b) in [("apple", "Apple"), ("A", "\u{FF21}"), ("كتب", "كَتَبَ"), ("ك", "ﻛ")] {
      #expect(collator.areEqual(a, b), "\(a) \(b)")
    }
    #expect(!collator.areEqual("ا", "أ"))
    let tertiary = try ArabicCollator()
    #expect(tertiary.areEqual("ك", "ﻛ"))
    #expect(!tertiary.areEqual("A", "\u{FF21}"))
    #expect(!tertiary.areEqual("كتب", "كَتَبَ"))
  }

  @Test("raw values are the command-line names")
  func names() {
    #expect(ArabicCollator.Strength.allCases.map(\.rawValue) == ["primary", "secondary", "tertiary", "identical"])
  }
}
