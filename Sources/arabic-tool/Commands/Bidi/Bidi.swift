import ArabicTextICU
import ArgumentParser

extension ParagraphDirection: ExpressibleByArgument {}

/// `arabic-tool bidi`: the Unicode Bidirectional Algorithm on the command line.
struct Bidi: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Reorder, isolate, detect and check bidirectional (Arabic and Latin) text.",
    discussion: """
      display and reorder write text in visual order for terminals and other displays without \
      bidi support; isolate wraps lines for embedding in text of the other direction; \
      strip-controls removes bidi control characters; detect prints each line's direction; \
      check finds the controls that can hide code (Trojan Source, CVE-2021-42574).
      """,
    subcommands: [Display.self, Reorder.self, Isolate.self, StripControls.self, Detect.self, Check.self]
  )
}

/// Options shared by the subcommands that reorder text.
struct ReorderingOptions: ParsableArguments {
  @Option(help: "The paragraph direction: auto (from the first strong character of each line), rtl or ltr.")
  var direction: ParagraphDirection = .auto

  @Flag(help: "Keep bidi control characters (LRE … PDI, LRM, RLM, ALM) in the visual output.")
  var keepControls = false

  /// The reorderer these options describe.
  func makeReorderer(shaping: Bool) throws -> VisualReorderer {
    try VisualReorderer(
      direction: direction, shaper: shaping ? ArabicShaper() : nil, controls: keepControls ? .keep : .remove)
  }
}

extension VisualReorderer {
  /// Reorders each line block of the inputs and writes it.
  func run(_ io: InputOptions) throws {
    var output: [UInt8] = []
    try io.runOnLines { _ in
      { block, writer in
        output.removeAll(keepingCapacity: true)
        try self.reorder(utf8: block, appendingTo: &output)
        try writer.write(output)
      }
    }
  }
}
