import ArabicTextICU
import ArgumentParser

extension Bidi {
  /// `arabic-tool bidi detect`: the direction of each line, or of each input.
  struct Detect: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print ltr, rtl or neutral for each line, from its first strong character.",
      discussion: """
        The rule is UAX #9's P2–P3, the one renderers use: digits and punctuation are skipped, \
        and so is text inside isolates; a line with no letter is neutral. So '2024 عام جديد' is \
        rtl and 'Python هي لغة' is ltr. With --whole-input, one line per input: the direction of \
        its first strong character anywhere (prefixed with the file name when there are several).
        """)

    @Flag(help: "Print one direction per input instead of one per line.")
    var wholeInput = false

    @OptionGroup var io: InputOptions

    func run() throws {
      if wholeInput {
        let named = io.sources.count > 1
        try io.run { source in
          var direction = BaseDirection.neutral
          return { record, isLast, writer in
            if direction == .neutral {
              direction = BaseDirection(firstStrongInAnyParagraphOf: String(decoding: record, as: UTF8.self))
            }
            if isLast { try writer.write((named ? "\(source.name): " : "") + direction.rawValue + "\n") }
          }
        }
        return
      }
      try io.runOnLines { _ in
        { block, writer in
          try forEachLine(in: block) { content, _ in
            try writer.write(BaseDirection(firstStrongIn: String(decoding: content, as: UTF8.self)).rawValue + "\n")
          }
        }
      }
    }
  }
}
