"""The Dask recipe, on a local cluster: JSON Lines in, reports and Parquet tables out, errors kept."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import ceasefire


dask = pytest.importorskip("dask")
distributed = pytest.importorskip("dask.distributed")
pd = pytest.importorskip("pandas")

from ceasefire import scale  # noqa: E402 - after the optional dependencies are known to be there


SEED = (Path(__file__).parent.parent / "seeds" / "000_44517ffaa18d11d5.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    with distributed.Client(cluster) as connected:
        yield connected
    cluster.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for part in range(2):
        lines = [json.dumps({"id": f"seed-{part}-{i}", "text": SEED, "published": "2016-11-02"}) for i in range(3)]
        if part == 1:
            lines.append(json.dumps({"id": "broken", "text": 7}))
        (folder / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.usefixtures("client")
def test_parse_bag_on_a_local_cluster(corpus: Path, tmp_path: Path) -> None:
    parsed = scale.parse_bag(scale.read_records(str(corpus / "*.jsonl")))
    out = tmp_path / "out"
    scale.write_json_lines(parsed, str(out / "reports-*.jsonl"))
    items = [json.loads(line) for path in sorted(out.glob("*.jsonl")) for line in path.read_text().splitlines()]
    assert len(items) == 7
    errors = [item for item in items if "error" in item]
    assert [e["id"] for e in errors] == ["broken"]
    reports = [ceasefire.from_dict(item["report"]) for item in items if "report" in item]
    assert {r.pauses[0].location for r in reports} == {"Aleppo"}


@pytest.mark.usefixtures("client")
def test_parquet_table(corpus: Path, tmp_path: Path) -> None:
    parsed = scale.parse_bag(scale.read_records(str(corpus / "*.jsonl")))
    scale.write_parquet(parsed, str(tmp_path / "figures"), table="figures")
    frame = pd.read_parquet(tmp_path / "figures")
    single = len(ceasefire.parse(SEED, datetime.date(2016, 11, 2)).figures)
    assert len(frame) == 6 * single
    assert 275_000 in set(frame["value"])


def test_unknown_table_is_refused(corpus: Path) -> None:
    with pytest.raises(ValueError, match="table must be one of"):
        scale.write_parquet(scale.parse_bag(scale.read_records(str(corpus / "*.jsonl"))), "x", table="nope")
