import ArgumentParser

/// The unit of the offsets a command prints.
enum OffsetUnit: String, ExpressibleByArgument, CaseIterable {
  /// UTF-8 bytes: slice the file's bytes.
  case utf8
  /// Unicode scalars: Python's `str` indices.
  case scalar
  /// UTF-16 code units: JavaScript's and ICU's string indices.
  case utf16
}

/// A position in a text counted in every unit at once.
struct TextPosition: Equatable {
  var utf8 = 0
  var scalars = 0
  var utf16 = 0

  /// The position in `unit`.
  func offset(in unit: OffsetUnit) -> Int {
    switch unit {
    case .utf8: utf8
    case .scalar: scalars
    case .utf16: utf16
    }
  }

  /// Moves over `bytes` (valid UTF-8 starting at a scalar boundary): a
  /// scalar starts at each byte that is not a continuation byte, and a
  /// four-byte scalar (lead byte 0xF0–0xF4) takes two UTF-16 code units.
  ///
  /// - Complexity: O(*n*), where *n* is `bytes.count`.
  mutating func advance(over bytes: UnsafeBufferPointer<UInt8>) {
    var scalars = 0
    var supplementary = 0
    for byte in bytes {
      if byte & 0xC0 != 0x80 { scalars &+= 1 }
      if byte >= 0xF0 { supplementary &+= 1 }
    }
    utf8 &+= bytes.count
    self.scalars &+= scalars
    utf16 &+= scalars &+ supplementary
  }
}
