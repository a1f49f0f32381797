/// Removes the parts of a web page that are not the article: navigation,
/// bylines, share and comment prompts, subscription walls, lists of other
/// posts, empty field labels.
///
/// ```swift
/// let page = Document(plainText: """
///   اسم الموقع
///
///   عنوان المقال الرئيسي
///
///   بقلم
///
///   فريق التحرير
///
///   هذه هي الفقرة الأولى من المقال، وفيها ما يكفي من الكلمات لتكون فقرة حقيقية.
///
///   شارك هذا الموضوع:
///
///   اترك رد
///   """)
/// BoilerplateFilter().apply(to: page).blocks.map(\.text)
/// // ["اسم الموقع", "عنوان المقال الرئيسي",
/// //  "هذه هي الفقرة الأولى من المقال، وفيها ما يكفي من الكلمات لتكون فقرة حقيقية."]
/// ```
///
/// The rules are general, never a list tuned to one page. A block (code
/// blocks excepted) is removed when:
/// 1. it holds no letter (dates, separators, counters), or as many punctuation
///    and symbols as letters (template residue such as `{#meta#: :#meta#}`);
/// 2. it is an interface phrase of ``InterfacePhrases`` on its own, or a run
///    of them written together ("Product SiteDocumentation Site"), or a short
///    label starting with a label-only phrase (``InterfacePhrases/leading``:
///    "Picture of …", "بقلم …"), or a short block starting with a word that
///    is a label only when a value follows it (``InterfacePhrases/labels``:
///    "شارك: …", "التالي: …", "السابقB.4. …", or the word and a link), or a
///    subscription wall or "read also" prompt (``InterfacePhrases/walls``);
///    a sentence that merely starts with such a word ("شارك آلاف المتظاهرين
///    في مسيرة") stays;
/// 3. it is a metadata line of at most eight words (``MetadataLineWords``):
///    a byline ("كتب: أحمد محمد", "بقلم سلمى الحداد", "By Sara Ali"), a
///    dateline ("القاهرة - رويترز"), a date or time ("الأحد 12 مايو 2024",
///    "12 رمضان 1445 هـ") or a relative time ("منذ ساعتين");
/// 4. it is a byline phrase alone ("Written by", "بقلم"), with the up to
///    three short blocks after it (name, picture, role);
/// 5. it is link-dense: more than half of its text (UTF-8 bytes) is link
///    text (HTML navigation and lists of related posts);
/// 6. it is short (at most ``maxShortWords`` words, no sentence terminal)
///    and its text occurs more than once in the page; the first occurrence
///    stays when it is a heading before the first real paragraph (it may be
///    the headline);
/// 7. it is an empty field label: at most four words ending with `:`, with
///    nothing after it but another heading or the end;
/// 8. it stands at the end of the text, after the last real paragraph, and
///    is short without a sentence terminal (footer links, signatures, tags).
///
/// A level-1 heading (`<h1>`, `#`) is the page's headline: only rules 1, 2
/// for a whole phrase, 6, 7 and 8 apply to it, never a leading-word,
/// metadata-line or link-density rule (headlines often link to their own
/// page). Short blocks at the start of the text are kept: the headline is
/// among them, and ``SEOAnalyzer`` chooses it. A *real paragraph* is a paragraph
/// or quote of at least ``minParagraphWords`` words that ends with a
/// sentence terminal or has at least twice that many words, and is not
/// link-dense.
public struct BoilerplateFilter: Sendable {
  /// The most words of a "short" block: 10.
  public static let maxShortWords = 10
  /// The fewest words of a real paragraph: 8.
  public static let minParagraphWords = 8
  /// The link density above which a block is navigation: 0.5.
  public static let maxLinkDensity = 0.5

  /// A filter with the package's rules.
  public init() {}

  /// Returns `document` without its boilerplate blocks; the metadata is unchanged.
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in the blocks.
  public func apply(to document: Document) -> Document {
    let facts = document.blocks.map(BlockFacts.init)
    let kept = keptIndices(document.blocks, facts).kept
    var result = document
    result.blocks = kept.map { document.blocks[$0] }
    return result
  }

  /// The blocks that stay and their facts.
  func filteredBlocks(_ document: Document) -> (blocks: [Document.Block], facts: [BlockFacts]) {
    let result = filtered(document)
    return (result.blocks, result.facts)
  }

