#!/bin/sh
# Lists the built-ins' own properties under reachable-cli and compares them with the
# list Node 20 printed (node-builtin-properties.txt, frozen by
# scripts/freeze-node-output.sh): of every global Reachable has, each property Node has
# must be there too, or be named in known-absent.txt with its reason; and each name in
# known-absent.txt must really be absent, so that the list stays true.
# (A global Reachable lacks is refused by `check` where a program names it.)
# Usage: check-builtin-properties.sh REACHABLE_CLI
cli=$1
here=$(dirname "$0")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$cli" run "$here/list-builtin-properties.mjs" | LC_ALL=C sort >"$dir/ours" || exit 1
grep -v '^#' "$here/known-absent.txt" | grep -v '^$' | LC_ALL=C sort >"$dir/absent"
cut -d. -f1 "$dir/ours" | LC_ALL=C sort -u >"$dir/globals"
LC_ALL=C sort "$here/node-builtin-properties.txt" | LC_ALL=C comm -23 - "$dir/ours" |
  awk -F. 'NR == FNR { have[$1] = 1; next } ($1 in have)' "$dir/globals" - >"$dir/missing"
status=0
if LC_ALL=C comm -23 "$dir/missing" "$dir/absent" | grep .; then
  echo "^ Node has these and Reachable does not: add them, or name them in known-absent.txt with a reason"
  status=1
fi
if LC_ALL=C comm -12 "$dir/absent" "$dir/ours" | grep .; then
  echo "^ known-absent.txt names these, but Reachable has them: take them off the list"
  status=1
fi
exit $status
