/// Class and id words of page parts that are not the article: comments,
/// sharing, related posts, sidebars, pop-ups, pagination.
///
/// Source: Mozilla Readability (`Readability.js`, Apache-2.0), its
/// `unlikelyCandidates` and `okMaybeItsACandidate` patterns, written out as
/// word lists. A `div`, `section`, `ul`, `ol` or `table` whose `class` or
/// `id` (lowercased) contains one of ``unlikely`` and none of ``maybe`` is
/// skipped with its content, unless its class or id names the article's
/// own header (``isEntryHeader(className:id:)``).
enum _UnlikelyContainers {
  static let unlikely: [String] = [
    "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
    "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
    "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
    "pagination", "pager", "popup", "yom-remote", "modal", "share", "newsletter", "cookie",
  ]

  static let maybe: [String] = ["and", "article", "body", "column", "content", "main", "shadow"]

  /// Class and id words of an article's own header: its headline, byline
  /// and date (WordPress `entry-header`, `entry-title`, `post-header`,
  /// `article-header`, `story-headline`).
  static let entry: [String] = ["entry", "post", "article", "story", "headline"]

  /// Words that make a header the site's rather than the entry's.
  static let notEntry: [String] = [
    "site", "masthead", "related", "comment", "share", "social", "sidebar", "widget", "nav", "menu", "footer",
  ]

  /// Whether an element with these `class` and `id` values is an article's
  /// own header: it names the entry (``entry``) and nothing of the site (``notEntry``).
  static func isEntryHeader(className: String?, id: String?) -> Bool {
    guard className != nil || id != nil else { return false }
    let words = ((className ?? "") + " " + (id ?? "")).lowercased()
    return entry.contains(where: words.contains) && !notEntry.contains(where: words.contains)
  }

  /// Whether an element with these `class` and `id` values is unlikely to be the article.
  static func isUnlikely(className: String?, id: String?) -> Bool {
    guard className != nil || id != nil else { return false }
    let words = ((className ?? "") + " " + (id ?? "")).lowercased()
    return unlikely.contains(where: words.contains) && !maybe.contains(where: words.contains)
  }
}
