import Foundation
import Testing
import TestSupport

@testable import arabic_tool

@Suite("arabic-tool normalize and strip-diacritics")
struct NormalizeCommandTests {
  @Test("Several files are normalized as one text, as cat joins them")
  func severalFilesAsOneText() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let a = try harness.write("a.txt", "كتاب ")
    let b = try harness.write("b.txt", "جديد\n")
    let c = try harness.write("c.txt", "كتاب")
    let d = try harness.write("d.txt", " جديد\n")
    let e = try harness.write("e.txt", "abc")
    #expect(try harness.run(["normalize", a, b]) == "كتاب جديد\n")
    #expect(try harness.run(["normalize", c, d]) == "كتاب جديد\n")
    #expect(try harness.run(["normalize", "--preset", "search", a, b]) == "كتاب جديد\n")
    #expect(try harness.run(["strip-diacritics", a, b]) == "كتاب جديد\n")
    #expect(try harness.run(["normalize", e, e]) == "abcabc")
  }

  @Test("normalize --preset search")
  func searchPreset() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "أَكَلَ الوَلَدُ التُّفّاحَةَ\nﻷن ١٢\n")
    #expect(try harness.run(["normalize", "--preset", "search", file]) == "اكل الولد التفاحه\nلان 12\n")
  }

  @Test("--fold alone replaces the preset; with --preset it adds to it")
  func folds() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "المستشفى  ـــ ة\n")
    #expect(try harness.run(["normalize", "--fold", "alef-maksura", file]) == "المستشفي  ـــ ة\n")
    #expect(try harness.run(["normalize", "--preset", "standard", "--fold", "teh-marbuta", file]) == "المستشفى ه\n")
    #expect(try harness.run(["normalize", file]) == "المستشفى ة\n")
  }

  @Test("Files are read in order; '-' is standard input")
  func order() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let a = try harness.write("a.txt", "ﻻ\n")
    let b = try harness.write("b.txt", "ﷲ\n")
    #expect(try harness.run(["normalize", a, b]) == "لا\nالله\n")
  }

  @Test("strip-diacritics options")
  func strip() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "كِتَٰبٌ الدَّرْسَ\n")
    #expect(try harness.run(["strip-diacritics", file]) == "كتب الدرس\n")
    #expect(try harness.run(["strip-diacritics", "--keep-shadda", "--dagger-alef", "to-alef", file]) == "كتاب الدّرس\n")
    #expect(try harness.run(["strip-diacritics", "--last-only", file]) == "كِتَٰب الدَّرْس\n")
    #expect(try harness.run(["strip-diacritics", "--keep", "tanween", file]) == "كتبٌ الدرس\n")
  }

  @Test("Invalid UTF-8 is reported with its byte offset, status 65")
  func invalidUTF8() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("bad.txt", Array("سلام ".utf8) + [0xFF] + Array(" عليكم\n".utf8))
    #expect(throws: ToolError.self) { try harness.run(["normalize", file]) }
    do {
      _ = try harness.run(["normalize", file])
    } catch let error as ToolError {
      #expect(error.status == .data)
      #expect(error.message.hasPrefix("\(file): invalid UTF-8 at byte 9"))
    }
    // The original output file is untouched by the failed run.
    #expect(!FileManager.default.fileExists(atPath: harness.path("out.txt")))
  }

  @Test("--lossy replaces each maximal ill-formed subpart with one U+FFFD")
  func lossy() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    // E0 80: E0 needs A0–BF next, so E0 alone is one subpart and 80 another; F0 9F 98 is a truncated 4-byte sequence.
    let file = try harness.write("bad.txt", [0x61, 0xE0, 0x80, 0x62, 0xF0, 0x9F, 0x98, 0x63, 0x0A, 0xD8])
    #expect(try harness.run(["normalize", "--lossy", file]) == "a\u{FFFD}\u{FFFD}b\u{FFFD}c\n\u{FFFD}")
  }

  @Test("A missing file exits 66 and leaves -o untouched")
  func missingFile() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    try harness.write("out.txt", "previous\n")
    do {
      _ = try harness.run(["normalize", harness.path("missing.txt")])
      Issue.record("no error")
    } catch let error as ToolError {
      #expect(error.status == .noInput)
    }
    #expect(try harness.read("out.txt") == "previous\n")
  }

  @Test("A UTF-8 BOM is dropped at the start and kept elsewhere")
  func byteOrderMark() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("a\u{FEFF}b\r\n".utf8))
    #expect(try harness.run(["normalize", "--fold", "alef", file]) == "a\u{FEFF}b\r\n")
  }

  @Test("Exit statuses of the executable", .enabled(if: ToolHarness.executable != nil, "arabic-tool executable not found beside the tests"))
  func exitStatuses() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let ok = try harness.runProcess(["normalize", "--preset", "search"], stdin: Array("ﻷن\n".utf8))
    #expect(ok.status == 0)
    #expect(ok.stdout == "لان\n")
    let usage = try harness.runProcess(["normalize", "--preset", "nonsense"])
    #expect(usage.status == 64)
    let missing = try harness.runProcess(["normalize", "nowhere.txt"])
    #expect(missing.status == 66)
    #expect(missing.stderr == "arabic-tool: nowhere.txt: cannot open: No such file or directory\n")
    let bad = try harness.runProcess(["strip-diacritics"], stdin: [0x61, 0xC3])
    #expect(bad.status == 65)
    #expect(bad.stderr.hasPrefix("arabic-tool: <stdin>: invalid UTF-8 at byte 1"))
  }
}

