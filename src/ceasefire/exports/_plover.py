"""Events as PLOVER event records, with the crosswalk of our kinds documented in the docs."""

from __future__ import annotations

from typing import Any, Final

from ceasefire._model import Actor, ActorKind, EventKind, Report
from ceasefire.exports._common import actors_of, iso_date


PLOVER_FIELDS: Final = (
    "id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient", "event", "event_loc",
    "event_text", "quad_code", "event_scale", "mode", "context", "link", "text", "text_info", "cite_info",
    "coder", "coded_date", "coded_time", "comment",
)  # fmt: skip
"""The PLOVER fields, in order."""

_EVENTS: Final[dict[EventKind, tuple[str, str]]] = {
    EventKind.PAUSE_ANNOUNCED: ("RETREAT", "ceasefire"),
    EventKind.CEASEFIRE: ("RETREAT", "ceasefire"),
    EventKind.HOSTILITIES_HALTED: ("RETREAT", "ceasefire"),
    EventKind.EVACUATION: ("RETREAT", "access"),
    EventKind.RELEASE: ("RETREAT", "release"),
    EventKind.AID_DELIVERY: ("AID", ""),
    EventKind.ALLEGATION: ("ACCUSE", ""),
    EventKind.DENIAL: ("REJECT", ""),
    EventKind.REJECTION: ("REJECT", ""),
    EventKind.NEGOTIATION: ("CONSULT", ""),
    EventKind.AGREEMENT: ("AGREE", ""),
    EventKind.ATTACK: ("ASSAULT", ""),
    EventKind.KILLING: ("ASSAULT", ""),
    EventKind.SIEGE: ("COERCE", ""),
    EventKind.CRACKDOWN: ("COERCE", ""),
    EventKind.PROTEST: ("PROTEST", ""),
}
_SECTORS: Final = {
    ActorKind.STATE: "GOV",
    ActorKind.GOVERNMENT: "GOV",
    ActorKind.GOVERNMENT_BODY: "GOV",
    ActorKind.MILITARY: "MIL",
    ActorKind.ARMED_GROUP: "REB",
    ActorKind.CIVILIANS: "CVL",
    ActorKind.INTERNATIONAL_ORG: "IGO",
    ActorKind.NGO: "NGO",
    ActorKind.MEDIA: "MED",
}


_LOCATION_FIELDS: Final = (
    "extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district", "province", "country",
    "country_code", "feature_class", "feature_code", "resolution",
)  # fmt: skip


def _entity(actor: Actor) -> dict[str, str]:
    return {
        "code": "",
        "sector": _SECTORS.get(actor.kind, ""),
        "entity_text": actor.name,
        "identifier_id": actor.id,
        "identifier_text": actor.name,
        "religion": "",
        "ethnicity": "",
        "office": actor.title or "",
        "gender": "",
        "age": "",
    }


def plover_records(report: Report) -> list[dict[str, Any]]:
    """One PLOVER record per event of a kind with a PLOVER type; statements and the like have none."""
    records = []
    text = report.article.text
    for sequence, event in enumerate(report.events):
        mapped = _EVENTS.get(event.kind)
        if mapped is None:
            continue
        record: dict[str, Any] = dict.fromkeys(PLOVER_FIELDS, "")
        record.update(
            id=f"{report.article.id}-{event.id}",
            has_event=True,
            date=iso_date(event.when),
            actor=[_entity(a) for a in actors_of(report, event.agents)],
            recipient=[_entity(a) for a in actors_of(report, event.targets)],
            event=mapped[0],
            mode=mapped[1],
            event_loc=dict.fromkeys(_LOCATION_FIELDS, "") | {"extracted_place": event.location or ""},
            event_text=event.trigger,
            text=text[event.evidence.start : event.evidence.end],
            text_info={
                "sequence": sequence,
                "start": event.evidence.start,
                "end": event.evidence.end,
                "text_story": report.article.id,
            },
            coder="ceasefire",
        )
        records.append(record)
    return records
