internal import CICUShim

/// Owns one ICU `UBiDi` object, from `ubidi_open` to `ubidi_close` in `deinit`.
///
/// Not thread-safe, and deliberately not `Sendable`: a `UBiDi` holds the
/// state of its last `ubidi_setPara` (and points into that call's text), so
/// each owner uses its own handle from one thread at a time.
final class _BidiHandle {
  let raw: UnsafeMutableRawPointer
  /// Preset levels for `ubidi_setPara`, which keeps a pointer to them while the handle is used.
  private var presetLevels: UnsafeMutableBufferPointer<UInt8> = .init(start: nil, count: 0)
  /// The levels of the current paragraph when ``_BidiResolver`` computed them, one per code unit.
  private var resolvedLevels: [UInt8]? = nil
  /// The current paragraph's text and direction, for levels ICU does not report.
  private var text: UnsafeBufferPointer<UInt16> = .init(start: nil, count: 0)
  private var direction: ParagraphDirection = .auto

  /// Opens a `UBiDi` with no preallocated memory; ICU grows it on demand. `ubidi_open`.
  ///
  /// - Throws: `ICUError` (`U_MEMORY_ALLOCATION_ERROR`) when ICU cannot allocate it.
  init() throws {
    guard let raw = aticu_bidi_open() else {
      throw ICUError(code: Int32(ATICU_MEMORY_ALLOCATION_ERROR), operation: "ubidi_open")
    }
    self.raw = raw
  }

  deinit {
    aticu_bidi_close(raw)
    presetLevels.deallocate()
  }

  /// Runs the UBA over one paragraph (no paragraph separator inside, except at its end), which
  /// must stay valid while this handle is used.
  ///
  /// Paragraphs with a directional override get their levels from ``_BidiResolver``, where ICU
  /// deviates from UAX #9, and ICU reorders them from those levels.
  func setParagraph(_ text: UnsafeBufferPointer<UInt16>, direction: ParagraphDirection) throws {
    resolvedLevels = nil
    self.text = text
    self.direction = direction
    if _BidiResolver.needsResolver(text), try setResolvedParagraph(text, direction: direction) { return }
    try setParagraph(text.baseAddress, count: text.count, level: direction.icuLevel)
  }

  /// Sets the paragraph with levels from ``_BidiResolver``; false when they exceed what ICU
  /// accepts as preset levels (deeper than level 125), leaving the paragraph to ICU.
  private func setResolvedParagraph(_ text: UnsafeBufferPointer<UInt16>, direction: ParagraphDirection) throws -> Bool {
    let (paragraphLevel, unitLevels) = Self.resolve(text, direction: direction)
    guard unitLevels.allSatisfy({ $0 <= _BidiResolver.maximumDepth }) else { return false }
    if presetLevels.count < text.count {
      presetLevels.deallocate()
      presetLevels = .allocate(capacity: Swift.max(text.count, 64))
    }
    // The override flag makes ICU take each level as resolved. ICU reports a paragraph whose
    // levels are all even as level 0 throughout (same visual order), so the resolved levels are
    // kept for `levels(count:)`.
    for (unit, level) in unitLevels.enumerated() {
      presetLevels[unit] = level | UInt8(ATICU_BIDI_LEVEL_OVERRIDE)
    }
    resolvedLevels = unitLevels
    var status: Int32 = 0
    aticu_bidi_set_para_with_levels(raw, text.baseAddress, Int32(text.count), paragraphLevel, presetLevels.baseAddress, &status)
    try ICUError.check(status, "ubidi_setPara")
    return true
  }

  /// Runs the UBA over `text`, which must stay valid while this handle is used. `ubidi_setPara`.
  @inline(__always)
  func setParagraph(_ text: UnsafePointer<UInt16>?, count: Int, level: UInt8) throws {
    var status: Int32 = 0
    aticu_bidi_set_para(raw, text, Int32(count), level, &status)
    try ICUError.check(status, "ubidi_setPara")
  }

  /// ``_BidiResolver``'s levels for `text`, one per UTF-16 code unit.
  private static func resolve(
    _ text: UnsafeBufferPointer<UInt16>, direction: ParagraphDirection
  ) -> (paragraphLevel: UInt8, levels: [UInt8]) {
    var codePoints: [UInt32] = []
    codePoints.reserveCapacity(text.count)
    _ = transcode(text.makeIterator(), from: UTF16.self, to: UTF32.self, stoppingOnError: false) {
      codePoints.append($0)
    }
    let (paragraphLevel, levels) = _BidiResolver.resolve(codePoints, direction: direction)
    var unitLevels: [UInt8] = []
    unitLevels.reserveCapacity(text.count)
    for (index, codePoint) in codePoints.enumerated() {
      let width = Unicode.Scalar(codePoint).map { UTF16.width($0) } ?? 1
      for _ in 0..<width { unitLevels.append(levels[index]) }
    }
    return (paragraphLevel, unitLevels)
  }

