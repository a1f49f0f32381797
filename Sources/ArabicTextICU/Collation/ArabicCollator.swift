internal import CICUShim

/// Compares and sorts text in Arabic alphabetical order, with ICU's collation (UTS #10 and CLDR).
///
/// ```swift
/// let collator = try ArabicCollator()
/// collator.sorted(["Zebra", "apple", "تفاح", "Banana", "موز", "برتقال"])
/// // ["برتقال", "تفاح", "موز", "apple", "Banana", "Zebra"]
///
/// let chapters = try ArabicCollator(options: .init(numeric: true))
/// chapters.sorted(["فصل 10", "فصل ٢", "فصل 1"])  // ["فصل 1", "فصل ٢", "فصل 10"]
///
/// let dictionary = try ArabicCollator(options: .init(ignoresDefiniteArticle: true))
/// dictionary.sorted(["المدرسة", "بيت", "الكتاب"])  // ["بيت", "الكتاب", "المدرسة"]
/// ```
///
/// With the default locale `ar`, CLDR orders the Arabic script before
/// Latin, and Latin letters as in English. The letters of Persian and Urdu
/// sort where readers expect: پ after ب, چ after ج, ژ after ز, گ after ک.
/// At primary strength ICU treats some letters that readers may want apart
/// as equal, and some they may want equal as different; see ``Strength``
/// and the Collation article. To sort by other rules, normalize both sides
/// first (`ArabicNormalizer` folds alef forms, teh marbuta, alef maksura,
/// Persian letters).
///
/// A collator owns one ICU `UCollator`, configured in the initializer and
/// never changed afterwards. ICU's comparison and sort-key functions take
/// a `const UCollator *` and are safe to call from several threads at once
/// (ICU's thread-safety model for const objects), so a collator is
/// `Sendable`: make one and share it.
public final class ArabicCollator: @unchecked Sendable {
  /// Options that change the order.
  public struct Options: Hashable, Sendable {
    /// How fine the differences are that count (default: tertiary).
    public var strength: Strength
    /// Whether digit sequences compare by numeric value (فصل 2 before فصل 10), for every
    /// script's decimal digits, Arabic-Indic ones included. ICU's `UCOL_NUMERIC_COLLATION`.
    public var numeric: Bool
    /// Whether a leading definite article ال (or ٱل) is skipped, as dictionaries and
    /// indexes sort; texts equal without it are then ordered with it.
    public var ignoresDefiniteArticle: Bool
    /// Whether case is ignored (apple = Apple). It lowers the strength to secondary, which also
    /// ignores the other tertiary differences: harakat (كتب = كَتَبَ) and width (A = Ａ).
    /// Presentation forms equal their letters already at tertiary strength (ك = ﻛ; see
    /// ``Strength``).
    public var ignoresCase: Bool

    /// Options with the given values; by default ICU's order for the locale.
    public init(
      strength: Strength = .tertiary, numeric: Bool = false, ignoresDefiniteArticle: Bool = false,
      ignoresCase: Bool = false
    ) {
      self.strength = strength
      self.numeric = numeric
      self.ignoresDefiniteArticle = ignoresDefiniteArticle
      self.ignoresCase = ignoresCase
    }
  }

  /// The order of two texts.
  public enum Order: Int8, Hashable, Sendable {
    /// The first text sorts before the second.
    case ascending = -1
    /// The texts collate equal at the collator's strength.
    case equal = 0
    /// The first text sorts after the second.
    case descending = 1
  }

  /// The locale ID asked for, e.g. "ar".
  public let locale: String
  /// The locale whose rules ICU uses, e.g. "ar"; "root" when ICU has no tailoring for ``locale``.
  public let actualLocale: String
  /// The options.
  public let options: Options

  private let raw: UnsafeMutableRawPointer

