"""
Small text tools every stage shares: phrase patterns compiled from word lists, and lookups by offset.

Word lists become one regular expression each, built as a trie so that matching costs one
pass over the text whatever the list's length, and compiled once per list (cached).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

from ceasefire._lexicon import Lexicon
from ceasefire._model import Article, Span


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
        branches = [re.escape(char) + walk(child) for char, child in sorted(node.items()) if char]
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
        words: The phrases; spaces in them match any run of spaces.
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
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


class SentenceLookup:
    """Find the sentence holding an offset in O(log n); build one per article, not per lookup."""

    __slots__ = ("_sentences", "_starts", "_whole")

    def __init__(self, article: Article) -> None:
        end = title_end(article)
        headline = (Span(start=end - len(article.title or ""), end=end),) if end else ()
        self._sentences: tuple[Span, ...] = (*headline, *article.sentences)  # the title is a sentence of its own
        self._starts = [s.start for s in self._sentences]
        self._whole = Span(start=0, end=len(article.text))

    def index(self, offset: int) -> int:
        """The index of the sentence holding `offset`, or of the nearest one before it (0 when none)."""
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def at(self, offset: int) -> Span:
        """The span of the sentence holding `offset`; the whole text when there are no sentences."""
        if not self._sentences:
            return self._whole
        return self._sentences[self.index(offset)]


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
    return Span(start=start, end=end)


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
