public import ArabicText
internal import Ink

extension Document {
  /// Reads a Markdown post: its front matter as metadata and its text as
  /// blocks.
  ///
  /// ```swift
  /// let post = """
  ///   ---
  ///   title: "دليل المبتدئين"
  ///   description: مقدمة قصيرة
  ///   ---
  ///   # دليل المبتدئين
  ///
  ///   هذا [دليل](https://example.com) قصير. ![صورة](a.png)
  ///   """
  /// let document = Document(markdown: post)
  /// document.metadata.title        // "دليل المبتدئين"
  /// document.blocks.map(\.text)    // ["دليل المبتدئين", "هذا دليل قصير."]
  /// ```
  ///
  /// The Markdown is rendered to HTML by Ink (JohnSundell/Ink), which also
  /// reads the front matter (`---` lines around `key: value` pairs), and the
  /// HTML is read by ``Document/init(html:)``: headings give headings (and
  /// the title), links keep their text, images, code blocks and HTML comments
  /// are dropped. Before rendering, setext headings (CommonMark §4.3: a
  /// paragraph underlined with `===` or `---`) are written as `#` and `##`
  /// headings, and heading attribute blocks (`# Title {#anchor}`,
  /// `{.class}`, kramdown's `{: …}`) are removed; and MDX is reduced to Markdown: comments
  /// `{/* … */}` are removed, and lines holding only a component tag
  /// (`<Intro>`, `</Sandpack>`: a tag whose name starts with a capital) are
  /// dropped so that the Markdown inside them is read as Markdown.
  ///
  /// Front matter: `title` gives ``DocumentMetadata/title``; `description`
  /// (else `excerpt`, `summary`) ``DocumentMetadata/description``; `lang`
  /// (else `language`) ``DocumentMetadata/language``; `dir`
  /// ``DocumentMetadata/direction``; `site_name` (else `site`)
  /// ``DocumentMetadata/siteName``. Quotes around values are removed and
  /// Markdown links in them keep their text.
  ///
  /// - Complexity: O(*n*), where *n* is the length of `markdown`.
  public init(markdown: String) {
    // Stream-safe first: Ink compares characters, and a letter carrying thousands of marks
    // would make each comparison quadratic.
    let parsed = MarkdownParser().parse(
      _MDX.escapingUnclosedParagraphTags(
        _MDX.limitingBracketNesting(
          _MDX.guardingFrontMatter(_MDX.reduce(_MDX.separatingMarksFromSyntax(_MDX.endingWithNewline(_StreamSafeText.make(markdown))))))))
    self.init(html: "<html><body>" + parsed.html + "</body></html>")
    var front: [String: String] = [:]
    for (key, value) in parsed.metadata { front[key.lowercased()] = _MDX.plainValue(value) }
    metadata.frontMatter = front
    if let title = front["title"], !title.isEmpty { metadata.title = title }
    if let description = front["description"] ?? front["excerpt"] ?? front["summary"], !description.isEmpty {
      metadata.description = description
    }
    if let language = front["lang"] ?? front["language"] { metadata.language = language }
    if let direction = front["dir"] { metadata.direction = TextDirection(rawValue: direction.lowercased()) }
    if let site = front["site_name"] ?? front["site"] { metadata.siteName = site }
  }
}

extension Substring {
  /// The line without trailing spaces, tabs and CR.
  var trimmingTrailingSpace: Substring {
    var text = self
    while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
    return text
  }

  /// The line without leading and trailing spaces and tabs.
  var trimmingSpace: Substring { trimmingTrailingSpace.drop { $0 == " " || $0 == "\t" } }
}

