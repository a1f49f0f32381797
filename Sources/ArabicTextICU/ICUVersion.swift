internal import CICUShim

/// The version of the system ICU this module runs on.
public enum ICUVersion {
  /// The runtime ICU version, e.g. "72.1". The corresponding ICU function is `u_getVersion`.
  public static var current: String {
    var buffer = [CChar](repeating: 0, count: 32)
    aticu_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
