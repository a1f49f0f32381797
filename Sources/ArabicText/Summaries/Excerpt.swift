/// The beginning of a text, cut to a budget at a sentence end or between words.
///
/// ```swift
/// let text = "ذهب الولد إلى المدرسة صباحًا. ثم عاد إلى البيت في المساء."
/// Excerpt(text, maxCharacters: 40).text               // "ذهب الولد إلى المدرسة صباحًا.…"
/// Excerpt(text, maxCharacters: 20).text               // "ذهب الولد…"
/// Excerpt(text, maxWords: 3).text                     // "ذهب الولد…"
/// Excerpt("كُتُب", maxCharacters: 2, wordBoundary: false).text  // "كُتُ…"
/// Excerpt(text, maxCharacters: 200).isTruncated       // false
/// ```
///
/// The rules, in order:
/// 1. Newlines and runs of whitespace become one space, with the marks a
///    space carries (a space followed by a shadda or ZWNJ is white space)
///    and the invisible characters right after it (ZWSP, LRM, RLM, ALM,
///    BOM, bidi controls: default-ignorable code points); leading whitespace
///    is dropped. A text that fits the budget is returned whole, without
///    ellipsis.
/// 2. The budget counts grapheme clusters (`Character`s: a letter with its
///    harakat, an emoji sequence, a lam-alef presentation form are one
///    each), spaces included, or words as ``ReadingTime`` counts them. The
///    ellipsis is not counted.
/// 3. The excerpt ends at the last sentence end within the budget (after
///    . ! ? ؟ ۔ … and their closing quotes, or at a blank line, as
///    ``SentenceSegmenter`` finds them: not after د. or inside 2.5) when that
///    keeps at least ``Options/minimumSentenceFraction`` of it (60 %); else
///    at the last word boundary (between ``WordTokenizer`` tokens: never
///    inside a word, number, URL, hashtag or emoji sequence); with
///    ``Options/wordBoundary`` off, at the budget itself. It never ends
///    inside a grapheme cluster.
/// 4. It never ends on whitespace, on ، ؛ , ; : or a dash, on an opening
///    bracket, on a quotation mark that opens (`"` `'` « “ ” at the start or
///    after a space; right after a word one closes and stays), on an
///    invisible format character, or on a dangling particle (a whole word:
///    و في من على إلى أن لم …, see ``DanglingParticles``): these are
///    removed, repeatedly. A URL, e-mail address, hashtag or mention at the
///    end is kept whole: nothing is removed from inside it (`#قل_لا`).
/// 5. The ellipsis (default "…" U+2026) is appended without a space when the
///    text was cut. When nothing is left (a budget smaller than the first
///    word), the excerpt is the ellipsis alone.
///
/// The result is always a prefix of the whitespace-folded text (of the
/// diacritics-stripped text with ``Options/stripsDiacritics``), followed by
/// the ellipsis when cut.
///
/// - Complexity: O(*m*), where *m* is the length of the prefix read: the
///   budget plus the next grapheme cluster or word, and the sentence
///   segmenter's look-ahead (1 KiB, more only when the first sentences are
///   longer); never the whole text.
public struct Excerpt: Sendable, Hashable, CustomStringConvertible {
  /// The excerpt, followed by the ellipsis when the text was cut.
  public let text: String
  /// Whether the text was cut (and the ellipsis appended).
  public let isTruncated: Bool

  /// The excerpt of `source` under `options`.
  ///
  /// - Complexity: O(*m*), where *m* is the length of the prefix of `source` read.
  public init<S: StringProtocol>(_ source: S, options: Options) {
    var scanner = _ExcerptScanner(options: options)
    let (body, truncated) = scanner.excerpt(of: source)
    var text = options.stripsDiacritics ? DiacriticStripper().strip(body) : body
    if truncated { text += options.ellipsis }
    self.text = text
    self.isTruncated = truncated
  }

  /// The excerpt of `source` in at most `maxCharacters` grapheme clusters.
  ///
  /// - Parameters:
  ///   - source: The text, whole: only the prefix the budget needs is read.
  ///   - maxCharacters: The budget in grapheme clusters (`Character`s), ellipsis excluded.
  ///   - ellipsis: Appended when cut. Default "…" U+2026.
  ///   - wordBoundary: Whether the cut must fall between words. Default: true.
  ///   - stripsDiacritics: Whether to remove tashkeel from the excerpt. Default: false.
  /// - Complexity: O(*m*), where *m* is the length of the prefix of `source` read.
  public init<S: StringProtocol>(
    _ source: S, maxCharacters: Int, ellipsis: String = Excerpt.defaultEllipsis, wordBoundary: Bool = true,
    stripsDiacritics: Bool = false
  ) {
    self.init(
      source,
      options: Options(
        maxCharacters: maxCharacters, ellipsis: ellipsis, wordBoundary: wordBoundary,
        stripsDiacritics: stripsDiacritics))
  }

  /// The excerpt of `source` in at most `maxWords` words.
  ///
  /// - Complexity: O(*m*), where *m* is the length of the prefix of `source` read.
  public init<S: StringProtocol>(
    _ source: S, maxWords: Int, ellipsis: String = Excerpt.defaultEllipsis, stripsDiacritics: Bool = false
  ) {
    self.init(source, options: Options(maxWords: maxWords, ellipsis: ellipsis, stripsDiacritics: stripsDiacritics))
  }

  /// The length of ``text`` in grapheme clusters (`Character`s), ellipsis included.
  ///
  /// - Complexity: O(*k*), where *k* is the length of the excerpt.
  public var characterCount: Int { text.count }

  /// The length of ``text`` in UTF-16 code units, ellipsis included: what
  /// JavaScript's `String.length` and Yoast SEO count.
  ///
  /// - Complexity: O(*k*), where *k* is the length of the excerpt.
  public var utf16Count: Int { text.utf16.count }

  public var description: String { text }
}

extension StringProtocol {
  /// The excerpt of this text under `options`; see ``Excerpt``.
  ///
  /// ```swift
  /// "ذهب الولد إلى المدرسة صباحًا.".excerpt(.init(maxCharacters: 14)).text  // "ذهب الولد…"
  /// ```
  public func excerpt(_ options: Excerpt.Options) -> Excerpt {
    Excerpt(self, options: options)
  }
}
