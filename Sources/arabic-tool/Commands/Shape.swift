import ArabicTextICU
import ArgumentParser

/// `arabic-tool shape`: Arabic letters to their contextual presentation forms.
struct Shape: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Replace Arabic letters with their contextual presentation forms (ICU u_shapeArabic).",
    discussion: """
      For displays and formats that do not shape Arabic: each letter takes its isolated, initial, \
      medial or final form, lam followed by alef becomes one ligature, tatweel is kept, and \
      harakat stay combining marks (--spacing-marks writes ICU's spacing forms U+FE70–U+FE7F \
      instead). The order of the text is not changed: the input is taken to be in logical \
      order, or with --visual in visual left-to-right order (legacy visual files). To shape and \
      reorder for a terminal, use 'bidi display'.
      """)

  @Flag(help: "The input is in visual left-to-right order, not logical order.")
  var visual = false

  @Flag(help: "Write harakat as ICU's spacing presentation forms instead of combining marks.")
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
        try shaper.shape(utf8: block, appendingTo: &output)
        try writer.write(output)
      }
    }
  }
}
