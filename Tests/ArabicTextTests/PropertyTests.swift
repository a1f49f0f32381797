import Foundation
import Testing
import TestSupport

@testable import ArabicText

/// The laws the documentation states, checked on seeded random strings biased
/// toward Arabic letters, marks, invisibles, presentation forms, scalars next
/// to the surrogates and emoji (see `RandomText`). `PROPERTY_SEED` and
/// `PROPERTY_COUNT` in the environment run other or more cases.
@Suite("Properties over random text")
struct PropertyTests {
  static let presets = ArabicNormalizer.Preset.allCases

  @Test("Every preset is idempotent", arguments: presets)
  func presetIdempotence(preset: ArabicNormalizer.Preset) {
    let normalizer = ArabicNormalizer(preset: preset)
    let failure = PropertyCheck.firstFailure(seed: 0xA11CE, count: 400) { text in
      let once = normalizer.normalize(text)
      let twice = normalizer.normalize(once)
      return once == twice ? nil : "normalize twice \(codePoints(twice)) != once \(codePoints(once))"
    }
    #expect(failure == nil, "\(preset): \(failure!)")
  }

  @Test("Every set of folds is idempotent")
  func foldSetIdempotence() {
    var random = RandomText(seed: PropertyCheck.seed(0xF01D))
    let named = ArabicNormalizer.Folds.named.map(\.fold)
    for round in 0..<PropertyCheck.count(48) {
      // Single folds first, then random unions.
      var folds: ArabicNormalizer.Folds = []
      if round < named.count {
        folds = named[round]
      } else {
        for fold in named where Bool.random(using: &random) { folds.formUnion(fold) }
      }
      let normalizer = ArabicNormalizer(folds: folds)
      let failure = PropertyCheck.firstFailure(seed: 0xF01D &+ UInt64(round), count: 40) { text in
        let once = normalizer.normalize(text)
        let twice = normalizer.normalize(once)
        return once == twice ? nil : "twice \(codePoints(twice)) != once \(codePoints(once))"
      }
      #expect(failure == nil, "folds \(folds.rawValue): \(failure!)")
      if failure != nil { return }
    }
  }

  @Test("Normalizing bytes, a String and a stream of line records agree", arguments: presets)
  func streamsAgree(preset: ArabicNormalizer.Preset) {
    let normalizer = ArabicNormalizer(preset: preset)
    let failure = PropertyCheck.firstFailure(seed: 0x57EA, count: 300) { text in
      let whole = normalizer.normalize(text)
      var bytes: [UInt8] = []
      var copy = text
      copy.withUTF8 { normalizer.normalize(utf8: $0, appendingTo: &bytes) }
      if String(decoding: bytes, as: UTF8.self) != whole { return "normalize(utf8:) differs" }
      // Records end after each LF, as arabic-tool's reader cuts them.
      var stream = normalizer.makeStream()
      var streamed: [UInt8] = []
      let utf8 = Array(text.utf8)
      var start = 0
      while true {
        let end = utf8[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? utf8.count
        let isLast = end == utf8.count
        utf8[start..<end].withUnsafeBufferPointer { record in
          stream.process(record, isLast: isLast) { streamed.append(contentsOf: $0) }
        }
        if isLast { break }
        start = end
      }
      let result = String(decoding: streamed, as: UTF8.self)
      return result == whole ? nil : "stream \(codePoints(result)) != whole \(codePoints(whole))"
    }
    #expect(failure == nil, "\(preset): \(failure!)")
  }

  @Test("Composition and canonical order agree with NFC on Arabic letters and marks")
  func compositionAgreesWithNFC() {
    // Letters that compose or decompose, others, and marks of every class nearby (hamza and
    // madda marks included); none of these composes with anything outside the Arabic block.
    let letters: [UInt32] = [
      0x0627, 0x0648, 0x064A, 0x06D5, 0x06C1, 0x06D2, 0x0622, 0x0623, 0x0625, 0x0624, 0x0626, 0x06C0, 0x06C2, 0x06D3,
      0x0628, 0x0644, 0x06CC, 0x0041,
    ]
    let marks: [UInt32] = [
      0x064B, 0x064E, 0x0650, 0x0651, 0x0652, 0x0653, 0x0654, 0x0655, 0x0670, 0x0619, 0x06E3, 0x0345, 0x0316,
      0x05B5, 0x20F0, 0x08F7, 0x06ED, 0x065C,
    ]
    var random = RandomText(seed: PropertyCheck.seed(0x0FC))
    let normalizer = ArabicNormalizer(folds: [])
    for index in 0..<PropertyCheck.count(1_500) {
      var view = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 1...8, using: &random) {
        view.append(Unicode.Scalar(random.pick(Bool.random(using: &random) ? letters : marks))!)
      }
      let text = String(view)
      let ours = normalizer.normalize(text)
      let nfc = text.precomposedStringWithCanonicalMapping
      if !ours.unicodeScalars.elementsEqual(nfc.unicodeScalars) {
        Issue.record("case \(index): \(codePoints(text)) gives \(codePoints(ours)), NFC \(codePoints(nfc))")
        return
      }
    }
  }

