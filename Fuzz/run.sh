#!/usr/bin/env bash
# Builds and runs the libFuzzer targets in Fuzz/ (Linux, swiftc -sanitize=fuzzer,address).
#
#   Fuzz/run.sh build                    build the package's libraries instrumented, then every target
#   Fuzz/run.sh corpus                   make the seed corpora from Fixtures/, the public cases and ../shared/corpus
#   Fuzz/run.sh run SECONDS [TARGET ...] run each target (all by default) for SECONDS, one after another
#   Fuzz/run.sh runs N [TARGET ...]      run each target on N inputs (CI: a few seconds each)
#   Fuzz/run.sh list                     list the targets
#
# Everything goes under .build-fuzz/ (ignored by git): the instrumented build,
# bin/<Target>, corpus/<Target> (seeds, then what libFuzzer adds), and
# artifacts/<Target>/ (crash-*, timeout-*, oom-* inputs). Each run's last lines
# and its executions are appended to .build-fuzz/runs.log.
set -euo pipefail
cd "$(dirname "$0")/.."

root=$PWD
scratch=$root/.build-fuzz
release=$scratch/release
targets=(Normalize StripDiacritics Words Sentences Excerpt SEOText SEOHTML BidiDisplay Collation)

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 64; }

build() {
  local flags=(-c release --scratch-path "$scratch"
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address)
  swift build "${flags[@]}" --target ArabicTextHTML
  swift build "${flags[@]}" --target ArabicTextICU
  local objects=()
  for module in ArabicText ArabicTextHTML ArabicTextICU Ink CICUShim CLibXML2Shim; do
    objects+=("$release/$module.build/"*.o)
  done
  mkdir -p "$scratch/bin"
  local target
  for target in "${@:-${targets[@]}}"; do
    echo "Linking $target"
    swiftc -O -sanitize=fuzzer,address -parse-as-library -swift-version 6 \
      -module-name "Fuzz$target" \
      -I "$release/Modules" \
      -Xcc -fmodule-map-file="$release/CICUShim.build/module.modulemap" \
      -Xcc -fmodule-map-file="$release/CLibXML2Shim.build/module.modulemap" \
      Fuzz/Common/*.swift "Fuzz/$target/main.swift" "${objects[@]}" \
      $(pkg-config --libs icu-i18n icu-uc libxml-2.0) \
      -o "$scratch/bin/$target" 2>&1 | { grep -v 'Cannot export local symbol' || true; }
    [ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
  done
}

corpus() {
  if command -v python3 >/dev/null; then
    python3 Fuzz/make-corpus.py "$scratch/corpus" "${targets[@]}"
  else
    echo "python3 not found: the targets start from an empty corpus" >&2
    local target
    for target in "${targets[@]}"; do mkdir -p "$scratch/corpus/$target"; done
  fi
}

# run_target TARGET [libFuzzer options...]
run_target() {
  local target=$1
  shift
  local binary=$scratch/bin/$target
  [ -x "$binary" ] || { echo "no $binary: run Fuzz/run.sh build first" >&2; exit 66; }
  [ -d "$scratch/corpus/$target" ] || corpus
  mkdir -p "$scratch/artifacts/$target" "$scratch/logs"
  local log=$scratch/logs/$target-$(date +%Y%m%d-%H%M%S).log
  local started=$SECONDS status=0
  # -timeout: an input taking 10 s is a hang; -rss_limit_mb: 2 GB is a leak or a blow-up.
  # SWIFT_BACKTRACE: libFuzzer and ASan report crashes; Swift's backtracer would get in their way.
  SWIFT_BACKTRACE=enable=no "$binary" "$scratch/corpus/$target" -dict=Fuzz/arabic.dict \
    -artifact_prefix="$scratch/artifacts/$target/" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "$@" >"$log" 2>&1 || status=$?
  local executions
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  local line="$(date -u +%FT%TZ) $target: $((SECONDS - started)) s, $executions executions, exit $status"
  echo "$line" | tee -a "$scratch/runs.log"
  if [ $status -ne 0 ]; then
    grep -E 'LAW BROKEN|ERROR: |SUMMARY|input:|Test unit written' "$log" | head -20 >&2
    return $status
  fi
}

command=${1:-}
shift || true
case "$command" in
  build) build "$@" ;;
  corpus) corpus ;;
  list) printf '%s\n' "${targets[@]}" ;;
  run)
    seconds=${1:?seconds}
    shift
    failed=0
    for target in "${@:-${targets[@]}}"; do run_target "$target" -max_total_time="$seconds" || failed=1; done
    exit $failed
    ;;
  runs)
    count=${1:?count}
    shift
    failed=0
    # A fixed seed (FUZZ_SEED, default 1): the same inputs on every run, so CI is reproducible.
    for target in "${@:-${targets[@]}}"; do run_target "$target" -runs="$count" -seed="${FUZZ_SEED:-1}" || failed=1; done
    exit $failed
    ;;
  *) usage ;;
esac
