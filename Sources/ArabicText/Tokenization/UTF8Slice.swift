/// A text to segment: a string with contiguous UTF-8 storage and the UTF-8
/// offsets of the text in it (the whole string, or a substring's bounds).
///
/// Native Swift strings are contiguous already; a bridged string is copied
/// once, when the slice is made.
struct _UTF8Slice: Sendable {
  let base: String
  /// The text's first byte, as a UTF-8 offset in `base`.
  let start: Int
  /// The text's end, as a UTF-8 offset in `base`.
  let end: Int

  init(_ text: Substring) {
    var base = text.base
    base.makeContiguousUTF8()
    let utf8 = base.utf8
    self.base = base
    start = utf8.distance(from: utf8.startIndex, to: text.startIndex)
    end = utf8.distance(from: utf8.startIndex, to: text.endIndex)
  }

  /// Calls `body` with the base's UTF-8 bytes; only for a non-empty text
  /// (`start < end`), whose bytes have an address.
  @inline(__always)
  func withBytes<R>(_ body: (UnsafePointer<UInt8>) -> R) -> R? {
    base.utf8.withContiguousStorageIfAvailable { body($0.baseAddress.unsafelyUnwrapped) }
  }

  /// The indices of `base` at the UTF-8 offsets `lower` and `upper`.
  ///
  /// - Complexity: O(1): the offsets of a native string are its indices.
  @inline(__always)
  func range(_ lower: Int, _ upper: Int) -> Range<String.Index> {
    let utf8 = base.utf8
    let lowerIndex = utf8.index(utf8.startIndex, offsetBy: lower)
    return lowerIndex..<utf8.index(lowerIndex, offsetBy: upper &- lower)
  }
}
