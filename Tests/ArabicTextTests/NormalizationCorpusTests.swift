import Testing

@testable import ArabicText
import TestSupport

/// Laws of normalization and stripping, checked on every file of `../shared/corpus`.
@Suite("Normalization corpus properties", .enabled(if: SharedCorpus.isAvailable, "../shared/corpus is absent: skipped"))
struct NormalizationCorpusTests {
  static let files = SharedCorpus.corpusFiles.filter { !$0.hasPrefix("big/") }

  @Test("Every preset is idempotent", arguments: files)
  func presetsAreIdempotent(file: String) throws {
    let text = try #require(SharedCorpus.text(file))
    for preset in ArabicNormalizer.Preset.allCases {
      let normalizer = ArabicNormalizer(preset: preset)
      let once = normalizer.normalize(text)
      let twice = normalizer.normalize(once)
      #expect(once == twice, "\(preset) on \(file): first difference \(firstDifference(once, twice))")
    }
  }

  @Test("Stripping diacritics only removes code points", arguments: files)
  func strippingOnlyRemoves(file: String) throws {
    let text = try #require(SharedCorpus.text(file))
    // Compare against the canonically composed text: composition is the only other change.
    let composed = ArabicNormalizer(folds: []).normalize(text)
    let stripped = DiacriticStripper().strip(text)
    var source = composed.unicodeScalars.makeIterator()
    var unmatched: Unicode.Scalar? = nil
    outer: for scalar in stripped.unicodeScalars {
      while let next = source.next() {
        if next == scalar { continue outer }
      }
      unmatched = scalar
      break
    }
    #expect(unmatched == nil, "\(file): stripping produced U+\(String(unmatched?.value ?? 0, radix: 16)) out of order")
    #expect(DiacriticStripper().strip(stripped) == stripped, "\(file): stripping is not idempotent")
  }

  @Test("The search preset leaves no code point that a fold maps away", arguments: files)
  func searchPresetIsClosed(file: String) throws {
    let text = try #require(SharedCorpus.text(file))
    let searched = ArabicNormalizer(preset: .search).normalize(text)
    let rules = _NormalizationRules.cached(ArabicNormalizer.Preset.search.folds)
    for scalar in Set(searched.unicodeScalars) {
      let rule = rules.rule(for: scalar.value)
      switch rule.kind {
      case .starter, .mark, .space, .lineEnd:
        continue
      case .zeroWidthNonJoiner, .zeroWidthSpace, .digitSeparator, .superscriptAlefToAlef:
        continue  // kept only in context (inside a word, outside a number)
      case .drop, .replace, .composing, .expand:
        Issue.record("\(file): U+\(String(scalar.value, radix: 16, uppercase: true)) survives the search preset (\(rule.kind))")
      }
    }
  }

  @Test("Stripped vocalized poems equal the plain poems line for line")
  func poems() throws {
    let vocalized = try #require(SharedCorpus.text("classical-diacritized/poems-vocalized.txt"))
    let plain = try #require(SharedCorpus.text("classical-diacritized/poems-plain.txt"))
    let stripped = DiacriticStripper().strip(vocalized).split(separator: "\n", omittingEmptySubsequences: false)
    let expected = plain.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(stripped.count == expected.count)
    var mismatches = 0
    for (index, (got, want)) in zip(stripped, expected).enumerated() where got != want {
      mismatches += 1
      if mismatches <= 5 { Issue.record("line \(index + 1): \(codePoints(String(got))) != \(codePoints(String(want)))") }
    }
    #expect(mismatches == 0)
  }

  @Test("The Uthmani Quran keeps no combining mark after stripping")
  func uthmani() throws {
    let text = try #require(SharedCorpus.text("classical-diacritized/quran-uthmani.txt"))
    let stripped = DiacriticStripper().strip(text)
    let marks = Set(stripped.unicodeScalars.filter { $0.properties.generalCategory == .nonspacingMark })
    #expect(marks.isEmpty, "left: \(marks.map { "U+" + String($0.value, radix: 16, uppercase: true) }.sorted())")
    // Small waw and small yeh are letters and stay.
    #expect(stripped.unicodeScalars.contains(ArabicScalars.smallWaw))
  }

  @Test("Streaming by records gives the same result as one pass", arguments: ["classical-diacritized/quran-uthmani.txt", "mixed/tweets-arsarcasm.txt", "presentation-forms/pdf-arabi-add-example.txt"])
  func streamingMatches(file: String) throws {
    let text = try #require(SharedCorpus.text(file))
    for preset in ArabicNormalizer.Preset.allCases {
      let normalizer = ArabicNormalizer(preset: preset)
      var stream = normalizer.makeStream()
      var output: [UInt8] = []
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, line) in lines.enumerated() {
        var record = String(line)
        if index < lines.count - 1 { record += "\n" }
        record.withUTF8 { bytes in
          stream.process(bytes, isLast: index == lines.count - 1) { output.append(contentsOf: $0) }
        }
      }
      #expect(String(decoding: output, as: UTF8.self) == normalizer.normalize(text), "\(preset) on \(file)")
    }
  }

  func firstDifference(_ a: String, _ b: String) -> String {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    for i in 0..<min(x.count, y.count) where x[i] != y[i] {
      let from = max(0, i - 5)
      return "at scalar \(i): \(x[from..<min(x.count, i + 5)].map { String($0.value, radix: 16) }) vs \(y[from..<min(y.count, i + 5)].map { String($0.value, radix: 16) })"
    }
    return "lengths \(x.count) vs \(y.count)"
  }
}
