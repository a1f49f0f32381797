import ArabicText
internal import CICUShim

/// Rewrites text from logical to visual order, line by line, for displays without bidi support.
///
/// Terminals, receipt printers, image libraries, subtitle burners and
/// legacy systems draw characters from left to right as stored. To show
/// Arabic there, the text must be stored in the order it is seen: each line
/// reordered by the Unicode Bidirectional Algorithm (UAX #9, rules L1–L4),
/// and for displays that do not shape either, its letters replaced by their
/// presentation forms first (``display(direction:)``).
///
/// ```swift
/// let reorderer = try VisualReorderer()
/// try reorderer.reorder("(نص عربي)")            // "(يبرع صن)"
/// try reorderer.reorder("سطر أول\nسطر ثان")     // "لوأ رطس\nناث رطس"
/// try reorderer.reorder("بين ١٩٠٠-١٩٥٠")       // "١٩٥٠-١٩٠٠ نيب"
///
/// let display = try VisualReorderer.display()
/// try display.reorder("أهلا وسهلا")              // "ﻼﻬﺳﻭ ﻼﻫﺃ"
/// ```
///
/// - Each paragraph (text between LF, CR, CR LF, NEL, U+2029 or
///   U+001C–U+001E) is reordered on its own, and a paragraph separator never
///   moves, so lines stay in their order. U+2028 LINE SEPARATOR breaks a
///   paragraph into lines that share its level (rule L1 per line).
/// - Mirrored characters at right-to-left levels take their mirror image
///   (rule L4: "(" at the right end of Arabic text becomes ")").
/// - Combining marks stay after their base character (rule L3), so a
///   terminal draws them on it; more generally, every extended grapheme
///   cluster (UAX #29) in a right-to-left run stays whole and in logical
///   order: emoji with skin tones, ZWJ and tag sequences, flags, keycaps,
///   variation selectors, Hangul jamo. A ZWJ or ZWNJ at the end of a
///   cluster stays between it and the next one.
/// - Bidi controls (``BidiControl``) are removed from the output by
///   default: in visual text they no longer mean anything, and a renderer
///   that does understand them would reorder the text a second time. ZWJ
///   and ZWNJ are always kept.
///
/// Visual text is for display only. Store, search and process text in
/// logical order; a visual copy read back by a bidi-aware program shows
/// reversed.
///
/// A reorderer owns its ICU objects (`UBiDi`) and buffers and reuses them
/// on every call, so making one is the only setup. It is not thread-safe
/// and not `Sendable`: use one per thread or task.
public final class VisualReorderer {
  /// What happens to bidi controls in the visual output.
  public enum ControlHandling: Hashable, Sendable {
    /// Keep them where the reordering puts them.
    case keep
    /// Remove LRE RLE PDF LRO RLO LRI RLI FSI PDI LRM RLM ALM (not ZWJ or ZWNJ).
    case remove
  }

  /// How each paragraph's base direction is chosen.
  public let direction: ParagraphDirection
  /// What happens to bidi controls.
  public let controls: ControlHandling
  /// The shaper applied before reordering, or nil to reorder only.
  public let shaper: ArabicShaper?

  private let paragraph: _BidiHandle
  private let line: _BidiHandle
  private var source: [UInt16] = []
  private var shaped: [UInt16] = []
  private var visual: [UInt16] = []
  private var bytes: [UInt8] = []
  /// Cluster starts of the right-to-left run being written.
  private var clusterStarts: [Int32] = []
  /// Whether all-right-to-left paragraphs skip `ubidi_setPara` (see `_RightToLeftFastPath`);
  /// tests turn it off to compare both paths.
  var usesFastPath = true

