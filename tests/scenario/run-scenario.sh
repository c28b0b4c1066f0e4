#!/bin/sh
# Runs a bundled scenario under reachable-cli and requires the standard output and exit
# code that Node printed for its export (export-js), frozen in OUTPUT_DIR/NAME.out and
# NAME.rc by scripts/freeze-node-output.sh (PRODUCT.md, "Scenario library"); where Node
# is present, the export runs under Node as well and must print the same, live. The
# run must meet every narration entry (no warnings).
# Usage: run-scenario.sh NODE REACHABLE_CLI SCENARIO.json OUTPUT_DIR
node=$1 cli=$2 scenario=$3 outputs=$4
. "$(dirname "$0")/../support/same-run.sh"
name=$(basename "$scenario" .json)
# A scenario names no zone: it runs in UTC.
TZ=UTC
export TZ
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$cli" run "$scenario" >"$dir/actual" 2>"$dir/errors"
actual_rc=$?
status=0
same_run frozen "$outputs/$name.out" "$(frozen_code "$outputs/$name")" reachable "$dir/actual" $actual_rc || status=1
if has_node "$node"; then
  if ! "$cli" export-js "$scenario" >"$dir/program.mjs"; then
    echo "export-js failed"
    exit 1
  fi
  run_node "$node" "$dir/program.mjs" >"$dir/node" 2>/dev/null
  same_run node "$dir/node" $? reachable "$dir/actual" $actual_rc || status=1
else
  echo "node not found: checked against the frozen output only"
fi
if grep -q "warning:" "$dir/errors"; then
  cat "$dir/errors"
  status=1
fi
exit $status
