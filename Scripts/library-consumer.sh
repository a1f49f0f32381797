#!/usr/bin/env bash
# Builds and runs a package that depends on this checkout by path and uses the
# ArabicText and ArabicTextICU libraries without Foundation: what a program
# importing the libraries links against (libm, ICU), with nothing the tests or
# the command line bring in.
#
#   Scripts/library-consumer.sh        exits 1 when it does not build or prints the wrong thing
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d "${TMPDIR:-/tmp}/arabic-text-consumer.XXXXXX")
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/Sources/CoreOnly" "$dir/Sources/WithICU"
identity=$(basename "$root")
cat >"$dir/Package.swift" <<SWIFT
// swift-tools-version: 6.1
import PackageDescription
let package = Package(
  name: "Consumer",
  dependencies: [.package(path: "$root")],
  targets: [
    .executableTarget(name: "CoreOnly", dependencies: [.product(name: "ArabicText", package: "$identity")]),
    .executableTarget(name: "WithICU", dependencies: [.product(name: "ArabicTextICU", package: "$identity")]),
  ]
)
SWIFT
cat >"$dir/Sources/CoreOnly/main.swift" <<'SWIFT'
import ArabicText
let time = ReadingTime(String(repeating: "كلمة ", count: 276))
print(ArabicNormalizer(preset: .search).normalize("أَحْمَد"), time.minutes, time.label())
SWIFT
cat >"$dir/Sources/WithICU/main.swift" <<'SWIFT'
import ArabicText
import ArabicTextICU
print(try ArabicCollator().sorted(["ياسمين", "أحمد", "باسم"]).joined(separator: " "), ReadingTime("كلمة").minutes)
SWIFT
cd "$dir"
core=$(swift run -q CoreOnly)
icu=$(swift run -q WithICU)
echo "CoreOnly: $core"
echo "WithICU: $icu"
[ "$core" = "احمد 2 دقيقتان" ] && [ "$icu" = "أحمد باسم ياسمين 1" ] || { echo "unexpected output" >&2; exit 1; }
