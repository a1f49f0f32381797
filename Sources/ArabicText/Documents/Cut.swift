/// Cuts of titles and descriptions, made by ``Excerpt``.
enum _Cut {
  /// `text` cut to `maxLength` grapheme clusters, `ellipsis` included:
  /// at a sentence end keeping `sentenceFraction` of the budget, else at a
  /// word boundary (no dangling particle), else, when the first word alone
  /// is too long, inside it at a grapheme cluster.
  static func prefix(_ text: String, maxLength: Int, ellipsis: String, sentenceFraction: Double) -> String {
    let budget = max(1, maxLength - ellipsis.count)
    let options = Excerpt.Options(
      budget: .characters(budget), ellipsis: ellipsis, minimumSentenceFraction: min(1, max(0, sentenceFraction)))
    let excerpt = Excerpt(text, options: options)
    if excerpt.isTruncated && excerpt.text == ellipsis {
      return Excerpt(text, options: Excerpt.Options(budget: .characters(budget), ellipsis: ellipsis, wordBoundary: false)).text
    }
    return excerpt.text
  }

  /// Whether a grapheme cluster starts with a word scalar.
  static func isWordCharacter(_ character: Character) -> Bool {
    character.unicodeScalars.first.map(_TextScan.isWordScalar) ?? false
  }
}
