/// A failure of `arabic-tool`, with its exit status from sysexits(3).
struct ToolError: Error, CustomStringConvertible {
  /// Exit statuses of sysexits(3) used by the tool.
  enum Status: Int32 {
    /// EX_USAGE: the command was used incorrectly.
    case usage = 64
    /// EX_DATAERR: the input data was incorrect (invalid UTF-8, an empty article).
    case data = 65
    /// EX_NOINPUT: an input file did not exist or was not readable.
    case noInput = 66
    /// EX_SOFTWARE: an internal error.
    case software = 70
    /// EX_IOERR: an error while reading or writing.
    case io = 74
  }

  var status: Status
  var message: String

  var description: String { message }

  static func invalidUTF8(file: String, offset: Int) -> ToolError {
    ToolError(
      status: .data,
      message: "\(file): invalid UTF-8 at byte \(offset) (use --lossy to replace invalid bytes with U+FFFD)")
  }

  static func cannotOpen(_ file: String, reason: String) -> ToolError {
    ToolError(status: .noInput, message: "\(file): cannot open: \(reason)")
  }

  static func readFailed(_ file: String, reason: String) -> ToolError {
    ToolError(status: .io, message: "\(file): read error: \(reason)")
  }

  static func writeFailed(_ file: String, reason: String) -> ToolError {
    ToolError(status: .io, message: "\(file): write error: \(reason)")
  }
}

/// Thrown when standard output is a closed pipe (`| head -1`): the run ends quietly.
struct BrokenPipe: Error {}
