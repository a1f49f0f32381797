internal import CICUShim

/// A failure reported by ICU: its status code, the status name and the operation that failed.
///
/// ICU reports outcomes as a `UErrorCode`: zero is success, negative values
/// are warnings (such as `U_USING_FALLBACK_WARNING`) and positive values are
/// failures. This module treats warnings as success and throws an
/// `ICUError` only for a positive status.
///
/// ```swift
/// do {
///   _ = try ArabicCollator(locale: "ar")
/// } catch let error as ICUError {
///   print(error)  // "ucol_open: U_MEMORY_ALLOCATION_ERROR (7)"
/// }
/// ```
public struct ICUError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The ICU status code (a `UErrorCode` value; always positive here).
  public let code: Int32
  /// The ICU name of the status, as `u_errorName` gives it, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
  public let name: String
  /// The ICU function that failed, e.g. "ubidi_setPara".
  public let operation: String

  /// An error for a failed ICU operation.
  ///
  /// - Parameters:
  ///   - code: The ICU status code.
  ///   - operation: The name of the ICU function that reported it.
  public init(code: Int32, operation: String) {
    self.code = code
    self.name = String(cString: aticu_error_name(code))
    self.operation = operation
  }

  /// "operation: NAME (code)".
  public var description: String { "\(operation): \(name) (\(code))" }

  /// Throws when `status` is a failure (positive); warnings (negative) and zero pass.
  @inline(__always)
  static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
    if status > 0 { throw ICUError(code: status, operation: operation()) }
  }
}
