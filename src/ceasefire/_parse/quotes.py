"""
Stage: quotations and who said them.

Text between straight or curly double quotes is a quotation when it reads as speech: two
words or more, not a capitalised name ("Arab Spring"), not introduced as a label ("the
so-called", "dubbed"); or one word in lower case that ends its phrase and has a speaker
('called the offer "propaganda"'). Its speaker is the actor of the nearest verb of saying in the same
sentence, after the quote first ("...," the Defense Ministry said), then before it ("Kirby
said: ..."), then the subject of the sentence ("The opposition dismissed ... for "public
consumption""). A quote without one keeps ``speaker=None``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from ceasefire._lexicon import Lexicon
from ceasefire._model import ActorKind, Quote, Span, span_at
from ceasefire._parse._attribution import actor_after, actor_before
from ceasefire._parse._mentions import ActorMention, Analysis
from ceasefire._parse._text import SentenceLookup, phrase_pattern
from ceasefire._parse.pauses import pause_words


# A quotation: an opening mark, up to 2,000 characters without a closing one, a closing mark.
_QUOTED = re.compile(r"[\"“](?P<body>(?:[^\"“”\r\n]|\r?\n(?!\r?\n)){1,2000})[\"”]")
"""A quotation within one paragraph; a line broken by hard wrapping stays in it, a blank line ends it."""
_GRAVE_QUOTED = re.compile(r"``(?P<body>(?:[^`'\r\n]|'(?!')|\r?\n(?!\r?\n)){1,2000})''")
"""
A quotation opened by two grave accents and closed by two apostrophes, as wire archives write double marks
("``This is not a peace treaty,'' Christopher told reporters"); a single apostrophe inside ("didn't") stays in it.
"""
_SINGLE_QUOTED = re.compile(
    r"(?:(?<=[\s:(\[—–])|^)['‘]"  # an opening mark after a space or at a line's start
    r"(?P<body>(?:[^'‘’\r\n]|(?<=\w)['’](?=\w|\s\w)|\r?\n(?!\r?\n)){1,2000}?)"
    r"(?:(?<=[,.?!;:…])['’](?![\w'’])|['’](?=[,.;:?!)]|[ \t]*$))",  # a closing one by punctuation
    re.MULTILINE,
)
"""
A quotation in single marks, as a house style with no double ones writes it ("'We are exhausted,' said Fatima").

Its opening mark stands after a space or a line's start, its closing one after punctuation or before it (not
"the fighters' families"); an apostrophe after a letter ("don't", "the fighters' families") stays inside.
"""
_SINGLE_FRAGMENT = re.compile(r"(?<=[a-z]\s)['‘](?P<body>(?:[^'‘’\r\n]|(?<=\w)['’](?=\w)){1,200}?)['’](?=\s[a-z])")
"""
Words in single marks inside a sentence, closed before the next word: "said he was 'deeply concerned' by".