  /// A reorderer for paragraphs of the given direction.
  ///
  /// - Parameters:
  ///   - direction: `.auto` (each paragraph from its first strong character, UAX #9 P2–P3),
  ///     or a forced direction.
  ///   - shaper: A shaper to apply to the logical text first; nil to reorder only.
  ///   - controls: Whether bidi controls are kept in the output.
  /// - Throws: `ICUError` when ICU cannot allocate its bidi objects (`ubidi_open`).
  public init(direction: ParagraphDirection = .auto, shaper: ArabicShaper? = nil, controls: ControlHandling = .remove)
    throws
  {
    self.direction = direction
    self.shaper = shaper
    self.controls = controls
    self.paragraph = try _BidiHandle()
    self.line = try _BidiHandle()
  }

  /// A reorderer that shapes Arabic letters before reordering: text for terminals and other
  /// displays that neither reorder nor shape.
  ///
  /// ```swift
  /// try VisualReorderer.display().reorder("قهوة")  // "ﺔﻮﻬﻗ"
  /// ```
  ///
  /// - Throws: `ICUError` when ICU cannot allocate its bidi objects.
  public static func display(direction: ParagraphDirection = .auto) throws -> VisualReorderer {
    try VisualReorderer(direction: direction, shaper: ArabicShaper())
  }

  /// The text in visual order (shaped first when the reorderer has a shaper).
  ///
  /// - Throws: `ICUError` when ICU fails (`ubidi_setPara`, `ubidi_getVisualRun`).
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-16 code units.
  public func reorder<S: StringProtocol>(_ text: S) throws -> String {
    var string = String(text)
    // The UTF-8 result goes through a buffer kept between calls, then into the string.
    var output = bytes
    bytes = []
    defer {
      output.removeAll(keepingCapacity: true)
      bytes = output
    }
    try string.withUTF8 { try reorder(utf8: $0, appendingTo: &output) }
    return _UTF16Transcoding.string(utf8: output)
  }

  /// Reorders the valid UTF-8 `bytes` and appends the visual text, in UTF-8, to `output`.
  ///
  /// Give whole lines per call: a paragraph cut in two is reordered as two.
  ///
  /// - Throws: `ICUError` when ICU fails.
  /// - Complexity: O(*n*), where *n* is `bytes.count`.
  public func reorder(utf8 bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) throws {
    source.removeAll(keepingCapacity: true)
    _UTF16Transcoding.decode(bytes, appendingTo: &source)
    if let shaper {
      source.withUnsafeBufferPointer { shaper.shape(utf16: $0, into: &shaped) }
      swap(&source, &shaped)
    }
    visual.removeAll(keepingCapacity: true)
    try source.withUnsafeBufferPointer { text in
      try reorderParagraphs(text)
    }
    let removesControls = controls == .remove
    let controlUnits = _BidiControlUnits.shared
    visual.withUnsafeBufferPointer { units in
      if removesControls {
        _UTF16Transcoding.encode(units, appendingTo: &output, dropping: { controlUnits.contains($0) })
      } else {
        _UTF16Transcoding.encode(units, appendingTo: &output)
      }
    }
  }

  /// Appends each paragraph of `text` in visual order to `visual`, separators in place.
  private func reorderParagraphs(_ text: UnsafeBufferPointer<UInt16>) throws {
    try _ParagraphSeparators.forEach(in: text) { content, separatorEnd in
      try reorderParagraph(UnsafeBufferPointer(rebasing: text[content]))
      visual.append(contentsOf: text[content.upperBound..<separatorEnd])
    }
  }

