// Fuzz target: bidi display (shape, then reorder), plain reordering, the
// bidi paragraph, and the Trojan Source check.
// Laws: line ends stay in place (same lines, same order); reordering without
// shaping keeps the letters of each line; a paragraph's levels and visual
// order cover each scalar once; runs lie inside the text and cover it;
// findings point inside the text.
import ArabicText
import ArabicTextICU

nonisolated(unsafe) let display = try! VisualReorderer.display()
nonisolated(unsafe) let reorderer = try! VisualReorderer(controls: .keep)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  var input = FuzzInput(data, size)
  let mode = input.byte()
  let text = input.text
  func lineEnds(_ s: String) -> [Unicode.Scalar] {
    s.unicodeScalars.filter { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" || $0 == "\u{85}" }
  }
  do {
    let shown = try display.reorder(text)
    require(lineEnds(shown) == lineEnds(text), "display moved line ends: \(lineEnds(shown)) for \(lineEnds(text)) in \(codePoints(shown))", text)
    let visual = try reorderer.reorder(text)
    require(lineEnds(visual) == lineEnds(text), "reorder moved line ends: \(codePoints(visual))", text)
    // Without shaping and with controls kept, each line keeps its letters (mirroring aside).
    func letters(_ s: String) -> [Unicode.Scalar: Int] {
      var counts: [Unicode.Scalar: Int] = [:]
      for scalar in s.unicodeScalars where scalar.properties.isAlphabetic { counts[scalar, default: 0] += 1 }
      return counts
    }
    require(letters(visual) == letters(text), "reorder changed the letters", text)
    if mode & 1 != 0 {
      let paragraph = try BidiParagraph(text, direction: mode & 2 == 0 ? .auto : mode & 4 == 0 ? .rightToLeft : .leftToRight)
      let count = text.unicodeScalars.count
      require(paragraph.levels.count == count, "\(paragraph.levels.count) levels for \(count) scalars", text)
      require(paragraph.visualOrder.sorted() == Array(0..<count), "visual order is not a permutation", text)
      var covered = 0
      for run in paragraph.runs {
        require(run.range.lowerBound >= text.startIndex && run.range.upperBound <= text.endIndex, "run outside", text)
        covered += text.unicodeScalars[run.range].count
      }
      require(covered == count, "runs cover \(covered) of \(count) scalars", text)
    }
  } catch {
    require(false, "ICU error \(error)", text)
  }
  let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
  for finding in TrojanSourceCheck.findings(in: text) {
    require(finding.line >= 1 && finding.line <= lines.count, "finding on line \(finding.line) of \(lines.count)", text)
    require(finding.column >= 1 && finding.column <= lines[finding.line - 1].unicodeScalars.count, "finding column \(finding.column)", text)
  }
  return 0
}
