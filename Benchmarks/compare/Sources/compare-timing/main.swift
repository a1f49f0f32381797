// compare-timing: one ArabicText operation on one file, timed in process.
//
//   compare-timing time TASK FILE   reads FILE, runs TASK once to warm up,
//                                   then times one run and prints
//                                   "seconds=S bytes=N items=K"
//   compare-timing dump TASK FILE   writes TASK's output for the agreement check
//
// TASK: strip (DiacriticStripper), search (ArabicNormalizer preset .search),
// words (WordTokenizer, tokens with their ranges), wordcount (wordCount(of:)),
// sentences (SentenceSegmenter).
//
// dump writes, for strip and search, the output text; for words, each input
// line's tokens separated by tabs, one output line per input line; for
// sentences, one sentence per line with its line ends as spaces.
import ArabicText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

enum Task: String, CaseIterable {
  case strip, search, words, wordcount, sentences
}

func fail(_ message: String) -> Never {
  var line = "compare-timing: \(message)\n"
  line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  exit(64)
}

func readFile(_ path: String) -> String {
  guard let file = fopen(path, "rb") else { fail("cannot open \(path)") }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 20)
  while true {
    let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
    if count == 0 { break }
    bytes.append(contentsOf: chunk[0..<count])
  }
  var text = String(decoding: bytes, as: UTF8.self)
  text.makeContiguousUTF8()
  return text
}

func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Runs `task` on `text`; returns a count that depends on the whole result.
@inline(never)
func run(_ task: Task, _ text: String) -> Int {
  switch task {
  case .strip:
    return DiacriticStripper().strip(text).utf8.count
  case .search:
    return ArabicNormalizer(preset: .search).normalize(text).utf8.count
  case .words:
    var count = 0
    var last = 0
    for token in WordTokenizer().tokens(in: text) {
      count &+= 1
      last = token.utf8Offsets.upperBound
    }
    return count &+ last & 1
  case .wordcount:
    return wordCount(of: text)
  case .sentences:
    var count = 0
    var last = 0
    for sentence in SentenceSegmenter().sentences(in: text) {
      count &+= 1
      last = sentence.utf8Offsets.upperBound
    }
    return count &+ last & 1
  }
}

func emit(_ string: String) {
  var string = string
  string.withUTF8 { bytes in
    var offset = 0
    while offset < bytes.count {
      let written = write(1, bytes.baseAddress! + offset, bytes.count - offset)
      if written <= 0 { exit(74) }
      offset += written
    }
  }
}

func dump(_ task: Task, _ text: String) {
  switch task {
  case .strip:
    emit(DiacriticStripper().strip(text))
  case .search:
    emit(ArabicNormalizer(preset: .search).normalize(text))
  case .words, .wordcount:
    var out = ""
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if text.hasSuffix("\n") { lines.removeLast() }  // one output line per input line
    for line in lines {
      out += WordTokenizer().tokens(in: line).map { String(text[$0.range]) }.joined(separator: "\t")
      out += "\n"
    }
    emit(out)
  case .sentences:
    var out = ""
    for sentence in SentenceSegmenter().sentences(in: text) {
      var line = String.UnicodeScalarView()
      for scalar in text[sentence.range].unicodeScalars {
        line.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
      }
      out += String(line) + "\n"
    }
    emit(out)
  }
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let task = Task(rawValue: arguments[2]) else {
  fail("usage: compare-timing time|dump \(Task.allCases.map(\.rawValue).joined(separator: "|")) FILE")
}
let text = readFile(arguments[3])
switch arguments[1] {
case "time":
  _ = run(task, text)  // warm-up, as the Python driver does
  let start = now()
  let items = run(task, text)
  let seconds = now() - start
  print("seconds=\(seconds) bytes=\(text.utf8.count) items=\(items)")
case "dump":
  dump(task, text)
default:
  fail("unknown mode \(arguments[1])")
}
