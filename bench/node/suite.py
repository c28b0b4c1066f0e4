#!/usr/bin/env python3
"""Issue 26's benchmark suite: each workload of bench/node/suite run by reachable-cli and
by `node --jitless` (V8's own interpreter, the anchor), alternating, N times each.

Prints per workload the median wall-clock seconds of each, their ratio (Reachable /
Node), the spread of the per-run ratios, the median peak resident set of each and its
ratio; then the geometric mean of the time ratios. A workload whose output differs
from Node's is reported and left out of the mean.

    bench/node/suite.py [--cli build/release/cli/reachable-cli] [--runs 5] [WORKLOAD…]
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(command):
    """Wall-clock seconds, peak resident set in MiB, and standard output of a command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} exited with {process.returncode}")
    return seconds, usage.ru_maxrss / 1024, output


def measure(workload, cli, runs):
    ours = [cli, "run", str(workload)]
    theirs = ["node", "--jitless", "--no-warnings", str(workload)]
    times = {"ours": [], "theirs": []}
    memory = {"ours": [], "theirs": []}
    outputs = {}
    for _ in range(runs):
        for side, command in (("ours", ours), ("theirs", theirs)):
            seconds, mib, output = run(command)
            times[side].append(seconds)
            memory[side].append(mib)
            outputs[side] = output
    ratios = [a / b for a, b in zip(times["ours"], times["theirs"])]
    return {
        "same": outputs["ours"] == outputs["theirs"],
        "ours": statistics.median(times["ours"]),
        "theirs": statistics.median(times["theirs"]),
        "ratio": statistics.median(times["ours"]) / statistics.median(times["theirs"]),
        "spread": (min(ratios), max(ratios)),
        "ours_mib": statistics.median(memory["ours"]),
        "theirs_mib": statistics.median(memory["theirs"]),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=str(HERE.parent.parent / "build/release/cli/reachable-cli"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("workloads", nargs="*", help="names in bench/node/suite (default: all)")
    args = parser.parse_args()
    names = args.workloads or sorted(p.stem for p in (HERE / "suite").glob("*.mjs"))
    print(f"{args.runs} runs each, alternating; medians. Time ratio = Reachable / node --jitless.")
    print(f"{'workload':26} {'reachable s':>11} {'node s':>8} {'ratio':>6} {'spread':>11}"
          f" {'reachable MiB':>13} {'node MiB':>9} {'ratio':>6}")
    ratios = []
    for name in names:
        r = measure(HERE / "suite" / f"{name}.mjs", args.cli, args.runs)
        spread = f"{r['spread'][0]:.2f}-{r['spread'][1]:.2f}"
        note = "" if r["same"] else "  OUTPUT DIFFERS FROM NODE'S"
        print(f"{name:26} {r['ours']:11.3f} {r['theirs']:8.3f} {r['ratio']:6.2f} {spread:>11}"
              f" {r['ours_mib']:13.0f} {r['theirs_mib']:9.0f} {r['ours_mib'] / r['theirs_mib']:6.2f}{note}",
              flush=True)
        if r["same"]:
            ratios.append(r["ratio"])
    if ratios:
        mean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of {len(ratios)} time ratios: {mean:.2f}")


if __name__ == "__main__":
    main()
