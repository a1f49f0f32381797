/// Function words left out of keywords: Arabic particles, pronouns,
/// prepositions, conjunctions, demonstratives, relatives, auxiliary and
/// very common verbs, with and without their clitics; and the Persian, Urdu
/// and English function words, for articles in those languages.
///
/// Source: written for this package from the closed word classes of Modern
/// Standard Arabic as a reference grammar lists them (K. C. Ryding, *A
/// Reference Grammar of Modern Standard Arabic*, Cambridge, 2005: chapters on
/// pronouns, demonstratives, relative pronouns, prepositions, particles and
/// conjunctions), with the clitic forms (و ف ب ل ك and the article) generated
/// by ``Stopwords/isStopword(key:)``; the Persian and Urdu classes of the
/// grammars named at ``persian`` and ``urdu``; and the English closed classes
/// (articles, pronouns, prepositions, conjunctions, auxiliaries, determiners).
/// Words are compared as keyword keys: diacritics and tatweel removed, alef
/// forms, alef maksura and teh marbuta folded (so إلى, الى and إلي match).
public enum Stopwords {
  /// Arabic function words, as written (compared after key folding).
  public static let arabic: [String] = [
    // Prepositions and their common fused forms.
    "في", "من", "إلى", "على", "عن", "مع", "حتى", "منذ", "مذ", "عند", "لدى", "لدي", "نحو", "دون", "بين",
    "خلال", "حول", "ضد", "عبر", "قبل", "بعد", "فوق", "تحت", "أمام", "خلف", "وراء", "لأجل", "أجل", "مثل",
    "بدون", "سوى", "غير", "عدا", "خلا", "حيال", "إزاء", "لدن", "ضمن", "وفق", "وفقا", "طبقا", "بسبب", "جراء",
    "رغم", "برغم", "بالرغم", "لصالح", "حسب", "بحسب", "مما", "عما", "فيما", "بما", "كما", "لما", "ممن", "عمن",
    "فيه", "فيها", "فيهم", "فيهما", "فيهن", "منه", "منها", "منهم", "منهما", "عليه", "عليها", "عليهم", "عليهما",
    "إليه", "إليها", "إليهم", "عنه", "عنها", "عنهم", "معه", "معها", "معهم", "له", "لها", "لهم", "لهما", "لهن",
    "لنا", "لك", "لكم", "لي", "به", "بها", "بهم", "بهما", "بي", "بك", "بنا", "بكم", "عندما", "بينما", "بينها",
    "بينهم", "لديه", "لديها", "لديهم", "منا", "منك", "منكم", "عليك", "علينا", "عليكم", "إلينا", "إليك",
    // Conjunctions and particles.
    "و", "ف", "ثم", "أو", "أم", "بل", "لكن", "لكنه", "لكنها", "لكنهم", "لكن", "إن", "أن", "إنه", "إنها",
    "أنه", "أنها", "أنهم", "أنهما", "إنهم", "كأن", "كأنه", "ليت", "لعل", "لأن", "لأنه", "لأنها", "لأنهم",
    "لا", "لم", "لن", "ما", "لما", "ليس", "ليست", "ليسوا", "قد", "لقد", "سوف", "س", "هل", "أ", "إذا", "إذ",
    "لو", "لولا", "أما", "إما", "ألا", "إلا", "كلا", "نعم", "بلى", "أي", "أية", "أيا", "كي", "لكي", "حيث",
    "حين", "حينما", "يا", "أيها", "أيتها", "كيف", "متى", "أين", "أنى", "لماذا", "ماذا", "كم", "كلما", "مهما", "أيضا", "فقط", "جدا",
    "إنما", "كذلك", "هكذا", "لذلك", "لذا", "إذن", "إذا", "ثمة", "هناك", "هنا", "هنالك", "الآن", "آنذاك", "عندئذ",
    "حيثما", "بينما", "ريثما", "طالما", "قلما", "ربما", "عسى", "لكي", "حتى", "كيفما", "أينما",
    // Pronouns.
    "أنا", "نحن", "أنت", "أنتما", "أنتم", "أنتن", "هو", "هي", "هما", "هم", "هن", "إياه", "إياها", "إياهم",
    "إياي", "إيانا", "إياك", "إياكم",
    // Demonstratives and relatives.
    "هذا", "هذه", "هذان", "هذين", "هاتان", "هاتين", "هؤلاء", "ذلك", "تلك", "ذلكم", "أولئك", "ذاك", "تلكم",
    "الذي", "التي", "اللذان", "اللذين", "اللتان", "اللتين", "الذين", "اللاتي", "اللواتي", "اللائي", "من", "ما",
    // Quantifiers and very common nouns of function.
    "كل", "بعض", "جميع", "كافة", "عدة", "أحد", "إحدى", "نفس", "ذات", "ذو", "ذي", "أكثر", "أقل", "معظم",
    "غالبا", "أيضا", "كلا", "كلتا", "سائر", "شيء", "أول", "آخر", "أخرى", "الأخرى", "الآخر", "عدم",
    // Auxiliary and very common verbs.
    "كان", "كانت", "كانوا", "يكون", "تكون", "يكونون", "أصبح", "أصبحت", "صار", "صارت", "ظل", "ظلت", "بات",
    "مازال", "ما زال", "لايزال", "لا يزال", "يزال", "تزال", "ليس", "قال", "قالت", "يقول", "تقول", "وقال",
    "وقالت", "يمكن", "يجب", "تم", "يتم", "تتم", "كما", "إذ", "وهو", "وهي", "وهم", "وقد", "فقد", "ولا", "ولم",
    "ولن", "وما", "ومن", "وفي", "وعلى", "وإلى", "وعن", "ومع", "وهذا", "وهذه", "وذلك", "وتلك", "والتي",
    "والذي", "والذين", "وكان", "وكانت", "وأن", "وإن", "ثم", "أنّ", "إنّ",
  ]

