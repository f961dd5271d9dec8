"""Flat tables: one row per item, the report's ids linking them, ready for CSV or pandas."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from ceasefire._model import Report, When


if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

Row = dict[str, Any]

TABLES: Final = ("events", "figures", "actors", "pauses", "corridors")
"""The tables `flat_tables` gives, in this order."""


def _when(when: When | None) -> str:
    return when.value if when is not None else ""


def _join(values: Iterable[str]) -> str:
    return "; ".join(values)


def flat_tables(report: Report) -> dict[str, list[Row]]:
    """
    The report as five tables keyed by name: `TABLES`.

    Each row starts with ``article_id`` so tables of many reports can be stacked; lists are
    joined with ``"; "`` so every cell is a string or a number.
    """
    article = report.article.id
    text = report.article.text
    events = [
        {
            "article_id": article,
            "event_id": e.id,
            "kind": e.kind.value,
            "trigger": e.trigger,
            "agents": _join(e.agents),
            "targets": _join(e.targets),
            "location": e.location or "",
            "when": _when(e.when),
            "status": e.status.value,
            "source": e.source or "",
            "evidence_start": e.evidence.start,
            "evidence_end": e.evidence.end,
        }
        for e in report.events
    ]
    figures = [
        {
            "article_id": article,
            "figure_id": f"figure-{i + 1}",
            "value": f.value,
            "low": "" if f.low is None else f.low,
            "high": "" if f.high is None else f.high,
            "bound": f.bound.value,
            "unit": f.unit,
            "category": f.category.value,
            "subject": f.subject,
            "source": f.source or "",
            "text": f.text,
            "evidence_start": f.evidence.start,
            "evidence_end": f.evidence.end,
        }
        for i, f in enumerate(report.figures)
    ]
    actors = [
        {
            "article_id": article,
            "actor_id": a.id,
            "name": a.name,
            "kind": a.kind.value,
            "title": a.title or "",
            "affiliation": a.affiliation or "",
            "aliases": _join(a.aliases),
            "mentions": len(a.mentions),
        }
        for a in report.actors
    ]
    pauses = [
        {
            "article_id": article,
            "pause_id": p.id,
            "kind": p.kind.value,
            "location": p.location or "",
            "start": _when(p.start),
            "end": _when(p.end),
            "daily_from": p.daily_window.start if p.daily_window else "",
            "daily_to": p.daily_window.end if p.daily_window else "",
            "timezone": p.timezone or "",
            "recurrence": p.recurrence.value if p.recurrence else "",
            "duration_hours": p.duration.total_seconds() / 3600 if p.duration is not None else "",
            "ordered_by": _join(p.ordered_by),
            "announced_by": _join(p.announced_by),
            "purpose": p.purpose or "",
            "status": p.status.value,
            "corridors": len(p.corridors),
            "evidence": text[p.evidence[0].start : p.evidence[0].end],
        }
        for p in report.pauses
    ]
    corridors = [
        {
            "article_id": article,
            "pause_id": p.id,
            "corridor_id": f"{p.id}-corridor-{i + 1}",
            "count": "" if c.count is None else c.count,
            "beneficiaries": _join(c.beneficiaries),
            "armed": "" if c.armed is None else c.armed,
            "origin": c.origin or "",
            "destination": c.destination or "",
            "conditions": _join(c.conditions),
            "evidence_start": c.evidence.start,
            "evidence_end": c.evidence.end,
        }
        for p in report.pauses
        for i, c in enumerate(p.corridors)
    ]
    return {"events": events, "figures": figures, "actors": actors, "pauses": pauses, "corridors": corridors}


def write_csv(rows: Sequence[Mapping[str, Any]], fieldnames: Sequence[str] | None = None) -> str:
    """Rows as CSV text with a header; `fieldnames` fixes the columns when there may be no rows."""
    out = io.StringIO()
    names = list(fieldnames) if fieldnames is not None else list(rows[0]) if rows else []
    writer = csv.DictWriter(out, fieldnames=names, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def to_dataframes(reports: Iterable[Report]) -> dict[str, pd.DataFrame]:
    """
    The flat tables of many reports as pandas DataFrames, one per table, rows stacked.

    Raises:
        ModuleNotFoundError: pandas is not installed (``pip install "ceasefire[pandas]"``).
    """
    import pandas as pd  # noqa: PLC0415 - an optional dependency

    stacked: dict[str, list[Row]] = {name: [] for name in TABLES}
    for report in reports:
        for name, rows in flat_tables(report).items():
            stacked[name].extend(rows)
    return {name: pd.DataFrame(rows) for name, rows in stacked.items()}
