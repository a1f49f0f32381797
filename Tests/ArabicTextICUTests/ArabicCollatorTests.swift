import Testing

import ArabicText
import ArabicTextICU

@Suite("ArabicCollator")
struct ArabicCollatorTests {
  @Test("locale ar: Arabic before Latin, Latin as in English")
  func mixedScripts() throws {
    let collator = try ArabicCollator()
    #expect(collator.locale == "ar")
    #expect(collator.actualLocale == "ar")
    #expect(
      collator.sorted(["Zebra", "apple", "تفاح", "Banana", "موز", "برتقال"]) == [
        "برتقال", "تفاح", "موز", "apple", "Banana", "Zebra",
      ])
  }

  @Test("the definite article counts by default and can be ignored")
  func definiteArticle() throws {
    #expect(try ArabicCollator().sorted(["المدرسة", "بيت", "الكتاب"]) == ["الكتاب", "المدرسة", "بيت"])
    let dictionary = try ArabicCollator(options: .init(ignoresDefiniteArticle: true))
    #expect(dictionary.sorted(["المدرسة", "بيت", "الكتاب"]) == ["بيت", "الكتاب", "المدرسة"])
    // Equal without the article: the form with it comes first.
    #expect(dictionary.sorted(["كتاب", "الكتاب"]) == ["الكتاب", "كتاب"])
    #expect(dictionary.compare("الكتاب", "كتاب") == .ascending)
    #expect(dictionary.compare("بيت", "الكتاب") == .ascending)
    // Alef wasla and harakat on the article; a bare "ال" stays a word.
    #expect(dictionary.sorted(["ٱلْكِتَاب", "بيت"]) == ["بيت", "ٱلْكِتَاب"])
    #expect(dictionary.sorted(["ال", "ب"]) == ["ال", "ب"])
  }

  @Test("numeric ordering, Arabic-Indic and Persian digits included")
  func numeric() throws {
    let plain = try ArabicCollator()
    #expect(plain.sorted(["فصل 10", "فصل 2", "فصل 1"]) == ["فصل 1", "فصل 10", "فصل 2"])
    let numeric = try ArabicCollator(options: .init(numeric: true))
    #expect(numeric.sorted(["فصل 10", "فصل 2", "فصل 1"]) == ["فصل 1", "فصل 2", "فصل 10"])
    #expect(numeric.sorted(["فصل ١٠", "فصل ٢", "فصل ١"]) == ["فصل ١", "فصل ٢", "فصل ١٠"])
    #expect(numeric.sorted(["فصل 10", "فصل ۲", "فصل ١"]) == ["فصل ١", "فصل ۲", "فصل 10"])
  }

  @Test("Persian and Urdu letters sort after their Arabic base letters")
  func persianLetters() throws {
    let collator = try ArabicCollator()
    #expect(collator.sorted(["ت", "پ", "ب"]) == ["ب", "پ", "ت"])
    #expect(collator.sorted(["ح", "چ", "ج"]) == ["ج", "چ", "ح"])
    #expect(collator.sorted(["س", "ژ", "ز"]) == ["ز", "ژ", "س"])
    #expect(collator.sorted(["ل", "گ", "ک"]) == ["ک", "گ", "ل"])
    #expect(collator.sorted(["ل", "گ", "ك"]) == ["ك", "گ", "ل"])
  }

  @Test("case: tertiary tells apple from Apple; ignoring case does not")
  func caseHandling() throws {
    let collator = try ArabicCollator()
    #expect(collator.compare("apple", "Apple") == .ascending)
    let caseless = try ArabicCollator(options: .init(ignoresCase: true))
    #expect(caseless.areEqual("apple", "APPLE"))
    #expect(caseless.compare("apple", "Banana") == .ascending)
  }

  @Test("sorting is stable for texts that collate equal")
  func stable() throws {
    let primary = try ArabicCollator(options: .init(strength: .primary))
    #expect(primary.sorted(["كَتَبَ", "كتب", "كُتُب"]) == ["كَتَبَ", "كتب", "كُتُب"])
    #expect(primary.sorted(["كتب", "كَتَبَ"]) == ["كتب", "كَتَبَ"])
  }

  @Test("compare agrees with sort keys and with sorted()")
  func consistency() throws {
    let words = ["أحمد", "احمد", "إبراهيم", "آمنة", "مدرسة", "مدرسه", "مستشفى", "مستشفي", "Zebra", "zebra", "١٠", "10", ""]
    for options in [ArabicCollator.Options(), .init(strength: .primary), .init(numeric: true), .init(ignoresDefiniteArticle: true)] {
      let collator = try ArabicCollator(options: options)
      for a in words {
        for b in words {
          let byKey: ArabicCollator.Order =
            collator.sortKey(for: a) < collator.sortKey(for: b) ? .ascending
            : collator.sortKey(for: a) == collator.sortKey(for: b) ? .equal : .descending
          #expect(collator.compare(a, b) == byKey, "\(a) \(b) \(options)")
        }
      }
      let sorted = collator.sorted(words)
      for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(collator.compare(a, b) != .descending) }
    }
  }

  @Test("options combine")
  func combined() throws {
    let collator = try ArabicCollator(options: .init(numeric: true, ignoresDefiniteArticle: true))
    #expect(collator.sorted(["الكتاب", "بيت", "فصل 10", "فصل 2"]) == ["بيت", "فصل 2", "فصل 10", "الكتاب"])
  }

  @Test("other equivalences come from normalizing first")
  func normalizeFirst() throws {
    let collator = try ArabicCollator(options: .init(strength: .primary))
    #expect(!collator.areEqual("مدرسة", "مدرسه"))  // ICU: ة = ت, not ه
    #expect(!collator.areEqual("آمنة", "امنة"))  // madda counts even at primary strength
    let fold = ArabicNormalizer(folds: [.alef, .tehMarbuta])
    #expect(collator.areEqual(fold.normalize("مدرسة"), fold.normalize("مدرسه")))
    #expect(collator.areEqual(fold.normalize("آمنة"), fold.normalize("امنة")))
  }

  @Test("an unknown locale falls back to the root order")
  func unknownLocale() throws {
    let collator = try ArabicCollator(locale: "xx")
    #expect(collator.actualLocale == "root")
    #expect(collator.compare("a", "b") == .ascending)
  }

  @Test("a collator is shared across tasks")
  func concurrent() async throws {
    let collator = try ArabicCollator()
    let words = ["برتقال", "تفاح", "موز", "apple"]
    let results = await withTaskGroup(of: [String].self) { group in
      for _ in 0..<8 { group.addTask { collator.sorted(words.reversed()) } }
      var all: [[String]] = []
      for await result in group { all.append(result) }
      return all
    }
    #expect(results.allSatisfy { $0 == words })
  }
}
