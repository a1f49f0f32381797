import ArabicText
import ArabicTextHTML

/// The format of an article given to `seo`: plain text, Markdown or HTML.
enum ArticleFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown, html

  /// The format a file name says (`.html` `.htm` `.xhtml`, `.md` `.markdown`
  /// `.mdx`, `.txt`), or nil.
  init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
    switch fileName[fileName.index(after: dot)...].lowercased() {
    case "html", "htm", "xhtml": self = .html
    case "md", "markdown", "mdx": self = .markdown
    case "txt", "text": self = .text
    default: return nil
    }
  }

  /// The format the content shows: HTML when it starts with `<` and holds
  /// `<html`, `<!doctype`, `<body`, `<p` or `<div`; Markdown when it starts
  /// with front matter (`---`) or has an ATX heading line (`# `); else text.
  init(sniffing text: String) {
    let head = text.utf8.prefix(4096)
    let start = head.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    let lowered = String(decoding: head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    if start.first == UInt8(ascii: "<")
      && ["<html", "<!doctype", "<body", "<p", "<div", "<article", "<h1"].contains(where: lowered.contains)
    {
      self = .html
      return
    }
    if start.starts(with: "---\n".utf8) || start.starts(with: "---\r\n".utf8) {
      self = .markdown
      return
    }
    for line in text.prefix(4096).split(separator: "\n") where line.hasPrefix("# ") || line.hasPrefix("## ") {
      self = .markdown
      return
    }
    self = .text
  }

  /// Reads `text` in this format.
  func document(_ text: String) -> Document {
    switch self {
    case .text: Document(plainText: text)
    case .markdown: Document(markdown: text)
    case .html: Document(html: text)
    }
  }
}

import ArgumentParser
