import ArabicText
import ArgumentParser

struct Tokenize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Split Arabic text into words or sentences, with their offsets.",
    discussion: """
      Words follow the UAX #29 word boundaries refined for Arabic script: harakat, shadda, tatweel and \
      ZWNJ stay inside words; URLs, e-mail addresses, hashtags, mentions and emoji sequences are one \
      token each; punctuation and symbols are reported only with --all. Sentences end at . ! ? ؟ ۔ … \
      with their closing quotes and at blank lines, not after abbreviations such as د. nor inside \
      numbers and URLs. text prints each input line's tokens separated by single spaces, one output \
      line per input line (with --sentences, one sentence per line, its line ends printed as spaces). \
      json prints one array, ndjson one line per token, of {"text","kind","start","end"} objects, \
      with "file" when several inputs are given; start and end count from the start of each input \
      (after a leading byte order mark) in the --offsets unit: UTF-8 bytes, Unicode scalars \
      (Python's str indices) or UTF-16 code units (JavaScript's).
      """)

  @Option(help: "The output format.")
  var format: OutputFormat = .text

  @Option(help: "The unit of start and end in json and ndjson.")
  var offsets: OffsetUnit = .utf8

  @Flag(help: "Report every token: punctuation and symbols too, and in json and ndjson white space.")
  var all = false

  @Flag(help: "Split into sentences instead of words.")
  var sentences = false

  @OptionGroup var io: InputOptions

  func validate() throws {
    if all && sentences { throw ValidationError("--all applies to words, not to --sentences.") }
  }

  func run() throws {
    let inputs = io.sources.count
    var printer = TokenPrinter(format: format, unit: offsets, all: all)
    var index = 0
    try io.run { source in
      index += 1
      let isLastSource = index == inputs
      var stream = SegmentStream(sentences: sentences)
      printer.file = inputs > 1 ? source.name : nil
      return { record, isLast, writer in
        var output: [UInt8] = []
        stream.process(record, isLast: isLast) { bytes, segments, position in
          printer.print(segments, of: bytes, startingAt: position, to: &output)
        }
        if isLast {
          printer.endInput(to: &output)
          if isLastSource { printer.endOutput(to: &output) }
        }
        try writer.write(output)
      }
    }
  }
}

/// A segment as the printer sees it: its kind and its UTF-8 range in a chunk of text.
struct Segment {
  var kind: String
  var range: Range<Int>
  var isPrinted: Bool
  var isWhitespace: Bool
}

/// Segments a text given record by record, carrying over what a later
/// record may still change: for words, when a record does not end with a
/// line end, the tokens after its last space, tab or line end; for
/// sentences, the last sentence and what follows it. At most 1 MiB is
/// carried: a longer token or sentence is cut there.
struct SegmentStream {
  let sentences: Bool
  /// Bytes carried over from the previous record.
  var pending: [UInt8] = []
  /// The position of `pending` in the input.
  var position = TextPosition()

  static let maxCarry = 1 << 20

  init(sentences: Bool) { self.sentences = sentences }

  /// Segments the pending bytes and `record`, passing their bytes, the
  /// segments to print and the position of their start to `body`.
  mutating func process(
    _ record: UnsafeBufferPointer<UInt8>, isLast: Bool,
    _ body: (UnsafeBufferPointer<UInt8>, [Segment], TextPosition) -> Void
  ) {
    pending.append(contentsOf: record)
    let text = String(decoding: pending, as: UTF8.self)
    var segments: [Segment] = []
    var carry = text.utf8.count
    if sentences {
      for sentence in SentenceSegmenter().sentences(in: text) {
        segments.append(Segment(kind: "sentence", range: sentence.utf8Offsets, isPrinted: true, isWhitespace: false))
      }
      if !isLast, let last = segments.last, carry - last.range.lowerBound <= Self.maxCarry {
        carry = last.range.lowerBound
        segments.removeLast()
      }
    } else {
      for token in WordTokenizer(scope: .all).tokens(in: text) {
        segments.append(
          Segment(
            kind: token.kind.rawValue, range: token.utf8Offsets, isPrinted: token.kind.isWordLike,
            isWhitespace: token.kind == .whitespace))
      }
      // Tokens never span white space: carry from the last run of it.
      if !isLast, pending.last != UInt8(ascii: "\n") {
        let cut = pending.withUnsafeBufferPointer { bytes in
          segments.lastIndex { segment in
            segment.isWhitespace
              && bytes[segment.range].contains {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n")
              }
          }
        }
        let index = cut ?? 0
        if index < segments.count, carry - segments[index].range.lowerBound <= Self.maxCarry {
          carry = segments[index].range.lowerBound
          segments.removeSubrange(index...)
        }
      }
    }
    pending.withUnsafeBufferPointer { bytes in
      body(bytes, segments, position)
      position.advance(over: UnsafeBufferPointer(rebasing: bytes[..<carry]))
    }
    pending.removeSubrange(..<carry)
  }
}

