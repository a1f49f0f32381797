/// Cuts of titles and descriptions, made by ``Excerpt``.
enum _Cut {
  /// `text` cut to `maxLength` grapheme clusters, `ellipsis` included:
  /// at a sentence end keeping `sentenceFraction` of the budget, else at a
  /// word boundary (no dangling particle), else, when the first word alone
  /// is too long and `insideWord` allows it, inside it at a grapheme
  /// cluster. The ellipsis is added only when the cut falls inside a
  /// sentence (the text kept does not end with a sentence terminal).
  static func prefix(
    _ text: String, maxLength: Int, ellipsis: String, sentenceFraction: Double, insideWord: Bool = true
  ) -> String {
    let fraction = min(1, max(0, sentenceFraction))
    let whole = Excerpt(text, options: Excerpt.Options(budget: .characters(maxLength), ellipsis: "", minimumSentenceFraction: fraction))
    guard whole.isTruncated, !ellipsis.isEmpty else {
      if whole.isTruncated && whole.text.isEmpty && insideWord {
        return Excerpt(text, options: Excerpt.Options(budget: .characters(maxLength), ellipsis: "", wordBoundary: false)).text
      }
      return whole.text
    }
    // A cut at a sentence end needs no ellipsis.
    if !whole.text.isEmpty && _TextScan.endsWithSentenceTerminal(whole.text) { return whole.text }
    let budget = max(1, maxLength - ellipsis.count)
    var cut = Excerpt(text, options: Excerpt.Options(budget: .characters(budget), ellipsis: "", minimumSentenceFraction: fraction)).text
    if cut.isEmpty && insideWord {
      cut = Excerpt(text, options: Excerpt.Options(budget: .characters(budget), ellipsis: "", wordBoundary: false)).text
    }
    if cut.isEmpty || _TextScan.endsWithSentenceTerminal(cut) { return cut }
    return cut + ellipsis
  }

  /// Whether a grapheme cluster starts with a word scalar.
  static func isWordCharacter(_ character: Character) -> Bool {
    character.unicodeScalars.first.map(_TextScan.isWordScalar) ?? false
  }
}
