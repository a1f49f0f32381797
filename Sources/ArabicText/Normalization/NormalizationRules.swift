/// The per-scalar actions of one normalizer configuration, computed once.
///
/// Rules are tabled for U+0000–U+07FF and U+2000–U+206F and computed for
/// other scalars. The hot loop reads `fast`, a 512-entry table of packed
/// ``FastEntry`` values: ASCII bytes at 0–127 and the Arabic block
/// (U+0600–U+06FF, UTF-8 lead bytes 0xD8–0xDB) at 256 + the scalar's low
/// byte; and `scanner`, which skips sixteen bytes at a time over text the
/// configuration leaves unchanged.
@usableFromInline
final class _NormalizationRules: @unchecked Sendable {
  @usableFromInline
  enum Kind: UInt8, Sendable {
    /// Copy; a starter (canonical combining class 0).
    case starter
    /// Copy; a combining mark with `ccc`.
    case mark
    /// Remove.
    case drop
    /// Emit `replacement` (a starter) instead.
    case replace
    /// U+0653–U+0655: compose with the preceding letter when canonical
    /// composition allows, else keep as a mark (or drop when `dropIfAlone`).
    case composing
    /// ZWNJ under the invisibles fold: kept only between word characters.
    case zeroWidthNonJoiner
    /// ZWSP under the invisibles fold without the whitespace fold: a space
    /// between word characters, removed elsewhere.
    case zeroWidthSpace
    /// The superscript alef written as alef (``SuperscriptAlefHandling/toAlef``),
    /// which depends on the letter it stands on.
    case superscriptAlefToAlef
    /// ٫ or ٬ under the digits fold: `replacement` when between digits.
    case digitSeparator
    /// A space separator under the whitespace fold.
    case space
    /// A line end under the whitespace fold.
    case lineEnd
    /// A presentation form with a compatibility expansion.
    case expand
  }

  @usableFromInline
  struct Rule: Sendable {
    var kind: Kind
    var ccc: UInt8
    var dropIfAlone: Bool
    var replacement: UInt32

    static let starter = Rule(kind: .starter, ccc: 0, dropIfAlone: false, replacement: 0)
  }

  let folds: ArabicNormalizer.Folds
  let stripper: DiacriticStripper
  let marksStripped: TashkeelMarks
  /// Whether a case-ending pass runs after the main pass.
  let stripsCaseEndings: Bool
  /// Rules for U+0000–U+07FF (one- and two-byte UTF-8).
  let lowScalars: UnsafeMutablePointer<Rule>
  /// Rules for U+2000–U+206F (General Punctuation).
  let generalPunctuation: UnsafeMutablePointer<Rule>
  /// The hot loop's table (see the type's documentation).
  let fast: UnsafeMutablePointer<UInt32>
  /// Canonical combining classes of U+0600–U+06FF by low byte (UnicodeData.txt field 3).
  let arabicCombiningClass: UnsafeMutablePointer<UInt8>
  /// The sixteen-byte scanner for runs the configuration leaves unchanged.
  var scanner: _BlockScanner! = nil

  /// The packed entries of `fast`.
  @usableFromInline
  enum FastEntry {
    // Bits 0–15: the output bytes; 16–17: the output length (0–2);
    // 18: the output is an Arabic-block starter; 19: a space (whitespace fold);
    // 20: take the general path; 21–22: the input length (1–2);
    // 24–31: the canonical combining class of a kept mark (0 for starters).
    static let outputLengthShift: UInt32 = 16
    static let combiningClassShift: UInt32 = 24
    static let combiningClassMask: UInt32 = 0xFF << 24
    static let arabicOutput: UInt32 = 1 << 18
    static let space: UInt32 = 1 << 19
    static let general: UInt32 = 1 << 20
    static let inputLengthShift: UInt32 = 21

