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
    ("ك", "ﻛ", [.primary, .secondary, .tertiary]),
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

  @Test("raw values are the command-line names")
  func names() {
    #expect(ArabicCollator.Strength.allCases.map(\.rawValue) == ["primary", "secondary", "tertiary", "identical"])
  }
}
