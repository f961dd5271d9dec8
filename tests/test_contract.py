"""
The report format's contract: round trips, the schema, invariants, and path-named errors for bad documents.
"""

from __future__ import annotations

import copy
import datetime
import json
import string
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ceasefire
from ceasefire import (
    Actor,
    ActorKind,
    Article,
    Bound,
    Corridor,
    DailyWindow,
    Event,
    EventKind,
    Figure,
    FigureCategory,
    FormatError,
    HumanitarianPause,
    InvariantError,
    PauseKind,
    Precision,
    Quote,
    Report,
    Span,
    Status,
    When,
)
from ceasefire._model import _item_spans, _span_ends, span_at, text_id
from ceasefire._serialize import _CONVERTER, _QUICK_CONVERTER, format_duration, parse_duration


TEXT = "Putin offers pause. Moscow said Tuesday 275,000 are trapped. “It is a stunt,” rebels said."


def hand_built() -> Report:
    """A small report built by hand, touching every type."""
    article = Article(
        id=text_id(TEXT),
        title=None,
        published=datetime.date(2016, 11, 2),
        text=TEXT,
        paragraphs=[Span(start=0, end=len(TEXT))],
        sentences=[Span(start=0, end=19), Span(start=20, end=60), Span(start=61, end=len(TEXT))],
    )
    tuesday = When(value="2016-11-01", precision=Precision.DAY, text="Tuesday", span=Span(start=32, end=39))
    return Report(
        article=article,
        actors=[
            Actor(
                id="a1",
                name="Vladimir Putin",
                kind=ActorKind.PERSON,
                title="President",
                affiliation="a2",
                mentions=[Span(start=0, end=5)],
            ),
            Actor(id="a2", name="Russia", kind=ActorKind.STATE, aliases=["Moscow"], mentions=[Span(start=20, end=26)]),
            Actor(id="a3", name="rebels", kind=ActorKind.ARMED_GROUP, mentions=[Span(start=79, end=85)]),
        ],
        events=[
            Event(
                id="e1",
                kind=EventKind.PAUSE_ANNOUNCED,
                trigger="offers",
                agents=["a1"],
                status=Status.ANNOUNCED,
                evidence=Span(start=0, end=19),
            ),
            Event(
                id="e2",
                kind=EventKind.STATEMENT,
                trigger="said",
                agents=["a2"],
                when=tuesday,
                source="a2",
                evidence=Span(start=20, end=60),
            ),
        ],
        pauses=[
            HumanitarianPause(
                id="p1",
                kind=PauseKind.HUMANITARIAN_PAUSE,
                daily_window=DailyWindow(start="09:00", end="19:00"),
                timezone="local",
                duration=datetime.timedelta(hours=10),
                ordered_by=["a1"],
                corridors=[
                    Corridor(
                        count=2,
                        beneficiaries=["opposition fighters"],
                        armed=True,
                        conditions=["unharmed"],
                        evidence=Span(start=13, end=18),
                    )
                ],
                evidence=[Span(start=13, end=18)],
            )
        ],
        figures=[
            Figure(
                value=275000,
                bound=Bound.EXACT,
                unit="people",
                category=FigureCategory.TRAPPED,
                subject="people",
                source="a2",
                text="275,000",
                evidence=Span(start=40, end=59),
            ),
            Figure(
                value=200,
                low=200,
                high=999,
                bound=Bound.AT_LEAST,
                unit="people",
                text="275,000",
                evidence=Span(start=40, end=47),
            ),
        ],
        quotes=[Quote(text="It is a stunt,", speaker="a3", evidence=Span(start=61, end=77))],
    )


# --------------------------------------------------------------------------- strategies

spans = st.integers(0, len(TEXT)).flatmap(
    lambda start: st.builds(Span, start=st.just(start), end=st.integers(start, len(TEXT)))
)
words = st.text(alphabet=string.ascii_letters + " -'’é", max_size=20)
timex = st.one_of(
    st.dates().map(datetime.date.isoformat),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1, 9999), st.integers(1, 12)),
    st.integers(1000, 2999).map(str),
    st.builds(lambda d: f"XXXX-WXX-{d}", st.integers(1, 7)),
    st.builds(lambda d, h, m: f"{d.isoformat()}T{h:02d}:{m:02d}", st.dates(), st.integers(0, 23), st.integers(0, 59)),
)
whens = st.builds(
    When,
    value=timex,
    precision=st.sampled_from(Precision),
    modifier=st.none() | st.sampled_from(ceasefire.Modifier),
    text=words,
    span=spans,
)
numbers = st.integers(0, 10**9) | st.floats(0, 1e9, allow_nan=False)


