import Testing

import ArabicText
import ArabicTextICU
import TestSupport

/// The derived files of `../shared/corpus/presentation-forms/` against the Arabic UDHR they were
/// made from (with python-arabic-reshaper 3.1.0, which drops harakat, and python-bidi 0.6.12).
@Suite(
  "Presentation forms round trip (UDHR, Arabic)",
  .enabled(if: SharedCorpus.isAvailable, "../shared/corpus is absent: skipped"))
struct PresentationFormsRoundTripTests {
  static var original: String { SharedCorpus.text("persian-urdu/udhr-arb.txt") ?? "" }
  static var reshaped: String { SharedCorpus.text("presentation-forms/derived-reshaped-udhr-arb.txt") ?? "" }
  static var visual: String { SharedCorpus.text("presentation-forms/derived-visual-udhr-arb.txt") ?? "" }

  /// The original without its harakat (it has fathatan, damma and shadda), which the reshaper dropped.
  static var originalWithoutHarakat: String { DiacriticStripper().strip(original) }

  @Test("normalizing presentation forms gives the text without harakat, line for line")
  func normalizing() {
    let normalized = ArabicNormalizer(folds: [.presentationForms]).normalize(Self.reshaped)
    let expected = Self.originalWithoutHarakat
    #expect(!expected.isEmpty)
    let lines = zip(normalized.split(separator: "\n", omittingEmptySubsequences: false), expected.split(separator: "\n", omittingEmptySubsequences: false))
    let different = lines.enumerated().filter { $0.element.0 != $0.element.1 }.map { $0.offset + 1 }
    #expect(different.isEmpty, "lines \(different.prefix(10))")
    #expect(normalized == expected)
  }

  /// The one difference between the two shapers: the reshaper writes the standalone hamza
  /// U+0621 (which never joins) as its presentation form U+FE80; ICU keeps U+0621.
  static func icuHamza(_ text: Substring) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{FE80}" ? "\u{0621}" : $0 }))
  }

  @Test("shaping the text without harakat gives the reshaped file (hamza aside)")
  func shaping() {
    let shaper = ArabicShaper()
    var different: [Int] = []
    for (number, (line, reshaped)) in zip(
      Self.originalWithoutHarakat.split(separator: "\n", omittingEmptySubsequences: false),
      Self.reshaped.split(separator: "\n", omittingEmptySubsequences: false)
    ).enumerated() where shaper.shape(line) != Self.icuHamza(reshaped) {
      different.append(number + 1)
    }
    #expect(different.isEmpty, "lines \(different.prefix(10))")
  }

  @Test("display (shape, then reorder) gives the visual file (hamza aside)")
  func display() throws {
    let display = try VisualReorderer.display()
    var different: [Int] = []
    for (number, (line, visual)) in zip(
      Self.originalWithoutHarakat.split(separator: "\n", omittingEmptySubsequences: false),
      Self.visual.split(separator: "\n", omittingEmptySubsequences: false)
    ).enumerated() where try display.reorder(line) != Self.icuHamza(visual) {
      different.append(number + 1)
    }
    #expect(different.isEmpty, "lines \(different.prefix(10))")
  }
}
