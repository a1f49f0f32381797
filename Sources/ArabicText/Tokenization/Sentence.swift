/// A sentence found by ``SentenceSegmenter``: where it is in the source.
///
/// The range leaves out the white space and invisible format characters
/// around the sentence; it keeps the terminator and closing punctuation.
///
/// ```swift
/// let text = "كيف حالك؟ أنا بخير."
/// for sentence in SentenceSegmenter().sentences(in: text) {
///   print(text[sentence.range], sentence.utf8Offsets)
/// }
/// // كيف حالك؟ 0..<17
/// // أنا بخير. 18..<34
/// ```
public struct Sentence: Hashable, Sendable {
  /// The sentence's range in the string it was found in.
  public var range: Range<String.Index>
  /// The sentence's range in UTF-8 bytes, counted from the start of the
  /// text that was segmented (for a `Substring`, from the substring's start).
  public var utf8Offsets: Range<Int>

  /// A sentence at `range`, which is `utf8Offsets` in UTF-8 bytes.
  public init(range: Range<String.Index>, utf8Offsets: Range<Int>) {
    self.range = range
    self.utf8Offsets = utf8Offsets
  }
}
