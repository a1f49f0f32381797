import ArabicText

/// The Arabic definite article ال at the start of a text, for sorting dictionary style.
enum _DefiniteArticle {
  /// The UTF-16 length of a leading article (alef or alef wasla, then lam, each with any
  /// harakat), or 0 when the text does not start with one followed by a letter.
  ///
  /// "الكتاب" → 2, "ٱلْكِتَٰب" → 3 (the sukun goes with the article), "ال" → 0, "ألم" → 0.
  static func prefixLength(_ units: UnsafeBufferPointer<UInt16>) -> Int {
    let alef = UInt16(ArabicScalars.alef.value)
    let alefWasla = UInt16(ArabicScalars.alefWasla.value)
    let lam = UInt16(ArabicScalars.lam.value)
    var i = 0
    let n = units.count
    guard n >= 3, units[0] == alef || units[0] == alefWasla else { return 0 }
    i = 1
    while i < n && isMark(units[i]) { i += 1 }
    guard i < n, units[i] == lam else { return 0 }
    i += 1
    while i < n && isMark(units[i]) { i += 1 }
    // Something must follow, and it must be a letter: "ال" alone and "ال " are kept.
    guard i < n, let scalar = Unicode.Scalar(units[i]), scalar.properties.isAlphabetic else { return 0 }
    return i
  }

  @inline(__always)
  private static func isMark(_ unit: UInt16) -> Bool {
    let value = UInt32(unit)
    return value >= ArabicScalars.fathatan.value && value <= ArabicScalars.sukun.value
  }
}
