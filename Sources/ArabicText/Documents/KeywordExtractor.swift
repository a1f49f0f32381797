/// Finds an article's keywords: its most frequent words and two-word
/// phrases, without function words.
///
/// ```swift
/// let text = "الذكاء الاصطناعي يغير العالم. يعتمد الذكاء الاصطناعي على البيانات، وللذكاء حدود."
/// KeywordExtractor(count: 3).keywords(in: [text])
/// // ["الذكاء الاصطناعي", "يغير", "العالم"]
/// ```
///
/// Rules:
/// - Words are compared by a key: the light normalization of
///   ``InterfacePhrases/key(_:)`` (diacritics and tatweel removed; alef
///   forms, alef maksura and teh marbuta folded; Latin lowercased), then
///   light stemming: the prefixes وال بال كال فال لل ال are removed when at
///   least two letters remain, and one suffix of ها ان ات ون ين يه ه ي when at
///   least three remain (after Larkey, Ballesteros and Connell, "Light
///   Stemming for Arabic Information Retrieval", 2007, light10, without its
///   single-letter و prefix); English loses a plural -s. So الذكاء, ذكاء and
///   للذكاء count together.
/// - Function words (``Stopwords``, with and without clitics), numbers and
///   one-letter words are not keywords.
/// - A phrase is two keyword words in a row in one block, with no
///   punctuation between them.
/// - Candidates are the words, and the phrases seen at least twice, ranked
///   by frequency, a phrase counting double; a word is dropped when most of its occurrences are
///   inside a chosen phrase. Ties keep the order of first appearance.
/// - Each keyword is reported in its most frequent surface form (as written,
///   without diacritics or tatweel).
public struct KeywordExtractor: Sendable {
  /// How many keywords to return. Default 8.
  public var count: Int

  /// An extractor returning at most `count` keywords.
  ///
  /// - Precondition: `count` is at least 0.
  public init(count: Int = 8) {
    precondition(count >= 0, "count must not be negative")
    self.count = count
  }

  /// Returns the keywords of `texts` (the blocks of an article), most frequent first.
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `texts`
  ///   (plus sorting the distinct words).
  public func keywords(in texts: [String]) -> [String] {
    guard count > 0 else { return [] }
    var tally = _KeywordTally()
    for text in texts { tally.add(text) }
    return tally.ranked(count)
  }
}

/// Counts of keyword words and phrases, with their surface forms.
struct _KeywordTally {
  struct Entry {
    var count = 0
    var firstSeen = 0
    var surfaces: [_ByteKey: Int] = [:]
    var isPhrase = false
    var parts: (String, String) = ("", "")
  }

  /// Word facts, cached by surface.
  struct WordFacts {
    var key: String
    var surface: String
    var isKeyword: Bool
  }

  var entries: [_ByteKey: Entry] = [:]
  var cache: [_ByteKey: WordFacts] = [:]
  var order = 0

  static let surfaceNormalizer = ArabicNormalizer(folds: [.presentationForms, .tatweel, .diacritics, .invisibles])

  mutating func add(_ text: String) {
    var previous: WordFacts?
    _DocumentWords.forEachWord(in: Substring(text)) { word, afterBreak in
      let facts = self.facts(word)
      guard facts.isKeyword else {
        previous = nil
        return
      }
      record(facts.key, surface: facts.surface)
      if let first = previous, !afterBreak, first.key != facts.key {
        let key = first.key + " " + facts.key
        record(key, surface: first.surface + " " + facts.surface, parts: (first.key, facts.key))
      }
      previous = facts
    }
  }

  mutating func record(_ key: String, surface: String, parts: (String, String)? = nil) {
    order += 1
    let seen = order
    let entryKey = _ByteKey(key)
    var index = entries.index(forKey: entryKey)
    if index == nil {
      entries[entryKey] = Entry(firstSeen: seen)
      index = entries.index(forKey: entryKey)
    }
    entries.values[index!].count += 1
    entries.values[index!].surfaces[_ByteKey(surface), default: 0] += 1
    if let parts {
      entries.values[index!].isPhrase = true
      entries.values[index!].parts = parts
    }
  }

