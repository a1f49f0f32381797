// Fuzz target: ArabicNormalizer with every preset and any set of folds.
// Laws: idempotence; bytes, String and record-by-record streaming agree.
import ArabicText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  var input = FuzzInput(data, size)
  let mode = input.byte()
  let low = input.byte(), high = input.byte()
  let folds: ArabicNormalizer.Folds
  switch mode % 4 {
  case 0: folds = ArabicNormalizer.Preset.standard.folds
  case 1: folds = ArabicNormalizer.Preset.search.folds
  default: folds = ArabicNormalizer.Folds(rawValue: (UInt32(high) << 8 | UInt32(low)) & ArabicNormalizer.Folds.all.rawValue)
  }
  let stripper =
    mode & 0x10 == 0
    ? DiacriticStripper()
    : DiacriticStripper(
      marks: TashkeelMarks(rawValue: UInt16(high)), superscriptAlef: mode & 0x20 == 0 ? .remove : .keep)
  let normalizer = ArabicNormalizer(folds: folds, diacritics: stripper)
  let text = input.text

  let once = normalizer.normalize(text)
  let twice = normalizer.normalize(once)
  require(once == twice, "folds \(folds.rawValue): not idempotent:\n  once  \(codePoints(once))\n  twice \(codePoints(twice))", text)

  var bytes: [UInt8] = []
  var copy = text
  copy.withUTF8 { normalizer.normalize(utf8: $0, appendingTo: &bytes) }
  require(bytes.elementsEqual(once.utf8), "normalize(utf8:) differs from normalize(_:)", text)

  // Records end after line ends, and (when mode says so) after spaces and tabs too.
  let cutAtSpaces = mode & 0x40 != 0
  var stream = normalizer.makeStream()
  var streamed: [UInt8] = []
  let utf8 = Array(text.utf8)
  var start = 0
  var i = 0
  while i <= utf8.count {
    let atEnd = i == utf8.count
    if atEnd || utf8[i] == 0x0A || (cutAtSpaces && (utf8[i] == 0x20 || utf8[i] == 0x09)) {
      let end = atEnd ? i : i + 1
      utf8[start..<end].withUnsafeBufferPointer { record in
        stream.process(record, isLast: atEnd) { streamed.append(contentsOf: $0) }
      }
      start = end
    }
    i += 1
  }
  require(
    streamed.elementsEqual(once.utf8),
    "folds \(folds.rawValue): streaming differs:\n  stream \(codePoints(String(decoding: streamed, as: UTF8.self)))\n  whole  \(codePoints(once))",
    text)
  return 0
}
