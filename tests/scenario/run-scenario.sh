#!/bin/sh
# Runs a bundled scenario under reachable-cli and, exported with export-js, under
# Node: standard output and exit code must be the same (PRODUCT.md, "Scenario
# library"), and the run must meet every narration entry (no warnings).
# Usage: run-scenario.sh NODE REACHABLE_CLI SCENARIO.json
node=$1 cli=$2 scenario=$3
if ! command -v "$node" >/dev/null 2>&1; then
  echo "node not found: skipped"
  exit 77
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if ! "$cli" export-js "$scenario" >"$dir/program.mjs"; then
  echo "export-js failed"
  exit 1
fi
"$node" --expose-gc --single-threaded-gc --stack-trace-limit=0 "$dir/program.mjs" >"$dir/expected" 2>/dev/null
expected_rc=$?
"$cli" run "$scenario" >"$dir/actual" 2>"$dir/errors"
actual_rc=$?
status=0
if ! diff -u --label node "$dir/expected" --label reachable "$dir/actual"; then status=1; fi
if [ "$expected_rc" -ne "$actual_rc" ]; then
  echo "exit code: node $expected_rc, reachable $actual_rc"
  status=1
fi
if grep -q "warning:" "$dir/errors"; then
  cat "$dir/errors"
  status=1
fi
exit $status
