extension ReadingTime {
  /// The language of a reading-time label.
  public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Arabic (`ar`), with the six CLDR plural forms.
    case arabic = "ar"
    /// English (`en`): "N min read".
    case english = "en"
    /// Persian (`fa`): "۳ دقیقه".
    case persian = "fa"
    /// Urdu (`ur`): "3 منٹ".
    case urdu = "ur"

    /// The label language for a BCP 47 language tag (its primary subtag):
    /// Arabic, English, Persian (`fa`, and Dari `prs`) and Urdu have their
    /// own labels; the other languages written in Arabic script (Pashto,
    /// Sorani, Sindhi, Uyghur, Kashmiri, Punjabi, Saraiki) get the Arabic
    /// label, their script's default; every other language the English one.
    ///
    /// ```swift
    /// ReadingTime.Language(languageTag: "fa-IR")  // .persian
    /// ReadingTime.Language(languageTag: "ps")     // .arabic
    /// ReadingTime.Language(languageTag: "de")     // .english
    /// ```
    public init(languageTag: String) {
      let primary = String(languageTag.lowercased().prefix { $0 != "-" && $0 != "_" })
      switch primary {
      case "ar": self = .arabic
      case "fa", "prs": self = .persian
      case "ur": self = .urdu
      case "ps", "ckb", "sd", "ug", "ks", "pnb", "skr": self = .arabic
      default: self = .english
      }
    }

    /// The digits the language writes counts with unless told otherwise
    /// (the default numbering systems of CLDR): Arabic-Indic for Arabic,
    /// Extended Arabic-Indic for Persian, Latin for English and Urdu.
    public var defaultDigits: DigitStyle {
      switch self {
      case .arabic: .arabicIndic
      case .persian: .extendedArabicIndic
      case .english, .urdu: .latin
      }
    }

    /// The CLDR plural category of `n` in this language.
    func pluralCategory(_ n: Int) -> PluralCategory {
      switch self {
      case .arabic: PluralCategory(arabic: n)
      case .english: PluralCategory(english: n)
      case .persian: PluralCategory(persian: n)
      case .urdu: PluralCategory(urdu: n)
      }
    }

    /// The label patterns of this language (``ReadingTimeLabels``).
    var patterns: [PluralCategory: String] {
      switch self {
      case .arabic: ReadingTimeLabels.arabic
      case .english: ReadingTimeLabels.english
      case .persian: ReadingTimeLabels.persian
      case .urdu: ReadingTimeLabels.urdu
      }
    }
  }

  /// The minutes as a label, in the plural form the count takes.
  ///
  /// ```swift
  /// ReadingTime(words: 0, seconds: 0).label()        // "أقل من دقيقة"
  /// ReadingTime(words: 1, seconds: 1).label()        // "دقيقة واحدة"
  /// ReadingTime(words: 2, seconds: 120).label()      // "دقيقتان"
  /// ReadingTime(words: 3, seconds: 180).label()      // "٣ دقائق"
  /// ReadingTime(words: 11, seconds: 660).label()     // "١١ دقيقة"
  /// ReadingTime(words: 100, seconds: 6000).label()   // "١٠٠ دقيقة"
  /// ReadingTime(words: 3, seconds: 180).label(digits: .latin)  // "3 دقائق"
  /// ReadingTime(words: 3, seconds: 180).label(in: .english)    // "3 min read"
  /// ReadingTime(words: 3, seconds: 180).label(in: .persian)    // "۳ دقیقه"
  /// ReadingTime(words: 3, seconds: 180).label(in: .urdu)       // "3 منٹ"
  /// ```
  ///
  /// Arabic follows the CLDR plural categories of `ar`: 0 → zero, 1 → one,
  /// 2 → two, n % 100 in 3…10 → few, n % 100 in 11…99 → many, else other
  /// (100, 101, 102, 1000, …). Counts are written without grouping
  /// separators. The patterns and their sources are in ``ReadingTimeLabels``.
  ///
  /// - Parameters:
  ///   - language: The label's language. Default: Arabic.
  ///   - digits: The digits of the count; nil for the language's
  ///     ``Language/defaultDigits`` (Arabic-Indic for Arabic, Extended
  ///     Arabic-Indic for Persian, Latin for English and Urdu).
  /// - Complexity: O(*d*), where *d* is the number of digits of `minutes`.
  public func label(in language: Language = .arabic, digits: DigitStyle? = nil) -> String {
    Self.label(minutes: minutes, in: language, digits: digits ?? language.defaultDigits)
  }

  /// The label for a number of minutes.
  static func label(minutes: Int, in language: Language, digits: DigitStyle) -> String {
    let patterns = language.patterns
    let category = minutes == 0 ? PluralCategory.zero : language.pluralCategory(minutes)
    let pattern = patterns[category] ?? patterns[.other] ?? ReadingTimeLabels.placeholder
    return pattern.replacing(ReadingTimeLabels.placeholder, with: digits.format(minutes))
  }
}
