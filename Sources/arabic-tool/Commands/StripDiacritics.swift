import ArabicText
import ArgumentParser

extension SuperscriptAlefHandling: ExpressibleByArgument {
  public init?(argument: String) {
    switch argument {
    case "remove": self = .remove
    case "keep": self = .keep
    case "to-alef", "toAlef": self = .toAlef
    default: return nil
    }
  }

  public static var allValueStrings: [String] { ["remove", "keep", "to-alef"] }
  public static var allValueDescriptions: [String: String] {
    [
      "remove": "Remove it: كِتَٰبٌ → كتب.",
      "keep": "Keep it as a combining mark.",
      "to-alef": "Write it as alef U+0627: كِتَٰبٌ → كتاب (not right for هَٰذَا, ذَٰلِكَ).",
    ]
  }
  public var defaultValueDescription: String { self == .toAlef ? "to-alef" : rawValue }
}

/// A class of tashkeel named on the command line (`--keep tanween`).
enum MarkClassArgument: String, ExpressibleByArgument, CaseIterable {
  case tanween, harakat, shadda, sukun
  case maddahAndHamza = "maddah-hamza"
  case otherVowelMarks = "other-vowel-marks"
  case quranicMarks = "quranic"
  case extendedA = "extended-a"
  case extendedBAndC = "extended-b-c"

  var marks: TashkeelMarks {
    switch self {
    case .tanween: .tanween
    case .harakat: .harakat
    case .shadda: .shadda
    case .sukun: .sukun
    case .maddahAndHamza: .maddahAndHamza
    case .otherVowelMarks: .otherVowelMarks
    case .quranicMarks: .quranicMarks
    case .extendedA: .extendedA
    case .extendedBAndC: .extendedBAndC
    }
  }
}

struct StripDiacritics: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "strip-diacritics",
    abstract: "Remove Arabic diacritics (tashkeel).",
    discussion: """
      Removes tanween, harakat, shadda, sukun, the other Arabic vowel marks, Quranic annotation \
      marks and the marks of Arabic Extended-A. Letters are never removed (small waw U+06E5 and \
      small yeh U+06E6 stay). Decomposed hamza is composed first (ا + U+0654 → أ).
      """)

  @Flag(help: "Keep shadda (U+0651).")
  var keepShadda = false

  @Option(name: .customLong("keep"), help: "A class of marks to keep; repeat for several.")
  var kept: [MarkClassArgument] = []

  @Option(help: "What to do with the superscript (dagger) alef U+0670.")
  var daggerAlef: SuperscriptAlefHandling = .remove

  @Flag(help: "Strip only the case ending: the last haraka or tanween of each word.")
  var lastOnly = false

  @OptionGroup var io: InputOptions

  /// The stripper the options describe.
  var stripper: DiacriticStripper {
    var keep: TashkeelMarks = keepShadda ? .shadda : []
    for mark in kept { keep.formUnion(mark.marks) }
    return DiacriticStripper(keeping: keep, superscriptAlef: daggerAlef, scope: lastOnly ? .caseEndings : .everywhere)
  }

  func run() throws {
    try io.normalize(with: ArabicNormalizer(folds: .diacritics, diacritics: stripper))
  }
}
