#!/bin/sh
# Runs one program under reachable-cli and requires the standard output in PROGRAM's .out
# file and the exit code in its .rc file (0 when there is none).
# Usage: run-expected.sh REACHABLE_CLI PROGRAM.mjs
cli=$1 program=$2
. "$(dirname "$0")/../support/same-run.sh"
use_time_zone "$program"
base=${program%.mjs}
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$cli" run "$program" >"$actual" 2>/dev/null
actual_rc=$?
same_run expected "$base.out" "$(frozen_code "$base")" reachable "$actual" $actual_rc
