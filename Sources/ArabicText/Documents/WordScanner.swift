/// Finds the words of a block for the SEO rules (keywords, counts, cuts).
///
/// A word is a maximal run of letters, combining marks and digits; a ZWNJ
/// U+200C between two word scalars (Persian می‌خواهم), an apostrophe between
/// two letters (don't) and `.` `,` ٫ ٬ between two digits (14.3, ٣٬٢٥٠) stay
/// inside it. Everything else separates words. This is the document layer's
/// view of words; token kinds and ranges for callers come from the tokenizer.
enum _WordScanner {
  /// Calls `body` with each word of `text` and whether punctuation (not only
  /// white space) stands between it and the previous word, or it is the first.
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `text`.
  static func forEachWord(in text: Substring, _ body: (Substring, _ afterBreak: Bool) -> Void) {
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    let end = scalars.endIndex
    var afterBreak = true
    while index < end {
      let scalar = scalars[index]
      guard _TextScan.isWordScalar(scalar) else {
        if !_TextScan.isSpaceOrInvisible(scalar) { afterBreak = true }
        scalars.formIndex(after: &index)
        continue
      }
      let start = index
      var previous = scalar
      scalars.formIndex(after: &index)
      while index < end {
        let current = scalars[index]
        if _TextScan.isWordScalar(current) {
          previous = current
          scalars.formIndex(after: &index)
          continue
        }
        // A joiner inside a word needs a word scalar after it.
        let next = scalars.index(after: index)
        guard next < end, _TextScan.isWordScalar(scalars[next]) else { break }
        let following = scalars[next]
        let joins: Bool
        switch current {
        case ArabicScalars.zeroWidthNonJoiner: joins = true
        case "'", ArabicScalars.rightSingleQuotationMark: joins = _TextScan.isLetter(previous) && _TextScan.isLetter(following) && previous.value < 0x250
        case ".", ",", ArabicScalars.decimalSeparator, ArabicScalars.thousandsSeparator:
          joins = isDigit(previous) && isDigit(following)
        default: joins = false
        }
        guard joins else { break }
        previous = following
        index = scalars.index(after: next)
      }
      body(Substring(scalars[start..<index]), afterBreak)
      afterBreak = false
    }
  }

  /// Whether `scalar` is a decimal digit (General Category Nd).
  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value >= 0x30 && scalar.value <= 0x39 }
    return scalar.properties.generalCategory == .decimalNumber
  }
}
