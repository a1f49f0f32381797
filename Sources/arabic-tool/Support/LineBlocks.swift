/// Joins records back into blocks that end at a line end (LF) or at the end of the input.
///
/// `RecordReader` cuts lines longer than its record size into pieces; the
/// subcommands that work on whole lines feed each record through a joiner,
/// so no line is ever split. A single line is then held whole in memory,
/// however long it is.
struct LineJoiner {
  private var pending: [UInt8] = []

  /// Calls `body` with the part of the input up to the last complete line so far (all of it
  /// when `isLast`), keeping the rest for the next record.
  mutating func feed(
    _ record: UnsafeBufferPointer<UInt8>, isLast: Bool, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) rethrows {
    let lineFeed = UInt8(ascii: "\n")
    if pending.isEmpty && (isLast || record.last == lineFeed) {
      if !record.isEmpty { try body(record) }
      return
    }
    pending.append(contentsOf: record)
    let cut = isLast ? pending.count : (pending.lastIndex(of: lineFeed).map { $0 + 1 } ?? 0)
    guard cut > 0 else { return }
    try pending.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<cut])) }
    pending.removeSubrange(..<cut)
  }
}

extension InputOptions {
  /// Like `run`, but each block handed to `transform` ends at a line end (LF) or at the end of
  /// its input (see `LineJoiner`).
  ///
  /// - Throws: `ToolError`, `BrokenPipe`, or what `transform` throws.
  func runOnLines(
    _ perSource: (InputSource) throws -> (UnsafeBufferPointer<UInt8>, OutputWriter) throws -> Void
  ) throws {
    try run { source in
      let transform = try perSource(source)
      var joiner = LineJoiner()
      return { record, isLast, writer in
        try joiner.feed(record, isLast: isLast) { try transform($0, writer) }
      }
    }
  }
}

/// Calls `body` with each line of `block`: its content and its line end ("\n", "\r\n" or empty
/// for a last line without one).
func forEachLine(
  in block: UnsafeBufferPointer<UInt8>,
  _ body: (_ content: UnsafeBufferPointer<UInt8>, _ lineEnd: UnsafeBufferPointer<UInt8>) throws -> Void
) rethrows {
  let lineFeed = UInt8(ascii: "\n")
  let carriageReturn = UInt8(ascii: "\r")
  var start = 0
  let n = block.count
  while start < n {
    var end = start
    while end < n && block[end] != lineFeed { end += 1 }
    var contentEnd = end
    if end < n && contentEnd > start && block[contentEnd - 1] == carriageReturn { contentEnd -= 1 }
    let lineEnd = end < n ? end + 1 : end
    try body(
      UnsafeBufferPointer(rebasing: block[start..<contentEnd]),
      UnsafeBufferPointer(rebasing: block[contentEnd..<lineEnd]))
    start = lineEnd
  }
}
