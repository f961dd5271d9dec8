"""The lexicon's layout: what a file's keys become."""

from ceasefire import Lexicon


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
