"""
Stage: turn quantities into figures, with what they count, their unit, and who gives them.

The unit is the noun that follows the number ("1,200 people", "three special corridors",
"16 days", "six-year war"); the category comes from the nearest category word in the same
clause ("are trapped", "have been killed"); the source from "according to X" or "X estimates"
in the same sentence. Words come from the lexicon; nothing is guessed when none is found.
"""

from __future__ import annotations

import functools
import re

import attrs

from ceasefire._lexicon import Lexicon
from ceasefire._model import Bound, Figure, FigureCategory, Span, span_at
from ceasefire._parse._attribution import actor_before
from ceasefire._parse._mentions import Analysis, NumberMention
from ceasefire._parse._text import (
    PUBLISHED_THING_BEFORE,
    PhraseIndex,
    SentenceLookup,
    alternation,
    keyed,
    phrase_pattern,
    title_end,
    word_pairs,
)
from ceasefire._parse.pauses import pause_words


_CATEGORIES = (
    FigureCategory.KILLED,
    FigureCategory.WOUNDED,
    FigureCategory.DISPLACED,
    FigureCategory.TRAPPED,
    FigureCategory.HOSTAGES,
    FigureCategory.RELEASED,
    FigureCategory.EVACUATED,
    FigureCategory.AID,
    FigureCategory.MONEY,
)


@attrs.frozen
class _Tables:
    """The figure words of a lexicon, compiled once."""

    categories: tuple[tuple[FigureCategory, re.Pattern[str]], ...]
    any_category: re.Pattern[str]
    people: frozenset[str]
    durations: dict[str, str]
    measures: dict[str, str]
    """Units of length and other measures by the unit their figures are given in: "kilometres" gives "km"."""
    measure_units: frozenset[str]
    counted_things: re.Pattern[str]
    """The things a count may be of ("corridor", "routes"), to find the noun an elided count leaves out."""
    currencies: frozenset[str]
    currency_codes: dict[str, str]
    """Codes written before a number, by the currency they name: "Rs" gives rupees."""
    currency_code_before: re.Pattern[str]
    """Money's words after a number ("200 million euros", "10 million yuan"); its figures are of category money."""
    lengths: re.Pattern[str]
    """One unit of time said as an adjective: "a weeklong pause", "a month-long truce"."""
    length_units: dict[str, str]
    counts: frozenset[str]
    people_states: frozenset[str]
    not_units: frozenset[str]
    forces: frozenset[str]
    counted_roles: frozenset[str]
    """People named by their role ("workers", "observers"): a number of them with no fate is a count."""
    dead: frozenset[str]
    """Nouns of the dead ("bodies"): a count of them is of people killed."""
    number_words: frozenset[str]
    """Numbers written in words ("forty", "hundred"): a count of its own, never a modifier of the next."""
    not_counted_plurals: frozenset[str]
    """Words in -s after a number that no reader counts: verbs ("the toll of 40 rises"), measures, spans."""
    counted_when_referred: frozenset[str]
    kin: frozenset[str]
    person: frozenset[str]
    """One person's nouns ("soldier"): after "one", the one counted, not a thing that counts nothing."""
    """Units counted even after a determiner that points back: "the three routes" out of a besieged town."""


def _length_units(lexicon: Lexicon) -> dict[str, str]:
    return {
        word.lower(): unit
        for word, unit in (entry.split("=", 1) for entry in lexicon.word_list("unit.length_adjectives") if "=" in entry)
    }


@functools.lru_cache(maxsize=8)
def _tables(lexicon: Lexicon) -> _Tables:
    categories = tuple(
        (category, phrase_pattern(lexicon.word_list(f"figure.{category.value}"))) for category in _CATEGORIES
    )
    durations = dict(entry.split("=", 1) for entry in lexicon.word_list("unit.duration") if "=" in entry)
    # One pattern for every category, a named group each, in the order of _CATEGORIES: where two
    # categories' words start at the same place, the first category wins.
    groups = "|".join(
        f"(?P<{category.name}>{alternation(lexicon.word_list(f'figure.{category.value}'), ignore_case=True)})"
        for category in _CATEGORIES
    )
    any_category = keyed(
        re.compile(rf"(?<![\w-])(?:{groups})(?![\w-])"),
        [word for category in _CATEGORIES for word in lexicon.word_list(f"figure.{category.value}")],
    )
    return _Tables(
        categories=categories,
        any_category=any_category,
        people=frozenset(w.lower() for w in lexicon.word_list("unit.people")) | _peoples(lexicon),
        durations=durations,
        measures=(measures := word_pairs(lexicon, "unit.distance") | word_pairs(lexicon, "unit.measures")),
        measure_units=frozenset(measures.values()),
        currencies=frozenset(w.lower() for w in lexicon.word_list("unit.currencies")),
        currency_codes=(codes := word_pairs(lexicon, "unit.currency_codes")),
        # a single letter only glued to the number ("P75,000"), not "Route N 5"
        currency_code_before=re.compile(
            rf"(?<![A-Za-z])(?:({'|'.join(re.escape(c) for c in sorted(codes, key=len, reverse=True) if len(c) > 1)})"
            rf"\.?\s?|([{''.join(re.escape(c) for c in codes if len(c) == 1)}]))$"
        ),
        lengths=phrase_pattern(tuple(_length_units(lexicon)), ignore_case=True),
        length_units=_length_units(lexicon),
        counts=frozenset(w.lower() for w in lexicon.word_list("unit.count")),
        counted_things=phrase_pattern(lexicon.word_list("unit.count"), ignore_case=True),
        people_states=frozenset(w.lower() for w in lexicon.word_list("unit.people_states")),
        not_units=frozenset(w.lower() for w in lexicon.word_list("unit.none")),
        forces=frozenset(w.lower() for w in lexicon.word_list("unit.forces")),
        counted_roles=frozenset(w.lower() for w in lexicon.word_list("unit.counted_roles")),
        dead=frozenset(w.lower() for w in lexicon.word_list("unit.dead")),
        number_words=frozenset(word_pairs(lexicon, "number.words")) | frozenset(word_pairs(lexicon, "number.scales")),
        not_counted_plurals=frozenset(w.lower() for w in lexicon.word_list("unit.not_counted_plurals")),
        counted_when_referred=frozenset(w.lower() for w in lexicon.word_list("unit.counted_when_referred")),
        kin=frozenset(w.lower() for w in lexicon.word_list("unit.kin")),
        person=frozenset(w.lower() for w in lexicon.word_list("unit.person")),
    )


# The noun after a number: up to two modifiers ("special", "other", "more"), "of" for vague amounts.
_NAME_REACH = 160
"""The longest name a source may have, read across the edge of its window."""
_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
_PREPOSITIONS = frozenset(
    {"from", "to", "in", "into", "on", "at", "by", "with", "across", "near", "for", "as"}
    | {"after", "before", "since", "during"}  # "the two armies after weeks of contacts": the weeks are not two
    | {"within", "until", "amid", "over", "throughout"}  # "to about 8,600 within months": the months are not 8,600
)
_POINTERS = frozenset({"last", "this", "next"})
"""Words that point a unit of time at a day, not at the number: "280,000 visitors last year"."""
_VERBS_OF_THE_COUNTED = frozenset({"have", "has", "had", "fled", "died", "escaped", "returned"})
"""
A verb right after a number: its noun left unsaid, so a noun past the verb is not its own ("120,000 have fled
villages"); not a copula or a modal, past which the noun may be its own ("214 were trucks", "Six will let civilians").
"""
_VOTES_AFTER = re.compile(
    r"\s(?:votes?\s)?(?:in\sfavou?r\b|against(?=[,.;:)]|\s(?:and|with|while|as|in)\b|\s*$))|\sabstentions\b"
)
"""Votes after a number: "120 in favor, 14 against and 45 abstentions"; not "11 against children", a count."""
_GAP = r"(?:[ \t-]|\r?\n(?![ \t]*\r?\n))+"
"""Space between a number and its noun, within a paragraph: never across a blank line (into a dateline)."""
_TOO_VAGUE = frozenset({"a few", "several", "a handful of", "few"})
"""Amounts too vague to report on their own ("several towns", "a few trucks"), unlike "several hundred"."""
_NOTHING = ""
"""The unit of a number that counts nothing to report ("the two sides"): no figure."""
_NOUN_RIGHT_AFTER = re.compile(
    r"\s(?!(?:was|were|is|are|has|had|have|of|more|other|another|person|civilian|man|woman|child|died|killed)\b)"
    r"([a-z]+)"
)
"""A word after "one" that is the thing it counts, not a verb: "one family", "one hospital"."""
_FATE_RIGHT_AFTER = re.compile(
    r"\s(?:(?:was|has\sbeen|had\sbeen)\s)?(?:killed|died|wounded|injured|hurt|shot|abducted|kidnapped|missing)\b"
)
"""What befell one person, right after the noun: "one soldier was killed", "one policeman died"."""
_CURRENCY_SIGN_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:US|A|C|NZ|HK))?([$€£¥₹₱₦])\s?$")
_CURRENCY_SIGNS = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees", "₱": "pesos", "₦": "naira"}
"""Currency signs before a number ("US$4 million", "₦5 billion"); codes ("Rs", "KES") are `unit.currency_codes`."""
_CURRENCY_OF = re.compile(
    r"\s(?:U\.S\.|US|American|Canadian|Australian|Hong\sKong|Singapore|New\sZealand|Egyptian|Sudanese|Syrian"
    r"|Lebanese|Libyan|Iraqi|Jordanian|Kenyan|Ugandan|Tanzanian|Nigerian|Ethiopian|Somali|Congolese|Pakistani|Indian"
    r"|British|Swiss|Turkish|Saudi|Yemeni|Qatari|Kuwaiti|Chinese|Russian|Ukrainian)(?=\s[a-z])"
)
"""Whose a currency after a number is: "5 million U.S. dollars", "300 Sudanese pounds"."""
_WORD_AFTER = re.compile(r"\s([a-z]+)\b")


