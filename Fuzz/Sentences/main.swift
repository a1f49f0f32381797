// Fuzz target: SentenceSegmenter with both paragraph-break rules.
// Laws: sentences inside the text, in order, non-empty, matching their UTF-8
// offsets, with only white space and format characters between them.
import ArabicText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  var input = FuzzInput(data, size)
  let mode = input.byte()
  let text = input.text
  let segmenter = SentenceSegmenter(paragraphBreak: mode & 1 == 0 ? .blankLine : .lineBreak)
  var previous = text.startIndex
  var previousOffset = 0
  func isBetween(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
  }
  for sentence in segmenter.sentences(in: text) {
    let lower = text.utf8.distance(from: text.startIndex, to: sentence.range.lowerBound)
    let upper = text.utf8.distance(from: text.startIndex, to: sentence.range.upperBound)
    require(lower == sentence.utf8Offsets.lowerBound && upper == sentence.utf8Offsets.upperBound, "range and offsets differ", text)
    require(previousOffset <= lower && lower < upper, "sentence \(lower)..<\(upper) out of order or empty", text)
    require(text.unicodeScalars[previous..<sentence.range.lowerBound].allSatisfy(isBetween), "text between sentences", text)
    previous = sentence.range.upperBound
    previousOffset = upper
  }
  require(text.unicodeScalars[previous...].allSatisfy(isBetween), "text after the last sentence", text)
  return 0
}
