import ArabicText

/// Entities left in text after parsing, where a page escaped them twice
/// (`&amp;nbsp;` in the source gives the text `&nbsp;`): decoded once, with
/// the table of ``_MarkupText`` (the entities pages commonly double-escape,
/// and numeric references). Anything else stays as written.
enum _ResidualEntities {
  /// `text` with residual entities decoded.
  static func decode(_ text: String) -> String { _MarkupText.decodingEntities(text) }
}
