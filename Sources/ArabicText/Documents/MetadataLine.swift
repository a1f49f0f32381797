/// Recognizes the short lines a news page prints around its headline:
/// bylines, datelines, dates and times, relative times (words from
/// ``MetadataLineWords``).
enum _MetadataLine {
  /// What a metadata line is.
  enum Kind: Equatable {
    /// "كتب: أحمد محمد", "بقلم سلمى الحداد", "By Sara Ali".
    case byline
    /// "القاهرة - رويترز", "دبي (وام)".
    case dateline
    /// "الأحد 12 مايو 2024", "12 رمضان 1445 هـ", "10:30 ص".
    case date
    /// "منذ ساعتين", "قبل 5 دقائق", "3 hours ago".
    case relativeTime
  }

  /// The most words a metadata line has: 8.
  static let maxWords = 8

  /// One token of a short line, as the rules read it.
  struct Piece {
    enum Role { case word, number, separator, other }
    var role: Role
    var key: String
    var text: Substring
  }

  /// The kind of a block's text, or nil when it is not a metadata line.
  ///
  /// - Complexity: O(*n*), where *n* is the length of `text`; only lines of
  ///   at most ``maxWords`` words are read.
  static func kind(of text: String) -> Kind? {
    guard mayBeMetadata(text), let pieces = pieces(of: text) else { return nil }
    if isByline(pieces) { return .byline }
    if isDateline(pieces) { return .dateline }
    if isRelativeTime(pieces) { return .relativeTime }
    if isDate(pieces) { return .date }
    return nil
  }

