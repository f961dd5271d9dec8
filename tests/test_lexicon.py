"""The lexicon's layout: what a file's keys become, and the tables each stage compiles from it."""

from collections.abc import Callable

import pytest

from ceasefire import FormatError, Lexicon
from ceasefire._parse.actors import _tables as actor_tables
from ceasefire._parse.events import _tables as event_tables
from ceasefire._parse.figures import _tables as figure_tables
from ceasefire._parse.numbers import _tables as number_tables
from ceasefire._parse.pauses import pause_words
from ceasefire._parse.quotes import _tables as quote_tables
from ceasefire._parse.segment import _tables as segment_tables
from ceasefire._parse.time import _tables as time_tables


def test_a_state_s_capitals_are_names_of_it_and_listed_apart() -> None:
    entry = {"name": "Freedonia", "kind": "state", "aliases": ["Republic of Freedonia"], "capitals": ["Fredville"]}
    lexicon = Lexicon.from_mapping({"actor": [entry]})
    (loaded,) = lexicon.actors
    assert loaded.aliases == ("Republic of Freedonia", "Fredville")
    assert loaded.capitals == ("Fredville",)


def test_the_default_gazetteer_lists_capitals_but_not_other_short_names_as_capitals() -> None:
    capitals = {capital for entry in Lexicon.default().actors for capital in entry.capitals}
    assert {"Moscow", "Algiers", "Doha", "Minsk", "Washington"} <= capitals
    assert not {"Bosnia", "Burma", "Britain", "DRC", "Kremlin"} & capitals


def test_a_person_s_era_is_two_years_in_order() -> None:
    entry = {"name": "George Bush", "kind": "person", "era": [1980, 1993]}
    (loaded,) = Lexicon.from_mapping({"actor": [entry]}).actors
    assert loaded.era == (1980, 1993)
    assert loaded.in_era(1991)
    assert not loaded.in_era(2003)
    assert not loaded.in_era(None)  # a story of no known year: the era cannot be told


@pytest.mark.parametrize("era", [[1993, 1980], [1980], "1980-1993", [1980.0, 1993], [True, 1993]])
def test_a_bad_era_is_named_by_its_entry(era: object) -> None:
    entry = {"name": "George Bush", "kind": "person", "era": era}
    with pytest.raises(FormatError) as caught:
        Lexicon.from_mapping({"actor": [entry]})
    assert "$.actor[0]" in str(caught.value)


@pytest.mark.parametrize(
    "build",
    [
        segment_tables,
        time_tables,
        number_tables,
        actor_tables,
        figure_tables,
        pause_words,
        event_tables,
        quote_tables,
    ],
)
def test_each_stage_compiles_its_words_once_per_lexicon(build: Callable[[Lexicon], object]) -> None:
    """A parse builds no pattern: each stage's tables are built on first use and kept for the lexicon."""
    lexicon = Lexicon.default()
    assert build(lexicon) is build(lexicon)
