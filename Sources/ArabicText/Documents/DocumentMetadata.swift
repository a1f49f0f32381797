/// What an article's source says about itself: titles, descriptions, site
/// name, language and direction, front matter.
///
/// HTML gives `<title>`, `<meta name="description">`, the Open Graph
/// properties (`og:title`, `og:description`, `og:site_name`) and `<html lang
/// dir>`; Markdown gives its front matter (`title`, `description`, `lang`).
/// Every value is plain text with whitespace folded; nil when the source had
/// none.
public struct DocumentMetadata: Sendable, Hashable {
  /// The page title (`<title>`, or front matter `title`).
  public var title: String?
  /// The Open Graph title (`og:title`).
  public var openGraphTitle: String?
  /// The description (`<meta name="description">`, or front matter `description`).
  public var description: String?
  /// The Open Graph description (`og:description`).
  public var openGraphDescription: String?
  /// The site's name (`og:site_name`, `application-name`).
  public var siteName: String?
  /// The declared language (`<html lang>`, front matter `lang`), e.g. "ar".
  public var language: String?
  /// The declared direction (`<html dir>`, front matter `dir`).
  public var direction: TextDirection?
  /// Every front matter field, as written (quotes removed).
  public var frontMatter: [String: String]

  /// Metadata with the given values; all absent by default.
  public init(
    title: String? = nil, openGraphTitle: String? = nil, description: String? = nil,
    openGraphDescription: String? = nil, siteName: String? = nil, language: String? = nil,
    direction: TextDirection? = nil, frontMatter: [String: String] = [:]
  ) {
    self.title = title
    self.openGraphTitle = openGraphTitle
    self.description = description
    self.openGraphDescription = openGraphDescription
    self.siteName = siteName
    self.language = language
    self.direction = direction
    self.frontMatter = frontMatter
  }
}

/// The base direction of a text: right-to-left (Arabic, Persian, Urdu,
/// Hebrew) or left-to-right.
public enum TextDirection: String, Sendable, Hashable, CaseIterable {
  /// Right to left, `dir="rtl"`.
  case rightToLeft = "rtl"
  /// Left to right, `dir="ltr"`.
  case leftToRight = "ltr"
}
