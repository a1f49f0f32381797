/// The result of the Unicode Bidirectional Algorithm (UAX #9) for one paragraph:
/// its level, the embedding level of each character, and its visual runs.
///
/// Use it to lay out or draw mixed Arabic and Latin text yourself: draw the
/// ``runs`` from left to right, each run's characters in its direction.
/// For text to print as is on a display without bidi support, use
/// ``VisualReorderer`` instead.
///
/// ```swift
/// let paragraph = try BidiParagraph("نص English نص")
/// paragraph.level                   // 1 (right to left: the first strong letter is Arabic)
/// paragraph.levels.map(\.rawValue)  // [1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1]
/// paragraph.runs.map { paragraph.text[$0.range] }  // [" نص", "English", "نص "], leftmost first
/// paragraph.visualOrder             // [12, 11, 10, 3, 4, 5, 6, 7, 8, 9, 2, 1, 0]
/// ```
///
/// Levels are those after rule L1 (trailing whitespace and separators take
/// the paragraph level), as UAX #9's BidiCharacterTest.txt lists them;
/// characters that rule X9 removes (embedding controls, BN) get a level too,
/// which renderers ignore. Text containing paragraph separators (LF, CR,
/// U+2029, …) is split into paragraphs as rule P1 says, each with its own
/// level and its separator at its end; ``level`` is that of the first, and
/// ``runs`` and ``visualOrder`` list the paragraphs in logical order.
///
/// Paragraphs with a directional override (LRO, RLO) are resolved by this
/// module where ICU 72 deviates from UAX #9 (see the Bidi article); all
/// others are ICU's results as they are.
///
/// A value of this type holds copies of ICU's results and no ICU object, so it is `Sendable`.
public struct BidiParagraph: Hashable, Sendable {
  /// A maximal sequence of characters at the same embedding level, in visual order.
  public struct Run: Hashable, Sendable {
    /// The characters of the run, in logical order.
    public let range: Range<String.Index>
    /// The run's embedding level.
    public let level: BidiLevel
    /// The run's direction (that of its level).
    public var direction: BaseDirection { level.direction }
  }

  /// The analysed text.
  public let text: String
  /// The paragraph embedding level (0 left to right, 1 right to left).
  public let level: BidiLevel
  /// The resolved embedding level of each Unicode scalar of ``text``, in logical order.
  public let levels: [BidiLevel]
  /// The visual runs, from left to right. The corresponding ICU function is `ubidi_getVisualRun`.
  public let runs: [Run]
  /// The offsets of ``text``'s Unicode scalars in visual order, from left to right.
  ///
  /// `visualOrder[0]` is the offset (in `text.unicodeScalars`) of the
  /// leftmost character. Every scalar appears once, bidi controls included.
  /// The corresponding ICU function is `ubidi_getVisualMap`.
  public let visualOrder: [Int]

  /// The base direction of the paragraph (that of ``level``).
  public var baseDirection: BaseDirection { level.direction }

  /// Runs the bidi algorithm over `text`.
  ///
  /// The corresponding ICU function is `ubidi_setPara`; `.auto` passes
  /// `UBIDI_DEFAULT_LTR`, which applies P2–P3 and skips isolates.
  ///
  /// - Parameters:
  ///   - text: The paragraph.
  ///   - direction: How the paragraph level is chosen.
  /// - Throws: `ICUError` when ICU fails (memory allocation).
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-16 code units.
  public init(_ text: String, direction: ParagraphDirection = .auto) throws {
    self.text = text
    let units = _UTF16Transcoding.decode(text)
    let handle = try _BidiHandle()
    var level: UInt8?
    var levels16: [UInt8] = []
    var map16: [Int] = []
    var runs16: [(start: Int, length: Int)] = []
    levels16.reserveCapacity(units.count)
    map16.reserveCapacity(units.count)
    try units.withUnsafeBufferPointer { buffer in
      // P1: each paragraph on its own, its separator with it; paragraphs stay in logical order.
      try _ParagraphSeparators.forEach(in: buffer) { content, separatorEnd in
        let range = content.lowerBound..<separatorEnd
        guard !range.isEmpty else { return }
        let paragraph = UnsafeBufferPointer(rebasing: buffer[range])
        try handle.setParagraph(paragraph, direction: direction)
        if level == nil { level = handle.paragraphLevel }
        levels16 += try handle.levels(count: paragraph.count)
        map16 += try handle.visualMap(count: paragraph.count).map { Int($0) + range.lowerBound }
        runs16 += try handle.visualRuns().map { ($0.start + range.lowerBound, $0.length) }
      }
    }
    if level == nil { level = direction == .rightToLeft ? 1 : 0 }
    self.level = BidiLevel(level ?? 0)

    // UTF-16 offset -> scalar offset; trailing surrogates map to their scalar.
    var scalarOffset = [Int](repeating: 0, count: units.count)
    var levels: [BidiLevel] = []
    levels.reserveCapacity(units.count)
    var scalar = -1
    for (i, unit) in units.enumerated() {
      if !UTF16.isTrailSurrogate(unit) {
        scalar += 1
        levels.append(BidiLevel(levels16[i]))
      }
      scalarOffset[i] = scalar
    }
    self.levels = levels

    var order: [Int] = []
    order.reserveCapacity(levels.count)
    for logical in map16 {
      let offset = scalarOffset[logical]
      if order.last != offset { order.append(offset) }
    }
    self.visualOrder = order

    self.runs = runs16.map { run in
      let lower = String.Index(utf16Offset: run.start, in: text)
      let upper = String.Index(utf16Offset: run.start + run.length, in: text)
      return Run(range: lower..<upper, level: BidiLevel(levels16[run.start]))
    }
  }
}
