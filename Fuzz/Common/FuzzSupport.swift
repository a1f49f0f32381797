// Shared by every fuzz target: reading libFuzzer's input and failing loudly
// when a law does not hold, so that libFuzzer saves the input.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// One fuzz input: option bytes first, then the text (any bytes, decoded as
/// UTF-8 with U+FFFD for ill-formed sequences, as `--lossy` does).
struct FuzzInput {
  let bytes: UnsafeBufferPointer<UInt8>
  private var cursor = 0

  init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
    bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
  }

  /// The next option byte, or 0 when the input is shorter.
  mutating func byte() -> UInt8 {
    guard cursor < bytes.count else { return 0 }
    defer { cursor += 1 }
    return bytes[cursor]
  }

  /// The rest of the input as text.
  var text: String {
    guard cursor < bytes.count else { return "" }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor...]), as: UTF8.self)
  }
}

/// Stops the run with `message` and the input's code points when `condition` is false.
@inline(__always)
func require(_ condition: Bool, _ message: @autoclosure () -> String, _ text: String = "") {
  if condition { return }
  var line = "LAW BROKEN: " + message()
  if !text.isEmpty {
    line += "\n  input: " + text.unicodeScalars.prefix(200).map { "U+" + String($0.value, radix: 16, uppercase: true) }
      .joined(separator: " ")
  }
  line += "\n"
  line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  abort()
}

/// The code points of `s` as "U+XXXX …", for messages.
func codePoints(_ s: String) -> String {
  s.unicodeScalars.prefix(200).map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
}

/// Whether no run of combining marks is longer than 30 (UAX #15 §13).
func isStreamSafe(_ text: String) -> Bool {
  var run = 0
  for scalar in text.unicodeScalars {
    run = scalar.properties.canonicalCombiningClass.rawValue == 0 ? 0 : run + 1
    if run > 30 { return false }
  }
  return true
}

/// The canonical decompositions that the Arabic normalizer composes, applied to every scalar.
func decomposingArabic(_ text: String) -> [Unicode.Scalar] {
  var result: [Unicode.Scalar] = []
  for scalar in text.unicodeScalars {
    let pair: (UInt32, UInt32)? =
      switch scalar.value {
      case 0x0622: (0x0627, 0x0653)
      case 0x0623: (0x0627, 0x0654)
      case 0x0625: (0x0627, 0x0655)
      case 0x0624: (0x0648, 0x0654)
      case 0x0626: (0x064A, 0x0654)
      case 0x06C0: (0x06D5, 0x0654)
      case 0x06C2: (0x06C1, 0x0654)
      case 0x06D3: (0x06D2, 0x0654)
      default: nil
      }
    if let (base, mark) = pair {
      result.append(Unicode.Scalar(base)!)
      result.append(Unicode.Scalar(mark)!)
    } else {
      result.append(scalar)
    }
  }
  return result
}