  /// The blocks that stay, their facts, and where bylines stood: for each
  /// byline removed, the number of kept blocks before it.
  func filtered(_ document: Document) -> (blocks: [Document.Block], facts: [BlockFacts], bylines: [Int]) {
    let facts = document.blocks.map(BlockFacts.init)
    let (kept, bylineIndices) = keptIndices(document.blocks, facts)
    var bylines: [Int] = []
    var keptBefore = 0
    var next = 0
    for byline in bylineIndices {
      while next < kept.count && kept[next] < byline {
        keptBefore += 1
        next += 1
      }
      bylines.append(keptBefore)
    }
    return (kept.map { document.blocks[$0] }, kept.map { facts[$0] }, bylines)
  }

  /// The indices of the blocks that stay, in order, and of the bylines removed.
  func keptIndices(_ blocks: [Document.Block], _ facts: [BlockFacts]) -> (kept: [Int], bylines: [Int]) {
    var drop = [Bool](repeating: false, count: blocks.count)
    var bylines: [Int] = []
    var keyCounts: [_ByteKey: Int] = [:]
    for fact in facts where fact.isShort { keyCounts[_ByteKey(fact.key), default: 0] += 1 }
    let firstReal = facts.firstIndex { $0.isRealParagraph } ?? blocks.count

    var seenKeys: Set<_ByteKey> = []
    var index = 0
    while index < blocks.count {
      let block = blocks[index]
      let fact = facts[index]
      defer { index += 1 }
      if block.kind == .code { continue }
      let isHeadline = block.headingLevel == 1
      let metadataLine = isHeadline || fact.words > _MetadataLine.maxWords ? nil : _MetadataLine.kind(of: block.text)
      if metadataLine == .byline { bylines.append(index) }
      if !fact.hasLetter || fact.isResidue || metadataLine != nil || Self.isInterfaceText(fact, block) {
        drop[index] = true
      } else if block.linkDensity > Self.maxLinkDensity && !isHeadline {
        drop[index] = true
      } else if fact.isShort && keyCounts[_ByteKey(fact.key), default: 0] > 1 {
        let isFirst = !seenKeys.contains(_ByteKey(fact.key))
        if !(isFirst && block.isHeading && index < firstReal) { drop[index] = true }
      }
      if fact.isShort { seenKeys.insert(_ByteKey(fact.key)) }
      if InterfacePhrases.bylineKeys.contains(_ByteKey(fact.key)) {
        drop[index] = true
        if bylines.last != index { bylines.append(index) }
        var next = index + 1
        while next < blocks.count && next <= index + 3, facts[next].isShort, facts[next].words <= 4,
          blocks[next].headingLevel != 1
        {
          drop[next] = true
          next += 1
        }
      }
    }
    // Empty field labels.
    for index in blocks.indices where !drop[index] && facts[index].isEmptyLabelShape {
      let next = (index + 1..<blocks.count).first { !drop[$0] }
      if next.map({ blocks[$0].isHeading || facts[$0].isEmptyLabelShape }) ?? true { drop[index] = true }
    }
    // The trailing edge.
    if let lastReal = blocks.indices.last(where: { !drop[$0] && facts[$0].isRealParagraph }) {
      for index in (lastReal + 1)..<blocks.count where blocks[index].kind != .code && facts[index].isShort {
        drop[index] = true
      }
    }
    return (blocks.indices.filter { !drop[$0] }, bylines)
  }

  /// Whether a block is interface text by rule 2. A level-1 heading is
  /// removed only when it is a whole phrase.
  static func isInterfaceText(_ fact: BlockFacts, _ block: Document.Block) -> Bool {
    let key = fact.key
    if InterfacePhrases.wholeKeys.contains(_ByteKey(key)) { return true }
    if block.headingLevel == 1 { return false }
    let lead = InterfacePhrases.lead(key)
    if fact.words <= InterfacePhrases.maxLabelWords && !fact.endsSentence {
      if isRunOfPhrases(Substring(key)) { return true }
      if let phrases = InterfacePhrases.leadingKeysByLead[lead], phrases.contains(where: { startsWithPhrase(key, $0) }) {
        return true
      }
      let linkedRest = block.linkTextLength > 0
      if let phrases = InterfacePhrases.labelKeysByLead[lead],
        phrases.contains(where: { startsWithLabel(key, $0, block: block, linked: linkedRest) })
      {
        return true
      }
    }
    if fact.words <= InterfacePhrases.maxWallWords {
      if let phrases = InterfacePhrases.wallKeysByLead[lead], phrases.contains(where: { startsWithPhrase(key, $0) }) {
        return true
      }
    }
    return false
  }

