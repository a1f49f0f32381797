/// The word boundary scanner behind ``WordTokenizer``: finds the token that
/// starts at a UTF-8 offset and says its kind.
///
/// It follows the word boundary rules of UAX #29 (Unicode 15.0, rules
/// WB1–WB999) on the Word_Break property, with the departures listed in
/// <doc:Segmentation>:
/// - invisible format characters never end a word, number, hashtag or
///   mention (WB4 would attach them to the letter before);
/// - an Arabic-script letter and a digit never join (WB9, WB10), nor do two
///   Arabic-script letters across `.`, `:` or `'` (WB6, WB7);
/// - between digits, only `.`, `,` and U+066C ARABIC THOUSANDS SEPARATOR join
///   (WB11, WB12 also take `;`, `،`, …);
/// - white space and invisible format characters form one whitespace token,
///   and a combining mark after white space is a token of its own (WB3d, WB4);
/// - URLs, e-mail addresses, hashtags, mentions and keycaps are single tokens.
///
/// Offsets are UTF-8 byte offsets into the buffer; `start` bounds the look
/// behind and `end` the look ahead, so a substring is scanned as a whole text.
struct _WordScanner {
  let p: UnsafePointer<UInt8>
  let start: Int
  let end: Int
  let table: UnsafePointer<UInt16>
  let arabic: UnsafePointer<_ArabicWordClass>

  init(_ base: UnsafePointer<UInt8>, start: Int, end: Int, tables: Tables = .shared) {
    self.p = base
    self.start = start
    self.end = end
    self.table = tables.properties
    self.arabic = tables.arabic
  }

  /// The lookup tables, read once per scan rather than per scalar.
  struct Tables: @unchecked Sendable {
    /// ``_SegmentationProperties/basicMultilingualPlane``.
    let properties: UnsafePointer<UInt16>
    /// The word class of U+0600–U+06FF by low byte.
    let arabic: UnsafePointer<_ArabicWordClass>

    static let shared = Tables(
      properties: _SegmentationProperties.basicMultilingualPlane, arabic: _ArabicWordClass.table)
  }

  /// The ``_ArabicWordClass`` of the two-byte Arabic-block scalar at `i`
  /// (lead byte 0xD8–0xDB), or `.other` for any other scalar.
  @inline(__always)
  func arabicClass(_ i: Int) -> _ArabicWordClass {
    let b0 = p[i]
    guard b0 & 0xFC == 0xD8, i &+ 1 < end else { return .other }
    return arabic[Int(b0 & 0x03) << 6 | Int(p[i &+ 1] & 0x3F)]
  }

  // MARK: - Decoding

  /// The scalar at `i`, its UTF-8 length and its properties.
  @inline(__always)
  func decode(_ i: Int) -> (scalar: UInt32, length: Int, properties: _SegmentationProperties) {
    let (scalar, length) = _UTF8.decode(p, at: i)
    var properties = _SegmentationProperties.of(scalar, table: table)
    // Tatweel (Script=Common, Script_Extensions Arab …) stretches Arabic letters: for the
    // letter–digit departure it counts as Arabic, so عامـ2024 splits like عام2024.
    if scalar == ArabicScalars.tatweel.value { properties = _SegmentationProperties(rawValue: properties.rawValue | 1 << 15) }
    return (scalar, length, properties)
  }

  /// The first scalar at or after `i` that WB4 does not skip (Extend, Format, ZWJ).
  @inline(__always)
  func nextSignificant(_ i: Int) -> (scalar: UInt32, properties: _SegmentationProperties)? {
    var j = i
    while j < end {
      let (scalar, length, properties) = decode(j)
      switch properties.wordBreak {
      case .extend, .format, .zwj: j &+= length
      default: return (scalar, properties)
      }
    }
    return nil
  }

  /// Whether the scalar before `i` (within the text) is a letter, digit, mark or connector.
  func isPrecededByWordCharacter(_ i: Int) -> Bool {
    guard i > start, let last = _UTF8.decodeLast(p + start, before: i - start) else { return false }
    let properties = _SegmentationProperties.of(last.scalar, table: table)
    switch properties.categoryGroup {
    case .letter, .mark, .number: return true
    default: return properties.wordBreak == .extendNumLet
    }
  }

