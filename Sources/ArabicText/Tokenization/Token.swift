/// A segment of a text found by ``WordTokenizer``: its kind and where it is
/// in the source.
///
/// A token does not hold its text: it points into the string it was found
/// in, as a `Range<String.Index>` and as UTF-8 byte offsets, so tokenizing
/// copies nothing.
///
/// ```swift
/// let text = "قرأ المعلّم ٣ كتب"
/// for token in WordTokenizer().tokens(in: text) {
///   print(text[token.range], token.kind, token.utf8Offsets)
/// }
/// // قرأ word 0..<6
/// // المعلّم word 7..<21
/// // ٣ number 22..<24
/// // كتب word 25..<31
/// ```
public struct Token: Hashable, Sendable {
  /// What the token is.
  public var kind: Kind
  /// The token's range in the string it was found in.
  public var range: Range<String.Index>
  /// The token's range in UTF-8 bytes, counted from the start of the text
  /// that was tokenized (for a `Substring`, from the substring's start).
  public var utf8Offsets: Range<Int>

  /// A token of `kind` at `range`, which is `utf8Offsets` in UTF-8 bytes.
  public init(kind: Kind, range: Range<String.Index>, utf8Offsets: Range<Int>) {
    self.kind = kind
    self.range = range
    self.utf8Offsets = utf8Offsets
  }
}

extension Token {
  /// The kinds of token, from UAX #29 word boundaries refined for Arabic-script
  /// text and for the web (see <doc:Segmentation>).
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    /// Letters of any script with their combining marks, joined as UAX #29
    /// rules WB5–WB13b join them: `المعلّم` (shadda inside), `عـــربي`
    /// (tatweel inside), `می‌خواهم` (U+200C ZERO WIDTH NON-JOINER inside),
    /// `don't`, `x86_64`. A word never starts or ends with an invisible
    /// format character (U+200E, U+200F, U+061C, U+200D, U+FEFF, …).
    case word
    /// Digits (ASCII, Arabic-Indic U+0660–U+0669, Extended Arabic-Indic
    /// U+06F0–U+06F9, and the other decimal digits of Unicode), with the
    /// decimal and group separators between digits: `2.5`, `1,000`,
    /// `١٢٣٫٤`, `٣٬٠٠٠`. A sign or a percent sign is a separate token.
    case number
    /// Punctuation (General_Category P): `،` `؛` `؟` `«` `»` `…` and ASCII
    /// punctuation, one character per token as UAX #29 gives them.
    case punctuation
    /// Symbols (General_Category S) and other visible characters that are
    /// neither letters, digits, punctuation nor emoji: a combining mark with
    /// no letter before it, a superscript or a fraction (`²`, `½`).
    case symbol
    /// An emoji or a whole emoji sequence (UTS #51): a pictograph with its
    /// skin tone modifier and variation selector, a ZWJ sequence, a flag
    /// (a pair of regional indicators, or a tag sequence), a keycap.
    case emoji
    /// A web address starting with `http://`, `https://`, `ftp://` or
    /// `www.`; trailing punctuation is left out.
    case url
    /// An e-mail address: `name@example.com`.
    case email
    /// `#` followed by letters, digits, marks and underscores, with at least
    /// one letter, and not right after a letter or digit: `#وسم_عربي`.
    case hashtag
    /// `@` followed by letters, digits, marks and underscores, not right
    /// after a letter or digit: `@name`.
    case mention
    /// White space (spaces, tabs, line ends) and the invisible format
    /// characters between tokens. Reported only with ``WordTokenizer/Scope/all``.
    case whitespace

    /// Whether tokens of this kind are words for ``WordTokenizer/Scope/words``
    /// and for ``wordCount(of:)``: word, number, url, email, hashtag,
    /// mention and emoji.
    public var isWordLike: Bool {
      switch self {
      case .word, .number, .url, .email, .hashtag, .mention, .emoji: true
      case .punctuation, .symbol, .whitespace: false
      }
    }
  }
}
