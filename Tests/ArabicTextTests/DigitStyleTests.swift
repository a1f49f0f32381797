import Testing

@testable import ArabicText
import TestSupport

@Suite("Digit styles")
struct DigitStyleTests {
  @Test("Arabic-Indic digits are U+0660 + d; Latin digits are ASCII")
  func format() {
    #expect(codePoints(DigitStyle.arabicIndic.format(1234567890))
      == "U+0661 U+0662 U+0663 U+0664 U+0665 U+0666 U+0667 U+0668 U+0669 U+0660")
    #expect(DigitStyle.arabicIndic.format(103) == "١٠٣")
    #expect(DigitStyle.latin.format(103) == "103")
    #expect(DigitStyle.arabicIndic.format(0) == "٠")
  }

  @Test("No grouping separators")
  func noGrouping() {
    #expect(DigitStyle.arabicIndic.format(1000) == "١٠٠٠")
    #expect(DigitStyle.latin.format(1_000_000) == "1000000")
  }

  @Test("Command-line names")
  func names() {
    #expect(DigitStyle(rawValue: "arabic") == .arabicIndic)
    #expect(DigitStyle(rawValue: "latin") == .latin)
  }

  @Test("Extended Arabic-Indic (Persian) digits are U+06F0 + d")
  func extended() {
    #expect(codePoints(DigitStyle.extendedArabicIndic.format(4560)) == "U+06F4 U+06F5 U+06F6 U+06F0")
    #expect(DigitStyle(rawValue: "persian") == .extendedArabicIndic)
  }
}