@st.composite
def figures(draw: st.DrawFn, refs: st.SearchStrategy[str | None]) -> Figure:
    """A figure with low <= value <= high."""
    value = draw(numbers)
    low = draw(st.none() | st.just(value) | st.integers(0, int(value)))
    high = draw(st.none() | st.just(value) | st.integers(int(value) + 1, int(value) + 10**6))
    return Figure(
        value=value,
        low=low,
        high=high,
        bound=draw(st.sampled_from(Bound)),
        unit=draw(words),
        category=draw(st.sampled_from(FigureCategory)),
        subject=draw(words),
        source=draw(refs),
        text=draw(words),
        evidence=draw(spans),
    )


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """A valid report: ids unique, references resolving, spans inside the text."""
    ids = [f"a{i}" for i in range(draw(st.integers(0, 4)))]
    refs: st.SearchStrategy[str | None] = st.none() | st.sampled_from(ids) if ids else st.none()
    ref_lists = st.lists(st.sampled_from(ids), max_size=3) if ids else st.just([])
    actors = [
        Actor(
            id=actor_id,
            name=draw(words),
            kind=draw(st.sampled_from(ActorKind)),
            title=draw(st.none() | words),
            affiliation=draw(refs),
            aliases=draw(st.lists(words, max_size=3)),
            mentions=draw(st.lists(spans, max_size=3)),
        )
        for actor_id in ids
    ]
    events = [
        Event(
            id=f"e{i}",
            kind=draw(st.sampled_from(EventKind)),
            trigger=draw(words),
            agents=draw(ref_lists),
            targets=draw(ref_lists),
            location=draw(st.none() | words),
            when=draw(st.none() | whens),
            status=draw(st.sampled_from(Status)),
            source=draw(refs),
            evidence=draw(spans),
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    corridors = st.builds(
        Corridor,
        count=st.none() | st.integers(0, 20),
        beneficiaries=st.lists(words, max_size=2),
        armed=st.none() | st.booleans(),
        origin=st.none() | words,
        destination=st.none() | words,
        conditions=st.lists(words, max_size=2),
        evidence=spans,
    )
    clock = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
    pauses = [
        HumanitarianPause(
            id=f"p{i}",
            kind=draw(st.sampled_from(PauseKind)),
            location=draw(st.none() | words),
            start=draw(st.none() | whens),
            end=draw(st.none() | whens),
            daily_window=draw(st.none() | st.builds(DailyWindow, start=clock, end=clock)),
            timezone=draw(st.none() | words),
            recurrence=draw(st.none() | st.sampled_from(ceasefire.Recurrence)),
            duration=draw(
                st.none()
                | st.timedeltas(min_value=datetime.timedelta(0), max_value=datetime.timedelta(days=400)).map(
                    lambda d: datetime.timedelta(seconds=int(d.total_seconds()))
                )
            ),
            ordered_by=draw(ref_lists),
            announced_by=draw(ref_lists),
            purpose=draw(st.none() | words),
            status=draw(st.sampled_from(Status)),
            corridors=draw(st.lists(corridors, max_size=2)),
            evidence=draw(st.lists(spans, min_size=1, max_size=2)),
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    article = Article(
        id=text_id(TEXT),
        title=draw(st.none() | words),
        published=draw(st.none() | st.dates()),
        text=TEXT,
        paragraphs=draw(st.lists(spans, max_size=2)),
        sentences=draw(st.lists(spans, max_size=3)),
    )
    return Report(
        article=article,
        actors=actors,
        events=events,
        pauses=pauses,
        figures=draw(st.lists(figures(refs), max_size=3)),
        quotes=draw(st.lists(st.builds(Quote, text=words, speaker=refs, evidence=spans), max_size=2)),
    )


# --------------------------------------------------------------------------- tests


def mutated_document(data: st.DataObject) -> dict[str, Any]:
    """The hand-built report's document with one leaf, at any depth, replaced by any JSON value."""
    document = ceasefire.to_dict(hand_built())
    node: Any = document
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        if not isinstance(node[key], (dict, list)) or data.draw(st.booleans()):
            node[key] = data.draw(
                st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.lists(st.integers(), max_size=2)
            )
            break
        node = node[key]
    return document


class TestRoundTrip:
    """Reports survive dicts and JSON unchanged."""

    def test_hand_built_round_trips(self) -> None:
        """A report built by hand comes back equal from JSON."""
        report = hand_built()

        assert report == ceasefire.from_json(ceasefire.to_json(report))

    @given(reports())
    def test_generated_reports_round_trip_through_json(self, report: Report) -> None:
        """from_json(to_json(r)) == r for every generated report."""
        assert report == ceasefire.from_json(ceasefire.to_json(report))

    @given(reports())
    def test_generated_reports_round_trip_through_dict(self, report: Report) -> None:
        """from_dict(to_dict(r)) == r, and to_dict gives only JSON types."""
        data = ceasefire.to_dict(report)

        assert data == json.loads(json.dumps(data))
        assert report == ceasefire.from_dict(data)

    @given(reports())
    def test_compact_json_is_what_the_standard_encoder_writes(self, report: Report) -> None:
        """Compact JSON reads back as what ``json.dumps`` writes: one line, the same values (floats as repr gives)."""
        written = ceasefire.to_json(report)
        expected = json.dumps(ceasefire.to_dict(report), ensure_ascii=False, separators=(",", ":"))

        assert "\n" not in written
        assert json.loads(written) == json.loads(expected)

    @pytest.mark.parametrize(
        "text",
        [
            "Rebels said \ud800 the road was shut.",  # a lone surrogate, which orjson refuses to write
            "More than 99999999999999999999999 people have fled, the U.N. said.",  # an integer past 64 bits
        ],
    )
    def test_what_orjson_refuses_still_round_trips(self, text: str) -> None:
        """Reports orjson cannot write fall back to the standard encoder and decoder, and come back equal."""
        report = ceasefire.parse(text)

        assert ceasefire.from_json(ceasefire.to_json(report)) == report

    def test_json_shapes(self) -> None:
        """Enums are strings, dates and durations ISO 8601, the daily window from/to, tuples lists."""
        data = ceasefire.to_dict(hand_built())

        assert data["article"]["published"] == "2016-11-02"
        assert data["pauses"][0]["duration"] == "PT10H"
        assert data["pauses"][0]["daily_window"] == {"from": "09:00", "to": "19:00"}
        assert data["figures"][1]["bound"] == "at_least"
        assert data["pauses"][0]["corridors"][0]["beneficiaries"] == ["opposition fighters"]
        assert data["schema_version"] == "1"


class TestSchema:
    """The JSON Schema derived from the classes."""

    def test_schema_is_valid_2020_12(self) -> None:
        """json_schema() is itself a valid draft 2020-12 schema."""
        jsonschema.Draft202012Validator.check_schema(ceasefire.json_schema())

    @given(reports())
    def test_generated_reports_validate(self, report: Report) -> None:
        """Every generated report's JSON validates against the schema."""
        jsonschema.Draft202012Validator(ceasefire.json_schema()).validate(ceasefire.to_dict(report))

    def test_schema_rejects_what_from_dict_rejects(self) -> None:
        """A bad enum value fails both the schema and from_dict."""
        data = ceasefire.to_dict(hand_built())
        data["figures"][0]["bound"] = "lots"

        assert not jsonschema.Draft202012Validator(ceasefire.json_schema()).is_valid(data)
        with pytest.raises(FormatError):
            ceasefire.from_dict(data)

    def test_descriptions_come_from_docstrings(self) -> None:
        """Field descriptions are read from the classes' Attributes sections."""
        figure = ceasefire.json_schema()["$defs"]["Figure"]

        assert figure["properties"]["bound"]["description"] == "How `value` relates to the true number."

    def test_cli_schema_matches(self) -> None:
        """`python -m ceasefire schema` prints json_schema()."""
        out = subprocess.run(
            [sys.executable, "-m", "ceasefire", "schema"], capture_output=True, text=True, check=True
        ).stdout

        assert ceasefire.json_schema() == json.loads(out)


def _bad(mutate: Any) -> FormatError:
    data = ceasefire.to_dict(hand_built())
    mutate(data)
    with pytest.raises(FormatError) as caught:
        ceasefire.from_dict(data)
    return caught.value


class TestFormatErrors:
    """Bad documents give a FormatError naming the bad field's path."""

    @pytest.mark.parametrize(
        ("mutate", "path"),
        [
            (lambda d: d["figures"][1].update(bound="lots"), "$.figures[1].bound"),
            (lambda d: d["figures"][0].update(value="275000"), "$.figures[0].value"),
            (lambda d: d["figures"][0].update(value=True), "$.figures[0].value"),
            (lambda d: d["actors"][0].pop("name"), "$.actors[0].name"),
            (lambda d: d["actors"][0].update(nickname="Vlad"), "$.actors[0].nickname"),
            (lambda d: d["events"][1]["evidence"].update(end=10_000), "$.events[1].evidence"),
            (lambda d: d["events"][1]["evidence"].update(start=50, end=40), "$.events[1].evidence.end"),
            (lambda d: d["events"][0]["agents"].append("a9"), "$.events[0].agents[1]"),
            (lambda d: d["actors"][1].update(id="a1"), "$.actors[1].id"),
            (lambda d: d["pauses"][0]["daily_window"].update({"from": "9am"}), "$.pauses[0].daily_window.from"),
            (lambda d: d["pauses"][0].update(duration="ten hours"), "$.pauses[0].duration"),
            (lambda d: d["events"][1]["when"].update(value="next Tuesday"), "$.events[1].when.value"),
            (lambda d: d["article"].update(published="2 Nov 2016"), "$.article.published"),
            (lambda d: d.update(actors="Russia"), "$.actors"),
            (lambda d: d["figures"][1].update(low=500), "$.figures[1].low"),
            (lambda d: d.update(schema_version="2"), "$.schema_version"),
        ],
    )
    def test_path_is_named(self, mutate: Any, path: str) -> None:
        """Each kind of malformed field is reported at its own path."""
        assert path in _bad(mutate).paths

    def test_every_bad_field_is_named(self) -> None:
        """Several bad fields are all reported, not only the first."""

        def mutate(d: dict[str, Any]) -> None:
            d["figures"][0]["value"] = "x"
            d["quotes"][0]["speaker"] = 7

        assert {"$.figures[0].value", "$.quotes[0].speaker"} <= set(_bad(mutate).paths)

    @pytest.mark.parametrize("text", ["", "{", "not json", "[]", "null", '"report"', "42"])
    def test_not_a_report_document(self, text: str) -> None:
        """Text that is not a JSON object gives a FormatError at $."""
        with pytest.raises(FormatError) as caught:
            ceasefire.from_json(text)

        assert caught.value.paths == ("$",)

    def test_message_names_path_and_allowed_values(self) -> None:
        """The message reads `$.figures[1].bound: 'lots' is not one of ...`."""
        error = _bad(lambda d: d["figures"][1].update(bound="lots"))

        assert str(error).startswith("$.figures[1].bound: 'lots' is not one of 'exact', 'at_least'")

    @given(st.data())
    def test_random_leaf_mutation_gives_report_or_format_error(self, data: st.DataObject) -> None:
        """Replacing any leaf of a valid document with any JSON value gives a Report or a FormatError, nothing else."""
        document = mutated_document(data)
        paths: tuple[str, ...] = ("$",)
        try:
            ceasefire.from_dict(document)
        except FormatError as error:
            paths = error.paths
        assert paths

    @given(st.data())
    def test_quick_and_detailed_readers_agree(self, data: st.DataObject) -> None:
        """The quick converter tried first accepts exactly what the detailed one accepts, with the same result."""
        document = mutated_document(data)
        outcomes: list[object] = []
        for converter in (_QUICK_CONVERTER, _CONVERTER):
            try:
                outcomes.append(converter.structure(copy.deepcopy(document), Report))
            except Exception:  # noqa: BLE001 - only whether it failed is compared
                outcomes.append(None)
        assert outcomes[0] == outcomes[1]


class TestInvariants:
    """Objects that break the format cannot be built."""

    def test_span_end_before_start(self) -> None:
        """A span ending before it starts is refused."""
        with pytest.raises(InvariantError, match="before start"):
            Span(start=5, end=2)

    def test_figure_low_above_value(self) -> None:
        """Low > value is refused, as a ValueError."""
        with pytest.raises(ValueError, match="above value"):
            Figure(value=5, low=6, unit="people", text="5", evidence=Span(start=0, end=1))

    def test_bad_timex(self) -> None:
        """A When whose value is not TIMEX3 is refused."""
        with pytest.raises(InvariantError, match="TIMEX3"):
            When(value="Tuesday", precision=Precision.DAY, text="Tuesday", span=Span(start=0, end=7))

    def test_negative_count(self) -> None:
        """A corridor count below zero is refused."""
        with pytest.raises(InvariantError, match="negative"):
            Corridor(count=-1, evidence=Span(start=0, end=1))

    def test_dangling_reference_lists_every_problem(self) -> None:
        """A report with two dangling references names both paths."""
        report = hand_built()
        with pytest.raises(InvariantError) as caught:
            Report(article=report.article, actors=(), events=report.events[:1], figures=report.figures[:1])

        assert caught.value.paths == ("$.events[0].agents[0]", "$.figures[0].source")

    @given(st.integers(-3, 3), st.integers(-3, 3))
    def test_span_at_is_span(self, start: int, end: int) -> None:
        """span_at builds what Span builds, and refuses what Span refuses."""
        try:
            expected: Span | None = Span(start=start, end=end)
        except InvariantError:
            expected = None
        if expected is None:
            with pytest.raises(InvariantError):
                span_at(start, end)
        else:
            assert span_at(start, end) == expected
            assert hash(span_at(start, end)) == hash(expected)

    def test_quick_check_reads_every_span(self) -> None:
        """The quick validity check sees the same span ends as the full one, so it refuses what the full one does."""
        report = ceasefire.parse((Path(__file__).parent.parent / "seeds" / "000_44517ffaa18d11d5.txt").read_text())
        assert sorted(_span_ends(report)) == sorted(span.end for _, span in _item_spans(report))

    def test_span_past_the_text_is_refused(self) -> None:
        """A span running past the end of the text is refused with its path."""
        report = hand_built()
        short = attrs.evolve(report.article, text=report.article.text[:5], paragraphs=(), sentences=())
        with pytest.raises(InvariantError) as caught:
            attrs.evolve(report, article=short)
        assert caught.value.paths

    def test_frozen(self) -> None:
        """Model objects cannot be changed after construction."""
        report = hand_built()
        with pytest.raises(AttributeError):
            report.figures = ()  # type: ignore[misc]

    def test_collections_are_tuples(self) -> None:
        """Lists given to a constructor are stored as tuples."""
        assert isinstance(hand_built().actors[1].aliases, tuple)


class TestHelpers:
    """Conveniences users expect on a report."""

    def test_actor_lookup(self) -> None:
        """report.actor(id) finds an actor and raises KeyError for an unknown id."""
        report = hand_built()

        assert report.actor("a2").name == "Russia"
        with pytest.raises(KeyError):
            report.actor("a9")

    def test_actor_named_uses_aliases(self) -> None:
        """report.actor_named finds an actor by an alias, ignoring case."""
        assert hand_built().actor_named("moscow").id == "a2"  # type: ignore[union-attr]

    def test_text_of(self) -> None:
        """report.text_of(span) reads the evidence back from the article."""
        report = hand_built()

        assert report.text_of(report.figures[0].evidence)[:7] == "275,000"


class TestDurations:
    """ISO 8601 durations in both directions."""

    @pytest.mark.parametrize(
        ("text", "delta"),
        [
            ("PT10H", datetime.timedelta(hours=10)),
            ("P3D", datetime.timedelta(days=3)),
            ("P1DT12H", datetime.timedelta(hours=36)),
            ("PT0S", datetime.timedelta(0)),
            ("PT90M", datetime.timedelta(minutes=90)),
        ],
    )
    def test_parse(self, text: str, delta: datetime.timedelta) -> None:
        """Each ISO 8601 duration reads as the right timedelta."""
        assert delta == parse_duration(text)

    @given(st.integers(0, 10**8).map(lambda s: datetime.timedelta(seconds=s)))
    def test_round_trip(self, delta: datetime.timedelta) -> None:
        """Formatting then parsing gives the same duration."""
        assert delta == parse_duration(format_duration(delta))

    @pytest.mark.parametrize("text", ["P", "PT", "P1M", "10H", "P1Y", "PT1.5H"])
    def test_rejects(self, text: str) -> None:
        """Durations without fixed length or malformed ones are refused."""
        with pytest.raises(ValueError, match="ISO 8601"):
            parse_duration(text)


class TestPublicSurface:
    """What `import ceasefire` offers."""

    def test_all_is_sorted_and_real(self) -> None:
        """__all__ is sorted and every name in it exists."""
        assert sorted(ceasefire.__all__) == ceasefire.__all__
        assert all(hasattr(ceasefire, name) for name in ceasefire.__all__)

    def test_public_names_are_exported(self) -> None:
        """Every public attribute of the package is in __all__ (submodules aside)."""
        public = {name for name in dir(ceasefire) if not name.startswith("_")}
        modules = {name for name in public if type(getattr(ceasefire, name)).__name__ == "module"}

        assert set(ceasefire.__all__) == public - modules

    def test_version(self) -> None:
        """The version comes from the installed metadata."""
        assert ceasefire.__version__.count(".") >= 1

    def test_article_from_text(self) -> None:
        """Article.from_text keeps the text and gives it a stable id."""
        article = Article.from_text("Title\n\nBody.", published=datetime.date(2020, 1, 1))

        assert ("Title\n\nBody.", text_id("Title\n\nBody."), datetime.date(2020, 1, 1)) == (
            article.text,
            article.id,
            article.published,
        )
