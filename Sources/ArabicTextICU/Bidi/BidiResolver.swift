import ArabicText
internal import CICUShim

/// Embedding levels for one paragraph by the rules of UAX #9, for the paragraphs where ICU
/// deviates from the standard.
///
/// ICU 72 (and ICU 76, seen here too) resolves two cases differently from
/// UAX #9, both introduced by the Unicode 8.0 clarifications and both
/// involving directional overrides (LRO, RLO); ICU tracks them as ICU-23513:
///
/// - An isolate initiator or PDI inside an override takes the override's
///   direction for the resolution of neutrals (rules X5a–X5c, X6a); ICU
///   treats it as neutral.
/// - A bracket whose direction an override forces is no longer a bracket
///   (BD14, BD15); ICU still pairs it.
///
/// - Nonspacing marks after a bracket that N0 resolves take the bracket's
///   new direction (N0, last paragraph), skipping BN characters between
///   them; ICU leaves them with the bracket's old type.
///
/// - BD16 keeps at most 63 opening brackets on its stack; on overflow the
///   isolating run sequence has no bracket pairs. ICU pairs them anyway.
///
/// These are the 31 lines of BidiCharacterTest.txt (Unicode 15.0) whose
/// visual order or levels ICU gets wrong. Paragraphs containing LRO or
/// RLO, a bracket followed by a nonspacing mark, or more than 63 opening
/// brackets therefore get their levels from this type, which implements rules
/// X1–X10, W1–W7, N0–N2, I1–I2 and L1, and ICU reorders them from those
/// levels (`ubidi_setPara` with preset levels carrying
/// `UBIDI_LEVEL_OVERRIDE`). Every other paragraph is ICU's alone.
///
/// Character properties come from ICU (`u_charDirection`,
/// `u_getBidiPairedBracket`, Bidi_Paired_Bracket_Type).
enum _BidiResolver {
  /// Bidi_Class values, numbered as ICU's UCharDirection; names as in UAX #9, Table 4.
  enum BidiClass: UInt8 {
    case L = 0, R, EN, ES, ET, AN, CS, B, S, WS, ON, LRE, LRO, AL, RLE, RLO, PDF, NSM, BN, FSI, LRI, RLI, PDI

    init(of codePoint: UInt32) {
      self = BidiClass(rawValue: UInt8(truncatingIfNeeded: aticu_char_direction(codePoint))) ?? .L
    }

    var isIsolateInitiator: Bool { self == .LRI || self == .RLI || self == .FSI }
    /// Removed by rule X9: embedding and override controls, PDF and BN.
    var isRemovedByX9: Bool {
      switch self {
      case .RLE, .LRE, .RLO, .LRO, .PDF, .BN: true
      default: false
      }
    }
    /// A neutral or isolate formatting character (NI) for rules N1 and N2.
    var isNeutralOrIsolate: Bool {
      switch self {
      case .B, .S, .WS, .ON, .FSI, .LRI, .RLI, .PDI: true
      default: false
      }
    }
    /// L or R for strong types, with EN and AN counted as R (rules N0 and N1); nil otherwise.
    var strongDirection: BidiClass? {
      switch self {
      case .L: .L
      case .R, .AL, .EN, .AN: .R
      default: nil
      }
    }
  }

  /// The deepest explicit embedding level (UAX #9 BD2, max_depth).
  static let maximumDepth = UInt8(ATICU_BIDI_MAX_EXPLICIT_LEVEL)
  /// The capacity of the bracket stack of rule BD16.
  static let bracketStackCapacity = 63

  /// Whether ICU needs this type for the paragraph: it contains LRO or RLO, a bracket
  /// followed by a nonspacing mark (possibly with BN characters between them), or more
  /// opening brackets than the bracket stack of BD16 holds.
  ///
  /// - Complexity: O(*n*) table lookups; ICU is asked only after a bracket.
  static func needsResolver(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
    let lro = UInt16(ArabicScalars.leftToRightOverride.value)
    let rlo = UInt16(ArabicScalars.rightToLeftOverride.value)
    let brackets = _PairedBrackets.shared
    let n = units.count
    var openingBrackets = 0
    var i = 0
    while i < n {
      let unit = units[i]
      i += 1
      if unit == lro || unit == rlo { return true }
      guard brackets.contains(unit) else { continue }
      if brackets.isOpening(unit) {
        openingBrackets += 1
        if openingBrackets > bracketStackCapacity { return true }
      }
      var j = i
      while j < n {
        let type = BidiClass(of: UInt32(units[j]))
        if type == .NSM { return true }
        if type != .BN { break }
        j += 1
      }
    }
    return false
  }

