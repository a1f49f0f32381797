import ArabicTextICU

extension ToolError {
  /// An ICU failure (status 70, EX_SOFTWARE): the input was fine, the library was not.
  static func icu(_ error: ICUError) -> ToolError {
    ToolError(status: .software, message: "ICU \(ICUVersion.current): \(error)")
  }
}

/// Runs `body`, turning an `ICUError` into a `ToolError`.
func mappingICUErrors<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as ICUError {
    throw ToolError.icu(error)
  }
}
