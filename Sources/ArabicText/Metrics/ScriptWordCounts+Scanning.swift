extension Token.Kind {
  /// Whether a token of this kind is read as a word: for ``ReadingTime``,
  /// ``ScriptWordCounts`` and word budgets of ``Excerpt``.
  ///
  /// Words, numbers, hashtags and mentions are read; emoji, URLs and e-mail
  /// addresses are seen, not read, and punctuation, symbols and white space
  /// are not words. (``wordCount(of:)`` counts every
  /// ``Token/Kind/isWordLike`` token, emoji and URLs included.)
  public var isReadAsWord: Bool {
    switch self {
    case .word, .number, .hashtag, .mention: true
    case .emoji, .url, .email, .punctuation, .symbol, .whitespace: false
    }
  }
}

extension ScriptWordCounts {
  /// Adds the words of `bytes` (valid UTF-8) to the counts, token by token
  /// with ``WordTokenizer``'s scanner, without allocating.
  mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    let n = bytes.count
    let scanner = _WordScanner(base, start: 0, end: n)
    var arabic = 0, latin = 0, other = 0
    var i = 0
    while i < n {
      let (kind, end) = scanner.token(at: i)
      switch kind {
      case .word, .hashtag, .mention:
        switch Self.script(of: base, from: i, to: end) {
        case .arabic: arabic &+= 1
        case .latin: latin &+= 1
        case .other: other &+= 1
        }
      case .number:
        other &+= 1
      case .emoji, .url, .email, .punctuation, .symbol, .whitespace:
        break
      }
      i = end
    }
    self.arabic += arabic
    self.latin += latin
    self.other += other
  }

  /// The script of the first letter in `p[start..<end]`; `.other` without one.
  @inline(__always)
  static func script(of p: UnsafePointer<UInt8>, from start: Int, to end: Int) -> WritingScript {
    let lead = p[start]
    // The Arabic block (lead bytes 0xD8–0xDB): a word starting there is Arabic script.
    if lead & 0xFC == 0xD8 { return .arabic }
    if _isASCIILetter(lead) { return .latin }
    var i = start
    while i < end {
      let (value, length) = _UTF8.decode(p, at: i)
      if let scalar = Unicode.Scalar(value), let script = WritingScript(letter: scalar) { return script }
      i &+= length
    }
    return .other
  }
}
