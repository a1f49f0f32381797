#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Buffered output to standard output, or to a file written atomically.
///
/// With a path, bytes go to a temporary file in the same directory, which
/// `finish()` renames over the path; on failure the temporary file is removed
/// and an existing file at the path is left untouched. A path that names a
/// device or a FIFO is written to directly. Writing to a closed
/// pipe throws `BrokenPipe`, which ends the run quietly.
final class OutputWriter {
  private let fd: Int32
  private let path: String?
  private let temporaryPath: String?
  private var buffer: [UInt8] = []
  private let bufferSize = 1 << 18
  private var finished = false

  /// Output to `path`, or to standard output when nil.
  ///
  /// - Throws: `ToolError` with status 74 when the temporary file cannot be made.
  init(path: String?) throws {
    buffer.reserveCapacity(bufferSize)
    guard var path else {
      fd = 1
      self.path = nil
      temporaryPath = nil
      return
    }
    // Through a symbolic link, replace the link's target, not the link.
    if let resolved = realpath(path, nil) {
      path = String(cString: resolved)
      free(resolved)
    }
    // A device or a FIFO (-o /dev/null, a named pipe) is written to directly: it is not a file
    // to replace.
    var existing = stat()
    if stat(path, &existing) == 0 && (existing.st_mode & S_IFMT) != S_IFREG && (existing.st_mode & S_IFMT) != S_IFDIR {
      let descriptor = open(path, O_WRONLY | O_CLOEXEC)
      if descriptor < 0 { throw ToolError.writeFailed(path, reason: systemError()) }
      fd = descriptor
      self.path = path
      temporaryPath = nil
      return
    }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var template = Array("\(directory).\(base).tmp-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    if descriptor < 0 { throw ToolError.writeFailed(path, reason: systemError()) }
    if stat(path, &existing) == 0 {
      fchmod(descriptor, existing.st_mode & 0o7777)
    } else {
      let mask = umask(0)
      umask(mask)
      fchmod(descriptor, 0o666 & ~mask)
    }
    fd = descriptor
    self.path = path
    temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }

  deinit {
    if !finished { abandon() }
  }

  private var name: String { path ?? "<stdout>" }

  func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    if buffer.count + bytes.count > bufferSize {
      try flush()
      if bytes.count >= bufferSize {
        try writeAll(bytes)
        return
      }
    }
    buffer.append(contentsOf: bytes)
  }

  func write(_ string: String) throws {
    var string = string
    try string.withUTF8 { try write($0) }
  }

  func write(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBufferPointer { try write($0) }
  }

  func flush() throws {
    guard !buffer.isEmpty else { return }
    try buffer.withUnsafeBufferPointer { try writeAll($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    guard var p = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
      let written = Glibc.write(fd, p, remaining)
      if written < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE { throw BrokenPipe() }
        throw ToolError.writeFailed(name, reason: systemError())
      }
      p += written
      remaining -= written
    }
  }

  /// Flushes, and for a file, syncs, closes and renames it over the destination.
  func finish() throws {
    try flush()
    finished = true
    guard let path else { return }
    guard let temporaryPath else {
      // A device or FIFO written directly.
      if close(fd) != 0 { throw ToolError.writeFailed(path, reason: systemError()) }
      return
    }
    if fsync(fd) != 0 || close(fd) != 0 {
      let reason = systemError()
      unlink(temporaryPath)
      throw ToolError.writeFailed(path, reason: reason)
    }
    if rename(temporaryPath, path) != 0 {
      let reason = systemError()
      unlink(temporaryPath)
      throw ToolError.writeFailed(path, reason: reason)
    }
  }

  /// Ends output after a failure. A partial file is dropped (the destination
  /// keeps its previous content); on standard output what was buffered is
  /// written, so everything processed before the failure is there.
  func abandon() {
    finished = true
    guard let temporaryPath else {
      // Standard output, a device or a FIFO: what was processed is written.
      try? flush()
      if path != nil { close(fd) }
      return
    }
    close(fd)
    unlink(temporaryPath)
  }
}
