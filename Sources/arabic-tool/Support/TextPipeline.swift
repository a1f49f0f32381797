import ArabicText

/// Runs a record-by-record transformation over a subcommand's inputs.
extension InputOptions {
  /// Opens the output, calls `start` for each input then `transform` for
  /// each of its records, and finishes the output atomically.
  ///
  /// - Throws: `ToolError` or `BrokenPipe`; on failure a partial `-o` file is removed.
  func run(
    _ perSource: (InputSource) throws -> (UnsafeBufferPointer<UInt8>, Bool, OutputWriter) throws -> Void
  ) throws {
    let writer = try OutputWriter(path: output)
    do {
      for source in sources {
        let transform = try perSource(source)
        try RecordReader(source: source, lossy: lossy).forEachRecord { record, isLast in
          try transform(record, isLast, writer)
        }
      }
      try writer.finish()
    } catch {
      writer.abandon()
      throw error
    }
  }

  /// Reads each input whole (validated) and calls `body` with its text.
  func forEachText(_ body: (InputSource, String, OutputWriter) throws -> Void) throws {
    let writer = try OutputWriter(path: output)
    do {
      for source in sources {
        var bytes: [UInt8] = []
        try RecordReader(source: source, lossy: lossy).forEachRecord { record, _ in
          bytes.append(contentsOf: record)
        }
        try body(source, String(decoding: bytes, as: UTF8.self), writer)
      }
      try writer.finish()
    } catch {
      writer.abandon()
      throw error
    }
  }
}

/// The normalization stream carried from one input to the next.
private final class CarriedStream {
  var stream: NormalizationStream
  init(_ stream: consuming NormalizationStream) { self.stream = stream }
}

extension InputOptions {
  /// Normalizes the inputs with `normalizer` one after another as one
  /// stream, the way `cat` joins them: white space at a file's edge is
  /// folded with its neighbour, not dropped. (Each file still ends a
  /// grapheme cluster: a mark starting the next file does not compose with
  /// the letter ending this one.)
  ///
  /// - Throws: as ``run(_:)``.
  func normalize(with normalizer: ArabicNormalizer) throws {
    let carried = CarriedStream(normalizer.makeStream())
    var remaining = sources.count
    try run { _ in
      remaining -= 1
      let isLastSource = remaining == 0
      return { record, isLast, writer in
        try carried.stream.process(record, isLast: isLast && isLastSource) { try writer.write($0) }
      }
    }
  }
}
