#!/bin/sh
# Freezes what the reference command prints under Node (PRODUCT.md, "Parity with
# Node") beside each program the tests compare with it, so that the tests check the
# engine where Node is absent too:
#   tests/parity/NAME.mjs       -> tests/parity/NAME.out (and NAME.rc, its exit code, when not 0)
#   scenarios/NAME.json         -> tests/scenario/output/NAME.out (and .rc), from its export-js
#   the built-ins' own properties -> tests/builtins/node-builtin-properties.txt
# Run it after adding or changing such a program, with the Node the development
# machines have (PRODUCT.md names the version), and commit what changed.
# Usage: scripts/freeze-node-output.sh [REACHABLE_CLI]   (default: the release build's)
set -eu
cd "$(dirname "$0")/.."
. tests/support/same-run.sh
cli=${1:-build/release/cli/reachable-cli}
node=node
has_node "$node" || { echo "freeze-node-output: node not found" >&2; exit 1; }
echo "freezing with node $("$node" --version)"

# freeze PROGRAM BASE: the reference command's output of PROGRAM in BASE.out, its exit
# code in BASE.rc unless it is 0.
freeze() {
  code=0
  (use_time_zone "$1" && run_node "$node" "$1") >"$2.out" 2>/dev/null || code=$?
  if [ "$code" -ne 0 ]; then echo "$code" >"$2.rc"; else rm -f "$2.rc"; fi
}

for program in tests/parity/*.mjs; do
  freeze "$program" "${program%.mjs}"
done

mkdir -p tests/scenario/output
exported=$(mktemp -d)
trap 'rm -rf "$exported"' EXIT
for scenario in scenarios/*.json; do
  name=$(basename "$scenario" .json)
  "$cli" export-js "$scenario" >"$exported/$name.mjs"
  freeze "$exported/$name.mjs" "tests/scenario/output/$name"
done

# The built-ins' own properties, as tests/builtins/check-builtin-properties.py compares them.
(TZ=UTC run_node "$node" tests/builtins/list-builtin-properties.mjs) | LC_ALL=C sort \
  >tests/builtins/node-builtin-properties.txt
