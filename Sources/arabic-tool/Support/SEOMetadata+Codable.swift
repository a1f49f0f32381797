import ArabicText

/// The JSON shape of `arabic-tool seo` (keys sorted by the encoder): lengths as
/// `{"graphemes", "utf16"}`, warnings as `{"code", "message"}`.
extension SEOMetadata: Encodable {
  enum CodingKeys: String, CodingKey {
    case title, description, slug, keywords, readingTime, language, direction, titleLength, descriptionLength,
      warnings
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(title, forKey: .title)
    try container.encode(description, forKey: .description)
    try container.encode(slug, forKey: .slug)
    try container.encode(keywords, forKey: .keywords)
    try container.encode(readingTime, forKey: .readingTime)
    try container.encode(language, forKey: .language)
    try container.encode(direction.rawValue, forKey: .direction)
    try container.encode(titleLength, forKey: .titleLength)
    try container.encode(descriptionLength, forKey: .descriptionLength)
    try container.encode(warnings, forKey: .warnings)
  }
}

extension SEOMetadata.ReadingTime: Encodable {
  enum CodingKeys: String, CodingKey { case words, minutes, label }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(words, forKey: .words)
    try container.encode(minutes, forKey: .minutes)
    try container.encode(label, forKey: .label)
  }
}

extension SEOMetadata.TextLength: Encodable {
  enum CodingKeys: String, CodingKey { case graphemes, utf16 }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(graphemeClusters, forKey: .graphemes)
    try container.encode(utf16, forKey: .utf16)
  }
}

extension SEOWarning: Encodable {
  enum CodingKeys: String, CodingKey { case code, message }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code.rawValue, forKey: .code)
    try container.encode(message, forKey: .message)
  }
}
