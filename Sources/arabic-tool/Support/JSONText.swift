/// Writing JSON text (RFC 8259) into a byte buffer, without Foundation's
/// encoder, for output written one small object at a time.
enum JSONText {
  /// Appends `bytes` (valid UTF-8) as a JSON string: quotation mark, reverse
  /// solidus and the controls U+0000–U+001F are escaped (§7); every other
  /// character is copied as UTF-8.
  static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var runStart = 0
    for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
      appendEscape(byte, to: &output)
      runStart = i + 1
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    output.append(UInt8(ascii: "\""))
  }

  /// Appends `string` as a JSON string.
  static func appendString(_ string: String, to output: inout [UInt8]) {
    var string = string
    string.withUTF8 { appendString($0, to: &output) }
  }

  /// Appends `text` as it is (JSON punctuation and names written in the source).
  static func appendRaw(_ text: StaticString, to output: inout [UInt8]) {
    output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends `value` (zero or more) in decimal.
  static func appendInteger(_ value: Int, to output: inout [UInt8]) {
    precondition(value >= 0, "offsets are never negative")
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
    withUnsafeMutableBytes(of: &digits) { buffer in
      var value = value
      var i = buffer.count
      repeat {
        i -= 1
        buffer[i] = UInt8(ascii: "0") + UInt8(value % 10)
        value /= 10
      } while value > 0
      output.append(contentsOf: buffer[i...])
    }
  }

  private static func appendEscape(_ byte: UInt8, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
    case 0x08: output.append(UInt8(ascii: "b"))
    case 0x09: output.append(UInt8(ascii: "t"))
    case 0x0A: output.append(UInt8(ascii: "n"))
    case 0x0C: output.append(UInt8(ascii: "f"))
    case 0x0D: output.append(UInt8(ascii: "r"))
    default:
      let hex = Array("0123456789abcdef".utf8)
      output.append(contentsOf: Array("u00".utf8))
      output.append(hex[Int(byte >> 4)])
      output.append(hex[Int(byte & 0x0F)])
    }
  }
}
