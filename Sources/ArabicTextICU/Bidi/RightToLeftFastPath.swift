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
/// it is written directly, exactly as `ubidi_writeReordered` writes such a
/// run with `UBIDI_DO_MIRRORING | UBIDI_KEEP_BASE_COMBINING`: each base
/// character with the combining marks (Mn, Mc, Me) after it, the base
/// mirrored (`u_charMirror`). Tests compare both paths over the corpus.
///
/// Character data comes from ICU once, into a 64 KiB table of the BMP.
enum _RightToLeftFastPath {
  /// Per BMP code unit: the Bidi_Class in the low five bits, then flags.
  struct Table: Sendable {
    static let combining: UInt8 = 1 << 5
    static let mirrored: UInt8 = 1 << 6
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
      for codePoint in 0..<UInt32(0x10000) {
        var entry = UInt8(truncatingIfNeeded: aticu_char_direction(codePoint)) & 31
        switch aticu_char_type(codePoint) {
        case Int32(ATICU_NON_SPACING_MARK), Int32(ATICU_ENCLOSING_MARK), Int32(ATICU_COMBINING_SPACING_MARK):
          entry |= Self.combining
        default:
          break
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
  /// - Parameter isForcedRightToLeft: The paragraph level is 1 whatever the text; otherwise
  ///   (auto) the text must contain an R or AL character to be right to left.
  @inline(__always)
  static func reorder(
    _ text: UnsafeBufferPointer<UInt16>, isForcedRightToLeft: Bool, appendingTo output: inout [UInt16]
  ) -> Bool {
    let table = Table.shared
    var classes: UInt32 = 0
    let surrogates = UInt16(0xD800)...UInt16(0xDFFF)
    let lineSeparator = UInt16(ArabicScalars.lineSeparator.value)
    for unit in text {
      // Surrogate pairs, and paragraphs broken into lines, are left to ICU.
      if surrogates.contains(unit) || unit == lineSeparator { return false }
      classes |= 1 << UInt32(table.entries[Int(unit)] & 31)
    }
    guard classes & Table.excluded == 0 else { return false }
    guard isForcedRightToLeft || classes & Table.strongRightToLeft != 0 else { return false }

    let start = output.count
    output.append(contentsOf: repeatElement(0, count: text.count))
    table.entries.withUnsafeBufferPointer { entries in
      output.withUnsafeMutableBufferPointer { out in
        var o = start
        var end = text.count
        while end > 0 {
          // The base: the last character before `end` that is not combining (or the first one).
          var base = end - 1
          while base > 0 && entries[Int(text[base])] & Table.combining != 0 { base -= 1 }
          let unit = text[base]
          out[o] = entries[Int(unit)] & Table.mirrored != 0 ? (table.mirrors[unit] ?? unit) : unit
          o += 1
          var k = base + 1
          while k < end {
            out[o] = text[k]
            o += 1
            k += 1
          }
          end = base
        }
      }
    }
    return true
  }
}
