import ArabicTextICU
import ArgumentParser

/// `arabic-tool shape`: Arabic letters to their contextual presentation forms.
struct Shape: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Replace Arabic letters with their contextual presentation forms.",
    discussion: """
      For displays and formats that do not shape Arabic: each letter with presentation forms \
      (Arabic, Persian, Urdu and Uthmani letters alike) takes its isolated, initial, medial or \
      final form by the Unicode joining rules, lam followed by alef becomes one ligature, \
      tatweel is kept, marks and bidi marks (LRM, RLM, ALM) do not break joining, and harakat \
      stay combining marks (--spacing-marks writes the spacing forms U+FE70–U+FE7F instead). The order of the text is not changed: the input is taken to be in logical \
      order, or with --visual in visual left-to-right order (legacy visual files). To shape and \
      reorder for a terminal, use 'bidi display'.
      """)

  @Flag(help: "The input is in visual left-to-right order, not logical order.")
  var visual = false

  @Flag(help: "Write harakat as their spacing presentation forms (U+FE70–U+FE7F) instead of combining marks.")
  var spacingMarks = false

  @OptionGroup var io: InputOptions

  func run() throws {
    try mappingICUErrors { try runCommand() }
  }

  private func runCommand() throws {
    let shaper = ArabicShaper(
      textOrder: visual ? .visualLeftToRight : .logical, marks: spacingMarks ? .spacingForms : .combining)
    var output: [UInt8] = []
    try io.runOnLines { _ in
      { block, writer in
        output.removeAll(keepingCapacity: true)
        shaper.shape(utf8: block, appendingTo: &output)
        try writer.write(output)
      }
    }
  }
}
