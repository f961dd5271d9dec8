"""
Corpora beyond one machine, on Dask: JSON Lines records in, reports or tables out.

Install with ``pip install "ceasefire[dask]"``. Nothing here schedules work itself: Dask
does, on whatever cluster the caller's client points at (a laptop, a cluster, the cloud)::

    from dask.distributed import Client
    from ceasefire import scale

    client = Client()  # or Client("tcp://scheduler:8786")
    records = scale.read_records("news/*.jsonl")  # {"id", "text", "published"} per line
    parsed = scale.parse_bag(records)  # {"id", "report"} or {"id", "error"}
    scale.write_json_lines(parsed, "out/reports-*.jsonl")
    scale.write_parquet(parsed, "out/events", table="events")

A record that fails becomes ``{"id", "error"}`` and the run goes on.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ceasefire._batch import Record
from ceasefire._lexicon import Lexicon
from ceasefire._parse.pipeline import parse
from ceasefire._serialize import from_dict, to_dict
from ceasefire.exceptions import CeasefireError
from ceasefire.exports import TABLES, flat_tables


if TYPE_CHECKING:  # pragma: no cover - typing only
    import dask.bag as db


def read_records(paths: str | Sequence[str], *, blocksize: str | None = "64MiB") -> db.Bag:
    """A bag of records read from JSON Lines files (globs allowed), split into blocks of `blocksize`."""
    import dask.bag as db  # noqa: PLC0415 - an optional dependency

    return db.read_text(paths, blocksize=blocksize).filter(str.strip).map(json.loads)


def parse_record(data: Any, lexicon: Lexicon | None = None) -> dict[str, Any]:
    """Parse one record into ``{"id", "report"}``, or ``{"id", "error"}`` when it cannot be parsed."""
    record_id = str(data.get("id", "")) if isinstance(data, dict) else ""
    try:
        record = Record.coerce(data, 0)
        return {"id": record.id, "report": to_dict(parse(record.text, record.published, lexicon=lexicon))}
    except (CeasefireError, AttributeError) as exc:
        return {"id": record_id, "error": str(exc)}


def parse_bag(records: db.Bag, lexicon: Lexicon | None = None) -> db.Bag:
    """Parse every record of the bag, lazily; compute or write the result to run it."""
    return records.map(parse_record, lexicon=lexicon)


def write_json_lines(parsed: db.Bag, path: str) -> None:
    """Write one JSON object per record, one file per partition (`path` holds a ``*``)."""
    parsed.map(json.dumps, ensure_ascii=False).to_textfiles(path)


def _rows(item: dict[str, Any], table: str) -> list[dict[str, Any]]:
    if "report" not in item:
        return []
    return flat_tables(from_dict(item["report"]))[table]


def write_parquet(parsed: db.Bag, folder: str, *, table: str = "events") -> None:
    """
    Write one of the flat tables (`ceasefire.exports.TABLES`) of every report as Parquet.

    Raises:
        ValueError: `table` is not one of the flat tables.
    """
    if table not in TABLES:
        msg = f"table must be one of {TABLES}, got {table!r}"
        raise ValueError(msg)
    rows = parsed.map(_rows, table).flatten()
    rows.to_dataframe().to_parquet(folder, write_index=False)
