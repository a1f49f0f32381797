import ArabicTextICU

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sorts lines by collation sort keys within a memory budget.
///
/// Lines and their keys (`ArabicCollator.appendSortKey`) go into two byte
/// arenas. When the arenas and the index pass the budget, the chunk is
/// sorted and written to a temporary run file; at the end the runs are
/// merged (at most `mergeWidth` at a time, in several passes if there are
/// more). Run files are unlinked as soon as they are created, so nothing
/// is left behind whatever happens.
///
/// Order: by key bytes (memcmp), reversed with `reverse`; lines with equal
/// keys keep their input order in both directions. With `unique`, only the
/// first line of each group of equal keys is written.
///
/// A struct, so that its arenas are accessed without the run-time
/// exclusivity checks of class properties on every line.
struct LineSorter {
  /// One line of the current chunk: the first eight key bytes for quick comparisons, then
  /// offsets into the arenas (24 bytes, which the sort moves around).
  private struct Entry {
    var prefix: UInt64
    var keyStart: UInt32
    var keyLength: UInt32
    var lineStart: UInt32
    var lineLength: UInt32
  }

  private let collator: ArabicCollator
  private let reverse: Bool
  private let unique: Bool
  private let budget: Int
  private let temporaryDirectory: String
  private let mergeWidth = 64

  private var lines: [UInt8] = []
  private var keys: [UInt8] = []
  private var entries: [Entry] = []
  private var runs: [RunFile] = []

  /// A sorter for `collator`'s order within about `budget` bytes of memory.
  init(collator: ArabicCollator, reverse: Bool, unique: Bool, budget: Int, temporaryDirectory: String) {
    self.collator = collator
    self.reverse = reverse
    self.unique = unique
    // Arena offsets are 32-bit: a chunk stays below 2 GiB.
    self.budget = Swift.min(Swift.max(budget, 1 << 16), 1 << 31)
    lines.reserveCapacity(Swift.min(self.budget / 3, 1 << 22))
    keys.reserveCapacity(Swift.min(self.budget / 3, 1 << 22))
    entries.reserveCapacity(Swift.min(self.budget / 3, 1 << 22) / 24)
    self.temporaryDirectory = temporaryDirectory
  }

  /// Adds one line (without its line end).
  ///
  /// - Throws: `ToolError` when a run file cannot be written.
  mutating func add(_ line: UnsafeBufferPointer<UInt8>) throws {
    if lines.count + line.count + keys.count + 4 * line.count + 64 > budget && !entries.isEmpty {
      try spill()
    }
    let keyStart = keys.count
    let keyLength = collator.appendSortKey(utf8: line, to: &keys)
    let lineStart = lines.count
    lines.append(contentsOf: line)
    let prefix = keys.withUnsafeBufferPointer { Self.prefix($0.baseAddress! + keyStart, keyLength) }
    entries.append(
      Entry(
        prefix: prefix, keyStart: UInt32(keyStart), keyLength: UInt32(keyLength), lineStart: UInt32(lineStart),
        lineLength: UInt32(line.count)))
    if lines.count + keys.count + entries.count * MemoryLayout<Entry>.stride > budget {
      try spill()
    }
  }

  /// Writes every line in order, each followed by a line feed.
  ///
  /// - Throws: `ToolError` or `BrokenPipe`.
  mutating func finish(to writer: OutputWriter) throws {
    if runs.isEmpty {
      sortChunk()
      var lines = LineBlockWriter(writer)
      try writeChunk { line, _ in try lines.append(line) }
      try lines.finish()
      return
    }
    if !entries.isEmpty { try spill() }
    lines = []
    keys = []
    entries = []
    while runs.count > mergeWidth {
      var merged: [RunFile] = []
      var start = 0
      while start < runs.count {
        let group = Array(runs[start..<Swift.min(start + mergeWidth, runs.count)])
        let output = try RunFile(directory: temporaryDirectory)
        try merge(group) { line, key in try output.append(key: key, line: line) }
        try output.finishWriting()
        merged.append(output)
        start += mergeWidth
      }
      runs = merged
    }
    var lines = LineBlockWriter(writer)
    try merge(runs) { line, _ in try lines.append(line) }
    try lines.finish()
    runs = []
  }