def _three_words_after(gap: str, word: str) -> re.Pattern[str]:
    """The next three words (`w1` to `w3`), past an "of": where a number's noun is looked for."""
    words = "".join(rf"(?:{gap}(?P<w{n}>{word}))?" for n in (1, 2, 3))
    return re.compile(rf"(?:{gap}of(?![A-Za-z’']))?{words}")


_NOUN_AFTER = _three_words_after(_GAP, r"[A-Za-z’']+")
_NOUN_PAST_COMPOUNDS_AFTER = _three_words_after(r"(?:[ \t]|\r?\n(?![ \t]*\r?\n))+", r"[A-Za-z’']+(?:-[A-Za-z0-9’']+)*")
"""
The next three words after a space, words hyphened into one counted as one ("8,000 ready-to-eat meals", "two
C-130 transport aircraft"); after a hyphen ("a seven-week-old battle") the words are read one by one.
"""
_NAME_RUN_AFTER = re.compile(r"(?:\s[A-Z][\w’'-]*){2,4}(?=\s[a-z])")
"""Capitalised words after a number, a name between it and its noun: "38 World Food Programme trucks"."""
_INITIALS_AFTER = re.compile(r"\s(?:(?:[A-Z]\.){2,3}|[A-Z]{2,5})(?=\s[a-z])")
"""A state's or body's initials after a number, before its noun: "16,000 U.S. troops", "15,000 UN peacekeepers"."""
_NAMED_UNIT_AFTER = re.compile(
    r"(?:st|nd|rd|th)?\s(?:[A-Z][\w-]*\s){0,2}(?:Brigade|Division|Battalion|Regiment|Corps|Squadron|Front)\b"
)
"""A number that names a military unit: "the 444 Brigade", "the 33rd Front"."""
_COMPOUND_AFTER = re.compile(r"-([A-Za-z]+)")
"""A word hyphened to a number: a compound adjective ("three-story"), or a unit ("72-hour")."""
_MULTIPLIER_AFTER = re.compile(r"\s(?:as|more|less|fewer|higher|lower|bigger|larger|greater|over)\b")
_CLAUSE_END = re.compile(
    r"[;:]|,\s(?:and|but|while|as|including|which|who)\b|\sand\s(?=(?:more|over|at least|nearly|some)\b)"
    # "nearly 2 million people need assistance, more than 570,000 have been displaced": a count with its own verb
    r"|,\s(?=(?:(?:more|fewer|less)\sthan\s|over\s|at\sleast\s|nearly\s|some\s|about\s|almost\s|around\s)?"
    r"\d[\d,.]*(?:\s(?:million|billion))?\s(?:[a-z]+\s)?(?:have|has|had|were|was|are|is)\s)"
)
_JOINED_COUNT_AFTER = re.compile(
    r"\s(?:(?:more|fewer|less)\sthan\s|over\s|at\sleast\s|nearly\s|some\s|about\s|almost\s|around\s)?"
    r"(?:\d[\d,.]*(?:\s(?:million|billion))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores"
    r"|hundreds|thousands)(?:\s(?!(?:more|others?|of|in|million|billion|have|were|are|had)\b)[A-Za-z-]+){1,2}"
    r"\s(?:have|were|are)\s"
)
"""
After ", and": another count that shares the verb ("More than 540 people in Lebanon, most of them civilians,
and 51 Israelis have been killed"), the plural saying that both are its subject.
"""
_SUBJECT_SLOT_BEFORE = re.compile(r"(?:(?<![\w-])(?:says|said|say|that)\s|,\s)$")
"""Before a count that opens its clause, as the subject of a verb yet to come ("The military says 86 rebels, ...")."""
_POPULATION_BEFORE = re.compile(
    r"(?i:\b(?:city|town|village|region|province|state|country|enclave|territory|population)\sof)\s$"
)
"""Before a number that says how many live somewhere ("a city of about 1 million people"), not what befell them."""
_SHARE_OF_BEFORE = re.compile(
    r"(?i:\b(?:half|a\s(?:third|quarter|fifth|tenth)|one\s(?:third|quarter|fifth|tenth|in\s\w+)|two-thirds|two\sthirds"
    r"|three-quarters|three\squarters|most|\d+(?:\.\d+)?\s?(?:percent|per\scent|%))\sof\s"
    r"(?:(?:the|its|their|an\sestimated|some|about|roughly|nearly|around)\s|[\w’'-]+['’]s\s){0,3})$"
)
"""A share before the whole it is of ("nearly half of the district's", "40 percent of the"): the number is the whole."""
_SHARE_REACH = 60
_PREDICATE_AFTER = re.compile(r"(?:\s[^\s,;.]+){0,4}?\s(?:have|has|had|were|was|are|is|will|would)\b")
"""A verb of the sentence between a whole and its fate: the fate is the share's ("... residents have fled")."""
_KIN_OF = re.compile(r"(?i:\b(?:mother|father|parent|grandmother|grandfather|grandparent)s?\sof)\s$")
_RELATIVE_OPEN = re.compile(r",\s(?:which|who|whose)\s[^,]{0,80}$")
"""A relative clause open before a number ("The ELN, which has 5,800 fighters, was blamed"): its comma ends it."""
_DEFINITE = re.compile(r"(?i:\bthe)\s$")
_FOR_WHOM_AFTER = re.compile(r"\s(?:others\s)?for\s(?:the\s)?")
"""Whom the things of an elided count serve: "and two for the wounded", "and seven others for civilians"."""
_ELIDED_FOR_AFTER = re.compile(r"[\"”]?\s(?:(?:others|other|more)\s)?(?:for\b|to\s(?=(?:the\s)?[A-Z]))")
"""
A count whose noun is left out, with whom or where its things serve: "and two for the wounded", "two to Gomel";
not "seven votes to two to adopt", nor "38 of them for wounds" (a part).
"""
_MORE_ELIDED_AFTER = re.compile(
    r"\s(?:more|others)(?:\s(?:are|were|will|would|have|has|had|is|was|can|could|may|must|should)\b"
    r"|\s[a-z]{3,}ing\b|[,;.])"
)
"""
A count of more of the same, its noun left out: "and two more have been set aside for gunmen", "any of five others
running north to Gereshk".
"""
_THE_REST_BEFORE = re.compile(r"(?i:\bthe\s(?:other|remaining))\s$")
_BE_AFTER = re.compile(r"\s(?:are|were|will|would|is|was|can|could|may|must|should|go|lead|run)\b")
_THE_REST_REACH = 300
"""A count of the rest of the things counted just before: "the other four are meant for civilians"."""
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s$")
"""A number that opens a range ("from 14 to 8"), not an elided count."""
_NEXT_VERB = re.compile(r"\s(?:and|but)\s(?:has\s|have\s|had\s)?[a-z]+ed\s")
"""A coordinated verb of the number's own between a category word and the number ("and pushed")."""
_SOURCE = phrase_pattern(
    ("according to", "estimate", "estimates", "said", "says", "say", "figures", "reported", "data", "warned", "warns")
)
"""Words that name where a figure comes from; whole words, found through the phrase index."""


def _peoples(lexicon: Lexicon) -> frozenset[str]:
    """The plural of every demonym in the gazetteer, in lower case: "2.3 million Syrians", "300 Haitians"."""
    plurals = set()
    for entry in lexicon.actors:
        for demonym in entry.demonyms:
            lowered = demonym.lower()
            plurals.add(lowered if lowered.endswith(("ese", "s", "sh", "ch")) else lowered + "s")
    return frozenset(plurals)


def _currency_before(text: str, number: NumberMention, tables: _Tables) -> str | None:
    """The currency a sign or code right before the number names ("$", "Rs", "KES"), if any."""
    start = number.number_span.start
    sign = _CURRENCY_SIGN_BEFORE.search(text, max(0, start - 4), start)
    if sign is not None:
        return _CURRENCY_SIGNS[sign.group(1)]
    code = tables.currency_code_before.search(text, max(0, start - 5), start)
    return tables.currency_codes[code.group(1) or code.group(2)] if code is not None else None


def _unit(text: str, number: NumberMention, tables: _Tables) -> tuple[str | None, int]:
    """The unit named after the number and where its word ends; durations are plural units ("days")."""
    currency = _currency_before(text, number, tables)
    if currency is not None:
        return currency, number.span.end  # "US$4 million", "€200m", "Rs1 million"
    votes = _VOTES_AFTER.match(text, number.span.end)
    if votes is not None:
        return "votes", votes.end()  # "120 in favor, 14 against and 45 abstentions"
    whose = _CURRENCY_OF.match(text, number.span.end)
    word = _WORD_AFTER.match(text, whose.end()) if whose is not None else None
    if word is not None and word.group(1).lower() in tables.currencies:
        return word.group(1).lower(), word.end()  # "5 million U.S. dollars": the currency after its country
    named = _NAMED_UNIT_AFTER.match(text, number.span.end)
    if named is not None:
        return _NOTHING, named.end()  # "444 Brigade fighters", "the 3rd Infantry Division": a unit's name
    compound = _COMPOUND_AFTER.match(text, number.span.end)
    if compound is not None and (
        compound.group(1).lower() in _COMPOUND_UNITS or _unit_of_word(compound.group(1), tables) is None
    ):
        # "a three-story building": an adjective, not a count; "5,000-strong" counts, and "a five-member
        # delegation" counts five members, as coders count them
        return _COMPOUND_UNITS.get(compound.group(1).lower(), _NOTHING), compound.end()
    unit, end = _noun_unit(text, number, tables)
    if unit is None and (before := _counted_before(text, number, tables)) is not None:
        unit = before[0]
    # "clashes between two rival clan militias": the two sides, not a count to report
    two_sides = unit in _PARTY_UNITS and number.value == _A_PAIR and number.low is None
    return (_NOTHING if two_sides else unit), end


