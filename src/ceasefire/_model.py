"""
The report format as immutable attrs types.

This module knows nothing about JSON or parsing: it defines the values, their vocabularies
and the invariants that make bad states unrepresentable. Serialization lives in
`ceasefire._serialize`, parsing in `ceasefire._parse`.
"""

from __future__ import annotations

import datetime
import enum
import hashlib
import re
import typing
from collections.abc import Iterable, Iterator
from typing import Any, Final, Literal

import attrs

from ceasefire.exceptions import InvariantError, Problem


SCHEMA_VERSION: Final = "1"


# --------------------------------------------------------------------------- vocabularies


class _Vocabulary(enum.Enum):
    """A closed set of values; members are singletons compared by identity."""

    # Enum hashes a member by its name in Python code, slow in sets and dicts the parser fills
    # by the hundred; identity is what members are compared by, so its hash is consistent.
    __hash__ = object.__hash__


class ActorKind(_Vocabulary):
    """What sort of party an actor is."""

    PERSON = "person"
    STATE = "state"
    GOVERNMENT = "government"
    GOVERNMENT_BODY = "government_body"
    MILITARY = "military"
    ARMED_GROUP = "armed_group"
    INTERNATIONAL_ORG = "international_org"
    NGO = "ngo"
    CIVILIANS = "civilians"
    MEDIA = "media"
    OTHER = "other"


class EventKind(_Vocabulary):
    """The fixed ontology of things that happen in a conflict story."""

    PAUSE_ANNOUNCED = "pause_announced"
    CEASEFIRE = "ceasefire"
    HOSTILITIES_HALTED = "hostilities_halted"
    ATTACK = "attack"
    SIEGE = "siege"
    EVACUATION = "evacuation"
    AID_DELIVERY = "aid_delivery"
    ALLEGATION = "allegation"
    DENIAL = "denial"
    REJECTION = "rejection"
    STATEMENT = "statement"
    NEGOTIATION = "negotiation"
    AGREEMENT = "agreement"
    CONFLICT_ONSET = "conflict_onset"
    CRACKDOWN = "crackdown"
    PROTEST = "protest"
    KILLING = "killing"
    DISPLACEMENT = "displacement"
    RELEASE = "release"
    OTHER = "other"


class Status(_Vocabulary):
    """Where an event or pause stands, as far as the text says."""

    ANNOUNCED = "announced"
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    FAILED = "failed"
    EXTENDED = "extended"
    ENDED = "ended"
    DENIED = "denied"
    UNKNOWN = "unknown"


class Bound(_Vocabulary):
    """How a figure's value relates to the true number."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    APPROX = "approx"
    RANGE = "range"


class FigureCategory(_Vocabulary):
    """What a figure counts."""

    TRAPPED = "trapped"
    KILLED = "killed"
    WOUNDED = "wounded"
    DISPLACED = "displaced"
    EVACUATED = "evacuated"
    HOSTAGES = "hostages"
    RELEASED = "released"
    AID = "aid"
    DURATION = "duration"
    COUNT = "count"
    MONEY = "money"
    OTHER = "other"


class PauseKind(_Vocabulary):
    """The name the text gives a halt in fighting."""

    HUMANITARIAN_PAUSE = "humanitarian_pause"
    CEASEFIRE = "ceasefire"
    TRUCE = "truce"


class Precision(_Vocabulary):
    """The grain of a time expression, from a minute to a decade."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"