  /// Persian function words (prepositions, conjunctions, pronouns,
  /// auxiliaries, and adverbs of degree, time and place), for Persian
  /// articles.
  ///
  /// Source: the closed word classes and the degree, time and place adverbs
  /// of J. Mace, *Persian Grammar: For Reference and Revision* (Routledge,
  /// 2003), written out for this package.
  public static let persian: [String] = [
    "در", "به", "از", "که", "را", "با", "برای", "تا", "یا", "و", "این", "آن", "هم", "نیز", "است", "بود",
    "شد", "شده", "می", "ها", "های", "هر", "اما", "اگر", "چه", "خود", "ما", "شما", "او", "آنها", "ایشان",
    "پس", "بر", "بی", "نه", "یک", "دیگر", "کرد", "کند", "کرده", "شود", "باشد", "بین", "روی", "زیر", "چون",
    "همه", "هیچ", "وی", "اند", "هست", "نیست", "خواهد", "کنند", "کردند", "گفت", "دارد", "داشت", "بوده",
    "باید", "توسط", "درباره", "مورد", "همین", "چنین", "آنچه", "اینکه", "چرا", "کجا", "کی", "من", "تو",
    // Adverbs of degree, time and place; reporting verbs.
    "بسیار", "خیلی", "بیشتر", "کمتر", "فقط", "تنها", "حتی", "همچنین", "چنان", "اکنون", "حالا", "هنوز", "باز",
    "سپس", "پیش", "بعد", "قبل", "اینجا", "آنجا", "همیشه", "هرگز", "شاید", "البته", "زیرا", "ولی", "مانند",
    "مثل", "چند", "برخی", "بعضی", "گفته", "هستند", "بودند", "شدند", "دارند", "داشتند", "آیا", "نمی", "میشود",
    "میکند", "ای",
  ]