  /// The paragraph level and the level of each code point of one paragraph.
  ///
  /// Characters removed by rule X9 get the level of the character before
  /// them (the paragraph level at the start), as the UAX #9 reference
  /// implementation does, then rule L1 applies.
  static func resolve(_ codePoints: [UInt32], direction: ParagraphDirection) -> (paragraphLevel: UInt8, levels: [UInt8]) {
    let n = codePoints.count
    let initial = codePoints.map { BidiClass(of: $0) }

    // BD9: the matching PDI of each isolate initiator, and which PDIs are matched.
    var matchingPDI = [Int](repeating: -1, count: n)
    var isMatchedPDI = [Bool](repeating: false, count: n)
    var openIsolates: [Int] = []
    for i in 0..<n {
      if initial[i].isIsolateInitiator {
        openIsolates.append(i)
      } else if initial[i] == .PDI, let opener = openIsolates.popLast() {
        matchingPDI[opener] = i
        isMatchedPDI[i] = true
      } else if initial[i] == .B {
        openIsolates.removeAll()
      }
    }

    /// P2–P3 over [start, end), skipping isolates: true for right to left.
    func firstStrongIsRightToLeft(_ start: Int, _ end: Int) -> Bool? {
      var i = start
      while i < end {
        switch initial[i] {
        case .L: return false
        case .R, .AL: return true
        case .FSI, .LRI, .RLI:
          guard matchingPDI[i] >= 0 else { return nil }
          i = matchingPDI[i]
        case .B: return nil
        default: break
        }
        i += 1
      }
      return nil
    }

    let paragraphLevel: UInt8 =
      switch direction {
      case .leftToRight: 0
      case .rightToLeft: 1
      case .auto: firstStrongIsRightToLeft(0, n) == true ? 1 : 0
      }

    // X1–X8: explicit levels and directions.
    struct Entry {
      var level: UInt8
      var override: BidiClass?
      var isIsolate: Bool
    }
    var types = initial
    var levels = [UInt8](repeating: paragraphLevel, count: n)
    var stack = [Entry(level: paragraphLevel, override: nil, isIsolate: false)]
    var overflowIsolates = 0
    var overflowEmbeddings = 0
    var validIsolates = 0
    for i in 0..<n {
      let type = initial[i]
      switch type {
      case .RLE, .LRE, .RLO, .LRO:
        let top = stack[stack.count - 1].level
        let isRightToLeft = type == .RLE || type == .RLO
        let level = isRightToLeft ? (top + 1) | 1 : (top + 2) & ~1
        if level <= maximumDepth && overflowIsolates == 0 && overflowEmbeddings == 0 {
          let override: BidiClass? = type == .RLO ? .R : type == .LRO ? .L : nil
          stack.append(Entry(level: level, override: override, isIsolate: false))
        } else if overflowIsolates == 0 {
          overflowEmbeddings += 1
        }
        levels[i] = stack[stack.count - 1].level
      case .RLI, .LRI, .FSI:
        let top = stack[stack.count - 1]
        levels[i] = top.level
        if let override = top.override { types[i] = override }
        let end = matchingPDI[i] >= 0 ? matchingPDI[i] : n
        let isRightToLeft = type == .RLI || (type == .FSI && firstStrongIsRightToLeft(i + 1, end) == true)
        let level = isRightToLeft ? (top.level + 1) | 1 : (top.level + 2) & ~1
        if level <= maximumDepth && overflowIsolates == 0 && overflowEmbeddings == 0 {
          validIsolates += 1
          stack.append(Entry(level: level, override: nil, isIsolate: true))
        } else {
          overflowIsolates += 1
        }
      case .PDI:
        if overflowIsolates > 0 {
          overflowIsolates -= 1
        } else if validIsolates > 0 {
          overflowEmbeddings = 0
          while !stack[stack.count - 1].isIsolate { stack.removeLast() }
          stack.removeLast()
          validIsolates -= 1
        }
        let top = stack[stack.count - 1]
        levels[i] = top.level
        if let override = top.override { types[i] = override }
      case .PDF:
        if overflowIsolates > 0 {
        } else if overflowEmbeddings > 0 {
          overflowEmbeddings -= 1
        } else if !stack[stack.count - 1].isIsolate && stack.count >= 2 {
          stack.removeLast()
        }
        levels[i] = stack[stack.count - 1].level
      case .B:
        levels[i] = paragraphLevel
      case .BN:
        levels[i] = stack[stack.count - 1].level
      default:
        let top = stack[stack.count - 1]
        levels[i] = top.level
        if let override = top.override { types[i] = override }
      }
    }

    // X9, X10: level runs of the characters that remain, then isolating run sequences.
    let removed = initial.map(\.isRemovedByX9)
    var runs: [[Int]] = []
    for i in 0..<n where !removed[i] {
      if let last = runs.last?.last, levels[last] == levels[i] {
        runs[runs.count - 1].append(i)
      } else {
        runs.append([i])
      }
    }
    var runStartingAt: [Int: Int] = [:]
    for (index, run) in runs.enumerated() { runStartingAt[run[0]] = index }
    var sequences: [[Int]] = []
    for run in runs {
      if initial[run[0]] == .PDI && isMatchedPDI[run[0]] { continue }
      var sequence = run
      while let last = sequence.last, initial[last].isIsolateInitiator, matchingPDI[last] >= 0,
        let next = runStartingAt[matchingPDI[last]]
      {
        sequence += runs[next]
      }
      sequences.append(sequence)
    }

    // sos and eos come from the explicit levels, before any sequence's implicit levels change them.
    let explicitLevels = levels
    for sequence in sequences {
      resolve(
        sequence: sequence, codePoints: codePoints, initial: initial, types: types, removed: removed,
        explicitLevels: explicitLevels, paragraphLevel: paragraphLevel, levels: &levels)
    }

    // Characters removed by X9 take the level of the character before them.
    for i in 0..<n where removed[i] {
      levels[i] = i > 0 ? levels[i - 1] : paragraphLevel
    }

    // L1: separators, and whitespace and isolate formatting characters before them or at the end.
    var isTrailing = true
    for i in stride(from: n - 1, through: 0, by: -1) {
      let type = initial[i]
      if type == .S || type == .B {
        levels[i] = paragraphLevel
        isTrailing = true
      } else if isTrailing && (type == .WS || type.isIsolateInitiator || type == .PDI || removed[i]) {
        levels[i] = paragraphLevel
      } else {
        isTrailing = false
      }
    }
    return (paragraphLevel, levels)
  }

