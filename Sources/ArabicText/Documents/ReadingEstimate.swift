/// The reading time the SEO metadata reports, until the package's reading
/// time type serves it: words as ``_WordScanner`` counts them, at the IReST
/// rates (Trauzettel-Klosinski & Dietz 2012, IOVS 53(9)): Arabic-script
/// words 138 a minute, Latin-script words 228, others 184; minutes rounded
/// up; labels with the CLDR plural categories for `ar` (0 أقل من دقيقة, 1
/// دقيقة واحدة, 2 دقيقتان, n % 100 in 3…10 "٣ دقائق", n % 100 in 11…99 "١١
/// دقيقة", else "١٠٠ دقيقة") and English "N min read".
enum _ReadingEstimate {
  static let arabicWordsPerMinute = 138.0
  static let latinWordsPerMinute = 228.0
  static let otherWordsPerMinute = 184.0

  /// Words and minutes of `texts`.
  static func estimate(_ texts: [String]) -> (words: Int, minutes: Int) {
    var arabic = 0
    var latin = 0
    var other = 0
    for text in texts {
      _WordScanner.forEachWord(in: Substring(text)) { word, _ in
        guard let first = word.unicodeScalars.first(where: _TextScan.isLetter) else {
          other += 1
          return
        }
        if _TextScan.isArabicScriptLetter(first) {
          arabic += 1
        } else if first.value < 0x250 {
          latin += 1
        } else {
          other += 1
        }
      }
    }
    let words = arabic + latin + other
    guard words > 0 else { return (0, 0) }
    let seconds =
      Double(arabic) * 60 / arabicWordsPerMinute + Double(latin) * 60 / latinWordsPerMinute
      + Double(other) * 60 / otherWordsPerMinute
    return (words, Int((seconds / 60).rounded(.up)))
  }

  /// The label of `minutes` in Arabic (Arabic-Indic digits) or English.
  static func label(minutes: Int, arabic: Bool) -> String {
    guard arabic else { return "\(minutes) min read" }
    let digits = arabicIndicDigits(minutes)
    switch minutes {
    case 0: return "أقل من دقيقة"
    case 1: return "دقيقة واحدة"
    case 2: return "دقيقتان"
    default:
      switch minutes % 100 {
      case 3...10: return digits + " دقائق"
      case 11...99: return digits + " دقيقة"
      default: return digits + " دقيقة"
      }
    }
  }

  static func arabicIndicDigits(_ number: Int) -> String {
    var scalars = String.UnicodeScalarView()
    for digit in String(number).unicodeScalars {
      scalars.append(Unicode.Scalar(ArabicScalars.arabicIndicDigitZero.value + digit.value - 0x30)!)
    }
    return String(scalars)
  }
}
