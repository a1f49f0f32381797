import ArabicText
import ArgumentParser

extension ReadingTime.Language: ExpressibleByArgument {}
extension DigitStyle: ExpressibleByArgument {}

struct ReadingTimeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reading-time",
    abstract: "Estimate how long a text takes to read.",
    discussion: """
      Counts words with the tokenizer (punctuation, symbols, emoji, URLs and e-mail addresses are \
      not words) and reads each at the rate of its script, from the IReST study \
      (Trauzettel-Klosinski & Dietz 2012): \
      Arabic script 138 words per minute, Latin 228, other scripts 184. Each image adds 12 seconds. \
      Minutes are rounded up. Text prints the label ("٣ دقائق", "3 min read", "۳ دقیقه", "3 منٹ"); json prints \
      {"words","seconds","minutes","label"}; with several files, one result per file, named by a "file" key \
      (json, ndjson) or a "file: " prefix (text).
      """)

  @Option(parsing: .unconditional, help: "Read every word at this many words per minute instead of the per-script rates.")
  var wpm: Int?

  @Option(parsing: .unconditional, help: "The number of images; each adds 12 seconds.")
  var images = 0

  @Option(help: "The digits of the label's count (default: arabic for --lang ar, persian for fa, latin for en and ur).")
  var digits: DigitStyle?

  @Option(help: "The language of the label.")
  var lang: ReadingTime.Language = .arabic

  @Option(help: "The output format.")
  var format: OutputFormat = .text

  @OptionGroup var io: InputOptions

  func validate() throws {
    if let wpm, wpm < 1 { throw ValidationError("--wpm must be at least 1.") }
    if images < 0 { throw ValidationError("--images must be zero or more.") }
  }

  /// One result as printed in JSON.
  struct Result: Encodable {
    var words: Int
    var seconds: Int
    var minutes: Int
    var label: String
  }

  /// The result for one text.
  func result(for text: String) -> Result {
    let time = ReadingTime(text, wordsPerMinute: wpm, images: images)
    return Result(
      words: time.words, seconds: time.seconds, minutes: time.minutes, label: time.label(in: lang, digits: digits))
  }

  /// The result for words already counted.
  func result(for counts: ScriptWordCounts) -> Result {
    let rates = wpm.map(ReadingRates.init(uniform:)) ?? .irest
    let time = ReadingTime(wordCounts: counts, rates: rates, images: images)
    return Result(
      words: time.words, seconds: time.seconds, minutes: time.minutes, label: time.label(in: lang, digits: digits))
  }

  /// Counts each input record by record, with bounded memory: a record is
  /// counted up to its last space, tab or line end, and the word after it
  /// goes on with the next record (unless it is over 64 KiB long, where a
  /// line without spaces is counted in pieces).
  func run() throws {
    var printer = ResultPrinter<Result>(format: format, inputs: io.sources.count)
    try io.run { source in
      let tally = WordTally()
      return { record, isLast, writer in
        tally.add(record, isLast: isLast)
        if isLast {
          let result = result(for: tally.counts)
          try printer.print(result, text: result.label, of: source, to: writer)
        }
      }
    }
  }
}

/// Words counted record by record for `reading-time`.
final class WordTally {
  private(set) var counts = ScriptWordCounts()
  /// The bytes after the last space, tab or line end of the records so far.
  private var carried: [UInt8] = []

  /// Counts `record` up to its last space, tab or line end; the word after it goes on with the
  /// next record, unless it is over 64 KiB long (a line without spaces is counted in pieces).
  func add(_ record: UnsafeBufferPointer<UInt8>, isLast: Bool) {
    var bytes = carried
    bytes.append(contentsOf: record)
    var cut = bytes.count
    if !isLast, let space = bytes.lastIndex(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }),
      bytes.count - space - 1 <= 1 << 16
    {
      cut = space + 1
    }
    carried = Array(bytes[cut...])
    let piece = ScriptWordCounts(String(decoding: bytes[..<cut], as: UTF8.self))
    counts.arabic += piece.arabic
    counts.latin += piece.latin
    counts.other += piece.other
  }
}