class Modifier(_Vocabulary):
    """A qualifier on a time expression: "early 2011" is ``early``, "since" is ``after``."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"
    APPROX = "approx"
    BEFORE = "before"
    AFTER = "after"
    START = "start"
    END = "end"


class Recurrence(_Vocabulary):
    """How a pause repeats."""

    DAILY = "daily"


# --------------------------------------------------------------------------- validators


def to_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """Store any iterable as a tuple, so collections in the model are immutable."""
    return tuple(items)


_YEAR = r"(?:\d{4}|\d{3}X|\d{2}XX|XXXX)"
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|XX)"
_CLOCK = r"T(?:(?:[01]\d|2[0-4]|XX)(?::[0-5]\d)?|MO|AF|EV|NI)"
_TIMEX_VALUE = re.compile(
    rf"""
    {_YEAR}(?:-{_MONTH}(?:-{_DAY}(?:{_CLOCK})?)?)?          # 2016, 2016-11, 2016-11-04T09:00
    | {_YEAR}-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-[1-7])?      # 2016-W44, XXXX-WXX-2
    | {_YEAR}-(?:SP|SU|FA|WI)                                # 2016-SU
    | (?:PRESENT|PAST|FUTURE)_REF
    """,
    re.VERBOSE,
)
_CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")


def is_timex_value(value: str) -> bool:
    """Tell whether `value` is a TIMEX3 value this format accepts (``2016-11-04``, ``XXXX-WXX-2``)."""
    return _TIMEX_VALUE.fullmatch(value) is not None


def _timex(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not is_timex_value(value):
        raise InvariantError([Problem(f"$.{attribute.name}", f"{value!r} is not a TIMEX3 value")])


def _non_negative(_instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 0:
        raise InvariantError([Problem(f"$.{attribute.name}", f"{value} is negative")])


# --------------------------------------------------------------------------- basic values


@attrs.frozen(kw_only=True, order=True)
class Span:
    """
    A half-open range of character offsets into `Article.text`: ``text[start:end]``.

    Offsets are Python string indices, so a span's text is always `Article.text` sliced,
    never a copy that could drift from the original.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character.
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field()

    @end.validator
    def _end_after_start(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise InvariantError([Problem("$.end", f"end {value} is before start {self.start}")])

    def __len__(self) -> int:
        """Number of characters covered."""
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Tell whether `other` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Tell whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


_new_object = object.__new__
_set_slot = object.__setattr__


def span_at(start: int, end: int) -> Span:
    """
    ``Span(start=start, end=end)`` for two integers, in half the time.

    The parser and the reader of JSON build a span for every item; this makes the same
    checks inline and fills the frozen slots directly, and lets `Span` explain a failure.
    """
    if 0 <= start <= end:
        span: Span = _new_object(Span)
        _set_slot(span, "start", start)
        _set_slot(span, "end", end)
        return span
    return Span(start=start, end=end)


@attrs.frozen(kw_only=True)
class When:
    """
    A time expression found in the text, normalized to a TIMEX3 value.

    "Tuesday" in a story published on 2016-11-02 is ``2016-11-01`` at ``day`` precision; with
    no publication date it stays ``XXXX-WXX-2``: partial, never guessed.

    Attributes:
        value: TIMEX3 value: ``2016-11-04``, ``2016-11-04T09:00``, ``2016-10``, ``XXXX-11-04``.
        precision: The grain of `value`.
        modifier: A qualifier such as ``early`` ("early 2011") or ``after`` ("since September").
        text: The words of the expression, as written.
        span: Where those words are.
    """

    value: str = attrs.field(validator=_timex)
    precision: Precision
    modifier: Modifier | None = None
    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Dateline:
    """
    The wire dateline opening a story: ``MOSCOW, Nov 2 (Reuters) -``.

    Attributes:
        place: The place the story was filed from.
        date: The filing date, when the dateline gives one with a year or a known publication.
        agency: The news agency named in the dateline.
        span: Where the dateline is.
    """

    place: str | None = None
    date: datetime.date | None = None
    agency: str | None = None
    span: Span


def _spans_in(text: str, spans: Iterable[tuple[str, Span]]) -> list[Problem]:
    """List every span that runs past the end of `text`."""
    return [
        Problem(path, f"span {span.start}-{span.end} is outside the text (length {len(text)})")
        for path, span in spans
        if span.end > len(text)
    ]


def text_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@attrs.frozen(kw_only=True)
class Article:
    """
    The text of a story and its layout: title, dateline, paragraphs and sentences.

    Build one from raw text with `Article.from_text`, which finds the layout for you.

    Attributes:
        id: A stable hash of `text`, so the same story always gets the same id.
        title: The headline, when the text opens with one.
        published: The publication date, given by the caller or read from the dateline.
        dateline: The wire dateline, when there is one.
        text: The original text, unchanged; every span in a report points into it.
        paragraphs: Where each paragraph is.
        sentences: Where each sentence is.
    """

    id: str
    title: str | None = None
    published: datetime.date | None = None
    dateline: Dateline | None = None
    text: str
    paragraphs: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple)
    sentences: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        """Check that every span points into the text."""
        spans: list[tuple[str, Span]] = [(f"$.paragraphs[{i}]", s) for i, s in enumerate(self.paragraphs)]
        spans += [(f"$.sentences[{i}]", s) for i, s in enumerate(self.sentences)]
        if self.dateline is not None:
            spans.append(("$.dateline.span", self.dateline.span))
        problems = _spans_in(self.text, spans)
        if problems:
            raise InvariantError(problems)

    @classmethod
    def from_text(cls, text: str, *, published: datetime.date | None = None) -> Article:
        """
        Find the title, dateline, paragraphs and sentences of raw `text`.

        Args:
            text: The story as plain text; it is kept unchanged.
            published: The publication date, if known; otherwise the dateline's date is used.

        Returns:
            The article, with offsets into `text`.
        """
        from ceasefire._parse.segment import segment  # noqa: PLC0415 - the model must not import the parser at load time

        return segment(text, published=published)

    def text_of(self, span: Span) -> str:
        """The words a span covers."""
        return self.text[span.start : span.end]


