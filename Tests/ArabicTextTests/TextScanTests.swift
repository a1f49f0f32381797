import Testing

@testable import ArabicText
import TestSupport

@Suite("_TextScan")
struct TextScanTests {
  @Test("whitespace and invisible marks fold to single spaces")
  func folding() {
    #expect(_TextScan.foldingWhitespace("  نص\u{200F}\u{00A0} آخر\n\tهنا ") == "نص آخر هنا")
    #expect(_TextScan.foldingWhitespace("بلا تغيير") == "بلا تغيير")
    #expect(_TextScan.foldingWhitespace(" \u{200B} ") == "")
  }

  @Test("sentence ends, closing quotes included")
  func sentenceEnds() {
    #expect(_TextScan.endsWithSentenceTerminal("قال: «نعم.»"))
    #expect(_TextScan.endsWithSentenceTerminal("هل جاء؟"))
    #expect(!_TextScan.endsWithSentenceTerminal("شارك هذا الموضوع:"))
    #expect(!_TextScan.endsWithSentenceTerminal("ذهب إلى السوق،"))
  }

  @Test("scalar classes agree with the Unicode properties in the Arabic block")
  func classes() {
    for value in ArabicScalars.arabicBlock.lowerBound.value...ArabicScalars.arabicBlock.upperBound.value {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let category = scalar.properties.generalCategory
      let isLetter = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter].contains(category)
        && scalar != ArabicScalars.tatweel
      #expect(_TextScan.isLetter(scalar) == isLetter, "\(codePoints(String(scalar)))")
    }
    #expect(_TextScan.isArabicScriptLetter("ب"))
    #expect(!_TextScan.isArabicScriptLetter("b"))
    #expect(_TextScan.isWordScalar(ArabicScalars.shadda))
    #expect(!_TextScan.isWordScalar(ArabicScalars.comma))
  }

  @Test("script counts tell Arabic, Persian, Urdu and Latin apart")
  func scripts() {
    var counts = _TextScan.ScriptCounts()
    counts.add("کتاب پنج گل and")
    #expect(counts.arabic == 9)
    #expect(counts.latin == 3)
    #expect(counts.persianOnly == 3)
    #expect(counts.isMainly(rightToLeft: true))
  }
}
