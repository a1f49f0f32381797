/// The letter tables of ``Romanizer``: a simplified ALA-LC romanization of
/// Arabic, with the Persian and Urdu letters, as plain ASCII; every other
/// letter of the Arabic script by the base letter its Unicode name gives;
/// and Greek, Cyrillic and the Latin letters without a base letter.
///
/// Source: ALA-LC Romanization Tables, "Arabic" (Library of Congress, 2012),
/// simplified for URLs as is common practice: macrons and underdots are
/// dropped (ā → a, ḥ → h, ṣ → s), ʾ (hamza) and ʿ (ain) are not written,
/// teh marbuta is "h" (the pausal form), the article is "al-". Persian and
/// Urdu letters follow the ALA-LC Persian and Urdu tables, simplified the
/// same way. Letters whose sound depends on context (alef, waw, yeh, ain,
/// the hamza carriers) are handled by ``Romanizer``'s rules; their entries
/// here are the defaults.
public enum RomanizationTable {
  /// Arabic-script letters and marks to ASCII.
  public static let letters: [Unicode.Scalar: String] = [
    ArabicScalars.hamza: "",
    ArabicScalars.alefWithMaddaAbove: "a",
    ArabicScalars.alefWithHamzaAbove: "a",
    ArabicScalars.wawWithHamzaAbove: "u",
    ArabicScalars.alefWithHamzaBelow: "i",
    ArabicScalars.yehWithHamzaAbove: "i",
    ArabicScalars.alef: "a",
    ArabicScalars.alefWasla: "a",
    ArabicScalars.beh: "b",
    ArabicScalars.tehMarbuta: "h",
    ArabicScalars.teh: "t",
    ArabicScalars.theh: "th",
    ArabicScalars.jeem: "j",
    ArabicScalars.hah: "h",
    ArabicScalars.khah: "kh",
    ArabicScalars.dal: "d",
    ArabicScalars.thal: "dh",
    ArabicScalars.reh: "r",
    ArabicScalars.zain: "z",
    ArabicScalars.seen: "s",
    ArabicScalars.sheen: "sh",
    ArabicScalars.sad: "s",
    ArabicScalars.dad: "d",
    ArabicScalars.tah: "t",
    ArabicScalars.zah: "z",
    ArabicScalars.ain: "a",
    ArabicScalars.ghain: "gh",
    ArabicScalars.feh: "f",
    ArabicScalars.qaf: "q",
    ArabicScalars.kaf: "k",
    ArabicScalars.lam: "l",
    ArabicScalars.meem: "m",
    ArabicScalars.noon: "n",
    ArabicScalars.heh: "h",
    ArabicScalars.waw: "w",
    ArabicScalars.alefMaksura: "a",
    ArabicScalars.yeh: "y",
    ArabicScalars.veh: "v",
    ArabicScalars.peh: "p",
    ArabicScalars.tcheh: "ch",
    ArabicScalars.jeh: "zh",
    ArabicScalars.keheh: "k",
    ArabicScalars.gaf: "g",
    ArabicScalars.farsiYeh: "y",
    ArabicScalars.tteh: "t",
    ArabicScalars.ddal: "d",
    ArabicScalars.rreh: "r",
    ArabicScalars.noonGhunna: "n",
    ArabicScalars.hehGoal: "h",
    ArabicScalars.hehDoachashmee: "h",
    ArabicScalars.yehBarree: "e",
    ArabicScalars.ae: "e",
    ArabicScalars.fatha: "a",
    ArabicScalars.kasra: "i",
    ArabicScalars.damma: "u",
    ArabicScalars.fathatan: "an",
    ArabicScalars.kasratan: "in",
    ArabicScalars.dammatan: "un",
    ArabicScalars.superscriptAlef: "a",
    ArabicScalars.sukun: "",
  ]

  /// Whole words the letter rules would spell wrong, by their letters
  /// without tashkeel (ٱ as ا): the name of God and its common compounds.
  ///
  /// Source: ALA-LC Romanization Tables, "Arabic", rule 20 (Allāh, lillāh,
  /// billāh), simplified as ``letters`` is.
  public static let words: [String: String] = [
    "الله": "allah", "لله": "lillah", "بالله": "billah", "والله": "wallah", "تالله": "tallah",
    "عبدالله": "abdallah", "اللهم": "allahumma",
  ]

