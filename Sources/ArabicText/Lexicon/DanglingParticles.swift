/// Arabic function words an excerpt must not end on, because they announce
/// a word that the cut removed (و "and", في "in", أن "that", لم "did not", …).
///
/// The list is the closed classes of Modern Standard Arabic grammar that
/// cannot end a phrase: the prepositions (حروف الجر), the conjunctions
/// (حروف العطف), the particles governing the subjunctive and jussive
/// (حروف النصب والجزم), إنّ and her sisters (إنّ وأخواتها), the
/// interrogative, negative, conditional and future particles, and the
/// relative pronouns (الأسماء الموصولة). Words that may end a sentence
/// (قبل, بعد, معًا, فقط) are not listed.
///
/// Source: K. C. Ryding, *A Reference Grammar of Modern Standard Arabic*
/// (Cambridge University Press, 2005), the chapters on prepositions,
/// conjunctions and connectives, and the subjunctive and jussive moods;
/// W. Wright, *A Grammar of the Arabic Language*, 3rd ed., vol. 1, the
/// particles.
///
/// Entries are matched after folding presentation forms, removing diacritics,
/// tatweel and invisible characters, and folding alef variants (أ إ آ ٱ → ا),
/// so فِي, فــي, إلى and الى all match. A word that is و or ف followed by a
/// listed word (وفي, فإن, ولم) is dangling too.
public enum DanglingParticles {
  /// The particles, as written in standard spelling.
  public static let words: [String] = [
    // One-letter proclitics written apart (و قال), and prepositions.
    "و", "ف", "ب", "ل", "ك",
    "في", "من", "على", "إلى", "عن", "مع", "حتى", "منذ", "مذ", "لدى", "عند", "نحو", "بين", "كي", "لكي",
    // Conjunctions and connectives.
    "ثم", "أو", "أم", "بل", "لكن", "لكنّ", "إما", "أما",
    // Negation, subjunctive and jussive particles.
    "لا", "ما", "لم", "لن", "لما", "ليس",
    // إنّ and her sisters; complementizers.
    "أن", "إن", "أنّ", "إنّ", "كأن", "لأن", "بأن", "ليت", "لعل",
    // Interrogative, conditional, future and other particles.
    "هل", "قد", "لقد", "سوف", "إذا", "إذ", "لو", "لولا", "إلا", "كما", "حيث", "كلما",
    // Relative pronouns.
    "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللائي",
  ]
}
