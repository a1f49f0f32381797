import ArabicText
import Foundation
import Testing

@testable import ArabicTextICU
import CICUShim
import TestSupport

/// The generated joining table against the Unicode Character Database files it was made from,
/// and the shaper against ICU's `u_shapeArabic` where ICU follows those files.
@Suite("ArabicShaper and the Unicode joining data")
struct ArabicShaperUnicodeDataTests {
  static let tatweel = Unicode.Scalar(0x0640)!

  @Test("the generated table: Unicode 15.0, sorted runs, dense form tables")
  func table() {
    #expect(_ArabicJoining.unicodeVersion == "15.0.0")
    #expect(_ArabicJoining.runStarts.first == 0)
    #expect(zip(_ArabicJoining.runStarts, _ArabicJoining.runStarts.dropFirst()).allSatisfy { $0 < $1 })
    #expect(_ArabicJoining.runStarts.count == _ArabicJoining.runClasses.count)
    #expect(_ArabicJoining.letterForms.count == 74)
    #expect(_ArabicJoining.ligatures.map(\.isolated) == [0xFEF5, 0xFEF7, 0xFEF9, 0xFEFB])
    #expect(_ArabicJoining.spacingMarks.map(\.mark) == Array(0x064B...0x0652))
    let joining = _ArabicJoining.shared
    #expect(joining.joiningClass(of: "\u{0628}") == .dualJoining)
    #expect(joining.joiningClass(of: "\u{0671}") == .rightJoining)
    #expect(joining.joiningClass(of: "\u{06BA}") == .rightJoining)  // no initial or medial form
    #expect(joining.joiningClass(of: "\u{0621}") == .nonJoining)
    #expect(joining.joiningClass(of: "\u{0750}") == .nonJoining)
    #expect(joining.joiningClass(of: "\u{200F}") == .transparent)
    #expect(joining.joiningClass(of: "\u{E0020}") == .transparent)
    #expect(joining.joiningClass(of: "\u{200D}") == .joinCausing)
    #expect(joining.joiningClass(of: "\u{200C}") == .nonJoining)
    #expect(joining.joiningClass(of: "\u{1F600}") == .nonJoining)
  }

