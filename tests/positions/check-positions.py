#!/usr/bin/env python3
"""Each program of cases.txt must be reported where V8 places its uncaught error.

usage: check-positions.py NODE REACHABLE_CLI [--freeze]

The expected line and column of each case is the first frame of the error's stack
under Node (in this file, not in a built-in), frozen in positions.txt; --freeze writes
that file from the node given. Where node runs and now places a case elsewhere (another
V8), that is noted, not failed: the frozen positions are the reference.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent


def read_cases():
    cases, name, lines = [], None, []
    for line in (HERE / "cases.txt").read_text().splitlines():
        if line.startswith("//// "):
            if name:
                cases.append((name, "\n".join(lines) + "\n"))
            name, lines = line[5:], []
        elif name:
            lines.append(line)
    cases.append((name, "\n".join(lines) + "\n"))
    return cases


def node_position(node, path):
    result = subprocess.run([node, str(path)], capture_output=True, text=True, timeout=60)
    for line in result.stderr.splitlines():
        match = re.match(r"\s+at .*" + re.escape(path.name) + r":(\d+):(\d+)\)?$", line)
        if match:
            return f"{match[1]}:{match[2]}"
    return None


def reachable_position(cli, path):
    result = subprocess.run([cli, "run", str(path)], capture_output=True, text=True, timeout=60)
    match = re.search(re.escape(path.name) + r":(\d+):(\d+): Uncaught", result.stderr)
    return f"{match[1]}:{match[2]}" if match else f"(no uncaught error; exit {result.returncode})"


def main():
    node, cli = sys.argv[1], sys.argv[2]
    freeze = "--freeze" in sys.argv[3:]
    frozen_file = HERE / "positions.txt"
    frozen = {}
    if not freeze:
        for line in frozen_file.read_text().splitlines():
            name, _, position = line.partition("\t")
            frozen[name] = position
    failures, notes, written = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for name, program in read_cases():
            path = pathlib.Path(folder) / "case.mjs"
            path.write_text(program)
            try:
                live = node_position(node, path)
            except (OSError, subprocess.TimeoutExpired):
                live = None
            if freeze:
                if live is None:
                    sys.exit(f"check-positions: node gives no position for '{name}'")
                written.append(f"{name}\t{live}")
                continue
            ours = reachable_position(cli, path)
            expected = frozen.get(name)
            if expected is None:
                failures.append(f"{name}: not in positions.txt (run with --freeze)")
            elif ours != expected:
                failures.append(f"{name}: reported at {ours}, V8 places it at {expected}")
            elif live is not None and live != expected:
                notes.append(f"note: {name}: this node places it at {live}, positions.txt at {expected}")
    if freeze:
        frozen_file.write_text("\n".join(written) + "\n")
        print(f"froze {len(written)} positions")
        return 0
    for line in notes + failures:
        print(line)
    print(f"{len(frozen) - len(failures)} of {len(frozen)} uncaught errors where V8 places them")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
