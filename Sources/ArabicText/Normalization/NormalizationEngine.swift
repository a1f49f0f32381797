/// The single pass behind ``ArabicNormalizer``: reads UTF-8, applies the
/// rules of one configuration, and writes UTF-8.
///
/// State is kept about the *output* (the last starter written, the marks
/// after it, a pending space), so removed characters are transparent: marks
/// around a removed tatweel join one run, and the result is idempotent.
///
/// Runs of combining marks are put in canonical order (a stable sort by
/// canonical combining class, UAX #15). A run is sorted in blocks of at most
/// 30 marks, the Stream-Safe Text Format limit of UAX #15 §13, so the work
/// and memory per run are bounded whatever the input.
@usableFromInline
struct _NormalizationEngine {
  @usableFromInline typealias Rule = _NormalizationRules.Rule

  /// The UAX #15 §13 limit on consecutive non-starters.
  static let maxRunLength = 30

  let rules: _NormalizationRules
  var out: _ByteBuffer

  // Whitespace fold state.
  var pendingSpace = false
  var atLineStart = true

  // Starter and mark-run state, as output offsets.
  /// Offset of the last starter when it is a 2-byte Arabic-block scalar (composable), else -1.
  var starterOffset = -1
  /// The last starter as read, before folding.
  var starterSource: UInt32 = 0
  /// Where the current run of marks starts.
  var runStart = 0
  var runCount = 0
  var lastCCC: UInt8 = 0
  var runMaxCCC: UInt8 = 0
  var runNeedsSort = false

  init(rules: _NormalizationRules, capacity: Int) {
    self.rules = rules
    self.out = _ByteBuffer(capacity: capacity)
  }

  // MARK: - Main loop

  /// Processes `input` (valid UTF-8, ending at a scalar boundary). The
  /// lookahead of ZWNJ and digit separators reads within `input` only.
  @usableFromInline
  mutating func run(_ input: UnsafeBufferPointer<UInt8>) {
    guard let p = input.baseAddress else { return }
    let n = input.count
    let arabic = rules.arabic
    let asciiNeedsRule = rules.asciiNeedsRule
    var i = 0
    while i < n {
      let b0 = p[i]
      if b0 < 0x80 {
        if asciiNeedsRule[Int(b0)] {
          handle(UInt32(b0), rules.rule(for: UInt32(b0)), p, i &+ 1, n)
          i &+= 1
          continue
        }
        beginStarter()
        var j = i &+ 1
        while j < n {
          let b = p[j]
          if b >= 0x80 || asciiNeedsRule[Int(b)] { break }
          j &+= 1
        }
        out.append(UnsafeBufferPointer(start: p + i, count: j &- i))
        starterOffset = -1
        runStart = out.count
        i = j
      } else if b0 & 0xFC == 0xD8 {
        let b1 = p[i &+ 1]
        let low = Int(b0 & 0x03) << 6 | Int(b1 & 0x3F)
        let rule = arabic[low]
        switch rule.kind {
        case .starter:
          beginStarter()
          starterOffset = out.count
          starterSource = 0x0600 | UInt32(low)
          out.append(b0, b1)
          runStart = out.count
        case .drop:
          break
        case .mark:
          emitMark(b0, b1, ccc: rule.ccc)
        default:
          handle(0x0600 | UInt32(low), rule, p, i &+ 2, n)
        }
        i &+= 2
      } else {
        let (scalar, length) = _UTF8.decode(p, at: i)
        handle(scalar, rules.rule(for: scalar), p, i &+ length, n)
        i &+= length
      }
    }
  }

  /// Ends the text: sorts the last run and drops a trailing space.
  @usableFromInline
  mutating func finish() {
    endRecord()
    pendingSpace = false
  }

  /// Ends a record: sorts the last run; the state of the whitespace fold carries on.
  @usableFromInline
  mutating func endRecord() {
    if runNeedsSort { sortRun() }
    if rules.stripsCaseEndings {
      _CaseEndings.strip(&out, marks: rules.stripper.marks.intersection(.caseEnding))
    }
  }

  /// Empties the output after it has been consumed; later marks cannot reach back into it.
  @usableFromInline
  mutating func resetOutput() {
    out.count = 0
    starterOffset = -1
    runStart = 0
    runCount = 0
    lastCCC = 0
    runMaxCCC = 0
  }

  // MARK: - Emitting

