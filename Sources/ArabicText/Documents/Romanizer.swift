/// Romanizes Arabic-script text to ASCII with ``RomanizationTable``, a
/// simplified ALA-LC scheme.
///
/// ```swift
/// Romanizer().romanize("دليل البرمجة")     // "dlil al-brmjh"
/// Romanizer().romanize("مَدْرَسَة")         // "madrasah"
/// Romanizer().romanize("Café ١٢")          // "Cafe 12"
/// Romanizer().romanize("Straße ΣΟΦΙΑ")     // "Strasse SOFIA"
/// ```
///
/// Unvocalized text is romanized as written: short vowels that are not
/// written are not restored. The rules on top of the table:
/// - ال at the start of a word is the article "al-";
/// - waw and yeh are consonants (w, y) at the start of a word and next to
///   an alef, vowels (u, i) elsewhere; ain is "a" except before alef;
/// - shadda doubles the consonant before it; a vowel written twice in a row
///   (fatha then alef: ā) is written once;
/// - every other letter of the Arabic script is romanized as the base
///   letter of its Unicode name (ڪ SWASH KAF → k, ۀ HEH WITH YEH ABOVE → h,
///   ۓ → e; ``RomanizationTable/arabicBaseLetters``);
/// - decimal digits of any script become ASCII digits (١٢ → 12);
/// - Latin letters with diacritics lose them (é → e, from the Unicode
///   character name), ligatures are spelled out (ﬁ → fi, œ → oe), and the
///   letters without a base letter are written as ASCII (ß → ss, æ → ae,
///   þ → th; ``RomanizationTable/latinLetters``);
/// - Greek letters follow ISO 843 (ΣΟΦΙΑ → SOFIA) and Cyrillic letters
///   ICAO Doc 9303 (Москва → Moskva), simplified to ASCII;
/// - letters of any other script are kept as written (a slug keeps them,
///   and percent-encoding makes the URL ASCII): no letter is dropped, and
///   no ʾ or ʿ is written.
///
/// Punctuation and spaces are kept as they are, for the caller (``Slug``)
/// to fold.
public struct Romanizer: Sendable {
  /// A romanizer with the package's table.
  public init() {}

  /// Returns the ASCII romanization of `text`.
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `text`.
  public func romanize<S: StringProtocol>(_ text: S) -> String {
    var output = ""
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var wordStart = true
    var lastConsonant = ""
    var lastConsonantEnd = 0  // UTF-8 offset in `output` after the last consonant
    var keptLetter = false  // the last letter was kept as written
    while index < scalars.count {
      let scalar = scalars[index]
      let previous: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
      let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
      defer { index += 1 }
      if scalar.value < 0x80 {
        output.unicodeScalars.append(scalar)
        wordStart = !_TextScan.isWordScalar(scalar)
        keptLetter = false
        continue
      }
      if let digit = Self.asciiDigit(scalar) {
        output.unicodeScalars.append(digit)
        wordStart = false
        continue
      }
      if wordStart, let (latin, length) = Self.lexiconWord(in: scalars, at: index) {
        // Words whose spelling the letter rules get wrong (الله: allah, not al-lh).
        output += latin
        index += length - 1
        wordStart = false
        continue
      }
      if wordStart && scalar == ArabicScalars.alef && next == ArabicScalars.lam
        && index + 2 < scalars.count && _TextScan.isArabicScriptLetter(scalars[index + 2])
      {
        output += RomanizationTable.article
        index += 1
        wordStart = false
        continue
      }
      if scalar == ArabicScalars.shadda {
        // Doubles the consonant, before any vowel written after it (only that short tail moves).
        let at = output.utf8.index(output.utf8.startIndex, offsetBy: min(lastConsonantEnd, output.utf8.count))
        let tail = String(output.unicodeScalars[at...])
        output.unicodeScalars.removeSubrange(at...)
        output += lastConsonant + tail
        lastConsonantEnd += lastConsonant.utf8.count
        continue
      }
      if var latin = RomanizationTable.letters[scalar] {
        keptLetter = false
        let nearAlef = previous == ArabicScalars.alef || next == ArabicScalars.alef
        switch scalar {
        case ArabicScalars.waw: latin = wordStart || nearAlef ? "w" : "u"
        case ArabicScalars.yeh, ArabicScalars.farsiYeh: latin = wordStart || nearAlef ? "y" : "i"
        case ArabicScalars.ain: latin = next == ArabicScalars.alef ? "" : "a"
        default: break
        }
        if latin.count == 1, let last = output.last, last == latin.first, "aiu".contains(last) {
          latin = ""
        }
        output += latin
        if !latin.isEmpty && !"aiu".contains(latin) {
          lastConsonant = latin
          lastConsonantEnd = output.utf8.count
        }
        wordStart = false
        continue
      }
      if _TextScan.isLetter(scalar) {
        let latin = Self.romanized(scalar)
        output += latin
        keptLetter = !latin.unicodeScalars.allSatisfy(\.isASCII)
        if !latin.isEmpty && !"aiu".contains(latin) && latin.allSatisfy(\.isASCII) {
          lastConsonant = latin
          lastConsonantEnd = output.utf8.count
        }
        wordStart = false
        continue
      }
      if _TextScan.isWordScalar(scalar) {
        // Other marks and tatweel: nothing to write, unless they belong to a letter kept as written
        // (the vowel signs of हिन्दी).
        if keptLetter && scalar != ArabicScalars.tatweel { output.unicodeScalars.append(scalar) }
        continue
      }
      keptLetter = false
      output.unicodeScalars.append(scalar)
      wordStart = true
    }
    return output
  }

