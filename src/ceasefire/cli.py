"""
The ``ceasefire`` command line: parse stories into reports, tables and exports; print the schema.

Every problem with one input is one line on standard error (``ceasefire: NAME: problem``) and
the other inputs are still processed; the exit status is then 2. Output to ``-o FILE`` is
written to a temporary file beside it and moved into place at the end, so an interrupted run
never leaves a truncated file.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import click

from ceasefire._batch import Record, outcomes
from ceasefire._lexicon import Lexicon
from ceasefire._model import Report
from ceasefire._serialize import json_schema, to_json
from ceasefire._summary import summary
from ceasefire.exceptions import CeasefireError, InputError
from ceasefire.exports import (
    ACLED_FIELDS,
    CEASEFIRE_DATASET_FIELDS,
    TABLES,
    acled_rows,
    ceasefire_dataset_rows,
    flat_tables,
    plover_records,
    write_csv,
)


FORMATS = ("json", "jsonl", "table", "csv", "acled", "plover", "ceasefire-dataset")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> str:
    """
    Decode a story's bytes by a fixed rule: a byte-order mark decides; otherwise UTF-8.

    Raises:
        InputError: The bytes are not UTF-8 and carry no byte-order mark.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"not UTF-8 text (byte {data[exc.start]:#04x} at offset {exc.start}); convert it to UTF-8 first"
        raise InputError(msg) from None


def _unicode(text: str) -> str:
    """
    `text`, if every output can write it.

    Raises:
        InputError: It holds a lone surrogate (a JSON escape of one half of a pair, or bytes
            that were not UTF-8 read with surrogateescape), which no UTF-8 file can hold.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        msg = f"not Unicode text: a lone surrogate ({text[exc.start]!r}) at offset {exc.start}"
        raise InputError(msg) from None
    return text


def _fail(name: str, problem: object) -> None:
    click.echo(f"ceasefire: {name}: {problem}" if name else f"ceasefire: {problem}", err=True)


def _records_in(name: str, lines: Iterator[str], published: datetime.date | None) -> Iterator[Record | InputError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                msg = "a record must be a JSON object"
                raise InputError(msg)
            if published is not None and not data.get("published"):
                data = {**data, "published": published.isoformat()}
            record = Record.coerce(data, number)
            _unicode(record.text)
            yield record
        except (ValueError, CeasefireError) as exc:
            yield InputError(f"{name}:{number}: {exc}")


def _inputs(
    paths: tuple[str, ...], *, published: datetime.date | None, recursive: bool, records: bool
) -> Iterator[Record | InputError]:
    """Every story named on the command line, or the error that keeps it from being read."""
    for raw in paths:
        path = Path(raw)
        try:
            if raw == "-":
                text = sys.stdin.read()
                if records:
                    yield from _records_in("<stdin>", iter(text.splitlines()), published)
                else:
                    yield Record(id="<stdin>", text=_unicode(text), published=published)
            elif path.is_dir():
                if not recursive:
                    yield InputError(f"{raw}: is a directory (pass --recursive to read the .txt files in it)")
                    continue
                for found in sorted(path.rglob("*.txt")):
                    yield Record(id=str(found), text=decode(found.read_bytes()), published=published)
            elif records or path.suffix == ".jsonl":
                with path.open(encoding="utf-8") as lines:
                    yield from _records_in(raw, lines, published)
            else:
                yield Record(id=raw, text=decode(path.read_bytes()), published=published)
        except InputError as exc:
            yield InputError(f"{raw}: {exc}")
        except (OSError, UnicodeDecodeError) as exc:
            yield InputError(f"{raw}: {getattr(exc, 'strerror', None) or exc}")


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file replaced atomically once everything is written."""
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            yield out
        Path(temporary).replace(target)
    finally:
        Path(temporary).unlink(missing_ok=True)


