// Fuzz target: Excerpt with character and word budgets.
// Laws: the body (without the ellipsis) keeps the budget; it is a prefix of
// the white-space-folded text (of the stripped text when diacritics are
// stripped); an uncut excerpt is that whole text.
import ArabicText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  var input = FuzzInput(data, size)
  let mode = input.byte()
  let budget = Int(input.byte())
  let text = input.text
  let byWords = mode & 1 != 0
  let strips = mode & 2 != 0
  let ellipsis = mode & 4 != 0 ? "" : mode & 8 != 0 ? " [...]" : Excerpt.defaultEllipsis
  let options =
    byWords
    ? Excerpt.Options(maxWords: budget, ellipsis: ellipsis, stripsDiacritics: strips)
    : Excerpt.Options(maxCharacters: budget, ellipsis: ellipsis, wordBoundary: mode & 16 == 0, stripsDiacritics: strips)
  let excerpt = Excerpt(text, options: options)
  var body = excerpt.text
  if excerpt.isTruncated {
    require(body.unicodeScalars.elementsEqual(body.unicodeScalars.prefix(body.unicodeScalars.count - ellipsis.unicodeScalars.count) + ellipsis.unicodeScalars) , "cut without the ellipsis", text)
    body = String(String.UnicodeScalarView(body.unicodeScalars.dropLast(ellipsis.unicodeScalars.count)))
  }
  if byWords {
    require(ReadingTime(body).words <= budget, "\(ReadingTime(body).words) words over \(budget)", text)
  } else {
    require(body.count <= budget, "\(body.count) characters over \(budget)", text)
  }
  // White space inside a word token (U+202F between letters) is part of the word.
  var insideWord = Set<Int>()
  for token in WordTokenizer(scope: .all).tokens(in: text) {
    switch token.kind {
    case .whitespace, .punctuation, .symbol: continue
    default: insideWord.formUnion(token.utf8Offsets.dropFirst())
    }
  }
  var folded = ""
  var pending = false
  var offset = 0
  for character in text {
    defer { offset += character.utf8.count }
    // A cluster led by white space (a space with the marks it carries), and an invisible
    // cluster (default-ignorable scalars only) at the start or after white space, fold.
    let scalars = character.unicodeScalars
    let isWhitespace = scalars.first!.properties.isWhitespace
    // In the Arabic block only U+061C ARABIC LETTER MARK, alone, is invisible.
    let isInvisible =
      (0x0600...0x06FF).contains(scalars.first!.value)
      ? scalars.count == 1 && scalars.first! == "\u{061C}"
      : scalars.allSatisfy(\.properties.isDefaultIgnorableCodePoint)
    if !insideWord.contains(offset) && (isWhitespace || ((pending || folded.isEmpty) && isInvisible)) {
      pending = !folded.isEmpty
      continue
    }
    if pending { folded.append(" ") }
    pending = false
    folded.append(character)
  }
  if strips { folded = DiacriticStripper().strip(folded) }
  if excerpt.isTruncated {
    require(folded.unicodeScalars.starts(with: body.unicodeScalars), "body is not a prefix: \(codePoints(body))", text)
  } else {
    require(body == folded, "uncut excerpt \(codePoints(body)) != folded text", text)
  }
  return 0
}
