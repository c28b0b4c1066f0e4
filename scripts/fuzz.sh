#!/usr/bin/env bash
# Fuzzes Reachable's targets with libFuzzer: scripts/fuzz.sh [SECONDS] [TARGET...]
#
# TARGET is scenario, parser, compiler or interpreter (all four when none is named);
# each runs for SECONDS (default 60). Installs clang-16 and its libFuzzer runtime when
# missing, builds the `fuzz` preset, seeds each target's corpus from the repository's
# own lessons, parity programs and test files, and keeps the corpus in
# build/fuzz/corpus/TARGET so that the next run starts where this one ended.
#
# A crash, leak or timeout is written to build/fuzz/findings/TARGET/. Fix it, then keep
# the input as tests/fuzz/TARGET/NAME (a name that says what it does), where CTest's
# FuzzReplay.TARGET replays it on every test run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-60}
shift || true
targets=("$@")
(( ${#targets[@]} )) || targets=(scenario parser compiler interpreter)
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2; }

scripts/install-deps.sh clang-16 libclang-rt-16-dev
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2

# The seeds: every file of the repository a target's input can be.
seeds_of() {
  case $1 in
    scenario) find scenarios tests/scenario/files -name '*.json' ;;
    *) find tests/parity tests/expected tests/parse/cases bench/node -name '*.mjs' -o -name '*.js' ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  fuzzer=build/fuzz/fuzz/fuzz-$target
  [[ -x $fuzzer ]] || { echo "fuzz.sh: no target named '$target'" >&2; exit 2; }
  dict=fuzz/javascript.dict
  [[ $target == scenario ]] && dict=fuzz/scenario.dict
  corpus=build/fuzz/corpus/$target seeds=build/fuzz/seeds/$target findings=build/fuzz/findings/$target
  rm -rf "$seeds"
  mkdir -p "$corpus" "$seeds" "$findings"
  seeds_of "$target" | while read -r file; do cp "$file" "$seeds/"; done
  log=build/fuzz/$target.log
  echo "fuzz.sh: $target for $seconds s (log: $log)"
  # -timeout: an input that runs 25 s is a hang (the targets' budgets end a runaway
  # program in well under a second); -rss_limit_mb: the 4 GiB that issue 24 allows.
  "$fuzzer" "$corpus" "$seeds" -dict="$dict" -max_total_time="$seconds" -timeout=25 \
    -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 -artifact_prefix="$findings/" \
    >"$log" 2>&1 || status=1
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  found=$(find "$findings" -type f | wc -l)
  echo "fuzz.sh: $target: $runs executions, corpus $(ls "$corpus" | wc -l) inputs, $found findings in $findings"
done
exit $status
