/// Makes ``SEOMetadata`` from a ``Document``: the pipeline behind
/// `arabic-tool seo`.
///
/// ```swift
/// let document = Document(plainText: """
///   أخبار المدينة
///
///   افتتاح مكتبة عامة جديدة في وسط المدينة
///
///   افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب.
///   """)
/// let seo = try SEOAnalyzer().analyze(document)
/// seo.title   // "افتتاح مكتبة عامة جديدة في وسط المدينة"
/// seo.slug    // "افتتاح-مكتبة-عامة-جديدة-في-وسط-المدينة"
/// seo.description
/// // "افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب."
/// ```
///
/// Steps:
/// 1. ``BoilerplateFilter`` removes navigation, bylines, datelines, dates,
///    prompts and labels.
/// 2. The title is the first of: the caller's title; `og:title` or front
///    matter `title` (or the first level-1 heading when that is a part of
///    it: a bare headline); the first level-1 heading; the page `<title>`; in plain
///    text, the last heading before the first real paragraph, or before the
///    first byline that follows a heading (or the section it belongs to:
///    "9.11." over "9.11.1."); the first heading; the first words of the
///    text. Site names are removed from its ends after any run of
///    punctuation (``SEOTitle/removingSiteName(from:siteNames:)``): the
///    declared ones, those the page's titles show around the headline, and
///    a part both `<title>` and `og:title` end with; a heading that *is*
///    the site name (a logo) is never taken, and a leading section number
///    ("B.4. ") is removed. Escaped markup (`&lt;b&gt;`) in meta titles and
///    descriptions is removed. It is not cut unless
///    ``Options-swift.struct/maxTitleLength`` says so, and then never inside
///    a word (see ``SEOWarning/Code/titleOverMaxLength`` and
///    ``SEOWarning/Code/siteNameOmitted``).
/// 3. The description is `og:description` or the meta/front matter
///    description when ``SEODescription/isRealSummary(_:title:siteNames:rightToLeft:article:)``
///    accepts it (unless ``Options-swift.struct/regenerateDescription``),
///    cut to the budget; else it is made from the lead: the first real
///    paragraph after the title in the article's script, and the paragraphs
///    that follow it (``SEODescription/make(fromLead:options:)``). A site
///    name at its start (a dateline such as "الموقع :- ") and a news
///    dateline ("القاهرة - رويترز - ") are removed; site names are the
///    declared ones and those the page's titles show around the headline.
/// 4. The slug is made from the bare title (``Slug``); reading time from
///    the text from the title on, and keywords (``KeywordExtractor``) from
///    its blocks written mainly in the article's script (so untranslated
///    paragraphs and command output in an Arabic page do not count).
/// 5. The language is the declared one when its script matches the text,
///    else detected: Latin letters as English; Arabic-script text as Arabic,
///    unless it holds Persian or Urdu letters and the function words of
///    ``LanguageMarkers`` ("است", "را", "می"; "ہے", "کے", "میں") are at least
///    3 % of its words: a Persian letter alone does not make a text Persian
///    (Arabic writes چيلسي, گوگل). The reading-time label is in the
///    language's words (``ReadingTime/Language/init(languageTag:)``: Arabic,
///    Persian, Urdu, English; other Arabic-script languages get the Arabic
///    label, other languages the English one).
public struct SEOAnalyzer: Sendable {
  /// What the caller asks of the metadata.
  public struct Options: Sendable, Hashable {
    /// A title to use instead of finding one.
    public var title: String?
    /// The longest title in grapheme clusters, site name included; nil (the
    /// default) never cuts the headline. The headline is cut at a word, never
    /// inside one: when its first word alone is longer, it is kept whole
    /// (with a ``SEOWarning/Code/titleOverMaxLength`` warning), and a site
    /// name that leaves no room for it is left out (with a
    /// ``SEOWarning/Code/siteNameOmitted`` warning).
    public var maxTitleLength: Int?
    /// A site name to append to the title; also removed from the page's own titles.
    public var siteName: String?
    /// The separator before the appended site name. Default " - ".
    public var separator: String
    /// How the description is cut.
    public var description: SEODescription.Options
    /// Whether to make the description from the text even when the page has one.
    public var regenerateDescription: Bool
    /// How the slug is written.
    public var slug: Slug.Options
    /// How many keywords to report. Default 8.
    public var keywordCount: Int

