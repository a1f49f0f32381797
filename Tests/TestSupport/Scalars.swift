/// Test helpers that spell strings by code point, so invisible and combining
/// characters are exact and visible in the test source.

/// The string of the given scalar values.
public func scalars(_ values: UInt32...) -> String {
  var result = String.UnicodeScalarView()
  for value in values { result.append(Unicode.Scalar(value)!) }
  return String(result)
}

/// The code points of `text` as "U+0627 U+0654 …", for readable failures.
public func codePoints(_ text: String) -> String {
  text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
    .joined(separator: " ")
}

extension String {
  public func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
