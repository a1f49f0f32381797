import Testing

import ArabicTextICU
import TestSupport

/// Letters of Presentation Forms-A, transparent characters, and the joining rules of
/// ArabicShaping.txt, with exact code points.
@Suite("ArabicShaper: every letter with presentation forms, transparent characters")
struct ArabicShaperJoiningTests {
  func shape(_ text: String, _ shaper: ArabicShaper = ArabicShaper()) -> String {
    codePoints(shaper.shape(text))
  }

  @Test("alef wasla and veh get their forms")
  func lettersICULeavesNominal() {
    #expect(shape("بٱ") == codePoints(scalars(0xFE91, 0xFB51)))  // beh initial, alef wasla final
    #expect(shape("ٱ") == codePoints(scalars(0xFB50)))
    #expect(shape("ڤ") == codePoints(scalars(0xFB6A)))
    #expect(shape("ڤڤڤ") == codePoints(scalars(0xFB6C, 0xFB6D, 0xFB6B)))
    // ڤيديو: veh initial, yeh medial, dal final, yeh initial, waw final.
    #expect(shape("ڤيديو") == codePoints(scalars(0xFB6C, 0xFEF4, 0xFEAA, 0xFEF3, 0xFEEE)))
    // ڦ ڭ ڃ ڄ ڇ ڀ ٿ ڱ ڳ (Sindhi and others): initial, medial, final.
    for (letter, initial, medial, final) in [
      (0x06A6, 0xFB70, 0xFB71, 0xFB6F), (0x06AD, 0xFBD5, 0xFBD6, 0xFBD4), (0x0683, 0xFB78, 0xFB79, 0xFB77),
      (0x0684, 0xFB74, 0xFB75, 0xFB73), (0x0687, 0xFB80, 0xFB81, 0xFB7F), (0x0680, 0xFB5C, 0xFB5D, 0xFB5B),
      (0x067F, 0xFB64, 0xFB65, 0xFB63), (0x06B1, 0xFB9C, 0xFB9D, 0xFB9B), (0x06B3, 0xFB98, 0xFB99, 0xFB97),
    ] as [(UInt32, UInt32, UInt32, UInt32)] {
      #expect(shape(scalars(letter, letter, letter)) == codePoints(scalars(initial, medial, final)), "U+\(letter)")
    }
  }

  @Test("Persian and Urdu letters")
  func persianAndUrdu() {
    // پدر: peh initial, dal final, reh isolated (dal never joins the letter after it).
    #expect(shape("پدر") == codePoints(scalars(0xFB58, 0xFEAA, 0xFEAD)))
    // چای: tcheh initial, alef final, Farsi yeh isolated.
    #expect(shape("چای") == codePoints(scalars(0xFB7C, 0xFE8E, 0xFBFC)))
    // ژاله: jeh isolated, alef isolated, lam initial, heh final.
    #expect(shape("ژاله") == codePoints(scalars(0xFB8A, 0xFE8D, 0xFEDF, 0xFEEA)))
    // گرگ: gaf initial, reh final, gaf isolated.
    #expect(shape("گرگ") == codePoints(scalars(0xFB94, 0xFEAE, 0xFB92)))
    // کی: keheh initial, Farsi yeh final; ییی: initial, medial, final.
    #expect(shape("کی") == codePoints(scalars(0xFB90, 0xFBFD)))
    #expect(shape("ییی") == codePoints(scalars(0xFBFE, 0xFBFF, 0xFBFD)))
    // ہے (Urdu): heh goal initial, yeh barree final; ۂ and ۓ take their own forms.
    #expect(shape("ہے") == codePoints(scalars(0xFBA8, 0xFBAF)))
    #expect(shape("بۓ") == codePoints(scalars(0xFE91, 0xFBB1)))
    // ٹھ: tteh initial, heh doachashmee final.
    #expect(shape("ٹھ") == codePoints(scalars(0xFB68, 0xFBAB)))
    // ڈ ڑ ں: right-joining letters and noon ghunna, final after beh.
    #expect(shape("بڈ بڑ بں") == codePoints(scalars(0xFE91, 0xFB89, 0x20, 0xFE91, 0xFB8D, 0x20, 0xFE91, 0xFB9F)))
  }

