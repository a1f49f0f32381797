/// Markup left in text that should be plain: entities a page escaped twice
/// (`&amp;nbsp;` gives the text `&nbsp;`), and tags a CMS escaped into a
/// meta description (`&lt;p&gt;…&lt;/p&gt;` gives the text `<p>…</p>`).
///
/// Only the entities that pages commonly double-escape are decoded: `&nbsp;`
/// `&zwnj;` `&zwj;` `&lrm;` `&rlm;` `&amp;` `&quot;` `&apos;` `&lt;` `&gt;`
/// `&hellip;` `&mdash;` `&ndash;` `&laquo;` `&raquo;` (HTML Living Standard,
/// named character references) and numeric references `&#NNN;` `&#xHH;`.
/// Anything else stays as written.
package enum _MarkupText {
  static let named: [String: String] = [
    "nbsp": String(ArabicScalars.noBreakSpace), "zwnj": String(ArabicScalars.zeroWidthNonJoiner),
    "zwj": String(ArabicScalars.zeroWidthJoiner), "lrm": String(ArabicScalars.leftToRightMark),
    "rlm": String(ArabicScalars.rightToLeftMark), "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">",
    "hellip": String(ArabicScalars.horizontalEllipsis), "mdash": String(ArabicScalars.emDash),
    "ndash": String(ArabicScalars.enDash), "laquo": String(ArabicScalars.leftGuillemet),
    "raquo": String(ArabicScalars.rightGuillemet),
  ]

  /// `text` with entities decoded once.
  ///
  /// - Complexity: O(*n*), where *n* is the length of `text`.
  package static func decodingEntities(_ text: String) -> String {
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

  /// `text` as plain text: entities decoded (up to three times, for text
  /// escaped more than once), then tags (`<p>`, `</p>`, `<br/>`, `<a
  /// href="…">`: `<`, an optional `/`, an ASCII letter, up to the next `>`)
  /// and comments (`<!-- … -->`) replaced by a space. A `<` not followed by
  /// a letter, `/` or `!` is text ("a < b", "<3").
  ///
  /// ```swift
  /// _MarkupText.plain("&lt;p&gt;نص &amp;amp; بقية&lt;/p&gt;")  // " نص & بقية "
  /// ```
  ///
  /// - Complexity: O(*n*), where *n* is the length of `text`.
  package static func plain(_ text: String) -> String {
    var decoded = text
    for _ in 0..<3 {
      guard decoded.utf8.contains(UInt8(ascii: "&")) else { break }
      let next = decodingEntities(decoded)
      if next == decoded { break }
      decoded = next
    }
    return strippingTags(decoded)
  }

  /// `text` with tags and comments replaced by a space.
  static func strippingTags(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<"), let end = tagEnd(bytes, from: index) {
        output.append(UInt8(ascii: " "))
        index = end
        continue
      }
      output.append(byte)
      index += 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The byte after the tag or comment starting at `start`, or nil when none starts there.
  static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    var index = start + 1
    guard index < bytes.count else { return nil }
    if bytes[index] == UInt8(ascii: "!") {
      // A comment or declaration: up to "-->" for a comment, else to ">".
      let isComment = index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "-") && bytes[index + 2] == UInt8(ascii: "-")
      var i = index + 1
      while i < bytes.count {
        if bytes[i] == UInt8(ascii: ">") && (!isComment || (i >= 2 && bytes[i - 1] == UInt8(ascii: "-") && bytes[i - 2] == UInt8(ascii: "-"))) {
          return i + 1
        }
        i += 1
      }
      return nil
    }
    if bytes[index] == UInt8(ascii: "/") { index += 1 }
    guard index < bytes.count, (bytes[index] | 0x20) >= UInt8(ascii: "a"), (bytes[index] | 0x20) <= UInt8(ascii: "z")
    else { return nil }
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: ">") { return index + 1 }
      if bytes[index] == UInt8(ascii: "<") { return nil }
      index += 1
    }
    return nil
  }
}
