#!/usr/bin/env bash
# Huge and hostile inputs through the release arabic-tool: time and peak memory.
#
#   Scripts/huge-inputs.sh [SIZES]     SIZES in MB, default "10 100 1000"
#
# Makes, in $HUGE_DIR (default $TMPDIR/arabic-tool-huge; about 2.2 GB for the
# default sizes): Arabic text in lines of every size, one line of the largest
# size with no newline, one letter carrying 10 million marks, and HTML nested
# 100,000 deep. Runs each subcommand on each (output to /dev/null) under
# /usr/bin/time and prints seconds, MB/s and peak RSS. Streaming subcommands
# must stay under 64 MB on every input; the script exits 1 when one does not,
# or when a run crashes. Then: output to a full file system (a 1 MB tmpfs,
# when mount is allowed) and to a closed pipe.
set -uo pipefail
cd "$(dirname "$0")/.."

sizes=${*:-"10 100 1000"}
dir=${HUGE_DIR:-${TMPDIR:-/tmp}/arabic-tool-huge}
mkdir -p "$dir"
swift build -c release --product arabic-tool >/dev/null || exit 1
tool=$(swift build -c release --show-bin-path)/arabic-tool
failed=0

# Streaming subcommands: bounded memory whatever the input.
streaming=("normalize" "normalize --preset search" "strip-diacritics" "tokenize" "tokenize --sentences"
  "bidi check" "bidi strip-controls" "reading-time")
# Line by line: memory bounded by the longest line.
by_line=("shape" "bidi display --mode visual" "bidi detect")
# Whole input (seo reads an article; excerpt reads its input; sort merges runs on disk).
whole=("excerpt --max-chars 160" "seo --input text" "sort")

make_text() {  # make_text FILE MB [oneline]
  local file=$1 mb=$2 oneline=${3:-}
  [ -s "$file" ] && return
  python3 - "$file" "$mb" "$oneline" <<'EOF'
import sys
path, mb, oneline = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "oneline"
fixtures = ["Fixtures/news.txt", "Fixtures/vocalized.txt", "Fixtures/persian.txt", "Fixtures/mixed-latin.txt"]
text = "".join(open(f, encoding="utf-8").read() for f in fixtures)
if oneline:
    text = " ".join(text.split()) + " "
chunk = text.encode("utf-8")
target = mb * 1_000_000
with open(path, "wb") as f:
    written = 0
    while written + len(chunk) <= target:
        f.write(chunk)
        written += len(chunk)
    rest = chunk[: target - written]
    while rest and (rest[-1] & 0xC0) == 0x80:
        rest = rest[:-1]
    if rest and rest[-1] >= 0xC0:
        rest = rest[:-1]
    f.write(rest)
EOF
}

measure() {  # measure LABEL FILE LIMIT_MB ARGS...
  local label=$1 file=$2 limit=$3
  shift 3
  local bytes status seconds kb
  bytes=$(stat -c %s "$file")
  /usr/bin/time -f "%e %M" -o "$dir/time.txt" "$tool" "$@" "$file" >/dev/null 2>"$dir/stderr.txt"
  status=$?
  read -r seconds kb < <(tail -1 "$dir/time.txt")
  local mbs
  mbs=$(awk -v b="$bytes" -v s="$seconds" 'BEGIN { printf "%.0f", (s > 0 ? b / 1e6 / s : 0) }')
  local note=""
  if [ "$status" -gt 1 ] && ! [ "$status" -eq 65 ]; then note=" EXIT $status"; fi
  if grep -q -E "Fatal error|Crash|Backtrace" "$dir/stderr.txt"; then note="$note CRASH"; failed=1; fi
  if [ "$limit" -gt 0 ] && [ $((kb / 1024)) -ge "$limit" ]; then note="$note OVER ${limit} MB"; failed=1; fi
  printf '%-28s %-16s %9s s %7s MB/s %7d MB%s\n' "$*" "$label" "$seconds" "$mbs" $((kb / 1024)) "$note"
}

echo "arabic-tool: $tool"
echo "inputs in $dir"
printf '%-28s %-16s %11s %12s %10s\n' "subcommand" "input" "time" "speed" "peak RSS"

largest=0
for mb in $sizes; do
  make_text "$dir/text-${mb}MB.txt" "$mb"
  [ "$mb" -gt "$largest" ] && largest=$mb
done
make_text "$dir/oneline-${largest}MB.txt" "$largest" oneline
[ -s "$dir/marks-10M.txt" ] || python3 -c "
import sys; open(sys.argv[1], 'w', encoding='utf-8').write('ب' + '\u064e\u0651' * 5_000_000 + '\n')" "$dir/marks-10M.txt"
[ -s "$dir/nested-100k.html" ] || python3 -c "
import sys; open(sys.argv[1], 'w', encoding='utf-8').write('<html><head><title>عنوان</title></head><body>' + '<div>' * 100000 + '<p>نص عربي في أعماق الصفحة يكفي ليكون فقرة.</p>' + '</div>' * 100000 + '</body></html>')" "$dir/nested-100k.html"
: >"$dir/empty.txt"
printf ' \t\n \n\u3000\n' >"$dir/blank.txt"

for mb in $sizes; do
  for command in "${streaming[@]}"; do measure "text ${mb} MB" "$dir/text-${mb}MB.txt" 64 $command; done
  for command in "${by_line[@]}"; do measure "text ${mb} MB" "$dir/text-${mb}MB.txt" 64 $command; done
  if [ "$mb" -le 100 ]; then
    for command in "${whole[@]}"; do measure "text ${mb} MB" "$dir/text-${mb}MB.txt" 0 $command; done
  fi
done
for command in "${streaming[@]}"; do measure "1 line ${largest} MB" "$dir/oneline-${largest}MB.txt" 64 $command; done
for command in "${streaming[@]}" "${by_line[@]}" "${whole[@]}"; do
  measure "10M marks" "$dir/marks-10M.txt" 0 $command
done
measure "nested 100k" "$dir/nested-100k.html" 0 seo
for command in "${streaming[@]}" "${by_line[@]}" "${whole[@]}"; do
  measure "empty" "$dir/empty.txt" 0 $command
  measure "blank" "$dir/blank.txt" 0 $command
done

# Output to a full file system: exit 74, the earlier file untouched, no temporary file left.
small=$dir/small
mkdir -p "$small"
if mount -t tmpfs -o size=1m tmpfs "$small" 2>/dev/null; then
  echo "previous" >"$small/out.txt"
  "$tool" normalize -o "$small/out.txt" "$dir/text-10MB.txt" 2>"$dir/stderr.txt"
  status=$?
  left=$(ls -A "$small" | tr '\n' ' ')
  echo "full disk: exit $status, $(cat "$dir/stderr.txt"); files: $left; out.txt: $(cat "$small/out.txt")"
  { [ "$status" -eq 74 ] && [ "$left" = "out.txt " ] && [ "$(cat "$small/out.txt")" = previous ]; } || failed=1
  umount "$small"
else
  echo "full disk: mount not allowed here; /dev/full instead"
  "$tool" normalize "$dir/text-10MB.txt" >/dev/full 2>"$dir/stderr.txt"
  echo "/dev/full: exit $?, $(cat "$dir/stderr.txt")"
fi
# A closed pipe: quiet, status 0.
"$tool" normalize "$dir/text-${largest}MB.txt" 2>"$dir/stderr.txt" | head -c 100 >/dev/null
echo "closed pipe: exit ${PIPESTATUS[0]}, stderr: '$(cat "$dir/stderr.txt")'"

exit $failed
