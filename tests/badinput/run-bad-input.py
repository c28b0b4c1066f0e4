#!/usr/bin/env python3
"""Runs one row of bad-inputs.tsv against reachable-cli and checks how it ended.

Usage: run-bad-input.py TABLE NAME CLI
       run-bad-input.py TABLE NAME --desktop REACHABLE

Each row is: name, command (reachable-cli's arguments before the file), input,
expected exit code, and a piece of the message expected on standard error
("" for none). The input is one of:
  js:TEXT      a program, with \\n and \\t escapes
  json:TEXT    a scenario file, the same escapes
  gen:EXPR     a program made by a Python expression (long chains, deep nesting)
  bytes:EXPR   a file of raw bytes made by a Python expression (junk, bad UTF-8)
  path:PATH    an existing path, given as it is (/dev/zero, a missing file)
  dir:         a directory
The run must end within 30 seconds and 4 GiB of address space, as issue 24 asks,
whatever the input; its time and peak resident size are printed.

With --desktop, the row's input is opened by the desktop program instead, drawn to a
picture under xvfb-run (`reachable FILE --step end --screenshot OUT.png`): it must
end within the same time, never by a signal, with its picture written, and say
something on standard error wherever the CLI reports one of Reachable's own errors
(a located "error:"; a program's uncaught exception is the window's to show).
"""
import os
import resource
import subprocess
import sys
import tempfile
import time

# Under the sanitizers (REACHABLE_SANITIZED) code runs several times slower.
TIME_LIMIT_SECONDS = 120 if os.environ.get("REACHABLE_SANITIZED") else 30
ADDRESS_SPACE_LIMIT = 4 << 30


def read_row(table, name):
    with open(table, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == name:
                if len(fields) != 5:
                    sys.exit(f"{table}: row {name} has {len(fields)} fields, not 5")
                return fields
    sys.exit(f"{table}: no row named {name}")


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def make_input(spec, folder):
    kind, _, body = spec.partition(":")
    if kind == "path":
        return body
    if kind == "dir":
        path = os.path.join(folder, "folder.mjs")
        os.mkdir(path)
        return path
    if kind == "js":
        path, data = os.path.join(folder, "input.mjs"), unescape(body).encode("utf-8")
    elif kind == "json":
        path, data = os.path.join(folder, "input.json"), unescape(body).encode("utf-8")
    elif kind == "gen":
        path, data = os.path.join(folder, "input.mjs"), eval(body).encode("utf-8")
    elif kind == "bytes":
        path, data = os.path.join(folder, "input.mjs"), eval(body)
    else:
        sys.exit(f"unknown input kind '{kind}'")
    with open(path, "wb") as f:
        f.write(data)
    return path


def limit_resources():
    # AddressSanitizer reserves terabytes of address space for its shadow: under it
    # (the sanitizer run sets REACHABLE_SANITIZED) only the resident peak is printed.
    if not os.environ.get("REACHABLE_SANITIZED"):
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))


def run_desktop(table, name, desktop):
    _, _, spec, _, expected_message = read_row(table, name)
    with tempfile.TemporaryDirectory(prefix="reachable-bad-input-") as folder:
        path = make_input(spec, folder)
        picture = os.path.join(folder, "step.png")
        arguments = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", desktop, path, "--step", "end",
                     "--screenshot", picture]
        environment = dict(os.environ, HOME=folder, XDG_CONFIG_HOME=folder)
        started = time.monotonic()
        try:
            result = subprocess.run(arguments, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    timeout=TIME_LIMIT_SECONDS, env=environment)
        except subprocess.TimeoutExpired:
            sys.exit(f"{name}: the desktop program still ran after {TIME_LIMIT_SECONDS} s")
        elapsed = time.monotonic() - started
        drew = os.path.exists(picture)
    errors = result.stderr.decode("utf-8", "replace")
    print(f"{name} (desktop): exit {result.returncode} in {elapsed:.2f} s")
    print(errors[:2000])
    failures = []
    if result.returncode not in (0, 1):
        failures.append(f"exit code {result.returncode}: a crash, not an ending")
    if not drew:
        failures.append("no picture: the lesson was lost")
    if "error:" in expected_message and "error:" not in errors:
        failures.append("no error on standard error, where the CLI reports one")
    if failures:
        sys.exit(f"{name} (desktop): " + "; ".join(failures))


def main():
    if sys.argv[3] == "--desktop":
        return run_desktop(sys.argv[1], sys.argv[2], sys.argv[4])
    table, name, cli = sys.argv[1:4]
    _, command, spec, expected_exit, expected_message = read_row(table, name)
    with tempfile.TemporaryDirectory(prefix="reachable-bad-input-") as folder:
        path = make_input(spec, folder)
        arguments = [cli] + command.split() + [path]
        started = time.monotonic()
        try:
            result = subprocess.run(arguments, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    timeout=TIME_LIMIT_SECONDS, preexec_fn=limit_resources)
        except subprocess.TimeoutExpired:
            sys.exit(f"{name}: still running after {TIME_LIMIT_SECONDS} s: {' '.join(arguments)}")
        elapsed = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    errors = result.stderr.decode("utf-8", "replace")
    print(f"{name}: exit {result.returncode} in {elapsed:.2f} s, peak {peak // 1024} MiB resident")
    print(errors[:2000])
    failures = []
    if result.returncode != int(expected_exit):
        failures.append(f"exit code {result.returncode}, expected {expected_exit}")
    expected_message = expected_message.replace("{file}", os.path.basename(path))
    if expected_message not in errors:
        failures.append(f"standard error lacks '{expected_message}'")
    if failures:
        sys.exit(f"{name}: " + "; ".join(failures))


main()
