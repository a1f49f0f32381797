/// Removes Arabic diacritics (tashkeel) from text, with fine-grained choices.
///
/// ```swift
/// DiacriticStripper().strip("كَتَبَ الوَلَدُ الدَّرْسَ")          // "كتب الولد الدرس"
/// DiacriticStripper(keeping: .shadda).strip("الدَّرْسَ")         // "الدّرس"
/// DiacriticStripper(superscriptAlef: .toAlef).strip("كِتَٰبٌ")    // "كتاب"
/// DiacriticStripper(scope: .caseEndings).strip("كَتَبَ الوَلَدُ")  // "كَتَب الوَلَد"
/// ```
///
/// Stripping only ever removes code points (or, with `.toAlef`, replaces
/// U+0670 with U+0627); it never inserts spaces. Decomposed hamza is composed
/// first (ا + U+0654 → أ), as NFC does, so that أ typed either way survives;
/// the remaining combining marks are put in canonical order. Letters are never
/// removed: U+06E5 ARABIC SMALL WAW and U+06E6 ARABIC SMALL YEH stay.
public struct DiacriticStripper: Sendable, Hashable {
  /// Where marks are removed.
  public enum Scope: String, Sendable, Hashable, CaseIterable {
    /// Every mark of the selected classes.
    case everywhere
    /// Only the case ending: the tanween, harakat and sukun on the last
    /// letter of each word (and a fathatan written before a final ا or ى,
    /// as in كتابًا). Other marks and other classes stay.
    case caseEndings
  }

  /// The classes of marks to remove. Default: ``TashkeelMarks/all``.
  public var marks: TashkeelMarks
  /// What to do with the superscript (dagger) alef U+0670. Default: `.remove`.
  public var superscriptAlef: SuperscriptAlefHandling
  /// Where to remove marks. Default: `.everywhere`.
  public var scope: Scope

  /// A stripper that removes `marks` (every class by default).
  public init(
    marks: TashkeelMarks = .all, superscriptAlef: SuperscriptAlefHandling = .remove,
    scope: Scope = .everywhere
  ) {
    self.marks = marks
    self.superscriptAlef = superscriptAlef
    self.scope = scope
  }

  /// A stripper that removes every class except `kept` (e.g. `.shadda`).
  public init(
    keeping kept: TashkeelMarks, superscriptAlef: SuperscriptAlefHandling = .remove,
    scope: Scope = .everywhere
  ) {
    self.init(marks: TashkeelMarks.all.subtracting(kept), superscriptAlef: superscriptAlef, scope: scope)
  }

  /// The marks removed from every letter (empty in `.caseEndings` scope).
  var marksStrippedEverywhere: TashkeelMarks { scope == .everywhere ? marks : [] }

  /// Returns `text` without the selected diacritics.
  ///
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-8 bytes.
  public func strip<S: StringProtocol>(_ text: S) -> String {
    ArabicNormalizer(folds: .diacritics, diacritics: self).normalize(text)
  }
}

extension StringProtocol {
  /// Returns this text without Arabic diacritics (tashkeel); see ``DiacriticStripper``.
  ///
  /// ```swift
  /// "المَدْرَسَةُ الجَدِيدَةُ".strippingDiacritics()  // "المدرسة الجديدة"
  /// ```
  public func strippingDiacritics(_ stripper: DiacriticStripper = DiacriticStripper()) -> String {
    stripper.strip(self)
  }
}