_PARTY_UNITS = frozenset({"groups", "militias"})
"""Units a count of two of names the two sides of a fight."""
_A_PAIR = 2


_COMPOUND_UNITS: dict[str, str | None] = {
    "member": "members",
    "man": "men",
    "nation": "nations",
    "point": "points",
    "seat": "seats",
    "strong": "members",
}
"""
What a number joined to these words by a hyphen counts, as coders count them.

"a five-member team", "a 10-point plan", "a six-nation summit", "a 30-seat cabinet"; "5,000-strong" has its unit
said before.
"""


def _counted_before(text: str, number: NumberMention, tables: _Tables) -> tuple[str, str] | None:
    """
    The unit and noun of a "number of" told before the number: "put the number of foreign fighters ... at 20,000".

    The noun is the first word with a unit before any preposition ("foreign fighters and mercenaries in
    the country": fighters, so people).
    """
    told = _NUMBER_OF_BEFORE.search(text, max(0, number.span.start - _NUMBER_OF_REACH), number.span.start)
    if told is None:
        return None
    for word in told.group("what").split():
        if word.lower() in _PREPOSITIONS:
            return None
        noun = word.strip(",'’")
        unit = _unit_of_word(noun, tables)
        if unit is not None:
            return unit, noun
    return None


_HOME_TO_BEFORE = re.compile(r"\b(?i:home|host)\sto\s(?:some\s|about\s|around\s|nearly\s|roughly\s)?$")
"""A place's people before their number: "home to some 85,000 people", "a town home to 55,000"."""
_NUMBER_OF_BEFORE = re.compile(r"\b(?i:the\snumber\sof)\s(?P<what>[^.;:\"“”()]{1,80}?)\s(?:at|to)\s$")
"""A count named before its number: "put the number of refugees at", "raised the number of prisoners released to"."""
_NUMBER_OF_REACH = 110


def _noun_unit(text: str, number: NumberMention, tables: _Tables) -> tuple[str | None, int]:
    """The unit a noun of the next three words names ("two special corridors"), past adjectives."""
    name = _NAME_RUN_AFTER.match(text, number.span.end) or _INITIALS_AFTER.match(text, number.span.end)
    if name is not None:  # "38 World Food Programme trucks", "16,000 U.S. troops": past a body's name to its noun
        unit, end = _noun_unit_from(text, name.end(), number, tables)
        if unit is not None:
            return unit, end
    return _noun_unit_from(text, number.span.end, number, tables)


def _noun_unit_from(text: str, after: int, number: NumberMention, tables: _Tables) -> tuple[str | None, int]:
    pattern = _NOUN_AFTER if text.startswith("-", after) else _NOUN_PAST_COMPOUNDS_AFTER
    match = pattern.match(text, after, min(len(text), after + 60))
    if match is None:
        return None, number.span.end
    for group in ("w1", "w2", "w3"):
        word = match.group(group)
        if (
            word is None
            or word.lower() in _RATE_WORDS
            or word.lower() in _PREPOSITIONS
            or word.lower() in _POINTERS
            or word.lower() in _VERBS_OF_THE_COUNTED
        ):
            # "12 a day", "five per cent", "12 million from their homes", "391 shootings last year", "120,000 have
            # fled villages": no noun of the number's own follows
            return None, number.span.end
        unit = _unit_of_word(word, tables)
        if unit is not None:
            # "three times as many", "five times higher": a ratio, no count
            ratio = unit == "times" and _MULTIPLIER_AFTER.match(text, match.end(group)) is not None
            return (_NOTHING if ratio else unit), match.end(group)
        if word.lower() in tables.people_states and group == "w1":
            return "people", _end_of_people(match, tables, number)
        if word.lower() in tables.not_units:
            return _NOTHING, match.end(group)  # "the two sides", "two previous attempts": counts nothing to report
    return _paired_modifiers_unit(text, match, number, tables)


_PAIRED = frozenset({"and", "or"})
_WORD_RIGHT_AFTER = re.compile(rf"{_GAP}([A-Za-z’']+)")


def _paired_modifiers_unit(
    text: str, match: re.Match[str], number: NumberMention, tables: _Tables
) -> tuple[str | None, int]:
    """
    The noun after two modifiers joined by "and" ("40 ballistic and cruise missiles"): a fourth word.

    Read only for things counted ("drones", "missiles", not people, whose fates are read otherwise),
    when the three words before name no unit and the second joins the others; a number in words
    there ("two hundred caravans and forty bulldozers") is a count of its own.
    """
    joined = (match.group("w2") or "").lower() in _PAIRED and match.group("w3").lower() not in tables.number_words
    noun = _WORD_RIGHT_AFTER.match(text, match.end("w3")) if joined else None
    if noun is None or noun.group(1).lower() not in tables.counts or noun.group(1).lower() == "times":
        return None, number.span.end
    return _unit_of_word(noun.group(1), tables), noun.end(1)


def _end_of_people(match: re.Match[str], tables: _Tables, number: NumberMention) -> int:
    """
    Where a count of people said by their state ends: "a dozen wounded" at the number.

    The state is an adjective before a noun of people ("31 wounded soldiers were among those freed"):
    the count runs to the noun, and its fate is read after it.
    """
    noun = match.group("w2")
    if noun is not None and _unit_of_word(noun, tables) == "people":
        return match.end("w2")
    return number.span.end


def _with_currency(text: str, number: NumberMention, tables: _Tables) -> int:
    """Where a figure's evidence starts: at its currency sign or code right before it ("US$4 million", "Rs1m")."""
    start = number.number_span.start
    currency = _CURRENCY_SIGN_BEFORE.search(text, max(0, start - 4), start) or tables.currency_code_before.search(
        text, max(0, start - 5), start
    )
    if currency is None or number.span.start < start:
        return number.span.start
    return currency.start()


def _unit_of_word(word: str, tables: _Tables) -> str | None:
    """The unit a noun names: "days", "people" ("civilians"), "corridors", "euros"; None for any other word."""
    lowered = word.lower()
    if lowered in tables.durations:
        return tables.durations[lowered]
    if lowered in tables.measures:
        return tables.measures[lowered]
    if lowered in tables.people or word in tables.people or lowered in tables.forces:
        return "people"  # "7,000 mercenaries": armed men are people too
    if lowered in tables.counts:
        return lowered if lowered.endswith("s") or lowered in _SAME_IN_THE_PLURAL else lowered + "s"
    return lowered if lowered in tables.currencies else None  # "200 million euros"


_SAME_IN_THE_PLURAL = frozenset({"aircraft", "cattle", "head of cattle", "livestock", "sheep"})
"""Counted things whose plural is the word itself: "two transport aircraft", not "aircrafts"."""


_THINGS_OF_A_CATEGORY = (FigureCategory.AID, FigureCategory.HOSTAGES)
"""Categories whose words name things counted: "trucks" of aid, "kidnappings" of hostages."""


_AID_BODY_BEFORE = re.compile(r"(?i:\baid\s(?:agencies|agency|workers|groups|officials|organi[sz]ations))\b")
"""Who gives aid, before a count of people: "Aid agencies say the territory's 2.3 million people"."""


def _category(
    text: str, phrases: PhraseIndex, start: int, end: int, tables: _Tables
) -> tuple[FigureCategory | None, int]:
    """
    The first category word in ``text[start:end]`` and where it ends.

    Not a deed of the counted people told after them: "two gunmen opened fire at a bus stop, killing
    three" (the gunmen killed; they were not killed).
    """
    for found in phrases.within(tables.any_category, start, end):
        word = found.group(0).lower()
        if word in _ACTIVE_FATES and text.endswith(", ", 0, found.start()):
            return None, start
        if (
            word in _TRANSITIVE_FATES
            and _FATE_OBJECT_AFTER.match(text, found.end())
            and not _BE_BEFORE.search(text, max(0, found.start() - 20), found.start())
        ):
            return None, start  # "damaged two of its four main pumps and killed a maintenance worker": another's fate
        if found.lastgroup is not None and not _no_category(text, phrases, found):
            return FigureCategory[found.lastgroup], found.end()
    return None, start


_ACTIVE_FATES = frozenset({"killing", "wounding", "injuring", "kills"})
_TRANSITIVE_FATES = frozenset({"killed", "wounded", "injured", "killing", "wounding", "injuring", "kills"})
_FATE_OBJECT_AFTER = re.compile(
    r"\s(?:a|an|the|his|her|their|its|at\sleast|more\sthan|some|about|nearly|almost|over|\d"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands)\b"
)
"""The object of a fate said in the active: "killed a maintenance worker", "killed at least 20 people"."""
_BE_BEFORE = re.compile(r"(?i:\b(?:was|were|been|being|is|are|be|got|get))\s(?:[a-z]+ly\s)?$")


