/// Text in the Stream-Safe Text Format of UAX #15 §13: U+034F COMBINING
/// GRAPHEME JOINER after every 30 consecutive non-starters, so that no run
/// of combining marks is longer than 30.
///
/// Swift's `String` and `Character` comparison and hashing put each run of
/// marks in canonical order whole, in time quadratic in its length: one
/// letter carrying a hundred thousand marks (hostile or broken input) would
/// stall every comparison of the text it is in. Text with no run longer
/// than 30 marks, which is all real text, is returned as it is.
package enum _StreamSafeText {
  /// The UAX #15 §13 limit on consecutive non-starters.
  static let maxRun = 30

  /// `text` with a CGJ after every 30 consecutive non-starters.
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `text`.
  package static func make(_ text: String) -> String {
    var run = 0
    var needed = false
    for scalar in text.unicodeScalars {
      run = isNonStarter(scalar) ? run + 1 : 0
      if run > maxRun {
        needed = true
        break
      }
    }
    guard needed else { return text }
    var result = String.UnicodeScalarView()
    run = 0
    for scalar in text.unicodeScalars {
      if isNonStarter(scalar) {
        if run == maxRun {
          result.append("\u{034F}")
          run = 0
        }
        run += 1
      } else {
        run = 0
      }
      result.append(scalar)
    }
    return String(result)
  }

  @inline(__always)
  static func isNonStarter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x0300 && scalar.properties.canonicalCombiningClass.rawValue != 0
  }
}

extension Document {
  /// The document with its texts in the Stream-Safe Text Format (see `_StreamSafeText`).
  var streamSafe: Document {
    var copy = self
    for index in copy.blocks.indices { copy.blocks[index].text = _StreamSafeText.make(copy.blocks[index].text) }
    copy.metadata.title = copy.metadata.title.map(_StreamSafeText.make)
    copy.metadata.openGraphTitle = copy.metadata.openGraphTitle.map(_StreamSafeText.make)
    copy.metadata.description = copy.metadata.description.map(_StreamSafeText.make)
    copy.metadata.openGraphDescription = copy.metadata.openGraphDescription.map(_StreamSafeText.make)
    copy.metadata.siteName = copy.metadata.siteName.map(_StreamSafeText.make)
    copy.metadata.frontMatter = copy.metadata.frontMatter.mapValues(_StreamSafeText.make)
    return copy
  }
}