class _Writer:
    """Writes reports in one output format, a header or opening bracket first where it needs one."""

    def __init__(self, out: IO[str], fmt: str, table: str) -> None:
        self.out, self.fmt, self.table = out, fmt, table
        self.count = 0

    def write(self, report: Report) -> None:
        first = self.count == 0
        self.count += 1
        writers: dict[str, Callable[[Report, bool], str]] = {
            "json": lambda r, f: ("" if f else ",\n") + to_json(r, indent=2),
            "jsonl": lambda r, _f: to_json(r) + "\n",  # one compact line, written by orjson
            "table": lambda r, f: ("" if f else "\n" + "-" * 72 + "\n") + summary(r) + "\n",
            "csv": lambda r, f: self._csv(flat_tables(r)[self.table], None, header=f),
            "acled": lambda r, f: self._csv(acled_rows(r), ACLED_FIELDS, header=f),
            "ceasefire-dataset": lambda r, f: self._csv(ceasefire_dataset_rows(r), CEASEFIRE_DATASET_FIELDS, header=f),
            "plover": lambda r, _f: "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in plover_records(r)),
        }
        self.out.write(writers[self.fmt](report, first))

    def _csv(self, rows: list[dict[str, Any]], fields: tuple[str, ...] | None, *, header: bool) -> str:
        text = write_csv(rows, fields)
        return text if header else text.partition("\n")[2]

    def start(self, *, many: bool) -> None:
        if self.fmt == "json" and many:
            self.out.write("[\n")

    def finish(self, *, many: bool) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if many else "\n")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="ceasefire")
def main() -> None:
    """
    Turn English conflict and humanitarian news into typed data.

    \b
    Examples:
      ceasefire parse story.txt --published 2016-11-02
      ceasefire parse story.txt --format table
      ceasefire parse news/ --recursive --format jsonl -o reports.jsonl --workers 0
      ceasefire parse records.jsonl --format acled -o events.csv
      ceasefire schema > report.schema.json
    """  # noqa: D301 - "\b" is click's mark for a paragraph it must not rewrap


@main.command("parse")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date; relative dates resolve against it.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="json (default for one story), jsonl (default for many), table (for people), csv (flat rows, "
    "see --table), acled, plover, ceasefire-dataset (exports).",
)
@click.option("--table", type=click.Choice(TABLES), default="events", show_default=True, help="The csv table.")
@click.option("-o", "--output", metavar="FILE", help="Write here (atomically) instead of standard output.")
@click.option("-r", "--recursive", is_flag=True, help="Read the .txt files in directories given as PATH.")
@click.option("--records", is_flag=True, help="Read PATH as JSON Lines records {id, text, published} (.jsonl is).")
@click.option("--workers", type=click.IntRange(min=0), default=1, show_default=True, help="Processes; 0 for all.")
@click.option("--lexicon", "lexicon_path", metavar="FILE", help="Add the actors and words of a TOML/JSON lexicon.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on standard error [default: if a tty].")
def parse_command(  # noqa: PLR0917 - click passes one parameter per option
    paths: tuple[str, ...],
    published: str | None,
    fmt: str | None,
    table: str,
    output: str | None,
    recursive: bool,
    records: bool,
    workers: int,
    lexicon_path: str | None,
    progress: bool | None,
) -> None:
    """
    Parse the stories at PATH... ('-' for standard input) into reports.

    A file is one story; a .jsonl file (or any file with --records) holds one record per
    line; a directory is read with --recursive. Problems are reported one line each on
    standard error, the other stories are still parsed, and the exit status is 2.
    """
    date = _date(published)
    lexicon = _lexicon(lexicon_path)
    many = len(paths) > 1 or recursive or records or any(p.endswith(".jsonl") for p in paths)
    chosen = fmt or ("jsonl" if many else "json")
    stories = _inputs(paths, published=date, recursive=recursive, records=records)
    failed = False
    results = outcomes(stories, workers=workers or os.cpu_count() or 1, lexicon=lexicon)
    show = sys.stderr.isatty() if progress is None else progress
    with (
        _output(output) as out,
        click.progressbar(results, label="parsing", file=sys.stderr, show_pos=True)
        if show
        else contextlib.nullcontext(results) as bar,
    ):
        writer = _Writer(out, chosen, table)
        writer.start(many=many)
        for name, outcome in bar:
            if isinstance(outcome, CeasefireError):
                _fail(name, outcome)
                failed = True
            else:
                writer.write(outcome)
        writer.finish(many=many)
    if failed:
        sys.exit(2)


def _date(value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        _fail("--published", f"{value!r} is not a date in the form YYYY-MM-DD")
        sys.exit(2)


def _lexicon(path: str | None) -> Lexicon | None:
    if path is None:
        return None
    try:
        return Lexicon.default() | Lexicon.from_file(path)
    except (OSError, CeasefireError) as exc:
        _fail(path, getattr(exc, "strerror", None) or exc)
        sys.exit(2)


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema (draft 2020-12) of the report format."""
    click.echo(json.dumps(json_schema(), indent=2))