    /// Options with the given values.
    public init(
      title: String? = nil, maxTitleLength: Int? = nil, siteName: String? = nil, separator: String = " - ",
      description: SEODescription.Options = SEODescription.Options(), regenerateDescription: Bool = false,
      slug: Slug.Options = Slug.Options(), keywordCount: Int = 8
    ) {
      self.title = title
      self.maxTitleLength = maxTitleLength
      self.siteName = siteName
      self.separator = separator
      self.description = description
      self.regenerateDescription = regenerateDescription
      self.slug = slug
      self.keywordCount = keywordCount
    }
  }

  /// The caller's options.
  public var options: Options

  /// An analyzer with `options`.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// Returns the SEO metadata of `document`.
  ///
  /// - Throws: ``SEOError/emptyDocument`` when no block holds a word once
  ///   boilerplate is removed.
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in the
  ///   document, plus sorting its distinct words.
  public func analyze(_ document: Document) throws(SEOError) -> SEOMetadata {
    // Runs of more than 30 marks would make String comparisons quadratic: CGJ breaks them up.
    let document = document.streamSafe
    let (blocks, facts, bylines) = BoilerplateFilter().filtered(document)
    guard blocks.indices.contains(where: { blocks[$0].kind != .code && facts[$0].words > 0 }) else {
      throw .emptyDocument
    }
    var metadata = document.metadata
    metadata.title = metadata.title.map(Self.plainMetadata)
    metadata.openGraphTitle = metadata.openGraphTitle.map(Self.plainMetadata)
    metadata.description = metadata.description.map(Self.plainMetadata)
    metadata.openGraphDescription = metadata.openGraphDescription.map(Self.plainMetadata)
    let (language, rightToLeft) = Self.language(of: blocks, facts, declared: metadata.language)
    let siteNames = [options.siteName, metadata.siteName].compactMap { $0 }.filter { !$0.isEmpty }
      + Self.repeatedTitleParts(metadata)
    var warnings: [SEOWarning] = []

    // Title.
    let firstReal = facts.firstIndex { $0.isRealParagraph } ?? blocks.count
    var headline = options.title.map { (text: _TextScan.foldingWhitespace($0), index: Optional<Int>.none) }
    if headline == nil {
      headline = chooseTitle(blocks, facts, metadata, siteNames, firstReal: firstReal, bylines: bylines)
    }
    if headline == nil, let made = Self.titleFromText(blocks, facts) {
      headline = (made, nil)
      warnings.append(SEOWarning(.titleFromText, "the page has no heading or title; the title was made from its first words"))
    }
    let bare = Self.display.normalize(headline?.text ?? "")
    let start = headline?.index.flatMap { $0 < firstReal ? $0 : nil } ?? 0
    let allSiteNames = siteNames + Self.inferredSiteNames(metadata, headline: bare)

    // Description.
    var description: String?
    if !options.regenerateDescription {
      // Presentation forms become letters before the cut: a ligature (ﻻ, ﷺ) is longer as letters.
      let existing = [metadata.openGraphDescription, metadata.description].compactMap {
        $0.map {
          Self.removingLeadingSiteName(_TextScan.foldingWhitespace(Self.display.normalize($0)), siteNames: allSiteNames)
        }
      }
      let lead = Self.lead(blocks, facts, from: start, rightToLeft: rightToLeft)
      let article = ([bare] + lead.prefix(2)).joined(separator: " ")
      description = existing.first {
        SEODescription.isRealSummary(
          $0, title: bare, siteNames: allSiteNames, rightToLeft: rightToLeft, article: article)
      }.map { SEODescription.cut(_TextScan.foldingWhitespace($0), options: options.description) }
      if description == nil && !existing.isEmpty {
        warnings.append(SEOWarning(.descriptionReplaced, "the page's own description is not a summary; it was made from the text"))
      }
    }
    if description == nil {
      description = SEODescription.make(
        fromLead: Self.lead(blocks, facts, from: start, rightToLeft: rightToLeft).map {
          _MetadataLine.removingLeadingDateline(
            Self.removingLeadingSiteName(Self.display.normalize($0), siteNames: allSiteNames))
        }, options: options.description)
    }
    let finalDescription = description ?? ""

    // Keywords and reading time, from the title on.
    let body = (start..<blocks.count).filter { blocks[$0].kind != .code }
    let bodyTexts = body.map { blocks[$0].text }
    let reading = ReadingTime(bodyTexts.joined(separator: "\n\n"))
    var texts = body.filter { facts[$0].scripts.isMainly(rightToLeft: rightToLeft) }.map { blocks[$0].text }
    if headline?.index == nil && !bare.isEmpty { texts.insert(bare, at: 0) }
    let keywords = KeywordExtractor(count: options.keywordCount).keywords(in: texts)

    // Final title.
    let title = finalTitle(bare, warnings: &warnings)

    var metadataResult = SEOMetadata(
      title: title, description: finalDescription, slug: Slug.make(bare, options: options.slug), keywords: keywords,
      readingTime: SEOMetadata.ReadingTime(
        words: reading.words, minutes: reading.minutes,
        label: reading.label(in: ReadingTime.Language(languageTag: language))),
      language: language, direction: rightToLeft ? .rightToLeft : .leftToRight)
    let titleLength = metadataResult.titleLength.graphemeClusters
    if titleLength > SEOTitle.recommendedMaxLength {
      warnings.append(SEOWarning(.titleTooLong, "title is \(titleLength) grapheme clusters, over \(SEOTitle.recommendedMaxLength)"))
    }
    let descriptionLength = metadataResult.descriptionLength.graphemeClusters
    if descriptionLength < SEODescription.recommendedMinLength {
      warnings.append(SEOWarning(
        .descriptionTooShort, "description is \(descriptionLength) grapheme clusters, under \(SEODescription.recommendedMinLength)"))
    } else if descriptionLength > SEODescription.recommendedMaxLength {
      warnings.append(SEOWarning(
        .descriptionTooLong, "description is \(descriptionLength) grapheme clusters, over \(SEODescription.recommendedMaxLength)"))
    }
    metadataResult.warnings = warnings.sorted { $0.code.rawValue < $1.code.rawValue }
    return metadataResult
  }