def _no_category(text: str, phrases: PhraseIndex, found: re.Match[str]) -> bool:
    """
    A category word that is none here: a text's, people's, or a word of a body's name.

    "OCHA figures released", "aid workers", "the UN agency for Palestinian refugees".
    """
    return (
        _published(text, found)
        or (found.group(0).lower() == "aid" and _AID_PEOPLE.match(text, found.end()) is not None)
        # "at least six gun trucks", "two pickup trucks", "an army convoy": vehicles of war, not aid
        or (
            found.group(0).lower() in _VEHICLES
            and _WAR_VEHICLE_BEFORE.search(text, max(0, found.start() - 12), found.start()) is not None
        )
        or _body_for_before(phrases, found.start())
        # "a spokesperson for the World Food Programme", "the UN Refugee Agency": a word of a body's name
        or (
            found.group(0)[:1].isupper()
            and _NAME_WORD_BEFORE.search(text, max(0, found.start() - _NAME_WORD_REACH), found.start()) is not None
        )
        # "three of them for civilians, the sick and the wounded": whom a route serves, not a toll
        or (
            found.group(0).lower() in _HURT
            and (
                _SICK_AND_BEFORE.search(text, max(0, found.start() - 20), found.start()) is not None
                or (text.endswith("the ", 0, found.start()) and _AND_SICK_AFTER.match(text, found.end()) is not None)
            )
        )
        # "has saved more than 3,000 lives": lives kept, not lost
        or (
            found.group(0).lower() == "lives"
            and _SAVED_BEFORE.search(text, max(0, found.start() - _SAVED_REACH), found.start()) is not None
        )
        # "Average attendances have fallen from 4,870": a decline, not the dead
        or (
            found.group(0).lower() == "fallen"
            and _PERFECT_BEFORE.search(text, max(0, found.start() - 12), found.start()) is not None
        )
    )


_SAVED_BEFORE = re.compile(r"(?i:\b(?:saved|save|saves|saving))\s(?:[\w,.-]+\s){0,3}$")
_SAVED_REACH = 40
_HURT = frozenset({"wounded", "injured"})
_SICK_AND_BEFORE = re.compile(r"(?i:\bthe\ssick\s(?:and|&)\s(?:the\s)?)$")
_AND_SICK_AFTER = re.compile(r"(?i:\s(?:and|&)\s(?:the\s)?sick\b)")
"""The sick and the wounded as a group, whom a corridor serves: not a toll's word ("hundreds of sick and wounded
people" still counts the wounded)."""
_PERFECT_BEFORE = re.compile(r"(?i:\b(?:has|have|had|having)\s(?:[a-z]+ly\s)?)$")
"""A perfect tense before "fallen": a verb of decline ("have fallen from"), not "the fallen"."""


_BODY_FOR_BEFORE = re.compile(
    r"(?i:\b(?:agency|commission|commissioner|office|ministry|council|department|organi[sz]ation|fund|committee"
    r"|minister|secretary|envoy|coordinator)\s(?:for|of)\s(?:the\s)?)(?:[A-Z][\w'’-]*\s)?$"
)
"""A body's name runs on to the word: "the UN agency for Palestinian refugees", "the Ministry of Displaced"."""
_BODY_FOR_REACH = 48
_BODY_WORDS = (
    *("agency", "commission", "commissioner", "office", "ministry", "council", "department", "organisation"),
    *("organization", "fund", "committee", "minister", "secretary", "envoy", "coordinator"),
)
"""The words one of which `_BODY_FOR_BEFORE` holds, whole: a window without one is not searched."""


def _body_for_before(phrases: PhraseIndex, start: int) -> bool:
    """Whether a body's name runs on to the word at `start`: "the UN agency for Palestinian refugees"."""
    floor = max(0, start - _BODY_FOR_REACH)
    return phrases.gated_search(_BODY_WORDS, _BODY_FOR_BEFORE, floor, start) is not None


_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*|U\.N\.|UN)\s$")
"""A capitalised word right before a capitalised category word: both are words of a name ("World Food")."""
_NAME_WORD_REACH = 24


_WAR_VEHICLE_WORDS = r"(?:gun|pickup|pick-up|armou?red|military|army|troop|police)"
_WAR_VEHICLE_BEFORE = re.compile(rf"(?i:\b{_WAR_VEHICLE_WORDS})\s$")
"""What makes trucks or a convoy of war, not of aid: "gun trucks", "pickup trucks", "an army convoy"."""
_VEHICLES = frozenset({"trucks", "lorries", "convoy", "convoys", "tankers"})
_WAR_VEHICLES = re.compile(rf"(?i:\b{_WAR_VEHICLE_WORDS}\s(?:trucks?|lorry|lorries|convoys?|tankers?))\b")
_AID_PEOPLE = re.compile(
    r"\s(?i:workers?|agenc(?:y|ies)|groups?|officials?|organi[sz]ations?|staff(?:ers)?|chiefs?|volunteers|community)\b"
)
"""After "aid": people who bring it, not aid ("A dozen aid workers were detained")."""


def _published(text: str, found: re.Match[str]) -> bool:
    """A category word that tells of a text, not of people: "OCHA figures released on Tuesday"."""
    return (
        PUBLISHED_THING_BEFORE.search(text, max(0, found.start() - 12), found.start()) is not None
        # "a report by U.N. experts released this month said"
        or _PUBLISHED_BY_BEFORE.search(text, max(0, found.start() - _PUBLISHED_BY_REACH), found.start()) is not None
    )


_PUBLISHED_BY_BEFORE = re.compile(
    r"(?i:\b(?:figures|data|report|statement|study|survey|findings|list|letter|communiqu[eé]))"
    r"\s(?:by|from|of)\s(?:the\s)?(?:[\w.’'-]+\s){1,3}$"
)
_PUBLISHED_BY_REACH = 48


def _last_category(
    analysis: Analysis, start: int, end: int, tables: _Tables, number_ends: set[int]
) -> FigureCategory | None:
    """
    The last category word in ``text[start:end]``: "50 hostages freed in exchange for 150" gives released.

    A word that is another number's unit is passed over: in "handed 17 hostages, among them
    14 Israelis", the 14 were handed over.
    """
    text = analysis.article.text
    for found in reversed(analysis.phrases.within(tables.any_category, start, end)):
        if _NEXT_VERB.search(text, found.end(), end):
            return None  # "killed 100,000 people and pushed millions to the brink": a verb of its own
        if (
            found.start() - 1 not in number_ends
            and found.lastgroup is not None
            and not _no_category(text, analysis.phrases, found)
        ):
            return FigureCategory[found.lastgroup]
    return None


_VERB_GAP = re.compile(
    r"\s*(?:(?:or|and)\s(?:[a-z]+\s){1,2}"
    r"|(?:has\s|had\s|have\s)?(?:now\s)?(?:rose|risen|rises|climbed|climbs|jumped|reached|reaches|stood|stands|hit)"
    r"\s(?:to\s|at\s)?|of\s|at\s)?"
)
"""
Between a category word and its number: nothing, a second verb ("killed or left missing tens of thousands"),
or a toll's verb ("the death toll rose to 1,234", "a toll of 40").
"""


_TOLL_RISEN_TO = re.compile(
    r"(?i:\b(?:death\s)?toll\b[^.;:]{0,90}?\b(?:risen|rose|rises|climbed|climbs|jumped|reached|reaches|stands|stood"
    r"|hit|passed|topped|exceeded|surpassed)(?:\s(?:at|to))?)\s$"
)
"""A toll told far before its number: "the death toll from Israel's war since October 2023 has risen to"."""
_TOLL_REACH = 120
_TOLL_WORDS = ("toll",)
"""The word `_TOLL_RISEN_TO` holds, whole: a window without it, most of them, is not searched."""


_LOST_BEFORE = re.compile(r"(?i:\b(?:lost|loses|lose|losing))\s$")
_FORCES_AFTER = re.compile(
    r"\s(?:of\s(?:its|their|our|his)\s)?(?:soldiers|troops|men|fighters|servicemen|officers|policemen|personnel)\b"
)
"""Forces counted after a verb of losing them: "had lost five soldiers", killed (not "lost their homes")."""
_FATE_NOUNS = frozenset({"lives", "deaths", "death toll", "toll", "dead", "casualties"})
_JOINED_VERB = re.compile(r"\s*(?:and|or)\s")
"""After a noun of a fate, a second verb that does not share it: "... lives and forced", "... deaths and driven"."""
_LIVES_TAKEN_BEFORE = re.compile(r"(?i:\b(?:claimed|claiming|claims|cost|costing|costs|took|taken|taking))\s$")
_LIVES_AFTER = re.compile(r"\s(?:[a-z]+\s)?lives\b")
"""Lives a war took: "has claimed more than 2,600 lives", "cost 300 civilian lives" (not "saved 3,000 lives")."""


_AMONG_THE_FALLEN_BEFORE = re.compile(
    r"(?i:\bamong\sthe\s(?P<fate>dead|wounded|injured)\s(?:were|are|was|is)\s(?:also\s)?"
    r"|\bthe\s(?P<fate2>dead|wounded|injured)\s(?:included|include|includes)\s)$"
)
"""The fallen named before a count of them: "Among the dead were 102 people who had taken shelter at a UN base"."""


def _category_before(
    analysis: Analysis, number: NumberMention, sentence: Span, tables: _Tables
) -> tuple[FigureCategory | None, int]:
    """A category verb right before the number ("the quake killed more than 3,000 people")."""
    text = analysis.article.text
    start = max(sentence.start, number.span.start - 25)
    if _LOST_BEFORE.search(text, start, number.span.start) and _FORCES_AFTER.match(text, number.span.end):
        return FigureCategory.KILLED, number.span.end  # "The army said it had lost five soldiers"
    if _LIVES_TAKEN_BEFORE.search(text, start, number.span.start) and _LIVES_AFTER.match(text, number.span.end):
        return FigureCategory.KILLED, number.span.end  # "has claimed more than 2,600 lives and forced ..."
    among = _AMONG_THE_FALLEN_BEFORE.search(text, max(sentence.start, number.span.start - 32), number.span.start)
    if among is not None:  # "Among the dead were 102 people who had taken shelter": the dead, wherever they were
        fate = (among.group("fate") or among.group("fate2")).lower()
        return (FigureCategory.KILLED if fate == "dead" else FigureCategory.WOUNDED), number.span.end
    found = analysis.phrases.within(tables.any_category, start, number.span.start)
    # The last one: in "killed 200 and wounded 500", 500 were wounded.
    if (
        not found
        or found[-1].lastgroup is None
        or not _VERB_GAP.fullmatch(text, found[-1].end(), number.span.start)
        or _no_category(text, analysis.phrases, found[-1])
        # "has left more than 260,000 people dead": the state they were left in, told after them
        or (found[-1].group(0).lower().endswith("left") and _LEFT_IN_A_STATE_AFTER.match(text, number.span.end))
        # "claimed 2,600 lives and forced over a million people from their homes": a noun, no verb to share
        or (
            found[-1].group(0).lower() in _FATE_NOUNS
            and _JOINED_VERB.match(text, found[-1].end(), number.span.start) is not None
        )
    ):
        return None, number.span.end
    return FigureCategory[found[-1].lastgroup], number.span.end


