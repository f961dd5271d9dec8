"""
Precision and recall on the development reports and on our own corpus.

The floors rise when the parser gets better: raise them to just under the new scores. A new batch of
stories coded from their text alone may bring a score under its floor without any change to the
parser; the floor is then lowered by the least step, and its comment says which batch and why.
Run ``python -m ceasefire.evaluate tests/corpus tests/corpus/dev`` to see the table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import ceasefire
from ceasefire.evaluate import Score, lies_within, score_corpus, stories, table


OWN = Path(__file__).parent / "corpus"
DEV = OWN / "dev"  # the four real development reports, copied from the shared corpus

# (precision, recall) floors per item type.
OWN_FLOORS = {  # stories 24-583, coded from their text alone, brought the scores down when they came
    # 0.964 and 0.909 with stories 460-503; 0.961 and 0.909 with 536-551; 0.958 with 552-567; 0.949 with 568-583,
    # 0.951 and 0.907 after the seventh session's rules
    # 0.947 with stories 656-679, their traps (cricket, a grain corridor, a proposal one side refused)
    # 0.938 with stories 992-1015 (a billionaires' and a hedge "truce", a gang truce offered and rejected)
    # recall 0.8998 with 2992-3247 (second pauses told in passing; on the 2,991 before them 0.9172, unchanged
    # by the twenty-eighth session's rules): floor 0.90 to 0.89
    # recall 0.8886 with 3248-3503 (pauses dated by another day on arrival, second pauses told in passing; on the
    # 3,247 before them 0.9010, up from 0.8998 with the twenty-ninth session's rules): floor 0.89 to 0.88
    # recall 0.8903 with 3504-3599 and the thirtieth session's rules (0.8893 on the 3,503 before them): back to 0.89
    # recall 0.9017 on 4,575 stories at the thirty-eighth session's end: floor 0.89 to 0.90
    "pauses": (0.93, 0.90),
    # 0.892 and 0.864; 0.889 and 0.860 with 504-535; 0.888 and 0.857 with 536-551; 0.884 and 0.850 with 584-607;
    # 0.881 and 0.839 with 680-703; 0.87996 and 0.834 with 848-871; 0.880 and 0.82999 with 968-991;
    # precision 0.8867 on 4,367 stories at the thirty-seventh session's end: floor 0.87 to 0.88
    # recall 0.8396 on 6,719 stories at the forty-sixth session's end (counts of nouns no list names, small counts
    # after "the" left out; 0.8399 on the 6,495 before its stories): floor 0.82 to 0.83
    # 0.8925 and 0.8483 on 12,643 stories at the seventy-second session's end (people who need aid read as aid
    # again): floors 0.88 to 0.89 and 0.83 to 0.84
    "figures": (0.89, 0.84),
    # 0.897 and 0.842; 0.896 and 0.838 with 536-551; 0.898 and 0.8298 with 632-639; 0.899 and 0.827 with 656-679;
    # 0.902 and 0.819 with 848-871; 0.9096 and 0.8097 with 1272-1295 (after unnamed sources had raised it to 0.811);
    # recall 0.7996 with 2128-2159 (arrived at 0.6785), the parser unchanged: floor 0.80 to 0.79
    # recall 0.8017 on 4,175 stories at the thirty-fourth session's end: back to 0.80
    # recall 0.8177 on 4,575 stories at the thirty-eighth session's end (qualified parties, people as civilians,
    # states as brokers and envoys, witnesses, activists, traders): floor 0.80 to 0.81
    "actors": (0.89, 0.81),
    # 0.846 and 0.794; 0.844 and 0.786 when stories 504-535 came; 0.8398 and 0.779 with 608-631;
    # 0.838 and 0.7695 with 1064-1087; recall 0.7593 with 2128-2159 (arrived at 0.6316), the parser unchanged:
    # floor 0.76 to 0.75; recall 0.7610 on 4,175 stories at the thirty-fourth session's end: back to 0.76
    # recall 0.7599 with 4368-4575 (arrived at 0.7508; on the 4,367 before them 0.7603, 0.7602 at the thirty-seventh
    # session's end, precision up there from 0.8305 to 0.8330): floor 0.76 to 0.75
    # precision 0.8450 on 4,847 stories at the thirty-ninth session's end (attacks with no doer, no day and no arms
    # left out; 0.8473 on the 4,575 before its stories): floor 0.83 to 0.84
    # recall 0.7657 on 6,495 stories at the forty-fifth session's end (deeds dated by the saying that tells them,
    # dated coups as other events; 0.7666 on the 6,239 before its stories): floor 0.75 to 0.76
    # precision 0.8527 and recall 0.7737 on 6,719 stories at the forty-sixth session's end (undated events dated by
    # the nearest dated one of their kind, dated troop movements as other events; 0.8565 and 0.7747 on the 6,495
    # before its stories): floors 0.84 to 0.85 and 0.76 to 0.77
    # recall 0.7699 with 9616-9827 (0.72 on them; on the 9,615 before them 0.7707, up from 0.7706 with the
    # sixty-first session's rules; precision 0.8504, 0.8520 on those 9,615): floor 0.77 to 0.76
    "events": (0.85, 0.76),
    # 0.994 and 0.959 with stories 824-847 (quoted terms credited to speakers); 0.992 and 0.9495 with 1136-1151;
    # precision 0.98999 with 2992-3247 (terms in quotation marks their coders did not count as said; 0.9909 on the
    # 2,991 before them, the quotes stage unchanged): floor 0.99 to 0.98; recall 0.9508 on 4,367 stories at the
    # thirty-seventh session's end: floor 0.94 to 0.95
    # precision 0.9786 with 5056-5375 (0.9333 on them, their coders leaving out more terms in quotation marks;
    # 0.9809 on the 5,055 before them, the quotes stage unchanged): floor 0.98 to 0.97
    "quotes": (0.97, 0.95),
}
DEV_FLOORS = {
    "pauses": (1.00, 1.00),
    # 0.94 until lengths of one unit were read ("for more than a month", the Gaza report's bombardment,
    # which its coders left out); 0.89 and 0.87 since
    "figures": (0.88, 0.86),
    "actors": (0.88, 0.85),
    "events": (0.87, 0.92),  # 0.875 and 0.933 with the fifth session's rules
}


def check(scores: dict[str, Score], floors: dict[str, tuple[float, float]]) -> None:
    print(table(scores))  # noqa: T201 - the table is the point of the run
    low = {
        kind: (round(scores[kind].precision, 2), round(scores[kind].recall, 2))
        for kind, (precision, recall) in floors.items()
        if scores[kind].precision < precision or scores[kind].recall < recall
    }
    assert not low, f"below the floors {floors}: {low}"


def test_own_corpus_has_at_least_fifteen_stories() -> None:
    assert len(stories([OWN])) >= 15


def test_own_corpus() -> None:
    check(score_corpus([OWN]), OWN_FLOORS)


def test_development_reports() -> None:
    check(score_corpus([DEV]), DEV_FLOORS)


@pytest.mark.parametrize("path", sorted(OWN.glob("*.txt")), ids=lambda path: path.stem[:40])
def test_each_story_parses_cleanly_without_its_publication_date(path: Path) -> None:
    """With no date given, the story's own header lines are read; no stage may warn (warnings are errors here)."""
    report = ceasefire.parse(path.read_text(encoding="utf-8"))
    assert ceasefire.from_json(ceasefire.to_json(report)) == report


@pytest.mark.parametrize(
    ("value", "period", "within"),
    [
        ("2016-10-18T10:00", "2016-10", True),
        ("2016-10-18", "2016-10-18", True),
        ("2016-10", "2016-10-18", False),
        ("2025-W19", "2025-05", True),  # May 5 to 11
        ("2025-W18", "2025-05", False),  # April 28 to May 4 straddles the months
        ("2025-W19", "2025", True),
        ("2025-W19", "2025-05-07", False),
        ("2025-W60", "2025", True),  # a value outside the calendar begins with its year, as before
        ("2025-W60", "2025-05", False),
    ],
)
def test_a_found_date_scores_when_it_lies_within_the_expected_period(value: str, period: str, within: bool) -> None:
    assert lies_within(value, period) is within
