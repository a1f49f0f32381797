#!/usr/bin/env bash
# Compares the word counts of arabic-tool tokenize with ICU's word break
# iterator (Scripts/icu-word-count.c) on every file of the shared corpus,
# and prints a Markdown table. The Segmentation article explains each class
# of difference.
#
# Usage: Scripts/compare-word-counts.sh [CORPUS_DIR]   (default: ../shared/corpus)
# Needs: a C compiler, libicu-dev and pkg-config; builds arabic-tool if needed
# (set ARABIC_TOOL to use another build).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
[ -d "$corpus" ] || { echo "$0: no corpus folder at $corpus (give a folder of text files)" >&2; exit 66; }
tool="${ARABIC_TOOL:-.build/debug/arabic-tool}"
[ -x "$tool" ] || swift build --product arabic-tool >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/icu-word-count" Scripts/icu-word-count.c $(pkg-config --cflags --libs icu-uc)

echo "| file | ICU $(pkg-config --modversion icu-uc) | arabic-tool | difference |"
echo "|---|---:|---:|---:|"
total_icu=0
total_ours=0
while IFS= read -r file; do
  icu=$("$work/icu-word-count" "$file" | cut -f1)
  ours=$("$tool" tokenize "$file" | wc -w)
  total_icu=$((total_icu + icu))
  total_ours=$((total_ours + ours))
  printf '| %s | %d | %d | %+.2f%% |\n' "${file#$corpus/}" "$icu" "$ours" \
    "$(echo "($ours - $icu) * 100 / $icu" | bc -l)"
done < <(find "$corpus" -type f ! -name README.md | sort)
printf '| **all** | %d | %d | %+.2f%% |\n' "$total_icu" "$total_ours" \
  "$(echo "($total_ours - $total_icu) * 100 / $total_icu" | bc -l)"
