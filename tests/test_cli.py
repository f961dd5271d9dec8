"""The command line: formats, many inputs, one-line errors that lose nothing, atomic output."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import ceasefire
from ceasefire.cli import decode, main
from ceasefire.exports import ACLED_FIELDS, CEASEFIRE_DATASET_FIELDS, PLOVER_FIELDS


SEED = Path(__file__).parent.parent / "seeds" / "000_44517ffaa18d11d5.txt"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("A 72-hour truce began on Friday in Khartoum, the army said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Rebels said 12 civilians were killed in shelling.\n", encoding="utf-8")
    return tmp_path


def test_one_story_prints_one_json_report() -> None:
    code, out, err = run("parse", str(SEED), "--published", "2016-11-02")
    assert (code, err) == (0, "")
    report = ceasefire.from_json(out)
    assert report.pauses[0].location == "Aleppo"


def test_many_stories_print_json_lines(stories: Path) -> None:
    code, out, _ = run("parse", str(stories / "a.txt"), str(stories / "b.txt"))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert [ceasefire.from_dict(json.loads(line)).article.text[:2] for line in lines] == ["A ", "Re"]


def test_bad_inputs_are_one_line_each_and_the_rest_goes_on(stories: Path) -> None:
    (stories / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    code, out, err = run(
        "parse", str(stories / "a.txt"), str(stories / "missing.txt"), str(stories), str(stories / "latin1.txt")
    )
    assert code == 2
    assert len(out.splitlines()) == 1  # the good story
    problems = err.splitlines()
    assert len(problems) == 3
    assert all(line.startswith("ceasefire: ") for line in problems)
    assert "No such file" in problems[0]
    assert "is a directory" in problems[1]
    assert "not UTF-8" in problems[2]
    assert "Traceback" not in err


def test_bad_published_is_one_line_and_status_two() -> None:
    code, _, err = run("parse", str(SEED), "--published", "2016-13-01")
    assert code == 2
    assert err.strip() == "ceasefire: --published: '2016-13-01' is not a date in the form YYYY-MM-DD"


def test_directory_with_recursive_and_table_format(stories: Path) -> None:
    code, out, _ = run("parse", str(stories), "--recursive", "--format", "table")
    assert code == 0
    assert "PAUSE  truce in Khartoum" in out
    assert "FIGURES" in out


def test_json_lines_records_with_a_bad_record(tmp_path: Path) -> None:
    records = tmp_path / "in.jsonl"
    records.write_text(
        '{"id": "ok", "text": "Israel agreed to four-hour daily pauses.", "published": "2023-11-09"}\n'
        '{"id": "bad", "text": 5}\n',
        encoding="utf-8",
    )
    code, out, err = run("parse", str(records), "--format", "csv", "--table", "pauses")
    assert code == 2
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["recurrence"], r["duration_hours"]) for r in rows] == [("daily", "4.0")]
    assert "record bad" in err


def test_a_record_with_a_lone_surrogate_is_refused_and_the_others_written(tmp_path: Path) -> None:
    """A JSON escape of half a surrogate pair is no text a UTF-8 file can hold: one line of error, the rest kept."""
    records = tmp_path / "in.jsonl"
    records.write_text(
        '{"id": "surrogate", "text": "Rebels said \\ud800 the truce held."}\n'
        '{"id": "ok", "text": "The U.N. said 12 people were killed."}\n',
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    code, _, err = run("parse", str(records), "--format", "jsonl", "-o", str(target))
    assert code == 2
    assert "lone surrogate" in err
    (line,) = target.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["figures"][0]["value"] == 12


def test_exports_have_the_standard_layouts() -> None:
    _, acled, _ = run("parse", str(SEED), "--published", "2016-11-02", "--format", "acled")
    rows = list(csv.DictReader(io.StringIO(acled)))
    assert tuple(rows[0]) == ACLED_FIELDS
    _, dataset, _ = run("parse", str(SEED), "--published", "2016-11-02", "--format", "ceasefire-dataset")
    assert tuple(next(csv.DictReader(io.StringIO(dataset)))) == CEASEFIRE_DATASET_FIELDS
    _, plover, _ = run("parse", str(SEED), "--published", "2016-11-02", "--format", "plover")
    assert tuple(json.loads(plover.splitlines()[0])) == PLOVER_FIELDS


def test_output_file_is_written_whole(tmp_path: Path, stories: Path) -> None:
    target = tmp_path / "out" / "reports.jsonl"
    target.parent.mkdir()
    code, out, _ = run("parse", str(stories / "a.txt"), str(stories / "b.txt"), "-o", str(target))
    assert (code, out) == (0, "")
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind


def test_workers_keep_the_input_order(stories: Path) -> None:
    paths = [str(stories / "a.txt"), str(stories / "b.txt")] * 3
    _, out, _ = run("parse", *paths, "--workers", "2")
    texts = [json.loads(line)["article"]["text"][:2] for line in out.splitlines()]
    assert texts == ["A ", "Re"] * 3


def test_lexicon_file_adds_actors(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text('[[actor]]\nname = "Brigade 17"\nkind = "armed_group"\naliases = ["B17"]\n', encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("B17 fighters agreed to a truce in the valley.", encoding="utf-8")
    _, out, _ = run("parse", str(story), "--lexicon", str(lexicon))
    assert "Brigade 17" in {a.name for a in ceasefire.from_json(out).actors}


def test_standard_input() -> None:
    code, out, _ = run("parse", "-", stdin="A truce began in Taiz on Friday.")
    assert code == 0
    assert ceasefire.from_json(out).pauses[0].location == "Taiz"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("truce".encode("utf-8-sig"), "truce"),
        ("truce".encode("utf-16"), "truce"),
        ("trêve".encode(), "trêve"),
    ],
)
def test_decoding_rule(data: bytes, text: str) -> None:
    assert decode(data) == text


def test_module_entry_point_and_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ceasefire", "parse", "--help"], capture_output=True, text=True, check=True
    )
    assert "--format" in result.stdout
    assert "acled" in result.stdout


def test_progress_bar_on_request_goes_to_standard_error(stories: Path) -> None:
    code, out, err = run("parse", str(stories / "a.txt"), str(stories / "b.txt"), "--progress")
    assert code == 0
    assert len(out.splitlines()) == 2
    assert "parsing" in err


def test_the_help_lists_its_examples_one_a_line() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "\n    ceasefire parse story.txt --published 2016-11-02\n" in result.output
    assert "\\b" not in result.output
