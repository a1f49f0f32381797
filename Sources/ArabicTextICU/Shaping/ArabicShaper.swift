import ArabicText

/// Replaces Arabic letters with their contextual presentation forms, for displays that do not shape.
///
/// Arabic letters join, and each takes an isolated, initial, medial or
/// final glyph depending on its neighbours. Unicode stores the abstract
/// letter and leaves the choice to the font renderer; terminals, thermal
/// printers, image libraries and legacy systems that cannot shape need the
/// presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) instead.
///
/// ```swift
/// let shaper = ArabicShaper()
/// shaper.shape("بالعربية")    // "ﺑﺎﻟﻌﺮﺑﻴﺔ"
/// shaper.shape("أهلا وسهلا")  // "ﺃﻫﻼ ﻭﺳﻬﻼ" (lam-alef becomes one ligature)
/// shaper.shape("كَتَبَ")       // "ﻛَﺘَﺐَ" (the fathas stay combining U+064E)
/// shaper.shape("ڤيديو")       // "ﭬﻴﺪﻳﻮ" (veh initial U+FB6C, from Presentation Forms-A)
/// shaper.shape("بٱ")          // "ﺑﭑ" (alef wasla final U+FB51)
/// ```
///
/// The rules are Unicode's (The Unicode Standard, section 9.2, and
/// ArabicShaping.txt), from tables generated out of the Unicode Character
/// Database 15.0 by `Scripts/generate-arabic-joining.py`:
///
/// - Every letter with presentation forms in Arabic Presentation Forms-A or
///   -B gets them: the Arabic letters, and the Persian, Urdu, Uthmani and
///   other letters of U+FB50–U+FBFF (پ چ ژ گ ک ی ے ۀ ٹ ڈ ڑ ں ھ ہ ڤ ٱ …).
/// - A letter joins a neighbour when both can join on that side (Joining_Type
///   D, R, L or C) and it has the presentation form to show it. Letters whose
///   joined forms Unicode does not encode (U+0621 HAMZA, U+0677, U+06D5 AE,
///   most letters of Arabic Supplement and Extended-A) keep their code point,
///   and their neighbours do not join them, since a display draws them apart.
/// - Characters of Joining_Type T are transparent: harakat and every other
///   combining mark, LRM, RLM, ALM, the embedding and override controls,
///   CGJ (U+034F), ZWSP and variation selectors sit between two letters
///   without breaking their join.
/// - Tatweel (U+0640) and ZWJ (U+200D) join on both sides (Joining_Type C)
///   and are kept. ZWNJ (U+200C), spaces and the isolate controls (LRI RLI
///   FSI PDI) break joining.
/// - Lam followed by an alef (ا أ إ آ) becomes one lam-alef ligature
///   (U+FEF5–U+FEFC), so the result can be shorter than the input; marks
///   between the two follow the ligature. Alef followed by lam never
///   ligates, nor does lam with ZWJ or ZWNJ before the alef.
/// - Harakat stay the combining marks that the input has, drawn on the
///   preceding letter. The spacing forms U+FE70–U+FE7F, which occupy a cell
///   of their own, come on request (``MarkForm/spacingForms``). Marks are
///   never removed.
/// - Presentation forms already in the input are first turned back into
///   letters and shaped again, so shaping is idempotent.
/// - Everything else passes through unchanged.
///
/// ICU's `u_shapeArabic` shapes fewer letters (not ٱ, ڤ, ڦ, ڭ and several
/// others of U+FB50–U+FBFF), treats alef maksura ى as joining on one side
/// only, and lets LRM, RLM, ALM, CGJ and Quranic marks break joining. The
/// tests check that this shaper agrees with ICU wherever ICU follows
/// Unicode.
///
/// The shaper is an immutable value; share it freely. Shaping one line is a
/// single pass over its UTF-16 code units with one table load each.
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
    /// The spacing presentation forms U+FE70–U+FE7F, one cell each: the medial form (on a
    /// tatweel, U+FE71, U+FE77 …) when the letters on either side join, the isolated form
    /// (on a space, U+FE70, U+FE76 …) otherwise and for dammatan and kasratan, which have no
    /// medial form. These are the forms ICU's `u_shapeArabic` writes.
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
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-16 code units.
  public func shape<S: StringProtocol>(_ text: S) -> String {
    let source = _UTF16Transcoding.decode(text)
    var shaped: [UInt16] = []
    source.withUnsafeBufferPointer { shape(utf16: $0, into: &shaped) }
    return shaped.withUnsafeBufferPointer { _UTF16Transcoding.string($0) }
  }

  /// Shapes the valid UTF-8 `bytes` and appends the result, in UTF-8, to `output`.
  ///
  /// Lines are independent: a line feed never joins. Give whole lines, or
  /// at least whole words, per call.
  ///
  /// - Complexity: O(*n*), where *n* is `bytes.count`.
  public func shape(utf8 bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) {
    // UTF-16 needs at most one code unit per byte; shaping at most two per code unit.
    let n = bytes.count
    withUnsafeTemporaryAllocation(of: UInt16.self, capacity: Swift.max(3 * n, 1)) { scratch in
      let source = UnsafeMutableBufferPointer(rebasing: scratch[..<n])
      let count = _UTF16Transcoding.decode(bytes, into: source)
      let text = UnsafeBufferPointer(rebasing: source[..<count])
      let shaped = UnsafeMutableBufferPointer(rebasing: scratch[n...])
      let written = shape(utf16: text, into: shaped)
      _UTF16Transcoding.encode(UnsafeBufferPointer(rebasing: shaped[..<written]), appendingTo: &output)
    }
  }

  /// Replaces the contents of `output` with the shaped form of `source` (UTF-16 code units).
  func shape(utf16 source: UnsafeBufferPointer<UInt16>, into output: inout [UInt16]) {
    output.removeAll(keepingCapacity: true)
    guard source.contains(where: Self.mayNeedShaping) else {
      output.append(contentsOf: source)
      return
    }
    output.append(contentsOf: repeatElement(0, count: 2 * source.count))
    let written = output.withUnsafeMutableBufferPointer { shape(utf16: source, into: $0) }
    output.removeLast(output.count - written)
  }

  /// Writes the shaped form of `source` to `output`, which must hold `2 * source.count` code
  /// units, and returns the number written.
  ///
  /// Text without a character of the Arabic blocks or the presentation forms is copied as is.
  func shape(utf16 source: UnsafeBufferPointer<UInt16>, into output: UnsafeMutableBufferPointer<UInt16>) -> Int {
    let n = source.count
    precondition(output.count >= 2 * n, "shaping buffer too small")
    guard n > 0, let out = output.baseAddress else { return 0 }
    guard source.contains(where: Self.mayNeedShaping) else {
      _ = output.initialize(from: source)
      return n
    }
    let spacing = marks == .spacingForms
    guard textOrder == .visualLeftToRight else {
      return _ArabicJoining.shared.shapeLogical(source, into: out, spacingMarks: spacing)
    }
    // Visual order: the logical text reversed. Reverse it (code points kept whole) into the
    // second half of the output, shape that into the first half, and reverse the result.
    let reversed = UnsafeMutableBufferPointer(rebasing: output[n...])
    Self.reverseCodePoints(source, into: reversed.baseAddress!)
    let written = _ArabicJoining.shared.shapeLogical(
      UnsafeBufferPointer(rebasing: reversed[..<n]), into: out, spacingMarks: spacing)
    var shaped = UnsafeMutableBufferPointer(rebasing: output[..<written])
    shaped.reverse()
    Self.restoreSurrogateOrder(shaped)
    return written
  }

  /// Writes `source` in reverse order of its code points (a surrogate pair stays in order).
  static func reverseCodePoints(_ source: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt16>) {
    let n = source.count
    for i in 0..<n { out[n - 1 - i] = source[i] }
    restoreSurrogateOrder(UnsafeMutableBufferPointer(start: out, count: n))
  }

  /// Swaps each trail surrogate that a reversal put before its lead surrogate back after it.
  static func restoreSurrogateOrder(_ units: UnsafeMutableBufferPointer<UInt16>) {
    var i = 0
    while i + 1 < units.count {
      if UTF16.isTrailSurrogate(units[i]) && UTF16.isLeadSurrogate(units[i + 1]) {
        units.swapAt(i, i + 1)
        i += 2
      } else {
        i += 1
      }
    }
  }

  /// Whether a UTF-16 code unit belongs to a block that shaping changes: Arabic, Arabic
  /// Supplement, Arabic Extended-A, or the presentation forms.
  @inline(__always)
  static func mayNeedShaping(_ unit: UInt16) -> Bool {
    let scalar = UInt32(unit)
    return scalar >= ArabicScalars.arabicBlock.lowerBound.value
      && (scalar <= ArabicScalars.extendedAMarks.upperBound.value
        || (scalar >= ArabicScalars.presentationFormsA.lowerBound.value
          && scalar <= ArabicScalars.presentationFormsB.upperBound.value))
  }
}