    static func make(output: Unicode.Scalar?, inputLength: Int, flags: UInt32 = 0) -> UInt32 {
      var bytes: UInt32 = 0
      var length: UInt32 = 0
      if let output {
        for (k, byte) in UTF8.encode(output)!.enumerated() { bytes |= UInt32(byte) << (8 * UInt32(k)) }
        length = UInt32(UTF8.width(output))
        precondition(length <= 2, "fast outputs are one or two bytes")
      }
      return bytes | length << outputLengthShift | flags | UInt32(inputLength) << inputLengthShift
    }
  }

  /// Rules for `folds`, stripping as `stripper` says; `scanning` turns the
  /// sixteen-byte scanner on (by default in optimized builds only: unoptimized
  /// vector code is slower than the scalar loop).
  init(folds: ArabicNormalizer.Folds, stripper: DiacriticStripper, scanning: Bool = _BlockScanner.enabledByDefault) {
    self.folds = folds
    self.stripper = stripper
    self.marksStripped = folds.contains(.diacritics) ? stripper.marksStrippedEverywhere : []
    self.stripsCaseEndings =
      folds.contains(.diacritics) && stripper.scope == .caseEndings
      && !stripper.marks.intersection(.caseEnding).isEmpty
    lowScalars = .allocate(capacity: 0x800)
    generalPunctuation = .allocate(capacity: 0x70)
    fast = .allocate(capacity: 512)
    arabicCombiningClass = .allocate(capacity: 256)
    for low in 0..<256 {
      let ccc = Unicode.Scalar(0x0600 + UInt32(low))!.properties.canonicalCombiningClass.rawValue
      (arabicCombiningClass + low).initialize(to: ccc)
    }
    lowScalars.initialize(repeating: Rule.starter, count: 0x800)
    generalPunctuation.initialize(repeating: Rule.starter, count: 0x70)
    fast.initialize(repeating: FastEntry.general, count: 512)
    for value in 0..<0x800 {
      lowScalars[value] = computeRule(UInt32(value))
    }
    for offset in 0..<0x70 {
      generalPunctuation[offset] = computeRule(0x2000 + UInt32(offset))
    }
    for byte in 0..<128 {
      fast[byte] = fastEntry(UInt32(byte))
    }
    for low in 0..<256 {
      fast[256 + low] = fastEntry(0x0600 | UInt32(low))
    }
    scanner = _BlockScanner(fastTable: fast, whitespace: folds.contains(.whitespace), enabled: scanning)
  }

  /// The hot loop's entry for a scalar of ASCII or the Arabic block.
  private func fastEntry(_ value: UInt32) -> UInt32 {
    let scalar = Unicode.Scalar(value)!
    let inputLength = UTF8.width(scalar)
    let rule = lowScalars[Int(value)]
    let general = FastEntry.make(output: nil, inputLength: inputLength, flags: FastEntry.general)
    func output(_ out: Unicode.Scalar) -> UInt32 {
      let arabic = ArabicScalars.arabicBlock.contains(out) ? FastEntry.arabicOutput : 0
      return FastEntry.make(output: out, inputLength: inputLength, flags: arabic)
    }
    switch rule.kind {
    case .starter:
      return output(scalar)
    case .drop where scalar == ArabicScalars.tatweel:
      // A removed tatweel may be the seat of a hamza (ـٔ): see the general path.
      return general
    case .drop:
      return FastEntry.make(output: nil, inputLength: inputLength)
    case .mark where rule.ccc != 0:
      return FastEntry.make(output: scalar, inputLength: inputLength, flags: UInt32(rule.ccc) << FastEntry.combiningClassShift)
    case .replace:
      // A replaced composition base must remember what it was (ە + U+0654 → ۀ), and so
      // must ى when a superscript alef may follow it (ىٰ keeps no alef).
      if _ArabicComposition.isBase(value) { return general }
      if scalar == ArabicScalars.alefMaksura, folds.contains(.diacritics), stripper.superscriptAlef == .toAlef {
        return general
      }
      return output(Unicode.Scalar(rule.replacement)!)
    case .space:
      return FastEntry.make(output: " ", inputLength: inputLength, flags: FastEntry.space)
    default:
      return general
    }
  }

