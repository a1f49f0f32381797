extension ArabicNormalizer {
  /// The named foldings a normalizer applies, in one pass, on top of the
  /// always-on canonical composition and ordering.
  ///
  /// Each fold is independent of the others and of their order. The lossy
  /// ones (they merge distinct spellings) are marked *lossy*; use them for
  /// search and matching keys, never for text shown to readers.
  public struct Folds: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Arabic Presentation Forms-A and -B (U+FB50–U+FDFF, U+FE70–U+FEFF) to
    /// their compatibility equivalents (NFKC): ﻷ → لأ, ﻵ → لآ, ﷲ → الله,
    /// ﺍﻹﺷﺘﻘﺎﻕ → الإشتقاق. Spacing harakat forms (U+FE70, U+FE72, …) become the
    /// combining mark alone; nothing is deleted. Source: UnicodeData.txt.
    public static let presentationForms = Folds(rawValue: 1 << 0)
    /// *Lossy.* Alef forms to bare alef U+0627: أ U+0623, إ U+0625, آ U+0622,
    /// ٱ U+0671 (wasla), ٲ U+0672, ٳ U+0673.
    public static let alef = Folds(rawValue: 1 << 1)
    /// *Lossy.* Hamza on a carrier to the bare carrier: ؤ U+0624 → و U+0648,
    /// ئ U+0626 → ي U+064A. Standalone hamza ء U+0621 is kept.
    public static let hamzaCarriers = Folds(rawValue: 1 << 2)
    /// *Lossy.* Alef maksura ى U+0649 → yeh ي U+064A.
    public static let alefMaksura = Folds(rawValue: 1 << 3)
    /// *Lossy.* Teh marbuta ة U+0629 → heh ه U+0647.
    public static let tehMarbuta = Folds(rawValue: 1 << 4)
    /// Removes tatweel (kashida) U+0640, a justification character. A tatweel
    /// that carries a hamza above among its marks is the seat of that hamza
    /// (Uthmani ـٔ, as in أَنۢبِـُٔونِي) and becomes ئ U+0626 (أنبئوني).
    public static let tatweel = Folds(rawValue: 1 << 5)
    /// *Lossy.* Persian and Urdu letter forms to their Arabic equivalents
    /// (see ``ArabicNormalizer/persianLetterTable``).
    public static let persian = Folds(rawValue: 1 << 6)
    /// Arabic-Indic digits U+0660–U+0669 and Extended Arabic-Indic digits
    /// U+06F0–U+06F9 → ASCII 0–9; ٫ U+066B → `.` and ٬ U+066C → `,` when
    /// between digits (٣٬٢٥٠٫٧٥ → 3,250.75).
    public static let digits = Folds(rawValue: 1 << 7)
    /// *Lossy.* Removes tashkeel as the normalizer's
    /// ``ArabicNormalizer/diacritics`` stripper says (by default every
    /// class of ``DiacriticStripper``).
    public static let diacritics = Folds(rawValue: 1 << 8)
    /// Removes invisible characters: U+2060 WORD JOINER, U+00AD SOFT HYPHEN,
    /// U+FEFF BOM, and the bidi controls (U+061C ALM, U+200E LRM, U+200F RLM,
    /// U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates). ZWNJ
    /// U+200C is kept between two word characters (Persian spelling:
    /// می‌خواهم) and removed elsewhere; U+200B ZERO WIDTH SPACE, a word
    /// separator (Unicode §23.2), becomes a space between two word characters
    /// (so words stay apart, as UAX #29 separates them) and is removed
    /// elsewhere; ZWJ U+200D is kept (it joins emoji sequences). "Between"
    /// looks at what is written, past the characters the normalizer removes.
    public static let invisibles = Folds(rawValue: 1 << 9)
    /// Space separators (U+0020, TAB, U+00A0, U+1680, U+2000–U+200A, U+202F,
    /// U+205F, U+3000) → one U+0020 per run; spaces at the start and end of
    /// every line are removed. Line ends (LF, CR, U+2028, U+2029) are kept.
    public static let whitespace = Folds(rawValue: 1 << 10)
    /// *Lossy.* Arabic punctuation to ASCII: ، U+060C → `,`, ؛ U+061B → `;`,
    /// ؟ U+061F → `?`, ٪ U+066A → `%`, ۔ U+06D4 → `.`.
    public static let punctuation = Folds(rawValue: 1 << 11)

    /// Every fold.
    public static let all: Folds = [
      .presentationForms, .alef, .hamzaCarriers, .alefMaksura, .tehMarbuta, .tatweel, .persian,
      .digits, .diacritics, .invisibles, .whitespace, .punctuation,
    ]

    /// Each fold with its name in the API (`alefMaksura`) and on the command line (`alef-maksura`).
    public static let named: [(name: String, commandLineName: String, fold: Folds)] = [
      ("presentationForms", "presentation-forms", .presentationForms),
      ("alef", "alef", .alef),
      ("hamzaCarriers", "hamza-carriers", .hamzaCarriers),
      ("alefMaksura", "alef-maksura", .alefMaksura),
      ("tehMarbuta", "teh-marbuta", .tehMarbuta),
      ("tatweel", "tatweel", .tatweel),
      ("persian", "persian", .persian),
      ("digits", "digits", .digits),
      ("diacritics", "diacritics", .diacritics),
      ("invisibles", "invisibles", .invisibles),
      ("whitespace", "whitespace", .whitespace),
      ("punctuation", "punctuation", .punctuation),
    ]

    /// The fold with this API name (`alefMaksura`) or command-line name (`alef-maksura`).
    public init?(name: String) {
      guard let entry = Folds.named.first(where: { $0.name == name || $0.commandLineName == name })
      else { return nil }
      self = entry.fold
    }
  }

  /// Named sets of folds.
  public enum Preset: String, Sendable, CaseIterable {
    /// Meaning-preserving cleanup for text shown to readers: presentation
    /// forms, tatweel, invisibles and whitespace (plus the always-on
    /// canonical composition). No letter changes its identity.
    case standard
    /// Every fold, for search and matching keys. Lossy.
    case search

    /// The folds of this preset.
    public var folds: Folds {
      switch self {
      case .standard: [.presentationForms, .tatweel, .invisibles, .whitespace]
      case .search: .all
      }
    }
  }

  /// The Persian and Urdu letter forms the ``Folds/persian`` fold maps, with
  /// their Arabic targets.
  ///
  /// Source: the mappings of Apache Lucene's `PersianNormalizer` (U+06CC,
  /// U+06D2, U+06A9, U+06C0, U+06C1) extended to the other positional and
  /// regional forms of the same letters in the Unicode Arabic block (U+06AA,
  /// U+06BE, U+06C2, U+06D3, U+06D5). Letters that are distinct letters, not
  /// forms (پ چ ژ گ ڤ ں and the like), are not folded.
  public static let persianLetterTable: [(form: Unicode.Scalar, arabic: Unicode.Scalar)] = [
    (ArabicScalars.keheh, ArabicScalars.kaf),  // ک → ك
    (ArabicScalars.swashKaf, ArabicScalars.kaf),  // ڪ → ك
    (ArabicScalars.farsiYeh, ArabicScalars.yeh),  // ی → ي
    (ArabicScalars.yehBarree, ArabicScalars.yeh),  // ے → ي
    (ArabicScalars.yehBarreeWithHamzaAbove, ArabicScalars.yehWithHamzaAbove),  // ۓ → ئ
    (ArabicScalars.hehWithYehAbove, ArabicScalars.heh),  // ۀ → ه
    (ArabicScalars.hehGoal, ArabicScalars.heh),  // ہ → ه
    (ArabicScalars.hehGoalWithHamzaAbove, ArabicScalars.heh),  // ۂ → ه
    (ArabicScalars.hehDoachashmee, ArabicScalars.heh),  // ھ → ه
    (ArabicScalars.ae, ArabicScalars.heh),  // ە → ه
  ]
}
