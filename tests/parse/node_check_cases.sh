#!/bin/sh
# Confirms the case files against Node itself: each invalid file that expects
# a SyntaxError must be rejected by `node --check` as a module (exit 1); every
# valid file, and every file Reachable refuses (valid JavaScript outside the
# subset), must be accepted (exit 0). Exits 77 (skipped) without node.
cases="$1"
command -v node >/dev/null 2>&1 || { echo "node not found: skipped"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
failures=0
for file in "$cases"/valid/*.js "$cases"/invalid/*.js; do
    cp "$file" "$tmp/case.mjs"
    node --check "$tmp/case.mjs" >/dev/null 2>&1
    status=$?
    expected=0
    case "$file" in
        */invalid/*) head -n 1 "$file" | grep -q 'SyntaxError:' && expected=1 ;;
    esac
    if [ "$status" -ne "$expected" ]; then
        echo "$file: node --check exited $status, expected $expected"
        failures=$((failures + 1))
    fi
done
[ "$failures" -eq 0 ] && echo "all case files agree with node"
exit $((failures > 0))
