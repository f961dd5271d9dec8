"""
Stage: find the actors of a story, resolve their aliases, and record every mention.

Names come from the gazetteers (states with capitals and demonyms, organisations, leaders)
and from patterns built on them: titled persons ("Russian President Vladimir Putin"),
ministries ("the Russian Defense Ministry"), governments and forces ("Syrian regime",
"Assad's troops", "forces loyal to Bashar Assad"), generic parties ("opposition fighters").
Then the article's own aliases: a person's surname, "the ministry", "the regime", a capital
standing for the government the article names ("Damascus" for the Syrian government).

Every scan is one pass of one compiled alternation; overlaps are settled by preferring the
longer, more specific mention.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence

import attrs

from ceasefire._lexicon import ActorEntry, Lexicon
from ceasefire._model import Actor, ActorKind, Span, span_at
from ceasefire._parse._mentions import ActorMention, ActorTable, Analysis
from ceasefire._parse._text import (
    LETTERS,
    UPPER,
    Lookup,
    PhraseIndex,
    alternation,
    first_word_keys,
    keyed,
    one_line,
    phrase_pattern,
    word_pairs,
)


_POSSESSIVE_END = re.compile(r"['’]s?$")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


_NAME_REACH = 160
"""How far before "said" a name is looked for: more than any four-word name."""
_NAME_TOKENS = 7
"""The most space-separated words a name has: four, and a particle between each ("Staffan de Mistura")."""
_AGE_IN_COMMAS = re.compile(r",\s\d{1,3},\s(?=[a-z])")
"""An age in apposition: "Zahra Fahs, 41, was sweeping glass"."""
_LEADER_IN_COMMAS = re.compile(
    r",\s(?:(?:the|a|an|its|their)\s)?(?!(?:where|who|whom|whose|which|when|while|and|but|as|with)\s)"
    r"(?:[a-z][\w-]*\s){0,3}(?:leaders?|commanders?|chief|founder|head)\s(?:of|for)\s"
)
"""A leader in apposition: "Alexander Zakharchenko and Igor Plotnitsky, leaders of the self-styled republics"."""
_POSSESSIVE = r"(?:['’]s?)?"
# Between a name or demonym and a title: "Russian President", "Russia's Defense Minister", and an office
# in between: "U.S. National Security Council spokesperson".
# "the Libyan National Army (LNA)": a name of two words or more, then its acronym in brackets.
_ACRONYM = re.compile(
    r"\((?P<acronym>[A-Z][A-Za-z0-9&]{1,9}(?:-[A-Z][A-Za-z0-9]{0,5})?)\)"
)  # "(SPLA-IO)"  # the literal "(" makes the scan fast


_SPELLING_WORD = re.compile(r"[^\W\d_][\w’'.-]*|,")
_BETWEEN_INITIALS = frozenset({"of", "the", "on", "for", "and", "in", "de", "du", "des", "la", "le", "del", "et", ","})
"""Words an acronym skips: "Office of the Presidential Adviser on Peace, Reconciliation and Unity (OPAPRU)"."""


def _spelt_by_initials(text: str, bracket: int, acronym: str) -> int | None:
    """
    Where the name that an acronym spells begins, read backwards from its bracket; None if none does.

    Each capitalised word gives the acronym's next letter from the end, and small words between
    them give none, so a name with a comma or an "on" inside is read whole; a word that spells
    nothing ends the search ("Saudi Arabia (AP)" spells no AP).
    """
    if not acronym.isalpha() or not acronym.isupper():
        return None  # "SPLA-IO", "G9", "MoD": not spelt letter by letter
    window_start = max(0, bracket - _ACRONYM_REACH)
    remaining = len(acronym)
    for word in reversed(list(_SPELLING_WORD.finditer(text, window_start, bracket))):
        token = word.group(0)
        if token[0].isupper():
            if token[0] != acronym[remaining - 1]:
                return None
            remaining -= 1
            if remaining == 0:
                return word.start()
        elif token.lower() not in _BETWEEN_INITIALS:
            return None
    return None


def _after_a_titled_owner(tokens: list[str], leading_title: re.Pattern[str]) -> list[str]:
    """A body's words after a titled owner: "President Salva Kiir's Sudan People's Liberation Movement"."""
    owners = [i for i, word in enumerate(tokens[:-1]) if word.endswith(("'s", "’s"))]
    if owners and leading_title.match(" ".join(tokens[: owners[0] + 1])):
        return tokens[owners[0] + 1 :]
    return tokens


_NAME_WORD = rf"(?:[{UPPER}][\w’'.&-]*|(?:al|el)-[{UPPER}][\w’'-]*)"
_SENTENCE_END_WORD = re.compile(r"[^\W\d_][^\W_]{2,}\.")
"""A word of three letters or more with a full stop and no other: a sentence's last ("MEET."), not "U.N."."""
_NAMED_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:\s(?:(?:of|for)\s(?:the\s)?|(?:and|the|de|del|des|du|al|el|la|le)\s)?{_NAME_WORD}){{1,6}})\s$"
)
_ACRONYM_REACH = 120
"""How far before its acronym a name is looked for: more than any seven-word name."""
_MAX_ACRONYMS = 64
"""The most acronyms read from one text, so that the pattern of their later mentions stays small."""
_TAIL_WORD = rf"[{UPPER}][\w’'&-]*"
_OF_A_NAME_TAIL = re.compile(rf"\sof\s(?:the\s)?{_TAIL_WORD}(?:\s(?:and\s)?{_TAIL_WORD}){{0,3}}(?![\w’'&-])")
"""The rest of a body's name after its head: "Association of Private Hospitals", "Party of the Philippines"."""
_SOME_OF = frozenset({"Hundreds", "Thousands", "Dozens", "Scores", "Tens", "Some", "Many", "Several", "Most", "All"})
"""Words of how many that open a run of capitals before "of": "Hundreds of Mehdi Army fighters"."""
_HONORIFIC_JUST_BEFORE = re.compile(r"(?<![\w-])(?:Mr|Ms|Mrs|Miss)\.?\s$")
"""An honorific right before a name: "Ms Horgan said", "Mr. Murphy added"."""
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w’'.-])[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?\s$")
"""A capitalised word right before a surname, which may be its first name: "run by Siobhán Horgan"."""
_LOCATIVE_JUST_BEFORE = re.compile(r"(?<![\w-])(?i:in|from|at|near|outside|inside|around|across|throughout)\s$")
_OF_A_NAME_AFTER = re.compile(rf"\sof\s(?:the\s)?[{UPPER}]")
_OWNER_OF_ONE = re.compile(r"^(.+?)['’]s\s\S+$")
"""A titled name owning the one word after it: "King Faisal's Mukalla (initiatives)" is King Faisal."""
_JOINING_WORDS = frozenset({"and", "of", "for", "the"})
_OWNED_BY = re.compile(r"['’]s\s")
"""A possessive between an owner and what it owns: "Israel's Magen David Adom"."""
_SENTENCE_STOP = re.compile(r"(?<=[a-z])\.\s|\.\s(?=(?:The|A|An|It|He|She|They|We|This|That|In|On|But)\b)")
"""
A full stop after a word in lower case, or before a word that opens sentences, then a space: where
a sentence ends inside a run of names ("state television SSBC. The news was welcomed").
"""
_FOR_WHOM_AFTER_HEAD = re.compile(
    rf"\sfor\s(?:the\s)?[{UPPER}][\w’'&-]*(?:\s(?:(?:of|and)\s)?[{UPPER}][\w’'&-]*){{0,3}}"
)
"""What a body is for, after its head word: "Association for Political Prisoners"."""
_UNIT_NUMBER = re.compile(r"\s\d{1,3}(?![\d,.]\d)(?=[,.;:)]|$|\s(?![a-z]+s\b)[a-z]+\b|\s[A-Z(])")
"""A unit's number after its head word ("Battalion 99 shelled"); not a count of a plural ("Command 12 trucks")."""
_NUMBERED_HEADS = frozenset({"Battalion", "Brigade", "Division", "Regiment", "Command", "Corps", "Squadron", "Unit"})
_BARE_BEFORE = re.compile(
    r"(?<![\w-])(?i:the)\s(?:(?:internationally\s)?(?i:recogni[sz]ed)\s|[\w.]+-(?:backed|led|recogni[sz]ed|allied)\s"
    r"|(?:federal|central|transitional|interim|national)\s)?$"
)
"""What stands before a bare "government", "ministry" or "army" that refers back: "the", "the Saudi-backed"."""
_NOT_A_PARTY_AFTER = (
    r"(?!\s(?i:stations?|custody|headquarters|post|posts|checkpoints?|chief|spokes(?:man|woman|person)|officer"
    r"|commissioner|commander|official|cars?|vehicles?|patrols?|fields?|land|lands|speaker|building|square)\b)"
)
"""Nouns after a party's word that make it part of another name: "a police station", "farmers' fields" aside."""
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'’-]+)\s$")
"""The capitalised word right before a party's qualifier: a demonym, when the gazetteer knows it."""
_POLICED_AFTER = re.compile(
    r"\s(?:it|them|(?:the|a|an|this|that|its|any)\s(?:[\w-]+\s)?(?:truce|ceasefire|cease-fire|deal|agreement|accord"
    r"|border|zone|buffer|line|streets?|area|region|city|corridor|withdrawal|pullback|peace|plan|arrangements?))\b"
)
"""What "to police" is done to: then a verb, no party ("a joint military commission to police it")."""
_STATES_OWN_FORCES = frozenset({"aircraft", "air power", "peacekeepers"})
"""
Force words that make forces only of a state: "Russian aircraft", "Russian peacekeepers" (a body's are the body:
"Monusco peacekeepers" are MONUSCO, "ICRC aircraft" no forces).
"""


def _holds_such_forces(kind: ActorKind, forces: str) -> bool:
    """Whether a named party of `kind` may have forces called `forces` (see `_STATES_OWN_FORCES`)."""
    return forces not in _STATES_OWN_FORCES or kind is ActorKind.STATE


_SOURCES_AFTER = re.compile(
    r"\s(?:familiar\swith|close\sto|briefed\son|with\s(?:direct\s)?knowledge\sof|involved\sin|aware\sof|who\sspoke)\b"
)
"""After "people": sources left unnamed ("people familiar with the talks"), not civilians."""
_OWNER_BEFORE = re.compile(r"(?<![\w-])(?i:our|my|your|their|his|her)\s$")
"""An owner before "people": the speaker's own or someone's ("our people are home"), not the story's civilians."""
_STRUCK_PEOPLE_AFTER = re.compile(
    r"(?:\s[\w,'’-]+){0,6}?\s(?:(?:have|has|had|were|was)\s(?:been\s)?)?"
    r"(?:killed|dead|died|wounded|injured|hurt|missing)\b"
)
"""After "people": what struck them ("427 people have been killed"), counting the fallen on every side."""
_A_SEAT_IN_BEFORE = re.compile(r"(?<![\w-])(?i:members?\sof|speaker\sof|seats?\sin|house\sof|outside)\s(?:the\s)?$")
"""Words before a body that make it where someone sits, not the body acting: "a member of parliament"."""
_GOVERNMENT_ADJECTIVES = (
    r"(?:(?:federal|central|transitional|interim|national|military|military-led|army-led|internationally\srecogni[sz]ed"
    r"|(?:UN|U\.N\.)-recogni[sz]ed|legitimate|elected|exiled)\s)"
)
"""
Words between a state and its government that do not change whose it is ("Ethiopia's federal government",
"Yemen's internationally recognised government").
"""
_ARMY_WORDS = frozenset(
    {
        "army",
        "military",
        "armed forces",
        "forces",
        "troops",
        "soldiers",
        "ground forces",
        "warplanes",
        "jets",
        "air force",
    }
)
"""Words for a state's armed forces, or a part of them acting for them ("Israeli forces", "Israeli warplanes")."""
_BROKERED = re.compile(
    r"-(?:\s(?:and|or)\s(?:the\s)?[\w.’']+(?:\s[\w.’']+)?-)?(?:brokered|mediated|sponsored)\b"
    r"|-led\s(?=(?:peace\s)?(?:talks|negotiations|mediation|diplomacy|efforts)\b)"
)
"""
A broker before its deal, coordinated with another too: "a Russian-brokered truce", "a U.S.- and U.N.-brokered
truce", "U.S.-led talks".
"""
_BACKED = re.compile(r"-(?:backed|supported|funded|aligned|allied)\b")
_EXPERTS_AFTER = re.compile(
    r"\s(?:(?:panel|group|team)\sof\s)?(?:(?:human\srights|sanctions|independent|nuclear|weapons|war\scrimes)\s)?"
    r"(?:experts|investigators|inspectors)(?![\w-])"
)
"""
The experts a body sends or names, a party of their own: "U.N. experts", "a UN group of experts",
"United Nations human rights experts" (named as written, as their reports are cited).
"""
_FAMOUS_SURNAME_LENGTH = 4
"""A known leader's surname read alone, with no full name before it, has five letters or more ("Putin")."""
_WORD_GOES_ON = re.compile(r"[\w-]")
_CAPITALISED_BESIDE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*\s$")
"""A capitalised word right before a surname: a title or a given name read by the other rules."""
_NAME_GOES_ON = re.compile(r"\s(?:[A-Z][a-z]|(?:al|el|bin|ibn|ben|abu|de|van|von)[\s-])")
_PLACE_OR_NAME_BESIDE = re.compile(
    r"(?i:\b(?:in|to|from|near|of|at|into|towards?|outside|around|via|through)\s(?:the\s)?)$"
)
"""A preposition of place before a surname: "hospitals in Kobani", "the town of Baghdadi" are places."""
_SURNAME_LENGTH = 4
"""Shorter surnames ("Kim", "Ali") are too common to stand for one known person alone."""
_PLACE_PREPOSITION = re.compile(
    r"(?<![\w-])(?:(?i:in|from|at|near|outside|inside|across|of)\s(?:(?i:downtown|central|greater|the)\s)?"
    r"(?:[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?(?:,\s[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)*(?:,?\s(?:and|or)\s|,\s))?"
    r"|(?i:capital|city)(?:\sof)?,?\s)$"
)
"""
Before a capital, words that make it a place ("talks in Washington", "much of downtown
Port-au-Prince", "who control the capital Sanaa", "the capital, Kyiv").
"""
_MILITARY_ADJECTIVE = re.compile(
    r"\s(?:operations?|activit(?:y|ies)|action|campaign|offensive|presence|pressure|aid|equipment|support"
    r"|bases?|targets?|vehicles?|positions?|infrastructure|assistance|escalation|build-up|buildup)\b"
)
"""Nouns after "military" that make it an adjective: "Israeli military operations" name no actor."""
_CONTROLLED = re.compile(r"-(?:run|held|controlled|occupied|led|backed|allied|aligned|ruled)\b")
_PLACE_ROUTE_BEFORE = re.compile(
    r"(?i:\b(?:via|through|towards?|(?:town|village|city|district|neighbou?rhood|suburb|outskirts|enclave)\sof))\s$"
)
"""Words before a place named like a titled person: "leave via Sheikh Miskin", "the town of Sheikh Miskeen"."""
_TRADE_AFTER = re.compile(
    r"\s(?:economist|analyst|strategist|correspondent|editor|researcher|specialist|expert|representative)s?\b"
)
"""A trade right after a title's capitalised words: "chief Asia economist", "senior Middle East analyst"."""
_TWICE_APPOSED_REACH = 200
"""How far before a cue a name told with two appositions may start: two clauses of up to 90 and 80 characters."""
_PEOPLE_OF_A_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:residents|inhabitants|villagers|people|citizens|mayor|governor|elders|families)\s(?:of|in|from)\s)$"
)
"""The people of a place before its name and a verb of saying: "Residents of Ain Zara said"."""
_SAYING_AFTER = re.compile(r"\s(?:said|says|told|added|wrote|stated|insisted|warned)\b")
_MEMBER_OF_BEFORE = re.compile(r"\sof\s(?:the\s)?$")
"""A name's body after it: "Ahmed Ali of the Red Crescent", "Kieran Hegarty of Hegarty's Seafood"."""
_BODY_OF_BEFORE = re.compile(r"\b(?:Ministry|Department|Office|Council|Commission|Committee|Agency|Bureau)\sof\s$")
_NEXT_CAPITALISED = re.compile(r"\s([A-Z][a-z]+)\b")
_PLACE_OF_BEFORE = re.compile(r"(?<![\w-])(?:of|in|from|at|near|between)\s$")
"""A word before a name that makes a place of it: "Residents of Kfar Roummane and Deir Mimas"."""
_NAME_AFTER = re.compile(r"\s[A-Z]")
"""A capitalised word after a title: a name follows ("the minister Sergei Lavrov"), read by the titled rule."""
_GROUP_NAME_AFTER = re.compile(
    r"\s(?!(?:Armed|Defen[cs]e|Air|Ground|Security|Border|Special)\b)[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2}"
    r"\s(?:Liberation|Army|Forces|Front|Movement|Brigades?|Battalions?)(?![\w])"
)
"""Capitalised words after a state that make it part of a group's name: " People's Liberation Army"."""
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?]\s)\b([A-Z][\w-]*)\s$")  # not the first word of a sentence
_CAPITALISED_AFTER = re.compile(r"\s[A-Z][a-z]")
_SHOUTED_NAME = 4
_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}[?!,]?\s$")
_CAPITALS_AFTER = re.compile(r"\s[A-Z]{2,}\b")
_NAME_WITH_PARTICLE_BEFORE = re.compile(
    rf"[{UPPER}][\w’'-]*\s(?:da|de|do|dos|das|del|della|di|du|des|al|el|la|le|van|von|bin|ibn)\s$"
)
"""The first words of a longer name before a capital's name: "Mocimboa da Praia" is a town, not Cape Verde."""
_SERVED = r"(?:the\s)?[A-Za-z][\w.’'-]*(?:\s[\w.’'-]+){0,4}"
"""
What a title serves, before a comma: "Sudan", "the Democratic Republic of Congo", "the U.N. refugee
agency"; without a comma, one word only ("UNICEF Representative in Sudan Marianne Okello").
"""
_TITLE_GAP = re.compile(rf"{_POSSESSIVE}\s(?:(?P<org>[A-Z][\w-]*(?:\s[A-Z][\w-]*){{0,3}})\s)??")


