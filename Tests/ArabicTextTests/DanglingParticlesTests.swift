import Testing

@testable import ArabicText

@Suite("Dangling particles")
struct DanglingParticlesTests {
  @Test("Every particle named in the excerpt rules is listed")
  func required() {
    let required = ["و", "ف", "ب", "ل", "ك", "في", "من", "على", "إلى", "عن", "أن", "إن", "ثم", "أو", "لا", "ما", "لم", "لن", "حتى", "مع"]
    for word in required {
      #expect(DanglingParticles.words.contains(word), "\(word)")
    }
  }

  @Test("No duplicates, no empty entries, Arabic script only")
  func wellFormed() {
    #expect(Set(DanglingParticles.words).count == DanglingParticles.words.count)
    #expect(DanglingParticles.words.allSatisfy { !$0.isEmpty && WritingScript(word: $0) == .arabic })
  }

  @Test("Words that may end a sentence are not listed")
  func notListed() {
    for word in ["قبل", "بعد", "فقط", "أيضا", "معا", "هنا"] {
      #expect(!DanglingParticles.words.contains(word), "\(word)")
    }
  }
}
