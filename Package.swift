// swift-tools-version: 6.1
//
// ArabicText: Arabic text processing for Swift and the command line.
//
// Module graph (dependencies point one way):
//
//   arabic-tool ──> ArabicTextHTML ──> ArabicText
//        │               ├──> CLibXML2Shim ──> CLibXML2 (system libxml2)
//        │               └──> Ink (Markdown)
//        └──────> ArabicTextICU ──> ArabicText
//                        └──> CICUShim ──> CICU (system ICU)
//
// The core, ArabicText, uses the Swift standard library only. The C shims
// expose plain-C headers so that no Swift module sees ICU's or libxml2's
// headers next to Foundation (see Sources/CICUShim/include/cicu_shim.h).
import PackageDescription

let package = Package(
  name: "ArabicText",
  products: [
    .library(name: "ArabicText", targets: ["ArabicText"]),
    .library(name: "ArabicTextICU", targets: ["ArabicTextICU"]),
    .library(name: "ArabicTextHTML", targets: ["ArabicTextHTML"]),
    .executable(name: "arabic-tool", targets: ["arabic-tool"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
    // Markdown to HTML (and front matter) for ArabicTextHTML's Markdown reader.
    .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
  ],
  targets: [
    // The core: normalization, diacritics, tokenization, metrics, excerpts,
    // documents and SEO metadata. Swift standard library only.
    // On Linux, Double's rounding (ceil, floor, rint) is libm's: linked here so that a program
    // importing only ArabicText, without Foundation, links.
    .target(name: "ArabicText", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),

    // System ICU (libicu-dev), seen only by the C shim.
    .systemLibrary(
      name: "CICU", pkgConfig: "icu-i18n", providers: [.apt(["libicu-dev", "pkg-config"])]),
    .target(name: "CICUShim", dependencies: ["CICU"]),
    .target(name: "ArabicTextICU", dependencies: ["ArabicText", "CICUShim"]),

    // System libxml2 (libxml2-dev), seen only by the C shim.
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev", "pkg-config"])]),
    .target(name: "CLibXML2Shim", dependencies: ["CLibXML2"]),
    .target(
      name: "ArabicTextHTML",
      dependencies: ["ArabicText", "CLibXML2Shim", .product(name: "Ink", package: "Ink")]),

    .executableTarget(
      name: "arabic-tool",
      dependencies: [
        "ArabicText", "ArabicTextICU", "ArabicTextHTML",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // Helpers shared by the test targets: code-point spelling, the shared
    // corpus and public cases at ../shared (suites skip when it is absent).
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText", "TestSupport"]),
    // CICUShim: ICU's own u_shapeArabic and ubidi_writeReordered, to compare with.
    .testTarget(name: "ArabicTextICUTests", dependencies: ["ArabicTextICU", "CICUShim", "TestSupport"]),
    .testTarget(name: "ArabicTextHTMLTests", dependencies: ["ArabicTextHTML", "TestSupport"]),
    .testTarget(
      name: "ArabicToolTests",
      dependencies: [
        "arabic-tool", "TestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
