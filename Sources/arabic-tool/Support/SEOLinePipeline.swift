import ArabicText
import ArabicTextHTML
import Foundation

/// The `seo --ndjson` line protocol: a request object per input line, a
/// result (or error) object per output line with the request's `id`.
struct SEOLinePipeline {
  /// One input line: `{"id", "text"|"html"|"markdown", "title"?}`.
  struct Request: Decodable {
    var id: LineID?
    var text: String?
    var html: String?
    var markdown: String?
    var title: String?
  }

  /// A request id as given: a string, a number, or null.
  enum LineID: Codable {
    case string(String), integer(Int), number(Double), null

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() { self = .null }
      else if let value = try? container.decode(Int.self) { self = .integer(value) }
      else if let value = try? container.decode(Double.self) { self = .number(value) }
      else { self = .string(try container.decode(String.self)) }
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .string(let value): try container.encode(value)
      case .integer(let value): try container.encode(value)
      case .number(let value): try container.encode(value)
      case .null: try container.encodeNil()
      }
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
    let data: Data
    switch result(for: Data(buffer: line)) {
    case .success(let result): data = try encoder.encode(result)
    case .failure(let error):
      failed += 1
      data = try encoder.encode(error.failure)
    }
    try writer.write(Array(data))
    try writer.write("\n")
  }

  /// The result of one request line.
  func result(for line: Data) -> Swift.Result<Result, FailureError> {
    let request: Request
    do {
      request = try decoder.decode(Request.self, from: line)
    } catch {
      return .failure(FailureError(Failure(id: .null, error: "line \(lines): not a JSON request object")))
    }
    let id = request.id ?? .null
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
