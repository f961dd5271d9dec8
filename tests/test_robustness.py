"""
Hostile and malformed input: `parse` returns a valid report for any text, and refuses only non-text or over-long input.

How long each input takes is measured in ``benchmarks/bench.py``, never asserted here.
"""

from __future__ import annotations

import datetime
import re
import textwrap
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ceasefire
from ceasefire import InputError, Report


SEED = (Path(__file__).parent.parent / "seeds" / "000_44517ffaa18d11d5.txt").read_text(encoding="utf-8")


def assert_valid(report: Report, text: str) -> None:
    """Check what a report promises beyond its constructor: the text is kept and every evidence reads back."""
    assert text == report.article.text
    for figure in report.figures:
        assert figure.text in report.text_of(figure.evidence)
    for event in report.events:
        assert event.trigger in report.text_of(event.evidence)
        if event.when is not None:
            assert event.when.text == report.text_of(event.when.span)
    for pause in report.pauses:
        for when in (pause.start, pause.end):
            if when is not None:
                assert when.text == report.text_of(when.span)
        for corridor in pause.corridors:
            assert report.text_of(corridor.evidence)
    for quote in report.quotes:
        assert quote.text in report.text_of(quote.evidence)
    for actor in report.actors:
        assert actor.mentions, f"actor {actor.id} has no mention"


ADVERSARIAL = {
    "no spaces": "x" * 1_000_000,
    "digits and commas": "1,2" * 333_333,
    "a.m. repeated": "a.m. " * 100_000,
    "quote marks repeated": '"' * 100_000,
    "single marks and apostrophes": " 'x y'z" * 100_000,
    "curly quotes unbalanced": "“" * 50_000 + "said" + "”" * 10,
    "nested brackets": "(" * 50_000 + ")" * 50_000,
    "control characters": "".join(chr(i % 32) for i in range(100_000)),
    "NUL bytes": "\x00" * 100_000,
    "lone surrogates": "\ud800 truce \udfff" * 10_000,
    "right-to-left": "\u202eهدنة إنسانية في حلب " * 10_000,
    "emoji": "🕊️ ceasefire 🔥 10 killed " * 10_000,
    "mixed line endings": "Truce holds.\r\nAid enters.\rMore than 1,000 fled.\n" * 10_000,
    "many numbers": "at least 1,200 people, some 300 more and tens of thousands " * 10_000,
    "many dates": "on Nov. 4, Tuesday, last month, since September 2011, from 10:00 to 14:00 GMT " * 5_000,
    # pauses in ever new places, in one sentence: each mention is weighed against a bounded few
    "many pauses in one sentence": " ".join(f"a truce in Town{i} while a pause in City{i}" for i in range(3_000)),
    "two pauses told again and again": "A truce in Aleppo began. In the east, a pause in Homs held from 9 a.m. "
    * 3_000,
    # corridors without end: the first few hundred are read, each weighed against those before it
    "many corridors": "A pause will hold in Aleppo from 9 a.m. on Friday. "
    + " ".join(f"Civilians may use a corridor to Town{i}." for i in range(5_000)),
    # a sentence opening on long runs of digits before a day: read once, never split every way
    "digits opening sentences before a day": (
        "The pause was offered. " + "1" * 40 + "x on Thursday, fighters may leave. "
    )
    * 2_000,
}


