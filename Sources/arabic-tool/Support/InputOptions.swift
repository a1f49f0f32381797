import ArgumentParser

/// The input and output options every subcommand shares.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files to read, in order; '-' or none reads standard input.", valueName: "file"),
    completion: .file())
  var files: [String] = []

  @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of stopping with exit status 65.")
  var lossy = false

  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp(
      "Write to this file (atomically: a temporary file renamed over it at the end) instead of standard output.",
      valueName: "file"),
    completion: .file())
  var output: String?

  /// The inputs in order; standard input when no file is named.
  var sources: [InputSource] {
    files.isEmpty ? [.standardInput] : files.map { $0 == "-" ? .standardInput : .file($0) }
  }
}