  // MARK: - Tokens

  /// The token that starts at `i` (`i < end`): its kind and where it ends.
  @inline(__always)
  func token(at i: Int) -> (kind: Token.Kind, end: Int) {
    // Fast paths: a word of Arabic letters, a single space before a letter.
    if arabicClass(i) == .letter { return arabicWord(from: i &+ 2) }
    if p[i] == UInt8(ascii: " ") {
      let j = i &+ 1
      if j == end { return (.whitespace, j) }
      let next = p[j]
      if next > UInt8(ascii: " ") && next < 0x80 { return (.whitespace, j) }
      let nextClass = arabicClass(j)
      if nextClass == .letter || nextClass == .mark { return (.whitespace, j) }
      return whitespace(from: j)
    }
    return anyToken(at: i)
  }

  /// A word that starts with an Arabic letter, continuing after it at `i`.
  @inline(__always)
  func arabicWord(from i: Int) -> (kind: Token.Kind, end: Int) {
    var j = i
    while j < end {
      let arabicClass = arabicClass(j)
      guard arabicClass == .letter || arabicClass == .mark else { break }
      j &+= 2
    }
    // An ASCII character other than a letter or `_` cannot continue an Arabic word.
    if j == end { return (.word, j) }
    let next = p[j]
    if next < 0x80 && !_isASCIILetter(next) && next != UInt8(ascii: "_") { return (.word, j) }
    return word(from: j, visibleEnd: j, last: .aLetter, lastIsArabic: true, hasLetter: true, hasDigit: false)
  }

  /// The token that starts at `i`, by the general rules.
  func anyToken(at i: Int) -> (kind: Token.Kind, end: Int) {
    let b0 = p[i]
    let (scalar, length, properties) = decode(i)
    switch properties.wordBreak {
    case .aLetter, .hebrewLetter, .numeric, .katakana, .extendNumLet:
      if b0 < 0x80 {
        if _isASCIIDigit(b0), let keycap = keycap(after: i &+ 1) { return (.emoji, keycap) }
        if let link = link(at: i) { return link }
      }
      let last = properties.wordBreak
      return word(
        from: i &+ length, visibleEnd: i &+ length, last: last, lastIsArabic: properties.isArabicScript,
        hasLetter: last != .numeric && last != .extendNumLet, hasDigit: last == .numeric)
    case .wSegSpace:
      return whitespace(from: i &+ length)
    case .cr:
      return (.whitespace, i &+ 1 < end && p[i &+ 1] == UInt8(ascii: "\n") ? i &+ 2 : i &+ 1)
    case .lf, .newline:
      return (.whitespace, i &+ length)
    case .regionalIndicator:
      return regionalIndicators(from: i &+ length)
    default:
      if properties.isInvisible || scalar == Self.tab || properties.categoryGroup == .separator {
        return whitespace(from: i &+ length)
      }
      if properties.isExtendedPictographic {
        return emoji(from: i &+ length, presentation: properties.isEmojiPresentation, first: properties)
      }
      if b0 == UInt8(ascii: "#") || b0 == UInt8(ascii: "*") {
        if let keycap = keycap(after: i &+ 1) { return (.emoji, keycap) }
      }
      if b0 == UInt8(ascii: "#") || b0 == UInt8(ascii: "@"), !isPrecededByWordCharacter(i),
        let tag = tag(from: i &+ 1, requiresLetter: b0 == UInt8(ascii: "#"))
      {
        return (b0 == UInt8(ascii: "#") ? .hashtag : .mention, tag)
      }
      return single(from: i &+ length, first: properties)
    }
  }

  /// A run of horizontal white space and invisible format characters.
  @inline(__always)
  func whitespace(from i: Int) -> (kind: Token.Kind, end: Int) {
    var j = i
    while j < end {
      if p[j] == UInt8(ascii: " ") {
        j &+= 1
        continue
      }
      let (scalar, length, properties) = decode(j)
      let isSpace =
        properties.isInvisible || scalar == Self.tab
        || (properties.categoryGroup == .separator && properties.wordBreak != .newline)
      guard isSpace else { break }
      j &+= length
    }
    return (.whitespace, j)
  }

