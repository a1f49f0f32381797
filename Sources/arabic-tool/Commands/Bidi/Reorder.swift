import ArabicTextICU
import ArgumentParser

extension Bidi {
  /// `arabic-tool bidi reorder`: logical to visual order, without shaping.
  struct Reorder: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write each line in visual order (Unicode Bidirectional Algorithm, UAX #9).",
      discussion: """
        Each line is reordered on its own and lines keep their order. Brackets are mirrored, \
        combining marks stay after their letter, emoji sequences, flags and other grapheme \
        clusters stay whole, and bidi controls are removed unless --keep-controls is given. Letters are not shaped; for a terminal use 'bidi display'. \
        The output is visual even when it goes to a pipe or file: that is what this command is for.
        """)

    @OptionGroup var reordering: ReorderingOptions

    @OptionGroup var io: InputOptions

    func run() throws {
      try mappingICUErrors { try runCommand() }
    }

    private func runCommand() throws {
      try reordering.makeReorderer(shaping: false).run(io)
    }
  }
}
