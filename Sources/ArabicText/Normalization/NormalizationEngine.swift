/// The single pass behind ``ArabicNormalizer``: reads UTF-8, applies the
/// rules of one configuration, and writes UTF-8.
///
/// The hot loop handles ASCII and the Arabic block with one lookup in the
/// configuration's packed table, which gives the output bytes, the output
/// length and whether the general path (`handle`) is needed; runs the
/// configuration leaves unchanged are found sixteen bytes at a time and
/// copied. The output buffer always has room for the rest of the input plus a
/// margin while the loop runs, so it writes without capacity checks.
///
/// State is read back from the *output* (the last starter written, the marks
/// after it), so removed characters are transparent: the marks on both sides
/// of a removed tatweel form one run, and the result is idempotent.
///
/// Combining marks are written in canonical order (a stable order by
/// canonical combining class, UAX #15): a mark whose class is not lower than
/// the previous mark's is appended; another is inserted among the marks
/// after the last starter. Ordering and composition look back at most 30
/// marks, the Stream-Safe Text Format limit of UAX #15 §13, so the work per
/// mark is bounded whatever the input.
///
/// Under the whitespace fold a space is written at once, unless the previous
/// output is a space or the line is empty, and taken back at a line end or at
/// the end of the text.
@usableFromInline
struct _NormalizationEngine {
  @usableFromInline typealias Rule = _NormalizationRules.Rule
  typealias Entry = _NormalizationRules.FastEntry

  /// The UAX #15 §13 limit on consecutive non-starters.
  static let maxRunLength = 30
  /// Spare output capacity kept beyond the remaining input (a space, a composed letter, a 16-byte copy).
  static let margin = 32

  let rules: _NormalizationRules
  var out: _ByteBuffer

  /// A space is owed at the start of the next record (whitespace fold).
  var pendingSpace = false
  /// Output offset where the current line starts; -1 when it started in an earlier record.
  var lineStart = 0
  /// The scalar read for the starter written at `starterSourceOffset`, when a fold replaced it.
  var starterSource: UInt32 = 0
  var starterSourceOffset = -2
  /// Input offset of a hamza mark already written as the letter ئ with its tatweel seat.
  var seatedHamzaOffset = -1
  /// The last look-ahead past removed scalars (``nextWrittenScalar(_:_:_:)``), in offsets of the
  /// input being run; `found` is UInt32.max when it reached the end.
  var lookahead = (start: -1, end: -2, found: UInt32.max)

  init(rules: _NormalizationRules, capacity: Int) {
    self.rules = rules
    self.out = _ByteBuffer(capacity: capacity + Self.margin)
  }

  // MARK: - Main loop

  /// Processes `input` (valid UTF-8, ending at a scalar boundary). The
  /// lookahead of ZWNJ and digit separators reads within `input` only.
  @usableFromInline
  mutating func run(_ input: UnsafeBufferPointer<UInt8>) {
    // Two copies of the loop: with the scanner, and without it (its state would
    // take registers from the step loop).
    if rules.scanner.isUseful {
      run(input, scanning: true)
    } else {
      run(input, scanning: false)
    }
  }