# --------------------------------------------------------------------------- items


def _no_blank(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value:
        raise InvariantError([Problem(f"$.{attribute.name}", "must not be empty")])


@attrs.frozen(kw_only=True)
class Actor:
    """
    A party named in the story: a person, a state, an armed group, an agency.

    All the names the story uses for it ("Moscow", "Russia") are one actor: `name` is the
    canonical one, `aliases` the others, `mentions` where any of them occurs.

    Attributes:
        id: Unique within the report; events and figures refer to actors by it.
        name: Canonical name.
        kind: What sort of party it is.
        title: A person's title or office ("President", "Defense Minister").
        affiliation: The id of the actor this one belongs to (a minister's state).
        aliases: Other names the story uses for it.
        mentions: Where it is named.
    """

    id: str = attrs.field(validator=_no_blank)
    name: str
    kind: ActorKind
    title: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple)


@attrs.frozen(kw_only=True)
class Event:
    """
    Something that happened, or is said to have: an attack, a denial, a pause announced.

    Attributes:
        id: Unique within the report.
        kind: The event's type in the fixed ontology.
        trigger: The word or phrase that signals it ("halted", "denied").
        agents: Ids of the actors who did it.
        targets: Ids of the actors it was done to.
        location: Where, as written.
        when: When, if the text says.
        status: Where it stands.
        source: Id of the actor who claims it, when the text attributes it.
        evidence: The words the event was read from.
    """

    id: str = attrs.field(validator=_no_blank)
    kind: EventKind
    trigger: str
    agents: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    targets: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    location: str | None = None
    when: When | None = None
    status: Status = Status.UNKNOWN
    source: str | None = None
    evidence: Span


