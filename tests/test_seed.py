"""
The seed story, parsed with its publication date, field by field as issue 3 asks.

Then the same story with its names, places, dates, hours and numbers changed: the output follows.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import ceasefire
from ceasefire import Bound, EventKind, FigureCategory, Report


SEED = (Path(__file__).parent.parent / "seeds" / "000_44517ffaa18d11d5.txt").read_text(encoding="utf-8")
PUBLISHED = datetime.date(2016, 11, 2)


@pytest.fixture(scope="module")
def report() -> Report:
    return ceasefire.parse(SEED, PUBLISHED)


def actor_named(report: Report, name: str) -> str:
    matches = [a.id for a in report.actors if a.name == name or name in a.aliases]
    assert len(matches) == 1, (name, [a.name for a in report.actors])
    return matches[0]


class TestPause:
    def test_one_pause_in_aleppo(self, report: Report) -> None:
        (pause,) = report.pauses
        assert pause.location == "Aleppo"
        assert pause.kind.value == "humanitarian_pause"

    def test_window_and_zone(self, report: Report) -> None:
        (pause,) = report.pauses
        assert pause.start is not None
        assert pause.end is not None
        assert (pause.start.value, pause.end.value) == ("2016-11-04T09:00", "2016-11-04T19:00")
        assert pause.daily_window is not None
        assert (pause.daily_window.start, pause.daily_window.end) == ("09:00", "19:00")
        assert pause.timezone == "local"
        assert pause.duration == datetime.timedelta(hours=10)

    def test_ordered_and_announced(self, report: Report) -> None:
        (pause,) = report.pauses
        assert pause.ordered_by == (actor_named(report, "Vladimir Putin"),)
        assert pause.announced_by == (actor_named(report, "Russian Defense Ministry"),)
        assert pause.purpose == "to avoid senseless victims"

    def test_corridors(self, report: Report) -> None:
        (pause,) = report.pauses
        fighters, civilians = pause.corridors
        assert (fighters.count, fighters.armed, fighters.conditions) == (2, True, ("unharmed",))
        assert any("opposition" in b for b in fighters.beneficiaries)
        assert civilians.count == 6
        assert {b.lower() for b in civilians.beneficiaries} == {"civilians", "the sick and wounded"}


class TestFigures:
    def find(self, report: Report, value: float) -> list[ceasefire.Figure]:
        return [f for f in report.figures if f.value == value]

    def test_trapped_according_to_the_un(self, report: Report) -> None:
        (figure,) = self.find(report, 275_000)
        assert (figure.category, figure.bound) == (FigureCategory.TRAPPED, Bound.EXACT)
        assert figure.source == actor_named(report, "United Nations")

    def test_killed_more_than_a_quarter_million(self, report: Report) -> None:
        (figure,) = self.find(report, 250_000)
        assert (figure.category, figure.bound) == (FigureCategory.KILLED, Bound.AT_LEAST)
        assert figure.source == actor_named(report, "United Nations")

    def test_displaced_more_than_ten_million(self, report: Report) -> None:
        (figure,) = self.find(report, 10_000_000)
        assert (figure.category, figure.bound) == (FigureCategory.DISPLACED, Bound.AT_LEAST)

    def test_durations(self, report: Report) -> None:
        durations = {(f.value, f.unit) for f in report.figures if f.category is FigureCategory.DURATION}
        assert durations == {(16, "days"), (6, "years")}

    def test_hundreds_is_a_range(self, report: Report) -> None:
        (figure,) = [f for f in report.figures if f.text == "hundreds"]
        assert figure.category is FigureCategory.KILLED
        assert figure.low is not None
        assert figure.high is not None
        assert figure.low < figure.high
        assert figure.bound is Bound.AT_LEAST

    def test_corridor_counts_once_each(self, report: Report) -> None:
        counts = sorted(f.value for f in report.figures if f.unit == "corridors")
        assert counts == [2, 6]


class TestActors:
    @pytest.mark.parametrize(
        ("name", "alias"),
        [
            ("Vladimir Putin", "Putin"),
            ("Russia", "Moscow"),
            ("Russian Defense Ministry", "Defense Ministry"),
            ("Sergei Shoigu", "Shoigu"),
            ("Bashar al-Assad", "Assad"),
            ("Syrian government", "Syrian regime"),
            ("Syrian government", "Damascus"),
            ("Syrian government forces", "Assad forces"),
            ("Syrian government forces", "Assad's troops"),
            ("Syrian government forces", "forces loyal to Bashar Assad"),
            ("Syrian opposition", "opposition fighters"),
            ("Syrian opposition", "opposition groups"),
            ("United Nations", "U.N."),
            ("United Nations", "UN"),
        ],
    )
    def test_aliases_merged(self, report: Report, name: str, alias: str) -> None:
        (actor,) = [a for a in report.actors if a.name == name]
        assert alias in actor.aliases

    def test_kinds_and_titles(self, report: Report) -> None:
        putin = report.actor(actor_named(report, "Vladimir Putin"))
        assert (putin.kind.value, putin.title) == ("person", "President")
        assert putin.affiliation == actor_named(report, "Russia")
        shoigu = report.actor(actor_named(report, "Sergei Shoigu"))
        assert shoigu.title is not None
        assert shoigu.title.lower() == "defense minister"
        assert report.actor(actor_named(report, "Western governments")).kind.value == "government"
        assert report.actor(actor_named(report, "civilians")).kind.value == "civilians"

    def test_one_actor_each(self, report: Report) -> None:
        names = [a.name for a in report.actors]
        assert len(names) == len(set(names))


class TestEvents:
    @pytest.mark.parametrize(
        ("kind", "value"),
        [
            (EventKind.PAUSE_ANNOUNCED, "2016-11-02"),
            (EventKind.HOSTILITIES_HALTED, "2016-10-18"),
            (EventKind.STATEMENT, "2016-11-01"),
            (EventKind.CEASEFIRE, "2016-10"),
            (EventKind.SIEGE, "2016-09"),
            (EventKind.CONFLICT_ONSET, "2011"),
            (EventKind.CRACKDOWN, "2011"),
        ],
    )
    def test_dated(self, report: Report, kind: EventKind, value: str) -> None:
        assert value in {e.when.value for e in report.events if e.kind is kind and e.when is not None}

    @pytest.mark.parametrize(
        ("kind", "agent"),
        [
            (EventKind.REJECTION, "Syrian opposition"),
            (EventKind.ALLEGATION, "Western governments"),
            (EventKind.DENIAL, "Russia"),
        ],
    )
    def test_who(self, report: Report, kind: EventKind, agent: str) -> None:
        assert any(actor_named(report, agent) in e.agents for e in report.events if e.kind is kind)

    def test_killing_and_displacement(self, report: Report) -> None:
        kinds = {e.kind for e in report.events}
        assert {EventKind.ATTACK, EventKind.KILLING, EventKind.DISPLACEMENT} <= kinds


class TestQuotes:
    def test_quotes_and_speakers(self, report: Report) -> None:
        spoken = {q.text: report.actor(q.speaker).name if q.speaker else None for q in report.quotes}
        assert spoken == {
            "public consumption": "Syrian opposition",
            "to avoid senseless victims": "Vladimir Putin",
            "uncertain period of time": "Sergei Shoigu",
        }


# --------------------------------------------------------------------------- metamorphic


def test_hours_and_date_follow() -> None:
    text = SEED.replace(
        "between 9 a.m. and 7 p.m. local time on Nov. 4", "between 8 a.m. and 4 p.m. local time on Nov. 6"
    )
    (pause,) = ceasefire.parse(text, PUBLISHED).pauses
    assert pause.start is not None
    assert pause.end is not None
    assert (pause.start.value, pause.end.value) == ("2016-11-06T08:00", "2016-11-06T16:00")
    assert pause.duration == datetime.timedelta(hours=8)


def test_publication_date_moves_relative_dates() -> None:
    report = ceasefire.parse(SEED, datetime.date(2017, 3, 9))  # a Thursday
    statements = {e.when.value for e in report.events if e.kind is EventKind.STATEMENT and e.when}
    assert "2017-03-07" in statements
    ceasefires = {e.when.value for e in report.events if e.kind is EventKind.CEASEFIRE and e.when}
    assert "2017-02" in ceasefires


def test_numbers_and_corridor_counts_follow() -> None:
    text = (
        SEED.replace("275,000", "312,500")
        .replace("two special corridors", "three special corridors")
        .replace("six other corridors", "four other corridors")
        .replace("the two corridors", "the three corridors")
        .replace("more than 10 million", "nearly 7 million")
    )
    report = ceasefire.parse(text, PUBLISHED)
    (pause,) = report.pauses
    assert [c.count for c in pause.corridors] == [3, 4]
    assert any(f.value == 312_500 and f.category is FigureCategory.TRAPPED for f in report.figures)
    (displaced,) = [f for f in report.figures if f.category is FigureCategory.DISPLACED]
    assert (displaced.value, displaced.bound) == (7_000_000, Bound.AT_MOST)  # "nearly": no more than


def test_places_and_names_follow() -> None:
    text = (
        SEED.replace("Aleppo", "Idlib")
        .replace("Vladimir Putin", "Dmitry Volkov")
        .replace("Putin", "Volkov")
        .replace("Sergei Shoigu", "Pavel Orlov")
        .replace("Shoigu", "Orlov")
    )
    report = ceasefire.parse(text, PUBLISHED)
    (pause,) = report.pauses
    assert pause.location == "Idlib"
    names = {a.name for a in report.actors}
    assert {"Dmitry Volkov", "Pavel Orlov"} <= names
    assert not {"Vladimir Putin", "Sergei Shoigu"} & names
    assert [report.actor(a).name for a in pause.ordered_by] == ["Dmitry Volkov"]
