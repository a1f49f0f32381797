// Fuzz target: DiacriticStripper with any classes, dagger alef handling and scope.
// Laws: idempotence; only code points are removed (after composing decomposed
// hamza and madda, compared through their decompositions), in order for
// stream-safe text.
import ArabicText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  var input = FuzzInput(data, size)
  let mode = input.byte()
  let marks = TashkeelMarks(rawValue: UInt16(input.byte()))
  let alef: SuperscriptAlefHandling = mode % 3 == 0 ? .remove : mode % 3 == 1 ? .keep : .toAlef
  let scope: DiacriticStripper.Scope = mode & 0x80 == 0 ? .everywhere : .caseEndings
  let stripper = DiacriticStripper(marks: mode & 0x40 == 0 ? .all : marks, superscriptAlef: alef, scope: scope)
  let text = input.text

  let stripped = stripper.strip(text)
  let again = stripper.strip(stripped)
  require(again == stripped, "\(stripper): not idempotent:\n  once  \(codePoints(stripped))\n  twice \(codePoints(again))", text)

  // Compare with the text in canonical order; U+0670 may become U+0627 with .toAlef.
  let source = decomposingArabic(ArabicNormalizer(folds: []).normalize(text))
  let kept = decomposingArabic(stripped)
  var counts: [Unicode.Scalar: Int] = [:]
  for scalar in source { counts[scalar, default: 0] += 1 }
  for var scalar in kept {
    if alef == .toAlef && scalar == "\u{0627}" && counts[scalar, default: 0] == 0 { scalar = "\u{0670}" }
    counts[scalar, default: 0] -= 1
    require(counts[scalar]! >= 0, "\(stripper): U+\(String(scalar.value, radix: 16)) added", text)
  }
  if isStreamSafe(text) && alef != .toAlef {
    var k = 0
    for scalar in kept {
      while k < source.count && source[k] != scalar { k += 1 }
      require(k < source.count, "\(stripper): U+\(String(scalar.value, radix: 16)) moved: \(codePoints(stripped))", text)
      k += 1
    }
  }
  return 0
}
