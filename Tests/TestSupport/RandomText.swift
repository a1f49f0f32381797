/// Seeded random text for property tests: strings biased toward the code
/// points that stress Arabic text processing.
///
/// Each string is built from pieces drawn from weighted pools: Arabic and
/// Persian letters, harakat and Quranic marks (long runs of them too),
/// decomposed hamza and madda, tatweel, invisible and bidi format
/// characters, presentation forms (assigned or not), scalars next to the
/// surrogate range and the ends of the planes, emoji sequences, white space
/// and line ends of every kind, punctuation and digits of both scripts, and
/// whole tokens (URLs, e-mail addresses, abbreviations, hashtags).
///
/// The generator is deterministic for a seed, so a failure names the seed
/// and the case that reproduce it.
public struct RandomText: RandomNumberGenerator {
  private var state: UInt64

  /// A generator starting from `seed` (SplitMix64).
  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A random string of about `maxPieces` pieces (each one to a few dozen scalars).
  public mutating func string(maxPieces: Int = 24) -> String {
    var scalars = String.UnicodeScalarView()
    let pieces = Int.random(in: 0...maxPieces, using: &self)
    for _ in 0..<pieces { appendPiece(to: &scalars) }
    return String(scalars)
  }

  /// A random element of `pool`.
  public mutating func pick<T>(_ pool: [T]) -> T { pool[Int.random(in: 0..<pool.count, using: &self)] }

  /// A random scalar from `ranges`.
  public mutating func scalar(in ranges: [ClosedRange<UInt32>]) -> Unicode.Scalar {
    let range = pick(ranges)
    var value = UInt32.random(in: range, using: &self)
    if (0xD800...0xDFFF).contains(value) { value = 0xFFFD }
    return Unicode.Scalar(value)!
  }

  private mutating func appendPiece(to s: inout String.UnicodeScalarView) {
    let roll = Int.random(in: 0..<100, using: &self)
    switch roll {
    case 0..<28:  // an Arabic or Persian word, marks between letters
      let letters = Int.random(in: 1...7, using: &self)
      for _ in 0..<letters {
        s.append(scalar(in: Self.letters))
        if Bool.random(using: &self) { s.append(scalar(in: Self.marks)) }
      }
    case 28..<36:  // marks, sometimes a long run on one base
      if Bool.random(using: &self) { s.append(scalar(in: Self.letters)) }
      let count = Int.random(in: 1...(Int.random(in: 0..<4, using: &self) == 0 ? 70 : 4), using: &self)
      for _ in 0..<count { s.append(scalar(in: Self.marks + Self.otherMarks)) }
    case 36..<44:  // white space and line ends
      s.append(pick(Self.spaces))
    case 44..<50:  // invisibles and bidi controls
      s.append(scalar(in: Self.invisibles))
    case 50..<56:  // presentation forms
      s.append(scalar(in: Self.presentationForms))
    case 56..<60:  // next to the surrogates and the plane ends
      s.append(pick(Self.edges))
    case 60..<66:  // emoji sequences
      appendEmoji(to: &s)
    case 66..<74:  // punctuation and digits
      s.append(scalar(in: Self.punctuationAndDigits))
    case 74..<82:  // ASCII words
      let count = Int.random(in: 1...8, using: &self)
      for _ in 0..<count { s.append(scalar(in: [0x61...0x7A, 0x41...0x5A, 0x30...0x39])) }
    case 82..<90:  // whole tokens
      s.append(contentsOf: pick(Self.tokens).unicodeScalars)
    case 90..<93:  // tatweel runs
      for _ in 0..<Int.random(in: 1...5, using: &self) { s.append(Unicode.Scalar(0x0640)!) }
    default:  // any scalar at all
      s.append(scalar(in: [0x00...0x2FF, 0x300...0xFFFF, 0x10000...0x10FFFF]))
    }
  }