  @Test("Stripping diacritics only removes code points and is idempotent")
  func strippingOnlyRemoves() {
    var random = RandomText(seed: PropertyCheck.seed(0x5791))
    let classes: [TashkeelMarks] = [.all, .shadda, .tanween, .caseEnding]
    for round in 0..<PropertyCheck.count(12) {
      let stripper =
        round == 0
        ? DiacriticStripper()
        : DiacriticStripper(
          marks: random.pick(classes), superscriptAlef: random.pick([.remove, .keep]),
          scope: random.pick(DiacriticStripper.Scope.allCases))
      let failure = PropertyCheck.firstFailure(seed: 0x5791 &+ UInt64(round), count: 80) { text in
        // Stripping composes decomposed hamza and madda (also when a removed mark stood
        // between) and orders marks, so compare canonical decompositions of the ordered text.
        let ordered = ArabicNormalizer(folds: []).normalize(text)
        let source = Array(ordered.decomposedStringWithCanonicalMapping.unicodeScalars)
        let stripped = stripper.strip(text)
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in source { counts[scalar, default: 0] += 1 }
        for scalar in stripped.decomposedStringWithCanonicalMapping.unicodeScalars {
          counts[scalar, default: 0] -= 1
          if counts[scalar]! < 0 { return "U+\(String(scalar.value, radix: 16)) was added" }
        }
        // In order, too, unless a run of marks is longer than the 30 that are put in canonical
        // order (UAX #15 §13): then removing some of them lets the rest be ordered.
        if Self.isStreamSafe(text) {
          var k = 0
          for scalar in stripped.decomposedStringWithCanonicalMapping.unicodeScalars {
            while k < source.count && source[k] != scalar { k += 1 }
            if k == source.count { return "U+\(String(scalar.value, radix: 16)) moved" }
            k += 1
          }
        }
        let again = stripper.strip(stripped)
        return again == stripped ? nil : "not idempotent: \(codePoints(again))"
      }
      #expect(failure == nil, "\(stripper): \(failure!)")
      if failure != nil { return }
    }
  }

  /// Whether no run of combining marks in `text` is longer than 30 (UAX #15 §13).
  static func isStreamSafe(_ text: String) -> Bool {
    var run = 0
    for scalar in text.unicodeScalars {
      run = scalar.properties.canonicalCombiningClass.rawValue == 0 ? 0 : run + 1
      if run > 30 { return false }
    }
    return true
  }

  @Test("Word tokens lie in the text, in order, with consistent offsets; scope .all tiles it")
  func tokenRanges() {
    let failure = PropertyCheck.firstFailure(seed: 0x70C3, count: 600) { text in
      let utf8 = Array(text.utf8)
      var previousEnd = 0
      for token in WordTokenizer().tokens(in: text) {
        let lower = text.utf8.distance(from: text.startIndex, to: token.range.lowerBound)
        let upper = text.utf8.distance(from: text.startIndex, to: token.range.upperBound)
        if lower != token.utf8Offsets.lowerBound || upper != token.utf8Offsets.upperBound {
          return "range \(lower)..<\(upper) != offsets \(token.utf8Offsets)"
        }
        if lower < previousEnd || lower >= upper || upper > utf8.count { return "token \(lower)..<\(upper) out of order" }
        if !token.kind.isWordLike { return "\(token.kind) in scope .words" }
        previousEnd = upper
      }
      var tiled: [UInt8] = []
      var expectedStart = 0
      for token in WordTokenizer(scope: .all).tokens(in: text) {
        if token.utf8Offsets.lowerBound != expectedStart { return "gap or overlap at byte \(expectedStart)" }
        if token.utf8Offsets.isEmpty { return "empty token at \(expectedStart)" }
        tiled.append(contentsOf: text[token.range].utf8)
        expectedStart = token.utf8Offsets.upperBound
      }
      if tiled != utf8 { return "tokens do not give back the text" }
      let words = WordTokenizer().tokens(in: text).reduce(0) { n, _ in n + 1 }
      return wordCount(of: text) == words ? nil : "wordCount \(wordCount(of: text)) != \(words) tokens"
    }
    #expect(failure == nil, "\(failure!)")
  }

