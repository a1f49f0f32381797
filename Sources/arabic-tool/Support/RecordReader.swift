#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one input in fixed-size chunks, checks its UTF-8, and hands it on
/// in records that end at safe boundaries.
///
/// A record ends after a line end (LF), so it holds whole lines; a line
/// longer than `maxRecordLength` is cut after its last space or tab, else
/// before a letter or ASCII character, else at a scalar boundary. Memory
/// stays within a few times `maxRecordLength`, whatever the input size.
///
/// Invalid UTF-8 stops the reading with the byte offset of the first bad
/// byte (counted from the start of the input, BOM included), or, with
/// `lossy`, each maximal ill-formed subpart becomes U+FFFD. A UTF-8 BOM at
/// the very start is dropped; elsewhere U+FEFF stays as the text had it.
struct RecordReader {
  let source: InputSource
  let lossy: Bool
  var chunkSize = 1 << 20
  var maxRecordLength = 1 << 20

  init(source: InputSource, lossy: Bool) {
    self.source = source
    self.lossy = lossy
  }

  /// Calls `body` with each record, then once with `isLast` true (possibly with an empty record).
  ///
  /// Records are handed straight from the read buffer: valid input is never
  /// copied; with `lossy`, a chunk that holds ill-formed bytes is rewritten
  /// once with its replacements.
  ///
  /// - Throws: `ToolError` (66 cannot open, 65 invalid UTF-8, 74 read error), or what `body` throws.
  func forEachRecord(_ body: (UnsafeBufferPointer<UInt8>, _ isLast: Bool) throws -> Void) throws {
    let fd = try source.open()
    defer { if fd != 0 { close(fd) } }
    var buffer = ReadBuffer(capacity: chunkSize + maxRecordLength + 8)
    defer { buffer.deallocate() }
    var atStart = true

    while true {
      buffer.makeRoom(for: chunkSize, keepingFrom: buffer.start)
      let count = read(fd, buffer.base + buffer.end, chunkSize)
      if count < 0 {
        if errno == EINTR { continue }
        throw ToolError.readFailed(source.name, reason: systemError())
      }
      let atEnd = count == 0
      buffer.end += count
      if atStart {
        // A BOM needs three bytes to be recognized.
        if buffer.end < 3 && !atEnd { continue }
        if buffer.end >= 3 && buffer.base[0] == 0xEF && buffer.base[1] == 0xBB && buffer.base[2] == 0xBF {
          buffer.start = 3
          buffer.validEnd = 3
        }
        atStart = false
      }
      if let fault = try validate(&buffer, atEnd: atEnd) {
        // The whole lines before the ill-formed bytes are handed on, then reading stops.
        let valid = buffer.slice(buffer.start..<buffer.validEnd)
        if let cut = Self.recordEnd(in: valid, maxLength: maxRecordLength) {
          try body(UnsafeBufferPointer(rebasing: valid[..<cut]), false)
        }
        throw fault
      }
      if atEnd {
        try body(buffer.slice(buffer.start..<buffer.validEnd), true)
        return
      }
      // Hand on what ends at a safe boundary.
      let pending = buffer.slice(buffer.start..<buffer.validEnd)
      if let cut = Self.recordEnd(in: pending, maxLength: maxRecordLength) {
        try body(UnsafeBufferPointer(rebasing: pending[..<cut]), false)
        buffer.start += cut
      }
    }
  }

  /// Checks `buffer[validEnd..<end]`, moving `validEnd` forward; an incomplete
  /// sequence at the end waits for more input unless `atEnd`.
  ///
  /// - Returns: Without `lossy`, the error for the first ill-formed bytes
  ///   (with `validEnd` moved up to them), else nil.
  private func validate(_ buffer: inout ReadBuffer, atEnd: Bool) -> ToolError? {
    while buffer.validEnd < buffer.end {
      let at: Int
      switch UTF8Validation.scan(UnsafePointer(buffer.base), from: buffer.validEnd, to: buffer.end) {
      case .end:
        buffer.validEnd = buffer.end
        continue
      case .truncated(let offset):
        guard atEnd else {
          buffer.validEnd = offset
          return nil
        }
        at = offset
      case .invalid(let offset, _):
        at = offset
      }
      if !lossy {
        buffer.validEnd = at
        return ToolError.invalidUTF8(file: source.name, offset: buffer.inputOffset + at)
      }
      buffer.repair(from: at, atEnd: atEnd)
    }
    return nil
  }

