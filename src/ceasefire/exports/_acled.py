"""Events in the field layout of the ACLED event record (see the docs for the mapping)."""

from __future__ import annotations

from typing import Any, Final

from ceasefire._model import ActorKind, Event, EventKind, Precision, Report
from ceasefire.exports._common import actors_of, date_parts, fatalities, iso_date


ACLED_FIELDS: Final = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
"""The ACLED columns, in order."""

_AGREEMENT = ("Strategic developments", "Strategic developments", "Agreement")
_KINDS: Final[dict[EventKind, tuple[str, str, str]]] = {
    EventKind.PAUSE_ANNOUNCED: _AGREEMENT,
    EventKind.CEASEFIRE: _AGREEMENT,
    EventKind.HOSTILITIES_HALTED: _AGREEMENT,
    EventKind.AGREEMENT: _AGREEMENT,
    EventKind.RELEASE: _AGREEMENT,
    EventKind.NEGOTIATION: ("Strategic developments", "Strategic developments", "Other"),
    EventKind.SIEGE: ("Strategic developments", "Strategic developments", "Other"),
    EventKind.KILLING: ("Political violence", "Violence against civilians", "Attack"),
    EventKind.PROTEST: ("Demonstrations", "Protests", "Peaceful protest"),
    EventKind.CRACKDOWN: ("Demonstrations", "Protests", "Protest with intervention"),
}
_AIR = ("air", "drone", "airstrike", "bomb", "warplane", "raid")
_SHELLING = ("shell", "artillery", "missile", "rocket", "mortar")
_INTER: Final = {
    ActorKind.STATE: 1,
    ActorKind.GOVERNMENT: 1,
    ActorKind.GOVERNMENT_BODY: 1,
    ActorKind.MILITARY: 1,
    ActorKind.ARMED_GROUP: 2,
    ActorKind.CIVILIANS: 7,
    ActorKind.INTERNATIONAL_ORG: 8,
}
_PRECISION: Final = {Precision.MINUTE: 1, Precision.HOUR: 1, Precision.DAY: 1, Precision.WEEK: 2, Precision.MONTH: 3}


def _types(event: Event) -> tuple[str, str, str] | None:
    if event.kind is EventKind.ATTACK:
        trigger = event.trigger.lower()
        if any(word in trigger for word in _AIR):
            return ("Political violence", "Explosions/Remote violence", "Air/drone strike")
        if any(word in trigger for word in _SHELLING):
            return ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack")
        return ("Political violence", "Battles", "Armed clash")
    return _KINDS.get(event.kind)


def acled_rows(report: Report) -> list[dict[str, Any]]:
    """One ACLED row per event of a kind ACLED codes; statements, allegations and the like are not events there."""
    rows = []
    text = report.article.text
    for event in report.events:
        types = _types(event)
        if types is None:
            continue
        agents, targets = actors_of(report, event.agents), actors_of(report, event.targets)
        inter1 = _INTER.get(agents[0].kind, "") if agents else ""
        inter2 = _INTER.get(targets[0].kind, "") if targets else ""
        precision = _PRECISION.get(event.when.precision) if event.when is not None else None
        year, month, _ = date_parts(event.when)
        date = (
            iso_date(event.when) if precision == 1 else (f"{year}-{int(month):02d}-01" if precision and month else "")
        )
        killed = fatalities(report, event)
        interaction = "".join(str(c) for c in sorted(c for c in (inter1, inter2) if isinstance(c, int)))
        row: dict[str, Any] = dict.fromkeys(ACLED_FIELDS, "")
        row.update(
            event_id_cnty=f"{report.article.id}-{event.id}",
            event_date=date,
            year=year,
            time_precision=precision if date else "",
            disorder_type=types[0],
            event_type=types[1],
            sub_event_type=types[2],
            actor1=agents[0].name if agents else "",
            assoc_actor_1="; ".join(a.name for a in agents[1:]),
            inter1=inter1,
            actor2=targets[0].name if targets else "",
            assoc_actor_2="; ".join(a.name for a in targets[1:]),
            inter2=inter2,
            interaction=interaction,
            civilian_targeting="Civilian targeting" if any(t.kind is ActorKind.CIVILIANS for t in targets) else "",
            location=event.location or "",
            source=report.article.dateline.agency or "" if report.article.dateline else "",
            notes=text[event.evidence.start : event.evidence.end],
            fatalities=killed.value if killed is not None else "",
        )
        rows.append(row)
    return rows
