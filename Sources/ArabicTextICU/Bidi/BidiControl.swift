import ArabicText

/// An explicit bidi formatting character (UAX #9, Table 2), or an implicit directional mark.
///
/// These are the characters that change how text is reordered without
/// being seen: the embeddings and overrides LRE RLE LRO RLO and their
/// terminator PDF, the isolates LRI RLI FSI and their terminator PDI, and
/// the marks LRM RLM ALM. ZERO WIDTH JOINER and ZERO WIDTH NON-JOINER are
/// not bidi controls (they control joining, and Persian spelling needs
/// ZWNJ), and nothing here touches them.
///
/// ```swift
/// "abc\u{202E}def".containsBidiControls           // true
/// "می\u{200C}خواهم".containsBidiControls           // false (ZWNJ)
/// "\u{2067}نص\u{2069}".removingBidiControls()   // "نص"
/// ```
public enum BidiControl: String, CaseIterable, Hashable, Sendable {
  /// U+202A LEFT-TO-RIGHT EMBEDDING.
  case leftToRightEmbedding = "LRE"
  /// U+202B RIGHT-TO-LEFT EMBEDDING.
  case rightToLeftEmbedding = "RLE"
  /// U+202C POP DIRECTIONAL FORMATTING, the end of an embedding or override.
  case popDirectionalFormatting = "PDF"
  /// U+202D LEFT-TO-RIGHT OVERRIDE.
  case leftToRightOverride = "LRO"
  /// U+202E RIGHT-TO-LEFT OVERRIDE.
  case rightToLeftOverride = "RLO"
  /// U+2066 LEFT-TO-RIGHT ISOLATE.
  case leftToRightIsolate = "LRI"
  /// U+2067 RIGHT-TO-LEFT ISOLATE.
  case rightToLeftIsolate = "RLI"
  /// U+2068 FIRST STRONG ISOLATE.
  case firstStrongIsolate = "FSI"
  /// U+2069 POP DIRECTIONAL ISOLATE, the end of an isolate.
  case popDirectionalIsolate = "PDI"
  /// U+200E LEFT-TO-RIGHT MARK.
  case leftToRightMark = "LRM"
  /// U+200F RIGHT-TO-LEFT MARK.
  case rightToLeftMark = "RLM"
  /// U+061C ARABIC LETTER MARK.
  case arabicLetterMark = "ALM"

  /// What a control does.
  public enum Kind: Hashable, Sendable {
    /// LRE, RLE: raise the embedding level; text inside still has its own directions.
    case embedding
    /// LRO, RLO: force every character up to the matching PDF to one direction.
    case override
    /// LRI, RLI, FSI: set text apart as a unit that its surroundings treat as neutral.
    case isolate
    /// PDF, PDI: end the last embedding or override, or isolate.
    case terminator
    /// LRM, RLM, ALM: invisible strong (or Arabic-letter) characters with no scope.
    case mark
  }

  /// The control's code point.
  public var scalar: Unicode.Scalar {
    switch self {
    case .leftToRightEmbedding: ArabicScalars.leftToRightEmbedding
    case .rightToLeftEmbedding: ArabicScalars.rightToLeftEmbedding
    case .popDirectionalFormatting: ArabicScalars.popDirectionalFormatting
    case .leftToRightOverride: ArabicScalars.leftToRightOverride
    case .rightToLeftOverride: ArabicScalars.rightToLeftOverride
    case .leftToRightIsolate: ArabicScalars.leftToRightIsolate
    case .rightToLeftIsolate: ArabicScalars.rightToLeftIsolate
    case .firstStrongIsolate: ArabicScalars.firstStrongIsolate
    case .popDirectionalIsolate: ArabicScalars.popDirectionalIsolate
    case .leftToRightMark: ArabicScalars.leftToRightMark
    case .rightToLeftMark: ArabicScalars.rightToLeftMark
    case .arabicLetterMark: ArabicScalars.arabicLetterMark
    }
  }

  /// The control's kind.
  public var kind: Kind {
    switch self {
    case .leftToRightEmbedding, .rightToLeftEmbedding: .embedding
    case .leftToRightOverride, .rightToLeftOverride: .override
    case .leftToRightIsolate, .rightToLeftIsolate, .firstStrongIsolate: .isolate
    case .popDirectionalFormatting, .popDirectionalIsolate: .terminator
    case .leftToRightMark, .rightToLeftMark, .arabicLetterMark: .mark
    }
  }