  @Test(
    "every letter with presentation forms takes each of them (UnicodeData.txt)",
    .enabled(if: UnicodeDataFile.url("UnicodeData.txt") != nil, "UnicodeData.txt not found: skipped"))
  func everyLetter() throws {
    let url = try #require(UnicodeDataFile.url("UnicodeData.txt"))
    var forms: [UInt32: [String: UInt32]] = [:]
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      let fields = line.split(separator: ";", omittingEmptySubsequences: false)
      let code = UInt32(fields[0], radix: 16)!
      guard (0xFB50...0xFEFF).contains(code) else { continue }
      let parts = fields[5].split(separator: " ")
      guard parts.count == 2, ["<isolated>", "<final>", "<initial>", "<medial>"].contains(parts[0]) else { continue }
      forms[UInt32(parts[1], radix: 16)!, default: [:]][String(parts[0].dropFirst().dropLast())] = code
    }
    #expect(forms.count == 76)
    let shaper = ArabicShaper()
    var checked = 0
    for (letter, have) in forms.sorted(by: { $0.key < $1.key }) {
      let x = Unicode.Scalar(letter)!
      let t = Self.tatweel
      func shaped(_ scalars: [Unicode.Scalar]) -> [UInt32] {
        shaper.shape(String(String.UnicodeScalarView(scalars))).unicodeScalars.map(\.value)
      }
      let joinsAfter = have["initial"] != nil && have["medial"] != nil
      let joinsBefore = have["final"] != nil
      guard joinsBefore else {
        // Hamza and U+0677 (an isolated form only) never join and keep their code point.
        #expect(shaped([t, x, t]) == [t.value, letter, t.value], "U+\(String(letter, radix: 16))")
        continue
      }
      #expect(shaped([x]) == [have["isolated"]!], "U+\(String(letter, radix: 16)) isolated")
      #expect(shaped([t, x]) == [t.value, have["final"]!], "U+\(String(letter, radix: 16)) final")
      if joinsAfter {
        #expect(shaped([x, t]) == [have["initial"]!, t.value], "U+\(String(letter, radix: 16)) initial")
        #expect(shaped([t, x, t]) == [t.value, have["medial"]!, t.value], "U+\(String(letter, radix: 16)) medial")
      } else {
        #expect(shaped([x, t]) == [have["isolated"]!, t.value], "U+\(String(letter, radix: 16)) before tatweel")
      }
      checked += 1
    }
    #expect(checked == 74)
  }

  @Test(
    "every character of Joining_Type T or C keeps two behs joined (DerivedJoiningType.txt)",
    .enabled(
      if: UnicodeDataFile.url("extracted/DerivedJoiningType.txt") != nil, "DerivedJoiningType.txt not found: skipped"))
  func transparentAndJoinCausing() throws {
    let url = try #require(UnicodeDataFile.url("extracted/DerivedJoiningType.txt"))
    let shaper = ArabicShaper()
    var checked = 0
    var failures: [String] = []
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      let data = line.split(separator: "#", omittingEmptySubsequences: false)[0]
      let fields = data.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard fields.count == 2, fields[1] == "T" || fields[1] == "C" else { continue }
      let bounds = fields[0].split(separator: ".", omittingEmptySubsequences: true).map { UInt32($0, radix: 16)! }
      for code in bounds[0]...(bounds.last ?? bounds[0]) {
        let text = scalars(0x0628, code, 0x0628)
        if shaper.shape(text) != scalars(0xFE91, code, 0xFE90) { failures.append(String(code, radix: 16)) }
        checked += 1
      }
    }
    #expect(checked > 2000)
    #expect(failures.isEmpty, "\(failures.prefix(20))")
  }

  // MARK: - ICU

  /// ICU's `u_shapeArabic` (letters shaped, lam-alef resized), with its spacing harakat turned
  /// back into combining marks unless `spacing`.
  static func icuShape(_ text: String, spacing: Bool = false) -> String {
    let source = Array(text.utf16)
    var output = [UInt16](repeating: 0, count: source.count + 16)
    var status: Int32 = 0
    let options = UInt32(ATICU_SHAPE_LETTERS_SHAPE) | UInt32(ATICU_SHAPE_LENGTH_GROW_SHRINK)
    let count = aticu_shape_arabic(source, Int32(source.count), &output, Int32(output.count), options, &status)
    var units = Array(output.prefix(Int(count)))
    if !spacing {
      // The spacing forms come in pairs from fathatan; U+FE73 is the tail fragment, U+FE75 unassigned.
      let first = UInt16(ArabicScalars.spacingTashkeelForms.lowerBound.value)
      let last = UInt16(ArabicScalars.spacingTashkeelForms.upperBound.value)
      let tailFragment = UInt16(ArabicScalars.tailFragment.value)
      for (i, unit) in units.enumerated() where (first...last).contains(unit) && unit != tailFragment
        && unit != tailFragment + 2
      {
        units[i] = UInt16(ArabicScalars.fathatan.value) + (unit - first) / 2
      }
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// The characters on which the two shapers agree in every context: those of the Arabic blocks
  /// whose shape and whose effect on a beh on either side are the same for both.
  static let agreed: Set<Unicode.Scalar> = {
    var agreed: Set<Unicode.Scalar> = []
    let shaper = ArabicShaper()
    let beh = "\u{0628}"
    for block in [0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF] as [ClosedRange<UInt32>] {
      for code in block {
        guard let scalar = Unicode.Scalar(code), scalar.properties.generalCategory != .unassigned else { continue }
        let x = String(scalar)
        let contexts = [x, beh + x, x + beh, beh + x + beh, "\u{0640}" + x + "\u{0640}"]
        if contexts.allSatisfy({ shaper.shape($0) == icuShape($0) }) { agreed.insert(scalar) }
      }
    }
    return agreed
  }()

  @Test("the characters both shapers treat alike include the Arabic alphabet, harakat and Persian letters")
  func agreement() {
    let alphabet = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوي" + "پچژکگیےہھٹڈڑں"
    let harakat = (0x064B...0x0652).map { Unicode.Scalar($0)! }
    for scalar in alphabet.unicodeScalars.map({ $0 }) + harakat + ["\u{0640}", "\u{0670}"] {
      #expect(Self.agreed.contains(scalar), "U+\(String(scalar.value, radix: 16))")
    }
    // Where they differ, ICU leaves the letter nominal or breaks joining.
    for scalar in ["\u{0671}", "\u{06A4}", "\u{0649}", "\u{061C}", "\u{06D6}"] as [Unicode.Scalar] {
      #expect(!Self.agreed.contains(scalar), "U+\(String(scalar.value, radix: 16))")
    }
  }

  @Test("both shapers give the same text for built-in samples of agreed characters")
  func sameAsICU() {
    for text in [
      "بالعربية", "أهلا وسهلا", "كَتَبَ الوَلَدُ الدَّرْسَ", "لَا إِلَهَ", "عــلم", "اللّٰه", "پدر و مادر", "کتاب‌های خوب",
      "ہمیں ٹھیک", "مسئولیت", "فؤاد", "لإ لأ لآ",
    ] {
      #expect(codePoints(ArabicShaper().shape(text)) == codePoints(Self.icuShape(text)), "\(text)")
      let spacing = ArabicShaper(marks: .spacingForms)
      #expect(codePoints(spacing.shape(text)) == codePoints(Self.icuShape(text, spacing: true)), "\(text), spacing")
    }
  }

  @Test(
    "both shapers give the same lines of the corpus where every Arabic character is agreed",
    .enabled(if: SharedCorpus.isAvailable, "../shared/corpus is absent: skipped"),
    arguments: [
      "persian-urdu/udhr-arb.txt", "persian-urdu/udhr-pes-1.txt", "persian-urdu/udhr-urd.txt", "news/dh-ar-hotplug.txt",
      "mixed/tweets-arsarcasm.txt", "classical-diacritized/quran-simple.txt", "classical-diacritized/poems-vocalized.txt",
      "big/arabic-big.txt",
    ])
  func corpus(path: String) throws {
    let text = try #require(SharedCorpus.text(path))
    let joining = _ArabicJoining.shared
    let shaper = ArabicShaper()
    let spacing = ArabicShaper(marks: .spacingForms)
    var compared = 0
    var different: [Int] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(3000).enumerated() {
      // Agreed characters, and others outside the Arabic blocks that neither shaper treats as
      // transparent (ICU treats only harakat so).
      let isComparable = line.unicodeScalars.allSatisfy { scalar in
        Self.agreed.contains(scalar)
          || (!(0x0600...0x08FF).contains(scalar.value) && !(0xFB50...0xFEFF).contains(scalar.value)
            && joining.joiningClass(of: scalar) != .transparent)
      }
      guard isComparable else { continue }
      compared += 1
      if shaper.shape(line) != Self.icuShape(String(line))
        || spacing.shape(line) != Self.icuShape(String(line), spacing: true)
      {
        different.append(number + 1)
      }
    }
    #expect(compared > 50)
    #expect(different.isEmpty, "\(path): lines \(different.prefix(10))")
  }
}
