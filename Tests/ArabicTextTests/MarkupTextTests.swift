import Testing

@testable import ArabicText

@Suite("_MarkupText")
struct MarkupTextTests {
  @Test("entities decode once; unknown ones stay")
  func entities() {
    #expect(_MarkupText.decodingEntities("نص&nbsp;و&zwnj;ن &amp;&#65; &unknown; &") == "نص\u{00A0}و\u{200C}ن &A &unknown; &")
    #expect(_MarkupText.decodingEntities("&amp;lt;") == "&lt;")
  }

  @Test("escaped tags and comments become spaces; text with < stays")
  func plain() {
    #expect(_MarkupText.plain("&lt;p&gt;نص &amp;amp; بقية&lt;/p&gt;") == " نص & بقية ")
    #expect(_MarkupText.plain("&amp;lt;b&amp;gt;غامق&amp;lt;/b&amp;gt;") == " غامق ")
    #expect(_MarkupText.plain("<p class=\"lead\">فقرة<br/>ثانية</p><!-- تعليق -->") == " فقرة ثانية  ")
    #expect(_MarkupText.plain("a < b و <3 و x<y") == "a < b و <3 و x<y")
    #expect(_MarkupText.plain("AT&T") == "AT&T")
  }
}
