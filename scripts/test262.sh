#!/usr/bin/env bash
# Runs test262's tests (by default those of WeakRef, FinalizationRegistry, WeakMap and
# WeakSet) against `reachable-cli run --test262-host` and prints a report; with --node, runs
# the same tests under Node instead, for the pass count to compare with. Not part of ./test.sh: CI has no
# copy of the suite. The suite is read from a git directory (a clone, or a bare git
# directory such as the one the `fetch` tool brings) or from a checked-out tree; its files
# are extracted into a temporary directory, never into this repository.
#
# Usage: scripts/test262.sh [--dir DIR]... [--filter SUBSTRING] [-j N] [--cli PATH] [--node] [--keep] [-v] TEST262_DIR
#   --dir DIR           run the tests under DIR (e.g. test/built-ins/RegExp); repeatable;
#                       replaces the default folders
#   --filter SUBSTRING  run only the tests whose path contains SUBSTRING
#   --node              run the tests under `node --expose-gc` (strict, as this host runs
#                       them; $262 gives gc, global and clearKeptObjects as far as Node can)
#   -j N                run N tests at a time (default 2)
#   --cli PATH          the reachable-cli to test (default: $REACHABLE_CLI, else the newest
#                       build/*/cli/reachable-cli)
#   --keep              keep the temporary directory (the built test files and their output)
#   -v                  print the whole standard error of each failure
# Exit status: 0 whatever the results (this is a report), 2 on bad usage or a missing suite.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
dirs=(test/built-ins/WeakRef test/built-ins/FinalizationRegistry test/built-ins/WeakMap test/built-ins/WeakSet)

