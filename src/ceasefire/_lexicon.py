"""
The knowledge the parser draws on, as immutable data loaded from files.

Gazetteers (states, capitals, organisations), titles, trigger words and the word lists of
each stage live in TOML files under ``ceasefire/lexicon/``, never in code. Users add their
own without forking: ``Lexicon.default() | Lexicon.from_file("mine.toml")``.

A lexicon file may hold any of these keys::

    [[actor]]                       # one table per actor
    name = "United Nations"
    kind = "international_org"      # an ActorKind value
    aliases = ["UN", "U.N."]        # other names
    capitals = []                   # a state's capitals, used as metonyms ("Moscow said"); names too
    demonyms = []                   # adjectives naming it: "Russian" for Russia
    affiliation = "..."             # the name of another actor it belongs to
    era = [1989, 1993]              # a person's years in the news: "President Bush" names them only then

    titles = ["President", "Defense Minister"]

    [triggers]                      # words that signal an event, by EventKind value
    attack = ["attacked", "shelled"]

    [words]                         # named word lists a stage reads ("figure.killed", ...)
    "figure.killed" = ["killed", "dead"]
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from ceasefire._model import ActorKind, EventKind, to_tuple
from ceasefire.exceptions import FormatError, Problem


def _era(value: object) -> tuple[int, int]:
    """Two years, first and last, in order: a person's era (see `ActorEntry.era`)."""
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(year, int) and not isinstance(year, bool) for year in value)
        or value[0] > value[1]
    ):
        msg = f"an era is two years, first and last: {value!r}"
        raise ValueError(msg)
    return (value[0], value[1])


@attrs.frozen(kw_only=True)
class ActorEntry:
    """
    A known actor: its canonical name, kind, and every other name it goes by.

    Attributes:
        name: Canonical name ("Russia").
        kind: What sort of party it is.
        aliases: Other names, capitals used as metonyms included ("Russian Federation", "Moscow").
        capitals: Those of the aliases that are a state's capitals ("Moscow"): a deal named after one
            ("the Minsk agreement") was made there, and holds elsewhere.
        demonyms: Adjectives that name it in compounds ("Russian" in "Russian Defense Ministry").
        affiliation: The canonical name of the actor this one belongs to, if any.
        era: The first and last years a person's surname alone names them ("President Bush" is George
            Bush in 1991, George W. Bush in 2003); None for all years.
    """

    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    demonyms: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    affiliation: str | None = None
    capitals: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    era: tuple[int, int] | None = attrs.field(default=None, converter=attrs.converters.optional(_era))

    def in_era(self, year: int | None) -> bool:
        """Whether the surname alone may name this actor in a story of `year` (unknown: only with no era)."""
        return self.era is None or (year is not None and self.era[0] <= year <= self.era[1])

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


