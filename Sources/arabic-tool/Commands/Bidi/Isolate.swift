import ArabicTextICU
import ArgumentParser

extension Bidi {
  /// `arabic-tool bidi isolate`: wrap each line in a bidi isolate.
  struct Isolate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Wrap each non-empty line in a bidi isolate (RLI, LRI or FSI … PDI).",
      discussion: """
        An isolated line can be inserted into text of the other direction (an Arabic message in \
        an English log line, a name in a template) without reordering its surroundings or being \
        reordered by them. --direction rtl uses RLI (U+2067), ltr uses LRI (U+2066), auto uses \
        FSI (U+2068); the line is closed with PDI (U+2069). Empty lines stay empty.
        """)

    @Option(help: "The direction of the isolate: auto (FSI), rtl (RLI) or ltr (LRI).")
    var direction: ParagraphDirection = .auto

    @OptionGroup var io: InputOptions

    func run() throws {
      let open = Array("".bidiIsolated(direction: direction).utf8)
      let initiator = open.dropLast(3)  // the isolate initiator; PDI is three UTF-8 bytes
      let terminator = open.suffix(3)
      try io.runOnLines { _ in
        { block, writer in
          try forEachLine(in: block) { content, lineEnd in
            if !content.isEmpty {
              try writer.write(Array(initiator))
              try writer.write(content)
              try writer.write(Array(terminator))
            }
            try writer.write(lineEnd)
          }
        }
      }
    }
  }
}