  @Test("Tokens of a substring stay inside it")
  func substringTokens() {
    var random = RandomText(seed: 0x5B57)
    let failure = PropertyCheck.firstFailure(seed: 0x5B57, count: 300) { text in
      let scalars = text.unicodeScalars.count
      guard scalars > 2 else { return nil }
      let a = Int.random(in: 0..<scalars, using: &random), b = Int.random(in: a...scalars, using: &random)
      let from = text.unicodeScalars.index(text.startIndex, offsetBy: a)
      let to = text.unicodeScalars.index(text.startIndex, offsetBy: b)
      let sub = text[from..<to]
      for token in WordTokenizer(scope: .all).tokens(in: sub) {
        if token.range.lowerBound < from || token.range.upperBound > to { return "token outside the substring" }
      }
      for sentence in SentenceSegmenter().sentences(in: sub) {
        if sentence.range.lowerBound < from || sentence.range.upperBound > to { return "sentence outside the substring" }
      }
      return nil
    }
    #expect(failure == nil, "\(failure!)")
  }

  @Test(
    "Sentences lie in the text, in order, with only white space between them",
    arguments: [SentenceSegmenter.ParagraphBreak.blankLine, .lineBreak])
  func sentenceRanges(paragraphBreak: SentenceSegmenter.ParagraphBreak) {
    let segmenter = SentenceSegmenter(paragraphBreak: paragraphBreak)
    let failure = PropertyCheck.firstFailure(seed: 0x5E47, count: 600) { text in
      var previous = text.startIndex
      var previousOffset = 0
      for sentence in segmenter.sentences(in: text) {
        let lower = text.utf8.distance(from: text.startIndex, to: sentence.range.lowerBound)
        let upper = text.utf8.distance(from: text.startIndex, to: sentence.range.upperBound)
        if lower != sentence.utf8Offsets.lowerBound || upper != sentence.utf8Offsets.upperBound {
          return "range \(lower)..<\(upper) != offsets \(sentence.utf8Offsets)"
        }
        if lower < previousOffset || lower >= upper { return "sentence \(lower)..<\(upper) out of order or empty" }
        let gap = text.unicodeScalars[previous..<sentence.range.lowerBound]
        if !gap.allSatisfy(Self.isSpaceBetweenSentences) { return "non-space between sentences: \(codePoints(String(gap)))" }
        previous = sentence.range.upperBound
        previousOffset = upper
      }
      let rest = text.unicodeScalars[previous...]
      return rest.allSatisfy(Self.isSpaceBetweenSentences) ? nil : "text after the last sentence: \(codePoints(String(rest)))"
    }
    #expect(failure == nil, "\(failure!)")
  }

  /// White space and the invisible format characters that may stand between sentences.
  static func isSpaceBetweenSentences(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
  }

  @Test("An excerpt keeps its budget and is a prefix of the folded text")
  func excerptBudget() {
    var random = RandomText(seed: PropertyCheck.seed(0xE8C3))
    let failure = PropertyCheck.firstFailure(seed: 0xE8C3, count: 600, maxPieces: 40) { text in
      let budget = Int.random(in: 0...60, using: &random)
      let byWords = Int.random(in: 0..<3, using: &random) == 0
      let strips = Int.random(in: 0..<4, using: &random) == 0
      let wordBoundary = Int.random(in: 0..<4, using: &random) != 0
      let options =
        byWords
        ? Excerpt.Options(maxWords: budget, stripsDiacritics: strips)
        : Excerpt.Options(maxCharacters: budget, wordBoundary: wordBoundary, stripsDiacritics: strips)
      let excerpt = Excerpt(text, options: options)
      var body = excerpt.text
      if excerpt.isTruncated {
        guard body.hasSuffix(options.ellipsis) else { return "cut without the ellipsis" }
        body = String(body.unicodeScalars.dropLast(options.ellipsis.unicodeScalars.count))
      }
      if byWords {
        let words = ReadingTime(body).words
        if words > budget { return "\(words) words over a budget of \(budget)" }
      } else if body.count > budget {
        return "\(body.count) characters over a budget of \(budget)"
      }
      var folded = Self.foldingWhitespace(text)
      if strips { folded = DiacriticStripper().strip(folded) }
      if excerpt.isTruncated {
        if !folded.unicodeScalars.starts(with: body.unicodeScalars) { return "body \(codePoints(body)) is not a prefix" }
      } else if body != folded {
        return "uncut excerpt \(codePoints(body)) != folded text \(codePoints(folded))"
      }
      return nil
    }
    #expect(failure == nil, "\(failure!)")
  }

