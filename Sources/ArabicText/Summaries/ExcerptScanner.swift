/// Reads a text's prefix grapheme cluster by grapheme cluster, folding
/// whitespace, counting the budget, and remembering where it may be cut.
///
/// Word boundaries are those of ``WordTokenizer``: the scanner walks the
/// tokens alongside the clusters, and a cut may fall before any token, or
/// anywhere inside white space, punctuation and symbols, never inside a
/// word, number, URL, e-mail address, hashtag, mention or emoji sequence.
/// Sentence ends are those of ``SentenceSegmenter`` (blank lines end
/// sentences too).
struct _ExcerptScanner {
  /// A place the folded prefix may end.
  struct Cut {
    /// The end, in UTF-8 bytes of the folded prefix.
    var utf8Offset: Int
    /// Grapheme clusters before it.
    var characters: Int
    /// Words before it.
    var words: Int
  }

  typealias Options = Excerpt.Options
  let options: Options

  /// The folded prefix read so far, in UTF-8 bytes: the source's bytes
  /// with each run of whitespace clusters replaced by one space. The run of
  /// content being read is copied when it ends (`runStart` marks it).
  private var folded: [UInt8] = []
  private var runStart: Int?
  private var offset = 0
  private var characters = 0
  private var words = 0
  /// Whitespace was read after the last cluster appended.
  private var pendingSpace = false
  private var lastWordCut: Cut?
  private var lastSentenceCut: Cut?

  init(options: Options) {
    self.options = options
  }

  /// The current end of the folded prefix.
  private var here: Cut {
    Cut(utf8Offset: folded.count &+ (runStart.map { offset &- $0 } ?? 0), characters: characters, words: words)
  }

  /// The excerpt's body (before diacritics stripping and ellipsis) and whether the text was cut.
  mutating func excerpt<S: StringProtocol>(of source: S) -> (body: String, truncated: Bool) {
    // One concrete type for the loop: generic code over StringProtocol
    // would go through protocol witnesses for every cluster.
    let text: Substring
    if let string = source as? String {
      text = string[...]
    } else if let substring = source as? Substring {
      text = substring
    } else {
      text = String(source)[...]
    }
    if let result = text.utf8.withContiguousStorageIfAvailable({ scan(text, utf8: $0) }) { return result }
    // A string without contiguous UTF-8 (bridged): its bytes, copied once.
    return Array(text.utf8).withUnsafeBufferPointer { scan(text, utf8: $0) }
  }