  private mutating func appendEmoji(to s: inout String.UnicodeScalarView) {
    switch Int.random(in: 0..<5, using: &self) {
    case 0:
      s.append(scalar(in: [0x1F600...0x1F64F]))
      s.append(scalar(in: [0x1F3FB...0x1F3FF]))
    case 1:  // a ZWJ sequence
      s.append(contentsOf: "👩\u{200D}👩\u{200D}👧".unicodeScalars)
    case 2:  // flags
      s.append(scalar(in: [0x1F1E6...0x1F1FF]))
      s.append(scalar(in: [0x1F1E6...0x1F1FF]))
    case 3:  // keycap and variation selector
      s.append(contentsOf: "1\u{FE0F}\u{20E3}".unicodeScalars)
    default:
      s.append(scalar(in: [0x1F300...0x1FAFF, 0x2600...0x27BF]))
    }
  }

  static let letters: [ClosedRange<UInt32>] = [
    0x0621...0x063A, 0x0641...0x064A, 0x0671...0x06D3, 0x06D5...0x06D5, 0x06EE...0x06FF, 0x0750...0x077F,
    0x08A0...0x08C9, 0x06A9...0x06A9, 0x06CC...0x06CC, 0x0627...0x0627, 0x0648...0x0648, 0x064A...0x064A,
    0x06C1...0x06C1, 0x06D2...0x06D2,
  ]
  static let marks: [ClosedRange<UInt32>] = [
    0x064B...0x065F, 0x0670...0x0670, 0x0610...0x061A, 0x06D6...0x06ED, 0x08D3...0x08FF,
    0x0653...0x0655, 0x0651...0x0651,
  ]
  static let otherMarks: [ClosedRange<UInt32>] = [0x0300...0x036F, 0x0591...0x05C7, 0x1AB0...0x1AFF, 0x20D0...0x20FF]
  static let invisibles: [ClosedRange<UInt32>] = [
    0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0x061C...0x061C, 0x00AD...0x00AD,
    0xFEFF...0xFEFF, 0x034F...0x034F, 0x180E...0x180E, 0xFE00...0xFE0F,
  ]
  static let presentationForms: [ClosedRange<UInt32>] = [0xFB50...0xFDFF, 0xFE70...0xFEFF, 0xFEF5...0xFEFC]
  static let edges: [Unicode.Scalar] = [
    "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}", "\u{F8FF}",
    "\u{E0001}", "\u{E0061}", "\u{0}", "\u{7F}", "\u{80}", "\u{9F}", "\u{7FF}", "\u{800}",
  ]
  static let spaces: [Unicode.Scalar] = [
    " ", " ", " ", "\n", "\n", "\r", "\t", "\u{A0}", "\u{2000}", "\u{200A}", "\u{202F}",
    "\u{3000}", "\u{2028}", "\u{2029}", "\u{85}", "\u{B}", "\u{C}", "\u{1680}", "\u{205F}",
  ]
  static let punctuationAndDigits: [ClosedRange<UInt32>] = [
    0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0x060C...0x060C, 0x061B...0x061B, 0x061F...0x061F,
    0x066A...0x066D, 0x06D4...0x06D4, 0x0660...0x0669, 0x06F0...0x06F9, 0x2026...0x2026, 0x00AB...0x00AB,
    0x00BB...0x00BB, 0x2010...0x2015, 0x203C...0x203C, 0x2047...0x2049, 0x30...0x39,
  ]
  static let tokens: [String] = [
    "https://example.com/a?b=c", "www.مثال.com", "a.b@example.org", "د.", "هـ.", "Dr.", "1.5", "١٬٢٣٤٫٥",
    "#وسم_عربي", "@مستخدم", "...", "؟!", "«»", "ﻻ", "ﷲ", "ﷺ", "ا\u{0654}", "ي\u{0654}", "ا\u{0653}",
    "می\u{200C}خواهم", "\r\n", "\n\n", "  ", "ق.م.", "e.g.", "google.com", "٣٬٢٥٠٫٧٥", "‼", "\u{FEFF}",
  ]
}
