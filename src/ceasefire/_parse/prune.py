"""
Stage: drop actors that are only places or bylines.

A state named only as a place ("fled to Mauritania", "talks in Sweden", "in Amman, Jordan.", "People
leaving Kyiv", "from Gden (Belarus)", "a pause in Mali's Kidal",
the dateline's "KYIV, Ukraine (AP)") and an agency named only in a credit line or a bracketed
credit are not parties to the story (the dateline's agency is kept, as the story's source). They are dropped when no
event, pause, figure, quote or other actor refers to them; everything else is kept.
"""

from __future__ import annotations

import re

import attrs

from ceasefire._model import Actor, ActorKind, Span
from ceasefire._parse._mentions import ActorTable, Analysis


_NO_PLACE = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)"
)
"""A day or month, no place, though written with a capital: "for treatment on Sunday, and Kenya ... sent"."""
_A_NAME = _NO_PLACE + r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?"
_A_LIST_BEFORE = rf"(?:{_A_NAME}(?:,\s{_A_NAME})*(?:,?\s(?:and|or)\s|,\s))?$"
"""Names listed before a state, up to it: "Uganda, Ethiopia, Egypt and "."""


_LOCATIVE_BEFORE = re.compile(
    r"(?i:\b(?:in|to|from|into|across|near|towards?|via|through|at|inside|outside|around|throughout|"
    r"over|(?<!called\s)(?<!calls\s)(?<!calling\s)(?<!call\s)on|for|leaving|left|fled|fleeing|reached|reaching"
    r"|entered|entering|out\sof"
    # "the Adre border crossing with Chad"; not "mediated the deal with Egypt", where the state is a party
    r"|(?:border|borders|frontier|boundary|crossing|crossings)\swith)\s(?:the\s)?"
    r"(?:neighbou?ring\s)?)" + _A_LIST_BEFORE
)
"""Words before a state that make it a place, in a list too ("food stocked in Egypt and Jordan")."""


_CONTRIBUTED_BEFORE = re.compile(
    r"(?i:\b(?:troops|soldiers|peacekeepers|contingents|battalions|personnel|police\sofficers|envoys|delegations?"
    r"|delegates|diplomats|officials|representatives|mediators|negotiators|ministers|observers|monitors|teams|experts"
    r"|rescuers|help|assistance|support)\sfrom\s"
    r"(?:the\s)?)" + _A_LIST_BEFORE
)
"""
Troops "from" a state are its contribution, not a place it is left: "about 11,000 troops from Uganda,
Ethiopia, Egypt, Kenya, Burundi and Djibouti" names six parties to a mission; "envoys from the United States"
are its own.
"""


def _referenced(analysis: Analysis) -> set[str]:
    ids: set[str] = set()
    for event in analysis.events:
        ids.update(event.agents)
        ids.update(event.targets)
        ids.add(event.source or "")
    for pause in analysis.pauses:
        ids.update(pause.ordered_by)
        ids.update(pause.announced_by)
    ids.update(figure.source or "" for figure in analysis.figures)
    ids.update(quote.speaker or "" for quote in analysis.quotes)
    ids.update(actor.affiliation or "" for actor in analysis.actors.actors)
    return ids


_CITY_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s$")
_TOWN_BRACKET_BEFORE = re.compile(r"[A-Z][\w'’-]+\s\($")
"""A city before a state ("in Amman, Jordan."): the state says where the city is."""


_PLACE_OWNED_AFTER = re.compile(
    r"['’]s\s(?:(?:[a-z-]+\s){0,2}(?:capital|city|town|village|region|province|state|district|border|coast"
    r"|north|south|east|west|northeast|northwest|southeast|southwest|countryside"
    r"|war|wars|conflict|crisis|fighting|warring|people|population|economy|history|interior|borders|territory)\b"
    r"|(?P<name>[A-Z]))"
)
"""
A place or a plight a state owns after it: "Mali's Kidal", "Sudan's North Darfur state", "Haiti's capital",
"Sudan's war", "Colombia's half-century conflict", "Mozambique's warring sides".
"""