  /// Scans `source`, whose UTF-8 bytes are `bytes`.
  private mutating func scan(_ source: Substring, utf8 bytes: UnsafeBufferPointer<UInt8>) -> (
    body: String, truncated: Bool
  ) {
    guard let base = bytes.baseAddress else { return ("", false) }
    switch options.budget {
    case .characters(let n): folded.reserveCapacity(min(n, 1 << 16) * 4 + 8)
    case .words(let n): folded.reserveCapacity(min(n, 1 << 14) * 16 + 8)
    }
    let tokens = _WordScanner(base, start: 0, end: bytes.count)
    var sentences = _ExcerptSentenceCursor(base, count: bytes.count)
    // The token holding the current cluster's first byte.
    var tokenStart = 0, tokenEnd = 0
    var tokenKind = Token.Kind.whitespace
    // Tokens that start before this offset have been counted.
    var countedThrough = 0
    var carriedWords = 0
    var index = source.startIndex
    while index < source.endIndex {
      // The next grapheme cluster, by index: no Character is built.
      let next = source.index(after: index)
      let length = source.utf8.distance(from: index, to: next)
      defer {
        offset &+= length
        index = next
      }
      var startsWord = false
      while tokenEnd <= offset {
        let token = tokens.token(at: tokenEnd)
        (tokenKind, tokenStart, tokenEnd) = (token.kind, tokenEnd, token.end)
        // Words that start inside an earlier cluster were counted with it.
        if tokenKind.isReadAsWord && tokenStart >= countedThrough { startsWord = true }
      }
      let mayCutBefore = tokenStart == offset || tokenKind.isDivisible
      if characters > 0 && mayCutBefore {
        lastWordCut = here
        if sentences.isBoundary(at: offset) { lastSentenceCut = here }
      }
      // Words that start inside this cluster (after a prepended mark such as U+0600 ARABIC
      // NUMBER SIGN) come with it, so they count against the budget now; those that start in
      // white space (a word joined by U+202F) count with the next cluster shown.
      var newWords = startsWord ? 1 : 0
      var probe = tokenEnd
      while probe < offset &+ length {
        let token = tokens.token(at: probe)
        if token.kind.isReadAsWord { newWords += 1 }
        probe = token.end
      }
      countedThrough = probe
      // White space inside a word (U+202F joins words as UAX #29 says) is part of it, not folded.
      // Elsewhere white space, with the marks a stray space carries and the invisible characters
      // right after it, folds into one space.
      let insideWord = tokenStart < offset && !tokenKind.isDivisible
      if !insideWord
        && (_ExcerptCharacter.isWhitespace(base, from: offset, to: offset &+ length)
          || ((pendingSpace || characters == 0) && _ExcerptCharacter.isInvisible(base, from: offset, to: offset &+ length)))
      {
        endRun(base)
        pendingSpace = characters > 0
        carriedWords += newWords
        continue
      }
      newWords += carriedWords
      carriedWords = 0
      if exceedsBudget(newWords: newWords) {
        endRun(base)
        return (finish(), true)
      }
      if pendingSpace {
        folded.append(UInt8(ascii: " "))
        characters += 1
        pendingSpace = false
      }
      if runStart == nil { runStart = offset }
      characters += 1
      words += newWords
    }
    endRun(base)
    return (String(decoding: folded, as: UTF8.self), false)
  }

  /// Copies the run of content read since `runStart` into `folded`.
  private mutating func endRun(_ base: UnsafePointer<UInt8>) {
    guard let start = runStart else { return }
    folded.append(contentsOf: UnsafeBufferPointer(start: base + start, count: offset &- start))
    runStart = nil
  }

  /// Whether appending the next cluster (and the pending space) would exceed the budget.
  private func exceedsBudget(newWords: Int) -> Bool {
    switch options.budget {
    case .characters(let n): characters + (pendingSpace ? 2 : 1) > n
    case .words(let n): newWords > 0 && words + newWords > n
    }
  }

  /// The cut prefix, trimmed.
  private func finish() -> String {
    let end: Cut?
    if let sentence = lastSentenceCut, keepsEnough(sentence) {
      end = sentence
    } else if options.wordBoundary || isWordBudget {
      end = lastWordCut
    } else {
      end = here
    }
    guard let end else { return "" }
    return folded.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress, end.utf8Offset > 0 else { return "" }
      let length = _ExcerptTrimmer.trimmedLength(base, count: end.utf8Offset)
      return String(decoding: UnsafeBufferPointer(start: base, count: length), as: UTF8.self)
    }
  }

  private var isWordBudget: Bool {
    if case .words = options.budget { return true }
    return false
  }

  /// Whether ending at `cut` keeps the minimum share of the budget.
  private func keepsEnough(_ cut: Cut) -> Bool {
    let (kept, budget): (Int, Int)
    switch options.budget {
    case .characters(let n): (kept, budget) = (cut.characters, n)
    case .words(let n): (kept, budget) = (cut.words, n)
    }
    return Double(kept) >= options.minimumSentenceFraction * Double(budget) - 1e-9
  }
}

extension Token.Kind {
  /// Whether an excerpt may be cut inside a token of this kind: white
  /// space, punctuation and symbols, but not words, numbers, addresses,
  /// hashtags, mentions or emoji sequences.
  var isDivisible: Bool {
    switch self {
    case .whitespace, .punctuation, .symbol: true
    case .word, .number, .url, .email, .hashtag, .mention, .emoji: false
    }
  }
}
