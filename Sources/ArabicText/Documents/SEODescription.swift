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
    /// Text added after a cut made inside a sentence (a description that
    /// ends at a sentence end gets none), counted in ``maxLength``; nil (the
    /// default) adds nothing.
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
  /// counted in `maxLength`) after it; a description cut at a sentence end
  /// gets no ellipsis.
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

  /// Whether an existing description is a real summary of the page; see
  /// ``isRealSummary(_:title:siteNames:rightToLeft:article:)``, with one
  /// site name.
  public static func isRealSummary(
    _ description: String, title: String?, siteName: String?, rightToLeft: Bool, article: String? = nil
  ) -> Bool {
    isRealSummary(
      description, title: title, siteNames: siteName.map { [$0] } ?? [], rightToLeft: rightToLeft, article: article)
  }

  /// Whether an existing description is a real summary of the page.
  ///
  /// It is read as plain text first (escaped tags such as `&lt;p&gt;` and
  /// entities removed, white space folded). It is not a summary when it has
  /// fewer than ``minSummaryWords`` words; starts with a title separator
  /// (`|`, `-`, `–`, `—`, `•`, `/`, …: the tail of a title); is the title
  /// again, or the title with a site name (one of `siteNames`, or any part of
  /// at most five words) after or before a separator ("الخبر - صحيفة
  /// المدينة", "الخبر | صحيفة المدينة"); is a site name; is not in the
  /// article's script (an English description of an Arabic article is a
  /// leftover of translation); or, when `article` (its title and lead) is
  /// given, shares too few keyword stems with it: fewer than two, or less
  /// than a quarter of its own (a site's tagline describes no article).
  ///
  /// ```swift
  /// SEODescription.isRealSummary("| أخبار لبنان", title: "افتتاح مكتبة", siteNames: [], rightToLeft: true)
  /// // false
  /// SEODescription.isRealSummary(
  ///   "افتتاح مكتبة عامة جديدة في المدينة - صحيفة المدينة",
  ///   title: "افتتاح مكتبة عامة جديدة في المدينة", siteNames: [], rightToLeft: true)
  /// // false
  /// ```
  public static func isRealSummary(
    _ description: String, title: String?, siteNames: [String], rightToLeft: Bool, article: String? = nil
  ) -> Bool {
    let text = _TextScan.foldingWhitespace(_MarkupText.plain(description))
    guard wordCount(of: text) >= minSummaryWords else { return false }
    if let first = text.unicodeScalars.first, SEOTitle.isSeparatorScalar(first) { return false }
    let key = InterfacePhrases.key(text)
    if siteNames.contains(where: { InterfacePhrases.key($0) == key }) { return false }
    if let title {
      let titleKey = InterfacePhrases.key(title)
      if titleKey == key { return false }
      if !titleKey.isEmpty {
        if InterfacePhrases.key(SEOTitle.removingSiteName(from: text, siteNames: siteNames)) == titleKey {
          return false
        }
        // The title and a short part (an undeclared site name) around a separator.
        let body = Substring(text)
        for gap in SEOTitle.separatorGaps(in: body) {
          let head = body[..<gap.lowerBound]
          let tail = body[gap.upperBound...]
          if InterfacePhrases.key(head) == titleKey && wordCount(of: tail) <= 5 { return false }
          if InterfacePhrases.key(tail) == titleKey && wordCount(of: head) <= 5 { return false }
        }
      }
    }
    var counts = _TextScan.ScriptCounts()
    counts.add(text)
    guard rightToLeft ? counts.arabic >= counts.latin : counts.latin >= counts.arabic else { return false }
    guard let article else { return true }
    let stems = _KeywordTally.contentStems(text)
    let shared = stems.intersection(_KeywordTally.contentStems(article)).count
    return shared >= min(2, stems.count) && shared * 4 >= stems.count
  }
}
