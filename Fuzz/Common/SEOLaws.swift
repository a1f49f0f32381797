import ArabicText

/// Analyzer options chosen by two option bytes.
func seoOptions(_ a: UInt8, _ b: UInt8) -> SEOAnalyzer.Options {
  var options = SEOAnalyzer.Options()
  if a & 1 != 0 { options.maxTitleLength = Int(b % 80) + 1 }
  if a & 2 != 0 { options.siteName = "موقع" }
  if a & 4 != 0 { options.description = SEODescription.Options(maxLength: Int(b) + 1, minLength: Int(b / 2)) }
  if a & 8 != 0 { options.regenerateDescription = true }
  if a & 16 != 0 { options.slug = Slug.Options(style: .latin) }
  if a & 32 != 0 { options.slug = Slug.Options(maxLength: Int(b % 40) + 1, percentEncoded: a & 64 != 0) }
  options.keywordCount = Int(a >> 5)
  return options
}

/// Checks the metadata of `document`: no crash, and the stated limits.
func checkSEO(_ document: Document, _ options: SEOAnalyzer.Options, _ text: String) {
  let seo: SEOMetadata
  do {
    seo = try SEOAnalyzer(options: options).analyze(document)
  } catch {
    require(error == .emptyDocument, "unexpected error \(error)", text)
    return
  }
  if let max = options.maxTitleLength {
    // Over the limit only when the first word alone is longer, kept whole and warned about.
    let warned = seo.warnings.contains { $0.code == .titleOverMaxLength }
    require(seo.title.count <= max || warned, "title \(seo.title.count) over \(max): \(codePoints(seo.title))", text)
  }
  require(!seo.title.isEmpty, "empty title", text)
  require(seo.description.count <= options.description.maxLength, "description \(seo.description.count) over \(options.description.maxLength)", text)
  require(seo.titleLength.graphemeClusters == seo.title.count && seo.titleLength.utf16 == seo.title.utf16.count, "title length", text)
  require(seo.descriptionLength.graphemeClusters == seo.description.count, "description length", text)
  require(seo.keywords.count <= options.keywordCount, "\(seo.keywords.count) keywords over \(options.keywordCount)", text)
  require(!seo.slug.hasPrefix("-") && !seo.slug.hasSuffix("-") && !seo.slug.contains("--"), "slug hyphens: \(seo.slug)", text)
  if let max = options.slug.maxLength {
    // The limit counts the grapheme clusters of the Unicode slug, before encoding.
    let length = options.slug.percentEncoded ? (PercentEncoding.decode(seo.slug) ?? seo.slug).count : seo.slug.count
    require(length <= max, "slug \(length) over \(max)", text)
  }
  require(seo.readingTime.words >= 0 && seo.readingTime.minutes >= 0, "reading time", text)
}
