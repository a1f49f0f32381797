/// Romanizes Arabic-script text to ASCII with ``RomanizationTable``, a
/// simplified ALA-LC scheme.
///
/// ```swift
/// Romanizer().romanize("دليل البرمجة")     // "dlil al-brmjh"
/// Romanizer().romanize("مَدْرَسَة")         // "madrasah"
/// Romanizer().romanize("Café ١٢")          // "Cafe 12"
/// ```
///
/// Unvocalized text is romanized as written: short vowels that are not
/// written are not restored. The rules on top of the table:
/// - ال at the start of a word is the article "al-";
/// - waw and yeh are consonants (w, y) at the start of a word and next to
///   an alef, vowels (u, i) elsewhere; ain is "a" except before alef;
/// - shadda doubles the consonant before it; a vowel written twice in a row
///   (fatha then alef: ā) is written once;
/// - Arabic-Indic and Extended Arabic-Indic digits become ASCII digits;
///   Latin letters with diacritics lose them (é → e, from the Unicode
///   character name); any other non-ASCII letter is dropped, so no ʾ, ʿ or
///   unromanized letter is ever left.
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
    while index < scalars.count {
      let scalar = scalars[index]
      let previous: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
      let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
      defer { index += 1 }
      if scalar.value < 0x80 {
        output.unicodeScalars.append(scalar)
        wordStart = !_TextScan.isWordScalar(scalar)
        continue
      }
      if let digit = Self.asciiDigit(scalar) {
        output.unicodeScalars.append(digit)
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
        // Doubles the consonant, before any vowel written after it.
        var bytes = Array(output.utf8)
        bytes.insert(contentsOf: Array(lastConsonant.utf8), at: min(lastConsonantEnd, bytes.count))
        output = String(decoding: bytes, as: UTF8.self)
        lastConsonantEnd += lastConsonant.utf8.count
        continue
      }
      if var latin = RomanizationTable.letters[scalar] {
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
        if let base = Self.latinBase(scalar) { output.unicodeScalars.append(base) }
        wordStart = false
        continue
      }
      if _TextScan.isWordScalar(scalar) {
        // Other marks and tatweel: nothing to write.
        continue
      }
      output.unicodeScalars.append(scalar)
      wordStart = true
    }
    return output
  }

  /// The ASCII digit of an Arabic-Indic or Extended Arabic-Indic digit.
  static func asciiDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    if ArabicScalars.arabicIndicDigits.contains(scalar) {
      return Unicode.Scalar(0x30 + scalar.value - ArabicScalars.arabicIndicDigitZero.value)
    }
    if ArabicScalars.extendedArabicIndicDigits.contains(scalar) {
      return Unicode.Scalar(0x30 + scalar.value - ArabicScalars.extendedArabicIndicDigitZero.value)
    }
    return nil
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
