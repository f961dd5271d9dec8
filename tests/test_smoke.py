"""The package imports and parses the seed without error."""

from __future__ import annotations

from pathlib import Path

import ceasefire


SEED = Path(__file__).parent.parent / "seeds" / "000_44517ffaa18d11d5.txt"


def test_seed_round_trips() -> None:
    """Parsing the seed gives a report that survives a JSON round trip."""
    report = ceasefire.parse(SEED.read_text(encoding="utf-8"))

    assert report == ceasefire.from_json(ceasefire.to_json(report))
