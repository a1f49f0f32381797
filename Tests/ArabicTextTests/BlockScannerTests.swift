import Testing

@testable import ArabicText
import TestSupport

/// The sixteen-byte scanner must not change results: the scanning and the
/// scalar paths of the normalizer give the same output.
@Suite("Block scanner")
struct BlockScannerTests {
  static let configurations: [(String, ArabicNormalizer.Folds, DiacriticStripper)] = [
    ("standard", ArabicNormalizer.Preset.standard.folds, DiacriticStripper()),
    ("strip", .diacritics, DiacriticStripper()),
    ("strip keeping shadda", .diacritics, DiacriticStripper(keeping: .shadda)),
    ("whitespace", .whitespace, DiacriticStripper()),
    ("none", [], DiacriticStripper()),
  ]

  static var samples: [String] {
    var texts = [
      "الســـلام  عليكم \u{00A0} ورحمة الله\n\n  وبركاته  \r\n",
      "كَتَبَ الطَّالِبُ الدَّرْسَ فِي دَفْتَرِهِ، ثُمَّ قَرَأَهُ عَلَى مُعَلِّمِهِ. " + scalars(0x0627, 0x0654, 0x064E),
      String(repeating: "abc def  ghi\tjkl ", count: 20) + "ﻻ ﷲ \u{200F}x\u{200C}y",
      String(repeating: "ب", count: 40) + scalars(0x0651, 0x064E) + String(repeating: " ", count: 33) + "ت",
    ]
    for name in ["news.txt", "vocalized.txt", "persian.txt", "presentation-forms.txt", "tatweel.txt", "mixed-latin.txt", "digits-urls.txt"] {
      texts.append(SharedCorpus.fixture(name))
    }
    if let tweets = SharedCorpus.text("mixed/tweets-arsarcasm.txt") { texts.append(String(tweets.utf8.prefix(60_000))!) }
    if let quran = SharedCorpus.text("classical-diacritized/quran-uthmani.txt") { texts.append(String(quran.utf8.prefix(60_000))!) }
    return texts
  }

  @Test("Scanning and scalar paths agree", arguments: configurations.map(\.0))
  func pathsAgree(name: String) {
    let (_, folds, stripper) = Self.configurations.first { $0.0 == name }!
    let scanning = ArabicNormalizer(rules: _NormalizationRules(folds: folds, stripper: stripper, scanning: true))
    let scalar = ArabicNormalizer(rules: _NormalizationRules(folds: folds, stripper: stripper, scanning: false))
    for text in Self.samples {
      // Every offset of the text's start, so that each byte meets each lane.
      for shift in [0, 1, 2, 3, 5, 7, 15] where shift < text.utf8.count {
        guard let shifted = String(text.utf8.dropFirst(shift)) else { continue }
        #expect(codePoints(scanning.normalize(shifted)) == codePoints(scalar.normalize(shifted)))
      }
    }
  }
}
