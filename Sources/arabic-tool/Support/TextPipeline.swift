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
