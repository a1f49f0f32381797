import TestSupport
import Testing

@testable import ArabicText

@Suite("Segmentation properties")
struct SegmentationPropertiesTests {
  @Test("The generated runs are sorted and hold valid values")
  func runs() {
    #expect(_SegmentationProperties.checkRuns())
    #expect(_SegmentationProperties.unicodeVersion == "15.0.0")
  }

  @Test("Word_Break and Sentence_Break of named Arabic scalars (UAX #29 tables)")
  func arabicScalars() {
    func of(_ scalar: Unicode.Scalar) -> _SegmentationProperties { .of(scalar) }
    #expect(of(ArabicScalars.alef).wordBreak == .aLetter)
    #expect(of(ArabicScalars.tatweel).wordBreak == .aLetter)
    #expect(of(ArabicScalars.shadda).wordBreak == .extend)
    #expect(of(ArabicScalars.zeroWidthNonJoiner).wordBreak == .extend)
    #expect(of(ArabicScalars.zeroWidthJoiner).wordBreak == .zwj)
    #expect(of(ArabicScalars.arabicLetterMark).wordBreak == .format)
    #expect(of(ArabicScalars.decimalSeparator).wordBreak == .numeric)
    #expect(of(ArabicScalars.thousandsSeparator).wordBreak == .midNum)
    #expect(of(ArabicScalars.comma).wordBreak == .midNum)
    #expect(of(ArabicScalars.questionMark).sentenceBreak == .sTerm)
    #expect(of(ArabicScalars.fullStop).sentenceBreak == .sTerm)
    #expect(of(ArabicScalars.comma).sentenceBreak == .sContinue)
    #expect(of(".").sentenceBreak == .aTerm)
    #expect(of(ArabicScalars.rightPointingDoubleAngleQuotationMark).sentenceBreak == .close)
    #expect(of(ArabicScalars.alef).isArabicScript)
    #expect(!of("a").isArabicScript)
  }

  @Test("Invisible means format character and default ignorable")
  func invisible() {
    for scalar in [
      ArabicScalars.leftToRightMark, ArabicScalars.rightToLeftMark, ArabicScalars.arabicLetterMark,
      ArabicScalars.byteOrderMark, ArabicScalars.zeroWidthJoiner, ArabicScalars.zeroWidthNonJoiner,
      ArabicScalars.softHyphen,
    ] {
      #expect(_SegmentationProperties.of(scalar).isInvisible, "\(codePoints(String(scalar)))")
    }
    // U+0600 ARABIC NUMBER SIGN is a format character, but visible.
    #expect(!_SegmentationProperties.of("\u{0600}").isInvisible)
    #expect(!_SegmentationProperties.of(ArabicScalars.shadda).isInvisible)
  }

  @Test("Emoji properties, across the table and the binary search")
  func emoji() {
    #expect(_SegmentationProperties.of("\u{1F600}").isEmojiPresentation)
    #expect(_SegmentationProperties.of("\u{1F600}").isExtendedPictographic)
    #expect(_SegmentationProperties.of("\u{00A9}").isExtendedPictographic)
    #expect(!_SegmentationProperties.of("\u{00A9}").isEmojiPresentation)
    #expect(_SegmentationProperties.of("\u{1F1E6}").wordBreak == .regionalIndicator)
    #expect(_SegmentationProperties.of("\u{10FFFF}").categoryGroup == .other)
  }

  @Test("The general category group agrees with the standard library's")
  func generalCategory() {
    // Only scalars assigned in Unicode 15.0 are compared: later versions add letters.
    for value in stride(from: 0, through: 0x2FFFF, by: 7) {
      guard let scalar = Unicode.Scalar(UInt32(value)),
        scalar.properties.age.map({ $0.major < 15 || ($0.major == 15 && $0.minor == 0) }) == true
      else { continue }
      let expected: _CategoryGroup
      switch scalar.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: expected = .letter
      case .nonspacingMark, .spacingMark, .enclosingMark: expected = .mark
      case .decimalNumber, .letterNumber, .otherNumber: expected = .number
      case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
        .finalPunctuation, .otherPunctuation:
        expected = .punctuation
      case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: expected = .symbol
      case .spaceSeparator, .lineSeparator, .paragraphSeparator: expected = .separator
      case .control, .format: expected = .control
      default: expected = .other
      }
      #expect(_SegmentationProperties.of(scalar).categoryGroup == expected, "U+\(String(value, radix: 16))")
    }
  }
}
