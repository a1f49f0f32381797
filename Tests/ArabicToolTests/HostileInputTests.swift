import ArabicText
import Foundation
import Testing
import TestSupport

@testable import arabic_tool

/// Hostile input through the built `arabic-tool`, every subcommand: invalid
/// UTF-8 at the start, middle and end and at the read-buffer edge, empty and
/// blank files, NUL bytes, byte order marks, CR LF, a long run of combining
/// marks on one letter, deeply nested HTML, a full output device, a closed
/// pipe. Sizes are scaled down to keep `swift test` fast; Scripts/huge-inputs.sh
/// runs the full sizes (1 GB, 10 million marks) and measures time and memory.
@Suite(
  "Hostile input through arabic-tool",
  .enabled(if: ToolHarness.executable != nil, "the arabic-tool executable is not built: skipped"))
struct HostileInputTests {
  /// Every subcommand that reads files, with arguments that make it run.
  static let fileCommands: [[String]] = [
    ["normalize"], ["normalize", "--preset", "search"], ["strip-diacritics"], ["tokenize"], ["tokenize", "--sentences"],
    ["reading-time"], ["excerpt", "--max-chars", "40"], ["seo", "--input", "text"], ["sort"], ["shape"],
    ["bidi", "display", "--mode", "visual"], ["bidi", "reorder"], ["bidi", "isolate"], ["bidi", "strip-controls"],
    ["bidi", "detect"], ["bidi", "check"],
  ]

  static let article = "عنوان المقال\n\nكَتَبَ الوَلَدُ الدَّرْسَ في المدرسة صباحًا، ثم عاد إلى البيت. Text in English too.\n"

  /// A crash, a trap or a sanitizer report, as opposed to a clean message.
  static func crashed(_ status: Int32, _ stderr: String) -> Bool {
    status > 128 || stderr.contains("Fatal error") || stderr.contains("Crash") || stderr.contains("Backtrace")
      || stderr.contains("Sanitizer")
  }

