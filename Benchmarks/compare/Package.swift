// swift-tools-version: 6.1
//
// The in-process side of Benchmarks/compare/run.sh: `compare-timing` times
// one ArabicText operation on a file, or writes its output for the agreement
// check. Kept apart from the root package and from the package-benchmark
// suite in Benchmarks/; it depends on the library only.
//
//   swift build -c release --package-path Benchmarks/compare
//   Benchmarks/compare/.build/release/compare-timing time strip FILE
import Foundation
import PackageDescription

/// The root package's identity is the name of the checkout's folder.
let rootPackage = URL(fileURLWithPath: Context.packageDirectory)
  .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
  name: "ArabicTextCompare",
  dependencies: [.package(path: "../..")],
  targets: [
    .executableTarget(
      name: "compare-timing",
      dependencies: [.product(name: "ArabicText", package: rootPackage)])
  ],
  swiftLanguageModes: [.v6]
)
