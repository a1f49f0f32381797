import ArabicText
internal import CICUShim

/// Replaces Arabic letters with their contextual presentation forms, for displays that do not shape.
///
/// Arabic letters join, and each takes an isolated, initial, medial or
/// final glyph depending on its neighbours. Unicode stores the abstract
/// letter and leaves the choice to the font renderer; terminals, thermal
/// printers, image libraries and legacy systems that cannot shape need the
/// presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) instead. The
/// corresponding ICU function is `u_shapeArabic` with
/// `U_SHAPE_LETTERS_SHAPE`.
///
/// ```swift
/// let shaper = ArabicShaper()
/// try shaper.shape("بالعربية")    // "ﺑﺎﻟﻌﺮﺑﻴﺔ"
/// try shaper.shape("أهلا وسهلا")  // "ﺃﻫﻼ ﻭﺳﻬﻼ" (lam-alef becomes one ligature)
/// try shaper.shape("كَتَبَ")       // "ﻛَﺘَﺐَ" (the fathas stay combining U+064E)
/// ```
///
/// - Lam followed by an alef (ا أ إ آ) becomes one lam-alef ligature
///   (U+FEF5–U+FEFC), so the result can be shorter than the input; alef
///   followed by lam never ligates.
/// - Harakat and other marks are transparent for joining (ArabicShaping.txt,
///   joining type T). By default they stay the combining marks U+064B–U+0652
///   that the input has, drawn on the preceding letter. ICU itself turns
///   them into the spacing forms U+FE70–U+FE7F, which occupy a cell of their
///   own; ask for those with ``MarkForm/spacingForms``. Marks are never removed.
/// - Tatweel (U+0640) is kept and joins on both sides.
/// - Presentation forms already in the input are first turned back into
///   letters and shaped again, so shaping is idempotent.
/// - Everything that is not Arabic passes through unchanged.
///
/// The shaper is an immutable value with no ICU object; share it freely.
public struct ArabicShaper: Hashable, Sendable {
  /// The order the text is stored in.
  public enum TextOrder: Hashable, Sendable {
    /// Logical (keyboard) order, the order of Unicode text.
    case logical
    /// Visual order from left to right, as in legacy "visual" files and
    /// old PDFs: the first character of an Arabic word is the rightmost.
    case visualLeftToRight
  }

  /// How harakat (tanween, fatha … sukun, U+064B–U+0652) appear in the shaped text.
  public enum MarkForm: Hashable, Sendable {
    /// The combining marks, as in the input: a renderer draws each on its letter.
    case combining
    /// ICU's spacing presentation forms U+FE70–U+FE7F, one cell each.
    case spacingForms
  }

  /// The order of the text to shape.
  public var textOrder: TextOrder
  /// The form of harakat in the output.
  public var marks: MarkForm

  /// A shaper for text in `textOrder`, with harakat in `marks` form.
  public init(textOrder: TextOrder = .logical, marks: MarkForm = .combining) {
    self.textOrder = textOrder
    self.marks = marks
  }

  /// The text with Arabic letters replaced by their contextual presentation forms.
  ///
  /// - Throws: `ICUError` when `u_shapeArabic` fails (memory allocation).
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-16 code units.
  public func shape<S: StringProtocol>(_ text: S) throws -> String {
    let source = _UTF16Transcoding.decode(text)
    var shaped: [UInt16] = []
    try source.withUnsafeBufferPointer { try shape(utf16: $0, into: &shaped) }
    return shaped.withUnsafeBufferPointer { _UTF16Transcoding.string($0) }
  }

  /// Shapes the valid UTF-8 `bytes` and appends the result, in UTF-8, to `output`.
  ///
  /// Lines are independent: a line feed never joins. Give whole lines, or
  /// at least whole words, per call.
  ///
  /// - Throws: `ICUError` when `u_shapeArabic` fails.
  /// - Complexity: O(*n*), where *n* is `bytes.count`.
  public func shape(utf8 bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) throws {
    var source: [UInt16] = []
    var shaped: [UInt16] = []
    _UTF16Transcoding.decode(bytes, appendingTo: &source)
    try source.withUnsafeBufferPointer { try shape(utf16: $0, into: &shaped) }
    shaped.withUnsafeBufferPointer { _UTF16Transcoding.encode($0, appendingTo: &output) }
  }

  /// The `u_shapeArabic` options for this configuration.
  var icuOptions: UInt32 {
    var options = UInt32(ATICU_SHAPE_LETTERS_SHAPE) | UInt32(ATICU_SHAPE_LENGTH_GROW_SHRINK)
    if textOrder == .visualLeftToRight { options |= UInt32(ATICU_SHAPE_TEXT_DIRECTION_VISUAL_LTR) }
    return options
  }

