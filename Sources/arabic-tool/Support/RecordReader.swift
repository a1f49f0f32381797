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
  /// - Throws: `ToolError` (66 cannot open, 65 invalid UTF-8, 74 read error), or what `body` throws.
  func forEachRecord(_ body: (UnsafeBufferPointer<UInt8>, _ isLast: Bool) throws -> Void) throws {
    let fd = try source.open()
    defer { if fd != 0 { close(fd) } }
    let raw = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize + 4)
    defer { raw.deallocate() }
    var pending: [UInt8] = []
    pending.reserveCapacity(maxRecordLength + chunkSize + 8)
    var carried = 0  // bytes of an incomplete sequence kept at raw[0...]
    var offset = 0  // input offset of raw[0]
    var atStart = true

    while true {
      let count = read(fd, raw + carried, chunkSize)
      if count < 0 {
        if errno == EINTR { continue }
        throw ToolError.readFailed(source.name, reason: systemError())
      }
      let atEnd = count == 0
      let total = carried + count
      var i = 0
      if atStart {
        // A BOM needs three bytes to be recognized.
        if total < 3 && !atEnd {
          carried = total
          continue
        }
        if total >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF { i = 3 }
        atStart = false
      }
      // Validate raw[i..<total] into pending.
      scanning: while i < total {
        switch UTF8Validation.scan(UnsafePointer(raw), from: i, to: total) {
        case .end:
          pending.append(contentsOf: UnsafeBufferPointer(start: raw + i, count: total - i))
          i = total
        case .truncated(let at):
          pending.append(contentsOf: UnsafeBufferPointer(start: raw + i, count: at - i))
          if atEnd {
            if !lossy { throw ToolError.invalidUTF8(file: source.name, offset: offset + at) }
            pending.append(contentsOf: Self.replacementCharacter)
            i = total
          } else {
            // Keep the incomplete sequence for the next read.
            let keep = total - at
            (raw).update(from: raw + at, count: keep)
            offset += at
            carried = keep
            break scanning
          }
        case .invalid(let at, let length):
          if !lossy { throw ToolError.invalidUTF8(file: source.name, offset: offset + at) }
          pending.append(contentsOf: UnsafeBufferPointer(start: raw + i, count: at - i))
          pending.append(contentsOf: Self.replacementCharacter)
          i = at + length
        }
      }
      if i >= total {
        offset += total
        carried = 0
      }
      if atEnd {
        try pending.withUnsafeBufferPointer { try body($0, true) }
        return
      }
      // Hand on what ends at a safe boundary.
      if let cut = Self.recordEnd(in: pending, maxLength: maxRecordLength) {
        try pending.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<cut]), false) }
        pending.removeSubrange(..<cut)
      }
    }
  }

  static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

  /// Where a record may end in `bytes`: after the last LF, or for a long
  /// line, at a safe point; nil when the bytes should wait for more input.
  static func recordEnd(in bytes: [UInt8], maxLength: Int) -> Int? {
    bytes.withUnsafeBufferPointer { p -> Int? in
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
