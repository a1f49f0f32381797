import TestSupport
import Testing

@testable import ArabicText

/// Properties of words and sentences on every file of `../shared/corpus`.
@Suite("Tokenization on the corpus", .enabled(if: SharedCorpus.isAvailable, "../shared/corpus is absent: skipped"))
struct TokenizationCorpusTests {
  @Test("Tokens with scope all tile the text byte for byte", arguments: SharedCorpus.corpusFiles)
  func roundTrip(path: String) throws {
    let text = try #require(SharedCorpus.text(path))
    var rebuilt: [UInt8] = []
    rebuilt.reserveCapacity(text.utf8.count)
    var offset = 0
    var words = 0
    for token in WordTokenizer(scope: .all).tokens(in: text) {
      if token.utf8Offsets.lowerBound != offset {
        Issue.record("\(path): gap at byte \(offset)")
        break
      }
      offset = token.utf8Offsets.upperBound
      rebuilt.append(contentsOf: text.utf8[token.range])
      if token.kind.isWordLike { words += 1 }
    }
    #expect(rebuilt.elementsEqual(text.utf8), "\(path)")
    #expect(wordCount(of: text) == words, "\(path)")
  }

  @Test("No word starts with a mark or starts or ends with an invisible character", arguments: SharedCorpus.corpusFiles)
  func wordEdges(path: String) throws {
    let text = try #require(SharedCorpus.text(path))
    for token in WordTokenizer().tokens(in: text) where token.kind == .word {
      let scalars = text.unicodeScalars[token.range]
      let first = _SegmentationProperties.of(scalars.first!)
      let last = _SegmentationProperties.of(scalars.last!)
      #expect(
        first.categoryGroup != .mark && !first.isInvisible && !last.isInvisible,
        "\(path): \(codePoints(String(text[token.range])))")
    }
  }

  @Test("Sentences are trimmed, in order, and leave only white space between them", arguments: SharedCorpus.corpusFiles)
  func sentences(path: String) throws {
    let text = try #require(SharedCorpus.text(path))
    var previous = text.startIndex
    for sentence in SentenceSegmenter().sentences(in: text) {
      let gap = text.unicodeScalars[previous..<sentence.range.lowerBound]
      let body = text.unicodeScalars[sentence.range]
      #expect(gap.allSatisfy(Self.isSpace), "\(path): \(codePoints(String(gap)))")
      #expect(!body.isEmpty && !Self.isSpace(body.first!) && !Self.isSpace(body.last!), "\(path)")
      previous = sentence.range.upperBound
    }
    #expect(text.unicodeScalars[previous...].allSatisfy(Self.isSpace), "\(path)")
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || _SegmentationProperties.of(scalar).isInvisible
  }
}
