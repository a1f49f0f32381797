#!/usr/bin/env bash
# Inputs built to hit each algorithm's worst case, at two sizes, through every
# subcommand of the release arabic-tool: the time ratio shows linear (about
# the size ratio) or quadratic (its square) behaviour.
#
#   Scripts/worst-case.sh [SMALL_KB] [FACTOR]    default 1000 KB and 4
#
# Prints one line per subcommand and input family with both times and their
# ratio; exits 1 when a ratio exceeds twice the size factor (FACTOR² would
# be quadratic) on a run that takes more than 0.2 s.
set -uo pipefail
cd "$(dirname "$0")/.."

small_kb=${1:-1000}
factor=${2:-4}
dir=${WORST_DIR:-${TMPDIR:-/tmp}/arabic-tool-worst}
mkdir -p "$dir"
swift build -c release --product arabic-tool >/dev/null || exit 1
tool=$(swift build -c release --show-bin-path)/arabic-tool

commands=("normalize" "normalize --preset search" "strip-diacritics" "strip-diacritics --last-only" "tokenize"
  "tokenize --sentences" "reading-time" "excerpt --max-words 100000000" "seo --input text" "seo --input markdown"
  "seo --input html" "bidi check" "bidi display --mode visual" "bidi detect" "shape" "sort")

# family name, then the Python expression of one repeated unit (and a prefix and suffix).
families=(
  "marks-on-one-letter|'ب'|'\u064e\u0651'|'\n'"
  "one-long-word||'كتب'|'\n'"
  "many-short-lines||'ب\n'|''"
  "long-line-no-spaces||'abcكلمة123'|'\n'"
  "zwnj-and-removed-marks|'ك'|'\u200c\u064e'|' ب\n'"
  "tatweel-and-hamza||'ـ\u064e\u0654'|'\n'"
  "abbreviations||'د. '|'\n'"
  "terminators-and-closers||'.»)\"'|' نص\n'"
  "url-like||'http://a.'|'\n'"
  "email-like||'a@b.'|'\n'"
  "digits-and-separators||'1,٫'|'\n'"
  "hashtags||'#و'|'\n'"
  "emoji-zwj||'👩\u200d'|'\n'"
  "regional-indicators||'\U0001F1E6'|'\n'"
  "embeddings-then-pdis|'\u202a' * (N // 2)|'\u2069'|'\n'"
  "nested-html|'<html><body>' + '<div>' * N|'</div>'|'</body></html>'"
  "open-brackets|'عنوان\n\n'|'['|' نص\n'"
  "presentation-forms||'ﷺﻻ'|'\n'"
)

make() {  # make FILE KB PREFIX UNIT SUFFIX
  python3 - "$@" <<'EOF'
import sys
path, kb, prefix, unit, suffix = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
u = eval(unit)
N = max(1, kb * 1000 // max(1, len(u.encode("utf-8"))))
p = eval(prefix) if prefix else ""
s = eval(suffix) if suffix else ""
open(path, "w", encoding="utf-8").write(p + u * N + s)
EOF
}

seconds() {  # seconds ARGS... FILE
  /usr/bin/time -f "%e" -o "$dir/time.txt" timeout 300 "$tool" "$@" >/dev/null 2>"$dir/stderr.txt"
  local status=$?
  if grep -q -E "Fatal error|Crash|Backtrace" "$dir/stderr.txt"; then echo "CRASH"; return; fi
  [ $status -eq 124 ] && { echo "TIMEOUT"; return; }
  tail -1 "$dir/time.txt"
}

failed=0
printf '%-24s %-32s %9s %9s %7s\n' "input" "subcommand" "small" "large" "ratio"
for family in "${families[@]}"; do
  IFS='|' read -r name prefix unit suffix <<<"$family"
  make "$dir/$name-small" "$small_kb" "$prefix" "$unit" "$suffix"
  make "$dir/$name-large" $((small_kb * factor)) "$prefix" "$unit" "$suffix"
  for command in "${commands[@]}"; do
    a=$(seconds $command "$dir/$name-small")
    b=$(seconds $command "$dir/$name-large")
    ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { if (a + 0 > 0) printf "%.1f", b / a; else print "-" }')
    note=""
    if [ "$a" = CRASH ] || [ "$b" = CRASH ] || [ "$b" = TIMEOUT ]; then
      note=" <-- $b"
      failed=1
    elif awk -v a="$a" -v b="$b" -v f="$factor" 'BEGIN { exit !(b > 0.2 && a > 0 && b / a > 2 * f) }'; then
      note=" <-- superlinear"
      failed=1
    fi
    printf '%-24s %-32s %9s %9s %7s%s\n' "$name" "$command" "$a" "$b" "$ratio" "$note"
  done
done
exit $failed