  /// Rules W1–W7, N0–N2 and I1–I2 for one isolating run sequence (text positions in order).
  private static func resolve(
    sequence: [Int], codePoints: [UInt32], initial: [BidiClass], types: [BidiClass], removed: [Bool],
    explicitLevels: [UInt8], paragraphLevel: UInt8, levels: inout [UInt8]
  ) {
    let m = sequence.count
    let first = sequence[0]
    let last = sequence[m - 1]
    let level = explicitLevels[first]
    var before = first - 1
    while before >= 0 && removed[before] { before -= 1 }
    var after = last + 1
    while after < initial.count && removed[after] { after += 1 }
    let levelBefore = before >= 0 ? explicitLevels[before] : paragraphLevel
    let levelAfter =
      initial[last].isIsolateInitiator || after >= initial.count ? paragraphLevel : explicitLevels[after]
    let sos: BidiClass = max(level, levelBefore) & 1 == 1 ? .R : .L
    let eos: BidiClass = max(level, levelAfter) & 1 == 1 ? .R : .L
    let embedding: BidiClass = level & 1 == 1 ? .R : .L

    var t = sequence.map { types[$0] }
    let beforeW1 = t

    // W1: NSM takes the type of the character before it (ON after an isolate initiator or PDI).
    for k in 0..<m where t[k] == .NSM {
      if k == 0 {
        t[k] = sos
      } else {
        let previous = t[k - 1]
        t[k] = previous.isIsolateInitiator || previous == .PDI ? .ON : previous
      }
    }
    // W2: EN after AL (the last strong type) becomes AN. W3: AL becomes R.
    var lastStrong = sos
    for k in 0..<m {
      switch t[k] {
      case .L, .R, .AL: lastStrong = t[k]
      case .EN where lastStrong == .AL: t[k] = .AN
      default: break
      }
    }
    for k in 0..<m where t[k] == .AL { t[k] = .R }
    // W4: a single ES between ENs, or a single CS between two numbers of one type.
    if m >= 3 {
      for k in 1..<(m - 1) {
        if t[k] == .ES && t[k - 1] == .EN && t[k + 1] == .EN {
          t[k] = .EN
        } else if t[k] == .CS && t[k - 1] == .EN && t[k + 1] == .EN {
          t[k] = .EN
        } else if t[k] == .CS && t[k - 1] == .AN && t[k + 1] == .AN {
          t[k] = .AN
        }
      }
    }
    // W5: a sequence of ETs next to an EN becomes EN.
    var k = 0
    while k < m {
      guard t[k] == .ET else {
        k += 1
        continue
      }
      let start = k
      while k < m && t[k] == .ET { k += 1 }
      if (start > 0 && t[start - 1] == .EN) || (k < m && t[k] == .EN) {
        for j in start..<k { t[j] = .EN }
      }
    }
    // W6: remaining separators and terminators become ON.
    for k in 0..<m where t[k] == .ES || t[k] == .ET || t[k] == .CS { t[k] = .ON }
    // W7: EN after L (the last strong type) becomes L.
    lastStrong = sos
    for k in 0..<m {
      switch t[k] {
      case .L, .R: lastStrong = t[k]
      case .EN where lastStrong == .L: t[k] = .L
      default: break
      }
    }

    // N0: bracket pairs (BD16), in order of their opening brackets.
    var pairs: [(open: Int, close: Int)] = []
    var openers: [(position: Int, closing: UInt32)] = []
    bracketSearch: for k in 0..<m where t[k] == .ON {
      let codePoint = codePoints[sequence[k]]
      switch aticu_bidi_paired_bracket_type(codePoint) {
      case Int32(ATICU_BPT_OPEN):
        // BD16: with no room on the stack, stop, and the sequence has no bracket pairs at all.
        if openers.count == bracketStackCapacity {
          pairs.removeAll()
          break bracketSearch
        }
        openers.append((k, canonicalBracket(aticu_bidi_paired_bracket(codePoint))))
      case Int32(ATICU_BPT_CLOSE):
        let closing = canonicalBracket(codePoint)
        if let index = openers.lastIndex(where: { $0.closing == closing }) {
          pairs.append((openers[index].position, k))
          openers.removeSubrange(index...)
        }
      default:
        break
      }
    }
    pairs.sort { $0.open < $1.open }
    for pair in pairs {
      var hasEmbeddingDirection = false
      var hasOppositeDirection = false
      for j in (pair.open + 1)..<pair.close {
        guard let direction = t[j].strongDirection else { continue }
        if direction == embedding {
          hasEmbeddingDirection = true
          break
        }
        hasOppositeDirection = true
      }
      var resolved: BidiClass?
      if hasEmbeddingDirection {
        resolved = embedding
      } else if hasOppositeDirection {
        var context = sos
        var j = pair.open - 1
        while j >= 0 {
          if let direction = t[j].strongDirection {
            context = direction
            break
          }
          j -= 1
        }
        resolved = context != embedding ? context : embedding
      }
      guard let resolved else { continue }
      for bracket in [pair.open, pair.close] {
        t[bracket] = resolved
        var j = bracket + 1
        while j < m && beforeW1[j] == .NSM {
          t[j] = resolved
          j += 1
        }
      }
    }

    // N1, N2: runs of neutrals take the direction around them when it agrees, else the embedding direction.
    k = 0
    while k < m {
      guard t[k].isNeutralOrIsolate else {
        k += 1
        continue
      }
      let start = k
      while k < m && t[k].isNeutralOrIsolate { k += 1 }
      let leading = start == 0 ? sos : (t[start - 1].strongDirection ?? embedding)
      let trailing = k == m ? eos : (t[k].strongDirection ?? embedding)
      let resolved = leading == trailing ? leading : embedding
      for j in start..<k { t[j] = resolved }
    }

    // I1, I2: implicit levels.
    for k in 0..<m {
      let i = sequence[k]
      if levels[i] & 1 == 0 {
        if t[k] == .R {
          levels[i] += 1
        } else if t[k] == .AN || t[k] == .EN {
          levels[i] += 2
        }
      } else if t[k] == .L || t[k] == .EN || t[k] == .AN {
        levels[i] += 1
      }
    }
  }

