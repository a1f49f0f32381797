import Foundation

/// Benchmark inputs: the project's fixtures and, when present, the shared corpus.
enum Inputs {
  static let checkout = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let corpus = checkout.deletingLastPathComponent().appendingPathComponent("shared/corpus")

  /// `../shared/corpus/<path>`, or nil when absent.
  static func corpusText(_ path: String) -> String? {
    try? String(contentsOf: corpus.appendingPathComponent(path), encoding: .utf8)
  }

  /// All fixtures joined, repeated to about `size` bytes.
  static func fixtures(size: Int = 1 << 20) -> String {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: checkout.appendingPathComponent("Fixtures").path)) ?? []
    let text = names.sorted().filter { $0.hasSuffix(".txt") }.compactMap {
      try? String(contentsOf: checkout.appendingPathComponent("Fixtures").appendingPathComponent($0), encoding: .utf8)
    }.joined(separator: "\n")
    guard !text.isEmpty else { return "" }
    var result = ""
    while result.utf8.count < size { result += text }
    return result
  }

  /// The 8 MB benchmark file when present, else the fixtures repeated to 8 MB.
  static let big: (name: String, text: String) = {
    if let text = corpusText("big/arabic-big.txt") { return ("arabic-big.txt", text) }
    return ("fixtures ×8 MB", fixtures(size: 8 << 20))
  }()

  /// A fixture's text (`Fixtures/<name>`).
  static func fixture(_ name: String) -> String {
    (try? String(contentsOf: checkout.appendingPathComponent("Fixtures").appendingPathComponent(name), encoding: .utf8)) ?? ""
  }

  /// About 5 KB of article text: the news fixture repeated, cut at a line end.
  static let article5KB: String = {
    var text = ""
    let news = fixture("news.txt") + "\n" + fixture("vocalized.txt") + "\n"
    while text.utf8.count < 5_000 { text += news }
    return text
  }()

  /// Short Arabic words, one per line: the shared word list when present, else the fixtures' words.
  static let words: [String] = {
    if let list = corpusText("wordlist/hunspell-ar.txt") {
      return list.split(separator: "\n").map { String($0.split(separator: "/").first ?? $0) }
    }
    return fixtures(size: 1 << 16).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
  }()

  /// The vocalized classical text when present, else the vocalized fixture repeated.
  static let vocalized: (name: String, text: String) = {
    if let text = corpusText("classical-diacritized/quran-simple.txt") { return ("quran-simple.txt", text) }
    return ("fixtures ×1 MB", fixtures())
  }()
}
