"""
Parse the seed article and print what was found.

Run: python examples/parse_seed.py
"""

from __future__ import annotations

import datetime
from pathlib import Path

import ceasefire


seed = Path(__file__).resolve().parent.parent / "seeds" / "000_44517ffaa18d11d5.txt"
report = ceasefire.parse(seed.read_text(encoding="utf-8"), published=datetime.date(2016, 11, 2))

print(report.article.title)
for pause in report.pauses:
    print("pause:", pause.kind.value, pause.location, pause.daily_window, pause.timezone, pause.duration)
    for corridor in pause.corridors:
        print("  corridor:", corridor.count, corridor.beneficiaries, "armed" if corridor.armed else "")
for figure in report.figures:
    print(
        "figure:",
        figure.value,
        figure.bound.value,
        figure.unit,
        figure.category.value,
        repr(report.text_of(figure.evidence)),
    )
for actor in report.actors:
    print("actor:", actor.name, actor.kind.value, actor.aliases)
