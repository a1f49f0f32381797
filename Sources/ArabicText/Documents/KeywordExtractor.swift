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
/// - A word written with a leading و or ف counts with the same word without
///   it when the text has that word too (وتربة with تربة, التربة).
/// - Each keyword is reported in its most frequent surface form (as written,
///   without diacritics or tatweel), without a leading و or ف (and ب, ل,
///   ك) before the article ال (والنعناع → النعناع, للذكاء → الذكاء), nor a
///   و or ف that the text also writes the word without (وتربة → تربة).
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
    tally.reserve(texts.reduce(0) { $0 + $1.utf8.count })
    for text in texts { tally.add(text) }
    return tally.ranked(count)
  }
}

/// Counts of keyword words and phrases, with their surface forms.
///
/// Each distinct written word is looked up once (normalized, checked
/// against the stopwords, stemmed) and given a number; stems are numbered
/// too, and the counts are kept in arrays and integer-keyed tables, so a
/// repeated word costs one hash of its UTF-8 bytes.
struct _KeywordTally {
  /// A distinct written word.
  struct Surface {
    /// The word as written (its display form is made when it is reported).
    var written: Substring
    /// Its stem's number, or -1 when it is not a keyword word.
    var stem: Int
    /// How often it was seen.
    var count = 0
  }

  /// A word stem or a two-word phrase, with its counts.
  struct Entry {
    var count = 0
    var firstSeen = 0
  }

  var surfaces: [Surface] = []
  var surfaceNumbers: [_SubstringKey: Int] = [:]
  var stemNumbers: [_ByteKey: Int] = [:]
  var stemTexts: [String] = []
  var stems: [Entry] = []
  var phrases: [Int: Entry] = [:]
  var phraseSurfaces: [Int: Int] = [:]
  var order = 0

  static let surfaceNormalizer = ArabicNormalizer(folds: [.presentationForms, .tatweel, .diacritics, .invisibles])

  mutating func add(_ text: String) {
    var previous = -1
    _DocumentWords.forEachWord(in: Substring(text)) { word, afterBreak in
      let surface = number(of: word)
      let stem = surfaces[surface].stem
      guard stem >= 0 else {
        previous = -1
        return
      }
      order += 1
      surfaces[surface].count += 1
      if stems[stem].count == 0 { stems[stem].firstSeen = order }
      stems[stem].count += 1
      if previous >= 0, !afterBreak {
        let firstStem = surfaces[previous].stem
        if firstStem != stem {
          let key = Self.pair(firstStem, stem)
          phrases[key, default: Entry(firstSeen: order)].count += 1
          phraseSurfaces[Self.pair(previous, surface), default: 0] += 1
        }
      }
      previous = surface
    }
  }

  /// Two numbers in one integer key.
  static func pair(_ first: Int, _ second: Int) -> Int { first << 32 | second }

  /// The number of a written word, looked up (and made) once.
  mutating func number(of word: Substring) -> Int {
    if let known = surfaceNumbers[_SubstringKey(word)] { return known }
    let normalized = Self.key(word)
    var letters = 0
    for scalar in normalized.unicodeScalars where _TextScan.isLetter(scalar) { letters += 1 }
    var stem = -1
    if letters >= 2 && !Stopwords.isStopword(key: normalized) {
      let stemText = Self.stem(normalized)
      if let known = stemNumbers[_ByteKey(stemText)] {
        stem = known
      } else {
        stem = stemTexts.count
        stemNumbers[_ByteKey(stemText)] = stem
        stemTexts.append(stemText)
        stems.append(Entry())
      }
    }
    let number = surfaces.count
    surfaces.append(Surface(written: word, stem: stem))
    surfaceNumbers[_SubstringKey(word)] = number
    return number
  }

