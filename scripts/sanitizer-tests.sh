#!/usr/bin/env bash
# Builds the `asan` preset (the core, the CLI and their tests with AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs its tests; ./test.sh runs this after the release
# suite. Arguments go to ctest.
#
# The stack limit is raised to 64 MiB first: a sanitizer's frames are several times
# larger than a release build's, and the depth limits (the parser's nesting, the call
# depth, JSON's) are set for release frames in 8 MiB. What this run looks for is memory
# and undefined behaviour, which no depth changes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# (Or as high as the hard limit allows, where that is lower.)
ulimit -s 65536 2>/dev/null || ulimit -s "$(ulimit -H -s)"
cmake --preset asan
cmake --build --preset asan -j2
# Left out: tests labelled slow, those in which only Node runs, and the layers' build
# probes (what they check does not depend on the flags).
ctest --preset asan -LE 'slow|node|layers' "$@"
