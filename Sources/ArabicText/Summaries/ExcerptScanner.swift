/// Reads a text's prefix grapheme cluster by grapheme cluster, folding
/// whitespace, counting the budget, and remembering where it may be cut.
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

  let options: Options
  typealias Options = Excerpt.Options

  /// The folded prefix read so far.
  private var folded = ""
  private var characters = 0
  private var words = 0
  /// Whitespace was read after the last cluster appended.
  private var pendingSpace = false
  /// The last cluster appended is part of a word.
  private var inWord = false
  /// The last cluster appended is a possible mid-word joiner (' ’ . , ٫ ٬)
  /// right after a word: whether the place before it is a word boundary
  /// depends on the next cluster.
  private var afterJoiner = false
  /// The clusters appended since the last sentence terminator are closing punctuation only.
  private var afterTerminator = false
  private var lastWordCut: Cut?
  private var lastSentenceCut: Cut?

  init(options: Options) {
    self.options = options
  }

  private var here: Cut { Cut(utf8Offset: folded.utf8.count, characters: characters, words: words) }

  /// The excerpt's body (before diacritics stripping and ellipsis) and whether the text was cut.
  mutating func excerpt<S: StringProtocol>(of source: S) -> (body: String, truncated: Bool) {
    switch options.budget {
    case .characters(let n): folded.reserveCapacity(min(n, 1 << 16) * 4 + 8)
    case .words(let n): folded.reserveCapacity(min(n, 1 << 14) * 16 + 8)
    }
    for character in source {
      let kind = _ExcerptCharacter.kind(of: character)
      if kind == .space {
        if characters > 0 && !pendingSpace {
          lastWordCut = here
          if afterTerminator { lastSentenceCut = here }
          pendingSpace = true
        }
        inWord = false
        afterJoiner = false
        afterTerminator = false
        continue
      }
      let continuesWord = kind == .word && !pendingSpace && (inWord || afterJoiner)
      let isJoiner = !pendingSpace && inWord && _ExcerptCharacter.isMidWordJoiner(character)
      let startsWord = kind == .word && !continuesWord
      // Every place outside a word is a word boundary; before a joiner it
      // is decided by the cluster after it (and conservatively taken as
      // inside a word when the budget ends there).
      if characters > 0 && !continuesWord && !isJoiner { lastWordCut = here }
      if exceedsBudget(startingWord: startsWord) { return (finish(), true) }
      if pendingSpace {
        folded.append(" ")
        characters += 1
        pendingSpace = false
      }
      folded.append(character)
      characters += 1
      if startsWord { words += 1 }
      inWord = kind == .word
      afterJoiner = isJoiner
      afterTerminator = kind == .terminator || (afterTerminator && kind == .closing)
    }
    return (folded, false)
  }

  /// Whether appending the next cluster (and the pending space) would exceed the budget.
  private func exceedsBudget(startingWord: Bool) -> Bool {
    switch options.budget {
    case .characters(let n): characters + (pendingSpace ? 2 : 1) > n
    case .words(let n): startingWord && words >= n
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
    let prefix = Substring(folded.utf8.prefix(end.utf8Offset))
    return _ExcerptTrimmer.trimmed(prefix)
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