  /// The rest of a word or a number from `i`, given what it holds so far:
  /// WB5–WB13b, with WB4 inside and the departures above.
  func word(
    from i: Int, visibleEnd: Int, last: _WordBreak, lastIsArabic: Bool, hasLetter: Bool, hasDigit: Bool
  ) -> (kind: Token.Kind, end: Int) {
    var j = i
    var visibleEnd = visibleEnd
    var last = last
    var lastIsArabic = lastIsArabic
    var hasLetter = hasLetter
    var hasDigit = hasDigit
    scan: while j < end {
      // Letters and marks of the Arabic block after an Arabic letter: the common case.
      if last == .aLetter && lastIsArabic {
        let runStart = j
        while j < end {
          let arabicClass = arabicClass(j)
          guard arabicClass == .letter || arabicClass == .mark else { break }
          j &+= 2
        }
        if j > runStart { visibleEnd = j }
        guard j < end else { break }
      }
      let (scalar, length, properties) = decode(j)
      let wordBreak = properties.wordBreak
      switch wordBreak {
      case .extend, .format, .zwj:
        // WB4: ignored inside the word; invisible ones are trimmed at its end.
        j &+= length
        if !properties.isInvisible { visibleEnd = j }
      case .midLetter, .midNumLet, .singleQuote, .midNum, .doubleQuote:
        guard joinsAcross(scalar, wordBreak, last: last, lastIsArabic: lastIsArabic, after: j &+ length) else {
          break scan
        }
        // The letter or digit after the separator joins in the next round.
        j &+= length
        visibleEnd = j
        if wordBreak == .singleQuote && last == .hebrewLetter,
          nextSignificant(j)?.properties.wordBreak != .hebrewLetter
        {
          break scan  // WB7a: a Hebrew letter keeps a final apostrophe.
        }
      default:
        guard joinsAfter(last: last, lastIsArabic: lastIsArabic, next: properties) else { break scan }
        switch wordBreak {
        case .numeric: hasDigit = true
        case .extendNumLet: break
        default: hasLetter = true
        }
        last = wordBreak
        lastIsArabic = properties.isArabicScript
        j &+= length
        visibleEnd = j
      }
    }
    return (hasLetter ? .word : hasDigit ? .number : .punctuation, visibleEnd)
  }

  /// Whether `next` joins a word whose last significant scalar is `last`
  /// (WB5, WB8–WB10, WB13–WB13b with the Arabic-script departures).
  @inline(__always)
  func joinsAfter(last: _WordBreak, lastIsArabic: Bool, next: _SegmentationProperties) -> Bool {
    switch next.wordBreak {
    case .aLetter, .hebrewLetter:
      switch last {
      case .aLetter, .hebrewLetter, .extendNumLet: return true
      case .numeric: return !next.isArabicScript
      default: return false
      }
    case .numeric:
      switch last {
      case .numeric, .extendNumLet: return true
      case .aLetter, .hebrewLetter: return !lastIsArabic
      default: return false
      }
    case .katakana: return last == .katakana || last == .extendNumLet
    case .extendNumLet: return last != .other
    default: return false
    }
  }

  /// Whether a separator between letters or digits keeps them in one token
  /// (WB6/WB7, WB7a–WB7c, WB11/WB12, with the departures above).
  func joinsAcross(
    _ scalar: UInt32, _ wordBreak: _WordBreak, last: _WordBreak, lastIsArabic: Bool, after: Int
  ) -> Bool {
    switch last {
    case .aLetter, .hebrewLetter:
      if wordBreak == .singleQuote && last == .hebrewLetter { return true }  // WB7a
      guard let next = nextSignificant(after) else { return false }
      let nextBreak = next.properties.wordBreak
      if wordBreak == .doubleQuote {
        return last == .hebrewLetter && nextBreak == .hebrewLetter  // WB7b, WB7c
      }
      guard wordBreak != .midNum, nextBreak == .aLetter || nextBreak == .hebrewLetter else { return false }
      return !lastIsArabic && !next.properties.isArabicScript  // WB6, WB7
    case .numeric:
      guard wordBreak == .midNum || wordBreak == .midNumLet || wordBreak == .singleQuote,
        Self.isNumberSeparator(scalar),
        let next = nextSignificant(after), next.properties.wordBreak == .numeric
      else { return false }
      return true  // WB11, WB12
    default:
      return false
    }
  }