@Suite("RecordReader")
struct RecordReaderTests {
  func records(_ bytes: [UInt8], chunk: Int, maxRecord: Int = 1 << 20, lossy: Bool = false) throws -> [[UInt8]] {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let path = try harness.write("in.txt", bytes)
    var reader = RecordReader(source: .file(path), lossy: lossy)
    reader.chunkSize = chunk
    reader.maxRecordLength = maxRecord
    var result: [[UInt8]] = []
    try reader.forEachRecord { record, _ in result.append(Array(record)) }
    return result
  }

  @Test("Sequences split across read chunks are joined", arguments: [1, 2, 3, 4, 5, 7])
  func chunkEdges(chunk: Int) throws {
    let text = Array("س😀a\nب\n".utf8)
    #expect(try records(text, chunk: chunk).flatMap { $0 } == text)
  }

  @Test("An invalid byte right at a chunk edge is found at its offset", arguments: [1, 2, 3, 4, 8])
  func invalidAtEdge(chunk: Int) throws {
    let bytes = Array("abcd".utf8) + [0xD8, 0x41] + Array("ef".utf8)
    do {
      _ = try records(bytes, chunk: chunk)
      Issue.record("no error")
    } catch let error as ToolError {
      #expect(error.message.contains("invalid UTF-8 at byte 4"))
    }
  }

  @Test("A truncated sequence at the end of the input is invalid")
  func truncatedAtEnd() throws {
    do {
      _ = try records([0x61, 0x62, 0xE2, 0x80], chunk: 3)
      Issue.record("no error")
    } catch let error as ToolError {
      #expect(error.message.contains("invalid UTF-8 at byte 2"))
    }
  }

  @Test("A long line is cut after a space, and records end after line ends")
  func longLine() throws {
    let line = Array(String(repeating: "كلمة ", count: 100).utf8)
    let parts = try records(line + [0x0A] + Array("x".utf8), chunk: 64, maxRecord: 128)
    #expect(parts.flatMap { $0 } == line + [0x0A] + Array("x".utf8))
    for part in parts.dropLast() {
      #expect(part.last == 0x20 || part.last == 0x0A)
      #expect(part.count <= 128 + 64 + 1)
    }
  }
}
