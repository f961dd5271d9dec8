"""Exports of the seed: flat tables linked by ids, ACLED, PLOVER and ceasefire-dataset rows; parse_many."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import ceasefire
from ceasefire import Report
from ceasefire.exports import (
    ACLED_FIELDS,
    CEASEFIRE_DATASET_FIELDS,
    PLOVER_FIELDS,
    TABLES,
    acled_rows,
    ceasefire_dataset_rows,
    flat_tables,
    plover_records,
    to_dataframes,
    write_csv,
)


SEED = (Path(__file__).parent.parent / "seeds" / "000_44517ffaa18d11d5.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report() -> Report:
    return ceasefire.parse(SEED, datetime.date(2016, 11, 2))


def test_flat_tables_link_by_ids(report: Report) -> None:
    tables = flat_tables(report)
    assert tuple(tables) == TABLES
    actor_ids = {row["actor_id"] for row in tables["actors"]}
    for row in tables["events"]:
        assert {a for a in row["agents"].split("; ") if a} <= actor_ids
    (pause,) = tables["pauses"]
    assert [c["pause_id"] for c in tables["corridors"]] == [pause["pause_id"]] * 2
    assert pause["duration_hours"] == 10
    assert write_csv(tables["figures"]).splitlines()[0].startswith("article_id,figure_id,value")


def test_acled_rows(report: Report) -> None:
    rows = acled_rows(report)
    assert all(tuple(row) == ACLED_FIELDS for row in rows)
    halted = [row for row in rows if row["event_date"] == "2016-10-18"]
    assert [(r["event_type"], r["sub_event_type"], r["time_precision"]) for r in halted] == [
        ("Strategic developments", "Agreement", 1)
    ]
    month = [row for row in rows if row["time_precision"] == 3]
    assert month
    assert all(row["event_date"].endswith("-01") for row in month)
    assert not any(row["event_type"] == "" for row in rows)


def test_plover_records(report: Report) -> None:
    records = plover_records(report)
    assert all(tuple(record) == PLOVER_FIELDS for record in records)
    announced = next(r for r in records if r["event"] == "RETREAT" and r["mode"] == "ceasefire" and r["actor"])
    assert announced["actor"][0]["entity_text"] == "Vladimir Putin"
    denial = next(r for r in records if r["event"] == "REJECT" and r["event_text"] == "denied")
    assert denial["actor"][0]["entity_text"] == "Russia"
    text_info = announced["text_info"]
    assert report.article.text[text_info["start"] : text_info["end"]] == announced["text"]


def test_ceasefire_dataset_rows(report: Report) -> None:
    rows = ceasefire_dataset_rows(report)
    assert all(tuple(row) == CEASEFIRE_DATASET_FIELDS for row in rows)
    assert [row["actor_name"] for row in rows] == ["Vladimir Putin", "Russian Defense Ministry"]
    row = rows[0]
    assert (row["location"], row["p_humanitarian"], row["fixed"]) == ("Aleppo", 1, 1)
    assert (row["cf_dec_yr"], row["cf_dec_month"], row["cf_dec_day"]) == ("2016", "11", "2")
    assert (row["cf_effect_yr"], row["cf_effect_month"], row["cf_effect_day"]) == ("2016", "11", "4")
    assert row["comment"] == "to avoid senseless victims"
    assert row["side"] == ""  # not in the text: left empty, never guessed


def test_to_dataframes_stacks_reports(report: Report) -> None:
    pytest.importorskip("pandas")
    frames = to_dataframes([report, report])
    assert len(frames["figures"]) == 2 * len(report.figures)


def test_parse_many_keeps_order_across_workers() -> None:
    texts = [f"A truce began in Taiz on Friday. {i} people were killed." for i in range(2, 10)]
    one = [r.figures[0].value for r in ceasefire.parse_many(texts)]
    two = [r.figures[0].value for r in ceasefire.parse_many(texts, workers=2)]
    assert one == two == list(range(2, 10))


def test_parse_many_records_and_a_bad_one() -> None:
    records: list[dict[str, object]] = [
        {"id": "x", "text": "Talks began on Friday.", "published": "2016-11-02"},
        {"id": "y", "text": 3},
    ]
    reports = ceasefire.parse_many(records)
    assert next(reports).article.published == datetime.date(2016, 11, 2)
    with pytest.raises(ceasefire.InputError, match="y"):
        next(reports)
