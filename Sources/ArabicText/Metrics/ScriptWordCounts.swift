/// How many words of a text are in Arabic script, Latin script and other scripts.
///
/// Words are the tokens of ``WordTokenizer`` that are read as words
/// (``Token/Kind/isReadAsWord``: words, numbers, hashtags, mentions; not
/// emoji, URLs, e-mail addresses or punctuation). Each word's script is that
/// of its first letter (see ``WritingScript``); a number has none and counts
/// as other.
///
/// ```swift
/// let counts = ScriptWordCounts("أطلقت OpenAI نموذجا جديدا عام 2024")
/// counts.arabic  // 4
/// counts.latin   // 1
/// counts.other   // 1 (2024 has no letter)
/// counts.total   // 6
/// ```
public struct ScriptWordCounts: Sendable, Hashable {
  /// Words whose first letter is of Arabic script (``WritingScript/arabic``).
  public var arabic: Int
  /// Words whose first letter is of Latin script (``WritingScript/latin``).
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
    if text.utf8.withContiguousStorageIfAvailable({ add(utf8: $0) }) == nil {
      var copy = String(text)
      copy.withUTF8 { add(utf8: $0) }
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
