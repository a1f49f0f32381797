/// Splits text into sentences, lazily, with their range in the source.
///
/// Sentence boundaries are those of UAX #29 (Unicode Text Segmentation,
/// sentence boundary rules SB1–SB998), with departures for Arabic-script
/// text listed in <doc:Segmentation>. A sentence ends after `.` `!` `?`
/// `؟` (U+061F) `۔` (U+06D4) `…` `‼` `⁇` and the other terminators of
/// Unicode, together with the closing quotation marks and brackets after
/// them (`»` `"` `)` `]`), and at a paragraph break. It does not end:
/// - at `،` (U+060C ARABIC COMMA) or `؛` (U+061B ARABIC SEMICOLON);
/// - inside a number (`1.5`, `١.٥`), a URL, an e-mail address or a domain
///   name (`google.com`);
/// - after an abbreviation: one Arabic letter and a full stop (`د.` doctor,
///   `أ.` professor, `م.` engineer, `ص.` page, `هـ` and `م` after a year,
///   `ق.م.`), or a Latin title (`Dr.`).
///
/// A full stop with a letter right after it still ends a sentence
/// (`اختبار.وهذا` is two sentences).
///
/// ```swift
/// let text = "قال د. أحمد: «نجحنا.» ثم غادر؟ نعم، سنة 250 هـ. انتهى"
/// SentenceSegmenter().sentences(in: text).map { text[$0.range] }
/// // ["قال د. أحمد: «نجحنا.»", "ثم غادر؟", "نعم، سنة 250 هـ. انتهى"]
/// ```
///
/// Sentences are found one at a time as the sequence is iterated, straight
/// from the string's UTF-8 bytes; there is no limit on their number or length.
public struct SentenceSegmenter: Sendable {
  /// Where line ends end sentences.
  public enum ParagraphBreak: Sendable, Hashable {
    /// At a blank line (a line end, then a line of white space only, then
    /// another line end) and at U+2029 PARAGRAPH SEPARATOR: lines of
    /// wrapped text join into one sentence.
    case blankLine
    /// At every line end (LF, CR, CR LF, U+0085, U+2028, U+2029), as UAX #29
    /// rule SB4 does: one line is never part of a longer sentence.
    case lineBreak
  }

  /// Where line ends end sentences. The default is ``ParagraphBreak/blankLine``.
  public var paragraphBreak: ParagraphBreak

  /// A segmenter that ends sentences at `paragraphBreak` as well as at terminators.
  public init(paragraphBreak: ParagraphBreak = .blankLine) {
    self.paragraphBreak = paragraphBreak
  }

  /// The sentences of `text`, lazily, in order, without the white space
  /// between them; blank stretches give no sentence.
  ///
  /// - Complexity: O(*n*) to iterate, where *n* is the length of `text` in
  ///   UTF-8 bytes; O(1) to create.
  public func sentences(in text: String) -> Sentences {
    Sentences(text[...], breaksAtEveryLine: paragraphBreak == .lineBreak)
  }

  /// The sentences of `text`, lazily; ranges are indices of the base string
  /// and UTF-8 offsets count from the start of `text`.
  ///
  /// - Complexity: O(*n*) to iterate, where *n* is the length of `text` in
  ///   UTF-8 bytes; O(1) to create.
  public func sentences(in text: Substring) -> Sentences {
    Sentences(text, breaksAtEveryLine: paragraphBreak == .lineBreak)
  }
}

extension SentenceSegmenter {
  /// The sentences of a text, found lazily as the sequence is iterated.
  ///
  /// - Note: This type is the result of ``SentenceSegmenter/sentences(in:)-(String)``.
  public struct Sentences: Sequence, Sendable {
    let slice: _UTF8Slice
    let breaksAtEveryLine: Bool

    init(_ text: Substring, breaksAtEveryLine: Bool) {
      self.slice = _UTF8Slice(text)
      self.breaksAtEveryLine = breaksAtEveryLine
    }

    public func makeIterator() -> Iterator {
      Iterator(slice: slice, position: slice.start, breaksAtEveryLine: breaksAtEveryLine, tables: .shared)
    }

    /// Iterates over the sentences of a text.
    public struct Iterator: IteratorProtocol, Sendable {
      let slice: _UTF8Slice
      var position: Int
      let breaksAtEveryLine: Bool
      let tables: _SentenceScanner.Tables

      public mutating func next() -> Sentence? {
        let (start, end, breaksAtEveryLine, tables) = (slice.start, slice.end, self.breaksAtEveryLine, self.tables)
        while position < end {
          let position = self.position
          let found: (lower: Int, upper: Int, next: Int) =
            slice.withBytes { bytes in
              let scanner = _SentenceScanner(
                bytes, start: start, end: end, breaksAtEveryLine: breaksAtEveryLine, tables: tables)
              let next = scanner.sentenceEnd(from: position)
              let trimmed = _trimmingSpace(bytes, position..<next, tables.properties)
              return (trimmed.lowerBound, trimmed.upperBound, next)
            } ?? (end, end, end)
          self.position = found.next
          guard found.lower < found.upper else { continue }
          return Sentence(
            range: slice.range(found.lower, found.upper),
            utf8Offsets: (found.lower &- start)..<(found.upper &- start))
        }
        return nil
      }
    }
  }
}

/// `range` without the white space (the White_Space property: the
/// controls U+0009–U+000D and U+0085, and General_Category Z) and invisible
/// format characters at its ends.
func _trimmingSpace(_ p: UnsafePointer<UInt8>, _ range: Range<Int>, _ table: UnsafePointer<UInt16>) -> Range<Int> {
  @inline(__always) func isSpace(_ scalar: UInt32) -> Bool {
    if scalar >= Unicode.Scalar("\t").value && scalar <= Unicode.Scalar("\r").value { return true }
    if scalar == ArabicScalars.nextLine.value { return true }
    let properties = _SegmentationProperties.of(scalar, table: table)
    return properties.categoryGroup == .separator || properties.isInvisible
  }
  var lower = range.lowerBound
  while lower < range.upperBound {
    let (scalar, length) = _UTF8.decode(p, at: lower)
    guard isSpace(scalar) else { break }
    lower &+= length
  }
  var upper = range.upperBound
  while upper > lower, let last = _UTF8.decodeLast(p + lower, before: upper &- lower) {
    guard isSpace(last.scalar) else { break }
    upper = lower &+ last.start
  }
  return lower..<upper
}