/// Prints segments as text, JSON or NDJSON.
struct TokenPrinter {
  let format: OutputFormat
  let unit: OffsetUnit
  let all: Bool
  /// The input's name, printed as "file" when several inputs are given.
  var file: String?
  /// Whether the current output line holds a token (text format).
  var lineHasContent = false
  /// Whether a JSON array has been opened.
  var arrayOpened = false

  init(format: OutputFormat, unit: OffsetUnit, all: Bool) {
    self.format = format
    self.unit = unit
    self.all = all
  }

  /// Prints `segments` of `bytes`, whose first byte is at `start` in the input.
  mutating func print(
    _ segments: [Segment], of bytes: UnsafeBufferPointer<UInt8>, startingAt start: TextPosition,
    to output: inout [UInt8]
  ) {
    var position = start
    var cursor = 0
    for segment in segments {
      switch format {
      case .text:
        printText(segment, of: bytes, to: &output)
      case .json, .ndjson:
        guard segment.isPrinted || all else { continue }
        position.advance(over: UnsafeBufferPointer(rebasing: bytes[cursor..<segment.range.lowerBound]))
        let lower = position.offset(in: unit)
        position.advance(over: UnsafeBufferPointer(rebasing: bytes[segment.range]))
        cursor = segment.range.upperBound
        printJSON(segment, of: bytes, from: lower, to: position.offset(in: unit), into: &output)
      }
    }
  }

  mutating func printText(_ segment: Segment, of bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    let text = UnsafeBufferPointer(rebasing: bytes[segment.range])
    if segment.kind == "sentence" {
      // One sentence per line: its line ends (CR LF, LF, CR) become single spaces.
      var previous: UInt8 = 0
      for byte in text {
        if byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r") {
          // CR LF: one space, written for the CR.
        } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
          output.append(UInt8(ascii: " "))
        } else {
          output.append(byte)
        }
        previous = byte
      }
      output.append(UInt8(ascii: "\n"))
    } else if segment.isWhitespace {
      if text.contains(UInt8(ascii: "\n")) {
        output.append(UInt8(ascii: "\n"))
        lineHasContent = false
      }
    } else if segment.isPrinted || all {
      if lineHasContent { output.append(UInt8(ascii: " ")) }
      output.append(contentsOf: text)
      lineHasContent = true
    }
  }

  mutating func printJSON(
    _ segment: Segment, of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
    into output: inout [UInt8]
  ) {
    if format == .json {
      if arrayOpened { JSONText.appendRaw(",\n{", to: &output) } else { JSONText.appendRaw("[{", to: &output) }
      arrayOpened = true
    } else {
      JSONText.appendRaw("{", to: &output)
    }
    JSONText.appendRaw("\"text\":", to: &output)
    JSONText.appendString(UnsafeBufferPointer(rebasing: bytes[segment.range]), to: &output)
    JSONText.appendRaw(",\"kind\":\"", to: &output)
    output.append(contentsOf: segment.kind.utf8)
    JSONText.appendRaw("\",\"start\":", to: &output)
    JSONText.appendInteger(start, to: &output)
    JSONText.appendRaw(",\"end\":", to: &output)
    JSONText.appendInteger(end, to: &output)
    if let file {
      JSONText.appendRaw(",\"file\":", to: &output)
      JSONText.appendString(file, to: &output)
    }
    output.append(UInt8(ascii: "}"))
    if format == .ndjson { output.append(UInt8(ascii: "\n")) }
  }

  /// Ends an input: a last line without a line end still ends its output line.
  mutating func endInput(to output: inout [UInt8]) {
    if format == .text && lineHasContent { output.append(UInt8(ascii: "\n")) }
    lineHasContent = false
  }

  /// Ends the output: closes the JSON array.
  mutating func endOutput(to output: inout [UInt8]) {
    guard format == .json else { return }
    if arrayOpened { JSONText.appendRaw("]\n", to: &output) } else { JSONText.appendRaw("[]\n", to: &output) }
  }
}
