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
  "$cli" run "$here/suite/allocation.mjs" -- node --jitless "$here/suite/allocation.mjs"
compare "string-append.mjs (s, --jitless)" seconds \
  "$cli" run "$here/string-append.mjs" -- node --jitless "$here/string-append.mjs"
# Cases that were once quadratic here (issue 24; goal: ratio at most 2.0): files from
# the repository, and long programs made on the spot, each as long as V8 accepts.
for program in bind-chain then-chain; do
  compare "$program.mjs (s, --jitless)" seconds \
    "$cli" run "$here/$program.mjs" -- node --jitless "$here/$program.mjs"
done
made="$(mktemp -d)"
trap 'rm -rf "$made"' EXIT
python3 - "$made" <<'PY'
import sys
folder = sys.argv[1]
programs = {
    # 100,000 top-level declarations: a long scope, looked up by name.
    "many-lets": "".join(f"let v{i} = {i};\n" for i in range(100_000)) + "console.log(v99999 + v0);\n",
    # A call chain f()()… of 4,000 calls: the callee text made once.
    "call-chain": "const f = () => f;\n" + "f" + "()" * 4_000 + ";\nconsole.log(typeof f);\n",
    # A chain of 2,000 `.then`s written out in one expression (4,000 overflow V8's stack).
    "then-literal": "Promise.resolve(1)" + ".then((v) => v + 1)" * 2_000 + ".then(console.log);\n",
}
for name, text in programs.items():
    with open(f"{folder}/{name}.mjs", "w") as out:
        out.write(text)
PY
for program in many-lets call-chain then-literal; do
  compare "$program.mjs (s, made, --jitless)" seconds \
    "$cli" run "$made/$program.mjs" -- node --jitless "$made/$program.mjs"
done
# (b) one gc() in milliseconds, timed inside each engine (goal: ratio at most 1.0).
compare "collection.mjs (ms, one gc())" first_line \
  "$cli" run "$here/collection.mjs" -- node --expose-gc --single-threaded-gc "$here/collection.mjs"
# The median of seven gc() calls over 1,000,000 objects with three references each
# (build/release/bench/bench_collector times the same graph with the timeline's record).
compare "collector.mjs (ms, 1M objects)" first_line \
  "$cli" run "$here/collector.mjs" -- node --expose-gc --single-threaded-gc "$here/collector.mjs"