  /// The definite article's romanization, written with a hyphen: "al-".
  public static let article = "al-"

  /// Arabic-script letters by the base letter of their Unicode name: a
  /// letter named "ARABIC LETTER X WITH …" (or "ARABIC SMALL X") is
  /// romanized as X (ڪ SWASH KAF as k, ۀ HEH WITH YEH ABOVE as h, ۓ YEH
  /// BARREE WITH HAMZA ABOVE as e, ݣ KEHEH WITH THREE DOTS ABOVE as k),
  /// so that every letter of the script has a romanization.
  ///
  /// Source: the base letters are the ALA-LC values of ``letters``;
  /// the letters of other languages (NG, VE, OE, U, YU, NYEH, DYEH, …) follow
  /// the ALA-LC tables for those languages (Uyghur, Kazakh, Sindhi,
  /// Pashto), simplified the same way.
  public static let arabicBaseLetters: [String: String] = [
    "HAMZA": "", "HIGH HAMZA": "", "ALEF": "a", "HIGH HAMZA ALEF": "a", "LOW ALEF": "a", "ALEF WASLA": "a",
    "ALEF MAKSURA": "a", "BEH": "b", "BEEH": "b", "BEHEH": "b", "DOTLESS BEH": "b", "PEH": "p", "PEHEH": "p",
    "TEH": "t", "TEHEH": "t", "TTEH": "t", "TTEHEH": "t", "TEH MARBUTA": "h", "TEH MARBUTA GOAL": "h",
    "THEH": "th", "JEEM": "j", "DYEH": "j", "TCHEH": "ch", "TCHEHEH": "ch", "NYEH": "ny", "HAH": "h",
    "KHAH": "kh", "DAL": "d", "DDAL": "d", "DAHAL": "d", "DDAHAL": "d", "DUL": "d", "THAL": "dh", "REH": "r",
    "RREH": "r", "ZAIN": "z", "JEH": "zh", "SEEN": "s", "SHEEN": "sh", "SAD": "s", "DAD": "d", "TAH": "t",
    "ZAH": "z", "AIN": "a", "GHAIN": "gh", "FEH": "f", "DOTLESS FEH": "f", "AFRICAN FEH": "f", "VEH": "v",
    "VE": "v", "QAF": "q", "DOTLESS QAF": "q", "AFRICAN QAF": "q", "KAF": "k", "KEHEH": "k", "SWASH KAF": "k",
    "GAF": "g", "GUEH": "g", "GRAF": "g", "NG": "ng", "NGOEH": "ng", "LAM": "l", "MEEM": "m", "NOON": "n",
    "NOON GHUNNA": "n", "AFRICAN NOON": "n", "RNOON": "n", "HEH": "h", "HEH GOAL": "h", "HEH DOACHASHMEE": "h",
    "AE": "e", "E": "e", "WAW": "w", "HIGH HAMZA WAW": "u", "STRAIGHT WAW": "w", "SMALL WAW": "u", "U": "u",
    "OE": "o", "KIRGHIZ OE": "o", "YU": "yu", "KIRGHIZ YU": "yu", "YEH": "y", "HIGH HAMZA YEH": "y",
    "FARSI YEH": "y", "KASHMIRI YEH": "y", "ROHINGYA YEH": "y", "THIN YEH": "y", "SMALL YEH": "i",
    "SMALL FARSI YEH": "i", "YEH BARREE": "e",
  ]

  /// Latin letters that are not a base letter with marks: ß → ss, æ → ae,
  /// þ → th, ð → d, ı → i, ŋ → ng, ĸ → q, ſ → s. (Letters with marks lose
  /// them, é → e, and ligatures are spelled out, ﬁ → fi, œ → oe, by their
  /// Unicode names.)
  ///
  /// Source: the German, Danish and Norwegian, Icelandic, Turkish and
  /// Northern Sami spellings in ASCII, as the ICAO Doc 9303 (Part 3)
  /// transliteration of national characters writes them.
  public static let latinLetters: [Character: String] = [
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "ı": "i", "ŋ": "ng",
    "Ŋ": "NG", "ĸ": "q", "ſ": "s", "ª": "a", "º": "o",
  ]

