/// Abbreviations after which a full stop does not end a sentence.
///
/// Arabic abbreviates a word by its first letter followed by a full stop:
/// د. (دكتور, doctor), أ. (أستاذ, professor), م. (مهندس, engineer; ميلادي, AD,
/// after a year), ص. (صفحة, page), ج. (جزء, volume), ط. (طبعة, edition),
/// هـ (هجري, AH, after a year), ق.م. (قبل الميلاد, BC), أ.د. (professor
/// doctor). A full stop after a word of one Arabic-script letter (with its
/// marks and tatweel, standing alone or right after a number) is therefore
/// never a sentence end; there is no list of Arabic abbreviations to keep.
/// Source: W3C, Arabic & Persian Layout Requirements, issue 91 "Section on
/// Abbreviation" (github.com/w3c/alreq/issues/91): "Another method in
/// Arabic is to put a period after each letter."
///
/// Latin-script titles that precede a name are listed in `latinTitles`, a
/// subset of the English sentence-break suppressions of the Unicode CLDR
/// (common/segments/en.xml): titles only, since CLDR's other entries
/// (`Jan.`, `Is.`, `To.`) often do end sentences.
enum _SentenceAbbreviations {
  /// Latin-script titles and references, compared case-sensitively without their full stop.
  static let latinTitles: [String] = [
    "Capt", "Col", "Dept", "Dr", "Lt", "Maj", "Mr", "Mrs", "Ms", "Mt", "Prof", "Rev", "Sgt", "pp", "vs",
  ]

  /// The titles as UTF-8, for comparison with the bytes before a full stop.
  static let latinTitlesUTF8: [[UInt8]] = latinTitles.map { Array($0.utf8) }

  /// The longest title, in UTF-8 bytes.
  static let maxLatinTitleLength = latinTitlesUTF8.map(\.count).max() ?? 0
}
