#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a subcommand reads from: a file or standard input.
enum InputSource: Equatable {
  case standardInput
  case file(String)

  /// The name used in messages.
  var name: String {
    switch self {
    case .standardInput: "<stdin>"
    case .file(let path): path
    }
  }

  /// Opens the source for reading.
  ///
  /// - Throws: `ToolError` with status 66 when the file cannot be opened or is a directory.
  func open() throws -> Int32 {
    switch self {
    case .standardInput:
      return 0
    case .file(let path):
      let fd = Self.systemPath(path).withUnsafeBufferPointer { Glibc.open($0.baseAddress!, O_RDONLY | O_CLOEXEC) }
      if fd < 0 { throw ToolError.cannotOpen(path, reason: systemError()) }
      var info = stat()
      if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
        close(fd)
        throw ToolError.cannotOpen(path, reason: "Is a directory")
      }
      return fd
    }
  }
}

/// The text of the current `errno`.
func systemError(_ code: Int32 = errno) -> String {
  String(cString: strerror(code))
}

extension InputSource {
  /// The bytes of `path` as the system names the file: the command-line
  /// argument it came from when that was not valid UTF-8 (the `String` holds
  /// U+FFFD where the name has other bytes), else its UTF-8.
  static func systemPath(_ path: String) -> [CChar] {
    guard path.unicodeScalars.contains("\u{FFFD}") else { return Array(path.utf8CString) }
    for index in 1..<Int(CommandLine.argc) {
      guard let argument = CommandLine.unsafeArgv[index] else { continue }
      let bytes = UnsafeBufferPointer(start: argument, count: strlen(argument))
      let raw = bytes.map { UInt8(bitPattern: $0) }
      if String(decoding: raw, as: UTF8.self) == path && String(validating: raw, as: UTF8.self) == nil {
        return Array(bytes) + [0]
      }
    }
    return Array(path.utf8CString)
  }
}
