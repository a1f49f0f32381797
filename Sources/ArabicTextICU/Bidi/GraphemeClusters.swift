import ArabicText
internal import CICUShim

/// Extended grapheme clusters (UAX #29) over UTF-16, and right-to-left runs written in visual
/// order one cluster at a time.
///
/// UAX #9 rule L2 reverses a right-to-left run character by character, and
/// rule L3 lets a renderer keep combining marks after their base, which
/// `ubidi_writeReordered` does with `UBIDI_KEEP_BASE_COMBINING`. A display
/// needs more to stay whole: an emoji with a skin tone (U+1F44D U+1F3FD), a
/// ZWJ sequence (👨‍👩‍👧), a tag sequence (the flag of England), a pair of
/// regional indicators, a keycap (1️⃣) or a Hangul syllable in jamo. A
/// right-to-left run is therefore written here cluster by cluster from its
/// end, each cluster in its logical order, its first character mirrored
/// (rule L4) as ICU mirrors a base character.
///
/// ZWJ and ZWNJ are Extend characters for UAX #29, so a cluster can end with
/// one: a letter followed by ZWNJ (Persian می‌خواهم) or ZWJ. Such a joiner
/// joins or separates that cluster and the next, so it is written between
/// them, as the reversal places it; a ZWJ inside a cluster (between the
/// pictographs of an emoji ZWJ sequence) stays where it is.
///
/// Boundaries follow the extended grapheme cluster rules of UAX #29 for
/// Unicode 15.0 (GB3–GB13, GB999; ICU 72's version of Unicode), with one
/// addition that keeps ICU's rule L3 grouping: a combining mark (general
/// category Mn, Mc or Me) never starts a cluster, also after a control
/// character (GB4 would put it apart from a TAB before it). The
/// Grapheme_Cluster_Break and Extended_Pictographic properties come from
/// ICU, into a 64 KiB table of the BMP built once; characters above the BMP
/// are looked up as they come.
struct _GraphemeClusters: Sendable {
  /// Grapheme_Cluster_Break values, numbered for this table (UAX #29, Table 2).
  enum Break: UInt8 {
    case other = 0, control, carriageReturn, lineFeed, extend, zeroWidthJoiner, regionalIndicator, prepend,
      spacingMark, hangulL, hangulV, hangulT, hangulLV, hangulLVT
  }

  /// Extended_Pictographic, above the break value (bits 0–3).
  static let extendedPictographic: UInt8 = 1 << 4
  /// General category Mn, Mc or Me.
  static let combining: UInt8 = 1 << 5

  /// Per BMP code unit: the ``Break`` raw value, then the two flags.
  let entries: [UInt8]

  static let shared = _GraphemeClusters()

  private init() {
    var entries = [UInt8](repeating: 0, count: 0x1_0000)
    for codePoint in 0..<UInt32(0x1_0000) {
      entries[Int(codePoint)] = Self.entry(for: codePoint)
    }
    self.entries = entries
  }

  /// The table entry of any code point, from ICU.
  static func entry(for codePoint: UInt32) -> UInt8 {
    let value: Break =
      switch aticu_grapheme_cluster_break(codePoint) {
      case Int32(ATICU_GCB_CONTROL): .control
      case Int32(ATICU_GCB_CR): .carriageReturn
      case Int32(ATICU_GCB_LF): .lineFeed
      case Int32(ATICU_GCB_EXTEND): .extend
      case Int32(ATICU_GCB_ZWJ): .zeroWidthJoiner
      case Int32(ATICU_GCB_REGIONAL_INDICATOR): .regionalIndicator
      case Int32(ATICU_GCB_PREPEND): .prepend
      case Int32(ATICU_GCB_SPACING_MARK): .spacingMark
      case Int32(ATICU_GCB_L): .hangulL
      case Int32(ATICU_GCB_V): .hangulV
      case Int32(ATICU_GCB_T): .hangulT
      case Int32(ATICU_GCB_LV): .hangulLV
      case Int32(ATICU_GCB_LVT): .hangulLVT
      default: .other
      }
    var entry = value.rawValue
    if aticu_is_extended_pictographic(codePoint) != 0 { entry |= extendedPictographic }
    switch aticu_char_type(codePoint) {
    case Int32(ATICU_NON_SPACING_MARK), Int32(ATICU_ENCLOSING_MARK), Int32(ATICU_COMBINING_SPACING_MARK):
      entry |= combining
    default:
      break
    }
    return entry
  }

