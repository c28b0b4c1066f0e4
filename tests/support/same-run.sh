# Sourced by the scripts that run a program and check what it printed.

# same_run NAME_A OUTPUT_A CODE_A NAME_B OUTPUT_B CODE_B: whether two runs printed the
# same standard output (files) and ended with the same exit code; shows how they differ.
same_run() {
  same=0
  if ! diff -u --label "$1" "$2" --label "$4" "$5"; then same=1; fi
  if [ "$3" -ne "$6" ]; then
    echo "exit code: $1 $3, $4 $6"
    same=1
  fi
  return $same
}

# frozen_code BASE: the exit code frozen beside a program's output, in BASE.rc (0 when
# there is no such file).
frozen_code() {
  if [ -f "$1.rc" ]; then cat "$1.rc"; else echo 0; fi
}

# has_node NODE: whether NODE can be run here and is wanted: the sanitizer run
# (REACHABLE_SANITIZED) checks the frozen outputs only, since the release run has just
# compared with Node live.
has_node() {
  [ -z "${REACHABLE_SANITIZED:-}" ] && command -v "$1" >/dev/null 2>&1
}

# The reference command (PRODUCT.md, "Parity with Node").
run_node() {
  "$1" --expose-gc --single-threaded-gc --stack-trace-limit=0 "$2"
}

# use_time_zone PROGRAM: runs what follows in the time zone the program names on its
# first line, `// TZ=Europe/Berlin`, or in UTC, so that no output depends on the
# machine's zone (Node and reachable-cli both take the zone from TZ).
use_time_zone() {
  TZ=$(sed -n '1s|^// TZ=\([A-Za-z0-9_/+-]*\)$|\1|p' "$1")
  TZ=${TZ:-UTC}
  export TZ
}
