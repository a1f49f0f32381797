import ArabicText
import ArgumentParser

struct ExcerptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "excerpt",
    abstract: "Print the beginning of a text, cut at a sentence end or between words.",
    discussion: """
      The budget is --max-chars grapheme clusters (a letter with its marks is one; the ellipsis is \
      not counted) or --max-words words. The excerpt ends at a sentence end when that keeps at \
      least 60% of the budget, else between words; never inside a grapheme cluster, never on \
      whitespace, ، ؛ : a dash or an opening quote or bracket, nor on a dangling particle (و في \
      من على …); a URL, e-mail address, hashtag or mention is kept whole or left out. Newlines \
      and runs of white space (with the marks and invisible characters they carry) become one \
      space. The ellipsis is added only when the text was cut. \
      One line per input, after "file: " when there are several; json prints \
      {"excerpt","truncated","characters","utf16"}, with "file" when there are several inputs.
      """)

  @Option(parsing: .unconditional, help: "The budget in grapheme clusters (user-perceived characters).")
  var maxChars: Int?

  @Option(parsing: .unconditional, help: "The budget in words.")
  var maxWords: Int?

  @Option(help: "Appended when the text was cut (may be empty).")
  var ellipsis = Excerpt.defaultEllipsis

  @Flag(help: "Fill the character budget even if that cuts a word (never a grapheme cluster).")
  var noWordBoundary = false

  @Flag(help: "Remove diacritics (tashkeel) from the excerpt.")
  var stripDiacritics = false

  @Option(help: "The output format.")
  var format: OutputFormat = .text

  @OptionGroup var io: InputOptions

  func validate() throws {
    switch (maxChars, maxWords) {
    case (nil, nil): throw ValidationError("Give a budget: --max-chars N or --max-words N.")
    case (.some, .some): throw ValidationError("Give only one budget: --max-chars or --max-words.")
    default: break
    }
    if let maxChars, maxChars < 1 { throw ValidationError("--max-chars must be at least 1.") }
    if let maxWords, maxWords < 1 { throw ValidationError("--max-words must be at least 1.") }
    if noWordBoundary && maxWords != nil {
      throw ValidationError("--no-word-boundary applies to --max-chars only.")
    }
  }

  /// The options the flags describe.
  var options: Excerpt.Options {
    let budget: Excerpt.Budget = maxWords.map { .words($0) } ?? .characters(maxChars ?? 0)
    return Excerpt.Options(
      budget: budget, ellipsis: ellipsis, wordBoundary: !noWordBoundary, stripsDiacritics: stripDiacritics)
  }

  /// One result as printed in JSON.
  struct Result: Encodable {
    var excerpt: String
    var truncated: Bool
    var characters: Int
    var utf16: Int
  }

  func run() throws {
    let options = self.options
    var printer = ResultPrinter<Result>(format: format, inputs: io.sources.count)
    try io.forEachText { source, text, writer in
      let excerpt = Excerpt(text, options: options)
      let result = Result(
        excerpt: excerpt.text, truncated: excerpt.isTruncated, characters: excerpt.characterCount,
        utf16: excerpt.utf16Count)
      try printer.print(result, text: excerpt.text, of: source, to: writer)
    }
  }
}