  static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

  /// Where a record may end in `bytes`: after the last LF, or for a long
  /// line, at a safe point; nil when the bytes should wait for more input.
  static func recordEnd(in bytes: UnsafeBufferPointer<UInt8>, maxLength: Int) -> Int? {
    do {
      let p = bytes
      let n = p.count
      var i = n
      while i > 0 {
        if p[i - 1] == 0x0A { return i }
        i -= 1
      }
      guard n >= maxLength else { return nil }
      // A long line: after the last space or tab in the last 64 KiB.
      let floor = Swift.max(0, n - (1 << 16))
      i = n
      while i > floor {
        if p[i - 1] == 0x20 || p[i - 1] == 0x09 { return i }
        i -= 1
      }
      // Else before an ASCII letter or digit or an Arabic letter (U+0621–U+064A),
      // not right after a ZWNJ (E2 80 8C) or an Arabic decimal/thousands separator.
      i = n - 1
      while i > floor {
        let b = p[i]
        let isBoundary: Bool
        if b < 0x80 {
          isBoundary = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39)
        } else if (b == 0xD8 && i + 1 < n && p[i + 1] >= 0xA1) || (b == 0xD9 && i + 1 < n && p[i + 1] <= 0x8A) {
          isBoundary = true
        } else {
          isBoundary = false
        }
        if isBoundary {
          let afterZWNJ = i >= 3 && p[i - 3] == 0xE2 && p[i - 2] == 0x80 && p[i - 1] == 0x8C
          let afterSeparator = i >= 2 && p[i - 2] == 0xD9 && (p[i - 1] == 0xAB || p[i - 1] == 0xAC)
          if !afterZWNJ && !afterSeparator { return i }
        }
        i -= 1
      }
      // Last resort: at the last scalar boundary.
      i = n - 1
      while i > 0 && p[i] & 0xC0 == 0x80 { i -= 1 }
      return i > 0 ? i : nil
    }
  }
}

/// The read buffer of `RecordReader`: bytes `start..<end` not yet handed on,
/// of which `start..<validEnd` are checked UTF-8.
struct ReadBuffer {
  var base: UnsafeMutablePointer<UInt8>
  var capacity: Int
  var start = 0
  var validEnd = 0
  var end = 0
  /// Input offset of `base[0]`, for error messages.
  var inputOffset = 0

  init(capacity: Int) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  func deallocate() { base.deallocate() }

  func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
  }

  /// Makes room for `extra` more bytes after `end`, moving the bytes from
  /// `keepingFrom` to the front or growing the buffer.
  mutating func makeRoom(for extra: Int, keepingFrom keep: Int) {
    if end + extra <= capacity { return }
    if keep > 0 {
      base.update(from: base + keep, count: end - keep)
      inputOffset += keep
      start -= keep
      validEnd -= keep
      end -= keep
    }
    if end + extra > capacity {
      let newCapacity = Swift.max(capacity * 2, end + extra)
      let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
      newBase.update(from: base, count: end)
      base.deallocate()
      base = newBase
      capacity = newCapacity
    }
  }

  /// Rewrites `base[from..<end]` with each ill-formed subpart replaced by
  /// U+FFFD, in one pass; an incomplete sequence at the end is kept for the
  /// next read unless `atEnd`. Moves `validEnd` to the end of what is checked.
  mutating func repair(from: Int, atEnd: Bool) {
    var repaired: [UInt8] = []
    repaired.reserveCapacity(end - from + 16)
    var i = from
    var pendingTail = 0
    scanning: while i < end {
      switch UTF8Validation.scan(UnsafePointer(base), from: i, to: end) {
      case .end:
        repaired.append(contentsOf: slice(i..<end))
        i = end
      case .truncated(let at):
        repaired.append(contentsOf: slice(i..<at))
        if atEnd {
          repaired.append(contentsOf: RecordReader.replacementCharacter)
        } else {
          pendingTail = end - at
          repaired.append(contentsOf: slice(at..<end))
        }
        break scanning
      case .invalid(let at, let length):
        repaired.append(contentsOf: slice(i..<at))
        repaired.append(contentsOf: RecordReader.replacementCharacter)
        i = at + length
      }
    }
    end = from
    makeRoom(for: repaired.count, keepingFrom: 0)
    repaired.withUnsafeBufferPointer { (base + from).update(from: $0.baseAddress!, count: $0.count) }
    end = from + repaired.count
    validEnd = end - pendingTail
  }
}