class TestAdversarial:
    """Inputs built to break a parser."""

    @pytest.mark.parametrize("name", sorted(ADVERSARIAL))
    def test_returns_valid_report(self, name: str) -> None:
        """Each hostile input gives a valid report that keeps the text unchanged."""
        text = ADVERSARIAL[name]

        report = ceasefire.parse(text, published=datetime.date(2020, 1, 1))

        assert_valid(report, text)

    def test_ten_megabyte_article(self) -> None:
        """A 10 MB article (the seed repeated) parses into a valid report."""
        text = (SEED + "\n\n") * (10_000_000 // len(SEED))

        report = ceasefire.parse(text)

        assert_valid(report, text)

    @pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\ufeff", "a", ".", '"', "Title\n\n"])
    def test_tiny_texts(self, text: str) -> None:
        """Empty and one-character texts give empty but valid reports that round-trip."""
        report = ceasefire.parse(text)

        assert ceasefire.from_json(ceasefire.to_json(report)) == report


class TestInputLimits:
    """What `parse` refuses, and how."""

    @pytest.mark.parametrize("value", [b"bytes", None, 42, ["a list"]])
    def test_non_text_is_input_error(self, value: object) -> None:
        """Anything but a str raises InputError, which is a ValueError."""
        with pytest.raises(InputError, match="needs a str"):
            ceasefire.parse(value)  # type: ignore[arg-type]

    def test_input_error_is_value_error_and_ceasefire_error(self) -> None:
        """InputError can be caught as a ValueError or as a CeasefireError."""
        assert issubclass(InputError, ValueError)
        assert issubclass(InputError, ceasefire.CeasefireError)

    def test_over_limit_is_input_error(self) -> None:
        """Text longer than max_chars is refused with a message naming the limit."""
        with pytest.raises(InputError, match="limit of 10"):
            ceasefire.parse("x" * 11, max_chars=10)

    def test_at_limit_is_accepted(self) -> None:
        """Text exactly max_chars long is parsed."""
        assert ceasefire.parse("x" * 10, max_chars=10).article.text == "x" * 10

    @pytest.mark.parametrize("published", ["2016-11-02", datetime.datetime(2016, 11, 2, tzinfo=datetime.UTC), 20161102])
    def test_published_must_be_a_date(self, published: object) -> None:
        """A published value that is not a datetime.date is refused, not guessed at."""
        with pytest.raises(InputError, match="published"):
            ceasefire.parse("Text.", published=published)  # type: ignore[arg-type]


class TestProperties:
    """Properties that hold for every text."""

    @given(text=st.text(max_size=400))
    def test_any_text_gives_valid_report(self, text: str) -> None:
        """Parse never raises on any str, and the report it gives is valid and round-trips."""
        report = ceasefire.parse(text, published=datetime.date(2016, 11, 2))

        assert_valid(report, text)
        assert ceasefire.from_json(ceasefire.to_json(report)) == report

    @given(
        words=st.lists(
            st.sampled_from(
                [
                    "Russia",
                    "Moscow",
                    "U.N.",
                    "said",
                    "Tuesday",
                    "on",
                    "Nov.",
                    "4",
                    "truce",
                    "ceasefire",
                    "the",
                    "humanitarian",
                    "pause",
                    "corridors",
                    "two",
                    "hundreds",
                    "of",
                    "civilians",
                    "killed",
                    "more",
                    "than",
                    "1,200",
                    "between",
                    "9",
                    "a.m.",
                    "and",
                    "7",
                    "p.m.",
                    "local",
                    "time",
                    '"',
                    "“",
                    "”",
                    ".",
                    ",",
                    "\n\n",
                    "since",
                    "September",
                    "72-hour",
                    "armed",
                    "with",
                    "their",
                    "weapons",
                ]
            ),
            max_size=80,
        )
    )
    def test_wire_like_text_gives_valid_report(self, words: list[str]) -> None:
        """Shuffled wire-story vocabulary, which exercises every stage, never breaks a report."""
        text = " ".join(words)

        report = ceasefire.parse(text, published=datetime.date(2016, 11, 2))

        assert_valid(report, text)

    def test_parsing_is_deterministic(self) -> None:
        """The same text parsed twice gives equal reports and equal JSON."""
        first = ceasefire.parse(SEED, published=datetime.date(2016, 11, 2))
        second = ceasefire.parse(SEED, published=datetime.date(2016, 11, 2))

        assert first == second
        assert ceasefire.to_json(first) == ceasefire.to_json(second)


def test_a_failing_stage_is_skipped_with_a_warning_and_the_rest_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in one stage must not lose the report: the other stages' items stay."""
    from ceasefire._parse import pipeline

    def broken(_: object) -> object:
        raise RuntimeError("broken stage")

    monkeypatch.setattr(pipeline, "STAGES", (broken, *pipeline.STAGES))
    with pytest.warns(ceasefire.StageWarning, match="broken failed and was skipped"):
        report = ceasefire.parse("Israel and Hamas agreed to a four-day truce in Gaza.")
    assert [a.name for a in report.actors] == ["Israel", "Hamas"]
    assert len(report.pauses) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah-backed militants fired rockets.",
        "Iran-backed fighters attacked.",
        "Between 22 and 2 people died.",  # a falling pair is no range: it once made a figure with low above value
        "The toll rose from 22 to 2 people. Some 22 or 2 people fled.",
        # a duration past what datetime.timedelta holds, found by `nox -s fuzz`
        "A truce of 99999999999 days and 123456789012345678901234567890 hours began.",
        # a long run of alternatives once recursed past Python's limit and skipped the pauses stage
        "Troops shelled the town and fighting killed ten soldiers. The deal did not include any "
        + "truce or " * 1500
        + "ceasefire.",
    ],
)
def test_regressions_found_by_new_stories(text: str) -> None:
    """Texts that once crashed a stage; warnings are errors in the test run, so a skipped stage fails here."""
    assert_valid(ceasefire.parse(text), text)


