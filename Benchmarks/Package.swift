// swift-tools-version: 6.1
//
// Benchmarks for ArabicText, kept out of the main package so that building
// and testing the library never builds the benchmark tooling.
//
//   cd Benchmarks && swift package benchmark
//
// Inputs: the project's Fixtures/ always; ../shared/corpus (the 8 MB
// big/arabic-big.txt and others) when it exists beside the checkout.
import Foundation
import PackageDescription

/// The root package's identity is the name of the checkout's folder.
let rootPackage = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
  name: "ArabicTextBenchmarks",
  dependencies: [
    .package(path: ".."),
    // ordo-one/package-benchmark; the MallocInterposer trait gives allocation counts.
    .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
  ],
  targets: [
    // One benchmark per public operation: normalization presets, strip-diacritics,
    // tokenization, reading time, excerpt, SEO, bidi display, collation sort keys.
    .executableTarget(
      name: "ArabicTextBenchmarks",
      dependencies: [
        .product(name: "ArabicText", package: rootPackage),
        .product(name: "ArabicTextICU", package: rootPackage),
        .product(name: "ArabicTextHTML", package: rootPackage),
        .product(name: "Benchmark", package: "package-benchmark"),
      ],
      path: "ArabicTextBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
    )
  ],
  swiftLanguageModes: [.v6]
)