Opened after a word in lower case and holding no plural possessive, so "the fighters' families" closes none.
"""


def _single_quoted(text: str) -> list[re.Match[str]]:
    """The quotations of a story written with single marks, those closed by punctuation and those inside a sentence."""
    found = sorted([*_SINGLE_QUOTED.finditer(text), *_SINGLE_FRAGMENT.finditer(text)], key=lambda m: m.start())
    kept: list[re.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


_LABEL_BEFORE = re.compile(
    r"(?i:so-called|dubbed|called|known\sas|the\sterm|the\sword|termed|labelled|labeled|named)\s$"
)
_NAMED_THING_AFTER = re.compile(
    r"\s(?:policy|plan|strategy|initiative|campaign|operation|process|programme|program|doctrine|law|deal|zone|corridor)\b"
)
"""A noun right after a short quotation that makes it a name ('the "total peace" policy'), not speech."""
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "our", "their", "its"})
"""A short quotation that begins with one of these is said of something ('called it "a first step"'), not a term."""
_CALLED_IT_BEFORE = re.compile(
    r"(?i:\b(?:called|calls|calling|branded|brands|described|describes|deemed|pronounced)\s"
    r"(?:the|its|their|his|her|this|that)\s(?:(?!(?:the|a|an|its|their|his|her)\s)[a-z-]+\s){1,2})$"
)
"""
A verb of judging and its object right before a quotation: 'called the takeover "extra-constitutional"' is said;
not 'calls its "humanitarian corridor"' nor 'called the route the "Zangezur corridor"', the name it is given.
"""
_SAID_WORDS = 3
"""How many words a quotation after "what he called" has at least to be what he said, not a name he used."""
_WHAT_ONE_CALLED_BEFORE = re.compile(r"(?i:\bwhat\s(?:he|she|they|it|[A-Z][\w.-]+)\scalled\s)$")
"""'denounced what he called "a right-wing, reactionary coup"': the words of who called it so."""
_TERM_BEFORE = re.compile(
    r"(?i:\b(?:the|its|their|his|her)|(?<!\bto\s)(?<!\buntil\s)(?<!\bfor\s)(?<!\binto\s)\b(?:a|an))\s(?:[a-z-]+\s)?$"
)
"""
An article before a short quotation, through one adjective at most: 'a daily "tactical pause"' is a
term; not after "to", "until" or "for": 'postponed to an "indefinite period"' repeats what was said.
"""
_TRIM = " \t,.;:!?'’‘"
_DOUBLE_MARKS = ('"', "“", "”")
_REACH = 250


@attrs.frozen
class _Tables:
    say: re.Pattern[str]
    say_to: frozenset[str]
    intent: re.Pattern[str]


@functools.lru_cache(maxsize=8)
def _tables(lexicon: Lexicon) -> _Tables:
    return _Tables(
        say=phrase_pattern(lexicon.word_list("event.say_verbs"), ignore_case=True),
        say_to=frozenset(w.lower() for w in lexicon.word_list("event.say_to")),
        intent=phrase_pattern(lexicon.word_list("quote.intent_verbs"), ignore_case=True),
    )


_ONE_WORD = re.compile(r"[a-z][a-z-]{3,}")
"""A word said of something, in lower case: 'called the offer "propaganda"', 'was "unacceptable"'."""
_ENDS_A_PHRASE = re.compile(r"[\"”’']?(?:[,.;:!?)]|\s(?:and|or|by|on|in)\b)")


def _is_one_word_said(word: str, body: str, text: str, start: int, pause_names: re.Pattern[str]) -> bool:
    """A word someone said of something, at the end of its phrase; `find_quotes` keeps it only with a speaker."""
    return (
        _ONE_WORD.fullmatch(word) is not None
        and _ENDS_A_PHRASE.match(text, start + 1 + len(body)) is not None
        and not pause_names.fullmatch(word)  # a "truce" in quotation marks: the writer's doubt
        and not _LABEL_BEFORE.search(text, max(0, start - 16), start)
        and not _a_term_before(text, start)
    )


def _a_term_before(text: str, start: int) -> bool:
    """Whether an article before a short quotation makes it a term, not what the verb of judging before it says."""
    return (
        _TERM_BEFORE.search(text, max(0, start - 24), start) is not None
        and _CALLED_IT_BEFORE.search(text, max(0, start - 48), start) is None
    )


def _is_speech(body: str, text: str, start: int, pause_names: re.Pattern[str]) -> bool:
    words = body.strip(_TRIM).split()
    if len(words) <= 1:
        return bool(words) and _is_one_word_said(words[0], body, text, start, pause_names)
    if len(words) <= 3 and pause_names.fullmatch(" ".join(words)):
        return False  # pressed Israel to agree to "humanitarian pauses": the name of a thing, not speech
    if all(w[:1].isupper() for w in words if w.isalpha()) and len(words) <= 4:
        return False
    if len(words) <= 3 and words[0].lower() not in _DETERMINERS and _a_term_before(text, start):
        return False  # the "humanitarian pause", like a "day in hell": a term, not a statement
    if len(words) <= 3 and _NAMED_THING_AFTER.match(text, start + len(body) + 2):
        return False  # Petro's "total peace" policy: the name of a thing
    return not _LABEL_BEFORE.search(text, max(0, start - 16), start) or (
        len(words) >= _SAID_WORDS and _WHAT_ONE_CALLED_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def _speaker(analysis: Analysis, quote: Span, sentence: Span, tables: _Tables) -> str | None:
    intent = analysis.phrases.first(tables.intent, max(sentence.start, quote.start - 90), quote.start)
    if intent is not None:  # "X had ordered the truce "to let the wounded out"": the words of X, reported
        actor = actor_before(analysis, intent.start(), sentence)
        if actor is not None:
            return actor.actor_id
    after = span_at(quote.end, min(sentence.end, quote.end + _REACH))
    for verb in analysis.phrases.within(tables.say, after.start, after.end):
        if _HE_OR_SHE.search(analysis.article.text, after.start, verb.start()):
            return _last_person(analysis, quote.start)  # '"...," he wrote': the person just named
        actor = actor_before(analysis, verb.start(), after)
        if actor is None and verb.group(0).lower() not in tables.say_to:  # '"...," she told the BBC': not the BBC
            actor = _inverted_speaker(analysis, verb.end(), sentence)
        if actor is not None:
            return actor.actor_id
    before = span_at(max(sentence.start, quote.start - _REACH), quote.start)
    verbs = analysis.phrases.within(tables.say, before.start, before.end)
    for verb in reversed(verbs):
        actor = actor_before(analysis, verb.start(), before)
        if actor is None and verb.group(0).lower() not in tables.say_to:  # 'told reporters': who heard it
            actor = _inverted_speaker(analysis, verb.end(), before)
        if actor is not None:
            return actor.actor_id
    if _HE_OR_SHE_LEADS.match(analysis.article.text, sentence.start):
        return _last_person(analysis, sentence.start)  # 'He described them as "a step in the right direction"'
    return _subject(analysis, before)


def _subject(analysis: Analysis, before: Span) -> str | None:
    """The first party named before a quotation, whole ("U.S. Secretary of State Mike Pompeo", not its "U.S.")."""
    dateline = analysis.article.dateline
    for mention in sorted(analysis.actors.within(before.start, before.end), key=lambda m: (m.span.start, -m.span.end)):
        if dateline is not None and dateline.span.contains(mention.span):
            continue  # "UNITED NATIONS, Nov 6 (Reuters) -": where and by whom it was filed, not who spoke
        if _ADDRESSEE_BEFORE.search(analysis.article.text, max(0, mention.span.start - 20), mention.span.start):
            continue  # 'It urged Tigrayan forces to "desist"': those urged do not speak
        if analysis.article.text.startswith("-", mention.span.end):
            continue  # 'U.N.-sponsored peace talks': a word of another, not a party that speaks
        named = analysis.actors.by_id(mention.actor_id)
        if named is not None and named.kind is not ActorKind.CIVILIANS:
            return mention.actor_id
    return None


_ADDRESSEE_BEFORE = re.compile(
    r"(?i:\b(?:told|tells|urged|urges|urging|asked|asks|warned|warns|pressed|called\son|calls\son|appealed\sto"
    r"|accused|accuses|accusing|blamed|blames|blaming))"
    r"\s(?:the\s)?$"
)
"""A verb of telling or accusing right before a party: the party is told or accused, it does not speak."""


def _inverted_speaker(analysis: Analysis, start: int, sentence: Span) -> ActorMention | None:
    """
    The speaker named after its verb ('"...," said the U.N.'), where the words end or go on about the saying.

    Not the subject of what was said: in 'and said the army would deploy', the army does not speak.
    """
    first = actor_after(analysis, start, sentence)
    if first is None:
        return None
    # The whole name: "said Colombian President Gustavo Petro", not its "Colombian"
    near = analysis.actors.within(first.span.start, min(sentence.end, first.span.start + _NAME_REACH))
    same_start = [m for m in near if m.span.start == first.span.start]
    actor = max(same_start, key=lambda m: m.span.end, default=first)
    return actor if _SAYING_ENDS.match(analysis.article.text, actor.span.end) else None


_NAME_REACH = 120
"""The longest name a speaker may have ("Colombian President Gustavo Petro" and longer)."""
_SAYING_ENDS = re.compile(
    r"\)?(?:\s*(?:[.,;:!?\"”]|$)|\s(?:in|on|at|during|late|early|last|this|after|before|when|while)\b)"
)
"""What follows the speaker of an inverted saying: the end of the sentence, or where and when it was said."""
_HE_OR_SHE_LEADS = re.compile(r"(?:He|She)\s")
"""A sentence whose subject is "he" or "she": its quotation is the person's named last before it."""
_HE_OR_SHE = re.compile(r"(?<![\w-])(?i:he|she)\s$")
_PRONOUN_REACH = 300
"""How far back before a quotation its "he" or "she" may be named."""