extension _ArabicJoining {
  /// Classes that join the character after them: C, D, L (bits by ``Class`` raw value).
  static let joinsAfterClasses: UInt8 = 1 << 2 | 1 << 4 | 1 << 5
  /// Classes that join the character before them: C, R, D.
  static let joinsBeforeClasses: UInt8 = 1 << 2 | 1 << 3 | 1 << 4

  /// Writes the shaped form of the logical-order `source` to `out` (room for
  /// `2 * source.count` code units) and returns the number of code units written, which is
  /// never more than `source.count`.
  ///
  /// One pass: each character is written as it comes; a letter's form is set when the next
  /// character that is not transparent shows whether it joins that one.
  func shapeLogical(_ source: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt16>, spacingMarks: Bool)
    -> Int
  {
    properties.withUnsafeBufferPointer { properties in
      forms.withUnsafeBufferPointer { forms in
        ligatureForms.withUnsafeBufferPointer { ligatureForms in
          spacingForms.withUnsafeBufferPointer { spacingForms in
            unshaping.withUnsafeBufferPointer { unshaping in
              Self.shapeLogical(
                source, into: out, properties: properties.baseAddress!, forms: forms.baseAddress!,
                firstLetter: firstLetter, ligatureForms: ligatureForms.baseAddress!,
                firstLigatureSecond: firstLigatureSecond, spacingForms: spacingMarks ? spacingForms.baseAddress! : nil,
                firstSpacingMark: firstSpacingMark, unshaping: unshaping.baseAddress!,
                firstPresentationForm: firstPresentationForm)
            }
          }
        }
      }
    }
  }

