extension Excerpt {
  /// How long an excerpt may be.
  public enum Budget: Sendable, Hashable {
    /// At most this many grapheme clusters (`Character`s: a letter with its
    /// marks is one), spaces included, the ellipsis excluded.
    case characters(Int)
    /// At most this many words, counted as ``ReadingTime`` counts them.
    case words(Int)
  }

  /// How an excerpt is cut.
  ///
  /// ```swift
  /// var options = Excerpt.Options(maxCharacters: 160)
  /// options.ellipsis = " [...]"
  /// options.stripsDiacritics = true
  ///
  /// let meta = Excerpt.Options.metaDescription   // 156 characters, no ellipsis
  /// ```
  public struct Options: Sendable, Hashable {
    /// The budget, in grapheme clusters or in words.
    public var budget: Budget
    /// Appended, without a space, only when the text was cut; not counted in
    /// the budget; may be empty. Default: "…" U+2026 HORIZONTAL ELLIPSIS.
    public var ellipsis: String
    /// Whether the cut must fall between words. When false, a
    /// ``Budget/characters(_:)`` excerpt fills its budget and may end inside
    /// a word (never inside a grapheme cluster). Default: true.
    public var wordBoundary: Bool
    /// The smallest share of the budget that ending at a sentence end must
    /// keep for it to be preferred to ending at the last word boundary.
    /// Default: 0.6 (60 %).
    public var minimumSentenceFraction: Double
    /// Whether the excerpt's diacritics (tashkeel) are removed, as
    /// ``DiacriticStripper`` does by default. Default: false.
    public var stripsDiacritics: Bool

    /// Options with a budget and the defaults for everything else.
    public init(
      budget: Budget, ellipsis: String = Excerpt.defaultEllipsis, wordBoundary: Bool = true,
      minimumSentenceFraction: Double = 0.6, stripsDiacritics: Bool = false
    ) {
      switch budget {
      case .characters(let n), .words(let n): precondition(n >= 0, "A budget is never negative")
      }
      precondition((0...1).contains(minimumSentenceFraction), "The sentence fraction is between 0 and 1")
      self.budget = budget
      self.ellipsis = ellipsis
      self.wordBoundary = wordBoundary
      self.minimumSentenceFraction = minimumSentenceFraction
      self.stripsDiacritics = stripsDiacritics
    }

    /// Options with a budget of `maxCharacters` grapheme clusters.
    public init(
      maxCharacters: Int, ellipsis: String = Excerpt.defaultEllipsis, wordBoundary: Bool = true,
      stripsDiacritics: Bool = false
    ) {
      self.init(
        budget: .characters(maxCharacters), ellipsis: ellipsis, wordBoundary: wordBoundary,
        stripsDiacritics: stripsDiacritics)
    }

    /// Options with a budget of `maxWords` words.
    public init(maxWords: Int, ellipsis: String = Excerpt.defaultEllipsis, stripsDiacritics: Bool = false) {
      self.init(budget: .words(maxWords), ellipsis: ellipsis, stripsDiacritics: stripsDiacritics)
    }

    /// A meta description: at most 156 grapheme clusters, ending at a
    /// sentence end when that keeps at least 120, no ellipsis.
    ///
    /// Source: Yoast SEO's meta description length check (120 to 156
    /// characters).
    public static let metaDescription = Options(
      budget: .characters(156), ellipsis: "", minimumSentenceFraction: 120.0 / 156.0)
  }

  /// "…" U+2026 HORIZONTAL ELLIPSIS.
  public static let defaultEllipsis = String(ArabicScalars.horizontalEllipsis)
}