def _word_lists(pairs: Iterable[Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    merged: dict[str, tuple[str, ...]] = {}
    for name, words in pairs:
        merged[name] = merged.get(name, ()) + tuple(w for w in words if w not in merged.get(name, ()))
    return tuple(sorted(merged.items()))


@attrs.frozen(kw_only=True, cache_hash=True)
class Lexicon:
    """
    Immutable, composable knowledge for the parser.

    Combine lexicons with ``|``: the right-hand side adds actors, titles, triggers and words
    to the left; an actor with the same name is replaced by the right-hand entry.

    Attributes:
        actors: Known actors.
        titles: Titles and offices that precede a person's name.
        triggers: Words that signal each kind of event, as ``(kind, words)`` pairs.
        words: Named word lists the stages read, as ``(name, words)`` pairs.
    """

    actors: tuple[ActorEntry, ...] = attrs.field(default=(), converter=to_tuple)
    titles: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    triggers: tuple[tuple[EventKind, tuple[str, ...]], ...] = attrs.field(default=(), converter=to_tuple)
    words: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(default=(), converter=_word_lists)

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon shipped with ceasefire, read once from the package's data files."""
        return _default_lexicon()

    @classmethod
    def empty(cls) -> Lexicon:
        """A lexicon that knows nothing: the neutral element of ``|``."""
        return cls()

    @classmethod
    def from_file(cls, path: str | Path) -> Lexicon:
        """
        Read a lexicon from a TOML or JSON file (the layout is in this module's docstring).

        Raises:
            FormatError: The file is not valid TOML/JSON or does not fit the layout.
            OSError: The file cannot be read.
        """
        path = Path(path)
        raw = path.read_bytes()
        try:
            data = json.loads(raw) if path.suffix.lower() == ".json" else tomllib.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise FormatError([Problem("$", f"{path}: {exc}")]) from exc
        return cls.from_mapping(data)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Lexicon:
        """
        Build a lexicon from already-loaded data with the file layout.

        Raises:
            FormatError: The data does not fit the layout; every bad field is named.
        """
        problems: list[Problem] = []
        unknown = sorted(set(data) - {"actor", "titles", "triggers", "words"})
        problems += [Problem(f"$.{key}", "unknown key") for key in unknown]
        actors = []
        for i, entry in enumerate(data.get("actor", [])):
            try:
                actors.append(
                    ActorEntry(
                        name=_text(entry["name"]),
                        kind=ActorKind(entry.get("kind", "other")),
                        # a capital is a name of its state too, listed apart so that places can tell it
                        aliases=[_text(a) for a in (*entry.get("aliases", []), *entry.get("capitals", []))],
                        demonyms=[_text(d) for d in entry.get("demonyms", [])],
                        affiliation=entry.get("affiliation"),
                        capitals=[_text(c) for c in entry.get("capitals", [])],
                        era=entry.get("era"),
                    )
                )
            except (KeyError, ValueError, TypeError, AttributeError) as exc:
                problems.append(Problem(f"$.actor[{i}]", f"bad actor entry: {exc!r}"))
        triggers = []
        for kind, words in data.get("triggers", {}).items():
            try:
                triggers.append((EventKind(kind), tuple(_text(w) for w in words)))
            except (ValueError, TypeError) as exc:
                problems.append(Problem(f"$.triggers.{kind}", f"bad trigger list: {exc}"))
        word_lists = []
        for name, words in data.get("words", {}).items():
            try:
                word_lists.append((name, tuple(_text(w) for w in words)))
            except TypeError as exc:
                problems.append(Problem(f"$.words.{name}", str(exc)))
        try:
            titles = [_text(t) for t in data.get("titles", [])]
        except TypeError as exc:
            problems.append(Problem("$.titles", str(exc)))
            titles = []
        if problems:
            raise FormatError(problems)
        return cls(actors=actors, titles=titles, triggers=triggers, words=word_lists)

    def __or__(self, other: Lexicon) -> Lexicon:
        """Add `other`'s knowledge to this lexicon's; `other` wins on a shared actor name."""
        if not isinstance(other, Lexicon):
            return NotImplemented
        replaced = {entry.name for entry in other.actors}
        kinds: dict[EventKind, tuple[str, ...]] = {}
        for kind, words in (*self.triggers, *other.triggers):
            kinds[kind] = kinds.get(kind, ()) + tuple(w for w in words if w not in kinds.get(kind, ()))
        return Lexicon(
            actors=(*(e for e in self.actors if e.name not in replaced), *other.actors),
            titles=(*self.titles, *(t for t in other.titles if t not in self.titles)),
            triggers=tuple(kinds.items()),
            words=(*self.words, *other.words),
        )

    def word_list(self, name: str) -> tuple[str, ...]:
        """The word list called `name`, or an empty tuple."""
        return _word_index(self).get(name, ())

    def trigger_words(self, kind: EventKind) -> tuple[str, ...]:
        """The trigger words of one event kind."""
        return next((words for k, words in self.triggers if k is kind), ())


def _text(value: object) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {type(value).__name__}"
        raise TypeError(msg)
    return value


@functools.lru_cache(maxsize=16)
def _word_index(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    return dict(lexicon.words)


@functools.cache
def _default_lexicon() -> Lexicon:
    folder = importlib.resources.files("ceasefire") / "lexicon"
    lexicon = Lexicon.empty()
    if not folder.is_dir():  # a broken install: parse still works, knowing nothing
        return lexicon
    for resource in sorted(folder.iterdir(), key=lambda r: r.name):
        if resource.name.endswith(".toml"):
            lexicon = lexicon | Lexicon.from_mapping(tomllib.loads(resource.read_text(encoding="utf-8")))
    return lexicon
