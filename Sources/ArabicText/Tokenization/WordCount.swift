/// The number of words in `text`: its word-like tokens as ``WordTokenizer``
/// finds them.
///
/// Words, numbers, URLs, e-mail addresses, hashtags, mentions and emoji
/// count one each (``Token/Kind/isWordLike``); punctuation, symbols and
/// white space do not.
///
/// ```swift
/// wordCount(of: "هذا نَصٌّ عربيٌّ قصيرٌ")                  // 4
/// wordCount(of: "این کلمه می\u{200C}خواهم")                // 3
/// wordCount(of: "قال: «نعم» - انتهى.")                      // 3
/// wordCount(of: "عام2024 زار 1,500 شخص الموقع.")             // 6
/// ```
///
/// How this differs from splitting on spaces:
/// - Punctuation and symbols standing alone (`-`, `«`, `…`) are not words;
///   punctuation attached to a word (`الموقع.`, `«نعم»`) does not make it a
///   different word.
/// - Words without a space between them still count apart: `نعم،لا` is
///   two words, and so is `عام2024` (Arabic letters and digits).
/// - Invisible characters (U+200C ZERO WIDTH NON-JOINER inside a Persian
///   word, U+200F RIGHT-TO-LEFT MARK, U+FEFF) neither split a word nor count
///   as one; U+00A0 NO-BREAK SPACE and the other Unicode spaces separate
///   words as a space does.
/// - Combining marks (harakat, shadda, tanween) and tatweel never split a word.
///
/// - Complexity: O(*n*), where *n* is the length of `text` in UTF-8 bytes;
///   no allocation for a native string.
public func wordCount<S: StringProtocol>(of text: S) -> Int {
  if let count = text.utf8.withContiguousStorageIfAvailable({ _countWords($0) }) { return count }
  var copy = String(text)
  return copy.withUTF8 { _countWords($0) }
}

/// The number of word-like tokens in UTF-8 `bytes`.
func _countWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
  guard let base = bytes.baseAddress else { return 0 }
  let scanner = _WordScanner(base, start: 0, end: bytes.count)
  var count = 0
  var i = 0
  while i < bytes.count {
    let (kind, end) = scanner.token(at: i)
    if kind.isWordLike { count &+= 1 }
    i = end
  }
  return count
}
