/// Cuts of running text at word and sentence boundaries, counted in
/// grapheme clusters (`Character`s), for titles and descriptions.
enum _TextCut {
  /// The sentences of `text`: each ends after a sentence terminal (and the
  /// closing quotes or brackets after it) that is followed by white space or
  /// the end; whitespace between sentences is dropped.
  static func sentences(_ text: String) -> [Substring] {
    var result: [Substring] = []
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      scalars.formIndex(after: &index)
      guard _TextScan.isSentenceTerminal(scalar) else { continue }
      var end = index
      while end < scalars.endIndex,
        _TextScan.isSentenceTerminal(scalars[end]) || _TextScan.isClosingPunctuation(scalars[end])
      {
        scalars.formIndex(after: &end)
      }
      guard end == scalars.endIndex || _TextScan.isSpaceOrInvisible(scalars[end]) else { continue }
      let sentence = Substring(scalars[start..<end])
      if _TextScan.wordCount(sentence) > 0 { result.append(sentence) }
      index = end
      while index < scalars.endIndex && _TextScan.isSpaceOrInvisible(scalars[index]) { scalars.formIndex(after: &index) }
      start = index
    }
    if start < scalars.endIndex {
      let rest = Substring(scalars[start...])
      if _TextScan.wordCount(rest) > 0 { result.append(rest) }
    }
    return result
  }

  /// The longest prefix of `text` of at most `maxLength` grapheme clusters
  /// that ends at a word boundary, with no dangling particle
  /// (``_DanglingWords``) or non-closing punctuation at its end; the first
  /// word is cut inside when it alone is longer than `maxLength`.
  static func wordPrefix(_ text: String, maxLength: Int) -> String {
    guard text.count > maxLength else { return text }
    let limit = text.index(text.startIndex, offsetBy: maxLength)
    var cut = text[..<limit]
    if text[limit].isWhitespace || !isWordCharacter(text[limit]) || !isWordCharacter(cut.last!) {
      // The limit falls on a boundary already.
    } else if let space = cut.lastIndex(where: { $0.isWhitespace }) {
      cut = cut[..<space]
    } else {
      return String(cut)
    }
    var trimmed = trimmingTail(cut)
    while let lastSpace = trimmed.lastIndex(where: { $0.isWhitespace }),
      _DanglingWords.contains(trimmed[trimmed.index(after: lastSpace)...])
    {
      trimmed = trimmingTail(trimmed[..<lastSpace])
    }
    if trimmed.isEmpty { return String(text[..<limit]) }
    return String(trimmed)
  }

  /// `text` without white space and non-closing punctuation (، , : ؛ - ( …) at its end.
  static func trimmingTail(_ text: Substring) -> Substring {
    var result = text
    while let last = result.last {
      if last.isWhitespace { result = result.dropLast(); continue }
      if isWordCharacter(last) { break }
      if let scalar = last.unicodeScalars.first,
        _TextScan.isClosingPunctuation(scalar) || _TextScan.isSentenceTerminal(scalar)
      {
        break
      }
      result = result.dropLast()
    }
    return result
  }

  /// Whether a grapheme cluster starts with a word scalar.
  static func isWordCharacter(_ character: Character) -> Bool {
    character.unicodeScalars.first.map(_TextScan.isWordScalar) ?? false
  }
}
