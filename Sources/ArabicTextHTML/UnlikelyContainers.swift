/// Class and id words of page parts that are not the article: comments,
/// sharing, related posts, sidebars, pop-ups, pagination.
///
/// Source: Mozilla Readability (`Readability.js`, Apache-2.0), its
/// `unlikelyCandidates` and `okMaybeItsACandidate` patterns, written out as
/// word lists. A `div`, `section`, `ul`, `ol` or `table` whose `class` or
/// `id` (lowercased) contains one of ``unlikely`` and none of ``maybe`` is
/// skipped with its content.
enum _UnlikelyContainers {
  static let unlikely: [String] = [
    "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
    "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
    "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
    "pagination", "pager", "popup", "yom-remote", "modal", "share", "newsletter", "cookie",
  ]

  static let maybe: [String] = ["and", "article", "body", "column", "content", "main", "shadow"]

  /// Whether an element with these `class` and `id` values is unlikely to be the article.
  static func isUnlikely(className: String?, id: String?) -> Bool {
    guard className != nil || id != nil else { return false }
    let words = ((className ?? "") + " " + (id ?? "")).lowercased()
    return unlikely.contains(where: words.contains) && !maybe.contains(where: words.contains)
  }
}
