import ArabicText
import Testing
import TestSupport

@testable import ArabicTextHTML

@Suite("Document(markdown:)")
struct MarkdownReaderTests {
  @Test("front matter, headings, links, images, comments and code")
  func post() throws {
    let document = Document(markdown: SharedCorpus.fixture("post.md"))
    #expect(document.metadata.title == "دليل المبتدئين إلى القهوة المختصة")
    #expect(document.metadata.language == "ar")
    #expect(document.metadata.frontMatter["lang"] == "ar")
    #expect(document.blocks.map(\.kind) == [
      .heading(level: 1), .paragraph, .heading(level: 2), .paragraph, .code, .heading(level: 2), .paragraph,
    ])
    #expect(document.blocks[1].text == "تختلف القهوة المختصة عن القهوة التجارية في كل مرحلة، من المزرعة إلى الفنجان، ولذلك يستحق شراؤها بعض المعرفة قبل البدء.")
    #expect(!document.blocks.contains { $0.text.contains("ملاحظة للمحرر") || $0.text.contains("cup.jpg") })
  }

  @Test("the post's SEO metadata uses its front matter description")
  func seo() throws {
    let seo = try SEOAnalyzer().analyze(Document(markdown: SharedCorpus.fixture("post.md")))
    #expect(seo.title == "دليل المبتدئين إلى القهوة المختصة")
    #expect(seo.description == "دليل قصير يشرح الفرق بين القهوة المختصة والقهوة التجارية، وكيف تختار حبوبك وتطحنها وتحضرها في البيت بأدوات بسيطة.")
    let regenerated = try SEOAnalyzer(options: .init(regenerateDescription: true)).analyze(Document(markdown: SharedCorpus.fixture("post.md")))
    #expect(regenerated.description.hasPrefix("تختلف القهوة المختصة عن القهوة التجارية"))
  }

  @Test("MDX components and comments are reduced to Markdown")
  func mdx() {
    let document = Document(markdown: "## ملخص {/*tldr*/}\n\n<Intro>\n\nنص [الرابط](/a) هنا.\n\n</Intro>\n")
    #expect(document.blocks.map(\.text) == ["ملخص", "نص الرابط هنا."])
  }

  @Test("front matter values lose quotes and keep link text")
  func values() {
    #expect(_MDX.plainValue("\"عنوان: فرعي\"") == "عنوان: فرعي")
    #expect(_MDX.plainValue("see [the channel](/c) now") == "see the channel now")
  }
}
