#!/usr/bin/env bash
# Installs what is missing, builds the release preset and runs every test, then the
# sanitizer run (scripts/sanitizer-tests.sh).
# Arguments go to ctest, for example: ./test.sh -R ProgramTest --output-on-failure
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j2
ctest --preset release "$@"
# Every test (no arguments): the core, the CLI and the timeline once more, under
# AddressSanitizer and UndefinedBehaviorSanitizer.
if (( $# == 0 )); then
  scripts/sanitizer-tests.sh
fi
