import ArgumentParser
import Foundation
import Testing
import TestSupport

@testable import arabic_tool

@Suite("arabic-tool sort")
struct SortCommandTests {
  @Test("Arabic order, then Latin; options")
  func order() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "Zebra\napple\nتفاح\nBanana\nموز\nبرتقال\n")
    #expect(try harness.run(["sort", file]) == "برتقال\nتفاح\nموز\napple\nBanana\nZebra\n")
    #expect(try harness.run(["sort", "--reverse", file]) == "Zebra\nBanana\napple\nموز\nتفاح\nبرتقال\n")
    let articles = try harness.write("articles.txt", "المدرسة\nبيت\nالكتاب\n")
    #expect(try harness.run(["sort", articles]) == "الكتاب\nالمدرسة\nبيت\n")
    #expect(try harness.run(["sort", "--ignore-article", articles]) == "بيت\nالكتاب\nالمدرسة\n")
    let chapters = try harness.write("chapters.txt", "فصل 10\nفصل ٢\nفصل 1\n")
    #expect(try harness.run(["sort", "--numeric", chapters]) == "فصل 1\nفصل ٢\nفصل 10\n")
    #expect(try harness.run(["sort", chapters]) == "فصل 1\nفصل 10\nفصل ٢\n")
  }

  @Test("--unique keeps the first of lines equal at the strength; equal lines keep their order")
  func unique() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "كَتَبَ\nكتب\nكُتُب\nأحمد\nاحمد\n")
    #expect(try harness.run(["sort", "--strength", "primary", file]) == "أحمد\nاحمد\nكَتَبَ\nكتب\nكُتُب\n")
    #expect(try harness.run(["sort", "--strength", "primary", "--unique", file]) == "أحمد\nكَتَبَ\n")
    #expect(try harness.run(["sort", "--strength", "primary", "--unique", "--reverse", file]) == "كَتَبَ\nأحمد\n")
    #expect(try harness.run(["sort", "--unique", file]).split(separator: "\n").count == 5)
    let cased = try harness.write("cased.txt", "apple\nApple\nAPPLE\n")
    #expect(try harness.run(["sort", "-u", "-f", cased]) == "apple\n")
  }

  @Test("a last line without a line feed, blank lines and CR LF")
  func lineEnds() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "ب\r\n\nا")
    #expect(try harness.run(["sort", file]) == "\nا\nب\r\n")
    let empty = try harness.write("empty.txt", "")
    #expect(try harness.run(["sort", empty]) == "")
  }

  @Test("several inputs are sorted together")
  func inputs() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let a = try harness.write("a.txt", "ت\nا\n")
    let b = try harness.write("b.txt", "ب\n")
    #expect(try harness.run(["sort", a, b]) == "ا\nب\nت\n")
  }

  @Test("input larger than the buffer goes through temporary runs and sorts the same")
  func externalMerge() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    var words: [String] = []
    let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
    var state: UInt64 = 42
    for index in 0..<30_000 {
      var word = ""
      for _ in 0..<(3 + index % 5) {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        word.append(letters[Int(state >> 33) % letters.count])
      }
      words.append(word)
    }
    let file = try harness.write("in.txt", words.joined(separator: "\n") + "\n")
    let folder = harness.path("tmp")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let inMemory = try harness.run(["sort", file])
    let merged = try harness.run(["sort", "--buffer-size", "64K", "--temporary-directory", folder, file])
    #expect(merged == inMemory)
    #expect(inMemory.split(separator: "\n").count == 30_000)
    #expect(try harness.run(["sort", "-u", "-S", "64K", "-T", folder, file]) == harness.run(["sort", "-u", file]))
    #expect(try harness.run(["sort", "-r", "-S", "64K", "-T", folder, file]) == harness.run(["sort", "-r", file]))
    // Run files are unlinked as soon as they are made.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  @Test("options parse; bad sizes are usage errors")
  func parsing() throws {
    let sort = try #require(try ArabicTool.parseAsRoot(["sort", "-S", "2M", "-n", "-r", "-u", "-f"]) as? Sort)
    #expect(sort.bufferSize.bytes == 2 << 20)
    #expect(sort.numeric && sort.reverse && sort.unique && sort.ignoreCase)
    #expect(try #require(try ArabicTool.parseAsRoot(["sort"]) as? Sort).bufferSize.bytes == 256 << 20)
    #expect(throws: (any Error).self) { try ArabicTool.parseAsRoot(["sort", "-S", "lots"]) }
    #expect(throws: (any Error).self) { try ArabicTool.parseAsRoot(["sort", "--strength", "quaternary"]) }
    #expect(ByteCount(argument: "1G")?.bytes == 1 << 30)
    #expect(ByteCount(argument: "512k")?.bytes == 512 << 10)
    #expect(ByteCount(argument: "0") == nil)
  }
}