  /// Replaces the contents of `output` with the shaped form of `source` (UTF-16 code units).
  ///
  /// Text without a character of the Arabic blocks is copied as is.
  func shape(utf16 source: UnsafeBufferPointer<UInt16>, into output: inout [UInt16]) throws {
    output.removeAll(keepingCapacity: true)
    // u_shapeArabic measures its result with u_strlen once lam-alef ligatures have shrunk it, so
    // a NUL would cut the text short there: the pieces between NULs (which never join) are
    // shaped one at a time.
    var start = 0
    while let zero = source[start...].firstIndex(of: 0) {
      try appendShaped(UnsafeBufferPointer(rebasing: source[start..<zero]), to: &output)
      output.append(0)
      start = zero + 1
    }
    try appendShaped(UnsafeBufferPointer(rebasing: source[start...]), to: &output)
    if marks == .combining { Self.restoreCombiningMarks(&output) }
  }

  /// Appends the shaped form of `source`, which holds no NUL, to `output`.
  private func appendShaped(_ source: UnsafeBufferPointer<UInt16>, to output: inout [UInt16]) throws {
    var needsShaping = false
    var hasPresentationForms = false
    let firstPresentationForm = UInt16(ArabicScalars.presentationFormsA.lowerBound.value)
    for unit in source where Self.mayNeedShaping(unit) {
      needsShaping = true
      if unit >= firstPresentationForm {
        hasPresentationForms = true
        break
      }
    }
    guard needsShaping else {
      output.append(contentsOf: source)
      return
    }
    // Without presentation forms in the input, ICU's pass turning them back into letters has
    // nothing to do; skipping it gives the same result, faster.
    let options = hasPresentationForms ? icuOptions : icuOptions | UInt32(ATICU_SHAPE_PRESERVE_PRESENTATION)
    // Lam-alef ligatures only shrink the text; the margin covers anything else, and an overflow
    // is retried once with the length ICU reports.
    let base = output.count
    var capacity = source.count + 16
    while true {
      output.append(contentsOf: repeatElement(0, count: capacity))
      var status: Int32 = 0
      let written = output.withUnsafeMutableBufferPointer { buffer in
        aticu_shape_arabic(
          source.baseAddress, Int32(source.count), buffer.baseAddress! + base, Int32(capacity), options, &status)
      }
      if status == Int32(ATICU_BUFFER_OVERFLOW_ERROR) && Int(written) > capacity {
        output.removeSubrange(base...)
        capacity = Int(written)
        continue
      }
      try ICUError.check(status, "u_shapeArabic")
      output.removeLast(capacity - Int(written))
      break
    }
  }

  /// Whether a UTF-16 code unit belongs to a block `u_shapeArabic` changes: Arabic,
  /// Arabic Supplement, Arabic Extended-A, or the presentation forms.
  @inline(__always)
  static func mayNeedShaping(_ unit: UInt16) -> Bool {
    let scalar = UInt32(unit)
    return scalar >= ArabicScalars.arabicBlock.lowerBound.value
      && (scalar <= ArabicScalars.extendedAMarks.upperBound.value
        || (scalar >= ArabicScalars.presentationFormsA.lowerBound.value
          && scalar <= ArabicScalars.presentationFormsB.upperBound.value))
  }

  /// Turns ICU's spacing tashkeel forms (U+FE70–U+FE7F) back into the combining marks U+064B–U+0652.
  ///
  /// The forms come in pairs, isolated then medial, one pair per mark from
  /// fathatan (ArabicScalars.spacingTashkeelForms); the tail fragment
  /// U+FE73 and the unassigned U+FE75 are left alone.
  static func restoreCombiningMarks(_ units: inout [UInt16]) {
    let first = UInt16(ArabicScalars.spacingTashkeelForms.lowerBound.value)
    let last = UInt16(ArabicScalars.spacingTashkeelForms.upperBound.value)
    let tailFragment = UInt16(ArabicScalars.tailFragment.value)
    let unassigned = tailFragment + 2
    let fathatan = UInt16(ArabicScalars.fathatan.value)
    units.withUnsafeMutableBufferPointer { buffer in
      for i in buffer.indices {
        let unit = buffer[i]
        if unit >= first && unit <= last && unit != tailFragment && unit != unassigned {
          buffer[i] = fathatan + (unit - first) / 2
        }
      }
    }
  }
}

extension StringProtocol {
  /// The text with Arabic letters in their contextual presentation forms (``ArabicShaper`` with its defaults).
  ///
  /// ```swift
  /// try "بالعربية".shapedArabic()  // "ﺑﺎﻟﻌﺮﺑﻴﺔ"
  /// ```
  ///
  /// - Throws: `ICUError` when `u_shapeArabic` fails.
  /// - Complexity: O(*n*), where *n* is the length of the text in UTF-16 code units.
  public func shapedArabic() throws -> String {
    try ArabicShaper().shape(self)
  }
}