  /// The comparison key of one word: ``InterfacePhrases/key(_:)`` without
  /// its edge trimming (a word token has no punctuation at its edges).
  static func key(_ word: Substring) -> String {
    let folded = _PhraseKeyNormalizer.shared.normalize(word)
    guard folded.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return folded }
    return String(decoding: folded.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
  }

  /// Room for about `bytes` UTF-8 bytes of text.
  mutating func reserve(_ bytes: Int) {
    surfaceNumbers.reserveCapacity(bytes / 12)
    surfaces.reserveCapacity(bytes / 12)
    stemNumbers.reserveCapacity(bytes / 16)
    phrases.reserveCapacity(bytes / 12)
    phraseSurfaces.reserveCapacity(bytes / 12)
  }

  /// The stems of the keyword words of `text`.
  static func contentStems(_ text: String) -> Set<String> {
    var tally = _KeywordTally()
    var stems: Set<String> = []
    _DocumentWords.forEachWord(in: Substring(text)) { word, _ in
      let stem = tally.surfaces[tally.number(of: word)].stem
      if stem >= 0 { stems.insert(tally.stemTexts[stem]) }
    }
    return stems
  }

  /// The light stem of a normalized key (see ``KeywordExtractor``).
  static func stem(_ key: String) -> String {
    let bytes = Array(key.utf8)
    guard let first = bytes.first else { return key }
    if first < 0x80 {
      let count = bytes.count
      if count > 3 && bytes[count - 1] == UInt8(ascii: "s") && bytes[count - 2] != UInt8(ascii: "s") {
        return String(decoding: bytes[..<(count - 1)], as: UTF8.self)
      }
      return key
    }
    // Scalars are counted by their lead bytes (UTF-8 continuation bytes are 10xxxxxx).
    func scalarCount(_ slice: ArraySlice<UInt8>) -> Int { slice.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
    var start = 0
    var end = bytes.count
    for prefix in prefixes where bytes.starts(with: prefix) && scalarCount(bytes[prefix.count...]) >= 2 {
      start = prefix.count
      break
    }
    for suffix in suffixes
    where end - start >= suffix.count && bytes[(end - suffix.count)..<end].elementsEqual(suffix)
      && scalarCount(bytes[start..<(end - suffix.count)]) >= 3
    {
      end -= suffix.count
      break
    }
    if start == 0 && end == bytes.count { return key }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  static let prefixes: [[UInt8]] = ["وال", "بال", "كال", "فال", "لل", "ال"].map { Array($0.utf8) }
  static let suffixes: [[UInt8]] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"].map {
    Array(InterfacePhrases.key($0).utf8)
  }

  /// For each stem, the stem it counts with: a stem written with a leading
  /// و or ف ("وترب" of وتربة) counts with the stem without it when the text
  /// has that stem too ("ترب" of التربة, تربة); every other stem with itself.
  func canonicalStems() -> [Int] {
    var canonical = Array(stems.indices)
    for (stem, text) in stemTexts.enumerated() where stems[stem].count > 0 {
      // و or ف and at least three letters.
      guard let first = text.unicodeScalars.first, first == ArabicScalars.waw || first == ArabicScalars.feh,
        text.unicodeScalars.count >= 4
      else { continue }
      let rest = String(text.unicodeScalars.dropFirst())
      if let other = stemNumbers[_ByteKey(rest)], stems[other].count > 0 { canonical[stem] = other }
    }
    return canonical
  }

  /// The `limit` best keywords, in their most frequent surface forms.
  func ranked(_ limit: Int) -> [String] {
    enum Candidate {
      case word(Int)
      case phrase(Int)
    }
    let canonical = canonicalStems()
    var merged: [Entry] = stems
    for stem in stems.indices where canonical[stem] != stem && stems[stem].count > 0 {
      let target = canonical[stem]
      merged[target].count += stems[stem].count
      merged[target].firstSeen = min(merged[target].firstSeen, stems[stem].firstSeen)
      merged[stem].count = 0
    }
    let mergesAny = canonical.indices.contains { canonical[$0] != $0 }
    var mergedPhrases: [Int: Entry] = mergesAny ? [:] : phrases
    for (key, entry) in phrases where mergesAny {
      let first = canonical[key >> 32]
      let second = canonical[key & 0xFFFF_FFFF]
      guard first != second else { continue }
      let pair = Self.pair(first, second)
      if var existing = mergedPhrases[pair] {
        existing.count += entry.count
        existing.firstSeen = min(existing.firstSeen, entry.firstSeen)
        mergedPhrases[pair] = existing
      } else {
        mergedPhrases[pair] = entry
      }
    }
    var pool: [(candidate: Candidate, score: Int, count: Int, firstSeen: Int)] = []
    for (stem, entry) in merged.enumerated() where entry.count > 0 {
      pool.append((.word(stem), entry.count, entry.count, entry.firstSeen))
    }
    for (key, entry) in mergedPhrases where entry.count >= 2 {
      pool.append((.phrase(key), entry.count * 2, entry.count, entry.firstSeen))
    }
    pool.sort { left, right in
      if left.score != right.score { return left.score > right.score }
      if left.firstSeen != right.firstSeen { return left.firstSeen < right.firstSeen }
      if case .word = left.candidate, case .phrase = right.candidate { return true }
      return false
    }
    var chosen: [Candidate] = []
    var covered: [Int: Int] = [:]
    for item in pool {
      if chosen.count >= limit { break }
      switch item.candidate {
      case .word(let stem):
        if let inPhrases = covered[stem], item.count - inPhrases < (item.count + 1) / 2 { continue }
      case .phrase(let key):
        covered[key >> 32, default: 0] += item.count
        covered[key & 0xFFFF_FFFF, default: 0] += item.count
      }
      chosen.append(item.candidate)
    }
    // The surfaces of the chosen stems, in one pass.
    var wanted = [Bool](repeating: false, count: stems.count)
    for candidate in chosen {
      switch candidate {
      case .word(let stem): wanted[stem] = true
      case .phrase(let key):
        wanted[key >> 32] = true
        wanted[key & 0xFFFF_FFFF] = true
      }
    }
    var byStem: [Int: [Int]] = [:]
    for (index, surface) in surfaces.enumerated() where surface.stem >= 0 && surface.count > 0 && wanted[canonical[surface.stem]] {
      byStem[canonical[surface.stem], default: []].append(index)
    }
    // Each wanted surface's written form (diacritics and tatweel removed), made once.
    var written: [Int: String] = [:]
    for indices in byStem.values {
      for index in indices { written[index] = Self.surfaceNormalizer.normalize(surfaces[index].written) }
    }
    var known: [Int: Set<String>] = [:]
    func knownForms(_ stem: Int) -> Set<String> {
      if let forms = known[stem] { return forms }
      let forms = Set((byStem[stem] ?? []).map { written[$0] ?? "" })
      known[stem] = forms
      return forms
    }
    func display(_ index: Int, stem: Int) -> String {
      let form = written[index] ?? Self.surfaceNormalizer.normalize(surfaces[index].written)
      guard Self.mayHaveProclitic(form) else { return form }
      return Self.withoutProclitic(form, merged: surfaces[index].stem != stem, known: knownForms(stem))
    }
    return chosen.map { candidate in
      switch candidate {
      case .word(let stem):
        return Self.mostFrequent((byStem[stem] ?? []).map { (display($0, stem: stem), surfaces[$0].count) })
      case .phrase(let key):
        let firstStem = key >> 32
        let secondStem = key & 0xFFFF_FFFF
        var forms: [(String, Int)] = []
        for (pair, count) in phraseSurfaces {
          let first = pair >> 32
          let second = pair & 0xFFFF_FFFF
          guard canonical[surfaces[first].stem] == firstStem && canonical[surfaces[second].stem] == secondStem else {
            continue
          }
          forms.append((display(first, stem: firstStem) + " " + display(second, stem: secondStem), count))
        }
        return Self.mostFrequent(forms)
      }
    }
  }

  /// Whether `word` starts with و, ف, ب, ك or ل (a proclitic may be dropped).
  static func mayHaveProclitic(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first else { return false }
    switch first {
    case ArabicScalars.waw, ArabicScalars.feh, ArabicScalars.beh, ArabicScalars.kaf, ArabicScalars.lam: return true
    default: return false
    }
  }

  /// `word` without a leading و or ف (and the ب, ل or ك after it) when
  /// the article ال and at least three letters follow them (والنعناع →
  /// النعناع, وبالأصص → الأصص; لل, the article after ل, becomes ال: للذكاء →
  /// الذكاء; والدة stays), when the rest is one of `known` (the other forms
  /// of the word in the text: والري → الري beside الري), or, for و and ف,
  /// when `merged` (the word was counted with the text's form without them:
  /// وتربة → تربة).
  static func withoutProclitic(_ word: String, merged: Bool, known: Set<String>) -> String {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count > 2, _TextScan.isArabicScriptLetter(scalars[0]) else { return word }
    var index = 0
    if scalars[0] == ArabicScalars.waw || scalars[0] == ArabicScalars.feh { index = 1 }
    let conjunction = index
    if scalars[index] == ArabicScalars.beh || scalars[index] == ArabicScalars.kaf || scalars[index] == ArabicScalars.lam {
      index += 1
    }
    func rest(_ from: Int, alef: Bool = false) -> String {
      var result = String.UnicodeScalarView()
      if alef { result.append(ArabicScalars.alef) }
      result.append(contentsOf: scalars[from...])
      return String(result)
    }
    // The article: ال, or لل after the preposition ل (its alef is not written).
    if index > 0, index + 2 < scalars.count, scalars[index] == ArabicScalars.alef, scalars[index + 1] == ArabicScalars.lam {
      let bare = rest(index)
      // At least three letters after ال, or a form the text has: fewer are a word of its own (والدة, والي).
      if index + 5 <= scalars.count || known.contains(bare) { return bare }
    }
    if index > 0, scalars[index - 1] == ArabicScalars.lam, index + 1 < scalars.count, scalars[index] == ArabicScalars.lam {
      let bare = rest(index, alef: true)
      if index + 4 <= scalars.count || known.contains(bare) { return bare }
    }
    if conjunction == 1, scalars.count > 3 {
      let bare = rest(1)
      if merged || known.contains(bare) { return bare }
    }
    return word
  }

  /// The display form seen most often among `forms` (counts summed; ties: the smaller UTF-8 bytes).
  static func mostFrequent(_ forms: [(String, Int)]) -> String {
    var totals: [_ByteKey: Int] = [:]
    for (text, count) in forms { totals[_ByteKey(text), default: 0] += count }
    var best = ""
    var bestCount = -1
    for (key, count) in totals
    where count > bestCount || (count == bestCount && key.string.utf8.lexicographicallyPrecedes(best.utf8)) {
      best = key.string
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

/// A substring hashed and compared by its UTF-8 bytes, without copying it.
struct _SubstringKey: Hashable {
  let text: Substring

  init(_ text: Substring) { self.text = text }

  static func == (left: _SubstringKey, right: _SubstringKey) -> Bool {
    guard left.text.utf8.count == right.text.utf8.count else { return false }
    return left.text.utf8.withContiguousStorageIfAvailable { leftBytes in
      right.text.utf8.withContiguousStorageIfAvailable { leftBytes.elementsEqual($0) }
    }?.flatMap { $0 } ?? left.text.utf8.elementsEqual(right.text.utf8)
  }

  func hash(into hasher: inout Hasher) {
    if let done: Void = text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) {
      return done
    }
    for byte in text.utf8 { hasher.combine(byte) }
  }
}
