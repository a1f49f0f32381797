// Fuzz target: WordTokenizer and wordCount(of:).
// Laws: token ranges inside the text, in order, matching their UTF-8 offsets;
// scope .all tiles the text; tokens of a substring stay inside it; wordCount
// counts the word-like tokens.
import ArabicText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  var input = FuzzInput(data, size)
  let cut = Int(input.byte())
  let text = input.text
  let utf8Count = text.utf8.count

  var previousEnd = 0
  var words = 0
  for token in WordTokenizer().tokens(in: text) {
    let lower = text.utf8.distance(from: text.startIndex, to: token.range.lowerBound)
    let upper = text.utf8.distance(from: text.startIndex, to: token.range.upperBound)
    require(lower == token.utf8Offsets.lowerBound && upper == token.utf8Offsets.upperBound, "range and offsets differ", text)
    require(previousEnd <= lower && lower < upper && upper <= utf8Count, "token \(lower)..<\(upper) out of order", text)
    require(token.kind.isWordLike, "\(token.kind) in scope .words", text)
    previousEnd = upper
    words += 1
  }
  require(wordCount(of: text) == words, "wordCount \(wordCount(of: text)) != \(words) tokens", text)

  var expected = 0
  var tiled: [UInt8] = []
  for token in WordTokenizer(scope: .all).tokens(in: text) {
    require(token.utf8Offsets.lowerBound == expected && !token.utf8Offsets.isEmpty, "gap, overlap or empty token at \(expected)", text)
    tiled.append(contentsOf: text[token.range].utf8)
    expected = token.utf8Offsets.upperBound
  }
  require(tiled.elementsEqual(text.utf8), "tokens do not give back the text", text)

  // A substring from a scalar boundary.
  let scalars = text.unicodeScalars
  let from = scalars.index(scalars.startIndex, offsetBy: min(cut, scalars.count))
  let sub = text[from...]
  var subExpected = text.utf8.distance(from: text.startIndex, to: from)
  for token in WordTokenizer(scope: .all).tokens(in: sub) {
    require(token.range.lowerBound >= from, "token before the substring", text)
    let lower = text.utf8.distance(from: text.startIndex, to: token.range.lowerBound)
    require(lower == subExpected, "substring tokens do not tile it", text)
    subExpected = text.utf8.distance(from: text.startIndex, to: token.range.upperBound)
  }
  require(subExpected == utf8Count, "substring tokens stop early", text)
  return 0
}
