import ArabicText
internal import CICUShim

/// The visual order of a right-to-left paragraph whose characters all resolve to level 1,
/// written without `ubidi_setPara`.
///
/// In a right-to-left paragraph that contains no left-to-right letter, no
/// number and no explicit embedding, override or isolate (Bidi_Class L, EN,
/// AN, LRE … PDI), UAX #9 gives every character level 1: strong R and AL
/// characters stay R, neutrals between them and at the edges (sos and eos
/// are R) resolve to R (N1), nonspacing marks take the type of their base
/// (W1), and separators and terminators become neutrals (W6). The line is
/// then one right-to-left run, reversed (L2), with mirrored characters
/// mirrored (L4). That is the case of most lines of Arabic prose, and here
/// it is written directly, as the reorderer writes every right-to-left run
/// (``_ReversedRun``): extended grapheme clusters from last to first, each
/// in logical order, its first character mirrored (`u_charMirror`). Tests
/// compare both paths over the corpus.
///
/// Character data comes from ICU once, into a 64 KiB table of the BMP;
/// characters above it (emoji, mostly) are looked up as they come.
enum _RightToLeftFastPath {
  /// Per BMP code unit: the Bidi_Class in the low five bits, then flags.
  struct Table: Sendable {
    /// General category Mn, Mc or Me.
    static let combining: UInt8 = 1 << 5
    /// Bidi_Mirrored with a mirroring glyph in the BMP (`u_charMirror`).
    static let mirrored: UInt8 = 1 << 6
    /// A surrogate, or a character for which `_GraphemeClusters.extendsClusters` holds.
    static let extendsClusters: UInt8 = 1 << 7
    /// Classes that rule the fast path out: L, EN, AN and the explicit formatting characters.
    static let excluded: UInt32 = {
      var mask: UInt32 = 0
      for type in [
        ATICU_BIDI_L, ATICU_BIDI_EN, ATICU_BIDI_AN, ATICU_BIDI_LRE, ATICU_BIDI_LRO, ATICU_BIDI_RLE,
        ATICU_BIDI_RLO, ATICU_BIDI_PDF, ATICU_BIDI_FSI, ATICU_BIDI_LRI, ATICU_BIDI_RLI, ATICU_BIDI_PDI,
        ATICU_BIDI_B,
      ] {
        mask |= 1 << UInt32(type)
      }
      return mask
    }()
    static let strongRightToLeft: UInt32 = 1 << UInt32(ATICU_BIDI_R) | 1 << UInt32(ATICU_BIDI_AL)

    let entries: [UInt8]
    let mirrors: [UInt16: UInt16]

    static let shared = Table()

    private init() {
      var entries = [UInt8](repeating: 0, count: 0x10000)
      var mirrors: [UInt16: UInt16] = [:]
      let clusters = _GraphemeClusters.shared
      for codePoint in 0..<UInt32(0x10000) {
        var entry = UInt8(truncatingIfNeeded: aticu_char_direction(codePoint)) & 31
        let cluster = clusters.entries[Int(codePoint)]
        if cluster & _GraphemeClusters.combining != 0 { entry |= Self.combining }
        if _GraphemeClusters.extendsClusters(cluster) || UTF16.isLeadSurrogate(UInt16(codePoint))
          || UTF16.isTrailSurrogate(UInt16(codePoint))
        {
          entry |= Self.extendsClusters
        }
        let mirror = aticu_char_mirror(codePoint)
        if mirror != codePoint && mirror <= 0xFFFF {
          entry |= Self.mirrored
          mirrors[UInt16(codePoint)] = UInt16(mirror)
        }
        entries[Int(codePoint)] = entry
      }
      self.entries = entries
      self.mirrors = mirrors
    }
  }

  /// Appends the visual form of `text` to `output` and returns true when the paragraph is
  /// right to left with every character at level 1; returns false (appending nothing) otherwise.
  ///
  /// - Parameters:
  ///   - isForcedRightToLeft: The paragraph level is 1 whatever the text; otherwise (auto) the
  ///     text must contain an R or AL character to be right to left.
  ///   - starts: A buffer for cluster starts, kept by the caller between calls.
  @inline(__always)
  static func reorder(
    _ text: UnsafeBufferPointer<UInt16>, isForcedRightToLeft: Bool, appendingTo output: inout [UInt16],
    starts: inout [Int32]
  ) -> Bool {
    let table = Table.shared
    var classes: UInt32 = 0
    var flags: UInt8 = 0
    let lineSeparator = UInt16(ArabicScalars.lineSeparator.value)
    let n = text.count
    var i = 0
    while i < n {
      let unit = text[i]
      i += 1
      // Paragraphs broken into lines are left to ICU.
      if unit == lineSeparator { return false }
      let entry = table.entries[Int(unit)]
      flags |= entry
      if UTF16.isLeadSurrogate(unit) && i < n && UTF16.isTrailSurrogate(text[i]) {
        let scalar = 0x1_0000 + (UInt32(unit & 0x3FF) << 10 | UInt32(text[i] & 0x3FF))
        i += 1
        classes |= 1 << (UInt32(bitPattern: aticu_char_direction(scalar)) & 31)
      } else {
        classes |= 1 << UInt32(entry & 31)
      }
    }
    guard classes & Table.excluded == 0 else { return false }
    guard isForcedRightToLeft || classes & Table.strongRightToLeft != 0 else { return false }
    if flags & Table.extendsClusters != 0 {
      _ReversedRun.append(text, to: &output, starts: &starts)
    } else {
      _ReversedRun.appendMarkSequences(text, to: &output)
    }
    return true
  }
}