@attrs.frozen
class _Tables:
    """The actor knowledge of a lexicon, compiled once."""

    by_name: dict[str, ActorEntry]
    by_demonym: dict[str, ActorEntry]
    militaries: dict[str, ActorEntry]
    """A state's armed forces, where the gazetteer knows exactly one ("Sudan" gives the Sudanese Armed Forces)."""
    by_surname: dict[str, ActorEntry]
    """Known persons by a surname no other known person has ("Zelenskiy"), for "Zelenskiy wrote"."""
    surname_eras: dict[str, tuple[ActorEntry, ...]]
    """Known persons sharing a surname, each of an era ("Bush"): the story's year tells which (`known_by_surname`)."""
    famous_keys: dict[str, list[str]]
    """
    The surnames of five letters or more of known leaders, read alone ("Putin offers new pause"), by the `word_key`
    of their first word, for lookup in the text's word index.
    """
    metonyms: frozenset[str]
    party_family: dict[str, str]
    family_kind: dict[str, ActorKind]
    not_names: frozenset[str]
    regions: frozenset[str]
    not_name_ends: frozenset[str]
    """The words no name ends in: `not_names` but for abbreviations that are surnames too ("Hun Sen")."""
    office_words: frozenset[str]
    """Words that end an office's name, never begin a person's: "Minister for Disaster Management Raja Amjad Ali"."""
    common_name_words: frozenset[str]
    """Words many bodies' names share: a name like a gazetteer's only in these is another body's."""
    body_openers: frozenset[str]
    """Words that name nothing alone but may open a body's name ("the State Administration Council")."""
    leading_title: re.Pattern[str]
    org_heads: dict[str, ActorKind]
    insurgent_name_words: frozenset[str]
    """Words that make an army's unknown name a rebel force's: "Sudan Liberation Army", "Revolutionary Army"."""
    unit_openers: frozenset[str]
    """Arabic words for a unit that open armed groups' names: "Liwa Ahrar al-Shamal", "Kataib Sayyid al-Shuhada"."""
    speaking_heads: dict[str, ActorKind]  # heads of bodies read where they speak: org_heads and speaking_only
    speaking_only: frozenset[str]  # "Hospital": a body only where it speaks
    hits: re.Pattern[str]
    titled: re.Pattern[str]
    ministry: re.Pattern[str]
    ministry_of: re.Pattern[str]
    compound_tail: re.Pattern[str]
    body_name: re.Pattern[str]
    head_keys: frozenset[str]
    parties: re.Pattern[str]
    party_qualifier_before: re.Pattern[str]
    party_qualifiers: Mapping[str, str]  # by lower case: the qualifier as the lexicon writes it ("sunni": "Sunni")
    group_name_not_words: frozenset[str]
    """Lower-case words that make "the ... group" a kind or a forum, not a name: "the Islamist group"."""
    peoples: re.Pattern[str]
    described: re.Pattern[str]
    seated: re.Pattern[str]
    not_seats: frozenset[str]
    loyal: re.Pattern[str]
    cue_before: re.Pattern[str]
    cue_before_clause_end: re.Pattern[str]
    cue_after: re.Pattern[str]
    aged: re.Pattern[str]
    named_last: re.Pattern[str]
    cue_after_words: re.Pattern[str]
    apposition_cues: frozenset[str]
    bare: re.Pattern[str]
    title_alone_tail: re.Pattern[str]
    apposition: re.Pattern[str]
    apposed: re.Pattern[str]
    apposed_twice: re.Pattern[str]
    fronted: re.Pattern[str]
    role_then_name: re.Pattern[str]
    joined_after: re.Pattern[str]
    joined_before: re.Pattern[str]
    place_after: re.Pattern[str]
    facility_heads: frozenset[str]
    documents: frozenset[str]
    source_before: re.Pattern[str]
    source_tie: re.Pattern[str]
    place_before: re.Pattern[str]
    forces_after: re.Pattern[str]
    government_heads: frozenset[str]
    state_media: frozenset[str]


def _is_metonym(entry: ActorEntry, alias: str) -> bool:
    """A state's alias that names a place (its capital, "the Kremlin"), not the state itself."""
    if entry.kind is not ActorKind.STATE:
        return False
    compact = alias.replace(".", "")
    return entry.name not in alias and not compact.isupper() and not any(d in alias for d in entry.demonyms)


_WORD_LIKE_ACRONYM = re.compile(r"[A-Z]{4,}")
"""An acronym long enough to be written as a word in British style: "UNITA" as "Unita", "MONUSCO" as "Monusco"."""
_LEADING_INITIALS = re.compile(r"((?:[A-Z]\.){2,3}|[A-Z]{2,3})\s")


def _spellings(name: str) -> tuple[str, ...]:
    """
    A name, and the same with its leading initials written the other way.

    "UN Office for the Coordination of Humanitarian Affairs" is also written "U.N. Office ...".
    """
    initials = _LEADING_INITIALS.match(name)
    if initials is None:
        return (name,)
    letters = initials.group(1).replace(".", "")
    rest = name[initials.end(1) :]
    return tuple(dict.fromkeys((name, letters + rest, ".".join(letters) + "." + rest)))