_RELEASE_SOUGHT_BEFORE = re.compile(r"(?i:\b(?:to\s(?:free|release)|release\sof|freedom\sof))\s$")
"""A release asked or hoped for, not done: "to free", "the release of" (not "The rebels freed 40 prisoners")."""
_RELEASE_DEMANDED_BEFORE = re.compile(
    r"(?i:\b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)?\sfor|work(?:ed|s|ing)?\sfor|hopes?\sfor|press(?:ed|es|ing)?\sfor"
    r"|seek(?:s|ing)?|sought|urg(?:ed|es|ing))\s(?:the\s)?release\sof)\s$"
)
"""A release only demanded or hoped for: the people stay hostages (not "the truce provides for the release of")."""
_HELD_STATE_AFTER = re.compile(
    r"(?:\s(?:of\s)?[A-Za-z'’-]+){0,2}?\s(?:still\s)?(?P<state>(?i:trapped|besieged|stranded|encircled|held))\b"
)
"""
The state of people a release is sought for, told right after them ("to free tens of thousands of civilians
trapped", "the release of more than 200 schoolgirls held by"): they are still in it, none freed yet.
"""


_WHO_LEAVE_AFTER = re.compile(
    r"(?:\s[\w.'’-]+){1,10}?\s(?:leave|leaves|leaving|left|evacuate|evacuates|evacuating|evacuation)\b"
)
"""
Forces or officials who leave or see others out ("2,500 U.S. troops will leave", "about 40,000 Yugoslav troops and
police 11 days to leave", "about 5,000 troops to help evacuate"): they withdraw, resign or guard, none evacuated.
"""
_WHO_LEAVE_NOUNS = 4
"""How many words after the number the forces or officials of `_WHO_LEAVE_AFTER` are looked for in."""
_LEFT_IN_A_STATE_AFTER = re.compile(
    r"(?:\s[\w,-]+){0,10}?\s(?:dead|killed|wounded|injured|homeless|displaced|missing|stranded|trapped)\b"
)
"""
The state a verb of leaving puts people in: "left 260,000 people dead", "left thousands homeless", "has left
290 militants, 70 soldiers and 27 civilians dead", through a list of the people left in it.
"""


def _sources(analysis: Analysis, sentence: Span) -> list[tuple[int, str]]:
    """
    Each cue of a sentence that names a source, with that actor: ("according to UN figures", "The U.N. estimates").

    As ``(cue start, actor id)`` in text order; `_source_at` picks the one for a figure.
    """
    found: list[tuple[int, str]] = []
    for cue in analysis.phrases.within(_SOURCE, sentence.start, sentence.end):
        window = (
            (max(sentence.start, cue.start() - 40), cue.start())
            if cue.group(0).lower() != "according to"
            else (cue.end(), min(sentence.end, cue.end() + 40))
        )
        if cue.group(0).lower() == "figures":
            window = (max(sentence.start, cue.start() - 25), cue.start())
        elif window[1] == cue.start():
            subject = actor_before(analysis, cue.start(), sentence)
            if subject is not None:  # "Al Shabaab, which is allied with al Qaeda, said": the subject
                found.append((cue.start(), subject.actor_id))
                continue
        # A mention counts when it reaches into the window: a long one ("Ukrainian Defense minister
        # Oleksii Reznikov said") may begin before it.
        if window[1] == cue.start():
            reach = max(sentence.start, window[0] - _NAME_REACH)  # a long name may begin before the window
            mentions = [m for m in analysis.actors.within(reach, window[1]) if m.span.end > window[0]]
        else:
            reach = min(sentence.end, window[1] + _NAME_REACH)
            mentions = [m for m in analysis.actors.within(window[0], reach) if m.span.start < window[1]]
        if mentions:
            found.append((cue.start(), mentions[-1 if window[1] == cue.start() else 0].actor_id))
    return found


def _source_at(sources: list[tuple[int, str]], at: int) -> str | None:
    """
    The source of a figure at `at`: the sentence's first, unless a later one stands between it and the figure.

    "The military said on Sunday ..., where the United Nations has warned that more than a million people
    face catastrophic hunger": the United Nations' figure.
    """
    before = [actor for start, actor in sources if start < at]
    return before[-1] if len(before) > 1 else sources[0][1] if sources else None


def _fled_in_a_pause(analysis: Analysis, number: NumberMention, sentence: Span, category_end: int) -> bool:
    """
    Whether people "fled" in a sentence about the pause or its corridors: then they left by it.

    Fleeing is displacement as humanitarian reporting counts it, unless the way out was the
    pause ("more than 1,100 people have fled the city since the truce was declared").
    """
    text = analysis.article.text
    fled = _FLED.search(text, max(sentence.start, number.span.start - 50), max(category_end, number.span.end))
    if fled is None or _HOMES_AFTER.match(text, fled.end()) or _FLED_ABROAD_AFTER.match(text, fled.end()):
        return False  # "fled their homes", "fled Nagorno-Karabakh for Armenia": displaced, pause or not
    words = pause_words(analysis.lexicon)
    return bool(
        analysis.phrases.first(words.triggers, sentence.start, sentence.end)
        or analysis.phrases.first(words.corridor, sentence.start, sentence.end)
    )


_FLED = re.compile(r"(?i:\b(?:fled|fleeing|flee))\b")
_FLED_ABROAD_AFTER = re.compile(r"\s(?:the\s)?(?:[A-Z][\w'’-]*\s){1,3}(?:for|into)\s(?:neighbou?ring\s)?[A-Z]")
"""Fled from one named place for or into another: refugees, whatever halt the sentence names."""
_HOMES_AFTER = re.compile(r"\s(?:from\s)?(?:their|his|her)\s(?:homes?|houses?)\b")


def _starts_the_one_before(sentences: SentenceLookup, sentence: Span, start: int) -> bool:
    """Whether the sentence just before `sentence` begins at `start`: a count opening its sentence goes on from it."""
    before = sentences.before(sentence)
    return before is not None and before.start == start


def _counts_the_rest(text: str, number: NumberMention, figures: list[Figure]) -> bool:
    """Whether a number counts the rest of what the figure just before counted: "the other four are meant for"."""
    return (
        bool(figures)
        and number.span.start - figures[-1].evidence.end <= _THE_REST_REACH
        and _THE_REST_BEFORE.search(text, max(0, number.span.start - 16), number.span.start) is not None
        and _BE_AFTER.match(text, number.span.end) is not None
    )


def _part_of_the_figure_before(
    text: str, number: NumberMention, sentence: Span, before: Figure, sentences: SentenceLookup
) -> bool:
    """
    Whether a number opening its sentence counts "of them" a part of the last figure of the sentence before.

    "More than seven million people are now displaced across Congo. Nearly 1.7 million of them are in North
    Kivu alone": displaced too, though no word of its own says so.
    """
    return (
        number.span.start == sentence.start
        and _OF_THEM_AFTER.match(text, number.span.end) is not None
        # not a length or a sum ("within 60 days ... Some 5,000 of them will join the army": the fighters)
        and before.category not in {FigureCategory.DURATION, FigureCategory.MONEY}
        and sentences.before(sentence) == sentences.at(before.evidence.start)
    )


def _category_of_things(unit: str, tables: _Tables) -> FigureCategory:
    """What counting things says: "38 trucks" of aid, "61 kidnappings" of hostages, "three bridges" a count."""
    return next(
        (kind for kind in _THINGS_OF_A_CATEGORY if tables.categories[_CATEGORIES.index(kind)][1].fullmatch(unit)),
        FigureCategory.COUNT,
    )


