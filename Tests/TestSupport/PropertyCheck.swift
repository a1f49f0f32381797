import Foundation

/// Runs a law over seeded random strings and shrinks the first counterexample.
///
/// The seed and the number of cases come from `PROPERTY_SEED` and
/// `PROPERTY_COUNT` in the environment when set (for longer runs by hand),
/// else from the arguments, so `swift test` is deterministic.
public enum PropertyCheck {
  /// A failed law: the smallest failing input found, the law's message for it, and how to reproduce it.
  public struct Failure: CustomStringConvertible, Sendable {
    public let input: String
    public let message: String
    public let seed: UInt64
    public let caseIndex: Int

    public var description: String {
      "seed \(seed), case \(caseIndex): \(message)\n  input: \(codePoints(input))\n  text: \(input.debugDescription)"
    }
  }

  /// The seed in use: `PROPERTY_SEED`, else `seed`.
  public static func seed(_ seed: UInt64) -> UInt64 {
    ProcessInfo.processInfo.environment["PROPERTY_SEED"].flatMap { UInt64($0) } ?? seed
  }

  /// The number of cases: `PROPERTY_COUNT`, else `count`.
  public static func count(_ count: Int) -> Int {
    ProcessInfo.processInfo.environment["PROPERTY_COUNT"].flatMap { Int($0) } ?? count
  }

  /// Checks `law` on `count` random strings; `law` returns nil when it holds, else what went wrong.
  ///
  /// - Returns: nil when every case holds, else the first failure, shrunk.
  public static func firstFailure(
    seed: UInt64, count: Int, maxPieces: Int = 24, extraCases: [String] = [], _ law: (String) -> String?
  ) -> Failure? {
    let seed = Self.seed(seed)
    var random = RandomText(seed: seed)
    for (index, input) in extraCases.enumerated() {
      if let message = law(input) { return shrink(input, message, seed: seed, caseIndex: -1 - index, law) }
    }
    for index in 0..<Self.count(count) {
      let input = random.string(maxPieces: maxPieces)
      if let message = law(input) { return shrink(input, message, seed: seed, caseIndex: index, law) }
    }
    return nil
  }

  /// Removes runs of scalars, halving the run length, while the law still fails.
  static func shrink(_ input: String, _ message: String, seed: UInt64, caseIndex: Int, _ law: (String) -> String?)
    -> Failure
  {
    var scalars = Array(input.unicodeScalars)
    var message = message
    var chunk = max(1, scalars.count / 2)
    var budget = 2_000
    while chunk >= 1 && budget > 0 {
      var start = 0
      var removedAny = false
      while start < scalars.count && budget > 0 {
        budget -= 1
        var candidate = scalars
        candidate.removeSubrange(start..<min(scalars.count, start + chunk))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: candidate)
        if let failure = law(String(view)) {
          scalars = candidate
          message = failure
          removedAny = true
        } else {
          start += chunk
        }
      }
      if !removedAny { chunk /= 2 }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return Failure(input: String(view), message: message, seed: seed, caseIndex: caseIndex)
  }
}