  /// The text with each run of white space as one space, none at either end; white space
  /// inside a word token (U+202F between letters) is part of the word.
  static func foldingWhitespace(_ text: String) -> String {
    var insideWord = Set<Int>()
    for token in WordTokenizer(scope: .all).tokens(in: text) where token.kind != .whitespace {
      switch token.kind {
      case .punctuation, .symbol: continue
      default: insideWord.formUnion(token.utf8Offsets.dropFirst())
      }
    }
    var result = ""
    var pending = false
    var offset = 0
    for character in text {
      defer { offset += character.utf8.count }
      // White space (a space carrying marks too), and invisible characters right after it.
      if !insideWord.contains(offset) && foldsIntoSpace(character, afterSpace: pending || result.isEmpty) {
        pending = !result.isEmpty
        continue
      }
      if pending { result.append(" ") }
      pending = false
      result.append(character)
    }
    return result
  }

  @Test("Slugs are words joined by single hyphens, within their length")
  func slugCharset() {
    var random = RandomText(seed: PropertyCheck.seed(0x5106))
    let failure = PropertyCheck.firstFailure(seed: 0x5106, count: 600) { text in
      let style = random.pick(Slug.Options.Style.allCases)
      let encoded = Bool.random(using: &random)
      let maxLength = Bool.random(using: &random) ? Int.random(in: 1...40, using: &random) : nil
      let slug = Slug.make(text, options: .init(style: style, maxLength: maxLength, percentEncoded: encoded))
      if slug.hasPrefix("-") || slug.hasSuffix("-") || slug.contains("--") { return "hyphens: \(slug.debugDescription)" }
      if let maxLength {
        // The limit counts the grapheme clusters of the Unicode slug, before encoding.
        let length = encoded ? (PercentEncoding.decode(slug) ?? slug).count : slug.count
        if length > maxLength { return "length \(length) over \(maxLength)" }
      }
      if slug.isEmpty && text.unicodeScalars.contains(where: { scalar in
        ArabicScalars.arabicScriptBlocks.contains { $0.contains(scalar) } && !_TextScan.isSpaceOrInvisible(scalar)
      }) {
        return "empty slug of Arabic-script text"
      }
      if encoded {
        let bytes = Array(slug.utf8)
        var i = 0
        while i < bytes.count {
          let b = bytes[i]
          if b == UInt8(ascii: "%") {
            guard i + 2 < bytes.count, bytes[(i + 1)...(i + 2)].allSatisfy(Self.isUppercaseHex) else { return "bad escape" }
            i += 3
            continue
          }
          let unreserved = Self.isUnreserved(b)
          if !unreserved { return "byte \(b) outside the unreserved set" }
          i += 1
        }
        let decoded = PercentEncoding.decode(slug)
        if decoded == nil { return "escapes do not decode to UTF-8" }
      } else if style == .latin {
        // ASCII [a-z0-9-], and letters of scripts the romanizer keeps as written.
        for scalar in slug.unicodeScalars {
          if scalar.isASCII {
            guard Self.isUnreserved(UInt8(scalar.value)), !".~_".unicodeScalars.contains(scalar), !(0x41...0x5A).contains(scalar.value)
            else { return "Latin slug outside [a-z0-9-]: \(slug.debugDescription)" }
            continue
          }
          let romanized: [ClosedRange<Unicode.Scalar>] =
            ArabicScalars.arabicScriptBlocks + [
              ArabicScalars.presentationFormsA, ArabicScalars.presentationFormsB, ArabicScalars.latinSupplementAndExtended,
              ArabicScalars.latinExtendedAdditional, ArabicScalars.greekAndCoptic, ArabicScalars.cyrillic,
            ]
          if romanized.contains(where: { $0.contains(scalar) }) && _TextScan.isLetter(scalar) {
            return "U+\(String(scalar.value, radix: 16)) left unromanized: \(slug.debugDescription)"
          }
        }
      } else {
        for scalar in slug.unicodeScalars where scalar != "-" {
          if !_TextScan.isWordScalar(scalar) || scalar == ArabicScalars.tatweel { return "U+\(String(scalar.value, radix: 16)) in a slug" }
          if scalar.properties.changesWhenLowercased { return "uppercase U+\(String(scalar.value, radix: 16))" }
        }
      }
      return nil
    }
    #expect(failure == nil, "\(failure!)")
  }

  static func isUppercaseHex(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x46).contains(b) }
  static func isUnreserved(_ b: UInt8) -> Bool {
    (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
      || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
  }

  @Test("Reading time reads the tokens that are read as words")
  func readingTimeWords() {
    let failure = PropertyCheck.firstFailure(seed: 0x4EAD, count: 400) { text in
      let read = WordTokenizer().tokens(in: text).filter(\.kind.isReadAsWord).count
      let time = ReadingTime(text)
      return time.words == read ? nil : "\(time.words) words != \(read) tokens read as words"
    }
    #expect(failure == nil, "\(failure!)")
  }
}
