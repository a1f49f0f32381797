/// UTF-8 ↔ UTF-16 transcoding for the ICU boundary.
///
/// ICU works on UTF-16 code units; Swift strings and the command line work
/// on UTF-8. These loops convert whole buffers at once, with a fast path for
/// ASCII, into arrays that callers keep and reuse (capacity is kept), so that
/// a hot loop makes no allocation per call. The input must be valid UTF-8
/// (every `String` is, and the command line validates its input) or valid
/// UTF-16.
enum _UTF16Transcoding {
  /// Appends the UTF-16 form of the valid UTF-8 `bytes` to `output`.
  ///
  /// - Complexity: O(*n*), where *n* is `bytes.count`.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt16]) {
    guard bytes.count > 0 else { return }
    let start = output.count
    // UTF-16 never needs more code units than UTF-8 has bytes.
    output.append(contentsOf: repeatElement(0, count: bytes.count))
    let written = output.withUnsafeMutableBufferPointer { buffer in
      decode(bytes, into: UnsafeMutableBufferPointer(rebasing: buffer[start...]))
    }
    output.removeLast(bytes.count - written)
  }

  /// Writes the UTF-16 form of the valid UTF-8 `bytes` to `output`, which must hold at least
  /// `bytes.count` code units, and returns the number written.
  ///
  /// - Complexity: O(*n*), where *n* is `bytes.count`.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt16>) -> Int {
    guard let source = bytes.baseAddress, let out = output.baseAddress else { return 0 }
    precondition(output.count >= bytes.count, "UTF-16 buffer too small")
    let n = bytes.count
    var i = 0
    var o = 0
    while i < n {
      let b0 = source[i]
      if b0 < 0x80 {
        out[o] = UInt16(b0)
        i &+= 1
        o &+= 1
      } else if b0 < 0xE0 {
        out[o] = UInt16(b0 & 0x1F) << 6 | UInt16(source[i &+ 1] & 0x3F)
        i &+= 2
        o &+= 1
      } else if b0 < 0xF0 {
        out[o] =
          UInt16(b0 & 0x0F) << 12 | UInt16(source[i &+ 1] & 0x3F) << 6 | UInt16(source[i &+ 2] & 0x3F)
        i &+= 3
        o &+= 1
      } else {
        let scalar =
          UInt32(b0 & 0x07) << 18 | UInt32(source[i &+ 1] & 0x3F) << 12
          | UInt32(source[i &+ 2] & 0x3F) << 6 | UInt32(source[i &+ 3] & 0x3F)
        let value = scalar &- 0x1_0000
        out[o] = 0xD800 | UInt16(truncatingIfNeeded: value >> 10)
        out[o &+ 1] = 0xDC00 | UInt16(truncatingIfNeeded: value & 0x3FF)
        i &+= 4
        o &+= 2
      }
    }
    return o
  }

  /// The UTF-16 form of `text`.
  static func decode<S: StringProtocol>(_ text: S) -> [UInt16] {
    var units: [UInt16] = []
    var string = String(text)
    string.withUTF8 { decode($0, appendingTo: &units) }
    return units
  }

  /// Appends the UTF-8 form of the valid UTF-16 `units` to `output`, leaving out the code units
  /// for which `isDropped` is true (it is asked about non-ASCII BMP code units only).
  ///
  /// - Complexity: O(*n*), where *n* is `units.count`.
  @inline(__always)
  static func encode(
    _ units: UnsafeBufferPointer<UInt16>, appendingTo output: inout [UInt8],
    dropping isDropped: (UInt16) -> Bool = { _ in false }
  ) {
    guard let source = units.baseAddress, units.count > 0 else { return }
    let n = units.count
    let start = output.count
    // At most three UTF-8 bytes per UTF-16 code unit.
    output.append(contentsOf: repeatElement(0, count: n &* 3))
    let end = output.withUnsafeMutableBufferPointer { buffer -> Int in
      let out = buffer.baseAddress.unsafelyUnwrapped
      var o = start
      var i = 0
      while i < n {
        let unit = source[i]
        i &+= 1
        if unit < 0x80 {
          out[o] = UInt8(truncatingIfNeeded: unit)
          o &+= 1
        } else if unit & 0xFC00 == 0xD800, i < n, source[i] & 0xFC00 == 0xDC00 {
          let scalar = 0x1_0000 &+ (UInt32(unit & 0x3FF) << 10 | UInt32(source[i] & 0x3FF))
          i &+= 1
          out[o] = 0xF0 | UInt8(truncatingIfNeeded: scalar >> 18)
          out[o &+ 1] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 12) & 0x3F)
          out[o &+ 2] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F)
          out[o &+ 3] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
          o &+= 4
        } else if isDropped(unit) {
          continue
        } else if unit < 0x800 {
          out[o] = 0xC0 | UInt8(truncatingIfNeeded: unit >> 6)
          out[o &+ 1] = 0x80 | UInt8(truncatingIfNeeded: unit & 0x3F)
          o &+= 2
        } else {
          out[o] = 0xE0 | UInt8(truncatingIfNeeded: unit >> 12)
          out[o &+ 1] = 0x80 | UInt8(truncatingIfNeeded: (unit >> 6) & 0x3F)
          out[o &+ 2] = 0x80 | UInt8(truncatingIfNeeded: unit & 0x3F)
          o &+= 3
        }
      }
      return o
    }
    output.removeLast(output.count - end)
  }

  /// The string of the valid UTF-16 `units`.
  static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
    var bytes: [UInt8] = []
    encode(units, appendingTo: &bytes)
    return string(utf8: bytes)
  }

  /// The string of `bytes`, which this module's loops produced from valid text and are
  /// therefore valid UTF-8: the copy skips re-validation (SE-0464 `UTF8Span(unchecked:)`).
  static func string(utf8 bytes: [UInt8]) -> String {
    String(copying: UTF8Span(unchecked: bytes.span))
  }
}
