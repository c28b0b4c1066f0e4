#!/bin/sh
# Runs one program under Node and under reachable-cli and requires the same standard
# output and exit code (PRODUCT.md, "Parity with Node").
# Usage: run-parity.sh NODE REACHABLE_CLI PROGRAM.mjs
node=$1 cli=$2 program=$3
if ! command -v "$node" >/dev/null 2>&1; then
  echo "node not found: skipped"
  exit 77
fi
expected=$(mktemp) actual=$(mktemp)
trap 'rm -f "$expected" "$actual"' EXIT
"$node" --expose-gc --single-threaded-gc --stack-trace-limit=0 "$program" >"$expected" 2>/dev/null
expected_rc=$?
"$cli" run "$program" >"$actual" 2>/dev/null
actual_rc=$?
status=0
if ! diff -u --label node "$expected" --label reachable "$actual"; then status=1; fi
if [ "$expected_rc" -ne "$actual_rc" ]; then
  echo "exit code: node $expected_rc, reachable $actual_rc"
  status=1
fi
exit $status