  /// The romanization of the word of ``RomanizationTable/words`` that starts
  /// at `index` (its letters without tashkeel, ending where the word ends),
  /// and its length in scalars.
  static func lexiconWord(in scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
    // Every word of the lexicon starts with a letter of U+0600–U+067F (ٱ U+0671 among them).
    guard scalars[index].value & 0xFF80 == 0x0600 else { return nil }
    var letters = String.UnicodeScalarView()
    var end = index
    while end < scalars.count, _TextScan.isWordScalar(scalars[end]) {
      if TashkeelMarks.containing(scalars[end]).isEmpty && scalars[end] != ArabicScalars.superscriptAlef {
        letters.append(scalars[end] == ArabicScalars.alefWasla ? ArabicScalars.alef : scalars[end])
      }
      end += 1
      if end - index > 12 { return nil }
    }
    guard let latin = RomanizationTable.words[String(letters)] else { return nil }
    return (latin, end - index)
  }

  /// The ASCII digit of a decimal digit of any script (Arabic-Indic,
  /// Extended Arabic-Indic, Devanagari, …; General Category Nd).
  static func asciiDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    if ArabicScalars.arabicIndicDigits.contains(scalar) {
      return Unicode.Scalar(0x30 + scalar.value - ArabicScalars.arabicIndicDigitZero.value)
    }
    if ArabicScalars.extendedArabicIndicDigits.contains(scalar) {
      return Unicode.Scalar(0x30 + scalar.value - ArabicScalars.extendedArabicIndicDigitZero.value)
    }
    guard scalar.properties.generalCategory == .decimalNumber, let value = scalar.properties.numericValue,
      value >= 0, value <= 9
    else { return nil }
    return Unicode.Scalar(0x30 + UInt32(value))
  }

  /// The romanization of a letter that ``RomanizationTable/letters`` does
  /// not hold: a Latin letter without its marks or spelled out, an
  /// Arabic-script letter as its base letter, a Greek or Cyrillic letter
  /// transliterated (capitalized when it is a capital), or the letter itself.
  static func romanized(_ scalar: Unicode.Scalar) -> String {
    if let latin = RomanizationTable.latinLetters[Character(scalar)] { return latin }
    guard let name = scalar.properties.name else { return String(scalar) }
    // Digraphs written as one letter: "LATIN CAPITAL LETTER D WITH SMALL LETTER Z WITH CARON" (ǅ).
    if name.hasPrefix("LATIN "), let with = name.firstRange(of: " WITH SMALL LETTER "),
      let first = latinBase(scalar), let second = name[with.upperBound...].first, second.isASCII
    {
      return String(first) + second.lowercased()
    }
    if let base = latinBase(scalar) { return String(base) }
    func base(_ rest: Substring) -> Substring {
      rest.firstRange(of: " WITH ").map { rest[..<$0.lowerBound] } ?? rest
    }
    func lookup(_ table: [String: String], _ letter: Substring) -> String? {
      if let value = table[String(letter)] { return value }
      let words = letter.split(separator: " ")
      guard words.count > 1 else { return nil }
      return table[String(words[words.count - 1])] ?? table[String(words[0])]
    }
    for (prefix, capital) in [("LATIN SMALL LIGATURE ", false), ("LATIN CAPITAL LIGATURE ", true)] where name.hasPrefix(prefix) {
      let letters = name.dropFirst(prefix.count).filter { $0 != " " }
      if letters.allSatisfy({ $0.isASCII && $0.isLetter }) {
        let spelled = letters.lowercased()
        return capital ? spelled.uppercased() : spelled == "longst" ? "st" : spelled
      }
    }
    if name.hasPrefix("LATIN ") { return latinLetter(named: name) }
    for prefix in ["ARABIC LETTER ", "ARABIC "] where name.hasPrefix(prefix) {
      if let value = lookup(RomanizationTable.arabicBaseLetters, base(name.dropFirst(prefix.count))) { return value }
    }
    // Arabic-script letters without a base letter (tatweel forms, dots, tails: U+0883–U+0885,
    // U+0887, U+088E) write nothing, as tatweel does.
    if ArabicScalars.arabicScriptBlocks.contains(where: { $0.contains(scalar) }) { return "" }
    for (script, table) in [("GREEK ", RomanizationTable.greekLetters), ("CYRILLIC ", RomanizationTable.cyrillicLetters)]
    where name.hasPrefix(script) {
      if let value = letter(named: name, in: table, capital: scalar.properties.isUppercase) { return value }
    }
    // Letters of other blocks named by a Latin letter: fullwidth ａ, mathematical 𝐀, script ℓ,
    // modifier ʰ.
    let words = base(name[...]).split(separator: " ")
    if let last = words.last, last.count == 1, let letter = last.first, letter.isASCII, letter.isLetter {
      return words.contains("CAPITAL") ? String(letter) : letter.lowercased()
    }
    // Other modifier letters are signs (ʾ ʿ ʼ ʻ, the hamza and ain of ALA-LC): not written in a URL.
    if name.hasPrefix("MODIFIER LETTER ") { return "" }
    return String(scalar)
  }

  /// The romanization of a Greek or Cyrillic letter or letter symbol by its
  /// name in `table`, capitalized when `capital` ("GREEK THETA SYMBOL" ϑ →
  /// th, "GREEK CAPITAL THETA SYMBOL" ϴ → Th, "CYRILLIC CAPITAL LETTER
  /// SCHWA" Ә → A); nil when the table has none of its words.
  static func letter(named name: String, in table: [String: String], capital: Bool) -> String? {
    var words = name.split(separator: " ").dropFirst()
    if let with = words.firstIndex(of: "WITH") { words = words[..<with] }
    let qualifiers: Set<Substring> = [
      "SMALL", "CAPITAL", "LETTER", "SYMBOL", "LUNATE", "REVERSED", "DOTTED", "FINAL", "ARCHAIC", "ABKHASIAN",
    ]
    let core = words.filter { !qualifiers.contains($0) }
    guard
      let value = table[core.joined(separator: " ")] ?? table[words.joined(separator: " ")]
        ?? core.reversed().lazy.compactMap({ table[String($0)] }).first
    else { return nil }
    guard capital, let first = value.first else { return value }
    return first.uppercased() + value.dropFirst()
  }

  /// The ASCII spelling of a Latin letter that is not a base letter with
  /// marks, from its Unicode name: the letter the name is built on
  /// ("LATIN SMALL LETTER TURNED V" ʌ → v, "LATIN LETTER SMALL CAPITAL R"
  /// ʀ → r), a named letter of ``RomanizationTable/latinLetterNames`` (ə
  /// SCHWA → e, ʃ ESH → sh), or nothing (clicks, glottal stops).
  static func latinLetter(named name: String) -> String {
    let capital = name.hasPrefix("LATIN CAPITAL ")
    var words = name.split(separator: " ").dropFirst()
    if let with = words.firstIndex(of: "WITH") { words = words[..<with] }
    words = words.drop { $0 == "SMALL" || $0 == "CAPITAL" || $0 == "LETTER" || $0 == "LIGATURE" }
    if let letter = words.last(where: { $0.count == 1 && $0.first!.isASCII && $0.first!.isLetter }) {
      return capital ? String(letter) : letter.lowercased()
    }
    for word in words.reversed() {
      if let spelled = RomanizationTable.latinLetterNames[String(word)] {
        return capital ? spelled.uppercased() : spelled
      }
    }
    return ""
  }

  /// The base letter of a Latin letter with diacritics, read from its
  /// Unicode name ("LATIN SMALL LETTER E WITH ACUTE" → e), keeping its case.
  static func latinBase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    guard let name = scalar.properties.name else { return nil }
    let small = "LATIN SMALL LETTER "
    let capital = "LATIN CAPITAL LETTER "
    let isSmall = name.hasPrefix(small)
    guard isSmall || name.hasPrefix(capital) else { return nil }
    let rest = name.dropFirst(isSmall ? small.count : capital.count).unicodeScalars
    guard let letter = rest.first, letter.value >= 0x41 && letter.value <= 0x5A else { return nil }
    let second = rest.dropFirst().first
    guard second == nil || second == " " else { return nil }
    return isSmall ? Unicode.Scalar(letter.value | 0x20) : letter
  }
}
