import Testing

@testable import ArabicText

@Suite("LanguageMarkers")
struct LanguageMarkersTests {
  @Test("the lists are apart from each other and from Arabic function words")
  func disjoint() {
    #expect(Set(LanguageMarkers.persian).isDisjoint(with: Set(LanguageMarkers.urdu)))
    // Words are matched as written: آنها (with madda) is not Arabic أنها.
    let arabic = Set(Stopwords.arabic.map { _SubstringKey(Substring($0)) })
    for key in LanguageMarkers.persianKeys.union(LanguageMarkers.urduKeys) {
      #expect(!arabic.contains(key), "\(key.text)")
    }
  }

  @Test("Persian words match in Arabic spelling too, unless that is an Arabic word")
  func spellings() {
    #expect(LanguageMarkers.persianKeys.contains(_SubstringKey("براي")))
    #expect(LanguageMarkers.persianKeys.contains(_SubstringKey("یک")))
    #expect(LanguageMarkers.persianKeys.contains(_SubstringKey("این")))
    #expect(!LanguageMarkers.persianKeys.contains(_SubstringKey("اين")))
    #expect(!LanguageMarkers.persianKeys.contains(_SubstringKey("كرد")))
  }
}
