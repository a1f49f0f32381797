import ArabicText
import ArgumentParser

extension ArabicNormalizer.Preset: ExpressibleByArgument {}

/// A fold named on the command line (`--fold alef-maksura`).
struct FoldArgument: ExpressibleByArgument, CaseIterable {
  var fold: ArabicNormalizer.Folds
  var name: String

  init?(argument: String) {
    guard let fold = ArabicNormalizer.Folds(name: argument),
      let entry = ArabicNormalizer.Folds.named.first(where: { $0.fold == fold })
    else { return nil }
    self.fold = fold
    self.name = entry.commandLineName
  }

  static var allCases: [FoldArgument] {
    ArabicNormalizer.Folds.named.compactMap { FoldArgument(argument: $0.commandLineName) }
  }

  var defaultValueDescription: String { name }
  static var allValueStrings: [String] { ArabicNormalizer.Folds.named.map(\.commandLineName) }
}

struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Normalize Arabic text with a preset or named folds.",
    discussion: """
      Canonical composition (ا + U+0654 → أ) and ordering of combining marks are always applied. \
      --preset standard keeps meaning (presentation forms, tatweel, invisibles, whitespace); \
      --preset search applies every fold, for matching keys. --fold alone replaces the preset; \
      with --preset, the folds are added to it.
      """)

  @Option(help: "The set of folds to apply (default: standard).")
  var preset: ArabicNormalizer.Preset?

  @Option(name: .customLong("fold"), help: "A fold to apply; repeat for several.")
  var folds: [FoldArgument] = []

  @OptionGroup var io: InputOptions

  /// The normalizer the options describe.
  var normalizer: ArabicNormalizer {
    var selected: ArabicNormalizer.Folds = preset?.folds ?? (folds.isEmpty ? ArabicNormalizer.Preset.standard.folds : [])
    for fold in folds { selected.formUnion(fold.fold) }
    return ArabicNormalizer(folds: selected)
  }

  func run() throws {
    try io.normalize(with: self.normalizer)
  }
}
