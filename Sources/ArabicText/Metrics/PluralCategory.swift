/// A CLDR plural category: which grammatical form a count takes.
///
/// Arabic uses all six categories; English, Persian and Urdu use `one` and `other`.
///
/// ```swift
/// PluralCategory(arabic: 2)    // .two
/// PluralCategory(arabic: 103)  // .few    (103 % 100 is 3)
/// PluralCategory(arabic: 111)  // .many   (111 % 100 is 11)
/// PluralCategory(arabic: 100)  // .other
/// PluralCategory(english: 1)   // .one
/// ```
///
/// Source: Unicode CLDR plural rules, `common/supplemental/plurals.xml`
/// (Language Plural Rules chart, cardinal, integers only).
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
  case zero, one, two, few, many, other

  /// The category of the count `n` in Arabic (`ar`).
  ///
  /// CLDR rules for `ar`: zero n = 0; one n = 1; two n = 2;
  /// few n % 100 = 3..10; many n % 100 = 11..99; other everything else
  /// (100–102, 200–202, 1000, …).
  ///
  /// - Parameter n: A non-negative count.
  /// - Complexity: O(1).
  public init(arabic n: Int) {
    precondition(n >= 0, "A count is never negative")
    switch (n, n % 100) {
    case (0, _): self = .zero
    case (1, _): self = .one
    case (2, _): self = .two
    case (_, 3...10): self = .few
    case (_, 11...99): self = .many
    default: self = .other
    }
  }

  /// The category of the count `n` in English (`en`): one n = 1; other everything else.
  ///
  /// - Parameter n: A non-negative count.
  /// - Complexity: O(1).
  public init(english n: Int) {
    precondition(n >= 0, "A count is never negative")
    self = n == 1 ? .one : .other
  }

  /// The category of the count `n` in Persian (`fa`): one i = 0 or n = 1
  /// (0 and 1); other everything else.
  ///
  /// - Parameter n: A non-negative count.
  /// - Complexity: O(1).
  public init(persian n: Int) {
    precondition(n >= 0, "A count is never negative")
    self = n <= 1 ? .one : .other
  }

  /// The category of the count `n` in Urdu (`ur`): one n = 1; other everything else.
  ///
  /// - Parameter n: A non-negative count.
  /// - Complexity: O(1).
  public init(urdu n: Int) {
    precondition(n >= 0, "A count is never negative")
    self = n == 1 ? .one : .other
  }
}
