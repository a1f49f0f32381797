import ArabicText
import ArgumentParser

struct SlugCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "slug",
    abstract: "Print the URL slug of a title.",
    discussion: """
      The title is the arguments joined by spaces, or else (no argument, or '-') each line of \
      standard input, one slug per line: an empty line gives an empty line. Arabic letters are \
      kept (diacritics and tatweel removed, no alef or teh marbuta folding), Latin is lowercased, \
      digits are kept, and runs of spaces and punctuation become one hyphen. --slug-style latin \
      romanizes every letter to ASCII: simplified ALA-LC for Arabic, Persian and Urdu, ISO 843 \
      for Greek, ICAO 9303 for Cyrillic; letters of other scripts stay.
      """)

  @Option(name: .customLong("max-length"), parsing: .unconditional, help: "The longest slug in grapheme clusters, cut at a hyphen; counted before --percent-encode encodes it.")
  var maxLength: Int?

  @Flag(name: .customLong("percent-encode"), help: "Print the percent-encoded form (RFC 3986, uppercase hex).")
  var percentEncode = false

  @Option(name: .customLong("slug-style"), help: "The script of the slug.")
  var style: Slug.Options.Style = .arabic

  @Flag(help: "Replace invalid UTF-8 on standard input with U+FFFD instead of stopping with exit status 65.")
  var lossy = false

  @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file (atomically).", valueName: "file"))
  var output: String?

  @Argument(help: "The title; standard input when omitted or '-'.")
  var title: [String] = []

  func validate() throws {
    if let maxLength, maxLength < 1 { throw ValidationError("--max-length must be at least 1.") }
  }

  var options: Slug.Options { Slug.Options(style: style, maxLength: maxLength, percentEncoded: percentEncode) }

  /// The slug of one title.
  func slug(_ title: some StringProtocol) -> String { Slug.make(title, options: options) }

  func run() throws {
    let writer = try OutputWriter(path: output)
    do {
      if !title.isEmpty && title != ["-"] {
        try writer.write(slug(title.joined(separator: " ")) + "\n")
      } else {
        // One slug per line, line for line; a line may span records.
        var carried: [UInt8] = []
        func line(_ bytes: UnsafeBufferPointer<UInt8>) throws {
          var text = String(decoding: bytes, as: UTF8.self)
          if text.hasSuffix("\r") { text.removeLast() }
          try writer.write(slug(text) + "\n")
        }
        try RecordReader(source: .standardInput, lossy: lossy).forEachRecord { record, isLast in
          var start = 0
          while let newline = record[start...].firstIndex(of: 0x0A) {
            if carried.isEmpty {
              try line(UnsafeBufferPointer(rebasing: record[start..<newline]))
            } else {
              carried.append(contentsOf: record[start..<newline])
              try carried.withUnsafeBufferPointer { try line($0) }
              carried.removeAll(keepingCapacity: true)
            }
            start = newline + 1
          }
          carried.append(contentsOf: record[start...])
          if isLast && !carried.isEmpty { try carried.withUnsafeBufferPointer { try line($0) } }
        }
      }
      try writer.finish()
    } catch {
      writer.abandon()
      throw error
    }
  }
}