  /// Whether `key` starts with the label `phrase` followed by `:`, by a
  /// letter or digit of another script written against it, or by link text
  /// (`linked`: the block's link text covers at least half of what follows).
  static func startsWithLabel(_ key: String, _ phrase: String, block: Document.Block, linked: Bool) -> Bool {
    guard key.utf8.starts(with: phrase.utf8) else { return false }
    let rest = key.unicodeScalars.dropFirst(phrase.unicodeScalars.count)
    guard let next = rest.first else { return true }
    if _TextScan.isWordScalar(next) {
      guard let last = phrase.unicodeScalars.last else { return false }
      return _TextScan.isArabicScriptLetter(next) != _TextScan.isArabicScriptLetter(last)
    }
    if rest.drop(while: { $0 == " " }).first == ":" { return true }
    guard linked, next == " " else { return false }
    let restBytes = block.text.utf8.count - phrase.utf8.count
    return block.linkTextLength * 2 >= restBytes
  }

  /// Whether `key` is two or more whole phrases written one after the other.
  static func isRunOfPhrases(_ key: Substring, depth: Int = 0) -> Bool {
    if key.isEmpty { return depth >= 2 }
    guard depth < 4 else { return false }
    for phrase in InterfacePhrases.wholeKeysByLead[InterfacePhrases.lead(key), default: []]
    where key.utf8.starts(with: phrase.utf8) {
      var rest = Substring(key.utf8.dropFirst(phrase.utf8.count))
      while rest.first == " " { rest = rest.dropFirst() }
      if isRunOfPhrases(rest, depth: depth + 1) { return true }
    }
    return false
  }

  /// Whether `key` starts with `phrase` followed by its end, a non-letter, or a letter of another script.
  static func startsWithPhrase(_ key: String, _ phrase: String) -> Bool {
    guard key.utf8.starts(with: phrase.utf8) else { return false }
    let rest = key.unicodeScalars.dropFirst(phrase.unicodeScalars.count)
    guard let next = rest.first else { return true }
    guard _TextScan.isLetter(next) else { return true }
    guard let last = phrase.unicodeScalars.last else { return false }
    return _TextScan.isArabicScriptLetter(next) != _TextScan.isArabicScriptLetter(last)
  }
}

/// What the filter and the SEO rules need to know about one block.
struct BlockFacts {
  /// The comparison key (``InterfacePhrases/key(_:)``); empty for a
  /// paragraph longer than ``InterfacePhrases/maxWallWords`` words.
  let key: String
  /// Its letters by script.
  let scripts: _TextScan.ScriptCounts
  /// The number of words.
  let words: Int
  /// Whether the block holds a letter.
  let hasLetter: Bool
  /// Whether punctuation and symbols outnumber letters.
  let isResidue: Bool
  /// Whether the block ends with a sentence terminal.
  let endsSentence: Bool
  /// Whether the block ends with `:`.
  let endsWithColon: Bool
  /// Whether the block is a real paragraph (see ``BoilerplateFilter``).
  let isRealParagraph: Bool

  init(_ block: Document.Block) {
    let count = wordCount(of: block.text)
    words = count
    // Long paragraphs are never compared with phrases or with each other.
    key = count <= InterfacePhrases.maxWallWords || block.isHeading ? InterfacePhrases.key(block.text) : ""
    var counts = _TextScan.ScriptCounts()
    counts.add(block.text)
    scripts = counts
    var letters = 0
    var symbols = 0
    for scalar in block.text.unicodeScalars {
      if _TextScan.isLetter(scalar) {
        letters += 1
      } else if !_TextScan.isWordScalar(scalar) && !_TextScan.isSpaceOrInvisible(scalar) {
        symbols += 1
      }
    }
    hasLetter = letters > 0
    isResidue = symbols >= letters
    endsSentence = _TextScan.endsWithSentenceTerminal(block.text)
    let lastVisible = block.text.unicodeScalars.last { !_TextScan.isSpaceOrInvisible($0) }
    endsWithColon = lastVisible == ":"
    switch block.kind {
    case .paragraph, .quote:
      isRealParagraph =
        count >= BoilerplateFilter.minParagraphWords
        && (endsSentence || count >= 2 * BoilerplateFilter.minParagraphWords)
        && block.linkDensity <= BoilerplateFilter.maxLinkDensity
    default:
      isRealParagraph = false
    }
  }

  /// At most ``BoilerplateFilter/maxShortWords`` words and no sentence terminal.
  var isShort: Bool { words <= BoilerplateFilter.maxShortWords && !endsSentence }

  /// At most four words ending with `:`.
  var isEmptyLabelShape: Bool { endsWithColon && words <= 4 }
}
