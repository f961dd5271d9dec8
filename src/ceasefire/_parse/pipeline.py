"""
The stages of `parse`, in order, and the function that runs them.

Data flows one way: text -> Article (offsets) -> mentions (times, numbers, names) -> items
(figures, actors) -> relations (pauses and corridors, events, quotes) -> Report. Each stage
reads the immutable output of the earlier ones and returns a new `Analysis`.
"""

from __future__ import annotations

import datetime
import typing
import warnings
from typing import Final

from ceasefire._lexicon import Lexicon
from ceasefire._model import Article, Report, text_id
from ceasefire._parse._mentions import Analysis, Stage
from ceasefire._parse.actors import find_actors
from ceasefire._parse.events import find_events
from ceasefire._parse.figures import find_figures
from ceasefire._parse.numbers import find_numbers
from ceasefire._parse.pauses import find_pauses
from ceasefire._parse.prune import prune_actors
from ceasefire._parse.quotes import find_quotes
from ceasefire._parse.segment import segment
from ceasefire._parse.time import find_times
from ceasefire.exceptions import InputError, InvariantError, StageWarning


STAGES: Final[tuple[Stage, ...]] = (
    find_times,
    find_numbers,
    find_actors,
    find_figures,
    find_pauses,
    find_events,
    find_quotes,
    prune_actors,
)
"""The stages after segmentation, in the order they run."""

DEFAULT_MAX_CHARS: Final = 20_000_000
"""The largest text `parse` accepts by default: far beyond any article, small enough to bound memory."""


def parse(
    text: str,
    published: datetime.date | None = None,
    *,
    lexicon: Lexicon | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Report:
    """
    Read a conflict or humanitarian news story into a `Report`.

    Args:
        text: The story as plain text, title first when it has one.
        published: The publication date; relative dates ("Tuesday", "last month") resolve
            against it. Without it they stay partial, never guessed.
        lexicon: Knowledge to use instead of `Lexicon.default()`; combine your own with it
            using ``Lexicon.default() | mine``.
        max_chars: The longest text accepted.

    Returns:
        The report; every item carries the span of text it was read from.

    Raises:
        InputError: `text` is not a `str`, `published` is not a date, or the text is longer
            than `max_chars`. Text content itself never raises: a stage that fails on it (a
            bug) is skipped with a `StageWarning`, and the rest of the report is kept.
    """
    if not isinstance(typing.cast("object", text), str):  # checked for untyped callers
        msg = f"parse() needs a str, got {type(text).__name__}"
        raise InputError(msg)
    if published is not None and type(typing.cast("object", published)) is not datetime.date:
        msg = f"published must be a datetime.date, got {type(published).__name__}"
        raise InputError(msg)
    if len(text) > max_chars:
        msg = f"text has {len(text):,} characters, more than the limit of {max_chars:,} (raise max_chars to accept it)"
        raise InputError(msg)
    lexicon = lexicon or Lexicon.default()
    try:
        article = segment(text, published=published, lexicon=lexicon)
    except Exception as exc:  # noqa: BLE001 - as for the stages below: the text alone, not nothing
        _warn(f"segment failed and was skipped ({type(exc).__name__}: {exc})")
        article = Article(id=text_id(text), text=text, published=published)
    analysis = Analysis(article=article, lexicon=lexicon)
    for stage in STAGES:
        try:
            analysis = stage(analysis)
        except Exception as exc:  # noqa: BLE001 - a bug in one stage must not lose the whole report
            _warn(f"{stage.__name__} failed and was skipped ({type(exc).__name__}: {exc})")
    try:
        return Report(
            article=analysis.article,
            actors=analysis.actors.actors,
            events=analysis.events,
            pauses=analysis.pauses,
            figures=analysis.figures,
            quotes=analysis.quotes,
        )
    except InvariantError as exc:
        _warn(f"the items found break the report's invariants and were dropped ({exc})")
        return Report(article=analysis.article)


def _warn(what: str) -> None:
    warnings.warn(f"ceasefire.parse: {what}; please report this text as a bug", StageWarning, stacklevel=3)
