import Testing

@testable import ArabicText

@Suite("BoilerplateFilter")
struct BoilerplateFilterTests {
  let filter = BoilerplateFilter()

  @Test("bylines, prompts, labels and trailing links go; the headline stays")
  func blogPage() {
    let page = Document(plainText: """
      اسم الموقع

      عنوان المقال الرئيسي

      Written by

      Picture of فريق التحرير

      فريق التحرير

      هذه هي الفقرة الأولى من المقال، وفيها ما يكفي من الكلمات لتكون فقرة حقيقية.

      SEO Title:

      Meta Description:

      شارك هذا الموضوع:

      شارك هذا الموضوع:

      اترك رد

      اشترك الآن للاستمرار في القراءة والحصول على حق الوصول إلى الأرشيف الكامل.

      Continue reading
      """)
    #expect(filter.apply(to: page).blocks.map(\.text) == [
      "اسم الموقع", "عنوان المقال الرئيسي",
      "هذه هي الفقرة الأولى من المقال، وفيها ما يكفي من الكلمات لتكون فقرة حقيقية.",
    ])
  }

  @Test("navigation phrases, glued ones and template residue go")
  func navigation() {
    let page = Document(plainText: """
      Download the ebook

      Product SiteDocumentation Site

      السابق

      {#meta#:  :#meta#}

      9.11. التوصيل الساخن

      لدى النواة قاعدة بيانات تربط رقم تعريف كل جهاز مع برنامج التعريف المطلوب.

      السابقB.4. بعض المهام

      أعلى
      """)
    #expect(filter.apply(to: page).blocks.map(\.text) == [
      "9.11. التوصيل الساخن", "لدى النواة قاعدة بيانات تربط رقم تعريف كل جهاز مع برنامج التعريف المطلوب.",
    ])
  }

  @Test("link-dense blocks go, except a linked headline")
  func linkDensity() {
    let document = Document(blocks: [
      Document.Block(.heading(level: 1), "العنوان", linkTextLength: 14),
      Document.Block(.paragraph, "الرئيسية الأخبار الرياضة", linkTextLength: 40),
      Document.Block(.paragraph, "نص المقال الذي يحتوي على رابط واحد فقط في وسطه وهو كاف.", linkTextLength: 10),
    ])
    #expect(filter.apply(to: document).blocks.map(\.text) == [
      "العنوان", "نص المقال الذي يحتوي على رابط واحد فقط في وسطه وهو كاف.",
    ])
  }

  @Test("a paragraph starting with a label word but making a sentence stays")
  func sentencesStay() {
    let document = Document(plainText: """
      شارك في المؤتمر أكثر من مئة خبير من عشرين دولة عربية وأجنبية.

      By 2030, the city plans to plant a million trees along its rivers and roads.
      """)
    #expect(filter.apply(to: document).blocks.count == 2)
  }

  @Test("code blocks are kept as they are")
  func code() {
    let document = Document(blocks: [Document.Block(.code, "$ ls\n---")])
    #expect(filter.apply(to: document).blocks.count == 1)
  }
}
