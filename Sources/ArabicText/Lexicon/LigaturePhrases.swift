/// The phrases of the Arabic ligatures that have no decomposition: the
/// basmala ﷽, the honorifics ﵀ … ﵏ (Unicode 14) and ﷏ ﷾ ﷿. NFKC leaves
/// them as they are (they are symbols), so without this table a title made
/// of one of them would have no letters to slug.
///
/// Source: the Unicode character names (UnicodeData.txt), which spell each
/// phrase out in Latin letters ("ARABIC LIGATURE BISMILLAH AR-RAHMAN
/// AR-RAHEEM" is بسم الله الرحمن الرحيم), written here in Arabic letters.
public enum LigaturePhrases {
  /// The phrases of U+FD40 … U+FD4F, in code point order
  /// (``ArabicScalars/honorificLigatures``).
  public static let honorifics: [String] = [
    "رحمه الله",  // U+FD40 RAHIMAHU ALLAAH
    "رضي الله عنه",  // U+FD41 RADI ALLAAHU ANH
    "رضي الله عنها",  // U+FD42 RADI ALLAAHU ANHAA
    "رضي الله عنهم",  // U+FD43 RADI ALLAAHU ANHUM
    "رضي الله عنهما",  // U+FD44 RADI ALLAAHU ANHUMAA
    "رضي الله عنهن",  // U+FD45 RADI ALLAAHU ANHUNNA
    "صلى الله عليه وآله",  // U+FD46 SALLALLAAHU ALAYHI WA-AALIH
    "عليه السلام",  // U+FD47 ALAYHI AS-SALAAM
    "عليهم السلام",  // U+FD48 ALAYHIM AS-SALAAM
    "عليهما السلام",  // U+FD49 ALAYHIMAA AS-SALAAM
    "عليه الصلاة والسلام",  // U+FD4A ALAYHI AS-SALAATU WAS-SALAAM
    "قدس سره",  // U+FD4B QUDDISA SIRRAH
    "صلى الله عليه وآله وسلم",  // U+FD4C SALLALLAHU ALAYHI WAAALIHEE WA-SALLAM
    "عليها السلام",  // U+FD4D ALAYHAA AS-SALAAM
    "تبارك وتعالى",  // U+FD4E TABAARAKA WA-TAAALAA
    "رحمهم الله",  // U+FD4F RAHIMAHUM ALLAAH
  ]

  /// The phrases of the other ligatures without a decomposition.
  public static let others: [Unicode.Scalar: String] = [
    ArabicScalars.ligatureSalaamuhuAlaynaa: "سلامه علينا",
    ArabicScalars.ligatureBismillah: "بسم الله الرحمن الرحيم",
    ArabicScalars.ligatureSubhaanahuWaTaaalaa: "سبحانه وتعالى",
    ArabicScalars.ligatureAzzaWaJall: "عز وجل",
  ]

  /// The phrase of `scalar`, or nil when it is not one of these ligatures.
  ///
  /// ```swift
  /// LigaturePhrases.phrase(of: "﷽")  // "بسم الله الرحمن الرحيم"
  /// ```
  public static func phrase(of scalar: Unicode.Scalar) -> String? {
    if ArabicScalars.honorificLigatures.contains(scalar) {
      return honorifics[Int(scalar.value - ArabicScalars.honorificLigatures.lowerBound.value)]
    }
    return others[scalar]
  }
}
