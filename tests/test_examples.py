"""Every script in examples/ runs to completion, so the examples cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.py"))


def test_there_are_examples() -> None:
    """The examples folder is not empty (a glob that finds nothing would test nothing)."""
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(script: Path) -> None:
    """The script exits with status 0."""
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=False)

    assert result.returncode == 0, result.stderr


def test_hand_built_example_validates() -> None:
    """The hand-built report example round-trips and validates against the schema."""
    script = next(p for p in EXAMPLES if p.name == "build_report_by_hand.py")

    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True).stdout

    assert "valid against the JSON Schema" in out
    assert "275,000 people are trapped" in out