  // MARK: - Chunks

  /// The first eight key bytes, big-endian, zero-padded: comparing prefixes compares keys as far as they go.
  @inline(__always)
  private static func prefix(_ key: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
    var value: UInt64 = 0
    for i in 0..<8 { value = value << 8 | UInt64(i < length ? key[i] : 0) }
    return value
  }

  /// Key order: negative, zero or positive.
  @inline(__always)
  private static func compareKeys(
    _ a: UnsafePointer<UInt8>, _ aLength: Int, _ b: UnsafePointer<UInt8>, _ bLength: Int
  ) -> Int32 {
    let c = memcmp(a, b, Swift.min(aLength, bLength))
    return c != 0 ? c : Int32(aLength - bLength)
  }

  private mutating func sortChunk() {
    let reverse = self.reverse
    keys.withUnsafeBufferPointer { keyBuffer in
      guard let base = keyBuffer.baseAddress else { return }
      entries.withUnsafeMutableBufferPointer { entries in
        // Ties go by input position, so the order is total and an unstable sort gives the
        // stable result.
        Self.quicksort(entries) { x, y in
          var order: Int32
          if x.prefix != y.prefix {
            order = x.prefix < y.prefix ? -1 : 1
          } else if x.keyLength <= 8 || y.keyLength <= 8 {
            order = 0  // both keys ended within the prefix (no key has an inner zero byte)
          } else {
            order = Self.compareKeys(
              base + Int(x.keyStart) + 8, Int(x.keyLength) - 8, base + Int(y.keyStart) + 8, Int(y.keyLength) - 8)
          }
          if order == 0 { return x.lineStart < y.lineStart }
          return reverse ? order > 0 : order < 0
        }
      }
    }
  }

