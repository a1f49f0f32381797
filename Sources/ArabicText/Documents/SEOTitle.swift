/// Title rules for search results: the bare headline, site-name suffixes,
/// word-boundary cuts, and composed titles.
public enum SEOTitle {
  /// The length above which search results cut a title: 60 grapheme
  /// clusters (Yoast SEO's title-width check and Google's common display
  /// width of about 600 px, which holds 50–60 characters).
  public static let recommendedMaxLength = 60

  /// Common separators between a headline and a site name in `<title>`,
  /// with the spaces around them: `|`, `-`, `–`, `—`, `·`, `::`, `«`, `»`.
  /// Site names are removed after any run of punctuation and symbols (see
  /// ``removingSiteName(from:siteNames:)``), not only after these.
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

  /// Returns `title` without a site name at its end (or start), after (or
  /// before) a separator.
  ///
  /// A separator is any run of punctuation and symbols between two words,
  /// with or without spaces around it (`|`, `-`, `–`, `•`, `/`, `:`, `‹`,
  /// `›`, `»`, `::`, …); a run of only `-` `.` `'` `’` `_` `,` written
  /// without spaces is part of a word (COVID-19, Node.js) and is not one.
  /// The part after the last separator is removed when it is one of
  /// `siteNames` (compared as ``InterfacePhrases/key(_:)``, word for word,
  /// or a part naming a site name and up to three more words, or a part of
  /// a site name's words); likewise the part before the first separator;
  /// repeatedly. Nothing is removed for a part that is not a site name,
  /// however short: "نهائي كأس مصر بين الأهلي والزمالك | الأهداف" keeps
  /// "| الأهداف" unless "الأهداف" is a site name. The title is never emptied.
  ///
  /// ```swift
  /// SEOTitle.removingSiteName(from: "ارتفاع أسعار القهوة | صحيفة المدينة", siteNames: ["صحيفة المدينة"])
  /// // "ارتفاع أسعار القهوة"
  /// SEOTitle.removingSiteName(from: "ارتفاع أسعار القهوة•صحيفة المدينة", siteNames: ["صحيفة المدينة"])
  /// // "ارتفاع أسعار القهوة"
  /// ```
  public static func removingSiteName(from title: String, siteNames: [String]) -> String {
    let sites = siteNames.map { InterfacePhrases.key($0) }.filter { !$0.isEmpty }.map { ($0, wordCount(of: $0)) }
    var current = Substring(_TextScan.foldingWhitespace(title))
    guard !sites.isEmpty else { return String(current) }
    func isSite(_ part: Substring) -> Bool {
      let key = InterfacePhrases.key(part)
      guard !key.isEmpty else { return false }
      let words = wordCount(of: key)
      return sites.contains { site, siteWords in
        key == site || (words <= siteWords + 3 && containsWords(key, site)) || (words >= 1 && containsWords(site, key))
      }
    }
    var changed = true
    while changed {
      changed = false
      let gaps = separatorGaps(in: current)
      // The shortest site-name tail, then the shortest head.
      for gap in gaps.reversed() {
        let head = current[..<gap.lowerBound]
        if wordCount(of: head) > 0 && isSite(current[gap.upperBound...]) {
          current = head
          changed = true
          break
        }
      }
      if changed { continue }
      for gap in gaps {
        let tail = current[gap.upperBound...]
        if wordCount(of: tail) > 0 && isSite(current[..<gap.lowerBound]) {
          current = tail
          changed = true
          break
        }
      }
    }
    return _TextScan.foldingWhitespace(current)
  }

  /// The parts of `text` between its separators (see ``removingSiteName(from:siteNames:)``).
  static func parts(of text: Substring) -> [Substring] {
    var parts: [Substring] = []
    var start = text.startIndex
    for gap in separatorGaps(in: text) {
      parts.append(text[start..<gap.lowerBound])
      start = gap.upperBound
    }
    parts.append(text[start...])
    return parts
  }