  /// A collator for `locale` with `options`.
  ///
  /// The corresponding ICU functions are `ucol_open` and `ucol_setAttribute`.
  /// An unknown locale is not an error: ICU falls back to the root order
  /// (see ``actualLocale``).
  ///
  /// - Parameters:
  ///   - locale: A locale ID: "ar" (default), "fa", "ur", "en", "" for the root order.
  ///   - options: Strength, numeric order, article and case handling.
  /// - Throws: `ICUError` when ICU cannot open the collator or set an attribute.
  public init(locale: String = "ar", options: Options = Options()) throws {
    var status: Int32 = 0
    let opened = aticu_coll_open(locale, &status)
    guard let raw = opened, status <= 0 else {
      if let opened { aticu_coll_close(opened) }
      throw ICUError(code: status > 0 ? status : Int32(ATICU_MEMORY_ALLOCATION_ERROR), operation: "ucol_open")
    }
    self.raw = raw
    self.locale = locale
    self.options = options
    var strength = options.strength
    if options.ignoresCase && (strength == .tertiary || strength == .identical) { strength = .secondary }
    aticu_coll_set_attribute(raw, Int32(ATICU_COL_STRENGTH), strength.icuValue, &status)
    if status <= 0 && options.numeric {
      aticu_coll_set_attribute(raw, Int32(ATICU_COL_NUMERIC_COLLATION), Int32(ATICU_COL_ON), &status)
    }
    if status > 0 {
      aticu_coll_close(raw)
      throw ICUError(code: status, operation: "ucol_setAttribute")
    }
    var name = [CChar](repeating: 0, count: 160)
    aticu_coll_actual_locale(raw, &name, Int32(name.count), &status)
    self.actualLocale = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit { aticu_coll_close(raw) }

  // MARK: - Comparing

  /// The collation order of `a` and `b`.
  ///
  /// The corresponding ICU function is `ucol_strcollUTF8` (`ucol_strcoll`
  /// when the definite article is ignored).
  ///
  /// With ``Options/numeric`` and text outside ASCII, the order is that of
  /// the sort keys: ICU 72's `ucol_strcoll` skips the identical prefix
  /// without backing up over digits other than ASCII in a tailored collator
  /// ("١٩" before "١ا", where the sort keys and numeric order put 1 before 19).
  ///
  /// - Complexity: O(*n*), where *n* is the length of the shorter text up to
  ///   its first difference; O(*n* + *m*), both lengths, when compared by sort keys.
  public func compare<A: StringProtocol, B: StringProtocol>(_ a: A, _ b: B) -> Order {
    if options.numeric && !(a.utf8.allSatisfy { $0 < 0x80 } && b.utf8.allSatisfy { $0 < 0x80 }) {
      let x = sortKey(for: a)
      let y = sortKey(for: b)
      return x < y ? .ascending : y < x ? .descending : .equal
    }
    if options.ignoresDefiniteArticle {
      let x = _UTF16Transcoding.decode(a)
      let y = _UTF16Transcoding.decode(b)
      return x.withUnsafeBufferPointer { x in
        y.withUnsafeBufferPointer { y in
          let withoutArticle = compare(
            utf16: UnsafeBufferPointer(rebasing: x[_DefiniteArticle.prefixLength(x)...]),
            UnsafeBufferPointer(rebasing: y[_DefiniteArticle.prefixLength(y)...]))
          return withoutArticle != .equal ? withoutArticle : compare(utf16: x, y)
        }
      }
    }
    var a = String(a)
    var b = String(b)
    return a.withUTF8 { x in
      b.withUTF8 { y in
        var status: Int32 = 0
        let result = aticu_coll_compare_utf8(
          raw, UnsafeRawPointer(x.baseAddress)?.assumingMemoryBound(to: CChar.self), Int32(x.count),
          UnsafeRawPointer(y.baseAddress)?.assumingMemoryBound(to: CChar.self), Int32(y.count), &status)
        // Valid UTF-8 never fails; answer through the UTF-16 path if ICU ever says otherwise.
        guard status <= 0 else {
          return _UTF16Transcoding.decode(String(decoding: x, as: UTF8.self)).withUnsafeBufferPointer { x in
            _UTF16Transcoding.decode(String(decoding: y, as: UTF8.self)).withUnsafeBufferPointer { y in
              compare(utf16: x, y)
            }
          }
        }
        return Order(rawValue: Int8(result)) ?? .equal
      }
    }
  }

  /// Whether `a` sorts before `b`: a predicate for `sort(by:)`.
  public func areInIncreasingOrder<A: StringProtocol, B: StringProtocol>(_ a: A, _ b: B) -> Bool {
    compare(a, b) == .ascending
  }

  /// Whether `a` and `b` collate equal at the collator's strength.
  public func areEqual<A: StringProtocol, B: StringProtocol>(_ a: A, _ b: B) -> Bool {
    compare(a, b) == .equal
  }

  func compare(utf16 a: UnsafeBufferPointer<UInt16>, _ b: UnsafeBufferPointer<UInt16>) -> Order {
    Order(rawValue: Int8(aticu_coll_compare(raw, a.baseAddress, Int32(a.count), b.baseAddress, Int32(b.count))))
      ?? .equal
  }

  // MARK: - Sort keys

  /// The sort key of `text`: bytes that compare as `text` collates.
  ///
  /// The corresponding ICU function is `ucol_getSortKey`.
  ///
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-16 code units.
  public func sortKey<S: StringProtocol>(for text: S) -> SortKey {
    var bytes: [UInt8] = []
    appendSortKey(for: text, to: &bytes)
    return SortKey(bytes: bytes)
  }

  /// Appends the sort key of `text` to `keys`, with no other allocation.
  ///
  /// The key ends with a zero byte. With ``Options/ignoresDefiniteArticle``
  /// it is two ICU keys one after the other, each ending with its zero byte:
  /// the key of the text without its article, then the key of the whole text
  /// (which orders الكتاب after كتاب); compare keys as whole byte strings.
  ///
  /// Use it to build many keys into one buffer, e.g. for an index or an
  /// external sort.
  ///
  /// - Returns: The number of bytes appended.
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-16 code units.
  @discardableResult
  public func appendSortKey<S: StringProtocol>(for text: S, to keys: inout [UInt8]) -> Int {
    var string = String(text)
    return string.withUTF8 { appendSortKey(utf8: $0, to: &keys) }
  }

  /// Appends the sort key of the valid UTF-8 `bytes` to `keys`.
  ///
  /// - Returns: The number of bytes appended.
  /// - Complexity: O(*n*), where *n* is `bytes.count`.
  @discardableResult
  public func appendSortKey(utf8 bytes: UnsafeBufferPointer<UInt8>, to keys: inout [UInt8]) -> Int {
    let capacity = bytes.count + 1
    if capacity <= 512 {
      return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: capacity) { units in
        appendSortKey(utf8: bytes, scratch: units, to: &keys)
      }
    }
    let units = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: capacity)
    defer { units.deallocate() }
    return appendSortKey(utf8: bytes, scratch: units, to: &keys)
  }

  private func appendSortKey(
    utf8 bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt16>, to keys: inout [UInt8]
  ) -> Int {
    let count = _UTF16Transcoding.decode(bytes, into: scratch)
    let text = UnsafeBufferPointer(rebasing: scratch[..<count])
    if options.ignoresDefiniteArticle {
      let article = _DefiniteArticle.prefixLength(text)
      // Key without the article, then the full key: texts equal without it order by it.
      let first = appendSortKey(utf16: UnsafeBufferPointer(rebasing: text[article...]), to: &keys)
      return first + appendSortKey(utf16: text, to: &keys)
    }
    return appendSortKey(utf16: text, to: &keys)
  }

  /// Appends the key of UTF-16 `text`, sized by one call that usually fits and a retry otherwise.
  @inline(__always)
  func appendSortKey(utf16 text: UnsafeBufferPointer<UInt16>, to keys: inout [UInt8]) -> Int {
    // Short texts: the key goes through a buffer on the stack, then exactly its bytes are appended.
    let scratchSize = 512
    let length = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scratchSize) { scratch -> Int in
      let length = Int(aticu_coll_sort_key(raw, text.baseAddress, Int32(text.count), scratch.baseAddress, Int32(scratchSize)))
      if length <= scratchSize { keys.append(contentsOf: scratch[..<length]) }
      return length
    }
    if length <= scratchSize { return length }
    let start = keys.count
    // Arabic and Latin keys take about 2–4 bytes per code unit at tertiary strength.
    var capacity = Swift.max(length, text.count * 4 + 16)
    while true {
      keys.append(contentsOf: repeatElement(0, count: capacity))
      let length = keys.withUnsafeMutableBufferPointer { buffer in
        Int(
          aticu_coll_sort_key(
            raw, text.baseAddress, Int32(text.count), buffer.baseAddress.map { $0 + start }, Int32(capacity)))
      }
      if length > capacity {
        keys.removeLast(capacity)
        capacity = length
        continue
      }
      keys.removeLast(capacity - length)
      return length
    }
  }

  // MARK: - Sorting

  /// The elements of `texts` in collation order; texts that collate equal keep their order.
  ///
  /// Sorts by sort keys: one key per text, then byte comparisons.
  ///
  /// - Complexity: O(*n* log *n*) comparisons of keys, where *n* is the number of texts.
  public func sorted<C: Collection>(_ texts: C) -> [C.Element] where C.Element: StringProtocol {
    var keys: [UInt8] = []
    var bounds: [Range<Int>] = []
    bounds.reserveCapacity(texts.count)
    for text in texts {
      let start = keys.count
      appendSortKey(for: text, to: &keys)
      bounds.append(start..<keys.count)
    }
    let elements = Array(texts)
    let order = keys.withUnsafeBufferPointer { keys in
      Array(elements.indices).sorted { i, j in
        let a = UnsafeBufferPointer(rebasing: keys[bounds[i]])
        let b = UnsafeBufferPointer(rebasing: keys[bounds[j]])
        let c = _compareBytes(a, b)
        return c != 0 ? c < 0 : i < j
      }
    }
    return order.map { elements[$0] }
  }
}

/// memcmp order of two byte buffers: negative, zero or positive.
@inline(__always)
func _compareBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
  let n = Swift.min(a.count, b.count)
  var i = 0
  while i < n {
    let x = a[i]
    let y = b[i]
    if x != y { return x < y ? -1 : 1 }
    i += 1
  }
  return a.count - b.count
}