/// MDX and front-matter clean-up for the Markdown reader.
enum _MDX {
  /// `markdown` without MDX comments and lines holding only a component tag,
  /// with setext headings written as ATX headings and heading attributes
  /// removed; front matter and fenced code are left alone.
  static func reduce(_ markdown: String) -> String {
    var lines: [Substring] = []
    var inFence = false
    var inFrontMatter = false
    /// Where the paragraph being read started in `lines`, or nil.
    var paragraphStart: Int?
    for (number, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if number == 0 && line.trimmingTrailingSpace == "---" {
        inFrontMatter = true
        lines.append(line)
        continue
      }
      if inFrontMatter {
        if line.trimmingTrailingSpace == "---" || line.trimmingTrailingSpace == "..." { inFrontMatter = false }
        lines.append(line)
        continue
      }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        inFence.toggle()
        paragraphStart = nil
        lines.append(line)
        continue
      }
      if inFence {
        lines.append(line)
        continue
      }
      if isComponentTagLine(trimmed) {
        paragraphStart = nil
        continue
      }
      if let level = setextLevel(line), let start = paragraphStart {
        // CommonMark §4.3: the paragraph above the underline is the heading.
        let text = lines[start...].map { $0.trimmingSpace }.joined(separator: " ")
        lines.removeSubrange(start...)
        lines.append(Substring(String(repeating: "#", count: level) + " " + removingAttributes(Substring(text))))
        paragraphStart = nil
        continue
      }
      var reduced = Substring(removingComments(line))
      if isATXHeading(reduced) { reduced = Substring(removingAttributes(reduced)) }
      if isParagraphLine(reduced) {
        if paragraphStart == nil { paragraphStart = lines.count }
      } else {
        paragraphStart = nil
      }
      lines.append(reduced)
    }
    return lines.joined(separator: "\n")
  }

  /// The level of a setext heading underline (CommonMark §4.3): up to three
  /// spaces, then only `=` (level 1) or only `-` (level 2), then spaces.
  static func setextLevel(_ line: Substring) -> Int? {
    var rest = line.trimmingTrailingSpace
    var indent = 0
    while rest.first == " " && indent < 4 {
      rest = rest.dropFirst()
      indent += 1
    }
    guard indent < 4, let first = rest.first, first == "=" || first == "-", rest.allSatisfy({ $0 == first }) else {
      return nil
    }
    return first == "=" ? 1 : 2
  }

  /// Whether a line can be (or continue) a paragraph: not blank, not indented
  /// code, and not starting a heading, list item, quote, table, thematic
  /// break or HTML block.
  static func isParagraphLine(_ line: Substring) -> Bool {
    guard !line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) else { return false }
    if line.hasPrefix("    ") || line.hasPrefix("\t") { return false }
    let text = line.drop { $0 == " " }
    guard let first = text.first else { return false }
    switch first {
    case "#", ">", "|", "<": return false
    case "-", "*", "+":
      let second = text.dropFirst().first
      if second == nil || second == " " || second == "\t" || second == first { return false }
    default:
      // An ordered list item: digits then "." or ")" and a space.
      let digits = text.prefix { $0.isASCII && $0.isNumber }
      if !digits.isEmpty, digits.count <= 9 {
        let after = text.dropFirst(digits.count)
        if let marker = after.first, marker == "." || marker == ")",
          after.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true
        {
          return false
        }
      }
    }
    return true
  }

  /// Whether a line is an ATX heading (`#` to `######` and a space, after up to three spaces).
  static func isATXHeading(_ line: Substring) -> Bool {
    let text = line.drop { $0 == " " }
    guard line.count - text.count < 4 else { return false }
    let hashes = text.prefix { $0 == "#" }
    guard (1...6).contains(hashes.count) else { return false }
    let after = text.dropFirst(hashes.count).first
    return after == nil || after == " " || after == "\t"
  }

  /// A heading line without a trailing attribute block: `{#id}`, `{.class}`,
  /// `{#id .class key=value}` (Pandoc, PHP Markdown Extra, Hugo) or `{: …}`
  /// (kramdown).
  static func removingAttributes(_ line: Substring) -> String {
    let text = line.trimmingTrailingSpace
    guard text.last == "}", let open = text.lastIndex(of: "{") else { return String(line) }
    let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
    guard let first = inside.first, first == "#" || first == "." || first == ":", !inside.contains("{") else {
      return String(line)
    }
    return String(text[..<open].trimmingTrailingSpace)
  }

  /// Whether a line is only `<Name …>`, `</Name>` or `<Name … />` with a capitalized name.
  static func isComponentTagLine(_ line: Substring) -> Bool {
    var text = line
    while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
    guard text.first == "<", text.last == ">" else { return false }
    var name = text.dropFirst()
    if name.first == "/" { name = name.dropFirst() }
    guard let first = name.first, first.isASCII, first.isUppercase else { return false }
    return !text.dropFirst().dropLast().contains("<")
  }

  /// `markdown` made safe for Ink's front matter reader.
  ///
  /// Ink reads front matter from a leading `---` line to the next line that
  /// starts with `-`, and traps (index out of bounds) when only white space
  /// is left before the end of the text. Front matter without such a line is
  /// not front matter but a thematic break: the opening `---` is given to
  /// Ink as `***`, which means the same.
  static func guardingFrontMatter(_ markdown: String) -> String {
    guard let start = markdown.firstIndex(where: { !$0.isWhitespace }), markdown[start...].hasPrefix("---\n")
    else { return markdown }
    let afterOpener = markdown.index(start, offsetBy: 3)
    let closed = markdown[afterOpener...].split(whereSeparator: \.isNewline).contains {
      $0.drop(while: \.isWhitespace).first == "-"
    }
    if closed { return markdown }
    return String(markdown[..<start]) + "***" + markdown[afterOpener...]
  }

  /// `markdown` without the white space at its end, then one line feed.
  ///
  /// Ink reads past the end of the text when a list is followed by a last
  /// line of white space only ("- a\n\t"): it reads the white space as the
  /// indentation of a nested list and then the character after it.
  static func endingWithNewline(_ markdown: String) -> String {
    var text = Substring(markdown)
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return text.isEmpty ? "" : text + "\n"
  }

  /// `markdown` with a space between an ASCII punctuation character and a
  /// scalar that would extend its grapheme cluster (a combining mark, ZWNJ,
  /// ZWJ, an emoji modifier: Grapheme_Cluster_Break Extend, ZWJ or
  /// SpacingMark, UAX #29).
  ///
  /// Ink reads characters: `>` followed by a damma is one `Character`, not a
  /// `>`, so a tag such as `<p>ُ` never closes and Ink reads the same
  /// paragraph forever. The mark stays in the text, on the space.
  static func separatingMarksFromSyntax(_ markdown: String) -> String {
    let bytes = Array(markdown.utf8)
    @inline(__always) func isPunctuation(_ byte: UInt8) -> Bool {
      (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
        || (0x7B...0x7E).contains(byte)
    }
    var result: [UInt8] = []
    var copied = 0
    for i in bytes.indices.dropLast() where isPunctuation(bytes[i]) && bytes[i + 1] >= 0x80 {
      var end = i + 2
      while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
      let pair = String(decoding: bytes[i..<end], as: UTF8.self)
      guard pair.count == 1 else { continue }
      if result.isEmpty { result.reserveCapacity(bytes.count + 16) }
      result += bytes[copied...i]
      result.append(0x20)
      copied = i + 1
    }
    guard copied > 0 else { return markdown }
    result += bytes[copied...]
    return String(decoding: result, as: UTF8.self)
  }

  /// `markdown` with `<` written as `&lt;` where it starts `<p` or `<P` and
  /// no `>` follows anywhere after it, or is escaped (`\<p>`: Ink's HTML
  /// reader grew without bound on it).
  ///
  /// Ink ends a paragraph at `<p` to read an HTML block there; when no `>`
  /// closes the tag, that read fails, the paragraph starts again at the same
  /// place, and Ink never returns ("a <pa" at the end of a text). The
  /// reference shows the same `<`. Fenced code is left alone.
  static func escapingUnclosedParagraphTags(_ markdown: String) -> String {
    let bytes = Array(markdown.utf8)
    let lastClose = bytes.lastIndex(of: UInt8(ascii: ">")) ?? -1
    var needed = false
    for i in bytes.indices.dropLast() where bytes[i] == UInt8(ascii: "<") {
      let escaped = i > 0 && bytes[i - 1] == UInt8(ascii: "\\")
      if (i > lastClose || escaped) && bytes[i + 1] | 0x20 == UInt8(ascii: "p") {
        needed = true
        break
      }
    }
    guard needed else { return markdown }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 16)
    var inFence = false
    var lineStart = true
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      if lineStart {
        var j = i
        while j < bytes.count && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
        if j + 2 < bytes.count && bytes[j] == bytes[j + 1] && bytes[j] == bytes[j + 2]
          && (bytes[j] == UInt8(ascii: "`") || bytes[j] == UInt8(ascii: "~"))
        {
          inFence.toggle()
        }
      }
      lineStart = byte == 0x0A
      let escaped = i > 0 && bytes[i - 1] == UInt8(ascii: "\\")
      if !inFence && (i > lastClose || escaped) && byte == UInt8(ascii: "<") && i + 1 < bytes.count
        && bytes[i + 1] | 0x20 == UInt8(ascii: "p")
      {
        // `\<` is an escaped `<`: the reference stands for both.
        if escaped { result.removeLast() }
        result += Array("&lt;".utf8)
      } else {
        result.append(byte)
      }
      i += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// `markdown` with each `[` that cannot start a link written as the
  /// character reference `&#91;`: a `[` with no `]` to match it in its
  /// paragraph, and a `[` inside another one's brackets (links do not nest,
  /// CommonMark §6.3).
  ///
  /// Ink tries every `[` as the start of a link and reads the text after it
  /// again for each one that fails: with brackets left open or nested, the
  /// time grows as a power of their number (twenty `[` in a row took
  /// seconds). With only outermost matched pairs left, each pair is read a
  /// bounded number of times. The reference shows the same `[` and starts no
  /// link; in code it shows as `&#91;`, the price of never hanging (Ink does
  /// not always read a fence as one). A blank line ends a paragraph.
  static func limitingBracketNesting(_ markdown: String) -> String {
    guard markdown.utf8.contains(UInt8(ascii: "[")) else { return markdown }
    var result = ""
    result.reserveCapacity(markdown.utf8.count + 64)
    var paragraph: [Substring] = []
    func flush() {
      guard !paragraph.isEmpty else { return }
      result += escapingUnmatchedBrackets(paragraph.joined(separator: "\n"))
      result += "\n"
      paragraph.removeAll()
    }
    // Fenced code is not told apart: Ink reads a fence after a list item as text, links and all.
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.allSatisfy(\.isWhitespace) {
        flush()
        result += line
        result += "\n"
      } else {
        paragraph.append(line)
      }
    }
    flush()
    result.removeLast()
    return result
  }

  /// `paragraph` with each `[` that has no matching `]`, or lies inside an
  /// outer matched pair, written as `&#91;`.
  static func escapingUnmatchedBrackets(_ paragraph: String) -> String {
    let characters = Array(paragraph)
    // Brackets matched as pairs. (Code spans are not told apart: a backtick left open is
    // literal text to Ink, and a `[` in code shown as `&#91;` is the smaller harm.)
    var counts = [Bool](repeating: false, count: characters.count)
    var matched = [Bool](repeating: false, count: characters.count)
    var openings: [Int] = []
    for (i, character) in characters.enumerated() {
      if character == "[" {
        counts[i] = true
        openings.append(i)
      } else if character == "]" {
        counts[i] = true
        if let opening = openings.popLast() { matched[opening] = true }
      }
    }
    guard !openings.isEmpty || hasNestedPairs(characters, counts) else { return paragraph }
    var result = ""
    result.reserveCapacity(paragraph.utf8.count + 16)
    var depth = 0
    var kept: [Bool] = []  // for each `[` not yet closed: whether it stays a `[`
    for (i, character) in characters.enumerated() {
      if counts[i] && character == "[" {
        let keeps = matched[i] && depth == 0
        kept.append(keeps)
        if keeps {
          depth += 1
          result.append("[")
        } else {
          result += "&#91;"
        }
        continue
      }
      if counts[i] && character == "]", let keeps = kept.popLast(), keeps { depth -= 1 }
      result.append(character)
    }
    return result
  }

  /// Whether a matched `[` … `]` pair of `characters` lies inside another.
  private static func hasNestedPairs(_ characters: [Character], _ counts: [Bool]) -> Bool {
    var open = 0
    for (i, character) in characters.enumerated() where counts[i] {
      if character == "[" {
        open += 1
        if open > 1 { return true }
      } else if open > 0 {
        open -= 1
      }
    }
    return false
  }


  /// `line` without `{/* … */}` comments.
  static func removingComments(_ line: Substring) -> String {
    var result = ""
    var rest = line
    while let open = rest.firstRange(of: "{/*") {
      result += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].firstRange(of: "*/}") else {
        return result + rest[open.lowerBound...]
      }
      rest = rest[close.upperBound...]
    }
    return result + rest
  }

  /// A front matter value without surrounding quotes, with Markdown links reduced to their text.
  static func plainValue(_ value: String) -> String {
    var text = Substring(value)
    if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
      text = text.dropFirst().dropLast()
    }
    var result = ""
    var rest = text
    // [text](url) → text
    while let open = rest.firstIndex(of: "[") {
      guard let close = rest[open...].firstIndex(of: "]"), rest.index(after: close) < rest.endIndex,
        rest[rest.index(after: close)] == "(",
        let end = rest[close...].firstIndex(of: ")")
      else { break }
      result += rest[..<open]
      result += rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: end)...]
    }
    result += rest
    return _TextScan.foldingWhitespace(result)
  }
}
