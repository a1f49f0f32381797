/// Makes URL slugs from titles: Arabic letters kept as letters, words joined
/// by hyphens.
///
/// ```swift
/// Slug.make("دليل البرمجة للمبتدئين")                         // "دليل-البرمجة-للمبتدئين"
/// Slug.make("مُقدّمة: لغة Swift 6!")                           // "مقدمة-لغة-swift-6"
/// Slug.make("دليل البرمجة للمبتدئين", options: .init(maxLength: 12))  // "دليل-البرمجة"
/// Slug.make("أخبار التقنية", options: .init(percentEncoded: true))
/// // "%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%AA%D9%82%D9%86%D9%8A%D8%A9"
/// Slug.make("دليل البرمجة", options: .init(style: .latin))   // "dlil-al-brmjh"
/// ```
///
/// Rules: presentation forms become the letters they show (ﻷ → لأ),
/// diacritics and tatweel are removed, alef forms and teh marbuta are *not*
/// folded (أخبار stays أخبار); Latin is lowercased; digits are kept as
/// written; ZWNJ inside a word is removed; an apostrophe between letters is
/// removed (don't → dont); every other run of spaces, punctuation and symbols
/// becomes one hyphen, with no hyphen at either end. Arabic input never gives
/// an empty slug.
public enum Slug {
  /// How slugs are written.
  public struct Options: Sendable, Hashable {
    /// The script of the slug.
    public enum Style: String, Sendable, Hashable, CaseIterable {
      /// Arabic letters kept as letters (the default).
      case arabic
      /// ASCII, romanized with ``Romanizer`` (simplified ALA-LC).
      case latin
    }

    /// The script of the slug. Default: `.arabic`.
    public var style: Style
    /// The longest slug, or nil for no limit. Without percent-encoding it
    /// counts grapheme clusters (`Character`s); with it, the ASCII characters
    /// of the encoded form. The slug is cut at a hyphen, or inside the first
    /// word (at a grapheme cluster, never inside a `%XX`) when that word alone
    /// is too long.
    public var maxLength: Int?
    /// Whether to return the URI form: UTF-8 bytes outside RFC 3986's
    /// unreserved set as `%XX` with uppercase hex (RFC 3986 §2.1, §2.3).
    public var percentEncoded: Bool

    /// Options with the given values; the defaults give an Arabic slug of any length.
    ///
    /// - Precondition: `maxLength` is nil or at least 1.
    public init(style: Style = .arabic, maxLength: Int? = nil, percentEncoded: Bool = false) {
      precondition(maxLength.map { $0 >= 1 } ?? true, "maxLength must be at least 1")
      self.style = style
      self.maxLength = maxLength
      self.percentEncoded = percentEncoded
    }
  }

  /// Normalization before slugging: presentation forms, tatweel, diacritics
  /// and invisible characters; no lossy letter folds.
  static let normalizer = ArabicNormalizer(folds: [.presentationForms, .tatweel, .diacritics, .invisibles])
  /// For the Latin style: the same without removing diacritics (they give vowels).
  static let latinNormalizer = ArabicNormalizer(folds: [.presentationForms, .tatweel, .invisibles])

  /// Returns the slug of `title`.
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `title`.
  public static func make<S: StringProtocol>(_ title: S, options: Options = Options()) -> String {
    let source: String
    switch options.style {
    case .arabic: source = normalizer.normalize(title)
    case .latin: source = Romanizer().romanize(latinNormalizer.normalize(title))
    }
    var slug = hyphenated(source)
    if options.percentEncoded {
      slug = PercentEncoding.encode(slug)
      if let maxLength = options.maxLength { slug = cutEncoded(slug, maxLength: maxLength) }
    } else if let maxLength = options.maxLength {
      slug = cut(slug, maxLength: maxLength)
    }
    return slug
  }

  /// Words of `text` lowercased and joined by single hyphens.
  static func hyphenated(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var pendingHyphen = false
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      if _TextScan.isWordScalar(scalar) && scalar != ArabicScalars.tatweel {
        if pendingHyphen && !output.isEmpty { output.append("-") }
        pendingHyphen = false
        if scalar.value < 0x80 {
          output.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value | 0x20)! : scalar)
        } else if scalar.properties.changesWhenLowercased {
          output.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
          output.append(scalar)
        }
        continue
      }
      let previous = index > 0 ? scalars[index - 1] : nil
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      let between = previous.map(_TextScan.isLetter) == true && next.map(_TextScan.isLetter) == true
      if scalar == ArabicScalars.zeroWidthNonJoiner && between { continue }
      if (scalar == "'" || scalar == ArabicScalars.rightSingleQuotationMark) && between { continue }
      pendingHyphen = true
    }
    return String(output)
  }

  /// `slug` cut to at most `maxLength` grapheme clusters at a hyphen.
  static func cut(_ slug: String, maxLength: Int) -> String {
    guard slug.count > maxLength else { return slug }
    let prefix = slug.prefix(maxLength)
    let next = slug.index(prefix.endIndex, offsetBy: 0)
    if next < slug.endIndex && slug[next] == "-" { return String(prefix) }
    if let hyphen = prefix.lastIndex(of: "-") { return String(prefix[..<hyphen]) }
    return String(prefix)
  }

  /// A percent-encoded `slug` cut to at most `maxLength` ASCII characters at
  /// a hyphen, else before a whole encoded character.
  static func cutEncoded(_ slug: String, maxLength: Int) -> String {
    let bytes = Array(slug.utf8)
    guard bytes.count > maxLength else { return slug }
    if bytes[maxLength] == UInt8(ascii: "-") { return String(decoding: bytes[..<maxLength], as: UTF8.self) }
    if let hyphen = bytes[..<maxLength].lastIndex(of: UInt8(ascii: "-")) {
      return String(decoding: bytes[..<hyphen], as: UTF8.self)
    }
    // Inside the first word: end before the encoded character that crosses the limit.
    var end = 0
    var index = 0
    while index < bytes.count {
      var next = index + 1
      if bytes[index] == UInt8(ascii: "%") {
        // One character: a lead byte %XX and its continuation bytes %8X–%BX.
        let lead = PercentEncoding.decodedByte(bytes, at: index) ?? 0
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        next = index + 3 * length
      }
      if next > maxLength { break }
      end = next
      index = next
    }
    return String(decoding: bytes[..<end], as: UTF8.self)
  }
}

extension StringProtocol {
  /// Returns the slug of this title; see ``Slug``.
  ///
  /// ```swift
  /// "دليل البرمجة للمبتدئين".slugified()  // "دليل-البرمجة-للمبتدئين"
  /// ```
  public func slugified(_ options: Slug.Options = Slug.Options()) -> String {
    Slug.make(self, options: options)
  }
}
