/// Percent-encoding of URI path segments (RFC 3986).
public enum PercentEncoding {
  /// Returns `text` with every UTF-8 byte outside RFC 3986's unreserved set
  /// (ALPHA, DIGIT, `-` `.` `_` `~`; §2.3) written as `%XX` with uppercase
  /// hex digits (§2.1).
  ///
  /// ```swift
  /// PercentEncoding.encode("أخبار-1")  // "%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-1"
  /// ```
  ///
  /// - Complexity: O(*n*), where *n* is the number of UTF-8 bytes in `text`.
  public static func encode<S: StringProtocol>(_ text: S) -> String {
    let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count * 3)
    for byte in text.utf8 {
      if isUnreserved(byte) {
        output.append(byte)
      } else {
        output.append(UInt8(ascii: "%"))
        output.append(hex[Int(byte >> 4)])
        output.append(hex[Int(byte & 0x0F)])
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Returns the text of a percent-encoded string (`%XX` in either case),
  /// or nil when an escape is malformed or the bytes are not UTF-8.
  ///
  /// ```swift
  /// PercentEncoding.decode("%D8%A3%d8%ae-1")  // "أخ-1"
  /// ```
  public static func decode<S: StringProtocol>(_ text: S) -> String? {
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "%") {
        guard let byte = decodedByte(bytes, at: index) else { return nil }
        output.append(byte)
        index += 3
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return String(validating: output, as: UTF8.self)
  }

  /// Whether `byte` is in RFC 3986's unreserved set.
  static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
      UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  /// The byte of the `%XX` escape at `index`, or nil when malformed.
  static func decodedByte(_ bytes: [UInt8], at index: Int) -> UInt8? {
    guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
    else { return nil }
    return high << 4 | low
  }

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    default: nil
    }
  }
}
