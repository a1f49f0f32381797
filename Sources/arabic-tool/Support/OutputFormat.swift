import ArgumentParser
import Foundation

/// How a command prints its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  /// Plain text, one line per input.
  case text
  /// JSON: one object for one input, an array for several.
  case json
  /// One JSON object per line, one line per input.
  case ndjson
}

/// Prints one result per input in an ``OutputFormat``: its text line, its
/// JSON object on a line (ndjson), or, for json, the object alone when there
/// is one input and an array of all of them after the last of several.
struct ResultPrinter<Result: Encodable> {
  let format: OutputFormat
  /// How many inputs there are (results expected).
  let inputs: Int
  private var results: [Result] = []
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  init(format: OutputFormat, inputs: Int) {
    self.format = format
    self.inputs = inputs
  }

  /// Prints `result` of the next input, or its `text` line in text format.
  mutating func print(_ result: Result, text: String, to writer: OutputWriter) throws {
    switch format {
    case .text:
      try writer.write(text + "\n")
    case .ndjson:
      try writer.write(Array(try encoder.encode(result)) + [UInt8(ascii: "\n")])
    case .json:
      results.append(result)
      guard results.count == inputs else { return }
      let data = inputs == 1 ? try encoder.encode(result) : try encoder.encode(results)
      try writer.write(Array(data) + [UInt8(ascii: "\n")])
    }
  }
}
