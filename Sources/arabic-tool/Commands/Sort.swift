import ArabicTextICU
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension ArabicCollator.Strength: ExpressibleByArgument {}

/// A size in bytes on the command line: a number with an optional K, M or G suffix (powers of 1024).
struct ByteCount: ExpressibleByArgument {
  var bytes: Int

  init?(argument: String) {
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
    var digits = Substring(argument.uppercased())
    var multiplier = 1
    if let last = digits.last, let unit = units[last] {
      multiplier = unit
      digits = digits.dropLast()
    }
    guard let value = Int(digits), value > 0 else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
    guard !overflow else { return nil }
    bytes = product
  }

  var defaultValueDescription: String { "\(bytes >> 20)M" }
}

/// `arabic-tool sort`: sort lines in Arabic collation order.
struct Sort: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Sort lines in Arabic alphabetical order (ICU collation, CLDR locale rules).",
    discussion: """
      Like sort(1), with the order of a language instead of bytes: with the default locale ar, \
      Arabic letters come before Latin ones, Persian and Urdu letters follow their Arabic base \
      letters (پ after ب, گ after ک), and Latin is ordered as in English. Lines that collate \
      equal keep their input order, also with --reverse; --unique keeps the first of them. \
      Input of any size is sorted within --buffer-size of memory: beyond it, sorted runs go to \
      temporary files (in --temporary-directory, $TMPDIR or /tmp) and are merged. Every output \
      line ends with a line feed.
      """)

  @Option(help: "The collation locale: ar, fa, ur, en, … (an unknown one falls back to the root order).")
  var locale = "ar"

  @Option(help: "primary (letters only), secondary (hamza forms, teh marbuta…), tertiary (harakat, case), identical.")
  var strength: ArabicCollator.Strength = .tertiary

  @Flag(name: [.customShort("n"), .long], help: "Compare digit sequences by value (فصل 2 before فصل 10; Arabic-Indic digits too).")
  var numeric = false

  @Flag(help: "Skip a leading definite article ال when comparing, as dictionaries do.")
  var ignoreArticle = false

  @Flag(name: [.customShort("f"), .long], help: "Ignore case (and the other tertiary differences: harakat, full-width forms).")
  var ignoreCase = false

  @Flag(name: .shortAndLong, help: "Sort in descending order.")
  var reverse = false

  @Flag(name: .shortAndLong, help: "Write only the first of lines that collate equal.")
  var unique = false

  @Option(name: [.customShort("S"), .long], parsing: .unconditional, help: "Memory for lines and sort keys before spilling to temporary files (e.g. 64M, 1G).")
  var bufferSize = ByteCount(argument: "256M")!

  @Option(name: [.customShort("T"), .long], help: "The folder for temporary files.", completion: .directory)
  var temporaryDirectory: String?

  @OptionGroup var io: InputOptions

  func validate() throws {
    if locale.contains("/") || locale.count > 100 { throw ValidationError("--locale must be a locale ID such as ar or fa_IR.") }
  }

  /// The collator the options describe.
  func makeCollator() throws -> ArabicCollator {
    try ArabicCollator(
      locale: locale,
      options: .init(strength: strength, numeric: numeric, ignoresDefiniteArticle: ignoreArticle, ignoresCase: ignoreCase))
  }

  func run() throws {
    let collator = try mappingICUErrors { try makeCollator() }
    if collator.actualLocale == "root" && !["", "root", "und"].contains(locale) {
      printError("arabic-tool: no collation rules for locale '\(locale)'; using the root order")
    }
    let directory = temporaryDirectory ?? Self.environmentTemporaryDirectory ?? "/tmp"
    var sorter = LineSorter(
      collator: collator, reverse: reverse, unique: unique, budget: bufferSize.bytes, temporaryDirectory: directory)
    let writer = try OutputWriter(path: io.output)
    do {
      for source in io.sources {
        var joiner = LineJoiner()
        try RecordReader(source: source, lossy: io.lossy).forEachRecord { record, isLast in
          try joiner.feed(record, isLast: isLast) { block in
            // Each line without its LF; a CR before it stays part of the line, as in sort(1).
            let lineFeed = UInt8(ascii: "\n")
            var start = 0
            while start < block.count {
              var end = start
              while end < block.count && block[end] != lineFeed { end += 1 }
              try sorter.add(UnsafeBufferPointer(rebasing: block[start..<end]))
              start = end + 1
            }
          }
        }
      }
      try sorter.finish(to: writer)
      try writer.finish()
    } catch {
      writer.abandon()
      throw error
    }
  }
}

extension Sort {
  /// `$TMPDIR` when it is set and not empty.
  static var environmentTemporaryDirectory: String? {
    guard let value = getenv("TMPDIR").map({ String(cString: $0) }), !value.isEmpty else { return nil }
    return value
  }
}