  /// A quick test on the bytes of `text`: whether it holds what every kind
  /// needs at least one of: a digit (dates), a separator (datelines,
  /// labelled bylines), a relative-time marker, or a name label as its
  /// first word.
  static func mayBeMetadata(_ text: String) -> Bool {
    var copy = text
    let found = copy.withUTF8 { bytes -> Bool in
      var previous: UInt8 = 0
      for byte in bytes {
        switch byte {
        case 0x30...0x39, UInt8(ascii: ":"), UInt8(ascii: "|"), UInt8(ascii: "/"), UInt8(ascii: "("),
          UInt8(ascii: ","), UInt8(ascii: "-"):
          return true
        default:
          // The second byte of ٠–٩ (D9 A0–A9), ۰–۹ (DB B0–B9) and ، (D8 8C); the last of the
          // dashes U+2010–U+2015 (E2 80 90–95).
          if (previous == 0xD9 && (0xA0...0xA9).contains(byte)) || (previous == 0xDB && (0xB0...0xB9).contains(byte))
            || (previous == 0xD8 && byte == 0x8C) || (previous == 0x80 && (0x90...0x95).contains(byte))
          {
            return true
          }
        }
        previous = byte
      }
      for marker in markerBytes where bytes.count >= marker.count {
        for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
          if UnsafeBufferPointer(rebasing: bytes[start..<(start + marker.count)]).elementsEqual(marker) { return true }
        }
      }
      return false
    }
    if found { return true }
    // A name label starts with ك, ب or a Latin letter of "by", "written", "posted", "reported".
    guard let first = text.unicodeScalars.first,
      first == ArabicScalars.kaf || first == ArabicScalars.beh || "bBwWpPrR".unicodeScalars.contains(first)
    else { return false }
    let firstWord = text.unicodeScalars.prefix { !_TextScan.isSpaceOrInvisible($0) }
    let key = InterfacePhrases.key(Substring(firstWord))
    return MetadataLineWords.nameLabelKeys.contains { $0.first == key }
  }

  /// The UTF-8 bytes of ``MetadataLineWords/relativeMarkers``.
  static let markerBytes: [[UInt8]] = MetadataLineWords.relativeMarkers.map { Array($0.utf8) }

  /// The tokens of `text` (white space left out), or nil when it has more
  /// than ``maxWords`` words or none.
  static func pieces(of text: String) -> [Piece]? {
    var pieces: [Piece] = []
    var words = 0
    for token in _DocumentWords.tokenizer.tokens(in: text) {
      let slice = text[token.range]
      switch token.kind {
      case .whitespace:
        continue
      case .word, .hashtag, .mention:
        words += 1
        if words > maxWords { return nil }
        pieces.append(Piece(role: .word, key: InterfacePhrases.key(slice), text: slice))
      case .number:
        words += 1
        if words > maxWords { return nil }
        pieces.append(Piece(role: .number, key: "", text: slice))
      case .punctuation, .symbol:
        pieces.append(Piece(role: isSeparator(slice) ? .separator : .other, key: "", text: slice))
      case .url, .email, .emoji:
        return nil
      }
    }
    return words == 0 ? nil : pieces
  }

  /// Whether a punctuation token separates a label or a place from what
  /// follows: `:` `-` `–` `—` `|` `/` `(` `)` `،` `,`.
  static func isSeparator(_ text: Substring) -> Bool {
    guard let scalar = text.unicodeScalars.first else { return false }
    switch scalar {
    case ":", "|", "/", "(", ")", ",", ArabicScalars.comma: return true
    default: return scalar.properties.generalCategory == .dashPunctuation
    }
  }

  /// Whether the words at `start` are the label `label` (keys).
  static func hasLabel(_ pieces: [Piece], _ label: [String]) -> Bool {
    var index = 0
    for part in label {
      guard index < pieces.count, pieces[index].role == .word, pieces[index].key == part else { return false }
      index += 1
    }
    return true
  }

  /// A byline: a label and `:` or a dash and a name, or a name label and at
  /// most ``MetadataLineWords/maxNameWords`` words ("By" needs capitals).
  static func isByline(_ pieces: [Piece]) -> Bool {
    for label in MetadataLineWords.bylineLabelKeys where hasLabel(pieces, label) {
      let rest = pieces.dropFirst(label.count)
      guard let first = rest.first, first.role == .separator, first.text != "(" else { continue }
      if rest.dropFirst().contains(where: { $0.role == .word }) { return true }
    }
    for label in MetadataLineWords.nameLabelKeys where hasLabel(pieces, label) {
      let rest = pieces.dropFirst(label.count)
      let names = rest.filter { $0.role == .word }
      guard !names.isEmpty, names.count <= MetadataLineWords.maxNameWords,
        !rest.contains(where: { $0.role == .number })
      else { continue }
      // A Latin name is capitalized ("By Sara Ali", not "By the numbers").
      let latin = names.allSatisfy { $0.text.unicodeScalars.first.map { $0.value < 0x80 } ?? false }
      if latin && !names.allSatisfy({ $0.text.first?.isUppercase ?? false }) { continue }
      return true
    }
    return false
  }

  /// A dateline: at most three words of place and a news agency, apart by a
  /// separator or in parentheses ("القاهرة - رويترز", "دبي (وام)").
  static func isDateline(_ pieces: [Piece]) -> Bool {
    var groups: [[Piece]] = [[]]
    for piece in pieces {
      switch piece.role {
      case .separator: if !(groups.last?.isEmpty ?? true) { groups.append([]) }
      case .word, .number: groups[groups.count - 1].append(piece)
      case .other: return false
      }
    }
    if groups.last?.isEmpty ?? false { groups.removeLast() }
    guard groups.count >= 2, groups.count <= 3, groups[0].count <= 3 else { return false }
    return groups.dropFirst().contains { group in
      MetadataLineWords.agencyKeys.contains(group.map(\.key).joined(separator: " "))
    }
  }

  /// A relative time: منذ, قبل or "ago" with a unit, and numbers.
  static func isRelativeTime(_ pieces: [Piece]) -> Bool {
    var marker = false
    var unit = false
    for piece in pieces where piece.role == .word {
      if MetadataLineWords.relativeMarkerKeys.contains(piece.key) {
        marker = true
      } else if MetadataLineWords.relativeUnitKeys.contains(piece.key) {
        unit = true
      } else if !MetadataLineWords.dateWordKeys.contains(piece.key) {
        return false
      }
    }
    return marker && unit
  }

  /// A date or time: only numbers, weekdays, months and date words, with a
  /// weekday or month beside a number, or a clock time (two numbers around `:`).
  static func isDate(_ pieces: [Piece]) -> Bool {
    var weekday = false
    var month = false
    var number = false
    var clock = false
    for (index, piece) in pieces.enumerated() {
      switch piece.role {
      case .number:
        number = true
        if index + 2 < pieces.count, pieces[index + 1].text == ":", pieces[index + 2].role == .number { clock = true }
      case .word:
        if MetadataLineWords.weekdayKeys.contains(piece.key) {
          weekday = true
        } else if MetadataLineWords.monthKeys.contains(piece.key) {
          month = true
        } else if !MetadataLineWords.dateWordKeys.contains(piece.key) {
          return false
        }
      case .separator, .other:
        continue
      }
    }
    return clock || (number && (weekday || month))
  }

  /// `text` without a dateline at its start ("القاهرة - رويترز - انخفضت …"
  /// → "انخفضت …"): one to three words of place, a separator, a news
  /// agency (``MetadataLineWords/agencies``) and a separator. Returns `text`
  /// when it has none.
  ///
  /// - Complexity: O(1) beyond the first eight tokens of `text`; a key is
  ///   made only for a candidate agency.
  static func removingLeadingDateline(_ text: String) -> String {
    var iterator = _DocumentWords.tokenizer.tokens(in: text).makeIterator()
    func next() -> Token? {
      while let token = iterator.next() {
        if token.kind != .whitespace { return token }
      }
      return nil
    }
    // Place: one to three words, then a separator.
    var place = 0
    var token = next()
    while let current = token, current.kind == .word, place <= 3 {
      place += 1
      token = next()
    }
    guard (1...3).contains(place), let separator = token, isSeparator(text[separator.range]) else { return text }
    // Agency: one to three words.
    var agencyStart: String.Index?
    var agencyEnd = separator.range.upperBound
    var words = 0
    token = next()
    while let current = token, current.kind == .word, words <= 3 {
      if agencyStart == nil { agencyStart = current.range.lowerBound }
      agencyEnd = current.range.upperBound
      words += 1
      token = next()
    }
    guard let start = agencyStart, (1...3).contains(words), let after = token, isSeparator(text[after.range]) else {
      return text
    }
    guard MetadataLineWords.agencyKeys.contains(InterfacePhrases.key(text[start..<agencyEnd])) else { return text }
    // The separators after the agency.
    var end = after.range.upperBound
    while let more = next(), more.kind == .punctuation || more.kind == .symbol, isSeparator(text[more.range]) {
      end = more.range.upperBound
    }
    let rest = _TextScan.foldingWhitespace(text[end...])
    return wordCount(of: rest) > 0 ? rest : text
  }
}
