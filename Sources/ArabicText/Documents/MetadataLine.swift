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
    guard let pieces = pieces(of: text) else { return nil }
    if isByline(pieces) { return .byline }
    if isDateline(pieces) { return .dateline }
    if isRelativeTime(pieces) { return .relativeTime }
    if isDate(pieces) { return .date }
    return nil
  }

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
  /// → "انخفضت …"), or `text` when it has none.
  static func removingLeadingDateline(_ text: String) -> String {
    // Only the first few tokens are read.
    var pieces: [(piece: Piece, end: String.Index)] = []
    var words = 0
    for token in _DocumentWords.tokenizer.tokens(in: text) {
      if token.kind == .whitespace { continue }
      let slice = text[token.range]
      switch token.kind {
      case .word: pieces.append((Piece(role: .word, key: InterfacePhrases.key(slice), text: slice), token.range.upperBound))
      case .punctuation, .symbol:
        pieces.append((Piece(role: isSeparator(slice) ? .separator : .other, key: "", text: slice), token.range.upperBound))
      default: return text
      }
      if token.kind == .word { words += 1 }
      if words > 7 { break }
    }
    // Place (1–3 words), separator, agency (1–3 words), separator.
    var index = 0
    var place = 0
    while index < pieces.count, pieces[index].piece.role == .word { place += 1; index += 1 }
    guard (1...3).contains(place), index < pieces.count, pieces[index].piece.role == .separator else { return text }
    index += 1
    var agency: [String] = []
    while index < pieces.count, pieces[index].piece.role == .word { agency.append(pieces[index].piece.key); index += 1 }
    guard !agency.isEmpty, MetadataLineWords.agencyKeys.contains(agency.joined(separator: " ")) else { return text }
    var end = pieces[index - 1].end
    var sawSeparator = false
    while index < pieces.count, pieces[index].piece.role == .separator {
      end = pieces[index].end
      sawSeparator = true
      index += 1
    }
    guard sawSeparator else { return text }
    let rest = _TextScan.foldingWhitespace(text[end...])
    return wordCount(of: rest) > 0 ? rest : text
  }
}
