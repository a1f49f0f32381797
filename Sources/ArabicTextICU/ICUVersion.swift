internal import CICUShim

/// The version of the system ICU this module runs on.
///
/// ICU 72 implements Unicode 15.0. Collation order and bidi results can
/// differ between ICU versions, so record both versions with results that
/// depend on them.
public enum ICUVersion {
  /// The runtime ICU version, e.g. "72.1". The corresponding ICU function is `u_getVersion`.
  public static var current: String {
    read(aticu_version)
  }

  /// The Unicode version of ICU's character data, e.g. "15.0". The corresponding ICU function is
  /// `u_getUnicodeVersion`.
  public static var unicode: String {
    read(aticu_unicode_version)
  }

  private static func read(_ body: (UnsafeMutablePointer<CChar>, Int32) -> Void) -> String {
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
      guard let base = buffer.baseAddress else { return "" }
      buffer.initialize(repeating: 0)
      body(base, Int32(buffer.count))
      return String(cString: base)
    }
  }
}
