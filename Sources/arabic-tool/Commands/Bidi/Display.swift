import ArabicTextICU
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension Bidi {
  /// `arabic-tool bidi display`: text for a terminal, shaped and in visual order, or passed through.
  struct Display: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show Arabic text on a terminal that neither shapes nor reorders it.",
      discussion: """
        In visual mode each line is shaped (letters become their presentation forms, lam-alef \
        ligatures form, harakat stay combining marks) and reordered to visual order, emoji \
        sequences and other grapheme clusters kept whole, so that a terminal drawing cells from \
        left to right shows it correctly. In logical mode the input \
        is copied unchanged, for terminals that do their own bidi and shaping, and for pipes and \
        files: visual text is for eyes only and reads backwards to any program. --mode auto (the \
        default) is visual when standard output is a terminal and logical otherwise (a pipe, a \
        file, or -o).
        """)

    /// Whether the output is visual or the input as it is.
    enum Mode: String, ExpressibleByArgument, CaseIterable {
      /// Visual when standard output is a terminal, logical otherwise.
      case auto
      /// Shaped and reordered.
      case visual
      /// Unchanged (logical order).
      case logical
    }

    @Option(help: "visual, logical, or auto: visual only when standard output is a terminal.")
    var mode: Mode = .auto

    @OptionGroup var reordering: ReorderingOptions

    @OptionGroup var io: InputOptions

    /// The mode after resolving `auto` for where the output goes.
    func resolvedMode(outputIsTerminal: Bool) -> Mode {
      guard mode == .auto else { return mode }
      return outputIsTerminal && io.output == nil ? .visual : .logical
    }

    func run() throws {
      try mappingICUErrors { try runCommand() }
    }

    private func runCommand() throws {
      switch resolvedMode(outputIsTerminal: isatty(1) != 0) {
      case .visual, .auto:
        try reordering.makeReorderer(shaping: true).run(io)
      case .logical:
        try io.run { _ in { record, _, writer in try writer.write(record) } }
      }
    }
  }
}
