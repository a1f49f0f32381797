public import ArabicText
internal import CLibXML2Shim

extension Document {
  /// Reads an HTML page with libxml2's HTML parser: its article text as
  /// blocks, and its metadata.
  ///
  /// ```swift
  /// let page = """
  ///   <html lang="ar"><head><title>عنوان | الموقع</title></head>
  ///   <body><nav><a href="/">الرئيسية</a></nav>
  ///   <article><h1>عنوان</h1><p>نص <b>الفقرة</b> &amp; بقيتها.</p></article></body></html>
  ///   """
  /// let document = Document(html: page)
  /// document.blocks.map(\.text)     // ["عنوان", "نص الفقرة & بقيتها."]
  /// document.metadata.title         // "عنوان | الموقع"
  /// document.metadata.language      // "ar"
  /// ```
  ///
  /// The parser is libxml2's `htmlReadMemory` with `HTML_PARSE_RECOVER |
  /// HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET`: it
  /// recovers from broken markup (unclosed `<p>`, stray tags), decodes
  /// entities (`&amp;` → &, `&nbsp;` → U+00A0), and never touches the
  /// network. The input is read as UTF-8 whatever its `<meta charset>` says.
  ///
  /// Rules:
  /// - The article is the `<article>` holding the most text when that is at
  ///   least a third of the page's text (smaller ones are cards of other
  ///   posts), else `<main>` (or `role="main"`), else the element whose
  ///   paragraphs hold the most text (a `<p>` counts fully for its parent and
  ///   half for its grandparent, as in Arc90's Readability) when it holds a
  ///   third of the page's text, else `<body>`. When it holds no `<h1>`, the first
  ///   `<h1>` of the page outside skipped parts (an entry header is not
  ///   skipped) is put before it.
  /// - Skipped with their content: `script`, `style`, `noscript`,
  ///   `template`, `nav`, `aside`, `form`, `header` and `footer` (a `header`
  ///   inside the article, `<article>` or `<main>`, or whose class or id
  ///   names the entry, such as WordPress's `entry-header`, stays: it holds
  ///   the headline), `figure`, images, embedded media and form
  ///   controls (a `form` itself is read: some frameworks wrap whole pages in one),
  ///   containers whose class or id names comments, sharing, related posts,
  ///   sidebars or pop-ups (Readability's word lists, see ``_UnlikelyContainers``), elements with `hidden` or `aria-hidden="true"`, and the
  ///   ARIA landmarks `navigation`, `banner`, `contentinfo`, `complementary`
  ///   and `search`.
  /// - `h1`–`h6` are headings; `p`, cells and definitions paragraphs; `li`
  ///   list items; `blockquote` quotes; `pre` code (lines kept). Text
  ///   directly inside containers (`div`, `section`, unknown elements) is a
  ///   paragraph. Inline markup joins its block; `br` is a space.
  /// - Link text is measured for ``BoilerplateFilter``'s link-density rule.
  /// - Metadata: `<title>`; `<meta name="description">`; `og:title`,
  ///   `og:description`, `og:site_name` (else `application-name`);
  ///   `twitter:title` and `twitter:description` when Open Graph has none;
  ///   `<html lang dir>`.
  ///
  /// - Complexity: O(*n*), where *n* is the length of `html` in UTF-8 bytes.
  public init(html: String) {
    self.init()
    var source = _StreamSafeText.make(html)  // no run of more than 30 marks: see _StreamSafeText
    source.withUTF8 { bytes in
      guard bytes.count > 0,
        let document = atxml_parse_html(
          UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count))
      else { return }
      defer { atxml_free_document(document) }
      guard let root = atxml_root(document).map(_HTMLNode.init) else { return }
      var reader = _HTMLReader()
      reader.read(root)
      self = reader.document
    }
  }
}

/// Walks a parsed page into a ``Document``.
struct _HTMLReader {
  var document = Document()
  /// Bytes of the block being collected.
  var buffer: [UInt8] = []
  /// Of which, bytes of link text.
  var linkBytes = 0
  var blockKind: Document.Block.Kind = .paragraph
  var linkDepth = 0
  var preDepth = 0
  var insideContent = false
  /// How many `<article>`, `<main>` or `role="main"` elements the walk is inside.
  var contentDepth = 0

  mutating func read(_ root: _HTMLNode) {
    if let lang = root.attribute("lang"), !lang.isEmpty { document.metadata.language = lang }
    if let dir = root.attribute("dir") { document.metadata.direction = TextDirection(rawValue: dir.lowercased()) }
    var body: _HTMLNode?
    for child in root.children where child.kind == .element {
      switch child.name {
      case "head": readHead(child)
      case "body": body = child
      default: break
      }
    }
    let top = body ?? root
    let content = Self.contentRoot(in: top) ?? top
    let isWholeBody = content.pointer == top.pointer
    if !isWholeBody && !Self.contains(content, element: "h1"), let h1 = Self.firstVisible(in: top, element: "h1") {
      element(h1)
    }
    insideContent = !isWholeBody
    walk(content)
    flush()
  }

