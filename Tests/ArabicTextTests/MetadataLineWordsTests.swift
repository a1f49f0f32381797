import Testing

@testable import ArabicText

@Suite("MetadataLineWords")
struct MetadataLineWordsTests {
  @Test("every entry has a key; months and weekdays do not overlap")
  func keys() {
    let lists = [
      MetadataLineWords.bylineLabels, MetadataLineWords.nameLabels, MetadataLineWords.agencies,
      MetadataLineWords.weekdays, MetadataLineWords.months, MetadataLineWords.dateWords,
      MetadataLineWords.relativeMarkers, MetadataLineWords.relativeUnits,
    ]
    for list in lists {
      #expect(list.allSatisfy { !InterfacePhrases.key($0).isEmpty })
    }
    #expect(MetadataLineWords.weekdayKeys.isDisjoint(with: MetadataLineWords.monthKeys))
    #expect(Set(MetadataLineWords.nameLabels).isSubset(of: Set(MetadataLineWords.bylineLabels)))
  }

  @Test("keys fold spelling variants")
  func folding() {
    #expect(MetadataLineWords.monthKeys.contains(InterfacePhrases.key("ابريل")))
    #expect(MetadataLineWords.weekdayKeys.contains(InterfacePhrases.key("الاثنين")))
    #expect(MetadataLineWords.agencyKeys.contains(InterfacePhrases.key("ا ف ب")))
  }
}
