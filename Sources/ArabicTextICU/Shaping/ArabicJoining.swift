/// The Unicode joining data behind ``ArabicShaper``, indexed for a loop over UTF-16 code units.
///
/// The data is generated from the Unicode Character Database (Joining_Type
/// from DerivedJoiningType.txt, presentation forms from the decompositions of
/// UnicodeData.txt) into `ArabicJoining+Table.swift` by
/// `Scripts/generate-arabic-joining.py`; the script states the rules. This
/// type packs it into one byte per BMP code unit (built once, 64 KiB) and
/// dense arrays of forms, so that shaping costs one table load per code unit
/// and one more per letter.
struct _ArabicJoining: Sendable {
  /// A joining class: Joining_Type as far as presentation forms can show it.
  enum Class: UInt8 {
    /// Non-joining: never joins a neighbour (spaces, digits, Latin, U+0621 HAMZA, ZWNJ, isolates).
    case nonJoining = 0
    /// Transparent (Joining_Type T): skipped when the neighbours of a letter are found (marks,
    /// LRM, RLM, ALM, embeddings and overrides, CGJ, ZWSP, variation selectors).
    case transparent = 1
    /// Join-causing (Joining_Type C): joins both neighbours, has no forms (tatweel, ZWJ).
    case joinCausing = 2
    /// Joins the character before it only (alef, dal, reh, waw, ٱ, ژ, ے, …).
    case rightJoining = 3
    /// Joins both neighbours (beh, seen, lam, پ, گ, ی, ڤ, …).
    case dualJoining = 4
    /// Joins the character after it only (none of the letters with Arabic presentation forms).
    case leftJoining = 5
  }

  /// Bits of ``properties`` above the class (bits 0–2).
  enum Flag {
    /// A letter with presentation forms (in ``forms``).
    static let hasForms: UInt8 = 1 << 3
    /// A presentation form that shaping first turns back into letters (in ``unshaping``).
    static let presentationForm: UInt8 = 1 << 4
    /// The first letter of a two-letter ligature (lam).
    static let ligatureFirst: UInt8 = 1 << 5
    /// The second letter of a two-letter ligature (an alef, in ``ligatureForms``).
    static let ligatureSecond: UInt8 = 1 << 6
    /// A mark with spacing forms (in ``spacingForms``).
    static let spacingMark: UInt8 = 1 << 7
  }

  /// Form numbers, the offsets within a letter's four entries of ``forms``.
  enum Form {
    static let isolated = 0
    static let final = 1
    static let initial = 2
    static let medial = 3
  }

  /// Per BMP code unit: the ``Class`` raw value in bits 0–2, then the ``Flag`` bits.
  let properties: [UInt8]
  /// The first letter with forms; ``forms`` starts with it.
  let firstLetter: UInt16
  /// Four entries per code point from ``firstLetter`` (isolated, final, initial, medial): the
  /// presentation form, or the letter itself where Unicode encodes none.
  let forms: [UInt16]
  /// The first presentation form with an entry in ``unshaping``.
  let firstPresentationForm: UInt16
  /// Two entries per code point from ``firstPresentationForm``: the letters a presentation form
  /// stands for (the second is 0 unless it is a ligature).
  let unshaping: [UInt16]
  /// The first letter that ends a two-letter ligature.
  let firstLigatureSecond: UInt16
  /// Three entries per code point from ``firstLigatureSecond``: the first letter, the isolated
  /// ligature and the final ligature (0 when the code point ends no ligature).
  let ligatureForms: [UInt16]
  /// The first mark with spacing forms.
  let firstSpacingMark: UInt16
  /// Two entries per mark from ``firstSpacingMark``: the isolated form and the medial form (0
  /// when not encoded).
  let spacingForms: [UInt16]

  static let shared = _ArabicJoining()

  private init() {
    var properties = [UInt8](repeating: 0, count: 0x1_0000)
    for run in Self.runStarts.indices {
      let first = Int(Self.runStarts[run])
      guard first < 0x1_0000 else { break }
      let end = run + 1 < Self.runStarts.count ? min(Int(Self.runStarts[run + 1]), 0x1_0000) : 0x1_0000
      for unit in first..<end { properties[unit] = Self.runClasses[run] }
    }

    let firstLetter = Self.letterForms.map(\.letter).min() ?? 0
    let lastLetter = Self.letterForms.map(\.letter).max() ?? 0
    var forms = [UInt16](repeating: 0, count: 4 * (Int(lastLetter) - Int(firstLetter) + 1))
    for entry in Self.letterForms {
      let base = 4 * Int(entry.letter - firstLetter)
      for (form, shaped) in [
        (Form.isolated, entry.isolated), (Form.final, entry.final), (Form.initial, entry.initial),
        (Form.medial, entry.medial),
      ] {
        forms[base + form] = shaped != 0 ? shaped : entry.letter
      }
      properties[Int(entry.letter)] |= Flag.hasForms
    }

    let firstForm = Self.unshaping.map(\.form).min() ?? 0
    let lastForm = Self.unshaping.map(\.form).max() ?? 0
    var unshaping = [UInt16](repeating: 0, count: 2 * (Int(lastForm) - Int(firstForm) + 1))
    for entry in Self.unshaping {
      let base = 2 * Int(entry.form - firstForm)
      unshaping[base] = entry.first
      unshaping[base + 1] = entry.second
      properties[Int(entry.form)] |= Flag.presentationForm
    }

    let firstSecond = Self.ligatures.map(\.second).min() ?? 0
    let lastSecond = Self.ligatures.map(\.second).max() ?? 0
    var ligatureForms = [UInt16](repeating: 0, count: 3 * (Int(lastSecond) - Int(firstSecond) + 1))
    for entry in Self.ligatures {
      let base = 3 * Int(entry.second - firstSecond)
      ligatureForms[base] = entry.first
      ligatureForms[base + 1] = entry.isolated
      ligatureForms[base + 2] = entry.final
      properties[Int(entry.first)] |= Flag.ligatureFirst
      properties[Int(entry.second)] |= Flag.ligatureSecond
    }

    let firstMark = Self.spacingMarks.map(\.mark).min() ?? 0
    let lastMark = Self.spacingMarks.map(\.mark).max() ?? 0
    var spacingForms = [UInt16](repeating: 0, count: 2 * (Int(lastMark) - Int(firstMark) + 1))
    for entry in Self.spacingMarks {
      let base = 2 * Int(entry.mark - firstMark)
      spacingForms[base] = entry.isolated
      spacingForms[base + 1] = entry.medial
      properties[Int(entry.mark)] |= Flag.spacingMark
    }

    self.properties = properties
    self.firstLetter = firstLetter
    self.forms = forms
    self.firstPresentationForm = firstForm
    self.unshaping = unshaping
    self.firstLigatureSecond = firstSecond
    self.ligatureForms = ligatureForms
    self.firstSpacingMark = firstMark
    self.spacingForms = spacingForms
  }

  /// The joining class of a code point above the BMP (a binary search of the runs; no letter
  /// there has Arabic presentation forms, so it is transparent or non-joining).
  static func supplementaryClass(_ scalar: UInt32) -> Class {
    var low = 0
    var high = runStarts.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if runStarts[middle] <= scalar { low = middle } else { high = middle }
    }
    return Class(rawValue: runClasses[low]) ?? .nonJoining
  }

  /// The joining class of any code point.
  func joiningClass(of scalar: Unicode.Scalar) -> Class {
    let value = scalar.value
    guard value < 0x1_0000 else { return Self.supplementaryClass(value) }
    return Class(rawValue: properties[Int(value)] & 7) ?? .nonJoining
  }
}
