"""
Score parses against hand-coded expectations: precision and recall per item type.

A corpus is a folder of ``NAME.txt`` stories, each with ``NAME.expected.json`` (the layout of
the development corpus: ``published``, ``pauses``, ``figures``, ``actors``, ``events``,
``quotes``). Matching is by meaning, not by string: a figure matches when its value lies in
the accepted range and its category agrees; an actor when any of its names is one of the
expected names; an event when the kind agrees and its date lies within the expected one (or none
is expected); a quote when one text holds the other; a pause when its day or its place agrees.

Run ``python -m ceasefire.evaluate FOLDER...`` to print the table.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from ceasefire._model import Report
from ceasefire._parse.pipeline import parse


ITEM_TYPES = ("pauses", "figures", "actors", "events", "quotes")


@attrs.frozen
class Score:
    """
    Matches counted both ways, so precision and recall come from one tally.

    Attributes:
        found: Items the parser gave.
        found_right: Of those, how many match an expected item.
        expected: Items the expectation lists.
        expected_found: Of those, how many the parser found.
    """

    found: int = 0
    found_right: int = 0
    expected: int = 0
    expected_found: int = 0

    def __add__(self, other: Score) -> Score:
        """Tally two scores together."""
        return Score(
            found=self.found + other.found,
            found_right=self.found_right + other.found_right,
            expected=self.expected + other.expected,
            expected_found=self.expected_found + other.expected_found,
        )

    @property
    def precision(self) -> float:
        """Share of found items that are right (1.0 when nothing was found)."""
        return self.found_right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Share of expected items that were found (1.0 when nothing was expected)."""
        return self.expected_found / self.expected if self.expected else 1.0


def _norm(text: str | None) -> str:
    words = (text or "").lower().replace("’", "'").replace("'s ", " ").split()
    return " ".join(w for w in words if w != "the")


def _tally(found: Sequence[Any], expected: Sequence[Any], same: Callable[[Any, Any], bool]) -> Score:
    return Score(
        found=len(found),
        found_right=sum(any(same(f, e) for e in expected) for f in found),
        expected=len(expected),
        expected_found=sum(any(same(f, e) for f in found) for e in expected),
    )


_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def lies_within(value: str, period: str) -> bool:
    """
    Whether a found date lies wholly within an expected period, at its precision or finer.

    A finer value written in the period's own terms begins with it ("2016-10-18T10:00" within
    "2016-10"); an ISO week ("2016-W42"), which a coder writes as its month, lies within that
    month, or year, when all seven of its days do.
    """
    if value.startswith(period):
        return True
    week = _ISO_WEEK.fullmatch(value)
    if week is None:
        return False
    year, number = int(week[1]), int(week[2])
    try:
        monday = datetime.date.fromisocalendar(year, number, 1)
    except ValueError:
        return False
    sunday = monday + datetime.timedelta(days=6)
    return monday.isoformat().startswith(period) and sunday.isoformat().startswith(period)


def score_report(report: Report, expected: Mapping[str, Any]) -> dict[str, Score]:
    """Score one report against its expectation, per item type it codes."""

    def same_figure(figure: Any, wanted: Mapping[str, Any]) -> bool:
        low, high = wanted.get("accept") or [wanted["value"], wanted["value"]]
        if wanted.get("hundreds"):
            low, high = 100, 999
        inside = low <= figure.value <= high or (
            figure.low is not None and figure.high is not None and figure.low <= wanted["value"] <= figure.high
        )
        return bool(inside and figure.category.value == wanted["category"])

    def same_actor(actor: Any, wanted: Mapping[str, Any]) -> bool:
        names = {_norm(actor.name), *(_norm(a) for a in actor.aliases)}
        return bool(names & {_norm(wanted["name"]), *(_norm(a) for a in wanted.get("aliases", []))})

    def same_event(event: Any, wanted: Mapping[str, Any]) -> bool:
        if event.kind.value != wanted["kind"]:
            return False
        date = wanted.get("date")
        return date is None or (event.when is not None and lies_within(event.when.value, date))

    def same_quote(quote: Any, wanted: Mapping[str, Any]) -> bool:
        a, b = _norm(quote.text), _norm(wanted["text"])
        return bool(a and b and (a in b or b in a))

    def same_pause(pause: Any, wanted: Mapping[str, Any]) -> bool:
        day = wanted.get("date")
        if day and pause.start is not None and lies_within(pause.start.value, day):
            return True
        place, wanted_place = _norm(pause.location), _norm(wanted.get("location"))
        return bool(place and wanted_place and (place in wanted_place or wanted_place in place))

    checks: dict[str, tuple[Sequence[Any], Callable[[Any, Any], bool]]] = {
        "pauses": (report.pauses, same_pause),
        "figures": (report.figures, same_figure),
        "actors": (report.actors, same_actor),
        "events": (report.events, same_event),
        "quotes": (report.quotes, same_quote),
    }
    # An item type the expectation does not code at all is not scored, rather than scored as all wrong.
    return {kind: _tally(found, expected[kind], same) for kind, (found, same) in checks.items() if kind in expected}


def stories(folders: Iterable[Path]) -> list[tuple[Path, Path]]:
    """Each story of the folders with its expectation file, sorted by name."""
    pairs = []
    for folder in folders:
        for expected in sorted(folder.glob("*.expected.json")):
            text = expected.with_name(expected.name.removesuffix(".expected.json") + ".txt")
            if text.exists():
                pairs.append((text, expected))
    return pairs


def score_corpus(folders: Iterable[Path]) -> dict[str, Score]:
    """Parse every story of the folders with its publication date and total the scores."""
    totals = {kind: Score() for kind in ITEM_TYPES}
    for text_path, expected_path in stories(folders):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        published = datetime.date.fromisoformat(expected["published"]) if expected.get("published") else None
        report = parse(text_path.read_text(encoding="utf-8"), published)
        for kind, score in score_report(report, expected).items():
            totals[kind] = totals[kind] + score
    return totals


def table(scores: Mapping[str, Score]) -> str:
    """The scores as a small aligned table, one item type a line."""
    lines = [f"{'item':<8} {'found':>6} {'right':>6} {'expected':>9} {'recalled':>9} {'precision':>10} {'recall':>7}"]
    lines += [
        f"{kind:<8} {s.found:>6} {s.found_right:>6} {s.expected:>9} {s.expected_found:>9} "
        f"{s.precision:>10.2f} {s.recall:>7.2f}"
        for kind, s in scores.items()
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores of the corpus folders given as arguments."""
    folders = [Path(a) for a in (sys.argv[1:] if argv is None else argv)]
    if not folders:
        sys.stderr.write("usage: python -m ceasefire.evaluate FOLDER...\n")
        return 2
    sys.stdout.write(table(score_corpus(folders)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
