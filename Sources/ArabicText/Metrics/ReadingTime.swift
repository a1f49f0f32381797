/// How long a text takes to read: words, seconds and whole minutes.
///
/// ```swift
/// let time = ReadingTime(String(repeating: "كلمة ", count: 450))
/// time.words     // 450
/// time.seconds   // 196   (450 words at 138 words per minute)
/// time.minutes   // 4
/// time.label()                    // "٤ دقائق"
/// time.label(digits: .latin)      // "4 دقائق"
/// time.label(in: .english)        // "4 min read"
///
/// ReadingTime("كلمة", wordsPerMinute: 200, images: 2).seconds  // 25 (0.3 s + 24 s, rounded up)
/// ```
///
/// Words are the ``WordTokenizer`` tokens read as words
/// (``Token/Kind/isReadAsWord``: words, numbers, hashtags, mentions);
/// punctuation, symbols, emoji, URLs and e-mail addresses are not. Each
/// word is read at the rate of its script
/// (``ReadingRates/irest``: Arabic script 138 words per minute, Latin 228,
/// other scripts and numbers 184), unless one `wordsPerMinute` is given for
/// all. Each image adds 12 seconds, as Yoast SEO counts it (0.2 minutes per
/// image, Yoast's reading-time estimate).
///
/// Rounding: `seconds` is the exact sum rounded up to a whole second;
/// `minutes` is `seconds / 60` rounded up, so any text with a word takes at
/// least one minute and only an empty text (without images) takes 0.
public struct ReadingTime: Sendable, Hashable {
  /// The number of words read.
  public let words: Int
  /// The reading time in whole seconds, rounded up.
  public let seconds: Int

  /// The seconds each image adds: 12 (Yoast SEO, 0.2 minutes per image).
  public static let secondsPerImage = 12

  /// The reading time in whole minutes: `seconds / 60`, rounded up.
  public var minutes: Int { seconds / 60 + (seconds % 60 == 0 ? 0 : 1) }

  /// The reading time of `text`, at the IReST rate of each word's script or
  /// at one rate for all.
  ///
  /// - Parameters:
  ///   - text: The text; markup should be removed first.
  ///   - wordsPerMinute: One rate for every word (at least 1), or nil for
  ///     the per-script ``ReadingRates/irest`` rates.
  ///   - images: The number of images, each adding ``secondsPerImage``.
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-8 bytes;
  ///   words are counted without allocating.
  public init<S: StringProtocol>(_ text: S, wordsPerMinute: Int? = nil, images: Int = 0) {
    let rates = wordsPerMinute.map(ReadingRates.init(uniform:)) ?? .irest
    self.init(wordCounts: ScriptWordCounts(text), rates: rates, images: images)
  }

  /// The reading time of `text` at the given rates.
  ///
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-8 bytes.
  public init<S: StringProtocol>(_ text: S, rates: ReadingRates, images: Int = 0) {
    self.init(wordCounts: ScriptWordCounts(text), rates: rates, images: images)
  }

  /// The reading time of words already counted by script.
  ///
  /// ```swift
  /// ReadingTime(wordCounts: ScriptWordCounts(arabic: 276), rates: .irest).seconds  // 120
  /// ```
  ///
  /// - Complexity: O(1).
  public init(wordCounts: ScriptWordCounts, rates: ReadingRates = .irest, images: Int = 0) {
    precondition(images >= 0, "An image count is never negative")
    self.words = wordCounts.total
    // Saturating: an image count near Int.max gives Int.max seconds, not a trap.
    let (imageSeconds, overflow) = images.multipliedReportingOverflow(by: Self.secondsPerImage)
    let (total, sumOverflow) = Self.seconds(for: wordCounts, at: rates).addingReportingOverflow(imageSeconds)
    self.seconds = overflow || sumOverflow ? .max : total
  }

  /// A reading time of `words` words and `seconds` seconds, as computed elsewhere.
  public init(words: Int, seconds: Int) {
    precondition(words >= 0 && seconds >= 0, "A count is never negative")
    self.words = words
    self.seconds = seconds
  }

  /// Σ words × 60 / rate over the scripts, rounded up, in exact integer
  /// arithmetic over the rates' common multiple (floating point when that
  /// would overflow).
  static func seconds(for counts: ScriptWordCounts, at rates: ReadingRates) -> Int {
    let scripts = WritingScript.allCases
    var denominator = 1
    for script in scripts {
      let rate = rates[script]
      let (product, overflow) = (denominator / gcd(denominator, rate)).multipliedReportingOverflow(by: rate)
      if overflow { return approximateSeconds(for: counts, at: rates) }
      denominator = product
    }
    var numerator = 0
    for script in scripts where counts[script] > 0 {
      let (perWord, overflow1) = (denominator / rates[script]).multipliedReportingOverflow(by: 60)
      let (total, overflow2) = perWord.multipliedReportingOverflow(by: counts[script])
      let (sum, overflow3) = numerator.addingReportingOverflow(total)
      if overflow1 || overflow2 || overflow3 { return approximateSeconds(for: counts, at: rates) }
      numerator = sum
    }
    return numerator / denominator + (numerator % denominator == 0 ? 0 : 1)
  }

  private static func approximateSeconds(for counts: ScriptWordCounts, at rates: ReadingRates) -> Int {
    var seconds = 0.0
    for script in WritingScript.allCases {
      seconds += Double(counts[script]) * 60 / Double(rates[script])
    }
    return Int(seconds.rounded(.up))
  }

  private static func gcd(_ a: Int, _ b: Int) -> Int {
    var (a, b) = (a, b)
    while b != 0 { (a, b) = (b, a % b) }
    return a
  }
}
