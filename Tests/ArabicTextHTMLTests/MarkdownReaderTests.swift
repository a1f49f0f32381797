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

  @Test("setext headings are headings (CommonMark §4.3); heading attributes are removed")
  func setextAndAttributes() throws {
    let document = Document(markdown: """
      عنوان المقال الرئيسي
      ====================

      فقرة أولى من المقال.

      عنوان فرعي
      على سطرين
      ---

      # عنوان بمعرف {#anchor}

      ## عنوان بصنف {.wide #id}

      ### عنوان kramdown {: .note}

      قائمة:

      - بند

      ---

      بعد الفاصل.
      """)
    #expect(document.blocks == [
      Document.Block(.heading(level: 1), "عنوان المقال الرئيسي"), Document.Block(.paragraph, "فقرة أولى من المقال."),
      Document.Block(.heading(level: 2), "عنوان فرعي على سطرين"), Document.Block(.heading(level: 1), "عنوان بمعرف"),
      Document.Block(.heading(level: 2), "عنوان بصنف"), Document.Block(.heading(level: 3), "عنوان kramdown"),
      Document.Block(.paragraph, "قائمة:"), Document.Block(.listItem, "بند"), Document.Block(.paragraph, "بعد الفاصل."),
    ])
    let seo = try SEOAnalyzer().analyze(Document(markdown: "Title {#t}\n=====\n\nA first paragraph that is long enough to be the lead of this post."))
    #expect(seo.title == "Title")
    #expect(seo.warnings.map(\.code) == [.descriptionTooShort])
  }

  @Test("front matter is not read as a setext heading")
  func frontMatter() {
    let document = Document(markdown: "---\ntitle: عنوان\n---\nنص المقال.\n")
    #expect(document.metadata.title == "عنوان")
    #expect(document.blocks == [Document.Block(.paragraph, "نص المقال.")])
  }
}