def _clock(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if _CLOCK_TIME.fullmatch(value) is None:
        raise InvariantError([Problem(f"$.{attribute.name}", f"{value!r} is not an HH:MM time")])


@attrs.frozen(kw_only=True)
class DailyWindow:
    """
    The hours of the day a pause holds: ``09:00`` to ``19:00``.

    In JSON the fields are named ``from`` and ``to``.

    Attributes:
        start: When the window opens, ``HH:MM``.
        end: When it closes, ``HH:MM``; earlier than `start` when it runs past midnight.
    """

    start: str = attrs.field(validator=_clock)
    end: str = attrs.field(validator=_clock)


@attrs.frozen(kw_only=True)
class Corridor:
    """
    A route out (or in) that a pause opens.

    Attributes:
        count: How many corridors of this kind, if the text says.
        beneficiaries: Who may use them ("civilians", "opposition fighters").
        armed: Whether those leaving keep their weapons; unknown when the text is silent.
        origin: Where they lead from.
        destination: Where they lead to.
        conditions: Terms of passage ("unharmed").
        evidence: The words the corridor was read from.
    """

    count: int | None = attrs.field(default=None, validator=_non_negative)
    beneficiaries: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    armed: bool | None = None
    origin: str | None = None
    destination: str | None = None
    conditions: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    evidence: Span


def _evidence_given(_instance: object, attribute: attrs.Attribute[tuple[Span, ...]], value: tuple[Span, ...]) -> None:
    if not value:
        raise InvariantError([Problem(f"$.{attribute.name}", "a pause needs at least one evidence span")])


@attrs.frozen(kw_only=True)
class HumanitarianPause:
    """
    A halt in fighting: a humanitarian pause, a ceasefire or a truce, and its corridors.

    Later mentions ("the pause", "the two corridors") enrich the same pause, so its
    `evidence` lists every span it was read from.

    Attributes:
        id: Unique within the report.
        kind: What the text calls it.
        location: Where it holds, as written.
        start: When it begins.
        end: When it ends.
        daily_window: The hours it holds each day.
        timezone: The time zone of its hours ("local", "GMT", "UTC+3").
        recurrence: ``daily`` when it repeats each day.
        duration: How long it lasts (each day, for a recurring pause).
        ordered_by: Ids of the actors who ordered it.
        announced_by: Ids of the actors who announced it.
        purpose: Why, in the text's words.
        status: Where it stands.
        corridors: The corridors it opens.
        evidence: Every span it was read from; the first is where it is introduced.
    """

    id: str = attrs.field(validator=_no_blank)
    kind: PauseKind
    location: str | None = None
    start: When | None = None
    end: When | None = None
    daily_window: DailyWindow | None = None
    timezone: str | None = None
    recurrence: Recurrence | None = None
    duration: datetime.timedelta | None = attrs.field(default=None)
    ordered_by: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    announced_by: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    purpose: str | None = None
    status: Status = Status.UNKNOWN
    corridors: tuple[Corridor, ...] = attrs.field(default=(), converter=to_tuple)
    evidence: tuple[Span, ...] = attrs.field(converter=to_tuple, validator=_evidence_given)

    @duration.validator
    def _duration_positive(
        self, _attribute: attrs.Attribute[datetime.timedelta | None], value: datetime.timedelta | None
    ) -> None:
        if value is not None and value < datetime.timedelta(0):
            raise InvariantError([Problem("$.duration", "a duration cannot be negative")])


Number = int | float
"""A figure's numeric type: an `int` where the count is whole, a `float` otherwise."""


@attrs.frozen(kw_only=True)
class Figure:
    """
    A number the story reports, with its bounds and what it counts.

    Vague amounts keep their vagueness: "hundreds of civilians" is ``value=200`` (the least
    the words allow), ``low=200``, ``high=999``, ``bound=at_least``, never a made-up count.

    Attributes:
        value: The number, or the conservative reading of a vague amount.
        low: The least the words allow, for ranges and vague amounts.
        high: The most the words allow.
        bound: How `value` relates to the true number.
        unit: What is counted ("people", "days", "trucks", "USD").
        category: What kind of count it is.
        subject: Who or what is counted, in the text's words.
        source: Id of the actor the figure is attributed to.
        text: The number's words as written.
        evidence: Where the figure and its governing words are.
    """

    value: Number
    low: Number | None = None
    high: Number | None = None
    bound: Bound = Bound.EXACT
    unit: str
    category: FigureCategory = FigureCategory.OTHER
    subject: str = ""
    source: str | None = None
    text: str
    evidence: Span

    def __attrs_post_init__(self) -> None:
        """Keep ``low <= value <= high`` and counts non-negative."""
        problems = [
            Problem(f"$.{name}", f"{number} is negative")
            for name, number in (("value", self.value), ("low", self.low), ("high", self.high))
            if number is not None and number < 0
        ]
        if self.low is not None and self.low > self.value:
            problems.append(Problem("$.low", f"low {self.low} is above value {self.value}"))
        if self.high is not None and self.high < self.value:
            problems.append(Problem("$.high", f"high {self.high} is below value {self.value}"))
        if problems:
            raise InvariantError(problems)


@attrs.frozen(kw_only=True)
class Quote:
    """
    Words the story puts in quotation marks as someone's speech.

    Attributes:
        text: The quoted words, without the marks.
        speaker: Id of the actor who said them, when the text tells.
        evidence: Where the quotation is, marks included.
    """

    text: str
    speaker: str | None = None
    evidence: Span


# --------------------------------------------------------------------------- the report


def _references(report: Report) -> Iterator[tuple[str, str | None]]:
    """Every actor reference in a report, with its path."""
    for i, actor in enumerate(report.actors):
        yield f"$.actors[{i}].affiliation", actor.affiliation
    for i, event in enumerate(report.events):
        yield from ((f"$.events[{i}].agents[{j}]", ref) for j, ref in enumerate(event.agents))
        yield from ((f"$.events[{i}].targets[{j}]", ref) for j, ref in enumerate(event.targets))
        yield f"$.events[{i}].source", event.source
    for i, pause in enumerate(report.pauses):
        yield from ((f"$.pauses[{i}].ordered_by[{j}]", ref) for j, ref in enumerate(pause.ordered_by))
        yield from ((f"$.pauses[{i}].announced_by[{j}]", ref) for j, ref in enumerate(pause.announced_by))
    for i, figure in enumerate(report.figures):
        yield f"$.figures[{i}].source", figure.source
    for i, quote in enumerate(report.quotes):
        yield f"$.quotes[{i}].speaker", quote.speaker


def _when_spans(path: str, when: When | None) -> Iterator[tuple[str, Span]]:
    if when is not None:
        yield f"{path}.span", when.span


def _item_spans(report: Report) -> Iterator[tuple[str, Span]]:
    """Every span held by the report's items, with its path."""
    for i, actor in enumerate(report.actors):
        yield from ((f"$.actors[{i}].mentions[{j}]", span) for j, span in enumerate(actor.mentions))
    for i, event in enumerate(report.events):
        yield f"$.events[{i}].evidence", event.evidence
        yield from _when_spans(f"$.events[{i}].when", event.when)
    for i, pause in enumerate(report.pauses):
        yield from ((f"$.pauses[{i}].evidence[{j}]", span) for j, span in enumerate(pause.evidence))
        yield from _when_spans(f"$.pauses[{i}].start", pause.start)
        yield from _when_spans(f"$.pauses[{i}].end", pause.end)
        yield from ((f"$.pauses[{i}].corridors[{j}].evidence", c.evidence) for j, c in enumerate(pause.corridors))
    for i, figure in enumerate(report.figures):
        yield f"$.figures[{i}].evidence", figure.evidence
    for i, quote in enumerate(report.quotes):
        yield f"$.quotes[{i}].evidence", quote.evidence


def _span_ends(report: Report) -> list[int]:
    """Where each span of `_item_spans` ends, without building its path: the quick check needs no more."""
    ends = [span.end for actor in report.actors for span in actor.mentions]
    ends += [event.evidence.end for event in report.events]
    ends += [event.when.span.end for event in report.events if event.when is not None]
    for pause in report.pauses:
        ends += [span.end for span in pause.evidence]
        ends += [when.span.end for when in (pause.start, pause.end) if when is not None]
        ends += [corridor.evidence.end for corridor in pause.corridors]
    ends += [figure.evidence.end for figure in report.figures]
    ends += [quote.evidence.end for quote in report.quotes]
    return ends


def _duplicate_ids(report: Report) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    groups: tuple[tuple[str, Iterable[str]], ...] = (
        ("actors", (a.id for a in report.actors)),
        ("events", (e.id for e in report.events)),
        ("pauses", (p.id for p in report.pauses)),
    )
    for name, ids in groups:
        for i, item_id in enumerate(ids):
            if item_id in seen:
                problems.append(Problem(f"$.{name}[{i}].id", f"id {item_id!r} is used twice"))
            seen.add(item_id)
    return problems


def _plainly_valid(report: Report) -> bool:
    """Whether the report passes every check of `Report`; a quick test that names no problem."""
    ids = [a.id for a in report.actors] + [e.id for e in report.events] + [p.id for p in report.pauses]
    known = {actor.id for actor in report.actors}
    refs = [a.affiliation for a in report.actors]
    for event in report.events:
        refs += (*event.agents, *event.targets, event.source)
    for pause in report.pauses:
        refs += (*pause.ordered_by, *pause.announced_by)
    refs += [f.source for f in report.figures] + [q.speaker for q in report.quotes]
    length = len(report.article.text)
    return (
        len(set(ids)) == len(ids)
        and all(ref is None or ref in known for ref in refs)
        and max(_span_ends(report), default=0) <= length
        and report.schema_version == SCHEMA_VERSION
    )


@attrs.frozen(kw_only=True)
class Report:
    """
    Everything ceasefire read from one article.

    A report is checked when it is built: ids are unique, every actor reference resolves,
    and every span lies inside the article's text.

    Attributes:
        schema_version: The version of the report format, ``"1"``.
        article: The article the report was read from.
        actors: The parties named.
        events: What happened.
        pauses: Humanitarian pauses, ceasefires and truces, with their corridors.
        figures: The numbers reported.
        quotes: Quoted speech.
    """

    schema_version: Literal["1"] = SCHEMA_VERSION
    article: Article
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=to_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=to_tuple)
    pauses: tuple[HumanitarianPause, ...] = attrs.field(default=(), converter=to_tuple)
    figures: tuple[Figure, ...] = attrs.field(default=(), converter=to_tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        """Check ids, references and spans, reporting every problem at once."""
        if _plainly_valid(self):
            return  # the common case, checked without building a path for every item
        problems = _duplicate_ids(self)
        known = {actor.id for actor in self.actors}
        problems += [
            Problem(path, f"no actor has id {ref!r}")
            for path, ref in _references(self)
            if ref is not None and ref not in known
        ]
        problems += _spans_in(self.article.text, _item_spans(self))
        if (
            typing.cast("str", self.schema_version) != SCHEMA_VERSION
        ):  # a Literal for typing, checked for untyped callers
            problems.append(Problem("$.schema_version", f"{self.schema_version!r} is not {SCHEMA_VERSION!r}"))
        if problems:
            raise InvariantError(problems)

    def actor(self, actor_id: str) -> Actor:
        """
        Look up an actor by id.

        Raises:
            KeyError: No actor has that id.
        """
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def actor_named(self, name: str) -> Actor | None:
        """Find the actor called `name` or known by it as an alias (case-insensitive)."""
        folded = name.casefold()
        for actor in self.actors:
            if actor.name.casefold() == folded or any(alias.casefold() == folded for alias in actor.aliases):
                return actor
        return None

    def text_of(self, span: Span) -> str:
        """The words of the article a span covers: the evidence behind an item."""
        return self.article.text_of(span)
