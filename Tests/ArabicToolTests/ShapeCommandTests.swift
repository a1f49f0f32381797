import Foundation
import Testing
import TestSupport

@testable import arabic_tool

@Suite("arabic-tool shape")
struct ShapeCommandTests {
  @Test("presentation forms in logical order; harakat combining unless asked otherwise")
  func shape() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "بالعربية\nكَتَبَ\n")
    #expect(
      try harness.run(["shape", file])
        == scalars(0xFE91, 0xFE8E, 0xFEDF, 0xFECC, 0xFEAE, 0xFE91, 0xFEF4, 0xFE94, 0x0A, 0xFEDB, 0x064E, 0xFE98, 0x064E, 0xFE90, 0x064E, 0x0A))
    #expect(
      try harness.run(["shape", "--spacing-marks", file]).hasSuffix(scalars(0xFEDB, 0xFE77, 0xFE98, 0xFE77, 0xFE90, 0xFE76, 0x0A)))
  }

  @Test("--visual shapes text stored left to right")
  func visual() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "بتك\n")
    #expect(try harness.run(["shape", "--visual", file]) == scalars(0xFE90, 0xFE98, 0xFEDB, 0x0A))
  }

  @Test("letters of Presentation Forms-A and transparent bidi marks")
  func lettersAndMarks() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write(
      "in.txt",
      "بٱ\n" + "ڤڤڤ\n" + scalars(0x0628, 0x200F, 0x0628, 0x0A, 0x0628, 0x200E, 0x0628, 0x0A)
        + scalars(0x0628, 0x061C, 0x0628, 0x0A, 0x0628, 0x034F, 0x0628, 0x0A))
    #expect(
      codePoints(try harness.run(["shape", file]))
        == codePoints(
          scalars(0xFE91, 0xFB51, 0x0A, 0xFB6C, 0xFB6D, 0xFB6B, 0x0A, 0xFE91, 0x200F, 0xFE90, 0x0A)
            + scalars(0xFE91, 0x200E, 0xFE90, 0x0A, 0xFE91, 0x061C, 0xFE90, 0x0A, 0xFE91, 0x034F, 0xFE90, 0x0A)))
  }

  @Test("shaping the output again changes nothing")
  func idempotent() throws {
    let harness = try ToolHarness()
    defer { harness.remove() }
    let file = try harness.write("in.txt", "پدر و مادر\nٱلْحَمْدُ لِلَّهِ\nگاہے\n")
    let once = try harness.run(["shape", file])
    let shaped = try harness.write("shaped.txt", once)
    #expect(try harness.run(["shape", shaped]) == once)
  }
}