  /// Whether a character with table entry `entry` can make a cluster other than a character and
  /// the combining marks after it: a ZWJ, ZWNJ or other Extend or SpacingMark character that is
  /// not a combining mark, a Prepend character, a Hangul jamo or syllable, a regional indicator,
  /// a carriage return (CR LF is one cluster; a paragraph never has one inside).
  ///
  /// In text without such characters (and without surrogates), the clusters are exactly the
  /// groups of `UBIDI_KEEP_BASE_COMBINING`, and a run can be written from its end without
  /// finding boundaries first (``_ReversedRun/appendMarkSequences(_:to:)``).
  static func extendsClusters(_ entry: UInt8) -> Bool {
    switch Break(rawValue: entry & 15) ?? .other {
    case .other, .control, .lineFeed: false
    case .extend, .spacingMark: entry & combining == 0
    case .carriageReturn, .zeroWidthJoiner, .regionalIndicator, .prepend, .hangulL, .hangulV, .hangulT, .hangulLV,
      .hangulLVT:
      true
    }
  }

  /// The state of a scan after some character: what rules GB11–GB13 need to know.
  struct State {
    /// The entry of the last character; nil at the start of the text.
    var previous: UInt8? = nil
    /// The regional indicators ending at the last character.
    var regionalIndicators = 0
    /// 1 after Extended_Pictographic Extend*, 2 after that and a ZWJ, 0 otherwise (GB11).
    var emoji = 0

    /// Whether a cluster boundary comes before a character with entry `entry`; then takes it in.
    @inline(__always)
    mutating func breaks(before entry: UInt8) -> Bool {
      let isBoundary: Bool
      if let previous {
        isBoundary = Self.isBoundary(previous, entry, regionalIndicators: regionalIndicators, emoji: emoji)
      } else {
        isBoundary = true
      }
      let value = entry & 15
      regionalIndicators = value == Break.regionalIndicator.rawValue ? regionalIndicators + 1 : 0
      if entry & _GraphemeClusters.extendedPictographic != 0 {
        emoji = 1
      } else if emoji == 1 && value == Break.extend.rawValue {
        emoji = 1
      } else if emoji == 1 && value == Break.zeroWidthJoiner.rawValue {
        emoji = 2
      } else {
        emoji = 0
      }
      previous = entry
      return isBoundary
    }

    /// UAX #29 rules GB3–GB13 and GB999 between two characters, with combining marks kept
    /// after any character.
    @inline(__always)
    static func isBoundary(_ previous: UInt8, _ next: UInt8, regionalIndicators: Int, emoji: Int) -> Bool {
      let before = previous & 15
      let after = next & 15
      let isCombining = next & _GraphemeClusters.combining != 0
      // Most characters of a line: two of class Other, which only a combining mark joins.
      if before == Break.other.rawValue && after == Break.other.rawValue { return !isCombining }
      if isCombining { return false }
      switch (Break(rawValue: before) ?? .other, Break(rawValue: after) ?? .other) {
      case (.carriageReturn, .lineFeed): return false  // GB3
      case (.control, _), (.carriageReturn, _), (.lineFeed, _): return true  // GB4
      case (_, .control), (_, .carriageReturn), (_, .lineFeed): return true  // GB5
      case (.hangulL, .hangulL), (.hangulL, .hangulV), (.hangulL, .hangulLV), (.hangulL, .hangulLVT):
        return false  // GB6
      case (.hangulLV, .hangulV), (.hangulLV, .hangulT), (.hangulV, .hangulV), (.hangulV, .hangulT):
        return false  // GB7
      case (.hangulLVT, .hangulT), (.hangulT, .hangulT): return false  // GB8
      case (_, .extend), (_, .zeroWidthJoiner): return false  // GB9
      case (_, .spacingMark): return false  // GB9a
      case (.prepend, _): return false  // GB9b
      case (.zeroWidthJoiner, _) where emoji == 2 && next & _GraphemeClusters.extendedPictographic != 0:
        return false  // GB11
      case (.regionalIndicator, .regionalIndicator): return regionalIndicators % 2 == 0  // GB12, GB13
      default: return true  // GB999
      }
    }
  }

  /// The entry of the code point starting at `i` of `text`, and the index after it.
  @inline(__always)
  func entry(in text: UnsafeBufferPointer<UInt16>, at i: Int) -> (entry: UInt8, next: Int) {
    let unit = text[i]
    if UTF16.isLeadSurrogate(unit) && i + 1 < text.count && UTF16.isTrailSurrogate(text[i + 1]) {
      let scalar = 0x1_0000 + (UInt32(unit & 0x3FF) << 10 | UInt32(text[i + 1] & 0x3FF))
      return (Self.entry(for: scalar), i + 2)
    }
    return (entries[Int(unit)], i + 1)
  }

