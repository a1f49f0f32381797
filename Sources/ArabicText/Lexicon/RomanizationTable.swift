/// The letter table of ``Romanizer``: a simplified ALA-LC romanization of
/// Arabic, with the Persian and Urdu letters, as plain ASCII.
///
/// Source: ALA-LC Romanization Tables, "Arabic" (Library of Congress, 2012),
/// simplified for URLs as is common practice: macrons and underdots are
/// dropped (ā → a, ḥ → h, ṣ → s), ʾ (hamza) and ʿ (ain) are not written,
/// teh marbuta is "h" (the pausal form), the article is "al-". Persian and
/// Urdu letters follow the ALA-LC Persian and Urdu tables, simplified the
/// same way. Letters whose sound depends on context (alef, waw, yeh, ain,
/// the hamza carriers) are handled by ``Romanizer``'s rules; their entries
/// here are the defaults.
public enum RomanizationTable {
  /// Arabic-script letters and marks to ASCII.
  public static let letters: [Unicode.Scalar: String] = [
    ArabicScalars.hamza: "",
    ArabicScalars.alefWithMaddaAbove: "a",
    ArabicScalars.alefWithHamzaAbove: "a",
    ArabicScalars.wawWithHamzaAbove: "u",
    ArabicScalars.alefWithHamzaBelow: "i",
    ArabicScalars.yehWithHamzaAbove: "i",
    ArabicScalars.alef: "a",
    ArabicScalars.alefWasla: "a",
    ArabicScalars.beh: "b",
    ArabicScalars.tehMarbuta: "h",
    ArabicScalars.teh: "t",
    ArabicScalars.theh: "th",
    ArabicScalars.jeem: "j",
    ArabicScalars.hah: "h",
    ArabicScalars.khah: "kh",
    ArabicScalars.dal: "d",
    ArabicScalars.thal: "dh",
    ArabicScalars.reh: "r",
    ArabicScalars.zain: "z",
    ArabicScalars.seen: "s",
    ArabicScalars.sheen: "sh",
    ArabicScalars.sad: "s",
    ArabicScalars.dad: "d",
    ArabicScalars.tah: "t",
    ArabicScalars.zah: "z",
    ArabicScalars.ain: "a",
    ArabicScalars.ghain: "gh",
    ArabicScalars.feh: "f",
    ArabicScalars.qaf: "q",
    ArabicScalars.kaf: "k",
    ArabicScalars.lam: "l",
    ArabicScalars.meem: "m",
    ArabicScalars.noon: "n",
    ArabicScalars.heh: "h",
    ArabicScalars.waw: "w",
    ArabicScalars.alefMaksura: "a",
    ArabicScalars.yeh: "y",
    ArabicScalars.veh: "v",
    ArabicScalars.peh: "p",
    ArabicScalars.tcheh: "ch",
    ArabicScalars.jeh: "zh",
    ArabicScalars.keheh: "k",
    ArabicScalars.gaf: "g",
    ArabicScalars.farsiYeh: "y",
    ArabicScalars.tteh: "t",
    ArabicScalars.ddal: "d",
    ArabicScalars.rreh: "r",
    ArabicScalars.noonGhunna: "n",
    ArabicScalars.hehGoal: "h",
    ArabicScalars.hehDoachashmee: "h",
    ArabicScalars.yehBarree: "e",
    ArabicScalars.ae: "e",
    ArabicScalars.fatha: "a",
    ArabicScalars.kasra: "i",
    ArabicScalars.damma: "u",
    ArabicScalars.fathatan: "an",
    ArabicScalars.kasratan: "in",
    ArabicScalars.dammatan: "un",
    ArabicScalars.superscriptAlef: "a",
    ArabicScalars.sukun: "",
  ]

  /// The definite article's romanization, written with a hyphen: "al-".
  public static let article = "al-"
}
