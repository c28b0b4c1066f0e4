#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing Reachable need,
# when some are missing. run.sh and test.sh call it; so can you. Packages named as
# arguments are installed too (scripts/fuzz.sh adds its compiler this way).
#
# apt-get runs with --no-install-recommends, so every package is named here, also those
# that recommends would have brought.
set -euo pipefail

packages=(
  # building
  g++ make cmake pkg-config git ca-certificates
  # libraries, as Debian ships them
  libimgui-dev libglfw3-dev python3-glad nlohmann-json3-dev libstb-dev
  # Unicode as Node has it: collation, normalization, case mapping, character widths
  libicu-dev
  # BigInt's digits and arithmetic
  libgmp-dev
  # regular expressions: PCRE2's 16-bit library, driven with ECMAScript's semantics
  libpcre2-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev python3 python3-jsonschema
  # a headless OpenGL 3.3 core context: Xvfb (xvfb-run needs xauth) and Mesa's llvmpipe
  xvfb xauth libgl1 libglx-mesa0 libgl1-mesa-dri
  # the interface font
  fonts-dejavu-core
  "$@"
)
# The parity tests compare with Node; any node already on the PATH will do.
command -v node >/dev/null || packages+=(nodejs)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -x 'install ok installed' >/dev/null \
    || missing+=("$package")
done
if (( ${#missing[@]} == 0 )); then
  exit 0
fi

as_root=()
if (( EUID != 0 )); then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo to get: ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
# A new machine has no package lists yet.
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
