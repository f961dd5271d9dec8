"""
Fuzz target: `ceasefire.parse` on arbitrary text returns a valid report, never raises and skips no stage.

Run through ``nox -s fuzz`` (atheris, bounded in time). A crash found here becomes a case in
``tests/test_robustness.py``.
"""

from __future__ import annotations

import datetime
import sys
import warnings

import atheris


with atheris.instrument_imports():
    import ceasefire


def check(data: bytes) -> None:
    """Parse the fuzzed text and check every span and reference of the report."""
    provider = atheris.FuzzedDataProvider(data)
    published = datetime.date(2000, 1, 1) + datetime.timedelta(days=provider.ConsumeIntInRange(0, 20_000))
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    report = ceasefire.parse(text, published=published if len(text) % 2 else None)
    assert report.article.text == text
    assert ceasefire.from_json(ceasefire.to_json(report)) == report


if __name__ == "__main__":
    warnings.simplefilter("error", ceasefire.StageWarning)  # a stage skipped is a bug to find, not to hide
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()
