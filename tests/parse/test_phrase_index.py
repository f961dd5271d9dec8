"""The phrase index: trying a pattern only where its first words start finds what a full scan finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ceasefire
from ceasefire import Lexicon
from ceasefire._parse import actors, events, figures, numbers, pauses, time
from ceasefire._parse._text import PhraseIndex, phrase_pattern


LEXICON = Lexicon.default()
SEED = (Path(__file__).parent.parent.parent / "seeds" / "000_44517ffaa18d11d5.txt").read_text(encoding="utf-8")

KEYED = {
    "times": time._tables(LEXICON).pattern,
    "numbers": numbers._tables(LEXICON).pattern,
    "names": actors._tables(LEXICON).hits,
    "titled persons": actors._tables(LEXICON).titled,
    "the regime": actors._tables(LEXICON).bare,
    "event triggers": events._tables(LEXICON).triggers,
    "verbs of saying": events._tables(LEXICON).say,
    "pause triggers": pauses.pause_words(LEXICON).triggers,
    "figure categories": figures._tables(LEXICON).any_category,
}

# Words the patterns start with, words that resemble them, and glue.
VOCABULARY = [
    *("the", "The", "THE", "a", "an", "A", "at", "by", "from", "between", "and", "to", "of", "in", "said"),
    *("Tuesday", "Nov.", "November", "last", "month", "week", "ago", "early", "2011", "9", "a.m.", "7", "p.m."),
    *("10:00", "GMT", "local", "time", "72-hour", "more", "than", "1,200", "hundreds", "tens", "thousands"),
    *("Russian", "President", "Vladimir", "Putin", "Moscow", "U.N.", "United", "Nations", "Syria's", "Assad's"),
    *("regime", "ministry", "army", "humanitarian", "pause", "ceasefire", "cease-fire", "truce", "killed"),
    *("displaced", "$5", "million", "dollars", "İstanbul", "Straße", "Zürich", "ﬁre", "-", "—", "Anti-war"),
]
SEPARATORS = [" ", "  ", ", ", ". ", "\n", "\n\n", "-", "(", ") ", '"', "", "'s "]


def texts() -> st.SearchStrategy[str]:
    words = st.lists(st.tuples(st.sampled_from(VOCABULARY), st.sampled_from(SEPARATORS)), max_size=40)
    return words.map(lambda pairs: "".join(word + separator for word, separator in pairs))


def spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@pytest.mark.parametrize("name", sorted(KEYED))
def test_seed_matches_as_a_full_scan(name: str) -> None:
    pattern = KEYED[name]
    assert spans(PhraseIndex(SEED).all(pattern)) == spans(list(pattern.finditer(SEED)))


@settings(max_examples=300, deadline=None)
@given(text=texts())
def test_any_text_matches_as_a_full_scan(text: str) -> None:
    index = PhraseIndex(text)
    for name, pattern in KEYED.items():
        assert spans(index.all(pattern)) == spans(list(pattern.finditer(text))), name


def test_offsets_hold_when_lower_case_changes_length() -> None:
    """Offsets hold when "İ" lowers to two characters: they are taken from the text itself."""
    text = "İstanbul talks: Russia said on Tuesday a humanitarian pause would start."
    assert len(text.lower()) != len(text)
    pause = phrase_pattern(("humanitarian pause",))
    (match,) = PhraseIndex(text).all(pause)
    assert text[match.start() : match.end()] == "humanitarian pause"
    report = ceasefire.parse(text)
    assert report.pauses
    assert all(report.text_of(m) == "Russia" for m in report.actor_named("Russia").mentions)  # type: ignore[union-attr]


def test_window_lookups() -> None:
    text = "He said it. She said so. They said nothing."
    say = phrase_pattern(("said",))
    index = PhraseIndex(text)
    assert [m.start() for m in index.within(say, 0, 20)] == [3, 16]
    assert index.within(say, 5, 15) == []
    first = index.first(say, 4, len(text))
    assert first is not None
    assert first.start() == 16
    assert index.first(say, 3, 6) is None  # "said" does not lie wholly inside [3, 6)


def test_common_first_word_falls_back_to_one_pass() -> None:
    """A list led by a word on every line ("the") is matched by scanning, with the same result."""
    text = " ".join(["the talks"] * 300)
    pattern = phrase_pattern(("the talks", "the war"))
    assert spans(PhraseIndex(text).all(pattern)) == spans(list(pattern.finditer(text)))


def words_one_by_one(text: str) -> dict[str, list[int]]:
    """The word index the slow, obvious way: each word, number start and currency sign found in turn."""
    words: dict[str, list[int]] = {}
    for found in re.finditer(r"[^\W_]+", text):
        words.setdefault(found.group(0).lower(), []).append(found.start())
    words["#"] = [found.start() for found in re.finditer(r"(?<![^\W_])\d", text)]
    for symbol in "$€£¥":
        words[symbol] = [at for at, char in enumerate(text) if char == symbol]
    return {key: offsets for key, offsets in words.items() if offsets}


@settings(max_examples=300, deadline=None)
@given(text=texts() | st.text(max_size=60))
def test_word_starts_are_every_word_and_number(text: str) -> None:
    """The one-pass word index (ASCII, Unicode and length-changing text alike) finds every word and number start."""
    found = {key: offsets for key, offsets in PhraseIndex(text).word_starts().items() if offsets}
    if len(text.lower()) == len(text):  # else words are keyed as the text lowers them one by one, as below
        assert found == words_one_by_one(text)
    else:
        assert found.get("#", []) == words_one_by_one(text).get("#", [])


NAMES = ["Putin", "Assad", "al-Assad", "Ansari", "al-Ansari", "LNA", "GNA", "ELN", "on", "ON", "Zürich", "İstanbul"]


@settings(max_examples=300, deadline=None)
@given(text=texts() | st.text(max_size=60), phrases=st.lists(st.sampled_from([*NAMES, *VOCABULARY]), max_size=6))
def test_exact_finds_what_a_compiled_alternation_finds(text: str, phrases: list[str]) -> None:
    """The word-index lookup of an article's own names finds what compiling them into one pattern finds."""
    phrases = [p for p in phrases if p.strip()]
    text = text + " " + " ".join(phrases) + " al-Assad's Ansari-led ON."  # each phrase at least once
    expected = PhraseIndex(text)._exact_by_pattern(phrases) if phrases else []
    assert PhraseIndex(text).exact(phrases) == expected
