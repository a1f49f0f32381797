/// The canonical compositions whose result is in the Arabic block.
///
/// Source: the canonical decomposition mappings of UnicodeData.txt (none of
/// these is in CompositionExclusions.txt, so NFC composes all of them).
@usableFromInline
enum _ArabicComposition {
  /// Whether `scalar` is the first of a composition pair (ا و ي ە ہ ے).
  @inlinable
  static func isBase(_ scalar: UInt32) -> Bool {
    switch scalar {
    case ArabicScalars.alef.value, ArabicScalars.waw.value, ArabicScalars.yeh.value, ArabicScalars.ae.value,
      ArabicScalars.hehGoal.value, ArabicScalars.yehBarree.value:
      true
    default: false
    }
  }

  /// The precomposed letter for `base` followed by `mark`, or nil.
  @inlinable
  static func compose(_ base: UInt32, _ mark: UInt32) -> UInt32? {
    switch (base, mark) {
    case (ArabicScalars.alef.value, ArabicScalars.maddahAbove.value): ArabicScalars.alefWithMaddaAbove.value
    case (ArabicScalars.alef.value, ArabicScalars.hamzaAbove.value): ArabicScalars.alefWithHamzaAbove.value
    case (ArabicScalars.alef.value, ArabicScalars.hamzaBelow.value): ArabicScalars.alefWithHamzaBelow.value
    case (ArabicScalars.waw.value, ArabicScalars.hamzaAbove.value): ArabicScalars.wawWithHamzaAbove.value
    case (ArabicScalars.yeh.value, ArabicScalars.hamzaAbove.value): ArabicScalars.yehWithHamzaAbove.value
    case (ArabicScalars.ae.value, ArabicScalars.hamzaAbove.value): ArabicScalars.hehWithYehAbove.value
    case (ArabicScalars.hehGoal.value, ArabicScalars.hamzaAbove.value): ArabicScalars.hehGoalWithHamzaAbove.value
    case (ArabicScalars.yehBarree.value, ArabicScalars.hamzaAbove.value):
      ArabicScalars.yehBarreeWithHamzaAbove.value
    default: nil
    }
  }

  /// The letter and mark that `scalar` composes from, or nil.
  @inlinable
  static func decompose(_ scalar: UInt32) -> (base: UInt32, mark: UInt32)? {
    switch scalar {
    case ArabicScalars.alefWithMaddaAbove.value: (ArabicScalars.alef.value, ArabicScalars.maddahAbove.value)
    case ArabicScalars.alefWithHamzaAbove.value: (ArabicScalars.alef.value, ArabicScalars.hamzaAbove.value)
    case ArabicScalars.alefWithHamzaBelow.value: (ArabicScalars.alef.value, ArabicScalars.hamzaBelow.value)
    case ArabicScalars.wawWithHamzaAbove.value: (ArabicScalars.waw.value, ArabicScalars.hamzaAbove.value)
    case ArabicScalars.yehWithHamzaAbove.value: (ArabicScalars.yeh.value, ArabicScalars.hamzaAbove.value)
    case ArabicScalars.hehWithYehAbove.value: (ArabicScalars.ae.value, ArabicScalars.hamzaAbove.value)
    case ArabicScalars.hehGoalWithHamzaAbove.value: (ArabicScalars.hehGoal.value, ArabicScalars.hamzaAbove.value)
    case ArabicScalars.yehBarreeWithHamzaAbove.value:
      (ArabicScalars.yehBarree.value, ArabicScalars.hamzaAbove.value)
    default: nil
    }
  }
}