  // MARK: - Head

  mutating func readHead(_ head: _HTMLNode) {
    var twitterTitle: String?
    var twitterDescription: String?
    var applicationName: String?
    for node in head.children where node.kind == .element {
      switch node.name {
      case "title":
        document.metadata.title = Self.fold(Self.text(of: node))
      case "meta":
        let key = (node.attribute("property") ?? node.attribute("name") ?? "").lowercased()
        guard let content = node.attribute("content").map(Self.fold), !content.isEmpty else { continue }
        switch key {
        case "description": document.metadata.description = content
        case "og:title": document.metadata.openGraphTitle = content
        case "og:description": document.metadata.openGraphDescription = content
        case "og:site_name": document.metadata.siteName = content
        case "twitter:title": twitterTitle = content
        case "twitter:description": twitterDescription = content
        case "application-name": applicationName = content
        default: break
        }
      default:
        break
      }
    }
    if document.metadata.openGraphTitle == nil { document.metadata.openGraphTitle = twitterTitle }
    if document.metadata.openGraphDescription == nil { document.metadata.openGraphDescription = twitterDescription }
    if document.metadata.siteName == nil { document.metadata.siteName = applicationName }
  }

  // MARK: - Body

  mutating func walk(_ node: _HTMLNode) {
    for child in node.children {
      switch child.kind {
      case .text:
        let bytes = child.textBytes
        buffer.append(contentsOf: bytes)
        if linkDepth > 0 { linkBytes += bytes.count }
      case .element:
        element(child)
      case .other:
        break
      }
    }
  }

  mutating func element(_ node: _HTMLNode) {
    let name = node.name
    var role = _HTMLElementRole.of(name)
    if name == "header" && (insideContent || contentDepth > 0 || Self.isEntryHeader(node)) { role = .container }
    if case .skipped = role { return }
    if Self.isHidden(node, role: role) { return }
    let isContent: Bool
    if case .container = role {
      isContent = name == "article" || name == "main" || node.attribute("role")?.lowercased() == "main"
    } else {
      isContent = false
    }
    if isContent { contentDepth += 1 }
    defer { if isContent { contentDepth -= 1 } }
    switch role {
    case .skipped:
      return
    case .inline:
      walk(node)
    case .link:
      linkDepth += 1
      walk(node)
      linkDepth -= 1
    case .lineBreak:
      buffer.append(preDepth > 0 ? 0x0A : 0x20)
    case .container:
      flush()
      walk(node)
      flush()
    case .heading(let level):
      flush()
      let saved = blockKind
      blockKind = .heading(level: level)
      walk(node)
      flush()
      blockKind = saved
    case .block(let kind):
      flush()
      let saved = blockKind
      switch kind {
      case .paragraph: if blockKind != .quote { blockKind = .paragraph }
      case .listItem: blockKind = .listItem
      case .quote: blockKind = .quote
      case .code: blockKind = .code
      }
      if kind == .code { preDepth += 1 }
      walk(node)
      flush()
      if kind == .code { preDepth -= 1 }
      blockKind = saved
    }
  }

  /// Ends the current block.
  mutating func flush() {
    guard !buffer.isEmpty else { return }
    let raw = String(decoding: buffer, as: UTF8.self)
    let text: String
    if blockKind == .code {
      text = Self.trimmingBlankLines(raw)
    } else {
      text = Self.fold(raw)
    }
    if !text.isEmpty {
      let kind: Document.Block.Kind = blockKind
      document.blocks.append(Document.Block(kind, text, linkTextLength: min(linkBytes, text.utf8.count)))
    }
    buffer.removeAll(keepingCapacity: true)
    linkBytes = 0
  }

  // MARK: - Helpers

  static func fold(_ text: String) -> String { _TextScan.foldingWhitespace(_ResidualEntities.decode(text)) }

