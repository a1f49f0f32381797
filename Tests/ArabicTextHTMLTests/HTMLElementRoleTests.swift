import Testing

@testable import ArabicTextHTML

@Suite("_HTMLElementRole and _UnlikelyContainers")
struct HTMLElementRoleTests {
  @Test("roles by element name")
  func roles() {
    #expect({ if case .skipped = _HTMLElementRole.of("script") { true } else { false } }())
    #expect({ if case .heading(3) = _HTMLElementRole.of("h3") { true } else { false } }())
    #expect({ if case .container = _HTMLElementRole.of("form") { true } else { false } }())
    #expect({ if case .link = _HTMLElementRole.of("a") { true } else { false } }())
    #expect({ if case .inline = _HTMLElementRole.of("intro") { true } else { false } }())
  }

  @Test("Readability's class and id words")
  func unlikely() {
    #expect(_UnlikelyContainers.isUnlikely(className: "modal-window window-comments-rules", id: nil))
    #expect(_UnlikelyContainers.isUnlikely(className: nil, id: "related-posts"))
    #expect(!_UnlikelyContainers.isUnlikely(className: "entry-header article-body", id: nil))
    #expect(!_UnlikelyContainers.isUnlikely(className: nil, id: nil))
  }
}