@functools.lru_cache(maxsize=8)
def _tables(lexicon: Lexicon) -> _Tables:
    by_name: dict[str, ActorEntry] = {}
    by_demonym: dict[str, ActorEntry] = {}
    metonyms: set[str] = set()
    place_words = tuple(f"{word} " for word in lexicon.word_list("actor.place_words_before"))
    not_words = frozenset(lexicon.word_list("actor.acronyms_not_written_as_words"))
    for entry in lexicon.actors:
        for name in (spelling for listed in entry.names for spelling in _spellings(listed)):
            by_name.setdefault(name, entry)
            if _WORD_LIKE_ACRONYM.fullmatch(name) and name not in not_words:
                by_name.setdefault(name.capitalize(), entry)  # "Unita", "Monusco": an acronym written as a word
            # "Port Sudan" names its state the way "Khartoum" does, though the state's name is in it
            if _is_metonym(entry, name) or (entry.kind is ActorKind.STATE and name.startswith(place_words)):
                metonyms.add(name)
        for demonym in entry.demonyms:
            by_demonym.setdefault(demonym, entry)
    armed: dict[str, list[ActorEntry]] = {}
    for entry in lexicon.actors:
        if entry.kind is ActorKind.MILITARY and entry.affiliation:
            armed.setdefault(entry.affiliation, []).append(entry)
    militaries = {state: entries[0] for state, entries in armed.items() if len(entries) == 1}
    surnames: dict[str, set[str]] = {}
    given_names: set[str] = set()
    for entry in lexicon.actors:
        if entry.kind is ActorKind.PERSON:
            for name in (entry.name, *entry.aliases):
                tokens = name.split()
                given_names.update(tokens[:-1] if len(tokens) > 2 else tokens[:1])  # "Abd-Rabbu Mansour Hadi"
                if len(tokens) >= 2 and len(tokens[-1]) >= _SURNAME_LENGTH and "of" not in tokens:
                    surnames.setdefault(tokens[-1], set()).add(entry.name)  # not "King Abdullah of Saudi Arabia"
    by_surname = {  # one known person's, and nobody's given name ("Ahmed", "Abbas" are both)
        surname: by_name[next(iter(owners))]
        for surname, owners in surnames.items()
        if len(owners) == 1 and surname not in by_name and surname not in given_names
    }
    # several known persons', each of an era: "Bush" is George Bush in 1991, George W. Bush in 2003
    surname_eras = {
        surname: tuple(sorted((by_name[owner] for owner in owners), key=lambda entry: entry.name))
        for surname, owners in surnames.items()
        if len(owners) > 1
        and all(by_name[owner].era is not None for owner in owners)
        and surname not in by_name
        and surname not in given_names
    }
    famous = [
        surname
        for surname in [*by_surname, *surname_eras]
        if len(surname) > _FAMOUS_SURNAME_LENGTH and "." not in surname
    ]
    famous_keys: dict[str, list[str]] = {}
    for surname in famous:
        keys = first_word_keys((surname,))
        if keys:
            famous_keys.setdefault(next(iter(keys)), []).append(surname)
    particles = alternation(lexicon.word_list("actor.name_particles"))
    word = rf"[{UPPER}]{LETTERS}(?:-[^\W\d_]{LETTERS})?"  # "García", "Çavuşoğlu", "Abu-Bakr"
    # "Sheikh Mohammed bin Abdulrahman Al Thani"; "N. Biren Singh", "S.P. Thamilselvan", with initials; "Mark W.
    # Clark", with a middle one; "William K. Harrison Jr."
    name = (
        rf"(?:[{UPPER}]\.(?:\s?[{UPPER}]\.){{0,2}}\s)?{word}(?:\s(?!(?:Jr|Sr)\.)(?:[{UPPER}]\.\s)?(?:(?:{particles})[\s-]){{0,2}}{word}){{0,4}}"
        r"(?:\s(?:Jr|Sr)\.(?=[\s,]))?"
    )
    known = alternation(by_name)
    heads_alt = alternation(list(word_pairs(lexicon, "actor.org_heads")))
    demonym = alternation(by_demonym)
    types = lexicon.word_list("actor.ministry_types")
    ministers = [f"{t} {m}" for t in types for m in ("Minister", "minister", "Secretary", "secretary")]
    titles = alternation((*_written_titles(lexicon.titles), *ministers))
    prefixes = lexicon.word_list("actor.title_prefixes")
    government_heads = lexicon.word_list("actor.government_heads")
    # "the Nigerian Army", "Israeli Air Force": some outlets capitalise a state's forces
    forces = alternation(sorted({v for f in lexicon.word_list("actor.forces_heads") for v in (f, f.title())}))
    party_family = {p.lower(): f for p, f in word_pairs(lexicon, "actor.parties").items()}
    # "Syrian state television": a state's own media, named with its demonym like "Syrian opposition"
    state_media = [p for p, f in word_pairs(lexicon, "actor.parties").items() if f == "state media"]
    # "Kenyan police", "Syrian opposition", "Iraqi militias": a state's or a people's own party, named with its demonym
    heads = alternation(
        (*government_heads, "opposition", "rebels", "separatists", "civilians", "police", "militias", *state_media)
    )
    family_kind = {f: ActorKind(k) for f, k in word_pairs(lexicon, "actor.party_kinds").items()}
    boundary = r"(?<![\w-])"
    source_qualifiers = f"(?:{alternation(lexicon.word_list('actor.source_qualifiers'), ignore_case=True)})"
    return _Tables(
        # looked up by words found in the text, wherever its lines were broken
        by_name=Lookup(by_name),
        by_demonym=Lookup(by_demonym),
        militaries=Lookup(militaries),
        by_surname=Lookup(by_surname),
        surname_eras=Lookup(surname_eras),
        famous_keys=famous_keys,
        metonyms=frozenset(metonyms),
        party_family=Lookup(party_family),
        family_kind=family_kind,
        not_names=frozenset(lexicon.word_list("actor.not_names")),
        regions=frozenset(lexicon.word_list("actor.regions")),
        not_name_ends=frozenset(lexicon.word_list("actor.not_names"))
        - frozenset(lexicon.word_list("actor.surname_abbreviations")),
        office_words=frozenset(lexicon.word_list("actor.office_words")),
        common_name_words=frozenset(w.lower() for w in lexicon.word_list("actor.common_name_words")),
        body_openers=frozenset(lexicon.word_list("actor.body_openers")),
        org_heads=Lookup({head: ActorKind(kind) for head, kind in word_pairs(lexicon, "actor.org_heads").items()}),
        insurgent_name_words=frozenset(lexicon.word_list("actor.insurgent_name_words")),
        unit_openers=frozenset(lexicon.word_list("actor.unit_openers")),
        speaking_heads=Lookup(
            {
                head: ActorKind(kind)
                for pairs in (word_pairs(lexicon, "actor.org_heads"), word_pairs(lexicon, "actor.speaking_heads"))
                for head, kind in pairs.items()
            }
        ),
        speaking_only=frozenset(word_pairs(lexicon, "actor.speaking_heads")),
        # "the Levant Policy Institute", "Sudan Doctors' Union": capitalised words ending in a body's head word.
        # The capital comes first and the boundary after it, so the engine skips ahead to capitals.
        head_keys=frozenset(head.lower() for head in word_pairs(lexicon, "actor.org_heads")),
        body_name=re.compile(
            # A digit or a capital first, and the boundary tested after it, so that the engine skips ahead
            # to digits and capitals instead of trying every position. Then either a unit named by a number
            # ("the 444th Combat Brigade", "the 444 Brigade"; not "14 World Food Programme trucks", a count)
            # or capitalised words ending in a head word ("the Levant Policy Institute").
            rf"[0-9{UPPER}](?<![\w&'’.,+-].)"
            rf"(?:(?<=\d)\d{{0,3}}(?:(?:st|nd|rd|th)(?:\s[{UPPER}][\w’'&-]*){{0,2}}\s(?:{heads_alt})"
            rf"|\s(?:Brigade|Division|Battalion|Regiment|Corps|Squadron))"
            rf"|(?<!\d)[\w’'&-]*(?:\s(?:(?:of|for|and|the|de)\s)?[{UPPER}][\w’'&.-]*){{0,6}}\s(?:{heads_alt})"
            # "the Assistance Association for Political Prisoners": what the body is for, after its head
            rf"(?:\sfor\s(?:the\s)?[{UPPER}][\w’'&-]*(?:\s(?:(?:of|and)\s)?[{UPPER}][\w’'&-]*){{0,3}})?"
            # "Light Infantry Battalion 99", "Military Operations Command 16": a unit's number after its name
            rf"(?:\s\d{{1,4}}(?![\d,.]\d)(?=[\s,.;:)]|$))?)"
            rf"(?![\w-])"
        ),
        hits=keyed(
            re.compile(
                rf"{boundary}(?:(?P<name>{known})|(?P<dem>{demonym}))(?![\w$])"
                r"(?!-(?!led\b|backed\b|brokered\b|mediated\b|sponsored\b|funded\b|supported\b|aligned\b|allied\b|\s(?:and|or)\s))"
            ),
            [*by_name, *by_demonym],
        ),
        # "Houthi spokesman Mohammed Abdulsalam", "the coordinator for Sudan, Clementine Nkweta-Salami",
        # "spokesman, Col. Turki al-Maliki": a title, what it serves, ranks, then the name
        titled=keyed(
            re.compile(
                rf"{boundary}(?P<title>(?:(?:{alternation(prefixes)})\s)?{titles})(?:\s(?:a\.i\.|ad\sinterim))?"
                rf"(?:\s(?:for|in|to|at|of)\s(?:(?P<for>{_SERVED}),|(?P<in>[A-Z][\w.’'-]*)))?,?\s"
                # "commander, US General Wesley Clark": a state's short name or demonym before the rank
                rf"(?:(?:(?:{demonym}|[A-Z]{{2,3}}|U\.S\.|U\.K\.)\s)?(?:{alternation(lexicon.word_list('actor.ranks'))})\s)?"
                rf"(?P<person>{name})(?![\w-])"
            ),
            [*_written_titles(lexicon.titles), *ministers, *prefixes],
        ),
        ministry=re.compile(
            rf"{boundary}(?:(?P<pre>{demonym}|{known}){_POSSESSIVE}\s)?"
            rf"(?P<type>{alternation(types, ignore_case=True)})\s(?i:ministry)(?![\w-])"
        ),
        # "Russia's ministry of foreign affairs", "the ministry of interior": the same, written the other way
        ministry_of=re.compile(
            rf"{boundary}(?:(?P<pre>{demonym}|{known}){_POSSESSIVE}\s)?"
            rf"(?i:ministry\sof\s(?:the\s)?)(?P<type>{alternation(types, ignore_case=True)})(?![\w-])"
        ),
        compound_tail=re.compile(
            rf"{_POSSESSIVE}(?:-(?:led|backed|supported|funded|aligned|allied))?\s"
            rf"(?:(?P<forces>(?:government\s|regime\s)?{forces})(?!\s(?:government|regime|junta)\b)"
            rf"|{_GOVERNMENT_ADJECTIVES}?(?P<head>{heads})"
            # "Russia's General Staff", "the Turkish General Staff": a state's command of its forces
            r"|(?P<staff>[Gg]eneral\s[Ss]taff)"
            r"|(?P<members>fighters|militants|gunmen|insurgents|guerrillas|militiamen|members|commanders))(?![\w-])"
        ),
        parties=keyed(
            # "a police station", "in police custody": a word of another thing's name, no party
            re.compile(rf"{boundary}(?:{alternation(party_family, ignore_case=True)})(?![\w-]){_NOT_A_PARTY_AFTER}"),
            party_family,
        ),
        # "local rights groups", "allied militias", "Sunni tribal leaders": a kind of the party, part of its name
        party_qualifier_before=re.compile(
            rf"{boundary}(?P<qualifier>{alternation(lexicon.word_list('actor.party_qualifiers'), ignore_case=True)})"
            r"\s$"
        ),
        party_qualifiers={q.lower(): q for q in lexicon.word_list("actor.party_qualifiers")},
        group_name_not_words=frozenset(w.lower() for w in lexicon.word_list("actor.group_name_not_words")),
        peoples=keyed(re.compile(rf"{boundary}(?P<dem>{demonym})s(?![\w-])"), [f"{d}s" for d in by_demonym]),
        # "the German aid group Welthungerhilfe", "the state news agency Wam": a body named after what it is
        described=keyed(
            re.compile(
                rf"{boundary}(?P<what>(?i:aid|relief|humanitarian|rights|medical|charity|development|news|state))"
                r"\s(?i:group|agency|charity|organi[sz]ation|NGO|broadcaster|television|TV|news\sagency|media)"
                rf"\s(?P<name>[{UPPER}][\w'’&.-]*(?:\s[{UPPER}][\w'’&.-]*){{0,4}})(?![\w-])"
            ),
            ["aid", "relief", "humanitarian", "rights", "medical", "charity", "development", "news", "state"],
        ),
        # "the Tobruk government", "the Kismayo administration": a government named by its seat; the
        # head is what is looked for (the seat, before it, is read in `_SEAT_BEFORE`)
        seated=keyed(
            re.compile(rf"{boundary}(?:{alternation(lexicon.word_list('actor.seat_heads'))})(?![\w-])"),
            lexicon.word_list("actor.seat_heads"),
        ),
        not_seats=frozenset(lexicon.word_list("actor.not_seats")),
        loyal=keyed(
            re.compile(
                rf"{boundary}(?i:forces|troops|fighters|militias?)\s(?i:loyal\sto)\s(?:President\s)?(?P<person>{name})"
            ),
            ["forces", "troops", "fighters", "militia", "militias"],
        ),
        cue_before=keyed(
            re.compile(
                rf"{boundary}(?i:{alternation(lexicon.word_list('actor.person_cues_before'))})\s(?P<person>{name})(?![\w-])"
            ),
            lexicon.word_list("actor.person_cues_before"),
        ),
        cue_before_clause_end=keyed(
            re.compile(
                rf"{boundary}(?i:{alternation(lexicon.word_list('actor.person_cues_before_clause_end'))})"
                rf"\s(?P<person>{name})(?=[,.;:]|$)"
            ),
            lexicon.word_list("actor.person_cues_before_clause_end"),
        ),
        cue_after=re.compile(
            rf"{boundary}(?P<person>{name})\s(?:{alternation(lexicon.word_list('actor.person_cues_after'))})(?![\w-])"
        ),
        # "Valentyna Hrytsenko, 84, who had lived in the home": a person, by the age after the name
        aged=re.compile(rf"{boundary}(?P<person>{name}),\s\d{{1,3}},\s$"),
        named_last=re.compile(rf"{boundary}(?P<person>{name})$"),
        cue_after_words=phrase_pattern(
            (*lexicon.word_list("actor.person_cues_after"), *lexicon.word_list("actor.person_cues_after_apposition")),
            ignore_case=False,
        ),
        apposition_cues=frozenset(lexicon.word_list("actor.person_cues_after_apposition")),
        # "the regime", "the ministry", "the army": matched at the head word, "the" read behind it
        bare=keyed(
            re.compile(
                rf"(?<![\w-])(?:(?P<government>{alternation(government_heads)})"
                rf"|(?P<ministry>(?i:ministry))|(?P<military>(?i:army|military)))(?![\w-])"
            ),
            [*government_heads, "ministry", "army", "military"],
        ),
        forces_after=re.compile(rf"{_POSSESSIVE}\s(?i:{forces})(?![\w-])"),
        leading_title=re.compile(rf"(?:{titles})\s(?=[{UPPER}])"),
        title_alone_tail=re.compile(rf"\s(?P<title>(?i:{titles}))(?!\s+[A-Z])(?![\w-])"),
        # "Stefan Brunner, the ICRC's regional director, said": a name, its apposition, then the cue
        # "Stefan Brunner, the ICRC's regional director, said"; "Normina Macarambon, 52, said";
        # "Davit Kiknadze, secretary of Georgia's National Security Council, told"
        apposed=re.compile(
            rf"{boundary}(?P<person>{name}),\s(?:(?:the|a|an)\s[^,;:\"“”()]{{1,90}}|\d{{1,3}}"
            # "Iryna Savchenko, Ukraine's deputy minister for reintegration, said"
            rf"|[A-Z][\w.-]*['’]s\s[a-z][^,;:\"“”()]{{1,60}}"
            # "Kavira Masika, who fled Kanyabayonga in June with her children, said"
            rf"|who\s[^,;:\"“”()]{{1,80}}"
            # "Youssef Naji, reporting from Rafah, said"
            rf"|[a-z]{{3,}}ing\s[^,;:\"“”()]{{1,60}}"
            rf"|(?!(?:one|some|many|most|all|each|both|part|home|among|two|three)\b)"
            rf"[a-z][a-z-]+(?:\s[a-z][a-z-]+)?\s(?:of|for|at|to|in)\s[^,;:\"“”()]{{1,60}})"
            # "Emmanuel Bizimana, spokesman for the Congo River Alliance (AFC), said": its acronym after it
            r"(?:\s\([A-Z][A-Za-z0-9.&-]{1,12}\))?,\s$"
        ),
        # "Abu Omar al-Halabi, a spokesman for Faylaq al-Sham, one of the rebel factions holding the town, told": what
        # the body is, told after the name's apposition, all in one sentence
        apposed_twice=re.compile(
            rf"{boundary}(?P<person>{name}),\s(?:the|a|an)\s[^,;:\"“”()\n.!?]{{1,90}}"
            rf",\s(?:one\sof|part\sof|which|the|a|an)\s[^,;:\"“”()\n.!?]{{1,80}},\s$"
        ),
        # "The region's human rights ombudsman, Artur Sargsyan, said", "A local elder, Hassan Mohamud Dirie, said":
        # the role opens the sentence, the name follows it in commas, then the cue
        fronted=re.compile(
            r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:But|And|Meanwhile),?\s)?(?:The|A|An|Its|His|Her|Their|[A-Z][\w.-]*['’]s)\s"
            rf"[a-z][^,;:\"“”()\n]{{0,90}},\s(?P<person>{name}),\s$"
        ),
        # 'said the group's country director, Ingrid Solvang.': the role after the cue, the name closing the clause
        role_then_name=re.compile(
            r"(?:said|says|added|adds)\s(?:the|a|an|(?:the\s)?[A-Z][\w.-]*['’]s)\s"
            rf"[a-z][^,;:\"“”()\n.!?]{{0,80}},\s(?P<person>{name})(?=[.,;]|$)"
        ),
        # "Chefs Rohan Mistry and Kavita Deshmukh", "Delia Marsh and Tobias Wren, who play": a person's partner
        joined_after=re.compile(rf"\s(?:and|&)\s(?P<person>{name})(?![\w-])"),
        joined_before=re.compile(rf"(?<![\w.-])(?P<person>{name})\s(?:and|&)\s$"),
        facility_heads=frozenset(lexicon.word_list("actor.facility_heads")),
        documents=frozenset(lexicon.word_list("actor.document_heads")),
        # "Egyptian security sources", "a local medical source": qualifiers, a demonym first or not
        source_before=re.compile(
            rf"(?<![\w-])(?:(?P<lead>[A-Z][a-z]+)\s)?(?P<qualifiers>{source_qualifiers}(?:\s{source_qualifiers})?)\s$"
        ),
        source_tie=re.compile(rf"\s(?:{alternation(lexicon.word_list('actor.source_ties'))})(?![\w-])"),
        place_after=re.compile(rf"\s(?:{alternation(lexicon.word_list('actor.place_heads'))})(?![\w-])"),
        place_before=re.compile(rf"(?<![\w-])(?:{alternation(lexicon.word_list('actor.place_words_before'))})[\s-]$"),
        # "Volker Perthes, the U.N. envoy for Sudan", "Adnan Khatib, a spokesman for the Failaq al-Rahman group"
        apposition=re.compile(
            rf",\s(?:a|an|the|(?P<owner>[A-Z][\w.-]*)['’]s)\s(?:(?P<pre>[^,;:\"“”()]{{1,40}}?)\s)?"
            rf"(?P<title>(?i:{titles}))(?![\w-])"
            rf"(?:\s(?:for|of|at|with|in)\s(?P<org>[^,;:\"“”()]{{1,60}}?))?(?=[,.;:\"“”()]|\s*$)"
        ),
        government_heads=frozenset(government_heads),
        state_media=frozenset(state_media),
    )


@attrs.frozen
class _Found:
    """A mention before actors are built: what it names and how sure the pattern is."""

    start: int
    end: int
    name: str
    kind: ActorKind
    rank: int  # higher wins an overlap of equal length
    title: str | None = None
    affiliation: str | None = None
    defined: bool = False  # a name spelt out before its acronym: its extent is known, whatever overlaps it
    backer: bool = False  # a state named only as another's backer ("the Iran-backed Houthis"): not the story's own


def _last_title(found: list[_Found], after: int) -> str | None:
    """The title of the last titled mention ending after `after` (mentions are found in text order)."""
    near = itertools.takewhile(lambda f: f.end > after, reversed(found))
    return next((f.title for f in near if f.title), None)


_FULL_NAME_TOKENS = 2
_JOINS = frozenset({"of", "for", "and", "de"})
_BODY_REACH = 160
"""How far before its head word a body's name may start: longer than any name of six words."""
_FORCE_HEADS = frozenset({"Army", "Forces", "Force", "Guard", "Guards", "Command", "Coalition"})
"""Words a person's name has at least when it stands after a body's name ("Council Arsen Tadevosyan")."""


def _written_titles(titles: Iterable[str]) -> list[str]:
    """
    Each title as the lexicon lists it and in lower case, in British spelling too.

    "The high commissioner for peace, Óscar Patiño Córdoba", "the humanitarian co-ordinator for
    Sudan": papers write offices in lower case in apposition. Titles of three letters or fewer
    ("MP", "Sen.") are kept as written.
    """
    written = {t for title in titles for t in (title, title.lower() if len(title) > _SHORT_TITLE else title)}
    written |= {t.replace("coordinator", "co-ordinator") for t in written if "coordinator" in t}
    written |= {t.replace("Coordinator", "Co-ordinator") for t in written if "Coordinator" in t}
    return sorted(written)


_SHORT_TITLE = 3


def _without_possessive(words: str) -> str:
    """`words` without a possessive ending ("Haddad's" -> "Haddad"); most have no apostrophe to look for one after."""
    return _POSSESSIVE_END.sub("", words) if "'" in words or "’" in words else words


def _last_word(name: str) -> str:
    """The surname-like last word of a name ("" for a blank one)."""
    words = name.split()
    return words[-1] if words else ""


def _trim_name(words: str, tables: _Tables) -> str:
    """Drop leading and trailing words that cannot be part of a name ("Putin Tuesday" -> "Putin")."""
    tokens = _without_possessive(words).split()
    while tokens and tokens[-1] in tables.not_name_ends:
        tokens.pop()
    while tokens and tokens[0] in tables.not_names:
        tokens.pop(0)
    return " ".join(tokens)


def _without_owner(words: str, tables: _Tables) -> str:
    """
    A person's name without the known body before it: "Al Jazeera's Youssef Naji" is Youssef Naji.

    Not a place's ("Gaza's Civil Defence" stays whole).
    """
    tokens = words.split()
    owned = [i for i, token in enumerate(tokens[:-1]) if token.endswith(("'s", "’s"))]
    if not owned or len(tokens) - owned[-1] <= 2:
        return words
    owner = tables.by_name.get(" ".join(tokens[: owned[-1] + 1])[:-2])
    return " ".join(tokens[owned[-1] + 1 :]) if owner is not None and owner.kind in _BODY_KINDS else words


_BODY_KINDS = frozenset({ActorKind.MEDIA, ActorKind.INTERNATIONAL_ORG, ActorKind.NGO})
"""Bodies whose people are named after them with a possessive: "Al Jazeera's Youssef Naji", "the ICRC's ..."."""


def _end_of_words(written: str, words: str) -> int:
    r"""
    Where `words` end in `written`, whatever spaces stand between them there.

    "Benjamin\nNetanyahu" holds "Benjamin Netanyahu", broken across a line.
    """
    if not words:
        return len(written)
    at = written.find(words)
    if at >= 0:
        return at + len(words)  # the common case, on one line: no pattern to compile
    found = re.search(r"\s+".join(map(re.escape, words.split())), written)
    return found.end() if found is not None else len(written)


_SEAT_BEFORE = re.compile(
    rf"(?<![\w-])(?i:the)\s(?P<seat>[{UPPER}][a-z]+(?:-[{UPPER}][a-z]+)?)"
    r"\s(?:(?:separatist|de\sfacto|rival|local|regional|provincial)\s)?$"
)
"""The seat named before a head of government: "the Tobruk ", "the Luhansk separatist "."""
_SEAT_REACH = 40


