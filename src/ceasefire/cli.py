"""
The ``ceasefire`` command line: parse stories, print the JSON Schema.

Errors on one input are reported in one line on standard error and the other inputs are
still processed; the exit status is 2 when any input failed.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import click

from ceasefire._parse.pipeline import parse
from ceasefire._serialize import json_schema, to_json


def _published(_ctx: click.Context, _param: click.Parameter, value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        msg = f"{value!r} is not a date in the form YYYY-MM-DD"
        raise click.BadParameter(msg) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ceasefire")
def main() -> None:
    """Turn English conflict and humanitarian news into typed data."""


@main.command("parse")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published",
    callback=_published,
    metavar="YYYY-MM-DD",
    help="Publication date; relative dates resolve against it.",
)
def parse_command(paths: tuple[str, ...], published: datetime.date | None) -> None:
    """Parse each story at PATHS ('-' for standard input) and print its report as JSON."""
    failed = False
    for path in paths:
        try:
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            click.echo(f"ceasefire: {path}: {exc}", err=True)
            failed = True
            continue
        click.echo(to_json(parse(text, published=published)))
    if failed:
        sys.exit(2)


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the report format."""
    click.echo(json.dumps(json_schema(), indent=2))
