/// An article as ordered blocks of text plus the metadata its source carried.
///
/// A document is what the SEO pipeline reads: headings (with a level),
/// paragraphs, list items, quotes and code, in reading order, each holding
/// plain text with whitespace folded (no markup, entities decoded).
/// ``Document/init(plainText:)`` reads plain text; the `ArabicTextHTML`
/// module reads HTML and Markdown into the same shape.
///
/// ```swift
/// let document = Document(plainText: "عنوان المقال\n\nهذه فقرة أولى.")
/// document.blocks.map(\.kind)   // [.heading(level: 2), .paragraph]
/// document.blocks[1].text       // "هذه فقرة أولى."
/// ```
public struct Document: Sendable, Hashable {
  /// The blocks in reading order.
  public var blocks: [Block]
  /// What the source said about itself: titles, descriptions, site name, language.
  public var metadata: DocumentMetadata

  /// A document of `blocks` with `metadata`.
  public init(blocks: [Block] = [], metadata: DocumentMetadata = DocumentMetadata()) {
    self.blocks = blocks
    self.metadata = metadata
  }

  /// Whether no block holds a letter or digit (an empty article).
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in the blocks.
  public var isEmpty: Bool {
    !blocks.contains { $0.text.unicodeScalars.contains(where: _TextScan.isWordScalar) }
  }
}

extension Document {
  /// One block of a document: a heading, paragraph, list item, quote or code.
  public struct Block: Sendable, Hashable {
    /// What a block is.
    public enum Kind: Sendable, Hashable {
      /// A heading; `level` 1 is the highest (`<h1>`, `#`). Plain text,
      /// which has no levels, gives level 2.
      case heading(level: Int)
      /// A paragraph of running text.
      case paragraph
      /// An item of a bulleted or numbered list.
      case listItem
      /// A quotation (`<blockquote>`, `>`).
      case quote
      /// Preformatted code; never used for descriptions or keywords.
      case code
    }

    /// What the block is.
    public var kind: Kind
    /// The block's plain text, whitespace folded to single spaces (code keeps its lines).
    public var text: String
    /// How much of `text` was link text, in UTF-8 bytes (0 outside HTML).
    public var linkTextLength: Int

    /// A block of `kind` holding `text`, of which `linkTextLength` UTF-8 bytes were link text.
    public init(_ kind: Kind, _ text: String, linkTextLength: Int = 0) {
      self.kind = kind
      self.text = text
      self.linkTextLength = linkTextLength
    }

    /// Whether the block is a heading.
    public var isHeading: Bool {
      if case .heading = kind { true } else { false }
    }

    /// The heading level, or nil when the block is not a heading.
    public var headingLevel: Int? {
      if case .heading(let level) = kind { level } else { nil }
    }

    /// The share of the text that was link text, 0...1 (UTF-8 bytes).
    public var linkDensity: Double {
      let total = text.utf8.count
      return total == 0 ? 0 : Double(min(linkTextLength, total)) / Double(total)
    }
  }
}