  @Test("Empty, blank, NUL, BOM and CR LF inputs: every subcommand exits cleanly", arguments: fileCommands)
  func ordinaryOddities(command: [String]) throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let inputs: [(String, [UInt8])] = [
      ("empty", []),
      ("blank", Array(" \t\n  \n\u{3000}\n".utf8)),
      ("nul", Array("سلام\u{0}عليكم\n\u{0}".utf8)),
      ("bom", [0xEF, 0xBB, 0xBF] + Array("سلام \u{FEFF}عليكم\n".utf8)),
      ("crlf", Array("سلام عليكم\r\nكيف الحال؟\r\n".utf8)),
    ]
    for (name, bytes) in inputs {
      let file = try harness.write(name, bytes)
      let result = try harness.runProcess(command + [file])
      #expect(!Self.crashed(result.status, result.stderr), "\(command) on \(name): \(result.status) \(result.stderr)")
      // An empty or blank article is the one input that is an error (seo: no words).
      let expected: Set<Int32> =
        command[0] == "seo" && (name == "empty" || name == "blank") ? [65] : command == ["bidi", "check"] ? [0, 1] : [0]
      #expect(expected.contains(result.status), "\(command) on \(name): status \(result.status) \(result.stderr)")
    }
  }

  @Test("A file whose name is not UTF-8 is opened by the bytes given")
  func nonUTF8FileName() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    // bad<FF>name.txt, made and named through the shell: Foundation's arguments are Strings.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", #"name="$(printf 'bad\377name.txt')"; printf 'كَتَبَ\n' > "$name"; "$0" strip-diacritics "$name""#,
      ToolHarness.executable!.path,
    ]
    process.currentDirectoryURL = URL(fileURLWithPath: harness.path(""))
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self) == "كتب\n")
  }

  @Test("-o to a FIFO writes into it and leaves it a FIFO")
  func outputToFIFO() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let input = try harness.write("in", "سَلام\n")
    let fifo = harness.path("fifo")
    #expect(mkfifo(fifo, 0o600) == 0)
    // A reader first, so that the tool's open for writing does not wait.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    let result = try harness.runProcess(["strip-diacritics", "-o", fifo, input])
    #expect(result.status == 0)
    var bytes = [UInt8](repeating: 0, count: 64)
    let count = read(reader, &bytes, bytes.count)
    #expect(Array(bytes.prefix(max(count, 0))) == Array("سلام\n".utf8))
    var info = stat()
    #expect(stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
  }

  @Test("On standard output, what was processed before a failure is written")
  func outputBeforeFailure() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let good = try harness.write("good", "سَلام عليكم\n")
    let bad = try harness.write("bad", Array("كيف\nالحال".utf8) + [0xFF, 0x0A])
    let invalid = try harness.runProcess(["strip-diacritics", good, bad])
    #expect(invalid.status == 65)
    #expect(invalid.stdout == "سلام عليكم\nكيف\n")
    let missing = try harness.runProcess(["strip-diacritics", good, harness.path("nowhere")])
    #expect(missing.status == 66)
    #expect(missing.stdout == "سلام عليكم\n")
  }

  @Test("Line ends, NUL and byte order marks come out as the text had them")
  func exactOutputs() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let crlf = try harness.write("crlf", "سَلام عليكم\r\nكيف الحال؟\r\n\r\n")
    #expect(try harness.runProcess(["normalize", crlf]).stdout == "سَلام عليكم\r\nكيف الحال؟\r\n\r\n")
    #expect(try harness.runProcess(["strip-diacritics", crlf]).stdout == "سلام عليكم\r\nكيف الحال؟\r\n\r\n")
    #expect(try harness.runProcess(["bidi", "strip-controls", crlf]).stdout == "سَلام عليكم\r\nكيف الحال؟\r\n\r\n")
    // A BOM is dropped at the start and kept elsewhere (normalize's invisibles fold removes U+FEFF itself).
    let bom = try harness.write("bom", [0xEF, 0xBB, 0xBF] + Array("سَلام \u{FEFF}عليكم\n".utf8))
    #expect(try harness.runProcess(["strip-diacritics", bom]).stdout == "سلام \u{FEFF}عليكم\n")
    #expect(try harness.runProcess(["bidi", "strip-controls", bom]).stdout == "سَلام \u{FEFF}عليكم\n")
    #expect(try harness.runProcess(["normalize", bom]).stdout == "سَلام عليكم\n")
    let nul = try harness.write("nul", "سَلام\u{0}عليكم\n\u{0}")
    #expect(try harness.runProcess(["strip-diacritics", nul]).stdout == "سلام\u{0}عليكم\n\u{0}")
    #expect(try harness.runProcess(["shape", nul]).stdout == "ﺳَﻼﻡ\u{0}ﻋﻠﻴﻜﻢ\n\u{0}")
    let empty = try harness.write("empty", [])
    #expect(try harness.runProcess(["normalize", empty]).stdout == "")
    #expect(try harness.runProcess(["sort", empty]).stdout == "")
  }

  /// `size` bytes of Arabic words and spaces with `bad` at `offset`.
  static func invalidFile(size: Int, badAt offset: Int, bad: [UInt8] = [0xFF]) -> [UInt8] {
    var bytes = textBytes(count: offset)
    bytes += bad
    bytes += textBytes(count: max(0, size - bytes.count))
    return bytes
  }

  /// `count` bytes of Arabic words and spaces, ending at a scalar boundary (spaces fill the end).
  static func textBytes(count: Int) -> [UInt8] {
    let unit = Array("كلمة ".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    while bytes.count + unit.count <= count { bytes += unit }
    while bytes.count < count { bytes.append(0x20) }
    return bytes
  }

  @Test(
    "Invalid UTF-8 at the start, middle and end: the byte offset, status 65; --lossy goes on",
    arguments: fileCommands)
  func invalidUTF8(command: [String]) throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    // (offset, bytes): a stray continuation at 0, FF in the middle, a truncated sequence at the end.
    let middle = Array("كلمة ونص abcd".utf8), end = Array("كلمة ونص أخرى\n".utf8)
    let cases: [(Int, [UInt8])] = [
      (0, Array([0x80]) + Array(" كلمة أخرى ونص\n".utf8)),
      (middle.count, middle + [0xFF] + Array(" بعدها\n".utf8)),
      (end.count, end + [0xD8]),
    ]
    for (offset, bytes) in cases {
      let file = try harness.write("bad-\(offset)", bytes)
      let strict = try harness.runProcess(command + [file])
      #expect(strict.status == 65, "\(command) at \(offset): status \(strict.status)")
      #expect(strict.stderr.contains("\(file): invalid UTF-8 at byte \(offset)"), "\(command): \(strict.stderr)")
      let lossy = try harness.runProcess(command + ["--lossy", file])
      #expect(!Self.crashed(lossy.status, lossy.stderr), "\(command) --lossy: \(lossy.stderr)")
      let expected: Set<Int32> = command == ["bidi", "check"] ? [0, 1] : [0]
      #expect(expected.contains(lossy.status), "\(command) --lossy at \(offset): \(lossy.status) \(lossy.stderr)")
    }
  }

  @Test("--lossy replaces the bad bytes and processes the rest")
  func lossyOutput() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("bad", [0x80] + Array("كَلمة ".utf8) + [0xC3, 0x28] + Array(" نص\n".utf8) + [0xE2, 0x82])
    #expect(try harness.runProcess(["strip-diacritics", "--lossy", file]).stdout == "\u{FFFD}كلمة \u{FFFD}( نص\n\u{FFFD}")
    #expect(try harness.runProcess(["normalize", "--lossy", file]).stdout == "\u{FFFD}كَلمة \u{FFFD}( نص\n\u{FFFD}")
  }

  @Test(
    "Invalid UTF-8 at the read-buffer edge (1 MiB) is found at its exact offset",
    arguments: [["normalize"], ["tokenize"], ["bidi", "check"], ["reading-time"]])
  func invalidAtChunkEdge(command: [String]) throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let edge = 1 << 20
    // A bad byte on each side of the edge, and a three-byte sequence cut by the edge whose third byte is bad.
    let cases: [(name: String, bytes: [UInt8], offset: Int)] = [
      ("before", Self.invalidFile(size: edge + 4096, badAt: edge - 1), edge - 1),
      ("at", Self.invalidFile(size: edge + 4096, badAt: edge), edge),
      ("across", Self.invalidFile(size: edge + 4096, badAt: edge - 2, bad: [0xE2, 0x80, 0x41]), edge - 2),
    ]
    for (name, bytes, offset) in cases {
      let file = try harness.write(name, bytes)
      let strict = try harness.runProcess(command + [file])
      #expect(strict.status == 65 && strict.stderr.contains("invalid UTF-8 at byte \(offset)"), "\(command) \(name): \(strict.stderr)")
      let lossy = try harness.runProcess(command + ["--lossy", file])
      #expect(lossy.status == 0 || (command == ["bidi", "check"] && lossy.status == 1), "\(command) \(name) --lossy: \(lossy.stderr)")
    }
    // With --lossy, normalize puts U+FFFD in place and keeps every other byte.
    let file = try harness.write("edge", Self.invalidFile(size: edge + 4096, badAt: edge))
    if command == ["normalize"] {
      let output = try harness.runProcess(["normalize", "--lossy", "--fold", "presentation-forms", file]).stdout
      let expected = String(decoding: Self.invalidFile(size: edge + 4096, badAt: edge), as: UTF8.self)
      #expect(output == expected)
    }
  }

  @Test("A line of 200,000 combining marks on one letter, through every subcommand", arguments: fileCommands)
  func longRunOfMarks(command: [String]) throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let marks = "ب" + String(repeating: "\u{064E}\u{0651}", count: 100_000) + "\n"
    let file = try harness.write("marks", marks)
    let clock = ContinuousClock()
    var result: (status: Int32, stdout: String, stderr: String) = (0, "", "")
    let elapsed = try clock.measure { result = try harness.runProcess(command + [file]) }
    #expect(!Self.crashed(result.status, result.stderr), "\(command): \(result.stderr)")
    #expect(result.status == 0, "\(command): \(result.status) \(result.stderr)")
    #expect(elapsed < .seconds(30), "\(command) took \(elapsed)")
  }

  @Test("100,000 nested HTML elements: seo answers without crashing")
  func deeplyNestedHTML() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let depth = 100_000
    let html =
      "<html><head><title>عنوان الصفحة</title></head><body>" + String(repeating: "<div>", count: depth)
      + "<p>نص عربي في أعماق الصفحة يكفي ليكون فقرة.</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
    let file = try harness.write("deep.html", html)
    let result = try harness.runProcess(["seo", file])
    #expect(!Self.crashed(result.status, result.stderr), "\(result.stderr)")
    #expect(result.status == 0 || result.status == 65, "status \(result.status): \(result.stderr)")
  }

  @Test("Output to a full device: status 74 and a message, for every subcommand", arguments: fileCommands)
  func fullDevice(command: [String]) throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", String(repeating: Self.article, count: 2_000))
    let result = try Self.run(command + [file], stdoutPath: "/dev/full", in: harness)
    #expect(!Self.crashed(result.status, result.stderr), "\(command): \(result.stderr)")
    if command == ["bidi", "check"] {
      #expect(result.status == 0, "no findings, no output: \(result.stderr)")
    } else {
      #expect(result.status == 74, "\(command): \(result.status) \(result.stderr)")
      #expect(result.stderr.contains("No space left on device"), "\(command): \(result.stderr)")
    }
  }

  @Test("A closed pipe (| head -c 1) ends the run quietly", arguments: fileCommands)
  func closedPipe(command: [String]) throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", String(repeating: Self.article, count: 20_000))
    let result = try Self.runClosingPipe(command + [file], in: harness)
    #expect(!Self.crashed(result.status, result.stderr), "\(command): \(result.stderr)")
    #expect(result.status == 0 || (command == ["bidi", "check"] && result.status == 1), "\(command): \(result.status)")
    #expect(result.stderr.isEmpty, "\(command): \(result.stderr)")
  }

  @Test("A failed run leaves the -o file as it was and no temporary file", arguments: fileCommands)
  func failedRunKeepsOutput(command: [String]) throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let out = try harness.write("out.txt", "previous\n")
    // Two megabytes of text, then invalid UTF-8: output was written before the error.
    let file = try harness.write("in.txt", Self.invalidFile(size: 2 << 20, badAt: (2 << 20) - 10))
    let result = try harness.runProcess(command + ["-o", out, file])
    #expect(result.status == 65, "\(command): \(result.status) \(result.stderr)")
    #expect(try harness.read("out.txt") == "previous\n")
    let left = try FileManager.default.contentsOfDirectory(atPath: harness.folder.path).sorted()
    #expect(left == ["in.txt", "out.txt"], "\(command) left \(left)")
  }

  @Test("slug: invalid UTF-8 on standard input, NUL, BOM, empty and blank lines")
  func slugInput() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let bad = try harness.runProcess(["slug"], stdin: Array("عنوان أول\n".utf8) + [0xFF] + Array("\n".utf8))
    #expect(bad.status == 65 && bad.stderr.contains("invalid UTF-8 at byte 18"), "\(bad.stderr)")
    let lossy = try harness.runProcess(["slug", "--lossy"], stdin: [0xEF, 0xBB, 0xBF] + Array("عنوان أول\n\n  \nنص\u{0}آخر\r\n".utf8))
    #expect(lossy.status == 0, "\(lossy.stderr)")
    #expect(lossy.stdout == "عنوان-أول\n\n\nنص-آخر\n")
  }

  @Test("reading-time counts record by record: a text longer than a record counts as a whole")
  func readingTimeAcrossRecords() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    // 2.4 MB: words across the 1 MiB records, and one 200 KB word with no space.
    let text = String(repeating: "كلمة word ", count: 150_000) + String(repeating: "ب", count: 100_000) + " آخر\n"
    let file = try harness.write("long.txt", text)
    let expected = ReadingTime(text).words
    #expect(expected == 300_002)
    #expect(try harness.run(["reading-time", "--format", "ndjson", file]).contains("\"words\":\(expected)"))
  }

  // MARK: - Running the executable

  /// Runs the executable with standard output sent to `stdoutPath`.
  static func run(_ arguments: [String], stdoutPath: String, in harness: ToolHarness) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = ToolHarness.executable!
    process.arguments = arguments
    process.currentDirectoryURL = harness.folder
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath))
    let error = Pipe()
    process.standardError = error
    try process.run()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: err, as: UTF8.self))
  }

  /// Runs the executable, reads one byte of its output and closes the pipe, as `| head -c 1` does.
  static func runClosingPipe(_ arguments: [String], in harness: ToolHarness) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = ToolHarness.executable!
    process.arguments = arguments
    process.currentDirectoryURL = harness.folder
    process.standardInput = FileHandle.nullDevice
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    _ = try output.fileHandleForReading.read(upToCount: 1)
    try output.fileHandleForReading.close()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: err, as: UTF8.self))
  }
}

extension HostileInputTests {
  @Test("reading-time counts a text written to standard input (the streaming path, record by record)")
  func readingTimeStandardInput() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let result = try harness.runProcess(["reading-time", "--format", "ndjson"], stdin: Array("كلمة واحدة\n".utf8))
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"words\":2"))
  }
}
