import ArabicText
import ArabicTextHTML
import Foundation

/// The `seo --ndjson` line protocol: a request object per input line, a
/// result (or error) object per output line with the request's `id`.
struct SEOLinePipeline {
  /// One input line: `{"id", "text"|"html"|"markdown", "title"?}`; the id
  /// is read from the line's bytes (``RawJSON/member(_:in:)``).
  struct Request: Decodable {
    var text: String?
    var html: String?
    var markdown: String?
    var title: String?
  }

  /// A request id as given: a string, or the JSON text of any other value
  /// (a number of any size or precision, `true`, `null`, …), written back
  /// exactly as it came.
  enum LineID: Encodable {
    case string(String), raw(String), null

    /// The id of `line`, a valid JSON object: its `id` member, or null.
    init(line: UnsafeRawBufferPointer) {
      guard let value = RawJSON.member("id", in: line) else {
        self = .null
        return
      }
      if value.first == UInt8(ascii: "\""),
        let string = try? JSONDecoder().decode(String.self, from: Data(value))
      {
        self = .string(string)
      } else {
        self = .raw(String(decoding: value, as: UTF8.self))
      }
    }

    /// A placeholder the encoder writes where a raw id goes, replaced after encoding.
    static let placeholder = "\u{1}id\u{1}"
    /// The placeholder's JSON text.
    static let placeholderJSON = Array(#""id":"\u0001id\u0001""#.utf8)

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .string(let value): try container.encode(value)
      case .raw: try container.encode(Self.placeholder)
      case .null: try container.encodeNil()
      }
    }

    /// `json` (an encoded object holding this id) with a raw id written in place of the placeholder.
    func finish(_ json: [UInt8]) -> [UInt8] {
      guard case .raw(let text) = self else { return json }
      let pattern = Self.placeholderJSON
      guard json.count >= pattern.count else { return json }
      for start in 0...(json.count - pattern.count) where json[start] == pattern[0] {
        if json[start..<(start + pattern.count)].elementsEqual(pattern) {
          return Array(json[..<start]) + Array(#""id":"#.utf8) + Array(text.utf8) + Array(json[(start + pattern.count)...])
        }
      }
      return json
    }
  }

  /// A result line: the id, then the metadata's keys.
  struct Result: Encodable {
    var id: LineID
    var metadata: SEOMetadata
    enum CodingKeys: String, CodingKey { case id }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try metadata.encode(to: encoder)
    }
  }

  /// An error line.
  struct Failure: Encodable {
    var id: LineID
    var error: String
  }

  let analyzer: SEOAnalyzer
  let defaultFormat: ArticleFormat?
  let decoder = JSONDecoder()
  let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()
  private(set) var lines = 0
  private(set) var failed = 0

  init(analyzer: SEOAnalyzer, defaultFormat: ArticleFormat?) {
    self.analyzer = analyzer
    self.defaultFormat = defaultFormat
  }

  /// Handles one line (without its LF); blank lines are skipped.
  mutating func process(_ line: UnsafeBufferPointer<UInt8>, writer: OutputWriter) throws {
    guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
    lines += 1
    let bytes: [UInt8]
    switch result(for: line) {
    case .success(let result): bytes = result.id.finish(Array(try encoder.encode(result)))
    case .failure(let error):
      failed += 1
      bytes = error.failure.id.finish(Array(try encoder.encode(error.failure)))
    }
    try writer.write(bytes)
    try writer.write("\n")
  }

  /// The result of one request line.
  func result(for line: UnsafeBufferPointer<UInt8>) -> Swift.Result<Result, FailureError> {
    let request: Request
    do {
      request = try decoder.decode(Request.self, from: Data(buffer: line))
    } catch {
      return .failure(FailureError(Failure(id: .null, error: "line \(lines): not a JSON request object")))
    }
    let id = LineID(line: UnsafeRawBufferPointer(line))
    let article: (String, ArticleFormat)
    if let html = request.html {
      article = (html, .html)
    } else if let markdown = request.markdown {
      article = (markdown, .markdown)
    } else if let text = request.text {
      article = (text, defaultFormat ?? .text)
    } else {
      return .failure(FailureError(Failure(id: id, error: "line \(lines): no \"text\", \"html\" or \"markdown\"")))
    }
    var analyzer = self.analyzer
    if let title = request.title { analyzer.options.title = title }
    do {
      return .success(Result(id: id, metadata: try analyzer.analyze(article.1.document(article.0))))
    } catch {
      return .failure(FailureError(Failure(id: id, error: "line \(lines): \(error)")))
    }
  }

  struct FailureError: Error {
    var failure: Failure
    init(_ failure: Failure) { self.failure = failure }
  }
}

/// Reads the raw text of a member of a JSON object without decoding it, so
/// that a value can be written back exactly as given (a number beyond
/// `Int64` or `Double` precision stays as its digits).
enum RawJSON {
  /// The bytes of the value of the top-level member `name` of the JSON
  /// object in `bytes` (the last one when repeated), or nil when it has none
  /// or `bytes` is not an object. `bytes` must be valid JSON.
  static func member(_ name: String, in bytes: UnsafeRawBufferPointer) -> ArraySlice<UInt8>? {
    let text = Array(bytes)
    var index = skipSpace(text, 0)
    guard index < text.count, text[index] == UInt8(ascii: "{") else { return nil }
    index += 1
    var found: ArraySlice<UInt8>?
    while true {
      index = skipSpace(text, index)
      guard index < text.count, text[index] == UInt8(ascii: "\"") else { return found }
      let keyEnd = skipString(text, index)
      let key = text[index..<keyEnd]
      index = skipSpace(text, keyEnd)
      guard index < text.count, text[index] == UInt8(ascii: ":") else { return found }
      index = skipSpace(text, index + 1)
      let valueStart = index
      index = skipValue(text, index)
      if keyName(key) == name { found = text[valueStart..<index] }
      index = skipSpace(text, index)
      guard index < text.count, text[index] == UInt8(ascii: ",") else { return found }
      index += 1
    }
  }

  /// The name of a key, its quotes and escapes removed.
  static func keyName(_ key: ArraySlice<UInt8>) -> String? {
    if !key.contains(UInt8(ascii: "\\")) { return String(decoding: key.dropFirst().dropLast(), as: UTF8.self) }
    return try? JSONDecoder().decode(String.self, from: Data(key))
  }

  static func skipSpace(_ text: [UInt8], _ start: Int) -> Int {
    var index = start
    while index < text.count, text[index] == 0x20 || text[index] == 0x09 || text[index] == 0x0A || text[index] == 0x0D {
      index += 1
    }
    return index
  }

  /// The index after the string starting at `start` (a quotation mark).
  static func skipString(_ text: [UInt8], _ start: Int) -> Int {
    var index = start + 1
    while index < text.count {
      switch text[index] {
      case UInt8(ascii: "\\"): index += 2
      case UInt8(ascii: "\""): return index + 1
      default: index += 1
      }
    }
    return index
  }

  /// The index after the value starting at `start`.
  static func skipValue(_ text: [UInt8], _ start: Int) -> Int {
    guard start < text.count else { return start }
    switch text[start] {
    case UInt8(ascii: "\""):
      return skipString(text, start)
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      var depth = 0
      var index = start
      while index < text.count {
        switch text[index] {
        case UInt8(ascii: "\""):
          index = skipString(text, index)
          continue
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
          if depth == 0 { return index + 1 }
        default:
          break
        }
        index += 1
      }
      return index
    default:
      var index = start
      while index < text.count {
        switch text[index] {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D: return index
        default: index += 1
        }
      }
      return index
    }
  }
}

