/// Lookup of the compatibility expansions of Arabic presentation forms.
///
/// The data is generated from the Unicode Character Database into
/// `PresentationForms+Table.swift`; this type indexes it by code point.
@usableFromInline
enum _PresentationForms {
  /// For U+FB50–U+FDFF then U+FE70–U+FEFF: `offset << 8 | length` into `pool`, 0 when the form has no expansion.
  static let index: [UInt32] = {
    var table = [UInt32](repeating: 0, count: 0xFDFF - 0xFB50 + 1 + 0xFEFF - 0xFE70 + 1)
    for entry in entries {
      table[slot(UInt32(entry.form))!] = UInt32(entry.offset) << 8 | UInt32(entry.length)
    }
    return table
  }()

  @inline(__always)
  static func slot(_ scalar: UInt32) -> Int? {
    if scalar >= 0xFB50 && scalar <= 0xFDFF { return Int(scalar - 0xFB50) }
    if scalar >= 0xFE70 && scalar <= 0xFEFF { return Int(scalar - 0xFE70 + 0xFDFF - 0xFB50 + 1) }
    return nil
  }

  /// The expansion of `scalar`, or nil when it is not a presentation form with one.
  static func expansion(of scalar: UInt32) -> ArraySlice<UInt16>? {
    guard let slot = slot(scalar) else { return nil }
    let packed = index[slot]
    guard packed != 0 else { return nil }
    let offset = Int(packed >> 8)
    return pool[offset..<offset + Int(packed & 0xFF)]
  }
}
