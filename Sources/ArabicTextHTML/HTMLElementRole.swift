/// How the HTML reader treats an element.
enum _HTMLElementRole {
  /// Skipped with everything inside: scripts, styles, navigation, asides,
  /// form controls, embedded media. (A `<form>` itself is a container: some
  /// frameworks wrap the whole page in one.)
  case skipped
  /// A heading of the given level.
  case heading(Int)
  /// A block of the given kind (`<p>`, `<li>`, `<blockquote>`, `<pre>`, cells).
  case block(BlockKind)
  /// A container whose edges end the current block (`<div>`, `<section>`, lists, tables).
  case container
  /// A line break (`<br>`).
  case lineBreak
  /// A link (`<a>`); its text counts for link density.
  case link
  /// Inline markup; its text joins the current block.
  case inline

  enum BlockKind {
    case paragraph, listItem, quote, code
  }

  /// The role of an element by its lowercase name.
  ///
  /// Skipped: `script`, `style`, `noscript`, `template`, `nav`, `aside`,
  /// `iframe`, `svg`, `math`, `button`, `select`, `textarea`,
  /// `input`, `object`, `embed`, `canvas`, `video`, `audio`, `map`,
  /// `figure`, `img`, `head`, and `header` and `footer` (see
  /// ``_HTMLReader`` for `header` inside an article).
  static func of(_ name: String) -> _HTMLElementRole {
    switch name {
    case "script", "style", "noscript", "template", "nav", "aside", "iframe", "svg", "math", "button",
      "select", "textarea", "input", "object", "embed", "canvas", "video", "audio", "map", "figure", "img",
      "picture", "head", "header", "footer", "dialog", "menu":
      return .skipped
    case "h1": return .heading(1)
    case "h2": return .heading(2)
    case "h3": return .heading(3)
    case "h4": return .heading(4)
    case "h5": return .heading(5)
    case "h6": return .heading(6)
    case "p", "dt", "dd", "td", "th", "caption", "figcaption", "summary", "address", "legend": return .block(.paragraph)
    case "li": return .block(.listItem)
    case "blockquote": return .block(.quote)
    case "pre": return .block(.code)
    case "div", "section", "article", "main", "body", "html", "ul", "ol", "dl", "table", "thead", "tbody",
      "tfoot", "tr", "details", "center", "hgroup", "hr", "fieldset", "form":
      return .container
    case "br": return .lineBreak
    case "a": return .link
    default: return .inline
    }
  }
}
