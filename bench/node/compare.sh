#!/usr/bin/env bash
# Runs the same programs under reachable-cli and under Node, alternating, five times
# each, and prints the medians and their ratio (Reachable / Node).
#   bench/node/compare.sh [path/to/reachable-cli]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cli="${1:-$here/../../build/release/cli/reachable-cli}"
runs=5

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# Wall-clock seconds of a whole command.
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
}
# The first line a program prints (the figure it measured itself).
first_line() { "$@" | head -n 1; }

compare() {  # name, measure, our command…, --, their command…
  local name=$1 measure=$2 ours=() theirs=() ourTimes=() theirTimes=()
  shift 2
  while [[ $1 != -- ]]; do ours+=("$1"); shift; done
  shift
  theirs=("$@")
  for _ in $(seq $runs); do
    ourTimes+=("$($measure "${ours[@]}")")
    theirTimes+=("$($measure "${theirs[@]}")")
  done
  local a b
  a=$(printf '%s\n' "${ourTimes[@]}" | median)
  b=$(printf '%s\n' "${theirTimes[@]}" | median)
  awk -v n="$name" -v a="$a" -v b="$b" 'BEGIN { printf "%-32s reachable %9.3f   node %9.3f   ratio %5.2f\n", n, a, b, a / b }'
}

# (a) whole-program seconds, against V8's interpreter alone (goal: ratio at most 2.0).
compare "allocation.mjs (s, --jitless)" seconds \
  "$cli" run "$here/allocation.mjs" -- node --jitless "$here/allocation.mjs"
compare "string-append.mjs (s, --jitless)" seconds \
  "$cli" run "$here/string-append.mjs" -- node --jitless "$here/string-append.mjs"
# (b) one gc() in milliseconds, timed inside each engine (goal: ratio at most 1.0).
compare "collection.mjs (ms, one gc())" first_line \
  "$cli" run "$here/collection.mjs" -- node --expose-gc --single-threaded-gc "$here/collection.mjs"
