/// How many words of a text are in Arabic script, Latin script and other scripts.
///
/// Words are counted as ``ReadingTime`` counts them; each word's script is
/// that of its first letter (see ``WritingScript``).
///
/// ```swift
/// let counts = ScriptWordCounts("أطلقت OpenAI نموذجا جديدا عام 2024")
/// counts.arabic  // 4
/// counts.latin   // 1
/// counts.other   // 1 (2024 has no letter)
/// counts.total   // 6
/// ```
public struct ScriptWordCounts: Sendable, Hashable {
  /// Words whose first letter is in an Arabic-script block.
  public var arabic: Int
  /// Words whose first letter is in a Latin block.
  public var latin: Int
  /// Words whose first letter is in another script, and words without a letter.
  public var other: Int

  /// Counts given directly.
  public init(arabic: Int = 0, latin: Int = 0, other: Int = 0) {
    precondition(arabic >= 0 && latin >= 0 && other >= 0, "A count is never negative")
    self.arabic = arabic
    self.latin = latin
    self.other = other
  }

  /// Counts the words of `text` by script.
  ///
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-8 bytes;
  ///   no allocation per word.
  public init<S: StringProtocol>(_ text: S) {
    self.init()
    var string = String(text)
    string.withUTF8 { bytes in
      _WordScriptScanner.count(bytes, into: &self)
    }
  }

  /// Every word, whatever its script.
  public var total: Int { arabic + latin + other }

  /// The count of words in `script`.
  public subscript(script: WritingScript) -> Int {
    get {
      switch script {
      case .arabic: arabic
      case .latin: latin
      case .other: other
      }
    }
    set {
      switch script {
      case .arabic: arabic = newValue
      case .latin: latin = newValue
      case .other: other = newValue
      }
    }
  }
}
