/// Reading speeds in words per minute, by the script of the words.
///
/// ```swift
/// ReadingRates.irest.arabicScript    // 138
/// ReadingRates(uniform: 200).latinScript  // 200
/// ```
///
/// The defaults are the mean speeds of native adult readers (436 readers, 17
/// languages, equated texts, reading time measured aloud) in the
/// International Reading Speed Texts study: Arabic 138 words/min, English
/// 228, the mean over all 17 languages 184. Arabic's rate is used for every
/// Arabic-script language (Persian, Urdu, …), English's for every
/// Latin-script one, and the overall mean for the rest.
///
/// Source: S. Trauzettel-Klosinski, K. Dietz and the IReST Study Group,
/// "Standardized Assessment of Reading Performance: The New International
/// Reading Speed Texts IReST", *Investigative Ophthalmology & Visual
/// Science* 53(9):5452–5461, 2012, doi:10.1167/iovs.11-8284.
public struct ReadingRates: Sendable, Hashable {
  /// Words per minute for words in Arabic script (Arabic, Persian, Urdu, …).
  public var arabicScript: Int
  /// Words per minute for words in Latin script.
  public var latinScript: Int
  /// Words per minute for words in other scripts, and for words without a letter (numbers).
  public var otherScripts: Int

  /// Rates per script, each at least 1 word per minute.
  public init(arabicScript: Int, latinScript: Int, otherScripts: Int) {
    precondition(arabicScript > 0 && latinScript > 0 && otherScripts > 0, "A reading rate is at least 1 word per minute")
    self.arabicScript = arabicScript
    self.latinScript = latinScript
    self.otherScripts = otherScripts
  }

  /// One rate for every script (a `wordsPerMinute` setting), at least 1.
  public init(uniform wordsPerMinute: Int) {
    self.init(arabicScript: wordsPerMinute, latinScript: wordsPerMinute, otherScripts: wordsPerMinute)
  }

  /// The IReST means: Arabic script 138, Latin script 228, other scripts 184 words per minute.
  public static let irest = ReadingRates(arabicScript: 138, latinScript: 228, otherScripts: 184)

  /// The rate for words of `script`.
  public subscript(script: WritingScript) -> Int {
    switch script {
    case .arabic: arabicScript
    case .latin: latinScript
    case .other: otherScripts
    }
  }
}