  /// An in-place quicksort (median of three, insertion sort for short ranges, recursion on
  /// the shorter side): fewer moves of the 24-byte entries than the standard library's merge sort.
  private static func quicksort(
    _ a: UnsafeMutableBufferPointer<Entry>, by less: (Entry, Entry) -> Bool
  ) {
    var low = 0
    var high = a.count - 1
    while high - low > 16 {
      let mid = low + (high - low) / 2
      if less(a[mid], a[low]) { a.swapAt(mid, low) }
      if less(a[high], a[low]) { a.swapAt(high, low) }
      if less(a[high], a[mid]) { a.swapAt(high, mid) }
      let pivot = a[mid]
      var i = low
      var j = high
      while i <= j {
        while less(a[i], pivot) { i += 1 }
        while less(pivot, a[j]) { j -= 1 }
        if i <= j {
          a.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      if j - low < high - i {
        if low < j { quicksort(UnsafeMutableBufferPointer(rebasing: a[low...j]), by: less) }
        low = i
      } else {
        if i < high { quicksort(UnsafeMutableBufferPointer(rebasing: a[i...high]), by: less) }
        high = j
      }
    }
    guard high > low else { return }
    for k in (low + 1)...high {
      let value = a[k]
      var m = k
      while m > low && less(value, a[m - 1]) {
        a[m] = a[m - 1]
        m -= 1
      }
      a[m] = value
    }
  }

  /// Calls `body` with each line of the sorted chunk and its key, dropping repeats with `unique`.
  private func writeChunk(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    try lines.withUnsafeBufferPointer { lineBuffer in
      try keys.withUnsafeBufferPointer { keyBuffer in
        var previous: UnsafeBufferPointer<UInt8>?
        for entry in entries {
          let keyStart = Int(entry.keyStart)
          let key = UnsafeBufferPointer(rebasing: keyBuffer[keyStart..<(keyStart + Int(entry.keyLength))])
          if unique, let previous, previous.elementsEqual(key) { continue }
          previous = key
          let lineStart = Int(entry.lineStart)
          try body(UnsafeBufferPointer(rebasing: lineBuffer[lineStart..<(lineStart + Int(entry.lineLength))]), key)
        }
      }
    }
  }

  private mutating func spill() throws {
    sortChunk()
    let run = try RunFile(directory: temporaryDirectory)
    try writeChunk { line, key in try run.append(key: key, line: line) }
    try run.finishWriting()
    runs.append(run)
    lines.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
    entries.removeAll(keepingCapacity: true)
  }

  // MARK: - Merging

  /// Merges sorted runs (earlier runs first among equal keys), dropping repeats with `unique`.
  private func merge(_ group: [RunFile], _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> Void)
    throws
  {
    let bufferSize = Swift.max(1 << 16, budget / Swift.max(group.count, 1) / 2)
    var readers = try group.map { try RunReader(run: $0, bufferSize: bufferSize) }
    // A binary heap of reader indices, smallest current key on top.
    var heap: [Int] = []
    func precedes(_ i: Int, _ j: Int) -> Bool {
      let order = readers[i].withKey { a in readers[j].withKey { b in
        Self.compareKeys(a.baseAddress!, a.count, b.baseAddress!, b.count)
      } }
      if order == 0 { return i < j }
      return reverse ? order > 0 : order < 0
    }
    func siftUp(_ start: Int) {
      var child = start
      while child > 0 {
        let parent = (child - 1) / 2
        guard precedes(heap[child], heap[parent]) else { return }
        heap.swapAt(child, parent)
        child = parent
      }
    }
    func siftDown(_ start: Int) {
      var parent = start
      while true {
        let left = 2 * parent + 1
        guard left < heap.count else { return }
        var smallest = left
        if left + 1 < heap.count && precedes(heap[left + 1], heap[left]) { smallest = left + 1 }
        guard precedes(heap[smallest], heap[parent]) else { return }
        heap.swapAt(smallest, parent)
        parent = smallest
      }
    }
    for index in readers.indices where try readers[index].next() {
      heap.append(index)
      siftUp(heap.count - 1)
    }
    var lastKey: [UInt8] = []
    var hasLast = false
    while let top = heap.first {
      let isRepeat =
        unique && hasLast && readers[top].withKey { $0.elementsEqual(lastKey) }
      if !isRepeat {
        if unique {
          lastKey.removeAll(keepingCapacity: true)
          readers[top].withKey { lastKey.append(contentsOf: $0) }
          hasLast = true
        }
        try readers[top].withRecord { key, line in try body(line, key) }
      }
      if try readers[top].next() {
        siftDown(0)
      } else {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        siftDown(0)
      }
    }
  }
}

/// A temporary file of sorted records: key length, line length (both UInt32, native order),
/// key bytes, line bytes. The file is unlinked at once and lives as long as its descriptor.
final class RunFile {
  let fd: Int32
  private var buffer: [UInt8] = []

  /// Creates and unlinks a file in `directory`.
  ///
  /// - Throws: `ToolError` (status 74) when the file cannot be made.
  init(directory: String) throws {
    var template = Array("\(directory)/arabic-tool-sort-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    if fd < 0 { throw ToolError.writeFailed(directory, reason: "cannot create a temporary file: \(systemError())") }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    self.fd = fd
    buffer.reserveCapacity(1 << 20)
  }

  deinit { close(fd) }

  func append(key: UnsafeBufferPointer<UInt8>, line: UnsafeBufferPointer<UInt8>) throws {
    withUnsafeBytes(of: UInt32(key.count)) { buffer.append(contentsOf: $0) }
    withUnsafeBytes(of: UInt32(line.count)) { buffer.append(contentsOf: $0) }
    buffer.append(contentsOf: key)
    buffer.append(contentsOf: line)
    if buffer.count >= 1 << 20 { try flush() }
  }

  /// Writes what is buffered and rewinds the file for reading.
  func finishWriting() throws {
    try flush()
    if lseek(fd, 0, SEEK_SET) < 0 { throw ToolError.writeFailed("temporary file", reason: systemError()) }
  }

  private func flush() throws {
    try buffer.withUnsafeBufferPointer { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw ToolError.writeFailed("temporary file", reason: systemError())
        }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Reads the records of a run file one at a time through a buffer.
struct RunReader {
  private let run: RunFile
  private var buffer: [UInt8]
  private var start = 0  // of the current record
  private var end = 0  // of valid bytes
  private var keyLength = 0
  private var lineLength = 0
  private var atEnd = false
  private var hasRecord = false

  init(run: RunFile, bufferSize: Int) throws {
    self.run = run
    self.buffer = [UInt8](repeating: 0, count: bufferSize)
  }

  /// Moves to the next record; false at the end of the run.
  mutating func next() throws -> Bool {
    if hasRecord { start += 8 + keyLength + lineLength }
    hasRecord = false
    guard try ensure(8) else { return false }
    keyLength = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start, as: UInt32.self) })
    lineLength = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start + 4, as: UInt32.self) })
    _ = try ensure(8 + keyLength + lineLength)
    hasRecord = true
    return true
  }

  func withKey<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
    try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[(start + 8)..<(start + 8 + keyLength)])) }
  }

  func withRecord(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
    try buffer.withUnsafeBufferPointer {
      let keyStart = start + 8
      let lineStart = keyStart + keyLength
      try body(
        UnsafeBufferPointer(rebasing: $0[keyStart..<lineStart]),
        UnsafeBufferPointer(rebasing: $0[lineStart..<(lineStart + lineLength)]))
    }
  }

  /// Makes `count` bytes from `start` available; false when the run has ended (no bytes left).
  ///
  /// - Throws: `ToolError` when the run ends inside a record, or on a read error.
  private mutating func ensure(_ count: Int) throws -> Bool {
    while end - start < count {
      if atEnd {
        if end == start { return false }
        throw ToolError(status: .io, message: "temporary file: truncated sort run")
      }
      // Move the partial record to the front, growing the buffer for a record larger than it.
      if start > 0 {
        buffer.withUnsafeMutableBufferPointer { b in
          b.baseAddress!.update(from: b.baseAddress! + start, count: end - start)
        }
        end -= start
        start = 0
      }
      if count > buffer.count { buffer.append(contentsOf: repeatElement(0, count: count - buffer.count)) }
      let capacity = buffer.count - end
      let fd = run.fd
      let read = buffer.withUnsafeMutableBufferPointer { Glibc.read(fd, $0.baseAddress! + end, capacity) }
      if read < 0 {
        if errno == EINTR { continue }
        throw ToolError.readFailed("temporary file", reason: systemError())
      }
      if read == 0 { atEnd = true } else { end += read }
    }
    return true
  }
}

/// Gathers output lines into blocks of about 1 MiB: one call into the writer
/// per block, not two per line.
struct LineBlockWriter {
  let writer: OutputWriter
  var block: [UInt8] = []
  static let blockSize = 1 << 20

  init(_ writer: OutputWriter) {
    self.writer = writer
    block.reserveCapacity(Self.blockSize)
  }

  /// Appends `line` and a line feed.
  mutating func append(_ line: UnsafeBufferPointer<UInt8>) throws {
    block.append(contentsOf: line)
    block.append(UInt8(ascii: "\n"))
    if block.count >= Self.blockSize {
      try writer.write(block)
      block.removeAll(keepingCapacity: true)
    }
  }

  /// Writes what is gathered.
  mutating func finish() throws {
    try writer.write(block)
    block.removeAll(keepingCapacity: true)
  }
}
