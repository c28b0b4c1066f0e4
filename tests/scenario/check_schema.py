#!/usr/bin/env python3
"""Requires assets/scenario.schema.json to accept every good-*.json and every
bundled scenario, and to refuse every bad-*.json, the same verdicts that the C++
loader gives (tests/scenario/FileVerdictTest.cpp). Exits 77 (skip) without the
jsonschema module."""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: skipping")
    sys.exit(77)


def refuse_constant(name):
    # Python's json accepts NaN and Infinity; JSON (and our loader) does not.
    raise ValueError(f"{name} is not JSON")


def schema_accepts(validator, path):
    try:
        document = json.loads(path.read_bytes().decode("utf-8"), parse_constant=refuse_constant)
    except (UnicodeDecodeError, ValueError):
        return False
    return validator.is_valid(document)


def main():
    schema_path, files_dir, scenarios_dir = (pathlib.Path(arg) for arg in sys.argv[1:4])
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    expectations = [(path, True) for path in sorted(files_dir.glob("good-*.json"))]
    expectations += [(path, False) for path in sorted(files_dir.glob("bad-*.json"))]
    expectations += [(path, True) for path in sorted(scenarios_dir.glob("*.json"))]
    failures = 0
    for path, good in expectations:
        if schema_accepts(validator, path) != good:
            failures += 1
            print(f"{path}: the schema {'refuses' if good else 'accepts'} it, the loader does not")
    print(f"{len(expectations)} files checked, {failures} disagreements")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