  @Test("Uthmani text: alef wasla, harakat transparent")
  func uthmani() {
    // ٱلْحَمْدُ: alef wasla isolated, lam initial, sukun, hah medial, fatha, meem medial, sukun,
    // dal final, damma.
    #expect(
      shape("ٱلْحَمْدُ")
        == codePoints(scalars(0xFB50, 0xFEDF, 0x0652, 0xFEA4, 0x064E, 0xFEE4, 0x0652, 0xFEAA, 0x064F)))
  }

  @Test(
    "characters of Joining_Type T do not break joining",
    arguments: [
      0x200E, 0x200F, 0x061C, 0x034F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x200B, 0x00AD, 0xFEFF, 0xFE0F,
      0x0651, 0x0670, 0x06D6, 0x06E1, 0x08F0, 0xE0020, 0xE0101,
    ] as [UInt32])
  func transparent(character: UInt32) {
    #expect(shape(scalars(0x0628, character, 0x0628)) == codePoints(scalars(0xFE91, character, 0xFE90)))
  }

  @Test(
    "ZWNJ, spaces and the isolate controls break joining",
    arguments: [0x200C, 0x0020, 0x2066, 0x2067, 0x2068, 0x2069, 0x0021] as [UInt32])
  func nonJoining(character: UInt32) {
    #expect(shape(scalars(0x0628, character, 0x0628)) == codePoints(scalars(0xFE8F, character, 0xFE8F)))
  }

  @Test("ZWJ and tatweel join both sides; ZWJ between lam and alef stops the ligature")
  func joinCausing() {
    #expect(shape(scalars(0x0628, 0x200D)) == codePoints(scalars(0xFE91, 0x200D)))
    #expect(shape(scalars(0x200D, 0x0628)) == codePoints(scalars(0x200D, 0xFE90)))
    #expect(shape(scalars(0x0644, 0x200D, 0x0627)) == codePoints(scalars(0xFEDF, 0x200D, 0xFE8E)))
    #expect(shape(scalars(0x0644, 0x0640, 0x0627)) == codePoints(scalars(0xFEDF, 0x0640, 0xFE8E)))
    #expect(shape(scalars(0x0644, 0x200C, 0x0627)) == codePoints(scalars(0xFEDD, 0x200C, 0xFE8D)))
  }

  @Test("lam and alef ligate across transparent characters, which follow the ligature")
  func lamAlefAcrossTransparent() {
    #expect(shape(scalars(0x0644, 0x200F, 0x0627)) == codePoints(scalars(0xFEFB, 0x200F)))
    #expect(shape(scalars(0x0628, 0x0644, 0x0651, 0x064E, 0x0622)) == codePoints(scalars(0xFE91, 0xFEF6, 0x0651, 0x064E)))
  }

  @Test("alef maksura joins on both sides, as ArabicShaping.txt says (D)")
  func alefMaksura() {
    #expect(shape("بىب") == codePoints(scalars(0xFE91, 0xFBE9, 0xFE90)))
    #expect(shape("على") == codePoints(scalars(0xFECB, 0xFEE0, 0xFEF0)))
  }

  @Test("letters without joined forms stay as they are and join nothing")
  func lettersWithoutForms() {
    #expect(shape("ء") == codePoints(scalars(0x0621)))
    #expect(shape("بءب") == codePoints(scalars(0xFE8F, 0x0621, 0xFE8F)))
    // U+0750 (Arabic Supplement) and U+06D5 AE have no presentation forms.
    #expect(shape(scalars(0x0628, 0x0750, 0x0628)) == codePoints(scalars(0xFE8F, 0x0750, 0xFE8F)))
    #expect(shape(scalars(0x0628, 0x06D5)) == codePoints(scalars(0xFE8F, 0x06D5)))
    // U+0677 has an isolated form only, U+06BA NOON GHUNNA no initial or medial form.
    #expect(shape(scalars(0x0628, 0x0677)) == codePoints(scalars(0xFE8F, 0x0677)))
    #expect(shape(scalars(0x06BA, 0x0628)) == codePoints(scalars(0xFB9E, 0xFE8F)))
  }

  @Test("presentation forms in the input are shaped again")
  func presentationFormsInInput() {
    #expect(shape(scalars(0xFB58)) == codePoints(scalars(0xFB56)))  // a lone initial peh is isolated
    #expect(shape(scalars(0xFB50, 0xFB50)) == codePoints(scalars(0xFB50, 0xFB50)))
    #expect(shape(scalars(0xFE91, 0xFB50)) == codePoints(scalars(0xFE91, 0xFB51)))
    #expect(shape(scalars(0xFEFB)) == codePoints(scalars(0xFEFB)))
    #expect(shape(scalars(0xFE91, 0xFEFB)) == codePoints(scalars(0xFE91, 0xFEFC)))
    #expect(shape(scalars(0xFE80)) == codePoints(scalars(0x0621)))
    // Spacing harakat forms become the combining marks (or the right spacing form).
    #expect(shape(scalars(0xFE91, 0xFE77)) == codePoints(scalars(0xFE8F, 0x064E)))
    #expect(shape(scalars(0xFE91, 0xFE77), ArabicShaper(marks: .spacingForms)) == codePoints(scalars(0xFE8F, 0xFE76)))
    // Ligatures other than lam-alef pass through.
    #expect(shape(scalars(0xFDF2, 0xFC5E)) == codePoints(scalars(0xFDF2, 0xFC5E)))
  }

  @Test("spacing forms of harakat on the letters of Presentation Forms-A")
  func spacingForms() {
    let spacing = ArabicShaper(marks: .spacingForms)
    #expect(shape("ڤَڤ", spacing) == codePoints(scalars(0xFB6C, 0xFE77, 0xFB6B)))
    // Dammatan and kasratan have no medial form; a mark between lam and alef is isolated.
    #expect(shape("بٌب", spacing) == codePoints(scalars(0xFE91, 0xFE72, 0xFE90)))
    #expect(shape("لَا", spacing) == codePoints(scalars(0xFEFB, 0xFE76)))
    // Marks before any letter, and after RLM between joined letters.
    #expect(shape(scalars(0x064E, 0x0628), spacing) == codePoints(scalars(0xFE76, 0xFE8F)))
    #expect(shape(scalars(0x0628, 0x200F, 0x064E, 0x0628), spacing) == codePoints(scalars(0xFE91, 0x200F, 0xFE77, 0xFE90)))
  }

  @Test("visual order: the letters of Presentation Forms-A and transparent characters too")
  func visualOrder() {
    let visual = ArabicShaper(textOrder: .visualLeftToRight)
    #expect(shape(scalars(0x0671, 0x0628), visual) == codePoints(scalars(0xFB51, 0xFE91)))
    #expect(shape(scalars(0x0628, 0x200F, 0x0628), visual) == codePoints(scalars(0xFE90, 0x200F, 0xFE91)))
    #expect(shape(scalars(0x0627, 0x0644, 0x0628), visual) == codePoints(scalars(0xFEFC, 0xFE91)))
    #expect(shape(scalars(0x0628) + "😀" + scalars(0x0628), visual) == codePoints(scalars(0xFE8F) + "😀" + scalars(0xFE8F)))
  }

  @Test("shaping shaped text changes nothing, in every configuration")
  func idempotent() {
    let texts = [
      "بٱ ڤيديو پدر چای ژاله گرگ کی ہے ٹھ بۓ", "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ", "لَا إِلَٰهَ", "بىب على",
      scalars(0x0628, 0x200F, 0x0628, 0x20, 0x0644, 0x200D, 0x0627, 0x20, 0x0628, 0x0750, 0x0628)
        + scalars(0x20, 0x06BA, 0x0628),
    ]
    for textOrder in [ArabicShaper.TextOrder.logical, .visualLeftToRight] {
      for marks in [ArabicShaper.MarkForm.combining, .spacingForms] {
        let shaper = ArabicShaper(textOrder: textOrder, marks: marks)
        for text in texts {
          let once = shaper.shape(text)
          #expect(codePoints(shaper.shape(once)) == codePoints(once), "\(textOrder) \(marks) \(text)")
        }
      }
    }
  }

  @Test("bidi display shapes across bidi marks, then removes them")
  func display() throws {
    let display = try VisualReorderer.display()
    #expect(codePoints(try display.reorder(scalars(0x0628, 0x200F, 0x0628))) == codePoints(scalars(0xFE90, 0xFE91)))
    #expect(codePoints(try display.reorder("بٱ")) == codePoints(scalars(0xFB51, 0xFE91)))
    #expect(codePoints(try display.reorder("ڤيديو")) == codePoints(scalars(0xFEEE, 0xFEF3, 0xFEAA, 0xFEF4, 0xFB6C)))
  }
}
