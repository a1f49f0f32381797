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

/// Brackets left open: Ink's link reader took time exponential in how many.
@Suite("Markdown with many open brackets")
struct MarkdownBracketRegressionTests {
  @Test("Forty open brackets are read at once, and shown", arguments: ["[", "![", "[a "])
  func openBrackets(run: String) {
    let markdown = "نص " + String(repeating: run, count: 40) + " آخر\n"
    let clock = ContinuousClock()
    var document = Document()
    let elapsed = clock.measure { document = Document(markdown: markdown) }
    #expect(elapsed < .seconds(5), "\(elapsed)")
    #expect(document.blocks.map(\.text).joined().filter { $0 == "[" }.count == 40)
  }

  @Test("Links are untouched; nested and unmatched brackets become references, in code too")
  func shallow() {
    #expect(
      _MDX.limitingBracketNesting("[[[a]]] [b](c)\n```\n[[[[[[\n```\n")
        == "[&#91;&#91;a]]] [b](c)\n```\n&#91;&#91;&#91;&#91;&#91;&#91;\n```\n")
    #expect(_MDX.limitingBracketNesting("[[[[a]]]]\n\n[[[[b") == "[&#91;&#91;&#91;a]]]]\n\n&#91;&#91;&#91;&#91;b")
  }
}

/// A letter carrying many marks: Ink and the HTML reader compare characters.
@Suite("Markdown and HTML with a long run of marks")
struct LongRunOfMarksReaderTests {
  static let marks = "ب" + String(repeating: "\u{064E}\u{0651}", count: 50_000)

  @Test("Markdown and HTML over a letter with 100,000 marks are read in linear time")
  func readers() {
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      _ = Document(markdown: "# عنوان\n\n" + Self.marks + " نص\n")
      _ = Document(html: "<p>" + Self.marks + " نص</p>")
    }
    #expect(elapsed < .seconds(20), "\(elapsed)")
  }
}

/// `<p` with no `>` after it: Ink started the same paragraph again and again.
@Suite("Markdown with an unclosed <p")
struct MarkdownUnclosedTagRegressionTests {
  @Test("The text is read and shown", arguments: ["<p", "نص <p", "<P", "a <pa", "<p x", "<pre", "نص\n<p"])
  func unclosed(markdown: String) {
    let document = Document(markdown: markdown)
    #expect(document.blocks.map(\.text).joined(separator: " ").contains("<"), "\(document.blocks)")
  }

  @Test("An escaped <p> is read as text, in bounded memory", arguments: ["\\<p>", "x \\<p> y", "\\<pre>", "\\<P>"])
  func escapedTag(markdown: String) {
    let document = Document(markdown: markdown)
    #expect(document.blocks.map(\.text).joined(separator: " ").contains("<"), "\(document.blocks)")
    #expect(_MDX.escapingUnclosedParagraphTags(markdown).contains("&lt;"))
    #expect(!_MDX.escapingUnclosedParagraphTags(markdown).contains("\\"))
  }

  @Test("Closed tags and fenced code are untouched")
  func untouched() {
    #expect(_MDX.escapingUnclosedParagraphTags("<p>نص</p> <pre>x</pre>") == "<p>نص</p> <pre>x</pre>")
    #expect(_MDX.escapingUnclosedParagraphTags("نص <p\n```\n<p\n```\n") == "نص &lt;p\n```\n<p\n```\n")
  }
}

/// A mark after `>` (or any ASCII punctuation) joins it in one `Character`: Ink never saw the `>`
/// of `<p>ُ` and read the same paragraph forever.
@Suite("Markdown with marks on its syntax characters")
struct MarkdownMarkOnSyntaxRegressionTests {
  @Test(
    "The text is read in time, the mark kept",
    arguments: ["ا<p>\u{064F}اب", "<p>\u{064F}", "[\u{0651}نص](x)", "*\u{200C}نص*", "<div>\u{064E}</div>", "`\u{0301}`"])
  func markOnSyntax(markdown: String) {
    let clock = ContinuousClock()
    var document: Document?
    let elapsed = clock.measure { document = Document(markdown: markdown) }
    #expect(elapsed < .seconds(10), "\(elapsed)")
    #expect(document != nil)
  }

  @Test("A space goes between the punctuation and what would extend it; nothing else changes")
  func separation() {
    #expect(_MDX.separatingMarksFromSyntax("<p>\u{064F}اب") == "<p> \u{064F}اب")
    #expect(_MDX.separatingMarksFromSyntax("*\u{200C}x* 👍🏽 كَتَبَ") == "* \u{200C}x* 👍🏽 كَتَبَ")
    #expect(_MDX.separatingMarksFromSyntax("<p>نص</p>") == "<p>نص</p>")
  }
}

/// A list followed by a last line of white space only: Ink read past the end of the text.
@Suite("Markdown ending in a line of white space")
struct MarkdownTrailingWhitespaceRegressionTests {
  @Test(
    "The list is read, nothing crashes",
    arguments: ["- a\n\t", "1. a\n  ", "- a\n  - b\n    ", "* a\n \u{00A0}", "- a\n   ", "- a\n \u{2003}"])
  func listThenWhitespace(markdown: String) {
    #expect(Document(markdown: markdown).blocks.first?.text == "a")
  }

  @Test("White space at the end becomes one line feed")
  func ending() {
    #expect(_MDX.endingWithNewline("نص\n\t \n ") == "نص\n")
    #expect(_MDX.endingWithNewline(" \n") == "")
    #expect(_MDX.endingWithNewline("نص") == "نص\n")
  }
}

/// Brackets Ink would try as links again and again: unmatched, nested, after a fence never closed.
@Suite("Markdown with brackets unmatched, nested or after an open fence")
struct MarkdownUnmatchedBracketRegressionTests {
  @Test(
    "Read in time, the brackets kept as text",
    arguments: [
      String(repeating: "[", count: 300) + "a](b)" + String(repeating: "[", count: 300),
      "```\n\n`" + String(repeating: "[[a](b)", count: 200),
      "- <button></button>\n```[[[[[[[[[[[[[[[[>\n)\n```",
      "- x\n```\n" + String(repeating: "[", count: 60) + "a\n```",
      String(repeating: "[x [y] ", count: 150) + String(repeating: "]", count: 150),
    ])
  func manyBrackets(markdown: String) {
    let clock = ContinuousClock()
    var document: Document?
    let elapsed = clock.measure { document = Document(markdown: markdown) }
    #expect(elapsed < .seconds(10), "\(elapsed)")
    #expect(document?.blocks.map(\.text).joined().contains("[") == true)
  }

  @Test("Only outermost matched pairs stay brackets; a link still reads")
  func escaping() {
    #expect(_MDX.limitingBracketNesting("[a](b) [c") == "[a](b) &#91;c")
    #expect(_MDX.limitingBracketNesting("[a [b] c](d)") == "[a &#91;b] c](d)")
    #expect(_MDX.limitingBracketNesting("```\n[[x") == "```\n&#91;&#91;x")
    #expect(_MDX.limitingBracketNesting("a[i]\n\n[b") == "a[i]\n\n&#91;b")
    #expect(Document(markdown: "[رابط](https://example.com) نص").blocks.first?.text == "رابط نص")
  }
}