def _entry_for(word: str | None, tables: _Tables) -> ActorEntry | None:
    if word is None:
        return None
    return tables.by_demonym.get(word) or tables.by_name.get(word)


_REBELS_BEFORE = re.compile(
    r"(?i:\b(?:separatist|rebel|insurgent|militant|jihadist|paramilitary|guerrilla|militia|armed\sgroup))\s$"
)
"""A word before a body's name that makes its forces an armed group, not a state's military."""


_BARE_MILITARY = re.compile(r"(?i:(?:the\s)?(?:military|junta)|junta\s(?:troops|forces))")
"""Words for a state's military that name none: the one the story names, when it names one."""


def _same_words(name: str, entry: ActorEntry, common: frozenset[str]) -> bool:
    """
    Whether a name written before an acronym is the gazetteer's under that acronym, spelt otherwise.

    It holds one of the entry's names, or shares a word with one that is not a common word of names
    ("Tehreek-e-Taliban Pakistan" and "Tehreek-i-Taliban Pakistan" share "Pakistan"), or has no
    other word; "Ambazonia Defence Forces" is not "Allied Democratic Forces", nor "the Somali
    National Army" the Syrian one.
    """
    names = (entry.name, *entry.aliases)
    if any(known.lower() in name.lower() for known in names):
        return True  # "the Central Command of the National Liberation Army (ELN)": the ELN's
    words = {w.lower() for w in name.split()} - common
    return not words or any(words & {w.lower() for w in known.split()} for known in names)


_MEMBERS_OF = frozenset(
    {"troops", "fighters", "soldiers", "units", "members", "commanders", "forces", "leaders", "gangs", "militiamen"}
)
"""Words for a body's people before "of" and its name: "Troops of the Somali National Army (SNA)"."""


_AND_JUST_BEFORE = re.compile(r"\s(?:and|&)\s$")
"""How `joined_before` ends, in its last six characters at most: without it, no name is joined before."""


def _one_state_s(leaders: Sequence[ActorEntry]) -> ActorEntry | None:
    """The first of `leaders` when all lead the same state, whose forces are then theirs whichever is meant."""
    states = {leader.affiliation for leader in leaders}
    return leaders[0] if leaders and len(states) == 1 and None not in states else None


