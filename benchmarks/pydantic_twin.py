"""
A pydantic v2 twin of the report format, for comparing serialization speed only.

It mirrors the JSON of `ceasefire.Report` field for field, with strict validation, so that
``model_validate_json`` + ``model_dump_json`` does the same work as ceasefire's
``from_json`` + ``to_json``. Cross-field checks (references, spans) are done in a model
validator, as ceasefire does at construction.
"""

from __future__ import annotations

import gc
import statistics
import time
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")


class Span(_Strict):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class When(_Strict):
    value: str = Field(pattern=r"^(?:\d{4}|\d{3}X|\d{2}XX|XXXX)")
    precision: Literal["minute", "hour", "day", "week", "month", "season", "year", "decade"]
    modifier: Literal["early", "mid", "late", "approx", "before", "after", "start", "end"] | None
    text: str
    span: Span


class Dateline(_Strict):
    place: str | None
    date: str | None
    agency: str | None
    span: Span


class Article(_Strict):
    id: str
    title: str | None
    published: str | None
    dateline: Dateline | None
    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]


class Actor(_Strict):
    id: str
    name: str
    kind: str
    title: str | None
    affiliation: str | None
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]


class Event(_Strict):
    id: str
    kind: str
    trigger: str
    agents: tuple[str, ...]
    targets: tuple[str, ...]
    location: str | None
    when: When | None
    status: str
    source: str | None
    evidence: Span


class DailyWindow(_Strict):
    from_: str = Field(alias="from", pattern=r"^\d\d:\d\d$")
    to: str = Field(pattern=r"^\d\d:\d\d$")


class Corridor(_Strict):
    count: int | None
    beneficiaries: tuple[str, ...]
    armed: bool | None
    origin: str | None
    destination: str | None
    conditions: tuple[str, ...]
    evidence: Span


class Pause(_Strict):
    id: str
    kind: str
    location: str | None
    start: When | None
    end: When | None
    daily_window: DailyWindow | None
    timezone: str | None
    recurrence: str | None
    duration: str | None
    ordered_by: tuple[str, ...]
    announced_by: tuple[str, ...]
    purpose: str | None
    status: str
    corridors: tuple[Corridor, ...]
    evidence: tuple[Span, ...]


class Figure(_Strict):
    value: int | float
    low: int | float | None
    high: int | float | None
    bound: str
    unit: str
    category: str
    subject: str
    source: str | None
    text: str
    evidence: Span


class Quote(_Strict):
    text: str
    speaker: str | None
    evidence: Span


class Report(_Strict):
    schema_version: Literal["1"]
    article: Article
    actors: tuple[Actor, ...]
    events: tuple[Event, ...]
    pauses: tuple[Pause, ...]
    figures: tuple[Figure, ...]
    quotes: tuple[Quote, ...]

    @model_validator(mode="after")
    def _references_resolve(self) -> Report:
        known = {actor.id for actor in self.actors}
        refs = [e.source for e in self.events] + [ref for e in self.events for ref in (*e.agents, *e.targets)]
        refs += [f.source for f in self.figures] + [q.speaker for q in self.quotes]
        refs += [ref for p in self.pauses for ref in (*p.ordered_by, *p.announced_by)]
        if any(ref is not None and ref not in known for ref in refs):
            msg = "dangling actor reference"
            raise ValueError(msg)
        limit = len(self.article.text)
        spans = (
            [e.evidence for e in self.events] + [f.evidence for f in self.figures] + [q.evidence for q in self.quotes]
        )
        if any(span.end > limit for span in spans):
            msg = "span outside the text"
            raise ValueError(msg)
        return self


def pydantic_round_trip(document: str, repeat: int) -> float:
    """Median seconds for one ``model_validate_json`` + ``model_dump_json`` of `document`."""
    report = Report.model_validate_json(document)
    timings = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in range(50):
            Report.model_validate_json(document)
            report.model_dump_json(by_alias=True)
        timings.append((time.perf_counter() - start) / 50)
    return statistics.median(timings)
