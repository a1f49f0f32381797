import Testing

@testable import ArabicText
import TestSupport

/// Properties of excerpts over the shared corpus (`../shared/corpus`).
@Suite("Excerpt corpus properties", .enabled(if: SharedCorpus.isAvailable, "../shared/corpus is absent: skipped"))
struct ExcerptCorpusPropertyTests {
  /// `text` with every run of white space (and the invisible characters
  /// right after it) folded into one space, trimmed: the reference the
  /// excerpt must be a prefix of.
  static func folded(_ text: Substring) -> String {
    var result = ""
    var pendingSpace = false
    for character in text {
      // White space (a space carrying marks too), and invisible characters right after it.
      if foldsIntoSpace(character, afterSpace: pendingSpace || result.isEmpty) {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(" ") }
      pendingSpace = false
      result.append(character)
    }
    return result
  }

  /// Up to 40 starting points in each corpus file: line starts spread over the file.
  static let samples: [(name: String, text: Substring)] = SharedCorpus.corpusFiles.flatMap {
    path -> [(name: String, text: Substring)] in
    guard !path.hasPrefix("big/"), !path.hasPrefix("wordlist/"), let text = SharedCorpus.text(path) else { return [] }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    let step = max(1, lines.count / 40)
    return stride(from: 0, to: lines.count, by: step).map { index in
      (name: "\(path):\(index + 1)", text: text[lines[index].startIndex...])
    }
  }

  static let budgets: [Excerpt.Budget] = [
    .characters(0), .characters(1), .characters(7), .characters(40), .characters(156), .characters(500),
    .words(1), .words(12), .words(60),
  ]

  @Test("Within budget, a prefix of the folded source, ending on a grapheme cluster boundary")
  func properties() throws {
    try #require(!Self.samples.isEmpty)
    var checked = 0
    for (name, source) in Self.samples {
      // Only the beginning matters; keep the reference fold small.
      let head = source.prefix(2_000)
      let reference = Self.folded(head)
      for budget in Self.budgets {
        for wordBoundary in [true, false] {
          let options = Excerpt.Options(budget: budget, ellipsis: "…", wordBoundary: wordBoundary)
          let excerpt = Excerpt(head, options: options)
          let body = excerpt.isTruncated ? String(excerpt.text.dropLast()) : excerpt.text
          checked += 1
          switch budget {
          case .characters(let n):
            #expect(body.count <= n, "\(name) \(budget): \(body.count) clusters")
          case .words(let n):
            #expect(ScriptWordCounts(body).total <= n, "\(name) \(budget)")
          }
          // A prefix of the folded source, scalar for scalar.
          #expect(reference.unicodeScalars.starts(with: body.unicodeScalars), "\(name) \(budget): not a prefix")
          // Ending on a grapheme cluster boundary of the source: its first
          // `body.count` clusters are exactly the body.
          #expect(
            String(reference.prefix(body.count)).unicodeScalars.elementsEqual(body.unicodeScalars),
            "\(name) \(budget): ends inside a grapheme cluster")
          if excerpt.isTruncated, let last = body.last, !_ExcerptTrimmer.endsWithAtomicToken(Substring(body)) {
            #expect(
              !_ExcerptCharacter.isTrailingSeparator(last, after: body.dropLast().last),
              "\(name) \(budget): ends on \(codePoints(String(last)))")
          } else if !excerpt.isTruncated {
            #expect(body == reference, "\(name) \(budget): uncut but not whole")
          }
        }
      }
    }
    #expect(checked > 1_000)
  }

  @Test("With diacritics stripped: a prefix of the stripped, folded source")
  func strippedPrefix() {
    for path in ["classical-diacritized/poems-vocalized.txt", "classical-diacritized/quran-uthmani.txt"] {
      guard let text = SharedCorpus.text(path) else { continue }
      for line in text.split(separator: "\n").prefix(200) {
        let excerpt = Excerpt(line, options: .init(maxCharacters: 30, ellipsis: "", stripsDiacritics: true))
        let reference = DiacriticStripper().strip(Self.folded(line))
        #expect(reference.unicodeScalars.starts(with: excerpt.text.unicodeScalars), "\(path): \(line)")
      }
    }
  }
}
