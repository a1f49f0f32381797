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
  private var results: [Named] = []
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// A result with the name of its input, as a "file" key beside the result's own keys.
  private struct Named: Encodable {
    enum Key: String, CodingKey { case file }
    let file: String?
    let result: Result

    func encode(to encoder: any Encoder) throws {
      try result.encode(to: encoder)
      guard let file else { return }
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(file, forKey: .file)
    }
  }

  init(format: OutputFormat, inputs: Int) {
    self.format = format
    self.inputs = inputs
  }

  /// Prints `result` of the input `source`, or its `text` line in text
  /// format. With several inputs each result names its input: a "file" key
  /// in JSON and NDJSON, a "name: " prefix in text.
  mutating func print(_ result: Result, text: String, of source: InputSource, to writer: OutputWriter) throws {
    let named = Named(file: inputs > 1 ? source.name : nil, result: result)
    switch format {
    case .text:
      try writer.write((named.file.map { $0 + ": " } ?? "") + text + "\n")
    case .ndjson:
      try writer.write(Array(try encoder.encode(named)) + [UInt8(ascii: "\n")])
    case .json:
      results.append(named)
      guard results.count == inputs else { return }
      let data = inputs == 1 ? try encoder.encode(named) : try encoder.encode(results)
      try writer.write(Array(data) + [UInt8(ascii: "\n")])
    }
  }
}
