"""
ceasefire: conflict and humanitarian news into typed, immutable data.

    >>> import ceasefire
    >>> report = ceasefire.parse(text, published=datetime.date(2016, 11, 2))
    >>> ceasefire.to_json(report)
"""

from ceasefire._batch import Record, parse_many
from ceasefire._lexicon import ActorEntry, Lexicon
from ceasefire._model import (
    Actor,
    ActorKind,
    Article,
    Bound,
    Corridor,
    DailyWindow,
    Dateline,
    Event,
    EventKind,
    Figure,
    FigureCategory,
    HumanitarianPause,
    Modifier,
    PauseKind,
    Precision,
    Quote,
    Recurrence,
    Report,
    Span,
    Status,
    When,
)
from ceasefire._parse.pipeline import parse
from ceasefire._serialize import from_dict, from_json, json_schema, to_dict, to_json
from ceasefire.exceptions import CeasefireError, FormatError, InputError, InvariantError, Problem, StageWarning


__all__ = [
    "Actor",
    "ActorEntry",
    "ActorKind",
    "Article",
    "Bound",
    "CeasefireError",
    "Corridor",
    "DailyWindow",
    "Dateline",
    "Event",
    "EventKind",
    "Figure",
    "FigureCategory",
    "FormatError",
    "HumanitarianPause",
    "InputError",
    "InvariantError",
    "Lexicon",
    "Modifier",
    "PauseKind",
    "Precision",
    "Problem",
    "Quote",
    "Record",
    "Recurrence",
    "Report",
    "Span",
    "StageWarning",
    "Status",
    "When",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "parse_many",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> str:
    """Give ``ceasefire.__version__`` from the installed metadata, its one source of truth."""
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only paid for when asked

        return version("ceasefire")
    msg = f"module 'ceasefire' has no attribute {name!r}"
    raise AttributeError(msg)