  static func trimmingBlankLines(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// Whether an element is hidden or an ARIA landmark that is not content.
  static func isHidden(_ node: _HTMLNode, role: _HTMLElementRole) -> Bool {
    switch role {
    case .inline, .link, .lineBreak: return false
    default: break
    }
    if node.attribute("hidden") != nil { return true }
    switch node.name {
    case "div", "section", "ul", "ol", "table":
      if _UnlikelyContainers.isUnlikely(className: node.attribute("class"), id: node.attribute("id"))
        && !isEntryHeader(node)
      {
        return true
      }
    default:
      break
    }
    if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
    if let ariaRole = node.attribute("role")?.lowercased() {
      switch ariaRole {
      case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog":
        return true
      default:
        break
      }
    }
    return false
  }

  /// All text under `node` (for `<title>`).
  static func text(of node: _HTMLNode) -> String {
    var bytes: [UInt8] = []
    func collect(_ node: _HTMLNode) {
      for child in node.children {
        switch child.kind {
        case .text: bytes.append(contentsOf: child.textBytes)
        case .element: collect(child)
        case .other: break
        }
      }
    }
    collect(node)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The `<article>` with the most text when it holds at least a third of
  /// the page's text, else `<main>` or `role="main"`, else the densest
  /// paragraph parent, outside skipped parts.
  static func contentRoot(in top: _HTMLNode) -> _HTMLNode? {
    var best: (node: _HTMLNode, size: Int)?
    var main: _HTMLNode?
    func search(_ node: _HTMLNode) {
      for child in node.children where child.kind == .element {
        let name = child.name
        if case .skipped = _HTMLElementRole.of(name) { continue }
        if name == "article" {
          let size = textSize(child)
          if best.map({ size > $0.size }) ?? true { best = (child, size) }
          continue
        }
        if main == nil && (name == "main" || child.attribute("role")?.lowercased() == "main") { main = child }
        search(child)
      }
    }
    search(top)
    let total = textSize(top)
    if let best, best.size > 0, best.size * 3 >= total { return best.node }
    if let main { return main }
    if let dense = densestParagraphParent(in: top), textSize(dense) * 3 >= total { return dense }
    return nil
  }

  /// The element whose paragraphs hold the most text: each `<p>` adds its
  /// text to its parent and half of it to its grandparent (the scoring of
  /// Arc90's Readability); nil when the page has no paragraph text.
  static func densestParagraphParent(in top: _HTMLNode) -> _HTMLNode? {
    var scores: [OpaquePointer: Int] = [:]
    var nodes: [OpaquePointer: _HTMLNode] = [:]
    func visit(_ node: _HTMLNode, parent: _HTMLNode?, grandparent: _HTMLNode?) {
      for child in node.children where child.kind == .element {
        let name = child.name
        if case .skipped = _HTMLElementRole.of(name) { continue }
        if isHidden(child, role: .container) { continue }
        if name == "p" {
          let size = textSize(child)
          scores[node.pointer, default: 0] += size
          nodes[node.pointer] = node
          if let parent {
            scores[parent.pointer, default: 0] += size / 2
            nodes[parent.pointer] = parent
          }
          continue
        }
        visit(child, parent: node, grandparent: parent)
      }
    }
    visit(top, parent: nil, grandparent: nil)
    func address(_ pointer: OpaquePointer) -> UInt { UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(pointer))) }
    guard
      let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && address($0.key) > address($1.key)) }),
      best.value > 0, best.key != top.pointer
    else { return nil }
    return nodes[best.key]
  }

  /// Bytes of visible text under `node`.
  static func textSize(_ node: _HTMLNode) -> Int {
    var size = 0
    for child in node.children {
      switch child.kind {
      case .text: size += child.textBytes.count
      case .element:
        if case .skipped = _HTMLElementRole.of(child.name) { continue }
        size += textSize(child)
      case .other: break
      }
    }
    return size
  }

  /// Whether `node` holds an `element`.
  static func contains(_ node: _HTMLNode, element: String) -> Bool {
    for child in node.children where child.kind == .element {
      if child.name == element || contains(child, element: element) { return true }
    }
    return false
  }

  /// The first `element` under `node` outside skipped parts; a `<header>`
  /// inside `<article>` or `<main>`, or naming the entry, is not skipped.
  static func firstVisible(in node: _HTMLNode, element: String, inContent: Bool = false) -> _HTMLNode? {
    for child in node.children where child.kind == .element {
      let name = child.name
      if name == element { return child }
      let isContentHeader = name == "header" && (inContent || isEntryHeader(child))
      if case .skipped = _HTMLElementRole.of(name), !isContentHeader { continue }
      if isHidden(child, role: .container) { continue }
      let content = inContent || name == "article" || name == "main" || child.attribute("role")?.lowercased() == "main"
      if let found = firstVisible(in: child, element: element, inContent: content) { return found }
    }
    return nil
  }

  /// Whether an element's class or id names the entry's own header or title
  /// (``_UnlikelyContainers/isEntryHeader(className:id:)``).
  static func isEntryHeader(_ node: _HTMLNode) -> Bool {
    _UnlikelyContainers.isEntryHeader(className: node.attribute("class"), id: node.attribute("id"))
  }
}
