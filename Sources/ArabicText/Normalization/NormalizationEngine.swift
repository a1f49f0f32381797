/// The single pass behind ``ArabicNormalizer``: reads UTF-8, applies the
/// rules of one configuration, and writes UTF-8.
///
/// The hot loop handles ASCII and the Arabic block without branching on the
/// character: one lookup in the configuration's packed table gives the output
/// bytes, the output and input lengths, and whether the general path
/// (`handle`) is needed. The output buffer always has room for the rest of the
/// input plus a margin while the loop runs, so it writes without capacity
/// checks.
///
/// State is read from the *output* (the last starter written, the marks
/// after it), so removed characters are transparent: the marks on both sides
/// of a removed tatweel form one run, and the result is idempotent.
///
/// Combining marks are inserted in canonical order (a stable order by
/// canonical combining class, UAX #15) as they are written. Ordering works in
/// blocks of at most 30 marks, the Stream-Safe Text Format limit of UAX #15
/// §13, so the work per mark is bounded whatever the input.
///
/// Under the whitespace fold a space is written at once, unless the previous
/// output is a space or the line is empty, and taken back at a line end or
/// at the end of the text.
@usableFromInline
struct _NormalizationEngine {
  @usableFromInline typealias Rule = _NormalizationRules.Rule
  typealias Entry = _NormalizationRules.FastEntry

  /// The UAX #15 §13 limit on consecutive non-starters.
  static let maxRunLength = 30
  /// Spare output capacity kept beyond the remaining input (a space, a composed letter, a 2-byte store).
  static let margin = 16

  let rules: _NormalizationRules
  var out: _ByteBuffer

  /// A space is owed at the start of the next record (whitespace fold).
  var pendingSpace = false
  /// Output offset where the current line starts; -1 when it started in an earlier record.
  var lineStart = 0
  /// Offset of the last Arabic-block starter written, or -1.
  var starterOffset = -1
  /// The scalar read for the starter at `starterSourceOffset`, when it was replaced by a fold.
  var starterSource: UInt32 = 0
  var starterSourceOffset = -2
  /// Where the current run of marks starts: just after the last starter.
  var runStart = 0

  init(rules: _NormalizationRules, capacity: Int) {
    self.rules = rules
    self.out = _ByteBuffer(capacity: capacity + Self.margin)
  }

  // MARK: - Main loop

