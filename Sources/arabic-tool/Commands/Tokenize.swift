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
    var output: [UInt8] = []
    output.reserveCapacity(1 << 16)
    try io.run { source in
      index += 1
      let isLastSource = index == inputs
      var stream = SegmentStream(sentences: sentences)
      printer.file = inputs > 1 ? source.name : nil
      return { record, isLast, writer in
        try stream.process(record, isLast: isLast, printer: &printer, output: &output) { try writer.write($0) }
        if isLast {
          printer.endInput(to: &output)
          if isLastSource { printer.endOutput(to: &output) }
        }
        try writer.write(output)
        output.removeAll(keepingCapacity: true)
      }
    }
  }
}

/// A segment as the printer sees it: a token's kind, or nil for a sentence,
/// and its UTF-8 range in a chunk of text.
struct Segment {
  var kind: Token.Kind?
  var range: Range<Int>

  var isSentence: Bool { kind == nil }
  var isWhitespace: Bool { kind == .whitespace }
  var isWordLike: Bool { kind?.isWordLike ?? true }
}

/// Segments a text given record by record and prints the segments as they
/// are found, holding back what a later record may still change: for words,
/// when a record does not end with a line end, the tokens from its last
/// white space that holds a space, tab or line end; for sentences, the last
/// sentence. Those bytes are carried into the next record. At most 1 MiB is
/// carried: a longer token or sentence is cut there.
///
/// Memory: the carried bytes, one copy of the record as a `String`, and the
/// held-back segments; output is flushed every 64 KiB.
struct SegmentStream {
  let sentences: Bool
  /// Bytes carried over from the previous record.
  var pending: [UInt8] = []
  /// The position of `pending` in the input.
  var position = TextPosition()
  /// Segments held back until the next break (reused between records).
  var held: [Segment] = []

  static let maxCarry = 1 << 20
  static let flushSize = 1 << 16

  init(sentences: Bool) { self.sentences = sentences }

  /// Segments the pending bytes and `record` and prints them with `printer`
  /// into `output`, which is passed to `flush` and emptied whenever it grows past 64 KiB.
  mutating func process(
    _ record: UnsafeBufferPointer<UInt8>, isLast: Bool, printer: inout TokenPrinter, output: inout [UInt8],
    flush: ([UInt8]) throws -> Void
  ) throws {
    var carried = pending
    pending = []
    carried.append(contentsOf: record)
    let carry = try carried.withUnsafeBufferPointer { bytes in
      try segment(bytes, isLast: isLast, printer: &printer, output: &output, flush: flush)
    }
    pending = Array(carried[carry...])
  }

  /// Prints the segments of `bytes` and returns where the carried bytes start.
  private mutating func segment(
    _ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool, printer: inout TokenPrinter, output: inout [UInt8],
    flush: ([UInt8]) throws -> Void
  ) throws -> Int {
    // The bytes are valid UTF-8 (RecordReader checked them): no second check.
    let text = String(copying: UTF8Span(unchecked: bytes.span))
    var cursor = Cursor(position: position)
    held.removeAll(keepingCapacity: true)
    func flushHeld() throws {
      for segment in held { printer.print(segment, of: bytes, cursor: &cursor, to: &output) }
      held.removeAll(keepingCapacity: true)
      if output.count >= Self.flushSize {
        try flush(output)
        output.removeAll(keepingCapacity: true)
      }
    }
    if sentences {
      for sentence in SentenceSegmenter().sentences(in: text) {
        try flushHeld()
        held.append(Segment(kind: nil, range: sentence.utf8Offsets))
      }
    } else {
      for token in WordTokenizer(scope: .all).tokens(in: text) {
        let segment = Segment(kind: token.kind, range: token.utf8Offsets)
        if segment.isWhitespace && Self.holdsBreak(bytes[segment.range]) { try flushHeld() }
        held.append(segment)
      }
    }
    var carry = bytes.count
    let endsLine = bytes.last == UInt8(ascii: "\n")
    if !isLast && !(endsLine && !sentences), let first = held.first, bytes.count - first.range.lowerBound <= Self.maxCarry {
      // Words: tokens never span a space, tab or line end, so what follows the last one may
      // still grow; a record ending with a line end is complete. Sentences: the last may go on.
      carry = first.range.lowerBound
      held.removeAll(keepingCapacity: true)
    }
    try flushHeld()
    cursor.advance(to: carry, in: bytes)
    position = cursor.position
    return carry
  }

  /// Whether white space holds a space, tab or line end (a point no token spans).
  static func holdsBreak(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    bytes.contains {
      $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
    }
  }
}

/// A byte offset in a chunk with its position in the input in every unit.
struct Cursor {
  var offset = 0
  var position: TextPosition

  init(position: TextPosition) { self.position = position }

  /// Moves to byte `target` (not before the current offset) of `bytes`.
  mutating func advance(to target: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    guard target > offset else { return }
    position.advance(over: UnsafeBufferPointer(rebasing: bytes[offset..<target]))
    offset = target
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

  /// Prints `segment` of `bytes`; `cursor` tracks offsets in the input.
  mutating func print(
    _ segment: Segment, of bytes: UnsafeBufferPointer<UInt8>, cursor: inout Cursor, to output: inout [UInt8]
  ) {
    switch format {
    case .text:
      printText(segment, of: bytes, to: &output)
    case .json, .ndjson:
      guard segment.isWordLike || all else { return }
      cursor.advance(to: segment.range.lowerBound, in: bytes)
      let lower = cursor.position.offset(in: unit)
      cursor.advance(to: segment.range.upperBound, in: bytes)
      printJSON(segment, of: bytes, from: lower, to: cursor.position.offset(in: unit), into: &output)
    }
  }

  mutating func printText(_ segment: Segment, of bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    let text = UnsafeBufferPointer(rebasing: bytes[segment.range])
    if segment.isSentence {
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
      // One output line per input line: each line end (LF, CR LF, or a lone CR) ends one.
      var previous: UInt8 = 0
      for byte in text {
        if byte == UInt8(ascii: "\n") ? previous != UInt8(ascii: "\r") : byte == UInt8(ascii: "\r") {
          output.append(UInt8(ascii: "\n"))
          lineHasContent = false
        }
        previous = byte
      }
    } else if segment.isWordLike || all {
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
    output.append(contentsOf: (segment.kind?.rawValue ?? "sentence").utf8)
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
