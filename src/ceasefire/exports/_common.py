"""What the exports share: dates split by precision, actors by id, killed figures by evidence."""

from __future__ import annotations

from ceasefire._model import Actor, Event, Figure, FigureCategory, Report, When


def date_parts(when: When | None) -> tuple[str, str, str]:
    """Year, month and day of a time expression as strings, each empty where unknown."""
    if when is None:
        return "", "", ""
    value = when.value.split("T")[0]
    pieces = value.split("-")
    if len(pieces) < 1 or not pieces[0].isdigit():
        return "", "", ""
    year = pieces[0]
    month = pieces[1] if len(pieces) > 1 and pieces[1].isdigit() else ""
    day = pieces[2] if len(pieces) > 2 and pieces[2].isdigit() and month else ""
    return year, month.lstrip("0"), day.lstrip("0")


def iso_date(when: When | None) -> str:
    """``YYYY-MM-DD`` when the day is known, else empty."""
    year, month, day = date_parts(when)
    return f"{year}-{int(month):02d}-{int(day):02d}" if year and month and day else ""


def actors_of(report: Report, ids: tuple[str, ...]) -> list[Actor]:
    by_id = {actor.id: actor for actor in report.actors}
    return [by_id[i] for i in ids if i in by_id]


def fatalities(report: Report, event: Event) -> Figure | None:
    """The figure of people killed stated in the event's own evidence, if any."""
    for figure in report.figures:
        inside = event.evidence.start <= figure.evidence.start < event.evidence.end
        if inside and figure.category is FigureCategory.KILLED and isinstance(figure.value, int):
            return figure
    return None
