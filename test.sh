#!/usr/bin/env bash
# Installs what is missing, builds the release preset and runs every test.
# Arguments go to ctest, for example: ./test.sh -R ProgramTest --output-on-failure
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j2
ctest --preset release "$@"
