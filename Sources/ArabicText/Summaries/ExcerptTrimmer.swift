/// Removes what an excerpt may not end on: trailing separators and dangling particles.
enum _ExcerptTrimmer {
  /// `prefix` without trailing separators
  /// (``_ExcerptCharacter/isTrailingSeparator(_:after:)``) and dangling
  /// particles, removed repeatedly. Words are ``WordTokenizer`` tokens: a
  /// particle is a whole word token, and a URL, e-mail address, hashtag or
  /// mention at the end is kept whole (`#قل_لا`, `@ahmed__`,
  /// `https://example.com/ar/في`): nothing is trimmed from inside it.
  ///
  /// - Complexity: O(*k*), where *k* is the length of what is removed and of
  ///   the last run without a space.
  static func trimmed(_ prefix: Substring) -> String {
    var text = String(prefix)
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return "" }
      return String(decoding: UnsafeBufferPointer(start: base, count: trimmedLength(base, count: bytes.count)), as: UTF8.self)
    }
  }

  /// The last token of a run of bytes, read from its last space: its kind
  /// and start, and the start of the token before it in the run (nil when
  /// it is the run's first).
  struct LastToken {
    var kind: Token.Kind
    var start: Int
    var previousStart: Int?
    var previousKind: Token.Kind?
    var runStart: Int
  }

  /// The last token of `p[0..<end]` (valid UTF-8, white space folded to
  /// U+0020: tokens never span a space), or nil when `end` is 0.
  static func lastToken(_ p: UnsafePointer<UInt8>, end: Int) -> LastToken? {
    guard end > 0 else { return nil }
    if p[end &- 1] == UInt8(ascii: " ") {
      return LastToken(kind: .whitespace, start: end &- 1, previousStart: nil, previousKind: nil, runStart: end &- 1)
    }
    var runStart = end
    while runStart > 0 && p[runStart &- 1] != UInt8(ascii: " ") { runStart &-= 1 }
    let scanner = _WordScanner(p, start: runStart, end: end)
    var last = LastToken(kind: .whitespace, start: runStart, previousStart: nil, previousKind: nil, runStart: runStart)
    var i = runStart
    while i < end {
      let (kind, tokenEnd) = scanner.token(at: i)
      last = i == runStart
        ? LastToken(kind: kind, start: i, previousStart: nil, previousKind: nil, runStart: runStart)
        : LastToken(kind: kind, start: i, previousStart: last.start, previousKind: last.kind, runStart: runStart)
      i = tokenEnd
    }
    return last
  }

  /// The length, in bytes, of `p[0..<count]` trimmed (see ``trimmed(_:)``).
  static func trimmedLength(_ p: UnsafePointer<UInt8>, count: Int) -> Int {
    var end = count
    while let token = lastToken(p, end: end) {
      switch token.kind {
      case .url, .email, .hashtag, .mention, .emoji:
        return end
      case .word, .number:
        // A word or number may end with a connector (x86_, a cluster of its own): that goes. (A
        // format character at a word's end, such as ZWNJ, is inside the last letter's cluster.)
        var lastStart = end &- 1
        while lastStart > token.start && p[lastStart] & 0xC0 == 0x80 { lastStart &-= 1 }
        if let scalar = Unicode.Scalar(_UTF8.decode(p, at: lastStart).scalar) {
          if scalar.properties.generalCategory == .connectorPunctuation {
            end = lastStart
            continue
          }
        }
        guard token.kind == .word, isDanglingParticle(p, from: token.start, to: end) else { return end }
        end = token.start
      case .whitespace, .punctuation, .symbol:
        let first = Unicode.Scalar(_UTF8.decode(p, at: token.start).scalar) ?? " "
        if let previousStart = token.previousStart,
          first.properties.isGraphemeExtend || first == ArabicScalars.zeroWidthJoiner
        {
          // A joiner at a word's end (سی‌) is in the last letter's cluster: the word ends here.
          guard token.previousKind == .word, isDanglingParticle(p, from: previousStart, to: end) else { return end }
          end = previousStart
          continue
        }
        // The scalar before: the token before it, or the space before the run (none at the start).
        let previous: Unicode.Scalar?
        if let previousStart = token.previousStart {
          previous = Unicode.Scalar(_UTF8.decode(p, at: previousStart).scalar)
        } else {
          previous = token.start > 0 ? " " : nil
        }
        guard _ExcerptCharacter.isTrailingSeparator(first: first, after: previous) else { return end }
        end = token.start
      }
    }
    return end
  }

  /// Whether `p[start..<end]` is a dangling particle; only short Arabic-script words are read.
  static func isDanglingParticle(_ p: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
    guard end &- start <= 4 &* longestParticle, p[start] >= 0xC0 else { return false }
    let word = String(decoding: UnsafeBufferPointer(start: p + start, count: end &- start), as: UTF8.self)
    return isDanglingParticle(Substring(word))
  }

  /// Whether `text` ends with a URL, e-mail address, hashtag or mention
  /// (which trimming keeps whole).
  static func endsWithAtomicToken(_ text: Substring) -> Bool {
    var copy = String(text)
    return copy.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      switch lastToken(base, end: bytes.count)?.kind {
      case .url?, .email?, .hashtag?, .mention?: return true
      default: return false
      }
    }
  }

  /// The longest word, in Unicode scalars, that can be a particle with its
  /// diacritics, tatweel and a و or ف prefix.
  static let longestParticle = 24

  /// Whether `word` is a dangling particle (see ``DanglingParticles``).
  static func isDanglingParticle(_ word: Substring) -> Bool {
    guard word.unicodeScalars.count <= longestParticle,
      let first = word.unicodeScalars.first, WritingScript(letter: first) == .arabic
    else { return false }
    let key = particleKeyNormalizer.normalize(word)
    if particleKeys.contains(key) { return true }
    // و or ف written onto a particle: وفي, فإن, ولم.
    if let conjunction = key.unicodeScalars.first,
      conjunction == ArabicScalars.waw || conjunction == ArabicScalars.feh,
      key.unicodeScalars.count > 1
    {
      return particleKeys.contains(String(key.unicodeScalars.dropFirst()))
    }
    return false
  }

  /// Folds a word to the form particles are compared in: presentation forms
  /// folded; diacritics, tatweel and invisibles removed; alef variants to ا.
  static let particleKeyNormalizer = ArabicNormalizer(
    folds: [.presentationForms, .diacritics, .tatweel, .invisibles, .alef])

  /// ``DanglingParticles/words`` in that form.
  static let particleKeys: Set<String> = Set(DanglingParticles.words.map(particleKeyNormalizer.normalize))
}
