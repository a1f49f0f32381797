/// Finds, sixteen bytes at a time, the first byte that the normalizer's hot
/// loop must look at; the bytes before it are copied unchanged.
///
/// Built from one configuration's table: a byte needs a look when it starts a
/// scalar the configuration changes or removes, when it leads a scalar outside
/// ASCII and the Arabic block, or, under the whitespace fold, when it is a
/// tab, a line end, or a space followed by another space or a line end.
@usableFromInline
struct _BlockScanner: Sendable {
  /// Second-byte ranges, per Arabic lead byte 0xD8 or 0xD9, of the scalars that need a look,
  /// as splatted vectors: the lead, the range's low six bits, its high six bits | 0x40.
  let pairRanges: [(lead: SIMD16<UInt8>, low: SIMD16<UInt8>, high: SIMD16<UInt8>)]
  /// ASCII bytes that need a look, splatted.
  let asciiBytes: [SIMD16<UInt8>]
  /// Whether a space followed by a space, tab or line end needs a look.
  let collapsesSpaces: Bool
  /// Whether scanning is worth it: false when common letters change (the search folds).
  let isUseful: Bool

  /// Whether scanning is on unless asked otherwise: in optimized builds.
  static var enabledByDefault: Bool {
    #if DEBUG
      false
    #else
      true
    #endif
  }

  init(fastTable: UnsafePointer<UInt32>, whitespace: Bool, enabled: Bool) {
    typealias Entry = _NormalizationRules.FastEntry
    func isCopy(_ index: Int, _ scalar: UInt32) -> Bool {
      let entry = fastTable[index]
      // Kept marks need the canonical-order check of the step loop.
      guard entry & (Entry.general | Entry.space | Entry.combiningClassMask) == 0 else { return false }
      let length = Int((entry >> Entry.outputLengthShift) & 0x3)
      var written: UInt32 = 0
      for k in 0..<length { written |= ((entry >> (8 * UInt32(k))) & 0xFF) << (8 * UInt32(k)) }
      var expected: UInt32 = 0
      var width = 0
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
        width = _UTF8.encode(scalar, into: buffer.baseAddress!)
        for k in 0..<width { expected |= UInt32(buffer[k]) << (8 * UInt32(k)) }
      }
      return length == width && written == expected
    }
    var ranges: [(UInt8, UInt8, UInt8)] = []
    var changedLetters = 0
    // U+0600–U+067F (leads 0xD8, 0xD9); leads 0xDA and 0xDB (U+0680–U+06FF, letters of
    // Persian, Urdu and other languages) always take a look.
    for lead in 0..<2 {
      var start: Int? = nil
      for second in 0..<64 {
        let low = lead << 6 | second
        let needsLook = !isCopy(256 | low, 0x0600 | UInt32(low))
        if needsLook, (0x21...0x3A).contains(low) || (0x41...0x4A).contains(low) { changedLetters += 1 }
        if needsLook && start == nil { start = second }
        if !needsLook, let s = start {
          ranges.append((UInt8(0xD8 + lead), UInt8(0x80 + s), UInt8(0x80 + second - 1)))
          start = nil
        }
      }
      if let s = start { ranges.append((UInt8(0xD8 + lead), UInt8(0x80 + s), 0xBF)) }
    }
    pairRanges = ranges.map {
      (lead: SIMD16(repeating: $0.0), low: SIMD16(repeating: $0.1 & 0x3F), high: SIMD16(repeating: ($0.2 & 0x3F) | 0x40))
    }
    var ascii: [SIMD16<UInt8>] = []
    for byte in 0..<128 where byte != 0x20 && !isCopy(byte, UInt32(byte)) { ascii.append(SIMD16(repeating: UInt8(byte))) }
    asciiBytes = ascii
    collapsesSpaces = whitespace
    isUseful = enabled && changedLetters == 0 && ranges.count <= 8 && ascii.count <= 6
  }

  /// The offset (0–16) of the first byte of `p[0..<16]` that needs a look; 16 when none does.
  /// Reads `p[0..<17]`.
  ///
  /// Works with lane-wise wrapping arithmetic only (no lane comparisons), which
  /// compiles to vector instructions; each test sets bit 7 of a lane when it holds.
  @inline(__always)
  func firstNeedingLook(_ p: UnsafePointer<UInt8>) -> Int {
    typealias V = SIMD16<UInt8>
    let raw = UnsafeRawPointer(p)
    let v = raw.loadUnaligned(as: V.self)
    let w = raw.loadUnaligned(fromByteOffset: 1, as: V.self)
    let high = V(repeating: 0x80)
    /// Bit 7 set in the lanes of `x` that are zero.
    @inline(__always) func isZero(_ x: V) -> V { ~x & (x &- 1) & high }
    // Leads (0xC0 and up) other than 0xD8 and 0xD9: bits 7 and 6 set, and not 0xD8–0xD9.
    let isLead = v & (v &<< 1) & high
    var look = isLead & ~isZero((v & 0xFE) ^ 0xD8)
    // Arabic-block scalars the configuration changes: the lead, and the second byte's
    // low six bits within [low, high] (exact: (x | 0x40) - a keeps bit 6 iff x >= a).
    let second = (w & 0x3F) | 0x40
    for range in pairRanges {
      let atLead = isZero(v ^ range.lead)
      let atLeast = (second &- range.low) & 0x40
      let atMost = (range.high &- (second & 0x3F)) & 0x40
      look |= atLead & ((atLeast & atMost) &<< 1)
    }
    for byte in asciiBytes {
      look |= isZero(v ^ byte)
    }
    if collapsesSpaces {
      let nextIsSpaceLike =
        isZero(w ^ 0x20) | isZero(w ^ 0x09) | isZero(w ^ 0x0A) | isZero(w ^ 0x0D)
      look |= isZero(v ^ 0x20) & nextIsSpaceLike
    }
    let halves = unsafeBitCast(look, to: SIMD2<UInt64>.self)
    if halves[0] != 0 { return halves[0].trailingZeroBitCount >> 3 }
    if halves[1] != 0 { return 8 + (halves[1].trailingZeroBitCount >> 3) }
    return 16
  }
}
