import ArabicText
import Testing

@testable import ArabicTextHTML

/// Front matter that is opened and never closed: Ink's reader trapped on it.
@Suite("Markdown front matter left open")
struct MarkdownFrontMatterRegressionTests {
  @Test(
    "An opening --- with only white space after it, or never closed, is a thematic break",
    arguments: ["---\n\n", "---\n", "  \n---\n \n\t\n", "---\ntitle: عنوان\n  \n", "---\ntitle: عنوان\r\n\r\n"])
  func unclosed(markdown: String) {
    let document = Document(markdown: markdown)
    #expect(document.metadata.frontMatter.isEmpty)
  }

  @Test("Closed front matter is still read")
  func closed() {
    let document = Document(markdown: "---\ntitle: عنوان المقال\n---\n\nنص المقال.\n")
    #expect(document.metadata.title == "عنوان المقال")
    #expect(document.blocks.map(\.text) == ["نص المقال."])
  }
}
