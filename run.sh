#!/usr/bin/env bash
# Installs what is missing, builds the program into build/release (the folder test.sh
# builds, so nothing is built twice) and starts it. Arguments go to the program.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

"$root/scripts/install-deps.sh"
# The program stays in the caller's folder, so that relative file names mean what they say.
(
  cd "$root"
  [[ -f build/release/CMakeCache.txt ]] || cmake --preset release
  cmake --build --preset release -j2 --target reachable
)
exec "$root/build/release/app/reachable" "$@"
