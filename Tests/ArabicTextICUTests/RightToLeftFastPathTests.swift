import Testing

@testable import ArabicTextICU
import TestSupport

@Suite("Right-to-left fast path")
struct RightToLeftFastPathTests {
  /// The visual text with and without the fast path.
  func both(_ text: String, direction: ParagraphDirection = .auto, shaping: Bool = false) throws -> (String, String) {
    let fast = try VisualReorderer(direction: direction, shaper: shaping ? ArabicShaper() : nil, controls: .keep)
    let icu = try VisualReorderer(direction: direction, shaper: shaping ? ArabicShaper() : nil, controls: .keep)
    icu.usesFastPath = false
    return (try fast.reorder(text), try icu.reorder(text))
  }

  static let samples = [
    "مرحبا بالعالم", "(نص عربي)", "«قال: نعم!»", "كَتَبَ الوَلَدُ الدَّرْسَ", scalars(0x064E) + "ب", "  نص  ", "نص\tآخر",
    "می" + scalars(0x200C) + "خواهم", "نص" + scalars(0x200F, 0x061C) + "!", "[{<نص>}]", "؟ ، ؛", "ﺍﻹﺷﺘﻘﺎﻕ", "שלום עולם",
    "نص 123", "نص abc", "١٢٣ نص", "…نص", "", "نص" + scalars(0x2028) + "عربي",
    "إبهام " + scalars(0x1F44D, 0x1F3FD) + " جيد", "نص " + scalars(0x26F9, 0xFE0F, 0x200D, 0x2640, 0xFE0F),
    "نص " + scalars(0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F), "بٱ ڤ" + scalars(0x200F) + "ب",
  ]

  @Test("the fast path writes what ICU writes", arguments: samples)
  func samePaths(text: String) throws {
    for direction in ParagraphDirection.allCases {
      for shaping in [false, true] {
        let (fast, icu) = try both(text, direction: direction, shaping: shaping)
        #expect(codePoints(fast) == codePoints(icu), "\(direction) shaping \(shaping)")
      }
    }
  }

  @Test("which paragraphs take it")
  func eligibility() {
    func takes(_ text: String, _ forced: Bool = false) -> Bool {
      var output: [UInt16] = []
      return Array(text.utf16).withUnsafeBufferPointer {
        var starts: [Int32] = []
        return _RightToLeftFastPath.reorder($0, isForcedRightToLeft: forced, appendingTo: &output, starts: &starts)
      }
    }
    #expect(takes("مرحبا (بالعالم)!"))
    #expect(takes("كَتَبَ"))
    #expect(!takes("نص 123"))  // EN
    #expect(!takes("نص ١٢٣"))  // AN
    #expect(!takes("نص abc"))  // L
    #expect(!takes("نص" + scalars(0x2066) + "x"))  // isolate
    #expect(!takes("!!!"))  // no strong character: left to right under auto
    #expect(takes("!!!", true))
    #expect(takes("نص 😀"))  // emoji are neutral
    #expect(takes("نص " + scalars(0x1F44D, 0x1F3FD, 0x20, 0x1F468, 0x200D, 0x1F469)))
    #expect(!takes("نص " + scalars(0x1F1F8, 0x1F1E6)))  // regional indicators are L
    #expect(!takes("نص " + scalars(0x1D400)))  // so are mathematical letters above the BMP
    #expect(!takes("نص" + scalars(0x2028) + "نص"))  // so do lines within a paragraph
  }

  @Test(
    "the fast path writes what ICU writes, over the corpus",
    .enabled(if: SharedCorpus.isAvailable, "../shared/corpus is absent: skipped"),
    arguments: [
      "persian-urdu/udhr-arb.txt", "persian-urdu/udhr-urd.txt", "persian-urdu/udhr-pes-1.txt",
      "classical-diacritized/quran-uthmani.txt", "mixed/tweets-arsarcasm.txt", "news/dh-ar-hotplug.txt",
      "presentation-forms/pdf-arabi-add-example.txt",
    ])
  func corpus(path: String) throws {
    let text = try #require(SharedCorpus.text(path))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(3000)
    let fast = try VisualReorderer.display()
    let icu = try VisualReorderer.display()
    icu.usesFastPath = false
    var different: [Int] = []
    for (number, line) in lines.enumerated() where try fast.reorder(line) != icu.reorder(line) {
      different.append(number + 1)
    }
    #expect(different.isEmpty, "\(path): lines \(different.prefix(10))")
  }
}
