import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `arabic-tool`: Arabic text processing on the command line.
///
/// Every subcommand reads the named files in order (standard input when none
/// is named, or for `-`), streams with bounded memory where the operation
/// allows, and writes standard output or, with `-o`, a file replaced
/// atomically. Exit statuses follow sysexits(3): 64 usage, 65 invalid data
/// (invalid UTF-8 without `--lossy`), 66 missing input, 70 ICU failure, 74
/// I/O error; `bidi check` exits 1 when it finds suspicious controls.
@main
struct ArabicTool: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "arabic-tool",
    abstract: "Normalize, strip diacritics from, tokenize and summarize Arabic text.",
    discussion: """
      Every subcommand reads the named files in order, or standard input when none is given \
      or for '-', and writes standard output (or -o FILE, replaced atomically). Exit status: \
      0 success, 64 usage error, 65 invalid input data (e.g. invalid UTF-8), 66 missing input \
      file, 70 ICU failure, 74 I/O error; bidi check exits 1 when it finds suspicious bidi controls.
      """,
    version: "0.1.0",
    subcommands: [
      Normalize.self,
      StripDiacritics.self,
      ReadingTimeCommand.self,
      ExcerptCommand.self,
      SEO.self,
      SlugCommand.self,
      Tokenize.self,
      Bidi.self,
      Shape.self,
      Sort.self,
    ]
  )

  /// Runs the command line, mapping errors to sysexits statuses.
  static func main() {
    signal(SIGPIPE, SIG_IGN)
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as ToolError {
      printError("arabic-tool: \(error.message)")
      Glibc.exit(error.status.rawValue)
    } catch is BrokenPipe {
      Glibc.exit(0)
    } catch {
      exit(withError: error)
    }
  }
}

/// Writes a line to standard error.
func printError(_ message: String) {
  var line = message + "\n"
  line.withUTF8 { bytes in
    _ = write(2, bytes.baseAddress, bytes.count)
  }
}
