#!/bin/sh
# Runs one program under reachable-cli and requires the standard output in PROGRAM's .out
# file and the exit code in its .rc file (0 when there is none).
# Usage: run-expected.sh REACHABLE_CLI PROGRAM.mjs
cli=$1 program=$2
base=${program%.mjs}
expected_rc=0
if [ -f "$base.rc" ]; then expected_rc=$(cat "$base.rc"); fi
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$cli" run "$program" >"$actual" 2>/dev/null
actual_rc=$?
status=0
if ! diff -u --label expected "$base.out" --label reachable "$actual"; then status=1; fi
if [ "$expected_rc" -ne "$actual_rc" ]; then
  echo "exit code: expected $expected_rc, reachable $actual_rc"
  status=1
fi
exit $status