class _Finder:
    """Collects candidate mentions from every pattern, then settles overlaps."""

    def __init__(self, text: str, tables: _Tables, phrases: PhraseIndex, year: int | None = None) -> None:
        self.text = text
        self.phrases = phrases
        self.tables = tables
        self.year = year  # the story's: a surname shared by leaders of other eras names the one of its time
        self.found: list[_Found] = []
        self.persons: dict[str, _Found] = {}  # full name -> first titled or cued mention
        self.persons_by_last_word: dict[str, list[str]] = {}  # so a short name finds its full one at once
        self.nested: list[_Found] = []  # mentions inside others, kept whatever the overlaps
        self.appositions_at: list[tuple[int, int]] = []  # where "..., the U.N. envoy" describes a person
        # Every gazetteer name and demonym, found in one pass; the rules below extend them locally.
        self.shouting = text.isupper()  # a text wholly in capitals: its names are written so too
        self.hits = phrases.all(tables.hits)
        self.hit_starts = [hit.start() for hit in self.hits]
        self.hit_ends = [hit.end() for hit in self.hits]

    def add(self, found: _Found) -> None:
        self.found.append(found)

    def person(self, start: int, end: int, name: str, *, title: str | None, affiliation: str | None, rank: int) -> None:
        tokens = name.split()
        # "Minister of State for Defence Affairs Khalifa al-Mansoori": the office's last words are not the name's
        offices = [i for i, token in enumerate(tokens[:-2]) if token in self.tables.office_words]
        if offices:
            name = " ".join(tokens[offices[-1] + 1 :])
        entry = self.tables.by_name.get(name)
        canonical = entry.name if entry is not None and entry.kind is ActorKind.PERSON else name
        if entry is None:  # "President Trump" after "President Donald Trump", "Mr Ben Ghalbon": the same person
            named = [
                full
                for full in self.persons_by_last_word.get(_last_word(name), ())
                if full != name and full.endswith(" " + name) and not self.tables.leading_title.match(full)
            ]
            canonical = named[0] if len(named) == 1 else canonical
        if affiliation is None and entry is not None:
            affiliation = entry.affiliation
        found = _Found(start, end, canonical, ActorKind.PERSON, rank, title, affiliation)
        self.add(found)
        known = self.persons.get(canonical)
        if known is None or (known.title is None and title is not None):
            self.keep_person(canonical, found)

    def keep_person(self, full: str, found: _Found) -> None:
        """Remember a person's best mention so far, indexed by the last word of the name."""
        if full not in self.persons:
            self.persons_by_last_word.setdefault(_last_word(full), []).append(full)
        self.persons[full] = found

    def _pre_of(self, title_start: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
        """The name or demonym just before a title, and the gap to it (its "org": capitalised words, an office)."""
        index = bisect.bisect_right(self.hit_ends, title_start) - 1
        if index < 0 or title_start - self.hits[index].end() > 48:
            return None, None
        hit = self.hits[index]
        gap = _TITLE_GAP.fullmatch(self.text, hit.end(), title_start)
        if gap is None:
            return None, None
        return hit, gap

    def _known_runs_past(self, start: int, end: int) -> bool:
        """Whether a gazetteer name starts at `start` and runs past `end` ("Sri Lanka" past "Sri")."""
        index = bisect.bisect_left(self.hit_starts, start)
        return index < len(self.hits) and self.hit_starts[index] == start and self.hit_ends[index] > end

    def _kind_of_body(self, tokens: list[str], head: str | None) -> ActorKind | None:
        """
        The kind of a body the gazetteer does not know, by its head ("Army", "Front").

        An army named for a cause is a rebel force, not a state's: "Sudan Liberation Army",
        "Arakan Rohingya Salvation Army", "Karabakh Defence Army" (a state's are "Defence Forces").
        """
        kind = self.tables.org_heads.get(head) if head else None
        if kind is ActorKind.MILITARY and (
            any(token in self.tables.insurgent_name_words for token in tokens)
            or (head == "Army" and any(token in {"Defence", "Defense"} for token in tokens))
        ):
            return ActorKind.ARMED_GROUP
        return kind

    def _office(self, hit: re.Match[str], gap: re.Match[str], entry: ActorEntry | None) -> _Found | None:
        """
        The body a titled person speaks for, named between a state and the title.

        "Armenian Defense Ministry spokeswoman ...": the Armenian Defense Ministry, an actor of its own.
        """
        org = gap.group("org")
        head = org.split()[-1] if org else ""
        if head not in self.tables.org_heads or org in self.tables.not_names:
            return None
        state = entry.name if entry is not None and entry.kind is ActorKind.STATE else None
        if head == "Ministry" and entry is not None and entry.demonyms:
            name = f"{entry.demonyms[0]} {org}"  # "Russia's Defense Ministry" is the Russian Defense Ministry
        else:
            name = " ".join(self.text[hit.start() : gap.end("org")].split())
        return _Found(hit.start(), gap.end("org"), name, self.tables.org_heads[head], 0, affiliation=state)

    def titled(self) -> None:
        matches = self.phrases.all(self.tables.titled)
        # "leave via Sheikh Miskin", "the town of Sheikh Miskeen": a town named like a titled person, wherever named
        places = {
            one_line(match.group(0))
            for match in matches
            if _PLACE_ROUTE_BEFORE.search(self.text, max(0, match.start() - 24), match.start())
        }
        for match in matches:
            person = _trim_name(_OWNER_OF_ONE.sub(r"\1", match.group("person")), self.tables)
            if one_line(match.group(0)) in places:
                continue
            if _TRADE_AFTER.match(self.text, match.end()):
                continue  # "chief Asia economist at Harbourline Capital": the region of a trade, not a name
            if match.group("in") is not None and (
                self._known_runs_past(match.start("in"), match.end("in"))
                or (
                    len(person.split()) < _FULL_NAME_TOKENS
                    and self.tables.by_name.get(person) is None
                    and not self.text.startswith(",", match.end("in"))
                )
            ):
                continue  # "the coordinator in Sri Lanka", "chief of Morobo County": a place, not a place and a person
            second_title = self.tables.leading_title.match(person)
            if second_title is not None:  # "Defence Minister Crown Prince Mohammed bin Salman": the name after both
                person = person[second_title.end() :]
            known = self.tables.by_name.get(person)
            if not person or (known is not None and known.kind is not ActorKind.PERSON):
                continue  # "mediator Qatar": a title before a state is no person
            if person in self.tables.by_demonym:
                continue  # "based on official Israeli figures": a title before a people's word is no person
            if person in self.tables.regions:
                continue  # "the Supreme Allied Commander Europe": an office's reach, not a person
            famous = self.known_by_surname(person) if known is None and " " not in person else None
            if famous is not None and not self.has_surname(person):
                person = famous.name  # "President Putin": the one known leader of that surname
            after = _NEXT_CAPITALISED.match(self.text, match.end())
            if after is not None and after.group(1) in self.tables.org_heads:
                continue  # "secretary of National Security Council": the body's name runs on
            if (after is not None and after.group(1) in self.tables.facility_heads) or any(
                token in self.tables.facility_heads for token in match.group("person").split()
            ):
                continue  # "General Referral Hospital", "the President Hotel": a building, not a person
            if self.tables.place_after.match(self.text, match.end()):
                continue  # "the head of Ler Mu Plaw village": a place's name, not a person's
            tokens = match.group("person").split()
            if any(token in self.tables.unit_openers for token in self.text[match.end("title") : match.end()].split()):
                continue  # "a spokesman for Liwa Ahrar al-Shamal": an armed group's name, read by `unit_named`
            heads = [i for i, token in enumerate(tokens) if token in self.tables.org_heads]
            if heads:  # "Secretary of Armenia's Security Council Arsen Tadevosyan": the name after the body's
                if len(tokens) - heads[-1] - 1 < _FULL_NAME_TOKENS:
                    continue  # "a spokesman for Joint Task Force Marawi": a body, not a person
                person = _trim_name(" ".join(tokens[heads[-1] + 1 :]), self.tables)
            hit, gap = self._pre_of(match.start())
            org = gap.group("org") if gap else None
            entry = _entry_for(hit.group(0), self.tables) if hit else None
            office = self._office(hit, gap, entry) if hit is not None and gap is not None and org else None
            if office is not None:
                self.nested.append(office)
                affiliation: str | None = office.name
            else:
                affiliation = org if org and org not in self.tables.not_names else (entry.name if entry else None)
            if affiliation is None and match.group("for"):  # "a spokesperson for the U.N. refugee agency, X"
                first = bisect.bisect_left(self.hit_starts, match.start("for"))
                served = (
                    self.hits[first] if first < len(self.hits) and self.hits[first].start() < match.end("for") else None
                )
                served_entry = _entry_for(served.group(0), self.tables) if served else None
                if served is not None and served_entry is not None and served_entry.kind is not ActorKind.STATE:
                    affiliation = served_entry.name  # the body, not the country it works in ("for Sudan")
                    self.nested.append(_Found(served.start(), served.end(), served_entry.name, served_entry.kind, 0))
            start = hit.start() if hit else match.start()
            end = match.start("person") + _end_of_words(match.group("person"), person)  # past a rank trimmed off
            title = match.group("title")
            if title == "counterpart":  # "Armenian Foreign Minister X and his Azeri counterpart Y": Y's title is X's
                title = _last_title(self.found, start - 200)
            self.person(start, end, person, title=title, affiliation=affiliation, rank=5)
            if hit is not None and entry is not None and not org:  # "Russian" in "Russian President ...": Russia too
                self.nested.append(
                    _Found(hit.start(), hit.end(), entry.name, entry.kind, 0, affiliation=entry.affiliation)
                )

    def _body(self, match: re.Match[str]) -> None:
        """A capitalised name ending in a body's head word ("Joint Operations Command") as that body."""
        tokens = self._body_tokens(match.group("person").split())
        last = max((i for i, t in enumerate(tokens) if t in self.tables.speaking_heads), default=-1)
        tokens = tokens[: last + 1]
        name = " ".join(tokens)
        if (
            len(tokens) < 2
            or name in self.tables.by_name
            or any(t in self.tables.by_name or t in self.tables.by_demonym for t in tokens)
        ):
            return  # one word is too little; a known name or demonym is read by the other rules
        start = match.start("person") + match.group("person").find(name)
        kind = self.tables.speaking_heads[tokens[last]]
        self.add(_Found(start, start + len(name), name, kind, 2))

    def titles_alone(self) -> None:
        """Resolve "Russian defense minister said" to the person already named with that title and affiliation."""
        titled: dict[tuple[str, str | None], str] = {}  # (title, affiliation) -> the first person so titled
        for person in self.persons.values():
            if person.title:
                titled.setdefault((person.title.lower(), person.affiliation), person.name)
        if not titled:
            return
        for hit in self.hits:
            tail = self.tables.title_alone_tail.match(self.text, hit.end())
            if tail is None or any(start <= hit.start() < end for start, end in self.appositions_at):
                continue  # "Perthes, the U.N. envoy": the U.N. itself, the envoy already read
            entry = _entry_for(hit.group(0), self.tables)
            name = titled.get((tail.group("title").lower(), entry.name)) if entry else None
            if name is not None:
                self.person(hit.start(), tail.end(), name, title=None, affiliation=None, rank=3)

    def the_title(self) -> None:
        """
        Resolve "the minister said" to the one person named before with a title ending so.

        Looked up in the word index by each titled person's last title word; when two persons
        share it ("the minister" of two ministers), neither is meant.
        """
        by_word: dict[str, list[_Found]] = {}
        for person in self.persons.values():
            if person.title:
                by_word.setdefault(person.title.split()[-1].lower(), []).append(person)
        words = self.phrases.word_starts()
        for word, persons in by_word.items():
            if len(persons) != 1 or word not in words:
                continue
            person = persons[0]
            for at in words[word]:
                end = at + len(word)
                if (
                    at > person.end
                    and self.text[max(0, at - 4) : at].lower() == "the "
                    and not _NAME_AFTER.match(self.text, end)
                ):
                    self.person(at - 4, end, person.name, title=None, affiliation=None, rank=2)

    def cued(self) -> None:
        for match in self.phrases.all(self.tables.loyal):  # "forces loyal to Bashar Assad": the forces
            words = _trim_name(match.group("person"), self.tables)
            if len(words.split()) < 2:
                continue
            entry = self.tables.by_name.get(words)
            full = entry.name if entry is not None and entry.kind is ActorKind.PERSON else words
            affiliation = entry.affiliation if entry is not None else None
            if full not in self.persons:
                self.keep_person(full, _Found(0, 0, full, ActorKind.PERSON, 3, None, affiliation))
            # the name may be trimmed at either end: "Senior General Kyaw Zeya" is Kyaw Zeya
            start = match.start("person") + max(match.group("person").find(words), 0)
            end = start + len(words)
            self.add(_Found(match.start(), end, "", ActorKind.MILITARY, 4, affiliation=full))
            if entry is None or entry.kind is ActorKind.PERSON:
                # the name inside is a person too: "forces loyal to Abdulrahman al-Qirshi" tells of al-Qirshi
                self.nested.append(_Found(start, end, full, ActorKind.PERSON, 3, None, affiliation))
        cues = [*self.phrases.all(self.tables.cue_before), *self.phrases.all(self.tables.cue_before_clause_end)]
        aged = self._named_before(_AGE_IN_COMMAS, self.tables.aged, through_mark=True)
        led = self._named_before(_LEADER_IN_COMMAS, self.tables.named_last, through_mark=False)
        for match in [*cues, *self._cued_after(), *aged, *led, *self._role_then_name()]:
            if any(token in self.tables.speaking_heads for token in match.group("person").split()):
                self._body(match)  # "the Joint Operations Command said", "Las Anod Hospital said": a body, no person
                continue
            if any(token in self.tables.unit_openers for token in match.group("person").split()):
                continue  # "Liwa Ahrar al-Shamal said": an armed group, read by `unit_named`
            if self.phrases.first(self.tables.titled, match.start("person") + 1, match.end("person")):
                continue  # "Mariupol Mayor Vadym Boichenko said": the titled rule reads the mayor
            words = _without_owner(_trim_name(match.group("person"), self.tables), self.tables)
            if _BODY_OF_BEFORE.search(self.text, max(0, match.start("person") - 16), match.start("person")):
                continue  # "Qatar's Ministry of Foreign Affairs said": a body's name, not a person's
            if _CONTROLLED.search(words):
                continue  # "the health ministry in Hamas-run Gaza says": a place, named by who holds it
            if _LOCATIVE_JUST_BEFORE.search(self.text, max(0, match.start("person") - 12), match.start("person")):
                continue  # "Our correspondent in Deir el-Balah says": where the speaker is, not who
            start = match.start("person") + match.group("person").find(words) if words else 0
            entry = self.tables.by_name.get(words)
            if entry is not None and entry.kind is not ActorKind.PERSON:
                continue  # "the United Nations warned": a known body, read by the gazetteer
            owned = self.tables.by_name.get(_OWNED_BY.split(words)[-1]) if entry is None else None
            if owned is not None and owned.kind in _BODY_KINDS:
                continue  # "according to Israel's Magen David Adom": a known body, named with its state
            known = self.known_by_surname(words) if entry is None else None
            if known is not None and not self.has_surname(_last_word(known.name)):
                self.person(start, start + len(words), known.name, title=None, affiliation=None, rank=3)
                continue  # "Zelenskiy wrote on Telegram": the one known person of that surname
            if len(words.split()) < 2 and entry is None:
                # "Ms Horgan said", after "run by Siobhán Horgan": the full name told where no cue names it
                if _HONORIFIC_JUST_BEFORE.search(self.text, max(0, start - 6), start):
                    self._full_name_told(words)
                continue
            if any(w in self.tables.by_name or w in self.tables.by_demonym for w in words.split()):
                continue  # "Russian Defense", "Moscow Tuesday": not a person
            self.person(start, start + len(words), words, title=None, affiliation=None, rank=3)

    def _full_name_told(self, surname: str) -> None:
        """The first "First Surname" in the text, kept as a person, so that an honorific's surname names them."""
        text, tables = self.text, self.tables
        for at in self.phrases.word_starts().get(surname.lower(), ()):
            end = at + len(surname)
            if not text.startswith(surname, at) or (end < len(text) and text[end].isalnum()):
                continue
            first = _FIRST_NAME_BEFORE.search(text, max(0, at - 24), at)
            if first is None or tables.leading_title.match(first.group(0)):
                continue
            given = first.group(0).strip()
            if given in tables.not_names or given in tables.by_name or given in tables.by_demonym:
                continue  # "The Horgan", "Irish Horgan", "Ireland Horgan": no first name
            self.person(first.start(), end, f"{given} {surname}", title=None, affiliation=None, rank=3)
            return

    def appositions(self) -> None:
        """
        A title in apposition after a person without one: "said Volker Perthes, the U.N. envoy for Sudan".

        The party named before the title is the one the person serves ("the U.N. envoy"); else
        the one after it ("a spokesman for the Failaq al-Rahman rebel group").
        """
        starts = [hit.start() for hit in self.hits]
        for i, found in enumerate(self.found):
            if found.kind is not ActorKind.PERSON or found.title is not None:
                continue
            match = self.tables.apposition.match(self.text, found.end)
            if match is None:
                continue
            affiliation = None
            for group in ("owner", "pre", "org"):  # "Iryna Savchenko, Ukraine's deputy minister": Ukraine's
                if match.group(group) is None:
                    continue
                first = bisect.bisect_left(starts, match.start(group))
                inside = [h for h in self.hits[first:] if h.end() <= match.end(group)]
                named = [f for f in self.found if match.start(group) <= f.start < f.end <= match.end(group)]
                entry = _entry_for(inside[0].group(0), self.tables) if inside else None
                affiliation = entry.name if entry is not None else named[0].name if named else None
                if affiliation is not None:
                    break
            title = " ".join(match.group("title").split())
            self.appositions_at.append((match.start(), match.end()))
            self.found[i] = attrs.evolve(found, title=title, affiliation=found.affiliation or affiliation)
            known = self.persons.get(found.name)
            if known is None or known.title is None:
                self.keep_person(found.name, self.found[i])

    def joined(self) -> None:
        """
        A full name joined by "and" to a person's: "Ciarán Furlong and Aoife Brennan announced".

        Only a name of two or more words that is no known body, state or people, with no word of a
        body's, a place's or a building's name, and no title (the titled rule reads those).
        """
        for found in [f for f in self.found if f.kind is ActorKind.PERSON and len(f.name.split()) >= _FULL_NAME_TOKENS]:
            after = self.tables.joined_after.match(self.text, found.end, found.end + _NAME_REACH)
            before = (  # the name pattern is tried at every character of the reach: first, is an "and" just before?
                self.tables.joined_before.search(self.text, max(0, found.start - _NAME_REACH), found.start)
                if _AND_JUST_BEFORE.search(self.text, max(0, found.start - 6), found.start)
                else None
            )
            for match in (after, before):
                if match is None:
                    continue
                words = _trim_name(match.group("person"), self.tables)
                tokens = words.split()
                if (
                    len(tokens) < _FULL_NAME_TOKENS
                    or words != match.group("person")
                    or any(
                        token in self.tables.org_heads
                        or token in self.tables.facility_heads
                        or token in self.tables.by_name
                        or token in self.tables.by_demonym
                        for token in tokens
                    )
                    or any(self.tables.by_name.get(" ".join(tokens[:i])) for i in range(2, len(tokens) + 1))
                    or self.phrases.first(self.tables.titled, match.start("person"), match.end("person") + 1)
                    or self.tables.place_after.match(self.text, match.end("person"))
                    # "Residents of Kfar Roummane and Deir Mimas", "the Resident and Humanitarian Coordinator"
                    or _NAME_AFTER.match(self.text, match.end("person"))
                    or _PLACE_OF_BEFORE.search(self.text, max(0, match.start("person") - 8), match.start("person"))
                ):
                    continue
                self.person(match.start("person"), match.end("person"), words, title=None, affiliation=None, rank=2)

    def has_surname(self, surname: str) -> bool:
        """Whether a person named in full so far in this article has this surname."""
        return any(len(name.split()) >= 2 for name in self.persons_by_last_word.get(surname, ()))

    def _named_before(
        self, marks: re.Pattern[str], name: re.Pattern[str], *, through_mark: bool
    ) -> list[re.Match[str]]:
        """
        Each name read in a short window before each of `marks`: "<Name>, 84,", "<Name>, leader of".

        `name` ends the window at the mark's end when it reads the mark too (`through_mark`), else at its start.
        """
        found = []
        for mark in marks.finditer(self.text):
            end = mark.end() if through_mark else mark.start()
            match = name.search(self.text, max(0, mark.start() - _NAME_REACH), end)
            if match is not None:
                found.append(match)
        return found

    def _member_of(self, match: re.Match[str]) -> re.Match[str] | None:
        """
        The person named before "of" a body that speaks through them: "Ahmed Ali of the Red Crescent said".

        The cue reads the last name before it, the body's; the person is the name before "of" too, when it is
        two words or more, none of them a body's or an office's word ("Ministry of Defence" stays a body).
        """
        of = _MEMBER_OF_BEFORE.search(self.text, max(0, match.start("person") - 8), match.start("person"))
        if of is None:
            return None
        owner = self.tables.named_last.search(self.text, max(0, of.start() - _NAME_REACH), of.start())
        if owner is None:
            return None
        words = owner.group("person").split()
        if len(words) < 2 or any(
            w in self.tables.speaking_heads
            or w in self.tables.by_name
            or w in self.tables.office_words
            or w in self.tables.not_names
            or w.lower() in self.tables.common_name_words
            or w.lower() in self.tables.body_openers
            or self.tables.leading_title.match(f"{w} X")
            for w in words
        ):
            return None  # "the Liberation Tigers of Tamil Eelam", "the Divisional Commissioner of Police"
        return owner

    def _role_then_name(self) -> list[re.Match[str]]:
        """Each 'said the union's president, Josephine Mwale.', matched at each cue word."""
        found = []
        for cue in self.phrases.all(self.tables.cue_after_words):
            match = self.tables.role_then_name.match(self.text, cue.start())
            if match is not None:
                found.append(match)
        return found

    def _cued_after(self) -> list[re.Match[str]]:
        """Each "<Name> said", read in a short window before each cue word rather than over the text."""
        found: list[re.Match[str]] = []
        for cue in self.phrases.all(self.tables.cue_after_words):
            if cue.group(0) in self.tables.apposition_cues and not self.text.endswith(", ", 0, cue.start()):
                continue  # "what a governor of St Aidan's called": no person unless one is described before it
            floor, start = max(0, cue.start() - _NAME_REACH), cue.start() - 1
            for _ in range(_NAME_TOKENS + 1):  # back to the space before the longest name's first word
                start = self.text.rfind(" ", floor, start)
                if start < 0:
                    start = floor
                    break
            window = self.tables.cue_after.finditer(self.text, start, cue.end())
            match = next((m for m in window if m.end() == cue.end()), None)
            if match is not None and _PEOPLE_OF_A_PLACE_BEFORE.search(
                self.text, max(0, match.start("person") - 24), match.start("person")
            ):
                continue  # "Residents of Ain Zara said": a place's people speak, the place is no person
            if match is None and self.text.endswith(", ", 0, cue.start()):  # an apposition ends right there
                once = self.tables.apposed.search(self.text, max(0, cue.start() - 120), cue.start())
                twice = self.tables.apposed_twice.search(
                    self.text, max(0, cue.start() - _TWICE_APPOSED_REACH), cue.start()
                )
                # "Omar Kanjo, a spokesman for the Levant Front, one of the factions there, said": the name before
                # both, not the body named in the first
                match = twice if twice is not None and (once is None or twice.start() < once.start()) else once
                # or a role before the name: "The region's ombudsman, Artur Sargsyan, said"
                match = match or self.tables.fronted.search(self.text, max(0, cue.start() - 200), cue.start())
            if match is not None:
                found.append(match)
                member = self._member_of(match)
                if member is not None:
                    found.append(member)
        return found

    def known(self) -> None:
        for match in self.hits:
            if match.group("name") is None or self.text.startswith("-", match.end()):
                continue  # a demonym, or "U.S.-led": read by the compound rule
            entry = self.tables.by_name[match.group("name")]
            if self._shouted(match):
                continue  # "WHO WILL BE RELEASED FIRST?", "WHAT IS AGREED?": a heading in capitals, not WHO or IS
            if entry.kind is ActorKind.STATE and self.tables.place_before.search(
                self.text, max(0, match.start() - 12), match.start()
            ):
                continue  # "Port Sudan", "Lake Chad", "the Gulf of Guinea": a place named after the state
            if _GROUP_NAME_AFTER.match(self.text, match.end()):
                continue  # "the Sudan People's Liberation Army": a word of a group's name, not the state
            if match.group("name").endswith(" military") and _MILITARY_ADJECTIVE.match(self.text, match.end()):
                continue  # "without Israeli military operations": what the military does, not the military
            if match.group("name") in self.tables.metonyms and (
                self._inside_a_name(match)
                or _NAME_WITH_PARTICLE_BEFORE.search(self.text, max(0, match.start() - 30), match.start())
                or self._given_name_of_a_person(match)
                or self.tables.place_after.match(self.text, match.end())
                or _PLACE_PREPOSITION.search(self.text, max(0, match.start() - 60), match.start())
            ):
                continue  # "the OSCE Minsk Group", "Sanaa airport", "talks in Doha": the city itself, not the state
            if entry.kind is ActorKind.PERSON:
                # "Getachew Reda, a spokesman for the TPLF, said": the title read at this very mention stays
                read = self.persons.get(entry.name)
                title = (
                    read.title if read is not None and read.start < match.end() and match.start() < read.end else None
                )
                self.person(match.start(), match.end(), entry.name, title=title, affiliation=entry.affiliation, rank=4)
            else:
                self.add(_Found(match.start(), match.end(), entry.name, entry.kind, 2, affiliation=entry.affiliation))

    def _shouted(self, match: re.Match[str]) -> bool:
        """Whether a short name in capitals stands among other words in capitals, in a text that is not all so."""
        name = match.group(0)
        if not (name.isupper() and len(name) <= _SHOUTED_NAME) or self.shouting:
            return False
        neighbours = [
            found.group(0).strip(" ?!,")
            for found in (
                _CAPITALS_BEFORE.search(self.text, max(0, match.start() - 20), match.start()),
                _CAPITALS_AFTER.match(self.text, match.end()),
            )
            if found is not None
        ]
        # "OCHA DRC", "UNHCR DRC": two known names side by side, a body's office in a country, not shouting
        return any(word not in self.tables.by_name for word in neighbours)

    def _given_name_of_a_person(self, match: re.Match[str]) -> bool:
        """A capital before a capitalised word that is no name, day or month: "said Sofia Lindahl"."""
        after = _NEXT_CAPITALISED.match(self.text, match.end())
        return bool(
            after
            and after.group(1) not in self.tables.not_names
            and after.group(1) not in self.tables.by_name
            and after.group(1) not in self.tables.by_demonym
            and after.group(1) not in self.tables.org_heads
        )

    def _inside_a_name(self, match: re.Match[str]) -> bool:
        """Whether capitalised words stand right before and right after `match` ("OSCE Minsk Group")."""
        before = _CAPITALISED_BEFORE.search(self.text, max(0, match.start() - 30), match.start())
        return bool(before and before.group(1) not in self.tables.not_names) and bool(
            _CAPITALISED_AFTER.match(self.text, match.end())
        )

    def _ministry_matches(self) -> list[re.Match[str]]:
        """Each "<type> Ministry", read in a short window before each "ministry" rather than over the text."""
        lowered, found, at = self.text.lower(), [], 0
        while (at := lowered.find("ministry", at)) >= 0:
            end = at + len("ministry")
            window = self.tables.ministry.finditer(self.text, max(0, at - 80), min(len(self.text), end + 1))
            match = next((m for m in window if m.end() == end), None)
            if match is None:  # "ministry of foreign affairs"
                after = self.tables.ministry_of.finditer(self.text, max(0, at - 80), min(len(self.text), end + 40))
                match = next((m for m in after if m.start() <= at < m.start("type")), None)
            if match is not None:
                found.append(match)
            at = end
        return found

    def ministries(self) -> None:
        for match in self._ministry_matches():
            entry = _entry_for(match.group("pre"), self.tables)
            kind_word = " ".join(  # "health" -> "Health"; "Public Health and Population"
                w if w in _JOINING_WORDS else w.capitalize() for w in match.group("type").split()
            )
            if entry is not None:
                demonym = entry.demonyms[0] if entry.demonyms else entry.name
                name = f"{demonym} {kind_word} Ministry"
            else:
                name = f"{kind_word} Ministry"
            affiliation = entry.name if entry else None
            self.add(_Found(match.start(), match.end(), name, ActorKind.GOVERNMENT_BODY, 4, affiliation=affiliation))

    def compounds(self) -> None:
        for hit in self.hits:
            experts = _EXPERTS_AFTER.match(self.text, hit.end()) if hit.group("name") else None
            if experts is not None:
                entry = _entry_for(hit.group(0), self.tables)
                if entry is not None and entry.kind is ActorKind.INTERNATIONAL_ORG:
                    name = one_line(self.text[hit.start() : experts.end()])
                    self.add(_Found(hit.start(), experts.end(), name, entry.kind, 3, affiliation=entry.name))
                    continue
            if _BROKERED.match(self.text, hit.end()):  # "a Russian-brokered truce", "a U.S.-mediated deal": Russia
                entry = _entry_for(hit.group(0), self.tables)
                if entry is not None and entry.kind is not ActorKind.PERSON:
                    self.add(_Found(hit.start(), hit.end(), entry.name, entry.kind, 2, affiliation=entry.affiliation))
                continue
            tail = self.tables.compound_tail.match(self.text, hit.end())
            if tail is None and hit.group("name") and _BACKED.match(self.text, hit.end()):  # "a NATO-backed uprising"
                entry = _entry_for(hit.group(0), self.tables)
                # a state named only as a backer is marked so, so that "the government" stays the story's own state's
                if entry is not None and entry.kind is not ActorKind.PERSON:
                    backer = entry.kind is ActorKind.STATE
                    self.add(
                        _Found(
                            hit.start(),
                            hit.end(),
                            entry.name,
                            entry.kind,
                            2,
                            affiliation=entry.affiliation,
                            backer=backer,
                        )
                    )
                continue
            entry = _entry_for(hit.group(0), self.tables) if tail else None
            if tail is None or entry is None:
                continue
            if entry.kind is ActorKind.STATE and hit.group("name") and _BACKED.match(self.text, hit.end()):
                # "the Iran-backed Houthis", "Turkey-backed rebels": the backer too, marked as one; by its name only,
                # as the coders list it ("Iranian-backed militias" are named for a people's state, not for it)
                self.nested.append(_Found(hit.start(), hit.end(), entry.name, entry.kind, 2, backer=True))
            if tail.group("staff"):
                if entry.kind is ActorKind.STATE:  # named by its demonym, as the ministries are
                    demonym = entry.demonyms[0] if entry.demonyms else entry.name
                    name = f"{demonym} General Staff"
                    self.add(_Found(hit.start(), tail.end(), name, ActorKind.MILITARY, 3, affiliation=entry.name))
                continue
            if tail.group("head") in self.tables.state_media and _NAME_AFTER.match(self.text, tail.end()):
                continue  # "Nigerien state television RTN": the medium named after what it is, read as described
            supported = _BACKED.match(self.text, hit.end()) is not None  # "Iranian-supported", "Iran-aligned"
            if tail.group("members") and (entry.kind is not ActorKind.ARMED_GROUP or supported):
                continue  # "Palestinian militants", "Hezbollah-backed militants": the party rule reads them
            start, end, words = hit.start(), tail.end(), self.text[hit.start() : tail.end()]
            demonym = entry.demonyms[0] if entry.demonyms else entry.name
            backed = supported or "-led " in words  # "Saudi-led coalition", "the Saudi-backed government"
            if entry.kind is ActorKind.PERSON and tail.group("head") in self.tables.government_heads:
                state = self.tables.by_name.get(entry.affiliation or "")
                if state is not None and state.kind is ActorKind.STATE:  # "Abiy Ahmed's government": Ethiopia's
                    name = f"{state.demonyms[0] if state.demonyms else state.name} government"
                    head = tail.start("head")  # the head alone: the leader's own mention may be titled and longer
                    self.add(_Found(head, end, name, ActorKind.GOVERNMENT, 3, affiliation=state.name))
            elif entry.kind is ActorKind.PERSON:  # "Assad's troops": the forces of the state the leader leads
                self.add(_Found(start, end, "", ActorKind.MILITARY, 3, affiliation=entry.name))
            elif entry.kind is ActorKind.ARMED_GROUP and not supported:  # "ELN rebels", "Hamas-led gunmen"
                self.add(_Found(start, end, entry.name, entry.kind, 3, affiliation=entry.affiliation))
            elif tail.group("forces") and _MILITARY_ADJECTIVE.match(self.text, end):
                continue  # "without Israeli military operations": what the military does, not the military
            elif not _holds_such_forces(entry.kind, (tail.group("forces") or "").lower()):
                continue  # "UN peacekeepers", "ICRC aircraft": a body's, read as the body
            elif tail.group("forces"):
                government = tail.group("forces").split()[0] in {"government", "regime"}
                if backed:  # "the Saudi-led military coalition" is the Saudi-led coalition
                    name = words.replace(" military coalition", " coalition").replace(" military alliance", " alliance")
                else:
                    name = f"{demonym} government forces" if government else f"{demonym} forces"
                own = self.tables.militaries.get(entry.name)
                if own is not None and not backed and tail.group("forces").lower() in _ARMY_WORDS:
                    name = own.name  # "Sudan's military": the Sudanese Armed Forces the gazetteer knows
                self.add(_Found(start, end, name, ActorKind.MILITARY, 3, affiliation=entry.name))
            elif tail.group("head").lower() in self.tables.government_heads and backed:
                self.add(_Found(start, end, words, ActorKind.GOVERNMENT, 3))  # another state's government
            elif tail.group("head").lower() in self.tables.government_heads and entry.kind not in {
                ActorKind.STATE,
                ActorKind.MILITARY,
            }:  # "U.N. officials", "EU leadership": the body itself, which has no government
                self.add(_Found(start, end, entry.name, entry.kind, 3, affiliation=entry.affiliation))
            elif tail.group("head").lower() in self.tables.government_heads:
                state = self.tables.by_name.get(entry.affiliation or "") if entry.kind is ActorKind.MILITARY else entry
                if state is None:
                    continue
                # "Myanmar's military government": a state's, whichever of its names comes first
                name = f"{state.demonyms[0] if state.demonyms else state.name} government"
                self.add(_Found(start, end, name, ActorKind.GOVERNMENT, 3, affiliation=state.name))
            else:
                family = self.tables.party_family.get(tail.group("head").lower(), tail.group("head").lower())
                kind = self.tables.family_kind.get(family, ActorKind.OTHER)
                # "Turkish-backed rebels" are no Turkish rebels: named as written, backed by the state
                # "Russian military police": a force's own party, named as written too
                name = one_line(words) if backed or entry.kind is ActorKind.MILITARY else f"{demonym} {family}"
                self.add(_Found(start, end, name, kind, 3, affiliation=entry.name))

    def parties(self) -> None:
        for match in self.phrases.all(self.tables.parties):
            if match.group(0).endswith("west"):
                continue  # "to the west of the country": a direction, not the West
            family = self.tables.party_family[" ".join(match.group(0).lower().split())]
            if match.group(0).lower() == "people" and (
                _SOURCES_AFTER.match(self.text, match.end())
                or _OWNER_BEFORE.search(self.text, max(0, match.start() - 6), match.start())
                or _STRUCK_PEOPLE_AFTER.match(self.text, match.end())
                or self.text.startswith(" of ", match.end())
                or self.text.startswith(("'s", "’s"), match.end())  # "People's Liberation Front": a name's word
            ):
                # "people familiar with the talks": unnamed sources; "our people": the speaker's own; "427 people
                # have been killed": the dead, fighters among them too; "the people of Gaza": a population
                continue
            if (
                family == "police"
                and self.text.endswith("to ", 0, match.start())
                and _POLICED_AFTER.match(self.text, match.end()) is not None
            ):
                continue  # "a joint commission to police the truce": a verb, no party
            kind = self.tables.family_kind.get(family, ActorKind.OTHER)
            if kind is ActorKind.GOVERNMENT_BODY and _A_SEAT_IN_BEFORE.search(
                self.text, max(0, match.start() - 16), match.start()
            ):
                continue  # "a member of parliament", "rallied outside parliament": a seat or a place, not the body
            qualifier = self.tables.party_qualifier_before.search(self.text, max(0, match.start() - 24), match.start())
            if qualifier is None:
                self.add(_Found(match.start(), match.end(), f"*{family}", kind, 1))
            else:  # "local rights groups" are a party of their own, whom "the rights groups" then refer back to
                written = qualifier.group("qualifier")
                name = (
                    f"{self.tables.party_qualifiers.get(written.lower(), written)} {' '.join(match.group(0).split())}"
                )
                start = qualifier.start()
                # "Iraqi Shia militias": a people's own kind of the party, its demonym kept in the name
                people = _WORD_BEFORE.search(self.text, max(0, start - 24), start)
                if people is not None and people.group(1) in self.tables.by_demonym:
                    name, start = f"{people.group(1)} {name}", people.start(1)
                self.add(_Found(start, match.end(), f"+{name}", kind, 1))

    def _body_tokens(self, tokens: list[str]) -> list[str]:
        """The words of a body's name, without what stands before it ("Later the", "Haiti's", "Amman-based")."""
        cut = [i for i, word in enumerate(tokens) if word == "the" and (i == 0 or tokens[i - 1] not in _JOINS)]
        tokens = tokens[cut[-1] + 1 :] if cut else list(tokens)  # "Later the Defence Ministry"
        based = [i for i, word in enumerate(tokens) if word.endswith("-based")]
        tokens = tokens[based[-1] + 1 :] if based else tokens  # "the Addis Ababa-based Inter-Religious Council"
        # "RIA Novosti. The Russian Armed Forces": a sentence ends inside the run of capitals
        stops = [i for i, word in enumerate(tokens) if len(word) > 2 and word.endswith(".") and word[-2].islower()]
        tokens = tokens[stops[-1] + 1 :] if stops else tokens
        tokens = _after_a_titled_owner(tokens, self.tables.leading_title)
        if len(tokens) > 2 and tokens[0] in _SOME_OF and tokens[1] == "of":
            tokens = tokens[2:]  # "Hundreds of Mehdi Army fighters": some of the body, named after them
        while (
            tokens
            and (
                (
                    tokens[0] in self.tables.not_names
                    and tokens[0] not in self.tables.org_heads
                    and (tokens[0] not in self.tables.body_openers or len(tokens) < _FULL_NAME_TOKENS + 1)
                )
                or tokens[0].endswith("-based")  # "the Amman-based Levant Policy Institute"
                # "Haiti's National Police": the state's body, named without it; not "the Ombudsman's Office"
                or (tokens[0].endswith(("'s", "’s")) and tokens[0][:-2] in self.tables.by_name)
            )
        ):
            tokens.pop(0)
        return tokens

    def _body_matches(self) -> list[re.Match[str]]:
        """
        Each body's name, read in a short window before each head word the word index holds.

        Head words are few in a story, capitals many: reading back from the heads costs less than
        trying the pattern at every capital.
        """
        words = self.phrases.word_starts()
        found: list[re.Match[str]] = []
        text = self.text
        for at in sorted(a for key in self.tables.head_keys & words.keys() for a in words[key] if text[a].isupper()):
            end = self.text.find(" ", at)
            end = len(self.text) if end < 0 else end
            if text[at:end] in _NUMBERED_HEADS and (number := _UNIT_NUMBER.match(text, end)) is not None:
                end = number.end()  # "Light Infantry Battalion 99", not "Joint Operations Command 12 trucks"
            elif (purpose := _FOR_WHOM_AFTER_HEAD.match(text, end)) is not None:
                end = purpose.end()  # "the Assistance Association for Political Prisoners"
            window = self.tables.body_name.finditer(self.text, max(0, at - _BODY_REACH), end)
            # the name that ends at this head; a longer one ending at a later head wins when they are settled
            match = next((m for m in window if m.start() <= at < m.end()), None)
            if match is not None:
                found.append(match)
        return found

    def bodies(self) -> None:
        """
        A body named by capitalised words ending in a head word ("the Levant Policy Institute").

        The weakest reading of a name: any other rule's reading of the same words wins.
        """
        ends_by_start: dict[int, list[int]] = {}  # the other readings, by where they start: found once
        for found in self.found:
            ends_by_start.setdefault(found.start, []).append(found.end)
        for match in self._body_matches():
            tokens = self._body_tokens(match.group(0).split())
            joined = [
                i for i in range(1, len(tokens) - 1) if tokens[i] == "and" and tokens[i - 1] in self.tables.org_heads
            ]
            if joined:
                tokens = tokens[joined[-1] + 1 :]  # "the Lebanese Army and Nusra Front": two bodies, the last read here
            name = " ".join(tokens)
            if len(tokens) < _FULL_NAME_TOKENS or name in self.tables.by_name:
                continue  # "the Council": too little; a known name is read by the gazetteer
            if tokens[-1] == "Ministry" and _OF_A_NAME_AFTER.match(self.text, match.end()):
                continue  # "Galmudug's Ministry of Humanitarian Affairs": the name goes on, read by the ministry rule
            after = _NEXT_CAPITALISED.match(self.text, match.end())
            if after is not None and after.group(1) in self.tables.speaking_only:
                continue  # "Ghent University Hospital": a hospital's name, read only where it speaks
            if any(t in self.tables.by_demonym for t in tokens[:1]) and tokens[-1] in _FORCE_HEADS:
                continue  # "Nigerian Army": a state's forces, read by the compound rule
            start = match.end() - len(name)
            if any(start < end < match.end() for end in ends_by_start.get(start - len("the "), ())):
                start -= len("the ")  # "the Sudan Doctors' Union" outruns "the Sudan", an old name of the state
            # "Light Infantry Battalion 99", "the Assistance Association for Political Prisoners": the last head
            head = next((t for t in reversed(tokens) if t in self.tables.org_heads), tokens[-1])
            kind = self._kind_of_body(tokens, head)
            end = match.end()
            tail = _OF_A_NAME_TAIL.match(self.text, end) if tokens[-1] == head and head != "Ministry" else None
            if tail is not None and "\n" not in tail.group(0):
                # "the Kenya Association of Private Hospitals", "the Communist Party of the Philippines"
                name, end = f"{name}{tail.group(0)}", tail.end()
                if name in self.tables.by_name:
                    continue  # "the International Committee of the Red Cross": the gazetteer's
            line_start = self.text.rfind("\n", start, end) + 1
            if kind is ActorKind.MEDIA and line_start > start:
                # "By Hana Tipene\nNZ Herald": a byline's writer, then the paper on a line of its own
                start, name = line_start, self.text[line_start:end]
                if len(name.split()) < _FULL_NAME_TOKENS:
                    continue
            if kind is not None:
                self.add(_Found(start, end, name, kind, 0))

    def seated(self) -> None:
        """A government named by the town it sits in: "the Tobruk government", "the Kismayo administration"."""
        for match in self.phrases.all(self.tables.seated):
            before = _SEAT_BEFORE.search(self.text, max(0, match.start() - _SEAT_REACH), match.start())
            if before is None:
                continue
            seat = before.group("seat")
            if seat in self.tables.not_names or seat in self.tables.not_seats:
                continue  # "the Federal Government", "the Interim administration": no seat named
            if seat in self.tables.by_name or seat in self.tables.by_demonym:
                continue  # "the Aden government", "the Sudanese authorities": the compound rules read them
            name = " ".join(self.text[before.start("seat") : match.end()].split())
            self.add(_Found(before.start("seat"), match.end(), name, ActorKind.GOVERNMENT, 1))

    def described(self, sentence_starts: list[int]) -> None:
        """A body named right after what it is: "the German aid group Welthungerhilfe" (an NGO), "news agency Wam"."""
        for match in self.phrases.all(self.tables.described):
            # "state news agency RIA Novosti. Ukraine's ...": the name ends with its sentence, as found or as told
            # by the segmenter ("state broadcaster SSBC. Civilians, the wounded ...")
            name = _SENTENCE_STOP.split(match.group("name"), maxsplit=1)[0]
            next_start = bisect.bisect_right(sentence_starts, match.start("name"))
            if next_start < len(sentence_starts) and sentence_starts[next_start] < match.start("name") + len(name):
                name = name[: sentence_starts[next_start] - match.start("name")].rstrip()
            if name.endswith(".") and "." not in name[:-1]:
                name = name[:-1]  # "... the state news agency Wam.": the sentence's full stop
            if name in self.tables.not_names or name in self.tables.by_demonym:
                continue  # "the aid group said", "a rights group The ..." : no name follows
            entry = self.tables.by_name.get(name)
            what = match.group("what").lower()
            kind = ActorKind.MEDIA if what in {"news", "state"} else ActorKind.NGO
            canonical = entry.name if entry is not None else name
            # "state broadcaster Sudan TV": one medium, named with what it is (no separate "state media")
            start = match.start() if what == "state" else match.start("name")
            end = match.start("name") + len(name)
            self.add(_Found(start, end, canonical, entry.kind if entry else kind, 1))

    def sources(self) -> None:
        """
        Unnamed sources as actors of their own: "security sources said", "a military source told AFP".

        They are what a figure or a claim is attributed to; named by their qualifiers ("Egyptian
        security sources") or by what they are close to ("sources close to the talks").
        """
        words = self.phrases.word_starts()
        for head in ("source", "sources"):
            for at in words.get(head, ()):
                end = at + len(head)
                before = self.tables.source_before.search(self.text, max(0, at - 40), at)
                tie = self.tables.source_tie.match(self.text, end)
                if before is not None:
                    start = before.start("qualifiers")
                elif tie is not None:
                    start = at
                else:
                    continue
                stop = tie.end() if tie is not None else end
                name = " ".join(self.text[start:stop].split())
                if name[1:2].islower():
                    name = name[0].lower() + name[1:]  # "Local sources told AFP" and "local sources" are one
                # "Egyptian security sources": named with the demonym, whose span is left to the demonym's rules
                lead = before.group("lead") if before is not None else None
                if lead and lead in self.tables.by_demonym:
                    name = f"{lead} {name}"
                self.add(_Found(start, stop, name, ActorKind.OTHER, 0))

    def peoples(self) -> None:
        """A people named by its plural demonym ("Palestinians", "Yemenis") as a group of civilians."""
        for match in self.phrases.all(self.tables.peoples):
            entry = self.tables.by_demonym[match.group("dem")]
            self.add(_Found(match.start(), match.end(), match.group(0), ActorKind.CIVILIANS, 1, affiliation=entry.name))

    def acronyms(self) -> None:
        """
        A name defined with its acronym ("the Libyan National Army (LNA)"), and the acronym after.

        The name is an actor (the gazetteer's, when it knows it); every later "LNA" is a mention of it.
        """
        defined: dict[str, tuple[str, ActorKind, str | None]] = {}  # acronym -> name, kind, affiliation
        for bracket in _ACRONYM.finditer(self.text):
            if len(defined) == _MAX_ACRONYMS:
                break  # a story defines a handful; a text with thousands is not one to read them from
            acronym = bracket.group("acronym")
            if sum(char.isupper() or char.isdigit() for char in acronym) < 2 or acronym in defined:
                continue  # "(Reuters)", "(Ap)": an agency or a word, not an acronym; "(G9)" is one
            named = _NAMED_BEFORE.search(self.text, max(0, bracket.start() - _ACRONYM_REACH), bracket.start())
            tokens = named.group("name").split() if named else []
            spelt = _spelt_by_initials(self.text, bracket.start(), acronym)
            if spelt is not None and (named is None or spelt < named.start()):
                # read whole: "the Office of the Presidential Adviser on Peace, Reconciliation and Unity (OPAPRU)"
                tokens = self.text[spelt : bracket.start()].split()
            # "LEADERS MEET. Islamic State (IS)": a sentence ends inside; the name starts after it
            ends = [i for i, token in enumerate(tokens[:-1]) if _SENTENCE_END_WORD.fullmatch(token)]
            tokens = tokens[ends[-1] + 1 :] if ends else tokens
            tokens = _after_a_titled_owner(tokens, self.tables.leading_title)
            if len(tokens) > 2 and tokens[1] == "of" and tokens[0].lower() in _MEMBERS_OF:
                tokens = (
                    tokens[3:] if tokens[2].lower() == "the" else tokens[2:]
                )  # "Troops of the Somali National Army (SNA)"
            while tokens and (
                (
                    tokens[0] in self.tables.not_names
                    and tokens[0] not in self.tables.org_heads
                    and (tokens[0] not in self.tables.body_openers or len(tokens) < _FULL_NAME_TOKENS + 1)
                )
                or tokens[0].endswith(("'s", "’s"))
            ):
                tokens.pop(0)  # "The", "Haftar's"; not "Government" in "Government of National Accord"
            heads = (token.split("-")[0] for token in reversed(tokens))  # "Army-in-Opposition": an army
            head = next((word for word in heads if word in self.tables.org_heads), None)
            if len(tokens) < 2 or (head is None and any(token in self.tables.by_demonym for token in tokens[1:])):
                continue  # a demonym inside is read by the other rules, unless the name ends in a body's head
            name = " ".join(tokens)
            start = bracket.start() - 1 - len(name)
            by_acronym, by_full_name = self.tables.by_name.get(acronym), self.tables.by_name.get(name)
            if by_acronym is not None and (
                (by_acronym.kind is ActorKind.MEDIA and spelt is None)
                or (by_full_name is not None and by_full_name is not by_acronym)
            ):
                # "JEDDAH, Saudi Arabia (AP)": the agency of a dateline, not Saudi Arabia's acronym; but
                # "the Armed Forces of the Philippines (AFP)" spells its own
                continue
            if (
                by_full_name is None
                and by_acronym is not None
                and not _same_words(name, by_acronym, self.tables.common_name_words)
            ):
                by_acronym = None  # "Ambazonia Defence Forces (ADF)": not the gazetteer's Allied Democratic Forces
            entry = by_full_name or by_acronym
            if entry is not None:
                canonical, kind, affiliation = entry.name, entry.kind, entry.affiliation
            else:
                canonical, kind, affiliation = name, self._kind_of_body(tokens, head) or ActorKind.OTHER, None
                if kind is ActorKind.MILITARY and _REBELS_BEFORE.search(self.text, max(0, start - 30), start):
                    kind = ActorKind.ARMED_GROUP  # "Cameroon's separatist Ambazonia Defence Forces (ADF)"
            defined[acronym] = (canonical, kind, affiliation)
            # its extent is sure when its initials spell the acronym, in order or not ("National Congress for the
            # Defence of the People (CNDP)"), not "Colonel Zdravko Perkovic of the Croatian Defence Council (HVO)"
            sure = _initials_in_any_order(tokens, acronym)
            self.add(_Found(start, start + len(name), canonical, kind, 4, affiliation=affiliation, defined=sure))
        if not defined:
            return
        for start, end, acronym in self.phrases.exact(defined):
            canonical, kind, affiliation = defined[acronym]
            forces = self.tables.forces_after.match(self.text, end)
            if forces is not None and kind is ActorKind.GOVERNMENT:
                # "GNA forces", after "the Government of National Accord (GNA)": the government's forces
                self.add(_Found(start, forces.end(), f"{acronym} forces", ActorKind.MILITARY, 4, affiliation=canonical))
            else:  # "M23 troops": the group itself, its troops told with it
                self.add(_Found(start, forces.end() if forces else end, canonical, kind, 4, affiliation=affiliation))

    def surnames(self) -> None:
        """A known person's surname alone ("Zelenskyy", "Haddad's") is that person."""
        by_surname: dict[str, str] = {}
        for full, found in self.persons.items():
            written = _without_possessive(self.text[found.start : found.end])  # "Volodymyr Zelenskyy" as spelt
            for tokens in (full.split(), written.split()):
                if len(tokens) >= 2:
                    by_surname.setdefault(tokens[-1], full)  # "al-Ansari"
                    by_surname.setdefault(tokens[-1].split("-")[-1], full)  # "Ansari"
        self._given_names(set(by_surname))
        told = self.phrases.exact(by_surname) if by_surname else []
        named = {start for start, _, _ in told}
        told += [hit for hit in self._famous_surnames(by_surname) if hit[0] not in named]
        for start, end, surname in told:
            known = None if surname in by_surname else self.known_by_surname(surname)
            full = by_surname.get(surname) or (known.name if known is not None else "")
            if not full:
                continue  # "Bush" in a story of no year, or of a year no known Bush was in the news
            head = self.tables.forces_after.match(self.text, end)
            if head is not None:  # "Assad forces", "Assad's troops"
                self.add(_Found(start, head.end(), "", ActorKind.MILITARY, 3, affiliation=full))
            else:
                self.person(start, end, full, title=None, affiliation=None, rank=2)

    def known_by_surname(self, surname: str) -> ActorEntry | None:
        """
        The one known person `surname` names in this story: the only one of that surname, in its era.

        "President Bush" is George Bush in a story of 1991 and George W. Bush in one of 2003; in a
        story of no known year, a surname shared across eras names nobody known.
        """
        single = self.tables.by_surname.get(surname)
        candidates = (single,) if single is not None else self.tables.surname_eras.get(surname, ())
        fitting = [entry for entry in candidates if entry.in_era(self.year)]
        return fitting[0] if len(fitting) == 1 else None

    def _famous_surnames(self, told: Mapping[str, str]) -> list[tuple[int, int, str]]:
        """
        Where a known leader's surname stands alone: "Putin offers new pause", "Netanyahu's office said".

        Looked up by the text's words, so that the gazetteer's surnames cost nothing when absent, nor those
        the article's persons already own (`told`); not
        "President Putin" (the titled rule's), "Putin Street", "hospitals in Kobani", "Hussein al-Sharafi".
        """
        words = self.phrases.word_starts()
        hits = []
        for key in self.tables.famous_keys.keys() & words.keys():
            surnames = [surname for surname in self.tables.famous_keys[key] if surname not in told]
            for at in words[key] if surnames else ():
                for surname in surnames:
                    end = at + len(surname)
                    if (
                        not self.text.startswith(surname, at)
                        or _WORD_GOES_ON.match(self.text, end)
                        or (at and _WORD_GOES_ON.match(self.text, at - 1))
                    ):
                        continue  # "Putins", "al-Baghdadi": a longer word
                    if (
                        _CAPITALISED_BESIDE.search(self.text, max(0, at - 24), at)
                        or _NAME_GOES_ON.match(self.text, end)
                        or _PLACE_OR_NAME_BESIDE.search(self.text, max(0, at - 24), at)
                    ):
                        continue
                    hits.append((at, end, surname))
        return sorted(hits)

    def leaders_forces(self) -> None:
        """
        A known leader's surname before forces, the leader unnamed in full: "Haftar's forces pushed in".

        The forces of the state the leader leads. Found from the heads of forces in the word index,
        so that the gazetteer's surnames are not all searched for.
        """
        for before, end in self._before_heads(_LEADER_FORCES_HEADS, _SURNAME_BEFORE, _SURNAME_REACH):
            surname = before.group("surname")
            # "Assad's troops" in a story of no year: either Assad's are Syria's forces
            known = self.known_by_surname(surname) or _one_state_s(self.tables.surname_eras.get(surname, ()))
            if known is None or known.kind is not ActorKind.PERSON:
                continue
            self.add(_Found(before.start(), end, "", ActorKind.MILITARY, 2, affiliation=known.name))

    def groups_named_with_their_kind(self) -> None:
        """
        An armed group named before what it is: "the Jaish al-Shamal faction", "the Maute group".

        A name no gazetteer holds, in capitals and Arabic particles, right after "the"; not a state's, a
        people's or a known body's words ("the Kurdish YPG militia"), nor one told by its backer
        ("the Iran-backed group"). Found from the heads in the word index.
        """
        for before, end in self._before_heads(_GROUP_HEADS, _GROUP_NAME_BEFORE, _GROUP_NAME_REACH):
            name = before.group("name")
            if name in self.tables.by_name or any(
                token in self.tables.by_name
                or token in self.tables.by_demonym
                or token in self.tables.not_names
                or token.lower() in self.tables.group_name_not_words
                or token.lower() in self.tables.party_qualifiers
                or _TOLD_BY_ITS_TIES.search(token)
                for token in name.split()
            ):
                continue
            self.add(_Found(before.start("name"), end, name, ActorKind.ARMED_GROUP, 1))

    def unit_named(self) -> None:
        """
        An armed group whose name opens with an Arabic word for a unit: "Liwa Ahrar al-Shamal", "Jaish al-Ezza".

        Such words (liwa, a brigade; kataib, battalions; jaish, an army; saraya, companies) open the names of
        armed groups, never people's, so the capitalised words after one are a group's name. Found from the
        word index; a name the gazetteer holds is read by it.
        """
        words = self.phrases.word_starts()
        for opener in self.tables.unit_openers:
            for at in words.get(opener.lower(), ()):
                if not self.text.startswith(opener, at):
                    continue  # "the liwa of Abu Dhabi": a word of the text, no name
                rest = _UNIT_NAME.match(self.text, at + len(opener))
                if rest is None or any(word in self.tables.facility_heads for word in rest.group(0).split()):
                    continue  # "Saraya Square": a place named after a unit
                name = _without_possessive(self.text[at : rest.end()])
                if name in self.tables.by_name:
                    continue
                self.add(_Found(at, at + len(name), name, ActorKind.ARMED_GROUP, 1))

    def _before_heads(
        self, heads: Iterable[str], pattern: re.Pattern[str], reach: int
    ) -> Iterator[tuple[re.Match[str], int]]:
        """
        What `pattern` finds right before each of `heads` ("Haftar's" before "forces"), with where the head ends.

        The heads are looked up in the word index, so that a story without them costs nothing.
        """
        words = self.phrases.word_starts()
        for head in heads:
            for at in words.get(head, ()):
                before = pattern.search(self.text, max(0, at - reach), at)
                if before is not None:
                    yield before, at + len(head)

    def offices(self) -> None:
        """
        A leader's office, named by the leader: "Prime Minister Benjamin Netanyahu's office said".

        The office speaks for the government; the leader named is an actor too, as coders list both. Only a
        head of state or government (by title, or in the gazetteer) has one so named; "the envoy's office"
        does not.
        """
        starts = self.phrases.word_starts().get("office", ())
        if not starts:
            return
        persons: dict[int, _Found] = {}  # the longest mention of a person ending at each offset, title and all
        for f in self.found:
            if f.kind is ActorKind.PERSON and (f.end not in persons or f.start < persons[f.end].start):
                persons[f.end] = f
        for at in starts:
            owner = persons.get(at - 3)
            if owner is None or self.text[at - 3 : at] not in _OWNERS_BEFORE_OFFICE:
                continue
            entry = self.tables.by_name.get(owner.name)
            leads = entry is not None and entry.kind is ActorKind.PERSON
            if not leads and not (owner.title and _HEAD_TITLE.search(owner.title)):
                continue
            name = f"{owner.name.split()[-1]}'s office"
            self.add(_Found(owner.start, at + len("office"), name, ActorKind.GOVERNMENT_BODY, 3))
            self.nested.append(owner)  # the leader whose office it is, kept inside the office's mention

    def _given_names(self, surnames: set[str]) -> None:
        """
        A person's given name alone as the subject of a saying ('"...," Anwar said').

        Malay, Indonesian and Arab names are often shortened so. Only a name one person has, and
        no one's surname.
        """
        given: dict[str, list[str]] = {}
        for full in self.persons:
            tokens = full.split()
            if len(tokens) >= 2 and len(tokens[0]) >= _SURNAME_LENGTH:
                given.setdefault(tokens[0], []).append(full)
        unique = {name: fulls[0] for name, fulls in given.items() if len(fulls) == 1 and name not in surnames}
        if not unique:
            return
        for start, end, name in self.phrases.exact(unique):
            if _SAYING_AFTER.match(self.text, end) and start > self.persons[unique[name]].start:
                self.person(start, end, unique[name], title=None, affiliation=None, rank=2)


_OWNERS_BEFORE_OFFICE = frozenset({"'s ", "’s "})
_HEAD_TITLE = re.compile(r"(?i:\b(?:president|prime\sminister|premier|chancellor|king|emir|PM)\b)")
"""Titles of a head of state or government, whose office speaks for the government."""
_LEADER_FORCES_HEADS = ("troops", "forces", "army", "soldiers", "loyalists", "militias", "militia")
_GROUP_HEADS = ("faction", "group", "brigade", "militia")
"""What an armed group is called right after its name: "the Jaish al-Shamal faction"."""
_GROUP_NAME_BEFORE = re.compile(
    r"\b(?i:the)\s(?P<name>(?:[A-Z][\w'’-]*|(?:al|el)-[A-Z][\w'’-]*)"
    r"(?:\s(?:[A-Z][\w'’-]*|(?:al|el)-[A-Z][\w'’-]*|al|el|bin|ibn)){0,4})\s"
    r"(?:(?:rebel|armed|militant|insurgent|jihadist|Islamist)\s)?$"
)
_GROUP_NAME_REACH = 80
# A unit word and the capitalised words or Arabic particles after it, on one line: "Kataib Sayyid al-Shuhada"
_UNIT_NAME = re.compile(r"(?: (?:(?:al|el|ad|an|ar|as|ash|at|ul)-)?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?){1,5}")
_TOLD_BY_ITS_TIES = re.compile(
    r"-(?:backed|aligned|allied|linked|led|based|affiliated|funded|supported|sponsored)$|['’]s?$"
)
"""A word that ties the group to another ("the Iran-backed group", "the party's militia"): no name of its own."""
_SURNAME_BEFORE = re.compile(r"(?<![\w-])(?P<surname>[A-Z][\w-]{2,})(?:['’]s?)?\s$")
_SURNAME_REACH = 30


def _settle(found: list[_Found]) -> list[_Found]:
    """
    Keep the longest, most specific mention where candidates overlap.

    A name spelt out before its acronym keeps its extent: "Nkunda's National Congress for the Defence" read
    by another rule gives way to "National Congress for the Defence of the People (CNDP)".
    """
    spelt = [(f.start, f.end) for f in found if f.defined]
    if spelt:  # a mention across a spelt name's edge, not one inside it or around it ("Puntland's ... Agency")
        found = [f for f in found if f.defined or not any(_crosses(f, start, end) for start, end in spelt)]
    ordered = sorted(found, key=lambda f: (f.start, -(f.end - f.start), -f.rank))
    kept: list[_Found] = []
    for candidate in ordered:
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept


def _initials_in_any_order(tokens: Sequence[str], acronym: str) -> bool:
    """Whether a name's capitalised words begin with the acronym's letters, each once, in any order."""
    initials = sorted(token[0] for token in tokens if token[:1].isupper())
    return acronym.isalpha() and acronym.isupper() and initials == sorted(acronym)


def _crosses(found: _Found, start: int, end: int) -> bool:
    """Whether a mention overlaps ``start:end`` across one of its edges, neither inside it nor around it."""
    return found.start < start < found.end < end or start < found.start < end < found.end


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _slug(name: str) -> str:
    slug = _NOT_SLUG.sub("-", name.lower()).strip("-")
    return slug or "actor"


@attrs.define
class _Record:
    """What is known so far of one actor while its mentions are gathered."""

    kind: ActorKind
    title: str | None = None
    affiliation: str | None = None
    aliases: list[str] = attrs.field(factory=list)
    spans: list[Span] = attrs.field(factory=list)


@attrs.define
class _Builder:
    """Accumulates actors by canonical name, in order of first mention."""

    text: str
    demonyms: Collection[str]
    actors: dict[str, _Record] = attrs.field(factory=dict)
    mentions: list[tuple[Span, str]] = attrs.field(factory=list)

    def add(
        self, name: str, kind: ActorKind, start: int, end: int, *, title: str | None, affiliation: str | None
    ) -> None:
        # names found across a line break are written on one line ("Vladimir\nPutin")
        name, title = one_line(name), one_line(title) if title is not None else None
        affiliation = one_line(affiliation) if affiliation is not None else None
        record = self.actors.get(name)
        if record is None:
            record = self.actors[name] = _Record(kind=kind)
        record.title = record.title or title
        if record.affiliation is None and affiliation != name:
            record.affiliation = affiliation
        alias = one_line(_without_possessive(self.text[start:end]).strip())
        if alias and alias not in self.demonyms and alias.lower() != name.lower() and alias not in record.aliases:
            record.aliases.append(alias)
        if title and alias.lower().startswith(title.lower() + " "):
            # "president Álvaro Uribe" as written, of Alvaro Uribe: the name as written is an alias too
            bare = alias[len(title) + 1 :]
            if bare.lower() != name.lower() and bare not in record.aliases:
                record.aliases.append(bare)
        span = span_at(start, end)
        record.spans.append(span)
        self.mentions.append((span, name))

    def table(self) -> ActorTable:
        ids: dict[str, str] = {}
        taken: set[str] = set()  # the ids given so far: a set, so that a story of many actors costs linear time
        for name in self.actors:
            slug = base = _slug(name)
            n = 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            ids[name] = slug
            taken.add(slug)
        actors = [
            Actor(
                id=ids[name],
                name=name,
                kind=record.kind,
                title=record.title,
                affiliation=ids.get(record.affiliation) if record.affiliation else None,
                aliases=record.aliases,
                mentions=sorted(record.spans, key=_span_key),
            )
            for name, record in self.actors.items()
        ]
        mentions = [
            ActorMention(span=span, text=self.text[span.start : span.end], actor_id=ids[name])
            for span, name in self.mentions
        ]
        return ActorTable(actors=actors, mentions=mentions)


def _demonym_of(state: str | None, tables: _Tables) -> str | None:
    entry = tables.by_name.get(state) if state else None
    if entry is None:
        return None
    return entry.demonyms[0] if entry.demonyms else entry.name


_THE_BEFORE = re.compile(r"(?i:\bthe)\s$")


def _resolve(
    kept: list[_Found],
    text: str,
    tables: _Tables,
    persons: dict[str, _Found],
    phrases: PhraseIndex,
    *,
    home: str | None = None,
) -> ActorTable:
    """
    Give every mention its canonical actor: families named by their demonym, forces by their state.

    `home` is the state of the dateline's place, if it is one ("KHARTOUM"): the state whose army or
    government "the army" and "the government" are when the story names no state of its own.
    """
    governments = {f.affiliation: f.name for f in kept if f.kind is ActorKind.GOVERNMENT and f.affiliation}
    families: dict[str, str] = {}
    for f in kept:
        if f.kind is not ActorKind.GOVERNMENT and f.affiliation and f.name.split(" ", 1)[-1] in tables.family_kind:
            families.setdefault(f.name.split(" ", 1)[-1], f.name)
    for f in kept:
        if f.kind is ActorKind.MILITARY and f.affiliation and text[f.start : f.end].endswith(" security forces"):
            families.setdefault("security forces", f.name)  # "Sudanese security forces", then "Security forces"
    for f in kept:
        family = tables.party_family.get(f.name.split(" ", 1)[-1].lower()) if f.name.startswith("+") else None
        if family is not None:  # "the rights groups" after "local rights groups": those
            families.setdefault(family, f.name[1:])
    main_state = next(iter(governments), None)
    ministries = list(  # each once: the short form of a name is looked up among them for every mention
        dict.fromkeys(
            f.name for f in kept if f.kind is ActorKind.GOVERNMENT_BODY and f.affiliation and " Ministry" in f.name
        )
    )
    groups = list(
        {
            f.name: f
            for f in kept
            if f.kind is ActorKind.ARMED_GROUP
            and not f.name.startswith("*")
            and f.name.split(" ", 1)[-1] not in tables.family_kind
        }.values()
    )  # the armed groups named as such ("M23", "the ELN"), not "Syrian rebels"
    # the one military the story names, for "the military" and "the junta" said of it
    named_militaries = {
        f.name for f in kept if f.kind is ActorKind.MILITARY and f.name and not f.name.startswith(("*", "forces loyal"))
    }
    builder = _Builder(text, tables.by_demonym)
    for f in kept:
        name, kind, affiliation = f.name, f.kind, f.affiliation
        if kind is ActorKind.MILITARY and name == "":  # forces named by their leader
            leader = persons.get(affiliation or "")
            entry = tables.by_name.get(affiliation or "")
            state = (leader.affiliation if leader else None) or (entry.affiliation if entry else None)
            group = tables.by_name.get(state or "")
            if group is not None and group.kind is not ActorKind.STATE:
                # "Hemedti's forces": the leader leads a group, not a state; its forces are the group
                name, kind, affiliation = group.name, group.kind, None
            else:
                demonym = _demonym_of(state, tables)
                name = f"{demonym} government forces" if demonym else f"forces loyal to {affiliation}"
                affiliation = governments.get(state) if state else None
        elif name.startswith("*"):
            family = name[1:]
            if (
                family == "government forces"
                and len(named_militaries) == 1
                and _BARE_MILITARY.fullmatch(text, f.start, f.end)
            ):
                name = next(iter(named_militaries))  # "the Israel Defense Forces ... the military said": the IDF
            elif family == "government forces":
                demonym = _demonym_of(main_state, tables)
                name = f"{demonym} government forces" if demonym else "government forces"
            else:
                name = families.get(family, family)
            if name == "rebels" and len(groups) == 1 and _THE_BEFORE.search(text, max(0, f.start - 4), f.start):
                name, kind, affiliation = groups[0].name, groups[0].kind, groups[0].affiliation  # the one group named
        elif name.startswith("+"):
            name = name[1:]
        elif kind is ActorKind.GOVERNMENT_BODY and affiliation is None and name.endswith(" Ministry"):
            name = next((m for m in ministries if m.endswith(f" {name}")), name)  # "the Defense Ministry"
        elif text[f.start : f.end] in tables.metonyms and affiliation is None and name in governments:
            name, kind, affiliation = governments[name], ActorKind.GOVERNMENT, name  # "Damascus": the government
        builder.add(name, kind, f.start, f.end, title=f.title, affiliation=affiliation)
    _aliases_by_article(builder, phrases, tables, kept, home=home)
    return builder.table()


def _aliases_by_article(
    builder: _Builder, phrases: PhraseIndex, tables: _Tables, kept: list[_Found], *, home: str | None = None
) -> None:
    """Resolve "the regime", "the ministry", "the army" to the nearest government, ministry or military before them."""
    taken = [(f.start, f.end) for f in kept]
    starts = [s for s, _ in taken]

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return not (i >= 0 and taken[i][1] > start) and not (i + 1 < len(starts) and starts[i + 1] < end)

    text = builder.text
    ordered = [  # "the government", "the internationally recognised government", "the Saudi-backed government"
        (m.start(), m.end(), m.lastgroup or "")
        for m in phrases.all(tables.bare)
        if _BARE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ]
    if not ordered:
        return
    # The mentions that can be referred back to, by kind, in text order.
    targets: dict[str, list[tuple[int, str]]] = {"government": [], "ministry": [], "military": []}
    for span, name in sorted(builder.mentions, key=lambda mention: (mention[0].start, mention[0].end, mention[1])):
        kind = builder.actors[name].kind
        if kind is ActorKind.GOVERNMENT:
            targets["government"].append((span.start, name))
        elif kind is ActorKind.GOVERNMENT_BODY and "Ministry" in name:
            targets["ministry"].append((span.start, name))
        elif kind is ActorKind.MILITARY and "police" not in name.lower():
            targets["military"].append((span.start, name))  # "the army": the armed forces named before, not police
    backers = {f.name for f in kept if f.backer} - {f.name for f in kept if not f.backer}
    states = [name for name, record in builder.actors.items() if record.kind is ActorKind.STATE and name not in backers]
    if home is not None and (not states or states[0] == home):
        states = [home]  # "KHARTOUM (Reuters) - ... accused the army": the dateline's state, when named first
    own = tables.militaries.get(states[0]) if len(states) == 1 else None
    mentioned = sorted(builder.mentions, key=lambda mention: (mention[0].start, mention[0].end, mention[1]))
    mention_starts = [span.start for span, _ in mentioned]
    for start, end, what in ordered:
        candidates = targets[what]
        index = bisect.bisect_left(candidates, (start, "")) - 1
        state = None
        if what == "military" and len(states) > 1 and index < 0:
            # "Israeli Prime Minister Benjamin Netanyahu responded that the army would ...": the state of the party
            # named just before in the sentence, when the story names several
            state = _state_just_before(builder, mentioned, mention_starts, start, set(states))
        if index >= 0 and free(start, end):
            name = candidates[index][1]
            builder.add(name, builder.actors[name].kind, start, end, title=None, affiliation=None)
        elif what == "military" and state is not None and free(start, end):
            entry = tables.militaries.get(state)
            if entry is not None:
                builder.add(entry.name, entry.kind, start, end, title=None, affiliation=state)
            else:
                name = f"{_demonym_of(state, tables)} {text[start:end].lower()}"
                builder.add(name, ActorKind.MILITARY, start, end, title=None, affiliation=state)
        elif what == "military" and own is not None and free(start, end):
            # "Sudan's capital ... the army accused the RSF": the one state's own armed forces
            builder.add(own.name, own.kind, start, end, title=None, affiliation=states[0])
        elif what == "military" and len(states) == 1 and free(start, end):
            # "Colombian President ... The army has kept the districts under siege": the one state's army, which
            # the gazetteer does not name
            name = f"{_demonym_of(states[0], tables)} {text[start:end].lower()}"
            builder.add(name, ActorKind.MILITARY, start, end, title=None, affiliation=states[0])
        elif what == "government" and len(states) == 1 and free(start, end):
            # "Yemen's Houthi rebels and the government agreed": the one state's government
            demonym = _demonym_of(states[0], tables)
            builder.add(f"{demonym} government", ActorKind.GOVERNMENT, start, end, title=None, affiliation=states[0])


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_PLACE_BEFORE_STATE = re.compile(
    r"(?<![\w-])(?i:in|into|from|at|near|outside|inside|across|over|to|of)\s(?:the\s)?(?:[\w-]+\s)?$"
)
_STATE_REACH = 160
"""How far back in its sentence the party whose army "the army" is may be named."""


def _state_just_before(
    builder: _Builder, mentioned: list[tuple[Span, str]], starts: list[int], at: int, states: set[str]
) -> str | None:
    """The state named, or served, by the last party named before `at` in its sentence; None if there is none."""
    index = bisect.bisect_left(starts, at) - 1
    floor = max(0, at - _STATE_REACH)
    while index >= 0 and starts[index] >= floor:
        span, name = mentioned[index]
        if _SENTENCE_BREAK.search(builder.text, span.end, at):
            return None
        # "troops from neighbouring Eritrea", "in the Palestinian territories": a place, not a party
        if _PLACE_BEFORE_STATE.search(builder.text, max(0, span.start - 30), span.start) is None:
            if name in states:
                return name
            affiliation = builder.actors[name].affiliation
            if affiliation in states:
                return affiliation
        index -= 1
    return None


def find_actors(analysis: Analysis) -> Analysis:
    """Find every actor and every mention of it, aliases merged."""
    text = analysis.article.text
    tables = _tables(analysis.lexicon)
    published = analysis.article.published
    finder = _Finder(text, tables, analysis.phrases, published.year if published is not None else None)
    finder.titled()
    finder.cued()
    finder.appositions()
    finder.known()
    finder.joined()  # after the gazetteer's persons: "Sergey Lavrov and Mevlut Cavusoglu"
    finder.titles_alone()
    finder.the_title()
    finder.surnames()
    finder.leaders_forces()
    finder.groups_named_with_their_kind()
    finder.unit_named()
    finder.offices()
    finder.acronyms()
    finder.ministries()
    finder.compounds()
    finder.parties()
    finder.peoples()
    finder.described([sentence.start for sentence in analysis.article.sentences])
    finder.seated()
    finder.bodies()
    finder.sources()
    dateline = analysis.article.dateline
    # "ADDIS ABABA (AA) –": where the story was filed is no party to it; who filed it is its source
    kept = sorted(
        (
            f
            for f in [*_settle(finder.found), *finder.nested]
            if (
                dateline is None
                or not dateline.span.start <= f.start < f.end <= dateline.span.end
                or f.kind is ActorKind.MEDIA
            )
            # "the Nationwide Ceasefire Agreement (NCA)", "the General Peace Agreement": a text signed, no one to act
            and f.name.rpartition(" ")[2] not in tables.documents
        ),
        key=lambda f: (f.start, f.end),
    )
    entry = tables.by_name.get(dateline.place) if dateline is not None and dateline.place else None
    home = entry.name if entry is not None and entry.kind is ActorKind.STATE else None  # "KHARTOUM, June 10 -"
    if home is None and dateline is not None:
        # "MEKELLE, Ethiopia (Reuters) -": a town the gazetteer does not know, filed from the state named after it
        home = next(
            (
                f.name
                for f in finder.found
                if f.kind is ActorKind.STATE and dateline.span.start <= f.start < f.end <= dateline.span.end
            ),
            None,
        )
    return attrs.evolve(analysis, actors=_resolve(kept, text, tables, finder.persons, analysis.phrases, home=home))
