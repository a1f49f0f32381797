// Fuzz target: ArabicCollator at every strength, with numeric order,
// ignored article and ignored case.
// Laws: compare is antisymmetric and transitive; sort keys order as compare
// does; sorted() gives an order compare agrees with.
import ArabicText
import ArabicTextICU

nonisolated(unsafe) var collators: [UInt8: ArabicCollator] = [:]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  var input = FuzzInput(data, size)
  let mode = input.byte() & 0x3F
  let collator: ArabicCollator
  if let cached = collators[mode] {
    collator = cached
  } else {
    let strengths = ArabicCollator.Strength.allCases
    let options = ArabicCollator.Options(
      strength: strengths[Int(mode & 3)], numeric: mode & 4 != 0, ignoresDefiniteArticle: mode & 8 != 0,
      ignoresCase: mode & 16 != 0)
    collator = try! ArabicCollator(locale: mode & 32 == 0 ? "ar" : "fa", options: options)
    collators[mode] = collator
  }
  let text = input.text
  let items = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(24).map(String.init)
  let keys = items.map { collator.sortKey(for: $0) }
  for i in items.indices {
    require(collator.compare(items[i], items[i]) == .equal, "not reflexive", text)
    for j in items.indices {
      let order = collator.compare(items[i], items[j])
      require(order.rawValue == -collator.compare(items[j], items[i]).rawValue, "not antisymmetric: \(i) \(j)", text)
      let byKey: ArabicCollator.Order = keys[i] < keys[j] ? .ascending : keys[j] < keys[i] ? .descending : .equal
      require(order == byKey, "compare \(order) but sort keys \(byKey) for \(i), \(j)", text)
    }
  }
  for i in items.indices.prefix(8) {
    for j in items.indices.prefix(8) where collator.compare(items[i], items[j]) != .descending {
      for k in items.indices.prefix(8) where collator.compare(items[j], items[k]) != .descending {
        require(collator.compare(items[i], items[k]) != .descending, "not transitive: \(i) \(j) \(k)", text)
      }
    }
  }
  let sorted = collator.sorted(items)
  require(sorted.count == items.count, "sorted lost items", text)
  for (a, b) in zip(sorted, sorted.dropFirst()) {
    require(collator.compare(a, b) != .descending, "sorted out of order", text)
  }
  return 0
}
