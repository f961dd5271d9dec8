"""
What the pipeline's stages hand each other: mentions found in the text, and the analysis so far.

Mentions are the raw findings (a time expression, a number, a name) with their offsets;
items (figures, events, pauses) are built from them by later stages. `Analysis` carries
the immutable output of every stage run so far; each stage returns a new one.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Callable, Iterable
from typing import Any, TypeAlias

import attrs

from ceasefire._lexicon import Lexicon
from ceasefire._model import (
    Actor,
    Article,
    Bound,
    Event,
    Figure,
    HumanitarianPause,
    Number,
    Quote,
    Recurrence,
    Span,
    When,
    to_tuple,
)
from ceasefire._parse._text import PhraseIndex


@attrs.frozen(kw_only=True)
class TimeMention:
    """
    A time expression: a date, a clock time or range, a duration, or several at once.

    "between 9 a.m. and 7 p.m. local time on Nov. 4" is one mention with `when` and `until`
    resolved to minutes, `clock_start`/`clock_end` 09:00/19:00 and `timezone` "local".
    "a 72-hour truce" gives a mention whose `duration` is 72 hours and whose `when` is None.

    Attributes:
        span: Where the expression is.
        text: Its words.
        when: The point or period it names; the start, for a range.
        until: The end of a range, when it has one.
        clock_start: A clock time or the start of a clock range, ``HH:MM``.
        clock_end: The end of a clock range, ``HH:MM``.
        timezone: The zone its clock times are in ("local", "GMT", "UTC+2").
        duration: A length of time it states ("16 days", "72-hour").
        duration_value: The number of units in `duration` (16, 72).
        duration_unit: The unit of `duration`, plural ("days", "hours").
        recurrence: ``daily`` for "each day", "daily", "every day".
    """

    span: Span
    text: str
    when: When | None = None
    until: When | None = None
    clock_start: str | None = None
    clock_end: str | None = None
    timezone: str | None = None
    duration: datetime.timedelta | None = None
    duration_value: Number | None = None
    duration_unit: str | None = None
    recurrence: Recurrence | None = None

    @property
    def is_duration_only(self) -> bool:
        """True for a bare length of time, whose number is a figure, not part of a date."""
        return self.duration_unit is not None and self.when is None and self.clock_start is None


@attrs.frozen(kw_only=True)
class NumberMention:
    """
    A quantity written in the text, with the words that bound it.

    "more than a quarter of a million" is ``value=250000, bound=at_least``; "hundreds" is
    ``value=200, low=200, high=999, bound=at_least, vague=True``.

    Attributes:
        span: Where the quantity is, its bounding words ("more than") included.
        number_span: Where the number itself is, without bounding words.
        text: The words of `span`.
        value: The number, or the conservative reading of a vague amount.
        low: The least the words allow.
        high: The most the words allow.
        bound: How `value` relates to the true number.
        vague: True for amounts such as "dozens" or "tens of thousands".
    """

    span: Span
    number_span: Span
    text: str
    value: Number
    low: Number | None = None
    high: Number | None = None
    bound: Bound = Bound.EXACT
    vague: bool = False


@attrs.frozen(kw_only=True)
class ActorMention:
    """
    One place in the text where an actor is named, by any of its names.

    Attributes:
        span: Where the name is.
        text: The name as written ("Moscow", "Assad's troops").
        actor_id: The id of the `Actor` it names.
    """

    span: Span
    text: str
    actor_id: str


def _in_text_order(mentions: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(sorted(mentions, key=lambda mention: (mention.span.start, mention.span.end)))


@attrs.frozen(kw_only=True)
class ActorTable:
    """
    The actors of an article and every mention of them, sorted by offset.

    Attributes:
        actors: The actors, each once, aliases merged.
        mentions: Every mention, sorted by start offset.
    """

    actors: tuple[Actor, ...] = attrs.field(default=(), converter=to_tuple)
    mentions: tuple[ActorMention, ...] = attrs.field(default=(), converter=_in_text_order)
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _by_id: dict[str, Actor] = attrs.field(init=False, repr=False, eq=False)
    subjects: dict[tuple[int, int, int], ActorMention | None] = attrs.field(init=False, repr=False, eq=False)
    """
    The subject found before each verb, by (verb start, sentence start, sentence end): several
    stages ask for the same one ("Putin has offered" serves the pause, its event and its quote).
    """

    def __attrs_post_init__(self) -> None:
        """Index mention starts and actor ids once, for lookups in logarithmic or constant time."""
        object.__setattr__(self, "_starts", tuple(m.span.start for m in self.mentions))
        object.__setattr__(self, "_by_id", {actor.id: actor for actor in self.actors})
        object.__setattr__(self, "subjects", {})

    def within(self, start: int, end: int) -> tuple[ActorMention, ...]:
        """The mentions lying wholly inside ``[start, end)``, in text order."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end, first)
        if first == last:
            return ()  # the common case: nothing named there
        return tuple([m for m in self.mentions[first:last] if m.span.end <= end])

    def last_within(self, start: int, end: int) -> ActorMention | None:
        """The last of `within`, found without building the others."""
        index = bisect.bisect_left(self._starts, end) - 1
        while index >= 0 and self._starts[index] >= start:
            if self.mentions[index].span.end <= end:
                return self.mentions[index]
            index -= 1
        return None

    def at(self, offset: int) -> ActorMention | None:
        """The mention covering `offset`, if any."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and self.mentions[index].span.start <= offset < self.mentions[index].span.end:
            return self.mentions[index]
        return None

    def by_id(self, actor_id: str) -> Actor | None:
        """The actor with that id, if any."""
        return self._by_id.get(actor_id)


@attrs.frozen(kw_only=True)
class Analysis:
    """
    The article and everything the stages have found in it so far.

    Each stage reads the fields earlier stages filled and returns a copy with its own
    field filled (`attrs.evolve`); none changes what an earlier stage found.

    Attributes:
        article: The article, with its layout.
        lexicon: The knowledge the stages draw on.
        times: Time expressions, in text order.
        numbers: Quantities, in text order.
        actors: Actors and their mentions.
        figures: Figures built from the quantities.
        pauses: Pauses, ceasefires and truces, with corridors.
        events: Events.
        quotes: Quotations.
        phrases: Word-list matches over the whole text, found once and shared by the stages.
    """

    article: Article
    lexicon: Lexicon
    times: tuple[TimeMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    actors: ActorTable = attrs.field(factory=ActorTable)
    figures: tuple[Figure, ...] = ()
    pauses: tuple[HumanitarianPause, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    phrases: PhraseIndex = attrs.field(
        default=attrs.Factory(lambda self: PhraseIndex(self.article.text), takes_self=True), eq=False, repr=False
    )


Stage: TypeAlias = Callable[[Analysis], Analysis]
"""A pipeline stage: reads an analysis, returns a new one with its own findings added."""