  mutating func facts(_ word: Substring) -> WordFacts {
    let cacheKey = _ByteKey(String(word))
    if let cached = cache[cacheKey] { return cached }
    let normalized = InterfacePhrases.key(word)
    var letters = 0
    for scalar in normalized.unicodeScalars where _TextScan.isLetter(scalar) { letters += 1 }
    let isKeyword = letters >= 2 && !Stopwords.isStopword(key: normalized)
    let facts = WordFacts(
      key: isKeyword ? Self.stem(normalized) : normalized,
      surface: isKeyword ? Self.surfaceNormalizer.normalize(word) : "",
      isKeyword: isKeyword)
    cache[cacheKey] = facts
    return facts
  }

  /// The stems of the keyword words of `text`.
  static func contentStems(_ text: String) -> Set<String> {
    var tally = _KeywordTally()
    var stems: Set<String> = []
    _DocumentWords.forEachWord(in: Substring(text)) { word, _ in
      let facts = tally.facts(word)
      if facts.isKeyword { stems.insert(facts.key) }
    }
    return stems
  }

  /// The light stem of a normalized key (see ``KeywordExtractor``).
  static func stem(_ key: String) -> String {
    var scalars = Array(key.unicodeScalars)
    guard let first = scalars.first else { return key }
    if first.value < 0x80 {
      if scalars.count > 3 && scalars.last == "s" && scalars[scalars.count - 2] != "s" { scalars.removeLast() }
      return String(String.UnicodeScalarView(scalars))
    }
    for prefix in prefixes where scalars.count - prefix.count >= 2 && scalars.starts(with: prefix) {
      scalars.removeFirst(prefix.count)
      break
    }
    for suffix in suffixes where scalars.count - suffix.count >= 3 && scalars.reversed().starts(with: suffix.reversed()) {
      scalars.removeLast(suffix.count)
      break
    }
    return String(String.UnicodeScalarView(scalars))
  }

  static let prefixes: [[Unicode.Scalar]] = ["وال", "بال", "كال", "فال", "لل", "ال"].map { Array($0.unicodeScalars) }
  static let suffixes: [[Unicode.Scalar]] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"].map {
    Array(InterfacePhrases.key($0).unicodeScalars)
  }

  /// The `limit` best keywords, in their most frequent surface forms.
  func ranked(_ limit: Int) -> [String] {
    let pool = entries.filter { !$0.value.isPhrase || $0.value.count >= 2 }
    let sorted = pool.sorted { left, right in
      let leftScore = left.value.count * (left.value.isPhrase ? 2 : 1)
      let rightScore = right.value.count * (right.value.isPhrase ? 2 : 1)
      if leftScore != rightScore { return leftScore > rightScore }
      return left.value.firstSeen < right.value.firstSeen
    }
    var chosen: [(key: _ByteKey, entry: Entry)] = []
    var covered: [_ByteKey: Int] = [:]
    for (key, entry) in sorted {
      if chosen.count >= limit { break }
      if !entry.isPhrase, let inPhrases = covered[key], entry.count - inPhrases < (entry.count + 1) / 2 { continue }
      chosen.append((key, entry))
      if entry.isPhrase {
        covered[_ByteKey(entry.parts.0), default: 0] += entry.count
        covered[_ByteKey(entry.parts.1), default: 0] += entry.count
      }
    }
    return chosen.map { Self.mostFrequentSurface($0.entry) }
  }

  static func mostFrequentSurface(_ entry: Entry) -> String {
    var best = ""
    var bestCount = -1
    for (surface, count) in entry.surfaces
    where count > bestCount || (count == bestCount && surface.string.utf8.lexicographicallyPrecedes(best.utf8)) {
      best = surface.string
      bestCount = count
    }
    return best
  }
}

/// A string compared and hashed by its UTF-8 bytes: keys here are already
/// normalized, so the canonical-equivalence work of `String`'s own hashing
/// is not needed.
struct _ByteKey: Hashable {
  let string: String

  init(_ string: String) { self.string = string }

  static func == (left: _ByteKey, right: _ByteKey) -> Bool {
    guard left.string.utf8.count == right.string.utf8.count else { return false }
    var leftCopy = left.string
    var rightCopy = right.string
    return leftCopy.withUTF8 { leftBytes in rightCopy.withUTF8 { leftBytes.elementsEqual($0) } }
  }

  func hash(into hasher: inout Hasher) {
    var copy = string
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