def find_figures(analysis: Analysis) -> Analysis:
    """Build a figure from every quantity that counts something."""
    text = analysis.article.text
    tables = _tables(analysis.lexicon)
    figures: list[Figure] = []
    sources: dict[int, list[tuple[int, str]]] = {}  # by sentence start: each sentence is searched once
    previous_unit: tuple[int, str] | None = None  # (sentence start, unit), for "and more than 10 million displaced"
    sentences = SentenceLookup(analysis.article)
    number_ends = {number.span.end for number in analysis.numbers}
    numbers_at = {number.number_span.start: number for number in analysis.numbers}
    for number in analysis.numbers:
        sentence = sentences.at(number.span.start)
        unit, unit_end = _unit(text, number, tables)
        whole = _OF_A_WHOLE_AFTER.match(text, number.span.end) if unit is None else None
        if whole is not None and (total := numbers_at.get(whole.end())) is not None:
            unit, unit_end = _unit(text, total, tables)  # "14 of Rakhine's 17 townships": townships
        window_end = min(sentence.end, number.span.end + 90)
        population = _POPULATION_BEFORE.search(text, max(sentence.start, number.span.start - 24), number.span.start)
        clause_end = _CLAUSE_END.search(text, number.span.end, window_end)
        if clause_end is not None and clause_end.group(0).endswith("including"):
            # "More than 1,000 people, including dozens of civilians, have been killed": read past the inclusion
            closing = text.find(",", clause_end.end(), window_end)
            clause_end = _CLAUSE_END.search(text, closing + 1, window_end) if closing >= 0 else clause_end
        elif (
            clause_end is not None
            and not population
            and clause_end.group(0) == ", and"
            and (
                number.span.start == sentence.start
                or _SUBJECT_SLOT_BEFORE.search(text, max(sentence.start, number.span.start - 8), number.span.start)
            )
            and _JOINED_COUNT_AFTER.match(text, clause_end.end(), window_end) is not None
        ):  # "540 people ..., and 51 Israelis have been killed": read on to the verb the two share
            clause_end = _CLAUSE_END.search(text, clause_end.end(), window_end)
        limit = clause_end.start() if clause_end else window_end
        if _RELATIVE_OPEN.search(text, max(sentence.start, number.span.start - 90), number.span.start):
            comma = text.find(",", number.span.end, limit)
            limit = comma if comma >= 0 else limit
        category, category_end = _category_before(analysis, number, sentence, tables)  # "killed more than 3,000"
        if category is FigureCategory.RELEASED and _RELEASE_SOUGHT_BEFORE.search(
            text, max(sentence.start, number.span.start - 16), number.span.start
        ):
            state = _HELD_STATE_AFTER.match(text, number.span.end, limit)
            if state is not None:  # "told the insurgents to free tens of thousands of civilians trapped": asked for
                if state.group("state").lower() != "held":
                    category, category_end = FigureCategory.TRAPPED, state.end()
                elif _RELEASE_DEMANDED_BEFORE.search(
                    text, max(sentence.start, number.span.start - 48), number.span.start
                ):  # "demanded the release of more than 700 of its members held": still held ("provides for" frees)
                    category, category_end = FigureCategory.HOSTAGES, state.end()
        toll_start = max(sentence.start, number.span.start - _TOLL_REACH)
        if category is None and analysis.phrases.gated_search(
            _TOLL_WORDS, _TOLL_RISEN_TO, toll_start, number.span.start
        ):  # "the death toll from Israel's war since October 2023 has risen to more than 70,000"
            category, category_end = FigureCategory.KILLED, number.span.end
        if category is None:  # "17 hostages were handed over": the verb after the noun first
            category, category_end = (
                _category(text, analysis.phrases, unit_end, limit, tables) if unit_end < limit else (None, 0)
            )
        if category is None:
            category, category_end = _category(text, analysis.phrases, number.span.end, limit, tables)
        said_after = category is not None and category_end > number.span.start
        if category is None and not population:  # "an assault that has killed hundreds of civilians": the nearest
            category = _last_category(
                analysis,
                max(sentence.start, number.span.start - 50),
                number.span.start,
                tables,
                number_ends,
            )
            category_end = unit_end
        if (
            category in _FATES
            and category_end > unit_end
            and _PREDICATE_AFTER.match(text, unit_end, category_end) is not None
            and _SHARE_OF_BEFORE.search(text, max(sentence.start, number.span.start - _SHARE_REACH), number.span.start)
        ):
            # "Nearly half of the district's 150,000 residents have fled": the whole, not those who fled (but
            # "Half of the 40 people killed were children": 40 were killed)
            category, category_end = FigureCategory.COUNT, unit_end
        if unit in set(tables.durations.values()):
            category, category_end = FigureCategory.DURATION, unit_end
        elif unit in tables.currencies:
            category, category_end = FigureCategory.MONEY, unit_end
        elif unit in tables.measure_units:
            # "some 35 kilometres", "1.2 million barrels a day": a length or a measure, of no fate
            category, category_end = FigureCategory.OTHER, unit_end
        elif unit is not None and unit != "people":
            category, category_end = _category_of_things(unit, tables), unit_end
            if category is FigureCategory.AID and _WAR_VEHICLES.search(text, number.span.end, unit_end):
                category = FigureCategory.COUNT  # "six gun trucks", "two pickup trucks": vehicles of war, not aid
        if category is FigureCategory.DISPLACED and _fled_in_a_pause(analysis, number, sentence, category_end):
            category = FigureCategory.EVACUATED  # "since the truce was declared, 1,100 people have fled the city"
        if unit == "people" and (
            category is FigureCategory.MONEY
            or (
                category is FigureCategory.AID
                and not said_after
                and _AID_BODY_BEFORE.search(text, max(sentence.start, number.span.start - 60), number.span.start)
            )
        ):
            # "Aid agencies say 2.3 million people are running out of water": people, no amount of aid; but
            # "aid reached 41,000 people": people counted by the aid they get (those who only need it are read below)
            category = None
        if category is FigureCategory.TRAPPED and _HOSTAGE_NOUN.search(text, number.span.end, unit_end):
            category = FigureCategory.HOSTAGES  # "100 hostages remain in Gaza": held, not trapped
        if (
            figures
            and (
                figures[-1].evidence.start >= sentence.start
                or _part_of_the_figure_before(text, number, sentence, figures[-1], sentences)
            )
            and figures[-1].category in _FATES
            and (unit is None or unit == figures[-1].unit)
            # its own category word is said of it ("some 45,000 internally displaced persons", "163 health
            # workers killed", "nine children among the dead"), not further on
            and (
                category in {None, FigureCategory.COUNT, FigureCategory.OTHER}
                or (category_end > unit_end and not _OWN_FATE_AFTER.fullmatch(text, unit_end, category_end))
            )
            and (
                _INCLUDED_BEFORE.search(text, max(sentence.start, number.span.start - 20), number.span.start)
                # its fate not said after it ("34 of whom were killed" tells its own)
                or (category is None and _OF_THEM_AFTER.match(text, number.span.end) is not None)
            )
        ):
            # "40 people were killed ..., among them six children", "more than 740,000 have fled their homes,
            # some 130,000 of them into neighbouring countries": a part of the figure before, with its fate
            category, unit = figures[-1].category, figures[-1].unit
        if (
            unit is None
            and figures
            and (
                figures[-1].evidence.start >= sentence.start
                # "five corridors will be opened during the pause. Four of them are set aside for civilians"
                or _part_of_the_figure_before(text, number, sentence, figures[-1], sentences)
            )
            and _PART_OF_THEM_AFTER.match(text, number.span.end) is not None
        ):
            # "Russia launched 89 drones, 71 of which were shot down": a part of the things counted before
            unit = figures[-1].unit
            if category in {None, FigureCategory.COUNT, FigureCategory.OTHER} or figures[-1].category in _FATES:
                category = figures[-1].category  # "killed 50 people, 21 of them while seeking aid": killed too
        if (
            unit is None
            and category is not None
            and previous_unit
            and previous_unit[0] == sentence.start
            and previous_unit[1] not in tables.durations.values()  # "a 72-hour truce as death toll tops 400"
            and number.value != 1
        ):
            unit = previous_unit[1]  # ellipsis: the unit of the figure before, in the same sentence
            # "three corridors for civilians, and two for the wounded": the wounded use the two corridors
            if unit != "people" and (
                not said_after
                or _FOR_WHOM_AFTER.match(text, number.span.end)
                or _MORE_ELIDED_AFTER.match(text, number.span.end)  # "while six others would let civilians"
            ):
                # "two corridors ..., and civilians and the wounded through four others": corridors; but
                # "1,200 cases and 27 deaths" are dead
                category = _category_of_things(unit, tables)
        elided = False
        if (
            unit == "people"
            and previous_unit
            and previous_unit[1] != "people"
            and _BE_AFTER.match(text, number.span.end) is not None
            and _counts_the_rest(text, number, figures)
        ):
            unit = None  # "Eight corridors ... The remaining six will carry civilians": corridors, not people
        if (
            unit is None
            # "six others would let civilians and the wounded cross": more of the things, whoever they serve
            and (
                category is None
                or _MORE_ELIDED_AFTER.match(text, number.span.end) is not None
                or _THE_REST_BEFORE.search(text, max(0, number.span.start - 16), number.span.start) is not None
            )
            and previous_unit
            and previous_unit[1] != "people"
            and previous_unit[1] not in tables.durations.values()
            and (
                (
                    _MORE_ELIDED_AFTER.match(text, number.span.end) is not None
                    and (
                        previous_unit[0] == sentence.start
                        # "Five routes will be kept open for fighters. Two more will be reserved for civilians"
                        or (
                            number.span.start == sentence.start
                            and _starts_the_one_before(sentences, sentence, previous_unit[0])
                        )
                    )
                )
                or _counts_the_rest(text, number, figures)
            )
        ):
            # "Five routes ... will be open to civilians, and two more have been set aside for gunmen": more of
            # the things the sentence's figure before counted; "... eight corridors ... The remaining six are meant
            # for civilians": the rest of those the figure before counted, in its sentence or the one before
            unit = previous_unit[1]
            category = _category_of_things(unit, tables)
            elided = True
        if (
            unit is None
            and (category is None or _FOR_WHOM_AFTER.match(text, number.span.end))
            and _ELIDED_FOR_AFTER.match(text, number.span.end)
            and not _FROM_BEFORE.search(text, max(0, number.span.start - 8), number.span.start)  # "from 14 to 8"
        ):
            # "a corridor for refugees ..., and two for the wounded", "four corridors ..., and "one for Huthi
            # fighters"": the things last named in the sentence, counted again for others
            things = list(tables.counted_things.finditer(text, sentence.start, number.span.start))
            # the things said the same way, "for" or "to" after them: "a corridor for aid convoys, and two for"
            alike = [m for m in things if _ELIDED_FOR_AFTER.match(text, m.end())]
            named = [m.group(0) for m in alike or things]
            if named:
                unit = _unit_of_word(named[-1], tables)
                category = _category_of_things(unit, tables) if unit is not None else None
                elided = unit is not None
        if unit is None and category in {
            FigureCategory.KILLED,
            FigureCategory.DISPLACED,
            FigureCategory.TRAPPED,
            FigureCategory.WOUNDED,
            FigureCategory.EVACUATED,
            FigureCategory.HOSTAGES,
            FigureCategory.RELEASED,
        }:
            unit = "people"
        if (
            unit is None
            and category in {None, FigureCategory.AID}
            and number.value >= _A_CROWD
            and _PEOPLE_S_NEED_AFTER.match(text, number.span.end)
        ):
            # "Nearly 18 million face acute hunger", "about 2 million need food aid": people, their need told
            unit, unit_end, category = "people", number.span.end, category or FigureCategory.OTHER
        if unit is None and category is None and number.value != 1:
            plural = _PLURAL_NOUN_AFTER.match(text, number.span.end)
            if plural is not None and plural.group(1) not in tables.not_counted_plurals:
                # "about 1,100 players", "more than 200 portions": things of no unit list, counted all the same
                unit, unit_end, category = plural.group(1), plural.end(1), FigureCategory.COUNT
        if (
            unit is None
            or unit == _NOTHING
            or (
                unit == "people"
                and number.span.end == unit_end
                and _KIN_OF.search(text, max(0, number.span.start - 24), number.span.start)
            )
            or (
                number.value == 1
                and not elided
                and number.span.end == unit_end
                and (noun := _NOUN_RIGHT_AFTER.match(text, number.span.end)) is not None
                # "one soldier was killed": one person, counted by what befell them
                and not (noun.group(1) in tables.person and _FATE_RIGHT_AFTER.match(text, noun.end()))
            )
            or text[number.number_span.start : number.number_span.end].lower() in _TOO_VAGUE
            # "One corridor will run east ..., and the other north": one of two, not a count
            or (
                number.value == 1
                and unit != "people"  # "One civilian was killed and another wounded": a count of the dead
                and text[number.number_span.start : number.number_span.end].lower() == "one"
                and _THE_OTHER.search(text, number.span.end, sentence.end) is not None
            )
        ):
            continue  # counts nothing the text names; nor "a mother of five"; nor "one family were killed"
        previous_unit = (sentence.start, unit)
        if _DEFINITE.search(text, max(0, number.span.start - 4), number.span.start) and any(
            f.value == number.value and f.unit == unit for f in figures[-20:]
        ):
            continue  # "the two corridors": a figure given before, referred to again
        if (
            number.value <= _REFERRED_MOST
            and category not in {FigureCategory.DURATION, FigureCategory.MONEY}
            and unit not in tables.counted_when_referred
            and _REFERRED_BEFORE.search(text, max(0, number.span.start - 8), number.span.start)
            and not (
                text[number.span.end : unit_end].rstrip(" -").rsplit(" ", 1)[-1].lower() in tables.kin
                and _KIN_HOLDER_BEFORE.search(text, max(0, number.span.start - 7), number.span.start)
            )
        ):
            continue  # "the two countries", "its three leaders", "the two men were killed": those named already
        if sentence.start not in sources:
            sources[sentence.start] = _sources(analysis, sentence)
        end = max(unit_end, category_end if category is not None else unit_end)
        subject = text[number.span.end : unit_end].strip(" -").removeprefix("of ").strip()
        if not subject and (before := _counted_before(text, number, tables)) is not None:
            subject = before[1]  # "the number of foreign fighters ... at about 20,000": fighters
        if (
            category in {None, FigureCategory.AID}
            and unit == "people"
            and subject.rsplit(" ", 1)[-1].lower() in tables.forces
        ):
            # "5,000 soldiers", "500 police officers ... to escort the convoys": forces counted, not given aid
            category = FigureCategory.COUNT
        leaving = _WHO_LEAVE_AFTER.match(text, number.span.end) if category is FigureCategory.EVACUATED else None
        if leaving is not None and not (tables.forces | tables.counted_roles).isdisjoint(
            word.strip(".,'’").lower() for word in leaving.group(0).split()[:_WHO_LEAVE_NOUNS]
        ):
            category = FigureCategory.COUNT  # "2,500 U.S. troops will leave", "two ministers threatened to leave"
        if category is None and unit == "people" and subject.rsplit(" ", 1)[-1].lower() in tables.counted_roles:
            category = FigureCategory.COUNT  # "About 1,900 workers", "17 members of the council"
        if (
            category is None
            and unit == "people"
            and _HOME_TO_BEFORE.search(text, max(0, number.span.start - 12), number.span.start)
        ):
            category = FigureCategory.COUNT  # "Gharyan, home to some 85,000 people": those who live there, counted
        if unit == "people" and subject.rsplit(" ", 1)[-1].lower() in tables.dead:
            category = FigureCategory.KILLED  # "recovered 146 bodies", "returned 909 bodies": the dead
        figures.append(
            Figure(
                value=number.value,
                low=number.low,
                high=number.high,
                bound=number.bound,
                unit=unit,
                category=category or FigureCategory.OTHER,
                subject=subject,
                source=_source_at(sources[sentence.start], number.span.start),
                text=number.text,
                evidence=span_at(_with_currency(text, number, tables), end),
            )
        )
    figures = _shared_fates(figures, text)
    lengths = [*_lengths(analysis, tables, sentences, sources), *_one_unit_lengths(analysis, sentences, sources)]
    if lengths:
        figures = sorted([*figures, *lengths], key=lambda f: (f.evidence.start, f.evidence.end))
    headline_end = title_end(analysis.article)
    body = {(f.value, f.unit) for f in figures if f.evidence.start >= headline_end}
    kept = [f for f in figures if f.evidence.start >= headline_end or (f.value, f.unit) not in body]
    return attrs.evolve(analysis, figures=tuple(kept))  # a title's figure repeated in the body counts once


