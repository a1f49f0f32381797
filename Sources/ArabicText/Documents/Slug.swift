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
/// Rules: presentation forms become the letters they show (ﻷ → لأ), and
/// the ligatures of phrases without a decomposition their phrase (﷽ →
/// بسم الله الرحمن الرحيم, ﵀ → رحمه الله; ``LigaturePhrases``);
/// diacritics and tatweel are removed, alef forms and teh marbuta are *not*
/// folded (أخبار stays أخبار); Latin is lowercased; letters with marks of
/// other scripts are composed (NFC: "cafe" with U+0301 and "café" give one
/// slug), and the generic combining marks left over are removed (İstanbul →
/// istanbul, x⃝ → x); digits are kept as written; ZWNJ inside a word is
/// removed; an apostrophe between letters is removed (don't → dont); ZWSP
/// and every other run of spaces, punctuation and symbols becomes one
/// hyphen, with no hyphen at either end.
///
/// A title that holds an Arabic-script character never gives an empty slug:
/// when nothing of it is a letter or digit (a symbol such as ۞), the slug is
/// made of the characters' Unicode names (`arabic-start-of-rub-el-hizb`). A
/// title of other symbols only (emoji, punctuation) gives an empty slug: the
/// caller supplies one (an id, a date).
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
    /// The longest slug in grapheme clusters (`Character`s) of the Unicode
    /// slug, or nil for no limit. The slug is cut at a hyphen, or inside the
    /// first word at a grapheme cluster when that word alone is too long, so
    /// it is never empty. With ``percentEncoded`` the cut slug is then
    /// encoded: the limit counts the characters a reader sees in the
    /// address bar, and an encoded slug never holds a cut `%XX` (a
    /// 5-letter limit on "كتاب جديد" gives "كتاب", encoded
    /// "%D9%83%D8%AA%D8%A7%D8%A8").
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
  /// Presentation forms as the letters they show, for naming symbols.
  static let presentationFormsNormalizer = ArabicNormalizer(folds: [.presentationForms])

  /// Returns the slug of `title`.
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `title`.
  public static func make<S: StringProtocol>(_ title: S, options: Options = Options()) -> String {
    let expanded = expandingLigatures(title)
    let source: String
    switch options.style {
    case .arabic: source = normalizer.normalize(expanded)
    case .latin: source = Romanizer().romanize(latinNormalizer.normalize(expanded))
    }
    var slug = composed(hyphenated(source))
    if slug.isEmpty { slug = nameSlug(expanded) }
    if let maxLength = options.maxLength { slug = cut(slug, maxLength: maxLength) }
    if options.percentEncoded { slug = PercentEncoding.encode(slug) }
    return slug
  }

  /// `title` with each ligature of a phrase (``LigaturePhrases``) written as
  /// its phrase between spaces, ﷺ and ﷻ between spaces (the normalizer
  /// writes their phrases), and each invisible word separator (ZWSP) as a
  /// space.
  static func expandingLigatures<S: StringProtocol>(_ title: S) -> String {
    // Both live in three-byte sequences starting with 0xE2 (ZWSP) or 0xEF (the ligatures).
    guard title.utf8.contains(where: { $0 == 0xEF || $0 == 0xE2 }) else { return String(title) }
    var result = ""
    result.reserveCapacity(title.utf8.count)
    for scalar in title.unicodeScalars {
      if let phrase = LigaturePhrases.phrase(of: scalar) {
        result += " " + phrase + " "
      } else if scalar == ArabicScalars.ligatureSallallahouAlayheWasallam
        || scalar == ArabicScalars.ligatureJallajalalouhou
      {
        // Phrases whose compatibility decomposition the normalizer writes: words of their own.
        result += " " + String(scalar) + " "
      } else if ArabicScalars.invisibleWordSeparators.contains(scalar) {
        result += " "
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `slug` with the letters of scripts other than Arabic composed with
  /// their marks (NFC) and the generic combining marks left over removed
  /// (``ArabicScalars/genericCombiningMarks``).
  static func composed(_ slug: String) -> String {
    // Only clusters of several scalars outside the Arabic script need work.
    guard slug.unicodeScalars.contains(where: { scalar in
      ArabicScalars.genericCombiningMarks.contains { $0.contains(scalar) }
    }) else { return slug }
    var result = ""
    for character in slug {
      guard character.unicodeScalars.count > 1 else {
        result.append(character)
        continue
      }
      if let precomposed = precomposedLetters[String(character)] {
        result.unicodeScalars.append(precomposed)
        continue
      }
      for scalar in character.unicodeScalars where !ArabicScalars.genericCombiningMarks.contains(where: { $0.contains(scalar) }) {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The precomposed letters of Latin-1 Supplement to Latin Extended-B, IPA
  /// Extensions, Latin Extended Additional, Greek and Cyrillic, keyed by
  /// their text: a `String` key is compared by canonical equivalence, so a
  /// letter written with combining marks finds its precomposed form.
  static let precomposedLetters: [String: Unicode.Scalar] = {
    var table: [String: Unicode.Scalar] = [:]
    let ranges: [ClosedRange<Unicode.Scalar>] = [
      ArabicScalars.latinSupplementAndExtended, ArabicScalars.latinExtendedAdditional, ArabicScalars.greekExtended,
      ArabicScalars.greekAndCoptic, ArabicScalars.cyrillic,
    ]
    for range in ranges {
      for value in range.lowerBound.value...range.upperBound.value {
        guard let scalar = Unicode.Scalar(value), _TextScan.isLetter(scalar) else { continue }
        table[String(scalar)] = scalar
      }
    }
    return table
  }()

  /// The slug of a title without letters or digits: the Unicode names of its
  /// Arabic-script characters, lowercased and hyphenated ("۞" →
  /// "arabic-start-of-rub-el-hizb"); empty when it has none.
  static func nameSlug(_ title: String) -> String {
    let blocks =
      ArabicScalars.arabicScriptBlocks + ArabicScalars.arabicSupplementaryBlocks
      + [ArabicScalars.presentationFormsA, ArabicScalars.presentationFormsB]
    // Presentation forms by the letters they show: ﺀ is named as ء.
    let shown = presentationFormsNormalizer.normalize(title)
    let arabic = shown.unicodeScalars.filter { scalar in blocks.contains { $0.contains(scalar) } }
    // Visible characters first; invisible ones (U+061C ARABIC LETTER MARK) only when alone.
    var named = arabic.filter { !_TextScan.isSpaceOrInvisible($0) }
    if named.isEmpty { named = arabic.filter { !$0.properties.isWhitespace } }
    return hyphenated(named.compactMap(\.properties.name).joined(separator: " "))
  }

  /// Words of `text` lowercased and joined by single hyphens.
  static func hyphenated(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var pendingHyphen = false
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      if _TextScan.isWordScalar(scalar) && scalar != ArabicScalars.tatweel {
        // A combining mark after a separator (or at the start) belongs to no letter of the slug:
        // it goes with the separator.
        if (pendingHyphen || output.isEmpty) && isCombiningMark(scalar) { continue }
        if pendingHyphen && !output.isEmpty { output.append("-") }
        pendingHyphen = false
        if scalar.value < 0x80 {
          output.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value | 0x20)! : scalar)
        } else if scalar == "\u{03A3}" && index > 0 && _TextScan.isLetter(scalars[index - 1])
          && !(index + 1 < scalars.count && _TextScan.isLetter(scalars[index + 1]))
        {
          // Σ at the end of a word is final sigma ς (Unicode's Final_Sigma casing context).
          output.append("\u{03C2}")
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

  /// Whether `scalar` is a combining mark (General Category Mn, Mc, Me).
  static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value >= 0x0300 else { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// `slug` cut to at most `maxLength` grapheme clusters at a hyphen, or
  /// inside its first word when that alone is longer.
  static func cut(_ slug: String, maxLength: Int) -> String {
    guard slug.count > maxLength else { return slug }
    let prefix = slug.prefix(maxLength)
    let next = slug.index(prefix.endIndex, offsetBy: 0)
    if next < slug.endIndex && slug[next] == "-" { return String(prefix) }
    if let hyphen = prefix.lastIndex(of: "-") { return String(prefix[..<hyphen]) }
    return String(prefix)
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
