/// Title rules for search results: the bare headline, site-name suffixes,
/// word-boundary cuts, and composed titles.
public enum SEOTitle {
  /// The length above which search results cut a title: 60 grapheme
  /// clusters (Yoast SEO's title-width check and Google's common display
  /// width of about 600 px, which holds 50–60 characters).
  public static let recommendedMaxLength = 60

  /// The separators that join a headline and a site name in `<title>`, with
  /// the spaces around them: `|`, `-`, `–`, `—`, `·`, `::`, `«`, `»`.
  public static let separators: [String] = [
    " | ", " - ", " " + String(ArabicScalars.enDash) + " ", " " + String(ArabicScalars.emDash) + " ",
    " " + String(ArabicScalars.middleDot) + " ", " :: ", " " + String(ArabicScalars.leftGuillemet) + " ",
    " " + String(ArabicScalars.rightGuillemet) + " ",
  ]

  /// Returns `title` followed by `separator` and `siteName`, in logical
  /// order (the bidi algorithm shows an Arabic title at the right).
  ///
  /// ```swift
  /// SEOTitle.composed("دليل المبتدئين", siteName: "موقعي")  // "دليل المبتدئين - موقعي"
  /// ```
  public static func composed(_ title: String, siteName: String, separator: String = " - ") -> String {
    let site = _TextScan.foldingWhitespace(siteName)
    guard !site.isEmpty else { return title }
    guard !title.isEmpty else { return site }
    return title + separator + site
  }

  /// Returns `title` without a site name at its end (or start) after one of
  /// the ``separators``.
  ///
  /// The part after the last separator is removed when it matches one of
  /// `siteNames` (compared as ``InterfacePhrases/key(_:)``, or containing it),
  /// or, with `|`, when it is at most four words and shorter than the rest.
  /// A site name before the first separator is removed when it matches one
  /// of `siteNames`. The title is never emptied.
  ///
  /// ```swift
  /// SEOTitle.removingSiteName(from: "ارتفاع أسعار القهوة | صحيفة المدينة", siteNames: ["صحيفة المدينة"])
  /// // "ارتفاع أسعار القهوة"
  /// ```
  public static func removingSiteName(from title: String, siteNames: [String]) -> String {
    let siteKeys = siteNames.map { InterfacePhrases.key($0) }.filter { !$0.isEmpty }
    func isSite(_ part: Substring) -> Bool {
      let key = InterfacePhrases.key(part)
      guard !key.isEmpty else { return true }
      return siteKeys.contains { $0 == key || key.contains($0) || $0.contains(key) }
    }
    var current = Substring(_TextScan.foldingWhitespace(title))
    var changed = true
    while changed {
      changed = false
      if let (separator, range) = lastSeparator(in: current) {
        let head = current[..<range.lowerBound]
        let tail = current[range.upperBound...]
        let headWords = wordCount(of: head)
        let tailWords = wordCount(of: tail)
        let looksLikeSite = separator == " | " && tailWords <= 4 && tailWords < headWords
        if headWords > 0 && (isSite(tail) || looksLikeSite) {
          current = head
          changed = true
          continue
        }
      }
      if let (_, range) = firstSeparator(in: current) {
        let head = current[..<range.lowerBound]
        let tail = current[range.upperBound...]
        if wordCount(of: tail) > 0 && isSite(head) && !siteKeys.isEmpty {
          current = tail
          changed = true
        }
      }
    }
    return _TextScan.foldingWhitespace(current)
  }

  /// Returns `title` cut to at most `maxLength` grapheme clusters at a word
  /// boundary, without a dangling particle (``DanglingParticles``) or
  /// punctuation at its end, as ``Excerpt`` cuts; the first word is cut
  /// inside when it alone is too long.
  ///
  /// ```swift
  /// SEOTitle.truncated("مختبر الذكاء الفائق الجديد في ميتا", maxLength: 27)  // "مختبر الذكاء الفائق الجديد"
  /// ```
  ///
  /// - Precondition: `maxLength` is at least 1.
  public static func truncated(_ title: String, maxLength: Int) -> String {
    precondition(maxLength >= 1, "maxLength must be at least 1")
    return _Cut.prefix(title, maxLength: maxLength, ellipsis: "", sentenceFraction: 1)
  }

  /// `title` without a leading section number such as "9.11. " or "B.4. ".
  static func removingSectionNumber(_ title: String) -> String {
    guard let number = sectionNumber(title) else { return title }
    let rest = title.dropFirst(number.count)
    let trimmed = _TextScan.foldingWhitespace(rest)
    return wordCount(of: trimmed) > 0 ? trimmed : title
  }

  /// The section number at the start of `text` ("9.11.", "B.4.", "1."), followed by a space.
  static func sectionNumber(_ text: String) -> String? {
    var components = 0
    var sawDigit = false
    var current = 0
    var end = text.startIndex
    for (offset, character) in zip(text.indices, text) {
      if character.isASCII && character.isNumber {
        current += 1
        sawDigit = true
      } else if character.isASCII && character.isUppercase && current == 0 {
        current = 4
      } else if character == "." && current > 0 {
        components += 1
        current = 0
        end = text.index(after: offset)
      } else if character == " " && current == 0 && components > 0 {
        guard sawDigit else { return nil }
        return String(text[..<end])
      } else {
        return nil
      }
      if current > 4 { return nil }
    }
    return nil
  }

  static func lastSeparator(in text: Substring) -> (String, Range<Substring.Index>)? {
    var best: (String, Range<Substring.Index>)?
    for separator in separators {
      if let range = lastRange(of: separator, in: text), best.map({ range.lowerBound > $0.1.lowerBound }) ?? true {
        best = (separator, range)
      }
    }
    return best
  }

  static func firstSeparator(in text: Substring) -> (String, Range<Substring.Index>)? {
    var best: (String, Range<Substring.Index>)?
    for separator in separators {
      if let range = firstRange(of: separator, in: text), best.map({ range.lowerBound < $0.1.lowerBound }) ?? true {
        best = (separator, range)
      }
    }
    return best
  }

  static func firstRange(of needle: String, in text: Substring) -> Range<Substring.Index>? {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
    for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
      if haystack[start..<start + pattern.count].elementsEqual(pattern) { return range(start, pattern.count, in: text) }
    }
    return nil
  }

  static func lastRange(of needle: String, in text: Substring) -> Range<Substring.Index>? {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
    for start in stride(from: haystack.count - pattern.count, through: 0, by: -1) where haystack[start] == pattern[0] {
      if haystack[start..<start + pattern.count].elementsEqual(pattern) { return range(start, pattern.count, in: text) }
    }
    return nil
  }

  /// The range of `count` UTF-8 bytes from byte `start` of `text` (separators start and end on scalars).
  static func range(_ start: Int, _ count: Int, in text: Substring) -> Range<Substring.Index> {
    let lower = text.utf8.index(text.startIndex, offsetBy: start)
    return lower..<text.utf8.index(lower, offsetBy: count)
  }
}