  /// U+2329 and U+232A pair as their canonical equivalents U+3008 and U+3009 (BD16).
  private static func canonicalBracket(_ codePoint: UInt32) -> UInt32 {
    switch codePoint {
    case ArabicScalars.leftPointingAngleBracket.value: ArabicScalars.leftAngleBracket.value
    case ArabicScalars.rightPointingAngleBracket.value: ArabicScalars.rightAngleBracket.value
    default: codePoint
    }
  }
}

/// The BMP code points with a Bidi_Paired_Bracket_Type (all of them are in the BMP), as bit
/// tables read from ICU once (about 65,000 property lookups, a millisecond), for a fast test in
/// hot loops.
struct _PairedBrackets: Sendable {
  private let brackets: [UInt64]
  private let opening: [UInt64]

  static let shared = _PairedBrackets()

  private init() {
    var brackets = [UInt64](repeating: 0, count: 0x10000 / 64)
    var opening = brackets
    for codePoint in 0..<UInt32(0x10000) {
      let type = aticu_bidi_paired_bracket_type(codePoint)
      guard type != Int32(ATICU_BPT_NONE) else { continue }
      brackets[Int(codePoint >> 6)] |= 1 << (codePoint & 63)
      if type == Int32(ATICU_BPT_OPEN) { opening[Int(codePoint >> 6)] |= 1 << (codePoint & 63) }
    }
    self.brackets = brackets
    self.opening = opening
  }

  /// Whether `unit` is an opening or closing paired bracket.
  @inline(__always)
  func contains(_ unit: UInt16) -> Bool {
    brackets[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0
  }

  /// Whether `unit` is an opening paired bracket.
  @inline(__always)
  func isOpening(_ unit: UInt16) -> Bool {
    opening[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0
  }
}