  /// The Unicode name of the control, e.g. "RIGHT-TO-LEFT OVERRIDE".
  public var name: String {
    switch self {
    case .leftToRightEmbedding: "LEFT-TO-RIGHT EMBEDDING"
    case .rightToLeftEmbedding: "RIGHT-TO-LEFT EMBEDDING"
    case .popDirectionalFormatting: "POP DIRECTIONAL FORMATTING"
    case .leftToRightOverride: "LEFT-TO-RIGHT OVERRIDE"
    case .rightToLeftOverride: "RIGHT-TO-LEFT OVERRIDE"
    case .leftToRightIsolate: "LEFT-TO-RIGHT ISOLATE"
    case .rightToLeftIsolate: "RIGHT-TO-LEFT ISOLATE"
    case .firstStrongIsolate: "FIRST STRONG ISOLATE"
    case .popDirectionalIsolate: "POP DIRECTIONAL ISOLATE"
    case .leftToRightMark: "LEFT-TO-RIGHT MARK"
    case .rightToLeftMark: "RIGHT-TO-LEFT MARK"
    case .arabicLetterMark: "ARABIC LETTER MARK"
    }
  }

  /// The control `scalar` is, or nil when it is none.
  public init?(_ scalar: Unicode.Scalar) {
    guard Self.isBidiControl(scalar.value) else { return nil }
    switch scalar {
    case ArabicScalars.leftToRightEmbedding: self = .leftToRightEmbedding
    case ArabicScalars.rightToLeftEmbedding: self = .rightToLeftEmbedding
    case ArabicScalars.popDirectionalFormatting: self = .popDirectionalFormatting
    case ArabicScalars.leftToRightOverride: self = .leftToRightOverride
    case ArabicScalars.rightToLeftOverride: self = .rightToLeftOverride
    case ArabicScalars.leftToRightIsolate: self = .leftToRightIsolate
    case ArabicScalars.rightToLeftIsolate: self = .rightToLeftIsolate
    case ArabicScalars.firstStrongIsolate: self = .firstStrongIsolate
    case ArabicScalars.popDirectionalIsolate: self = .popDirectionalIsolate
    case ArabicScalars.leftToRightMark: self = .leftToRightMark
    case ArabicScalars.rightToLeftMark: self = .rightToLeftMark
    case ArabicScalars.arabicLetterMark: self = .arabicLetterMark
    default: return nil
    }
  }

  /// Whether the UTF-16 code unit is an embedding, override or isolate initiator (LRE RLE LRO RLO
  /// LRI RLI FSI), the controls that raise embedding levels.
  @inline(__always)
  static func raisesLevels(_ unit: UInt16) -> Bool {
    let value = UInt32(unit)
    return value == ArabicScalars.leftToRightEmbedding.value || value == ArabicScalars.rightToLeftEmbedding.value
      || value == ArabicScalars.leftToRightOverride.value || value == ArabicScalars.rightToLeftOverride.value
      || value == ArabicScalars.leftToRightIsolate.value || value == ArabicScalars.rightToLeftIsolate.value
      || value == ArabicScalars.firstStrongIsolate.value
  }

  /// Whether the code point `value` is one of the twelve controls.
  @inline(__always)
  static func isBidiControl(_ value: UInt32) -> Bool {
    value <= UInt32(UInt16.max) && _BidiControlUnits.shared.contains(UInt16(truncatingIfNeeded: value))
  }
}

extension BidiControl {
  /// Appends the valid UTF-8 `bytes` to `output` without their bidi controls, and returns how
  /// many controls were left out.
  ///
  /// The byte-level form of ``Swift/StringProtocol/removingBidiControls()``, for streams:
  /// ZWJ, ZWNJ and everything else are copied unchanged.
  ///
  /// - Complexity: O(*n*), where *n* is `bytes.count`; runs without a control are copied in bulk.
  @discardableResult
  public static func removeControls(fromUTF8 bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8])
    -> Int
  {
    guard let base = bytes.baseAddress else { return 0 }
    let n = bytes.count
    let controls = _BidiControlUnits.shared
    var removed = 0
    var copied = 0  // bytes[..<copied] are handled
    var i = 0
    while i < n {
      let lead = base[i]
      // Every control is three bytes from lead byte 0xE2, or two from 0xD8 (ALM, U+061C).
      guard lead == 0xE2 || lead == 0xD8 else {
        i &+= 1
        continue
      }
      let length = lead == 0xE2 ? 3 : 2
      guard i &+ length <= n else { break }
      let unit: UInt16 =
        length == 3
        ? UInt16(lead & 0x0F) << 12 | UInt16(base[i &+ 1] & 0x3F) << 6 | UInt16(base[i &+ 2] & 0x3F)
        : UInt16(lead & 0x1F) << 6 | UInt16(base[i &+ 1] & 0x3F)
      if controls.contains(unit) {
        output.append(contentsOf: UnsafeBufferPointer(start: base + copied, count: i &- copied))
        removed &+= 1
        copied = i &+ length
      }
      i &+= length
    }
    output.append(contentsOf: UnsafeBufferPointer(start: base + copied, count: n &- copied))
    return removed
  }
}