  @inline(__always)
  mutating func beginStarter() {
    if runNeedsSort { sortRun() }
    if pendingSpace {
      out.append(0x20)
      pendingSpace = false
    }
    atLineStart = false
    lastCCC = 0
    runMaxCCC = 0
    runCount = 0
  }

  @inline(__always)
  mutating func emitStarter(_ scalar: UInt32, source: UInt32) {
    beginStarter()
    starterOffset = scalar & ~0xFF == 0x0600 ? out.count : -1
    starterSource = source
    out.append(scalar: scalar)
    runStart = out.count
  }

  @inline(__always)
  mutating func prepareMark(ccc: UInt8) {
    if pendingSpace {
      emitStarter(0x20, source: 0x20)
    }
    atLineStart = false
    if runCount == Self.maxRunLength {
      if runNeedsSort { sortRun() }
      runStart = out.count
      runCount = 0
      lastCCC = 0
      runMaxCCC = 0
      starterOffset = -1
    }
    if ccc < lastCCC { runNeedsSort = true }
    lastCCC = ccc
    if ccc > runMaxCCC { runMaxCCC = ccc }
    runCount &+= 1
  }

  @inline(__always)
  mutating func emitMark(_ b0: UInt8, _ b1: UInt8, ccc: UInt8) {
    prepareMark(ccc: ccc)
    out.append(b0, b1)
  }

  mutating func emitMark(_ scalar: UInt32, ccc: UInt8) {
    prepareMark(ccc: ccc)
    out.append(scalar: scalar)
  }

  /// The general path: every rule, for any scalar.
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
      if !pendingSpace, previousOutputIsWordScalar(), nextInputIsWordScalar(p, next, n) {
        emitStarter(scalar, source: scalar)
      }
    case .digitSeparator:
      if !pendingSpace, out.count > 0, _isASCIIDigit(out.base[out.count - 1]), nextInputIsDigit(p, next, n) {
        emitStarter(rule.replacement, source: scalar)
      } else {
        emitStarter(scalar, source: scalar)
      }
    case .space:
      if !atLineStart { pendingSpace = true }
    case .lineEnd:
      if runNeedsSort { sortRun() }
      pendingSpace = false
      out.append(scalar: scalar)
      atLineStart = true
      starterOffset = -1
      lastCCC = 0
      runMaxCCC = 0
      runCount = 0
      runStart = out.count
    case .expand:
      guard let expansion = _PresentationForms.expansion(of: scalar) else { return }
      for unit in expansion {
        let value = UInt32(unit)
        handle(value, rules.rule(for: value), p, next, n)
      }
    }
  }

  /// Canonical composition of a maddah or hamza mark with the last starter
  /// (as read, or as folded); true when composed.
  mutating func compose(_ mark: UInt32, ccc: UInt8) -> Bool {
    guard starterOffset >= 0, !pendingSpace, runMaxCCC < ccc else { return false }
    let written = _UTF8.decode(UnsafePointer(out.base), at: starterOffset).scalar
    guard let composed = _ArabicComposition.compose(starterSource, mark) ?? _ArabicComposition.compose(written, mark)
    else { return false }
    let folded = rules.foldedLetter(composed)
    // Every composed letter and its folds are 2-byte scalars of the Arabic block.
    _ = _UTF8.encode(folded, into: out.base + starterOffset)
    starterSource = composed
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

  // MARK: - Canonical ordering

  /// Stable sort of the marks in `out[runStart...]` by canonical combining class.
  mutating func sortRun() {
    runNeedsSort = false
    var marks: [(ccc: UInt8, scalar: UInt32)] = []
    marks.reserveCapacity(Self.maxRunLength)
    var i = runStart
    while i < out.count {
      let (scalar, length) = _UTF8.decode(UnsafePointer(out.base), at: i)
      marks.append((rules.combiningClass(scalar), scalar))
      i += length
    }
    // Insertion sort: stable, and runs are at most `maxRunLength` long.
    for k in 1..<max(marks.count, 1) {
      let item = marks[k]
      var j = k
      while j > 0 && marks[j - 1].ccc > item.ccc {
        marks[j] = marks[j - 1]
        j -= 1
      }
      marks[j] = item
    }
    var o = runStart
    for mark in marks {
      o += _UTF8.encode(mark.scalar, into: out.base + o)
    }
  }
}

@inline(__always)
func _isASCIIDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
