#!/usr/bin/env bash
# ArabicText against its Python peers (pyarabic, camel-tools, arabic-norm,
# arabic-normalize): speed in process and as a whole process, peak memory,
# and agreement of the outputs. See README.md beside this script.
#
#   Benchmarks/compare/run.sh [--file FILE] [--corpus DIR] [--runs N] [--sample-lines N]
#
# Defaults: FILE ../shared/corpus/big/arabic-big.txt beside the checkout,
# DIR ../shared/corpus, 5 runs, 500 sample lines. Writes results.md here and
# prints the table. Needs swift, python3 (with venv) and GNU time; installs
# python3-venv and time from Debian when they are missing and this runs as
# root.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="$root/../shared/corpus"
file=""
runs=5
sample_lines=500

while [ $# -gt 0 ]; do
  case "$1" in
    --file) file="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --sample-lines) sample_lines="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 64 ;;
  esac
done
[ -n "$file" ] || file="$corpus/big/arabic-big.txt"
if [ ! -f "$file" ]; then
  echo "run.sh: no input file $file (give --file FILE)" >&2
  exit 66
fi
file="$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"
corpus="$(cd "$corpus" 2>/dev/null && pwd || echo "$corpus")"

step() { printf '\n== %s\n' "$*" >&2; }

# --- Python virtual environment with the peers ------------------------------
python="${PYTHON:-python3}"
venv="$here/.venv"
if ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "installing python3-venv (Debian)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    python=/usr/bin/python3
  else
    echo "run.sh: $python has no venv module; install python3-venv" >&2
    exit 69
  fi
fi
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "installing GNU time (Debian), for peak RSS"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
  else
    echo "run.sh: /usr/bin/time is missing; install the Debian package time" >&2
    exit 69
  fi
fi
stamp="$("$python" --version 2>&1) $(cat "$here/requirements.txt") camel-tools==1.6.0"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.stamp" 2>/dev/null)" != "$stamp" ]; then
  step "making $venv"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps camel-tools==1.6.0
  printf '%s' "$stamp" >"$venv/.stamp"
fi
"$venv/bin/python" -c 'import pyarabic.araby, arabic_norm, arabic_normalize
import camel_tools.utils.dediac, camel_tools.utils.normalize, camel_tools.tokenizers.word'

# --- Release builds ---------------------------------------------------------
step "building arabic-tool (release)"
(cd "$root" && swift build -c release --product arabic-tool)
tool="$(cd "$root" && swift build -c release --show-bin-path)/arabic-tool"
step "building compare-timing (release)"
swift build -c release --package-path "$here"
timer="$(swift build -c release --package-path "$here" --show-bin-path)/compare-timing"

# --- Agreement and timing -----------------------------------------------------
step "comparing on $file ($runs runs)"
"$venv/bin/python" "$here/compare.py" \
  --file "$file" --corpus "$corpus" --tool "$tool" --timer "$timer" \
  --python "$venv/bin/python" --runs "$runs" --sample-lines "$sample_lines" \
  --work "$here/work" --results "$here/results.md"
