/// The per-scalar actions of one normalizer configuration, computed once.
///
/// The Arabic block (U+0600–U+06FF, UTF-8 lead bytes 0xD8–0xDB) is a
/// 256-entry table indexed by the scalar's low byte; ASCII is a 128-entry
/// table of "needs attention" flags; every other scalar is looked up by
/// ``rule(for:)``, off the hot path.
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
  /// Rules for U+0600–U+06FF by low byte.
  let arabic: UnsafeMutablePointer<Rule>
  /// For ASCII: true when the byte is not a plain copy (spaces and line ends under the whitespace fold).
  let asciiNeedsRule: UnsafeMutablePointer<Bool>
  /// Whether a case-ending pass runs after the main pass.
  let stripsCaseEndings: Bool

  init(folds: ArabicNormalizer.Folds, stripper: DiacriticStripper) {
    self.folds = folds
    self.stripper = stripper
    self.marksStripped = folds.contains(.diacritics) ? stripper.marksStrippedEverywhere : []
    self.stripsCaseEndings =
      folds.contains(.diacritics) && stripper.scope == .caseEndings
      && !stripper.marks.intersection(.caseEnding).isEmpty
    arabic = .allocate(capacity: 256)
    asciiNeedsRule = .allocate(capacity: 128)
    for low in 0..<256 {
      (arabic + low).initialize(to: Rule.starter)
    }
    for byte in 0..<128 {
      (asciiNeedsRule + byte).initialize(to: false)
    }
    for low in 0..<256 {
      arabic[low] = computeRule(0x0600 | UInt32(low))
    }
    for byte in 0..<128 {
      asciiNeedsRule[byte] = computeRule(UInt32(byte)).kind != .starter
    }
  }

  deinit {
    arabic.deallocate()
    asciiNeedsRule.deallocate()
  }

  /// The rule for any scalar.
  @usableFromInline
  func rule(for scalar: UInt32) -> Rule {
    if scalar & ~0xFF == 0x0600 { return arabic[Int(scalar & 0xFF)] }
    return computeRule(scalar)
  }

  /// The canonical combining class of `scalar` (Unicode.Scalar.Properties).
  @usableFromInline
  func combiningClass(_ scalar: UInt32) -> UInt8 {
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
