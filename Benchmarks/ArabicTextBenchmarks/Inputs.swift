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

  /// The vocalized classical text when present, else the vocalized fixture repeated.
  static let vocalized: (name: String, text: String) = {
    if let text = corpusText("classical-diacritized/quran-simple.txt") { return ("quran-simple.txt", text) }
    return ("fixtures ×1 MB", fixtures())
  }()
}
