/// Meta descriptions for search results: an existing description when it
/// is a real summary, else the lead of the article cut to the budget.
public enum SEODescription {
  /// The longest description: 156 grapheme clusters (Yoast SEO's meta
  /// description length check; Google shows about 155–160 characters).
  public static let recommendedMaxLength = 156
  /// The shortest description that fills a search snippet: 120 grapheme
  /// clusters (Yoast SEO's lower bound).
  public static let recommendedMinLength = 120
  /// The fewest words an existing description needs to count as a summary: 6.
  public static let minSummaryWords = 6

  /// How a description is cut.
  public struct Options: Sendable, Hashable {
    /// The longest description in grapheme clusters, ellipsis included. Default 156.
    public var maxLength: Int
    /// The length a sentence-end cut must reach before it is preferred to a
    /// longer word-boundary cut, in grapheme clusters. Default 120.
    public var minLength: Int
    /// Text added after a cut made inside a sentence; nil (the default) adds nothing.
    public var ellipsis: String?

    /// Options with the given values.
    ///
    /// - Precondition: `maxLength` is at least 1.
    public init(
      maxLength: Int = SEODescription.recommendedMaxLength,
      minLength: Int = SEODescription.recommendedMinLength, ellipsis: String? = nil
    ) {
      precondition(maxLength >= 1, "maxLength must be at least 1")
      self.maxLength = maxLength
      self.minLength = min(minLength, maxLength)
      self.ellipsis = ellipsis
    }
  }

  /// Returns a description made from the lead paragraphs, cut by
  /// ``Excerpt``: at the last sentence end within `maxLength` when that
  /// keeps at least `minLength`; otherwise at the last word boundary that
  /// fits, with no dangling particle (``DanglingParticles``: في, من, و, …)
  /// or trailing ، , : ؛ - at the end, and the ellipsis (when given, and
  /// counted in `maxLength`) after it.
  ///
  /// ```swift
  /// SEODescription.make(fromLead: ["افتتحت البلدية مكتبة جديدة. وقال رئيس البلدية إنها مجانية."],
  ///                     options: .init(maxLength: 30))
  /// // "افتتحت البلدية مكتبة جديدة."
  /// ```
  ///
  /// White space is folded; diacritics stay as written.
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in the paragraphs.
  public static func make(fromLead paragraphs: [String], options: Options = Options()) -> String {
    let text = _TextScan.foldingWhitespace(paragraphs.joined(separator: " "))
    return cut(text, options: options)
  }

  /// `text` (whitespace folded) cut to the budget of `options` by ``Excerpt``.
  static func cut(_ text: String, options: Options) -> String {
    _Cut.prefix(
      text, maxLength: options.maxLength, ellipsis: options.ellipsis ?? "",
      sentenceFraction: Double(options.minLength) / Double(options.maxLength))
  }

  /// Whether an existing description is a real summary of the page: at
  /// least ``minSummaryWords`` words, not the title again, not the site
  /// name, not starting with a title separator (`|`, `-`, `–`, `—`), in
  /// the same script as the article (an English description of an Arabic
  /// article is a leftover of translation), and, when `article` (its title
  /// and lead) is given, sharing keyword stems with it: at least two, and at
  /// least a quarter of its own (a site's tagline describes no article).
  ///
  /// ```swift
  /// SEODescription.isRealSummary("| أخبار لبنان", title: "افتتاح مكتبة", siteName: nil, rightToLeft: true)
  /// // false
  /// ```
  public static func isRealSummary(
    _ description: String, title: String?, siteName: String?, rightToLeft: Bool, article: String? = nil
  ) -> Bool {
    let text = _TextScan.foldingWhitespace(description)
    guard wordCount(of: text) >= minSummaryWords else { return false }
    if let first = text.unicodeScalars.first,
      first == "|" || first == "-" || first == ArabicScalars.enDash || first == ArabicScalars.emDash
    {
      return false
    }
    let key = InterfacePhrases.key(text)
    if let title, InterfacePhrases.key(title) == key { return false }
    if let siteName, InterfacePhrases.key(siteName) == key { return false }
    var counts = _TextScan.ScriptCounts()
    counts.add(text)
    guard rightToLeft ? counts.arabic >= counts.latin : counts.latin >= counts.arabic else { return false }
    guard let article else { return true }
    let stems = _KeywordTally.contentStems(text)
    let shared = stems.intersection(_KeywordTally.contentStems(article)).count
    return shared >= min(2, stems.count) && shared * 4 >= stems.count
  }
}