_A_CROWD = 1000
"""The least number told bare before a verb of need that counts people: "18 million face", not "two need"."""
_PEOPLE_S_NEED_AFTER = re.compile(
    r"\s(?:(?:now|still|already|urgently)\s)?(?:face|faced|are\sfacing|were\sfacing|need|needed|are\sin\sneed"
    r"|were\sin\sneed|require|required|lack|lacked|go\shungry|went\shungry|are\sstarving|were\sstarving"
    r"|depend\son|depended\son|rely\son|relied\son)\b"
)
"""A verb of need right after a bare number, its subject people: "Nearly 18 million face acute hunger"."""
_PLURAL_NOUN_AFTER = re.compile(
    r"\s(?:(?:earlier|previous|prior|separate|similar|other)\s)?([a-z]{2,}[^su\W]s)\b(?![-'’])"
)
"""
A plural noun right after a number that no unit list names, or past a word that sets it beside others: "1,100
players", "23 runners", "three earlier truces"; not an adjective in -ous ("two previous").
"""
_REFERRED_BEFORE = re.compile(r"(?i:\b(?:the|its|their|his|her|our|these|those|both|all))\s$")
"""A determiner that points back: "the two delegations" are those already named, no count of the story's own."""
_KIN_HOLDER_BEFORE = re.compile(r"(?i:\b(?:his|her|their|our))\s$")
"""A possessive before a count of kin: "her four children" are counted all the same, being named nowhere before."""
_REFERRED_MOST = 4
"""Up to this many, a number after a determiner refers back ("the two countries"); beyond, it counts ("its 300 men")."""


def _lengths(
    analysis: Analysis, tables: _Tables, sentences: SentenceLookup, sources: dict[int, list[tuple[int, str]]]
) -> list[Figure]:
    """
    A length said by one unit as an adjective ("a weeklong pause", "a month-long truce"): one of that unit.

    No number is written, so the numbers stage finds none; the word is the figure's evidence.
    """
    found: list[Figure] = []
    for match in analysis.phrases.all(tables.lengths):
        sentence = sentences.at(match.start())
        if sentence.start not in sources:
            sources[sentence.start] = _sources(analysis, sentence)
        unit = tables.length_units[match.group(0).lower()]
        found.append(
            Figure(
                value=1,
                bound=Bound.EXACT,
                unit=unit,
                category=FigureCategory.DURATION,
                subject=unit.removesuffix("s"),
                source=_source_at(sources[sentence.start], match.start()),
                text=match.group(0),
                evidence=span_at(match.start(), match.end()),
            )
        )
    return found


_ONE_UNIT = re.compile(r"(?<![\w-])(?i:an?|one)\s(?:(?i:full|whole)\s)?(?P<unit>hour|day|week|month|year)(?![\w-])")
"""
One unit of time written with an article: "for a week", "more than a month", "about an hour".

Not "a decade": "a conflict of more than a decade" is a war's age told in passing, which the corpus's coders count
as no figure three times in four.
"""
_ONE_UNIT_CUE = re.compile(
    r"\b(?P<lead>(?i:for|last|lasts|lasted|took|takes|within|after|over|spent|spend|spends|spending|waited|wait|waits"
    r"|nearly|almost|about|around|roughly|more\sthan"
    r"|less\sthan|under|just\sover|barely))\s(?:(?P<bound>(?i:more\sthan|nearly|almost|about|around|roughly|less\sthan"
    r"|under|just\sover|over|only|just|barely))\s)?$"
)
"""What makes "a week" a length: a word of lasting or a bound before it; not "a week ago" or "twice a week"."""
_ONE_UNIT_OF_AFTER = re.compile(r"\sof\s(?!(?i:the|this|that|its|their|his|her|our|which|whom|it|them)\b)[a-z]")
"""A unit of something said after it, a length too: "a week of street fighting" (not "a year of the war's start")."""
_NAMED_DAYS = frozenset({"day", "hour"})
"""Units that name a time rather than last one before "of": "a day of mourning", "an hour of need"."""
_ONE_UNIT_NOT_AFTER = re.compile(r"\s(?i:ago|earlier|later|from\snow)\b|-")
_ONE_UNIT_BOUNDS = {
    "more than": Bound.AT_LEAST,
    "over": Bound.AT_LEAST,
    "just over": Bound.AT_LEAST,
    "nearly": Bound.AT_MOST,
    "almost": Bound.AT_MOST,
    "under": Bound.AT_MOST,
    "less than": Bound.AT_MOST,
    "barely": Bound.AT_MOST,
    "about": Bound.APPROX,
    "around": Bound.APPROX,
    "roughly": Bound.APPROX,
}
_ONE_UNIT_REACH = 20
_VAGUE_LEADS = frozenset({"within", "after", "for"})
_VAGUE_UNITS = frozenset({"day"})
"""
A day right after "within", "after" or "for", with no bound, is a loose while ("fighting resumed within a day"), which
the corpus's coders count as no figure four times in five; "for a week" stays a length.
"""
_ONE_UNITS = ("hour", "day", "week", "month", "year")
_ONE_UNIT_ARTICLE_REACH = 14
"""How far before a unit's word its article may start: "one whole " is the longest."""
_ONE_UNIT_WORD_REACH = 7