  /// The separators of `text`: runs of scalars that are not word scalars
  /// (letters, marks, digits), between two words, holding punctuation or a
  /// symbol, and either touching a space or holding something other than the
  /// in-word joiners `-` `.` `'` `’` `_` `,`.
  static func separatorGaps(in text: Substring) -> [Range<Substring.Index>] {
    var gaps: [Range<Substring.Index>] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var sawWord = false
    while index < scalars.endIndex {
      guard !_TextScan.isWordScalar(scalars[index]) else {
        sawWord = true
        index = scalars.index(after: index)
        continue
      }
      let start = index
      var hasMark = false
      var hasSpace = false
      var onlyJoiners = true
      while index < scalars.endIndex, !_TextScan.isWordScalar(scalars[index]) {
        let scalar = scalars[index]
        if _TextScan.isSpaceOrInvisible(scalar) {
          hasSpace = true
        } else {
          hasMark = true
          switch scalar {
          case "-", ".", "'", "_", ",", ArabicScalars.rightSingleQuotationMark: break
          default: onlyJoiners = false
          }
        }
        index = scalars.index(after: index)
      }
      if sawWord && index < scalars.endIndex && hasMark && (hasSpace || !onlyJoiners) {
        gaps.append(start..<index)
      }
    }
    return gaps
  }

  /// Whether `scalar` is a title separator that cannot start a summary: a
  /// dash (General Category Pd), `|`, `/`, `\\`, `:`, `•`, `·`, `›`, `»`.
  static func isSeparatorScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "|", "/", "\\", ":", ArabicScalars.bullet, ArabicScalars.middleDot,
      ArabicScalars.singleRightPointingAngleQuotationMark, ArabicScalars.rightGuillemet:
      return true
    default:
      return scalar.properties.generalCategory == .dashPunctuation
    }
  }

  /// Whether the words of `needle` occur as whole words in `haystack` (keys).
  static func containsWords(_ haystack: String, _ needle: String) -> Bool {
    guard haystack.utf8.count >= needle.utf8.count else { return false }
    return (" " + haystack + " ").contains(" " + needle + " ")
  }

  /// Returns `title` cut to at most `maxLength` grapheme clusters at a word
  /// boundary, without a dangling particle (``DanglingParticles``) or
  /// punctuation at its end, as ``Excerpt`` cuts. A title is never emptied
  /// and never cut inside a word: when the first word (with any particles
  /// before it) is longer than `maxLength`, it is returned whole, longer
  /// than `maxLength` (compare the result's `count` to detect it;
  /// ``SEOAnalyzer`` then warns with ``SEOWarning/Code/titleOverMaxLength``).
  ///
  /// ```swift
  /// SEOTitle.truncated("مختبر الذكاء الفائق الجديد في ميتا", maxLength: 27)  // "مختبر الذكاء الفائق الجديد"
  /// SEOTitle.truncated("فيلم جديد", maxLength: 2)                            // "فيلم"
  /// SEOTitle.truncated("في المدينة الكبيرة", maxLength: 5)                   // "في المدينة"
  /// ```
  ///
  /// - Precondition: `maxLength` is at least 1.
  public static func truncated(_ title: String, maxLength: Int) -> String {
    precondition(maxLength >= 1, "maxLength must be at least 1")
    let cut = _Cut.prefix(title, maxLength: maxLength, ellipsis: "", sentenceFraction: 1, insideWord: false)
    if !cut.isEmpty { return cut }
    let text = _TextScan.foldingWhitespace(title)
    // Only a word that is not a dangling particle can end the title: trimming stops at once
    // (trimming the prefix before each word would take quadratic time over a run of particles).
    for token in WordTokenizer().tokens(in: text) where !_ExcerptTrimmer.isDanglingParticle(text[token.range]) {
      let prefix = _ExcerptTrimmer.trimmed(text[..<token.range.upperBound])
      if !prefix.isEmpty { return prefix }
    }
    return text
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
}
