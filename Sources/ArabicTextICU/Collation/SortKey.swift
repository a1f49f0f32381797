/// A collation sort key: bytes that compare, byte by byte, as their strings collate.
///
/// Store sort keys in a database index or sort by them to avoid calling
/// the collator for every comparison. Keys from collators with different
/// locales, options or ICU versions do not compare meaningfully with each
/// other; rebuild stored keys when ``ICUVersion/current`` changes.
///
/// ```swift
/// let collator = try ArabicCollator()
/// collator.sortKey(for: "بيت") < collator.sortKey(for: "تفاح")  // true
/// ```
public struct SortKey: Hashable, Comparable, Sendable {
  /// The key bytes, as `ucol_getSortKey` writes them, ending with a zero byte.
  ///
  /// No other byte of a key is zero, so keys can be stored as C strings.
  public let bytes: [UInt8]

  /// A key with the given bytes.
  public init(bytes: [UInt8]) { self.bytes = bytes }

  /// Byte-wise (memcmp) order.
  public static func < (lhs: SortKey, rhs: SortKey) -> Bool {
    lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
  }
}
