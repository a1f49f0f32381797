/// The canonical compositions whose result is in the Arabic block.
///
/// Source: the canonical decomposition mappings of UnicodeData.txt (none of
/// these is in CompositionExclusions.txt, so NFC composes all of them).
@usableFromInline
enum _ArabicComposition {
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
}