usage() {
  sed -n '/^# Usage:/,/^# Exit status/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# --- worker: runs one test; called by xargs as `test262.sh --worker WORKDIR TEST` -------------
if [ "${1:-}" = "--worker" ]; then
  work=$2 test=$3
  suite=$work/suite
  cli=$(cat "$work/cli") mode=$(cat "$work/mode")
  name=${test//\//__}
  out=$work/out/$name
  name=${name%.js}
  meta=$(awk '/\/\*---/{on=1; next} /---\*\//{on=0} on' "$suite/$test")
  # A YAML list, written inline (key: [a, b]) or as a block (key:\n  - a).
  yaml_list() {
    printf '%s\n' "$meta" | awk -v key="$1" '
      $0 ~ "^"key":" {
        line = $0; sub("^"key":[ \t]*", "", line)
        if (line ~ /^\[/) { gsub(/[\[\]]/, "", line); n = split(line, a, ","); for (i = 1; i <= n; i++) { gsub(/^[ \t]+|[ \t]+$/, "", a[i]); if (a[i] != "") print a[i] } exit }
        block = 1; next
      }
      block && /^[ \t]+-/ { item = $0; sub(/^[ \t]+-[ \t]*/, "", item); print item; next }
      block { exit }'
  }
  negative_field() {
    printf '%s\n' "$meta" | awk -v key="$1" '
      /^negative:/ { on = 1; next }
      on && /^[ \t]+/ { if ($1 == key":") { print $2; exit } next }
      on { exit }'
  }
  includes=$(yaml_list includes)
  flags=$(yaml_list flags)
  has_flag() { printf '%s\n' "$flags" | grep -qx "$1"; }
  if has_flag noStrict; then
    echo "SKIP $test noStrict" >"$out.result"
    exit 0
  fi
  neg_phase=$(negative_field phase) neg_type=$(negative_field type)
  file=$work/files/$name
  if has_flag module; then file=$file.mjs; else file=$file.js; fi
  {
    if [ "$mode" = node ] && ! has_flag raw && ! has_flag module; then echo "'use strict';"; fi
    if [ "$mode" = node ] && ! has_flag raw; then
      echo "globalThis.\$262 = { global: globalThis, gc: globalThis.gc, clearKeptObjects() {} };"
    fi
    if ! has_flag raw; then
      # doneprintHandle.js prints through a host `print`; define one if the host has none.
      echo "if (typeof globalThis.print !== 'function') globalThis.print = (m) => console.log(m);"
      cat "$suite/harness/assert.js" "$suite/harness/sta.js"
      if has_flag async; then cat "$suite/harness/doneprintHandle.js"; fi
      for inc in $includes; do cat "$suite/harness/$inc"; done
    fi
    cat "$suite/$test"
  } >"$file"
  run_mode=(run)
  if [ "$mode" = host ] && ! has_flag module; then run_mode=(run --test262-host); fi
  if [ "$mode" = node ]; then
    # Node's answers take the CLI's shapes: exit 2 with the error's name for an early error,
    # "Uncaught NAME" for a runtime one.
    if [ -n "$neg_phase" ] && [ "$neg_phase" != runtime ]; then
      timeout 60 node --check "$file" >"$out.stdout" 2>"$out.stderr"
      rc=$?; [ $rc -ne 0 ] && [ $rc -ne 124 ] && rc=2
    else
      timeout 60 node --expose-gc --single-threaded-gc --stack-trace-limit=0 "$file" >"$out.stdout" 2>"$out.stderr"
      rc=$?
      if [ $rc -ne 0 ] && [ $rc -ne 124 ]; then
        sed -i -E 's/^([A-Za-z]*Error|Test262Error)(:|$)/Uncaught \1\2/' "$out.stderr"
      fi
    fi
  else
    if [ -n "$neg_phase" ] && [ "$neg_phase" != runtime ]; then
      timeout 60 "$cli" check "$file" >"$out.stdout" 2>"$out.stderr"
    else
      timeout 60 "$cli" "${run_mode[@]}" "$file" >"$out.stdout" 2>"$out.stderr"
    fi
    rc=$?
  fi
  reason=
  if [ -n "$neg_phase" ]; then
    if [ "$neg_phase" != runtime ]; then
      if [ $rc -ne 2 ]; then reason="expected a $neg_type at $neg_phase phase, check exited $rc"
      elif ! grep -q "$neg_type" "$out.stdout" "$out.stderr"; then reason="expected a $neg_type at $neg_phase phase, got another error"
      fi
    else
      if [ $rc -eq 0 ]; then reason="expected an uncaught $neg_type, the run succeeded"
      elif ! grep -q "Uncaught $neg_type" "$out.stderr"; then reason="expected an uncaught $neg_type"
      fi
    fi
  elif [ $rc -eq 124 ]; then
    reason="timed out"
  elif [ $rc -ne 0 ]; then
    reason="exit code $rc"
  elif has_flag async && ! grep -qx 'Test262:AsyncTestComplete' "$out.stdout"; then
    reason="async test did not print Test262:AsyncTestComplete: $(grep -m1 'Test262:' "$out.stdout")"
  fi
  if [ -z "$reason" ]; then
    echo "PASS $test" >"$out.result"
  else
    first=$(grep -m1 -v '^[[:space:]]*$' "$out.stderr")
    [ -z "$first" ] && first=$(grep -m1 -v '^[[:space:]]*$' "$out.stdout")
    prefix="$work/files/"; first=${first//"$prefix"/}
    printf 'FAIL %s\t%s\t%s\n' "$test" "$reason" "$first" >"$out.result"
  fi
  exit 0
fi

# --- main ------------------------------------------------------------------------------------
filter= jobs=2 cli=${REACHABLE_CLI:-} keep=0 verbose=0 suite_path= node=0 custom_dirs=()
while [ $# -gt 0 ]; do
  case $1 in
    --dir) [ $# -ge 2 ] || usage; custom_dirs+=("${2%/}"); shift 2 ;;
    --dir=*) d=${1#*=}; custom_dirs+=("${d%/}"); shift ;;
    --node) node=1; shift ;;
    --filter) [ $# -ge 2 ] || usage; filter=$2; shift 2 ;;
    --filter=*) filter=${1#*=}; shift ;;
    -j) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
    -j[0-9]*) jobs=${1#-j}; shift ;;
    --cli) [ $# -ge 2 ] || usage; cli=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -v) verbose=1; shift ;;
    -h|--help) usage ;;
    -*) echo "unknown option: $1" >&2; usage ;;
    *) [ -z "$suite_path" ] || usage; suite_path=$1; shift ;;
  esac
