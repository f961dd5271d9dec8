"""Every module-level name in the package and its tests is bound once."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted([*(ROOT / "src" / "ceasefire").rglob("*.py"), *(ROOT / "tests").rglob("*.py")])


def bound_twice(source: str) -> list[str]:
    """Names a module binds more than once at its top level: a second binding silently replaces the first."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return twice


def test_a_name_bound_twice_is_found() -> None:
    assert bound_twice("_REACH = 60\n\ndef f(): ...\n_REACH = 200\n") == ["_REACH (lines 1 and 4)"]


@pytest.mark.parametrize("module", MODULES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    """A pattern or reach defined again further down changes what every earlier user reads, unseen."""
    assert bound_twice(module.read_text(encoding="utf-8")) == []
