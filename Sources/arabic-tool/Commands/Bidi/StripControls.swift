import ArabicTextICU
import ArgumentParser

extension Bidi {
  /// `arabic-tool bidi strip-controls`: remove bidi control characters.
  struct StripControls: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "strip-controls",
      abstract: "Remove bidi control characters (LRE RLE PDF LRO RLO LRI RLI FSI PDI LRM RLM ALM).",
      discussion: """
        Everything else is copied unchanged, ZERO WIDTH JOINER and ZERO WIDTH NON-JOINER included \
        (Persian spelling needs ZWNJ). Useful on text extracted from PDFs, which often wraps every \
        line in embeddings, and on untrusted input.
        """)

    @OptionGroup var io: InputOptions

    func run() throws {
      var output: [UInt8] = []
      try io.run { _ in
        { record, _, writer in
          output.removeAll(keepingCapacity: true)
          BidiControl.removeControls(fromUTF8: record, appendingTo: &output)
          try writer.write(output)
        }
      }
    }
  }
}
