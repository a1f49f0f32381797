import Testing

@testable import ArabicText

@Suite("Document(plainText:)")
struct DocumentPlainTextTests {
  @Test("blank lines separate blocks; short lines without final punctuation are headings")
  func blocks() {
    let document = Document(plainText: "عنوان المقال\n\nهذه فقرة أولى.\n\nسطر قصير")
    #expect(document.blocks == [
      Document.Block(.heading(level: 2), "عنوان المقال"),
      Document.Block(.paragraph, "هذه فقرة أولى."),
      Document.Block(.heading(level: 2), "سطر قصير"),
    ])
  }

  @Test("a heading line followed by lines in one group; hard-wrapped lines join")
  func headingThenParagraph() {
    let document = Document(plainText: """
      صدور النسخة الجديدة
      2024-01-05
      
      يسرّ المشروع أن يعلن عن الإصدار الرسمي للنسخة الجديدة بعد
      عامين من التطوير المستمر.

      النسخة المستقرة
      تضم النسخة المستقرة مئات الحزم الجديدة والمحدثة وأدوات أفضل للتثبيت.
      """)
    #expect(document.blocks.map(\.text) == [
      "صدور النسخة الجديدة", "2024-01-05",
      "يسرّ المشروع أن يعلن عن الإصدار الرسمي للنسخة الجديدة بعد عامين من التطوير المستمر.",
      "النسخة المستقرة", "تضم النسخة المستقرة مئات الحزم الجديدة والمحدثة وأدوات أفضل للتثبيت.",
    ])
    #expect(document.blocks.map(\.kind) == [.heading(level: 2), .paragraph, .paragraph, .heading(level: 2), .paragraph])
  }

  @Test("bulleted lines are list items; whitespace and invisible marks fold")
  func listsAndWhitespace() {
    let document = Document(plainText: "- أولًا\n• ثانيًا\n\n  نص\u{200F}   فيه\tمسافات كثيرة وعلامة اتجاه.  ")
    #expect(document.blocks == [
      Document.Block(.listItem, "أولًا"),
      Document.Block(.listItem, "ثانيًا"),
      Document.Block(.paragraph, "نص فيه مسافات كثيرة وعلامة اتجاه."),
    ])
  }

  @Test("a question or a long line is a paragraph")
  func paragraphs() {
    #expect(PlainTextRules.isHeadingLine("لماذا يحظى دبيان بإعجاب الشركات؟") == false)
    #expect(PlainTextRules.isHeadingLine(String(repeating: "كلمة ", count: 16)) == false)
    #expect(PlainTextRules.isHeadingLine("مقدمة: هزة استراتيجية محتملة"))
  }

  @Test("empty and blank text give no blocks")
  func empty() {
    #expect(Document(plainText: "").blocks.isEmpty)
    #expect(Document(plainText: " \n\n\t\n").isEmpty)
  }
}