def _last_person(analysis: Analysis, before: int) -> str | None:
    """The person named last before `before`, within `_PRONOUN_REACH`: whom "he" or "she" stands for."""
    for mention in reversed(analysis.actors.within(max(0, before - _PRONOUN_REACH), before)):
        named = analysis.actors.by_id(mention.actor_id)
        if named is not None and named.kind is ActorKind.PERSON:
            return mention.actor_id
    return None


_GOES_ON_REACH = 120
"""How far after a quotation the next may start and still be the same speaker's."""


def find_quotes(analysis: Analysis) -> Analysis:
    """Find every quotation that reads as speech, with its speaker when the text tells."""
    text = analysis.article.text
    tables = _tables(analysis.lexicon)
    sentences = SentenceLookup(analysis.article)
    paragraph_starts = [p.start for p in analysis.article.paragraphs]  # in text order, for bisection
    quotes: list[Quote] = []
    pause_tables = pause_words(analysis.lexicon)
    pause_names, war_words = pause_tables.triggers, pause_tables.war_words
    # a story written with two grave accents and two apostrophes reads them as its double marks; one with double
    # marks keeps its apostrophes out; one written with single marks has no double ones
    if "``" in text:
        found: Iterable[re.Match[str]] = _GRAVE_QUOTED.finditer(text)
    elif any(mark in text for mark in _DOUBLE_MARKS):
        found = _QUOTED.finditer(text)
    else:
        found = _single_quoted(text)
    for match in found:
        body = match.group("body")
        if not _is_speech(body, text, match.start(), pause_names):
            continue
        start = match.start("body") + (len(body) - len(body.lstrip(_TRIM)))
        end = match.end("body") - (len(body) - len(body.rstrip(_TRIM)))
        if end <= start:
            continue
        span = span_at(start, end)
        sentence = sentences.at(match.start())
        # A quotation of several sentences is attributed after its last one ('"... . ...," said X').
        last = sentences.at(max(match.start(), match.end() - 1))
        whole = span_at(sentence.start, max(sentence.end, last.end, match.end()))
        speaker = _speaker(analysis, span_at(match.start(), match.end()), whole, tables)
        if speaker is None and quotes and _goes_on(analysis, quotes[-1], match.start(), paragraph_starts):
            speaker = quotes[-1].speaker  # '"This is not a solution," X said. "We need access."': X again
        if speaker is None and " " not in body.strip(_TRIM):
            continue  # a word in quotation marks that nobody is said to have said: the writer's, not a quote
        if speaker is None and _a_term_of_war(body, pause_names, war_words):
            continue  # 'a "price war"', 'a "humanitarian corridor"' nobody is said to have said: the writer's term
        quotes.append(Quote(text=text[start:end], speaker=speaker, evidence=span))
    return attrs.evolve(analysis, quotes=tuple(quotes))


def _a_term_of_war(body: str, pause_names: re.Pattern[str], war_words: re.Pattern[str]) -> bool:
    """Two words in quotation marks, one of war or of a halt ("chicken war", "a ceasefire"): a term, not speech."""
    return len(body.strip(_TRIM).split()) == 2 and (
        pause_names.search(body) is not None or war_words.search(body) is not None
    )


def _goes_on(analysis: Analysis, previous: Quote, start: int, paragraph_starts: Sequence[int]) -> bool:
    """Whether a quotation goes on with the one just before: same paragraph, no other person named between."""
    paragraphs = analysis.article.paragraphs
    index = bisect.bisect_right(paragraph_starts, start) - 1  # the paragraph holding `start`, if any
    same_paragraph = index >= 0 and start < paragraphs[index].end and paragraphs[index].start <= previous.evidence.start
    persons = {
        mention.actor_id
        for mention in analysis.actors.within(previous.evidence.end, start)
        if (actor := analysis.actors.by_id(mention.actor_id)) is not None and actor.kind is ActorKind.PERSON
    }
    return same_paragraph and start - previous.evidence.end <= _GOES_ON_REACH and persons <= {previous.speaker}
