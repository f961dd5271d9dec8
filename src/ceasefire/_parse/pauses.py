"""
Stage: the story's humanitarian pauses, truces or ceasefires, with their hours and corridors.

A story is mostly about one halt in fighting; every mention of it ("a new humanitarian pause",
"the pause in fighting", "the truce") enriches the same pause. A halt introduced as new in
another place ("In the east, the SDF announced a daily pause in Baghouz") is a pause of its
own (`_Parts`). Mentions of other halts ("a short ceasefire that ended last month", "a truce
could be reached") are left to the events stage. A pause's facts come from the sentences that
mention it or its corridors: the time expressions there (a clock window and its day, a duration, "daily"), who ordered
and who announced it, its purpose ("to let aid convoys reach the port"), where it holds, and each
corridor with its count, beneficiaries, arms, destination and conditions.

Whatever the text does not say stays empty; nothing is guessed.
"""

from __future__ import annotations

import bisect
import datetime
import enum
import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence

import attrs

from ceasefire._lexicon import Lexicon
from ceasefire._model import (
    ActorKind,
    Corridor,
    DailyWindow,
    FigureCategory,
    HumanitarianPause,
    PauseKind,
    Precision,
    Span,
    Status,
    When,
    span_at,
)
from ceasefire._parse._attribution import ACCORDING_TO, SAID_BEFORE, actor_after, subjects_before
from ceasefire._parse._mentions import ActorMention, Analysis, NumberMention, TimeMention
from ceasefire._parse._text import (
    UPPER,
    PhraseIndex,
    SentenceLookup,
    alternation,
    containing,
    keyed,
    lead_sentence,
    one_line,
    phrase_pattern,
    start_after_within,
    title_end,
    word_pairs,
)
from ceasefire._parse.time import MONTH_NAMED, TOOK_EFFECT, day_after, war_begun_before


_LEADING_ARTICLE = re.compile(r"^(?:[Tt]he|An?)\s")
_TRAILING_POSSESSOR = re.compile(r"(?:,\s(?:and\s)?|\sand\s)[^,]*['’]s?$")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_HEADLINE_WORD = re.compile(
    r"\s(?:Despite|After|Amid|As|For|With|Without|Before|Over|Under|Against|To|From|Into|At|On|By|Says?|Said|Kills?"
    r"|Killed|Agrees?|Agreed|Declares?|Announces?|Offers?|Calls?|Opens?|Ends?|Holds?|Begins?|Starts?|Extends?"
    r"|Extended|Renews?|Suspends?|Breaks?|Halts?|Signs?|Rejects?|Accuses?|Urges?|Welcomes?|Cancels?|Cancell?ed"
    r"|Violates?|Violated|Accepts?|Accepted|Observes?|Seeks?|Proposes?|Proposed|Ignores?|Brokers?|Brokered)\b.*$"
)
"""A word a headline written in Title Case capitalises after a place's name: the place ends before it."""
_LEADING_POSSESSOR = re.compile(r"^(?:[A-Z][\w-]*\s){0,2}\S+['’]s\s(?=\S)")  # "Yemen's", "Sierra Leone's"
_PURPOSE_LEAD = re.compile(r"^(?:in order|so as|so that|aimed at|designed|the aim is|meant|intended)\s")


def _pairs(lexicon: Lexicon, name: str) -> dict[str, str]:
    return {k.lower(): v for k, v in word_pairs(lexicon, name).items()}


def _words(lexicon: Lexicon, name: str, *, ignore_case: bool = True) -> re.Pattern[str]:
    return phrase_pattern(lexicon.word_list(name), ignore_case=ignore_case)


@attrs.frozen
class PauseWords:
    """The pause words of a lexicon, compiled once (`pause_words`)."""

    kinds: dict[str, PauseKind]
    triggers: re.Pattern[str]
    other_before: re.Pattern[str]
    other_before_far: re.Pattern[str]
    another_halt_before: re.Pattern[str]
    other_after: re.Pattern[str]
    figurative_before: re.Pattern[str]
    figurative_after: re.Pattern[str]
    made_by_civil_parties: re.Pattern[str]
    verb_objects: re.Pattern[str]
    other_objects: re.Pattern[str]
    status_before: re.Pattern[str]
    statuses_before: dict[str, Status]
    other_clause: re.Pattern[str]
    order_verbs: re.Pattern[str]
    announce_verbs: re.Pattern[str]
    statuses: dict[str, Status]
    status_words: re.Pattern[str]
    purpose: re.Pattern[str]
    corridor: re.Pattern[str]
    not_corridor_before: re.Pattern[str]
    armed: re.Pattern[str]
    unarmed: re.Pattern[str]
    conditions: re.Pattern[str]
    place: re.Pattern[str]
    place_at: re.Pattern[str]
    place_against: re.Pattern[str]
    destination: re.Pattern[str]
    destination_before: re.Pattern[str]
    destination_just_before: re.Pattern[str]
    origin_before: re.Pattern[str]
    origin: re.Pattern[str]
    not_places: frozenset[str]
    demonyms: frozenset[str]
    """Adjectives of states ("Malian"): a place's name never ends in one ("the northern Malian city")."""
    effect: re.Pattern[str]
    halt_to_come: re.Pattern[str]
    halt_verbs: re.Pattern[str]
    war_words: re.Pattern[str]
    weak_war_words: frozenset[str]
    war_figure_before: re.Pattern[str]
    war_figure_after: re.Pattern[str]
    other_world_words: re.Pattern[str]
    announcing: re.Pattern[str]
    continuation: re.Pattern[str]
    start_cue_before: re.Pattern[str]
    announcing_after: re.Pattern[str]
    event_place: re.Pattern[str]
    separate: re.Pattern[str]
    extension: re.Pattern[str]
    beneficiaries: re.Pattern[str]
    weekday: re.Pattern[str]
    generic_place_words: frozenset[str]
    """Words that describe a place without telling it apart ("northern", "city"): lower case."""
    states: dict[str, str]
    state_demonyms: dict[str, str]
    """Every name of a state in the gazetteer (capitals included) to its canonical name."""
    capital_states: dict[str, tuple[str, ...]]
    """
    The states' capitals, each to its state's other names and demonyms: a deal named after a capital was made
    there ("the Algiers accord"), not held there, unless the story names that state as one at war.
    """
    capital_names: re.Pattern[str]
    """The capitals as written, found once a text through its word index."""


_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
"""A day of the week's name, for the patterns that read one ("agreed on Wednesday to", "on Sunday after talks")."""
_NAME = (
    rf"(?:(?:al|el|ad|ar|as|ash|az)-)?[{UPPER}][\w’'-]*"
    rf"(?:\s(?:of\s(?:the\s)?|(?:al|el|es|ad|adh|an|ar|as|ash|at|ath|az)-|(?:de|da|do|dos|das|di|del|du|es)\s)?"
    rf"[{UPPER}][\w’'-]*){{0,3}}"
)
"""
A place's name: capitalised words, joined by particles ("Democratic Republic of Congo", "Mocímboa da Praia",
"Dar es Salaam"), after an Arabic article written in lower case ("al-Dhale", "ar-Raqqa", "Tal as-Sultan").
"""


def _place_pattern(regions: str, descriptors: str, titles: str) -> str:
    """A place name after optional descriptors: "the besieged Syrian city of Homs" gives "Homs"; lists too."""
    # a list's next item is no person's title, nor a speaker: "in the Nuba Mountains, Information Minister Hamid
    # Osman told", "in northern Syria, Pence said"
    next_item = rf"(?:,\s(?:and\s)?|\sand\s)(?!(?:[{UPPER}][\w’'-]*\s){{0,2}}(?:{titles}|said|says|told|tells|added)\b)"
    names = rf"{_NAME}(?:{next_item}{_NAME}){{0,6}}"
    describing = descriptors  # "besieged", "embattled": words before a place's name
    descriptors = (
        # "the Ukrainian-held city of", "the al-Qaida-held port city of"
        rf"{descriptors}|[A-Za-z]+(?:-[A-Za-z]+){{0,2}}-(?:held|controlled|run|besieged|occupied)"
        # "the Sudanese city of El Fasher"; "the southern Syrian town of Tafas";
        # "the Port-au-Prince neighbourhood of Turgeau"
        r"|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?\s(?:[a-z]+\s)?(?:city|town|region|province|village|enclave|port|capital"
        r"|district|state|cities|towns|villages|districts|neighbou?rhoods?|suburbs?|quarter|township|commune)\sof"
        # "the Chechen capital Grozny", "the Libyan port city Misrata": the name right after what it is
        rf"|[A-Z][\w-]*\s(?:[a-z]+\s)?(?:capital|city|town|port|port\scity)(?=\s[{UPPER}])"
        rf"|(?:{regions})(?=\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)?\s(?:[a-z]+\s)?"
        r"(?:city|town|region|province|village|district|cities|towns|villages|districts)\sof\s)"
        # "Yemen's contested port city of Hodeidah": a possessor, then what the place is
        rf"|[{UPPER}][\w-]*['’]s(?=\s(?:[a-z-]+\s){{0,2}}(?:city|town|region|province|village|enclave|port|district|capital"
        r"|base|headquarters|neighbou?rhood|suburb|quarter),?\s)"
        # "Syria's northwestern Idlib province", "Sudan's besieged El Fasher", "Syria's besieged eastern Ghouta":
        # a possessor, then the place's name
        rf"|[{UPPER}][\w-]*(?:['’]s|s['’])(?=\s(?:(?:{regions}|{describing})\s){{0,2}}[{UPPER}])"
        r"|(?:[a-z-]+\s){0,2}(?:city|town|region|province|village|enclave|port|district|camp|cities|towns"
        r"|regions|provinces|villages|districts|townships|township|commune|municipality|county|governorate|oblast"
        r"|prefecture|department|locality|neighbourhood|neighborhood|division|woreda|barangay|tehsil|sub-county"
        r"|centre|center|settlements?|area|areas|outskirts|vicinity|stronghold|bastion)\sof"  # "the area of ..."
        # "to screening centres at Vavuniya", "to the displacement camp at Ain Issa"
        # "to the mission's team sites at Mehaires", "to hospitals in Kobani"
        # "to the checkpoint near al-Qutayfah", "to the crossing at Rafah"
        r"|(?:[a-z-]+['’]s\s)?(?:[a-z-]+\s){0,2}(?:centres?|centers?|camps?|shelters?|sites?|bases?|hospitals?"
        r"|checkpoints?|crossings?|bridges?)"
        r"\s(?:at|in|near)"
        # "to the state capital, Sittwe", "to the district headquarters, Khar"
        r"|(?:[a-z-]+\s)?(?:capital|city|town|port|headquarters),"
    )
    return rf"(?:the\s)?(?:(?:{descriptors})\s)*(?P<place>(?:(?:{regions})\s)?(?:the\s)?{names})"


def _inflected(verb: str) -> tuple[str, ...]:
    """A regular verb's forms: "halt", "halts", "halted", "halting"; "stop" doubles ("stopped")."""
    if verb.endswith("e"):
        return (verb, verb + "s", verb + "d", verb[:-1] + "ing", *_IRREGULAR.get(verb, ()))
    doubled = (
        len(verb) <= _SHORT_VERB and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou"
    )
    stem = verb + verb[-1] if doubled else verb
    return (verb, verb + "s", stem + "ed", stem + "ing", *_IRREGULAR.get(verb, ()))


_SHORT_VERB = 4
"""Verbs of one short syllable double their last consonant: "stop", "stopped"."""
_IRREGULAR = {"freeze": ("froze", "frozen"), "hold": ("held",)}


_MAKING_VERBS = (
    "(?:declares|declared|announces|announced|agrees|agreed|offers|offered|proposes|proposed|observes|observed"
    "|orders|ordered)"
)
"""Verbs by which a party makes a halt: after one, the word before them names who made it, not what it is of."""


@functools.lru_cache(maxsize=8)
def pause_words(lexicon: Lexicon) -> PauseWords:
    """The pause, corridor and place words of a lexicon; the events stage reads places with them too."""
    kinds = {k: PauseKind(v) for k, v in _pairs(lexicon, "pause.triggers").items()}
    statuses = {k: Status(v) for k, v in _pairs(lexicon, "pause.status").items()}
    verbs = "|".join(re.escape(v) for v in sorted(lexicon.word_list("pause.purpose_verbs"), key=len, reverse=True))
    cues = "|".join(re.escape(c) for c in sorted(lexicon.word_list("pause.purpose_cues"), key=len, reverse=True))
    regions = "|".join(re.escape(r) for r in lexicon.word_list("place.regions")) or "(?!x)x"
    descriptors = "|".join(re.escape(r) for r in lexicon.word_list("place.descriptors")) or "(?!x)x"
    preps = "|".join(re.escape(p) for p in lexicon.word_list("place.prepositions")) or "(?!x)x"
    titles = "|".join(re.escape(t) for t in sorted(lexicon.titles, key=len, reverse=True) if t[:1].isupper())
    place = _place_pattern(regions, descriptors, titles or "(?!x)x")
    halt_verbs = sorted({form for verb in lexicon.word_list("pause.halt_verbs") for form in _inflected(verb)})
    return PauseWords(
        kinds=kinds,
        triggers=phrase_pattern(tuple(kinds), ignore_case=True),
        other_before=re.compile(
            # its quotation marks between: 'rejected an offer of a "truce"', 'the idea of a "Christmas truce"'; a word
            # with its initials between: "on reviving a U.N.-brokered truce"
            rf"(?:^|\W)(?:{_words(lexicon, 'pause.other_before').pattern})(?:\s[\"“‘']?(?:[A-Z]\.)*[\w-]+)?\s[\"“‘']?$",
            re.IGNORECASE,
        ),
        other_before_far=re.compile(
            rf"(?:^|\W)(?:{_words(lexicon, 'pause.other_before').pattern})(?:\s[\"“‘']?[\w-]+){{2}}\s[\"“‘']?$",
            re.IGNORECASE,
        ),
        # the start of an `other_before` match, past the character before it: 'a previous "truce"', "Several earlier"
        another_halt_before=re.compile(
            rf"\W?(?:{_words(lexicon, 'pause.another_halt_before').pattern})", re.IGNORECASE
        ),
        # right after the mention, one word between at most: "truce talks", "the truce, which expired", "'truce' offer"
        other_after=re.compile(
            # not an apposition on the deed after a comma: "a pause in Manbij, a bid to push militants out"; nor
            # what came before it: "agreed to a ceasefire after talks" is made by them
            rf"[\"”’']?(?:,\s(?!(?:a|an)\s)|\s)(?:(?!(?:after|following)\s)[\w-]+\s)?[\"“]?"
            rf"(?:{_words(lexicon, 'pause.other_after').pattern})",
            re.IGNORECASE,
        ),
        other_clause=_words(lexicon, "pause.other_clause"),
        figurative_before=re.compile(
            # 'call budget "truce"': a quotation mark may open the pause word
            # not a verb of making between: "gang coalition declares 'truce'" is the coalition's own halt
            rf"(?:^|\W)(?:{_words(lexicon, 'pause.figurative_before').pattern})(?:\s(?!{_MAKING_VERBS}\b)[\w-]+)?"
            r"\s[\"“‘']?$",
            re.IGNORECASE,
        ),
        # "lawyers for both sides had struck a truce over the disclosure of records": no halt in fighting
        made_by_civil_parties=re.compile(
            rf"(?<![\w-])(?:{_words(lexicon, 'pause.civil_parties').pattern})(?:\s[\w'’-]+){{0,4}}?"
            r"\s(?:had\s|have\s|has\s)?(?:struck|strikes|(?:agreed|agree|agrees)(?:\s(?:to|on))?|reached|reach|reaches|signed|sign|signs|declared|declare|declares|called|call|calls|announced|announce|announces)"
            r"\s(?:(?:a|an)\s)?(?:[\w-]+\s)?[\"“‘']?$",
            re.IGNORECASE,
        ),
        figurative_after=re.compile(
            # 'call "ceasefire" in price war', "a truce in China's car price war"
            rf"[\"”’']?\s(?:{_words(lexicon, 'pause.figurative_after').pattern}"
            # "lift the pause it had imposed on intelligence sharing": its object told past the one who set it
            rf"|(?:(?:it|they|that|which)\s(?:had\s|has\s)?(?:imposed|placed|put)\s)?"
            rf"(?:on|in|over)\s(?:(?:the|its|their|a|separate|further|new)\s)?(?:[A-Z][\w-]*['’]s\s)?(?:[a-z-]+\s)?"
            rf"(?:{_words(lexicon, 'pause.figurative_objects').pattern})"
            # "a truce in their months-long feud over the 2026 budget", "in a weeks-long row over the 2025/26 budget"
            # "call truce in app store war", 'a "truce" in their four-year legal battle': a business's war
            rf"|in\s(?:(?:their|its|the|a)\s)?(?:[\w-]+\s){{0,2}}?(?:app\sstore|store|streaming|smartphone|chip|console"
            rf"|retail|delivery|ride-hailing|taxi|airline|cola|coffee|burger|tech|legal|court|courtroom|patent|copyright"
            rf"|antitrust|boardroom|corporate|business|billboard|advertising|marketing)"
            rf"\s(?:wars?|battles?|fights?|feuds?|disputes?|rows?)\b"
            rf"|in\s(?:their|its|the|a)\s(?:[\w-]+\s)?(?:feud|row|dispute|quarrel|standoff|spat|fight|battle)\sover\s"
            rf"(?:(?:the|a|its|their)\s)?(?:\d{{4}}(?:[/-]\d{{2,4}})?\s)?"
            rf"(?:{_words(lexicon, 'pause.figurative_objects').pattern}))",
            re.IGNORECASE,
        ),
        status_before=re.compile(
            rf"(?:^|\W)(?P<verb>{phrase_pattern(tuple(_pairs(lexicon, 'pause.status_before'))).pattern})"
            rf"\s(?:(?:the|a|an|its|their)\s)?(?:[\w-]+\s){{0,2}}$",
            re.IGNORECASE,
        ),
        statuses_before={k.lower(): Status(v) for k, v in _pairs(lexicon, "pause.status_before").items()},
        verb_objects=re.compile(rf"\s(?:all\s)?(?:{_words(lexicon, 'pause.verb_objects').pattern})", re.IGNORECASE),
        # "U.S. pauses weapons shipments to Haiti": the verb, its object something else than fighting
        other_objects=re.compile(
            rf"\s(?:[\w-]+\s)?(?:{_words(lexicon, 'pause.figurative_objects').pattern})(?![\w-])", re.IGNORECASE
        ),
        order_verbs=_words(lexicon, "pause.order_verbs"),
        announce_verbs=_words(lexicon, "pause.announce_verbs"),
        statuses=statuses,
        status_words=phrase_pattern(tuple(statuses), ignore_case=True),
        purpose=re.compile(
            rf"""(?:(?:{cues})\s|(?<![\w-])to\s)(?:{verbs})\b[^.;:,"“”!?()]{{0,80}}""",
            re.IGNORECASE,
        ),
        corridor=_words(lexicon, "corridor.words"),
        not_corridor_before=re.compile(
            rf"(?<![\w-])(?i:{alternation(lexicon.word_list('corridor.not_before'))})\s(?:[a-z]+\s)?$"
        ),
        armed=_words(lexicon, "corridor.armed"),
        unarmed=_words(lexicon, "corridor.unarmed"),
        conditions=_words(lexicon, "corridor.conditions"),
        place=re.compile(rf"\s(?i:{preps})\s{place}"),
        # right after the pause word only: "eight-hour pause at Nahr al-Bared" ("at" elsewhere is a checkpoint's)
        place_at=re.compile(rf"\s(?i:at)\s{place}"),
        # right after a halt of blows only: "suspended its air strikes against Yugoslavia", their target
        place_against=re.compile(rf"\s(?i:against)\s{place}"),
        destination=re.compile(
            rf"(?<![Aa]ccording)\s(?:to|towards|toward|into|(?:heading|headed|bound)\s(?:for|to))\s{place}"
        ),
        origin=re.compile(rf"\s(?:from|out\sof)\s{place}"),
        # "soldiers ... shelled while leaving Ilovaisk through a corridor": the place left, then the way
        origin_before=re.compile(
            rf"\s(?i:leave|leaves|leaving|left|flee|flees|fleeing|fled|exit|exits|exiting|escape|escaping|out\sof)"
            rf"\s{place}\s(?:along|through|via|using|by)\s(?:(?:a|an|the)\s)?[\"'‘“]?(?:[\w-]+\s){{0,2}}[\"'‘“]?$"
        ),
        # "to evacuate the wounded to Goma along a humanitarian corridor": the way after where it leads
        destination_before=re.compile(
            rf"\s(?:to|towards|into)\s{place}\s(?:along|through|via|using|by)\s(?:(?:a|an|the)\s)?(?:[\w-]+\s){{0,2}}$"
        ),
        # "from Hodeidah port to Sanaa along the main highway": right before a road's "along"
        destination_just_before=re.compile(rf"\s(?:to|towards|into)\s{place}\s$"),
        effect=_words(lexicon, "pause.effect"),
        halt_to_come=_words(lexicon, "pause.halt_to_come"),
        halt_verbs=keyed(
            re.compile(
                rf"(?<![\w-])(?i:{alternation(halt_verbs)})"
                # 'halt "all offensive operations"': the object quoted
                rf"\s[\"“]?(?:(?i:all|its|their|the)\s)?"
                # "halt its week-long offensive", "end its 17-day offensive": its length between
                r"(?:(?:[\w]+-(?:long|hour|day|week|month|year)(?:-long|-old)?|(?:day|week|month|year)long)\s)?"
                # "a deal to halt six weeks of fighting": how long it has gone on, before what is halted
                r"(?:[\w-]+\s(?:days|weeks|months|years)\sof\s)?"
                # 'end its "Grapes of Wrath" offensive': the operation's name in quotation marks
                r"(?:[\"“][^\"”\n]{1,40}[\"”]\s)?"
                rf"(?i:{alternation(lexicon.word_list('pause.halt_objects'))})(?![\w-])"
                # "halt all offensive air, ground and naval operations": an adjective there, its noun unlisted
                r"(?!,?\s(?i:air|ground|naval|land|sea|military|combat|operations|actions?)\b)"
            ),
            halt_verbs,
        ),
        announcing=_words(lexicon, "pause.announcing_verbs"),
        war_words=_words(lexicon, "pause.war_words"),
        weak_war_words=frozenset(word.lower() for word in lexicon.word_list("pause.weak_war_words")),
        war_figure_before=re.compile(
            rf"(?:^|[^\w-])(?:{_words(lexicon, 'pause.war_figure_before').pattern})[\s-]$", re.IGNORECASE
        ),
        war_figure_after=_figure_after(lexicon.word_list("pause.war_figure_after")),
        other_world_words=_words(lexicon, "pause.other_world_words"),
        continuation=_words(lexicon, "pause.continuations", ignore_case=False),
        start_cue_before=re.compile(
            # "will take effect nationwide from August 3": a word of its reach or manner, then "from"
            rf"(?:^|\W)(?:{_words(lexicon, 'pause.start_cues').pattern})\s"
            r"(?:(?:nationwide|countrywide|officially|formally)\s)?"
            # "began at sundown on Sept. 12": a moment of the day with no clock, then its day
            rf"(?:(?:at\s)?(?:{_words(lexicon, 'pause.moments_of_the_day').pattern})\s)?"
            r"(?:on\s|at\s|from\s)?$",
            re.IGNORECASE,
        ),
        # not a participle after the pause it names, its maker named: "a humanitarian pause on Friday ordered by
        # President Kiir" (but "on Tuesday extended by 60 days the truce" is one said that day)
        announcing_after=re.compile(
            rf"\s(?:{_words(lexicon, 'pause.announcing_verbs').pattern})(?!\sby\s(?:the\s)?(?-i:[A-Z]))", re.IGNORECASE
        ),
        event_place=re.compile(
            rf"(?:\s(?:[a-z]+\s){{0,2}}?)?\s?(?i:in|on|at|near|around|outside|inside|across)\s{place}"
        ),
        not_places=frozenset(
            [
                w.split("=")[0].rstrip(".")
                for w in (*lexicon.word_list("time.weekdays"), *lexicon.word_list("time.months"))
            ]
            + list(lexicon.word_list("actor.not_names"))
            + [demonym for entry in lexicon.actors for demonym in entry.demonyms]  # "in Sudanese ..." is no place
            + list(lexicon.word_list("place.occasions"))
            + list(lexicon.word_list("place.qualities"))  # "Agree to Provisional Cease-Fire": what kind, not where
            + list(lexicon.word_list("place.region_adjectives"))  # "Nordic truce monitors": a region's people
            + list(lexicon.word_list("place.peoples"))  # "matches Tamil Tiger truce": whose, not where
            + list(lexicon.word_list("place.determiners"))  # "No truce in sight": how many, not where
            + list(lexicon.word_list("place.outlets"))  # "broadcast on Radio Centrafrique": a broadcaster
            # "opens two roads for Gazans fleeing south": a people, not where
            + [w for w in lexicon.word_list("unit.people") if w[:1].isupper()]
        ),
        demonyms=frozenset(demonym for entry in lexicon.actors for demonym in entry.demonyms),
        separate=_words(lexicon, "pause.separate_cues"),
        extension=_words(lexicon, "pause.extension_verbs"),
        beneficiaries=_words(lexicon, "corridor.beneficiaries"),
        weekday=phrase_pattern(
            tuple(w.split("=")[0].rstrip(".") for w in lexicon.word_list("time.weekdays")), ignore_case=True
        ),
        generic_place_words=frozenset(
            w.lower() for w in (*lexicon.word_list("place.regions"), *lexicon.word_list("place.generic_words"))
        ),
        states={
            name: entry.name
            for entry in lexicon.actors
            if entry.kind is ActorKind.STATE
            for name in (entry.name, *entry.aliases)
        },
        state_demonyms={
            demonym: entry.name
            for entry in lexicon.actors
            if entry.kind is ActorKind.STATE
            for demonym in entry.demonyms
        },
        capital_names=phrase_pattern(
            tuple(capital for entry in lexicon.actors for capital in entry.capitals), ignore_case=False
        ),
        capital_states={
            capital: tuple(name for name in (entry.name, *entry.aliases, *entry.demonyms) if name not in entry.capitals)
            for entry in lexicon.actors
            for capital in entry.capitals
        },
    )


_STATE_ORGANS = frozenset({ActorKind.GOVERNMENT, ActorKind.MILITARY})
_DEFINITE = re.compile(r"(?i:\b(?:the|all|all\sthe|both|these|those|its|their))\s$")
_ADJECTIVES_ONLY = re.compile(r"\s(?:[a-z-]+\s){0,2}")
_ONE_BEFORE = re.compile(r"(?<![\w-])(?:a|an|A|An)(?:\s(?!of\s|the\s)[\"“‘']?[a-z0-9-]+){0,2}\s[\"“‘']?$")
"""One, with its words in quotation marks or not: 'a "humanitarian corridor"', "a safe corridor"."""
"""An article before a corridor word, through at most two adjectives: "a humanitarian corridor" is one."""


# A name right before a mention of the pause, not a possessive: "the Hodeidah ceasefire".
_PLACE_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<place>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})\s(?:(?P<word>[a-z0-9-]+)\s)?$"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_REGION_OF_STATE = re.compile(
    r"['’]s\s(?:[a-z-]+\s){0,2}(?P<region>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}"
    r"\s(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]istrict|[Cc]ounty|[Gg]overnorate|[Oo]blast|[Pp]refecture))\b"
)
"""A state's region after its possessive: "Papua New Guinea's Enga province", "Nigeria's northeastern Borno State"."""
_IN_BEFORE = re.compile(r"\bin\s$")
_PLACE_KINDS = frozenset({ActorKind.STATE, ActorKind.GOVERNMENT, ActorKind.OTHER})


@attrs.frozen
class _Trigger:
    span: Span
    kind: PauseKind
    sentence: Span


_ACCEPTED_PROPOSAL = re.compile(
    r"(?<!ready\sto\s)(?<!willing\sto\s)(?<!prepared\sto\s)"  # "was ready to accept a U.S. proposal": not yet
    r"(?i:\b(?:accepted|accepts|accept|agreed\sto|approved|endorsed|signed\sup\sto))\s"
    # "accepted Monday the U.N. Security Council's demand for an immediate cease-fire" (a weekday between)
    r"(?:(?:on\s)?[A-Z][a-z]{2,5}day\s)?(?:(?:a|an|the|its)\s)?"
    # "Hamas, Israel accept Egyptian plan for 72-hour Gaza ceasefire"
    r"(?:[\w.’'-]+\s){0,3}?(?:proposals?|plans?|demands?|offers?)\b"
)
_ACCEPTED_REACH = 100
_KEPT_BEFORE = re.compile(
    r"(?<!not\s)(?<!never\s)(?<!n't\s)(?<!refused\sto\s)(?<!refuse\sto\s)(?<!refuses\sto\s)"
    r"(?i:\b(?:observe|observed|observing|abide\sby|abided\sby|abiding\sby|respect|respected|honou?r|adhere\sto"
    r"|accepted|accepts|accept|agreed\sto|committed\sto))\s(?:(?:a|an|the)\s)?(?:[\w.’'-]+\s){0,3}$"
)
"""A halt kept or accepted, its verb right before its mention: "would observe a ceasefire", "accepted the truce"."""
_CALLS_IN_A_CLAUSE = frozenset({"called for", "calls for", "call for", "calling for", "urged", "urging", "urges"})
"""The words of `pause.other_clause` that tell of a call, which a halt kept or accepted after it answers."""
_TOOK_EFFECT_AFTER = re.compile(
    r"[\"”]?(?:\s(?!(?:and|but|or|if|when|would|could|should|will|may|might|to)\b)[\w’'-]+){0,5}?"
    r"\s(?:came|went|entered)\sinto\s(?:force|effect)\b|[\"”]?(?:\s[\w’'-]+){0,5}?\stook\seffect\b"
    # "A permanent cease-fire covering all of Libya was signed Friday": made, told in the passive
    r"|[\"”]?(?:\s(?!(?:and|but|or|if|when|until|unless|before)\b)[\w’'-]+){0,5}?\s(?:was|were)\s(?:formally\s)?"
    r"(?:signed|declared|agreed|reached|concluded)\b"
)
"""A pause that took effect or was made, told right after its mention: it was made, though called "permanent"."""
_FROM_A_CLOCK_AFTER = re.compile(
    rf"\s(?:(?:in\s|across\s)?(?:the\s)?[\w-]+\s)?(?i:from|starting(?:\sat)?|beginning(?:\sat)?)\s"
    rf"(?:(?i:midnight|noon)|\d{{1,2}}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?|GMT|hours)|(?:on\s)?{_WEEKDAY_NAME})"
)
"""A pause timed from a clock time or a day right after its mention: "a nationwide truce from midnight on Sunday"."""
_KIND_OF_HALT = re.compile(
    r"(?i:\W?(?:permanent|lasting|durable|nationwide|countrywide|comprehensive|full|general)\s[\"“‘']?)"
)
"""
The words of `pause.other_before` that say what kind a halt is, not that it is another or to come: "a 60-day
nationwide cease-fire ... took effect".
"""
_BRIEF = re.compile(r"(?i:\W?(?:brief|short)\s[\"“‘']?)")
"""A pause's shortness before it: another halt gone by ("after a brief truce collapsed"), unless timed after."""
_TIMED_RELATIVE_AFTER = re.compile(
    r"\s(?:that|which)\s[^.;:!?\n]{1,80}?\s(?i:from|between|starting\sat|beginning\sat)\s"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?|GMT|hours)|(?i:midnight|noon))"
)
"""
A relative clause after a pause that times it by the clock: "a brief truce that Ukrainian forces and Russia-backed
separatists agreed to observe from 9 a.m. to 4 p.m.".
"""
_READY_TO_MAKE_BEFORE = re.compile(
    r"(?i:\b(?:ready|willing|prepared)\s[\"“]?to\s(?:enact|implement|declare|agree\sto|sign\sup\sto|accept)\s"
    r"(?:a|an)\s(?:[\w’'-]+,?\s){0,4}[\"“]?)$"
)
"""A halt one side is only ready to make: 'Kyiv was ready "to enact an immediate, interim 30-day ceasefire"'."""
_READY_REACH = 80
"""How far before a halt its side's readiness to make it is looked for."""
_WILL_NOT_MAKE_BEFORE = re.compile(
    r"(?i:\b(?:not|never|n't)\s(?:observe|declare|accept|agree\sto|sign|offer|announce|call|respect|honou?r)\s"
    r"(?:a|an|any)\s(?:[\w’'-]+\s){0,3}[\"“]?)$"
)
"""A halt a side will not make or keep, one of any: "its guerrillas would not observe a truce either"."""
_HAD_MADE_BEFORE = re.compile(
    r"(?i:\bhad\s(?:(?:also|already|earlier|first)\s)?(?:declared|announced|agreed(?:\sto)?|ordered|signed|offered))\s"
    r"(?:[\w\"“”'’-]+\s){0,4}[\"“]?$"
)
"""A halt made in the past perfect, its verb right before its words: "had declared a unilateral \"humanitarian"."""
_THEN_BROKEN_AFTER = re.compile(
    r"(?i:,?\s(?:but|only\sto)\s(?:(?:it|they|the\s[\w-]+)\s)?(?:[\w-]+\s){0,2}?(?:resumed|collapsed|broke\sdown"
    r"|fell\sapart|unravell?ed|crumbled|lapsed|ended|broke\sit|was\sbroken|were\sbroken))\b"
)
"""A halt then broken, in the same sentence: ", but resumed its advance", ", but it collapsed days later"."""
_FELL_APART_AFTER = re.compile(
    r"(?i:\bbut\s(?:[\w-]+\s){0,3}?(?:unravell?ed|collapsed|broke\sdown|lapsed|crumbled|fell\sapart"
    r"|began\sto\s(?:unravel|collapse|crumble|fall\sapart)))\b"
)
"""A halt that took effect and then came apart, told in the same sentence: one gone by, not the story's."""
_MADE_REACH = 90
"""How far before a mention its making is looked for: "signed an agreement in Pretoria on Wednesday for a"."""
_MADE_BEFORE = re.compile(
    rf"(?i:\b(?:agreed(?:\s(?:late\s|early\s)?(?:on\s)?(?:{_WEEKDAY_NAME}|[A-Z][a-z]{{2,8}}\.?\s[0-3]?\d))?\sto"
    # "signed an agreement (in Pretoria) on Wednesday for a "permanent cessation of hostilities"": the venue and the
    # day of the signing between
    rf"|signed(?:\s(?:an?\s)?(?:agreement|deal|accord|pact)(?:\sin\s[\w'’-]+(?:\s[\w'’-]+)?)?(?:\son\s{_WEEKDAY_NAME})?"
    r"\s(?:on|for))?|declared|announced"
    r"|reached|agreed|(?:will\s|to\s)?observe|observed|observing"
    r"|implemented|accepted|extend|extended|extending|renew|renewed"
    r"|renewing|prolong|prolonged|(?:commit|commits|committed|committing)\s(?:[\w-]+\s){0,3}?to"
    r"|provides\sfor|provided\sfor))"
    r"\s(?:a|an|the|their|its)\s?[\"“]?(?:[\w.]+-(?:hour|day|week|month|year)(?:-long)?\s)?$"
)
"""
A verb of making a pause before its adjective ("signed a permanent ceasefire", "agreed on Wednesday to a",
"committing both sides to a",
'signed an agreement on a "permanent cessation of hostilities"'), its length or not ("agreed to a two-month
nationwide truce").
"""


def _named_as_figurative(phrases: PhraseIndex, text: str, match: re.Match[str], tables: PauseWords) -> bool:
    """A pause word whose own neighbours say it is of something else: "a 90-day ceasefire on tariffs"."""
    before = text[max(0, match.start() - 24) : match.start()]
    civil_from = max(0, match.start() - _CIVIL_PARTIES_REACH)
    return bool(
        tables.figurative_before.search(before)
        or tables.figurative_after.match(text, match.end())
        or phrases.gated_search(_CIVIL_MAKING_WORDS, tables.made_by_civil_parties, civil_from, match.start())
    )


_CIVIL_PARTIES_REACH = 90
"""How far before a pause word its makers are looked for: "lawyers for both sides had struck a truce"."""
_CIVIL_MAKING_WORDS = (
    *("struck", "strikes", "agreed", "agree", "agrees", "reached", "reach", "reaches", "signed", "sign", "signs"),
    *("declared", "declare", "declares", "called", "call", "calls", "announced", "announce", "announces"),
)
"""The verbs one of which `made_by_civil_parties` holds, whole: a window without one is not searched."""


_OF_ANOTHER_KIND_AFTER = re.compile(
    r"\s(?:[\w-]+\s){0,5}?(?:was|is|were|are)\s(?:(?:purely|only|merely|strictly|entirely)\s)?"
    r"(?:commercial|political|economic|financial|rhetorical|verbal|symbolic|diplomatic|legal|electoral)\b"
)
"""What a mention is said to be, of another kind than fighting: "the only ceasefire ... was commercial"."""
_OF_ANOTHER_KIND_REACH = 80


def is_figurative(phrases: PhraseIndex, text: str, match: re.Match[str], tables: PauseWords) -> bool:
    """A pause word said of something else than fighting: "a 90-day ceasefire on tariffs", "hit pause on"."""
    before = text[max(0, match.start() - 24) : match.start()]
    return bool(
        _named_as_figurative(phrases, text, match, tables)
        or _OF_ANOTHER_KIND_AFTER.match(text, match.end(), min(len(text), match.end() + _OF_ANOTHER_KIND_REACH))
        # "was forced to pause food distributions": the verb, said of something else than fighting
        or (
            match.group(0).lower() == "pause"
            and _VERB_BEFORE.search(before) is not None
            and tables.verb_objects.match(text, match.end()) is None
        )
        or _pauses_another_thing(text, match, tables)
        # "the season, on pause since December": halted, of whatever the sentence tells, never a pause in fighting
        or (match.group(0).lower() == "pause" and _ON_BEFORE.search(before) is not None)
    )


def _pauses_another_thing(text: str, match: re.Match[str], tables: PauseWords) -> bool:
    """The verb with an object of another kind than fighting: "U.S. pauses weapons shipments", "pause funding"."""
    return match.group(0).lower() in {"pause", "pauses"} and tables.other_objects.match(text, match.end()) is not None


def figurative_starts(
    phrases: PhraseIndex, text: str, mentions: list[re.Match[str]], tables: PauseWords
) -> frozenset[int]:
    """
    Where the pause words said of something else than fighting start, in one pass over `mentions`.

    A bare "the pause" is the one told last: after "the Fed's first pause in rate hikes",
    "The pause was a breather" is of rates too.
    """
    found: set[int] = set()
    last_of_else: dict[str, bool] = {}  # whether each pause word, told last, was said of something else
    last_of_any_else = False  # whether the last pause word told, of any kind, was
    for match in mentions:
        word = _head_word(match.group(0))  # "U.S. pauses arms shipments ... The pause"
        named_so = (
            _named_as_figurative(phrases, text, match, tables)
            or (
                # a word not told before is the last pause word told: "call a "ceasefire" in fare war ... the truce"
                last_of_else.get(word, last_of_any_else)
                and (
                    _THE_SAME_BARE.search(text, max(0, match.start() - 8), match.start()) is not None
                    # '"A pause is not a breakdown"', after talks "put on pause": such a pause, said in general
                    or (
                        _A_BARE.search(text, max(0, match.start() - 8), match.start()) is not None
                        and _IS_AFTER.match(text, match.end()) is not None
                    )
                    # "The talk of truces came ...", "Our president signs truces", after a budget "truce":
                    # such truces, in general
                    or (
                        match.group(0).endswith("s")
                        and _BARE_PLURAL_BEFORE.search(text, max(0, match.start() - 16), match.start()) is not None
                    )
                    # 'a ceasefire in a season-ticket price war ... had agreed a "ceasefire"': the same, in scare quotes
                    or (
                        text[match.start() - 1 : match.start()] in _OPENING_QUOTES
                        and text[match.end() : match.end() + 1] in _CLOSING_QUOTES
                    )
                )
            )
        )
        # "U.S. pauses weapons shipments ... The pause came as": of shipments too
        last_of_else[word] = named_so or _pauses_another_thing(text, match, tables)
        last_of_any_else = last_of_else[word] or is_figurative(phrases, text, match, tables)
        if last_of_any_else:
            found.add(match.start())
    return frozenset(found)


_EVERY_YEAR_AFTER = re.compile(
    r"\s(?:(?:almost|nearly|virtually|in)\s)?(?:every|each|most)\s"
    r"(?:year|years|Christmas|holiday|holidays|Ramadan|Eid|season|winter|summer|December)\b"
)
"""Right after plural halts, a habit: "have declared holiday ceasefires almost every year", "truces each Christmas"."""
_OR_JOINED = re.compile(r"\s(?:or|nor|and)\s(?:an?\s)?(?:(?:formal|full|proper|lasting|real|new|other)\s)?$")
"""
A halt joined to the one before it: "any truce or ceasefire", "no truce nor a pause", "a cease-fire and a halt",
"no negotiated truce or formal ceasefire".
"""
_ALTERNATIVES = 3
"""How many alternatives back a mention is read through: a long run of "truce or truce or" costs linear time."""
_ANOTHER_HALT = re.compile(r"(?i:\b(?:similar|previous|earlier|past|former|prior)\b)")
"""Words that tell of another halt even when it was made: "The OLA declared a similar unilateral truce in September"."""

_NEGATION = re.compile(r"(?i:\W?(?:not|no|never)\b)")
"""A word of `pause.other_before` that denies: near a halt it denies the halt, further off a verb before it."""


_PURPOSE_BETWEEN = re.compile(r"(?i:\b(?:to|and)\s(?:let|allow|enable|permit)\b|\bso\sthat\b|\bin\sorder\sto\b)")
"""What opens a halt's purpose, after which talks are what it makes room for: "to let Iraqi leaders negotiate"."""


def _far_other_before(tables: PauseWords, before: str) -> re.Match[str] | None:
    """
    A word of `pause.other_before` two words before a halt: "a similar five-hour daily lull", "no formal written truce".

    Not a word of the halt's kind or length ("brief Red Cross-arranged pause"): those say what it is, not another;
    nor a negation, which two words away denies a verb ("would not extend the ceasefire"), not the halt, unless it
    denies two things, the halt one ("no negotiation or truce").
    """
    far = tables.other_before_far.search(before)
    if far is None or _KIND_OF_HALT.match(far.group(0)) or _BRIEF.match(far.group(0)):
        return None
    if _NEGATION.match(far.group(0)) and not _NO_ONE_OR.match(far.group(0)):
        return None  # "would not extend the ceasefire": a verb between, whose object is the story's own halt
    return far


_VOTE_TO_COME_BEFORE = re.compile(
    rf"(?i:\b(?:to|would|will|shall)\svote\s(?:(?:on\s)?(?:{_WEEKDAY_NAME}|tomorrow|later)\s)?(?:on|over)\s"
    r"(?:(?:a|an|the)\s)?(?:[\w.’'-]+\s){0,3})$"
)
"""A vote still to come on a halt: "his security cabinet would vote on Tuesday on a U.S.-brokered ceasefire deal"."""
_VOTE_REACH = 80
_NO_ONE_OR = re.compile(r"(?i:\W?no\s[\w-]+\s(?:or|nor)\s)")
"""A negation of two things, the halt the second: "there will be no negotiation or truce with the militants"."""


_VERB_BEFORE = re.compile(r"(?i:\b(?:to|will|would|could|can|cannot|may|might|must|should|not|n't))\s$")
"""What makes the next word a verb: "forced to pause", "will pause"."""


_BY_A_PROPOSER = re.compile(r"(?i:\b(?:proposed|put\sforward|floated|tabled|suggested)\s(?:by|in|last))$")
"""A halt told as another's proposal, right after its mention: "a truce proposed by Saudi Arabia", "proposed in July
by"."""
_ACCEPTED_BEFORE = re.compile(
    r"\b(?:(?i:accepted|accepts|accept|approved|endorsed)(?:\s(?:on\s)?[A-Z][a-z]{2,5}day)?"
    r"|(?i:agreed)(?:\s(?:on\s)?[A-Z][a-z]{2,5}day)?\s(?i:to))"
    r"\s(?:(?:a|an|the)\s)?(?:[\w.’'-]+\s){0,3}$"
)
"""
A halt accepted, its verb right before its mention: "would accept a five-day humanitarian truce", "agreed on
Wednesday to a ceasefire proposed by Russian peacekeepers".
"""
_LINE_REACH = 600
"""How far back a mention's line is looked for: a paragraph's length, so that no search runs over a whole text."""


_WEEKDAY = re.compile(_WEEKDAY_NAME)
"""A day of the week, which a place's pattern may take for a name ("on Sunday")."""


_A_CLAUSE_JOINED = re.compile(r",|\sand\s")
"""What joins a second deed to a pause's announcement: "announced a ceasefire, calling for", "... and called for"."""


_SAID_THEN_BEFORE = re.compile(r",\s(?:[\w'’.-]+\s){1,5}?(?:said|says|announced|added)(?:\s(?:in\sa\sstatement))?,\s$")
"""A saying, then a call of the sayer's: "..., his office said, urging"; the call is another deed than the halt."""


class _Told(enum.Enum):
    """How a pause word tells of another halt than the story's."""

    GONE = "gone"
    """Made and over: "a truce that collapsed within months", "pauses ... have been organized before"."""
    ANOTHER = "another"
    """Told apart by a word before it alone: "a previous truce", "a similar pause"."""
    UNMADE = "unmade"
    """Never made: asked for, sought, offered on terms, refused, denied, or any halt said in general."""


def _is_other(
    phrases: PhraseIndex,
    text: str,
    match: re.Match[str],
    sentence: Span,
    tables: PauseWords,
) -> bool:
    """A mention of another halt than the story's: earlier, hypothetical, or a generic plural."""
    return _told_as_other(phrases, text, match, sentence, tables) is not None


def never_made(phrases: PhraseIndex, text: str, match: re.Match[str], sentence: Span, tables: PauseWords) -> bool:
    """
    A pause word of a halt never made: "failed to produce a ceasefire", "urged a truce", "a truce proposed by".

    The events stage makes no halt of it; a halt of the past ("a previous truce") is still one.
    """
    return _told_as_other(phrases, text, match, sentence, tables) is _Told.UNMADE


def _told_as_other(
    phrases: PhraseIndex,
    text: str,
    match: re.Match[str],
    sentence: Span,
    tables: PauseWords,
    *,
    alternatives: int = _ALTERNATIVES,
) -> _Told | None:
    """How a mention tells of another halt than the story's, or None for the story's own."""
    # "It did not include any truce or ceasefire": the second word shares the first's fate
    joined = _OR_JOINED.search(text, max(sentence.start, match.start() - 16), match.start()) if alternatives else None
    if joined is not None:
        earlier = list(tables.triggers.finditer(text, max(sentence.start, joined.start() - 40), joined.start()))
        first = (
            _told_as_other(phrases, text, earlier[-1], sentence, tables, alternatives=alternatives - 1)
            if earlier and earlier[-1].end() == joined.start()
            else None
        )
        if first is not None:
            return first
    before = text[max(sentence.start, match.start() - 36) : match.start()]
    after = text[match.end() : min(sentence.end, match.end() + 120)]
    clause_start = max(sentence.start, match.start() - 60)
    clause = text[clause_start : min(sentence.end, match.end() + 60)]
    other = tables.other_before.search(before) or _far_other_before(tables, before)
    if (
        other is not None
        and _ANOTHER_HALT.search(other.group(0)) is None
        and _MADE_BEFORE.search(
            text, max(sentence.start, match.start() - _MADE_REACH), match.start() - len(before) + other.start() + 1
        )
    ):
        other = None  # "agreed to a permanent cessation of hostilities": made, not hoped for
    if (
        other is not None
        and (_KIND_OF_HALT.fullmatch(other.group(0)) or _BRIEF.fullmatch(other.group(0)))
        and (_TOOK_EFFECT_AFTER.match(after) or _FROM_A_CLOCK_AFTER.match(after) or _TIMED_RELATIVE_AFTER.match(after))
        # "A nationwide cessation of hostilities ... took effect on February 27, but began to unravel in April"
        and not _FELL_APART_AFTER.search(text, match.end(), sentence.end)
    ):
        other = None  # 'a "permanent ceasefire" agreed in the Khartoum Declaration came into force at 00:01': made
    if other is None:  # 'Kyiv was ready "to enact an immediate, interim 30-day ceasefire"': only offered
        other = _READY_TO_MAKE_BEFORE.search(text, max(sentence.start, match.start() - _READY_REACH), match.start())
    if other is None:  # "its guerrillas would not observe a truce either": none made ("would not extend the" is one)
        other = _WILL_NOT_MAKE_BEFORE.search(text, max(sentence.start, match.start() - _READY_REACH), match.start())
    set_for_a_time = _SET_TO_BEGIN_AFTER.match(after) is not None
    if other is not None and set_for_a_time and _HOPE.match(other.group(0).strip()):
        other = None  # "dashing hopes for a truce that was due to begin at midnight on Friday": one was set
    sought = tables.other_clause.search(clause)
    if (
        sought is not None
        and clause_start + sought.start() >= match.end()
        and (
            (
                _A_CLAUSE_JOINED.search(text, match.end(), clause_start + sought.start()) is not None
                and _ANNOUNCED_BEFORE.search(text, max(sentence.start, match.start() - 40), match.start())
            )
            # "would suspend offensive operations from noon on Friday to let Iraqi leaders negotiate": its purpose
            or _PURPOSE_BETWEEN.search(text, match.end(), clause_start + sought.start())
            # "will confine themselves to defensive action on April 13 and 14, his office said, urging the rebels to":
            # the sayer's further deed, after the saying
            or _SAID_THEN_BEFORE.search(text, match.end(), clause_start + sought.start())
        )
    ):
        # "announced a ceasefire across the country, calling for Sirte to be demilitarised", "announced separate
        # ceasefires and called for Sirte to be demilitarised": made, the call another deed of the same sayer
        sought = None
    if (
        sought is not None
        and clause_start + sought.start() >= match.end()
        and sought.group(0).lower() in _CALLS_IN_A_CLAUSE
        and _KEPT_BEFORE.search(text, max(sentence.start, match.start() - 60), match.start()) is not None
    ):
        sought = None  # "said they would observe a ceasefire that Turkey and Russia had called for": kept, so made
    proposed_from = max(sentence.start, match.start() - 160)
    sought = sought or (  # "rejected a proposal by U.S., Saudi, Egyptian and Emirati mediators for a three-month truce"
        _PROPOSED_FOR_BEFORE.search(text, proposed_from, match.start())
        if phrases.has_word(_PROPOSED_FOR_WORDS, proposed_from, match.start())
        else None
    )
    if (
        sought is not None
        and _ACCEPTED_PROPOSAL.search(
            text, max(sentence.start, match.start() - _ACCEPTED_REACH), clause_start + len(clause)
        )
        # "accepted a proposal ... for a "humanitarian ceasefire", but the RSF had already turned it down"
        and not _TURNED_DOWN_AFTER.search(text, match.end(), sentence.end)
        # "Ukraine accepted a U.S. proposal for a 30-day ceasefire ... The truce would take effect only if Moscow
        # agrees to it": the other side's answer still awaited
        and not _ONLY_IF_THE_OTHER_AGREES.search(text, match.end(), min(len(text), sentence.end + _OTHER_AGREES_REACH))
    ):
        sought = None  # "the RSF accepted a proposal for a humanitarian truce": made, not only proposed
    # "a truce in northern Shan that collapsed within months": over, as said after its place
    place = tables.place.match(text, match.end(), min(sentence.end, match.end() + 80))
    over = (
        place is not None
        and _WEEKDAY.fullmatch(place.group("place")) is None  # "a ceasefire on Sunday after talks": a day, no place
        and tables.other_after.match(text, place.end(), sentence.end) is not None
    )
    # "Humanitarian pauses designed to allow ... have been organized by Moscow and Damascus before": past ones
    # "Humanitarian pauses meant to let both fighters and civilians leave the city were declared by Aden and Riyadh
    # in July and again in August": past ones, told in the past tense
    made_before = match.group(0).endswith("s") and (
        _BEEN_BEFORE.search(text, match.end(), sentence.end) is not None
        or _WERE_MADE_AFTER.match(text, match.end(), sentence.end) is not None
    )
    # "a five-day truce brokered by church elders that ended last month": over, said at the end of its phrase
    over = (
        over or _OVER_AT_PHRASE_END.match(text, match.end(), min(sentence.end, match.end() + _OVER_REACH)) is not None
    )
    # "A ceasefire signed by the government and the FDD in December collapsed within weeks": the subject, over
    over = over or (
        _SENTENCE_SUBJECT_BEFORE.fullmatch(text, sentence.start, match.start()) is not None
        and _COLLAPSED_AS_SUBJECT.match(text, match.end(), min(sentence.end, match.end() + _OVER_REACH)) is not None
    )
    # "had declared a ceasefire on Friday, but it never took hold": none in force
    over = over or _NEVER_HELD_AFTER.match(text, match.end(), sentence.end) is not None
    # 'The M23 had declared a unilateral "humanitarian ceasefire" from February 4, but resumed its advance days
    # later': made before the story's news and broken, a backdrop
    over = over or (
        (
            _HAD_MADE_BEFORE.search(text, max(sentence.start, match.start() - 50), match.start()) is not None
            # "Both sides declared unilateral ceasefires the same month, but those collapsed": several, gone by
            or match.group(0).lower().endswith(("truces", "ceasefires", "cease-fires", "pauses"))
        )
        and _THEN_BROKEN_AFTER.search(text, match.end(), sentence.end) is not None
    )
    # "ready for an unconditional 30-day ceasefire along the whole front line, which Moscow has turned down": refused
    over = over or _REFUSED_AT_PHRASE_END.match(text, match.end(), min(sentence.end, match.end() + 140)) is not None
    # "gangs offer 'truce' the government rejects": refused, in a headline's clause with no "which"
    over = over or _REFUSED_RIGHT_AFTER.match(text, match.end(), sentence.end) is not None
    # "Army offers truce; rebels say no": refused in the same line; "announced a ceasefire with the group ..., but
    # Shekau denied that any truce had been agreed": denied by the other side in the same sentence
    over = over or _SAYS_NO_AFTER.match(text, match.end(), sentence.end) is not None
    over = over or _BUT_DENIED_AFTER.match(text, match.end(), sentence.end) is not None
    # "a bilateral ceasefire was the aim but had not been agreed": none made yet
    over = over or _NOT_YET_MADE_AFTER.match(text, match.end(), sentence.end) is not None
    # "Washington backed \"humanitarian pauses\"", "supports a truce": a halt wished for, none made
    backed = _BACKED_BEFORE.search(before) is not None
    # '"A ceasefire is not a peace"', "a truce is just a date on a calendar": any halt, said in general
    general = (
        (
            _A_BARE.search(text, max(0, match.start() - 8), match.start()) is not None
            and _GENERAL_AFTER.match(text, match.end()) is not None
        )
        or (  # '"The only truce we accept is their surrender"': any halt, the only kind one side would take
            _THE_ONLY_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
            and _WE_ACCEPT_AFTER.match(text, match.end()) is not None
        )
        or (  # "A truce in El Fasher would save lives tomorrow morning": one wished for
            _A_SUBJECT.search(text, max(0, match.start() - _A_SUBJECT_REACH), match.start()) is not None
            and (
                _WOULD_DO_AFTER.match(text, match.end()) is not None
                or _COMES_WHEN_AFTER.match(text, match.end()) is not None
            )
        )
        or (  # "said a truce in the port city was the only way to avert famine": one wished for
            _INDEFINITE_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
            and _ONLY_WAY_AFTER.match(text, match.end(), sentence.end) is not None
        )
        or (  # '"Airdrops and pauses of a few hours will not feed 2.2 million people"': pauses of any kind
            match.group(0).endswith("s")
            and _BARE_PLURAL_START.search(text, max(0, match.start() - 8), match.start()) is not None
            and _GENERAL_PLURAL_AFTER.match(text, match.end()) is not None
        )
        # "The two sides have declared holiday ceasefires almost every year since the 1980s": a habit, none made now
        or (match.group(0).endswith("s") and _EVERY_YEAR_AFTER.match(text, match.end(), sentence.end) is not None)
    )
    # "Could an Easter truce work now?": any halt, wondered about in a question ("Will the truce hold?" is the story's)
    asked = _INDEFINITE_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None and text[
        sentence.start : sentence.end
    ].rstrip(" \t\r\n\"”’'").endswith("?")
    # "had asked the flu for a ceasefire", "appealed to both sides for a truce": asked for, none made
    requested = asked_for_before(phrases, max(sentence.start, match.start() - ASKED_FOR_REACH), match.start())
    # "called on the two warring factions of the Sinaloa Cartel to lay down their weapons in a ceasefire": asked for
    called_from, urged_from = max(sentence.start, match.start() - 160), max(sentence.start, match.start() - 200)
    requested = requested or (
        phrases.gated_search(_CALLED_ON_WORDS, _CALLED_ON_TO_A_BEFORE, called_from, match.start()) is not None
    )
    requested = requested or (
        phrases.gated_search(_URGED_WORDS, _URGED_TO_MAKE_BEFORE, urged_from, match.start()) is not None
    )
    # "It did not say who would guarantee a truce": a halt in a question left open, none made
    requested = requested or (
        _WHO_WOULD_BEFORE.search(text, max(sentence.start, match.start() - 60), match.start()) is not None
    )
    # "his security cabinet would vote on Tuesday on a U.S.-brokered ceasefire deal": a vote to come, none made yet
    requested = requested or (
        _VOTE_TO_COME_BEFORE.search(text, max(sentence.start, match.start() - _VOTE_REACH), match.start()) is not None
    )
    # "neither the government nor the Taliban has announced a cease-fire": none made
    requested = requested or (
        _NONE_MADE_BEFORE.search(text, max(sentence.start, match.start() - 120), match.start()) is not None
    )
    # 'offered the government a "truce" in the central region if it stops drone strikes': an offer on terms, none
    # made; '"We offered a ceasefire, they refused"': an offer turned down
    conditional = _OFFERED_BEFORE.search(text, max(sentence.start, match.start() - 60), match.start()) is not None and (
        _ON_A_CONDITION_AFTER.match(text, match.end(), sentence.end) is not None
        or _REFUSED_AFTER_COMMA.match(text, match.end(), sentence.end) is not None
    )
    # 'the offensive would "pause" once Timbuktu was taken': a halt to come, on a condition
    conditional = conditional or (
        _WOULD_JUST_BEFORE.search(text, max(sentence.start, match.start() - 30), match.start()) is not None
        and _A_CONDITION_AFTER.match(text, match.end(), sentence.end) is not None
    )
    # "ready to evacuate the wounded if the warring sides agreed to a humanitarian pause": one only supposed
    conditional = conditional or (
        _IF_MADE_BEFORE.search(text, max(sentence.start, match.start() - _IF_MADE_REACH), match.start()) is not None
    )
    # "If ministers approve it, the truce would take effect on Wednesday": a deal still to approve
    conditional = conditional or _IF_APPROVED_OPENS.fullmatch(text, sentence.start, match.start()) is not None
    # "Red Cross ready to evacuate Homs Old City if pause agreed": the same, in a headline's words
    conditional = conditional or (
        _IF_BEFORE.search(text, max(sentence.start, match.start() - 8), match.start()) is not None
        and _MADE_RIGHT_AFTER.match(text, match.end(), sentence.end) is not None
    )
    # "The accord was signed in Sirte. It calls for an immediate halt to fighting from midnight": its terms, made
    calls_for = _AN_ACCORD_CALLS_FOR.search(text, max(sentence.start, match.start() - _CALLS_FOR_REACH), match.start())
    terms = calls_for is not None and not (
        calls_for.group(0).startswith("It") and _a_proposal_before(text, calls_for.start())
    )
    told_after = tables.other_after.match(after)
    if (
        told_after is not None
        and _BY_A_PROPOSER.search(told_after.group(0)) is not None
        and _ACCEPTED_BEFORE.search(text, max(sentence.start, match.start() - 60), match.start()) is not None
        # '"We accept the humanitarian truce proposed by the Quad"': a side's word, quoted, makes none yet
        and not _inside_a_quotation(text, start_after_within(text, match.start(), _LINE_REACH, "\n"), match.start())
        # "accepted a ceasefire proposal put forward by mediators, but Israel said the terms were far from its demands"
        and not _TURNED_DOWN_AFTER.search(text, match.end(), sentence.end)
    ):
        told_after = None  # "would accept a five-day truce proposed by Saudi Arabia": made by its acceptance
    if over or made_before:
        return _Told.GONE
    if (
        conditional
        # "a two-hour humanitarian truce requested by the United Nations to get civilians out went ignored": none kept
        or _UNHEEDED_AFTER.match(text, match.end(), sentence.end) is not None
        or told_after
        or (sought and not terms)
        or backed
        or general
        or asked
        or (requested and not terms and not set_for_a_time)
    ):
        return _Told.UNMADE
    if other is not None:
        return _Told.ANOTHER if tables.another_halt_before.match(other.group(0)) else _Told.UNMADE
    return None


_ANNOUNCED_BEFORE = re.compile(
    r"(?i:\b(?:announced|declared|ordered|agreed\sto|signed|reached|began|observed))\s(?:an?|the)\s(?:[\w-]+\s)?$"
)
"""A halt made, its call for something else after a comma: "announced a ceasefire ..., calling for a zone"."""
_TURNED_DOWN_AFTER = re.compile(
    r"(?i:\b(?:turned\s(?:it\s)?down|rejected|refused|declined|leaving\sno\s(?:truce|ceasefire|cease-fire)"
    r"|fell\sshort\sof|falls\sshort\sof|far\sfrom\s(?:its|their|his|her)\s(?:[\w-]+\s)?demands))\b"
)
"""
A proposal one side accepted and the other turned down: no pause made ("but Israel said the deal fell short of its
core demands").
"""
_ONLY_IF_THE_OTHER_AGREES = re.compile(
    r"\b(?:would|will|could|is\sto|was\sto)\s(?:only\s)?(?:take\seffect|come\sinto\s(?:force|effect)|begin|start)"
    r"\s(?:only\s)?(?:if|when|once)\s(?:[\w.'’-]+\s){1,4}?(?:agrees|agreed|accepts|accepted|signs|signed)\b"
)
"""A proposal accepted that begins only on the other side's yes: "would take effect only if Moscow agrees to it"."""
_OTHER_AGREES_REACH = 400
_BARE_PLURAL_START = re.compile(r"(?:^|[\"“‘(\n]|[.!?]\s|\b(?:and|or)\s)$")
"""Where a plural with no article or number opens its phrase: a sentence, a quotation, or after "and" or "or"."""
_GENERAL_PLURAL_AFTER = re.compile(
    r"(?:\s(?:of|with|without|for)\s[^,.;:\"”]{1,30}?)?"
    r"\s(?:will\snot|won't|cannot|can't|do\snot|don't|never|are\snot|aren't|rarely|seldom"
    r"|are\s(?:fragile|rare|hard|difficult|easy|easier))\b"
)
"""What makes bare plurals any such halts: "pauses of a few hours will not feed", "Ceasefires are fragile"."""
ASKED_FOR_REACH = 100
"""How far before a halt its asking may start: the asker's words, a day and a place between."""
ASKED_FOR_BEFORE = re.compile(
    r"(?i:\b(?:asked|asking|asks|ask|appealed|appealing|appeals|begged|pleaded|pleading|pressed|pressing|press|presses|called"
    r"|calling|calls|ready|prepared|hoped|hoping|hopes|hope|pushed|pushing|pushes|push|lobbied|lobbying"
    r"|campaigned|campaigning|request|requests|requested|requesting|plea|pleas|appeal|call|demand|demands)\s"
    # not "had asked for the pause": the story's, ordered
    r"(?:[\w’'-]+,?\s){0,7}?for\s[\"“]?an?\s[\"“]?(?:[\w-]+\s){0,3})$"
)
"""
A halt asked for: "asked the flu for a ceasefire", "appealed to both sides for a humanitarian truce", "had called in
September for a local truce", 'called on Tuesday, after a meeting in Berlin, for a "full and unconditional ceasefire',
'appealed in Niamey on June 27 for "a humanitarian ceasefire', "had hoped for a cease-fire order", "pushed for a
truce"; and asked for by a noun ("An earlier U.N. request for a two-hour pause ... was also ignored", "a plea for a
truce").
"""
ASKED_FOR_WORDS = (
    *("asked", "asking", "asks", "ask", "appealed", "appealing", "appeals", "begged", "pleaded", "pleading"),
    *("pressed", "pressing", "press", "presses", "called", "calling", "calls", "ready", "prepared"),
    *("hoped", "hoping", "hopes", "hope", "pushed", "pushing", "pushes", "push", "lobbied", "lobbying"),
    *("campaigned", "campaigning", "request", "requests", "requested", "requesting", "plea", "pleas", "appeal"),
    *("call", "demand", "demands"),
)
"""The words one of which `ASKED_FOR_BEFORE` opens with, whole: a window without one is not searched."""


_ASKING_NOUNS = frozenset(("request", "requests", "plea", "pleas", "appeal", "call", "demand", "demands"))
"""The asking words of `ASKED_FOR_WORDS` that are nouns: granted when accepted ("accepted a UN request for a")."""
_GRANTED_BEFORE = re.compile(
    r"(?i:\b(?:accepted|accepts|accepting|accept|granted|grants|heeded|heeds|honou?red|answered|agreed\sto|agrees\sto)"
    r"\s(?:(?:[\w'’-]+|(?:\w\.){2,})\s){0,6})$"
)
"""What grants a request right before it: "Israel and Hamas have both accepted a UN request for a"."""


def asked_for_before(phrases: PhraseIndex, start: int, end: int) -> bool:
    """Whether a halt asked for ends at `end`, its asking from `start` on: "appealed to both sides for a"."""
    asked = phrases.gated_search(ASKED_FOR_WORDS, ASKED_FOR_BEFORE, start, end)
    if asked is None:
        return False
    word = asked.group(0).split(None, 1)[0].lower()
    # "accepted a UN request for a five-hour humanitarian window": the request granted, the halt made
    return (
        word not in _ASKING_NOUNS
        or _GRANTED_BEFORE.search(phrases.text, max(0, asked.start() - 50), asked.start()) is None
    )


_WHO_WOULD_BEFORE = re.compile(
    r"(?i:\b(?:who|how|when)\s(?:[\w'’-]+\s){0,2}?(?:would|will|could|might)\s[a-z]+\s(?:an?|any)\s[\"“]?(?:[\w-]+\s){0,2})$"
)
"""A halt in a question left open: "did not say who would guarantee a truce", "how it could enforce a truce"."""
_CALLED_ON_TO_A_BEFORE = re.compile(
    r"(?i:\b(?:called|calls|calling|call|appealed|appeals|urged|urges|urging|urge|asked|asks|pressed|presses)\s"
    r"(?:on|upon)\s(?:[\w'’-]+,?\s){1,12}?to\s(?:[\w'’-]+\s){1,8}?(?:an?|any)\s[\"“]?(?:[\w-]+\s){0,2}(?:and\s[\w-]+\s)?)$"
)
"""
A halt a call asks its hearers to make: "called on the warring factions to lay down their weapons in a ceasefire",
"called on all parties to observe an immediate and unconditional ceasefire".
"""
_CALLED_ON_WORDS = (
    *("called", "calls", "calling", "call", "appealed", "appeals", "urged", "urges", "urging", "urge", "asked"),
    *("asks", "pressed", "presses"),
)
"""The words one of which `_CALLED_ON_TO_A_BEFORE` opens with, whole."""
_URGED_TO_MAKE_BEFORE = re.compile(
    r"(?i:\b(?:urged|urges|urging|urge|asked|asks|pressed|presses|appeals|appeal|calls|pleas)\s"
    r"(?:[\w'’()-]+,?\s){1,14}?to\s(?:observe|respect|agree(?:\sto)?|accept|declare|sign|hold)\s(?:an?|any)\s"
    r"[\"“]?(?:[\w-]+\s){0,2})$"
)
"""
A halt its hearers are urged to make, with no "on" before them: "urged forces loyal to Gbagbo ... to observe a
72-hour humanitarian truce", "Appeals by aid agencies for the insurgents and government forces to agree a truce",
"urged the army and the Rapid Support Forces (RSF) to sign an open-ended truce".
"""
_URGED_WORDS = (
    *("urged", "urges", "urging", "urge", "asked", "asks", "pressed", "presses", "appeals", "appeal", "calls"),
    "pleas",
)
"""The words one of which `_URGED_TO_MAKE_BEFORE` opens with, whole."""
_NONE_MADE_BEFORE = re.compile(
    r"(?i:\b(?:neither|none\sof|no\sone|nobody|no\s(?:group|side|party|faction))\b[^.;:!?]{1,80}?\s(?:(?:has|have|had)\s(?:yet\s)?)?"
    r"(?:even\s)?(?:announced|declared|offered|called|proposed|ordered|agreed\s(?:even\s)?to|committed\sto|accepted|signed"
    r"|put|tabled|floated|suggested"
    r"|gave\sdetails\sof|given\sdetails\sof|asked\s(?:[\w-]+\s)?to(?:\s[\w-]+)?|told\s(?:[\w-]+\s){0,5}?about"
    # "Neither side spoke of a truce": none made
    r"|spoke\sof|talked\sof|talked\sabout|talks\sof|talks\sabout|speaks\sof|mentioned"
    # "Neither side said it would observe the pause"
    r"|said\s(?:it|they)\swould\s(?:observe|respect|honou?r|abide\sby)(?:\sthe)?)"
    # "No group has offered any talks or truce"
    r"\s(?:an?\s(?:[\w-]+\s)?|any\s(?:[\w-]+\sor\s)?)?)$"
    # "but we did not get a ceasefire", "failed to secure a truce": sought, not won
    r"|(?i:\b(?:did\snot|didn['’]t|could\snot|couldn['’]t|fail(?:ed|s)?\sto)\s(?:get|secure|win|obtain|reach|achieve)"
    r"\s(?:(?:an?|the)\s)?(?:[\w-]+\s)?)$"
    # "the talks ended ... with commitments to open three routes, but without a ceasefire": none made; "talks end
    # without army or truce": the halt the second of two things missing
    r"|(?i:\bwithout\s(?:(?:an?\s|any\s)(?:[\w-]+\s)?|(?:an?\s|the\s)?[\w-]+\s(?:or|and|nor)\s(?:an?\s)?))$"
    # "It sets no date or hour for a truce to take effect", "The deal does not set a date for a ceasefire": none made
    r"|(?i:\b(?:(?:sets|set|gives|gave|names|named|fixes|fixed)\sno"
    r"|(?:does|did)\snot\s(?:set|give|name|fix)\san?)\s(?:date|day|hour|time)(?:\sor\s(?:date|day|hour|time))?"
    r"\sfor\s(?:an?|the|any)\s(?:[\w-]+\s)?)$"
    # "The agreement does not itself declare a ceasefire": a deal that makes none
    r"|(?i:\b(?:does|did|do)\snot\s(?:itself\s|themselves\s|yet\s)?(?:declare|announce|include|contain"
    r"|provide\sfor|establish|amount\sto)\s(?:an?|any)\s(?:[\w-]+\s)?)$"
)
"""
A halt nobody made: "neither the government nor the Taliban has announced a cease-fire", "we did not get a ceasefire",
"but without a ceasefire", "without army or truce", "does not set a date for a ceasefire", "Neither delegation has put
a ceasefire on the table", "Nobody has asked us to stop fighting", "Nobody has asked us to guarantee a truce",
"Neither side gave details of a cessation of hostilities", "Nobody has told the men in the bush about a ceasefire",
"Nobody here talks about a truce any more", "The agreement does not itself declare a ceasefire".
"""
_OFFERED_BEFORE = re.compile(
    r"(?i:\b(?:(?:offered|offers|offering|offer)\s(?:[\"“‘']?[\w'’-]+\s){0,4}?"
    r"|(?:would|will)\s(?:observe|respect|accept)\san?\s(?:[\w-]+\s){0,2}?)[\"“‘']?)$"
)
"""A halt offered: "offered the government a "truce", "offered police "a truce", "would observe a truce" (not "the")."""
_ON_A_CONDITION_AFTER = re.compile(r"[\"”’']?(?:\s[\w'’-]+){0,8}?,?\s(?:if|provided|on\scondition)\s")
"""A condition set right after an offered halt: '"truce" in the central region if it stops drone strikes'."""
_REFUSED_NEXT = re.compile(
    r"\b(?:dismissed|rejected|spurned|rebuffed|refused|turned\sdown)\s"
    r"(?:the|this|that|his|her|its|their)\s(?:[\w-]+\s)?(?:offer|proposal|truce|ceasefire|cease-fire|pause)\b"
)
"""The other side turning an offered halt down after it is told: "The RPF dismissed the offer within hours"."""
_REFUSED_REACH = 400
"""How far after an offer's sentence its refusal is looked for: the next two or three sentences."""
_BARGAINED_AFTER = re.compile(
    r"\s(?:[\w-]+\s){0,3}?(?i:in\s(?:exchange|return)\sfor|for\s(?:the\s)?(?:release|freeing)\sof)\b"
)
"""
A price named right after an offered halt: "offered a three-month cease-fire in exchange for 7,000 prisoners",
"Taliban offer three-month ceasefire for release of 7,000 prisoners".
"""
_INDEFINITE_BEFORE = re.compile(r"(?:^|[\s\"“‘'(])(?:A|a|An|an|Any|any)\s(?:[\w-]+\s){0,2}$")
"""Any halt, its adjectives between: "Could an Easter truce work now?"."""
_GENERAL_AFTER = re.compile(
    # "A ceasefire with no peace treaty behind it is just a pause", "A ceasefire that only one side signs is not"
    r"(?:\s(?:with|without|that|which)\s[^,.;:\"”]{1,60}?)?"
    r"(?:\s(?:is\s(?:not|never|just|only|merely|no|the\s(?:last|first|final)|an?|something|signed\sby|made\sby)\b"
    r"|isn't|can|cannot|can't"
    r"|does\snot"
    r"|doesn't|means|requires|needs"
    r"|works|rarely|usually|often|always|must\sbe|should\sbe)|,\snot)\b"
)
"""
What makes "a truce" any truce: "A ceasefire is not a peace", "a ceasefire can work", "a truce, not a settlement",
"A ceasefire is the last chapter of the talks", '"A truce is a gift to an enemy', '"A truce is something two armies
agree'.
"""
_THE_ONLY_BEFORE = re.compile(r"(?:^|[\s\"“‘'(])(?:The|the)\sonly\s$")
_WE_ACCEPT_AFTER = re.compile(
    r"\s(?:that\s)?(?:we|they|I|he|she)\s(?:will\s|would\s|can\s)?(?:accept|want|know|recogni[sz]e)s?\b"
)
"""The only halt one side would take: "The only truce we accept is their surrender", "the only ceasefire they want"."""
_COMES_WHEN_AFTER = re.compile(r"\s(?:will|would)\scome\s(?:only\s)?(?:when|once|if|after)\b")
"""What a halt that opens its sentence waits for: "A ceasefire will come when the ELN stops kidnapping"."""
_A_SUBJECT = re.compile(r"(?:(?:^|[\s\"“‘'(])(?:A|An)|\bthat\s(?:a|an))\s(?:[\w-]+\s){0,2}$")
"""
An indefinite halt as its clause's subject: opening its sentence ("A truce ...", "A six-week truce ..."), or after
"that" ("said that a", "guarantees that a six-week pause").
"""
_A_SUBJECT_REACH = 40
"""How far before a halt its article and words of kind or length are looked for: "that a six-week humanitarian"."""
_ONLY_WAY_AFTER = re.compile(
    r"(?:\s(?:in|for|around|across|along|between|during|of)\s[^,.;:!?\"“”()]{1,60}?)?"
    r"\s(?:is|was|remains|remained|would\sbe)\s(?:still\s)?the\sonly\s(?:way|hope|means|answer|solution|path|route)\b"
)
"""What a halt with no article of its own is said to be: "a truce in Hodeidah was the only way to avert famine"."""
_WOULD_DO_AFTER = re.compile(
    r"(?:\s(?:in|for|around|across|along|between|during)\s[^,.;:!?\"“”()]{1,60}?|\sof\s[\w-]+\s(?:hours?|days?|weeks?))?"
    # "a halt to fighting during Ramadan, which began on Saturday, could open the way to talks": a clause between
    r"(?:,\s(?:which|that)\s[^,.;:!?\"“”()]{1,60},|\s(?:which|that)\s(?!would|could|might)[^,.;:!?\"“”()]{1,60}?)?"
    r"(?:\snow|\salone|\stoday)?"  # '"A truce now would not bring peace"'
    r"\s(?:would|could|might)\s"
    # 'a truce which left Hezbollah armed ... would be "a promise that cannot be kept"': judged, not planned
    r"(?:be\s[\"“]?(?:an?|no|nothing|only|just|meaningless|pointless|useless|worthless|a\smistake)\b"
    r"|(?!(?:begin|start|take|last|run|come|go|hold|apply|cover|end|expire|be|have|also|then|only)\b))"
)
"""
What a halt that opens its clause would do: "A truce in El Fasher would save lives", "A truce of two hours would
let us reach them", "A truce around the port and the roads out of it would save more lives", "that a halt to fighting
during Ramadan, which began on Saturday, could open the way" are ones wished for, and so is one judged ('a truce
which left Hezbollah armed on Israel's border would be "a promise that cannot be kept"'); not one that "would begin at
6 a.m.", planned.
"""


_BACKED_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:backed|backs|backing|support|supported|supports|supporting|favou?red|favou?rs|favou?ring))"
    r"\s(?:an?\s)?[\"“‘']?(?:(?!(?i:the|this|that|its|their|would|will|shall|could|to)\s)[\w-]+\s){0,2}$"
)
"""
A verb of support before a pause with no definite article: one wished for, not the story's ("backed a truce").

Not a verb of the clause before a halt's own modal: "the forces it supports would stop fighting".
"""


_PROPOSED_FOR_BEFORE = re.compile(
    r"(?i:\b(?:proposals?|proposed|plans?|offers?|calls?|called|calling|appeals?|demands?|push|bid|initiative|basis|need"
    r"|frameworks?|roadmaps?|road\smaps?)\b"
    r"(?:[^.;]|\.(?!\s)|(?<=\b[A-Z])\.){0,100}?\b(?:for|of)\s"  # "a call by the U.N. Security Council for"
    r"(?:(?:a|an)\s|(?!(?i:the|this|that|these|those|its|their|his|her|our|every)\s))"  # "plan for two-week Gaza truce"
    r"[\"“‘']?(?:[\w-]+\s){0,3}"  # 'for an "Eid ceasefire"'
    # "talks mediated by Qatar on a pause to free some of the hostages", "negotiations in Cairo over a ceasefire"
    r"|\b(?:talks|negotiations)\b(?:[^.;]|\.(?!\s)){0,60}?\b(?:on|over)\s(?:a|an)\s(?:[\w-]+\s){0,3}"
    # "was still negotiating with the Syrian authorities and rebels for a daily two-hour humanitarian pause"
    r"|\b(?:negotiating|negotiate)\b(?:[^.;]|\.(?!\s)){0,80}?\bfor\s(?:a|an)\s(?:[\w-]+\s){0,3}"
    # 'was working with Washington on "a pause in the fighting that could open the way to a political settlement"'
    r"|\b(?:working|work|works|worked)\swith\s(?:[\w.’'-]+\s){1,4}?(?:on|towards?|for)\s[\"“]?(?:a|an)\s(?:[\w-]+\s){0,3}"
    # "Iran on Wednesday rejected an Iraqi offer to stop attacking each other's cities", "rejected an offer by the
    # Kurdish regional government to freeze the results ... and declare an immediate cease-fire"
    r"|\b(?:rejects|rejected|rejecting|dismisses|dismissed|spurns|spurned|turns\sdown|turned\sdown)\s(?:(?:an?|the)\s)?"
    r"(?:[\w’'-]+\s){0,2}?(?:offer|proposal|plan)\s(?:by\s(?:[\w’'()-]+\s){1,5}?)?to\s(?:[^.;\"“”]{0,100}?\s)?"
    # "a deal under which Hamas would free hostages in return for an extended halt in fighting": a halt bargained for
    r"|\b(?:would|will|could)\s[^.;:\"“”]{0,60}?\bin\s(?:return|exchange)\sfor\s(?:an?\s)?(?:[\w-]+\s){0,2}"
    # "The plan asks Damascus to pull troops out of towns, allow a daily two-hour halt in fighting": a plan's terms
    r"|\b(?:plans?|proposals?|drafts?|initiative|roadmap)\s(?:asks|asked|calls\son|called\son|urges|urged|demands"
    r"|demanded|requires|required)\s[^.;\"“”]{0,100}?\bto\s(?:[^.;\"“”]{0,80}?\s)?(?:an?\s)(?:[\w-]+\s){0,3}"
    # "renewed his appeal to both governments on Tuesday to stop attacks on civilian areas"
    r"|\bappeal(?:s|ed)?\b(?:[^.;]|\.(?!\s)){0,80}?\bto\s$"
    # "The KIA proposed on Monday a 10-day ceasefire", "proposed last week a seven-day truce", 'proposed an "Easter
    # truce"'
    r"|\bproposed\s(?:(?:on|last|this|late|early|in)\s)?(?:[\w-]+\s)?[\"“]?(?:a|an)\s[\"“‘']?(?:[\w-]+\s){0,3}"
    # "proposed Sunday that both sides stop fighting for 72 hours": a halt put to the sides, none made (not "proposed
    # that the truce be extended": one made)
    r"|\b(?:proposed|proposes)\s(?:(?:on|last|this|late|early)\s)?(?:[\w-]+\s)?that\s[^.;:\"“”]{0,80}?\s"
    r"(?<!\bthe\s)(?<!\bthis\s)(?<!\bits\s)(?<!\btheir\s)"
    # "denied rumors that the two sides had agreed to stop shooting": a deal said not to be
    r"|\b(?:denied|denies|denying|dismissed|dismisses)\s(?:the\s)?(?:rumou?rs|reports|claims)\sthat\s(?:[^.;:\"“”]){0,80}?"
    # "Why a proposed Easter truce brings back memories", "a blow to a US-proposed truce that neither side has signed"
    # (not one accepted: "accepted a U.S.-proposed truce starting on Monday" is made)
    r"|(?<!accepted\s)(?<!accept\s)(?<!accepts\s)(?<!signed\s)(?<!agreed\sto\s)"
    r"\b(?:a|the)\s(?:[\w.]{1,20}-)?proposed\s(?:[\w-]+\s){0,2})[\"“‘']?$"
)
"""
A halt proposed, asked or called for, its words well before it: "a proposal by ... mediators for a ... truce",
"an offer by the Kachin Independence Army (KIA) of a ceasefire".
"""
_PROPOSED_FOR_WORDS = (
    *("proposal", "proposals", "proposed", "plan", "plans", "offer", "offers", "call", "calls", "appeal", "appeals"),
    *("called", "calling"),
    *("appealed", "demand", "demands", "push", "bid", "initiative", "basis", "need", "talks", "negotiations"),
    *("framework", "frameworks", "negotiating", "negotiate", "roadmap", "roadmaps", "map", "maps"),
    *("working", "work", "works", "worked"),
    *("rejects", "rejected", "rejecting", "dismisses", "dismissed", "spurns", "spurned", "turns", "turned"),
    *("denied", "denies", "denying", "proposes"),
)
"""The words one of which each branch of `_PROPOSED_FOR_BEFORE` holds, whole: a window without one is not searched."""
_OVER_AT_PHRASE_END = re.compile(
    r"(?:(?!\s(?:preceded|followed|was|were|is|are|has|have|had|came|began|started|led)\b)[^,;:.!?\"“”()])*?"
    r"(?:\s(?:that|which)|,\swhich)\s(?:had\s)?(?:ended|collapsed|broke\sdown|failed|expired|lapsed"
    # "a unilateral ceasefire over Christmas and New Year, which it lifted on January 3": ended by its maker
    r"|(?:it|they)\s(?:had\s)?(?:lifted|ended|called\soff|scrapped|abandoned|broke)"
    # "ended with a truce in June that lasted less than two months": over, told by how short it was
    r"|lasted\s(?:(?:less|fewer)\sthan|no\smore\sthan|only|just|barely))\b"
    r"(?!\s(?:the|a|an|its|their|months|weeks|years|days|decades|fighting|hostilities|war|violence|clashes)\b)"
)
"""
A halt said to be over by a relative clause after the words about it, before any other verb of its clause; ",
which ended" too ("a three-hour local truce that let the Red Crescent move patients out of the hospital, which
ended last month"), and "that lasted less than two months".
"""
_OVER_REACH = 140
"""How far after a mention the relative clause that ends it may come."""
_NEVER_HELD_AFTER = re.compile(
    r"[^;:.!?\"“”()]{0,60}?,\s(?:but|and)\s(?:it|the\s[\w-]+)\s(?:never|did\snot|didn't)\s(?:took|take)\s(?:hold|effect)\b"
    # "the ceasefire at the heart of his six-point plan had never been respected by either side"
    r"|[^;:.!?\"“”(),]{0,80}?\s(?:(?:had|has|have)\snever\sbeen|(?:was|were)\snever)"
    r"\s(?:respected|observed|implemented|honou?red)\b"
    # "the cease-fire that was meant to begin on April 12 had never taken hold"
    r"|[^;:.!?\"“”(),]{0,80}?\s(?:had|has|have)\snever\s(?:taken|took)\s(?:hold|effect)\b"
)
"""A halt its own sentence says never held: "declared a ceasefire on Friday, but it never took hold"."""
_SENTENCE_SUBJECT_BEFORE = re.compile(r"(?:(?:A|An|The|That|This|Their|Its)\s)?(?:[\w-]+\s){0,2}")
"""The words before a halt that opens its sentence: "A ceasefire", "The earlier truce", "A 72-hour truce"."""
_COLLAPSED_AS_SUBJECT = re.compile(
    # "A truce that Brahimi brokered for the Eid al-Adha holiday in October collapsed within hours"
    r"\s(?:(?:that|which)\s(?:[\w'’.-]+\s){1,4}?)?"
    r"(?:signed|agreed|brokered|reached|declared|announced|struck|negotiated|mediated|arranged)\s"
    r"[^,;:.!?\"“”()]{0,100}?\s(?:had\s)?(?:collapsed|broke\sdown|lapsed|fell\sapart|crumbled|unravell?ed)"
    r"(?:\s(?:within|after)\s(?:hours|weeks|months|days|a\s(?:week|month|year))|\s(?:weeks|months|years)\slater)\b"
    # "A truce brokered by Russia and Turkey that took effect on Jan. 12 soon crumbled"
    r"|\s(?:(?:that|which)\s(?:[\w'’.-]+\s){1,4}?)?(?:signed|agreed|brokered|reached|declared|announced)\s"
    r"[^,;:!?\"“”()]{0,100}?\s(?:soon|quickly)\s(?:collapsed|broke\sdown|lapsed|fell\sapart|crumbled|unravell?ed)\b"
    # "A nationwide cease-fire brokered by the United States and Russia took effect Sept. 12 but collapsed a week later"
    r"|\s(?:(?:that|which)\s(?:[\w'’.-]+\s){1,4}?)?(?:signed|agreed|brokered|reached|declared|announced)\s"
    r"[^,;:!?\"“”()]{0,100}?\s(?:but\s)?(?:had\s)?(?:collapsed|broke\sdown|lapsed|fell\sapart|crumbled|unravell?ed)"
    r"\s(?:a\s(?:day|week|month|year)|days|weeks|months|years)\slater\b"
    # "The truce took effect in April last year and expired in October": its start and its end, both gone by
    r"|\s(?:took|came|went)\s(?:effect|into\s(?:force|effect))\s[^.;:!?\"“”()]{0,60}?\sand\s(?:had\s)?"
    r"(?:expired|lapsed|collapsed|ended)\sin\s(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b"
    # "An Egyptian-brokered truce between the two movements, agreed on Monday, collapsed within hours"
    r"|(?:\s(?:between|with)\s[^,;:.!?\"“”()]{0,80}?)?,\s(?:signed|agreed|brokered|reached|declared|announced)"
    r"\s[^,;:.!?\"“”()]{0,60}?,\s(?:had\s)?(?:collapsed|broke\sdown|fell\sapart|crumbled|unravell?ed)"
    r"\s(?:within|after)\s(?:hours|days|weeks|months|a\s(?:day|week|month|year))\b"
    # "A bilateral ceasefire between the government and the ELN expired in August last year": its parties, then
    # the end and when, long before
    r"|\s(?:between|with)\s[^,;:.!?\"“”()]{0,80}?\s(?:had\s)?(?:expired|collapsed|lapsed|broke\sdown|fell\sapart)"
    r"\s(?:in\s[A-Z][a-z]{2,8}\s(?:last\syear|\d{4})|in\s\d{4}|last\syear|(?:months|years)\sago)\b"
    # "A truce that Yanukovich and opposition leaders agreed on Thursday after talks with the foreign ministers of
    # Germany, France and Poland collapsed as riot police melted away": made on a weekday gone, then over
    r"|\s(?:that|which)\s(?:[\w'’.-]+\s){1,5}?(?:agreed|signed|brokered|reached|declared)\son\s"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s[^;:.!?\"“”()]{0,140}?\s(?:had\s)?"
    r"(?:collapsed|broke\sdown|fell\sapart|unravell?ed)\s(?:as|amid|when|overnight)\b"
    # "A five-day humanitarian truce in May collapsed amid mutual accusations": a month's, over
    r"|\sin\s(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s\d{4})?\s(?:had\s)?(?:collapsed|broke\sdown|fell\sapart|lapsed|expired|crumbled|unravell?ed)\b"
    # "A week-long truce in late November allowed the release of dozens of hostages, but the fighting resumed on
    # December 1": a month's, then the war back
    r"|\sin\s(?:(?:late|early|mid)[\s-])?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?:\s\d{4})?\s[^;:.!?\"“”()]{0,120}?,\sbut\s(?:the\s)?(?:fighting|war|bombing|bombardment"
    r"|hostilities|strikes|offensive|shelling)\s(?:resumed|restarted)\b"
)
"""
The main verb of a halt that opens its sentence, past the words of its making, and how long it held: "signed ...
in December collapsed within weeks" (not "declared ... on Sunday broke down two days later": the story's own).
"""
_REFUSED_AT_PHRASE_END = re.compile(
    r"[^,;:.!?\"“”()]{0,80}?[\"”’']?,[\"”’']?\s(?:which|that)\s(?:(?:[A-Z][\w-]*|the\s[\w-]+|it|they)\s)?"
    r"(?:has\s|have\s|had\s)?"
    r"(?:turned\s(?:it\s)?down|rejected|refused|spurned|rebuffed)\b"
)
"""A halt one side refused, told in a relative clause at the end of its phrase: "..., which Moscow has turned down"."""
_REFUSED_RIGHT_AFTER = re.compile(
    r"[\"”’']?\s(?:the\s[\w-]+|[A-Z][\w-]*)\s(?:rejects|rejected|refuses|refused|spurns|spurned|rebuffs|rebuffed)\b"
)
"""A halt refused by those named right after it, as a headline has it: "gangs offer 'truce' the government rejects"."""
_REFUSED_AFTER_COMMA = re.compile(
    r"[\"”’']?,\s(?:but\s)?(?:they|he|she|it|the\s[\w-]+|[A-Z][\w-]*)\s"
    r"(?:refused|rejected|said\sno|turned\sit\sdown)(?![\w-]|\sto\b)"
)
"""The other side's refusal right after an offered halt, after a comma: "We offered a ceasefire, they refused"."""
_WERE_MADE_AFTER = re.compile(
    r"[^.;:\"“”]{0,80}?\b(?:were|had\sbeen)\s(?:[a-z]+ly\s)?"
    r"(?:declared|announced|organi[sz]ed|arranged|agreed|offered|brokered|called|tried|attempted)\b"
)
_BEEN_BEFORE = re.compile(r"\b(?:have|has)\sbeen\s[^.;]{0,100}?\b(?:before|in\sthe\spast|previously)\b")
"""Pauses said to have been made before: plural mentions of past halts, not the story's."""


_PACT_LENGTHS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "fourteen",
    "fifteen",
    "twenty",
    "thirty",
    "sixty",
    "ninety",
)
_TIMED_PACT = keyed(
    re.compile(rf"(?i:\b(?:\d{{1,3}}|{'|'.join(_PACT_LENGTHS)})-(?:day|week|month)\s(?:peace\s)?(?:pact|accord))\b"),
    ["1", *_PACT_LENGTHS],
)
"""A pact of a stated length, a truce though no pause word names it: "a 30-day peace pact"."""
_WINDOW = keyed(re.compile(r"(?i:windows?)\b"), ["window", "windows"])
_HOURS_BEFORE = re.compile(r"(?i:\b[\w]+[\s-]hours?\s[\"“‘']?)$")
"""A window of some hours: 'during a "four-hour window" allowed by the Israeli army'."""
_GRANTED_AFTER = re.compile(
    r"[\"”’']?\s(?:(?:was|were|had\sbeen|has\sbeen)\s)?(?:agreed|allowed|granted|opened|offered|declared|set|given|announced)"
    r"\s(?:by|with|for|to)\b"
)
"""Who grants a window of some hours: 'a "four-hour window" allowed by the Israeli army' (not "a window to file")."""
_WINDOW_REACH = 60
"""How far after "window" its clock hours may start: 'in a "window" that will run "from 7 a.m. to 11 a.m."'."""
_QUOTE_CHARS = "\"“‘'"
"""Marks that may open a name in quotation marks right before a window ('a "four-hour window"')."""
_DEFINED_AFTER = re.compile(r"\s(?:is|are)\s(?:an?|not|never|usually|often|simply|just)\b")
"""What makes "a corridor" any corridor: "A humanitarian corridor is an agreed route"."""
_SOUGHT_FOR_BEFORE = re.compile(
    r"(?i:\b(?:press|presses|pressed|pressing|push|pushes|pushed|pushing|call|calls|called|calling|appeal|appealed"
    r"|lobby|lobbied|campaign|campaigned)\s(?:[^;:\"“”\n]{0,60}?\s)?for\s(?:(?:an?|the)\s)?(?:[\w-]+\s){0,2})$"
)
"""What makes a corridor one sought: "press at the U.N. Security Council for a humanitarian corridor"."""
_STILL_SOUGHT_BEFORE = re.compile(
    r"(?i:\b(?:negotiating|seeking|demanding|discussing|talks\son|talking\sabout|trying\sto\s(?:negotiate|secure|arrange))"
    r"\s(?:(?:an?|the|a\sdeal\son|for)\s)?(?:[\w-]+\s)?)$"
)
"""A corridor still talked of, not opened: "said they were negotiating safe passage for hundreds of families"."""
_NOT_YET_MADE_AFTER = re.compile(
    r"\s(?:was|is)\s(?:the|their|our|its)\s(?:aim|goal|objective),?\sbut\s(?:it\s)?(?:had|has|have)\snot\s(?:yet\s)?been\s"
    r"(?:agreed|reached|signed|declared)\b"
)
"""A halt named as the aim of talks, not made: "a bilateral ceasefire was the aim but had not been agreed"."""
_UNHEEDED_AFTER = re.compile(
    r"[^,;:.!?\n]{0,120}?(?:,\sbut\s(?:the|that|this|their|his|her|its)\s(?:call|appeal|plea|request|demand)s?)?"
    r"\s(?:went|was|were|(?:has|have|had)\sgone)\s(?:largely\s|widely\s|entirely\s)?(?:ignored|unheeded|unanswered)\b"
)
"""
A halt asked for and not heeded, in its own clause: "a two-hour truce requested by the U.N. ... went ignored"; or in
the next, of the call: "called for dialogue ... and an end to hostilities, but the call went unanswered".
"""
_BUT_DENIED_AFTER = re.compile(r"[^.;:!?\n]{0,120}?,\sbut\s(?:[\w.'’-]+\s){1,4}?(?:denied|denies)\b")
"""A halt one side announced and the other denied, in the same sentence: "..., but Shekau denied that any truce"."""
_SAYS_NO_AFTER = re.compile(r"[^.;:!?\n]{0,80}?[;,]\s(?:[\w.'’-]+\s){1,3}(?:says|say|said)\sno\b")
"""An offer turned down in the same line, as a headline has it: "relief corridor into Biafra; Ojukwu says no"."""
_DENIED_TO_BE_BEFORE = re.compile(
    r"(?i:\b(?:(?:not|never)\s(?:be|become|serve\sas)\san?|what\s(?:is|are)(?:\san?)?)\s(?:[a-z-]+\s)?)$"
)
"""
What a place will not be, or what one is: 'Tigray "will not be a corridor for anybody's war"', "What is a
humanitarian corridor": no corridor opened.
"""
_LIKENED_BEFORE = re.compile(
    r"(?i:\b(?:as|call|calls|called|calling|dubbed|nicknamed|branded)\s(?:a\s)?[\"“‘](?:an?\s)?(?:[a-z-]+\s)?)$"
)
"""A likeness in quotation marks: 'described the licensing arrangement as "a humanitarian corridor for factories"'."""


_FROM = r"(?i:from|starting|beginning|as\sof|effective)"
_START_CUE_BEFORE = re.compile(rf"\b{_FROM}(?:\s(?:at|on|from))?\s$")
_FROM_AT = re.compile(rf"{_FROM}\b")
"""A time told as a start, its cue before it or in it: "from 5 p.m.", "starting on Friday"."""
_HALT_REACH = 100
"""How far after a halt's verb its start is looked for: past its place ("along the Line of Control (LoC) and ...")."""


def _from_a_time(text: str, verb: re.Match[str], sentence: Span, starts: list[int]) -> bool:
    """
    Whether a halt is told from when it holds, or, done, at the clock time it was done.

    "agreed ... to stop all firing along the LoC from 5 p.m."; "suspended offensive operations
    against Iraqi forces in Kuwait and Iraq at 8 a.m. Thursday".
    """
    done = _HALTED.match(verb.group(0)) is not None
    if not done:
        return _MODAL_BEFORE.search(text, max(0, verb.start() - 20), verb.start()) is not None and _timed_to_come(
            text, verb.end(), sentence, starts
        )
    if (
        _SUSPENDED_ANY.match(verb.group(0)) is not None
        and _DONE_ON_DAY_BEFORE.search(text, max(sentence.start, verb.start() - 16), verb.start()) is not None
    ):
        return True  # "NATO on Thursday suspended air strikes against Yugoslavia": the day it was done
    first = bisect.bisect_left(starts, verb.end())
    last = bisect.bisect_left(starts, min(sentence.end, verb.end() + _HALT_REACH))
    return any(
        _AT_CLOCK.match(text, at) is not None
        or (_AT_BEFORE.search(text, max(0, at - 3), at) is not None and _CLOCK.match(text, at) is not None)
        or (_SUSPENDED.match(verb.group(0)) is not None and _ON_DAY.match(text, max(0, at - 3)) is not None)
        for at in starts[first:last]
    )


def _timed_to_come(text: str, end: int, sentence: Span, starts: list[int]) -> bool:
    """
    Whether a halt to come, told up to `end`, is told from when it holds: "from 5 p.m.", "starting on Friday".

    Or at a clock time: "would suspend offensive combat operations against Iraq at midnight EST".
    """
    first = bisect.bisect_left(starts, end)
    last = bisect.bisect_left(starts, min(sentence.end, end + _HALT_REACH))
    return any(
        _FROM_AT.match(text, at) is not None
        or _START_CUE_BEFORE.search(text, max(0, at - 20), at) is not None
        or _AT_CLOCK.match(text, at) is not None
        or (_AT_BEFORE.search(text, max(0, at - 3), at) is not None and _CLOCK.match(text, at) is not None)
        for at in starts[first:last]
    )


_HALTING = re.compile(r"(?i:halting|suspending|stopping|ceasing|freezing|ending)\s")
"""A halt verb in the progressive: "was unilaterally halting military operations"."""
_SAID_ON_A_DAY_IT_WAS = re.compile(
    # "said on Sunday it was unilaterally halting", "on Sunday announced it was unilaterally halting"
    rf"(?i:\b(?:(?:said|announced|declared)\s(?:on\s)?{_WEEKDAY_NAME}|on\s{_WEEKDAY_NAME}\s(?:said|announced|declared))"
    r"\s(?:that\s)?(?:it|they|its\s[\w-]+|their\s[\w-]+)"
    r"\s(?:was|were|is|are)\s(?:now\s)?(?:unilaterally\s|immediately\s)?)$"
)
"""A halt told in the progressive on the day of its saying: "said on Sunday it was unilaterally halting"."""
_MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
"""A month's first three letters, which start its name and its abbreviations ("Aug.", "August")."""
_SAID_ON_A_DAY_IT_DECIDED = re.compile(
    rf"(?i:\b(?:said|announced)\s(?:on\s)?(?:{_WEEKDAY_NAME}|{_MONTH_ABBREVIATION}[a-z]{{0,6}}\.?\s[0-3]?\d)\s(?:that\s)?"
    r"(?:he|she|it|they|its\s[\w-]+|their\s[\w-]+)"
    r"\s(?:had|has|have)\s(?:now\s)?(?:decided\sto|ordered\s(?:an?\s)?)\s?)$"
)
"""
A halt decided or ordered, told on the day of its saying: "said on Tuesday he had decided to end military
operations", "said on August 12 he had ordered an end to military operations".
"""
_SAID_ON_A_DAY_IT_WOULD = re.compile(
    rf"(?i:\b(?:said|announced|declared)\s(?:on\s)?{_WEEKDAY_NAME}\s(?:that\s)?(?:it|they)\swould\s)$"
)
"""
A halt its makers told on a day they would make: "said on Friday it would halt all drone and missile attacks".

Made from its saying, when nothing else times it, as a halt said to be under way that day is.
"""
_HALTED = re.compile(r"(?i:suspended|halted|stopped|ceased|paused|froze)\s")
"""A halt verb in the past: the halt done, timed by the clock time it was done at."""
_SUSPENDED = re.compile(
    r"(?i:suspended|paused|halted)\s(?:(?:its|their)\s|(?:offensive|military|combat)\soperations\b)"
)
"""
A halt of one's own campaign, done, that a day alone times: "suspended its air campaign against Yugoslavia on
Thursday", "paused its offensive on the port city on Wednesday" (not "halted air strikes on the town on
Thursday": a let-up in a place).
"""
_ON_DAY = re.compile(rf"(?i:on\s{_WEEKDAY_NAME}\b)")
"""
A day of this week a halt was done on; a dated one ("halted strikes around the town on Oct. 22") is told as
the story's background.
"""
_SUSPENDED_ANY = re.compile(r"(?i:suspended|paused|halted)\s")
"""A halt verb in the past that, with the day told right before it, is the day's news."""
_DONE_ON_DAY_BEFORE = re.compile(rf"(?i:\bon\s{_WEEKDAY_NAME})\s$")
"""
A halt done on a day told right before its verb: "NATO on Thursday suspended air strikes against Yugoslavia",
the day's news, not a let-up in a place told with a day after ("halted air strikes on the town on Thursday").
"""
_CLOCK = re.compile(r"(?i:\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{4}\s?(?:GMT|UTC|hrs)|noon|midnight)")
"""A clock time as written: "8 a.m.", "0500 GMT", "noon"."""
_AT_CLOCK = re.compile(r"(?i:at|from)\s" + _CLOCK.pattern)
_AT_BEFORE = re.compile(r"(?i:\b(?:at|from))\s$")
"""
A clock time after "at" or "from": "at 8 a.m. Thursday", "at midnight", "halted air strikes ... from 6:00 am on
Sunday" (a time mention may begin at the "at" or after it).
"""


def _timed_next(
    analysis: Analysis, verb: re.Match[str], following: Span | None, starts: list[int], tables: PauseWords
) -> bool:
    """
    Whether a halt to come is timed by the next sentence, which goes on about it with no pause word.

    "the security forces will suspend offensive operations against them. The suspension will take
    effect at 00:00 on December 1 and last 90 days." ("The truce is due to end ..." is a pause's own mention.)
    """
    text = analysis.article.text
    if following is None or _MODAL_BEFORE.search(text, max(0, verb.start() - 20), verb.start()) is None:
        return False
    if (
        tables.continuation.match(text, following.start) is None
        or analysis.phrases.first(tables.triggers, following.start, following.end) is not None
    ):
        return False
    first = bisect.bisect_left(starts, following.start)
    return first < len(starts) and starts[first] < following.end


_AT_ONCE_AFTER = re.compile(
    r"\s(?:[\w-]+\s){0,3}?[\"“]?(?:with\simmediate\seffect|effective\simmediately|immediately|at\sonce)\b"
)
"""A halt to come said to hold from now: "will halt hostilities "with immediate effect"", "will stop firing at once"."""
_CALLED_TO_BEFORE = re.compile(
    # not a noun: "agreed in a phone call with Trump on Tuesday to halt strikes"
    r"(?i:(?<!\ba\s)(?<!\bphone\s)(?<!\btelephone\s)(?<!\bthe\s)(?<!\bvideo\s)"
    r"\b(?:urged|urging|urges|urge|call|calls|called|calling|appealed|appeals|appeal|asked|asks|ask|demanded"
    r"|demands|demand|wanted|wants|want)\s(?:(?:on|upon)\s)?"
    # 'asked "all parties" to', "urged Haftar's self-styled Libyan National Army and the militias ... to": whom,
    # a verb of another clause never among them
    r"(?:(?!(?:agreed|agrees|said|says|announced|decided|but|while|as|after|when|which|who)\s)[\w'’\".“”-]+\s){0,16}?"
    r"to\s)$"
)
"""A call for a halt, or a wish: "call on all parties to cease hostilities immediately", "wanted both sides to stop"."""


_ORDERED_OWN_TO_BEFORE = re.compile(
    r"(?i:(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\b(?:ordered|orders|instructed|instructs|commanded|commands)\s"
    # "ordered troops on Thursday to suspend offensive military operations": the troops bare, a leader's own, as is
    # the military that "on Thursday ordered the military to suspend offensive operations" names
    r"(?:(?:his|her|its|their|all|the)\s)?"
    r"(?:[\w'’-]+\s){0,3}?(?:fighters|troops|forces|units|men|militia|militiamen|followers|soldiers|army|military)"
    # "ordered its forces in Indian-controlled Kashmir to halt counterinsurgency operations"
    r"(?:\s(?:in|across|along|around)\s(?:[\w'’-]+\s){0,3}?[\w'’-]+)?"
    # "ordered his Mahdi Army militia on Sunday to stop fighting": the day of the order between
    rf"(?:\son\s{_WEEKDAY_NAME})?\sto\s)$"
)
"""
An order to one's own fighters to halt: a halt made when ordered, though no time follows it ("on Sunday ordered his
Mahdi Army fighters to stop fighting in Basra"); not a call on others ("urged both sides to stop"), nor an order told
as before the telling ("The Kremlin said it had ordered its forces to stop striking"), which repeats a halt told."""


def _halts_for_a_while(
    analysis: Analysis, tables: PauseWords, sentences: SentenceLookup, figurative: Collection[int]
) -> list[_Trigger]:
    """
    Halts and pacts said with how long they last, a pause though no pause word names them.

    "Israel suspended its air strikes on southern Lebanon for 48 hours", "a 30-day peace pact";
    not "has halted its strikes for 13 days" (a halt that has lasted so far), nor a halt called for.
    """
    text = analysis.article.text
    found = [  # "signed a 30-day peace pact": a pact of a stated length is a truce
        _Trigger(span=span_at(m.start(), m.end()), kind=PauseKind.TRUCE, sentence=sentences.at(m.start()))
        for m in analysis.phrases.all(_TIMED_PACT)
        if m.start() not in figurative
    ]
    # 'a "four-hour window" allowed by the Israeli army', 'a "window" that will run "from 7 a.m. to 11 a.m."':
    # a window timed in hours or by the clock is a pause, though no pause word names it
    hour_ranges = sorted(t.span.start for t in analysis.times if t.clock_end is not None)
    for m in analysis.phrases.all(_WINDOW):
        sentence = sentences.at(m.start())
        hours = _HOURS_BEFORE.search(text, max(sentence.start, m.start() - 16), m.start())
        timed = (hours is not None and _GRANTED_AFTER.match(text, m.end()) is not None) or _starts_within(
            hour_ranges, m.end(), min(_WINDOW_REACH, sentence.end - m.end())
        )
        opening = hours.start() if hours is not None else m.start()
        if text[opening - 1 : opening] in _QUOTE_CHARS:
            opening -= 1  # 'a "four-hour window"': a name in quotation marks, not a quotation
        if (
            timed
            and m.start() not in figurative
            and not _inside_a_quotation(
                text, text.rfind("\n", 0, opening) + 1, opening
            )  # "... a six-hour window cannot"
            and not _is_other(analysis.phrases, text, m, sentence, tables)
        ):
            found.append(
                _Trigger(span=span_at(m.start(), m.end()), kind=PauseKind.HUMANITARIAN_PAUSE, sentence=sentence)
            )
    starts = sorted(t.span.start for t in analysis.times)
    for verb in analysis.phrases.all(tables.halt_verbs):
        sentence = sentences.at(verb.start())
        told_as_the_day_s_news = (
            _TOLD_ON_A_DAY_THAT_IT_HAD.search(text, max(sentence.start, verb.start() - 90), verb.start()) is not None
            and _LASTED_AFTER.search(text, verb.end(), min(sentence.end, verb.end() + 80)) is None
        )
        if (
            # "We call on all parties to cease hostilities immediately", "asked both parties to stop the strikes
            # today": asked for, whenever
            _called_to(text, verb.start())
            or (
                _FOR_A_LENGTH_AFTER.match(text, verb.end()) is None
                and not _from_a_time(text, verb, sentence, starts)
                # "both sides will halt hostilities "with immediate effect"": timed by its making
                and not (
                    _MODAL_BEFORE.search(text, max(0, verb.start() - 20), verb.start())
                    and _AT_ONCE_AFTER.match(text, verb.end(), sentence.end)
                )
                and not _timed_next(analysis, verb, sentences.after(sentence), starts, tables)
                # "Azerbaijan said on Sunday it was unilaterally halting military operations": done as it was said
                and not (
                    _HALTING.match(verb.group(0)) is not None
                    and _SAID_ON_A_DAY_IT_WAS.search(text, max(sentence.start, verb.start() - 60), verb.start())
                    is not None
                )
                and _SAID_ON_A_DAY_IT_DECIDED.search(text, max(sentence.start, verb.start() - 70), verb.start()) is None
                and _SAID_ON_A_DAY_IT_WOULD.search(text, max(sentence.start, verb.start() - 50), verb.start()) is None
                and not told_as_the_day_s_news
                # "al-Sadr on Sunday ordered his Mahdi Army fighters to stop fighting": made by the order
                and not _ORDERED_OWN_TO_BEFORE.search(text, max(sentence.start, verb.start() - 80), verb.start())
            )
            or (_PERFECT_BEFORE.search(text, max(0, verb.start() - 20), verb.start()) and not told_as_the_day_s_news)
            or verb.start() in figurative
            or _planned_or_conditional(text, verb)  # "De Mistura's plan ... would halt fighting for two days"
        ):
            continue
        if not _is_other(analysis.phrases, text, verb, sentence, tables):
            found.append(_Trigger(span=span_at(verb.start(), verb.end()), kind=PauseKind.CEASEFIRE, sentence=sentence))
    # "fighting ... is to stop in the zones from midnight Friday": the halt its subject, timed from when it holds
    for halt in [*analysis.phrases.all(_ACTIVITY_WILL_STOP), *analysis.phrases.all(_WITH_ACTIVITY_HALTED)]:
        sentence = sentences.at(halt.start())
        if (
            halt.start() in figurative
            or _called_to(text, halt.start())
            or _planned_or_conditional(text, halt)
            or not _timed_to_come(text, halt.end(), sentence, starts)
            or _is_other(analysis.phrases, text, halt, sentence, tables)
        ):
            continue
        found.append(_Trigger(span=span_at(halt.start(), halt.end()), kind=PauseKind.CEASEFIRE, sentence=sentence))
    return found


def _triggers(
    analysis: Analysis, tables: PauseWords, sentences: SentenceLookup
) -> tuple[list[_Trigger], frozenset[Span]]:
    """The story's pause mentions, and the sentences that tell another halt, of long ago (left to the events stage)."""
    text = analysis.article.text
    times = sorted((t.span.start, t.when.value, t.span.end) for t in analysis.times if t.when is not None)
    main: list[_Trigger] = []
    history: set[Span] = set()  # the sentences with a halt of long ago
    another_of_history: set[Span] = set()  # those of them that tell it as a halt of its own ("a truce signed ...")
    mentions = analysis.phrases.all(tables.triggers)
    figurative = pause_words_said_otherwise(analysis, tables)
    headline_end = title_end(analysis.article)
    sought: dict[str, bool] = {}  # whether each pause word, told last, was of a halt only proposed
    last_sought = False  # whether the last pause word told, of any kind, was
    only_sought = True  # whether every pause word told so far in the body was of a halt only proposed or called for
    sought_names: dict[str, str] = {}  # the name a halt only proposed was given ("an "Eid ceasefire""), by word
    told_in_body: dict[str, bool] = {}  # whether each pause word names the story's pause in the body
    of_history: dict[str, bool] = {}  # whether each pause word, told last in the body, told a halt of long ago
    for match in mentions:
        sentence = sentences.at(match.start())
        span = span_at(match.start(), match.end())
        word = _head_word(match.group(0))
        if match.start() >= headline_end:
            told_in_body.setdefault(word, False)
        if _THE_SAME_BARE.search(text, max(0, match.start() - 8), match.start()) and (
            ((sought.get(word) or (last_sought and only_sought)) and HYPOTHETICAL_AFTER.match(text, match.end()))
            # 'called for "a humanitarian pause" ... He did not propose a date or a length for the pause': every
            # halt told so far was only asked for, and this one is not told as made either
            or (
                last_sought
                and only_sought
                and _OF_THE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
                and not _TOLD_AS_MADE_AFTER.match(text, match.end())
            )
        ):
            # "proposed a 30-day truce ... said the truce would begin with a freeze": the one proposed, whatever
            # word told it first ("has proposed a two-day ceasefire ... the truce would be followed by talks")
            continue
        named = _NAMED_HALT_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if sought.get(word) and named is not None and named.group(1) == sought_names.get(word):
            continue  # 'a proposal ... for an "Eid ceasefire"' ... "we accept the Eid ceasefire": the one proposed
        other = _is_other(analysis.phrases, text, match, sentence, tables)
        sought[word] = (
            other and _PROPOSAL_BEFORE.search(text, max(sentence.start, match.start() - 80), match.start()) is not None
        )
        # "would consider a proposal ... for a 30-day ceasefire, but would not accept a pause": any halt told in a
        # sentence of a proposal or a call, not made, is the one talked of
        last_sought = (
            other
            and _PROPOSED_OR_CALLED_BEFORE.search(
                text, max(sentence.start, match.start() - _PROPOSED_OR_CALLED_REACH), match.start()
            )
            is not None
        )
        if match.start() >= headline_end:  # a headline's proposal may be the story's pause, told as made below
            only_sought = only_sought and last_sought
        if sought[word] and named is not None:
            sought_names[word] = named.group(1)
        if _long_ago(text, analysis.article.published, times, match, sentence) or _ended_after_history(
            text, match, sentence, history, sentences
        ):
            history.add(sentence)
            # from the space before the sentence, so that an article opening it is read: "A ceasefire ... took effect"
            if _INDEFINITE_BEFORE.search(text, max(sentence.start - 1, match.start() - 40, 0), match.start()):
                another_of_history.add(sentence)  # "ended with a Russian-brokered cease-fire signed in 2020"
            if match.start() >= headline_end:
                of_history[word] = True
            continue
        if of_history.get(word) and _THE_BARE.search(text, max(0, match.start() - 8), match.start()):
            # "its 2002 ceasefire with the Tamil Tigers ... Norway, which brokered the truce": that halt again
            continue
        if match.start() >= headline_end:
            of_history[word] = False
        if _over_long_ago(analysis, match, sentence):
            continue
        if (
            other
            or match.start() in figurative
            # "lifted their blockade "for 48 hours"" eases a siege for a while; lifted for good, it halts nothing
            or (match.group(0)[:4].lower() == "lift" and not _FOR_A_WHILE_AFTER.match(text, match.end()))
            or in_a_name(analysis, match)
            # "deployed under the November 2020 ceasefire ..., recorded a ceasefire violation": that one again
            or (sentence in history and not _ANOTHER_BEFORE.search(text, max(0, match.start() - 24), match.start()))
        ):
            continue
        kind = tables.kinds[" ".join(match.group(0).lower().split())]
        main.append(_Trigger(span=span, kind=kind, sentence=sentence))
        if match.start() >= headline_end:
            told_in_body[word] = True
    main = sorted([*main, *_halts_for_a_while(analysis, tables, sentences, figurative)], key=lambda t: t.span.start)
    # "U.N. envoy proposes 30-day truce", told in the body only as proposed: a proposal; but "Kovalenko
    # proposes new pause", told in the body as "has offered a new humanitarian pause", is the story's pause
    main = [
        trigger
        for trigger in main
        if trigger.span.start >= headline_end
        or told_in_body.get(_head_word(text[trigger.span.start : trigger.span.end]), True)
        or not _PROPOSAL_BEFORE.search(text, max(0, trigger.span.start - _PROPOSAL_REACH), trigger.span.start)
    ]
    if history and main and all(_told_as_breached(text, trigger.span) for trigger in main):
        # "the permanent ceasefire signed under the 2018 peace agreement ... violated the ceasefire again"
        return [], frozenset(another_of_history)
    # "agreed to a permanent cessation of hostilities ... since fighting resumed in late August, ending a
    # humanitarian truce declared in March": a halt told by another word, ended before the story's was made
    ended = [
        t
        for t in main
        if t.span.start >= headline_end
        and _AN_ENDED_ONE_BEFORE.search(text, max(t.sentence.start, t.span.start - 40), t.span.start) is not None
    ]
    if ended:
        others = [t for t in main if t not in ended]
        first_told = min((t.span.start for t in others), default=len(text))
        told_words = {_head_word(text[t.span.start : t.span.end]) for t in others}
        ended = [
            t
            for t in ended
            if first_told < t.span.start and _head_word(text[t.span.start : t.span.end]) not in told_words
        ]
        main = [t for t in main if t not in ended]
        another_of_history.update(t.sentence for t in ended)
    return main, frozenset(another_of_history)


_AN_ENDED_ONE_BEFORE = re.compile(
    r"(?i:\b(?:ending|ended|breaking|broke|shattering|shattered|wrecking|wrecked)\san?\s(?:[\w-]+\s){0,2})$"
)
"""Words that tell a halt as one ended by what came before: "fighting resumed, ending a humanitarian truce"."""


_PROPOSED_OR_CALLED_BEFORE = re.compile(
    r"(?i:\b(?:propos(?:e|ed|es|ing|als?)|urg(?:e|ed|es|ing)|call(?:ed|s|ing)?\sfor|appeal(?:ed|s|ing)?\sfor"
    r"|ask(?:ed|s|ing)?\sfor|demand(?:ed|s|ing)?))\b"
)
"""A proposal or a call in a sentence, before a halt it tells of: "would consider a proposal ... for a ceasefire"."""
_PROPOSED_OR_CALLED_REACH = 300
"""How far back in its sentence a halt's proposal or call is read: a long sentence costs linear time."""
_ENDED_REACH = 200
"""How far after a halt named again its end is read in the sentence."""
_TOLD_AS_MADE_AFTER = re.compile(
    r"(?:,\s[^,;.]{1,80},)?\s(?:(?:has|had|have)\s)?(?:began|begun|started|took\seffect|came\sinto|went\sinto|held"
    r"|holds|is\sholding|was\s(?:announced|declared|agreed|extended|observed|respected|broken|violated)"
    r"|will\s(?:begin|start|run|last|take\seffect)|is\sdue|was\sdue|runs|ran|lasted)\b"
)
"""What tells a halt as made, right after it: "The pause began at 6 a.m.", "the truce, agreed on Monday, held"."""
_OF_THE_BEFORE = re.compile(r"(?i:\b(?:for|of|on|about|over)\sthe)\s$")
"""A preposition before a bare definite mention: "a date or a length for the pause", what is said of it."""
_DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?i:the|this|that)\s(?:[\w-]+\s){0,2}$")
"""A definite article before a mention, through two words at most: "The two-month truce"."""


def _ended_after_history(
    text: str, match: re.Match[str], sentence: Span, history: set[Span], sentences: SentenceLookup
) -> bool:
    """
    A halt named again right after one of long ago, and told as over: that halt again.

    "... the UN-brokered truce that began on April 2, 2022. The two-month truce was renewed
    twice before it lapsed on October 2 that year": no halt of the story's.
    """
    before = sentences.at(sentence.start - 1) if sentence.start else None  # the sentence right before, if any
    return (
        before is not None
        and before in history
        and sentences.after(before) == sentence
        and _DEFINITE_BEFORE.search(text, max(sentence.start, match.start() - 30), match.start()) is not None
        and _ENDED_IN_SENTENCE.search(text, match.end(), min(sentence.end, match.end() + _ENDED_REACH)) is not None
    )


def _head_word(mention: str) -> str:
    """A pause word's head, singular: "humanitarian pauses" and "pause in fighting" tell of a "pause"."""
    words = mention.lower().split()
    cut = next((i for i, word in enumerate(words) if i and word in {"in", "of", "on", "to"}), len(words))
    return words[cut - 1].removesuffix("s")


_FOR_A_WHILE_AFTER = re.compile(r"(?:\sof\s[^.;:\"“”]{1,60}?)?\s[\"“]?for\s[\"“]?(?:\d+|[a-z-]+)\s(?:hours|days)\b")
"""A blockade lifted for a while: 'of the city of Timbuktu "for 72 hours"'."""
_TALKS_AFTER = re.compile(r"\s(?i:talks|meeting|summit|conference|negotiations)\b")
_PROPOSAL_BEFORE = re.compile(r"\bpropos(?:e|ed|es|ing|als?)\b[^.;]*$")
"""A proposal told before a mention, in its sentence: "proposed a 30-day truce", "envoy proposes 30-day truce"."""
_PROPOSAL_REACH = 30
"""How far before a headline's mention its proposal is looked for: "U.N. envoy proposes 30-day truce"."""
_NAMED_HALT_BEFORE = re.compile(r"(?:^|[\s\"“‘'(])(?:the|an?|The|An?)\s[\"“‘']?([A-Z][\w-]*)\s$")
"""A halt named by a capitalised word before it: 'an "Eid ceasefire"', "the Easter truce"."""
HYPOTHETICAL_AFTER = re.compile(r"\s(?:would|could|might)\s")
"""A halt told in the conditional: "the truce would begin with a freeze", of one proposed."""
_BREACHES_AFTER = re.compile(r"\s(?:violations?|breach(?:es)?)\b")


def _told_as_breached(text: str, span: Span) -> bool:
    """
    Whether a mention tells only of a halt's breach: "violated the ceasefire", "ceasefire violations".

    In a story that tells a halt of long ago, such mentions are of that halt when the story
    tells no other: it was breached again, nothing was halted anew.
    """
    return (
        _BREACHED_BEFORE.search(text, max(0, span.start - 40), span.start) is not None
        or _BREACHES_AFTER.match(text, span.end) is not None
    )


_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})
_THE_SAME_BARE = re.compile(r"(?:^|[\s\"“‘'(])(?i:the|this|that)\s$")
"""A pause word with only a definite article before it: the one told last ("The pause was a breather")."""
_THE_BARE = re.compile(r"(?:^|[\s\"“‘'(])(?i:the)\s$")
"""A pause word with only "the" before it: the halt told last ("Norway, which brokered the truce")."""
_A_BARE = re.compile(r"(?:^|[\s\"“‘'(])(?:A|a|An|an)\s$")
_BARE_PLURAL_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:the|these|those|its|their|his|her|our|both|all|two|three|four|five|daily|new|separate|local"
    r"|humanitarian|temporary|several|earlier|previous|past|such|rival)\s)[a-z]+\s$"
)
"""A plural with no determiner before it: truces in general ("The talk of truces", "signs truces")."""
_ON_BEFORE = re.compile(r"(?:^|[\s,])[\"“‘']?on\s$")
"""'on pause', its quotation mark too: 'would be put "on pause" for a year'."""
_IS_AFTER = re.compile(r"\s(?:is|was|isn't|wasn't|is\snot|was\snot|starts|begins|means|requires|needs)\b")
_ANOTHER_BEFORE = re.compile(r"(?i:\b(?:new|fresh|another|second|third|latest|renewed))\s(?:[\w-]+\s)?$")
"""A halt said to be another than the one before it: "the 2020 ceasefire collapsed, and a new truce ..."."""


def in_a_name(analysis: Analysis, match: re.Match[str]) -> bool:
    """
    Whether a pause word is part of a body's name, written with capitals.

    "the Coordinating Committees on the Cessation of Hostilities (CCCH)" names no halt.
    """
    return match.group(0)[:1].isupper() and analysis.actors.at(match.start()) is not None


_LONG_AGO = 12
"""Months before publication from which a dated halt is history, not the story's pause."""
_ENDED_LONG_AGO = 3
"""Months before publication from which a dated halt told as ended in its sentence is history."""
_ENDED_DAYS_AGO = datetime.timedelta(days=14)
"""
The same, in days, for a halt dated to its day or month ("A truce agreed on April 1 ... collapsed within days", told
on April 26); a month counts from its last day ("unravelled ... in January", told on March 24).
"""
_LONG_AGO_REACH = 80
_YEAR_MONTH = re.compile(r"(\d{4})-(\d\d)")
_YEAR_ONLY = re.compile(r"\d{4}")
_LONG_AGO_YEARS = 2
"""Years before publication from which a halt dated by its year alone is history ("in 2024" may be last month)."""


_RENEWED_BEFORE = re.compile(
    r"(?i:\b(?:observe|respect|honou?r|restore|revive|renew|recommit\sto|return\sto|abide\sby|adhere\sto|uphold)"
    r"\s(?:strictly\s|fully\s)?(?:the|its|their|a|an)\s)$"
)
"""A verb that makes a halt of long ago hold again: "agreed to strictly observe a 2003 ceasefire"."""
_RENEWED_AFTER = re.compile(
    r"(?:\s[\w-]+)?\sto\sbe\s(?:strictly\s|fully\s)?(?:respected|observed|honou?red|restored|upheld)\b"
)
"""The same, told after the halt: "wanted the 2003 ceasefire understanding to be respected"."""


def _long_ago(
    text: str, published: datetime.date | None, times: list[tuple[int, str, int]], match: re.Match[str], sentence: Span
) -> bool:
    """
    Whether a date near a mention puts it a year or more before publication.

    "a 44-day war that ended with a Russia-brokered ceasefire agreement signed on Nov. 10, 2020",
    in a story of 2022: a halt of the past, told as background.
    """
    if published is None:
        return False
    start, end = max(sentence.start, match.start() - _LONG_AGO_REACH), min(sentence.end, match.end() + _LONG_AGO_REACH)
    for time_start, value, time_end in times[
        bisect.bisect_left(times, (start, "")) : bisect.bisect_left(times, (end, ""))
    ]:
        if time_end + 1 == match.start() and (
            _RENEWED_BEFORE.search(text, max(0, time_start - 40), time_start)
            or _RENEWED_AFTER.match(text, match.end(), match.end() + 40)
        ):
            continue  # "agreed to strictly observe the 2003 ceasefire understanding": that halt, renewed
        month = _YEAR_MONTH.match(value)
        if month is not None:
            months = (published.year - int(month.group(1))) * 12 + published.month - int(month.group(2))
            if months >= _LONG_AGO or (
                # "A unilateral ceasefire the government declared in June ... collapsed within weeks", told in November
                (months >= _ENDED_LONG_AGO or _days_ago(value, published) >= _ENDED_DAYS_AGO)
                and _ENDED_LONG_AGO_IN_SENTENCE.search(text, match.end(), sentence.end) is not None
                and _all_long_before(times, sentence, published)
            ):
                return True
        elif _YEAR_ONLY.fullmatch(value) and published.year - int(value) >= _LONG_AGO_YEARS:
            return True  # "a ceasefire announced by tribal elders in Dera Bugti in 2005", told in 2025
    return False


_OVER_LONG_AGO = datetime.timedelta(days=30)
"""How long after its end a halt of stated length is history: a month, past any extension told since."""
_LENGTH_RIGHT_BEFORE = 30
"""How far before a halt word its length may end: "A weeklong humanitarian truce"."""
_LENGTH_WORDS = 40
"""How long a length's own words may be ("a seven-day"), so the search for one starts early enough."""
_BEGUN_DAY_REACH = 60
"""How far after a halt word the day it began is looked for: "A weeklong truce that began on Nov. 24"."""


def _over_long_ago(analysis: Analysis, match: re.Match[str], sentence: Span) -> bool:
    """
    Whether a halt of stated length, begun on a day or in a month told after it, ended a month before publication.

    "A weeklong truce that began on Nov. 24 ... freed more than 100 hostages", told on Jan. 14: the past; so is
    "a week-long truce in late November", told on Jan. 30, taken as begun on the month's last day.
    """
    published = analysis.article.published
    if published is None:
        return False
    times = analysis.times  # in text order
    first = bisect.bisect_left(times, match.start() - _LENGTH_RIGHT_BEFORE - _LENGTH_WORDS, key=lambda t: t.span.start)
    lengths = [
        t.duration
        for t in itertools.takewhile(lambda t: t.span.start < match.start(), times[first:])
        if t.duration is not None
        and t.when is None
        and match.start() - _LENGTH_RIGHT_BEFORE <= t.span.end < match.start()
        and "," not in analysis.article.text[t.span.end : match.start()]
    ]
    if not lengths:
        return False
    reach = min(sentence.end, match.end() + _BEGUN_DAY_REACH)
    after = bisect.bisect_left(times, match.end(), key=lambda t: t.span.start)
    for t in itertools.takewhile(lambda t: t.span.start <= reach, times[after:]):
        if t.when is not None and t.when.precision is Precision.DAY and _FULL_DAY.fullmatch(t.when.value):
            began = datetime.date.fromisoformat(t.when.value)
            return began + lengths[-1] + _OVER_LONG_AGO < published
        if t.when is not None and t.when.precision is Precision.MONTH and _YEAR_MONTH.fullmatch(t.when.value):
            # "during a week-long truce in late November", told on Jan. 30: begun by the month's last day at latest
            return _last_day_of(t.when.value) + lengths[-1] + _OVER_LONG_AGO < published
    return False


_ENDED_LONG_AGO_IN_SENTENCE = re.compile(
    r"\b(?:(?:collapsed|broke\sdown|ended|expired|failed|unravell?ed|fell\sapart|ran\sout|lapsed)"
    r"(?!\s(?:at\s(?!the\s(?:end|beginning|start)\sof\b)|more\b|a\b|an\b|the\b|\d|years?\b|months?\b|weeks?\b"
    r"|decades?\b|hostilities\b|fighting\b))"
    # "took effect across Syria on Sept. 12 but collapsed a week later": its end counted from its start
    r"|(?:collapsed|broke\sdown|unravell?ed|fell\sapart)\s(?:a|one|two|three|four|five|six)\s(?:days?|weeks?)\slater\b"
    # "declared a unilateral ceasefire in June ..., but the fighting spread into Amhara and Afar weeks later"
    r"|(?:fighting|clashes|hostilities)\s(?:resumed|spread|flared\sagain|broke\sout\sagain|erupted\sagain)\b"
    # "A ceasefire brokered by Russia and Turkey took effect on Jan. 12 but never held", told in June
    r"|\bnever\s(?:held|took\shold)\b)"
)
"""
A halt's end in its sentence, told alone: "collapsed within weeks", "collapsed a week later", "expired at the end of
April", not "lapsed at
7 p.m." (today's end, its clock told) nor "ended more than a year of hostilities" (what the halt ended); or the
fighting told as back ("but the fighting spread into Amhara weeks later"); or a halt that "never held".
"""


def _last_day_of(month: str) -> datetime.date:
    """The last day of a month written "YYYY-MM"."""
    year, number = int(month[:4]), int(month[5:7])
    return datetime.date(year + number // 12, number % 12 + 1, 1) - datetime.timedelta(days=1)


def _days_ago(value: str, published: datetime.date) -> datetime.timedelta:
    """How long before publication a value lies, a month's from its last day; zero for a year or a week."""
    try:
        if _FULL_DAY.match(value):
            return published - datetime.date.fromisoformat(value[:10])
        if _YEAR_MONTH.fullmatch(value):
            return published - _last_day_of(value)
    except ValueError:
        pass
    return datetime.timedelta(0)


def _all_long_before(times: list[tuple[int, str, int]], sentence: Span, published: datetime.date) -> bool:
    """Whether every date told in a sentence lies weeks or months back: none says the halt ended lately."""
    for _, value, _ in times[
        bisect.bisect_left(times, (sentence.start, "")) : bisect.bisect_left(times, (sentence.end, ""))
    ]:
        month = _YEAR_MONTH.match(value)
        if month is None:
            continue  # a year alone, or an undated length
        months = (published.year - int(month.group(1))) * 12 + published.month - int(month.group(2))
        if months < _ENDED_LONG_AGO and _days_ago(value, published) < _ENDED_DAYS_AGO:
            return False
    return True


def _parties(
    analysis: Analysis,
    sentences: list[Span],
    tables: PauseWords,
    *,
    made: list[Span] | None = None,
    mentions: Sequence[Span] = (),
) -> tuple[list[str], list[str]]:
    """
    Who ordered (or agreed to) the pause, and who announced it, as actor ids in text order.

    With `made`, the corridors of a pause known only by them, a verb of ordering counts only
    right before one ("agreed to open a humanitarian corridor"), not before another thing
    ("accepted a six-point peace plan").
    """
    text = analysis.article.text
    ordered: list[str] = []
    announced: list[str] = []
    number_ends = [number.span.end for number in analysis.numbers]
    # where the figures of people and things start (not lengths: "announced a one-month pause")
    counted = sorted(f.evidence.start for f in analysis.figures if f.category is not FigureCategory.DURATION)
    made_starts = sorted(span.start for span in made) if made is not None else []
    mention_starts = [m.start for m in mentions]  # in text order, so the next one is found by bisection
    for sentence in sentences:
        for verb in _order_verbs(analysis, tables, sentence):
            if made is not None and not _starts_within(made_starts, verb.end(), _OPENER_REACH):
                continue
            index = bisect.bisect_left(mention_starts, verb.end())
            following = mentions[index] if index < len(mentions) and mentions[index].start < sentence.end else None
            if following is not None and _SAID_CLAUSE.search(text, verb.end(), following.start):
                continue  # "a deal mediated by the UAE, both sides said, hours before a truce": another thing made
            for subject in [
                *subjects_before(analysis, verb.start(), sentence),
                *_named_after(analysis, _BY, verb.end(), sentence),  # "agreed by A and B"
            ]:
                if subject.actor_id not in ordered:
                    ordered.append(subject.actor_id)
        for verb in analysis.phrases.within(tables.announce_verbs, sentence.start, sentence.end):
            if _starts_within(counted, verb.end(), min(_ANNOUNCED_FIGURE_REACH, sentence.end - verb.end())):
                continue  # "after the health ministry reported 1,974 people killed": in its sentence, a figure's source
            if verb.group(0).lower() == "reported" and _REPORTED_THING.match(text, verb.end()):
                continue  # "humanitarian partners reported sporadic shelling": what they saw, not the pause
            if _CONTRAST.search(text, max(sentence.start, verb.start() - _ANNOUNCED_CONTRAST_REACH), verb.start()):
                continue  # "gangs have agreed to a five-day truce ..., though police said they would not halt"
            if _past_a_semicolon(text, mention_starts, mentions, sentence, verb.start()):
                continue  # "Nigeria offers pause in Monguno; ISWAP says air strike killed dozens": another matter
            after = actor_after(analysis, verb.end(), sentence)
            # "Saudi Arabia and the United States said in a joint statement": both announced it
            for speaker in subjects_before(analysis, verb.start(), sentence) or ([after] if after else []):
                if speaker.actor_id not in announced:
                    announced.append(speaker.actor_id)
        # "according to a joint statement issued late on Thursday by the African Union (AU) and ...": its authors
        issued_by = analysis.phrases.has_word(_ISSUED_WORDS, sentence.start, sentence.end)
        for issued in _STATEMENT_BY.finditer(text, sentence.start, sentence.end) if issued_by else ():
            for author in _named_after(analysis, _BY_HERE, issued.end(), sentence):
                if author.actor_id not in announced:
                    announced.append(author.actor_id)
        for cue in ACCORDING_TO.finditer(text, sentence.start, sentence.end):
            if _figure_before(number_ends, max(sentence.start, cue.start() - 80), cue.start()):
                continue  # "... killed nearly 3,800 people, according to the Health Ministry": the figure's source
            source = actor_after(analysis, cue.end(), sentence)
            if source is not None and source.actor_id not in announced:
                announced.append(source.actor_id)
    announced = [a for a in announced if a not in ordered or len(ordered) > 1]
    return ordered, announced


_CONTRAST = re.compile(r"(?i:,\s(?:though|although|but|while|whereas|even\sas)\s)(?:[\w'’.-]+\s){1,4}$")
"""A contrast right before a verb of saying and its subject: what they say is set against the pause."""
_ANNOUNCED_CONTRAST_REACH = 60
_REPORTED_THING = re.compile(r"\s(?!(?:that|on|in|late|early|earlier|the|a|an|it|this|its)\b)[a-z]")
"""A lowercase object right after "reported" that is no clause or pause: "reported sporadic shelling"."""


def _hours_announcers(
    analysis: Analysis,
    clock: TimeMention | None,
    trigger_sentences: Sequence[Span],
    sentences: SentenceLookup,
    tables: PauseWords,
) -> list[str]:
    """
    Who said the pause's hours in a sentence that does not name it: the subject of its verb of saying.

    "The Defence Ministry said ... that the fighters would be allowed to leave ... between 8 a.m. and
    4 p.m. local time on Friday through two special corridors" announces the pause.
    """
    if clock is None:
        return []
    sentence = sentences.at(clock.span.start)
    if sentence in trigger_sentences:
        return []  # read with the pause's mentions
    return [
        subject.actor_id
        for verb in analysis.phrases.within(tables.announce_verbs, sentence.start, clock.span.start)
        for subject in subjects_before(analysis, verb.start(), sentence)
        if _suitable_actor(analysis, subject.actor_id)
    ]


def _past_a_semicolon(text: str, mention_starts: list[int], mentions: Sequence[Span], sentence: Span, at: int) -> bool:
    """Whether a semicolon parts `at` from the pause mentioned before it in its sentence, and none follows."""
    index = bisect.bisect_left(mention_starts, at)
    before = mentions[index - 1] if index > 0 and mentions[index - 1].start >= sentence.start else None
    after = mentions[index] if index < len(mentions) and mentions[index].start < sentence.end else None
    return before is not None and after is None and text.find(";", before.end, at) >= 0


def _starts_within(starts: Sequence[int], at: int, reach: int) -> bool:
    """Whether one of these sorted starts lies from `at` to `reach` characters after it."""
    index = bisect.bisect_left(starts, at)
    return index < len(starts) and starts[index] <= at + reach


_CALLED_IT = re.compile(
    r"\s(?:the\s|this\s|that\s|its\s|their\s)?(?:[\w’'-]+\s){0,3}?(?i:pauses?|truces?|ceasefires?|halt)"
    r"\s(?:['‘\"“]|an?\s|nothing\b|only\b)"
)
"""What turns "called" into naming the pause: 'called the pause ‘a media manoeuvre’', "called the truce a farce"."""
_CALLED_FOR = re.compile(r"(?:\s(?:again|also|repeatedly|publicly|once\smore|anew))?\s(?:for|on|upon)\b")
"""What turns "called" from making a pause ("called a truce") into asking for one ("called again for a truce")."""


def _order_verbs(analysis: Analysis, tables: PauseWords, sentence: Span) -> list[re.Match[str]]:
    """The verbs of ordering in a sentence: "ordered", "agreed to", "called a truce"; not "called for"."""
    text = analysis.article.text
    return [
        verb
        for verb in analysis.phrases.within(tables.order_verbs, sentence.start, sentence.end)
        if not (
            verb.group(0).lower() == "called"
            and (_CALLED_FOR.match(text, verb.end()) or _CALLED_IT.match(text, verb.end()))
        )
    ]


_OPENER_REACH = 40
"""How far before a corridor word the verb of its making may end: "agreed on Friday to open a humanitarian corridor"."""


def _openers(analysis: Analysis, corridors: list[Corridor], tables: PauseWords, sentences: SentenceLookup) -> list[str]:
    """Who agreed to or ordered the corridors: "Ukraine and Russia agreed to open a humanitarian corridor"."""
    found: list[str] = []
    for corridor in corridors:
        sentence = containing(sentences.at(corridor.evidence.start), corridor.evidence.start, corridor.evidence.end)
        for verb in _order_verbs(analysis, tables, sentence):
            if not 0 <= corridor.evidence.start - verb.end() <= _OPENER_REACH:
                continue
            for subject in subjects_before(analysis, verb.start(), sentence):
                if subject.actor_id not in found:
                    found.append(subject.actor_id)
    return found


def _figure_before(number_ends: list[int], start: int, end: int) -> bool:
    """Whether a number ends in ``[start, end)``."""
    index = bisect.bisect_left(number_ends, start)
    return index < len(number_ends) and number_ends[index] < end


_SAID_CLAUSE = re.compile(r",\s[^,;]{1,40}\s(?:said|says|told\s\w+(?:\s\w+)?),\s")
"""A saying set between commas: what stands before it is another clause than what follows."""
_ANNOUNCED_FIGURE_REACH = 24
"""How close after a verb of announcing a number makes the verb report a figure ("reported 1,974 people killed")."""
_BY = re.compile(r"\s+by\s+")
_BY_HERE = re.compile(r"by\s+")
_STATEMENT_BY = re.compile(
    r"(?i:\b(?:statement|communiqu[ée]|announcement|declaration)\s(?:(?:issued|released|published|signed|read)\s)"
    r"(?:[\w-]+\s){0,4}?(?=by\s))"
)
"""A statement and who issued it: "a joint statement issued late on Thursday by the African Union"."""
_ISSUED_WORDS = ("issued", "released", "published", "signed", "read")
"""The words one of which `_STATEMENT_BY` holds, each between spaces: a sentence without one is not searched."""
_BETWEEN = re.compile(r"\s+between\s+")
_AND = re.compile(r"(?:\s\([^()]{1,16}\))?(?:,\s+(?:and\s+)?|\s+and\s+)")
"""What joins two parties in a list, past an acronym in brackets: "the Syrian Democratic Forces (SDF) and"."""
_MAX_NAMED = 6
"""The most parties read from one list after "by" or "between": a list of mediators, not a whole sentence."""


def _named_after(analysis: Analysis, lead: re.Pattern[str], start: int, sentence: Span) -> list[ActorMention]:
    """The actor, or the two joined by "and", right after `lead` at `start` ("by A and B", "between A and B")."""
    text = analysis.article.text
    found = lead.match(text, start, sentence.end)
    first = actor_after(analysis, found.end(), sentence) if found else None
    named = [first] if first is not None else []
    ended_by_and = False
    while named and len(named) < _MAX_NAMED:  # "brokered by Qatar, Egypt and the United States"
        joined = _AND.match(text, named[-1].span.end, sentence.end)
        following = actor_after(analysis, joined.end(), sentence) if joined else None
        if joined is None or following is None:
            break
        named.append(following)
        ended_by_and = "and" in joined.group(0)
        if ended_by_and:
            break
    # "offered by Putin, the Kremlin said": a comma alone starts another clause, not a list
    return named if ended_by_and else named[:1]


def _brokers(analysis: Analysis, triggers: list[_Trigger]) -> list[str]:
    """The parties that brokered the pause, named in its adjective: "a Russian-brokered humanitarian ceasefire"."""
    text, found = analysis.article.text, []
    for trigger in triggers:
        adjective = _BROKERED_BEFORE.search(
            text, max(trigger.sentence.start, trigger.span.start - 40), trigger.span.start
        )
        if adjective is None or adjective.start() == 0:
            continue
        named = analysis.actors.at(adjective.start() - 1)
        if named is not None and named.span.end == adjective.start() and named.actor_id not in found:
            found.append(named.actor_id)
    return found


_BROKERED_BEFORE = re.compile(r"-(?:brokered|mediated|sponsored|facilitated)\s(?:[\w-]+\s){0,2}$")


def _between(analysis: Analysis, triggers: list[_Trigger]) -> list[str]:
    """The two sides of "a ceasefire between Israel and Hamas": parties to it, so they agreed to it."""
    for trigger in triggers:
        sides = _named_after(analysis, _BETWEEN, trigger.span.end, trigger.sentence)
        if len(sides) == 2 and sides[0].actor_id != sides[1].actor_id:  # two sides, not one named twice
            return [side.actor_id for side in sides]
    return []


_BREACHED_BEFORE = re.compile(
    r"(?i:\b(?:violated|violating|violate|violates|breached|breaching|breach|broke|breaking"
    r"|(?:violations?|breach(?:es)?)[\"”’']?\s(?:(?:yet|so\sfar)\s)?of|in\sviolation\sof)\s(?:the|a|an|this)\s"
    r"[\"“‘']?(?:[\w-]+\s){0,2}[\"“‘']?)$"
)
"""
Words before a mention that tell of its breach: its sentence's times are the breach's.

'in the most serious breach yet of a "truce"', "violations so far of the ceasefire", 'in "a blatant violation" of
the truce'.
"""
_DEADLINE_BEFORE = re.compile(r"(?i:\b(?:deadline|ultimatum)s?\s(?:of|at|for|set\sfor|expiring\sat)\s)$")
"""Before the time a deadline runs out ("a deadline of 5 p.m."): not a time of the pause."""
_SOON_AFTER_ITS_START = re.compile(
    r"\b(?:within|minutes|hours|moments|shortly|soon)\b[^.;]{0,30}?\b(?:of|after)\s(?:it\s|its\s)?"
    r"(?:starting|start|taking\seffect|coming\sinto\s(?:force|effect)|going\sinto\seffect)\s(?:at|from)\b"
)
"""After a breached halt, its start and time told: "within minutes of it starting at midnight (2000 GMT)"."""
_SOON_AFTER_REACH = 90
_MADE_AGO_BEFORE = re.compile(
    r"(?i:\b(?:months|years|a\s(?:month|year))\s(?:after|since)\s(?:[\w'’()-]+\s){0,6}?"
    r"(?:declared|declaring|agreed|agreeing|announced|announcing|signed|signing|brokered)\s(?:to\s)?"
    r"(?:(?:a|an|the|its|their|his|her)\s)?(?:[\w'’-]+\s){0,3})$"
)
"""
Words before a mention made months before its sentence's news: "advanced on Tuesday ... a month after the federal
government declared a unilateral ceasefire": the days told before it are the news's. A count of days or weeks is
counted back from the day (`_counted_from_a_mention`).
"""
_MADE_AGO_REACH = 120
_ENDED_BEFORE = re.compile(
    r"(?i:\b(?:lifted|lifting|lifts|revoked|revoking|revokes|scrapped|scrapping|scraps|terminated|terminating"
    r"|terminates|called\soff|calling\soff|calls\soff)\s(?:the|a|an|this|its|his|her|their|our)\s"
    r"[\"“‘']?(?:[\w'’-]+\s){0,2}[\"“‘']?)$"
)
"""
Words before a mention that end it: "I am hereby lifting the unilateral ceasefire ... effective 7 p.m.
today" gives the time it ends, not the time it began.
"""
_REFERRED_TO = re.compile(
    r"(?i:\b(?:since|after|before|during|until|throughout|into)\s(?:the|this)\s(?:[\w-]+\s){0,2})$"
)
"""Words that refer to a pause as a point in time rather than state it ("since the truce began")."""


def _announcing(
    analysis: Analysis,
    sentences: list[Span],
    triggers: list[_Trigger],
    *,
    times: list[TimeMention],
    tables: PauseWords,
    lookup: SentenceLookup,
) -> list[Span]:
    """
    The sentences that make or state the pause, where its announcer is named.

    The first that mentions it, and those with a verb of ordering or with its day or hours;
    not a passing mention ("59 attacks in the first hours of the truce", the military said).
    """
    text = analysis.article.text
    first = {triggers[0].sentence} if triggers else set()
    # "its first delivery since the truce began, on Tuesday": a pause referred to names no announcer
    stating = {t.sentence for t in triggers if not _REFERRED_TO.search(text, max(0, t.span.start - 40), t.span.start)}
    stating |= set(sentences) - {t.sentence for t in triggers}  # the lead under a headline's pause, its corridors
    timed = {lookup.at(t.span.start) for t in times if t.when or t.clock_start} & stating
    ordering = {s for s in sentences if _order_verbs(analysis, tables, s)}
    return [s for s in sentences if s in first or s in timed or s in ordering]


def _suitable_actor(analysis: Analysis, actor_id: str) -> bool:
    actor = analysis.actors.by_id(actor_id)
    return actor is not None and actor.kind not in {ActorKind.CIVILIANS, ActorKind.MEDIA}


def _times(analysis: Analysis, sentences: list[Span], lookup: SentenceLookup) -> list[TimeMention]:
    """The time expressions said in `sentences`, in text order."""
    wanted = set(sentences)
    return [t for t in analysis.times if lookup.at(t.span.start) in wanted]


def clean_place(words: str) -> str:
    """A place's name as said, without its article, possessor or headline words, on one line."""
    place = _LEADING_ARTICLE.sub("", " ".join(words.split()))  # "western\nRakhine", broken by a wrapped line
    owned = _OWNED_IN_LIST.search(place)
    if owned is not None:
        place = place[: owned.start()]  # "Jilib, Ethiopia's Ministry of National Defence said": a body, not a place
    place = _TRAILING_POSSESSOR.sub("", place)  # "Poltava, Ukraine's deputy prime minister said" -> "Poltava"
    place = _LEADING_POSSESSOR.sub("", place)  # "Yemen's Hodeidah" -> "Hodeidah"
    place = _HEADLINE_WORD.sub("", place)  # "in Sagaing Despite Quake Ceasefire" -> "Sagaing"
    return _POSSESSIVE_END.sub("", place)  # "Gaza's truces" -> "Gaza"


_LIST_SEPARATOR = re.compile(r",\s(?:and\s)?|\sand\s")
_OWNED_IN_LIST = re.compile(r"(?:,\s(?:and\s)?|\sand\s)[^,]*['’]s\s[A-Z]")
"""A later name of a list that is something a place owns ("Ethiopia's Ministry"): the list ends before it."""


_PRONOUN_CONTRACTED = re.compile(r"(?:I|We|You|They|He|She|It|That|There)['’](?:ve|m|re|d|ll|s)")
"""A pronoun run into its verb ("I've", "We're"), which a pattern of names may take for one."""


def is_place(place: str, not_places: Collection[str], demonyms: Collection[str] = ()) -> bool:
    """
    Whether each name of `place` ("Mariupol, Berdyansk and Tokmak") may be a place.

    None may be or start with a word that names no place: a day, a month, a party ("on Friday,
    Hamas has freed ..." gives no place), a single letter ("said on X"); nor end in one of
    `demonyms` ("the fighting for the northern Malian city"), a creed's followers ("Maoist") or a compound
    adjective ("English-speaking").
    """
    if not place:
        return False
    for name in _LIST_SEPARATOR.split(place):
        first = name.split()[0].strip(",.;:") if name.split() else ""
        if (
            len(first) < 2
            or first in not_places
            or name in not_places
            or first.capitalize() in not_places
            or _PRONOUN_CONTRACTED.fullmatch(first)  # '"I've seen ceasefires negotiated"': a speaker, no place
        ):
            return False  # a letter ("said on X") is no place, nor a word in capitals ("THE cessation of hostilities")
        if first.isupper() and "-" in first and all(part in not_places for part in first.split("-")):
            return False  # "in UN-ICRC evacuation": bodies that act together, not a place ("Tajik-Afghan" may be)
        last = name.split()[-1].strip(",.;:")
        # "northern Malian" (the place to come is "city"), "Maoist truce", "in the English-speaking regions":
        # an adjective of a state, of a creed's followers or a compound one, not a name
        if last in demonyms or _FOLLOWER_OF_A_CREED.search(last) or _OF_A_PLACE_OR_PEOPLE.search(last):
            return False
        # "into Moscow-brokered humanitarian ceasefire": who made it, not where; "a pause for the Sinhala and Tamil
        # New Year": a feast's while, not a place
        if _BY_WHOM.search(name) or _AN_OCCASION_LAST.search(name):
            return False
    return True


_HOPE = re.compile(r"(?i:\W?hopes?\s(?:for|of)\b)")
"""A hope for a halt (`pause.other_before`), which a halt set for a day still is."""
_SET_TO_BEGIN_AFTER = re.compile(
    r"(?:\s[\w-]+){0,4}?\s(?:that|which)\s(?:was|were|had\sbeen)\s(?:due|set|scheduled)\sto\s"
    r"(?:begin|start|take\seffect|come\sinto\s(?:force|effect))\b"
)
"""A halt set for a time, right after its word: "a United Nations humanitarian truce that was due to begin"."""
_FOLLOWER_OF_A_CREED = re.compile(r"[a-z]ists?$")
"""A word for the followers of a creed or a party ("Maoist", "Islamist", "Baathist"): a party, never a place."""
_OF_A_PLACE_OR_PEOPLE = re.compile(
    r"-(?:based|speaking|run|held|controlled|occupied|dominated|majority|populated|administered|ruled)$"
)
"""A compound adjective ending a name ("Britain-based", "English-speaking", "Houthi-held"): what, not where."""
_BY_WHOM = re.compile(r"-(?:brokered|backed|led|mediated|sponsored|imposed|declared|announced|ordered|proposed)$")
_AN_OCCASION_LAST = re.compile(
    r"\b(?:New\sYear|Lunar\sYear|Christmas|Easter|Eid|Ramadan|Nowruz|Diwali|Passover|Hanukkah|Festival|Feast|Eve)$"
)
"""A name that ends in a feast ("Tamil New Year", "Orthodox Christmas"): when a pause holds, not where."""
_AN_OCCASION_AFTER = re.compile(r"\s(?i:new\syear|holidays?|festivals?|feast|celebrations?|festivities)\b")
"""A feast's word right after a name ("for the Orthodox new year"): the name is the feast's, no place."""
_CORRIDOR_PLACE_REACH = 140
"""How far after its words a corridor's place may end: "corridors opened at dawn on Saturday in the centre of X"."""
_CALLED_SO_BEFORE = re.compile(r"(?i:\b(?:calls?|called|dubs?|dubbed|terms?|termed|so-called))\b")
"""A word that names a thing a corridor rather than opening one: 'calls the road ... a "humanitarian corridor"'."""
_WHERE = re.compile(r"in|at|around|near|inside|across|throughout|along")
"""A preposition of where a corridor is, not of where it leads ("open in besieged Mariupol", not "into Russia")."""
_QUOTE_MARK = re.compile(r"“|(?<=\s)\"")
_CLOSING_MARK = re.compile(r"[”\"](?=[\s,.;:!?]|$)")


def _inside_a_quotation(text: str, start: int, end: int) -> bool:
    """
    Whether a quotation opened between `start` and `end` is still open at `end`.

    'ordered the pause "out of duty to our brothers in Sudan"' quotes the place; 'signed a truce "for two
    weeks" to stop the clashes in Tulus' does not.
    """
    opened = [m.end() for m in _QUOTE_MARK.finditer(text, start, end)]
    return bool(opened) and _CLOSING_MARK.search(text, opened[-1], end) is None


"""A mark opening a quotation (not one closing a quoted name: 'a daily "tactical pause" in fighting')."""


def _said_between(analysis: Analysis, tables: PauseWords, start: int, end: int) -> bool:
    """Whether a verb of saying or announcing stands in ``[start, end)``."""
    return bool(
        analysis.phrases.first(tables.announce_verbs, start, end)
        or analysis.phrases.first(tables.announcing, start, end)
    )


def _location(
    analysis: Analysis,
    triggers: list[_Trigger],
    tables: PauseWords,
    continued: set[Span],
    halts: list[_Trigger],
    *,
    corridors: Sequence[_Trigger] = (),
) -> str | None:
    """
    Where the pause holds.

    "in Hodeidah" after a mention of it or of a halt to come ("would suspend military operations
    around Dikwa"); else a place in a sentence that goes on about it ("It
    will hold across Port-au-Prince"); else a place named in the title ("... in besieged Homs");
    else a state named in the sentence that introduces it ("Sudan's factions agreed").
    """
    not_places = _not_places(analysis, tables)  # "Putin's truce": a person's, not a place's
    shouting = analysis.article.text.isupper()
    venues = _venues(analysis, triggers, tables)
    text = analysis.article.text
    # "announced a nationwide cease-fire ..., and called for the city of Sirte to be demilitarized": the country's
    nationwide = any(
        _NATIONWIDE_BEFORE.search(text, max(0, t.span.start - 16), t.span.start)
        or _COUNTRYWIDE_AFTER.match(text, t.span.end, t.sentence.end)
        for t in triggers
    )
    states = {actor.name for actor in analysis.actors.actors if actor.kind is ActorKind.STATE} if nationwide else set()
    for words, hyphen_allowed in _places_said(analysis, triggers, tables, continued, halts, corridors=corridors):
        place = clean_place(words)
        if nationwide and place not in states:
            continue
        if place in venues:
            continue  # "Government, rebels sign ceasefire in Oslo", where the body tells of "talks in Oslo"
        if _SHOUTED.fullmatch(place) and not shouting:
            continue  # "agreed to a FULL AND IMMEDIATE CEASEFIRE": words in capitals, not a place
        if not is_place(place, not_places, tables.demonyms) and ", " in place:
            place = place.split(", ")[0]  # "to halt operations in Macomia, Rwandans to hold fire": a list that is none
        # "Saudi Arabia", "New Zealand": a state the gazetteer names, though its first word is a demonym's
        gazetteer_state = " " in place and place in tables.states
        if (gazetteer_state or is_place(place, not_places, tables.demonyms)) and (hyphen_allowed or "-" not in place):
            return place
    state = _state_of_lead(analysis, triggers, tables)
    if state is not None and state not in venues:  # "consultations he hopes to convene in Sweden": talks' venue
        return state
    return _titled_deal_s_place(analysis, not_places, tables)


_TITLED_DEAL = re.compile(
    rf"(?<![\w'’-])(?P<place>{_NAME})\s(?:(?:peace|ceasefire|cease-fire|truce)\s)?"
    r"(?:deal|accord|agreement|pact|plan|ceasefire|cease-fire|truce)\b"
)
"""A name right before a deal or a halt in the title: "Medvedev signs Georgia cease-fire plan", "Darfur peace deal"."""


def _titled_deal_s_place(analysis: Analysis, not_places: Collection[str], tables: PauseWords) -> str | None:
    """
    The place a title names its deal by, when nothing else in the story tells where the pause holds.

    "Chissano and Dhlakama sign Mozambique peace accord in Rome", a ceasefire told in the body under its terms.
    """
    title = analysis.article.title
    found = _TITLED_DEAL.search(title) if title else None
    if found is None:
        return None
    place = clean_place(found.group("place"))
    if place in tables.capital_states:
        return None  # "sign Algiers peace accord", "the Minsk agreement": where it was made, not where it holds
    return place if is_place(place, not_places, tables.demonyms) and "-" not in place else None


_NATIONWIDE_BEFORE = re.compile(r"(?i:\b(?:nationwide|countrywide|nation-wide|country-wide)\s)$")
"""A halt said of a whole country: its place is the state, not a town the sentence names."""
_COUNTRYWIDE_AFTER = re.compile(
    r"\s(?:across|throughout)\s(?:all\s(?:of\s)?)?the\s(?:(?:whole|entire|divided)\s)?country\b"
)
"""A halt said of a whole country after it: "would halt all fighting across the divided country"."""
_WHITHER = re.compile(r"\b(?:to|towards?|into)\s")
_VENUE = re.compile(
    r"\b(?:(?:talks|negotiations|consultations|peace\sconference|summit|signing\sceremony"
    r"|(?:was|were)\s(?:signed|hosted)|(?:statement|communiqu[eé]|declaration)\s(?:was\s)?(?:issued|released))"
    r"\s(?:(?:held|planned|scheduled|due|set|expected|opening|starting|beginning|resuming|(?:to\sbe\s)?(?:held"
    r"|convened))\s)?"
    r"|\bconvene\s(?:[a-z]+\s){0,2}?"
    r"|signed\s(?:(?!(?:fighting|clashes|war|violence|hostilities)\s)[\w\"“”'’-]+\s){0,6}?)in\s"
    r"(?:(?:the|his|its|their)\s(?:[A-Za-z][\w-]*\s)?(?:city|capital|town|resort|port|stronghold|bastion)\sof\s)?"
    rf"(?P<place>{_NAME})"
)
"""
Where a pause was made or told, said so: "talks in Doha", "talks opening in Kuwait", "signed it in Lome", "was signed
in the Libyan city of Sirte", "a joint statement issued in Jeddah".
"""


def _venues(analysis: Analysis, triggers: list[_Trigger], tables: PauseWords) -> frozenset[str]:
    """
    The places the story names as where talks met or a deal was signed: not where its pause holds.

    A title says "sign ceasefire in Oslo" as it says "agree ceasefire in Gaza"; the body's "talks in
    Oslo" tells the two apart. A local truce is often signed where it holds: a place the body also
    names right after a mention ("the truce in Anefis", "signed in Anefis") is no mere venue, nor is
    a state, whose talks are mostly held abroad.
    """
    text = analysis.article.text
    venues = {clean_place(found.group("place")) for found in analysis.phrases.all(_VENUE)}  # found once a text
    venues |= _capitals_naming_deals(analysis, tables)
    if not venues:
        return frozenset()
    headline_end = title_end(analysis.article)
    held = {
        clean_place(found.group("place"))
        for trigger in triggers
        if trigger.span.start >= headline_end
        and (found := tables.place.match(text, trigger.span.end, trigger.sentence.end)) is not None
    }
    # "signed a memorandum creating four zones in Syria": a state, whose talks are mostly held abroad, is a
    # venue only where the story names it nowhere else ("peace talks planned in Sweden", "convene in Sweden")
    venue_spans = [span_at(found.start("place"), found.end("place")) for found in analysis.phrases.all(_VENUE)]
    states = {
        actor.name
        for actor in analysis.actors.actors
        if actor.kind is ActorKind.STATE
        and not all(any(v.start <= m.start and m.end <= v.end for v in venue_spans) for m in actor.mentions)
    }
    return frozenset(venues - held - states)


_DEAL_AFTER_ITS_NAME = re.compile(
    r"\s(?:(?:peace|ceasefire|cease-fire|truce)\s)?"
    r"(?:deal|accords?|agreements?|pact|ceasefire|cease-fire|truce|declaration|protocol|communiqu[eé])\b"
)
"""A deal or a halt right after the name it is given: "the Accra ceasefire", "the Bishkek protocol"."""


def _capitals_naming_deals(analysis: Analysis, tables: PauseWords) -> set[str]:
    """
    Capitals a deal is named after, of states the story names nowhere else: where it was signed, not where it holds.

    "Fighting flares near Monrovia despite Accra ceasefire" names no Ghana; "the Tripoli ceasefire" in a
    story of Libya is Tripoli's own.
    """
    text = analysis.article.text
    named = {
        " ".join(found.group(0).split())
        for found in analysis.phrases.all(tables.capital_names)
        if _DEAL_AFTER_ITS_NAME.match(text, found.end()) is not None
    }
    return {capital for capital in named if not analysis.phrases.exact(tables.capital_states.get(capital, ()))}


_SHOUTED = re.compile(r"(?=.*[A-Z]{5})[A-Z\s,.'’-]+")
"""Words wholly in capitals, one of five letters or more: emphasis in running text, not a place's name."""


def _places_said(
    analysis: Analysis,
    triggers: list[_Trigger],
    tables: PauseWords,
    continued: set[Span],
    halts: list[_Trigger],
    *,
    corridors: Sequence[_Trigger] = (),
) -> Iterator[tuple[str, bool]]:
    """The words that may name the pause's place, best first (see `_location`), and whether a hyphen may be in it."""
    text = analysis.article.text
    headline_end = title_end(analysis.article)
    # The body's mentions first: a headline says it shorter ("in Darfur city" for "the Darfur city of El Fasher").
    body_first = sorted(triggers, key=lambda t: t.span.start < headline_end)
    in_body = [t for t in body_first if t.span.start >= headline_end]
    vague: list[str] = []  # "in three townships of Mandalay region": where a later, closer place lies
    for trigger in in_body:
        # "The Huliaipole ceasefire was the first ... in Zaporizhzhia Oblast": its own name's place first
        named = _THE_PLACE_BEFORE.search(text, max(trigger.sentence.start, trigger.span.start - 40), trigger.span.start)
        if named is not None and analysis.actors.at(named.start(1)) is None:
            yield named.group(1), False
        whither = _moved_on_to(text, trigger, tables)
        if whither is not None:  # "The pauses will then move to southern Gaza"
            yield whither.group("place"), True
        for place, end, _ in _places_after(analysis, trigger, tables):
            if _PART_OF_BEFORE.search(text, max(0, end - len(place) - 40), end - len(place)):
                vague.append(place)
            else:
                yield place, True
    # "A ceasefire between Israel and ... Hezbollah came into force in Lebanon": where it took effect
    for sentence in dict.fromkeys(t.sentence for t in in_body):
        for effect in analysis.phrases.within(tables.effect, sentence.start, sentence.end):
            taking = _Trigger(span=span_at(effect.start(), effect.end()), kind=PauseKind.CEASEFIRE, sentence=sentence)
            yield from ((place, True) for place, _, _ in _places_after(analysis, taking, tables, reach=30))
    # a halt in the body before the headline's words: "to halt military operations around the besieged
    # town of Finote Selam", under "... pause in besieged Amhara town"
    for trigger in [*halts, *body_first[len(in_body) :]]:
        yield from ((place, True) for place, _, _ in _places_after(analysis, trigger, tables))
    yield from ((place, True) for place in vague)
    for trigger in triggers:  # "the Hodeidah ceasefire", "El Fasher truce"
        before = _place_before(text, trigger)
        if before is not None and not _a_state_s(analysis, before, trigger):
            yield before, False  # no hyphened name: "Israel-Hamas truce"
    for sentence in sorted(continued, key=lambda s: s.start):  # "It will hold across Port-au-Prince every day"
        yield from (
            (found.group("place"), True)
            for found in tables.place.finditer(text, sentence.start, sentence.end)
            if not _said_between(analysis, tables, sentence.start, found.start())  # "told reporters in Baghdad"
            # "The ceasefire follows a final peace accord reached in Havana": where the accord was made
            and not _MEETING_BEFORE.search(text, max(sentence.start, found.start() - 30), found.start() + 1)
            and not _inside_a_name(analysis, found.start("place"))  # "... Cooperation in Europe (OSCE)"
        )
    if body_first:  # the first mention's sentence: "reached the front-line town of Avdiivka during a truce"
        lead = body_first[0].sentence
        yield from (
            (found.group("place"), True)
            for found in _DESCRIBED_PLACE.finditer(text, lead.start, lead.end)
            if not found.group("place").endswith(("'s", "’s"))  # "the centre of Sudan's capital": its capital's
            # "signed a ceasefire on Tuesday in the Tanzanian town of Arusha": where it was signed
            and _SIGNED_IN_BEFORE.search(text, max(lead.start, found.start() - 60), found.start()) is None
        )
    # "a pause agreed by the sides to the Nagorno-Karabakh conflict"; each sentence once
    for sentence in dict.fromkeys(t.sentence for t in triggers):
        yield from (
            (found.group("place"), True) for found in _CONFLICT_OF_PLACE.finditer(text, sentence.start, sentence.end)
        )
    title = analysis.article.title
    if title:
        padded = " " + title  # a space for the title's first word: "In besieged Dilling"
        yield from (
            (found.group("place"), True)
            for found in tables.place.finditer(padded)
            if not _SIGNING.search(title, 0, found.start())  # "sign cessation of hostilities in Rome"
            # "agree Karabakh cease-fire after talks in Moscow": where it was agreed
            and not _MEETING_BEFORE.search(padded, max(0, found.start() - 30), found.start() + 1)
            # "In Haiti's rice bowl": a possessor, no place; but "into Lebanon's ceasefire" is the pause's
            and not (found.group("place").endswith(("'s", "’s")) and tables.triggers.match(title, found.end()) is None)
        )
        # "offers a day's pause to quit Bashiqa": the place the pause lets fighters leave
        yield from ((found.group("place"), True) for found in _LEFT_PLACE.finditer(title))
    for corridor in corridors:  # "A single corridor will open in besieged Mariupol on Thursday": where, not whither
        for place, end, preposition in _places_after(analysis, corridor, tables, reach=_CORRIDOR_PLACE_REACH):
            # not "a corridor from the hospital to the trauma centre run by MSF in Tabarre": where it leads
            if _WHERE.fullmatch(preposition) and not _WHITHER.search(text, corridor.span.end, end - len(place)):
                yield place, True
    # last, where the war it ends was fought: "ending 11 days of fighting that has devastated the Gaza Strip"
    for sentence in dict.fromkeys(t.sentence for t in triggers):
        for war in _WAR_THAT_RAVAGED.finditer(text, sentence.start, sentence.end):
            yield war.group("place"), True
        for war in _DAYS_OF_WAR.finditer(text, sentence.start, sentence.end):
            yield from (
                (found.group("place"), True) for found in [tables.place.match(text, war.end(), sentence.end)] if found
            )


def _inside_a_name(analysis: Analysis, at: int) -> bool:
    """Whether `at` lies inside a body's name begun before it: "Organization for Security and Cooperation in Europe"."""
    named = analysis.actors.at(at)
    return named is not None and named.span.start < at


_ROUTE_NAMES = frozenset({"Route", "Routes"})
_STREET_AFTER = re.compile(r"\s(?:de|du|des|d['’]|[A-Z0-9])")
"""After "Route", the rest of a street's name: "Route de Delmas", "Route Nationale 1", "Route 9"."""


_BLOWS = ("attacks", "strikes", "airstrikes", "raids", "shelling", "bombing", "bombardment", "rocket fire")
"""What a halt may be of that falls on a target: the place after "against" is where the halt holds."""


def _places_after(
    analysis: Analysis, trigger: _Trigger, tables: PauseWords, *, reach: int = 80
) -> Iterator[tuple[str, int, str]]:
    """
    The words after one mention that may name where it holds, where they end, and the preposition before them.

    "a truce in Tafas", "pauses ... across Gaza".
    """
    text = analysis.article.text
    if _REFERRED_TO.search(text, max(0, trigger.span.start - 40), trigger.span.start):
        return  # "air strikes in Shan state since the ceasefire began, including one in Nawnghkio"
    window_end = min(trigger.sentence.end, trigger.span.end + reach)
    found = tables.place.match(text, trigger.span.end, window_end)
    if found is None and not text[trigger.span.start : trigger.span.end].lower().endswith(("corridor", "corridors")):
        found = tables.place_at.match(text, trigger.span.end, window_end)  # "eight-hour pause at Nahr al-Bared"
        if found is not None and _TALKS_AFTER.match(text, found.end()):
            found = None  # "agree to seven-day ceasefire at Jeddah talks": where it was agreed
    if found is None and text[trigger.span.start : trigger.span.end].lower().endswith(_BLOWS):
        found = tables.place_against.match(text, trigger.span.end, window_end)  # "air strikes against Yugoslavia"
    candidates = [found] if found else []
    # "pauses in its offensive across the northern Gaza Strip": a little further on
    candidates += [
        tables.place.match(text, near.start(), trigger.sentence.end) or near
        for near in tables.place.finditer(text, trigger.span.end, window_end)
    ]
    for candidate in candidates:
        if _said_between(analysis, tables, trigger.span.end, candidate.start()):
            continue  # "the truce, announced by Biden in Washington": where it was announced
        if _inside_a_quotation(text, trigger.span.end, candidate.start()):
            continue  # 'ordered the pause "out of duty to our brothers in Sudan"': words quoted, not where it holds
        if _inside_a_name(analysis, candidate.start("place")):
            continue  # "the Intergovernmental Authority on Development": a word of a body's name
        if _MEETING_BEFORE.search(text, max(trigger.span.end, candidate.start() - 30), candidate.start() + 1):
            continue  # "agreed to the pause during talks in Geneva": where it was agreed
        if _TALKS_THERE_AFTER.match(text, candidate.end("place")):
            continue  # "announced the truce in Paris on Friday after talks with Kerry": where it was agreed
        if _MADE_PARTICIPLE_BETWEEN.fullmatch(text, trigger.span.end, candidate.start()):
            continue  # "A cease-fire agreed in Moscow by the military chiefs": where it was agreed
        if _SIGNED_BEFORE.search(
            text, max(trigger.sentence.start, trigger.span.start - 40), trigger.span.start
        ) and not _FIGHTING_JUST_BEFORE.search(text, max(trigger.span.end, candidate.start() - 30), candidate.start()):
            continue  # "signed a cessation of hostilities agreement in Rome": where it was signed
            # (not "signed a truce for two weeks to stop the clashes in Tulus": where the fighting is)
        if _CLAUSE_BREAK.search(text, trigger.span.end, candidate.start()):
            continue  # "to cease fire, and accused the army of air strikes on El Fasher": another clause
        if _UNNAMED_PLACE_BEFORE.search(text, trigger.span.end, candidate.start()):
            continue  # "a pause in the besieged city in Ukraine's Kharkiv region": where the city lies
        if " the " in candidate.group(0).lower() and _UNNAMED_PLACE_AFTER.match(text, candidate.end("place")):
            continue  # "a humanitarian pause in the besieged Euphrates city": the city's river, not its name
        if _AN_OCCASION_AFTER.match(text, candidate.end("place")):
            continue  # "a pause ... for the Sinhala and Tamil new year": a feast's while, not a place
        if _BODY_BEFORE.search(text, max(trigger.span.end, candidate.start() - 20), candidate.start()):
            continue  # "the pause had been conveyed to the Indian Embassy in Tel Aviv": where the embassy sits
        if candidate.group(0).split(None, 1)[0].lower() in _WHITHER_WORDS and _LEAVING.search(
            text, trigger.span.end, candidate.start()
        ):
            continue  # "allowed 143 patients to leave Kostiantynivka's last working hospital for Dnipro": whither
        yield candidate.group("place"), candidate.end("place"), candidate.group(0).split(None, 1)[0].lower()


_TALKS_THERE_AFTER = re.compile(
    rf"(?:\s(?:(?:late|early)\s)?(?:on\s)?{_WEEKDAY_NAME})?,?\s(?:after|following|during|at)\s"
    r"(?:(?:the|a|his|her|their|two\sdays\sof|several\sdays\sof)\s)?(?:[\w-]+\s)?"
    r"(?:talks|meeting|meetings|summit|negotiations)\b"
)
"""Talks told right after a place, its day between or not: "in Paris on Friday after talks with Kerry"."""
_MADE_PARTICIPLE_BETWEEN = re.compile(
    r"\s*(?:(?:was|were|is|are|had\sbeen|has\sbeen|have\sbeen)\s)?"  # "The truce was signed late Saturday in"
    r"(?:agreed|signed|brokered|reached|negotiated|struck|inked|concluded|mediated|initialled|initialed)"
    r"(?:\s(?!(?:to|for|against|around|across|along|over|throughout)\b)[\w’'-]+){0,4}?\s*"
)
"""A participle of making between a mention and a place: "a cease-fire agreed in Moscow", "a truce brokered
by Qatar in Doha" tell where it was made, not where it holds."""
_WHITHER_WORDS = frozenset({"for", "to", "towards", "toward", "into"})
_LEAVING = re.compile(
    r"(?i:\b(?:leave|leaves|left|leaving|flee|fled|fleeing|evacuate|evacuated|evacuating|taken|moved|transferred"
    r"|bused|bussed|carried|head|headed|heading)\b)"
)
"""A verb of leaving between a mention and a place after "for" or "to": the place is where people go."""
_LEFT_PLACE = re.compile(rf"\b(?:leave|quit|exit|evacuate|abandon)\s(?P<place>{_NAME})")
"""A place left in a title: "Governor offers rebels a pause to quit Kodra"."""
_BODY_BEFORE = re.compile(r"(?i:embassy|consulate|mission|office|ministry|headquarters|parliament|court)$")
"""A body right before "in <place>": the place is where the body sits, not where the pause holds."""
_UNNAMED_PLACE_BEFORE = re.compile(
    r"\sthe\s(?:[a-z-]+\s){0,2}(?:city|town|village|enclave|camp|port|neighbourhood|neighborhood|district)$"
)
_UNNAMED_PLACE_AFTER = re.compile(r"\s(?:city|town|village|enclave|port|stronghold)\b(?!\s(?:of|called|named)\b)")
"""A name that only describes the place after it ("the besieged Euphrates city", "the Red Sea port"): not its own."""


def _a_state_s(analysis: Analysis, before: str, trigger: _Trigger) -> bool:
    """Whether a name before a mention is a state's possessive: "Russia's daily pause" is Russia's doing."""
    if not before.endswith(("'s", "’s")):
        return False
    at = analysis.article.text.rfind(before, max(0, trigger.span.start - 40), trigger.span.start)
    named = analysis.actors.at(at) if at >= 0 else None
    actor = analysis.actors.by_id(named.actor_id) if named is not None else None
    return actor is not None and actor.kind is ActorKind.STATE


def _place_before(text: str, trigger: _Trigger) -> str | None:
    """A name right before a mention: "the Hodeidah ceasefire"; not a subject ("Russia announces ceasefire")."""
    before = _PLACE_BEFORE.search(text, max(trigger.sentence.start, trigger.span.start - 40), trigger.span.start)
    word = (before.group("word") or "") if before else ""
    if word in _DETERMINERS or word in _NOT_A_MODIFIER:
        return None  # "Will the truce hold?", "Israel to ...": a name modifies the pause word with no article between
    if before is not None and word and "-" not in word and before.group("place").endswith("s"):
        return None  # "Clans sign truce", "Rebels agree truce": a plural subject and its verb
    if before is not None and _HEADLINE_WORD.search(" " + before.group("place")):
        return None  # "Junta Extends Quake Ceasefire": a Title Case headline's subject and verb, no place
    return before.group("place") if before is not None and not word.endswith(("s", "ed")) else None


_PART_OF_BEFORE = re.compile(
    r"\b(?:parts?|areas?|much|most|some|several|\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s(?:[a-z-]+\s)?of\s(?:the\s)?(?:[A-Z][\w-]*['’]s\s)?$"
)
"""A place told only as holding the pause's places: "in three townships of Mandalay region", "in parts of Oromia"."""
_THE_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:the|The)\s([A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)\s$")
"""A name between "the" and a pause word, no actor's: "The Huliaipole ceasefire"."""
_NOT_A_MODIFIER = frozenset(
    {"to", "through", "despite", "will", "would", "said", "have", "has", "had", "are", "is", "was", "were", "and", "or"}
)
"""Words between a name and a pause word that make the name no modifier of it: "Israel to hold truce talks"."""
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "any", "every"})


_WAR_THAT_RAVAGED = re.compile(
    r"\b(?:fighting|war|conflict|violence|bombardment|bombing|offensive|hostilities|clashes)\s(?:that|which)\s"
    r"(?:has|have|had)\s(?:[a-z]+ly\s)?(?:devastated|ravaged|wrecked|engulfed|gripped|shattered|battered|convulsed)\s"
    rf"(?:much\sof\s)?(?:the\s)?(?P<place>(?:(?:northern|southern|eastern|western|central)\s)?{_NAME})"
)
"""The place a war a pause ends laid waste: "fighting that has devastated the Gaza Strip", "... southern Lebanon"."""
_DAYS_OF_WAR = re.compile(
    r"\b(?:end(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?)\s(?:(?:the|an|more\sthan|nearly|almost|over)\s){0,2}"
    r"(?:[\w-]+\s){1,2}(?:days|weeks|months|years)\sof\s(?:fighting|war|conflict|bombardment|hostilities|clashes)"
)
"""A pause said to end a war of some length: "ending 11 days of fighting in Gaza"; the place follows it."""
_CONFLICT_OF_PLACE = re.compile(rf"(?P<place>{_NAME})\s(?:conflict|war)\b")
"""A place named by its conflict: "the Nagorno-Karabakh conflict"."""
_CLAUSE_BREAK = re.compile(
    r",[\"”’]?\s(?:and|but|while|as|after|before|when)\s|;"
    r"|\s(?:and|but)\s(?:(?:it|they|he|she|we)\s)?(?:(?:had|has|have)\s)?[a-z]{3,}ed\s"
)
"""
Where a clause ends: ", and ...", ";", or a second verb ("committed to the ceasefire and accused the army",
"used the pause to rotate troops and had shelled Russian positions near the village of ...").
"""
_MEETING_BEFORE = re.compile(
    r"(?i:\b(?:talks|negotiations|meetings?|summit|conference|ceremony|briefing|hosted|held|signed"
    r"|reached|brokered|negotiated|struck|concluded|inked|mediated|agree|agrees|agreed"
    r"|initial|initials|initialed|initialled))\s$"
)
"""
Words before "in <place>" that make it where the pause was agreed, not where it holds: "talks in Geneva", "The
ceasefire follows a final peace accord reached in Havana", "Tigers agree in Geneva to respect 2002 truce", "initial
Bosnia peace deal in Dayton".
"""
_DESCRIBED_PLACE = re.compile(
    rf"(?i:\b(?:city|town|village|port|district|region|province|enclave|camp|centre|center|heart|outskirts)\sof)"
    rf"\s(?P<place>{_NAME})"
)
"""A place named with what it is ("the front-line town of Avdiivka"), wherever it stands in the sentence."""
_BETWEEN_BEFORE = re.compile(r"\bbetween\s(?:the\s)?$")
_SIDE_BEFORE = re.compile(r"\b(?:between|with)\s(?:the\s)?$")
"""A side of a halt named after it: "a ceasefire between Colombia's government and", "a truce with Afghan forces"."""
_POSSESSIVE_HEAD = re.compile(r"([^'’]+)['’]s\s")
"""The possessor a mention begins with: "Sudan" in "Sudan's army"."""


def _state_of_lead(analysis: Analysis, triggers: list[_Trigger], tables: PauseWords) -> str | None:
    """A state named as a place in the sentence that introduces the pause ("Sudan's warring factions agreed")."""
    if not triggers:
        return None
    first = triggers[0].sentence
    lead = lead_sentence(analysis.article)
    headline_end = title_end(analysis.article)
    candidates = [first]
    if first.end <= headline_end and lead is not None:
        # a headline's pause is introduced by the lead; or by its first mention in the body, under a standfirst
        body = next((t.sentence for t in triggers if t.span.start >= headline_end), None)
        candidates = [lead] if body is None or body == lead else [lead, body]
        if _made_weeks_before(analysis.article.text, triggers[0]):
            candidates = [body] if body is not None else []
    for sentence in candidates:
        state = _state_introducing(analysis, triggers, tables, sentence)
        if state is not None:
            return state
    states = [a.name for a in analysis.actors.actors if a.kind is ActorKind.STATE]
    for sentence in candidates:  # "an immediate ceasefire ... across all Libyan territory"
        for found in _TERRITORY.finditer(analysis.article.text, sentence.start, sentence.end):
            demonym = found.group("demonym")
            state = tables.state_demonyms.get(demonym)
            if state is None and demonym.lower() == "national" and len(states) == 1:
                state = states[0]  # "throughout the national territory": the one state the story names
            if state is not None:
                return state
    return None


_TERRITORY = re.compile(
    r"(?i:across|throughout|in|on)\s(?:all\s)?(?:the\s)?(?:of\s)?(?P<demonym>[A-Z][a-z]+|national)\s(?i:territory|territories|soil)"
)
"""A state named by its demonym and its territory: "across all Libyan territory"."""


_MAKER_POSSESSIVE = re.compile(r"['’]s\s(?:[\w-]+\s){0,2}")
"""A possessive right before the pause's words, two words between at most: "Russia's daily pause"."""


_FIGHTING_AT_AFTER = re.compile(
    r"\s(?:besieging|surrounding|encircling|ringing|blockading|fighting\s(?:in|for|around)|deployed\s(?:in|around))"
    r"\s(?:the\s)?[A-Z]"
)
"""Forces told where they fight, as their state's need not be: "U.S. Marines besieging Fallujah"."""


def _state_introducing(analysis: Analysis, triggers: list[_Trigger], tables: PauseWords, first: Span) -> str | None:
    """The state `_state_of_lead` finds in one sentence."""
    text = analysis.article.text
    pause_at = next((t.span.start for t in triggers if first.start <= t.span.start < first.end), first.end)
    pair = _two_states_as_sides(analysis, first, pause_at)
    if pair is not None:
        return pair  # "India and Pakistan on Saturday agreed to stop all firing": the two states' halt
    for mention in analysis.actors.within(first.start, first.end):
        actor = analysis.actors.by_id(mention.actor_id)
        if _MEDIATED_BY_BEFORE.search(
            text, max(first.start, mention.span.start - _MEDIATED_BY_REACH), mention.span.start
        ):
            continue  # "talks mediated by Sant'Egidio and the Italian government": a mediator, not where it holds
        named_as_place = _POSSESSIVE_AFTER.match(text, mention.span.end) or _IN_BEFORE.search(
            text, max(0, mention.span.start - 4), mention.span.start
        )
        if _MAKER_POSSESSIVE.fullmatch(text, mention.span.end, pause_at):
            continue  # "during Russia's daily pause": who made it, not where it holds
        venue = _MEETING_BEFORE.search(text, max(0, mention.span.start - 40), max(0, mention.span.start - 3))
        if actor is not None and actor.kind is ActorKind.STATE and named_as_place and venue is None:
            # not "after talks in Saudi Arabia": where it was agreed
            region = _REGION_OF_STATE.match(text, mention.span.end)
            # "in Papua New Guinea's Enga province have signed a truce": the province, the nearer place
            return region.group("region") if region is not None else actor.name  # "Sudan's warring factions agreed"
        if actor is not None and actor.kind in _STATE_ORGANS and named_as_place and mention.text in tables.states:
            return tables.states[mention.text]  # "Bosnia's Moslem-led government", told as the government's name
        party = mention.span.start < pause_at or _SIDE_BEFORE.search(
            text, max(0, mention.span.start - 12), mention.span.start
        )  # before the pause, or one of its sides ("a ceasefire between Colombia's government and the ELN", "a
        # three-day cease-fire with Afghan security forces")
        head = _POSSESSIVE_HEAD.match(mention.text) if party else None
        state = tables.states.get(head.group(1)) if head else None
        if (
            state is None
            and party
            and actor is not None
            and actor.kind in _STATE_ORGANS
            and not _FIGHTING_AT_AFTER.match(text, mention.span.end)
        ):
            # "The Colombian government suspended"; not "U.S. Marines besieging Fallujah", fighting abroad
            state = tables.state_demonyms.get(mention.text.split()[0])
        if state is not None:  # a party before the pause, not its mediator's spokesman after it
            return state  # "Sudan's army and a rival force agreed": one mention, the state's
    return None


_MEDIATED_BY_BEFORE = re.compile(
    r"(?i:\b(?:mediated|brokered|hosted|sponsored|facilitated)\s(?:jointly\s)?by)\s"
    r"(?:[^,.;:]{0,70}?\s(?:and|as\swell\sas)\s)?(?:the\s)?$"
)
"""Before a state's mention, its mediation: "mediated by the Roman Catholic community of Sant'Egidio and the"."""
_MEDIATED_BY_REACH = 100
"""How far before a mention its mediation is looked for: one mediator named before it, and "and"."""


def _two_states_as_sides(analysis: Analysis, sentence: Span, pause_at: int) -> str | None:
    """
    Two states joined as the sides of a halt, "A and B", before it or after "between": where it holds.

    "India and Pakistan on Saturday agreed to stop all firing", "a ceasefire between Israel and Iran".
    """
    text = analysis.article.text
    mentions = list(analysis.actors.within(sentence.start, sentence.end))
    for first, second in itertools.pairwise(mentions):
        one, other = analysis.actors.by_id(first.actor_id), analysis.actors.by_id(second.actor_id)
        if one is None or other is None or one == other or text[first.span.end : second.span.start] != " and ":
            continue
        if one.kind is not ActorKind.STATE or other.kind is not ActorKind.STATE:
            continue
        opening = text[sentence.start : first.span.start].rstrip()
        subject = first.span.start < pause_at and (not opening or opening.endswith(_DATELINE_ENDS))
        between = _BETWEEN_BEFORE.search(text, max(0, first.span.start - 12), first.span.start)
        if subject or (between and first.span.start > pause_at):
            return f"{one.name} and {other.name}"
    return None


_DATELINE_ENDS = ("-", "—", "–", ")")
"""How a dateline ends before the lead's first word: "NEW DELHI -", "KYIV (AP) —"."""


_A_CALL_BEFORE = re.compile(
    r"(?i:\b(?:called|phoned|telephoned|rang|spoke\sto|spoke\swith|met|talked\sto|talked\swith|speak\sagain|talk\sagain"
    r"|meet\sagain))\s"
    r"(?:[\w’'-]+\s){0,4}?(?:(?:at|on)\s)?$"
    r"|(?i:\b(?:statement|broadcast|television|radio|address|briefing|speech|post|posted|tweet|message|video)\s"
    r"(?:[\w’'-]+\s){0,5}?at\s(?:around\s|about\s)?)$"
)
"""
The time of a call, a meeting or a statement, not of a pause: "had called his Indian counterpart at 3:35 p.m.",
"said in a statement read on state television at around 11 pm", "would speak again on Monday at 12 noon".
"""
_A_CALL_WORDS = (
    *("called", "phoned", "telephoned", "rang", "spoke", "met", "talked", "statement", "broadcast", "television"),
    *("radio", "address", "briefing", "speech", "speak", "talk", "meet", "post", "posted", "tweet", "message"),
    "video",
)
"""The words one of which `_A_CALL_BEFORE` holds, whole: a window without one is not searched."""
_A_CALL_REACH = 50


def _a_call_before(analysis: Analysis, start: int) -> bool:
    """Whether a call, a meeting or a statement is told right before a time at `start`."""
    floor = max(0, start - _A_CALL_REACH)
    return analysis.phrases.gated_search(_A_CALL_WORDS, _A_CALL_BEFORE, floor, start) is not None


_A_BLOW_BEFORE = re.compile(
    r"\b(?i:an?|the)\s(?:[\w-]+\s){0,2}(?i:strike|airstrike|raid|attack|bombing|ambush|massacre|explosion|blast|assault"
    r"|shelling|bombardment)\s(?:(?:late|early)\s)?on\s(?:[A-Z][a-z]{2,8},\s)?$"
    r"|(?<!\bnot\sbe\s)(?<!\bnever\sbe\s)\b(?:hit|shelled|bombed|attacked|pounded|targeted|killed)\s"
    r"(?:[\w'’-]+\s){0,3}?(?:(?:late|early)\s)?on\s(?:[A-Z][a-z]{2,8},\s)?$"
    # "Heavy fighting erupted again in the Somali capital on Wednesday": the day fighting came back
    # "since the war erupted on April 15": the day the war began
    r"|\b(?i:fighting|clashes|battles|shelling|war|conflict)\s(?:erupted|flared|resumed|broke\sout|began|started)"
    r"(?:\sagain)?\s"
    r"(?:[\w'’-]+\s){0,5}?(?:(?:late|early)\s)?on\s(?:[A-Z][a-z]{2,8},\s)?$"
    r"|\b(?i:quake|earthquake|tsunami|cyclone|typhoon|hurricane|floods?|landslide|coup|invasion|attack|massacre)\sof\s$"
    # "accused the SPLM-N of shelling a market on the eastern edge of Kadugli on Tuesday": the blow charged, its day
    r"|\bof\s(?:shelling|bombing|attacking|striking|shooting\sat|firing\son)\s(?:[\w'’-]+\s){1,8}?"
    r"(?:(?:late|early)\s)?on\s$"
)
"""
A blow told with its day: "an air strike on Tuesday", "the attack late on Sunday", "hit their positions on Monday
night", "the magnitude 7.7 quake of March 28"; that day is the blow's (not one ruled out: "will not be targeted on
Thursday" is the pause's day).
"""
_A_BLOW_WORDS = (
    *("strike", "airstrike", "raid", "attack", "bombing", "ambush", "massacre", "explosion", "blast", "assault"),
    *("shelling", "bombardment", "hit", "shelled", "bombed", "attacked", "pounded", "targeted", "killed", "quake"),
    *("earthquake", "tsunami", "cyclone", "typhoon", "hurricane", "flood", "floods", "landslide", "coup", "invasion"),
    *("struck", "fighting", "clashes", "battles", "strikes", "attacks", "war", "conflict", "attacking", "striking"),
    *("shooting", "firing"),
)
"""The words one of which `_A_BLOW_BEFORE` or `_A_BLOW_THEN_A_NIGHT` holds, each between spaces or a boundary and a
space."""
_A_BLOW_REACH = 64


def _a_blow_before(analysis: Analysis, start: int) -> bool:
    """Whether a blow told with its day ends right before `start`; a window without a word of blows is not searched."""
    floor = max(0, start - _A_BLOW_REACH)
    if analysis.phrases.gated_search(_A_BLOW_WORDS, _A_BLOW_BEFORE, floor, start) is not None:
        return True
    # "Russian drones hit a hospital and energy facilities in Ukraine overnight": the night of the blow; so is
    # "despite overnight shelling"
    text = analysis.article.text
    return text.startswith("overnight", start) and (
        analysis.phrases.gated_search(_A_BLOW_WORDS, _A_BLOW_THEN_A_NIGHT, max(0, start - 70), start) is not None
        or _A_BLOW_AFTER.match(text, start + len("overnight")) is not None
    )


_A_BLOW_THEN_A_NIGHT = re.compile(
    r"\b(?:hit|shelled|bombed|attacked|pounded|targeted|killed|struck)\s(?:[\w'’-]+,?\s){1,8}$"
    r"|\b(?i:shelling|bombing|bombardment|clashes|fighting|strikes|attacks)\s(?:[\w'’-]+,?\s){0,8}$"
)
"""
A verb of a blow and its object before "overnight", or a blow and its place: "Heavy shelling on the eastern
outskirts of Mariupol overnight"; the night is the blow's.
"""


_A_WELCOME_OR_CHARGE_BEFORE = re.compile(
    r"\b(?:greeted|welcomed|hailed|celebrated|cheered|accused|blamed)\s(?:[\w'’-]+\s){0,4}?(?:(?:late|early)\s)?"
    r"on\s$|\b(?:accused|blamed)\s(?:each\sother|one\sanother)\s(?:(?:late|early)\s)?$"
)
"""
A welcome or a charge told with its day: "greeted with cautious relief on Thursday the agreement", "accused each
other on Wednesday of breaking the truce", "accused each other Thursday"; that day is the welcome's or the charge's.
"""


MADE_BY_PASSIVE = re.compile(
    r"It\s(?:was|had\sbeen|has\sbeen)\s(?:(?:first|initially|formally|jointly|unilaterally)\s)?"
    r"(announced|declared|proclaimed|ordered|agreed|brokered|unveiled|offered)\b"
)
"""A sentence going on about the pause that tells, in the passive, who made it: "It was announced by the AFC/M23"."""


_SIGNED_IT = re.compile(r"\b(?:signed|sealed|inked)\s(?:the|that|this)\s(?:agreement|deal|accord|pact|document)\b")
"""A sentence that tells the signing of the pause just named: "signed the agreement at a ceremony ... on Saturday"."""


def _continued(analysis: Analysis, sentences: list[Span], tables: PauseWords) -> set[Span]:
    """The sentences right after those naming the pause that go on about it ("It will run from ...")."""
    body = analysis.article.sentences
    starts = [s.start for s in body]
    # "From 0700 to 1500 GMT on Thursday, RSF units may leave the city": a sentence opening on the hours
    opening_hours = {t.span.start for t in analysis.times if t.clock_start is not None}
    found: set[Span] = set()
    for sentence in sentences:
        index = bisect.bisect_left(starts, sentence.end)
        if index < len(body) and (
            tables.continuation.match(analysis.article.text, body[index].start)
            or body[index].start in opening_hours
            or _LENGTH_THEN_HALT_OPENING.match(analysis.article.text, body[index].start)
            or _SIGNED_IT.search(analysis.article.text, body[index].start, body[index].end)
            or _IT_WOULD_RUN.search(analysis.article.text, body[index].start, body[index].end)
        ):
            found.add(body[index])
    return found


_LENGTH_THEN_HALT_OPENING = re.compile(
    r"(?:The|This)\s\w+[\s-](?:hour|day|week|month)(?:-long)?\s"
    r"(?i:halt|lull|pause|truce|ceasefire|cease-fire|window|suspension|moratorium|cessation)\b"
)
"""A sentence opening on the pause just named, by its length: "The 48-hour halt begins Monday"."""


_IT_WOULD_RUN = re.compile(
    r"\b(?i:the|this)\s(?i:halt|lull|pause|truce|ceasefire|cease-fire|window)\s"
    r"(?i:would|will|is\sto|was\sto|is\sdue\sto|was\sdue\sto|should)\s(?i:last|run|begin|start|hold|take\seffect)\b"
)
"""
A sentence told of the pause just named, its saying first: "Peskov told reporters the halt would last for nine
hours, from 9 a.m. on Saturday".
"""


def _told_before_corridors(analysis: Analysis, corridor_sentences: list[Span], lookup: SentenceLookup) -> set[Span]:
    """
    The sentence right before one about corridors that opens on a pronoun: the same move, its hours told first.

    "... could walk out unharmed between 7 a.m. and 5 p.m. on Thursday. They would use three special corridors".
    """
    told = (
        lookup.before(sentence)
        for sentence in corridor_sentences
        if _PRONOUN_OPENING.match(analysis.article.text, sentence.start)
    )
    return {sentence for sentence in told if sentence is not None}


_PRONOUN_OPENING = re.compile(r"(?:They|It|These|Those)\s")


_TOOK_EFFECT = r"\b(?:took|came|went|entered)\s(?:effect|hold|into\s(?:force|effect))|\b(?:began|started)"
_TAKES_EFFECT = r"\b(?:takes|take|comes|goes|enters)\s(?:effect|hold|into\s(?:force|effect))|\b(?:begins|starts)"
_TOOK_EFFECT_BEFORE = re.compile(rf"(?i:{_TOOK_EFFECT}|{_TAKES_EFFECT})\s$")
"""A verb of taking effect right before a clock time: "the ceasefire took effect at 7 a.m.", "began at midnight"."""
_TOOK_EFFECT_PAST_BEFORE = re.compile(rf"(?i:{_TOOK_EFFECT})\s$")
"""A verb of having taken effect right before a clock time: "took effect at midnight"."""


def _midnight_gone(analysis: Analysis, clock: TimeMention | None, day: TimeMention | None) -> bool:
    """
    Whether a pause that already "took effect at midnight" on the story's own day began at that day's first midnight.

    "began a six-month ceasefire on Thursday ... The ceasefire took effect at midnight", or "on Thursday declared
    a unilateral end to their military operations ... the halt took effect at midnight", published that Thursday:
    the midnight to come has not yet struck, so the one gone is meant.
    """
    published = analysis.article.published
    return bool(
        published is not None
        and clock is not None
        and clock.clock_start == "00:00"
        and day is not None
        and day.when is not None
        and day.when.value[:10] == published.isoformat()
        # told in the past on the story's own day, whatever that day's words: the day it began ("began a ceasefire
        # on Thursday"), it has held since, or a saying's ("on Thursday declared ... the halt took effect at
        # midnight"): the midnight to come has not yet struck
        and _TOOK_EFFECT_PAST_BEFORE.search(analysis.article.text, max(0, clock.span.start - 30), clock.span.start)
        is not None
    )


_TOOK_EFFECT_LATE_BEFORE = re.compile(
    rf"(?i:(?:only|finally|eventually)\s(?:{_TOOK_EFFECT})|(?:{_TOOK_EFFECT})\s(?:only|finally|eventually))\s(?:at\s)?$"
)
"""Taking effect later than said, right before a clock time: "took effect only at 11:15 a.m.", "finally began at"."""


_IN_FORCE_SINCE = re.compile(
    r"(?i:(?:\b(?:in\s(?:force|effect|place)|(?:took|take|takes|came\sinto|come\sinto|comes\sinto|went\sinto"
    r"|entered\sinto)\s(?:effect|force))"
    r"\s(?:since|in)|\b(?:has|have|had)\s(?:[a-z]+ly\s)?held\ssince)\s)$"
)
"""
Before a month or year the pause began in: "in force since last year", "took effect in March", "due to take effect
in November", "has held since December".
"""
_MADE_IN_MONTH_BEFORE = re.compile(
    r"(?i:\b(?:declared|announced|agreed|signed|proclaimed)\s(?:(?:a|an|the|its|their|his|her)\s)?"
    r"(?:[\w'’-]+\s){0,3}(?:ceasefire|cease-fire|truce|armistice)\s(?:in\s)?"
    r"|\b(?:ceasefire|cease-fire|truce|armistice)\s(?:it\s|they\s|that\s|which\s|the\s(?:two\s)?(?:sides|parties)\s)?"
    r"(?:had\s)?(?:declared|announced|agreed|signed|proclaimed)\s(?:by\s(?:[\w'’-]+\s){1,4}?)?"
    r"(?:in\s(?:the\s)?(?:[\w'’-]+,?\s){1,3}?)?(?:in\s)?)$"
)
"""
Before the month or year a halt was made in: "declared the unilateral ceasefire last month", "a ceasefire signed in
Ghana last month", "A ceasefire agreed by the two leaders in December", "a ceasefire the two sides signed in Arusha,
Tanzania, last December".
"""
_IN_FORCE_SINCE_DAY = re.compile(
    r"(?i:\b(?:in\s(?:force|effect|place)|(?:has|have|had)\s(?:[a-z]+ly\s)?held)"
    r"(?:\s(?:in|across|along|on)\s(?:the\s)?[\w-]+(?:\s[\w-]+)?)?\ssince\s)$"
)
"""
Before the day a pause has held since: "in force in Chechnya since Aug 22", "The ceasefire across Bosnia has held since
October 12" (a day after "since" is else no start).
"""
_NOT_A_PLACE_WORD = r"(?i:line|with|by|after|before|under|signed|agreed|reached|that|which|when|as|since|until)"
"""Words that end a place told after a verb of taking effect: "started in line with an agreement signed ..."."""
_TOOK_EFFECT_ON = re.compile(
    rf"(?i:{_TOOK_EFFECT})(?:\s(?:in|across|throughout|along|around)(?:\s(?!{_NOT_A_PLACE_WORD}\b)[\w'’-]+){{1,7}}?)?"
    r"\s(?:on\s|from\s)?$"
)
"""
A verb of having taken effect right before a day, where it took effect between or not: "took effect on Aug. 1",
"came into force on Monday", "took effect from Saturday evening", "took effect across the West Bank and Gaza Strip
the next day".
"""
_TOOK_EFFECT_ON_REACH = 90
"""How far before a day `_TOOK_EFFECT_ON` is looked for, its place between."""
_A_WAR_BEGAN_ON = re.compile(
    r"(?i:\b(?:offensive|war|fighting|assault|siege|campaign|battle|operation|conflict|clashes|violence|uprising"
    r"|rebellion|insurgency|invasion|bombardment|crisis)\s(?:had\s|has\s)?(?:began|started)\s(?:on\s)?)$"
)
"""A fight's beginning right before a day: "since the offensive began on October 17" dates the fight, not the pause."""


_LEFT_OPEN_BEFORE = re.compile(
    r"(?i:\b(?:not\s(?:say|said|specify|specified|confirm|confirmed|clear|known)|unclear|uncertain"
    r"|declined\sto\s(?:say|confirm))\s(?:whether|if)\b[^.;!?]*)$"
)
"""
A day a sentence leaves open: "It did not say whether the routes would stay open on Sunday", "it was unclear whether
the truce would hold on Friday": no day of the pause.
"""
_LEFT_OPEN_REACH = 90
_BEFORE_A_HALT_GONE = re.compile(
    r",?\safter\s(?:an?|the)\s(?:[\w'’-]+\s){0,3}?(?:ceasefire|cease-fire|truce|pause|halt)\b"
    r"(?:\s[\w'’-]+){0,8}?\s(?:collapsed|broke\sdown|ended|expired|lapsed|fell\sapart|was\sbroken)\b"
)
"""
After a day, a halt gone before it: "Fighting ... continued on Saturday after a ceasefire agreed by the two countries'
security chiefs collapsed within hours": the day of what followed the halt, not the halt's.
"""
_REACTION_AFTER = re.compile(
    r"\s(?:rejected|dismissed|denounced|condemned|criticised|criticized|welcomed|hailed|praised|questioned)\b"
)
"""A verb of answering a pause right after a day: the day of that answer, not of the pause."""
_ENDING_ON_A_DAY_BEFORE = re.compile(
    r"\b(?i:end|ends|ended|ending|expire|expires|expired|expiring)\s(?:at\s[^,;]{1,25}?\s)?on\s[A-Z][a-z]+,\s$"
)
"""A date beside the day a pause ends: "ended on Saturday, June 16", "would end at 5 p.m. on Tuesday, August 8"."""
_HALT_MADE_ON_BEFORE = re.compile(
    r"\b(?i:ceasefire|cease-fire|truce|cessation\sof\shostilities|hudna),?\s(?:it\shad\s|they\shad\s)?"
    r"(?i:declared|announced|agreed|signed|proclaimed|reached)\s(?:in\s(?:the\s)?(?:[\w'’-]+\s){1,4}?)?(?:on\s)?$"
    r"|\b(?i:agreed\sto|signed)\s(?i:an?|the)\s(?:[\w-]+\s){0,2}(?i:ceasefire|cease-fire|truce)\s"
    r"(?:in\s[A-Z][\w-]*\s(?:[A-Z][\w-]*\s)?)?(?:on\s)?$"
)
"""
A halt named, then the day it was made: "the ceasefire declared on May 26", "The ceasefire, signed in the Ghanaian
capital Accra on June 17", "the truce agreed on Tuesday", "after
the neighbours agreed to a cease-fire on Thursday", "signed the truce in Pretoria on November 2".
"""
_A_BLOW_AFTER = re.compile(
    r"\s(?i:shelling|strikes?|air\sstrikes?|airstrikes?|attacks?|fighting|clashes|bombardment|bombing|raids?|violations?"
    r"|rocket|rockets|mortar|drone)\b"
)
"""A blow right after a word of time used as an adjective: "despite overnight shelling"."""
_ENDING_IT_AFTER = re.compile(
    r",?\s(?:ending|breaking|shattering|wrecking|ended|broke|shattered)\s(?:an?|the|their|its)\s(?:[\w-]+\s){0,3}?"
    r"(?:ceasefire|cease-fire|truce|pause|lull|calm|cessation)\b"
)
"""A day whose clause ends the pause right after it: "resumed operations on Friday, ending a ceasefire"."""
_ENDED_ON_BEFORE = re.compile(r"(?i:\b(?:ended|ends|end|came\sto\san\send|comes\sto\san\send)\s(?:on\s)?)$")
"""A verb of ending right before a day: "ended on Wednesday", "came to an end on Wednesday"."""
_ENDED_BY_A_PAUSE_AFTER = re.compile(
    r",?\s(?:when|with|after)\s[^.;:]{0,100}?\b(?:ceasefire|cease-fire|truce|pause|cessation\sof\shostilities)\b"
)
"""A day something else ended on, by a pause told after it: "The offensive ended on Wednesday when the
separatists accepted a cease-fire", "ended on Thursday with what both men call a ceasefire": the pause's first day."""


def _ended_by_a_pause(text: str, day: TimeMention) -> bool:
    """Whether the day ends a fight that a pause told right after it ended."""
    return bool(
        _ENDED_ON_BEFORE.search(text, max(0, day.span.start - 24), day.span.start)
        and _ENDED_BY_A_PAUSE_AFTER.match(text, day.span.end)
    )


_POSSESSIVE = frozenset({"'s", "’s"})
"""After a day, what makes it the day of something else ("Sunday's elections"), not of the pause."""


def _window(
    times: list[TimeMention], text: str, tables: PauseWords, *, immediate: Sequence[Span] = ()
) -> tuple[TimeMention | None, TimeMention | None]:
    """
    The clock time or window of the pause (one tied to its day first), and its first calendar day.

    A day said to begin it wins ("beginning on Saturday"); the day a statement was made ("Qatar
    said on Monday", "Somaliland on Friday announced") is not the pause's day, unless the pause
    took effect as it was declared (`immediate`, the sentences that say so: "declared on Thursday a truce,
    effective immediately"), and then a day of those sentences first. A day right before a halt's declaring
    or ordering ("on Tuesday ordered an end to military operations") is the last resort.
    """
    # "The suspension ... runs out at 10 p.m. (1900 GMT) on Tuesday": when it ends, not when it begins
    times = [t for t in times if not _RUNS_OUT_AT_BEFORE.search(text, max(0, t.span.start - 24), t.span.start)]
    clocks = [t for t in times if t.clock_start is not None]
    # "said ... at about 6 p.m. on Monday" the truce would begin; "The military said the ceasefire took
    # effect at 7 a.m. on Tuesday": of the clocks tied to a day, the one it took effect at wins
    effect = [t for t in clocks if _TOOK_EFFECT_BEFORE.search(text, max(0, t.span.start - 30), t.span.start)]
    # "was due to begin at 8:30 a.m. on Sunday took effect only at 11:15 a.m.": the hour it took effect, though
    # told without its day, over another hour told with one
    late = [t for t in clocks if _TOOK_EFFECT_LATE_BEFORE.search(text, max(0, t.span.start - 40), t.span.start)]
    clock = next(
        (t for t in (*late, *effect, *clocks) if t.when is not None or t in late),
        effect[0] if effect else clocks[0] if clocks else None,
    )
    dated = [
        t
        for t in times
        if t.when is not None
        and t.when.precision.value in {"day", "minute"}
        and not _ANOTHER_MEASURE_BEFORE.search(text, max(0, t.span.start - 40), t.span.start)
        and not _A_WAR_BEGAN_ON.search(text, max(0, t.span.start - 40), t.span.start)
        and not _A_DEAL_SIGNED_BEFORE.search(text, max(0, t.span.start - 40), t.span.start)
    ]
    # "would not attack police or residents from Dec. 24 to Jan. 2": the first day of a range of days
    ranges = {
        first.span.start
        for first, then in itertools.pairwise(dated)
        if _RANGE_JOIN.fullmatch(text, first.span.end, then.span.start)
        and _FROM_BEFORE.search(text, max(0, first.span.start - 8), first.span.start)
    }
    begins = [
        t
        for t in dated
        if (
            tables.start_cue_before.search(text, max(0, t.span.start - _START_CUE_REACH), t.span.start)
            # "effective from today, June 28," quoted a day on: the date set beside it, not the story's today
            and not (t.text.lower() in _RELATIVE_DAYS and _APPOSED_DATE.match(text, t.span.end) is not None)
        )
        or _FOR_A_WHILE_FROM.search(text, max(0, t.span.start - 30), t.span.start)  # "for 10 days from Monday"
        # "a nationwide ceasefire from August 31"; "effective from today, June 28": the date in apposition
        or (
            _PAUSE_FROM.search(text, max(0, t.span.start - 80), t.span.start) is not None
            and _APPOSED_DATE.match(text, t.span.end) is None
        )
        # "from Wednesday for three months"
        or (
            _FROM_BEFORE.search(text, max(0, t.span.start - 8), t.span.start) is not None
            and _LASTING_AFTER.match(text, t.span.end) is not None
        )
        or t.span.start in ranges
        or _ended_by_a_pause(text, t)
    ]
    days = [
        t
        for t in dated
        # "street battles since Friday" dates the battles; "Since Friday, when a truce was declared" the truce
        if (
            not _SINCE_BEFORE.search(text, max(0, t.span.start - 8), t.span.start)
            or _WHEN_AFTER.match(text, t.span.end)
        )
        and not SAID_BEFORE.search(text, max(0, t.span.start - 24), t.span.start)
        and not war_begun_before(text, t.span.start)  # "the first break since the war began six weeks ago"
        and not tables.announcing_after.match(text, t.span.end)
        and not _REACTION_AFTER.match(text, t.span.end)  # "on Thursday rejected the truce": a reply
        and not _LEFT_OPEN_BEFORE.search(text, max(0, t.span.start - _LEFT_OPEN_REACH), t.span.start)
        and not _BEFORE_A_HALT_GONE.match(text, t.span.end)
        and not _ENDING_IT_AFTER.match(text, t.span.end)  # "resumed operations on Friday, ending a ceasefire"
        # "would end at 5 p.m. on Tuesday, August 8": the day it ends, its weekday told first
        and not _ENDING_ON_A_DAY_BEFORE.search(text, max(0, t.span.start - _UNTIL_REACH), t.span.start)
        and text[t.span.end : t.span.end + 2] not in _POSSESSIVE  # "a boycott of Sunday's elections": an occasion
        and not _OCCASION_AFTER.match(text, t.span.end)  # "after the March 28 earthquake": another occasion
        and not _fronted_saying_day(text, t)
        and not _UNTIL_BEFORE.search(text, max(0, t.span.start - _UNTIL_REACH), t.span.start)  # "until April 22"
        # "took effect at 10:00 am, under a five-point plan Sistani put to Sadr on Thursday": the plan's day
        and not _PLAN_MADE_ON_BEFORE.search(text, max(0, t.span.start - 70), t.span.start)
        # "until 6 p.m. on Sunday": an end, whatever day it names
        and not (t.until is not None and t.clock_start is None and _UNTIL_WORD.match(t.text))
    ]
    # "announced a three-day truce on Tuesday ... from Wednesday through Friday": Tuesday names the announcement
    # "appeared to be holding on Sunday morning", after "agreed on Saturday to stop all firing": a day it held on
    others = [
        t
        for t in days
        if not _MADE_ON_BEFORE.search(text, max(0, t.span.start - 60), t.span.start)
        and not _HOLDING_ON_BEFORE.search(text, max(0, t.span.start - 12), t.span.start)
    ]
    # "will suspend its ceasefire ... as of Wednesday. The ceasefire ... took effect on Aug. 1": the day it took effect
    took_effect = [
        t for t in days if _TOOK_EFFECT_ON.search(text, max(0, t.span.start - _TOOK_EFFECT_ON_REACH), t.span.start)
    ]
    # "the ceasefire that has been in force in Chechnya since Aug 22": the day it began
    took_effect += [t for t in dated if _IN_FORCE_SINCE_DAY.search(text, max(0, t.span.start - 50), t.span.start)]
    # "a bilateral ceasefire in force since last year": no day said, but the month or year it began
    coarse = [
        t
        for t in times
        if t.when is not None
        and t.when.precision.value in {"month", "year"}
        and (
            _IN_FORCE_SINCE.search(text, max(0, t.span.start - 30), t.span.start)
            or _MADE_IN_MONTH_BEFORE.search(text, max(0, t.span.start - 60), t.span.start)
        )
    ]
    # "was announced on Tuesday afternoon ... and took effect immediately", under a lead "said on Wednesday": Tuesday
    # ... but not a day it runs until: "It took effect immediately and commits both sides ... until December 31"
    unended = [t for t in dated if not _UNTIL_BEFORE.search(text, max(0, t.span.start - _UNTIL_REACH), t.span.start)]
    at_once = [t for t in unended if any(s.start <= t.span.start < s.end for s in immediate)]
    # "The deal, signed on Monday ..., commits the signatories to a ceasefire that takes effect immediately and
    # opens the way for a national dialogue due to start ... on August 20": in force on the day it was made
    made_at_once = [t for t in at_once if t in days and t not in others]
    # "would respect the ceasefire declared on May 26", after "arrived in Bujumbura on Friday": the halt's own day
    made_as_named = [t for t in days if _HALT_MADE_ON_BEFORE.search(text, max(0, t.span.start - 70), t.span.start)]
    # "President Salva Kiir on Monday declared a unilateral ceasefire from 6 p.m.": a clock time with no day of its
    # own, and no other day, is on the day it was declared
    declaring = [
        t
        for t in dated
        if not SAID_BEFORE.search(text, max(0, t.span.start - 24), t.span.start)
        and text[t.span.end : t.span.end + 2] not in _POSSESSIVE
    ]
    # "Medvedev on Tuesday ordered an end to military operations in Georgia", and no other day told: the day of
    # its ordering, the last resort before a month or a year
    ordered_on = [(t, m) for t in declaring if (m := _DECLARED_AFTER.match(text, t.span.end)) is not None]
    declared_on = [
        t
        for t, m in ordered_on
        if clock is not None and clock.when is None and m.group("verb") != "announced" and m.group("truce")
    ]
    chosen = (
        took_effect
        or begins
        or made_as_named
        or made_at_once
        or others
        or days
        or ((at_once or unended) if immediate else [])
        or declared_on
        or [t for t, _ in ordered_on]
        or coarse
    )
    return clock, chosen[0] if chosen else None


_DECLARED_AFTER = re.compile(
    r"\s(?P<verb>declared|ordered|proclaimed|announced)\s(?:an?\s)?(?:[\w-]+\s){0,2}?"
    r"(?:(?P<truce>ceasefire|cease-fire|truce)|halt|end|pause|suspension)\b"
)
"""
A day right before a halt's declaring or ordering: "on Monday declared a unilateral ceasefire", "on Tuesday ordered
an end to"; `verb` and `truce` tell which.
"""


def _fronted_saying_day(text: str, day: TimeMention) -> bool:
    """
    Whether a day that opens a sentence dates its verb of saying.

    "On Thursday, the defence ministry ... said its forces would stop firing ... on Saturday":
    Thursday is when it was said. "On Saturday, the truce took effect, the ministry said": the
    truce's day, told before the saying.
    """
    return bool(
        _SENTENCE_OPENS.search(text, max(0, day.span.start - 8), day.span.start)
        and _SAID_BEFORE_ANYTHING_ELSE.match(text, day.span.end, min(len(text), day.span.end + 160))
    )


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|[-—–]\s|\n)(?:On\s)?$")
_SAID_BEFORE_ANYTHING_ELSE = re.compile(
    r",\s(?:(?!(?i:truce|ceasefire|cease-fire|pause|halt|lull|took|began|started|came|went|was|were|will|would)\b)"
    r"[^.;:\"“”,])*?\b(?:said|says|announced|told|stated)\b"
)
"""A subject, then a verb of saying before any word of the pause or its taking effect."""
_SIGNED_BEFORE = re.compile(r"(?i:\b(?:signed|sign|inked|initialled|initialed))\s(?:[\w-]+\s){0,4}$")
_SIGNED_IN_BEFORE = re.compile(
    r"(?i:\b(?:signed|inked|initialled|initialed)\s(?:[\w-]+\s){0,5}?in\s(?:the\s)?(?:[\w-]+\s){0,2}$)"
)
"""A signing right before a place described ("signed a ceasefire on Tuesday in the Tanzanian town of")."""
_FIGHTING_JUST_BEFORE = re.compile(r"(?i:\b(?:clashes|fighting|hostilities|violence|attacks|feud|war))\s?$")
"""Fighting named right before a place: "to stop the clashes in Tulus" is where the truce holds, though signed."""
_SIGNING = re.compile(r"(?i:\b(?:signs?|signed|inks?|inked))\b")
_RATE_BEFORE = re.compile(r"\d[\d,.]*\s(?:[a-z-]+\s){1,2}$")
"""A count before "a day": a rate ("an average of 410 trucks a day"), not how often the pause holds."""
_SINCE_BEFORE = re.compile(r"(?i:\bsince)\s$")
_SINCE_A_DAY_BEFORE = re.compile(r"(?i:\bsince)\s(?:[A-Z][a-z]{2,8},\s)?$")
"""Before a day a pause has held since, its weekday between or not: "Since Saturday, May 3"."""
"""Before a day that something began on ("street battles since Friday"): not the pause's day."""
_WHEN_AFTER = re.compile(r",\s(?:when|after)\s")
_OCCASION_AFTER = re.compile(
    r"\s(?:earthquake|quake|floods?|cyclone|storm|tsunami|attacks?|invasion|massacre|bombing|coup|uprising"
    r"|revolution|elections?|vote|polls|referendum)\b"
)
"""A noun right after a day that the day names the occasion of ("the March 28 earthquake", "the Oct. 7 attacks")."""
_HOLDING_ON_BEFORE = re.compile(r"(?i:\b(?:holding|held|holds)\s(?:on\s|until\s)?)$")
"""Before a day the pause held on ("appeared to be holding on Sunday morning"): not its first, when another is said."""
_ANOTHER_MEASURE_BEFORE = re.compile(
    r"(?i:\b(?:lockdown|curfew|shutdown|ghost\stown|boycott|sit-in|blackout)s?)[\"”’']?"
    r"\s(?:(?:starting|beginning|effective|from|as\sof)\s(?:on\s|at\s)?)?$"
    r"|(?i:\b(?:patrols|patrolling|elections|withdrawal|pullback|pullout|deployment|handover|prisoner\sswap"
    r"|prisoner\sexchange))(?:\sof\s(?:[\w-]+\s){0,3}?[\w-]+)?[\"”’']?\s(?:(?:starting|beginning|from|as\sof)\s(?:on\s)?)$"
)
"""
A measure other than the pause, with the day it begins: 'a five-day "lockdown" starting Monday', "a truce from
midnight and joint patrols from March 15", "a withdrawal of heavy weapons starting on March 15" (theirs, told
with a word that starts them).
"""
_A_DEAL_SIGNED_BEFORE = re.compile(
    r"(?i:\b(?:peace|military|political|framework)\s(?:agreement|accord|deal|plan|treaty)\s(?:signed|reached|agreed)"
    r"\s(?:on\s)?)$"
)
"""
A peace deal's day, told as its own: "under the peace agreement signed a day earlier" dates the deal, not the halt
its news is about.
"""
_RANGE_JOIN = re.compile(r"\s?(?:to|until|till|through|-|–)\s?")
_PAUSE_FROM = re.compile(
    r"(?i:\b(?:ceasefire|cease-fire|truce|armistice|hostilities)\s(?:(?:in|across|along|on|with)\s[^,.;:\"“”]{1,40}?\s)?"
    r"(?:as\s|effective\s)?from\s(?:on\s)?(?:(?:today|tomorrow|tonight),\s)?)$"
)
"""A pause word, its place or not, then "from" and a day: "a nationwide ceasefire from August 31"."""
_START_CUE_REACH = 40
"""How far before a day its start cue may begin: "will take effect nationwide from August 3"."""
_RELATIVE_DAYS = frozenset({"today", "tonight", "tomorrow"})
_APPOSED_DATE = re.compile(r",\s(?:[A-Z][a-z]{2,8}\.?\s[0-3]?\d|[0-3]?\d\s[A-Z][a-z]{2,8})\b")
"""A date right after a day, set off by a comma, that names it again: "today, June 28"."""
_FOR_A_WHILE_FROM = re.compile(r"(?i:\bfor\s[\w-]+\s(?:days?|hours?|weeks?|months?)\sfrom)\s$")
_LASTING_AFTER = re.compile(r"(?i:\sfor\s(?:the\snext\s)?[\w-]+\s(?:days?|hours?|weeks?|months?))\b")
"""A while after a day that begins it: "from Wednesday for three months"."""
_AN_ACCORD_CALLS_FOR = re.compile(
    r"\b(?:It|accord|agreement|deal|memorandum|declaration|pact|protocol|treaty)"
    # "signed a peace agreement in neighboring Djibouti on Monday that calls for a cease-fire": its relative clause
    r"(?:\s[^.;:\"“”]{0,80}?\sthat"
    # "The memorandum, signed Thursday in the Kazakh capital of Astana by Russia, Iran and Turkey, calls for"
    r"|,\s[^.;:\"“”]{0,120}?,)?"
    r"\s(?:also\s)?(?:calls|called)\sfor\s(?:an?|the)\s(?:[\w-]+\s){0,2}$"
)
"""
An agreement's terms told as what it calls for: "The accord was signed in Sirte. It calls for an immediate halt",
"signed a peace agreement ... on Monday that calls for a cease-fire".
"""
_CALLS_FOR_REACH = 140
"""How far before a pause word an agreement that calls for it may be named: past where and when it was signed."""
_ACCORD_OR_PROPOSAL = re.compile(
    r"\b(?:(?P<accord>accord|agreement|deal|memorandum|declaration|pact|protocol|treaty)"
    r"|(?P<proposal>proposal|plan|draft|resolution|initiative|appeal|roadmap))s?\b",
    re.IGNORECASE,
)
"""An accord or a proposal named: what an "It" that calls for a halt may stand for."""
_IT_REFERS_REACH = 240
"""How far before an "It calls for" the thing it stands for is looked for: the sentence or two before."""


def _a_proposal_before(text: str, at: int) -> bool:
    """
    Whether the last accord or proposal named before an "It calls for" at `at` is a proposal: its terms are sought.

    "The proposal ... was unveiled on Wednesday. It called for a three-week halt to fire": none made.
    """
    named = [
        found
        for found in _ACCORD_OR_PROPOSAL.finditer(text, max(0, at - _IT_REFERS_REACH), at)
        # "the initiative, which he called the Cairo Declaration": a name given to the thing named before
        if not _CALLED_BEFORE.search(text, max(0, found.start() - _CALLED_REACH), found.start())
    ]
    return bool(named) and named[-1].group("proposal") is not None


_CALLED_BEFORE = re.compile(r"(?i:\b(?:called|dubbed|named|titled|known\sas))\s(?:the\s)?(?:[A-Z][\w'’-]*\s){0,3}$")
"""A name given to a thing told before it: "which he called the Cairo Declaration"."""
_CALLED_REACH = 48


_PLAN_MADE_ON_BEFORE = re.compile(
    r"(?i:,\sunder\s(?:a|an|the)\s(?:[\w-]+\s){0,3}?(?:plan|deal|proposal|initiative|formula|roadmap))"
    r"\s(?:[\w-]+\s){1,5}?(?i:put|agreed|reached|proposed|brokered|drawn\sup|drafted|presented|offered)\s"
    r"(?:[\w-]+\s){0,3}?(?:on\s|late\s|early\s)?$"
)
"""
A day of the plan a pause took effect under, said after it: ", under a five-point plan Sistani put to Sadr on
Thursday" dates the plan, not the pause.
"""
_MADE_ON_BEFORE = re.compile(
    r"(?i:\b(?:announced|declared|offered|proposed|unveiled|reached))\s[^.;,:\"“”]{0,40}(?<!\sfor)\s(?:on\s|late\s|early\s)?$"
    r"|(?i:\b(?:address|speech|broadcast))\s(?:on\s|late\s|early\s)?$"
    r"|,\s(?i:agreed|signed|brokered)\s(?:(?i:late|early)\s)?(?:on\s)?$"  # "The truce, agreed late on Saturday"
)
"""
A verb of making a pause, its name, then the day: "announced a three-day truce on Tuesday" dates the announcement;
so does the day of a speech that makes it: "In a televised address on Sunday night, ... said the armed forces would".

A day after "for" is what the pause is for ("declared a ceasefire for Sunday's election"), not when it was made.
"""


_IMMEDIATE = re.compile(
    r"(?i:\b(?:effective|in\seffect|in\sforce)\s(?:immediately|at\sonce)|\bwith\simmediate\seffect"
    # "was announced on Tuesday afternoon ... and took effect immediately"
    r"|\b(?:took|takes|take|taking|came|comes|come|coming)\s(?:into\s)?(?:effect|force)\s(?:immediately|at\sonce)"
    # "which took effect as soon as both sides signed": the day of its signing
    r"|\b(?:took|takes|came|comes)\s(?:into\s)?(?:effect|force)\sas\ssoon\sas\s(?:[\w-]+\s){0,3}?signed\b"
    r"|\ban\simmediate\s(?:and\s[\w-]+\s)?(?:humanitarian\s)?(?:ceasefire|cease-fire|truce|cessation|halt)"
    # "declared a unilateral humanitarian truce for three months, starting immediately"
    r"|\b(?:starting|beginning|starts|begins|started|began)\s(?:immediately|at\sonce)"
    # "He said the pause would begin immediately"
    r"|\b(?:would|will|to)\s(?:begin|start)\s(?:immediately|at\sonce))"
)
"""A pause that began when it was declared: its statement's day is its first day."""
_IMMEDIATE_WORDS = ("effective", "effect", "force", "immediate", "immediately")
"""The words one of which `_IMMEDIATE` holds, each a whole word: a sentence without one is not searched."""
_UNTIL_BEFORE = re.compile(
    r"(?i:\b(?:until|till|through|beyond|(?:end|ends|ended|ending|expire|expires|expired|expiring)(?:\son)?(?:\s(?:early|late))?"
    r"|from\s[^;]{1,24}?\sto|between\s[^;]{1,24}?\sand))\s$"
)
"""Words that make the day after them the pause's end: "until April 22", "expire early Tuesday", "from Dec. 10 to"."""
_UNTIL_REACH = 40
_UNTIL_WORD = re.compile(r"(?i:until|till|by|through)\s")


_MADE_NOW = re.compile(
    r"(?i:\b(?:has|have)\s(?:\w+ly\s)?(?:announced|ordered|offered|declared|proposed|called)\b"
    r"|\b(?:says|announces|orders|offers|declares|proposes|gives|grants)\b)"
)
"""A pause made as the story is published: "has announced a humanitarian pause", "the army says"."""
_RELATIVE_BEFORE = re.compile(r"(?i:\b(?:which|that|whom?)\s(?:[\w’'.-]+\s){0,4})$")
"""A relative clause's subject before its verb: "fighting ..., which the UN says has driven up to 185,000 people"
says nothing of when the pause was made."""
_RELATIVE_REACH = 60
_HAPPENED = re.compile(
    r"(?<![\w-])(?:(?i:began|started|took|came|went|was|were|did|held|broke|fell)\b"
    # "appeared to be holding on Thursday, after taking effect at 9 p.m. on Wednesday": in effect since
    r"|(?i:(?:after|since)\s(?:taking|coming|going)\s(?:into\s)?(?:effect|force))\b"
    # irregular pasts of deeds: "met in Kunming on Wednesday", "fled on Sunday"
    r"|(?i:met|fought|fled|struck|sent|saw|won|shot|spent)\b"
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?i:halted|suspended|stopped|ceased)\b"  # "India halted air strikes ... from Sunday"
    r"|(?i:had)\b(?!\s(?i:ordered|offered|announced|declared|agreed|proposed|called|unveiled|promised|pledged)\b)"
    r"|(?!(?i:ordered|offered|announced|declared|agreed|proposed|called|unveiled|promised|pledged)\b)"
    # words in -ed that stand before a place's name as adjectives: "in besieged El Fasher on Sunday"
    r"(?!(?i:besieged|embattled|encircled|blockaded|beleaguered|contested|disputed|devastated|occupied|isolated)\b)"
    # an -ed word before a name, an article, a preposition or a stop is a verb; before a common word,
    # an adjective ("armed groups", "the ruined eastern city")
    r"[a-z]{3,}ed(?=\s(?:[A-Z]|(?:the|a|an|its|their|in|on|at|within|after|for|by|to|into|from|with|during|over|late"
    r"|early|last|this)\b)|[,.;]))"
)
"""A verb in the past, not one of making a pause: "began on Friday", "entered Zamzam camp on Monday"."""


def _counted_from_a_mention(text: str, times: list[TimeMention], triggers: Sequence[_Trigger]) -> list[TimeMention]:
    """
    The times, with a day counted from a mention of the pause ("three days after", "the third day of") moved to it.

    "held a second day of talks ... on Friday, three days after the Myanmar government ordered its troops to
    halt offensive operations": the order, and the halt, on the Tuesday.
    """
    if not triggers:
        return times
    starts = sorted(t.span.start for t in triggers)
    moved = list(times)
    day_starts: list[int] | None = None
    for index, mention in enumerate(times):
        if mention.when is None or mention.when.precision is not Precision.DAY:
            continue
        counted = (
            _DAYS_FROM_AFTER.match(text, mention.span.end)
            or _NTH_DAY_OF_AFTER.match(text, mention.span.end)
            or _NTH_WINDOW_AFTER.match(text, mention.span.end)
            or _day_counted_further_on(text, times, index)
        )
        if counted is None:
            reach = max(0, mention.span.start - _NTH_BEFORE_REACH)
            held = _HELD_FOR_NTH_DAY_BEFORE.search(text, reach, mention.span.start)
            told = bisect.bisect_left(starts, held.start()) - 1 if held is not None else -1
            if held is not None and told >= 0 and _A_STOP.search(text, starts[told], held.start()) is None:
                # "A fragile truce held for a second day at the camp on Thursday": begun the day before
                shift = datetime.timedelta(days=1 - _ORDINALS[held.group("nth").lower()])
                moved[index] = attrs.evolve(
                    mention, when=_moved(mention.when, shift), until=_moved(mention.until, shift)
                )
                continue
            counted = _NTH_DAY_OF_BEFORE.search(text, reach, mention.span.start)
            if counted is None:
                continue
            inside = bisect.bisect_left(starts, counted.start())
            if inside == len(starts) or starts[inside] >= mention.span.start:
                continue  # "the second day of a visit on Friday": no pause between the count and the day
            shift = datetime.timedelta(days=1 - _ORDINALS[counted.group("nth").lower()])
            moved[index] = attrs.evolve(mention, when=_moved(mention.when, shift), until=_moved(mention.until, shift))
            continue
        after = bisect.bisect_left(starts, counted.end())
        if after == len(starts) or starts[after] - counted.end() > _COUNTED_REACH:
            continue
        if _A_STOP.search(text, counted.end(), starts[after]) is not None:
            continue  # the mention is in another sentence
        if _NEW_CLAUSE.search(text, counted.end(), starts[after]) is not None:
            continue  # "on July 31, 48 hours after the signing, and ... the ceasefire": counted from another
        if day_starts is None:  # made once, when a count is first found
            day_starts = sorted(t.span.start for t in times if t.when is not None and t.when.precision is Precision.DAY)
        if _dated_after(text, day_starts, starts[after]):
            # "yesterday set out conditions ..., a week after the government declared a unilateral ceasefire in
            # Tigray on June 28": the mention's own day, not one counted roughly, dates it
            moved[index] = attrs.evolve(mention, when=None, until=None)
            continue
        if counted.re not in _NTH_OF and counted.group("n") is None:
            # "on Monday, ..., days after the military announced it had agreed a ceasefire": some days before
            moved[index] = attrs.evolve(mention, when=None, until=None)
            continue
        if counted.re in _NTH_OF:  # "on Wednesday, the third day of a five-day truce": begun on Monday
            shift = datetime.timedelta(days=1 - _ORDINALS[counted.group("nth").lower()])
        else:
            count = counted.group("n").lower()
            number = int(count) if count.isdigit() else _DAY_COUNTS[count]
            unit = counted.group("unit")[0]
            if unit == "h" and number % _HOURS_A_DAY:
                continue  # "12 hours after": no whole day to count
            days = number * 7 if unit == "w" else number // _HOURS_A_DAY if unit == "h" else number
            shift = datetime.timedelta(days=-days if counted.group("rel") == "after" else days)
        moved[index] = attrs.evolve(mention, when=_moved(mention.when, shift), until=_moved(mention.until, shift))
    return moved


def _dated_after(text: str, day_starts: list[int], trigger_start: int) -> bool:
    """
    Whether a day of its own follows the mention at `trigger_start` in its clause: "a ceasefire in Tigray on June 28".

    `day_starts` are where the story's days start, in order: a bisection finds the first after the mention.
    """
    reach = min(len(text), trigger_start + _OWN_DAY_REACH)
    stop = _CLAUSE_STOP.search(text, trigger_start, reach)
    end = stop.start() if stop is not None else reach
    following = bisect.bisect_right(day_starts, trigger_start)
    return following < len(day_starts) and day_starts[following] < end


_OWN_DAY_REACH = 60
_CLAUSE_STOP = re.compile(r"[,.;:!?]\s")
_DAYS_FROM_AFTER = re.compile(
    r"(?:\s(?:morning|afternoon|evening|night))?,?\s(?:(?:barely|just|only|less\sthan)\s)?"
    r"(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s(?P<unit>days?|weeks?|hours)|days|weeks)\s"
    r"(?P<rel>after|before)\s"
)
"""
A day counted from what follows: "on Friday, three days after", "Thursday, a day after", "on Tuesday, barely 24
hours after" (hours only in whole days).
"""
_HOURS_A_DAY = 24
_DAYS_FROM_LATER = re.compile(
    r",\s(?:(?:just|only|barely)\s)?(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s(?P<unit>days?|weeks?)"
    r"|days|weeks)\s"
    r"(?P<rel>after|before)\s"
)
"""The same count told further on in the day's clause: "on Tuesday along Syria Street, ..., a day after"."""
_LATER_REACH = 200
"""How far after its day a count may come, within its sentence and before any other day."""


def _day_counted_further_on(text: str, times: list[TimeMention], index: int) -> re.Match[str] | None:
    """A count from what follows ("a day after") further on in the sentence of `times[index]`, no day between."""
    start = times[index].span.end
    end = min(len(text), start + _LATER_REACH)
    stop = _A_STOP.search(text, start, end)
    end = stop.start() if stop is not None else end
    # another day first: the count is that one's (a length, such as the count's own "five days", is no day)
    for following_index in range(index + 1, len(times)):
        following = times[following_index]
        if following.span.start >= end:
            break
        if following.when is not None:
            end = following.span.start
            break
    return _DAYS_FROM_LATER.search(text, start, end)


_NTH_DAY_OF_AFTER = re.compile(
    r"(?:\s(?:morning|afternoon|evening|night))?,?\s(?:on\s)?the\s(?P<nth>(?i:second|third|fourth|fifth|sixth|seventh))"
    r"\sday\sof\s"
)
"""A day told as the pause's second, third ... day: "on Wednesday, the third day of a five-day truce"."""
_NTH_WINDOW_AFTER = re.compile(
    r",?\s(?:during|in)\sthe\s(?P<nth>(?i:second|third|fourth|fifth|sixth|seventh))"
    r"\s(?:daily|[a-z]+-hour|\d{1,2}-hour)\s"
)
"""A day told as that of a daily pause's second, third ... window: "on Wednesday during the second five-hour pause"."""
_NTH_DAY_OF_BEFORE = re.compile(
    r"(?i:\bthe\s(?P<nth>second|third|fourth|fifth|sixth|seventh)\sday\sof\s(?:a|an|the|its|their)\s"
    r"(?:[\w-]+\s){1,6}?on\s)$"
)
"""A day told after the pause as its second, third ... day: "by the second day of a Russian humanitarian pause on
Friday"."""
_NTH_BEFORE_REACH = 100
_HELD_FOR_NTH_DAY_BEFORE = re.compile(
    r"(?i:\b(?:held|holding|holds|hold)\sfor\sa\s(?P<nth>second|third|fourth|fifth|sixth|seventh)"
    r"\s(?:straight\s|consecutive\s)?day)\b(?:[^.;!?\n]{0,80}?\s)?(?:on\s)?$"
)
"""A day told as the nth a pause held, the pause named before: "A fragile truce held for a second day at the camp on
Thursday"."""
_NTH_OF = (_NTH_DAY_OF_AFTER, _NTH_WINDOW_AFTER)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_A_STOP = re.compile(r"[.!?;]\s")
_DAY_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTED_REACH = 120
"""How far after "three days after" the pause's mention may come: its clause."""
_NEW_CLAUSE = re.compile(r",\s(?:and|but|while|whereas)\s")
"""A clause of its own between a count and a mention: the count is from what the first clause names."""


_TAKING_EFFECT_JUST_BEFORE = re.compile(
    r"(?i:\b(?:taking|takes|to\stake|will\stake)\seffect|coming\sinto\s(?:force|effect)|comes\sinto\s(?:force|effect))"
    r"(?:\s\d{1,3}\s(?i:hours|days)\s(?i:after\s(?:the\s|its\s)?(?:signing|signature)|later),)?"
    r"\s(?:(?i:at|from|on)\s)?$"
)
"""A halt's taking effect told right before its time, in the present or to come: "taking effect at", "takes effect 48
hours after signing, at"."""
_TAKING_EFFECT_REACH = 64
_DATE_AFTER_REACH = 12
"""How far after a weekday its date may follow: ", 10 June", ", Jan. 5"."""


def _after_their_making(
    analysis: Analysis, times: list[TimeMention], lookup: SentenceLookup, tables: PauseWords
) -> list[TimeMention]:
    """
    The times, with a weekday read as the last one moved a week on when its sentence makes the pause later.

    "Sri Lanka's president on Wednesday ordered the army to halt its offensive ... on Saturday",
    "could walk out alive on Friday ..., Russia said Wednesday": the Saturday and the Friday to come.
    """
    text = analysis.article.text
    headline_end = title_end(analysis.article)
    lead = lead_sentence(analysis.article)
    starts = [t.span.start for t in times]  # in text order
    made_in: dict[Span, tuple[datetime.date | None, bool]] = {}  # each sentence read once, however many days it holds
    moved = list(times)
    for index, mention in enumerate(times):
        if mention.when is None or tables.weekday.search(mention.text) is None or "last" in mention.text.lower():
            continue
        day = _day_of(mention.when)
        sentence = lookup.at(mention.span.start)
        # a headline's day is made when its lead says ("Pause in Babanusa on Saturday", "... said on Wednesday")
        told_in = lead if lead is not None and mention.span.end <= headline_end else sentence
        if told_in not in made_in:
            inside = times[bisect.bisect_left(starts, told_in.start) : bisect.bisect_left(starts, told_in.end)]
            made_in[told_in] = _made_on(analysis, inside, told_in, tables)
        made_on, told_now = made_in[told_in]
        if (
            made_on is None
            and analysis.article.published is not None
            and _TAKING_EFFECT_JUST_BEFORE.search(
                text, max(sentence.start, mention.span.start - _TAKING_EFFECT_REACH), mention.span.start
            )
            is not None
            # "takes effect on Monday, 10 June": the date says which
            and MONTH_NAMED.search(text, mention.span.start, mention.span.end + _DATE_AFTER_REACH) is None
        ):
            # "provides for a halt to fighting in the zones taking effect at midnight on Friday", its sentence telling
            # no day it was made: a halt taking effect, told in the present, takes it no earlier than the story's day
            made_on, told_now = analysis.article.published, True
        week = datetime.timedelta(days=7)
        if day is None or made_on is None:
            continue
        told_itself = _told_on(text, mention, tables)
        reach = max(sentence.start, mention.span.start - _DAY_CLAUSE_REACH)
        clause_start = max(reach, *(text.rfind(mark, reach, mention.span.start) + 1 for mark in ",;:"))
        published = analysis.article.published
        if (
            day == made_on
            and mention.when.value.endswith("T00:00")
            and "midnight" in mention.text.lower()
            and _TO_TAKE_EFFECT_BEFORE.search(text, max(sentence.start, mention.span.start - 30), mention.span.start)
            and not told_itself
        ):
            # "agreed on Thursday to a ceasefire ..., to take effect from midnight on Thursday": the midnight that
            # ends the day it was made, not the one that opened it
            moved[index] = attrs.evolve(mention, when=_moved(mention.when, _A_DAY))
            continue
        if (
            made_on + week <= day < made_on + 2 * week
            and "next" not in mention.text.lower()
            # "took effect at 3 a.m. Saturday ..., as the U.N. had announced on Aug. 8", told that Saturday: the
            # story's own day, not one counted from the making
            and day != analysis.article.published
            # "took effect at 6 a.m. on Monday ... and is due to end at 6 a.m. on Saturday": an end, a week on
            and _ENDING_BEFORE.search(text, max(sentence.start, mention.span.start - 30), mention.span.start) is None
            # "The FARC truce took effect at midnight on Sunday ..., as its delegation had announced on July 8", told
            # on the Tuesday after: a day gone by in the story's own week, more than a week after the making, not one
            # counted from it (but "announced on February 21 ..., took effect at midnight on Friday": its Friday)
            and not (
                published is not None
                and made_on + week < day <= published
                and _HAPPENED.search(text, clause_start, mention.span.start) is not None
            )
        ):
            # "announced the truce Monday ..., saying its fighters would hold their fire from 6 a.m. Tuesday":
            # the Tuesday after the Monday it was made, not one a week later
            moved[index] = attrs.evolve(mention, when=_moved(mention.when, -week), until=_moved(mention.until, -week))
            continue
        if not made_on - week <= day < made_on or (told_now and _agreed_from(text, mention, sentence)):
            continue
        if told_itself:
            continue  # "agreed on Tuesday to a ceasefire ..., UN peacekeepers said on Thursday": a day gone by
        if MONTH_NAMED.search(text, mention.span.end, mention.span.end + _DATE_AFTER_REACH) is not None:
            continue  # "from midnight on Wednesday (Feb. 24-25)": the date says which Wednesday
        if _HAPPENED.search(text, clause_start, mention.span.start) is not None:
            continue  # "collapsed within hours of taking effect at 0600 GMT on Tuesday": a day gone by
        if _MADE_PARTICIPLE_BEFORE.search(text, max(sentence.start, mention.span.start - 160), mention.span.start):
            continue  # "A truce declared by community leaders in Ambon on Sunday": the day it was made, gone by
        if _MADE_IN_ITS_CLAUSE_BEFORE.search(text, clause_start, mention.span.start):
            continue  # "agreed a temporary ceasefire in northern Shan state on Monday, ... said on Tuesday": gone by
        moved[index] = attrs.evolve(mention, when=_moved(mention.when, week), until=_moved(mention.until, week))
    return moved


def _without_the_day_of_its_fall(times: list[TimeMention], text: str, sentences: SentenceLookup) -> list[TimeMention]:
    """
    The times but a day a halt fell on, told after the day it was made in the same sentence.

    "A truce that Yanukovych announced late on Wednesday collapsed on Thursday morning": Wednesday's;
    but "a ceasefire ... collapsed on Saturday", its only day, is the day it began and fell.
    """
    kept = []
    dated: set[Span] = set()  # the sentences a day has been told in so far
    for mention in times:
        sentence = sentences.at(mention.span.start)
        if (
            sentence in dated
            and _COLLAPSED_ON_BEFORE.search(text, max(0, mention.span.start - 24), mention.span.start) is not None
        ):
            continue
        if mention.when is not None:
            dated.add(sentence)
        kept.append(mention)
    return kept


_COLLAPSED_ON_BEFORE = re.compile(
    r"(?i:\b(?:collapsed|broke\sdown|fell\sapart|unravell?ed|crumbled)\s(?:(?:early|late)\s)?(?:on\s|in\s)?)$"
)
"""A halt's fall right before a day: "collapsed on Thursday morning", "broke down late on Friday"."""
_TO_TAKE_EFFECT_BEFORE = re.compile(
    r"(?i:\b(?:to|will|would|shall)\s(?:take|come\sinto|go\sinto)\s(?:effect|force)\s(?:from\s|at\s)?)$"
)
"""A taking effect still to come right before its hour: "to take effect from midnight on Thursday"."""
_DAY_CLAUSE_REACH = 200
"""How far back a weekday's clause is read for a verb in the past."""
_ENDING_BEFORE = re.compile(r"(?i:\b(?:end|ends|ending|expire|expires|until|till|lapse|lapses)\b)[^.;]{0,24}$")
"""The end of a pause before its day: "is due to end at 6 a.m. on", "until"."""
_MADE_PARTICIPLE_BEFORE = re.compile(
    r"(?i:\b(?:truce|ceasefire|cease-fire|pause|halt)\s(?:declared|announced|agreed|brokered|reached|signed)\b)"
    r"[^.;:\"“”]{0,120}\s(?:on\s|late\s|early\s)?$"
)
"""A pause named, then the participle of its making, then the day: "A truce declared by ... leaders ... on Sunday"."""
_MADE_IN_ITS_CLAUSE_BEFORE = re.compile(
    r"(?i:\b(?:agreed|declared|signed|reached|struck|sealed)\s(?!to\s)(?:an?\s|the\s|their\s|its\s)?(?:[\w-]+\s){0,3}"
    r"(?:truce|ceasefire|cease-fire|pause|halt)\b"
    r"(?:\s(?!(?:from|starting|effective|to|for|at|until|till|by|before|after|beginning|as|of)\b)[\w'’-]+){0,6}\son\s)$"
)
"""
A pause's making told in the past, its place after it, then "on" and the day: "agreed a truce in Shan state on".

Not "agreed to a four-hour pause ... on Thursday so that", a day the pause may still be to come on.
"""


_AGREED_TO = re.compile(r"(?i:\b(?:agreed|undertook)\sto\s[^.;:!?\"“”]{0,80}$)")
"""An undertaking told before a day: "agreed to stop fighting from noon on Monday"."""
_FROM_BEFORE = re.compile(r"(?i:\bfrom\s)$")


def _agreed_from(text: str, mention: TimeMention, sentence: Span) -> bool:
    """
    Whether the day opens a range after an undertaking ("agreed to stop fighting from noon on Monday").

    Told only in the present ("Beijing says"), such a day was read as the nearer one, and the
    undertaking gives no day of its own to count a week on from.
    """
    start = mention.span.start
    if not mention.text.lower().startswith("from") and _FROM_BEFORE.search(text, max(0, start - 5), start) is None:
        return False
    return _AGREED_TO.search(text, max(sentence.start, start - 90), start) is not None


def _made_on(
    analysis: Analysis, times: list[TimeMention], sentence: Span, tables: PauseWords
) -> tuple[datetime.date | None, bool]:
    """
    The last day a sentence says the pause is made or told on: "ordered on Wednesday", "Russia said Wednesday".

    The flag tells a day that is only the publication's, from a verb in the present ("the army says").
    """
    text = analysis.article.text
    told = [
        _day_of(t.when)
        for t in times
        if t.when is not None and t.when.precision is Precision.DAY and _told_on(text, t, tables)
    ]
    days = [day for day in told if day is not None]
    if days:
        return max(days), False
    published = analysis.article.published
    if published is not None and any(
        not _RELATIVE_BEFORE.search(text, max(sentence.start, verb.start() - _RELATIVE_REACH), verb.start())
        for verb in _MADE_NOW.finditer(text, sentence.start, sentence.end)
    ):
        return published, True
    return None, False


def _told_on(text: str, mention: TimeMention, tables: PauseWords) -> bool:
    """Whether a day is one the pause was made or told on: "said Wednesday", "agreed on Tuesday to a ceasefire"."""
    start = mention.span.start
    return bool(
        SAID_BEFORE.search(text, max(0, start - 24), start)
        or tables.announcing_after.match(text, mention.span.end)
        or _MADE_ON_BEFORE.search(text, max(0, start - 60), start)
        or _UNDERTOOK_RIGHT_BEFORE.search(text, max(0, start - 16), start)
    )


_UNDERTOOK_RIGHT_BEFORE = re.compile(r"(?i:\b(?:agreed|undertook|pledged|promised|vowed)\s(?:on\s)?)$")
"""An undertaking's verb right before its day: "agreed Friday to stop shooting at 4 a.m. Saturday"."""


def _day_of(when: When) -> datetime.date | None:
    """The calendar day of a resolved value ("2016-11-04T09:00"), or None for a partial one."""
    day = _CALENDAR_DAY.match(when.value)
    try:
        return datetime.date.fromisoformat(day.group(0)) if day is not None else None
    except ValueError:  # "XXXX-11-04"
        return None


def _moved(when: When | None, by: datetime.timedelta) -> When | None:
    day = _day_of(when) if when is not None else None
    if when is None or day is None:
        return when
    return attrs.evolve(when, value=(day + by).isoformat() + when.value[10:])


def _start(
    clock: TimeMention | None, day: TimeMention | None, *, day_begins: bool = False, day_said: bool = False
) -> When | None:
    """
    When the pause begins: the clock window's own day, or the clock time on the pause's day.

    `day_begins`: the day is said to begin the pause ("beginning on Friday"), so its midnight is its first.
    `day_said`: the day is that of the saying after the clock ("from midnight, the militaries said on
    Wednesday"), so a midnight is the one that ends it.
    """
    if clock is not None and clock.when is not None:
        if (
            day is not None
            and day.when is not None
            and clock.clock_start == "00:00"
            and _CALENDAR_DAY.fullmatch(day.when.value)
            and _A_DIGIT.search(day.text) is not None  # a date said, not a weekday that may be a saying's
            and day_after(clock.when.value[:10]) == day.when.value
        ):
            # "a cease-fire beginning April 1", "to stop at midnight on March 31": one midnight, the date's first
            return attrs.evolve(clock.when, value=f"{day.when.value}T00:00")
        return clock.when
    if day is None or day.when is None:
        return None
    if clock is not None and clock.clock_start is not None and _CALENDAR_DAY.match(day.when.value):
        # The day's words are the evidence; the clock time, said elsewhere, only refines the value ("was due to
        # begin at 8:30 a.m. on Sunday took effect only at 11:15 a.m.": the day's own hour gives way).
        value = day.when.value[:10]
        if clock.clock_start == "00:00" and (
            ((day.span.end <= clock.span.start or day_said) and not day_begins) or day.text.lower() in _EVENING_DAYS
        ):
            # "agreed on Tuesday to a pause starting at midnight": the midnight that ends Tuesday, written
            # "0000 GMT" too ("declared a cease-fire on Thursday ... The cease-fire takes effect at 0000 GMT"); an
            # evening's midnight is always the one that ends it ("a ceasefire starting at midnight ... respected from
            # tonight")
            value = day_after(value) or value
        elif _OVERNIGHT.fullmatch(day.text) and clock.clock_start >= _NOON:
            # "took effect overnight", at 8 p.m.: the night ends on the story's day and began the evening before
            value = day_after(value, -1) or value
        return attrs.evolve(day.when, value=f"{value}T{clock.clock_start}", precision=Precision.MINUTE)
    return day.when


_EVENING_DAYS = frozenset({"tonight", "this evening"})
"""Days said by their evening, whose midnight is the one to come, wherever the clock time is told."""
_MIDNIGHT = re.compile(r"(?i:\bmidnight\b)")
_SAID_BETWEEN = re.compile(r",\s[^,;.]{0,40}?\b(?:said|announced|stated|declared|told\s\w+)\b")
"""A saying between a pause's clock time and a day: "from midnight, the two militaries said ... on Wednesday"."""
_SAID_DAY_GAP = 80
_SAID_DAY_REACH = 200
_BEGAN_NEAR = re.compile(
    r"(?i:\b(?:began|started|took\seffect|came\sinto\s(?:force|effect)|went\sinto\seffect|held|collapsed|ended))\b"
)


_AFTER_SIGNING = re.compile(
    r"(?i:\b(?:take|takes|taking|took|come|comes|coming|came)\s(?:effect|into\s(?:force|effect))\s"
    r"(?:(?P<count>\d{1,3})\s(?P<unit>hours|days)\s(?:after\s(?:the\s|its\s)?(?:signing|signature)|later)"
    r"|in\s(?P<count_in>\d{1,3})\s(?P<unit_in>days|weeks)))\b"
)
"""
A pause that starts some while after it is signed: "will take effect 72 hours after signing", "was signed ...
at 10 a.m. today and is to take effect 12 hours later", "signed on Tuesday, to take effect in 30 days".
"""
_APPOSED_DAY = re.compile(r",\s(?:on\s|that\sis\s|i\.e\.\s)?")
"""Between a while after a signing and the day it comes to: "24 hours after signature, on July 11"."""
_A_DIGIT = re.compile(r"\d")
_SIGNED_ON_BEFORE = re.compile(
    r"(?i:\bsigned\s(?:(?!(?:begin|begins|start|starts|effect|force|due|from)\s)[\w-]+\s){0,9}?(?:on\s|late\s|early\s)?)$"
)
"""
The day of a signing: "The deal, signed on Thursday evening", "signed the agreement on Thursday", "signed a
humanitarian ceasefire agreement here on Thursday", "signed a 45-day humanitarian ceasefire in the Chadian capital on
Thursday"; not the day a halt signed begins ("signed a seven-day ceasefire that is due to begin at 9:45 pm on Monday").
"""
_SIGNED_ON_REACH = 90
"""How far before its day a signing may start: "signed a 45-day humanitarian ceasefire in the Chadian capital on"."""


@attrs.frozen
class _AfterSigning:
    """The start of a pause told as a while after its signing: None when the while makes no day of it."""

    start: When | None


def _on_a_condition(phrases: PhraseIndex, text: str, sentences: Sequence[Span], times: Sequence[TimeMention]) -> bool:
    """
    Whether a sentence of the pause says it takes effect when something yet to happen does, with no day of its own.

    "The ceasefire will take effect on the day a final peace accord is signed": the day it was signed is not
    its start; the start is unknown.
    """
    starts = sorted(t.span.start for t in times if t.when is not None)
    for sentence in sentences:
        if not phrases.has_word(_TAKING_EFFECT_WORDS, sentence.start, sentence.end):
            continue  # most sentences: the pattern, tried at each of their characters, needs one of the words
        found = _EFFECT_ON_A_CONDITION.search(text, sentence.start, sentence.end)
        if found is None:
            continue
        after = bisect.bisect_left(starts, found.end())
        if after == len(starts) or starts[after] >= sentence.end:
            return True
    return False


_EFFECT_ON_A_CONDITION = re.compile(
    r"(?i:\b(?:will|would|shall|is\sto|was\sto)\s(?:only\s|formally\s|officially\s)?"
    r"(?:take\seffect|come\sinto\s(?:force|effect)|begin|start)"
    r"\s(?:on\sthe\sday\s(?:that\s)?|only\s)?(?:when|once|after|as\ssoon\sas|upon|the\sday)?\s?"
    # "The cease-fire will formally begin once that deal is signed": the deal told before
    r"(?:a|an|the|both|all|that|this)\s(?:[\w-]+\s){0,4}?(?:accord|agreement|deal|treaty|parties|sides)\s"
    r"(?:is|are|has|have|was|were)\s(?:been\s)?(?:signed|reached|concluded|agreed))\b"
    # "to take effect once United Nations military observers arrive", "on the arrival of the monitors"
    r"|(?i:\b(?:will|would|shall|to)\s(?:only\s)?(?:take\seffect|come\sinto\s(?:force|effect)|begin|start)\s(?:only\s)?"
    r"(?:(?:when|once|after|as\ssoon\sas)\s(?:the\s|a\s|an\s)?(?:[\w-]+\s){0,4}?"
    r"(?:observers|monitors|peacekeepers|troops|force|forces|mission)\s(?:arrive|arrives|have\sarrived|has\sarrived"
    r"|are\sdeployed|is\sdeployed|deploy|deploys)"
    r"|(?:upon|on)\sthe\s(?:arrival|deployment)\sof)\b)"
)
_NO_START_SAID = re.compile(
    r"(?i:\b(?:did|does|do)\snot\ssay\swhen\s(?:the\s|it\s|its\s)?(?:[\w-]+\s){0,3}?(?:would|will)\s"
    r"(?:take\seffect|come\sinto\s(?:force|effect)|begin|start)\b)"
)
"""A pause told to have no start yet, in any sentence: "The statement did not say when the halt would take effect"."""
_TAKING_EFFECT_WORDS = ("effect", "force", "begin", "start")
"""The words one of which `_EFFECT_ON_A_CONDITION` holds, each between spaces."""
_IN_EFFECT_WORDS = ("effect", "force")
"""The words one of which `_AFTER_SIGNING` holds, each between spaces."""
_WITHIN_WORDS = ("effect", "force", "cease", "stop", "end")
"""The words one of which `_WITHIN_A_WHILE` holds, each between spaces."""


_ON_SIGNING = re.compile(
    r"(?i:\b(?:effect|force)\s(?:immediately\s)?(?:on|upon|at)\s(?:its\s|the\s)?(?:signing|signature)\b"
    r"|\bfrom\sthe\s(?:moment|time)\sof\s(?:its\s|the\s)?(?:signing|signature)\b)"
)
"""A pause in force from its signing: "a permanent ceasefire ... that took effect on signing", "in force immediately
upon signature"."""
_SIGNED_THEN_A_DAY = re.compile(r"(?i:\b(?:signed|put\stheir\snames\sto)\b)[^.;:\"“”\n]{0,100}$")
"""A signing, then the day it was made, in one clause: "signed a comprehensive peace agreement in ... yesterday"."""


_A_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")
"""The end of a sentence between two days told with signings."""
_A_DAY_THEN_SIGNED = re.compile(r"\s(?:signed|put\stheir\snames\sto)\b")
"""A day right before its signing: "the M23 armed group on Saturday signed a declaration of principles"."""
_SIGNED_WORDS = ("signed", "names")
"""The words one of which `_SIGNED_THEN_A_DAY` holds: "signed", "put their names to" (not "initialled")."""
_AT_ONCE = re.compile(r"(?i:\b(?:effect|force)\s(?:immediately|at\sonce)\b)")
"""A halt in force at once: "takes effect immediately", "came into force at once"."""
_UNDER_THE_ACCORD = re.compile(r"(?i:\bunder\s(?:the|this|that)\s(?:accord|deal|agreement|treaty|protocol)\b)")
"""A halt told as a deal's term: "Under the accord, a cease-fire ... takes effect immediately"."""


def _on_signing(analysis: Analysis, sentences: list[Span]) -> _AfterSigning | None:
    """
    The start of a pause in force from its signing: the day of the signing told last before it is said so, else first.

    "The agreement, initialled on August 31, includes a permanent ceasefire ... that took effect on signing",
    under a lead that "signed a comprehensive peace agreement ... yesterday": yesterday; so is the day right before
    its signing ("on Saturday signed a declaration of principles in Doha. The text ... took effect on signing"), not
    that of another deal told after ("follows a peace agreement signed in Washington on June 27").
    """
    text = analysis.article.text
    said = next(
        (
            s
            for s in sentences
            if analysis.phrases.has_word(_IN_EFFECT_WORDS + _SIGNING_WORDS, s.start, s.end)
            and (
                _ON_SIGNING.search(text, s.start, s.end) is not None
                # "Under the accord, a cease-fire among the factions takes effect immediately": from its signing
                or (
                    _AT_ONCE.search(text, s.start, s.end) is not None
                    and _UNDER_THE_ACCORD.search(text, s.start, s.end) is not None
                )
            )
        ),
        None,
    )
    if said is None:
        return None
    signings = [
        t.when
        for t in itertools.islice(analysis.times, _SIGNING_SCAN)  # in the order of the text
        if t.when is not None
        and t.when.precision in {Precision.DAY, Precision.MINUTE}
        and (
            (
                analysis.phrases.has_word(_SIGNED_WORDS, max(0, t.span.start - 100), t.span.start)
                and _SIGNED_THEN_A_DAY.search(text, max(0, t.span.start - 100), t.span.start)
            )
            # "the M23 armed group on Saturday signed a declaration of principles in Doha"
            or _A_DAY_THEN_SIGNED.match(text, t.span.end) is not None
        )
    ]
    # the first day of a sentence is its signing's: "signed ... on Thursday, officials on both sides said on Friday"
    firsts = [
        when
        for i, when in enumerate(signings)
        if i == 0 or _A_SENTENCE_END.search(text, signings[i - 1].span.end, when.span.start) is not None
    ]
    told_before = [when for when in firsts if when.span.start < said.end]
    signed = told_before[-1] if told_before else next(iter(firsts), None)
    if signed is None:
        return None
    return _AfterSigning(
        start=When(value=signed.value[:10], precision=Precision.DAY, text=signed.text, span=signed.span)
    )


_SIGNING_WORDS = ("signing", "signature")
_SIGNING_SCAN = 200
"""How many of a story's time mentions, from its start, may tell the day of its signing: a bound on a long text."""
_WITHIN_A_WHILE = re.compile(
    r"(?i:\b(?:(?:take|takes|taking|took|come|comes|coming|came)\s(?:effect|into\s(?:force|effect))[\"”]?"
    r"|(?:hostilities|fighting|firing)\s(?:must|will|would|shall|are\sto|were\sto|is\sto|was\sto)\s(?:cease|stop|end))"
    r"\swithin\s(?:[\w-]+\s){1,2}?(?:hours|days|weeks)\b(?:\s(?:of|after)\s(?:the\s|its\s)?(?:signing|signature))?)"
)
"""
A pause to take effect within a while of its making: "is to take effect within 72 hours", "hostilities must
cease within 72 hours of signing" tell no day.
"""
_BY_A_DAY = re.compile(r",?\sby\s")
"""Between a while and the day it runs out: "within 72 hours, by Sunday"."""


def _within_a_while(
    phrases: PhraseIndex, text: str, times: list[TimeMention], sentences: list[Span], start: When | None
) -> _AfterSigning | None:
    """
    The start of a pause told only as coming within a while of its making: the day the while runs out by, if said.

    "is to take effect within 24 hours, by Friday evening": the Friday. "was meant to take effect within 72
    hours" under a lead "signed on Tuesday": the month only, for the day is not told, when the while ends in
    that month (else unknown); a day said after the while ("The truce began at one minute past midnight on
    Saturday") is kept.
    """
    at: dict[int, When] = {}  # the times by where they start, made once when a while is found
    for sentence in sentences:
        if not phrases.has_word(_WITHIN_WORDS, sentence.start, sentence.end):
            continue
        found = _WITHIN_A_WHILE.search(text, sentence.start, sentence.end)
        if found is None:
            continue
        at = at or {t.span.start: t.when for t in times if t.when is not None}
        by = _BY_A_DAY.match(text, found.end())
        day = at.get(by.end()) if by is not None else None
        if day is not None and day.precision in {Precision.DAY, Precision.MINUTE}:
            return _AfterSigning(
                start=When(value=day.value[:10], precision=Precision.DAY, text=day.text, span=day.span)
            )
        if start is None or _CALENDAR_DAY.match(start.value) is None:
            return None
        if start.span.start > found.start() or _TOOK_EFFECT_ON.search(
            text, max(0, start.span.start - 30), start.span.start
        ):
            continue  # a day told after the while, or told as the day it took effect, is the pause's own
        span = span_at(found.start(), found.end())
        # "signed ... on Monday that calls for a cease-fire to take effect within 30 days": June 9 to July 9; the
        # month only when the while ends in it, else unknown
        length = next((t.duration for t in times if found.start() <= t.span.start < found.end() and t.duration), None)
        made = _day_of(start)
        if length is None or made is None or (made + length).strftime("%Y-%m") != start.value[:7]:
            return _AfterSigning(start=None)
        return _AfterSigning(
            start=When(value=start.value[:7], precision=Precision.MONTH, text=found.group(0), span=span)
        )
    return None


def _after_signing(
    phrases: PhraseIndex, text: str, times: Sequence[TimeMention], sentences: list[Span]
) -> _AfterSigning | None:
    """
    The start of a pause that takes effect a stated while after its signing, from the day it was signed.

    "The deal, signed on Thursday evening ..., will take effect 72 hours after signing": the Sunday. A while
    of hours that is no number of whole days, from a signing with no clock time, tells no day: the start
    is then unknown, not the signing's day. `times` are in text order; they are read once, not for each sentence.
    """
    starts: set[int] | None = None  # where any time mention starts
    dated: dict[int, When] = {}  # the first dated day at each start ("on July 11")
    signings: list[TimeMention] = []  # the days of signings, in text order
    signing_starts: list[int] = []
    for sentence in sentences:
        if not phrases.has_word(_IN_EFFECT_WORDS, sentence.start, sentence.end):
            continue  # most sentences: the pattern, tried at each of their characters, needs one of the words
        found = _AFTER_SIGNING.search(text, sentence.start, sentence.end)
        if found is None:
            continue
        if starts is None:  # the story's days, read once, when a first sentence needs them
            starts = {t.span.start for t in times}
            for t in sorted(times, key=lambda t: t.span.start):
                if t.when is None or t.when.precision not in {Precision.DAY, Precision.MINUTE}:
                    continue
                # a weekday alone may be read in the wrong week, and so may one told with a clock ("at 9:45 p.m.
                # on Monday"): a digit must be the date's, beside a month or with no weekday
                if _A_DIGIT.search(t.text) is not None and (
                    _WEEKDAY_NAMED.search(t.text) is None or MONTH_NAMED.search(t.text) is not None
                ):
                    dated.setdefault(t.span.start, t.when)
                if _SIGNED_ON_BEFORE.search(text, max(0, t.span.start - _SIGNED_ON_REACH), t.span.start):
                    signings.append(t)
            signing_starts = [t.span.start for t in signings]
        apposed = _APPOSED_DAY.match(text, found.end())
        told = dated.get(apposed.end()) if apposed is not None else None
        if told is not None:  # "to take effect 24 hours after signature, on July 11": the day it says
            return _AfterSigning(start=told)
        before = signings[: bisect.bisect_left(signing_starts, found.start())]
        # its own sentence's signing first ("The deal, signed on Thursday evening, will take effect ..."), else
        # the last told before it ("signed a ceasefire on Thursday. The agreement takes effect 72 hours after signing")
        own = before[bisect.bisect_left(signing_starts, sentence.start, hi=len(before)) :]
        # "It took effect 48 hours later, at 9:45 p.m.": a clock of its own, read with the day elsewhere
        clocked = apposed is not None and apposed.end() in starts
        signed = own[0].when if own else before[-1].when if before and not clocked else None
        day = _day_of(signed) if signed is not None else None
        if signed is None or day is None:
            continue  # "with the truce taking effect 72 hours after signing", in a standfirst with no day
        count, unit = found.group("count", "unit") if found.group("count") else found.group("count_in", "unit_in")
        hours = int(count) * {"hours": 1, "days": 24, "weeks": 168}[unit.lower()]
        if signed.precision is Precision.MINUTE:
            moment = datetime.datetime.fromisoformat(signed.value) + datetime.timedelta(hours=hours)
            value, precision = moment.strftime("%Y-%m-%dT%H:%M"), Precision.MINUTE
        elif hours % 24 == 0:
            value, precision = (day + datetime.timedelta(hours=hours)).isoformat(), Precision.DAY
        else:
            return _AfterSigning(start=None)
        span = span_at(found.start(), found.end())
        return _AfterSigning(start=When(value=value, precision=precision, text=found.group(0), span=span))
    return None


def _next_midnight(
    analysis: Analysis,
    clock: TimeMention | None,
    day: TimeMention | None,
    times: list[TimeMention],
    tables: PauseWords | None = None,
) -> When | None:
    """
    The midnight a pause starts at when no day is said: the coming one, or the one gone if it began.

    "agreed to a 72-hour truce ... starting from midnight (2200 GMT), officials said on Friday" in a
    story of Friday: Saturday's first minute. "The truce, which began at midnight, held": Friday's.
    Told as said on another day than the story's ("said on Sunday that ... had agreed to a truce
    starting at midnight"), which midnight is not known.
    """
    published = analysis.article.published
    if published is None or day is not None or clock is None or clock.when is not None:
        return None
    if clock.clock_start != "00:00" or not _MIDNIGHT.search(clock.text):
        return None
    text = analysis.article.text
    said_days = [
        t
        for t in times
        if abs(t.span.start - clock.span.start) <= _SAID_DAY_REACH
        and t.when is not None
        and SAID_BEFORE.search(text, max(0, t.span.start - 24), t.span.start)
    ]
    # "announced yesterday that there would be a complete cessation ... from midnight": the midnight after
    # that saying, a future seen from it; "said on Sunday that ... had agreed to a truce starting at
    # midnight" says not which midnight
    foreseen = [
        said_day
        for t in said_days
        if t.when is not None
        and t.span.end < clock.span.start
        and _FORESEEN_AFTER.search(text, t.span.end, clock.span.start) is not None
        and (said_day := _day_of(t.when)) is not None
        and said_day < published
    ]
    if not foreseen and any(t.when is not None and t.when.value[:10] != published.isoformat() for t in said_days):
        return None
    began = _BEGAN_NEAR.search(text, max(0, clock.span.start - 40), min(len(text), clock.span.end + 20))
    # "on Tuesday agreed to a cessation of firing with effect from midnight", told on Wednesday: the
    # midnight after the day it was made
    made = next(
        (
            made_day
            for t in times
            if tables is not None
            and abs(t.span.start - clock.span.start) <= _SAID_DAY_REACH
            and t.when is not None
            and tables.announcing_after.match(text, t.span.end)
            and (made_day := _day_of(t.when)) is not None
            and made_day < published
        ),
        None,
    )
    made_on = made if made is not None else foreseen[0] if foreseen else published
    first = made_on if began else made_on + datetime.timedelta(days=1)
    return When(value=f"{first.isoformat()}T00:00", precision=Precision.MINUTE, text=clock.text, span=clock.span)


_TOOK_EFFECT_AT = re.compile(
    r"(?i:\b(?:(?:took|taken)\s(?:effect|hold)|(?:came|come|went|gone)\sinto\s(?:effect|force)|began|begun|started|ran"
    # "had begun observing a unilateral 10-day humanitarian truce at 6 a.m.": the halt kept from then
    r"|(?:began|begun|started)\s(?:observing|implementing|to\sobserve)\s(?:a|an|the|its|their)\s(?:[\w-]+\s){0,4}?"
    r"(?:truce|ceasefire|cease-fire|pause|halt)"
    # "The Israeli army stopped its raids at 9:00 am": the blows halted then
    r"|(?:halted|stopped|ceased|suspended)\s(?:its|their|the|all)\s(?:[\w-]+\s)?(?:raids|strikes|airstrikes|shelling"
    r"|bombing|bombardment|attacks|operations|offensive|fire|firing))"
    r"\s(?:(?:shortly\s|soon\s|just\s)?(?:at|from|after)\s)?)$"
)
"""
A pause told as begun right before its clock time: "took effect at", "had taken effect at", "ran from", "took hold
shortly after".
"""
_TOOK_EFFECT_REACH = 80


def _today_at_its_clock(
    analysis: Analysis, clock: TimeMention | None, day: TimeMention | None, times: list[TimeMention]
) -> When | None:
    """
    The start of a pause told at a clock time with no day, begun or to begin: that time on the day of publication.

    Begun: "The factions said that it took effect at 4:30 p.m. (1430 GMT)" in a story of that day; a wire story
    names the day of anything older. To begin: "Egypt announced on Wednesday a ceasefire ... to take effect at 9
    p.m. (1900 GMT)", told on Wednesday, only when made on a day told before the clock time ("would take effect at
    4:30 p.m." alone may be today's or tomorrow's), and never at midnight (left to `_next_midnight`). A day said
    near that is not the story's ("said on Sunday the truce took effect at 6 p.m.") leaves the start unknown.
    """
    published = analysis.article.published
    if published is None or day is not None or clock is None or clock.when is not None or clock.clock_start is None:
        return None
    text = analysis.article.text
    before = text[max(0, clock.span.start - _TOOK_EFFECT_REACH) : clock.span.start]
    begun = _TOOK_EFFECT_AT.search(before) is not None
    if not begun and (_TO_BEGIN_AT.search(before) is None or clock.clock_start == "00:00"):
        return None
    today = published.isoformat()
    near = [t for t in times if t.when is not None and abs(t.span.start - clock.span.start) <= _SAID_DAY_REACH]
    if any(t.when is not None and t.when.value[:10] != today for t in near):
        return None
    if not begun and not any(t.span.end <= clock.span.start for t in near):
        return None
    return When(value=f"{today}T{clock.clock_start}", precision=Precision.MINUTE, text=clock.text, span=clock.span)


_TO_BEGIN_AT = re.compile(
    r"(?i:\b(?:to|will|would|shall|is\sdue\sto|was\sdue\sto)\s(?:take\seffect|come\sinto\s(?:effect|force)|begin|start)"
    r"\s(?:(?:at|from)\s)?)$"
)
"""A pause told as to begin right before its clock time: "to take effect at", "will begin at", "is due to start"."""
_FORESEEN_AFTER = re.compile(r"\bthat\s(?:[\w'’-]+\s){0,4}?(?:would|will)\s")
"""A future told from a saying: "announced yesterday that there would be", "said on Monday that the truce will"."""
_LENGTH_THEN_START = re.compile(
    r"(?:\s(?:humanitarian\s)?(?:window|pause|truce))?\s(?:opening\s|starting\s|beginning\s)?"
)
"""Between a length and the time the pause opens at ("for two days from", "a 12-hour window opening at")."""
_OVERNIGHT = re.compile(r"(?i:overnight)")
_NOON = "12:00"


def _closing_time(start: When | None, times: list[TimeMention], text: str) -> When | None:
    """
    The start's day at a clock time said apart to end the pause: "began at 6 a.m. ... was due to end at 2 p.m.".

    "until 2 p.m." gives an end by itself; a bare clock time only after a verb of ending.
    """
    day = _CALENDAR_DAY.match(start.value) if start is not None and start.precision is Precision.MINUTE else None
    if start is None or day is None:
        return None
    opens = start.value[len(day.group(0)) + 1 :]
    for mention in times:
        if mention.when is not None:
            continue
        closing = mention.clock_end if mention.clock_start is None else None
        if closing is None and mention.clock_end is None and mention.clock_start is not None:
            ended = _ENDS_AT.search(text, max(0, mention.span.start - 24), mention.span.start)
            closing = mention.clock_start if ended is not None else None
        if closing is not None and closing > opens:
            return When(
                value=f"{day.group(0)}T{closing}", precision=Precision.MINUTE, text=mention.text, span=mention.span
            )
    return None


_RUNS_OUT_AT_BEFORE = re.compile(
    r"(?i:\b(?:runs?\sout|ran\sout|expires|expired|lapses|lapsed|due\sto\s(?:expire|run\sout|lapse))\s(?:(?:at|on)\s)?)$"
)
"""A halt's running out right before a time: "runs out at 10 p.m.", "is due to expire on Friday"."""


def _window_end(start: When | None, clock: TimeMention | None) -> When | None:
    """
    The end of a one-off window said apart from its day: the start's day at its closing time.

    "... on Friday. The pause is to last from 8 a.m. to 4 p.m. Moscow time": Friday 16:00, the
    next day's when the window runs past midnight; the clock's words are the evidence.
    """
    if start is None or start.precision is not Precision.MINUTE or clock is None or clock.until is not None:
        return None  # a window with its own end ("until 6 p.m. Tuesday") is read by `_end`
    day = _CALENDAR_DAY.match(start.value)
    if day is None or clock.clock_start is None or clock.clock_end is None:
        return None
    end_day = day.group(0) if clock.clock_end > clock.clock_start else day_after(day.group(0))
    if end_day is None:
        return None
    return When(value=f"{end_day}T{clock.clock_end}", precision=Precision.MINUTE, text=clock.text, span=clock.span)


_CALENDAR_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")


_BEFORE_TRIGGER = re.compile(r"[\s\w\"“”-]{0,25}")  # "a 48-hour \"no-fire\" pause"
_AFTER_TRIGGER = re.compile(
    r"[\"”]?"  # 'agreed to "a pause in fighting" for three days': the quotation the mention closes
    # "The truce, brokered by the United States and France, is to hold for": a participle's phrase after the mention
    r"(?:,\s[a-z]{3,}ed\s(?:by\s)?[^,.;:\"“”]{1,60}?,)?"
    r"(?:\s(?:will|would|to|is|was)(?:\sto)?(?:\s(?:initially|first|only|then))?(?:\s(?:hold|last|run|be|continue|go\son|stay|remain))?"
    r"(?:\s(?:open|in\splace|in\seffect|in\sforce))?|\s(?:fighting|(?:military\s)?operations|hostilities))?"
    # "in the city of Hodeidah for three days"; "in the commune of Anzourou, in the western Tillabéri region, for";
    # "its offensive against Kurdish-led fighters in northeastern Syria for 120 hours"
    r"(?:,?\s(?:in|on|around|across|along|against)\s(?:the\s)?[^,.;:\"“”]{1,60}?){0,2},?"
    r"(?:\s[\"“]?(?:of|for|lasting)|,?\s(?:which|that)\s(?:(?:is|was|are|were)\s(?:due\s|set\s)?to\s|will\s|would\s)?last"
    r"|(?<=\slast))"  # "The ceasefire would last 48 hours"
    r"\s(?:about\s|an\sinitial\s|the\sfirst\s|(?:an\s)?(?:initial\s|first\s)?period\sof\s)?"
)
"""
From a mention to its length: "a ceasefire of three days", "the pause will hold for", "pause fighting for",
"a cessation of hostilities for an initial period of 30 days", "The ceasefire will initially last for 10 days",
"The truce, brokered by the United States and France, is to hold for an initial 60 days".
"""
_ELAPSED = re.compile(r"\s(?:into|after|since)\s")  # "five days into the truce": time gone by, not its length
_WITHIN_BEFORE = re.compile(r"(?i:\bwithin)\s$")
"""Before a while that is a deadline, not a length: "within two days of the ceasefire", "within 72 hours"."""


def _end(clock: TimeMention | None, times: list[TimeMention], text: str, start: When | None = None) -> When | None:
    """
    When the pause ends: its clock window's end, else "until midnight on Sunday", else "until April 22".

    A range that opens before the pause's start is another period ("It covers the period from 23 to
    27 August", in a report on a pause from 25 August).
    """
    if clock is not None and clock.until is not None:
        return clock.until
    until = next(
        (
            t.until
            for t in times
            if t.until is not None
            and t.clock_start is None
            and not (t.when is not None and start is not None and t.when.value[:10] < start.value[:10])
        ),
        None,
    )
    if until is not None:
        return until
    if clock is not None and clock.when is not None and clock.clock_end is None:
        # "will open on Saturday from 9 a.m. ... will hold their fire along the route until 9 p.m.": that day's 9 p.m.
        ending = next((t for t in times if t.clock_end is not None and t.clock_start is None and t.when is None), None)
        day = clock.when.value.partition("T")[0]
        if (
            ending is not None
            and ending.clock_end is not None
            and _CALENDAR_DAY.fullmatch(day)
            and clock.clock_start is not None
            and ending.clock_end > clock.clock_start
        ):
            return When(
                value=f"{day}T{ending.clock_end}", precision=Precision.MINUTE, text=ending.text, span=ending.span
            )
    return next(
        (
            t.when
            for t in times
            if t.when is not None
            and t.when.precision in {Precision.DAY, Precision.MINUTE}
            and _UNTIL_BEFORE.search(text, max(0, t.span.start - _UNTIL_REACH), t.span.start)
            and not _ended_by_a_pause(text, t)
        ),
        None,
    )


_ENDS_AT = re.compile(
    r"(?i:\b(?:end|ends|ended|ending|expire|expires|expired|close|closes|closed|finish|finishes))\s(?:at\s)?$"
)


def _before(end: When, start: When) -> bool:
    """Whether an end lies before a start, both full calendar days (or minutes)."""
    if not (_FULL_DAY.match(end.value) and _FULL_DAY.match(start.value)):
        return False
    common = min(len(end.value), len(start.value))  # a day against a minute: the days
    return end.value[:common] < start.value[:common]


_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _weekday_after(end: When, start: When, published: datetime.date | None) -> When | None:
    """
    An end named by its weekday and read as before the start, moved to that weekday in the week after.

    Only for a pause still to come on the day of publication: one that began before it and "expired on
    Tuesday" expired on the Tuesday gone.
    """
    if published is None or start.value[:10] < published.isoformat():
        return None
    if not _WEEKDAY_NAMED.search(end.text) or _PAST_END.search(end.text):
        return None
    moved = day_after(end.value[:10], 7)
    if moved is None:
        return None
    later = attrs.evolve(end, value=moved + end.value[10:])
    return later if not _before(later, start) else None


_WEEKDAY_NAMED = re.compile(r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")
_PAST_END = re.compile(r"(?i:\blast\b)")


def _elapsed(start: When | None, end: When | None) -> datetime.timedelta | None:
    """The time from a start to an end written alike (two days, or two clock times on known days)."""
    if start is None or end is None or len(start.value) != len(end.value):
        return None
    try:
        elapsed = datetime.datetime.fromisoformat(end.value) - datetime.datetime.fromisoformat(start.value)
    except ValueError:
        return None  # a partial value ("XXXX-WXX-2") gives no length
    if end.value.endswith("T23:59"):
        elapsed += datetime.timedelta(
            minutes=1
        )  # "from 00:00 on May 25 to 23:59 on May 27": to the day's end, 72 hours
    return elapsed if elapsed > datetime.timedelta(0) else None


def _duration(times: list[TimeMention], triggers: list[_Trigger], text: str) -> datetime.timedelta | None:
    """A duration written next to a mention: "a 72-hour ceasefire", "four-hour daily pauses", "for three days"."""
    starts = [t.span.start for t in triggers]
    # (distance to the mention, duration); None for a length in months, which has no fixed one but is still the
    # nearest mention's ("A four-month cessation of hostilities ... builds on a week-long ceasefire")
    found: list[tuple[int, datetime.timedelta | None]] = []
    for t in times:
        if t.duration is None and not _UNFIXED_LENGTH.search(t.text):
            continue
        if _WITHIN_BEFORE.search(text, max(0, t.span.start - 8), t.span.start):
            continue  # "must start pulling heavy guns back within two days of the ceasefire": a deadline
        following = bisect.bisect_left(starts, t.span.end)
        if (
            following < len(triggers)
            and _BEFORE_TRIGGER.fullmatch(text, t.span.end, starts[following])
            and not _ELAPSED.match(text, t.span.end)
        ):
            found.append((starts[following] - t.span.end, t.duration))
        preceding = triggers[following - 1] if following > 0 else None
        if preceding is not None and _AFTER_TRIGGER.fullmatch(text, preceding.span.end, t.span.start):
            found.append((t.span.start - preceding.span.end, t.duration))
    return min(found, key=lambda pair: pair[0])[1] if found else None  # the nearest: "five days into a two-week truce"


_UNFIXED_LENGTH = re.compile(r"-month(?:-long)?$|^month-long$", re.IGNORECASE)
"""
A pause's length in months, said of it ("a four-month truce", "a month-long ceasefire"): no fixed number of hours,
so no `duration`; not "for more than two years", which tells how long something else went on.
"""


def _within_its_day(
    duration: datetime.timedelta | None, start: When | None, end: When | None
) -> datetime.timedelta | None:
    """
    The length of a pause that opens and closes at clock times of one day: the time between them.

    "on Monday from 6 a.m. to 6 p.m." is twelve hours, whatever length the story tells of another pause ("A
    two-day truce announced in Kumba in March collapsed", "a day after a six-hour truce ... collapsed").
    """
    if duration is None or start is None or end is None:
        return duration
    at_minutes = _FULL_MINUTE.fullmatch(start.value) and _FULL_MINUTE.fullmatch(end.value)
    if not at_minutes or start.value[:10] != end.value[:10]:
        return duration
    return _elapsed(start, end) or duration


_A_DAY = datetime.timedelta(days=1)


def _deal_length(times: Iterable[TimeMention], text: str) -> datetime.timedelta | None:
    """The length of the deal that makes the pause, said apart from it: "The 60-day agreement provides for"."""
    lengths = {t.duration for t in times if t.duration is not None and _DEAL_AFTER.match(text, t.span.end)}
    return lengths.pop() if len(lengths) == 1 else None


_DEAL_AFTER = re.compile(r"\s(?:agreement|deal|accord|arrangement)\b")


def _status(analysis: Analysis, triggers: list[_Trigger], tables: PauseWords) -> Status:
    """Where the pause stands, from the verbs around its mentions; an end or failure outweighs the rest."""
    text = analysis.article.text
    found = Status.UNKNOWN
    for trigger in triggers:
        made = tables.status_before.search(
            text, max(trigger.sentence.start, trigger.span.start - 40), trigger.span.start
        )
        if made is not None and not _quoted(text, trigger.sentence.start, made.start()):
            return tables.statuses_before[" ".join(made.group("verb").lower().split())]  # "suspended the ceasefire"
        start = max(trigger.sentence.start, trigger.span.start - 50)
        end = min(trigger.sentence.end, trigger.span.end + 50)
        for word in analysis.phrases.within(tables.status_words, start, end):
            if _quoted(text, trigger.sentence.start, word.start()):
                continue  # "we must make sure this pause is extended" is a wish, not the pause's state
            clause = _TIME_CLAUSE.search(text, trigger.span.end, word.start())
            if clause is not None and "," not in text[clause.end() : word.start()]:
                continue  # "The truce comes a month after Duterte ended peace talks": another clause's verb
            if word.end() <= trigger.span.start and _CLAUSES_JOINED.search(text, word.end(), trigger.span.start):
                continue  # "Similar truces have collapsed, and the ceasefire has held": the clause before's verb
            status = tables.statuses[" ".join(word.group(0).lower().split())]
            if status in {Status.FAILED, Status.ENDED, Status.EXTENDED}:
                return status
            # "was supposed to take hold at noon ... after the truce took effect": it holds, whatever was planned
            if found is Status.UNKNOWN or (status is Status.ONGOING and found is Status.PLANNED):
                found = status
    return found


_TIME_CLAUSE = re.compile(r"\s(?:after|since|before|when)\s(?!(?:it|its|they)\s)")
"""
A clause of time after a mention, of something else than the pause: what its verbs tell is not the pause's
state ("comes a month after Duterte ended peace talks"; but "shaken two days after it took effect" is its own).
"""
_CLAUSES_JOINED = re.compile(r",\s(?:and|but|while|whereas)\s|;")
"""Where one clause ends and the next begins: a status verb before it is the first clause's."""


def _quoted(text: str, start: int, position: int) -> bool:
    """Whether `position` lies inside a quotation opened since `start` (read back at most 300 characters)."""
    before = text[max(start, position - 300) : position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _purpose(text: str, triggers: list[_Trigger], tables: PauseWords) -> str | None:
    for trigger in triggers:
        found = tables.purpose.search(text, trigger.span.end, min(trigger.sentence.end, trigger.span.end + 200))
        if found is not None and found.start() - trigger.span.end <= 80:
            purpose = one_line(found.group(0).strip().rstrip(","))  # on one line, wherever the text broke it
            return _PURPOSE_LEAD.sub("", purpose)
    return None


_NAMED_BEFORE = re.compile(rf"(?<=[\w’'-][\s-])[{UPPER}][\w’'-]*[\s-]$")
"""A capitalised word inside a sentence, right before: "the Lobito Corridor", "the Kherson-Crimea Corridor"."""


_URGED_TO_OPEN_BEFORE = re.compile(
    r"(?i:\b(?:urged|urging|urges|urge|called\son|calling\son|calls\son|appealed\sto|asked)\s(?:[\w'’-]+\s){0,5}?"
    r"to\s(?:open|allow|create|establish|set\sup|agree(?:\sto|\son)?|guarantee|provide)\s(?:[\w-]+\s)?[\"“]?(?:[\w-]+\s)?)$"
)
"""A corridor only urged: 'urged the two warring sides to open "safe corridors" for relief convoys'."""
_NOT_CORRIDOR_REACH = 40
"""How far before a corridor its words of another kind may start: "ships safe passage along a corridor"."""


def _corridors(
    analysis: Analysis, tables: PauseWords, sentences: SentenceLookup
) -> tuple[list[Corridor], list[Span], list[Span]]:
    """
    Each corridor the text counts or sends somewhere, the sentences that speak of corridors, and its mentions.

    The mentions are each corridor's words, the ones told again included ("The corridor will be
    open for six hours"): a pause known only by its corridors takes its hours from them.
    """
    text = analysis.article.text
    corridors: list[Corridor] = []
    beneficiaries: dict[Span, tuple[str, ...]] = {}
    spoken: list[Span] = []
    told: list[Span] = []
    ends = [n.span.end for n in analysis.numbers]
    headline_end = title_end(analysis.article)
    # "Civilians may travel along the Singa-Sennar road to Sennar town": a road to a place, used to leave
    roads = [
        road
        for road in analysis.phrases.all(_ROAD)  # tried where "along" is, not at every character
        if _PASSAGE_IN_CLAUSE_BEFORE.search(text, max(0, road.start() - _PASSAGE_REACH), road.start())
        and not _SETTLED_BEFORE.search(text, max(0, road.start() - 14), road.start())
    ]
    # "along two designated roads heading north to the town of Balad", "Four other roads, running west to ...",
    # "through three designated passages toward Talbiseh", "through two exits to the harbour": ways counted and sent
    # somewhere, corridors by another name
    roads += [
        road
        for road in analysis.phrases.all(_ROADS)
        if (counted := _COUNT_OF_WAYS_BEFORE.search(text, max(0, road.start() - _COUNT_REACH), road.start()))
        is not None
        and (
            _WAY_VERB_BEFORE.search(text, max(0, counted.start() - 16), counted.start()) is not None
            or _HEADING_AFTER.match(text, road.end()) is not None
        )
        # "would fall back 500 metres from the two roads leading to the port": ways kept clear, not taken
        and _AWAY_FROM_BEFORE.search(text, max(0, counted.start() - 12), counted.start()) is None
        # "The columns moved along three roads, from Ingushetia in the west": an army's advance, no way out
        and _ARMED_ADVANCE_BEFORE.search(text, max(0, counted.start() - _ARMED_ADVANCE_REACH), counted.start()) is None
    ]
    found = analysis.phrases.all(tables.corridor)
    # "The first corridor will run north to Dangila ... The second, a gravel road to Injibara": the second too
    firsts = [m.end() for m in found if _FIRST_BEFORE.search(text, max(0, m.start() - 10), m.start())]
    if firsts:
        roads += [
            m
            for m in _ORDINAL_LEFT_OUT.finditer(text, firsts[0], firsts[0] + _ORDINAL_REACH)
            if analysis.phrases.first(tables.corridor, m.start(), m.end() + 4) is None  # not "The second corridor"
        ]
    mentions = sorted([*found, *roads], key=lambda m: m.start()) if roads else found
    for match in mentions[:_MAX_CORRIDOR_MENTIONS]:  # a story names a handful; a text with thousands is no story
        is_road = match.re is _ROAD
        if (
            _no_way_out(text, match, tables)
            or _LIKENED_BEFORE.search(text, max(0, match.start() - 40), match.start())
            or _DENIED_TO_BE_BEFORE.search(text, max(0, match.start() - 30), match.start())
            or _URGED_TO_OPEN_BEFORE.search(text, max(0, match.start() - 80), match.start())
            or _CARGO_AFTER.match(text, match.end()) is not None
            or _CARGO_THROUGH_BEFORE.search(text, max(0, match.start() - _CARGO_THROUGH_REACH), match.start())
            or _HELD_FOR_ITSELF_AFTER.match(text, match.end()) is not None
            or (match.group(0).lower() in _HALLWAY_WORDS and _INDOORS_AFTER.match(text, match.end()) is not None)
            or (
                match.group(0).lower() in _ROUTE_WORDS
                and _ROUTE_IN_APPOSITION_BEFORE.search(text, max(0, match.start() - 6), match.start()) is not None
                and _ROUTE_DESCRIBED_AFTER.match(text, match.end()) is not None
            )
            or _STILL_SOUGHT_BEFORE.search(text, max(0, match.start() - 50), match.start())
            # "Aid agencies have asked for a humanitarian corridor": one asked for, none opened
            or asked_for_before(analysis.phrases, max(0, match.start() - ASKED_FOR_REACH), match.start())
            or _SAYS_NO_AFTER.match(text, match.end(), sentences.at(match.start()).end)
            # "A humanitarian corridor is an agreed route ...": any corridor, defined
            or (
                _DEFINED_AFTER.match(text, match.end()) is not None
                and _A_BARE.search(text, max(0, match.start() - 20), match.start()) is not None
            )
            # "proposed that Britain press at the U.N. Security Council for a humanitarian corridor": sought, not opened
            or _SOUGHT_FOR_BEFORE.search(
                text, max(sentences.at(match.start()).start, match.start() - 80), match.start()
            )
        ):
            continue  # "an energy corridor whose pipelines"; 'described the arrangement as "a humanitarian corridor
        if (
            match.start() >= headline_end
            and match.group(0) == "Corridor"
            and _NAMED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ):
            continue  # "the Lobito Corridor, a railway": a route's name, no corridor opened
        if match.group(0) in _ROUTE_NAMES and _STREET_AFTER.match(text, match.end()):
            continue  # "lined up at a station on Route de Delmas", "Route 9": a street's name
        sentence = sentences.at(match.start())
        if sentence not in spoken:
            spoken.append(sentence)
        index = bisect.bisect_right(ends, match.start()) - 1
        number = analysis.numbers[index] if index >= 0 else None
        if number is not None and not _ADJECTIVES_ONLY.fullmatch(text, number.span.end, match.start()):
            number = None  # "two special corridors" counts them; "2,000 people ... corridors" does not
        # "a humanitarian corridor would be opened" is one; a later "a corridor" with nowhere to go
        # is most often a manner of speaking ("nobody trusts a corridor that ...").
        single = (
            not is_road
            and not corridors
            and number is None
            and not match.group(0).endswith("s")
            and not _CALLED_SO_BEFORE.search(text, max(sentence.start, match.start() - 60), match.start())
            # 'calls the road from Mogadishu to Jowhar a "humanitarian corridor"': a name given, none opened
            and _ONE_BEFORE.search(text, max(sentence.start, match.start() - 40), match.start())
        )
        clause = _corridor_clause(text, sentence, match.start())
        # within its own clause: not "three routes ..., while civilians ... any of five others running north to Gereshk"
        destination_place = _place_after(
            tables.destination, analysis, match.end(), min(clause.end, match.end() + _DESTINATION_REACH), tables
        )
        if destination_place is None:
            destination_place = _destination_before(
                tables.destination_just_before if is_road else tables.destination_before,
                analysis,
                sentence,
                match.start(),
                tables,
            )
        origin_place = _place_after(tables.origin, analysis, match.end(), min(sentence.end, match.end() + 60), tables)
        if origin_place is None:
            origin_place = _destination_before(tables.origin_before, analysis, sentence, match.start(), tables)
        between = _BETWEEN_PLACES.search(text, match.end(), min(sentence.end, match.end() + 80))
        if (
            between is not None and origin_place is None and destination_place is None
        ):  # "a corridor between Ulang and Malakal"
            origin_place, destination_place = _place_pair(between, analysis, tables)
        if (number is None or is_road) and not single and destination_place is None:
            continue
        if is_road:
            number = None  # one road: counted as one below
        told.append(span_at(match.start(), match.end()))
        count = (
            int(number.value)
            if number is not None and isinstance(number.value, int) and not number.vague
            else 1
            if single or is_road
            else None
        )
        following = sentences.at(sentence.end + 1) if sentence.end < len(text) else sentence
        # "... a corridor. Armed personnel may not use the corridor.": the next sentence may say who may not
        armed_in = clause
        if (
            clause.end == sentence.end
            and following.start >= sentence.end
            and (
                analysis.phrases.first(tables.corridor, following.start, following.end)
                or _USE_IT.search(text, following.start, following.end)  # "No armed men will be allowed to use it"
            )
        ):
            armed_in = span_at(clause.start, following.end)
        if clause not in beneficiaries:
            beneficiaries[clause] = _beneficiaries(analysis, clause, tables)  # once a clause, however many corridors
        # its own clause first: "for PKK/YPG members ... carrying only their personal weapons. A second
        # corridor, open only to civilians ... no armed person will be allowed to use it"
        own_arms = _armed(analysis.phrases, clause, tables)
        corridor = Corridor(
            count=count,
            beneficiaries=beneficiaries[clause],
            armed=own_arms if own_arms is not None else _armed(analysis.phrases, armed_in, tables),
            origin=origin_place,
            destination=destination_place,
            conditions=_conditions(analysis.phrases, clause, tables),
            evidence=span_at(
                number.span.start if number is not None else single.start() if single else match.start(), match.end()
            ),
        )
        # the latest with that count: "opens three routes" in a title, "three corridors" in the lead, then "All three"
        same = next(
            (i for i in reversed(range(len(corridors))) if number is not None and corridors[i].count == number.value),
            None,
        )
        going = next(  # "corridors from Kyiv ..., with some routes leading to Russia": the same way out, again
            (
                i
                for i, c in enumerate(corridors)
                if number is None and c.destination and c.destination == corridor.destination
            ),
            None,
        )
        if (
            same is not None
            and number is not None
            and _DEFINITE.search(text, max(0, number.span.start - 9), number.span.start)
        ):
            # "the two corridors designated for opposition": the same ones, for whom the words after them say
            for_whom = _FOR_WHOM.search(text, match.end(), clause.end)
            whom = _beneficiaries(analysis, span_at(for_whom.end(), clause.end), tables) if for_whom else ()
            corridors[same] = _enriched(corridors[same], attrs.evolve(corridor, beneficiaries=whom))
        elif (
            same is not None
            and number is not None
            and _DEFINITE.search(text, max(0, corridors[same].evidence.start - 9), corridors[same].evidence.start)
        ):
            # "pulled back from the three corridors designated for the insurgents", then "via three special
            # corridors": the ones referred to first, told in full later
            corridors[same] = _enriched(corridor, corridors[same])
        elif going is not None:
            corridors[going] = _enriched(corridors[going], attrs.evolve(corridor, beneficiaries=()))
        elif (
            number is None
            and len(in_body := [i for i, c in enumerate(corridors) if c.evidence.start >= headline_end]) == 1
            and _DEFINITE.search(text, max(0, match.start() - 9), match.start())
        ):
            # "two safe corridors for civilians ... The routes lead south to ... Hammam al-Alil": the ones told
            corridors[in_body[0]] = _enriched(corridors[in_body[0]], attrs.evolve(corridor, beneficiaries=()))
        else:
            corridors.append(corridor)
    corridors = _counted_later(corridors, text)
    corridors += _others_counted(analysis, corridors, tables, sentences)
    corridors = _parts_of_a_count(analysis, corridors, tables, sentences)
    corridors = _parts_named_again(corridors, text)
    headline = [c for c in corridors if c.evidence.start < headline_end]  # "opens 2 corridors", told again below
    corridors = headline + _told_one_by_one(corridors[len(headline) :])
    body = [c for c in corridors if c.evidence.start >= headline_end]
    told_in_body = [span for span in told if span.start >= headline_end]
    kept = _without_totals(_armed_as_told_of_them(analysis, body or corridors, sentences, tables))
    return kept, spoken, (told_in_body or told)  # the title's "two corridors" repeats the body's


def _without_totals(corridors: list[Corridor]) -> list[Corridor]:
    """
    Drop a count of corridors that only sums those told after it, each with its own people or way.

    "allowed out through five corridors on Sunday ... Three corridors will be open for civilians ...,
    and two for the wounded": five is the three and the two, told first.
    """
    kept = []
    for index, corridor in enumerate(corridors):
        later = [c.count for c in corridors[index + 1 :] if c.count is not None]
        if (
            corridor.count is not None
            and corridor.destination is None
            and len(later) >= 2  # a total is of two parts or more
            and sum(later) == corridor.count
        ):
            continue
        kept.append(corridor)
    return kept


_MAX_CORRIDOR_MENTIONS = 200
"""
The most corridor mentions read from one text. Each is compared with the corridors read before it (is it
one told again?), so a text with thousands would cost their square; no story names more than a few dozen.
"""
_FIRST_BEFORE = re.compile(r"(?i:\b(?:the|a)\sfirst)\s$")
_ORDINAL_LEFT_OUT = re.compile(
    r"\b(?:The|the|A|a)\s(?:second|third|fourth|other)(?=,\s(?:a|an|the)\s|\s(?:runs|leads|goes|will|would)\b)"
)
"""A corridor told after "the first corridor" with its noun left out: "The second, a gravel road to Injibara"."""
_ORDINAL_REACH = 600
"""How far after the first corridor the others may be told: the next sentences."""


def _others_counted(
    analysis: Analysis, corridors: list[Corridor], tables: PauseWords, sentences: SentenceLookup
) -> list[Corridor]:
    """
    Corridors counted with their noun left out, right after counted ones: "Another five will be opened for women".

    Only in the sentence of the last counted corridor or the next one, so that "another five" of
    anything else is left alone.
    """
    counted = [c for c in corridors if c.count is not None]
    if not counted:
        return []
    text = analysis.article.text
    last = sentences.at(counted[-1].evidence.start)
    following = sentences.at(last.end + 1) if last.end < len(text) else last
    found: list[Corridor] = []
    for number in analysis.numbers:
        if not (last.start <= number.span.start < following.end) or number.span.start < counted[-1].evidence.end:
            continue
        if not isinstance(number.value, int):
            continue
        others = _OTHERS_AFTER_COUNT.match(text, number.span.end)  # "any of five others running north"
        # "Three corridors will be open for civilians, ..., and two for the wounded": the rest, for others
        elided = (
            number.span.start < last.end
            and ":"
            not in text[counted[-1].evidence.end : number.span.start]  # "Four corridors: one ..., and three for"
            and _AND_BEFORE_COUNT.search(text, max(0, number.span.start - 8), number.span.start) is not None
            and _FOR_WHOM_AFTER_COUNT.match(text, number.span.end) is not None
        )
        if elided:
            others = _FOR_WHOM_AFTER_COUNT.match(text, number.span.end)
        if others is None and _ANOTHER.search(text, max(0, number.span.start - 12), number.span.start) is None:
            continue
        if others is None and _VERB_AFTER_COUNT.match(text, number.span.end) is None:
            continue  # "another five days": a count of something else
        sentence = sentences.at(number.span.start)
        clause = _corridor_clause(text, sentence, number.span.start)
        found.append(
            Corridor(
                count=None if number.vague else number.value,  # "several other corridors": more, but how many untold
                beneficiaries=_beneficiaries(analysis, clause, tables),
                armed=_armed(analysis.phrases, clause, tables),
                destination=_place_after(
                    tables.destination, analysis, number.span.end, min(clause.end, number.span.end + 160), tables
                ),
                conditions=_conditions(analysis.phrases, clause, tables),
                evidence=span_at(number.span.start, number.span.end),
            )
        )
    return found


def _parts_of_a_count(
    analysis: Analysis, corridors: list[Corridor], tables: PauseWords, sentences: SentenceLookup
) -> list[Corridor]:
    """
    A count of corridors told in parts after a colon or a dash: the parts, each with its own people and way.

    "Three corridors will be open: two for civilians, ... to Pemba ..., and one for wounded fighters, who may
    leave with their weapons ... to the Messalo River" is two corridors and one, not three alike.
    """
    kept: list[Corridor] = []
    for corridor in corridors:
        parts = _parts(analysis, corridor, sentences) if corridor.count is not None and corridor.count > 1 else []
        if (len(parts) < 2 or sum(int(part.value) for part in parts) != corridor.count) and (corridor.count or 0) > 1:
            parts = _parts(analysis, corridor, sentences, _PART_WAY)
        if len(parts) < 2 or sum(int(part.value) for part in parts) != corridor.count:
            kept.append(corridor)
            continue
        sentence_end = sentences.at(corridor.evidence.start).end
        for part, following in zip(parts, [*parts[1:], None], strict=True):
            clause = span_at(part.span.start, following.span.start if following is not None else sentence_end)
            kept.append(
                Corridor(
                    count=int(part.value),
                    # "Two corridors have opened for aid convoys: one from Baraka to Mikenge and one ...": theirs
                    beneficiaries=_beneficiaries(analysis, clause, tables) or corridor.beneficiaries,
                    armed=_armed(analysis.phrases, clause, tables),
                    origin=corridor.origin,
                    destination=_place_after(tables.destination, analysis, part.span.end, clause.end, tables),
                    conditions=_conditions(analysis.phrases, clause, tables),
                    evidence=span_at(part.span.start, part.span.end),
                )
            )
    return kept


def _parts_named_again(corridors: list[Corridor], text: str) -> list[Corridor]:
    """
    Drop a part of a count named again with "the": it is that part, not more corridors.

    "four routes, two of them for civilians and two for fighters ... the two routes set aside for
    the militants" is two corridors and two; the later words add where they lead, if they say it.
    """
    kept: list[Corridor] = []
    for corridor in corridors:
        earlier = [
            i
            for i, c in enumerate(kept)
            if c.count == corridor.count and c.evidence.end <= corridor.evidence.start and c.count is not None
        ]
        definite = _DEFINITE.search(text, max(0, corridor.evidence.start - 9), corridor.evidence.start) is not None
        if len(earlier) < 2 or not definite:  # one with that count is merged as the corridors are read
            kept.append(corridor)
            continue
        group = _group_of(corridor)
        same = [i for i in earlier if _group_of(kept[i]) == group] if group is not None else earlier
        at = same[-1] if same else earlier[-1]
        kept[at] = _enriched(kept[at], attrs.evolve(corridor, beneficiaries=()))
    return kept


_FOR_WHOM_WORDS = r"for|reserved\sfor|to\sbe\sused\sby"
_PART_FOR = re.compile(rf"\s(?:of\sthem\s)?(?:{_FOR_WHOM_WORDS})\b")
"""What a part says after its count: whom it is for ("two for civilians")."""
_PART_WAY = re.compile(rf"\s(?:of\sthem\s)?(?:{_FOR_WHOM_WORDS}|from|to|towards|leading|running)\b")
"""Or where it runs, when no part says whom it is for: "one from Baraka to Mikenge and one from Fizi to Kilembwe"."""


def _parts(
    analysis: Analysis, corridor: Corridor, sentences: SentenceLookup, said: re.Pattern[str] = _PART_FOR
) -> list[NumberMention]:
    """The counts after a colon, a dash or "N of them" that follow `corridor`, each for someone: "two for civilians"."""
    text = analysis.article.text
    sentence = sentences.at(corridor.evidence.start)
    opening = _PARTS_OPEN.search(text, corridor.evidence.end, min(sentence.end, corridor.evidence.end + _PARTS_REACH))
    if opening is None:
        return []
    return [
        number
        for number in analysis.numbers
        if opening.end() <= number.span.start < sentence.end
        and isinstance(number.value, int)
        and not number.vague
        and said.match(text, number.span.end)
        and (
            number.span.start == opening.end()
            or _PART_JOIN.search(text, max(0, number.span.start - 6), number.span.start)
        )
    ]


_PARTS_OPEN = re.compile(r"[:—–]\s?|\s-\s|,\s(?=[\w-]+\sof\sthem\s)")  # "four routes, two of them for civilians"
_PARTS_REACH = 60
"""How far after a count of corridors the colon or dash opening its parts may be: "will be open throughout: "."""
_PART_JOIN = re.compile(r"(?:,|\band)\s$")


_ANOTHER = re.compile(r"(?i:\b(?:another|a\sfurther))\s$")
_AND_BEFORE_COUNT = re.compile(r"(?:,\s|\s)(?:and|while)\s$")
_FOR_WHOM_AFTER_COUNT = re.compile(r"\sfor\s(?:the\s)?(?=[a-z])")
"""A count of corridors whose noun is left out, told by whom they serve: "and two for the wounded"."""
_OTHERS_AFTER_COUNT = re.compile(r"\s(?:others|more)\b(?!\s(?:than|of)\b)(?=[\s,.;]+(?!corridors|routes)[a-z])")
"""Corridors said again as "others" right after counted ones: "four others leading south to Grimari"."""
_VERB_AFTER_COUNT = re.compile(r"\s(?:will|would|are|were|can|could|may|is\sto|are\sto)\b")
"""A verb right after "another five": the number stands for a noun said before it."""


_ROAD = keyed(
    re.compile(r"\balong\s(?:the\s)?(?:main\s)?(?:[A-Z][\w-]*(?:[\s-][A-Z][\w-]*){0,3}\s)?(?i:road|highway)\b"),
    ["along"],
)
"""A road named as a way ("along the Singa-Sennar road", "along the main highway", "along Salah al-Din Road")."""
_PASSAGE_VERB_BEFORE = re.compile(
    r"(?i:\b(?:travel|travelled|traveled|walk|walked|move|moved|leave|left|drive|drove|pass|carry|carried|bring"
    r"|go|went|evacuate|evacuated|head|headed|return|returned|cross|crossed|taken|take|bused"
    r"|bussed|transported|brought|driven|ferried)\b)"
)
"""
A verb of passage before a road to a place: "Civilians may travel along the Singa-Sennar road". Not flight: "soldiers
fled south along the road to Sake" is no way opened.
"""
_PASSAGE_IN_CLAUSE_BEFORE = re.compile(
    _PASSAGE_VERB_BEFORE.pattern + r"(?:(?!\b(?:as|while|when|after|before)\b)[^,;:.!?])*$"
)
"""The same verb in the road's own clause: not "Rebels walked into the city as soldiers fled along the road"."""
_PASSAGE_REACH = 60
_ROADS = keyed(re.compile(r"\b(?:roads|passages|exits)\b"), ["roads", "passages", "exits"])
_COUNT_OF_WAYS_BEFORE = re.compile(
    r"(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s(?:(?!and\b|or\b)[a-z-]+\s){0,2})$"
)
"""A count before "roads", an adjective or two between: "two designated roads", "Four other roads"."""
_COUNT_REACH = 40
_WAY_VERB_BEFORE = re.compile(r"(?i:\b(?:along|on|use|using|via|take|taking|through)\s(?:the\s)?)$")
_AWAY_FROM_BEFORE = re.compile(r"\bfrom\s(?:the\s)?$")
_ARMED_ADVANCE_BEFORE = re.compile(
    r"(?i:\b(?:columns|troops|tanks|armou?r|armou?red\svehicles|forces|soldiers)\s(?:[\w-]+\s){0,3}?"
    r"(?:moved|advanced|rolled|pushed|poured|drove|swept)\s(?:[\w-]+\s){0,2}?)$"
)
"""An army that moved along the roads counted after it: "The columns moved along three roads"."""
_ARMED_ADVANCE_REACH = 80
_HEADING_AFTER = re.compile(r",?\s(?:running|heading|leading|going|toward|towards)\s")
_CARGO_AFTER = re.compile(
    r"\sfor\s(?:the\s)?(?:drugs|weapons|arms|guns|contraband|goods|cocaine|narcotics|fuel|smuggl\w+|traffick\w+"
    r"|grain|shipments|exports|imports|cargo|cargoes|ships|vessels|tankers|oil|gas|trade|freight|commerce)\b"
)
"""
A route for what is smuggled or traded, not people fleeing: "a key route for drugs, weapons and migrants", "a deal
allowing safe passage for grain shipments through the Black Sea".
"""
_CARGO_THROUGH_BEFORE = re.compile(
    r"(?i:\b(?:ships|vessels|tankers|freighters|cargoes|grain|exports)\b[^.;:!?]{0,80}?\bthrough\s(?:a|the)\s"
    r"(?:[\w-]+\s){0,2})$"
)
"""Ships or cargo carried through it: "to let ships carry grain out of blockaded ports through a safe corridor"."""
_CARGO_THROUGH_REACH = 120
_HELD_FOR_ITSELF_AFTER = re.compile(
    r"\s(?:(?:the|that)\s)?(?:[\w-]+\s){0,3}?(?:needs?|wants?|seeks?|fights?|fought|must)\s(?:to\s)?"
    r"(?:hold|control|secure|keep|take|capture|seize)\b"
)
"""A way a side fights to hold: "a corridor the government needs to hold to connect the capital with the coast"."""
_ROUTE_WORDS = frozenset({"route", "routes"})
"""The words of `corridor.words` that also name any road."""


def _no_way_out(text: str, match: re.Match[str], tables: PauseWords) -> bool:
    """Whether a corridor word names no way out: "an energy corridor", "the Lachin corridor" (`corridor.not_before`)."""
    before = tables.not_corridor_before.search(text, max(0, match.start() - _NOT_CORRIDOR_REACH), match.start())
    return before is not None


def _only_routes(words: Sequence[str]) -> bool:
    """Whether every corridor word of a story is a route's, which names any road ("a route linking two towns")."""
    return bool(words) and all(w.rsplit(" ", 1)[-1].strip("\"'“”‘’").lower() in _ROUTE_WORDS for w in words)


_ROUTE_IN_APPOSITION_BEFORE = re.compile(r",\s(?:a|the)\s$")
_ROUTE_DESCRIBED_AFTER = re.compile(
    r"\s(?:that|which|(?:[\w-]+\s){1,2}(?:long\s)?(?:have|has|had)\s(?:long\s)?(?:demanded|sought|used|asked\sfor))\b"
)
"""
A road described in apposition, not a way out opened: "through the Adre border crossing from Chad for three months, a
route relief agencies have long demanded".
"""
_HALLWAY_WORDS = frozenset({"corridor", "corridors"})
"""The words of `corridor.words` that also name a hallway."""
_INDOORS_AFTER = re.compile(
    r"\s(?:of|in|outside)\s(?:(?:her|his|their|the|a|an|its|our|my)\s)?(?:[\w-]+\s)?(?:apartment|building|hospital"
    r"|school|house|home|flat|hotel|block|ward|ministry|office|parliament|palace|courthouse|shelter|basement|bunker"
    r"|metro|terminal|mall|clinic|power)s?\b"
)
"""A hallway, not a way out: "spent the night in a corridor of her apartment building", "the corridors of power"."""
_SETTLED_BEFORE = re.compile(
    r"\b(?:villages?|towns?|camps?|settlements?|hamlets?|homes?|houses?|farms?|shelters?|compounds?)\s$"
)
"""Places strung along a road, not a way out: "fled ... to villages along the road to Myitkyina"."""


def _told_one_by_one(corridors: list[Corridor]) -> list[Corridor]:
    """
    Drop a count of corridors going nowhere said when each is then told apart, one by one.

    "as two corridors opened ... one corridor runs ... to the Qara Qozak bridge ... A second
    corridor ... leads north to Jarablus": the two, not two more.
    """
    if len(corridors) < 3:  # a count and at least two told apart
        return corridors
    first, *rest = corridors
    if (
        first.count is not None
        and first.count == len(rest)
        and first.destination is None
        and all(c.count in {None, 1} and c.destination is not None for c in rest)
    ):
        return [attrs.evolve(c, count=1) for c in rest]
    return corridors


def _counted_later(corridors: list[Corridor], text: str) -> list[Corridor]:
    """
    Drop the first corridor, "a route" going nowhere said, when a later count is for the same people.

    "offering fighters of the Islamic State group a route out of its old quarter", then "IS militants
    would be allowed to leave ... along three routes": the three routes, told first in general.
    """
    if len(corridors) < 2:  # a first corridor and a later one
        return corridors
    first, *rest = corridors
    if (
        first.count != 1
        or first.destination is not None
        or first.origin is not None
        or not _ARTICLE.match(text, first.evidence.start)
    ):
        return corridors
    group = _group_of(first)
    later = next((c for c in rest if c.count is not None and c.count > 1 and group and _group_of(c) == group), None)
    if later is None:
        return corridors
    whom = first.beneficiaries
    return [attrs.evolve(c, beneficiaries=whom) if c is later and not c.beneficiaries else c for c in rest]


_ARTICLE = re.compile(r"(?i:an?)\s")


def _group_of(corridor: Corridor) -> str | None:
    """Whom a corridor is for, broadly: "fighters" or "civilians", or None when both or neither."""
    words = " ".join(corridor.beneficiaries)
    fighters, civilians = bool(_FIGHTER_WORDS.search(words)), bool(_CIVILIAN_WORDS.search(words))
    return "fighters" if fighters and not civilians else "civilians" if civilians and not fighters else None


def _armed_as_told_of_them(
    analysis: Analysis, corridors: list[Corridor], sentences: SentenceLookup, tables: PauseWords
) -> list[Corridor]:
    """
    Whether those a corridor is for go armed, when the story says it of them elsewhere.

    "Fighters ... will be allowed to leave with their weapons" in the lead, "three corridors would
    be opened for the LNA fighters" later: the fighters' corridors are armed. "Only unarmed
    civilians will be allowed to leave": the civilians' corridors are not. Said of both, it stays unknown.
    """
    if all(c.armed is not None for c in corridors):
        return corridors
    text = analysis.article.text
    said: dict[str, set[bool]] = {"fighters": set(), "civilians": set()}
    for pattern, armed in ((tables.armed, True), (tables.unarmed, False)):
        for found in analysis.phrases.all(pattern):
            if found.group(0).lower() == "armed":
                continue  # "armed groups", "the armed forces": a kind of group, not a way of leaving
            sentence = sentences.at(found.start())
            start = max(sentence.start, found.start() - _ARMED_REACH)
            # "two for civilians, ..., and one for wounded fighters, who may leave with their weapons": the fighters'
            for turn in _PEOPLE_TURN.finditer(text, start, found.start()):
                start = turn.end()
            near = text[start : min(sentence.end, found.end() + 30)]
            for group, words in (("fighters", _FIGHTER_WORDS), ("civilians", _CIVILIAN_WORDS)):
                if words.search(near):
                    said[group].add(armed)
    known = {group: next(iter(values)) for group, values in said.items() if len(values) == 1}
    if not known:
        return corridors
    # "the Iran-aligned Houthis would be given safe passage ... through three corridors": an armed group's fighters
    armed_groups = {
        name.lower()
        for actor in analysis.actors.actors
        if actor.kind is ActorKind.ARMED_GROUP
        for name in (actor.name, *actor.aliases)
    }
    told: list[Corridor] = []
    for corridor in corridors:
        groups = {
            group
            for group, words in (("fighters", _FIGHTER_WORDS), ("civilians", _CIVILIAN_WORDS))
            if any(words.search(b) for b in corridor.beneficiaries)
        }
        if not groups and any(_LEADING_ARTICLE.sub("", b).lower() in armed_groups for b in corridor.beneficiaries):
            groups = {"fighters"}
        fates = {known[g] for g in groups if g in known}
        if corridor.armed is None and len(groups) == 1 and len(fates) == 1:
            told.append(attrs.evolve(corridor, armed=fates.pop()))
        else:
            told.append(corridor)
    return told


_PEOPLE_TURN = re.compile(
    r",\s(?:and|while|whereas)\s|;\s"
    # "two of them for civilians and two for fighters who lay down their arms"
    r"|\sand\s(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s(?:of\sthem\s)?for\s)"
)
"""Where a sentence turns to other people: what is said after it is not said of those before."""
_ARMED_REACH = 100
_FIGHTER_WORDS = re.compile(
    r"(?i:\b(?:fighters|militants|rebels|militiamen|militias|gunmen|insurgents|jihadists|combatants|troops|soldiers)\b)"
)
_CIVILIAN_WORDS = re.compile(
    r"(?i:\b(?:civilians|residents|villagers|families|women|children|the\ssick"
    r"|wounded(?!\s(?:fighters|militants|rebels|militiamen|gunmen|insurgents|jihadists|combatants|troops|soldiers)\b))\b)"
)
"""Words for civilians; "wounded fighters" are fighters."""


_FOR_WHOM = re.compile(
    r"\b(?:(?:open|opened|reserved|designated|set\saside|intended|meant|earmarked|available)\s(?:only\s)?(?:to|for)"
    r"|for)\s"
)
"""Where a corridor mentioned again says whom it is for: "designated for opposition", "will be open to civilians"."""
_CORRIDOR_CLAUSES = re.compile(
    r",\s(?:while|whereas|but)\s|;\s|,?\s(?:and|while)\s(?=(?:the\s)?(?:[\w-]+\s){0,2}(?:other\s)?corridors?\b)"
    # ", and civilians and the wounded through four others": the count of the rest, its noun left out
    r"|,\s(?:and|while)\s(?=[^,;.]{0,80}?\s(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\sothers\b)"
    # "four corridors for civilians and two for the wounded": the rest, their noun left out, for others
    r"|,?\s(?:and|while)\s(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\sfor\s)"
)
"""Where a sentence turns from one set of corridors to another: "... two corridors, while civilians ... five other"."""


_CLAUSE_REACH = 300
"""How far from a corridor word its clause is read: longer than any sentence of a story."""


def _corridor_clause(text: str, sentence: Span, at: int) -> Span:
    """
    The part of a sentence that tells of the corridors at `at`: who may use them, armed or not.

    "the militiamen would leave with their weapons through two corridors, while civilians would be
    let out through five other corridors": each part has its own people.
    """
    # bounded, so that one endless sentence costs linear time
    start, end = max(sentence.start, at - _CLAUSE_REACH), min(sentence.end, at + _CLAUSE_REACH)
    for turn in _CORRIDOR_CLAUSES.finditer(text, start, end):
        if turn.end() <= at:
            start = turn.end()
        elif turn.start() > at:
            end = turn.start()
            break
    return span_at(start, end)


_DESTINATION_REACH = 160
"""How far after a corridor word its destination may be named, past its hours and way ("through the Roki tunnel")."""
_USE_IT = re.compile(r"(?i:\b(?:use|pass\sthrough|travel\sthrough|take)\s(?:it|them)\b)")
"""A corridor referred to by a pronoun in the next sentence."""
_BETWEEN_PLACES = re.compile(rf"\sbetween\s(?P<place>{_NAME})\sand\s(?P<other>{_NAME})(?![\w-])")


def _place_pair(between: re.Match[str], analysis: Analysis, tables: PauseWords) -> tuple[str | None, str | None]:
    """The two ends of "between Ulang and Malakal", when both are places, not parties ("between Israel and Hamas")."""
    for group in ("place", "other"):
        word = between.group(group).split()[0]
        if word in tables.not_places or analysis.actors.at(between.start(group)) is not None:
            return None, None
    return clean_place(between.group("place")), clean_place(between.group("other"))


def _enriched(known: Corridor, later: Corridor) -> Corridor:
    """A corridor with what a later mention adds to it; what it already has is kept."""
    return attrs.evolve(
        known,
        # "three corridors through which civilians could reach ... All three corridors will be open to civilians,
        # the sick and pregnant women": everyone either mention names
        beneficiaries=(*known.beneficiaries, *(b for b in later.beneficiaries if b not in known.beneficiaries)),
        armed=known.armed if known.armed is not None else later.armed,
        origin=known.origin or later.origin,
        destination=known.destination or later.destination,
        conditions=known.conditions or later.conditions,
    )


def _place_after(pattern: re.Pattern[str], analysis: Analysis, start: int, end: int, tables: PauseWords) -> str | None:
    """
    The first "to <place>" (or "from <place>") after a corridor word ("from Mariupol ... to Zaporizhzhia").

    A party is no place: "according to the U.N." names a source, and a state or its
    government is the only actor a corridor leads to ("into Chad").
    """
    text = analysis.article.text
    for in_window in pattern.finditer(text, start, end):
        found = in_window
        if found.end() == end < len(text) and text[end].isalnum():
            # the window ends inside a name ("from the Gogjali district" cut at "from the G"): the whole name
            found = pattern.match(text, found.start(), min(len(text), end + _AFTER_PLACE_REACH)) or in_window
        place = clean_place(_before_a_party(analysis, found))
        if not place or place.split()[0] in tables.not_places:
            continue
        named = analysis.actors.at(found.start("place"))
        actor = analysis.actors.by_id(named.actor_id) if named is not None else None
        if actor is None or actor.kind in {ActorKind.STATE, ActorKind.GOVERNMENT}:
            return place
    return None


def _destination_before(
    pattern: re.Pattern[str], analysis: Analysis, sentence: Span, at: int, tables: PauseWords
) -> str | None:
    """A destination (or origin) said before the corridor word, in a window short enough to keep the search linear."""
    found = pattern.search(analysis.article.text, max(sentence.start, at - _BEFORE_REACH), at)
    if found is None:
        return None
    place = clean_place(found.group("place"))
    if not place or place.split()[0] in tables.not_places:
        return None
    named = analysis.actors.at(found.start("place"))
    actor = analysis.actors.by_id(named.actor_id) if named is not None else None
    # as after the corridor word, a state or its government is the only party that is a place ("to Sanaa")
    return place if actor is None or actor.kind in {ActorKind.STATE, ActorKind.GOVERNMENT} else None


_BEFORE_REACH = 120
_LIST_END = re.compile(r"(?:,\s(?:and\s)?|\sand\s)$")


def _before_a_party(analysis: Analysis, found: re.Match[str]) -> str:
    """
    The place names of a match, up to a party named after them in the same list.

    "to the city of Zaporizhzhia, Deputy Prime Minister Iryna Vereshchuk said" leads to
    Zaporizhzhia: a person or a body after the comma is who speaks, not a second place.
    """
    start, end = found.span("place")
    for mention in analysis.actors.within(start + 1, end + _AFTER_PLACE_REACH):
        if mention.span.start >= end:
            break
        actor = analysis.actors.by_id(mention.actor_id)
        cut = _LIST_END.search(analysis.article.text, start, mention.span.start)
        if actor is not None and actor.kind not in _PLACE_KINDS and cut is not None:
            return analysis.article.text[start : cut.start()]
    return found.group("place")


_AFTER_PLACE_REACH = 120
"""How far past the names a party's mention may end: its name may run on past what the pattern took."""


def _conditions(phrases: PhraseIndex, sentence: Span, tables: PauseWords) -> tuple[str, ...]:
    found = phrases.within(tables.conditions, sentence.start, sentence.end)
    return tuple(dict.fromkeys(one_line(m.group(0).lower()) for m in found))


_ALLOWED_AFTER = re.compile(r",\s(?:who|which)\s(?:would|will|could|can|are\sto|were\sto)\sbe\sallowed\b")
_NAMED_ALLOWED = re.compile(
    r"\b(?:said|says|for|letting|allowing)\s(?P<who>(?:the\s)?(?:[\w'’-]+\s){0,2}[\w'’-]+)" + _ALLOWED_AFTER.pattern
)
"""Who a corridor's sentence names as the ones allowed through it."""


def _beneficiaries(analysis: Analysis, sentence: Span, tables: PauseWords) -> tuple[str, ...]:
    """
    The people a corridor is for, in text order.

    Parties named in its clause ("opposition groups", "civilians"), and the people the lexicon
    lists ("women and children", "the sick", "pregnant women").
    """
    text = analysis.article.text
    kinds = {ActorKind.ARMED_GROUP, ActorKind.CIVILIANS}
    mentions = analysis.actors.within(sentence.start, sentence.end)
    allowed = [m for m in mentions if _ALLOWED_AFTER.match(text, m.span.end)]
    named = _NAMED_ALLOWED.search(text, sentence.start, sentence.end) if not allowed else None
    if named is not None:  # "said Kurdish groups, who would be allowed": whoever they are, they are the ones
        return (one_line(named.group("who")),)
    found: list[tuple[int, int, str]] = []
    for mention in allowed or mentions:  # "... said Kurdish groups, who would be allowed to exit": only those
        actor = analysis.actors.by_id(mention.actor_id)
        workers = actor is not None and actor.kind is ActorKind.NGO and mention.text.endswith(("workers", "staff"))
        if ACCORDING_TO.search(text, max(sentence.start, mention.span.start - 16), mention.span.start):
            continue  # "according to an SDF statement": who says so, not who may pass
        if _BARRED_AFTER.match(text, mention.span.end):
            continue  # "fighters would not be allowed to use them": who may not pass
        if actor is not None and (actor.kind in kinds or workers):
            found.append((mention.span.start, mention.span.end, one_line(mention.text)))  # not "the ICRC"
    if not allowed:
        taken = [(start, end) for start, end, _ in found]
        found += [
            (m.start(), m.end(), one_line(m.group(0)))
            for m in analysis.phrases.within(tables.beneficiaries, sentence.start, sentence.end)
            if not any(start < m.end() and m.start() < end for start, end in taken)
            and not _BARRED_AFTER.match(text, m.end())
        ]
    names: list[str] = []
    for _, _, name in sorted(found):
        if name not in names:
            names.append(name)
    return tuple(names)


_BARRED_AFTER = re.compile(
    r"\s(?:(?:would|will|may|must|shall|could|can)(?:\snot|not|n['’]t)\s(?:be\s)?|(?:are|were)\snot\s)(?:allowed|permitted)\b"
    r"|\s(?:are|were|will\sbe|would\sbe)\sbarred\b"
)
"""What bars the people named right before it from a corridor: " would not be allowed", " are barred"."""


def _armed(phrases: PhraseIndex, sentence: Span, tables: PauseWords) -> bool | None:
    if phrases.first(tables.unarmed, sentence.start, sentence.end):
        return False
    for found in phrases.within(tables.armed, sentence.start, sentence.end):
        # "may leave armed", but not "the Russian Armed Forces" or "armed groups": a kind of party
        if found.group(0).lower() != "armed" or _ARMED_AS_A_WAY.match(found.string, found.end()):
            return True
    return None


_ARMED_AS_A_WAY = re.compile(
    r"(?:\s*(?:[,.;:)]|$)|\s(?:with|and|or|to|through|via|from|into|toward|towards|along|out|if|only|but)\b)"
)
"""What follows "armed" said of how people leave: an end or a preposition ("leave armed through ..."), not a noun."""


def _timezone(clock: TimeMention | None, hours: TimeMention | None, times: list[TimeMention]) -> str | None:
    """The zone of the pause's clock times: its start's, its window's, or that of the same time said again."""
    if clock is not None and clock.timezone:
        return clock.timezone
    if hours is not None and hours.timezone:
        return hours.timezone
    # "stop firing from 5 pm" in a headline, "with effect from 1700 hours IST" in the body
    start = clock.clock_start if clock is not None else None
    return next((t.timezone for t in times if start and t.clock_start == start and t.timezone), None)


_HAD_BEFORE = re.compile(r"(?i:\bhad\s(?:[a-z]+ly\s)?)$")
_ACTIVITY_WILL_STOP = keyed(
    re.compile(
        r"(?i:military\s)?(?i:activity|activities|operations|hostilities|fighting|firing|shooting|shelling)"
        r"(?:,?\s[\w'’-]+){0,8}?,?\s(?:would|will|(?:is|are)\sto)\s(?:stop|cease|halt|be\s(?:halted|suspended|paused|stopped))\b"
    ),
    ["military", "activity", "activities", "operations", "hostilities", "fighting", "firing", "shooting", "shelling"],
)
"""
A halt said of the fighting as its subject: "military activity in the area would stop from 10am to 2pm",
"Fighting around Tafas will stop from 10:00 to 18:00".
"""
_WITH_ACTIVITY_HALTED = keyed(
    re.compile(
        r"(?i:with\s(?:all\s)?(?:military\s)?(?:action|actions|activity|activities|operations|hostilities|fighting"
        r"|firing)\s(?:halted|suspended|stopped|ceased|to\sbe\shalted|to\sstop|to\scease))\b"
    ),
    ["with"],
)
"""A halt told as a deal's circumstance: "signed a deal ..., with all military action halted from 1 a.m. on Tuesday"."""
_ORDERED_ACTIVITY_HALTED = keyed(
    re.compile(
        r"(?i:\b(?:ordered|orders|order)\s(?:all\s)?(?:(?-i:[A-Z])[\w-]*\s)?(?:military\s|combat\s)?(?:action|actions|activity"
        r"|activities|operations|hostilities|fighting|firing)(?:\s(?:in|on|around|across|along)\s[\w'’-]+(?:\s[\w'’-]+)?)?"
        r"\s(?:halted|suspended|stopped|ceased))\b"
    ),
    ["ordered", "orders", "order"],
)
"""A halt ordered with its object before the verb: "ordered all Ethiopian military activity in Tigray halted"."""
_IF_MADE_BEFORE = re.compile(
    r"(?i:\b(?:if|unless)\s(?:[\w'’-]+\s){1,5}?(?:agreed|agree|agrees|accepted|accept|accepts|declared|declare"
    r"|declares|announced|announce|announces)\s(?:to\s)?(?:a|an|the)\s(?:[\w-]+\s){0,3})$"
)
"""A halt's making told as a condition right before it: "if the warring sides agreed to a humanitarian pause"."""
_IF_MADE_REACH = 80
_IF_APPROVED_OPENS = re.compile(
    r"[\"“‘'(\s]*(?i:if|once)\s(?:[\w.'’-]+\s){1,5}?(?i:approve|approves|endorse|endorses|ratify|ratifies|sign"
    r"|signs|accept|accepts)\s(?:it|the\s(?:deal|plan|agreement|accord|proposal|text))\s?,\s(?:[\w.'’-]+\s){0,4}"
)
"""
A sentence opening on a condition of approval before the halt: "If ministers approve it, the truce would take effect
on Wednesday": a deal still to approve, no halt made yet.
"""
_MADE_RIGHT_AFTER = re.compile(r"\s(?:is\s|was\s|were\s)?(?:agreed|accepted|reached|declared)\b")
"""A halt's making right after it, as a condition's verb: "if pause agreed", "if a truce is reached"."""
_IF_BEFORE = re.compile(r"(?i:\b(?:if|unless)\s(?:the\s)?)$")
"""A condition right before the guns' silence: "if the guns fell silent"."""
_GUNS_FELL_SILENT = keyed(
    re.compile(
        r"(?i:guns|weapons)(?:\s[\w’'-]+){0,8}?\s(?:fell|went|have\sfallen|had\sfallen|have\sgone|had\sgone"
        # "The guns are to stay silent for eight hours from 9 a.m. on Monday", "The guns are due to fall silent from
        # 8 a.m. on Tuesday", "Weapons are to fall silent from 7 a.m."
        r"|(?:will|would|are\sto|were\sto|are\sdue\sto|were\sdue\sto|are\sset\sto|were\sset\sto)"
        r"\s(?:fall|go|be|stay|remain))\s(?:silent|quiet)\b"
    ),
    ["guns", "weapons"],
)
"""
A halt told by its effect, in a feature's style: "For six hours on Tuesday, the guns around Babanusa fell silent";
or to come: "The guns around Kilinochchi will fall silent on Sunday from 10 a.m. to 2 p.m.".
"""
_FOR_A_LENGTH_AFTER = re.compile(
    r"(?:\s(?:on|in|around|against|across|near|over)\s[^.;:\"“”,]{1,90}?(?:,\s[^.;:\"“”,]{1,60}?,)?)?"
    r"\s(?:[\"“]?for\s[\"“]?(?:\d+|[a-z-]+)\s(?:hours?|days?|weeks?|months?)\b"
    # "during the Muslim fasting month of Ramadan": a feast's or a season's while
    r"|(?:during|for|over|throughout)\s(?:the\s)?(?:[\w-]+\s){0,4}?"
    r"(?:Ramadan|Eid|Christmas|Easter|New\sYear|Lent|Nowruz|Diwali|Passover|Tet|Orthodox\sChristmas)\b)"
)
"""
A halt for a stated while, after its object's place and what that place is: "air strikes on southern Lebanon for
48 hours", "fighting around Um Jurn, a rebel-held town in the northern Hama countryside, for eight hours", "military
operations against militants in Kashmir during the Muslim fasting month of Ramadan".
"""
_PERFECT_BEFORE = re.compile(r"(?i:\b(?:has|have|had)\s(?:[a-z]+ly\s)?)$")
"""A halt in the perfect has lasted so far ("has halted its strikes for 13 days"): no pause set for a while."""
_TOLD_ON_A_DAY_THAT_IT_HAD = re.compile(
    rf"\b(?:announced|said|confirmed|declared)\s(?:on\s)?{_WEEKDAY_NAME}"
    r"\sthat\s[^,;:.!?\"“”()]{0,60}?\shad\s(?:[a-z]+ly\s)?$"
)
"""
A halt in the pluperfect told as the day's news: "announced Thursday that the alliance had suspended its air
campaign" is the halt made that day, not one that has lasted a while.
"""
_LASTED_AFTER = re.compile(r"\b(?:for\s(?:[\w-]+\s){1,3}(?:hours|days|weeks|months)|since)\b")
"""
A halt told as lasting ("had halted air strikes for 10 days", "for more than 24 hours", "since Tuesday"): the news
is its length, not its making; "for the evacuation" tells no length.
"""
_MODAL_BEFORE = re.compile(r"(?i:\b(?:will|would|to))\s(?:[a-z]+ly\s)?[\"“]?$")
"""
What makes a halt one to come: "would unilaterally suspend offensive operations", "to halt fighting",
'would "halt all offensive operations"'.
"""


_AN_ATTACK_TO_BEFORE = re.compile(
    r"(?i:\b(?:offensive|operation|campaign|assault|invasion|incursion|onslaught|bombardment|air\sstrikes|airstrikes))"
    r"\s(?:[^.;:!?,]{0,40}?\s)?to\s$"
)
"""An attack whose aim is a halt of the other side's fire: "began its offensive on July 8 to halt rocket fire"."""
_AN_ATTACK_TO_REACH = 70
_HALT_TIME_LEFT_OPEN = re.compile(
    r"(?i:\b(?:(?:did|does|do|would|could)\s(?:not|n[’']t)\s(?:say|specify|indicate|disclose|know)"
    r"|(?:was|is|remained|remains)\s(?:unclear|not\sclear|uncertain))"
    r"\s(?:when|how\ssoon)\s(?:[\w'’-]+\s){1,4}?(?:would|will|could|might)\s(?:[a-z]+ly\s)?)$"
)
"""A halt to come whose time a sentence leaves open: "He did not say when troops would halt operations", "it was
unclear how soon the army would stop its advance" (not "whether ... would stay open on Sunday", a day left open)."""
_HALT_TIME_LEFT_OPEN_REACH = 90


def _called_to(text: str, start: int) -> bool:
    """Whether a halt to come is only asked for: "We call on all parties to cease hostilities", "asked them to stop"."""
    end = start + 3 if text.startswith("to ", start) else start
    return _CALLED_TO_BEFORE.search(text, max(0, start - _CALLED_TO_REACH), end) is not None


_CALLED_TO_REACH = 140
"""How far before a halt its call may begin: a verb of asking and whom it asks, a long name among them."""


def _halts_to_come(analysis: Analysis, tables: PauseWords) -> list[re.Match[str]]:
    """The halts to come that the lexicon lists whole, and its halt verbs with their objects after a modal."""
    text = analysis.article.text
    listed = analysis.phrases.all(tables.halt_to_come)
    ends = [m.end() for m in listed]
    # "troops held their fire ... on Thursday", but not "had held their fire ... for 11 days": a halt before it
    found = [
        m
        for m in listed
        if not _HAD_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not _called_to(text, m.start())
    ]
    found += analysis.phrases.all(_ACTIVITY_WILL_STOP)
    found += analysis.phrases.all(_WITH_ACTIVITY_HALTED)
    found += analysis.phrases.all(_ORDERED_ACTIVITY_HALTED)
    found += [  # not 'a great gift for Colombians if the guns fell silent': a wish
        m
        for m in analysis.phrases.all(_GUNS_FELL_SILENT)
        if not _IF_BEFORE.search(text, max(0, m.start() - 8), m.start())
    ]
    for verb in analysis.phrases.all(tables.halt_verbs):
        if not _MODAL_BEFORE.search(text, max(0, verb.start() - 30), verb.start()) or _called_to(text, verb.start()):
            continue
        if _AN_ATTACK_TO_BEFORE.search(text, max(0, verb.start() - _AN_ATTACK_TO_REACH), verb.start()) is not None:
            continue  # "since Israel began its offensive on July 8 to halt rocket fire": an attack's aim, no halt
        if _HALT_TIME_LEFT_OPEN.search(text, max(0, verb.start() - _HALT_TIME_LEFT_OPEN_REACH), verb.start()):
            continue  # "did not say when troops would halt operations": a question left open, no halt
        inside = bisect.bisect_left(ends, verb.end())
        if inside < len(listed) and listed[inside].start() <= verb.start():
            continue  # "would halt all hostilities", listed whole
        found.append(verb)
    return sorted((m for m in found if not _planned_or_conditional(text, m)), key=lambda m: m.start())


_PLAN_SUBJECT_BEFORE = re.compile(
    r"(?:(?!(?i:under|in|with|by|to|of|after|before|for)\s)[\w'’.-]+\s){0,3}?"
    r"(?i:plan|plans|proposal|proposals|draft|initiative|scheme)\b(?:['’]s)?"
    r"(?:\s(?i:on|for|from|of|now|before|under)\s[^,.;:!?\"“”]{1,40}?)?(?:,[^.;:!?\"“”]{0,140}?,)?"
    r"\s(?:(?i:would|will)\s(?:[\w-]+\s)?)?$"
)
"""A halt that a plan would bring: "De Mistura's plan, presented ... on Monday, would halt fighting", "The proposal on
the table, drawn up by Egypt, Qatar and the United States, would halt fighting", "The proposal under discussion would
halt the fighting for six weeks"."""
_UNDER_A_PLAN_BEFORE = re.compile(
    r"(?i:under)\s(?:the|a|an|this|that|his|her|its|their)\s(?:[\w'’-]+\s){0,2}?"
    r"(?i:plan|plans|proposal|proposals|draft|initiative|offer|scheme)\b[^.;:!?]{0,160}?"
    r"\b(?i:would|could)\s(?:[\w-]+\s)?$"
)
"""A halt a plan's terms would bring, opening its sentence: "Under the proposal, sent on Monday, fighters would"."""
_A_CONDITION_AFTER = re.compile(
    r"(?:(?!\bbut\s)[^.;:!?\n]){0,80}?\b(?:if|provided|on\scondition|(?<!\bat\s)once|from\sthe\smoment)\b"
)
"""
A halt to come on a condition: "would hold its fire ..., on condition that aid also reached Madaya", "if the army
does the same". Not "as long as the other side does the same": the give and take of any truce, made or not; nor a
condition past a "but", which is another clause's ("would stop offensive operations ... but would return fire if
attacked").
"""
_WOULD_AT = re.compile(r"(?i:\b(?:would|will|is\sto|are\sto))\s")
"""A halt's own modal, at its start or after its subject: "would halt all hostilities", "fighting will stop"."""
_WOULD_JUST_BEFORE = re.compile(r"(?i:\b(?:will|would))\s(?:[a-z]+ly\s)?[\"“]?$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+|\n")


def _planned_or_conditional(text: str, halt: re.Match[str]) -> bool:
    """Whether a halt to come is only a plan's ("the plan would halt fighting") or set on a condition."""
    floor = max(0, halt.start() - 200)
    start = floor
    for found in _SENTENCE_BREAK.finditer(text, floor, halt.start()):  # the last break in the window opens it
        start = found.end()
    return (
        _PLAN_SUBJECT_BEFORE.match(text, start, halt.start()) is not None
        or _UNDER_A_PLAN_BEFORE.match(text, start, halt.start()) is not None
    ) or (
        (
            _WOULD_AT.search(halt.group(0)) is not None
            or _WOULD_JUST_BEFORE.search(text, max(0, halt.start() - 30), halt.start()) is not None
        )
        and _A_CONDITION_AFTER.match(text, halt.end()) is not None
    )


def _clock_offset(clock: str) -> datetime.timedelta:
    """How far into the day an ``HH:MM`` clock time is."""
    hours, minutes = clock.split(":")
    return datetime.timedelta(hours=int(hours), minutes=int(minutes))


_DISASTER = re.compile(
    r"(?i:\b(?:eruptions?|erupted|volcano(?:es)?|volcanic|lahars?|lava|(?:earth)?quakes?|floods?|flooding|typhoons?"
    r"|cyclones?|hurricanes?|wildfires?|bushfires?|tsunamis?|landslides?|mudslides?|drills?)\b)"
)
"""A natural disaster or a drill for one: the evacuations and corridors it brings halt no war."""


def _of_a_disaster(analysis: Analysis, corridor_sentences: list[Span]) -> bool:
    """
    Whether corridors told with no halt are a disaster's: its word in the headline or in their sentences.

    Not when the headline names an armed group: "Somalia's government and al-Shabaab agree to let flood aid
    through" tells of a war's parties letting aid pass.
    """
    text = analysis.article.text
    headline_end = title_end(analysis.article)
    for mention in analysis.actors.within(0, headline_end):
        actor = analysis.actors.by_id(mention.actor_id)
        if actor is not None and actor.kind is ActorKind.ARMED_GROUP:
            return False
    return _DISASTER.search(text, 0, headline_end) is not None or any(
        _DISASTER.search(text, sentence.start, sentence.end) for sentence in corridor_sentences
    )


def _no_halt_told(text: str, sentences: SentenceLookup) -> bool:
    """
    Whether the story says, in its own voice, that there is no halt: "There has been no pause in the fighting".

    A side's "There is no truce," said in a quotation, may deny a halt the story reports; the writer's may not.
    """
    for found in _NO_HALT.finditer(text):
        if not _inside_a_quotation(text, sentences.at(found.start()).start, found.start()):
            return True
    return False


_NO_HALT = re.compile(
    r"\b[Tt]here\s(?:is|was|has\sbeen|had\sbeen)\sno\s(?:humanitarian\s)?(?:pause|truce|cease-?fire|let-up|halt|lull)\b"
)


_LONG_STORY = 150
"""Words past which a story of a war names two words of it: shorter texts (a headline, a brief) may not."""


def tells_of_no_war(analysis: Analysis, tables: PauseWords) -> bool:
    """
    Whether a story of some length names no war (see `_tells_of_no_war`), read once for the pauses and the events.
    """
    return analysis.phrases.derived(f"no war {id(tables)}", lambda: _tells_of_no_war(analysis, tables))


def pause_words_said_otherwise(analysis: Analysis, tables: PauseWords) -> frozenset[int]:
    """The `figurative_starts` of the story's pause words, found once for the pauses and the events."""
    return analysis.phrases.derived(
        f"figurative {id(tables)}",
        lambda: figurative_starts(
            analysis.phrases, analysis.article.text, analysis.phrases.all(tables.triggers), tables
        ),
    )


def _tells_of_no_war(analysis: Analysis, tables: PauseWords) -> bool:
    """
    Whether a story of some length names no war: not two words of one (troops, fighting, attacks, killed ...).

    Its truces and pauses are then said of something else: a doctors' strike, a chess tournament, a
    rappers' feud in a story whose only such word is "displaced" by a flood. So are those of a story
    that names three more words of sport, show business, trade or labour than of war: the ultras'
    "ceasefire" for a derby after "years of street fighting", a drama's feuding families. So are those of a story
    whose words of war are all said of any rivalry (`pause.weak_war_words`: a fell race's "war" and "hostilities").
    """
    text = analysis.article.text
    if text.count(" ") < _LONG_STORY:
        return False
    other_world = {found.group(0).lower() for found in analysis.phrases.all(tables.other_world_words)}
    enough = max(2, len(other_world) - _OTHER_WORLD_MARGIN + 1)  # this many words of war tell of a war
    words: set[str] = set()
    for found in analysis.phrases.all(tables.war_words):
        if _a_figure_of_war(text, found, tables):
            continue  # "a price war", "a charm offensive", "a war of words": trade, not war
        words.add(found.group(0).lower())
        if len(words) >= enough and not words <= tables.weak_war_words:
            return False
    return True


_OTHER_WORLD_MARGIN = 3
"""How many more words of another world than of war a story names when its truces are of that world."""


def _figure_after(words: tuple[str, ...]) -> re.Pattern[str]:
    """Words right after a word of war, after a space or joined by a hyphen: " of words", "-minded"."""
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s") for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:\s|(?=-))(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _a_figure_of_war(text: str, found: re.Match[str], tables: PauseWords) -> bool:
    """
    Whether a word of war is a figure: "a price war", "their coupon offensive", "a war of words".

    So is one set alone in quotation marks, as a writer marks a word not meant as said: a two-hour "siege"
    of the Speaker's chair.
    """
    start, end = found.start(), found.end()
    if start and end < len(text) and text[start - 1] in _OPENING_QUOTES and text[end] in _CLOSING_QUOTES:
        return True
    return (
        tables.war_figure_before.search(text, max(0, start - _FIGURE_REACH), start) is not None
        or tables.war_figure_after.match(text, end) is not None
    )


_FIGURE_REACH = 24


def find_pauses(analysis: Analysis) -> Analysis:
    """Build the story's pauses, each from every mention of it and of its corridors."""
    tables = pause_words(analysis.lexicon)
    if tells_of_no_war(analysis, tables):
        return analysis  # "a 30-day truce" between striking doctors and governors: no halt in fighting
    sentences = SentenceLookup(analysis.article)
    found, history = _triggers(analysis, tables, sentences)
    triggers = _with_halts_set_apart(analysis, found, tables)
    corridors, corridor_sentences, corridor_mentions = _corridors(analysis, tables, sentences)
    if not triggers and corridors and _of_a_disaster(analysis, corridor_sentences):
        return analysis  # "Police opened two evacuation corridors", in a story of an eruption: no halt in a war
    if not triggers and corridors and _no_halt_told(analysis.article.text, sentences):
        return analysis  # "two corridors for families ... There has been no pause in the fighting": routes, no halt
    if not triggers and _only_routes(
        [m.group(0) for m in analysis.phrases.all(tables.corridor) if not _no_way_out(analysis.article.text, m, tables)]
        + [analysis.article.text[m.start : m.end] for m in corridor_mentions]
    ):
        return analysis  # "a route of about 43 km across Syunik will link ...": roads, told with no halt, are no pause
    if not corridors:
        # "offered a truce ...", then "The separatists dismissed the offer": none made (an offer that opens
        # corridors is one side's own halt, held whoever refuses it)
        triggers = [t for t in triggers if not _refused_offer(analysis.article.text, t)]
    if not triggers and not corridors:
        return analysis
    parts = _Parts.of(analysis, triggers, tables)
    # a sentence that names two pauses is the first one's ("a truce in A, as a separate pause in B holds")
    first_named: dict[Span, int] = {}
    for trigger, part in zip(triggers, parts.of_trigger, strict=True):
        if part != _NO_PAUSE:
            first_named.setdefault(trigger.sentence, part)
    pauses = []
    for part in range(parts.count):
        own = [t for t, p in zip(triggers, parts.of_trigger, strict=True) if p == part]
        pauses.append(
            _pause(
                analysis,
                _Mentions(
                    pause_id=f"pause-{part + 1}",
                    triggers=own,
                    # a party's own halt told in the sentence of the first ("..., and the rebels followed with
                    # their own truce from Aug. 28"): that sentence is the own halt's too
                    sentences=[
                        t.sentence
                        for index, t in enumerate(own)
                        if first_named[t.sentence] == part or (index == 0 and part in parts.answering)
                    ]
                    or [t.sentence for t in own],
                    corridors=[c for c in corridors if parts.at(c.evidence.start) == part],
                    corridor_sentences=[s for s in corridor_sentences if parts.at(s.end - 1) == part],
                    corridor_mentions=[m for m in corridor_mentions if parts.owns(part, m.start)],
                    owns=functools.partial(parts.owns, part),
                    history=history,
                ),
                tables,
                sentences,
            )
        )
    # "Hamas announced its own truce", told with no place of its own: the place of the halt it answers
    pauses = [
        attrs.evolve(p, location=pauses[parts.answering[part]].location)
        if p.location is None and part in parts.answering
        else p
        for part, p in enumerate(pauses)
    ]
    # "agreed to extend the truce by another 48 hours": the extension is a pause of its own, after the first
    # "The UN-brokered truce took effect at 7:00 pm on April 2, 2022", recalled three years on: history
    kept = [(part, p) for part, p in enumerate(pauses) if not _started_long_ago(p, analysis.article.published)]
    # "docked at the port during a lull", "after a months-long lull": a quiet seen, no halt anyone made
    kept = [(part, p) for part, p in kept if not _told_only_as(_A_LULL, analysis.article.text, p)]
    # "violated the truces", "Gaddafi's ceasefires last as long as it takes": several halts, none the story's own
    kept = [(part, p) for part, p in kept if not _told_only_as(_MANY_HALTS, analysis.article.text, p)]
    # "announced two separate truces ... in Galkayo and Beledweyne", then each told apart: those two, not a third
    kept = [(part, p) for part, p in kept if not _counted_together(analysis.article.text, p, len(kept))]
    # "The deal provides for a ceasefire and the return of refugees": a halt told with nothing of its own, a word in
    # passing
    kept = [(part, p) for part, p in kept if not _told_bare(p)]
    pauses = [p for _, p in kept]
    extended = [_extensions(analysis, p, tables, sentences, functools.partial(parts.owns, part)) for part, p in kept]
    pauses = [first for first, _ in extended]
    extensions = [e for _, made in extended for e in made]
    # "from Dec. 24 to Dec. 26 and again from Dec. 31 to Jan. 1": the same halt held again, a pause of its own
    extensions += [again for p in pauses for again in _held_again(analysis, p, sentences)]
    numbered = [
        *(attrs.evolve(p, id=f"pause-{i}") for i, p in enumerate(pauses, start=1)),
        *(attrs.evolve(e, id=f"pause-{len(pauses) + 1 + i}") for i, e in enumerate(extensions)),
    ]
    return attrs.evolve(analysis, pauses=tuple(numbered))


_AGAIN_FROM_BEFORE = re.compile(r"\b(?:and\s)?again\s(?:from|between)\s$")
"""Right before a day, the halt held again: "and again from Dec. 31 to Jan. 1"."""
_RANGE_TO = re.compile(r"\s(?:to|until|through|and)\s")
"""Between a repeat's first day and its last: "from Dec. 31 to Jan. 1"."""


def _held_again(analysis: Analysis, pause: HumanitarianPause, lookup: SentenceLookup) -> list[HumanitarianPause]:
    """
    The pause held again on other days its own sentence tells after its start.

    "Ordered all units to halt offensive actions from Dec. 24 to Dec. 26 and again from Dec. 31 to Jan. 1" makes a
    second pause of Dec. 31 to Jan. 1.
    """
    start = pause.start
    if start is None:
        return []
    text = analysis.article.text
    sentence = lookup.at(start.span.start)
    days = [
        t
        for t in analysis.times
        if t.when is not None
        and _DAY_ONLY.fullmatch(t.when.value) is not None
        and start.span.end <= t.span.start
        and t.span.end <= sentence.end
    ]
    held: list[HumanitarianPause] = []
    for index, day in enumerate(days):
        if day.when is None or _AGAIN_FROM_BEFORE.search(text, max(0, day.span.start - 20), day.span.start) is None:
            continue
        last = days[index + 1] if index + 1 < len(days) else None
        end = (
            last.when
            if last is not None and _RANGE_TO.fullmatch(text, day.span.end, last.span.start) is not None
            else None
        )
        evidence = span_at(day.span.start, (end or day.when).span.end)
        held.append(
            attrs.evolve(
                pause,
                start=day.when,
                end=end,
                daily_window=None,
                duration=None,
                corridors=(),
                evidence=(evidence,),
            )
        )
    return held


_A_LULL = re.compile(r"(?i:lulls?)\b")
"""A lull: a quiet the story saw ("docked at the port during a lull"), not a halt anyone made."""
_MANY_HALTS = re.compile(r"(?i:truces|ceasefires|cease-fires)$")
"""A halt word in the plural, the whole mention: several truces, told in general or gone by."""


def _told_only_as(words: re.Pattern[str], text: str, pause: HumanitarianPause) -> bool:
    """
    Whether every mention of a pause is `words`, with no hours, length nor corridor told: not a halt of its own.

    Only a lull (`_A_LULL`) is a quiet seen; only halts in the plural (`_MANY_HALTS`: "suspended them in June after
    both sides repeatedly violated the truces") are several. Either told with its hours stays: "A daily lull in the
    shelling between 10am and 2pm", "daily humanitarian pauses from 10 a.m. to 2 p.m.".
    """
    return (
        not pause.corridors
        and pause.daily_window is None
        and pause.duration is None
        and pause.recurrence is None
        and all(words.match(text, span.start, span.end) for span in pause.evidence)
    )


def _refused_offer(text: str, trigger: _Trigger) -> bool:
    """
    A halt offered in its sentence and turned down in the sentences after it (a humanitarian one is held alone).

    A halt offered for a price ("in exchange for 7,000 prisoners") is a bargain put forward, none made yet.
    """
    sentence, start = trigger.sentence, trigger.span.start
    return (
        "humanitarian" not in text[max(sentence.start, start - 16) : trigger.span.end].lower()
        and _OFFERED_BEFORE.search(text, max(sentence.start, start - 60), start) is not None
        and (
            _REFUSED_NEXT.search(text, sentence.end, min(len(text), sentence.end + _REFUSED_REACH)) is not None
            or _BARGAINED_AFTER.match(text, trigger.span.end, sentence.end) is not None
        )
    )


def _with_halts_set_apart(analysis: Analysis, triggers: list[_Trigger], tables: PauseWords) -> list[_Trigger]:
    """
    The mentions, with the halts told from a sentence with "a separate" pause on as mentions too.

    "would halt attacks on the town of Falam for four hours every day ..., while the military
    announced a separate, one-off 12-hour truce in Mindat": two pauses, the first told as a halt;
    each later halt joins the one whose place it names.
    """
    text = analysis.article.text
    if not triggers or analysis.phrases.first(tables.separate, 0, len(text)) is None:
        return triggers  # no cue that sets a halt apart: the halts to come are read once, later, per pause
    halts = _halts_to_come(analysis, tables)
    lookup = SentenceLookup(analysis.article)
    apart = [
        sentence.start
        for sentence, start in [
            *((t.sentence, t.span.start) for t in triggers),
            *((lookup.at(h.start()), h.start()) for h in halts),  # "Separately, ... would halt all patrols in"
        ]
        if analysis.phrases.first(tables.separate, sentence.start, start) is not None
    ]
    if not apart:
        return triggers
    first = min(apart)
    # the halts from there on tell of one pause or the other, by the place they name: "Troops will halt
    # offensive operations ... around Kalonge", after "a pause around Kalonge ..., while a separate truce"
    added = [
        _Trigger(span=span_at(halt.start(), halt.end()), kind=PauseKind.CEASEFIRE, sentence=lookup.at(halt.start()))
        for halt in halts
        if halt.start() >= first
    ]
    return sorted([*triggers, *added], key=lambda t: t.span.start)


def _counted_together(text: str, pause: HumanitarianPause, count: int) -> bool:
    """Whether a pause is only the plural that counts the others ("two separate truces"), which are told apart."""
    numbers = [_COUNTED_PLURAL_BEFORE.search(text, max(0, span.start - 24), span.start) for span in pause.evidence]
    return all(
        found is not None and text[span.end - 1 : span.end] == "s" and count > _PLURAL_COUNTS[found.group(1).lower()]
        for found, span in zip(numbers, pause.evidence, strict=True)
    )


_PLURAL_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_COUNTED_PLURAL_BEFORE = re.compile(r"(?i:\b(two|three|four|[234])\s(?:(?:separate|local|new|humanitarian)\s){0,2})$")


def _told_bare(pause: HumanitarianPause) -> bool:
    """
    Whether a halt is told with nothing of its own: no day, hours, length, place, state, maker or corridor.

    Such a word is most often a deal's term, a proposal or a halt in passing, not a halt the story reports.
    """
    return (
        pause.start is None
        and pause.location is None
        and pause.end is None
        and pause.duration is None
        and pause.daily_window is None
        and pause.status is Status.UNKNOWN
        and not pause.corridors
        and not pause.announced_by
        and not pause.ordered_by
    )


def _started_long_ago(pause: HumanitarianPause, published: datetime.date | None) -> bool:
    """Whether a pause began a year or more before publication: a halt of the past, not the story's."""
    started = _day_of(pause.start) if pause.start is not None else None
    if started is None or published is None:
        return False
    return (published.year - started.year) * 12 + published.month - started.month >= _LONG_AGO


_EXTENDED_BY = re.compile(r"(?i:\b(?:by|for)\s(?:another\s|a\sfurther\s|an\sadditional\s|an\sextra\s)?)$")
"""What stands between an extension and its length: "by another 48 hours", "for an additional two days"."""
_EXTENSION_REACH = 100
_ON_CONDITION = re.compile(r"\s(?:for\s(?:every|each)|if|provided|as\slong\sas|in\sexchange\sfor\severy)\b")
_AFTER_LAPSE = re.compile(r"\safter\s(?:[\w’'-]+\s){0,4}?(?:had\s)?(?:lapsed|expired|ran\sout|collapsed|broke\sdown)\b")
"""A renewal after the first had ended ("renewed the truce ... two days after the first one lapsed"): no extension."""
_NOT_MADE = re.compile(
    r"(?i:\b(?:propos\w*|could|might|may|would|rejected|refused|reject|refuse|rejects|refuses|turned\sdown"
    r"|turns\sdown|turn\sdown|declined|declines|dismissed|dismisses|offers?|offered|called\sfor|calls?\sfor|urged|ready"
    r"|wants?|seeks?|asked|demanded|considering|discuss\w*|hopes?|possible|if))\b"
)
"""Words before an extension that make it asked, proposed, refused or hypothetical: no pause is made."""


def _extensions(
    analysis: Analysis,
    pause: HumanitarianPause,
    tables: PauseWords,
    lookup: SentenceLookup,
    owns: Callable[[int], bool] = lambda _: True,
) -> tuple[HumanitarianPause, list[HumanitarianPause]]:
    """
    The pauses extensions make ("agreed to extend a humanitarian ceasefire by 30 days"), and the first as they leave it.

    Each starts where the one before ends, or where its own stated end ("by another 72 hours,
    until 6 a.m. on Sunday") less its length puts it, and lasts what it says; where and by whom
    are the first's. An extension only proposed, refused or hoped for ("rejected a proposal to
    extend the truce by seven days"), or of a pause whose end is not known, makes none: the
    first pause is then read as extended. A stated end the first pause took from an extension's
    sentence is the extension's.
    """
    told = _extensions_told(analysis, pause, tables, lookup, owns)
    if not told:
        return pause, []
    # the pause's own end when an extension states it: the day as the pause read it ("until 6 a.m. on Sunday")
    told = [
        (at, length, pause.end if end and pause.end and end.span == pause.end.span else end) for at, length, end in told
    ]
    # one extension told again ("extend Jeddah truce by another 72 hours" ... "agreed to extend it by 72 hours"):
    # its length once, with the end it states where it does
    by_length: dict[datetime.timedelta | None, tuple[int, TimeMention, When | None]] = {}
    for at, length, end in told:
        kept = by_length.get(length.duration)
        if kept is None or (kept[2] is None and end is not None):
            by_length[length.duration] = (at, length, end)
    found = sorted(by_length.values(), key=lambda f: f[0])
    stated = {end.span for _, _, end in found if end is not None}
    first = pause
    if pause.end is not None and pause.end.span in stated:  # "extend ... by another 72 hours, until 6 a.m. on Sunday"
        ends_after = _later(pause.start, pause.duration) if pause.start and pause.duration else None
        first = attrs.evolve(pause, end=ends_after)
    previous = _following(first)
    if previous is not None:  # an extension ends after what it extends: "to 6 a.m. on Thursday" is the next one
        week = datetime.timedelta(days=7)
        found = [
            (
                at,
                length,
                _moved(end, week)
                if end is not None and end.value < previous.value and tables.weekday.search(end.text)
                else end,
            )
            for at, length, end in found
        ]
    made: list[HumanitarianPause] = []
    # in the order they hold: by their stated ends where they have them, else as told
    for verb_start, length, end in sorted(found, key=lambda f: (f[2].value if f[2] else "~", f[0])):
        duration = length.duration
        if duration is None:
            continue
        # "until June 10": through that day, so the extension began the day after its length before it
        through = _later(end, datetime.timedelta(days=1)) if end is not None and _DAY_ONLY.fullmatch(end.value) else end
        start = _later(through, -duration) if through is not None else previous
        if start is None and not made:
            # when the first ends is not said: one pause, extended ("agreed to extend ... by 30 days")
            return pause, []
        if start is None:
            continue
        ends = end if end is not None else _later(start, duration)
        made.append(
            attrs.evolve(
                first,
                start=start,
                end=ends,
                daily_window=None,
                duration=duration,
                status=Status.ANNOUNCED,
                corridors=(),
                evidence=(span_at(verb_start, (end or length).span.end),),
            )
        )
        previous = ends
    return first, made


def _extensions_told(
    analysis: Analysis,
    pause: HumanitarianPause,
    tables: PauseWords,
    lookup: SentenceLookup,
    owns: Callable[[int], bool],
) -> list[tuple[int, TimeMention, When | None]]:
    """
    Each extension of the pause made: where its verb starts, its length, and the end it states.

    Read in the pause's sentences, and in a sentence after one that extends "it"
    ("The seven-day truce took effect ... Last Friday the two sides agreed to extend it by five days").
    """
    text = analysis.article.text
    dated = [t for t in analysis.times if t.duration is not None]
    dated_starts = [t.span.start for t in dated]
    said = list(dict.fromkeys(lookup.at(span.start) for span in pause.evidence))
    sentences = sorted({*said, *(after for s in said if (after := lookup.after(s)) is not None)})
    found: list[tuple[int, TimeMention, When | None]] = []
    for sentence in sentences:  # each sentence once
        for verb in analysis.phrases.within(tables.extension, sentence.start, sentence.end):
            if not owns(verb.start()):
                continue  # "a 72-hour pause around Kalonge, while a separate truce ... was extended": the other's
            if sentence not in said and not _EXTENDS_IT.match(text, verb.end()):
                continue  # a sentence after the pause's extends it only by a pronoun: "agreed to extend it by"
            if _NOT_MADE.search(text, max(sentence.start, verb.start() - 60), verb.start()):
                continue
            if _ANY_AFTER.match(text, verb.end()):
                continue  # "offered to extend any halt in air strikes for 30 days": a halt supposed, none extended
            if _AFTER_LAPSE.search(text, verb.end(), sentence.end):
                return []  # a truce renewed after it lapsed is read as the pause itself, from its own start
            near = dated[
                bisect.bisect_left(dated_starts, verb.end()) : bisect.bisect_right(
                    dated_starts, verb.end() + _EXTENSION_REACH
                )
            ]
            length = next(
                (
                    t
                    for t in near
                    if t.span.end <= sentence.end and _EXTENDED_BY.search(text, max(0, t.span.start - 24), t.span.start)
                ),
                None,
            )
            if length is None or length.duration is None or _ON_CONDITION.match(text, length.span.end):
                continue  # "will extend the pause by one day for every 10 additional hostages freed": a rule, none made
            if _TO_A_TOTAL_AFTER.match(text, length.span.end):
                return []  # "extend a pause ... by three hours, to 11 hours": one pause, of the new length
            found.append((verb.start(), length, _stated_end(analysis, length, sentence)))
    return found


_TO_A_TOTAL_AFTER = re.compile(
    r",?\s(?:to|for\sa\stotal\sof)\s(?:a\s)?(?:\d+|[a-z]+(?:-[a-z]+)?)[\s-](?:hours?|days?|weeks?|months?)\b"
)
"""An extension's new total right after its length: "by three hours, to 11 hours"."""
_DAY_ONLY = re.compile(r"\d{4}-\d\d-\d\d")
_EXTENDS_IT = re.compile(r"\s(?:it|them)\b")
_ANY_AFTER = re.compile(r"\s(?:any|every)\b")
_UNTIL_RIGHT_AFTER = re.compile(r",?\s(?:until|till|to|through)\s")
"""An extension's end right after its length: "by another 72 hours, until 6 a.m. on Sunday"."""


def _stated_end(analysis: Analysis, length: TimeMention, sentence: Span) -> When | None:
    """The end an extension states right after its length, to the day at least, else None."""
    text = analysis.article.text
    cue = _UNTIL_RIGHT_AFTER.match(text, length.span.end, sentence.end)
    if cue is None:
        return None
    for mention in analysis.times:
        if mention.span.start in {cue.end(), cue.start() + 1} or (
            mention.span.start <= cue.end() - 1 < mention.span.end and mention.span.start > length.span.end
        ):
            when = mention.until or mention.when
            return when if when is not None and _day_of(when) is not None else None
    return None


def _following(pause: HumanitarianPause) -> When | None:
    """When a pause's extension begins: where it ends, or its start plus its length."""
    if pause.end is not None and _day_of(pause.end) is not None:
        return pause.end
    if pause.start is not None and pause.duration is not None and _day_of(pause.start) is not None:
        return _later(pause.start, pause.duration)
    return None


def _later(when: When, by: datetime.timedelta) -> When | None:
    """The same moment `by` later: to the minute with a clock time, to the day without; None when it cannot be."""
    if _FULL_MINUTE.fullmatch(when.value):
        moment = datetime.datetime.fromisoformat(when.value) + by
        return attrs.evolve(when, value=moment.strftime("%Y-%m-%dT%H:%M"))
    day = _day_of(when)
    if day is None or len(when.value) != len("YYYY-MM-DD") or by % datetime.timedelta(days=1):
        return None
    return attrs.evolve(when, value=(day + by).isoformat())


_FULL_MINUTE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_NTH_DAY_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:on|was|is|marked|marks)\s|,\s)"  # not "no later than the second day of the truce"
    r"the\s(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s(?:full\s)?day\s"
    r"of\s(?:the|a|an|its|this)\s[^.!?]{0,40}$"
)
"""A pause's day told as its nth, right before the pause's word: "the fifth day of the pause"."""
_NTH_DAY_ENTERED_AFTER = re.compile(
    r"(?:[^.!?;]{0,60}?\s)?(?:entered|enters|entering|went\sinto|goes\sinto|reached|reaches)\sits\s"
    r"(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s(?:full\s)?day\b"
)
"""A pause told to enter its nth day after its words: "a daily humanitarian pause ... entered its second day"."""
_DAYS_SINCE_THE_FIRST = {
    "second": 1,
    "third": 2,
    "fourth": 3,
    "fifth": 4,
    "sixth": 5,
    "seventh": 6,
    "eighth": 7,
    "ninth": 8,
    "tenth": 9,
}
_NTH_DAY_REACH = 60
"""How far before a pause's word "the second day of" is looked for ("the second day of the three-day Eid ceasefire")."""


def _first_day_told(analysis: Analysis, triggers: Sequence[_Trigger]) -> When | None:
    """
    The first day of a pause a day of which is told as its nth, with the day named before in the sentence.

    "Wednesday was the fifth day of the pause": it began four days before that Wednesday; "on Friday,
    the sixth day of the truce": five days before that Friday; "on Wednesday as a daily humanitarian pause ...
    entered its second day": the Tuesday. None when no such day is told, or more than one beside "entered".
    """
    text = analysis.article.text
    for trigger in triggers:
        nth = _NTH_DAY_BEFORE.search(
            text, max(trigger.sentence.start, trigger.span.start - _NTH_DAY_REACH), trigger.span.start
        )
        if nth is None:
            entered = _NTH_DAY_ENTERED_AFTER.match(text, trigger.span.end, trigger.sentence.end)
            if entered is None:
                continue
            # "on Wednesday as a daily five-hour humanitarian pause ... entered its second day", or "... entered its
            # second day on Wednesday": the day told in its sentence, before the pause's words or after its nth
            told = [
                t.when
                for t in analysis.times
                if trigger.sentence.start <= t.span.start
                and t.span.end <= trigger.sentence.end
                and (t.span.end <= trigger.span.start or t.span.start >= entered.end())
                and t.when is not None
            ]
            day = _day_of(told[0]) if len(told) == 1 else None
            if day is not None:
                first = day - datetime.timedelta(days=_DAYS_SINCE_THE_FIRST[entered["nth"]])
                return attrs.evolve(told[0], value=first.isoformat(), precision=Precision.DAY)
            continue
        told = [
            t.when
            for t in analysis.times
            if trigger.sentence.start <= t.span.start and t.span.end <= nth.start() and t.when is not None
        ]
        day = _day_of(told[-1]) if told else None
        if day is not None:
            first = day - datetime.timedelta(days=_DAYS_SINCE_THE_FIRST[nth["nth"]])
            return attrs.evolve(told[-1], value=first.isoformat(), precision=Precision.DAY)
    return None


def _made_on_its_saying(analysis: Analysis, triggers: Sequence[_Trigger]) -> When | None:
    """
    The day of a halt told as made on the day of its saying, when nothing else times it.

    "said on Sunday it was unilaterally halting military operations", "said on Tuesday he had decided to end
    military operations", "on Sunday ordered his Mahdi Army fighters to stop fighting": made that day.
    """
    text = analysis.article.text
    for trigger in triggers:
        start = max(trigger.sentence.start, trigger.span.start - _MADE_ON_ITS_SAYING_REACH)
        # "Badeh said on Friday that a truce had been agreed with the group": made as of the saying, of any name
        agreed = _SAID_ON_A_DAY_THAT_A.search(text, start, trigger.span.start)
        if agreed is not None and _HAD_BEEN_MADE_AFTER.match(text, trigger.span.end, trigger.sentence.end) is None:
            agreed = None
        if trigger.kind is not PauseKind.CEASEFIRE and agreed is None:
            continue
        made = (
            agreed
            or (
                _HALTING.match(text, trigger.span.start)
                and _SAID_ON_A_DAY_IT_WAS.search(text, start, trigger.span.start)
            )
            or _SAID_ON_A_DAY_IT_DECIDED.search(text, start, trigger.span.start)
            or _SAID_ON_A_DAY_IT_WOULD.search(text, start, trigger.span.start)
            or _ON_A_DAY_ORDERED_OWN_TO.search(text, start, trigger.span.start)
            or _TOLD_ON_A_DAY_THAT_IT_HAD.search(text, start, trigger.span.start)
        )
        if not made:
            continue
        told = [
            t.when
            for t in analysis.times
            if made.start() <= t.span.start
            and t.span.end <= made.end()
            and t.when is not None
            and t.when.precision is Precision.DAY
        ]
        if told:
            return told[0]
    return None


_SAID_ON_A_DAY_THAT_A = re.compile(
    rf"(?i:\b(?:said|announced|declared)\s(?:on\s)?{_WEEKDAY_NAME}\s(?:that\s)?(?:a|an|the)\s(?:[\w-]+\s)?)$"
)
_HAD_BEEN_MADE_AFTER = re.compile(r"\s(?:had|has|have)\sbeen\s(?:agreed|reached|declared|concluded|struck)\b")
"""After a halt said on a day: "... that a truce had been agreed": made, as of that saying."""
_MADE_ON_ITS_SAYING_REACH = 120
"""How far before a halt the saying or order that makes it is looked for, within its sentence."""
_ON_A_DAY_ORDERED_OWN_TO = re.compile(rf"\bon\s{_WEEKDAY_NAME}\s{_ORDERED_OWN_TO_BEFORE.pattern}")
"""An order to one's own fighters given on a weekday: "on Sunday ordered his Mahdi Army fighters to"."""


def _signed_as_told_after(analysis: Analysis, triggers: Sequence[_Trigger]) -> When | None:
    """
    The day of a deal's signing told after its halt, when nothing else times the halt.

    "have agreed a 'permanent cessation of hostilities' ... The deal was signed on Wednesday in Pretoria": the halt
    agreed holds from that Wednesday, as one "signed on Wednesday" in its own sentence does.
    """
    if not triggers:
        return None
    text = analysis.article.text
    first = triggers[0].span.start
    for told in itertools.islice(analysis.times, _SIGNING_SCAN):
        when = told.when
        if told.span.start < first or when is None or when.precision not in {Precision.DAY, Precision.MINUTE}:
            continue
        reach = max(0, told.span.start - _THE_DEAL_SIGNED_REACH)
        if (
            analysis.phrases.has_word(_THE_DEAL_SIGNED_WORDS, reach, told.span.start)
            and _THE_DEAL_SIGNED_THEN.search(text, reach, told.span.start) is not None
        ):
            return When(value=when.value[:10], precision=Precision.DAY, text=when.text, span=when.span)
    return None


_THE_DEAL_SIGNED_THEN = re.compile(
    r"(?i:\b(?:the|that|this)\s(?:[\w-]+\s){0,3}?(?:deal|agreement|accord|pact|truce|ceasefire|cease-fire|memorandum"
    r"|declaration),?\s(?:was|were|had\sbeen)\s(?:formally\s|finally\s)?(?:signed|sealed|concluded|struck|clinched)\b"
    r"(?:(?!\b(?:that|which|who|after|before|when|since|until|while)\b)[^.;:\"“”\n]){0,100})$"
)
"""A deal named again and signed, then the day of it in one clause: "The deal was signed on Wednesday in Pretoria"."""
_THE_DEAL_SIGNED_WORDS = ("signed", "sealed", "concluded", "struck", "clinched")
"""The words one of which `_THE_DEAL_SIGNED_THEN` holds, each a whole word."""
_THE_DEAL_SIGNED_REACH = 150
"""How far before its day a deal named again and signed may start: "The memorandum was signed on Thursday"."""


def _on_day(when: When, day: When) -> When:
    """`when` moved to the calendar day of `day`, its clock time kept."""
    return attrs.evolve(when, value=day.value[:10] + when.value[10:]) if _day_of(when) is not None else day


_MAX_PAUSES = 4
"""The most pauses read from one story: more places than that are one halt's reach, not separate halts."""
_NO_PAUSE = -1
"""The part of a mention that is none of the story's pauses (a halt told of as over)."""
_MAX_PLACES = 8
"""The most places kept for one pause: enough for its names, and a bound on the work of comparing them."""
_INTRODUCED = re.compile(
    r"(?<![\w-])(?i:an?|another)\s(?:[\"“']?(?!(?i:of|the|into|for|to|after|since|in|on|its|their|this|that|and)\s)[\w-]+\s){0,3}"
    r"[\"“']?$"
)
"""
An indefinite article before a mention, through at most three words: "a daily five-hour pause" is a new one.

A quotation may open on one of the words ('a 30-hour "Easter truce"').
"""


def _moved_on_to(text: str, trigger: _Trigger, tables: PauseWords) -> re.Match[str] | None:
    """The place a pause is carried to right after its mention: "The pauses will then move to southern Gaza"."""
    moved = _MOVED_ON_AFTER.match(text, trigger.span.end)
    return tables.destination.match(text, moved.end(), trigger.sentence.end) if moved is not None else None


_SEPARATELY = re.compile(r"(?i:\bseparately\b)")
"""A cue that sets a halt apart even from a pause told without its place."""
_MOVED_ON_AFTER = re.compile(r"\s(?:will\s)?(?:then\s)?(?:move|moves|shift|shifts)(?:\son)?(?=\sto\s)")
"""A halt carried to another place after its first: "The pauses will then move to southern Gaza"."""
_MAKING_A_HALT = r"announced|announces|declared|declares|began|begins|observed|issued|ordered|proclaimed"
"""The verbs of a party making a halt of its own, before it or before "a ... truce of its own"."""
_OWN_HALT_MADE = re.compile(
    rf"\b(?i:{_MAKING_A_HALT}"
    r"|(?:followed|responded|replied|reciprocated|answered|matched\s\w+)(?:\s[\w-]+){0,4}?\swith)"
    r"\s(?:(?i:its|their|his|her)\sown|(?i:an?|its|their|his|her)\s(?:reciprocal|matching|parallel))"
    r"\s(?:[\w-]+\s){0,3}[\"“']?$"
)
"""
A party making a halt of its own right before its mention, a second pause beside the first.

"Hamas announced its own one-week truce", "The Taliban responded two days later with their own three-day
ceasefire", "Machar announced a matching cease-fire".
"""
_MADE_ONE_BEFORE = re.compile(rf"\b(?i:{_MAKING_A_HALT})\s(?i:an?)\s(?:[\w-]+\s){{0,3}}[\"“']?$")
_OF_ITS_OWN_AFTER = re.compile(r"\sof\s(?i:its|their|his|her)\sown\b")
"""
A halt made "of its own" after its mention: "the guerrillas announced a unilateral truce of their own", "the
president declared a week-long truce of his own".
"""
_WATCHED_OVER = re.compile(
    r"\b(?i:oversee|overseeing|monitor|monitoring|supervise|supervising|police|policing|enforce|enforcing"
    r"|shore\sup|shoring\sup|consolidate|consolidating|cement|cementing)\s(?:an?|the)\s(?:[\w-]+\s){0,3}$"
)
"""A verb of keeping a halt watched over or made firm, right before its mention: "to oversee a truce"."""
_ANOTHER_CLAUSE = re.compile(r"(?:,\s(?:while|as|whereas|but)|;|\swhile)\s")
"""What sets a second halt's clause apart in one sentence: "a truce in A, while ... a daily pause"."""
_FRONTED = re.compile(r"(?:(?:Meanwhile|Separately|Elsewhere),?(?=\s[Ii]n\s))?")
"""Words that may open a sentence before the place it is about: "Meanwhile in Lashio, ..."."""
_PLACE_WORD = re.compile(r"[\w’'-]+")


@attrs.frozen
class _Place:
    """A place reduced to what tells it apart: its distinctive words, its initials, and whether it is a state."""

    words: frozenset[str]
    initials: str
    state: bool

    def same(self, other: _Place) -> bool:
        """Whether two mentions may name the same place: a shared word or acronym, or a state holding the other."""
        return (
            self.state
            or other.state
            or bool(self.words & other.words)
            or (len(self.initials) > 1 and self.initials in other.words)  # "Line of Control", "LoC"
            or (len(other.initials) > 1 and other.initials in self.words)
        )


@attrs.frozen
class _DaysTold:
    """The calendar days of a story's clock times, and of all its times, found by sentence in two bisections."""

    starts: list[int]
    times: list[TimeMention]
    day_starts: list[int]
    days: list[datetime.date]
    published: datetime.date | None

    @classmethod
    def of(cls, analysis: Analysis) -> _DaysTold:
        """Index the story's clock times on a day: a pause's own hours, not the days it was said or broken on."""
        dated = sorted(
            (t for t in analysis.times if t.clock_start is not None and t.when is not None and _day_of(t.when)),
            key=lambda t: t.span.start,
        )
        days = sorted(
            (t.span.start, day) for t in analysis.times if t.when is not None and (day := _day_of(t.when)) is not None
        )
        return cls(
            starts=[t.span.start for t in dated],
            times=dated,
            day_starts=[start for start, _ in days],
            days=[day for _, day in days],
            published=analysis.article.published,
        )

    def began_long_before(self, text: str, trigger: _Trigger) -> bool:
        """
        Whether a halt introduced anew as its sentence's subject took effect weeks before the story was published.

        "A ceasefire brokered by Moscow and Ankara, which took effect across the Idlib region on March 6, had largely
        held until ...", in a story of a pause on a Wednesday in December: another halt, a backdrop.
        """
        if (
            self.published is None
            or _OPENS_SENTENCE.fullmatch(text, trigger.sentence.start, trigger.span.start) is None
        ):
            return False
        took = TOOK_EFFECT.search(text, trigger.span.end, trigger.sentence.end)
        if took is None:
            return False
        first = bisect.bisect_left(self.day_starts, took.end())
        last = bisect.bisect_left(self.day_starts, trigger.sentence.end, first)
        return any((self.published - day).days >= _LONG_BEFORE for day in self.days[first:last])

    def in_sentence(self, sentence: Span) -> set[datetime.date]:
        """The days of the clock times in `sentence`."""
        first = bisect.bisect_left(self.starts, sentence.start)
        last = bisect.bisect_left(self.starts, sentence.end, first)
        return {day for t in self.times[first:last] if t.when is not None and (day := _day_of(t.when)) is not None}

    def earlier_range(self, trigger: _Trigger, told: set[datetime.date]) -> bool:
        """
        Whether a clock time right after `trigger` falls on a day well before every clock time told of its pause.

        "Last month, Putin declared a 30-hour "Easter truce" from 18:00 on 19 April to midnight on 20 April",
        in a story of a truce from May 8: an earlier pause, told with its own hours.
        """
        if not told:
            return False
        at = bisect.bisect_left(self.starts, trigger.span.end)
        if at == len(self.times) or self.starts[at] - trigger.span.end > _RANGE_AFTER_REACH:
            return False
        found = self.times[at]
        day = _day_of(found.when) if found.when is not None else None
        return (
            found.span.end <= trigger.sentence.end
            and found.clock_start is not None
            and day is not None
            and (min(told) - day).days >= _EARLIER_BY
        )


_LONG_BEFORE = 14
"""How many days before the story a halt introduced anew took effect, to be a backdrop rather than its pause."""
_RANGE_AFTER_REACH = 12
"""How far after its mention an earlier pause's range of hours may begin: 'truce" from 18:00 on 19 April'."""
_EARLIER_BY = 2
"""How many days before its pause's first an earlier pause's range must fall to be told apart from it."""


@attrs.frozen
class _Parts:
    """
    Which of the story's pauses each mention belongs to, and which pause owns each offset.

    A story mostly tells of one halt. Another is one introduced as new ("a daily pause in
    Baghouz") in a place that is none of the others', or in a clause of its own after one
    introduced in the same sentence ("a truce in Tafas, while ... kept up a daily pause").
    Every other mention joins the pause whose place it names, else the one told last before
    it, as the text goes on about it. A mention in a quotation or told of as over
    ("a truce in northern Shan that collapsed") introduces none.
    """

    of_trigger: tuple[int, ...]
    starts: list[int]
    parts: list[int]
    count: int
    told: list[Span]
    told_starts: list[int]
    told_mentions: list[list[tuple[Span, int]]]
    told_mention_starts: list[list[int]]
    turns: list[int]
    """Where the sentences that name pauses turn to another clause (", while"): what comes before is the first's."""
    answering: dict[int, int]
    """The pause each party's own halt answers ("Hamas announced its own truce"), by the part that tells it."""
    set_apart: frozenset[int]
    """The told sentences whose every mention is of another halt, set apart: what they say is no pause's."""

    @classmethod
    def of(cls, analysis: Analysis, triggers: list[_Trigger], tables: PauseWords) -> _Parts:
        """Split the mentions into pauses; a story with no mention of one has the one its corridors make."""
        text = analysis.article.text
        headline_end = title_end(analysis.article)
        not_places = _not_places(analysis, tables)
        places: list[list[_Place]] = []  # the places each pause is said to hold in; none yet for some
        part_of: dict[int, int] = {}
        introduced = -1  # where the last mention introducing a pause ends
        current = 0
        shouting = text.isupper()  # a text in capitals names no place apart from other words
        days = _DaysTold.of(analysis)
        part_days: list[set[datetime.date]] = []  # the days of clock times in each pause's sentences so far
        answering: dict[int, int] = {}
        back_to: tuple[Span, int] | None = None  # the sentence of a party's own halt, and the pause it answers
        for index, trigger in enumerate(triggers):
            if trigger.span.start < headline_end:
                continue
            if back_to is not None and trigger.sentence != back_to[0]:
                # "... followed with its own truce from Aug. 28", then "Duterte had called a first truce":
                # the story goes back to the halt it is about
                current, back_to = back_to[1], None
            own, place_end = ([], trigger.span.end) if shouting else _own_places(analysis, trigger, tables, not_places)
            moved_on = _MOVED_ON_AFTER.match(text, trigger.span.end) is not None
            # "The pauses will then move to southern Gaza", after central Gaza: another round, though both are Gaza's
            # "Hamas announced its own truce in the Gaza Strip": another party's halt, though in the same place
            reach = max(trigger.sentence.start, trigger.span.start - 80)
            own_halt = (
                bool(places)
                and len(places) < _MAX_PAUSES
                and (
                    _OWN_HALT_MADE.search(text, reach, trigger.span.start) is not None
                    or (
                        _OF_ITS_OWN_AFTER.match(text, trigger.span.end) is not None
                        and _MADE_ONE_BEFORE.search(text, reach, trigger.span.start) is not None
                    )
                )
            )
            if places and days.began_long_before(text, trigger):
                part_of[index] = _NO_PAUSE  # "A ceasefire ..., which took effect ... on March 6, had largely held"
                continue
            named = None if (moved_on and own) or own_halt else _named(places, own)
            before = text[max(trigger.sentence.start, trigger.span.start - 50) : trigger.span.start]
            new = (
                not shouting
                and len(places) < _MAX_PAUSES
                and (
                    _INTRODUCED.search(before) is not None
                    or moved_on
                    or analysis.phrases.first(tables.separate, trigger.sentence.start, trigger.span.start) is not None
                )
                # said in a quotation ("A pause for trucks ... in Rafah," a minister wrote), not a term quoted
                and not (
                    _quoted(text, trigger.sentence.start, trigger.span.start)
                    and not text.startswith(('"', "”"), trigger.span.end)
                )
            )
            unplaced = [i for i, p in enumerate(places) if not p]
            if named is not None:
                current = named
            elif not places:
                places.append([])
            elif (
                own
                and (
                    _over(text, place_end, trigger.sentence, tables)
                    # "a week after a Russian-brokered truce failed to stop the fighting in the South Caucasus"
                    or _ENDED_AFTER.match(text, trigger.span.end, trigger.sentence.end) is not None
                )
            ) or _ended_subject(text, trigger):
                part_of[index] = _NO_PAUSE  # "a pause around Kamanyola in March collapsed": another halt, over
                continue
            elif (
                own and unplaced and not (new and _SEPARATELY.search(text, trigger.sentence.start, trigger.span.start))
            ):
                current = unplaced[-1]  # the place of a pause first told without one
            elif own_halt or (
                new
                and (
                    own
                    or (
                        trigger.sentence.start <= introduced
                        and _ANOTHER_CLAUSE.search(text, introduced, trigger.span.start) is not None
                        # "... held on Tuesday, as the U.N. prepared to deploy monitors to oversee a truce agreed last
                        # week": the one just told, watched over
                        and _WATCHED_OVER.search(before) is None
                    )
                    or days.earlier_range(trigger, part_days[current])
                )
            ):
                # "a daily pause in Baghouz", after a truce in Tafas; "Separately, ... would halt all patrols
                # ... in Quissanga", after a daily pause told without its place; "Last month, Putin declared a
                # 30-hour "Easter truce" from 18:00 on 19 April", after a truce from May 8
                places.append([])
                if own_halt:
                    answering[len(places) - 1] = current
                    back_to = (trigger.sentence, current)
                current = len(places) - 1
            for place in own:  # "Meanwhile in Cauca, a pause around El Plateado": both its places
                if place not in places[current] and len(places[current]) < _MAX_PLACES:
                    places[current].append(place)
            if new:
                introduced = trigger.span.end
            part_of[index] = current
            while len(part_days) < len(places):
                part_days.append(set())
            part_days[current] |= days.in_sentence(trigger.sentence)
        kinds: dict[PauseKind, int] = {}  # the pause each kind of mention first names in the body
        for index, part in part_of.items():
            if part != _NO_PAUSE:
                kinds.setdefault(triggers[index].kind, part)
        for index, trigger in enumerate(triggers):
            if index not in part_of:  # a headline's mention: the pause whose place it names, else its kind's
                own, _ = ([], 0) if shouting else _own_places(analysis, trigger, tables, not_places)
                named = _named(places, own)
                part_of[index] = named if named is not None else kinds.get(trigger.kind, 0)
        body = [(t.span.start, part_of[i]) for i, t in enumerate(triggers) if t.span.start >= headline_end]
        by_sentence: dict[Span, list[tuple[Span, int]]] = {}
        for index, trigger in enumerate(triggers):
            by_sentence.setdefault(trigger.sentence, []).append((trigger.span, part_of[index]))
        told = sorted(by_sentence.items())
        return cls(
            of_trigger=tuple(part_of[i] for i in range(len(triggers))),
            starts=[start for start, _ in body],
            parts=[part for _, part in body],
            count=max(len(places), 1),
            told=[s for s, _ in told],
            told_starts=[s.start for s, _ in told],
            told_mentions=[m for _, m in told],
            told_mention_starts=[[span.start for span, _ in m] for _, m in told],
            turns=[
                turn.start()
                for sentence, mentions in told
                if len(mentions) > 1
                for turn in _ANOTHER_CLAUSE.finditer(text, sentence.start, sentence.end)
            ],
            answering=answering,
            set_apart=frozenset(
                index for index, (_, mentions) in enumerate(told) if all(part == _NO_PAUSE for _, part in mentions)
            ),
        )

    def at(self, offset: int) -> int:
        """The pause told last before `offset` (the first, before any is told)."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.parts[index] if index >= 0 else 0

    def owns(self, part: int, offset: int) -> bool:
        """
        Whether what is said at `offset` belongs to pause `part`.

        In a sentence that names a pause, what is said belongs to the mention nearest it
        ("a 24-hour truce in Tafas, while ... a daily pause"); elsewhere, to the pause told last.
        """
        index = bisect.bisect_right(self.told_starts, offset) - 1
        if index >= 0 and offset < self.told[index].end and index in self.set_apart:
            return False  # "A ceasefire ..., which took effect ... on March 6, had largely held": another halt's
        if self.count == 1:
            return True
        if index >= 0 and offset < self.told[index].end:
            mentions, starts = self.told_mentions[index], self.told_mention_starts[index]
            after = bisect.bisect_left(starts, offset)  # the nearest is the last before or the first after
            near = mentions[max(0, after - 1) : after + 1]
            if len(near) == 2 and _starts_within(self.turns, offset, near[1][0].start - offset):
                # "a 72-hour pause around Kalonge from Thursday, while a separate truce ...": the first's
                return near[0][1] == part
            return min(near, key=lambda m: _distance(offset, m[0]))[1] == part
        return self.at(offset) == part


def _distance(offset: int, span: Span) -> int:
    """How far `offset` lies from `span` (0 inside it)."""
    return span.start - offset if offset < span.start else max(0, offset - span.end + 1)


def _not_places(analysis: Analysis, tables: PauseWords) -> set[str]:
    """
    Names that are no place: the story's persons and groups ("Putin's truce"), days, months, occasions.

    A group is no place however the text spells it: "Unita" for the lexicon's "UNITA".
    """
    text = analysis.article.text
    return {
        name
        for a in analysis.actors.actors
        if a.kind not in _PLACE_KINDS
        for name in (a.name, *a.aliases, *(text[m.start : m.end] for m in a.mentions))
    } | tables.not_places


def _named(places: list[list[_Place]], own: list[_Place]) -> int | None:
    """The first pause said to hold in one of the places a mention names."""
    return next((i for i, said in enumerate(places) if any(p.same(o) for p in said for o in own)), None)


_TIME_AFTER_PLACE = re.compile(r"\s(?:in|on|last|earlier\sthis|this)\s[\w.]+(?:\s\d{4})?")
"""When, right after a place: "a pause around Kamanyola in March collapsed"."""


_ENDS = r"(?:collapsed|broke\sdown|ended|expired|failed|unravell?ed|fell\sapart|ran\sout|lapsed)\b"
_ENDED_IN_SENTENCE = re.compile(rf"\b{_ENDS}")
"""A halt's end anywhere after it in its sentence: "was renewed twice before it lapsed"."""
_ENDED_AFTER = re.compile(rf"\s(?:(?:had|has)\s)?{_ENDS}")
"""A halt's end told right after it: "a pause around Kamanyola in March collapsed within hours"."""
_ENDED_BUT = r"(?:but\s(?:it|they)\s)?(?:(?:had|has)\s)?(?:(?:largely|quickly|soon|effectively|mostly|all\sbut)\s)?"
"""What may stand between a halt's clause and its end: ", but it had largely unravelled by May"."""
_ENDED_LATER = re.compile(rf",\s(?:[^,;]{{1,160}}?,\s)?{_ENDED_BUT}{_ENDS}")
"""A halt's end told after a clause set between commas: "A 30-day moratorium ..., agreed in March, ran out in April"."""
_ENDED_IN_CLAUSE = re.compile(rf"\s(?:(?:had|has)\s)?{_ENDS}")
_ENDED_AFTER_AND = re.compile(rf"(?:,|\sand)\s{_ENDED_BUT}{_ENDS}")
"""A halt's end told as its sentence's second verb: "..., took effect in August 2023 and expired a year later"."""
_OPENS_SENTENCE = re.compile(r"(?i:an?)\s(?:[\w-]+\s){0,3}")


def _over(text: str, place_end: int, sentence: Span, tables: PauseWords) -> bool:
    """Whether a mention is told of as over after its place: "a truce in northern Shan that collapsed"."""
    when = _TIME_AFTER_PLACE.match(text, place_end, sentence.end)
    return any(
        tables.other_after.match(text, end, sentence.end) is not None
        or _ENDED_AFTER.match(text, end, sentence.end) is not None
        for end in (place_end, *((when.end(),) if when else ()))
    )


def _ended_subject(text: str, trigger: _Trigger) -> bool:
    """
    Whether a halt introduced as the subject of its sentence is told of as over.

    "A 30-day moratorium on strikes on energy facilities, agreed in March ..., ran out in April",
    "A 24-hour truce announced on May 20 ... broke down within hours": another halt than the one
    the story told before.
    """
    if _OPENS_SENTENCE.fullmatch(text, trigger.sentence.start, trigger.span.start) is None:
        return False
    clause_end = _clause_end(text, trigger)
    return (
        # "A 36-hour truce that Moscow declared on Jan. 6 collapsed within hours": its verb before any comma
        _ENDED_IN_CLAUSE.search(text, trigger.span.end, clause_end) is not None
        or _ENDED_LATER.match(text, clause_end, trigger.sentence.end) is not None
        or _ENDED_AFTER_AND.search(text, trigger.span.end, trigger.sentence.end) is not None
    )


def _clause_end(text: str, trigger: _Trigger) -> int:
    """Where the words about a mention end before a comma: "A ... moratorium on strikes on energy facilities"."""
    comma = text.find(",", trigger.span.end, trigger.sentence.end)
    return comma if comma >= 0 else trigger.sentence.end


def _own_places(
    analysis: Analysis, trigger: _Trigger, tables: PauseWords, not_places: set[str]
) -> tuple[list[_Place], int]:
    """
    The places one mention names itself, and where the first one's name ends (the mention's end without one).

    "a truce in Tafas", "the Hodeidah ceasefire", and the place its sentence opens with
    ("In Lashio, ... a daily pause").
    """
    text = analysis.article.text
    said = [(place, end) for place, end, _ in _places_after(analysis, trigger, tables)]
    before = _place_before(text, trigger)
    if before is not None:
        said.append((before, trigger.span.end))
    fronted = _FRONTED.match(text, trigger.sentence.start)
    opening = tables.place.match(text, fronted.end() - 1) if fronted is not None and fronted.end() > 0 else None
    if opening is not None and opening.end() < trigger.span.start and text.startswith(",", opening.end()):
        said.append((opening.group("place"), trigger.span.end))
    whither = _moved_on_to(text, trigger, tables)
    if whither is not None:  # "The pauses will then move to southern Gaza": where this round holds
        said.append((whither.group("place"), whither.end()))
    found: list[_Place] = []
    first_end = trigger.span.end
    for words, end in said:
        place = clean_place(words)
        if is_place(place, not_places, tables.demonyms) and not _SHOUTED.fullmatch(place):
            lowered = _PLACE_WORD.findall(place.lower())
            if not found:
                first_end = end
            found.append(
                _Place(
                    words=frozenset(w for w in lowered if w not in tables.generic_place_words),
                    initials="".join(w[0] for w in lowered),
                    state=place in tables.states,
                )
            )
    return found, first_end


_DESPITE_A_HALT_AFTER = re.compile(
    r"(?:\s(?:morning|afternoon|evening|night))?,?\s(?:despite|in\sspite\sof|notwithstanding)\s(?:a|an|the)\s"
    r"(?:[\w-]+\s){0,3}?(?:ceasefire|cease-fire|truce|pause|halt|lull)\b"
)
"""Right after a day, a halt the day's deed goes against: "on Monday, despite a ceasefire agreed on Saturday"."""


def _in_a_contrast(text: str, start: int, sentence: Span, triggers: Sequence[_Trigger]) -> bool:
    """
    Whether a day stands in a clause of another subject after the pause's mention: ", but", "and that", "in which".

    "declared a unilateral two-week truce on Friday ..., but a rival armed faction ordered residents to
    stay indoors for three days from Monday": the rival's Monday; not "but it will take effect on Monday".
    """
    reach = max(sentence.start, start - _CONTRAST_REACH)
    but, opener = max((text.rfind(opener, reach, start), opener) for opener in _CLAUSE_OPENERS)
    if but < 0 or _OF_THE_PAUSE_AFTER_BUT.search(text, but + len(opener), start) is not None:
        return False
    if opener == _RELATIVE_OPENER and "," in text[but + len(opener) : start]:
        return False  # "the JCCC, in which officers work side by side, ran from 10:00": back in the main clause
    if opener == " and that " and _ITS_OWN_VERB_AFTER_THAT.match(text, but + len(opener)):
        return False  # "a ceasefire that they agreed on August 22 and that took effect at noon": the pause's clause
    mentioned = [t.span.start for t in triggers if sentence.start <= t.span.start < start]
    return bool(mentioned) and max(mentioned) < but


def _day_of_another_halt(
    text: str, start: int, sentence: Span, triggers: Sequence[_Trigger], tables: PauseWords
) -> bool:
    """
    Whether a day dates another halt than the story's, told with its making right before it.

    "The truce ... is separate from the unilateral ceasefire declared last Friday by Somaliland's
    president": that ceasefire's Friday, not the truce's day.
    """
    made = _MADE_RIGHT_BEFORE.search(text, max(sentence.start, start - _MADE_RIGHT_BEFORE_REACH), start)
    if made is None:
        return False
    halt = tables.triggers.search(text, max(sentence.start, made.start() - _HALT_WORD_REACH), made.start() + 1)
    while halt is not None and halt.end() < made.start() - 1:  # the last halt word, right before the verb
        halt = tables.triggers.search(text, halt.end(), made.start() + 1)
    return (
        halt is not None
        and halt.end() >= made.start() - 1
        and all(t.span.start != halt.start() for t in triggers)
        and _ANOTHER_ONE_BEFORE.search(text, max(sentence.start, halt.start() - _HALT_WORD_REACH), halt.start())
        is not None
    )


_MADE_RIGHT_BEFORE = re.compile(
    r"[\"”’']?\s(?:declared|announced|agreed|signed|brokered|reached|proclaimed|called)\s(?:on\s|late\s|early\s)?$"
)
"""A participle of making right before a day: "the ceasefire declared last Friday", "a truce agreed on Monday"."""
_ANOTHER_ONE_BEFORE = re.compile(
    r"(?i:\b(?:separate\sfrom|distinct\sfrom|different\sfrom|unlike|similar|previous|earlier|former|prior|failed"
    r"|another))\b"
)
"""Words before a halt that set it apart from the story's: "separate from the unilateral ceasefire declared"."""
_MADE_RIGHT_BEFORE_REACH = 24
_WHOSE_TOOK_EFFECT = re.compile(
    r"\bwhose\s[^.;,()]{0,80}?\b(?:took|came|went|entered)\s(?:into\s)?(?:effect|force)\s(?:on\s|at\s|in\s)?$"
)
"""Another party's halt told in a relative clause, taking effect on a day: "whose ceasefire ... took effect on"."""
_WHOSE_REACH = 120
_HALT_WORD_REACH = 40
"""How far back the halt word before that participle may start: "humanitarian cessation of hostilities"."""


_CONTRAST_REACH = 200
_RELATIVE_OPENER = " in which "
_CLAUSE_OPENERS = (", but ", " and that ", _RELATIVE_OPENER)
"""What opens a clause of its own after a mention: a contrast, a second thing said ("... and that Red Cross
ambulances would be allowed into the camp on Saturday"), or what went before ("The truce follows weeks of
escalation in which 34 Turkish soldiers were killed ... on 27 February"), up to its comma."""
_ITS_OWN_VERB_AFTER_THAT = re.compile(rf"{_TOOK_EFFECT}|{_TAKES_EFFECT}|(?:was|is)\s(?:to\s)?(?:take|come|go)\s")
"""A verb of taking effect right after " and that": the pause's own relative clause, no subject of its own."""
_OF_THE_PAUSE_AFTER_BUT = re.compile(
    r"(?i:\b(?:it|its|this|that|they|which|only|not|(?:the|this|that)\s(?:\w+\s)?"
    r"(?:truce|ceasefire|cease-fire|pause|halt|lull|deal|agreement|accord|window|corridors?))\b)"
)
"""After ", but", the pause itself again: "but it will take effect on Monday", "but ... since it began on Saturday"."""


_WEEKS_AFTER_MAKING_BEFORE = re.compile(
    r"\b(?:days|weeks|months|years)\s(?:after|since)\s[a-z]+ing\b[^.;:\n]{0,30}$", re.IGNORECASE
)
"""Words before a halt made well before the news: "seize Bukavu, weeks after declaring 'humanitarian' ceasefire"."""


_WEARING_AWAY_AFTER = re.compile(
    r"\s(?:unravels|unravelled|unraveled|crumbles|crumbled|frays|frayed|in\statters)\b(?!\s(?:within|on\s(?:its\s)?first))"
)
"""Words after a halt worn away by the news: "as unilateral ceasefire unravels", not one that "frays within hours"."""


def _made_weeks_before(text: str, trigger: _Trigger) -> bool:
    """Whether a headline's halt was made well before its news, so the lead, which tells the news, does not tell it."""
    return (
        _WEEKS_AFTER_MAKING_BEFORE.search(text, max(0, trigger.span.start - 60), trigger.span.start) is not None
        or _WEARING_AWAY_AFTER.match(text, trigger.span.end) is not None
    )


@attrs.frozen
class _Mentions:
    """What one pause is built from: its mentions, their sentences, its corridors, and the offsets it owns."""

    pause_id: str
    triggers: list[_Trigger]
    sentences: list[Span]
    corridors: list[Corridor]
    corridor_sentences: list[Span]
    corridor_mentions: list[Span]
    owns: Callable[[int], bool]
    history: frozenset[Span]  # the story's sentences that tell another halt, of long ago


def _pause(analysis: Analysis, mentions: _Mentions, tables: PauseWords, sentences: SentenceLookup) -> HumanitarianPause:
    """One pause from its mentions: its hours and days, parties, place, status, purpose and corridors."""
    text = analysis.article.text
    triggers, corridors, corridor_sentences = mentions.triggers, mentions.corridors, mentions.corridor_sentences
    # A pause known only by its corridors ("agreed to open a humanitarian corridor to Poltava") is named there.
    trigger_sentences = list(dict.fromkeys(mentions.sentences)) or list(corridor_sentences)
    headline_end = title_end(analysis.article)
    lead = lead_sentence(analysis.article)
    if lead is not None and any(
        t.span.start < headline_end and t.sentence in mentions.sentences and not _made_weeks_before(text, t)
        for t in triggers
    ):
        trigger_sentences.append(lead)  # the lead restates the headline's pause
    # "Under the agreement, which took effect at 7 a.m. on Nov. 24, ...": the pause's hours without its name.
    halts = (
        [
            _Trigger(span=span_at(m.start(), m.end()), kind=PauseKind.CEASEFIRE, sentence=sentences.at(m.start()))
            for m in _halts_to_come(analysis, tables)
            if mentions.owns(m.start())
            # "agreed in principle ... possibly to halt fire along them": talked of, not made
            and not _is_other(analysis.phrases, text, m, sentences.at(m.start()), tables)
        ]
        if triggers
        else []
    )
    # "... ended with a cease-fire signed on November 9, 2020, that took effect the next day": that halt's start
    taking_effect = (
        {sentences.at(m.start()) for m in analysis.phrases.all(tables.effect) if mentions.owns(m.start())}
        | {halt.sentence for halt in halts}
        if triggers
        else set()
    ) - (mentions.history - set(mentions.sentences))
    continuations = _continued(analysis, trigger_sentences, tables)
    # "violated the ceasefire at 21:35 on 12 September": the time of a breach, not of the pause
    # "lifting the unilateral ceasefire ... effective 7 p.m. today": the time it ends
    breached = [
        (
            _BREACHED_BEFORE.search(text, max(0, t.span.start - 30), t.span.start) is not None
            # "breaching a fresh ceasefire ... within minutes of it starting at midnight": its start told too
            and _SOON_AFTER_ITS_START.search(text, t.span.end, min(t.sentence.end, t.span.end + _SOON_AFTER_REACH))
            is None
        )
        or _ENDED_BEFORE.search(text, max(0, t.span.start - 40), t.span.start) is not None
        # "even as fresh ceasefire violations were reported near Menaka": the day of breaches, not of the pause
        # (a headline's "truce violations" tells no day, and may be the one mention not of a breach)
        or (t.span.start >= headline_end and _BREACHES_AFTER.match(text, t.span.end) is not None)
        for t in triggers
    ]
    stated = {t.sentence for t, broken in zip(triggers, breached, strict=True) if not broken}
    only_breached = {t.sentence for t, broken in zip(triggers, breached, strict=True) if broken} - stated
    timed_sentences = set(trigger_sentences) - only_breached if stated else set(trigger_sentences)
    all_sentences = sorted(
        timed_sentences
        | set(corridor_sentences)
        | taking_effect
        | continuations
        | _told_before_corridors(analysis, corridor_sentences, sentences),
        key=lambda s: (s.start, s.end),
    )
    dateline = analysis.article.dateline
    # a byline's or a page's line between the title and the lead ("Oksana Lytvyn — Thursday, 8 May 2025, 20:47")
    # dates the story, not the pause
    header = span_at(headline_end, lead.start) if lead is not None and headline_end < lead.start else None
    made_long_ago = [
        t
        for t in triggers
        if _MADE_AGO_BEFORE.search(text, max(t.sentence.start, t.span.start - _MADE_AGO_REACH), t.span.start)
    ]
    times = [
        t
        for t in _times(analysis, all_sentences, sentences)
        if (dateline is None or not dateline.span.contains(t.span))
        and (header is None or not header.contains(t.span))
        and mentions.owns(t.span.start)
        # "after an air strike on Tuesday killed at least 17 people": the day of a blow, not of the pause
        and not _a_blow_before(analysis, t.span.start)
        # "Ethiopians greeted with cautious relief on Thursday the agreement": the day of a welcome
        and _A_WELCOME_OR_CHARGE_BEFORE.search(text, max(0, t.span.start - 40), t.span.start) is None
        and not _in_a_contrast(text, t.span.start, sentences.at(t.span.start), triggers)
        and not _day_of_another_halt(text, t.span.start, sentences.at(t.span.start), triggers, tables)
        # "the FARC, whose definitive bilateral ceasefire with the government took effect on August 29, 2016": theirs
        and not _WHOSE_TOOK_EFFECT.search(text, max(0, t.span.start - _WHOSE_REACH), t.span.start)
        # "had called his Indian counterpart at 3:35 p.m. and ... agreed to stop all firing": the call's time
        and not _a_call_before(analysis, t.span.start)
        # "had given the rebels a deadline of 5 p.m. to declare their own truce": a deadline's time
        and not _DEADLINE_BEFORE.search(text, max(0, t.span.start - 24), t.span.start)
        # "exchanged artillery fire ... on Monday, despite a ceasefire agreed ... on Saturday": the breach's day
        and not _DESPITE_A_HALT_AFTER.match(text, t.span.end)
        and not any(m.sentence.start <= t.span.start and t.span.end <= m.span.start for m in made_long_ago)
    ]
    times = _without_the_day_of_its_fall(times, text, sentences)
    # "on Wednesday ordered a pause ... on Friday": a pause does not begin before it is made
    times = _after_their_making(analysis, times, sentences, tables)
    # "talks on Friday, three days after the government ordered its troops to halt": the halt's Tuesday
    times = _counted_from_a_mention(text, times, triggers)
    # "Under the terms, which took effect as soon as both sides signed": a sentence of its taking effect says so too
    immediate = [
        s
        for s in sorted(set(trigger_sentences) | taking_effect, key=lambda s: s.start)
        if analysis.phrases.has_word(_IMMEDIATE_WORDS, s.start, s.end) and _IMMEDIATE.search(text, s.start, s.end)
    ]
    clock, day = _window(times, text, tables, immediate=immediate)
    halting = sorted(
        (taking_effect - set(trigger_sentences)) | {c for c in continuations if MADE_BY_PASSIVE.match(text, c.start)},
        key=lambda s: s.start,
    )  # "its forces would halt all hostilities"; "It was announced on 10 March by the AFC/M23"
    ordered, announced = _parties(
        analysis,
        [*_announcing(analysis, trigger_sentences, triggers, times=times, tables=tables, lookup=sentences), *halting],
        tables,
        made=None if triggers else [corridor.evidence for corridor in corridors],
        mentions=sorted([*(t.span for t in triggers), *(h.span for h in halts)], key=lambda span: span.start),
    )
    announced += [
        a for a in _hours_announcers(analysis, clock, trigger_sentences, sentences, tables) if a not in announced
    ]
    ordered += [
        party
        for party in _between(analysis, triggers)
        + _brokers(analysis, triggers)
        + _openers(analysis, corridors, tables, sentences)
        if party not in ordered
    ]
    announced = [a for a in announced if a not in ordered or len(ordered) > 1]
    # The hours: the start's own window, else a window said apart ("fighting will stop each day from 10:00 to 14:00").
    hours = clock if clock is not None and clock.clock_end is not None else None
    hours = hours or next((t for t in times if t.clock_start is not None and t.clock_end is not None), None)
    daily_window = None
    if hours is not None and hours.clock_start is not None and hours.clock_end is not None:
        daily_window = DailyWindow(start=hours.clock_start, end=hours.clock_end)
    # A pause known only by its corridors is as long as they are open ("The corridor will be open for six hours")
    named = triggers or [
        _Trigger(span=span, kind=PauseKind.HUMANITARIAN_PAUSE, sentence=span) for span in mentions.corridor_mentions
    ]
    # "would halt its offensive on En Nahud for 72 hours": a halt to come says the pause's length too
    said = sorted([*named, *halts], key=lambda t: t.span.start)
    # a length said with a breach is still the pause's: "violated the three-day ceasefire"
    lengths = times + [
        t for t in _times(analysis, sorted(only_breached, key=lambda s: s.start), sentences) if t.duration
    ]
    duration = _duration(sorted(lengths, key=lambda t: t.span.start), said, text) or _deal_length(
        (t for t in analysis.times if mentions.owns(t.span.start)), text
    )
    if duration is None and clock is not None:
        # "allowed to exit ... for two days from 6 a.m.", "during a 12-hour window opening at 7 a.m.": the length
        # said right before the pause's opening time
        duration = next(
            (
                t.duration
                for t in times
                if t.duration is not None
                and t.span.end <= clock.span.start
                and _LENGTH_THEN_START.fullmatch(text, t.span.end, clock.span.start)
            ),
            None,
        )
    if duration is None and daily_window is not None:
        duration = (_clock_offset(daily_window.end) - _clock_offset(daily_window.start)) % datetime.timedelta(days=1)
    day_begins = day is not None and bool(
        tables.start_cue_before.search(text, max(0, day.span.start - _START_CUE_REACH), day.span.start)
        # "Since Saturday, May 3, a total ceasefire ... has been in force. It took effect at midnight": that midnight
        or _SINCE_A_DAY_BEFORE.search(text, max(0, day.span.start - 24), day.span.start)
    )
    # the clock time said again right before the day of its saying (a headline's "from midnight", then the lead's);
    # or the day the deal was signed, told after "took effect at midnight": the midnight that ends it
    day_said = (
        day is not None
        and clock is not None
        and clock.span.end <= day.span.start
        and _SIGNED_ON_BEFORE.search(text, max(0, day.span.start - _SIGNED_ON_REACH), day.span.start) is not None
    ) or (
        day is not None
        and clock is not None
        and any(
            t.clock_start == clock.clock_start
            and t.span.end <= day.span.start <= t.span.end + _SAID_DAY_GAP
            and _SAID_BETWEEN.search(text, t.span.end, day.span.start) is not None
            and _BEGAN_NEAR.search(text, max(0, t.span.start - 40), t.span.start) is None
            for t in times
        )
    )
    if clock is not None and clock.when is None and day is not None and clock.span.end <= day.span.start:
        # a headline's "ceasefire from midnight", the lead's "agreed on Thursday to a ceasefire ... from midnight":
        # the clock said again after the day is the one read with it
        clock = next(
            (
                t
                for t in times
                if t.span.start >= day.span.end
                and t.when is None
                and (t.clock_start, t.clock_end) == (clock.clock_start, clock.clock_end)
            ),
            clock,
        )
    start_when = (
        _start(clock, day, day_begins=day_begins or _midnight_gone(analysis, clock, day), day_said=day_said)
        or _next_midnight(analysis, clock, day, times, tables)
        or _today_at_its_clock(analysis, clock, day, times)
    )
    signing = (
        # the signing's day may be told in a sentence of its own ("The deal was signed late on Thursday")
        _after_signing(analysis.phrases, text, analysis.times, all_sentences)
        or _on_signing(analysis, all_sentences)
        or _within_a_while(analysis.phrases, text, times, all_sentences, start_when)
    )
    start_when = signing.start if signing is not None else start_when
    if start_when is None and signing is None:
        start_when = _made_on_its_saying(analysis, triggers)  # "said on Sunday it was unilaterally halting"
    if start_when is None and signing is None:
        start_when = _signed_as_told_after(analysis, triggers)  # "... The deal was signed on Wednesday"
    first_day = _first_day_told(analysis, triggers) if signing is None else None
    if first_day is not None:  # "Wednesday was the fifth day of the pause": it began four days before
        start_when = _on_day(start_when, first_day) if start_when is not None else first_day
    if start_when is not None and (
        _on_a_condition(analysis.phrases, text, trigger_sentences, times)
        or (analysis.phrases.has_word(("say",), 0, len(text)) and _NO_START_SAID.search(text) is not None)
    ):
        start_when = None  # "will take effect on the day a final peace accord is signed": a day not yet known
    end_when = _end(clock, times, text, start_when)
    if start_when is not None and end_when is not None and _before(end_when, start_when):
        # "to come into force ... on Saturday and to end at 06:00 on Monday": the Monday after the start; else
        # "once it expired on Tuesday", read as last Tuesday: an end before the start is none
        end_when = _weekday_after(end_when, start_when, analysis.article.published)
    if start_when is not None and end_when is not None and duration is not None and _DAY_ONLY.fullmatch(end_when.value):
        # "The four-day truce took effect at 7 a.m. on Friday and had been set to expire early Tuesday": at 7 a.m.
        to_the_minute = _later(start_when, duration)
        if to_the_minute is not None and to_the_minute.value[:10] == end_when.value:
            end_when = attrs.evolve(to_the_minute, text=end_when.text, span=end_when.span)
    if duration is None and daily_window is None:
        duration = _elapsed(start_when, end_when)  # "from 3 p.m. on Saturday until 3 p.m. on Monday": 48 hours
    # "daily" said of the pause itself, not of the aid it lets in ("200 trucks are to enter each day")
    named_in = set(trigger_sentences) | continuations | {h.sentence for h in halts}  # "would hold fire every day"
    recurring = next(
        (
            t.recurrence
            for t in times
            if t.recurrence is not None
            and sentences.at(t.span.start) in named_in
            and not _RATE_BEFORE.search(text, max(0, t.span.start - 30), t.span.start)  # "410 trucks a day"
        ),
        None,
    )
    if end_when is None and recurring is None:
        end_when = _window_end(start_when, clock)  # "on Friday ... The pause is to last from 8 a.m. to 4 p.m."
    if end_when is None and recurring is None:
        end_when = _closing_time(start_when, times, text)  # "began at 6 a.m. ... was due to end at 2 p.m."
        if duration is None and daily_window is None:
            duration = _elapsed(start_when, end_when)
    if recurring is None and daily_window is not None:  # its hours, said as from one clock time to another
        duration = _within_its_day(duration, start_when, end_when)
    spans = (
        {t.span for t in triggers}
        | {h.span for h in halts}  # "said on Sunday it would suspend military operations around Dikwa"
        | ({corridors[0].evidence} if corridors and not triggers else set())
    )
    evidence = sorted(spans, key=lambda s: (s.start, s.end))
    return HumanitarianPause(
        id=mentions.pause_id,
        kind=triggers[0].kind if triggers else PauseKind.HUMANITARIAN_PAUSE,
        location=_location(
            analysis,
            triggers,
            tables,
            # "signed the agreement at a ceremony in ... Wabag": where it was signed, not where it holds
            {c for c in continuations if not _SIGNED_IT.search(text, c.start, c.end)},
            halts,
            corridors=[
                _Trigger(span=span, kind=PauseKind.HUMANITARIAN_PAUSE, sentence=sentences.at(span.start))
                for span in mentions.corridor_mentions
            ],
        )
        # "a humanitarian corridor would run from the Azot plant ... toward Svatove": a pause known by its
        # corridors holds where they start
        or next((corridor.origin for corridor in corridors if corridor.origin), None),
        start=start_when,
        end=end_when,
        daily_window=daily_window,
        timezone=_timezone(clock, hours, times),
        recurrence=recurring,
        duration=duration,
        ordered_by=[a for a in ordered if _suitable_actor(analysis, a)],
        announced_by=[a for a in announced if _suitable_actor(analysis, a)],
        purpose=_purpose(text, triggers, tables),
        status=_status(analysis, triggers, tables),
        corridors=corridors,
        evidence=evidence,
    )
