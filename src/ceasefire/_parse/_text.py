"""
Small text tools every stage shares: phrase patterns compiled from word lists, and lookups by offset.

Word lists become one regular expression each, built as a trie so that its branches cannot
backtrack among themselves, and compiled once per list (cached). A `PhraseIndex` records in one
pass where each word starts, so that a list's pattern is tried only where its first words start.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import weakref
from collections.abc import Callable, Iterable
from typing import TypeVar

from ceasefire._lexicon import Lexicon
from ceasefire._model import Article, Span, span_at


_V = TypeVar("_V")
_LOOSE_SPACE = re.compile(r"\s{2,}|[^\S ]")


def one_line(words: str) -> str:
    r"""Words as a lexicon writes them: a line break or a run of spaces is one space ("United\nNations")."""
    if "  " not in words and words.isprintable():
        return words  # no line break nor run of spaces: every space but " " is unprintable
    return " ".join(words.split()) if _LOOSE_SPACE.search(words) else words


def start_after_within(text: str, start: int, reach: int, *marks: str) -> int:
    r"""
    Where the stretch before `start` begins: just after the last of `marks` ("\n", ". "), at most `reach` back.

    Bounded so that a look-back for a line or a sentence never runs over a whole long text.
    """
    floor = max(0, start - reach)
    found = (text.rfind(mark, floor, start) for mark in marks)
    return max([floor, *(at + len(mark) for at, mark in zip(found, marks, strict=True) if at >= 0)])


class Lookup(dict[str, _V]):
    r"""
    A table of names looked up by words found in a text, wherever its lines were broken.

    Phrase patterns let a space match a line break, so a name found in hard-wrapped text may
    hold one ("Office for the Coordination of\nHumanitarian Affairs"); it is the lexicon's name.
    """

    def __missing__(self, key: str) -> _V:
        written = one_line(key)
        if written == key:
            raise KeyError(key)
        return super().__getitem__(written)

    def __contains__(self, key: object) -> bool:
        # most words looked up are in no table: the second lookup is made only for words written otherwise
        if dict.__contains__(self, key):
            return True
        if not isinstance(key, str):
            return False
        written = one_line(key)
        return written != key and dict.__contains__(self, written)

    def get(self, key: str, default: _V | None = None) -> _V | None:  # type: ignore[override]
        found = dict.get(self, key, _ABSENT)
        if found is not _ABSENT:
            return found  # type: ignore[return-value]
        written = one_line(key)
        return dict.get(self, written, default) if written != key else default


_ABSENT = object()


def _trie_regex(words: Iterable[str]) -> str:
    """An alternation with shared prefixes factored out: no two branches start alike, so no backtracking among them."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def walk(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        # a space matches any one space, a line broken by hard wrapping included ("humanitarian\npause")
        branches = [
            (r"\s" if char == " " else re.escape(char)) + walk(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return walk(trie)


@functools.lru_cache(maxsize=256)
def phrase_pattern(words: tuple[str, ...], *, ignore_case: bool = True) -> re.Pattern[str]:
    """
    One compiled pattern matching any of `words` as whole words, longest first.

    Args:
        words: The phrases; a space in them matches any one space, a line break included.
        ignore_case: Match regardless of case.

    Returns:
        A pattern whose match is the phrase found; an empty list never matches.
    """
    cleaned = sorted({w.strip() for w in words if w.strip()})
    if not cleaned:
        return re.compile(r"(?!x)x")
    # Prefixes are shared in the trie, and the trailing boundary makes the engine prefer
    # the longest phrase that ends on a word boundary.
    body = _trie_regex(cleaned)
    flags = re.IGNORECASE if ignore_case else 0
    return keyed(re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags), cleaned)


UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
"""Capital letters of Latin script, for a character class: a name may begin "Á", "Ç" or "Ş" ("Çavuşoğlu")."""
LETTERS = r"[^\W\d_]*(?:['’][^\W\d_]*)*"
"""Letters of any script, with apostrophes inside ("O'Brien"), written so the engine cannot backtrack."""
_WORD = re.compile(r"[^\W_]+")
_WORD_SPLIT = re.compile(r"([^\W_]+)")
_ASCII_WORD_SPLIT = re.compile(r"([a-z0-9]+)")  # the same split on lower-case ASCII text, a third faster
_NUMBER_START = re.compile(r"\d(?<![^\W_]\d)")  # a digit that starts a word; the leading \d makes the scan fast
_SYMBOLS = "$€£¥"
"""Signs a phrase may start with ("$5 million"): the index records where each occurs."""
_ODD_FOLDS = "İıſ\u212a"
"""Letters IGNORECASE reads as ASCII ones ("ı" as "i", the Kelvin sign as "k"); "İ" is lengthened by lower()."""
_CANDIDATE_COST = 16
"""Characters a pattern pass reads in the time one candidate costs in Python: above that, scan the text."""
_KEYS: dict[int, tuple[weakref.ref[re.Pattern[str]], frozenset[str]]] = {}
"""
For patterns whose every match starts at a word of a known set: those words, as `word_key` gives them.

Kept by id, not by pattern: hashing a pattern hashes its whole compiled code, tens of
microseconds for the gazetteer's; the weak reference checks the id still means that pattern.
"""


def _joins_a_word(char: str) -> bool:
    """Whether `char` would join a phrase to its neighbour: a letter, a digit, an underscore or a hyphen."""
    return char.isalnum() or char in "_-"


def word_key(word: str) -> str:
    """How a word is looked up in a `PhraseIndex`: lower case, and every number alike ("#")."""
    return "#" if word[:1].isdigit() else word.lower()


def keyed(pattern: re.Pattern[str], starts: Iterable[str]) -> re.Pattern[str]:
    """
    Declare that every match of `pattern` begins with one of `starts` (phrases, or first words).

    A `PhraseIndex` then tries the pattern only where one of those words starts, instead of
    at every character; a start that is not a word (a bracket, a quote) turns the index off.
    """
    keys = first_word_keys(starts)
    if keys is not None:
        key = id(pattern)
        _KEYS[key] = (weakref.ref(pattern, lambda _: _KEYS.pop(key, None)), keys)
    return pattern


def _keys_of(pattern: re.Pattern[str]) -> frozenset[str] | None:
    entry = _KEYS.get(id(pattern))
    return entry[1] if entry is not None and entry[0]() is pattern else None


def first_word_keys(phrases: Iterable[str]) -> frozenset[str] | None:
    """The `word_key` of each phrase's first word ("al-Ansari" gives "al"); None if one starts with no word."""
    keys = set()
    for phrase in phrases:
        first = _WORD.match(phrase)
        if first is not None:
            keys.add(word_key(first.group(0)))
        elif phrase[:1] in _SYMBOLS:
            keys.add(phrase[0])
        else:
            return None
    return frozenset(keys)


def _occurrences(text: str, char: str) -> list[int]:
    found, at = [], text.find(char)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1)
    return found


