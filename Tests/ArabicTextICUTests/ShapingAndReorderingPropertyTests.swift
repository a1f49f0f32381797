import ArabicText
import Testing

@testable import ArabicTextICU
import TestSupport

/// Laws of shaping and visual reordering over seeded random text biased toward Arabic, marks,
/// invisible and bidi characters, presentation forms and emoji.
@Suite("Shaping and reordering: properties")
struct ShapingAndReorderingPropertyTests {
  @Test(
    "shaping shaped text changes nothing, in every configuration",
    arguments: [
      ArabicShaper(), ArabicShaper(marks: .spacingForms), ArabicShaper(textOrder: .visualLeftToRight),
      ArabicShaper(textOrder: .visualLeftToRight, marks: .spacingForms),
    ])
  func idempotent(shaper: ArabicShaper) {
    let failure = PropertyCheck.firstFailure(seed: 0x5A4E, count: 300) { text in
      let once = shaper.shape(text)
      let twice = shaper.shape(once)
      return once == twice ? nil : "twice \(codePoints(twice)) != once \(codePoints(once))"
    }
    #expect(failure == nil, "\(failure!)")
  }

  @Test("shaping changes only the form of letters: folding presentation forms gives the input back")
  func onlyForms() {
    let fold = ArabicNormalizer(folds: [.presentationForms])
    let shaper = ArabicShaper()
    let failure = PropertyCheck.firstFailure(seed: 0xF0A5, count: 300) { text in
      // Presentation forms in the input are shaped again, so the law is for text without them.
      guard !text.unicodeScalars.contains(where: { (0xFB50...0xFEFF).contains($0.value) }) else { return nil }
      let shaped = fold.normalize(shaper.shape(text))
      let expected = fold.normalize(text)
      return shaped == expected ? nil : "\(codePoints(shaped)) != \(codePoints(expected))"
    }
    #expect(failure == nil, "\(failure!)")
  }

  @Test("the fast path and ICU's runs give the same visual text, as long as the input", arguments: [false, true])
  func pathsAgree(shaping: Bool) throws {
    let fast = try VisualReorderer(shaper: shaping ? ArabicShaper() : nil, controls: .keep)
    let icu = try VisualReorderer(shaper: shaping ? ArabicShaper() : nil, controls: .keep)
    icu.usesFastPath = false
    let failure = PropertyCheck.firstFailure(seed: 0xB1D1, count: 300) { text in
      guard let a = try? fast.reorder(text), let b = try? icu.reorder(text) else { return "ICU failed" }
      if a != b { return "fast \(codePoints(a)) != ICU \(codePoints(b))" }
      if !shaping && a.utf16.count != text.utf16.count { return "length \(a.utf16.count) != \(text.utf16.count)" }
      return nil
    }
    #expect(failure == nil, "\(failure!)")
  }

  @Test("writing a run in one pass and cluster by cluster agree when no character extends a cluster")
  func writersAgree() {
    let failure = PropertyCheck.firstFailure(seed: 0x3E7, count: 400) { text in
      let units = Array(text.utf16)
      return units.withUnsafeBufferPointer { buffer in
        guard !_ReversedRun.needsClusterBoundaries(buffer) else { return nil }
        var onePass: [UInt16] = []
        var clusters: [UInt16] = []
        var starts: [Int32] = []
        _ReversedRun.appendMarkSequences(buffer, to: &onePass)
        _ReversedRun.append(buffer, to: &clusters, starts: &starts)
        return onePass == clusters ? nil : "\(onePass) != \(clusters)"
      }
    }
    #expect(failure == nil, "\(failure!)")
  }
}