  /// Appends the start of each cluster of `text` to `starts`, then `text.count`.
  func appendBoundaries(of text: UnsafeBufferPointer<UInt16>, to starts: inout [Int32]) {
    var state = State()
    var i = 0
    while i < text.count {
      let (entry, next) = self.entry(in: text, at: i)
      if state.breaks(before: entry) { starts.append(Int32(i)) }
      i = next
    }
    starts.append(Int32(text.count))
  }
}

/// Right-to-left runs in visual order: clusters from last to first, each in logical order.
enum _ReversedRun {
  /// Appends the right-to-left run `text` in visual order, as ``append(_:to:starts:)`` does,
  /// when `text` has no character for which ``_GraphemeClusters/extendsClusters(_:)`` holds and
  /// no surrogate: then each cluster is a character and the combining marks after it, found
  /// from the end of the run in one pass.
  @inline(__always)
  static func appendMarkSequences(_ text: UnsafeBufferPointer<UInt16>, to output: inout [UInt16]) {
    let n = text.count
    guard n > 0 else { return }
    let table = _RightToLeftFastPath.Table.shared
    let start = output.count
    output.append(contentsOf: repeatElement(0, count: n))
    table.entries.withUnsafeBufferPointer { entries in
      output.withUnsafeMutableBufferPointer { out in
        var o = start
        var end = n
        while end > 0 {
          // The base: the last character before `end` that is not combining (or the first one).
          var base = end - 1
          while base > 0 && entries[Int(text[base])] & _RightToLeftFastPath.Table.combining != 0 { base -= 1 }
          let unit = text[base]
          out[o] = entries[Int(unit)] & _RightToLeftFastPath.Table.mirrored != 0 ? (table.mirrors[unit] ?? unit) : unit
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
  }

  /// Whether `text` needs ``append(_:to:starts:)``, or ``appendMarkSequences(_:to:)`` writes it
  /// the same.
  @inline(__always)
  static func needsClusterBoundaries(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
    let entries = _RightToLeftFastPath.Table.shared.entries
    return entries.withUnsafeBufferPointer { entries in
      text.contains { entries[Int($0)] & _RightToLeftFastPath.Table.extendsClusters != 0 }
    }
  }

  /// Appends `text`, a right-to-left run, to `output` in visual order: each extended grapheme
  /// cluster kept whole and in logical order, its first character mirrored.
  ///
  /// - Parameter starts: A buffer for the cluster starts, kept by the caller between calls.
  @inline(__always)
  static func append(_ text: UnsafeBufferPointer<UInt16>, to output: inout [UInt16], starts: inout [Int32]) {
    let n = text.count
    guard n > 0 else { return }
    starts.removeAll(keepingCapacity: true)
    _GraphemeClusters.shared.appendBoundaries(of: text, to: &starts)
    let mirroring = _RightToLeftFastPath.Table.shared
    let zeroWidthJoiner = UInt16(ArabicScalars.zeroWidthJoiner.value)
    let zeroWidthNonJoiner = UInt16(ArabicScalars.zeroWidthNonJoiner.value)
    let start = output.count
    output.append(contentsOf: repeatElement(0, count: n))
    starts.withUnsafeBufferPointer { starts in
      mirroring.entries.withUnsafeBufferPointer { entries in
        output.withUnsafeMutableBufferPointer { out in
          var o = start
          var cluster = starts.count - 1
          while cluster > 0 {
            var end = Int(starts[cluster])
            cluster -= 1
            let first = Int(starts[cluster])
            // ZWJ or ZWNJ at the end of a cluster joins or separates it and the next one: it goes
            // between them, before the cluster in visual order.
            while end - 1 > first && (text[end - 1] == zeroWidthJoiner || text[end - 1] == zeroWidthNonJoiner) {
              end -= 1
              out[o] = text[end]
              o += 1
            }
            // The first character, mirrored; then the rest of the cluster as it is.
            var k = first
            let unit = text[k]
            if entries[Int(unit)] & _RightToLeftFastPath.Table.mirrored != 0 {
              out[o] = mirroring.mirrors[unit] ?? unit
              o += 1
              k += 1
            } else if UTF16.isLeadSurrogate(unit) && k + 1 < end {
              // Above the BMP (Unicode 15 mirrors none there, but ICU is asked).
              let scalar = 0x1_0000 + (UInt32(unit & 0x3FF) << 10 | UInt32(text[k + 1] & 0x3FF))
              let mirror = aticu_char_mirror(scalar)
              if mirror != scalar, let mirrored = Unicode.Scalar(mirror), UTF16.width(mirrored) == 2 {
                out[o] = UTF16.leadSurrogate(mirrored)
                out[o + 1] = UTF16.trailSurrogate(mirrored)
                o += 2
                k += 2
              }
            }
            while k < end {
              out[o] = text[k]
              o += 1
              k += 1
            }
          }
        }
      }
    }
  }
}
