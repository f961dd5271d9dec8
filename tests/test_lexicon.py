"""The lexicon's layout: what a file's keys become."""

import pytest

from ceasefire import FormatError, Lexicon


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
