"""
Many stories at once: records in, reports out, in order, on as many cores as asked.

A bounded window of work is in flight at any time, so memory stays flat however long the
stream; a record that cannot be parsed becomes an error naming its id, and the rest go on.
"""

from __future__ import annotations

import collections
import datetime
import itertools
import os
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

import attrs

from ceasefire._lexicon import Lexicon
from ceasefire._model import Report
from ceasefire._parse.pipeline import parse
from ceasefire.exceptions import CeasefireError, InputError


@attrs.frozen(kw_only=True)
class Record:
    """
    One story to parse: its id, its text, and its publication date when known.

    Attributes:
        id: A name for the story in messages and output (a file name, a record id).
        text: The story.
        published: The publication date, against which relative dates resolve.
    """

    id: str
    text: str
    published: datetime.date | None = None

    @classmethod
    def coerce(cls, item: Record | str | Mapping[str, Any], index: int) -> Record:
        """
        Make a record of a `Record`, a bare text, or a mapping with ``id``, ``text``, ``published``.

        Raises:
            InputError: The mapping lacks a text, or its date is not ``YYYY-MM-DD``.
        """
        if isinstance(item, Record):
            return item
        if isinstance(item, str):
            return cls(id=str(index), text=item)
        record_id = str(item.get("id", index))
        text = item.get("text")
        if not isinstance(text, str):
            msg = f"record {record_id}: 'text' must be a string"
            raise InputError(msg)
        published = item.get("published")
        try:
            date = datetime.date.fromisoformat(published) if published else None
        except (TypeError, ValueError):
            msg = f"record {record_id}: 'published' must be a date YYYY-MM-DD, got {published!r}"
            raise InputError(msg) from None
        return cls(id=record_id, text=text, published=date)


Outcome = tuple[str, Report | CeasefireError]
"""A record's id with its report, or with the error that stopped it."""


def _work(record: Record | CeasefireError, lexicon: Lexicon | None) -> Report | CeasefireError:
    if isinstance(record, CeasefireError):
        return record
    try:
        return parse(record.text, record.published, lexicon=lexicon)
    except CeasefireError as exc:
        return exc


Item = Record | str | Mapping[str, Any] | CeasefireError
"""What `outcomes` takes: a story in any form, or the error that kept one from being read."""


def _prepared(records: Iterable[Item]) -> Iterator[tuple[str, Record | CeasefireError]]:
    for index, item in enumerate(records):
        if isinstance(item, CeasefireError):
            yield "", item  # its message names the input already
            continue
        try:
            record = Record.coerce(item, index)
        except CeasefireError as exc:
            raw_id = item.get("id", index) if isinstance(item, Mapping) else index
            yield str(raw_id), exc
        else:
            yield record.id, record


def outcomes(
    records: Iterable[Item],
    *,
    workers: int = 1,
    lexicon: Lexicon | None = None,
) -> Iterator[Outcome]:
    """
    Parse each record, yielding ``(id, report or error)`` in input order.

    With ``workers > 1`` the records are parsed in that many processes; at most a few
    records per worker are in flight, so a stream of any length uses bounded memory.
    """
    prepared = _prepared(records)
    if workers <= 1:
        for record_id, record in prepared:
            yield record_id, _work(record, lexicon)
        return
    ahead = workers * 4
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: collections.deque[tuple[str, Future[Report | CeasefireError]]] = collections.deque()
        for record_id, record in itertools.islice(prepared, ahead):
            pending.append((record_id, pool.submit(_work, record, lexicon)))
        while pending:
            record_id, future = pending.popleft()
            for next_id, next_record in itertools.islice(prepared, 1):
                pending.append((next_id, pool.submit(_work, next_record, lexicon)))
            yield record_id, future.result()


def parse_many(
    records: Iterable[Record | str | Mapping[str, Any]],
    *,
    workers: int = 1,
    lexicon: Lexicon | None = None,
) -> Iterator[Report]:
    """
    Parse many stories, yielding their reports in input order.

    Args:
        records: Texts, `Record` objects, or mappings with ``id``, ``text`` and optional
            ``published`` (``YYYY-MM-DD``), as read from JSON Lines.
        workers: Processes to use; ``0`` means one per core.
        lexicon: Knowledge to use instead of `Lexicon.default()`.

    Raises:
        InputError: A record is malformed; its id is in the message.
    """
    count = workers or os.cpu_count() or 1
    for record_id, outcome in outcomes(records, workers=count, lexicon=lexicon):
        if isinstance(outcome, CeasefireError):
            msg = f"{record_id}: {outcome}"
            raise InputError(msg) from outcome
        yield outcome
