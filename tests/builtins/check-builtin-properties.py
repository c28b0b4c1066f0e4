#!/usr/bin/env python3
"""The built-ins' own properties against the list Node printed.

usage: check-builtin-properties.py REACHABLE_CLI

Lists the own properties of every global under reachable-cli and compares them with
the list Node 20 printed (node-builtin-properties.txt, frozen by
scripts/freeze-node-output.sh). Of every global Reachable has, each property Node has
must be there too, or a program that reads it must be stopped by name ("... is not
supported"): nothing may be silently missing. Node's own internal symbols
([kEvents], ...), which no program can name, are only counted. (A global Reachable
lacks is refused by `check` where a program names it.)
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent


def listing(cli):
    result = subprocess.run([cli, "run", str(HERE / "list-builtin-properties.mjs")], capture_output=True,
                            text=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"listing the built-ins failed: {result.stderr}")
    return set(result.stdout.splitlines())


def path_parts(name):
    """ "setTimeout.[nodejs.util.promisify.custom]" -> ["setTimeout", "[nodejs.util.promisify.custom]"] """
    return re.findall(r"\[[^\]]*\]|[^.]+", name)


def expression(parts):
    """The JavaScript that reads the property, or None for a symbol no program can name."""
    text = "globalThis"
    for part in parts:
        if part.startswith("["):
            description = part[1:-1]
            if not re.fullmatch(r"Symbol\.\w+", description):
                return None
            text += f"[{description}]"
        else:
            text += f"[{json.dumps(part)}]"
    return text


def main():
    cli = sys.argv[1]
    ours = listing(cli)
    node = set((HERE / "node-builtin-properties.txt").read_text().splitlines())
    globals_we_have = {name.split(".")[0] for name in ours}
    missing = sorted(name for name in node - ours if name.split(".")[0] in globals_we_have)
    failures, internal, refused = [], 0, 0
    with tempfile.TemporaryDirectory() as folder:
        probe = pathlib.Path(folder) / "probe.mjs"
        for name in missing:
            read = expression(path_parts(name))
            if read is None:
                internal += 1
                continue
            probe.write_text(f"void {read};\nconsole.log('read without a word');\n")
            result = subprocess.run([cli, "run", str(probe)], capture_output=True, text=True, timeout=60)
            if result.returncode == 1 and "is not supported" in result.stderr:
                refused += 1
            else:
                failures.append(f"{name}: Node has it; Reachable neither has it nor stops a program that reads it "
                                f"(exit {result.returncode}: {result.stderr.strip() or result.stdout.strip()})")
    for failure in failures:
        print(failure)
    print(f"{len(node & ours)} properties as Node has them; {refused} absent and refused by name when read; "
          f"{internal} of Node's internal symbols")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