  // MARK: - Title

  /// The bare headline with the caller's site name, cut to
  /// ``Options-swift.struct/maxTitleLength``: the headline is cut at a word
  /// to leave room for the separator and site name; when not even its first
  /// word fits beside them, the site name is left out (a warning says so);
  /// when the first word alone is longer than the limit, it is kept whole
  /// (a warning says so): a title is never empty and never ends inside a word.
  func finalTitle(_ bare: String, warnings: inout [SEOWarning]) -> String {
    let site = options.siteName.map { _TextScan.foldingWhitespace($0) } ?? ""
    let composed = site.isEmpty ? bare : SEOTitle.composed(bare, siteName: site, separator: options.separator)
    guard let maxLength = options.maxTitleLength, composed.count > maxLength else { return composed }
    var title: String
    let room = maxLength - (site.isEmpty ? 0 : (options.separator + site).count)
    let cut = room >= 1 ? SEOTitle.truncated(bare, maxLength: room) : ""
    if !site.isEmpty && !cut.isEmpty && cut.count <= room {
      title = SEOTitle.composed(cut, siteName: site, separator: options.separator)
    } else {
      title = SEOTitle.truncated(bare, maxLength: maxLength)
      if !site.isEmpty {
        warnings.append(SEOWarning(
          .siteNameOmitted, "the site name does not fit in \(maxLength) grapheme clusters beside the headline; it was left out"))
      }
    }
    if title.count > maxLength {
      warnings.append(SEOWarning(
        .titleOverMaxLength,
        "the headline's first word is longer than \(maxLength) grapheme clusters; it was kept whole (\(title.count))"))
    }
    return title
  }

  /// Metadata text as plain text: escaped tags and entities removed (see ``_MarkupText/plain(_:)``).
  static func plainMetadata(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") }) else { return text }
    return _TextScan.foldingWhitespace(_MarkupText.plain(text))
  }

  /// The part after the last separator of `<title>` and of `og:title`
  /// when both end with it while the titles differ, and it is shorter than
  /// the rest of each: a site name the page repeats in its titles.
  static func repeatedTitleParts(_ metadata: DocumentMetadata) -> [String] {
    guard let title = metadata.title, let openGraph = metadata.openGraphTitle,
      InterfacePhrases.key(title) != InterfacePhrases.key(openGraph)
    else { return [] }
    let first = SEOTitle.parts(of: Substring(title))
    let second = SEOTitle.parts(of: Substring(openGraph))
    guard first.count > 1, second.count > 1, let a = first.last, let b = second.last else { return [] }
    let key = InterfacePhrases.key(a)
    let words = wordCount(of: a)
    guard !key.isEmpty, key == InterfacePhrases.key(b), words <= 5,
      words < wordCount(of: title) - words, words < wordCount(of: openGraph) - words
    else { return [] }
    return [_TextScan.foldingWhitespace(a)]
  }

