/// A growable buffer of UTF-8 bytes with unchecked appends, for the hot loops.
///
/// The owner must call `deallocate()` exactly once. Appends check capacity
/// with one comparison; growth doubles.
@usableFromInline
struct _ByteBuffer {
  @usableFromInline var base: UnsafeMutablePointer<UInt8>
  @usableFromInline var count: Int
  @usableFromInline var capacity: Int

  @inlinable
  init(capacity: Int) {
    let capacity = Swift.max(capacity, 16)
    self.base = .allocate(capacity: capacity)
    self.count = 0
    self.capacity = capacity
  }

  @inlinable
  func deallocate() { base.deallocate() }

  @inlinable
  mutating func reserve(_ extra: Int) {
    if count &+ extra > capacity { grow(count &+ extra) }
  }

  @usableFromInline
  mutating func grow(_ needed: Int) {
    var newCapacity = capacity &* 2
    while newCapacity < needed { newCapacity &*= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  @inlinable
  mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count &+= 1
  }

  @inlinable
  mutating func append(_ b0: UInt8, _ b1: UInt8) {
    reserve(2)
    base[count] = b0
    base[count &+ 1] = b1
    count &+= 2
  }

  @inlinable
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    reserve(bytes.count)
    if let source = bytes.baseAddress {
      (base + count).update(from: source, count: bytes.count)
    }
    count &+= bytes.count
  }

  /// Appends `scalar` encoded as UTF-8 (1–4 bytes).
  @inlinable
  mutating func append(scalar: UInt32) {
    reserve(4)
    count &+= _UTF8.encode(scalar, into: base + count)
  }

  @inlinable
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// Makes a `String` from the bytes, which are valid UTF-8 by construction:
  /// every writer appends whole scalars of valid input or encodes scalar values.
  /// The copy skips re-validation (SE-0464 `UTF8Span(unchecked:)`).
  @inlinable
  func makeString() -> String {
    String(copying: UTF8Span(unchecked: bytes.span))
  }
}

/// UTF-8 encoding and decoding of single scalars on raw bytes.
@usableFromInline
enum _UTF8 {
  /// Writes `scalar` as UTF-8 at `target` and returns the byte count (1–4).
  @inlinable @inline(__always)
  static func encode(_ scalar: UInt32, into target: UnsafeMutablePointer<UInt8>) -> Int {
    if scalar < 0x80 {
      target[0] = UInt8(truncatingIfNeeded: scalar)
      return 1
    } else if scalar < 0x800 {
      target[0] = UInt8(truncatingIfNeeded: 0xC0 | (scalar >> 6))
      target[1] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
      return 2
    } else if scalar < 0x10000 {
      target[0] = UInt8(truncatingIfNeeded: 0xE0 | (scalar >> 12))
      target[1] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F))
      target[2] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
      return 3
    } else {
      target[0] = UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18))
      target[1] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F))
      target[2] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F))
      target[3] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
      return 4
    }
  }

  /// The number of UTF-8 bytes of `scalar`.
  @inlinable @inline(__always)
  static func width(_ scalar: UInt32) -> Int {
    scalar < 0x80 ? 1 : scalar < 0x800 ? 2 : scalar < 0x10000 ? 3 : 4
  }

  /// The length of the sequence a lead byte starts (1 for ASCII and for stray continuation bytes).
  @inlinable @inline(__always)
  static func sequenceLength(lead: UInt8) -> Int {
    if lead < 0xC0 { return 1 }
    if lead < 0xE0 { return 2 }
    if lead < 0xF0 { return 3 }
    return 4
  }

  /// Decodes the scalar at `i` in valid UTF-8; returns its value and length.
  @inlinable @inline(__always)
  static func decode(_ p: UnsafePointer<UInt8>, at i: Int) -> (scalar: UInt32, length: Int) {
    let b0 = UInt32(p[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 {
      return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2)
    }
    if b0 < 0xF0 {
      return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F), 3)
    }
    return (
      ((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12) | ((UInt32(p[i + 2]) & 0x3F) << 6)
        | (UInt32(p[i + 3]) & 0x3F), 4
    )
  }

  /// Decodes the last scalar before `end` in valid UTF-8, or nil at the start.
  @inlinable
  static func decodeLast(_ p: UnsafePointer<UInt8>, before end: Int) -> (scalar: UInt32, start: Int)? {
    guard end > 0 else { return nil }
    var start = end - 1
    while start > 0 && p[start] & 0xC0 == 0x80 { start -= 1 }
    return (decode(p, at: start).scalar, start)
  }
}

extension String {
  /// Runs `body` over the string's UTF-8 bytes, contiguous (native strings are; others are copied once).
  @inlinable
  func _withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    var copy = self
    return try copy.withUTF8(body)
  }
}
