"""A report as text a person reads at a glance: the pause, the figures, the actors, the events by date."""

from __future__ import annotations

from ceasefire._model import Bound, Figure, HumanitarianPause, Report


_BOUND_WORDS = {
    Bound.EXACT: "",
    Bound.AT_LEAST: "at least ",
    Bound.AT_MOST: "at most ",
    Bound.APPROX: "about ",
    Bound.RANGE: "",
}


def _names(report: Report, ids: tuple[str, ...]) -> str:
    return ", ".join(report.actor(i).name for i in ids) or "-"


def _number(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


def _figure(report: Report, figure: Figure) -> str:
    amount = _BOUND_WORDS[figure.bound] + _number(figure.value)
    if figure.low is not None and figure.high is not None and figure.low != figure.high:
        amount = f"{_number(figure.low)}-{_number(figure.high)}"
        amount = f"{amount} ({figure.text})"
    source = f"  [{report.actor(figure.source).name}]" if figure.source else ""
    return f"  {amount:<28} {figure.unit:<12} {figure.category.value:<10}{source}"


def _pause(report: Report, pause: HumanitarianPause) -> list[str]:
    lines = [f"PAUSE  {pause.kind.value.replace('_', ' ')} in {pause.location or '?'}  ({pause.status.value})"]
    start = pause.start.value if pause.start else "?"
    end = pause.end.value if pause.end else "?"
    window = ""
    if pause.daily_window:
        window = f", {'daily ' if pause.recurrence else ''}{pause.daily_window.start}-{pause.daily_window.end}"
    zone = f" {pause.timezone}" if pause.timezone else ""
    hours = f", {pause.duration.total_seconds() / 3600:g} h" if pause.duration is not None else ""
    recurring = ", daily" if pause.recurrence and not pause.daily_window else ""
    lines.append(f"  when        {start} to {end}{window}{zone}{hours}{recurring}")
    lines.append(f"  ordered by  {_names(report, pause.ordered_by)}")
    lines.append(f"  announced   {_names(report, pause.announced_by)}")
    if pause.purpose:
        lines.append(f"  purpose     {pause.purpose}")
    for corridor in pause.corridors:
        count = corridor.count if corridor.count is not None else "?"
        armed = {True: "armed", False: "unarmed", None: "arms not said"}[corridor.armed]
        whom = ", ".join(corridor.beneficiaries) or "?"
        where = f" to {corridor.destination}" if corridor.destination else ""
        conditions = f"; {', '.join(corridor.conditions)}" if corridor.conditions else ""
        lines.append(f"  corridors   {count} for {whom}{where} ({armed}{conditions})")
    return lines


def summary(report: Report) -> str:
    """The report as a few aligned sections of plain text."""
    article = report.article
    lines = [article.title or "(no title)"]
    lines.append(f"published {article.published.isoformat() if article.published else 'unknown'}")
    for pause in report.pauses:
        lines += ["", *_pause(report, pause)]
    if report.figures:
        lines += ["", "FIGURES", *(_figure(report, f) for f in report.figures)]
    if report.actors:
        lines += ["", "ACTORS"]
        for actor in report.actors:
            title = f" ({actor.title})" if actor.title else ""
            aliases = f"  aka {', '.join(actor.aliases)}" if actor.aliases else ""
            lines.append(f"  {actor.name + title:<40} {actor.kind.value:<17}{aliases}")
    if report.events:
        lines += ["", "EVENTS"]
        dated = sorted(report.events, key=lambda e: (e.when is None, e.when.value if e.when else ""))
        for event in dated:
            when = event.when.value if event.when else "undated"
            who = f"  by {_names(report, event.agents)}" if event.agents else ""
            lines.append(f"  {when:<17} {event.kind.value:<19} {event.trigger}{who}")
    if report.quotes:
        lines += ["", "QUOTES"]
        for quote in report.quotes:
            speaker = report.actor(quote.speaker).name if quote.speaker else "unattributed"
            lines.append(f'  "{quote.text}"  - {speaker}')
    return "\n".join(lines)
