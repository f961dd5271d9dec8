"""Every Python block of the docs and the README runs, page by page, so the docs cannot rot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


ROOT = Path(__file__).parent.parent
PAGES = [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]
SNIPPET = re.compile(r'--8<-- "([^"]+)"')
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def test_pages_have_code() -> None:
    assert sum(len(BLOCK.findall(page.read_text(encoding="utf-8"))) for page in PAGES) >= 15


@pytest.mark.parametrize("page", [p for p in PAGES if BLOCK.search(p.read_text(encoding="utf-8"))], ids=str)
def test_page_runs(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # pages use paths from the repository root
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for number, block in enumerate(BLOCK.findall(page.read_text(encoding="utf-8")), start=1):
        included = SNIPPET.fullmatch(block.strip())  # a pymdownx snippet: the file it includes
        source = (ROOT / included.group(1)).read_text(encoding="utf-8") if included else block
        code = compile(source, f"{page.name}, block {number}", "exec")
        exec(code, namespace)  # noqa: S102 - running the docs' own examples is the point
