import Testing

import ArabicTextICU

@Suite("SortKey")
struct SortKeyTests {
  @Test("keys end with one zero byte and compare byte-wise")
  func bytes() throws {
    let collator = try ArabicCollator()
    let key = collator.sortKey(for: "بيت")
    #expect(key.bytes.last == 0)
    #expect(key.bytes.dropLast().allSatisfy { $0 != 0 })
    #expect(collator.sortKey(for: "بيت") < collator.sortKey(for: "تفاح"))
    #expect(SortKey(bytes: [1, 2]) < SortKey(bytes: [1, 3]))
    #expect(SortKey(bytes: [1]) < SortKey(bytes: [1, 0]))
  }

  @Test("keys are appended to a shared buffer")
  func appending() throws {
    let collator = try ArabicCollator()
    var buffer: [UInt8] = [9]
    let first = collator.appendSortKey(for: "بيت", to: &buffer)
    let second = collator.appendSortKey(for: "تفاح", to: &buffer)
    #expect(buffer.count == 1 + first + second)
    #expect(Array(buffer[1..<(1 + first)]) == collator.sortKey(for: "بيت").bytes)
  }

  @Test("long texts get whole keys")
  func long() throws {
    let collator = try ArabicCollator()
    let text = String(repeating: "كتاب مدرسة ", count: 500)
    let key = collator.sortKey(for: text)
    #expect(key.bytes.count > 5_000)
    #expect(collator.sortKey(for: text + "ب") > key)
  }

  @Test("with the article ignored, a key is the key without it, then the full key")
  func article() throws {
    let collator = try ArabicCollator(options: .init(ignoresDefiniteArticle: true))
    let plain = try ArabicCollator()
    #expect(collator.sortKey(for: "الكتاب").bytes == plain.sortKey(for: "كتاب").bytes + plain.sortKey(for: "الكتاب").bytes)
  }
}
