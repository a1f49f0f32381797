import Testing

@testable import ArabicText

@Suite("Romanizer")
struct RomanizerTests {
  @Test("the table covers the Arabic letters and writes ASCII only")
  func table() {
    for (scalar, latin) in RomanizationTable.letters {
      #expect(latin.unicodeScalars.allSatisfy { $0.isASCII }, "\(scalar)")
    }
    #expect(Romanizer().romanize("عبد العزيز").unicodeScalars.allSatisfy { $0.isASCII })
    #expect(Romanizer().romanize("مسؤول") == "msul")
  }

  @Test("article, long vowels and shadda")
  func rules() {
    #expect(Romanizer().romanize("الكتاب") == "al-ktab")
    #expect(Romanizer().romanize("مُحَمَّد") == "muhammad")
    #expect(Romanizer().romanize("نور") == "nur")
  }

  @Test("every letter of the Arabic script is romanized to ASCII; only hamzas, tatweel forms, dots and tails write nothing")
  func everyArabicLetter() {
    var checked = 0
    for block in ArabicScalars.arabicScriptBlocks {
      for value in block.lowerBound.value...block.upperBound.value {
        guard let scalar = Unicode.Scalar(value), _TextScan.isLetter(scalar) else { continue }
        let latin = Romanizer().romanize(String(scalar))
        let isASCII = latin.unicodeScalars.allSatisfy(\.isASCII)
        #expect(isASCII, "U+\(String(value, radix: 16)) → \(latin)")
        let name = scalar.properties.name ?? ""
        let writesNothing = name.hasSuffix("HAMZA") || name.contains("TATWEEL") || name.hasSuffix("DOT") || name.hasSuffix("TAIL")
        #expect(!latin.isEmpty || writesNothing, "U+\(String(value, radix: 16)) \(name)")
        checked += 1
      }
    }
    #expect(checked > 250)
  }

  @Test("letters named by a base letter: Persian, Urdu and other Arabic-script forms")
  func baseLetters() {
    #expect(Romanizer().romanize("خانۀ دوست") == "khanh dust")
    #expect(Romanizer().romanize("ۓ") == "e")
    #expect(Romanizer().romanize("ڪ") == "k")
    #expect(Romanizer().romanize("ݣ") == "k")
    #expect(Romanizer.romanized("\u{06E5}") == "u")
  }

  @Test("other scripts: Latin without marks or spelled out, Greek, Cyrillic; the rest kept as written")
  func otherScripts() {
    #expect(Romanizer().romanize("Straße Æsir þorn ſ") == "Strasse AEsir thorn s")
    #expect(Romanizer().romanize("ﬁnance Œuvre ĳs") == "finance OEuvre ijs")
    #expect(Romanizer().romanize("ΣΟΦΙΑ σοφία Θεός") == "SOFIA sofia Theos")
    #expect(Romanizer().romanize("Москва щи ъ ь") == "Moskva shchi ie ")
    #expect(Romanizer().romanize("\u{028C} \u{0259} \u{0283} \u{0280} \u{01C0}x") == "v e sh r x")
    #expect(Romanizer().romanize("हिन्दी") == "हिन्दी")
    #expect(Romanizer().romanize("日本") == "日本")
  }

  @Test("digraph letters, letter symbols, fullwidth and mathematical letters, modifier signs")
  func letterForms() {
    #expect(Romanizer().romanize("ǅemal ǈubljana ǋ ǲ ǆ") == "Dzemal Ljubljana Nj Dz dz")
    #expect(Romanizer().romanize("\u{03F4} ϑεός ϕ ϐ ϵ ϰ ϱ ϲ ϖ Ϝ ͱ ͻ") == "Th theos f v e k r s p W h s")
    #expect(Romanizer().romanize("ａｂｃ 𝐀 ℓ ʰ ª º") == "abc A l h a o")
    #expect(Romanizer().romanize("Qurʾān ʿAlī donʼt ʻOkina") == "Quran Ali dont Okina")
    #expect(Romanizer().romanize("Әә Һ Ѣ Ѳ Ѵ Ӏ Ѡ") == "Aa H E F I  O")
  }

  @Test("the name of God and its compounds; shadda in long text in linear time")
  func lexicon() {
    #expect(Romanizer().romanize("الله ٱللَّهُ لله بالله عبدالله") == "allah allah lillah billah abdallah")
    #expect(Romanizer().romanize("رسول الله") == "rsul allah")
    #expect(Romanizer().romanize("اللهو") == "al-lhu")
    let clock = ContinuousClock()
    var latin = ""
    let elapsed = clock.measure { latin = Romanizer().romanize(String(repeating: "مُدَرِّس ", count: 20_000)) }
    #expect(elapsed < .seconds(10), "\(elapsed)")
    #expect(latin.hasPrefix("mudarris mudarris"))
  }

  @Test("decimal digits of any script become ASCII")
  func digits() {
    #expect(Romanizer().romanize("١٢ ۳۴ १२ ๑๒") == "12 34 12 12")
  }
}
