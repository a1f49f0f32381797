extension Document {
  /// Reads plain text: paragraphs are blocks separated by blank lines, and a
  /// heading is a short line without sentence-final punctuation.
  ///
  /// ```swift
  /// let text = "صدور النسخة الجديدة\n2024-01-05\n\nيسرّ المشروع أن يعلن عن النسخة الجديدة."
  /// let document = Document(plainText: text)
  /// document.blocks.map(\.text)
  /// // ["صدور النسخة الجديدة", "2024-01-05", "يسرّ المشروع أن يعلن عن النسخة الجديدة."]
  /// ```
  ///
  /// Rules, in order, for each group of non-blank lines:
  /// - A group of one line is a heading when it is short (at most
  ///   ``PlainTextRules/maxHeadingWords`` words) and does not end with a
  ///   sentence terminal (Unicode Sentence_Terminal: `.` `!` `?` ؟ ۔, or …);
  ///   otherwise a paragraph.
  /// - In a longer group, a first line that is a heading by the same test,
  ///   and shorter than 60% of the longest line after it (or followed only
  ///   by lines without letters, such as a date), is a heading; each line starting with a bullet (`-` `*` `+` `•` and a
  ///   space) is a list item; the other lines are joined with a space into
  ///   paragraphs (hard-wrapped text). A line that holds no word of its own
  ///   kind joins the paragraph around it.
  /// - Whitespace is folded to single spaces; invisible format characters
  ///   (bidi marks, zero width space, BOM) go with it. Line ends are LF, CR LF
  ///   or CR.
  ///
  /// Headings get level 2: plain text does not say which heading is the
  /// page title (see ``BoilerplateFilter`` and ``SEOAnalyzer`` for how the
  /// title is chosen).
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `plainText`.
  public init<S: StringProtocol>(plainText: S) {
    self.init()
    var group: [Substring] = []
    let text = Substring(plainText)
    var lineStart = text.startIndex
    var index = text.startIndex
    func endLine(_ line: Substring) {
      if line.unicodeScalars.allSatisfy(_TextScan.isSpaceOrInvisible) {
        if !group.isEmpty { blocks.append(contentsOf: Self.plainTextBlocks(group)) }
        group.removeAll(keepingCapacity: true)
      } else {
        group.append(line)
      }
    }
    let utf8 = text.utf8
    var byteIndex = utf8.startIndex
    while byteIndex < utf8.endIndex {
      let byte = utf8[byteIndex]
      if byte == 0x0A || byte == 0x0D {
        index = byteIndex
        endLine(text[lineStart..<index])
        var next = utf8.index(after: byteIndex)
        if byte == 0x0D && next < utf8.endIndex && utf8[next] == 0x0A { next = utf8.index(after: next) }
        byteIndex = next
        lineStart = next
      } else {
        byteIndex = utf8.index(after: byteIndex)
      }
    }
    endLine(text[lineStart...])
    if !group.isEmpty { blocks.append(contentsOf: Self.plainTextBlocks(group)) }
  }

  /// Whether a group's first line stands apart from the lines after it (a
  /// heading), rather than starting hard-wrapped text: it is shorter than
  /// 60% of the longest of them, or they hold no letter (a date line).
  static func standsApart(_ first: String, from rest: ArraySlice<Substring>) -> Bool {
    let longest = rest.map(\.count).max() ?? 0
    if first.count * 10 < longest * 6 { return true }
    return !rest.contains { $0.unicodeScalars.contains(where: _TextScan.isLetter) }
  }

  /// The blocks of one group of non-blank lines.
  static func plainTextBlocks(_ lines: [Substring]) -> [Block] {
    if lines.count == 1 {
      let text = _TextScan.foldingWhitespace(lines[0])
      if let item = PlainTextRules.listItemText(text) { return [Block(.listItem, item)] }
      return [Block(PlainTextRules.isHeadingLine(text) ? .heading(level: 2) : .paragraph, text)]
    }
    var blocks: [Block] = []
    var paragraph: [String] = []
    func flush() {
      if !paragraph.isEmpty { blocks.append(Block(.paragraph, paragraph.joined(separator: " "))) }
      paragraph.removeAll()
    }
    for (offset, line) in lines.enumerated() {
      let text = _TextScan.foldingWhitespace(line)
      if let item = PlainTextRules.listItemText(text) {
        flush()
        blocks.append(Block(.listItem, item))
      } else if offset == 0 && PlainTextRules.isHeadingLine(text) && Self.standsApart(text, from: lines.dropFirst()) {
        blocks.append(Block(.heading(level: 2), text))
      } else {
        paragraph.append(text)
      }
    }
    flush()
    return blocks
  }
}

/// The thresholds plain-text reading uses.
public enum PlainTextRules {
  /// The most words a line may have to be read as a heading: 15. Headlines
  /// run to about 12 words (the seed article's has 11); longer lines without
  /// final punctuation are paragraphs.
  public static let maxHeadingWords = 15

  /// Whether `line` (whitespace folded) reads as a heading: at most
  /// ``maxHeadingWords`` words and no sentence terminal at its end.
  public static func isHeadingLine(_ line: String) -> Bool {
    guard !_TextScan.endsWithSentenceTerminal(line) else { return false }
    return wordCount(of: line) <= maxHeadingWords
  }

  /// The text of a bulleted line without its bullet (`-` `*` `+` `•` and a
  /// space), or nil when `line` is not one.
  static func listItemText(_ line: String) -> String? {
    let scalars = line.unicodeScalars
    guard let first = scalars.first, first == "-" || first == "*" || first == "+" || first == ArabicScalars.bullet
    else { return nil }
    let second = scalars.index(after: scalars.startIndex)
    guard second < scalars.endIndex, scalars[second] == " " else { return nil }
    let rest = String(scalars[scalars.index(after: second)...])
    return rest.isEmpty ? nil : rest
  }
}
