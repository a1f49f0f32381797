/// Words that cannot end a description: a cut after them leaves a sentence
/// hanging ("… في", "… of the").
///
/// Source: written for this package: the Arabic prepositions, conjunctions,
/// negations and particles that govern a following word (Ryding 2005, as for
/// ``Stopwords``), and the English articles, prepositions and conjunctions.
/// Compared as keyword keys (``InterfacePhrases/key(_:)``), with a leading
/// و or ف allowed.
enum _DanglingWords {
  /// Arabic particles, as written.
  static let arabic: [String] = [
    "في", "من", "إلى", "على", "عن", "مع", "حتى", "منذ", "عند", "لدى", "بين", "نحو", "دون", "حول", "ضد",
    "عبر", "قبل", "بعد", "خلال", "مثل", "بدون", "غير", "سوى", "ضمن", "وفق", "حسب", "بسبب", "رغم", "و", "ف",
    "ثم", "أو", "أم", "بل", "لكن", "إن", "أن", "كأن", "لأن", "لا", "لم", "لن", "ما", "قد", "لقد", "سوف", "هل",
    "إذا", "إذ", "لو", "أما", "إما", "إلا", "أي", "كي", "لكي", "حيث", "كما", "الذي", "التي", "الذين", "اللذان",
    "اللتان", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "كل", "بعض", "أحد", "إحدى", "عدة", "يا", "ب", "ل", "ك",
    "بين", "مما", "فيما", "بما", "كان", "كانت", "ليس", "عندما", "بينما", "وهو", "وهي",
  ]

  /// English particles, lowercase.
  static let english: [String] = [
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "by", "for", "with", "to", "from",
    "into", "as", "than", "that", "this", "which", "who", "whose", "if", "so", "is", "are", "was", "were",
    "be", "its", "their", "his", "her", "our", "your", "my", "not", "no", "very", "such",
  ]

  static let keys: Set<String> = {
    var keys: Set<String> = []
    for word in arabic {
      let key = InterfacePhrases.key(word)
      keys.insert(key)
      keys.insert("و" + key)
      keys.insert("ف" + key)
    }
    for word in english { keys.insert(word) }
    return keys
  }()

  /// Whether a word (as written) may not end a description.
  ///
  /// ```swift
  /// _DanglingWords.contains("وفي")    // true
  /// _DanglingWords.contains("المدينة")  // false
  /// ```
  static func contains<S: StringProtocol>(_ word: S) -> Bool {
    keys.contains(InterfacePhrases.key(word))
  }
}
