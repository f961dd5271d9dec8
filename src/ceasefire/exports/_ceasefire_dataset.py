"""Pauses in the layout of the ETH/PRIO ceasefire dataset: one row per declaring actor."""

from __future__ import annotations

from typing import Any, Final

from ceasefire._model import Actor, EventKind, PauseKind, Report, Status
from ceasefire.exports._common import actors_of, date_parts


CEASEFIRE_DATASET_FIELDS: Final = (
    "location", "actor_name", "side", "cf_dec_yr", "cf_dec_month", "cf_dec_day", "cf_effect_yr",
    "cf_effect_month", "cf_effect_day", "written", "ceasefire_class", "timing", "partial", "fixed", "fixed_time",
    "p_humanitarian", "p_peaceprocess", "p_holiday", "p_election", "p_other", "p_unclear", "mediator_nego",
    "mediator_send", "implement", "enforcement", "ddr", "truce", "ended", "end_yr", "end_month", "end_day",
    "evidence_onset", "comment",
)  # fmt: skip
"""The ceasefire dataset columns, in order."""


def _declared(report: Report) -> tuple[str, str, str]:
    announced = next((e for e in report.events if e.kind is EventKind.PAUSE_ANNOUNCED), None)
    return date_parts(announced.when if announced is not None else None)


def ceasefire_dataset_rows(report: Report) -> list[dict[str, Any]]:
    """One row per actor that ordered or announced a pause (one row with no actor when none is named)."""
    rows = []
    text = report.article.text
    for pause in report.pauses:
        declarers = actors_of(report, tuple(dict.fromkeys((*pause.ordered_by, *pause.announced_by))))
        dec_yr, dec_month, dec_day = _declared(report)
        eff_yr, eff_month, eff_day = date_parts(pause.start)
        end_yr, end_month, end_day = date_parts(pause.end)
        ended = pause.status in {Status.ENDED, Status.FAILED}
        first = pause.evidence[0]
        named: list[Actor | None] = [*declarers] or [None]
        for actor in named:
            row: dict[str, Any] = dict.fromkeys(CEASEFIRE_DATASET_FIELDS, "")
            row.update(
                location=pause.location or "",
                actor_name=actor.name if actor is not None else "",
                cf_dec_yr=dec_yr,
                cf_dec_month=dec_month,
                cf_dec_day=dec_day,
                cf_effect_yr=eff_yr,
                cf_effect_month=eff_month,
                cf_effect_day=eff_day,
                fixed=1 if pause.end is not None or pause.duration is not None else "",
                fixed_time=pause.end.value if pause.end is not None else "",
                p_humanitarian=1 if pause.kind is PauseKind.HUMANITARIAN_PAUSE or pause.corridors else "",
                truce=1 if pause.kind is PauseKind.TRUCE else "",
                ended=1 if ended else "",
                end_yr=end_yr if ended else "",
                end_month=end_month if ended else "",
                end_day=end_day if ended else "",
                evidence_onset=text[first.start : first.end],
                comment=pause.purpose or "",
            )
            rows.append(row)
    return rows
