/// The words of a block as the SEO rules read them, from ``WordTokenizer``.
enum _DocumentWords {
  /// The tokenizer: every token, so that punctuation between words is seen.
  static let tokenizer = WordTokenizer(scope: .all)

  /// Calls `body` with each word (``Token/Kind/word`` or
  /// ``Token/Kind/hashtag`` tokens) of `text` and whether punctuation, a
  /// symbol or another non-word token (not only white space) stands between
  /// it and the previous word, or it is the first.
  ///
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-8 bytes.
  static func forEachWord(in text: Substring, _ body: (Substring, _ afterBreak: Bool) -> Void) {
    var afterBreak = true
    for token in tokenizer.tokens(in: text) {
      switch token.kind {
      case .whitespace:
        continue
      case .word, .hashtag:
        body(text.base[token.range], afterBreak)
        afterBreak = false
      default:
        afterBreak = true
      }
    }
  }
}