  /// The separators that stay inside a number: full stop, comma and U+066C
  /// ARABIC THOUSANDS SEPARATOR (U+066B ARABIC DECIMAL SEPARATOR is Numeric).
  @inline(__always)
  static func isNumberSeparator(_ scalar: UInt32) -> Bool {
    scalar == Unicode.Scalar(".").value || scalar == Unicode.Scalar(",").value
      || scalar == ArabicScalars.thousandsSeparator.value
  }

  /// One character with its combining marks (WB4, WB999): a letter that no
  /// rule joins (an ideograph), punctuation, a symbol, a lone mark.
  func single(from i: Int, first: _SegmentationProperties) -> (kind: Token.Kind, end: Int) {
    let end = attachedMarks(from: i)
    let kind: Token.Kind
    switch first.categoryGroup {
    case .letter: kind = .word
    case .punctuation: kind = .punctuation
    // Superscripts, fractions and other numbers that are not digits (No, Nl) are symbols, as are lone marks.
    default: kind = .symbol
    }
    return (kind, end)
  }

  /// The end of the Extend, Format and ZWJ scalars at `i` (WB4), without
  /// trailing invisible ones.
  @inline(__always)
  func attachedMarks(from i: Int) -> Int {
    var j = i
    var visibleEnd = i
    while j < end {
      let (_, length, properties) = decode(j)
      switch properties.wordBreak {
      case .extend, .format, .zwj:
        j &+= length
        if !properties.isInvisible { visibleEnd = j }
      default:
        return visibleEnd
      }
    }
    return visibleEnd
  }

  // MARK: - Emoji

  /// An emoji sequence after its first pictograph: modifiers and variation
  /// selectors (WB4), and ZWJ followed by another pictograph (WB3c).
  func emoji(from i: Int, presentation: Bool, first: _SegmentationProperties) -> (kind: Token.Kind, end: Int) {
    var j = i
    var visibleEnd = i
    var isEmoji = presentation
    scan: while j < end {
      let (scalar, length, properties) = decode(j)
      let wordBreak = properties.wordBreak
      switch wordBreak {
      case .zwj:
        j &+= length
        if j < end {
          let (_, nextLength, next) = decode(j)
          if next.isExtendedPictographic {
            j &+= nextLength
            visibleEnd = j
            isEmoji = true
          }
        }
      case .extend, .format:
        // Tag characters (Extend, invisible) end a flag's tag sequence: they stay.
        j &+= length
        if wordBreak == .extend || !properties.isInvisible { visibleEnd = j }
        if scalar == ArabicScalars.variationSelector16.value || Self.isEmojiModifier(scalar) { isEmoji = true }
      default:
        break scan
      }
    }
    if isEmoji { return (.emoji, visibleEnd) }
    return (first.categoryGroup == .punctuation ? .punctuation : .symbol, visibleEnd)
  }

  /// Emoji_Modifier: the skin tones U+1F3FB–U+1F3FF (Extend in Word_Break).
  @inline(__always)
  static func isEmojiModifier(_ scalar: UInt32) -> Bool {
    scalar >= ArabicScalars.emojiModifiers.lowerBound.value && scalar <= ArabicScalars.emojiModifiers.upperBound.value
  }

  /// U+0009 CHARACTER TABULATION.
  static let tab = Unicode.Scalar("\t").value

  /// A flag, two regional indicators (WB15, WB16), after the first indicator;
  /// a lone indicator is a symbol.
  func regionalIndicators(from i: Int) -> (kind: Token.Kind, end: Int) {
    var j = i
    while j < end {
      let (_, length, properties) = decode(j)
      switch properties.wordBreak {
      case .extend, .format, .zwj:
        j &+= length
      case .regionalIndicator:
        return (.emoji, attachedMarks(from: j &+ length))
      default:
        return (.symbol, attachedMarks(from: i))
      }
    }
    return (.symbol, attachedMarks(from: i))
  }