/// The bidi controls as UTF-16 code units, loaded once, for hot loops.
///
/// All twelve controls are in the BMP: ALM (U+061C), LRM and RLM
/// (U+200E–U+200F), LRE … RLO (U+202A–U+202E) and LRI … PDI (U+2066–U+2069).
struct _BidiControlUnits: Sendable {
  let arabicLetterMark = UInt16(ArabicScalars.arabicLetterMark.value)
  let leftToRightMark = UInt16(ArabicScalars.leftToRightMark.value)
  let rightToLeftMark = UInt16(ArabicScalars.rightToLeftMark.value)
  let firstEmbedding = UInt16(ArabicScalars.bidiEmbeddingsAndOverrides.lowerBound.value)
  let lastEmbedding = UInt16(ArabicScalars.bidiEmbeddingsAndOverrides.upperBound.value)
  let firstIsolate = UInt16(ArabicScalars.bidiIsolates.lowerBound.value)
  let lastIsolate = UInt16(ArabicScalars.bidiIsolates.upperBound.value)

  static let shared = _BidiControlUnits()

  /// Whether `unit` is a bidi control; one comparison for most Arabic and Latin text.
  @inline(__always)
  func contains(_ unit: UInt16) -> Bool {
    if unit < leftToRightMark { return unit == arabicLetterMark }
    if unit <= rightToLeftMark { return true }
    if unit < firstEmbedding { return false }
    if unit <= lastEmbedding { return true }
    return unit >= firstIsolate && unit <= lastIsolate
  }
}

extension StringProtocol {
  /// Whether the text contains a bidi control (``BidiControl``: LRE … PDI, LRM, RLM, ALM).
  ///
  /// - Complexity: O(*n*), where *n* is the length of the text in UTF-16 code units.
  public var containsBidiControls: Bool {
    let controls = _BidiControlUnits.shared
    return utf16.contains { controls.contains($0) }
  }

  /// The bidi controls of the text with their positions, in order.
  ///
  /// ```swift
  /// let text = "a\u{202E}b"
  /// text.bidiControls.map(\.control)  // [.rightToLeftOverride]
  /// ```
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars of the text.
  public var bidiControls: [(index: String.Index, control: BidiControl)] {
    var result: [(index: String.Index, control: BidiControl)] = []
    var index = unicodeScalars.startIndex
    while index < unicodeScalars.endIndex {
      if let control = BidiControl(unicodeScalars[index]) { result.append((index, control)) }
      unicodeScalars.formIndex(after: &index)
    }
    return result
  }

  /// The text without its bidi controls (LRE RLE PDF LRO RLO LRI RLI FSI PDI LRM RLM ALM).
  ///
  /// ZWJ and ZWNJ are kept. Removing controls can change how the text is
  /// displayed (that is the point of removing overrides from untrusted
  /// text); to keep a snippet's direction, isolate it again with
  /// ``Swift/StringProtocol/bidiIsolated(direction:)``.
  ///
  /// ```swift
  /// "\u{202B}ﺍﻹﺷﺘﻘﺎﻕ\u{202C}".removingBidiControls()  // "ﺍﻹﺷﺘﻘﺎﻕ"
  /// ```
  ///
  /// - Complexity: O(*n*), where *n* is the length of the text in UTF-8 bytes.
  public func removingBidiControls() -> String {
    guard containsBidiControls else { return String(self) }
    var result = String.UnicodeScalarView()
    for scalar in unicodeScalars where !BidiControl.isBidiControl(scalar.value) {
      result.append(scalar)
    }
    return String(result)
  }
}