  @inline(__always)
  mutating func run(_ input: UnsafeBufferPointer<UInt8>, scanning scans: Bool) {
    guard let p = input.baseAddress, input.count > 0 else { return }
    let n = input.count
    lookahead = (-1, -2, UInt32.max)
    out.reserve(n &+ Self.margin)
    if pendingSpace {
      out.append(0x20)
      pendingSpace = false
    }
    let table = rules.fast
    let combiningClass = rules.arabicCombiningClass
    let scanner = rules.scanner!
    let collapsesSpaces = scanner.collapsesSpaces
    var o = out.base
    var j = out.count
    var lineStart = self.lineStart
    var i = 0
    var scanFrom = 0
    // Two bytes are read at each step; the last byte goes through the general path.
    let end = n &- 1
    while i < end {
      if scans && i >= scanFrom && i &+ 17 <= n {
        // Copy the bytes before the first one that needs a look.
        var clean = scanner.firstNeedingLook(p + i)
        if clean > 0 && collapsesSpaces && p[i] == 0x20 && (j == lineStart || (j != 0 && o[j &- 1] == 0x20)) {
          clean = 0
        }
        if clean == 16 && p[i &+ 15] >= 0xC0 { clean = 15 }
        if clean > 0 {
          UnsafeMutableRawPointer(o + j).storeBytes(
            of: UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self), as: SIMD16<UInt8>.self)
          i &+= clean
          j &+= clean
        }
        // Text that stops the scan at once goes sixteen bytes through the steps below.
        if clean == 0 { scanFrom = i &+ 16 }
        continue
      }
      if i &+ 8 <= n {
        // Four scalars of U+0600–U+067F at once when none needs more than a table entry.
        let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
        if word & 0x00FE_00FE_00FE_00FE == 0x00D8_00D8_00D8_00D8 {
          @inline(__always) func index(_ shift: UInt64) -> Int {
            256 | Int(truncatingIfNeeded: (word >> shift & 0x01) << 6 | (word >> (shift &+ 8) & 0x3F))
          }
          let e0 = table[index(0)], e1 = table[index(16)], e2 = table[index(32)], e3 = table[index(48)]
          if (e0 | e1 | e2 | e3) & (Entry.general | Entry.combiningClassMask) == 0 {
            let shift = Entry.outputLengthShift
            UnsafeMutableRawPointer(o + j).storeBytes(of: UInt16(truncatingIfNeeded: e0), as: UInt16.self)
            j &+= Int((e0 >> shift) & 0x3)
            UnsafeMutableRawPointer(o + j).storeBytes(of: UInt16(truncatingIfNeeded: e1), as: UInt16.self)
            j &+= Int((e1 >> shift) & 0x3)
            UnsafeMutableRawPointer(o + j).storeBytes(of: UInt16(truncatingIfNeeded: e2), as: UInt16.self)
            j &+= Int((e2 >> shift) & 0x3)
            UnsafeMutableRawPointer(o + j).storeBytes(of: UInt16(truncatingIfNeeded: e3), as: UInt16.self)
            j &+= Int((e3 >> shift) & 0x3)
            i &+= 8
            continue
          }
        }
      }
      let b0 = p[i]
      if b0 < 0x80 {
        let entry = table[Int(b0)]
        if entry & (Entry.general | Entry.space) == 0 {
          o[j] = b0
          j &+= 1
          i &+= 1
          continue
        }
        if entry & Entry.space != 0 {
          // Whitespace fold: one space per run, none at the start of a line.
          if j != lineStart && (j == 0 || o[j &- 1] != 0x20) {
            o[j] = 0x20
            j &+= 1
          }
          i &+= 1
          continue
        }
      } else if b0 & 0xFC == 0xD8 {
        let entry = table[256 | (Int(b0 & 0x03) << 6 | Int(p[i &+ 1] & 0x3F))]
        if entry & Entry.general == 0 {
          let ccc = entry >> Entry.combiningClassShift
          var inOrder = true
          if ccc != 0 {
            // A kept mark: appended when not lower than the previous scalar's class.
            if j >= 2 && o[j &- 2] & 0xFC == 0xD8 {
              inOrder = UInt32(combiningClass[Int(o[j &- 2] & 0x03) << 6 | Int(o[j &- 1] & 0x3F)]) <= ccc
            } else {
              inOrder = j >= 1 && o[j &- 1] < 0x80
            }
          }
          if inOrder {
            UnsafeMutableRawPointer(o + j).storeBytes(of: UInt16(truncatingIfNeeded: entry), as: UInt16.self)
            j &+= Int((entry >> Entry.outputLengthShift) & 0x3)
            i &+= 2
            continue
          }
        }
      }
      // The general path.
      out.count = j
      self.lineStart = lineStart
      let (scalar, length) = _UTF8.decode(p, at: i)
      handle(scalar, rules.rule(for: scalar), p, i &+ length, n)
      i &+= length
      out.reserve(n &- i &+ Self.margin)
      o = out.base
      j = out.count
      lineStart = self.lineStart
    }
    out.count = j
    self.lineStart = lineStart
    if i < n {
      let (scalar, length) = _UTF8.decode(p, at: i)
      handle(scalar, rules.rule(for: scalar), p, i &+ length, n)
    }
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
    return true
  }

  /// Empties the output after it has been consumed; later marks cannot reach back into it.
  @usableFromInline
  mutating func resetOutput() {
    lineStart = lineStart == out.count ? 0 : -1
    out.count = 0
    starterSourceOffset = -2
    seatedHamzaOffset = -1
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
      if scalar == ArabicScalars.tatweel.value { removeTatweel(p, next, n) }
    case .replace:
      emitStarter(rule.replacement, source: scalar)
    case .composing:
      if next - 2 == seatedHamzaOffset { return }
      if compose(scalar, ccc: rule.ccc) { return }
      if !rule.dropIfAlone { emitMark(scalar, ccc: rule.ccc) }
    case .zeroWidthNonJoiner:
      if previousOutputIsWordScalar(), nextOutputIsWordScalar(p, next, n) {
        emitStarter(scalar, source: scalar)
      }
    case .zeroWidthSpace:
      if previousOutputIsWordScalar(), nextOutputIsWordScalar(p, next, n) {
        emitStarter(0x20, source: scalar)
      }
    case .superscriptAlefToAlef:
      writeSuperscriptAlef(rule.replacement)
    case .digitSeparator:
      if out.count > 0, _isASCIIDigit(out.base[out.count - 1]), nextInputIsDigit(p, next, n) {
        emitStarter(rule.replacement, source: scalar)
      } else {
        emitStarter(scalar, source: scalar)
      }
    case .space:
      if out.count != lineStart && (out.count == 0 || out.base[out.count - 1] != 0x20) {
        out.append(0x20)
      }
    case .lineEnd:
      dropTrailingSpace()
      out.append(scalar: scalar)
      lineStart = out.count
    case .expand:
      guard let expansion = _PresentationForms.expansion(of: scalar) else { return }
      for unit in expansion {
        let value = UInt32(unit)
        handle(value, rules.rule(for: value), p, next, n)
      }
    }
  }

  /// The tatweel fold: removes a tatweel, unless it is the seat of a hamza
  /// above among its marks (ـٔ, Uthmani spelling), which becomes ئ U+0626 (then
  /// folded like any ئ); the hamza mark is then skipped when it is reached.
  mutating func removeTatweel(_ p: UnsafePointer<UInt8>, _ next: Int, _ n: Int) {
    guard let position = seatedHamza(p, next, n) else { return }
    let seated = ArabicScalars.yehWithHamzaAbove.value
    emitStarter(rules.foldedLetter(seated), source: seated)
    seatedHamzaOffset = position
  }

  /// The input offset of a hamza above among the marks after a tatweel that ends at `next`, or nil.
  func seatedHamza(_ p: UnsafePointer<UInt8>, _ next: Int, _ n: Int) -> Int? {
    var position = next
    var marks = 0
    while position < n && marks < Self.maxRunLength {
      let (scalar, length) = _UTF8.decode(p, at: position)
      if scalar == ArabicScalars.hamzaAbove.value { return position }
      if rules.combiningClass(scalar) == 0 { return nil }
      marks += 1
      position += length
    }
    return nil
  }

  mutating func emitStarter(_ scalar: UInt32, source: UInt32) {
    if source != scalar
      && (_ArabicComposition.isBase(source) || source == ArabicScalars.alefMaksura.value
        || source == ArabicScalars.superscriptAlef.value)
    {
      starterSource = source
      starterSourceOffset = out.count
    }
    out.append(scalar: scalar)
  }

  /// The marks after the last starter: where they start, how many (at most
  /// `maxRunLength`), and the offset of the starter before them (-1 when the
  /// walk stopped at `maxRunLength` or at the start of the output).
  func lastRun() -> (start: Int, count: Int, starter: Int) {
    let base = UnsafePointer(out.base)
    var position = out.count
    var count = 0
    while let (scalar, start) = _UTF8.decodeLast(base, before: position) {
      if rules.combiningClass(scalar) == 0 { return (position, count, start) }
      count += 1
      position = start
      if count == Self.maxRunLength { return (position, count, -1) }
    }
    return (position, count, -1)
  }

  /// Writes a mark in canonical order among the marks after the last starter
  /// (after those of its class, or before them when it comes `beforeEqual`).
  mutating func emitMark(_ scalar: UInt32, ccc: UInt8, beforeEqual: Bool = false) {
    let base = UnsafePointer(out.base)
    let run = lastRun()
    var insertAt = out.count
    if run.count < Self.maxRunLength {
      // Before the marks of a higher class at the end of the run (stable: after equal ones).
      while insertAt > run.start, let (previous, start) = _UTF8.decodeLast(base, before: insertAt),
        rules.combiningClass(previous) > ccc || (beforeEqual && rules.combiningClass(previous) == ccc)
      {
        insertAt = start
      }
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
    let run = lastRun()
    guard run.starter >= 0, run.start == run.starter + 2, out.base[run.starter] & 0xFC == 0xD8 else { return false }
    // Blocked by a mark of the run with the same class (UAX #15, D115): in canonical order the
    // marks of lower classes come before this one and do not block, those of higher classes after it.
    let base = UnsafePointer(out.base)
    var position = out.count
    while position > run.start, let (previous, start) = _UTF8.decodeLast(base, before: position) {
      if rules.combiningClass(previous) == ccc { return false }
      position = start
    }
    let written = _UTF8.decode(base, at: run.starter).scalar
    let source = starterSourceOffset == run.starter ? starterSource : written
    // An alef written for a superscript alef keeps its maddah apart (يَٰٓ → يا, not يآ).
    if source == ArabicScalars.superscriptAlef.value { return false }
    guard let composed = _ArabicComposition.compose(source, mark) ?? _ArabicComposition.compose(written, mark)
    else { return recompose(mark, ccc: ccc, starter: run.starter, letters: source, written) }
    let folded = rules.foldedLetter(composed)
    // Every composed letter and its folds are 2-byte scalars of the Arabic block.
    _ = _UTF8.encode(folded, into: out.base + run.starter)
    starterSource = composed
    starterSourceOffset = run.starter
    return true
  }

  /// NFC decomposes a precomposed letter before it composes: آ or أ (ا with
  /// maddah or hamza above, class 230) followed by hamza below (class 220)
  /// is إ followed by the maddah or hamza above. True when recomposed.
  mutating func recompose(_ mark: UInt32, ccc: UInt8, starter: Int, letters: UInt32...) -> Bool {
    for letter in letters {
      guard let (base, first) = _ArabicComposition.decompose(letter), rules.combiningClass(first) > ccc,
        let composed = _ArabicComposition.compose(base, mark)
      else { continue }
      _ = _UTF8.encode(rules.foldedLetter(composed), into: out.base + starter)
      starterSource = composed
      starterSourceOffset = starter
      if !rules.rule(for: first).dropIfAlone { emitMark(first, ccc: rules.combiningClass(first), beforeEqual: true) }
      return true
    }
    return false
  }

  // MARK: - Context

  func previousOutputIsWordScalar() -> Bool {
    guard let last = _UTF8.decodeLast(UnsafePointer(out.base), before: out.count) else { return false }
    return _NormalizationRules.isWordScalar(last.scalar)
  }

  /// Whether the next scalar of the input that this configuration writes (past
  /// the ones it removes, and past other ZWNJ and ZWSP) is a word character:
  /// the decision must not depend on what a later pass no longer sees.
  mutating func nextOutputIsWordScalar(_ p: UnsafePointer<UInt8>, _ next: Int, _ n: Int) -> Bool {
    guard let scalar = nextWrittenScalar(p, next, n) else { return false }
    return _NormalizationRules.isWordScalar(scalar)
  }

  /// The superscript alef as alef (``SuperscriptAlefHandling/toAlef``): it
  /// writes the long ā of the letter it stands on. On ى that letter already
  /// writes it (عَلَىٰ → على); on و the Uthmani spelling is standard ا
  /// (ٱلصَّلَوٰةَ → الصلاة); elsewhere it is an alef (كِتَٰبٌ → كتاب).
  mutating func writeSuperscriptAlef(_ alef: UInt32) {
    let run = lastRun()
    if run.starter >= 0, run.start == run.starter + 2 {
      let letter = _UTF8.decode(UnsafePointer(out.base), at: run.starter).scalar
      let read = starterSourceOffset == run.starter ? starterSource : letter
      if read == ArabicScalars.alefMaksura.value { return }
      if letter == ArabicScalars.waw.value {
        _ = _UTF8.encode(rules.foldedLetter(alef), into: out.base + run.starter)
        return
      }
    }
    emitStarter(rules.foldedLetter(alef), source: ArabicScalars.superscriptAlef.value)
  }


  mutating func nextInputIsDigit(_ p: UnsafePointer<UInt8>, _ next: Int, _ n: Int) -> Bool {
    guard let scalar = nextWrittenScalar(p, next, n) else { return false }
    return (0x30...0x39).contains(scalar)
      || (ArabicScalars.arabicIndicDigitZero.value...ArabicScalars.arabicIndicDigitNine.value).contains(scalar)
      || (ArabicScalars.extendedArabicIndicDigitZero.value...ArabicScalars.extendedArabicIndicDigitNine.value)
        .contains(scalar)
  }

  /// The first scalar at or after input offset `next` that the rules write (a replacement, or
  /// the first written scalar of an expansion), past the scalars they remove; nil at the end of
  /// the input. What the context rules look at is what follows in the output, so a removed
  /// tatweel or mark between ZWNJ and a letter changes nothing, and the result is idempotent.
  ///
  /// The last look-ahead is remembered: ZWNJs or separators in one run of removed scalars share
  /// it, so the work stays linear.
  mutating func nextWrittenScalar(_ p: UnsafePointer<UInt8>, _ next: Int, _ n: Int) -> UInt32? {
    if next >= lookahead.start && next <= lookahead.end {
      return lookahead.found == UInt32.max ? nil : lookahead.found
    }
    var i = next
    var found: UInt32? = nil
    while i < n {
      let (scalar, length) = _UTF8.decode(p, at: i)
      let rule = rules.rule(for: scalar)
      if let written = writtenScalar(scalar, rule) {
        found = written
        break
      }
      if scalar == ArabicScalars.tatweel.value && rule.kind == .drop && seatedHamza(p, i &+ length, n) != nil {
        found = rules.foldedLetter(ArabicScalars.yehWithHamzaAbove.value)
        break
      }
      i &+= length
    }
    lookahead = (next, i, found ?? UInt32.max)
    return found
  }

  /// The first scalar the rules write for `scalar`, or nil when they remove it.
  func writtenScalar(_ scalar: UInt32, _ rule: Rule) -> UInt32? {
    switch rule.kind {
    case .drop, .zeroWidthNonJoiner, .zeroWidthSpace: return nil
    case .composing: return rule.dropIfAlone ? nil : scalar
    case .replace, .superscriptAlefToAlef: return rule.replacement
    case .expand:
      guard let expansion = _PresentationForms.expansion(of: scalar) else { return nil }
      for unit in expansion {
        if let written = writtenScalar(UInt32(unit), rules.rule(for: UInt32(unit))) { return written }
      }
      return nil
    case .starter, .mark, .digitSeparator, .space, .lineEnd: return scalar
    }
  }
}

@inline(__always)
func _isASCIIDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
