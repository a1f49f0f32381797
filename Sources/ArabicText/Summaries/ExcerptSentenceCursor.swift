/// Finds the sentence boundaries of a text's prefix with
/// ``SentenceSegmenter``'s scanner, reading only a window ahead of the
/// excerpt rather than the whole text.
///
/// The window starts at 1 KiB and doubles when a boundary is not found in
/// it, or is found within `margin` bytes of its end (the rules look a few
/// characters past a full stop: SB6–SB8, abbreviations, link checks); the
/// whole text is read only when its first sentences are that long.
struct _ExcerptSentenceCursor {
  let base: UnsafePointer<UInt8>
  let count: Int
  /// How far the scanner may read, in UTF-8 bytes.
  private var window: Int
  /// The next sentence boundary not yet passed.
  private var next: Int

  /// The bytes a boundary must lie before the window's end to be trusted.
  static let margin = 64

  init(_ base: UnsafePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
    self.window = min(count, 1 << 10)
    self.next = 0
    self.next = boundary(after: 0)
  }

  /// Whether a sentence boundary falls exactly at `offset`; offsets must come in increasing order.
  mutating func isBoundary(at offset: Int) -> Bool {
    var found = false
    while next <= offset && next < count {
      if next == offset { found = true }
      next = boundary(after: next)
    }
    return found
  }

  /// The first boundary after `i`, growing the window until it is trusted.
  private mutating func boundary(after i: Int) -> Int {
    guard i < count else { return count }
    while true {
      let scanner = _SentenceScanner(base, start: 0, end: window, breaksAtEveryLine: false)
      let end = scanner.sentenceEnd(from: i)
      if window == count || end &+ Self.margin <= window { return end }
      window = min(count, window &* 2 &+ Self.margin)
    }
  }
}