  /// The title from metadata and headings, with the block it came from.
  ///
  /// In plain text (no level-1 heading and no meta title), the candidates
  /// are the headings before the first real paragraph that are not site
  /// names; the title is the last of them, or, when a byline stands between
  /// them and the lead, the last one before the first such byline (the
  /// headline comes right before its byline; a picture caption may follow).
  func chooseTitle(
    _ blocks: [Document.Block], _ facts: [BlockFacts], _ metadata: DocumentMetadata, _ siteNames: [String],
    firstReal: Int, bylines: [Int] = []
  ) -> (text: String, index: Int?)? {
    let siteKeys = Set(siteNames.map { InterfacePhrases.key($0) })
    func clean(_ text: String?) -> String? {
      guard let text else { return nil }
      let cleaned = SEOTitle.removingSectionNumber(SEOTitle.removingSiteName(from: text, siteNames: siteNames))
      let key = InterfacePhrases.key(cleaned)
      guard !key.isEmpty, !siteKeys.contains(key), wordCount(of: cleaned) > 0 else { return nil }
      return cleaned
    }
    func located(_ text: String) -> (text: String, index: Int?) {
      let key = InterfacePhrases.key(text)
      let index = blocks.indices.first { blocks[$0].isHeading && facts[$0].key == key }
      return (text, index)
    }
    func heading(_ index: Int) -> (text: String, index: Int?)? {
      clean(blocks[index].text).map { ($0, index) }
    }
    let h1 = blocks.indices.lazy.filter { blocks[$0].headingLevel == 1 }.compactMap(heading).first
    if let title = clean(metadata.openGraphTitle) ?? (metadata.frontMatter["title"] != nil ? clean(metadata.title) : nil) {
      // A headline inside a longer meta title (one with a site name not declared) is the bare one.
      if let h1, Self.isInside(h1.text, title) { return h1 }
      return located(title)
    }
    if let h1 { return h1 }
    if let title = clean(metadata.title) { return located(title) }
    var before = blocks.indices.filter {
      $0 < firstReal && blocks[$0].isHeading && clean(blocks[$0].text) != nil
    }
    if let first = before.first, let byline = bylines.first(where: { $0 > first && $0 <= firstReal }) {
      before = before.filter { $0 < byline }
    }
    if var chosen = before.last {
      if let number = SEOTitle.sectionNumber(blocks[chosen].text) {
        for index in before.reversed() where index < chosen {
          if let parent = SEOTitle.sectionNumber(blocks[index].text), parent != number, number.hasPrefix(parent) {
            chosen = index
            break
          }
        }
      }
      return heading(chosen)
    }
    for index in blocks.indices where blocks[index].isHeading {
      if let found = heading(index) { return found }
    }
    return nil
  }

  /// Whether `short`'s key is a proper part of `long`'s key.
  static func isInside(_ short: String, _ long: String) -> Bool {
    let shortKey = InterfacePhrases.key(short)
    let longKey = InterfacePhrases.key(long)
    return !shortKey.isEmpty && shortKey != longKey && longKey.contains(shortKey)
  }

  /// Site names a page shows without declaring them: the parts of its
  /// `og:title` and `<title>` around the chosen headline.
  static func inferredSiteNames(_ metadata: DocumentMetadata, headline: String) -> [String] {
    let headlineKey = InterfacePhrases.key(headline)
    guard !headlineKey.isEmpty else { return [] }
    var names: [String] = []
    for title in [metadata.openGraphTitle, metadata.title].compactMap({ $0 }) {
      let key = InterfacePhrases.key(title)
      guard key != headlineKey, key.contains(headlineKey) else { continue }
      for part in SEOTitle.parts(of: Substring(title)) {
        let partKey = InterfacePhrases.key(part)
        if !partKey.isEmpty && !headlineKey.contains(partKey) && wordCount(of: part) <= 5 {
          names.append(_TextScan.foldingWhitespace(part))
        }
      }
    }
    return names
  }

  /// `text` without a leading site name and the punctuation after it
  /// ("المدينة نيوز :- بلغت …" → "بلغت …").
  static func removingLeadingSiteName(_ text: String, siteNames: [String]) -> String {
    for name in siteNames where !name.isEmpty && text.hasPrefix(name) {
      let rest = text.dropFirst(name.count)
      guard let first = rest.first, !_Cut.isWordCharacter(first) else { continue }
      let trimmed = rest.drop { !_Cut.isWordCharacter($0) }
      if wordCount(of: trimmed) > 0 { return String(trimmed) }
    }
    return text
  }

  /// A title made from the first words of the first paragraph, at most 60 grapheme clusters.
  static func titleFromText(_ blocks: [Document.Block], _ facts: [BlockFacts]) -> String? {
    guard let block = blocks.first(where: { $0.kind != .code && wordCount(of: $0.text) > 0 }) else {
      return nil
    }
    let first = SentenceSegmenter().sentences(in: block.text).first { _ in true }
    let sentence = first.map { String(block.text[$0.range]) } ?? block.text
    return SEOTitle.truncated(sentence, maxLength: SEOTitle.recommendedMaxLength)
  }

