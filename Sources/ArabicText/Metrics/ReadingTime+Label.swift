extension ReadingTime {
  /// The language of a reading-time label.
  public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Arabic (`ar`), with the six CLDR plural forms.
    case arabic = "ar"
    /// English (`en`): "N min read".
    case english = "en"

    /// The digits the language writes counts with unless told otherwise:
    /// Arabic-Indic for Arabic, Latin for English.
    public var defaultDigits: DigitStyle {
      switch self {
      case .arabic: .arabicIndic
      case .english: .latin
      }
    }

    /// The CLDR plural category of `n` in this language.
    func pluralCategory(_ n: Int) -> PluralCategory {
      switch self {
      case .arabic: PluralCategory(arabic: n)
      case .english: PluralCategory(english: n)
      }
    }

    /// The label patterns of this language (``ReadingTimeLabels``).
    var patterns: [PluralCategory: String] {
      switch self {
      case .arabic: ReadingTimeLabels.arabic
      case .english: ReadingTimeLabels.english
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
  ///     ``Language/defaultDigits`` (Arabic-Indic for Arabic).
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
