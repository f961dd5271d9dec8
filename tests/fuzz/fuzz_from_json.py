"""
Fuzz target: `ceasefire.from_json` on arbitrary bytes gives a Report or a FormatError, nothing else.

Run through ``nox -s fuzz``. Seeded with a real report so the fuzzer starts from valid JSON.
"""

from __future__ import annotations

import sys

import atheris


with atheris.instrument_imports():
    import ceasefire


def check(data: bytes) -> None:
    """Read fuzzed bytes as a report; only FormatError may escape, and it must name a path."""
    paths: tuple[str, ...] = ()
    try:
        ceasefire.from_json(data)
    except ceasefire.FormatError as error:
        paths = error.paths
    assert all(path.startswith("$") for path in paths)


if __name__ == "__main__":
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()
