#!/bin/sh
# Runs one program under reachable-cli and requires the standard output and exit code
# that the reference command printed under Node (PRODUCT.md, "Parity with Node"), frozen
# in PROGRAM's .out and .rc files by scripts/freeze-node-output.sh; so the engine is
# checked where Node is absent too. Where Node is present, it runs the program as well
# and must print the same, live.
# With options after the program, runs reachable-cli with them and checks the frozen
# output alone (the quiet-collection stress run: nothing a program prints may change).
# Usage: run-parity.sh NODE REACHABLE_CLI PROGRAM.mjs [OPTION...]
node=$1 cli=$2 program=$3
shift 3
. "$(dirname "$0")/../support/same-run.sh"
use_time_zone "$program"
base=${program%.mjs}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$cli" run "$@" "$program" >"$dir/actual" 2>/dev/null
actual_rc=$?
status=0
same_run frozen "$base.out" "$(frozen_code "$base")" reachable "$dir/actual" $actual_rc || status=1
if [ $# -gt 0 ]; then
  :
elif has_node "$node"; then
  run_node "$node" "$program" >"$dir/node" 2>/dev/null
  same_run node "$dir/node" $? reachable "$dir/actual" $actual_rc || status=1
else
  echo "node not found: checked against the frozen output only"
fi
exit $status
