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

  @Test("bylines, datelines, dates, relative times and reading tools under a headline go")
  func metadataLines() {
    for line in [
      "كتب: أحمد محمد", "كتبت: سارة علي", "تحرير: أحمد محمد", "القاهرة - رويترز", "الأحد 12 مايو 2024", "منذ ساعتين",
      "حجم الخط", "كتب أحمد محمد",
    ] {
      let page = Document(plainText: """
        ارتفاع أسعار الذهب إلى مستوى قياسي جديد

        \(line)

        ارتفعت أسعار الذهب اليوم إلى مستوى قياسي جديد مع تزايد الطلب على الملاذات الآمنة.
        """)
      #expect(filter.apply(to: page).blocks.map(\.text) == [
        "ارتفاع أسعار الذهب إلى مستوى قياسي جديد",
        "ارتفعت أسعار الذهب اليوم إلى مستوى قياسي جديد مع تزايد الطلب على الملاذات الآمنة.",
      ], "\(line)")
    }
  }

  @Test("a label word starts a headline: only a colon, a glued value or a link makes it a label")
  func labelWords() {
    let page = Document(plainText: """
      شارك آلاف المتظاهرين في مسيرة سلمية

      التالي هو الأهم

      صورة الرئيس في المؤتمر

      شارك: فيسبوك تويتر

      التالي: عنوان المقال التالي

      السابقB.4. بعض المهام

      صورة: رويترز

      شارك آلاف المتظاهرين اليوم في مسيرة سلمية وسط العاصمة للمطالبة بإصلاحات اقتصادية.
      """)
    #expect(filter.apply(to: page).blocks.map(\.text) == [
      "شارك آلاف المتظاهرين في مسيرة سلمية", "التالي هو الأهم", "صورة الرئيس في المؤتمر",
      "شارك آلاف المتظاهرين اليوم في مسيرة سلمية وسط العاصمة للمطالبة بإصلاحات اقتصادية.",
    ])
    let linked = Document(blocks: [
      Document.Block(.paragraph, "التالي عنوان المقال التالي", linkTextLength: "عنوان المقال التالي".utf8.count),
      Document.Block(.paragraph, "نص المقال الذي يكفي ليكون فقرة حقيقية من فقرات الصفحة."),
    ])
    #expect(filter.apply(to: linked).blocks.count == 1)
  }

  @Test("a level-1 heading is never removed by a leading-word or metadata rule")
  func headlineKept() {
    let page = Document(blocks: [
      Document.Block(.heading(level: 1), "شارك: آلاف المتظاهرين في مسيرة سلمية"),
      Document.Block(.heading(level: 1), "كتب أحمد محمد"),
      Document.Block(.paragraph, "شارك آلاف المتظاهرين اليوم في مسيرة سلمية وسط العاصمة للمطالبة بإصلاحات."),
    ])
    #expect(filter.apply(to: page).blocks.count == 3)
  }

  @Test("\"read also\" and \"watch also\" paragraphs go, linked or not")
  func readAlso() {
    let page = Document(plainText: """
      شهد نهائي كأس مصر بين الأهلي والزمالك مساء أمس مباراة قوية انتهت بفوز الأهلي بهدفين.

      اقرأ أيضا: الزمالك يطالب بإعادة المباراة

      شاهد أيضًا: ملخص المباراة بالفيديو

      إقرأ أيضاً.. تفاصيل الصفقة الجديدة للنادي

      وتستأنف المسابقة الأسبوع المقبل بمباريات الدور الأول من النسخة الجديدة للبطولة.
      """)
    #expect(filter.apply(to: page).blocks.map(\.text) == [
      "شهد نهائي كأس مصر بين الأهلي والزمالك مساء أمس مباراة قوية انتهت بفوز الأهلي بهدفين.",
      "وتستأنف المسابقة الأسبوع المقبل بمباريات الدور الأول من النسخة الجديدة للبطولة.",
    ])
  }
}
