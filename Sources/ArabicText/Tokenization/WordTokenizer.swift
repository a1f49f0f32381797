/// Splits text into word tokens, lazily, with their kind and their range in
/// the source.
///
/// Word boundaries are those of UAX #29 (Unicode Text Segmentation, word
/// boundary rules WB1–WB999) with departures for Arabic-script text and
/// the web, listed in <doc:Segmentation>: harakat, shadda, tatweel and
/// U+200C ZERO WIDTH NON-JOINER stay inside a word; invisible marks (LRM,
/// RLM, ALM, ZWJ, U+FEFF) never sit at a word's edge; an Arabic word and a
/// number written together are two tokens; URLs, e-mail addresses,
/// hashtags, mentions and emoji sequences are one token each.
///
/// ```swift
/// let text = "قال المعلّم: «سعر الكتاب 2.5 دينار» #وسم_عربي 👍🏽"
/// let words = WordTokenizer().tokens(in: text).map { text[$0.range] }
/// // ["قال", "المعلّم", "سعر", "الكتاب", "2.5", "دينار", "#وسم_عربي", "👍🏽"]
///
/// let all = WordTokenizer(scope: .all).tokens(in: "نعم، 50%").map { $0.kind }
/// // [.word, .punctuation, .whitespace, .number, .punctuation]
/// ```
///
/// Tokens are found one at a time as the sequence is iterated, straight
/// from the string's UTF-8 bytes: nothing is copied or allocated per token.
/// With ``Scope/all``, the tokens tile the text: joined in order, their
/// ranges give back the text byte for byte.
///
/// To compare or count words, give the tokenizer an ``ArabicNormalizer``
/// and read ``normalizedTokens(in:)``: each token's text is normalized
/// while its range still points at the source.
public struct WordTokenizer: Sendable {
  /// Which tokens a tokenizer reports.
  public enum Scope: Sendable, Hashable {
    /// Word-like tokens only (``Token/Kind/isWordLike``): words, numbers,
    /// URLs, e-mail addresses, hashtags, mentions and emoji.
    case words
    /// Every token, white space included, so the tokens cover the whole text.
    case all
  }

  /// Which tokens are reported. The default is ``Scope/words``.
  public var scope: Scope
  /// The normalizer ``normalizedTokens(in:)`` applies to each token's text;
  /// nil keeps the text as it is in the source.
  public var normalizer: ArabicNormalizer?

  /// A tokenizer reporting `scope`, normalizing with `normalizer` in ``normalizedTokens(in:)``.
  public init(scope: Scope = .words, normalizer: ArabicNormalizer? = nil) {
    self.scope = scope
    self.normalizer = normalizer
  }

  /// The tokens of `text`, lazily, in order.
  ///
  /// - Complexity: O(*n*) to iterate, where *n* is the length of `text` in
  ///   UTF-8 bytes; O(1) to create.
  public func tokens(in text: String) -> Tokens {
    Tokens(text[...], scope: scope)
  }

  /// The tokens of `text`, lazily, in order; ranges are indices of the base
  /// string and UTF-8 offsets count from the start of `text`.
  ///
  /// The substring's bounds are the text's bounds: no rule looks outside it.
  ///
  /// - Complexity: O(*n*) to iterate, where *n* is the length of `text` in
  ///   UTF-8 bytes; O(1) to create.
  public func tokens(in text: Substring) -> Tokens {
    Tokens(text, scope: scope)
  }

  /// The tokens of `text` with their text normalized by ``normalizer``.
  ///
  /// ```swift
  /// let tokenizer = WordTokenizer(normalizer: ArabicNormalizer(preset: .search))
  /// for (token, key) in tokenizer.normalizedTokens(in: "أَكَلَ الوَلَدُ") {
  ///   print(key, token.utf8Offsets)
  /// }
  /// // اكل 0..<12
  /// // الولد 13..<29
  /// ```
  ///
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-8 bytes;
  ///   each token's text is a new `String`.
  public func normalizedTokens(in text: String) -> NormalizedTokens {
    NormalizedTokens(tokens: Tokens(text[...], scope: scope), normalizer: normalizer)
  }

  /// The tokens of `text` with their text normalized by ``normalizer``.
  public func normalizedTokens(in text: Substring) -> NormalizedTokens {
    NormalizedTokens(tokens: Tokens(text, scope: scope), normalizer: normalizer)
  }
}

extension WordTokenizer {
  /// The tokens of a text, found lazily as the sequence is iterated.
  ///
  /// - Note: This type is the result of ``WordTokenizer/tokens(in:)-(String)``.
  public struct Tokens: Sequence, Sendable {
    let slice: _UTF8Slice
    let scope: Scope

    init(_ text: Substring, scope: Scope) {
      self.slice = _UTF8Slice(text)
      self.scope = scope
    }

    public func makeIterator() -> Iterator {
      Iterator(slice: slice, position: slice.start, includesAll: scope == .all, tables: .shared)
    }

    /// Iterates over the tokens of a text.
    public struct Iterator: IteratorProtocol, Sendable {
      let slice: _UTF8Slice
      var position: Int
      let includesAll: Bool
      let tables: _WordScanner.Tables

      public mutating func next() -> Token? {
        let (start, end, position, includesAll, tables) = (
          slice.start, slice.end, self.position, self.includesAll, self.tables
        )
        guard position < end else { return nil }
        let found: (kind: Token.Kind?, start: Int, end: Int) =
          slice.withBytes { bytes -> (kind: Token.Kind?, start: Int, end: Int) in
            let scanner = _WordScanner(bytes, start: start, end: end, tables: tables)
            var i = position
            while i < end {
              let (kind, tokenEnd) = scanner.token(at: i)
              if includesAll || kind.isWordLike { return (kind, i, tokenEnd) }
              i = tokenEnd
            }
            return (nil, end, end)
          } ?? (nil, end, end)
        self.position = found.end
        guard let kind = found.kind else { return nil }
        return Token(
          kind: kind, range: slice.range(found.start, found.end),
          utf8Offsets: (found.start &- start)..<(found.end &- start))
      }
    }
  }

  /// Tokens paired with their normalized text, found lazily.
  ///
  /// - Note: This type is the result of ``WordTokenizer/normalizedTokens(in:)-(String)``.
  public struct NormalizedTokens: Sequence, Sendable {
    let tokens: Tokens
    let normalizer: ArabicNormalizer?

    public func makeIterator() -> Iterator {
      Iterator(tokens: tokens.makeIterator(), normalizer: normalizer)
    }

    /// Iterates over the tokens of a text and their normalized text.
    public struct Iterator: IteratorProtocol, Sendable {
      var tokens: Tokens.Iterator
      let normalizer: ArabicNormalizer?

      public mutating func next() -> (token: Token, text: String)? {
        guard let token = tokens.next() else { return nil }
        let source = tokens.slice.base[token.range]
        return (token, normalizer?.normalize(source) ?? String(source))
      }
    }
  }
}