  /// Latin letters named by a sound or a borrowed letter rather than by a
  /// base letter (LATIN SMALL LETTER SCHWA ə, ESH ʃ, EZH ʒ, ENG ŋ, YOGH ȝ,
  /// ALPHA ɑ, …), as ASCII; the IPA values written as English spells them.
  ///
  /// Source: the Unicode character names (UnicodeData.txt) of Latin
  /// Extended-B and IPA Extensions.
  public static let latinLetterNames: [String: String] = [
    "SCHWA": "e", "ESH": "sh", "EZH": "zh", "ENG": "ng", "ETH": "d", "THORN": "th", "YOGH": "gh", "WYNN": "w",
    "ALPHA": "a", "BETA": "b", "GAMMA": "g", "IOTA": "i", "UPSILON": "u", "PHI": "f", "CHI": "kh", "OMEGA": "o",
    "OI": "oi", "OU": "ou", "HV": "hv", "AE": "ae", "OE": "oe", "IJ": "ij", "DZ": "dz", "LJ": "lj", "NJ": "nj",
    "TS": "ts", "TC": "tc", "LZ": "lz", "DB": "db", "QP": "qp", "KRA": "q", "HENG": "h", "TESH": "tsh",
  ]

  /// Greek letters by their Unicode name (GREEK SMALL LETTER X, with or
  /// without marks): ISO 843 (ELOT 743) transcription, simplified to ASCII.
  public static let greekLetters: [String: String] = [
    "ALPHA": "a", "BETA": "v", "GAMMA": "g", "DELTA": "d", "EPSILON": "e", "ZETA": "z", "ETA": "i",
    "THETA": "th", "IOTA": "i", "KAPPA": "k", "LAMDA": "l", "MU": "m", "NU": "n", "XI": "x", "OMICRON": "o",
    "PI": "p", "RHO": "r", "SIGMA": "s", "FINAL SIGMA": "s", "TAU": "t", "UPSILON": "y", "PHI": "f", "CHI": "ch",
    "PSI": "ps", "OMEGA": "o", "DIGAMMA": "w", "HETA": "h", "SAN": "s", "KOPPA": "q", "SAMPI": "ss", "STIGMA": "st",
    "SHO": "sh", "YOT": "j",
  ]

  /// Cyrillic letters by their Unicode name (CYRILLIC SMALL LETTER X): the
  /// transliteration of ICAO Doc 9303 (Part 3), for Russian, Ukrainian,
  /// Belarusian, Bulgarian, Serbian and Macedonian letters; the soft sign is
  /// not written, as ICAO prescribes.
  public static let cyrillicLetters: [String: String] = [
    "A": "a", "BE": "b", "VE": "v", "GHE": "g", "DE": "d", "IE": "e", "IO": "e", "ZHE": "zh", "ZE": "z", "I": "i",
    "SHORT I": "i", "KA": "k", "EL": "l", "EM": "m", "EN": "n", "O": "o", "PE": "p", "ER": "r", "ES": "s",
    "TE": "t", "U": "u", "EF": "f", "HA": "kh", "TSE": "ts", "CHE": "ch", "SHA": "sh", "SHCHA": "shch",
    "HARD SIGN": "ie", "YERU": "y", "SOFT SIGN": "", "E": "e", "YU": "iu", "YA": "ia", "UKRAINIAN IE": "ie",
    "BYELORUSSIAN-UKRAINIAN I": "i", "YI": "i", "SHORT U": "u", "DJE": "d", "TSHE": "c", "JE": "j", "LJE": "lj",
    "NJE": "nj", "DZHE": "dz", "DZE": "dz", "KJE": "k", "GJE": "g", "SCHWA": "a", "SHHA": "h", "YAT": "e",
    "FITA": "f", "IZHITSA": "i", "PALOCHKA": "", "OMEGA": "o", "BARRED O": "o", "STRAIGHT U": "u",
  ]
}
