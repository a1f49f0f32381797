/// UTF-8 validation over raw bytes, for input read from files.
///
/// Well-formed sequences are those of the Unicode Standard, Table 3-7. An
/// ill-formed sequence is measured as its *maximal subpart* (Unicode §3.9,
/// "U+FFFD Substitution of Maximal Subparts"), which lossy decoding replaces
/// with one U+FFFD, as the WHATWG Encoding Standard does.
enum UTF8Validation {
  /// The outcome of scanning from a start offset.
  enum Stop: Equatable {
    /// Every byte up to the end is well formed.
    case end
    /// The bytes from `offset` to the end are a valid but incomplete sequence.
    case truncated(offset: Int)
    /// An ill-formed sequence (maximal subpart of `length` bytes) at `offset`.
    case invalid(offset: Int, length: Int)
  }

  /// Scans `p[start..<end]` and returns where the first ill-formed or incomplete sequence starts.
  ///
  /// - Complexity: O(*n*); runs of ASCII and two-byte sequences (the Arabic
  ///   block) are checked eight bytes at a time.
  static func scan(_ p: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Stop {
    var i = start
    let raw = UnsafeRawPointer(p)
    while i < end {
      i = twoByteRun(raw, from: i, to: end)
      if i >= end { break }
      let b0 = p[i]
      if b0 < 0x80 {
        i &+= 1
        // Runs of ASCII, eight bytes at a time.
        while i &+ 8 <= end && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
          i &+= 8
        }
        continue
      }
      if b0 &- 0xC2 < 0x1E {
        // Two-byte sequences (U+0080–U+07FF, the Arabic block among them): the common case.
        guard i &+ 1 < end else { return .truncated(offset: i) }
        guard p[i &+ 1] & 0xC0 == 0x80 else { return .invalid(offset: i, length: 1) }
        i &+= 2
        continue
      }
      let length: Int
      let secondRange: ClosedRange<UInt8>
      switch b0 {
      case 0xE0: length = 3; secondRange = 0xA0...0xBF
      case 0xE1...0xEC, 0xEE...0xEF: length = 3; secondRange = 0x80...0xBF
      case 0xED: length = 3; secondRange = 0x80...0x9F
      case 0xF0: length = 4; secondRange = 0x90...0xBF
      case 0xF1...0xF3: length = 4; secondRange = 0x80...0xBF
      case 0xF4: length = 4; secondRange = 0x80...0x8F
      default: return .invalid(offset: i, length: 1)
      }
      // Check each continuation byte that is present.
      var k = 1
      while k < length {
        if i &+ k >= end { return .truncated(offset: i) }
        let byte = p[i &+ k]
        let ok = k == 1 ? secondRange.contains(byte) : (byte & 0xC0 == 0x80)
        if !ok { return .invalid(offset: i, length: k) }
        k &+= 1
      }
      i &+= length
    }
    return .end
  }

  /// The end of the run of whole eight-byte words from `start` made of ASCII
  /// and well-formed two-byte sequences (lead byte C2–DF, then a
  /// continuation byte 80–BF; Table 3-7), checked a word at a time (SWAR):
  /// always a sequence boundary, where the byte-by-byte scan takes over.
  @inline(__always)
  static func twoByteRun(_ raw: UnsafeRawPointer, from start: Int, to end: Int) -> Int {
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var i = start
    // The high bit of byte 0 when the word before ended with a lead byte.
    var carry: UInt64 = 0
    while i &+ 8 <= end {
      let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      let high = x & highBits
      if high | carry == 0 {
        i &+= 8
        continue
      }
      let bit6 = (x << 1) & highBits
      let bit5 = (x << 2) & highBits
      let continuation = high & ~bit6  // 10xxxxxx
      let lead = high & bit6 & ~bit5  // 110xxxxx: C0–DF
      let longer = high & bit6 & bit5  // 111xxxxx: three- and four-byte leads, F5–FF
      // C0 and C1 (overlong leads) become zero bytes; any zero byte is found exactly.
      let overlong = (x ^ 0xC0C0_C0C0_C0C0_C0C0) & 0xFEFE_FEFE_FEFE_FEFE
      let hasOverlong = (overlong &- 0x0101_0101_0101_0101) & ~overlong & highBits
      // Each continuation byte follows a lead byte, and each lead byte is followed by one.
      guard longer | hasOverlong == 0, continuation == (lead << 8) | carry else { break }
      carry = lead >> 56
      i &+= 8
    }
    // A lead byte ending the last word checked starts the sequence the byte scan reads.
    return carry == 0 ? i : i &- 1
  }
}