  /// The end of a keycap sequence whose base ends at `i`: U+FE0F
  /// VARIATION SELECTOR-16 (optional), then U+20E3 COMBINING ENCLOSING KEYCAP.
  @inline(__always)
  func keycap(after i: Int) -> Int? {
    // Both are three-byte scalars: nothing to decode before a lead byte of three bytes.
    guard i < end, p[i] >= 0xE0 else { return nil }
    var j = i
    var (scalar, length) = _UTF8.decode(p, at: j)
    if scalar == ArabicScalars.variationSelector16.value {
      j &+= length
      guard j < end else { return nil }
      (scalar, length) = _UTF8.decode(p, at: j)
    }
    guard scalar == ArabicScalars.combiningEnclosingKeycap.value else { return nil }
    return attachedMarks(from: j &+ length)
  }

  // MARK: - Hashtags, mentions, URLs, e-mail addresses

  /// The end of a hashtag's or mention's name starting at `i`: letters,
  /// marks, digits and connectors (`_`), without trailing invisibles; nil
  /// when there is none, or no letter when `requiresLetter`.
  func tag(from i: Int, requiresLetter: Bool) -> Int? {
    var j = i
    var visibleEnd = i
    var hasLetter = false
    while j < end {
      let (_, length, properties) = decode(j)
      let group = properties.categoryGroup
      if group == .letter {
        hasLetter = true
      } else if group == .mark && visibleEnd == i {
        return nil  // A name does not start with a combining mark.
      } else if properties.isInvisible && visibleEnd > i {
        j &+= length
        continue
      } else if group != .mark && group != .number && properties.wordBreak != .extendNumLet {
        break
      }
      j &+= length
      visibleEnd = j
    }
    guard visibleEnd > i, hasLetter || !requiresLetter else { return nil }
    return visibleEnd
  }

  /// A URL or an e-mail address starting at the ASCII letter or digit at `i`.
  func link(at i: Int) -> (kind: Token.Kind, end: Int)? {
    if let end = url(at: i) { return (.url, end) }
    if let end = email(at: i) { return (.email, end) }
    return nil
  }

