/// A bidi embedding level (UAX #9, BD2): even levels are left-to-right, odd levels right-to-left.
///
/// A left-to-right paragraph has level 0, a right-to-left paragraph level
/// 1; embeddings, overrides, isolates and the resolution of weak and neutral
/// characters raise levels, up to ``maximumExplicitLevel`` + 1 (126) for
/// implicit levels. Levels are what a renderer reorders by (rule L2).
///
/// ```swift
/// BidiLevel(1).isRightToLeft  // true
/// BidiLevel(2).direction      // .leftToRight
/// ```
public struct BidiLevel: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The level number, 0…126.
  public let rawValue: UInt8

  /// The level with the given number.
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The level with the given number.
  public init(_ value: UInt8) { self.rawValue = value }

  /// Level 0, the level of a left-to-right paragraph.
  public static let leftToRight = BidiLevel(0)
  /// Level 1, the level of a right-to-left paragraph.
  public static let rightToLeft = BidiLevel(1)
  /// The deepest level explicit embeddings reach (UAX #9 BD2, max_depth = 125).
  public static let maximumExplicitLevel = BidiLevel(125)

  /// Whether text at this level runs right to left (an odd level).
  public var isRightToLeft: Bool { rawValue & 1 == 1 }

  /// `.rightToLeft` for odd levels, `.leftToRight` for even ones.
  public var direction: BaseDirection { isRightToLeft ? .rightToLeft : .leftToRight }

  public static func < (lhs: BidiLevel, rhs: BidiLevel) -> Bool { lhs.rawValue < rhs.rawValue }

  public var description: String { String(rawValue) }
}
