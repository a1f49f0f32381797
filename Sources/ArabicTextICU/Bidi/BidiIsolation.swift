import ArabicText

extension StringProtocol {
  /// The text wrapped in a bidi isolate, for embedding in text of the other direction.
  ///
  /// An isolate (UAX #9, section 2.7) makes its content behave as one
  /// neutral character to the text around it, and keeps the surrounding
  /// text from reordering its content. Wrap Arabic messages placed inside
  /// English log lines, user names in templates, file names, and so on.
  ///
  /// ```swift
  /// "جار التحميل…".bidiIsolated(direction: .rightToLeft)  // "\u{2067}جار التحميل…\u{2069}"
  /// "world?".bidiIsolated(direction: .leftToRight)       // "\u{2066}world?\u{2069}"
  /// "user_name".bidiIsolated()                           // "\u{2068}user_name\u{2069}"
  /// ```
  ///
  /// Without the isolate, "Loading: جار التحميل…" shows the ellipsis on the
  /// wrong side in a left-to-right paragraph; with it, the Arabic text keeps
  /// its shape. A paragraph separator (LF, CR, U+2029) ends every isolate,
  /// so wrap each line of multi-line text separately.
  ///
  /// - Parameter direction: `.rightToLeft` wraps in RLI (U+2067), `.leftToRight` in LRI
  ///   (U+2066), `.auto` in FSI (U+2068, which takes the direction of the first strong
  ///   character inside); each is closed with PDI (U+2069).
  /// - Returns: The text between the isolate initiator and PDI.
  public func bidiIsolated(direction: ParagraphDirection = .auto) -> String {
    let initiator: Unicode.Scalar =
      switch direction {
      case .auto: ArabicScalars.firstStrongIsolate
      case .leftToRight: ArabicScalars.leftToRightIsolate
      case .rightToLeft: ArabicScalars.rightToLeftIsolate
      }
    var result = String(initiator)
    result.reserveCapacity(utf8.count + 6)
    result.append(contentsOf: self)
    result.unicodeScalars.append(ArabicScalars.popDirectionalIsolate)
    return result
  }
}
