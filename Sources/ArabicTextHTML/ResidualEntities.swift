import ArabicText

/// Entities left in text after parsing, where a page escaped them twice
/// (`&amp;nbsp;` in the source gives the text `&nbsp;`).
///
/// Only the entities that pages commonly double-escape are decoded: `&nbsp;`
/// `&zwnj;` `&zwj;` `&lrm;` `&rlm;` `&amp;` `&quot;` `&apos;` `&lt;` `&gt;`
/// `&hellip;` `&mdash;` `&ndash;` `&laquo;` `&raquo;` (HTML Living Standard,
/// named character references) and numeric references `&#NNN;` `&#xHH;`.
/// Anything else stays as written.
enum _ResidualEntities {
  static let named: [String: String] = [
    "nbsp": String(ArabicScalars.noBreakSpace), "zwnj": String(ArabicScalars.zeroWidthNonJoiner),
    "zwj": String(ArabicScalars.zeroWidthJoiner), "lrm": String(ArabicScalars.leftToRightMark),
    "rlm": String(ArabicScalars.rightToLeftMark), "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">",
    "hellip": String(ArabicScalars.horizontalEllipsis), "mdash": String(ArabicScalars.emDash),
    "ndash": String(ArabicScalars.enDash), "laquo": String(ArabicScalars.leftGuillemet),
    "raquo": String(ArabicScalars.rightGuillemet),
  ]

  /// `text` with residual entities decoded.
  static func decode(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
    var result = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      result += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
        result += "&"
        rest = after
        continue
      }
      let name = after[..<semicolon]
      if let value = named[String(name)] ?? numeric(name) {
        result += value
        rest = after[after.index(after: semicolon)...]
      } else {
        result += "&"
        rest = after
      }
    }
    return result + rest
  }

  /// The character of `#NNN` or `#xHH`, or nil.
  static func numeric(_ name: Substring) -> String? {
    guard name.first == "#" else { return nil }
    var digits = name.dropFirst()
    var radix = 10
    if digits.first == "x" || digits.first == "X" {
      digits = digits.dropFirst()
      radix = 16
    }
    guard let value = UInt32(digits, radix: radix), value > 0, let scalar = Unicode.Scalar(value) else { return nil }
    return String(scalar)
  }
}