done
[ -n "$suite_path" ] || usage
[ ${#custom_dirs[@]} -gt 0 ] && dirs=("${custom_dirs[@]}")
case $jobs in ''|*[!0-9]*|0) echo "-j needs a positive number" >&2; usage ;; esac
if [ ! -e "$suite_path" ]; then
  echo "test262 suite not found: $suite_path" >&2
  usage
fi
if [ $node -eq 1 ]; then
  cli=$(command -v node) || { echo "node not found" >&2; exit 2; }
elif [ -z "$cli" ]; then
  cli=$(ls -t "$root"/build/*/cli/reachable-cli 2>/dev/null | head -n1)
fi
if [ -z "$cli" ] || [ ! -x "$cli" ]; then
  echo "reachable-cli not found (build it, or give --cli PATH)" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/reachable-test262.XXXXXX")
if [ $keep -eq 0 ]; then trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work/suite" "$work/files" "$work/out"

# Bring the harness and the four folders out of the suite.
if [ -f "$suite_path/harness/assert.js" ]; then
  for d in harness "${dirs[@]}"; do
    mkdir -p "$work/suite/$(dirname "$d")"
    cp -R "$suite_path/$d" "$work/suite/$d"
  done
  revision="(work tree)"
elif git --git-dir="$suite_path" rev-parse --verify -q HEAD >/dev/null 2>&1 ||
     git --git-dir="$suite_path/.git" rev-parse --verify -q HEAD >/dev/null 2>&1; then
  gitdir=$suite_path
  git --git-dir="$gitdir" rev-parse --verify -q HEAD >/dev/null 2>&1 || gitdir=$suite_path/.git
  git --git-dir="$gitdir" archive HEAD harness "${dirs[@]}" | tar -x -C "$work/suite" || {
    echo "cannot read harness/ and ${dirs[*]} from $suite_path" >&2; exit 2; }
  revision=$(git --git-dir="$gitdir" rev-parse --short HEAD)
else
  echo "not a test262 git directory or checkout: $suite_path" >&2
  usage
fi

if [ $node -eq 1 ]; then
  echo node >"$work/mode"
  mode_note="($(node --version), strict)"
elif "$cli" --help 2>&1 | grep -q -- '--test262-host'; then
  echo host >"$work/mode"
  mode_note="run --test262-host"
else
  echo plain >"$work/mode"
  mode_note="run (this reachable-cli has no --test262-host: tests run as modules, expect failures)"
fi
echo "$cli" >"$work/cli"

(cd "$work/suite" && find "${dirs[@]}" -name '*.js' ! -name '*_FIXTURE*' | LC_ALL=C sort) >"$work/all"
if [ -n "$filter" ]; then grep -F -- "$filter" "$work/all" >"$work/list" || true; else cp "$work/all" "$work/list"; fi
total=$(wc -l <"$work/list")
echo "test262 $revision: $total tests, $jobs at a time, $cli $mode_note"

if [ "$total" -gt 0 ]; then
  xargs -P "$jobs" -n 1 "${BASH_SOURCE[0]}" --worker "$work" <"$work/list"
fi

cat "$work"/out/*.result 2>/dev/null | LC_ALL=C sort >"$work/results"
passed=$(grep -c '^PASS ' "$work/results")
skipped=$(grep -c '^SKIP ' "$work/results")
failed=$(grep -c '^FAIL ' "$work/results")
ran=$((total - skipped))
if [ "$skipped" -gt 0 ]; then
  echo "skipped $skipped (noStrict: this host runs strict code only):"
  grep '^SKIP ' "$work/results" | sed 's/^SKIP /  /'
fi
if [ "$failed" -gt 0 ]; then
  echo "failures:"
  grep '^FAIL ' "$work/results" | while IFS=$'\t' read -r head reason first; do
    t=${head#FAIL }
    echo "  $t: $reason${first:+: $first}"
    if [ $verbose -eq 1 ]; then sed 's/^/      /' "$work/out/${t//\//__}.stderr"; fi
  done
fi
echo "passed $passed of $ran"
[ $keep -eq 1 ] && echo "files kept in $work"
exit 0