  /// Makes this handle the line [start, limit) of `paragraph`'s text. `ubidi_setLine`.
  @inline(__always)
  func setLine(of paragraph: _BidiHandle, start: Int, limit: Int) throws {
    var status: Int32 = 0
    aticu_bidi_set_line(paragraph.raw, Int32(start), Int32(limit), raw, &status)
    try ICUError.check(status, "ubidi_setLine")
  }

  /// The level of the (first) paragraph. `ubidi_getParaLevel`.
  var paragraphLevel: UInt8 { aticu_bidi_para_level(raw) }

  /// Whether every level is even, so that visual order equals logical order. `ubidi_getDirection`.
  var isLeftToRightOnly: Bool { aticu_bidi_direction(raw) == Int32(ATICU_BIDI_LTR) }

  /// Levels, one per UTF-16 code unit, after rule L1. `ubidi_getLevels`.
  ///
  /// When every level of a paragraph has the same parity, ICU reports them all as the paragraph
  /// level (the visual order is the same); for a paragraph with explicit embeddings or isolates,
  /// where the true levels differ, they come from ``_BidiResolver``.
  func levels(count: Int) throws -> [UInt8] {
    if let resolvedLevels, resolvedLevels.count == count { return resolvedLevels }
    if aticu_bidi_direction(raw) != Int32(ATICU_BIDI_MIXED) && text.count == count
      && text.contains(where: { BidiControl.raisesLevels($0) })
    {
      return Self.resolve(text, direction: direction).levels
    }
    return try Self.array(count: count, "ubidi_getLevels") { aticu_bidi_levels(raw, $0, &$1) }
  }

  /// The logical UTF-16 index shown at each visual position. `ubidi_getVisualMap`.
  func visualMap(count: Int) throws -> [Int32] {
    try Self.array(count: count, "ubidi_getVisualMap") { aticu_bidi_visual_map(raw, $0, &$1) }
  }

  /// An array of `count` elements filled by the ICU call `fill` (buffer, status).
  ///
  /// - Throws: `ICUError` naming `function` when the status is a failure.
  private static func array<Element>(
    count: Int, _ function: String, _ fill: (UnsafeMutablePointer<Element>, inout Int32) -> Void
  ) throws -> [Element] {
    var status: Int32 = 0
    let result = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      guard count > 0, let base = buffer.baseAddress else { return }
      fill(base, &status)
      initialized = status > 0 ? 0 : count
    }
    try ICUError.check(status, function)
    return result
  }

  /// The number of visual runs. `ubidi_countRuns`.
  @inline(__always)
  func runCount() throws -> Int {
    var status: Int32 = 0
    let count = aticu_bidi_count_runs(raw, &status)
    try ICUError.check(status, "ubidi_countRuns")
    return Int(count)
  }

  /// Visual run `index` (from the left) as (logical UTF-16 start, length, is right-to-left),
  /// after ``runCount()``. `ubidi_getVisualRun`.
  @inline(__always)
  func visualRun(_ index: Int) -> (start: Int, length: Int, isRightToLeft: Bool) {
    var start: Int32 = 0
    var length: Int32 = 0
    let direction = aticu_bidi_visual_run(raw, Int32(index), &start, &length)
    return (Int(start), Int(length), direction == Int32(ATICU_BIDI_RTL))
  }

  /// The visual runs as (logical UTF-16 start, length, is right-to-left). `ubidi_countRuns`, `ubidi_getVisualRun`.
  func visualRuns() throws -> [(start: Int, length: Int, isRightToLeft: Bool)] {
    (0..<(try runCount())).map(visualRun)
  }

  /// Appends the text (or line) in visual order to `output`. `ubidi_writeReordered`.
  ///
  /// ``VisualReorderer`` writes the visual runs itself, keeping grapheme clusters whole; the
  /// tests compare it with this.
  ///
  /// Without options that insert or remove characters the result has as
  /// many code units as the input, so one call fills a buffer sized from
  /// `count`; an overflow is retried once with the size ICU asks for.
  @inline(__always)
  func writeReordered(count: Int, options: UInt16, appendingTo output: inout [UInt16]) throws {
    let start = output.count
    var capacity = count
    while true {
      output.append(contentsOf: repeatElement(0, count: capacity))
      var status: Int32 = 0
      let written = output.withUnsafeMutableBufferPointer { buffer in
        aticu_bidi_write_reordered(raw, buffer.baseAddress.map { $0 + start }, Int32(capacity), options, &status)
      }
      if status == Int32(ATICU_BUFFER_OVERFLOW_ERROR) && Int(written) > capacity {
        output.removeLast(capacity)
        capacity = Int(written)
        continue
      }
      try ICUError.check(status, "ubidi_writeReordered")
      output.removeLast(capacity - Int(written))
      return
    }
  }
}