class PhraseIndex:
    """
    Every match of a pattern over one text, found the first time a stage asks.

    Stages that read the same words (verbs of saying for events, pauses and quotes; pause
    triggers for pauses and events) share the search; a window is then two bisections away.
    A pattern declared with `keyed` is tried only where one of its first words starts, found
    in a word index made in one pass over the text; any other pattern scans the text.
    """

    __slots__ = ("_derived", "_found", "_odd_folds", "_text", "_words")

    def __init__(self, text: str, *, words: dict[str, list[int]] | None = None) -> None:
        """Index `text`; `words` is `word_starts` of the same text when it is already made."""
        self._text = text
        # By id(pattern), see _KEYS; the pattern is kept with its matches so that the id cannot be reused.
        self._found: dict[int, tuple[re.Pattern[str], list[int], list[re.Match[str]]]] = {}
        self._words: dict[str, list[int]] | None = words
        self._derived: dict[str, object] = {}
        self._odd_folds: bool | None = None

    @property
    def text(self) -> str:
        """The text indexed."""
        return self._text

    def word_starts(self) -> dict[str, list[int]]:
        """Where each word starts, by `word_key`: one pass over the text, made on first need."""
        if self._words is None:
            words: dict[str, list[int]] = {}
            lowered = self._text.lower()
            if len(lowered) == len(self._text):
                # Splitting on words gives them and what lies between; their offsets are running sums.
                parts = (_ASCII_WORD_SPLIT if lowered.isascii() else _WORD_SPLIT).split(lowered)
                offsets = itertools.accumulate(map(len, parts), initial=0)
                for word, offset in zip(parts[1::2], itertools.islice(offsets, 1, None, 2), strict=False):
                    words.setdefault(word, []).append(offset)
                # A number starts where a word starts with a digit (\d is what str.isdecimal accepts).
                numbers = [offset for word, offsets in words.items() if word[0].isdecimal() for offset in offsets]
                words["#"] = sorted(numbers)
            else:  # lower case changed a length ("İ"): offsets must come from the text itself
                for found in _WORD.finditer(self._text):
                    words.setdefault(found.group(0).lower(), []).append(found.start())
                words["#"] = [m.start() for m in _NUMBER_START.finditer(self._text)]
            for symbol in _SYMBOLS:
                words[symbol] = _occurrences(self._text, symbol)
            self._words = words
        return self._words

    def scan(self, pattern: re.Pattern[str], keys: frozenset[str] | None) -> list[re.Match[str]]:
        """
        What ``pattern.finditer`` finds, trying the pattern only where a word of `keys` starts.

        Args:
            pattern: A pattern whose every match starts with one of `keys`.
            keys: First words as `word_key` gives them; None tries every character.
        """
        if keys is None:
            return list(pattern.finditer(self._text))
        words = self._words if self._words is not None else self.word_starts()
        # Intersect by iterating the smaller side: a gazetteer has thousands of first words, a story hundreds.
        shared = keys.intersection(words) if len(keys) > len(words) else keys & words.keys()
        lists = [words[key] for key in shared]
        if sum(map(len, lists)) * _CANDIDATE_COST > len(self._text):
            return list(pattern.finditer(self._text))  # common first words ("the"): one pass is cheaper
        text, match_at = self._text, pattern.match
        found: list[re.Match[str]] = []
        end = 0
        for at in sorted(itertools.chain.from_iterable(lists)) if len(lists) > 1 else lists[0] if lists else ():
            if at < end:
                continue  # inside the last match: finditer's matches never overlap
            match = match_at(text, at)
            if match is not None:
                found.append(match)
                end = match.end()
                if end <= at:
                    end = at + 1  # past an empty match, as finditer moves on
        return found

    def exact(self, phrases: Iterable[str]) -> list[tuple[int, int, str]]:
        """
        Where `phrases` occur as written, as ``(start, end, phrase)``: what a compiled alternation finds.

        Each must stand alone (no word character or hyphen on either side); the longest wins at
        a place, and none overlaps the one before. Phrases found afresh in each article (an
        article's surnames, its acronyms) are looked up in the word index, not compiled.
        """
        listed_phrases = list(phrases)
        by_key: dict[str, list[str]] = {}
        for phrase in listed_phrases:
            keys = first_word_keys((phrase,))
            if not keys:
                return self._exact_by_pattern(listed_phrases)  # a phrase that starts with no word
            by_key.setdefault(next(iter(keys)), []).append(phrase)
        words = self._words if self._words is not None else self.word_starts()
        text, found = self._text, []
        for key, listed in by_key.items():
            longest_first = sorted(listed, key=len, reverse=True)
            for at in words.get(key, ()):
                if at and _joins_a_word(text[at - 1]):
                    continue
                for phrase in longest_first:
                    end = at + len(phrase)
                    if text.startswith(phrase, at) and (end == len(text) or not _joins_a_word(text[end])):
                        found.append((at, end, phrase))
                        break
        found.sort()
        kept: list[tuple[int, int, str]] = []
        for hit in found:
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        return kept

    def _exact_by_pattern(self, phrases: list[str]) -> list[tuple[int, int, str]]:
        pattern = re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])")
        return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(self._text)]

    def _of(self, pattern: re.Pattern[str]) -> tuple[re.Pattern[str], list[int], list[re.Match[str]]]:
        found = self._found.get(id(pattern))
        if found is None:
            matches = self.scan(pattern, _keys_of(pattern))
            found = self._found[id(pattern)] = (pattern, [m.start() for m in matches], matches)
        return found

    def has_word(self, words: Iterable[str], start: int, end: int) -> bool:
        """
        Whether one of `words` (lower case, whole words) may start inside ``[start, end)``: a bisection a word.

        A pattern that cannot match without one of them need not be tried over a window without one.
        True, whatever the words, in a text with a letter that case-blind patterns match as another
        ("ı" as "i"): its words are indexed as written, not as the pattern reads them.
        """
        if self._odd_folds is None:
            self._odd_folds = any(char in self._text for char in _ODD_FOLDS)
        if self._odd_folds:
            return True
        index = self._words if self._words is not None else self.word_starts()
        for word in words:
            starts = index.get(word)
            if starts:
                at = bisect.bisect_left(starts, start)
                if at < len(starts) and starts[at] < end:
                    return True
        return False

    def gated_search(
        self, words: Iterable[str], pattern: re.Pattern[str], start: int, end: int
    ) -> re.Match[str] | None:
        """
        `pattern` searched in ``[start, end)``, only where one of `words` stands whole (see `has_word`).

        For a pattern that cannot match without one of them, and is tried at every character of its window.
        """
        return pattern.search(self._text, start, end) if self.has_word(words, start, end) else None

    def derived(self, name: str, make: Callable[[], _V]) -> _V:
        """
        A value drawn from this text's matches, made the first time a stage asks for it by `name`.

        Two stages that read the same findings (the pause words said of something else than
        fighting, for pauses and events) then make them once; `make` must depend on the text only.
        """
        if name not in self._derived:
            self._derived[name] = make()
        return self._derived[name]  # type: ignore[return-value]

    def all(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Every match of `pattern` in the text, in order."""
        return self._of(pattern)[2]

    def within(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """The matches lying wholly inside ``[start, end)``, in order."""
        _, starts, matches = self._found.get(id(pattern)) or self._of(pattern)  # asked for again and again
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end, first)
        if first == last:
            return []  # the common case: none there
        return [m for m in matches[first:last] if m.end() <= end]

    def first(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """The first match lying wholly inside ``[start, end)``."""
        _, starts, matches = self._found.get(id(pattern)) or self._of(pattern)
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end, first)
        for index in range(first, last):
            if matches[index].end() <= end:
                return matches[index]
        return None


class SentenceLookup:
    """Find the sentence holding an offset in O(log n); build one per article, not per lookup."""

    __slots__ = ("_sentences", "_starts", "_whole")

    def __init__(self, article: Article) -> None:
        end = title_end(article)
        headline = (span_at(end - len(article.title or ""), end),) if end else ()
        self._sentences: tuple[Span, ...] = (*headline, *article.sentences)  # the title is a sentence of its own
        self._starts = [s.start for s in self._sentences]
        self._whole = span_at(0, len(article.text))

    def index(self, offset: int) -> int:
        """The index of the sentence holding `offset`, or of the nearest one before it (0 when none)."""
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def at(self, offset: int) -> Span:
        """The span of the sentence holding `offset`; the whole text when there are no sentences."""
        if not self._sentences:
            return self._whole
        return self._sentences[self.index(offset)]

    def after(self, sentence: Span) -> Span | None:
        """The sentence right after `sentence`, or None at the end."""
        index = bisect.bisect_right(self._starts, sentence.start)
        return self._sentences[index] if index < len(self._sentences) else None

    def before(self, sentence: Span) -> Span | None:
        """The sentence right before `sentence` (the title before the first), or None at the start."""
        index = bisect.bisect_left(self._starts, sentence.start)
        return self._sentences[index - 1] if index > 0 else None


def title_end(article: Article) -> int:
    """Where the title ends in the text (0 without a title): items before it are the headline's."""
    if not article.title:
        return 0
    start = article.text.find(article.title)
    return start + len(article.title) if start >= 0 else 0


def containing(sentence: Span, start: int, end: int) -> Span:
    """`sentence` when it holds ``[start, end)``, else just that range (a title, a line between sentences)."""
    if sentence.start <= start and end <= sentence.end:
        return sentence
    return span_at(start, end)


def word_pairs(lexicon: Lexicon, name: str) -> dict[str, str]:
    """The ``key=value`` entries of a lexicon word list as a mapping ("Nov.=11", "truce=truce")."""
    return dict(entry.split("=", 1) for entry in lexicon.word_list(name) if "=" in entry)


def alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A trie alternation of `words` without word boundaries, to embed in a larger pattern."""
    listed = tuple(w for w in words if w)
    if not listed:
        return r"(?!x)x"  # matches nothing
    body = phrase_pattern(listed).pattern.removeprefix("(?<![\\w-])").removesuffix("(?![\\w-])")
    return f"(?i:{body})" if ignore_case else body


def cased_variants(words: Iterable[str]) -> list[str]:
    """
    Each word as written in running text, at a sentence start and in a capitals headline.

    A trie of these, compiled without IGNORECASE, lets the engine skip a branch on its first
    character; an IGNORECASE trie must try its branches one by one.
    """
    return sorted({v for w in words for v in (w.lower(), w[:1].upper() + w[1:].lower(), w.upper(), w)})


PUBLISHED_THING_BEFORE = re.compile(
    r"(?i:\b(?:figures|data|report|statement|video|footage|images|photos|pictures|study|survey|findings|documents?"
    r"|news|press|message|text|recording|audio|list|letter|communiqu[eé]|transcript))\s$"
)
"""What may be "released" without anyone being freed: "according to OCHA figures released on Tuesday"."""


_BOILERPLATE = re.compile(
    r"(?i:published|updated|posted|last\supdated|by\s|photo|image|file\sphoto|share|read\smore|related|watch|listen)\b"
)
"""How the lines of a web page around a story begin: "Published: Nov 9, 2023 12:35 pm", "READ MORE:"."""
_LEAD_WORDS = 8
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", ":")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PAGE_STAMP = re.compile(r"(?:^|\|\s?)(?i:published|updated|posted)(?:\s(?:on|at))?:?\s")
"""A page's own stamp, opening a line or after a byline's bar: "Le Monde with AFP | Published on October 26, 2016"."""
_LOWER_CASE_WORD = re.compile(r"\b[a-z]{3,}\b")


def lead_sentence(article: Article) -> Span | None:
    """
    The story's first sentence: after the title and dateline, past a page's short lines.

    "Published: Nov 9, 2023 12:35 pm", a byline or a photo caption above the lead is not it.
    """
    after = article.dateline.span.end if article.dateline is not None else title_end(article)
    shouting = article.text.isupper()  # a text in capitals has no word in lower case to tell a sentence by
    for sentence in article.sentences:
        if sentence.end <= after or _BOILERPLATE.match(article.text, sentence.start):
            continue
        words = article.text[sentence.start : sentence.end]
        if (not words.rstrip().endswith(_SENTENCE_ENDS) or _PAGE_STAMP.search(words)) and _YEAR.search(words):
            continue  # "Bulletin broadcast at 06:00 GMT on Tuesday 11 November 2025": a page's line, dated
        # "Oksana Lytvyn — Thursday, 8 May 2025, 20:47": names and a date, no word of a sentence
        if len(words.split()) >= _LEAD_WORDS and (shouting or _LOWER_CASE_WORD.search(words)):
            return sentence
    return article.sentences[0] if article.sentences else None
