/// What a CMS or static-site generator needs about an article: title,
/// description, slug, keywords, reading time, language and direction, the
/// lengths search engines count, and warnings.
///
/// Made by ``SEOAnalyzer``. The command-line tool prints it as JSON.
public struct SEOMetadata: Sendable, Hashable {
  /// The headline for search results (with the site name when one was asked for).
  public var title: String
  /// The meta description.
  public var description: String
  /// The URL slug of the title (without the site name).
  public var slug: String
  /// The keywords, most frequent first.
  public var keywords: [String]
  /// The reading time of the article's text.
  public var readingTime: ReadingTime
  /// The language: a BCP 47 primary subtag ("ar", "fa", "ur", "en"), or "und".
  public var language: String
  /// The base direction of the language.
  public var direction: TextDirection
  /// The length of ``title``.
  public var titleLength: TextLength
  /// The length of ``description``.
  public var descriptionLength: TextLength
  /// What a Yoast-style check would flag.
  public var warnings: [SEOWarning]

  /// Metadata with the given values.
  public init(
    title: String, description: String, slug: String, keywords: [String], readingTime: ReadingTime,
    language: String, direction: TextDirection, warnings: [SEOWarning] = []
  ) {
    self.title = title
    self.description = description
    self.slug = slug
    self.keywords = keywords
    self.readingTime = readingTime
    self.language = language
    self.direction = direction
    self.titleLength = TextLength(title)
    self.descriptionLength = TextLength(description)
    self.warnings = warnings
  }

  /// An article's reading time.
  public struct ReadingTime: Sendable, Hashable {
    /// The number of words.
    public var words: Int
    /// Whole minutes, rounded up (0 for no words).
    public var minutes: Int
    /// The label in the article's language ("٣ دقائق", "3 min read").
    public var label: String

    /// A reading time of `words` words and `minutes` minutes, labelled `label`.
    public init(words: Int, minutes: Int, label: String) {
      self.words = words
      self.minutes = minutes
      self.label = label
    }
  }

  /// A length in the two units search tools count.
  public struct TextLength: Sendable, Hashable {
    /// Grapheme clusters (`Character`s): what a reader sees as characters.
    public var graphemeClusters: Int
    /// UTF-16 code units: what JavaScript (and so Yoast SEO) counts.
    public var utf16: Int

    /// The length of `text`.
    ///
    /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `text`.
    public init(_ text: String) {
      graphemeClusters = text.count
      utf16 = text.utf16.count
    }
  }
}

/// A finding about SEO metadata that a Yoast-style check would flag.
public struct SEOWarning: Sendable, Hashable, CustomStringConvertible {
  /// What kind of finding.
  public enum Code: String, Sendable, Hashable, CaseIterable {
    /// The title is longer than ``SEOTitle/recommendedMaxLength``.
    case titleTooLong = "title-too-long"
    /// The page has no heading or title; the title was made from the text.
    case titleFromText = "title-from-text"
    /// The description is shorter than ``SEODescription/recommendedMinLength``.
    case descriptionTooShort = "description-too-short"
    /// The description is longer than ``SEODescription/recommendedMaxLength``.
    case descriptionTooLong = "description-too-long"
    /// The page's own description was not a real summary and was replaced.
    case descriptionReplaced = "description-replaced"
    /// The headline's first word alone is longer than
    /// ``SEOAnalyzer/Options-swift.struct/maxTitleLength``; the title keeps it
    /// whole and is longer than asked.
    case titleOverMaxLength = "title-over-max-length"
    /// The caller's site name did not fit beside the headline within
    /// ``SEOAnalyzer/Options-swift.struct/maxTitleLength`` and was left out.
    case siteNameOmitted = "site-name-omitted"
  }

  /// What kind of finding.
  public var code: Code
  /// A sentence saying what was found, with the numbers.
  public var message: String

  /// A warning of `code` saying `message`.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { message }
}