def _owns_a_place(analysis: Analysis, span: Span) -> bool:
    """Whether the state at `span` is a possessor of a place, not of a party ("Yemen's Houthi movement")."""
    owned = _PLACE_OWNED_AFTER.match(analysis.article.text, span.end)
    if owned is None:
        return False
    return owned.group("name") is None or analysis.actors.at(owned.start("name")) is None


def _a_state_at(analysis: Analysis, offset: int) -> bool:
    """Whether a state is named at `offset`: a state before a comma is one of a list, not a city."""
    mention = analysis.actors.at(offset)
    actor = analysis.actors.by_id(mention.actor_id) if mention is not None else None
    return actor is not None and actor.kind is ActorKind.STATE


def _only_a_place(actor: Actor, analysis: Analysis, dateline: Span | None) -> bool:
    text = analysis.article.text
    return (
        actor.kind is ActorKind.STATE
        and all(
            (
                _LOCATIVE_BEFORE.search(text, max(0, span.start - 60), span.start)
                and not _CONTRIBUTED_BEFORE.search(text, max(0, span.start - 80), span.start)
                and not text.startswith("-", span.end)  # "talk to the Iran-backed Houthis": a backer, no place
            )
            or _owns_a_place(analysis, span)
            or (dateline is not None and dateline.contains(span))  # "KYIV, Ukraine (AP) —"
            or (
                (city := _CITY_BEFORE.search(text, max(0, span.start - 30), span.start)) is not None
                and text[span.end : span.end + 1] in {"", ".", ",", ";", ":", ")", "\n"}
                and not _a_state_at(analysis, city.start())  # "the United States, Saudi Arabia, ...": a list
            )
            # "from Gden (Belarus) to Gomel (Belarus)": the state a town lies in
            or (
                _TOWN_BRACKET_BEFORE.search(text, max(0, span.start - 30), span.start)
                and text.startswith(")", span.end)
            )
            for span in actor.mentions
        )
    )


_CREDIT_LINE = re.compile(
    r"(?i:contributed\s(?:to\s)?(?:this\s(?:report|story)|reporting)|(?:additional\s)?(?:reporting|writing|editing)\sby\b)"
)
"""A credit line at the end of a story: "Associated Press writer Sam Feldman contributed to this report"."""


def _in_a_credit_line(text: str, span: Span) -> bool:
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return _CREDIT_LINE.search(text, start, end if end >= 0 else len(text)) is not None


def _only_a_byline(actor: Actor, text: str, dateline: Span | None) -> bool:
    """
    An agency named only as a credit in brackets ("... Gaza Strip. (AFP)") or in a credit line.

    The dateline's agency ("MOSCOW. March 7 (Interfax) -") is kept: it is the story's source, as the
    development set codes it.
    """
    return actor.kind is ActorKind.MEDIA and all(
        not (dateline is not None and dateline.contains(span))
        and (
            (text[span.start - 1 : span.start] == "(" and text[span.end : span.end + 1] == ")")
            or _in_a_credit_line(text, span)
        )
        for span in actor.mentions
    )


def prune_actors(analysis: Analysis) -> Analysis:
    """Drop unreferenced actors that the text names only as places or in the dateline."""
    text = analysis.article.text
    dateline = analysis.article.dateline.span if analysis.article.dateline else None
    referenced = _referenced(analysis)
    dropped = {
        actor.id
        for actor in analysis.actors.actors
        if actor.id not in referenced
        and (_only_a_place(actor, analysis, dateline) or _only_a_byline(actor, text, dateline))
    }
    if not dropped:
        return analysis
    table = ActorTable(
        actors=[a for a in analysis.actors.actors if a.id not in dropped],
        mentions=[m for m in analysis.actors.mentions if m.actor_id not in dropped],
    )
    return attrs.evolve(analysis, actors=table)