  // MARK: - Lead

  /// The lead paragraphs: the first real paragraph from `start` in the
  /// article's script and the paragraphs right after it, up to a heading.
  static func lead(_ blocks: [Document.Block], _ facts: [BlockFacts], from start: Int, rightToLeft: Bool) -> [String] {
    func inScript(_ index: Int) -> Bool { facts[index].scripts.isMainly(rightToLeft: rightToLeft) }
    let range = start..<blocks.count
    guard
      let first = range.first(where: { facts[$0].isRealParagraph && inScript($0) })
        ?? range.first(where: { (blocks[$0].kind == .paragraph || blocks[$0].kind == .quote) && inScript($0) })
        ?? range.first(where: { blocks[$0].kind != .code && !blocks[$0].isHeading })
        ?? range.first(where: { blocks[$0].kind != .code })
    else { return [] }
    var lead = [blocks[first].text]
    var length = blocks[first].text.utf8.count
    var index = first + 1
    while index < blocks.count && length < 2048 {
      let block = blocks[index]
      guard block.kind == .paragraph || block.kind == .quote, inScript(index) else { break }
      lead.append(block.text)
      length += block.text.utf8.count
      index += 1
    }
    return lead
  }

  // MARK: - Language

  /// The language and whether it is written right to left.
  static func language(of blocks: [Document.Block], _ facts: [BlockFacts], declared: String?) -> (String, Bool) {
    var counts = _TextScan.ScriptCounts()
    for index in blocks.indices where blocks[index].kind != .code { counts.add(facts[index].scripts) }
    let detected: String
    if counts.arabic > 0 && counts.arabic >= counts.latin {
      detected = counts.urduOnly + counts.persianOnly > 0 ? persianOrUrdu(blocks, facts) ?? "ar" : "ar"
    } else if counts.latin > 0 {
      detected = "en"
    } else {
      detected = "und"
    }
    var language = detected
    if let declared {
      let primary = String(declared.lowercased().prefix { $0 != "-" && $0 != "_" })
      if !primary.isEmpty && (detected == "und" || rightToLeftLanguages.contains(primary) == rightToLeftLanguages.contains(detected)) {
        language = primary
      }
    }
    return (language, rightToLeftLanguages.contains(language))
  }

  /// "fa" or "ur" when the function words of ``LanguageMarkers`` of one of
  /// them are at least ``LanguageMarkers/minimumShare`` of the Arabic-script
  /// words (and at least two), the larger count winning; else nil.
  static func persianOrUrdu(_ blocks: [Document.Block], _ facts: [BlockFacts]) -> String? {
    var words = 0
    var persian = 0
    var urdu = 0
    for index in blocks.indices where blocks[index].kind != .code && facts[index].scripts.arabic > 0 {
      _DocumentWords.forEachWord(in: Substring(blocks[index].text)) { word, _ in
        guard let first = word.unicodeScalars.first, _TextScan.isArabicScriptLetter(first) else { return }
        words += 1
        let key = _SubstringKey(word)
        if LanguageMarkers.persianKeys.contains(key)
          || LanguageMarkers.persianPrefixes.contains(where: { word.utf8.starts(with: $0.utf8) })
        {
          persian += 1
        } else if LanguageMarkers.urduKeys.contains(key) {
          urdu += 1
        }
      }
    }
    let best = max(persian, urdu)
    guard best >= 2, Double(best) >= LanguageMarkers.minimumShare * Double(words) else { return nil }
    return urdu >= persian ? "ur" : "fa"
  }

  /// Title and description show presentation forms as the letters they
  /// stand for (ﺗﻌﺮﻳﻒ → تعريف; NFKC, meaning kept; diacritics stay).
  static let display = ArabicNormalizer(folds: [.presentationForms])

  /// Languages written right to left (BCP 47 primary subtags): Arabic-script
  /// languages, Hebrew, Yiddish, Dhivehi, Syriac, N'Ko.
  static let rightToLeftLanguages: Set<String> = [
    "ar", "fa", "ur", "ps", "ckb", "sd", "ug", "ks", "prs", "pnb", "skr", "he", "yi", "dv", "syr", "nqo",
  ]
}

/// Why SEO metadata could not be made.
public enum SEOError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The article holds no word once boilerplate is removed.
  case emptyDocument

  public var description: String {
    switch self {
    case .emptyDocument: "the article is empty: no words found once navigation and boilerplate are removed"
    }
  }
}
