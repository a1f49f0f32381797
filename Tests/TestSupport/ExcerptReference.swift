/// Whether an excerpt folds `character` into a space: white space (its
/// first scalar has `White_Space`, whatever marks follow it), or, right
/// after white space or at the start (`afterSpace`), a cluster of
/// default-ignorable code points (ZWSP, ZWNJ, LRM, RLM, BOM, bidi controls).
public func foldsIntoSpace(_ character: Character, afterSpace: Bool) -> Bool {
  guard let first = character.unicodeScalars.first else { return false }
  if first.properties.isWhitespace { return true }
  return afterSpace && character.unicodeScalars.allSatisfy(\.properties.isDefaultIgnorableCodePoint)
}