  /// Appends one paragraph (no paragraph separator inside) in visual order to `visual`.
  private func reorderParagraph(_ text: UnsafeBufferPointer<UInt16>) throws {
    let n = text.count
    guard n > 0 else { return }
    // Below U+0590 every character is left-to-right or weak/neutral: with no right-to-left
    // paragraph level, no embedding and no isolate, the visual order is the logical order.
    let rightToLeftStart = UInt16(ArabicScalars.firstRightToLeftBlockStart.value)
    if direction != .rightToLeft && !text.contains(where: { $0 >= rightToLeftStart }) {
      visual.append(contentsOf: text)
      return
    }
    // Most lines of Arabic prose resolve to level 1 throughout: reversed without ICU's bidi.
    if direction != .leftToRight && usesFastPath
      && _RightToLeftFastPath.reorder(
        text, isForcedRightToLeft: direction == .rightToLeft, appendingTo: &visual, starts: &clusterStarts)
    {
      return
    }
    try paragraph.setParagraph(text, direction: direction)
    if paragraph.isLeftToRightOnly {
      visual.append(contentsOf: text)
      return
    }
    let lineSeparator = UInt16(ArabicScalars.lineSeparator.value)
    guard let firstBreak = text.firstIndex(of: lineSeparator) else {
      try writeVisualRuns(of: paragraph, text: text)
      return
    }
    // Lines within the paragraph, each reordered on its own (UAX #9 rules L1–L4 apply per line).
    var start = 0
    var end = firstBreak
    while true {
      if end > start {
        try line.setLine(of: paragraph, start: start, limit: end)
        try writeVisualRuns(of: line, text: UnsafeBufferPointer(rebasing: text[start..<end]))
      }
      guard end < n else { break }
      visual.append(lineSeparator)
      start = end + 1
      end = text[start...].firstIndex(of: lineSeparator) ?? n
    }
  }

  /// Appends the visual runs of a paragraph or line set in `handle`, from left to right:
  /// left-to-right runs as they are, right-to-left runs cluster by cluster (``_ReversedRun``).
  ///
  /// This writes what `ubidi_writeReordered` writes with `UBIDI_DO_MIRRORING` and
  /// `UBIDI_KEEP_BASE_COMBINING`, except that every extended grapheme cluster, not only a base
  /// character and its combining marks, stays whole.
  private func writeVisualRuns(of handle: _BidiHandle, text: UnsafeBufferPointer<UInt16>) throws {
    let count = try handle.runCount()
    let needsBoundaries = _ReversedRun.needsClusterBoundaries(text)
    for index in 0..<count {
      let run = handle.visualRun(index)
      let slice = UnsafeBufferPointer(rebasing: text[run.start..<(run.start + run.length)])
      if run.isRightToLeft && needsBoundaries {
        _ReversedRun.append(slice, to: &visual, starts: &clusterStarts)
      } else if run.isRightToLeft {
        _ReversedRun.appendMarkSequences(slice, to: &visual)
      } else {
        visual.append(contentsOf: slice)
      }
    }
  }
}

extension StringProtocol {
  /// The text in visual order, line by line, for displays without bidi support.
  ///
  /// ```swift
  /// try "(نص عربي)".visuallyReordered()  // "(يبرع صن)"
  /// ```
  ///
  /// This makes a ``VisualReorderer`` for the call; to reorder many strings, make one and reuse it.
  ///
  /// - Parameters:
  ///   - direction: How each paragraph's direction is chosen.
  ///   - controls: Whether bidi controls are kept (default: removed).
  /// - Throws: `ICUError` when ICU fails.
  /// - Complexity: O(*n*), where *n* is the length of the text in UTF-16 code units.
  public func visuallyReordered(
    direction: ParagraphDirection = .auto, controls: VisualReorderer.ControlHandling = .remove
  ) throws -> String {
    try VisualReorderer(direction: direction, controls: controls).reorder(self)
  }

  /// The text shaped and then reordered to visual order: what a terminal without bidi or
  /// shaping support must be given to show Arabic correctly.
  ///
  /// ```swift
  /// try "أهلا وسهلا".visualDisplay()  // "ﻼﻬﺳﻭ ﻼﻫﺃ"
  /// ```
  ///
  /// - Parameter direction: How each paragraph's direction is chosen.
  /// - Throws: `ICUError` when ICU fails.
  /// - Complexity: O(*n*), where *n* is the length of the text in UTF-16 code units.
  public func visualDisplay(direction: ParagraphDirection = .auto) throws -> String {
    try VisualReorderer.display(direction: direction).reorder(self)
  }
}
