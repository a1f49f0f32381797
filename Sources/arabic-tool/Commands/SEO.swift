import ArabicText
import ArabicTextHTML
import ArgumentParser
import Foundation

struct SEO: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "seo",
    abstract: "Print SEO metadata (title, description, slug, keywords, reading time) of articles as JSON.",
    discussion: """
      Reads each article whole (HTML, Markdown or plain text: --input, else the file extension, else \
      the content) and prints one JSON object per file, or an array for several. With --ndjson, \
      each input line is a JSON object {"id", "text"|"html"|"markdown", "title"?} and each output \
      line the result with the same id (written back exactly as given), or {"id", "error"}; the \
      exit status is 65 when any line \
      failed. An article with no words exits 65.
      """)

  @Option(help: "The input format (default: from the file extension, else from the content).")
  var input: ArticleFormat?

  @Option(
    name: .customLong("max-title"), parsing: .unconditional,
    help: """
      Cut the title (site name included) to at most this many grapheme clusters, at a word: a first \
      word longer than that is kept whole, and a site name with no room beside it is left out (each \
      with a warning).
      """)
  var maxTitle: Int?

  @Option(name: .customLong("site-name"), help: "Append this site name to the title.")
  var siteName: String?

  @Option(help: ArgumentHelp("The separator before the site name (default: \" - \", a hyphen between spaces)."))
  var separator: String?

  @Option(name: .customLong("max-description"), parsing: .unconditional, help: "The longest description in grapheme clusters.")
  var maxDescription: Int = SEODescription.recommendedMaxLength

  @Option(help: "Text to add when the description is cut inside a sentence (none by default; counted in --max-description).")
  var ellipsis: String?

  @Flag(help: "Make the description from the text even when the page has one.")
  var regenerate = false

  @Option(name: .customLong("slug-style"), help: "The script of the slug.")
  var slugStyle: Slug.Options.Style = .arabic

  @Option(name: .customLong("slug-max-length"), parsing: .unconditional, help: "The longest slug in grapheme clusters, cut at a hyphen.")
  var slugMaxLength: Int?

  @Flag(name: .customLong("percent-encode"), help: "Percent-encode the slug (RFC 3986).")
  var percentEncode = false

  @Option(parsing: .unconditional, help: "How many keywords to report.")
  var keywords: Int = 8

  @Flag(help: "Read one JSON object per line and write one result per line.")
  var ndjson = false

  @Flag(help: "Write each JSON object on one line.")
  var compact = false

  @OptionGroup var io: InputOptions

  func validate() throws {
    if let maxTitle, maxTitle < 1 { throw ValidationError("--max-title must be at least 1.") }
    if maxDescription < 1 { throw ValidationError("--max-description must be at least 1.") }
    if let slugMaxLength, slugMaxLength < 1 { throw ValidationError("--slug-max-length must be at least 1.") }
    if keywords < 0 { throw ValidationError("--keywords must not be negative.") }
  }

  /// The analyzer the options describe.
  var analyzer: SEOAnalyzer {
    SEOAnalyzer(
      options: SEOAnalyzer.Options(
        maxTitleLength: maxTitle, siteName: siteName, separator: separator ?? " - ",
        description: SEODescription.Options(maxLength: maxDescription, ellipsis: ellipsis),
        regenerateDescription: regenerate,
        slug: Slug.Options(style: slugStyle, maxLength: slugMaxLength, percentEncoded: percentEncode),
        keywordCount: keywords))
  }

  /// The metadata of one article.
  ///
  /// - Throws: `ToolError` with status 65 when the article is empty.
  func metadata(of text: String, format: ArticleFormat, name: String, analyzer: SEOAnalyzer) throws -> SEOMetadata {
    do {
      return try analyzer.analyze(format.document(text))
    } catch {
      throw ToolError(status: .data, message: "\(name): \(error)")
    }
  }

  func run() throws {
    if ndjson {
      try runLines()
      return
    }
    let analyzer = self.analyzer
    let encoder = JSONEncoder()
    encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var results: [SEOMetadata] = []
    try io.forEachText { source, text, _ in
      let format = input ?? ArticleFormat(fileName: source.name) ?? ArticleFormat(sniffing: text)
      results.append(try metadata(of: text, format: format, name: source.name, analyzer: analyzer))
    }
    let writer = try OutputWriter(path: io.output)
    do {
      let data = results.count == 1 ? try encoder.encode(results[0]) : try encoder.encode(results)
      try writer.write(Array(data))
      try writer.write("\n")
      try writer.finish()
    } catch {
      writer.abandon()
      throw error
    }
  }

  /// `--ndjson`: one request per line, one result per line.
  func runLines() throws {
    var pipeline = SEOLinePipeline(analyzer: analyzer, defaultFormat: input)
    var pending: [UInt8] = []
    try io.run { _ in
      return { record, isLast, writer in
        var start = record.startIndex
        for index in record.indices where record[index] == 0x0A {
          let line = UnsafeBufferPointer(rebasing: record[start..<index])
          if pending.isEmpty {
            try pipeline.process(line, writer: writer)
          } else {
            pending.append(contentsOf: line)
            try pending.withUnsafeBufferPointer { try pipeline.process($0, writer: writer) }
            pending.removeAll(keepingCapacity: true)
          }
          start = index + 1
        }
        pending.append(contentsOf: UnsafeBufferPointer(rebasing: record[start...]))
        if isLast && !pending.isEmpty {
          try pending.withUnsafeBufferPointer { try pipeline.process($0, writer: writer) }
          pending.removeAll()
        }
      }
    }
    if pipeline.failed > 0 {
      throw ToolError(status: .data, message: "\(pipeline.failed) of \(pipeline.lines) lines failed")
    }
  }
}

extension Slug.Options.Style: ExpressibleByArgument {}
