import Testing

@testable import ArabicText
import TestSupport

@Suite("Excerpt sentence cursor")
struct ExcerptSentenceCursorTests {
  /// Every boundary the scanner finds over the whole text.
  func boundaries(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<Int> {
    guard let base = bytes.baseAddress else { return [] }
    let scanner = _SentenceScanner(base, start: 0, end: bytes.count, breaksAtEveryLine: false)
    var result: Set<Int> = []
    var i = 0
    while i < bytes.count {
      i = scanner.sentenceEnd(from: i)
      result.insert(i)
    }
    return result
  }

  /// Checks the windowed cursor against the whole-text scanner at every offset.
  func check(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      let expected = boundaries(bytes)
      var cursor = _ExcerptSentenceCursor(base, count: bytes.count)
      for offset in 0..<bytes.count {
        #expect(cursor.isBoundary(at: offset) == expected.contains(offset), "offset \(offset)")
      }
    }
  }

  @Test("Long sentences past the first window, and boundaries near its edge")
  func windows() {
    let long = String(repeating: "كلمة ", count: 300)  // 3,000 bytes without a terminator
    check(long + "نهاية. " + long + "ثم؟ وبعد")
    for padding in 1_000...1_030 {
      check(String(repeating: "a", count: padding) + ". Next one. " + String(repeating: "b ", count: 40))
    }
  }

  @Test("The same boundaries as the whole-text scanner on corpus files",
    .enabled(if: SharedCorpus.isAvailable, "../shared/corpus is absent: skipped"))
  func corpus() {
    for path in ["news/seed-article.txt", "news/dh-ar-preface.txt", "classical-diacritized/aliqd-alfarid.txt"] {
      guard let text = SharedCorpus.text(path) else { continue }
      check(String(text.utf8.prefix(6_000)) ?? String(text.prefix(2_000)))
    }
  }
}