  /// The pass itself, its state in local variables so that it stays in registers.
  private static func shapeLogical(
    _ source: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt16>, properties: UnsafePointer<UInt8>,
    forms: UnsafePointer<UInt16>, firstLetter: UInt16, ligatureForms: UnsafePointer<UInt16>,
    firstLigatureSecond: UInt16, spacingForms: UnsafePointer<UInt16>?, firstSpacingMark: UInt16,
    unshaping: UnsafePointer<UInt16>, firstPresentationForm: UInt16
  ) -> Int {
    // Code units written.
    var count = 0
    // The output position of the last character that is not transparent; -1 before the first.
    var previous = -1
    // That character (its lead surrogate above the BMP), its properties (a non-joining class
    // before the first character), and 1 if it joins the character before it, else 0.
    var previousUnit: UInt16 = 0
    var previousProperties: UInt8 = Class.nonJoining.rawValue
    var previousJoinsBefore: UInt8 = 0

    /// Gives the previous letter its form, now that whether it joins the next character is
    /// known, and the spacing marks after it theirs.
    @inline(__always)
    func resolvePrevious(joinsAfter: UInt8) {
      if previousProperties & Flag.hasForms != 0 {
        // Form numbers: isolated 0, final 1 (joins before), initial 2 (joins after), medial 3.
        out[previous] = forms[4 &* Int(previousUnit &- firstLetter) &+ Int(previousJoinsBefore | joinsAfter << 1)]
      }
      if let spacingForms, count > previous &+ 1 {
        // Marks between the previous letter and this character: on a tatweel when the two join.
        for k in (previous &+ 1)..<count where properties[Int(out[k])] & Flag.spacingMark != 0 {
          let base = 2 &* Int(out[k] &- firstSpacingMark)
          let medial = spacingForms[base &+ 1]
          out[k] = joinsAfter != 0 && medial != 0 ? medial : spacingForms[base]
        }
      }
    }

    /// Adds one BMP character (a letter, never a presentation form) with its properties.
    @inline(__always)
    func add(_ unit: UInt16, _ flags: UInt8) {
      let joiningClass = flags & 7
      if joiningClass == Class.transparent.rawValue {
        out[count] = unit
        count &+= 1
        return
      }
      let joins = (joinsAfterClasses >> (previousProperties & 7)) & (joinsBeforeClasses >> joiningClass) & 1
      if joins != 0 && flags & Flag.ligatureSecond != 0 && previousProperties & Flag.ligatureFirst != 0 {
        let base = 3 &* Int(unit &- firstLigatureSecond)
        if ligatureForms[base] == previousUnit {
          // Lam then alef: one ligature where the lam is; marks between them follow it. It joins
          // the character before it if the lam did, and never the one after it.
          out[previous] = ligatureForms[base &+ 1 &+ Int(previousJoinsBefore)]
          previousProperties = Class.rightJoining.rawValue
          return
        }
      }
      resolvePrevious(joinsAfter: joins)
      out[count] = unit
      previous = count
      count &+= 1
      previousUnit = unit
      previousProperties = flags
      previousJoinsBefore = joins
    }

    let n = source.count
    var i = 0
    while i < n {
      let unit = source[i]
      i &+= 1
      let flags = properties[Int(unit)]
      if flags & Flag.presentationForm != 0 {
        let base = 2 &* Int(unit &- firstPresentationForm)
        let first = unshaping[base]
        add(first, properties[Int(first)])
        let second = unshaping[base &+ 1]
        if second != 0 { add(second, properties[Int(second)]) }
      } else if UTF16.isLeadSurrogate(unit) && i < n && UTF16.isTrailSurrogate(source[i]) {
        // Above the BMP: transparent (tags, variation selectors) or non-joining.
        let trail = source[i]
        i &+= 1
        let scalar = 0x1_0000 &+ (UInt32(unit & 0x3FF) << 10 | UInt32(trail & 0x3FF))
        if supplementaryClass(scalar) != .transparent {
          resolvePrevious(joinsAfter: 0)
          previous = count
          previousUnit = unit
          previousProperties = Class.nonJoining.rawValue
          previousJoinsBefore = 0
        }
        out[count] = unit
        out[count &+ 1] = trail
        count &+= 2
      } else {
        add(unit, flags)
      }
    }
    // The last letter joins nothing after it.
    resolvePrevious(joinsAfter: 0)
    return count
  }
}

extension StringProtocol {
  /// The text with Arabic letters in their contextual presentation forms (``ArabicShaper`` with its defaults).
  ///
  /// ```swift
  /// "بالعربية".shapedArabic()  // "ﺑﺎﻟﻌﺮﺑﻴﺔ"
  /// ```
  ///
  /// - Complexity: O(*n*), where *n* is the length of the text in UTF-16 code units.
  public func shapedArabic() -> String {
    ArabicShaper().shape(self)
  }
}