  deinit {
    lowScalars.deallocate()
    generalPunctuation.deallocate()
    fast.deallocate()
    arabicCombiningClass.deallocate()
  }

  /// The rule for any scalar.
  @usableFromInline
  func rule(for scalar: UInt32) -> Rule {
    if scalar < 0x800 { return lowScalars[Int(scalar)] }
    if scalar & ~0x7F == 0x2000 && scalar < 0x2070 { return generalPunctuation[Int(scalar &- 0x2000)] }
    return computeRule(scalar)
  }

  /// The canonical combining class of `scalar` (Unicode.Scalar.Properties).
  @usableFromInline
  func combiningClass(_ scalar: UInt32) -> UInt8 {
    if scalar & ~0xFF == 0x0600 { return arabicCombiningClass[Int(scalar & 0xFF)] }
    guard let s = Unicode.Scalar(scalar) else { return 0 }
    return UInt8(truncatingIfNeeded: s.properties.canonicalCombiningClass.rawValue)
  }

  // MARK: - Rule computation

  private func computeRule(_ value: UInt32) -> Rule {
    guard let scalar = Unicode.Scalar(value) else { return .starter }
    if folds.contains(.presentationForms), _PresentationForms.expansion(of: value) != nil {
      return Rule(kind: .expand, ccc: 0, dropIfAlone: false, replacement: 0)
    }
    if folds.contains(.invisibles) {
      if scalar == ArabicScalars.zeroWidthNonJoiner {
        return Rule(kind: .zeroWidthNonJoiner, ccc: 0, dropIfAlone: false, replacement: 0)
      }
      if scalar == ArabicScalars.zeroWidthSpace {
        // A word separator (Unicode §23.2): between words it stays a separation.
        let kind: Kind = folds.contains(.whitespace) ? .space : .zeroWidthSpace
        return Rule(kind: kind, ccc: 0, dropIfAlone: false, replacement: 0)
      }
      if Self.isInvisible(scalar) { return Rule(kind: .drop, ccc: 0, dropIfAlone: false, replacement: 0) }
    }
    if folds.contains(.whitespace) {
      if Self.isSpace(scalar) { return Rule(kind: .space, ccc: 0, dropIfAlone: false, replacement: 0) }
      if Self.isLineEnd(scalar) { return Rule(kind: .lineEnd, ccc: 0, dropIfAlone: false, replacement: 0) }
    }
    if folds.contains(.digits),
      scalar == ArabicScalars.decimalSeparator || scalar == ArabicScalars.thousandsSeparator
    {
      let ascii: Unicode.Scalar = scalar == ArabicScalars.decimalSeparator ? "." : ","
      return Rule(kind: .digitSeparator, ccc: 0, dropIfAlone: false, replacement: ascii.value)
    }
    let ccc = UInt8(truncatingIfNeeded: scalar.properties.canonicalCombiningClass.rawValue)
    if ArabicScalars.maddahAndHamzaMarks.contains(scalar) {
      return Rule(
        kind: .composing, ccc: ccc, dropIfAlone: marksStripped.contains(.maddahAndHamza), replacement: 0)
    }
    if folds.contains(.diacritics), scalar == ArabicScalars.superscriptAlef, stripper.superscriptAlef == .toAlef {
      return Rule(kind: .superscriptAlefToAlef, ccc: 0, dropIfAlone: false, replacement: ArabicScalars.alef.value)
    }
    guard let mapped = foldedScalar(scalar) else {
      return Rule(kind: .drop, ccc: 0, dropIfAlone: false, replacement: 0)
    }
    if mapped != scalar {
      return Rule(kind: .replace, ccc: 0, dropIfAlone: false, replacement: mapped.value)
    }
    if ccc != 0 { return Rule(kind: .mark, ccc: ccc, dropIfAlone: false, replacement: 0) }
    return .starter
  }

