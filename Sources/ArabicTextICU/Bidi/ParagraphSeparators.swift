import ArabicText

/// The paragraphs of a text, split as UAX #9 rule P1 says: after each paragraph separator
/// (Bidi_Class B: LF, CR, NEL, U+2029, U+001C–U+001E), with CR LF as one separator.
enum _ParagraphSeparators {
  /// Calls `body` with each paragraph's content range (without its separator) and the end of
  /// its separator, in order; the last paragraph may be empty.
  @inline(__always)
  static func forEach(
    in text: UnsafeBufferPointer<UInt16>, _ body: (_ content: Range<Int>, _ separatorEnd: Int) throws -> Void
  ) rethrows {
    let carriageReturn = UInt16(UInt8(ascii: "\r"))
    let lineFeed = UInt16(UInt8(ascii: "\n"))
    let nextLine = UInt16(ArabicScalars.nextLine.value)
    let paragraphSeparator = UInt16(ArabicScalars.paragraphSeparator.value)
    let firstInformationSeparator = UInt16(ArabicScalars.informationSeparators.lowerBound.value)
    let lastInformationSeparator = UInt16(ArabicScalars.informationSeparators.upperBound.value)
    let n = text.count
    var start = 0
    var i = 0
    while i < n {
      let unit = text[i]
      // Every separator but U+2029 is at most NEL (U+0085): one comparison for most text.
      if unit > nextLine && unit != paragraphSeparator {
        i += 1
        continue
      }
      let isSeparator =
        unit == lineFeed || unit == carriageReturn || unit == nextLine || unit == paragraphSeparator
        || (unit >= firstInformationSeparator && unit <= lastInformationSeparator)
      guard isSeparator else {
        i += 1
        continue
      }
      var end = i + 1
      if unit == carriageReturn && end < n && text[end] == lineFeed { end += 1 }
      try body(start..<i, end)
      start = end
      i = end
    }
    try body(start..<n, n)
  }
}