def _one_unit_lengths(
    analysis: Analysis, sentences: SentenceLookup, sources: dict[int, list[tuple[int, str]]]
) -> list[Figure]:
    """
    A length of one unit written with an article: "for a week" is one week, "more than a month" at least one.

    No number is written, so the numbers stage finds none; the words from the bound on are the evidence.
    """
    text = analysis.article.text
    found: list[Figure] = []
    words = analysis.phrases.word_starts()  # the units' words looked up, not the text scanned
    units = sorted(at for unit in _ONE_UNITS for at in words.get(unit, ()))
    for at in units:
        window = _ONE_UNIT.finditer(text, max(0, at - _ONE_UNIT_ARTICLE_REACH), at + _ONE_UNIT_WORD_REACH)
        match = next((m for m in window if m.start("unit") == at), None)
        if match is None:
            continue
        cue = _ONE_UNIT_CUE.search(text, max(0, match.start() - _ONE_UNIT_REACH), match.start())
        if cue is None and (
            match.group("unit").lower() in _NAMED_DAYS or _ONE_UNIT_OF_AFTER.match(text, match.end()) is None
        ):
            continue  # "twice a week", "a day of mourning"; but "a week of street fighting" is a length
        if _ONE_UNIT_NOT_AFTER.match(text, match.end()):
            continue  # "a week ago", "a week-long truce" (read as an adjective)
        if (
            cue is not None
            and cue.group("bound") is None
            and cue.group("lead").lower() in _VAGUE_LEADS
            and match.group("unit").lower() in _VAGUE_UNITS
        ):
            continue  # "within a day", "after a day": a loose while, not a length told
        said = "bound" if cue is not None and cue.group("bound") else "lead"  # "for more than a week", "more than"
        bound = _ONE_UNIT_BOUNDS.get(" ".join(cue.group(said).lower().split())) if cue is not None else None
        start = cue.start(said) if cue is not None and bound is not None else match.start()
        sentence = sentences.at(match.start())
        if sentence.start not in sources:
            sources[sentence.start] = _sources(analysis, sentence)
        unit = match.group("unit").lower() + "s"
        found.append(
            Figure(
                value=1,
                bound=bound or Bound.EXACT,
                unit=unit,
                category=FigureCategory.DURATION,
                subject=unit.removesuffix("s"),
                source=_source_at(sources[sentence.start], match.start()),
                text=text[start : match.end()],
                evidence=span_at(start, match.end()),
            )
        )
    return found


_FATES = frozenset(
    {
        FigureCategory.KILLED,
        FigureCategory.WOUNDED,
        FigureCategory.DISPLACED,
        FigureCategory.EVACUATED,
        FigureCategory.TRAPPED,
        FigureCategory.HOSTAGES,
        FigureCategory.RELEASED,
    }
)
_JOINED = re.compile(r",?\s(?:and|or)\s")
_OWN_FATE_AFTER = re.compile(r"(?:\s(?:were|was|among\sthe|among\sthose))?\s[\w-]+")
"""A fate said right after the noun of a part: "including 163 health workers killed"."""
_OF_THEM_AFTER = re.compile(r"\sof\s(?:them|whom)\b")
_PART_OF_THEM_AFTER = re.compile(r"\sof\s(?:them|whom|which|those)\b")
_OF_A_WHOLE_AFTER = re.compile(
    r"\sof\s(?:(?:the|its|their|his|her|our|the\s[a-z]+(?:'s|’s)|(?:[A-Z][\w-]{1,30}\s)?[A-Z][\w-]{1,30}(?:'s|’s))\s)?"
    r"(?:(?:roughly|some|about|nearly|almost|around|at\sleast|more\sthan)\s)?"
)
"""Before the whole a number is part of: "14 of Rakhine's 17 townships", "97 of 109 trucks"."""
_INCLUDED_BEFORE = re.compile(r"(?i:\b(?:including|among\sthem|among\swhom|of\swhom|of\sthem))\s(?:[a-z]+\s){0,2}$")


def _shared_fates(figures: list[Figure], text: str) -> list[Figure]:
    """
    Give the first of two joined counts of people the fate said after the second.

    "18 soldiers and at least 11 civilians were killed": the soldiers were killed too, not counted.
    """
    shared = list(figures)
    for index in range(len(shared) - 2, -1, -1):
        first, second = shared[index], shared[index + 1]
        if (
            first.unit == "people"
            and second.unit == "people"
            and first.category in {FigureCategory.COUNT, FigureCategory.OTHER}
            and second.category in _FATES
            and (
                _JOINED.fullmatch(text, first.evidence.end, second.evidence.start)
                or _listed_before(shared, index, text)
            )
        ):
            shared[index] = attrs.evolve(first, category=second.category)
    for index in range(1, len(shared)):
        first, second = shared[index - 1], shared[index]
        if (
            first.bound in _SHARED_BOUNDS
            and second.bound is Bound.EXACT
            and first.unit == second.unit == "people"
            and text.startswith(first.text, first.evidence.start)
            and _JOINED_COUNT.fullmatch(text, first.evidence.start + len(first.text), second.evidence.start)
        ):
            # "at least 63 militants and 14 civilians": the bound holds for both counts
            shared[index] = attrs.evolve(second, bound=first.bound)
    for index in range(1, len(shared)):
        first, second = shared[index - 1], shared[index]
        if (
            first.category in _FATES
            and second.category in {FigureCategory.COUNT, FigureCategory.OTHER}
            and second.unit == "people"
            and _PART_OF_THE_LAST.search(text, second.evidence.start, second.evidence.end)
            and "." not in text[first.evidence.end : second.evidence.start]
        ):
            # "at least 5,000 civilians have been killed ... since the start of the blockade, about 210 of them
            # children": a part of the count before shares its fate
            shared[index] = attrs.evolve(second, category=first.category)
    for index in range(1, len(shared)):
        first, second = shared[index - 1], shared[index]
        if (
            first.category in _FATES
            and first.unit == second.unit == "people"
            and second.category in {FigureCategory.COUNT, FigureCategory.OTHER}
            and _LISTED_AFTER.fullmatch(text, first.evidence.end, second.evidence.start)
            and not _A_STATE_OF_ITS_OWN.match(text, second.evidence.start)
        ):
            # "has killed at least 290 militants, 69 soldiers and policemen and 26 civilians": the list's fate
            shared[index] = attrs.evolve(second, category=first.category)
    return shared


def _listed_before(figures: list[Figure], index: int, text: str) -> bool:
    """
    Whether the count at `index` opens a list whose last count says the fate after it.

    "290 militants, 70 soldiers and policemen, and 27 civilians had been killed": each of the
    list's counts runs on to the next; a lone comma joins only inside a list of three or more,
    not "Of 200 residents, 30 were killed".
    """
    first, second = figures[index], figures[index + 1]
    gap = _LISTED_AFTER.fullmatch(text, first.evidence.end, second.evidence.start)
    if gap is None:
        return False
    return " and " in gap.group(0) or (
        index + 2 < len(figures)
        and _LISTED_AFTER.fullmatch(text, second.evidence.end, figures[index + 2].evidence.start) is not None
    )


_PART_OF_THE_LAST = re.compile(r"\s(?:of\s(?:them|whom)|among\s(?:them|whom))\b")
"""A part of the count before: "about 210 of them children"."""


_HOSTAGE_NOUN = re.compile(r"(?i:\b(?:hostages?|captives?)\b)")
_THE_OTHER = re.compile(r"(?i:\b(?:the\sother|another)\b)")
_SHARED_BOUNDS = frozenset({Bound.AT_LEAST, Bound.AT_MOST})  # "about 170 ... and six Israelis": six is exact
_LISTED_AFTER = re.compile(r"(?:(?:,|\sand)\s[A-Za-z'’-]+){0,2}(?:,\s(?:and\s)?|\sand\s)")
"""From one count of a list to the next: "[69 soldiers] and policemen and [26 civilians]"."""
_A_STATE_OF_ITS_OWN = re.compile(
    r"(?:[^.;]|\.\d){0,80}?\b(?:need|needs|needed|require|requires|missing|remain|remains|depend|depends|face|faces|lack|lacks)\b"
)
"""A state of its own told with the last of a list: "21.6 million, about two-thirds of the population, need aid"."""
_JOINED_COUNT = re.compile(r"\s[A-Za-z'’-]+(?:\s[A-Za-z'’-]+)?,?\s(?:and|or)\s")
"""From a count to the next one it is joined to: "[at least 63] militants and [14 civilians]"."""