  /// Applies the letter, digit, punctuation, tatweel and tashkeel folds to a
  /// fixed point; nil when the scalar is removed.
  func foldedScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    var current = scalar
    for _ in 0..<4 {
      guard let next = foldOnce(current) else { return nil }
      if next == current { return current }
      current = next
    }
    return current
  }

  /// The folded form of a letter produced by canonical composition.
  @usableFromInline
  func foldedLetter(_ value: UInt32) -> UInt32 {
    guard let scalar = Unicode.Scalar(value) else { return value }
    return foldedScalar(scalar)?.value ?? value
  }

  private func foldOnce(_ s: Unicode.Scalar) -> Unicode.Scalar? {
    if folds.contains(.alef) {
      switch s {
      case ArabicScalars.alefWithHamzaAbove, ArabicScalars.alefWithHamzaBelow,
        ArabicScalars.alefWithMaddaAbove, ArabicScalars.alefWasla,
        ArabicScalars.alefWithWavyHamzaAbove, ArabicScalars.alefWithWavyHamzaBelow:
        return ArabicScalars.alef
      default: break
      }
    }
    if folds.contains(.hamzaCarriers) {
      if s == ArabicScalars.wawWithHamzaAbove { return ArabicScalars.waw }
      if s == ArabicScalars.yehWithHamzaAbove { return ArabicScalars.yeh }
    }
    if folds.contains(.alefMaksura), s == ArabicScalars.alefMaksura { return ArabicScalars.yeh }
    if folds.contains(.tehMarbuta), s == ArabicScalars.tehMarbuta { return ArabicScalars.heh }
    if folds.contains(.tatweel), s == ArabicScalars.tatweel { return nil }
    if folds.contains(.persian),
      let entry = ArabicNormalizer.persianLetterTable.first(where: { $0.form == s })
    {
      return entry.arabic
    }
    if folds.contains(.digits) {
      if ArabicScalars.arabicIndicDigits.contains(s) {
        return Unicode.Scalar(UInt8(ascii: "0") + UInt8(s.value - ArabicScalars.arabicIndicDigitZero.value))
      }
      if ArabicScalars.extendedArabicIndicDigits.contains(s) {
        return Unicode.Scalar(
          UInt8(ascii: "0") + UInt8(s.value - ArabicScalars.extendedArabicIndicDigitZero.value))
      }
    }
    if folds.contains(.punctuation) {
      switch s {
      case ArabicScalars.comma: return ","
      case ArabicScalars.semicolon: return ";"
      case ArabicScalars.questionMark: return "?"
      case ArabicScalars.percentSign: return "%"
      case ArabicScalars.fullStop: return "."
      default: break
      }
    }
    if folds.contains(.diacritics) {
      if s == ArabicScalars.superscriptAlef {
        switch stripper.superscriptAlef {
        case .remove: return stripper.scope == .everywhere ? nil : s
        case .keep: return s
        case .toAlef: return ArabicScalars.alef
        }
      }
      if !TashkeelMarks.containing(s).isDisjoint(with: marksStripped) { return nil }
    }
    return s
  }

  // MARK: - Character classes

  /// Invisible characters removed by the invisibles fold (ZWNJ aside).
  static func isInvisible(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case ArabicScalars.zeroWidthSpace, ArabicScalars.wordJoiner, ArabicScalars.softHyphen,
      ArabicScalars.byteOrderMark, ArabicScalars.arabicLetterMark, ArabicScalars.leftToRightMark,
      ArabicScalars.rightToLeftMark, ArabicScalars.bidiEmbeddingsAndOverrides, ArabicScalars.bidiIsolates:
      return true
    default:
      return false
    }
  }

  /// Space separators (general category Zs) and TAB.
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\t" || s.properties.generalCategory == .spaceSeparator
  }

  /// LF, CR, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
  static func isLineEnd(_ s: Unicode.Scalar) -> Bool {
    s == "\n" || s == "\r" || s == ArabicScalars.lineSeparator || s == ArabicScalars.paragraphSeparator
  }

  /// A letter or combining mark: what may stand on both sides of a kept ZWNJ.
  @usableFromInline
  static func isWordScalar(_ value: UInt32) -> Bool {
    guard let s = Unicode.Scalar(value) else { return false }
    if s.properties.isAlphabetic { return true }
    switch s.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }
}
