/// Removes what an excerpt may not end on: trailing separators and dangling particles.
enum _ExcerptTrimmer {
  /// `prefix` without trailing separators (``_ExcerptCharacter/isTrailingSeparator(_:)``)
  /// and dangling particles, removed repeatedly.
  static func trimmed(_ prefix: Substring) -> String {
    var text = prefix
    while true {
      while let last = text.last, _ExcerptCharacter.isTrailingSeparator(last) {
        text.removeLast()
      }
      // The last word: the trailing run of word clusters.
      var start = text.endIndex
      while start > text.startIndex {
        let before = text.index(before: start)
        guard _ExcerptCharacter.kind(of: text[before]) == .word else { break }
        start = before
      }
      guard start < text.endIndex, isDanglingParticle(text[start...]) else { break }
      text = text[..<start]
    }
    return String(text)
  }

  /// The longest word, in Unicode scalars, that can be a particle with its
  /// diacritics, tatweel and a و or ف prefix.
  static let longestParticle = 24

  /// Whether `word` is a dangling particle (see ``DanglingParticles``).
  static func isDanglingParticle(_ word: Substring) -> Bool {
    guard word.unicodeScalars.count <= longestParticle,
      let first = word.unicodeScalars.first, WritingScript(letter: first) == .arabic
    else { return false }
    let key = particleKeyNormalizer.normalize(word)
    if particleKeys.contains(key) { return true }
    // و or ف written onto a particle: وفي, فإن, ولم.
    if let conjunction = key.unicodeScalars.first,
      conjunction == ArabicScalars.waw || conjunction == ArabicScalars.feh,
      key.unicodeScalars.count > 1
    {
      return particleKeys.contains(String(key.unicodeScalars.dropFirst()))
    }
    return false
  }

  /// Folds a word to the form particles are compared in: presentation forms
  /// folded; diacritics, tatweel and invisibles removed; alef variants to ا.
  static let particleKeyNormalizer = ArabicNormalizer(
    folds: [.presentationForms, .diacritics, .tatweel, .invisibles, .alef])

  /// ``DanglingParticles/words`` in that form.
  static let particleKeys: Set<String> = Set(DanglingParticles.words.map(particleKeyNormalizer.normalize))
}