  /// Urdu function words (postpositions, conjunctions, pronouns,
  /// auxiliaries, and adverbs of degree, time and place), for Urdu articles.
  ///
  /// Source: the closed word classes and the degree, time and place adverbs
  /// of R. L. Schmidt, *Urdu: An Essential Grammar* (Routledge, 1999),
  /// written out for this package.
  public static let urdu: [String] = [
    "اور", "کے", "کا", "کی", "کو", "سے", "میں", "پر", "ہے", "ہیں", "تھا", "تھی", "تھے", "ہو", "ہوں", "ہوا",
    "گا", "گی", "گے", "نے", "یہ", "وہ", "جو", "کہ", "بھی", "تو", "نہ", "نہیں", "ایک", "اس", "ان", "جس", "جن",
    "کسی", "کوئی", "ہر", "یا", "لیے", "لئے", "تک", "ساتھ", "بعد", "پہلے", "اپنے", "اپنی", "اپنا", "کر",
    "کرنے", "کیا", "گیا", "جاتا", "جائے", "سکتا", "رہا", "والے", "والی",
    // Adverbs of degree, time and place; reporting verbs; more auxiliary forms. (اب "now" is
    // left out: its key is that of Arabic أب "father".)
    "بہت", "کہا", "کہتے", "کہنا", "کہی", "کچھ", "پھر", "یہاں", "وہاں", "جب", "تب", "کیوں", "کیسے", "کہاں",
    "کب", "کون", "ہی", "لیکن", "مگر", "اگر", "جیسے", "ایسا", "ایسی", "ایسے", "ویسے", "بس", "صرف", "زیادہ", "کم",
    "کافی", "ابھی", "کبھی", "ہمیشہ", "شاید", "ضرور", "واقعی", "گئی", "گئے", "ہوئی", "ہوئے", "رہی", "رہے", "سکتی",
    "سکتے", "جاتی", "جاتے", "دیا", "دی", "دیے", "لیا", "لی", "کرتے", "کرتی", "کرتا", "ہوتا", "ہوتی", "ہوتے",
    "ہم", "آپ", "تم", "انہوں", "انہیں", "اسے", "اسی", "انھوں", "جنہوں", "یہی", "وہی",
  ]

  /// English function words, lowercase.
  public static let english: [String] = [
    "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "else", "than", "that", "this",
    "these", "those", "there", "here", "of", "in", "on", "at", "by", "for", "with", "without", "to", "from",
    "into", "onto", "over", "under", "about", "above", "below", "between", "through", "during", "before",
    "after", "since", "until", "up", "down", "out", "off", "as", "per", "via", "is", "are", "was", "were",
    "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having", "will",
    "would", "shall", "should", "can", "could", "may", "might", "must", "i", "me", "my", "mine", "we",
    "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its",
    "they", "them", "their", "theirs", "who", "whom", "whose", "which", "what", "when", "where", "why",
    "how", "all", "any", "both", "each", "every", "few", "more", "most", "other", "some", "such", "no",
    "not", "only", "own", "same", "too", "very", "just", "also", "s", "t", "d", "ll", "re", "ve", "m",
    "one", "its", "it's", "don't", "can't", "won't", "isn't", "aren't", "let", "lets", "let's", "like",
    "new", "said", "says", "get", "got", "make", "made", "use", "used", "using", "way", "well", "even",
    "many", "much", "now", "still", "while", "because", "although", "though", "whether", "again", "ever",
    "never", "always", "often", "already", "yes",
  ]

  /// Clitics that may precede an Arabic function word (و ف ب ل ك), alone or
  /// as و/ف followed by ب ل ك.
  static let proclitics: [String] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]

  /// The keys of every stopword and its clitic forms.
  static let keys: Set<_ByteKey> = {
    var keys: Set<_ByteKey> = []
    for word in arabic {
      let key = InterfacePhrases.key(word)
      keys.insert(_ByteKey(key))
      guard key.unicodeScalars.count > 1 else { continue }
      for clitic in proclitics { keys.insert(_ByteKey(clitic + key)) }
    }
    for word in persian + urdu { keys.insert(_ByteKey(InterfacePhrases.key(word))) }
    for word in english { keys.insert(_ByteKey(word)) }
    return keys
  }()

  /// Whether a keyword key (see ``InterfacePhrases/key(_:)``) is a stopword,
  /// with or without a leading clitic.
  ///
  /// ```swift
  /// Stopwords.isStopword(key: "وفي")    // true
  /// Stopwords.isStopword(key: "ذكاء")   // false
  /// ```
  public static func isStopword(key: String) -> Bool {
    keys.contains(_ByteKey(key))
  }
}
