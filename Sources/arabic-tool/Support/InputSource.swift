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
      let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
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