  /// Processes `input` (valid UTF-8, ending at a scalar boundary). The
  /// lookahead of ZWNJ and digit separators reads within `input` only.
  @usableFromInline
  mutating func run(_ input: UnsafeBufferPointer<UInt8>) {
    guard let p = input.baseAddress, input.count > 0 else { return }
    let n = input.count
    out.reserve(n &+ Self.margin)
    if pendingSpace {
      out.append(0x20)
      pendingSpace = false
    }
    let table = rules.fast
    let scanner = rules.scanner!
    let scans = scanner.isUseful
    var o = out.base
    var j = out.count
    var starterOffset = self.starterOffset
    var runStart = self.runStart
    var lineStart = self.lineStart
    var previousIsSpace = j > 0 && o[j &- 1] == 0x20
    // The class of the last mark written after the last starter (0 after a starter) and the marks' count.
    var lastCCC = lastCombiningClassInRun()
    var runCount = lastCCC == 0 ? 0 : Self.maxRunLength
    var i = 0
    var scanFrom = 0
    // Two bytes are read at each step; the last byte goes through the general path.
    let end = n &- 1
    while i < end {
      if scans && i >= scanFrom && i &+ 17 <= n {
        // Copy the bytes before the first one that needs a look.
        var clean = scanner.firstNeedingLook(p + i)
        if clean > 0 && p[i] == 0x20 && scanner.collapsesSpaces && (previousIsSpace || j == lineStart) { clean = 0 }
        if clean == 16 && p[i &+ 15] >= 0xC0 { clean = 15 }
        if clean > 0 {
          UnsafeMutableRawPointer(o + j).storeBytes(
            of: UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self), as: SIMD16<UInt8>.self)
          i &+= clean
          j &+= clean
          runStart = j
          lastCCC = 0
          runCount = 0
          starterOffset = o[j &- 2] & 0xFC == 0xD8 ? j &- 2 : -1
          previousIsSpace = o[j &- 1] == 0x20
        }
        // After a stop, the next sixteen bytes go through the step below.
        if clean < 15 { scanFrom = i &+ 16 }
        continue
      }
      let b0 = p[i]
      let entry: UInt32
      if b0 < 0x80 {
        entry = table[Int(b0)]
      } else if b0 & 0xFC == 0xD8 {
        entry = table[256 | (Int(b0 & 0x03) << 6 | Int(p[i &+ 1] & 0x3F))]
      } else {
        entry = Entry.general
      }
      if entry & Entry.general == 0 {
        let ccc = UInt8(truncatingIfNeeded: entry >> Entry.combiningClassShift)
        if ccc == 0 {
          var outputLength = Int((entry >> Entry.outputLengthShift) & 0x3)
          let isSpace = entry & Entry.space != 0
          if isSpace && (previousIsSpace || j == lineStart) { outputLength = 0 }
          UnsafeMutableRawPointer(o + j).storeBytes(of: UInt16(truncatingIfNeeded: entry), as: UInt16.self)
          if entry & Entry.arabicOutput != 0 { starterOffset = j }
          if outputLength != 0 {
            previousIsSpace = isSpace
            j &+= outputLength
            runStart = j
            lastCCC = 0
            runCount = 0
          }
          i &+= b0 < 0x80 ? 1 : 2
          continue
        }
        if ccc >= lastCCC && runCount < Self.maxRunLength {
          // A kept mark already in canonical order.
          UnsafeMutableRawPointer(o + j).storeBytes(of: UInt16(truncatingIfNeeded: entry), as: UInt16.self)
          j &+= 2
          lastCCC = ccc
          runCount &+= 1
          previousIsSpace = false
          i &+= 2
          continue
        }
      }
      // The general path, with the state written back.
      out.count = j
      self.starterOffset = starterOffset
      self.runStart = runStart
      self.lineStart = lineStart
      let (scalar, length) = _UTF8.decode(p, at: i)
      handle(scalar, rules.rule(for: scalar), p, i &+ length, n)
      i &+= length
      out.reserve(n &- i &+ Self.margin)
      o = out.base
      j = out.count
      starterOffset = self.starterOffset
      runStart = self.runStart
      lineStart = self.lineStart
      previousIsSpace = j > 0 && o[j &- 1] == 0x20 && j != lineStart
      lastCCC = lastCombiningClassInRun()
      runCount = lastCCC == 0 ? 0 : Self.maxRunLength
    }
    out.count = j
    self.starterOffset = starterOffset
    self.runStart = runStart
    self.lineStart = lineStart
    if i < n {
      let (scalar, length) = _UTF8.decode(p, at: i)
      handle(scalar, rules.rule(for: scalar), p, i &+ length, n)
    }
  }

  /// The combining class of the last mark after the last starter, or 0.
  func lastCombiningClassInRun() -> UInt8 {
    guard out.count > runStart, let last = _UTF8.decodeLast(UnsafePointer(out.base), before: out.count) else {
      return 0
    }
    return rules.combiningClass(last.scalar)
  }

  /// Ends the text: drops a trailing space.
  @usableFromInline
  mutating func finish() {
    dropTrailingSpace()
    applyCaseEndings()
  }

  /// Ends a record: a trailing space is held back for the next record.
  @usableFromInline
  mutating func endRecord() {
    if dropTrailingSpace() { pendingSpace = true }
    applyCaseEndings()
  }

  mutating func applyCaseEndings() {
    if rules.stripsCaseEndings {
      _CaseEndings.strip(&out, marks: rules.stripper.marks.intersection(.caseEnding))
    }
  }

  /// Removes a space written by the whitespace fold at the end of the output.
  @discardableResult
  mutating func dropTrailingSpace() -> Bool {
    guard rules.folds.contains(.whitespace), out.count > 0, out.count != lineStart,
      out.base[out.count - 1] == 0x20
    else { return false }
    out.count -= 1
    if runStart > out.count { runStart = out.count }
    return true
  }

  /// Empties the output after it has been consumed; later marks cannot reach back into it.
  @usableFromInline
  mutating func resetOutput() {
    lineStart = lineStart == out.count ? 0 : -1
    out.count = 0
    starterOffset = -1
    starterSourceOffset = -2
    runStart = 0
  }

  // MARK: - The general path

  /// Applies `rule` to `scalar`; `next` is the input offset after it.
  mutating func handle(_ scalar: UInt32, _ rule: Rule, _ p: UnsafePointer<UInt8>, _ next: Int, _ n: Int) {
    switch rule.kind {
    case .starter:
      emitStarter(scalar, source: scalar)
    case .mark:
      emitMark(scalar, ccc: rule.ccc)
    case .drop:
      break
    case .replace:
      emitStarter(rule.replacement, source: scalar)
    case .composing:
      if compose(scalar, ccc: rule.ccc) { return }
      if !rule.dropIfAlone { emitMark(scalar, ccc: rule.ccc) }
    case .zeroWidthNonJoiner:
      if previousOutputIsWordScalar(), nextInputIsWordScalar(p, next, n) {
        emitStarter(scalar, source: scalar)
      }
    case .digitSeparator:
      if out.count > 0, _isASCIIDigit(out.base[out.count - 1]), nextInputIsDigit(p, next, n) {
        emitStarter(rule.replacement, source: scalar)
      } else {
        emitStarter(scalar, source: scalar)
      }
    case .space:
      if out.count != lineStart && out.base[out.count - 1] != 0x20 {
        out.append(0x20)
        starterOffset = -1
        runStart = out.count
      }
    case .lineEnd:
      dropTrailingSpace()
      out.append(scalar: scalar)
      lineStart = out.count
      starterOffset = -1
      runStart = out.count
    case .expand:
      guard let expansion = _PresentationForms.expansion(of: scalar) else { return }
      for unit in expansion {
        let value = UInt32(unit)
        handle(value, rules.rule(for: value), p, next, n)
      }
    }
  }

  mutating func emitStarter(_ scalar: UInt32, source: UInt32) {
    out.reserve(4)
    if scalar & ~0xFF == 0x0600 {
      starterOffset = out.count
      if source != scalar {
        starterSource = source
        starterSourceOffset = out.count
      }
    } else {
      starterOffset = -1
    }
    out.append(scalar: scalar)
    runStart = out.count
  }

  /// Writes a mark in canonical order among the marks of the current run.
  mutating func emitMark(_ scalar: UInt32, ccc: UInt8) {
    // Walk back over the run: count its marks and find where this one goes.
    let base = UnsafePointer(out.base)
    var insertAt = out.count
    var position = out.count
    var count = 0
    var ordered = true
    while position > runStart {
      guard let (previous, start) = _UTF8.decodeLast(base, before: position) else { break }
      count += 1
      if ordered && rules.combiningClass(previous) > ccc {
        insertAt = start
      } else {
        ordered = false
      }
      position = start
    }
    if count >= Self.maxRunLength {
      // A new stream-safe block: no reordering across it, no composition into it.
      runStart = out.count
      starterOffset = -1
      insertAt = out.count
    }
    let width = _UTF8.width(scalar)
    out.reserve(width)
    let tail = out.count - insertAt
    if tail > 0 { (out.base + insertAt + width).update(from: out.base + insertAt, count: tail) }
    _ = _UTF8.encode(scalar, into: out.base + insertAt)
    out.count += width
  }

  /// Canonical composition of a maddah or hamza mark with the last starter
  /// (as read, or as folded); true when composed.
  mutating func compose(_ mark: UInt32, ccc: UInt8) -> Bool {
    guard starterOffset >= 0, runStart == starterOffset + 2 else { return false }
    // Blocked by a mark of the run with a class at least as high (UAX #15, D115).
    var position = out.count
    let base = UnsafePointer(out.base)
    while position > runStart {
      guard let (previous, start) = _UTF8.decodeLast(base, before: position) else { break }
      if rules.combiningClass(previous) >= ccc { return false }
      position = start
    }
    let written = _UTF8.decode(base, at: starterOffset).scalar
    let source = starterSourceOffset == starterOffset ? starterSource : written
    guard let composed = _ArabicComposition.compose(source, mark) ?? _ArabicComposition.compose(written, mark)
    else { return false }
    let folded = rules.foldedLetter(composed)
    // Every composed letter and its folds are 2-byte scalars of the Arabic block.
    _ = _UTF8.encode(folded, into: out.base + starterOffset)
    starterSource = composed
    starterSourceOffset = starterOffset
    return true
  }

  // MARK: - Context

  func previousOutputIsWordScalar() -> Bool {
    guard let last = _UTF8.decodeLast(UnsafePointer(out.base), before: out.count) else { return false }
    return _NormalizationRules.isWordScalar(last.scalar)
  }

  func nextInputIsWordScalar(_ p: UnsafePointer<UInt8>, _ next: Int, _ n: Int) -> Bool {
    guard next < n else { return false }
    return _NormalizationRules.isWordScalar(_UTF8.decode(p, at: next).scalar)
  }

  func nextInputIsDigit(_ p: UnsafePointer<UInt8>, _ next: Int, _ n: Int) -> Bool {
    guard next < n else { return false }
    let scalar = _UTF8.decode(p, at: next).scalar
    return (0x30...0x39).contains(scalar)
      || (ArabicScalars.arabicIndicDigitZero.value...ArabicScalars.arabicIndicDigitNine.value).contains(scalar)
      || (ArabicScalars.extendedArabicIndicDigitZero.value...ArabicScalars.extendedArabicIndicDigitNine.value)
        .contains(scalar)
  }
}

@inline(__always)
func _isASCIIDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