def hard_wrapped(text: str, width: int = 72) -> str:
    """The story as a wire feed sends it: each paragraph broken into lines of at most `width` characters."""
    title, *paragraphs = text.split("\n\n")
    wrapped = [textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in paragraphs]
    return "\n\n".join([title, *wrapped])


class TestHardWrappedLines:
    """A story whose paragraphs are broken into lines reads as the same story."""

    def test_the_seed_wrapped_gives_the_same_report(self) -> None:
        published = datetime.date(2016, 11, 2)
        flat, wrapped = ceasefire.parse(SEED, published), ceasefire.parse(hard_wrapped(SEED), published)

        assert_valid(wrapped, hard_wrapped(SEED))
        assert [(p.location, p.start, p.end, p.duration) for p in wrapped.pauses] == [
            (p.location, p.start, p.end, p.duration) for p in flat.pauses
        ]
        assert [(c.count, c.beneficiaries, c.armed) for p in wrapped.pauses for c in p.corridors] == [
            (c.count, c.beneficiaries, c.armed) for p in flat.pauses for c in p.corridors
        ]
        assert sorted(a.name for a in wrapped.actors) == sorted(a.name for a in flat.actors)
        assert [(f.value, f.category) for f in wrapped.figures] == [(f.value, f.category) for f in flat.figures]
        assert [e.kind for e in wrapped.events] == [e.kind for e in flat.events]
        assert len(wrapped.quotes) == len(flat.quotes) == 3

    def test_a_quotation_broken_across_lines_is_one_quote(self) -> None:
        text = (
            'Aid official speaks\n\n"We cannot reach the people who need us\nmost," '
            "said Jan Egeland, the head of the NRC."
        )
        (quote,) = ceasefire.parse(text).quotes
        assert quote.text == "We cannot reach the people who need us\nmost"

    def test_a_known_name_broken_across_lines_is_the_known_actor(self) -> None:
        text = (
            "Aid chief warns\n\nThe U.N. Office for the Coordination of\nHumanitarian Affairs said on Monday that"
            " aid convoys were stuck."
        )
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a name looked up as written, line break and all, failed the stage
            report = ceasefire.parse(text)
        assert [a.name for a in report.actors] == ["OCHA"]

    def test_a_titled_name_broken_across_lines_ends_where_the_name_ends(self) -> None:
        text = (
            "Truce\n\nJERUSALEM (AP) - Israeli Prime Minister Benjamin\nNetanyahu said on Sunday the truce would hold."
        )
        report = ceasefire.parse(text)
        (person,) = [a for a in report.actors if a.name == "Benjamin Netanyahu"]
        assert [report.text_of(span) for span in person.mentions] == ["Israeli Prime Minister Benjamin\nNetanyahu"]


def test_a_purpose_broken_across_lines_is_on_one_line() -> None:
    text = "Pause\n\nThe army ordered a humanitarian pause to spare the people whom the\nfighters use as shields."
    (pause,) = ceasefire.parse(text).pauses
    assert pause.purpose == "to spare the people whom the fighters use as shields"


def test_a_year_is_read_back_only_for_a_day_of_that_year(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    A year is read back for "that year" only, never for every time mention.

    Each mention of a long text once read back for a written year, whatever followed it: the work grew with the
    square of the text (a 10 MB article took three times as long).
    """
    from ceasefire._lexicon import Lexicon
    from ceasefire._parse import time as time_stage
    from ceasefire._parse._mentions import Analysis
    from ceasefire._parse.segment import segment

    written_year = time_stage._WRITTEN_YEAR
    calls = 0

    class CountingPattern:
        def search(self, text: str) -> re.Match[str] | None:
            nonlocal calls
            calls += 1
            return written_year.search(text)

    monkeypatch.setattr(time_stage, "_WRITTEN_YEAR", CountingPattern())
    text = "Shelling went on on Monday in 2020. " * 500 + "The truce lapsed on October 2 that year."
    lexicon = Lexicon.default()
    article = segment(text, published=datetime.date(2023, 8, 17), lexicon=lexicon)
    times = time_stage.find_times(Analysis(article=article, lexicon=lexicon)).times
    assert times[-1].when is not None
    assert times[-1].when.value == "2020-10-02"
    assert calls < 20