  /// Whether the ASCII text at `i` starts with `prefix` (written in lowercase), ignoring case.
  @inline(__always)
  func hasPrefix(_ prefix: StaticString, at i: Int) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard i &+ count <= end else { return false }
    let bytes = prefix.utf8Start
    for k in 0..<count {
      let byte = p[i &+ k]
      let lowered = _isASCIILetter(byte) ? byte | 0x20 : byte
      if lowered != bytes[k] { return false }
    }
    return true
  }

  /// The end of a URL at `i`: `http://`, `https://`, `ftp://` or `www.`, then
  /// URL characters (RFC 3986) and letters, marks and digits of any script,
  /// without trailing punctuation or an unmatched closing bracket.
  func url(at i: Int) -> Int? {
    let b = p[i] | 0x20
    let prefixLength: Int
    if b == UInt8(ascii: "h") && hasPrefix("http://", at: i) {
      prefixLength = 7
    } else if b == UInt8(ascii: "h") && hasPrefix("https://", at: i) {
      prefixLength = 8
    } else if b == UInt8(ascii: "f") && hasPrefix("ftp://", at: i) {
      prefixLength = 6
    } else if b == UInt8(ascii: "w") && hasPrefix("www.", at: i) {
      prefixLength = 4
    } else {
      return nil
    }
    var j = i &+ prefixLength
    while j < end {
      let byte = p[j]
      if byte < 0x80 {
        guard Self.isURLCharacter(byte) else { break }
        j &+= 1
      } else {
        let (_, length, properties) = decode(j)
        let group = properties.categoryGroup
        guard group == .letter || group == .mark || group == .number else { break }
        j &+= length
      }
    }
    // Trailing punctuation belongs to the sentence; a closing bracket only when unmatched.
    while j > i &+ prefixLength {
      let last = p[j &- 1]
      if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") {
        let open = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
        var balance = 0
        for k in i..<j {
          if p[k] == open { balance &+= 1 } else if p[k] == last { balance &-= 1 }
        }
        if balance >= 0 { break }
      } else if !Self.isTrailingURLPunctuation(last) {
        break
      }
      j &-= 1
    }
    // The host starts with a letter or digit: a combining mark there belongs to no letter, and
    // stripping it would leave no URL.
    let host = i &+ prefixLength
    guard j > host, Self.isHostCharacter(p[host]) || (p[host] >= 0x80 && decode(host).2.categoryGroup != .mark) else {
      return nil
    }
    return j
  }

  /// The end of an e-mail address at `i`: a local part of ASCII letters,
  /// digits and `._%+-`, `@`, then at least two dot-separated labels of
  /// letters, digits and `-`, the last of two letters or more.
  func email(at i: Int) -> Int? {
    var j = i
    while j < end, Self.isLocalPartCharacter(p[j]) { j &+= 1 }
    guard j < end, p[j] == UInt8(ascii: "@"), p[j &- 1] != UInt8(ascii: ".") else { return nil }
    j &+= 1
    var labels = 0
    var lastLabelStart = j
    var result: Int?
    while j < end {
      let labelStart = j
      while j < end, Self.isHostCharacter(p[j]) || p[j] == UInt8(ascii: "-") { j &+= 1 }
      guard j > labelStart else { break }
      labels &+= 1
      lastLabelStart = labelStart
      var letters = true
      for k in lastLabelStart..<j where !_isASCIILetter(p[k]) { letters = false }
      if labels >= 2 && letters && j &- lastLabelStart >= 2 { result = j }
      guard j &+ 1 < end, p[j] == UInt8(ascii: "."), Self.isHostCharacter(p[j &+ 1]) else { break }
      j &+= 1
    }
    return result
  }

  /// ASCII letters and digits.
  @inline(__always)
  static func isHostCharacter(_ byte: UInt8) -> Bool {
    _isASCIILetter(byte) || _isASCIIDigit(byte)
  }

  @inline(__always)
  static func isLocalPartCharacter(_ byte: UInt8) -> Bool {
    isHostCharacter(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
      || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
  }

  /// The unreserved, reserved and percent characters of RFC 3986 (§2).
  @inline(__always)
  static func isURLCharacter(_ byte: UInt8) -> Bool {
    if isHostCharacter(byte) { return true }
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"),
      UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "]"),
      UInt8(ascii: "@"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"),
      UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","),
      UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "%"):
      return true
    default:
      return false
    }
  }

  /// Punctuation that ends a sentence rather than a URL.
  @inline(__always)
  static func isTrailingURLPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
      UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "*"):
      return true
    default:
      return false
    }
  }
}

@inline(__always)
func _isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

/// The class of a scalar of the Arabic block (U+0600–U+06FF) for the word
/// scanner's fast path, from its ``_SegmentationProperties``.
enum _ArabicWordClass: UInt8 {
  /// Needs the general rules: digits, separators, punctuation, format characters.
  case other
  /// An Arabic-script letter (Word_Break ALetter): joins the letters around it.
  case letter
  /// A combining mark (Word_Break Extend): stays with the letter before it.
  case mark

  /// The class of U+0600 + `low` for each low byte; built once, never freed.
  nonisolated(unsafe) static let table: UnsafePointer<_ArabicWordClass> = {
    let table = UnsafeMutablePointer<_ArabicWordClass>.allocate(capacity: 256)
    for low in 0..<256 {
      let properties = _SegmentationProperties.of(
        ArabicScalars.arabicBlock.lowerBound.value + UInt32(low), table: _SegmentationProperties.basicMultilingualPlane)
      let wordClass: _ArabicWordClass
      switch properties.wordBreak {
      case .aLetter where properties.isArabicScript: wordClass = .letter
      case .extend where !properties.isInvisible: wordClass = .mark
      default: wordClass = .other
      }
      (table + low).initialize(to: wordClass)
    }
    return UnsafePointer(table)
  }()
}
