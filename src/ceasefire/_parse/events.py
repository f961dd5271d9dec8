"""
Stage: events of the fixed ontology, with who did them, when, where, and who says so.

Each `EventKind` has trigger words in the lexicon ("halted air attacks", "siege", "denied").
A sentence gives at most one event of a kind. The agent is the actor named just before the
trigger ("Moscow denied") or after "by" ("organized by Moscow"); the target, the actor right
after it ("killing civilians"). The date is the time expression of the sentence nearest the
trigger ("halted air attacks on the city on Oct. 18", "a siege ... since September"); a
statement is dated by the time next to its verb ("said Tuesday"). Status comes from
negation, modality and the pause-like verbs around the trigger. The source is the actor the
sentence attributes it to ("X said", "according to X").

The story's own pause adds a ``pause_announced`` event (and a ``ceasefire`` one for a truce or
ceasefire); mentions of other halts ("a short ceasefire that ended last month") become
``ceasefire`` events of their own.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from collections.abc import Mapping, Sequence

import attrs

from ceasefire._lexicon import Lexicon
from ceasefire._model import (
    ActorKind,
    Event,
    EventKind,
    HumanitarianPause,
    Modifier,
    PauseKind,
    Precision,
    Span,
    Status,
    When,
    span_at,
)
from ceasefire._parse._attribution import ACCORDING_TO, SAID_BEFORE, actor_after, actor_before, subjects_before
from ceasefire._parse._mentions import Analysis, TimeMention
from ceasefire._parse._text import (
    PUBLISHED_THING_BEFORE,
    SentenceLookup,
    alternation,
    containing,
    keyed,
    lead_sentence,
    phrase_pattern,
    title_end,
)
from ceasefire._parse.pauses import (
    ASKED_FOR_REACH,
    HYPOTHETICAL_AFTER,
    MADE_BY_PASSIVE,
    PauseWords,
    asked_for_before,
    clean_place,
    in_a_name,
    is_place,
    never_made,
    pause_words,
    pause_words_said_otherwise,
    tells_of_no_war,
)
from ceasefire._parse.time import NAMING_WORD_BEFORE, day_after, war_begun_before


_MODAL_GAP = re.compile(r"(?:\s\w+)?\s")
_PARTICIPLE_ADJUNCT = re.compile(r"(?i:[a-z]+ing)")
"""A trigger that may open a participle phrase after a comma ("..., killing 12"): its agent is the clause's."""
_PASSIVE_BY = re.compile(r"\s(?:\w+\s){0,3}?by\s")
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got|get)\s(?:[a-z]+ly\s)?$")  # not "IS dismissed"
"""A passive's auxiliary right before its verb: "were killed", "was reportedly struck"."""
_ON_AGAINST = re.compile(r"\s(?:on|against)\s")
_PERFECT = re.compile(
    r"(?i:\b(?:has|have)\s\w+ed\b|\b(?:says|announces|declares|tells)\b)"
    r"|(?:\)|\b[A-Z][\w-]*)\s(?:declare|announce|say|offer|agree)\b"
)
"""
A present perfect or a present saying before a pause: as of publication.

"Putin has offered", "Qatar says", and a plural subject's "Rapid Support Forces (RSF) declare".
"""


@attrs.frozen
class _Tables:
    """The event words of a lexicon, compiled once."""

    kinds: dict[str, EventKind]
    triggers: re.Pattern[str]
    negation: re.Pattern[str]
    modal: re.Pattern[str]
    ongoing: re.Pattern[str]
    say: re.Pattern[str]
    say_to: frozenset[str]
    said_now: frozenset[str]
    onset: re.Pattern[str]
    operation_began: re.Pattern[str]
    cause_after: re.Pattern[str]
    words_attacked_after: re.Pattern[str]
    weapons: re.Pattern[str]
    blows_of_peace: frozenset[str]
    war_joined: frozenset[str]
    bare_aid: frozenset[str]
    aid_words: re.Pattern[str]
    passage_of_aid: re.Pattern[str]
    handing_over: frozenset[str]
    things_handed: re.Pattern[str]


_GOT_PEOPLE_OUT = keyed(
    re.compile(
        r"(?<![\w-])(?i:get|getting|got|bring|bringing|brought)\s(?:(?:the|some|more|about|nearly|hundreds|thousands"
        r"|dozens|scores|of|\d[\d,]*|[a-z]+)\s){1,4}?(?i:civilians|people|residents|families|children|patients"
        r"|wounded|women)\sout\s(?:of|from)\b"
    ),
    ["get", "getting", "got", "bring", "bringing", "brought"],
)
"""People got or brought out of a place, the words apart: an evacuation ("to get hundreds of civilians out of")."""
_VOLLEY = keyed(
    re.compile(
        r"(?<![\w-])(?i:launched|fired|sent)\s(?:(?:at\sleast|more\sthan|nearly|about|some|over|up\sto)\s)?"
        r"\d[\d,]{0,6}\s(?:[\w-]+\s){0,3}?(?i:drones|missiles|rockets|shells|mortar\srounds|mortars|bombs|projectiles)\b"
    ),
    ["launched", "fired", "sent"],
)
"""A volley counted: "Russia launched 96 drones and four ballistic missiles at Ukraine", "fired 20 rockets"."""
_PLOY_WORDS = (
    r"(?:trick|ploy|sham|farce|joke|show|stunt|charade|lie|deception|smokescreen|manoeuvre|maneuver|exercise"
    r"|propaganda|theatre|theater|hoax|fraud|trap|gimmick|bluff|ruse)(?![\w-])(?!\sof\b)"  # not "a show of goodwill"
)
_CALLED_A_PLOY = keyed(
    re.compile(
        r"(?<![\w-])(?i:called|calls|branded|brands|described|describes|denounced|denounces|dismissed|dismisses"
        r"|derided|derides|saw|sees|regarded|regards|brushed\soff|brushes\soff|waved\saway|waves\saway)\s"
        r"(?:(?:the|this|that|its|their|his|her|[A-Z][\w-]*['’]s)\s(?:so-called\s)?(?:[\w-]+\s)?"
        r"(?:ceasefire|cease-fire|truce|pauses?|move|offer|announcement|proposal|declaration|deal|decision|plan)|it)\s"
        # "branded the truce a sham", "described it as propaganda", "saw the announcement as "propaganda ..."",
        # 'called the pause "theatre for the cameras"', 'called it "a show for the cameras"'
        r"(?:as\s(?:(?:a|an|nothing\sbut|a\smere|mere|just|another|pure)\s)?"
        r"|[\"“](?:(?:a|an|nothing\sbut|a\smere|mere|just|another|pure)\s)?"
        r"|(?:a|an|nothing\sbut|a\smere|mere|just|another|pure)\s)[\"“]?(?:[\w-]+\s){0,3}?" + _PLOY_WORDS
    ),
    [
        *("called", "calls", "branded", "brands", "described", "describes", "denounced", "denounces", "dismissed"),
        *("dismisses", "derided", "derides", "saw", "sees", "regarded", "regards", "brushed", "brushes", "waved"),
        "waves",
    ],
)
"""
A halt or an offer called a ploy: rejected ("called the move a propaganda trick", "branded the truce a sham",
"brushed off the offer as propaganda").
"""
_NONE_TO_BE = keyed(
    re.compile(
        r"(?<![\w-])(?i:there)\s(?i:will|would|shall|can|could)\s(?:(?i:never|not|ever)\s)?(?i:be)\s(?i:no)\s"
        r"(?:(?i:more|further|new|immediate|humanitarian|christmas|ramadan|easter|holiday)\s)?"
        r"(?i:ceasefire|cease-fire|truce|pause|halt|let-up|negotiations?|talks|dialogue)(?![\w-])"
    ),
    ["there"],
)
"""
A halt or talks ruled out, told as what will not be: "said there would be no ceasefire while the RSF held cities",
'"There will be no truce with bandits"'. A rejection, whoever's words they are.
"""
_WAS_A_PLOY = keyed(
    re.compile(
        r"(?<![\w-])(?i:ceasefire|cease-fire|truce|pause|offer|announcement|proposal|declaration)\s(?i:was|is)\s"
        r"(?:(?:a|an|nothing\sbut|a\smere|mere|just|only|pure)\s)?[\"“]?(?:[\w-]+\s){0,2}?" + _PLOY_WORDS
    ),
    ["ceasefire", "cease-fire", "truce", "pause", "offer", "announcement", "proposal", "declaration"],
)
"""The same told of the halt itself: "told Sky News the offer was "theatre for the cameras"", "the truce is a sham"."""
_QUOTE_OPENS_ON_A_PLOY = keyed(
    re.compile(
        r"(?<=[\"“])(?:This|That|It)\s(?:is|was)\s(?:(?:a|an|nothing\sbut|a\smere|mere|just|only|pure)\s)?"
        r"(?:[\w-]+\s){0,2}?" + _PLOY_WORDS
    ),
    ["This", "That", "It"],
)
"""
A quotation that opens by calling what it answers a ploy: '"This is theatre for the cameras, not a humanitarian
gesture," a spokesman said' rejects the story's pause, read only where the story has one.
"""
_HALTED_BLOWS = keyed(
    re.compile(
        r"(?<![\w-])(?i:halted|suspended|stopped|ceased)\s(?:(?:its|their|all|the)\s)?"
        r"(?:(?!(?:by|for|in|on|at|after|amid|because|over|to|from|with|due)\s)[a-z-]+\s(?:and\s)?){1,2}?"
        r"(?i:strikes|airstrikes|shelling|bombing|bombardment|bombardments|raids)\b"
        r"|(?<![\w-])(?i:strikes|airstrikes|shelling|bombing|bombardment|raids)\s(?:[^\s.;:,]+\s){0,4}?"
        r"(?:have|has|had|were|was)\s(?:been\s)?(?i:halted|suspended|stopped)\b"
        # "Syrian and Russian aircraft stopped striking the town centre on Monday"
        r"|(?<![\w-])(?i:halted|stopped|ceased)\s(?i:striking|bombing|shelling|raiding|firing\son)\b"
    ),
    [
        "halted",
        "suspended",
        "stopped",
        "ceased",
        "strikes",
        "airstrikes",
        "shelling",
        "bombing",
        "bombardment",
        "raids",
    ],
)
"""
Blows halted, a word or two of their kind between ("halted air and artillery strikes", "halted artillery shelling of
Argun"), told in the passive ("air strikes on Kunduz have been halted since mid-month"), or with their verb ("stopped
striking the town centre on Monday").
"""
_NO_SORTIES = keyed(
    re.compile(
        r"(?<![\w-])(?i:carried\sout|conducted|launched)\sno\s(?:[a-z-]+\s){0,2}?"
        r"(?i:missions|sorties|raids|strikes|airstrikes|flights)\b"
        # "have flown no missions over Ilovaisk since Sunday": flights, a halt only with its day
        r"|(?<![\w-])(?i:flown|flew)\sno\s(?:[a-z-]+\s){0,2}?(?i:missions|sorties|raids|flights)"
        r"(?=[^.;:!?]{0,60}\bsince\s)"
        # "its gunships have not flown over Torit since Aug. 11", "have dropped no bombs on the town since Monday"
        r"|(?<![\w-])(?i:not|never)\s(?i:flown|flew)\s(?:[a-z-]+\s){0,2}?(?i:over|above|missions|sorties|raids)\b"
        r"(?=[^.;:!?]{0,60}\bsince\s)"
        r"|(?<![\w-])(?i:dropped)\sno\s(?:[a-z-]+\s){0,2}?(?i:bombs|munitions)\b(?=[^.;:!?]{0,60}\bsince\s)"
    ),
    ["flown", "flew", "carried", "conducted", "launched", "not", "never", "dropped"],
)
"""
Blows told as none flown since a day or for a while: "its warplanes have flown no missions over Ilovaisk since
Sunday", "has carried out no raids on Gwoza since the 14th", "have not flown over the area since October 29", "have
dropped no bombs on the southern countryside since October 16": a halt, as of then.
"""
_NONE_FLOWN_BEFORE = re.compile(r"(?i:\b(?:flown|flew|carried\sout|conducted|launched)\sno\s(?:[a-z-]+\s){0,2})$")
"""Right before blows told as none flown ("carried out no raids"): the halt `_NO_SORTIES` reads, no blow."""
_SINCE_THEN_THE_WAR = keyed(
    re.compile(
        r"(?<![\w-])Since\s(?:(?:early|late|mid-?)\s?)?(?:\d{4}|(?:January|February|March|April|May|June|July|August"
        r"|September|October|November|December)(?:\s\d{4})?),(?:\s[^\s.;:]+){0,14}?\s(?:the\s)?(?:civil\s)?"
        r"(?:war|conflict|insurgency|uprising|rebellion)\b"
    ),
    ["since"],
)
"""A sentence opening on the year a war has gone on since: "Since 2011, more than 100,000 lives have been claimed by
the civil conflict"."""


_FOUGHT_SINCE = keyed(
    re.compile(
        r"(?<![\w-])(?i:has|have)\s(?:been\s)?(?:fighting|fought|battling|battled|waging|at\swar|in\sconflict|raged|raging"
        r"|torn)\b"
        r"(?:\s[^\s.;:,]+){1,8}?\ssince(?![\w-])"
    ),
    ["has", "have"],
)
"""
A fight told as going on since a day: "Al-Shabaab has been fighting to topple the government since 2006", "The army,
which has been at war with the RSF since April 2023", "Fighting has raged around the city since August".
"""
_WAR_ON_SINCE = keyed(
    re.compile(
        r"(?<![\w-])(?i:war|conflict|insurgency|aggression|rebellion)\s(?:on|in|against)"
        r"(?:\s[^\s.;:,]+){1,4}?\ssince(?![\w-])"
    ),
    ["war", "conflict", "insurgency", "aggression", "rebellion"],
)
"""A war told as going on since a day: "Israel's war on the Gaza Strip since October 7, 2023"."""
_GREW_OUT_OF = keyed(
    re.compile(
        r"(?<![\w-])(?i:war|conflict|insurgency|uprising|rebellion),?(?:\s[^\s.;:]+){0,3}?"
        r"\s(?i:grew|grown|sprang|sprung|arose|emerged)\s(?:out\s)?(?:of|from)(?![\w-])"
    ),
    ["war", "conflict", "insurgency", "uprising", "rebellion"],
)
"""A war told as grown out of what went before it: "Syria's war grew out of a crackdown on protests in March 2011"."""
_UPRISING_BEGAN = keyed(
    re.compile(
        r"(?<![\w-])(?i:uprising|revolt|rebellion|revolution)(?:\s(?i:against|in|of)\s[^\s.;:,]+(?:\s[^\s.;:,]+){0,4}?)?"
        r"\s(?i:began|started|erupted|broke\sout)(?![\w-])"
    ),
    ["uprising", "revolt", "rebellion", "revolution"],
)
"""A revolt told as begun: "The uprising against President Bashar al-Assad began in March last year"."""
_TOLL_SINCE = keyed(
    re.compile(
        r"(?<![\w-])(?i:war|conflict|insurgency|rebellion|uprising|revolt),?(?:\s[^\s.;:]+){0,8}?"
        r"\s(?i:has|have|had)\s(?:[a-z]+ly\s)?(?i:killed|claimed|left|cost|displaced|uprooted|forced|driven)\b"
        r"(?:\s(?!(?i:ceasefire|cease-fire|truce)\b)[^\s.;:]+){1,16}?\ssince(?![\w-])"
    ),
    ["war", "conflict", "insurgency", "rebellion", "uprising", "revolt"],
)
"""
A war's toll told since a day: "The communist insurgency has killed an estimated 30,000 people since it began in
1969", "The conflict in Donbas has killed about 13,000 people since April 2014": the war begun then. Not "violence"
("Gang violence has killed 4,000 people since January" is a toll, no war begun), nor a toll told past a truce
("has killed 10,000 people, turning a ceasefire that has held since March").
"""


def _onset_pattern(lexicon: Lexicon, nouns: Sequence[str]) -> re.Pattern[str]:
    """
    A noun of fighting and a verb of beginning, a short complement or "which" between.

    "the offensive on west Mosul began", "The communist insurgency, which began in 1969".
    """
    verbs = alternation(lexicon.word_list("event.onset_verbs"), ignore_case=True)
    return keyed(
        re.compile(
            # "The war between the army and the RSF began in April 2023"
            rf"(?<![\w-])(?i:{alternation(nouns)})"
            # "The conflict between the PKK and the Turkish state began in 1984": two words after "and" too
            rf"(?:\s(?:on|in|against|of|for|between|by)\s(?:the\s)?[\w’'-]+(?:\s[\w’'-]+)?"
            rf"(?:\sand\s(?:the\s)?[\w’'-]+(?:\s[\w’'-]+)?)?"
            # "the offensive to retake Mosul began on October 17": its aim between
            r"|\sto\s(?:re)?(?:take|capture|claim|gain|seize|drive|oust|clear|free|liberate)\s(?:the\s)?[\w’'-]+)?"
            rf"(?:,\s(?:which|that)(?:\s(?:first|originally))?"  # "The communist insurgency, which began in 1969"
            # "Jihadist violence that began in the north in 2012": not "hostilities that escalated into war"
            r"|\s(?:which|that)(?=\s(?:began|erupted|broke\sout|started)\s(?:in|on|last|more|nearly|almost|\d))"
            # "The decade-long insurgency, launched in February 1996, has claimed": a participle set off
            r"|,(?=\s(?:launched|started)\s(?:in|on)\s)"
            # "The insurgency in Cabo Delgado, home to major natural gas projects, began in October 2017"
            rf"|,\s(?!(?i:which|that|who|and|but)\b)[^,.;:\"“”()]{{1,60}},)?"
            rf"\s{verbs}(?![\w-])"
        ),
        nouns,
    )


_HALT_VERBS = frozenset({"halted", "ceased", "stopped", "suspended", "paused"})
_OWNERS = ("their", "its", "all", "all their", "all its")
"""Words between a verb of halting and what it halts: "halted their shelling", "suspended all air strikes"."""


def _owned_halts(phrase: str) -> list[str]:
    """A halt's phrase with each owner after its verb: "halted shelling" gives "halted their shelling" and others."""
    verb, _, halted = " ".join(phrase.lower().split()).partition(" ")
    if verb not in _HALT_VERBS or not halted or halted.split()[0] in {"the", "in", "to", *_OWNERS}:
        return []
    return [f"{verb} {owner} {halted}" for owner in _OWNERS]


@functools.lru_cache(maxsize=8)
def _tables(lexicon: Lexicon) -> _Tables:
    kinds: dict[str, EventKind] = {}
    for kind, words in lexicon.triggers:
        for word in words:
            kinds.setdefault(" ".join(word.lower().split()), kind)
            if kind is EventKind.HOSTILITIES_HALTED:
                for owned in _owned_halts(word):
                    kinds.setdefault(owned, kind)
    return _Tables(
        kinds=kinds,
        triggers=phrase_pattern(tuple(kinds), ignore_case=True),
        negation=phrase_pattern(lexicon.word_list("event.negation")),
        modal=phrase_pattern(lexicon.word_list("event.modal")),
        ongoing=phrase_pattern(lexicon.word_list("event.ongoing"), ignore_case=True),
        say=phrase_pattern(lexicon.word_list("event.say_verbs"), ignore_case=True),
        say_to=frozenset(w.lower() for w in lexicon.word_list("event.say_to")),
        said_now=frozenset(w.lower() for w in lexicon.word_list("event.say_present")),
        onset=_onset_pattern(lexicon, lexicon.word_list("event.conflict_nouns")),
        operation_began=_onset_pattern(lexicon, lexicon.word_list("event.operation_nouns")),
        cause_after=re.compile(
            rf"\sfor\s(?:the\s)?(?:{alternation(lexicon.word_list('event.causes'), ignore_case=True)})(?![\w-])"
        ),
        # "attacked the deal", "attacking the government's peace plan": words, no blow
        words_attacked_after=re.compile(
            r"\s(?:on\s)?(?:(?:the|a|an|his|her|its|their|this|that)\s)?"
            r"(?:(?!(?:in|at|by|with|from|for|after|before|near|during|on|of|and|as|to|which|that|was|were|is)\s)"
            r"[\w'’-]+\s){0,2}?"
            rf"(?:{alternation(lexicon.word_list('event.words_attacked'), ignore_case=True)})(?![\w-])"
            r"(?!\s(?:monitors?|observers?|line|zone|convoy|site|signing|talks)\b)"
        ),
        weapons=re.compile(rf"(?<![\w-])(?:{alternation(lexicon.word_list('event.weapon_stems'), ignore_case=True)})"),
        blows_of_peace=frozenset(w.lower() for w in lexicon.word_list("event.blows_of_peace")),
        war_joined=frozenset(w.lower() for w in lexicon.word_list("event.war_joined")),
        bare_aid=frozenset(w.lower() for w in lexicon.word_list("event.bare_aid")),
        handing_over=frozenset(w.lower() for w in lexicon.word_list("event.handing_over")),
        things_handed=re.compile(
            rf"(?<![\w-])(?:{alternation(lexicon.word_list('event.things_handed'), ignore_case=True)})(?![\w-])"
        ),
        passage_of_aid=re.compile(
            rf"(?<![\w-])(?:{alternation(lexicon.word_list('event.passage_of_aid'), ignore_case=True)})(?![\w-])"
        ),
        aid_words=re.compile(
            rf"(?<![\w-])(?:{alternation(lexicon.word_list('event.aid_words'), ignore_case=True)})(?![\w-])"
        ),
    )


_BACKGROUND_BEFORE = re.compile(r"(?i:\b(?:by|from|to|amid|despite|during|near|of|since)\s(?:the|its|their)\s)$")
_A_DEAL_AFTER = re.compile(
    r"\s(?:[\w-]+\s){0,2}?(?i:deal|deals|bargain|pact|agreement|accord|compromise|note|balance|chord|pose|figure)\b"
)
"""What "striking a" makes that is no blow: "of striking a secret deal with the IRA", "striking a cautious note"."""
_REPORTS_A_BLOW_AFTER = re.compile(
    r"\s(?:that\s)?(?!(?i:it|they|we|he|she|its|their|our|his|her|i|the\s(?:army|military)|no|neither|none)\b)"
    r"(?:[\w'’.,-]+\s){1,8}?(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bare\s)(?<!\bis\s)"
    r"(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)"
    r"(?:shelled|bombed|struck|hit|pounded|attacked|raided|torched|looted|killed)\b"
)
"""
A saying that reports another's blow: "Activists say government artillery shelled Kafr Laha on Monday", "Residents
say a drone strike on a market on Sunday killed seven people": an allegation, not a bare statement.
"""
_EARLIER_BLOWS_BEFORE = re.compile(r"(?i:(?:\b(?:in|of|by|during)\s|^|[.!?]\s|\n)(?:earlier|previous|past|prior)\s)$")
"""Blows of the past told together, as a backdrop: "killing scores of civilians in earlier raids"."""
_EARLIER_HALTS_TOLD_BEFORE = re.compile(
    r"(?i:\b(?:earlier|previous|similar|past|prior)\s(?:[\w-]+\s){0,2}?(?:pauses|truces|lulls|ceasefires|cease-fires"
    r"|attempts|halts|windows|offers)\b)[^.!?;\n]*$"
)
"""
A sentence about earlier halts, up to a blow: "Previous pauses announced by Moscow drew few takers as shelling
continued", "Moscow and Damascus have staged similar pauses before, but few used them as shelling went on".
"""
_STOPS_AFTER = re.compile(
    r"\s(?:(?:will|would|has|had|have|to|is\sto|are\sto|must|should|shall)\s(?:largely\s|all\sbut\s)?)?"
    r"(?:stop|stops|stopped|end|ends|ended|cease|ceases|ceased|subside|subsided|halt|halts|halted|eased)\b"
)
"""After "fighting": it stops ("fighting will stop each day from 10:00"), the halt told, not a blow struck."""
_STOPS_THERE_AFTER = re.compile(
    r"\s(?:around|in|near|on|at|across|along|over)\s[^.,;:!?\"“”]{1,80}?\s(?:will|would|is\sto|are\sto|must|shall)\s"
    r"(?:stop|end|cease|halt|pause)\b"
)
"""After "fighting", where it is, then that it will stop: "Fighting around the besieged town ... will stop"."""
_BLOW_NOUN_AFTER = re.compile(
    r"\s(?:of\s|(?:has\s|have\s|had\s)?(?:killed|kills|wounded|wounds|injured|hit|hits|destroyed|damaged|struck))"
)
"""After a party's word in -ing, a noun's: "RSF shelling of army-held districts", "RSF shelling killed 14"."""
_HALTED_BEFORE = re.compile(
    r"(?i:\b(?:stop|stopped|stopping|halt|halted|halting|cease|ceased|suspend|suspended|pause|paused)\s"
    r"(?:[\w-]+\s(?:and\s[\w-]+\s)?)?)$"
)
_TO_STOP_AFTER = re.compile(
    r"(?:\s[\w'’-]+){0,6}?\s(?i:to\s(?:be\s)?(?:stop|stopped|halt|halted|cease|ceased|pause|paused|suspended))\b"
    # what follows the halt: its time, its reach or the clause's end ("to stop for 10 hours", "to stop, and")
    r"(?=[.,;:!?\"”)]|\s(?i:for|from|at|on|in|inside|within|immediately|until|till|by|during|after|before|once|so"
    r"|and|as|when|while|across|around|throughout|between|completely|altogether|now|today|tomorrow)\b)"
)
"""
A blow told as what is to stop: "ordered fighting around the village to stop for 10 hours", "wants the shelling
to stop." (not "shelling the crossing to stop people from leaving": blows struck to stop something else).
"""
_RELEASE_SOUGHT_BEFORE = re.compile(
    r"(?i:\b(?:press|pressing|pressed|push|pushing|pushed|fight|fighting|work|working|worked|wanted|wants|want|seek"
    r"|seeking|sought|demand|demanded|demanding|demands|depended\son|depends\son|depend\son|stuck\son"
    r"|conditional\son|conditioned\son|failed\sto|fail\sto|refused\sto|refuses\sto|calling\sfor|called\sfor"
    r"|calls\sfor|call\sfor|urged|urging)\s(?:for\s)?(?:the\s|his\s|her\s|their\s|its\s)?"
    r"(?:immediate\s|unconditional\s)?)$"
)
"""Before a release sought, not made: "to work for the release of two of its members", "the rebels want freed"."""
_RELEASE_SOUGHT_REACH = 40
_RELEASE_AWAITED_BEFORE = re.compile(r"(?i:\b(?:until|unless)\s(?:[\w'’-]+\s){0,6})$")
"""A release waited for, a condition of something else: "would not resume talks until it freed all its hostages"."""
_RELEASE_AWAITED_REACH = 60
_HANDED_BEFORE = 40
_HANDED_AFTER = 30
"""How far around "handed over" the things handed are looked for: its subject before, its object after."""
_PAUSE_IN_BEFORE = re.compile(r"(?i:\b(?:pause|lull|halt|suspension|break)\sin\s(?:its|their|the)\s(?:military\s)?)$")
"""Before an offensive a pause is made in: "announced a 48-hour pause in its offensive", the pause's object."""
_OWN_DEED_AFTER = re.compile(
    r"\s(?:responsibility|credit|the\s(?:attack|killing|bombing|strike|assault|raid|ambush))\b"
)
_SOUGHT_BEFORE = re.compile(
    r"(?i:\b(?:talks|negotiations|push|calls?|called|calling|efforts?|hopes?|plans?|proposals?|demanded|demands?|urged"
    r"|sought|offer|offers|proposed|proposes|proposing|discuss|discussed|discussing|negotiate|negotiating|negotiated|reports|rumou?rs"
    # "Powell will try to secure a truce": sought, none made
    r"|(?:try|tries|tried|trying|seek|seeks|seeking|bid|attempt|attempts)\sto\s(?:secure|broker|arrange|win))"
    r"\s(?:[a-z]+ly\s)?(?:on|for|toward|towards|of)?\s?"  # "has called repeatedly for a ceasefire"
    r"(?:a|an|the)\s(?:[\w-]+\s)?)$"
)
_CALLED_ON_BEFORE = re.compile(
    r"(?i:\b(?:called|calls|calling|urged|urges|urging|appealed|appeals)\s(?:on|upon)\s[^.;:]{1,60}?\sto\s"
    r"(?:observe|respect|agree\sto|declare|accept|sign|honou?r)\s(?:a|an)\s)[\"“‘']?(?:[\w-]+\s)?$"
)
"""A halt others are called on to make: 'called on Russia and Ukraine to observe a "Christmas truce"'."""
_CALLED_ON_WORDS = ("called", "calls", "calling", "urged", "urges", "urging", "appealed", "appeals")
"""The words one of which `_CALLED_ON_BEFORE` opens with, whole: a window without one is not searched."""
_CALLED_ON_REACH = 100


def _called_on_before(analysis: Analysis, end: int) -> bool:
    """Whether a call on others to make a halt ends at `end`: 'called on Russia and Ukraine to observe a'."""
    start = max(0, end - _CALLED_ON_REACH)
    return analysis.phrases.gated_search(_CALLED_ON_WORDS, _CALLED_ON_BEFORE, start, end) is not None


_ACCEPTED = re.compile(r"(?i:accepted|has\saccepted|have\saccepted)")


def _pause_follows(analysis: Analysis, match: re.Match[str]) -> bool:
    """
    Whether a pause's making is told a few words after `match`.

    That is its first mention in the body, which its own events are read from, or a mention new to the story ("Israel
    has accepted four-hour daily pauses"). A later mention of the halt told before is another telling: "Turkey and
    Greece both accepted the truce", after the sentence saying when it took effect, is an agreement of its own.
    """
    end = match.end()
    headline_end = title_end(analysis.article)
    text = analysis.article.text
    for pause in analysis.pauses:
        first = next((span for span in pause.evidence if span.start >= headline_end), pause.evidence[0])
        for span in pause.evidence:
            if end < span.start <= end + 40 and (
                span == first or _THE_HALT_TOLD_BEFORE.fullmatch(text, end, span.start) is None
            ):
                return True  # its first telling, or one new to the story ("has accepted four-hour daily pauses")
    return False


_THE_HALT_TOLD_BEFORE = re.compile(r"\s(?:the|this|that)\s(?:[\w-]+\s){0,2}")
"""A halt told before, named again: "accepted the truce", not "accepted four-hour daily pauses"."""


_IN_RETURN_BEFORE = re.compile(r"(?i:\bin\s(?:return|exchange)\sfor)\s(?:the\s)?(?:[\w-]+\s){0,3}(?:being\s)?$")
"""A release asked in return: "in return for hostages being released" (not one made)."""
_WAYS_AFTER = re.compile(r"\s(?:(?:the|possible|other|new)\s)?(?:ways?|how|options|logistics|plans?\sto)\b")
"""What is discussed when it is no talks between parties: "discussed ways of getting the food in"."""
_OTHER_CONVOY_BEFORE = re.compile(
    r"(?i:\b(?:military|army|troop|police|security|armou?red|bus|evacuation|rescue|ambulance"
    r"|(?:ambushed|attacked|ambushing|attacking)\s(?:an?|the)(?:\s(?:military|army|police))?))\s$"
)
"""A convoy that carries no aid: "ambushed a military convoy", "a planned bus convoy", "the evacuation convoys"."""
_PEOPLE_CONVOY_AFTER = re.compile(
    r"\s(?:of|carrying)\s(?:[\w-]+\s){0,3}?(?:buses|ambulances|cars|vehicles|evacuees|civilians|people|patients|wounded)\b"
)
"""A convoy of people leaving, an evacuation: "a convoy of 17 buses", "a convoy of ambulances and buses"."""
_CONVOY = re.compile(r"(?i:convoys?)")
_RELEASED_THING_AFTER = re.compile(
    r"\s(?:(?:of|an?|the|additional|another|further|nearly|some|about|over|more\sthan|up\sto)\s){0,3}"
    r"(?:(?:(?:US|U\.S\.|USD|EUR|GBP)\s?)?[$€£₦₱]|[A-Z][A-Za-z]{0,2}\d[\d.,]*\s?(?:million|billion|bn\b|m\b)|\d[\d.,]*\s(?:million|billion)\s"
    r"(?:U\.S\.\s)?(?:dollars|euros|pounds|shillings|naira|rupees|pesos|francs))|\s(?:(?:their|its|his|her|the|all|heavy)\s){0,2}"
    r"(?:positions?|weapons|arms|ammunition|maps|checkpoints?|control|territory|documents|funds|money)\b"
)
"""
What is released or handed over that is no person: "released $4 million", "the release of N50 million",
"released 5 million U.S. dollars", "handed over their positions".
"""
_HALT_NAMED_BEFORE = re.compile(
    r"(?i:\b(?:ceasefire|cease-fire|truce|pause|lull|halt|cessation\sof\shostilities)s?"
    r"(?:\s(?:in|over|between|around|on|across|along|for)\s[^.;:!?\"“”]{1,50}?)?,?\s)$"
)
"""A halt named right before "brokered by": "A nationwide ceasefire in Syria brokered by"."""
_HALT_NAMED_REACH = 70
_HALT_NAMED_AFTER = re.compile(r"\s(?:[\w-]+\s)?(?i:ceasefire|cease-fire|truce|pause)s?\b")
"""A halt named right after "brokered": "A U.S.-Russian brokered cease-fire"."""
_PUBLISHED_THING_TOLD_BEFORE = re.compile(
    r"(?i:\b(?:figures|data|report|statement|video|footage|images|photos|pictures|toll|tally|results|details|names"
    r"|estimates?|numbers)\s(?:(?:has|have|had|was|were|is|are|been|being|yet|not|be|will|would|to)\s){1,3})$"
)
"""A published thing told with its verb's helpers before "released": "no official toll has been released"."""
_PUBLISHED_THING_AFTER = re.compile(
    r"\s(?:(?:a|an|the|its|their|his|her|new|further|fresh|official|first|latest|short|joint|written)\s){0,2}"
    r"(?:statements?|videos?|footage|reports?|figures|data|images|photos|pictures|photographs|details|names|lists?"
    r"|results|findings|audio|recordings?|communiqu[eé]s?|messages?|letters?|documents?|tolls?|tally|numbers"
    r"|estimates?|surveys?|study|maps?|albums?|songs?|films?|books?)\b"
)
"""What is published when "released" names it after: "released a statement", "released a video"."""
_TALKS_PUT_OFF_AFTER = re.compile(
    r"\s(?:[\w-]+\s){0,7}?(?:had|have|has|were|was|would|will|to)\s(?:be\s|stay\s|remain\s)?(?:been\s)?"
    r"(?:postponed|shelved|delayed|put\soff|cancell?ed|called\soff|put\son\shold|on\shold|frozen)\b"
)
"""
Talks said never to have been held: 'talks on a political settlement had been put off "until the guns fall
silent"'; not talks that stalled or broke down, which were held.
"""
_TALKS_REFUSED_BEFORE = re.compile(
    r"(?i:\b(?:ruled\sout|refused|refuses|refusing|rejected|rejects|no|not))\s(?:\w+\s)?$"
)
"""Talks refused or denied: "ruled out negotiating with jihadist groups", "there would be no peace talks"."""
_TALKS_SOUGHT_BEFORE = re.compile(
    r"(?i:\b(?:called|calls|calling|call|urged|urges|urging|pushed|pushing|pressed|pressing|appealed|appeals|open"
    r"|ready|willing|offered|offers|proposed|proposes|wants|wanted|seeking|sought|demanded|demands|invited|invites)"
    r"\s(?:(?:on\s|upon\s)?[^.;:,\n]{1,40}?\s)?(?:for|to)\s[^.;:,\"“”\n]{0,50})$"
    # "offers of peace talks", "toward talks", "the resumption of formal peace talks", "hopes of peace talks",
    # "willingness to join talks", "pave the way for talks": talks to come, none held
    r"|(?i:\b(?:offers?\sof|towards?|resumption\sof|resume|resuming|willingness\sto\s(?:join|hold)"
    # "hopes for political talks had been pushed back", "hopes of restarting peace talks"
    r"|hopes?\s(?:of|for)(?:\s(?:restarting|reviving|resuming|holding|starting|reconvening|launching))?"
    r"|pave\sthe\sway\sfor|paving\sthe\sway\sfor|prospects?\sof|chances?\sof|return\sto"
    # "hopes of reviving peace talks", "prospects for peace talks", "to speed up long-stalled peace talks", "no
    # question of talks", "would enter talks": talks to come, none held ("to clear the way for peace talks" later
    # this month is left: coders date those talks)
    r"|reviv(?:e|es|ed|ing)|prospects?\sfor|speed\sup|question\sof|(?:would|will|to)\senter)"
    r"\s(?:(?:the|formal|direct|new|fresh|peace|political|any|stalled|long-stalled)\s){0,3})$"
)
"""
Talks only asked or offered: "called for an immediate ceasefire and talks", "said it was open to talks",
"urged Moscow and Kyiv to return to talks", "could open the way to talks".
"""
_TALKS_SOUGHT_REACH = 80
_TALKS = frozenset({"talks", "negotiations", "dialogue", "peace talks"})
_AID_SOUGHT_BEFORE = re.compile(
    r"(?i:\b(?:access|calls?|called|calling|appeals?|appealed|appealing|plea|pleas|demands?|demanded|needs?|needed"
    r"|request|requests|requested|asked|asking|resolution)\s(?:(?:on|for|to|of)\s)?"
    r"(?:(?:more|urgent|the|unhindered|unimpeded|safe|immediate)\s)?)$"
)
"""Words before aid that ask for it: "access for humanitarian aid", "appealed for more aid"."""
_AID_PURPOSED_BEFORE = re.compile(
    r"(?i:\b(?:to\sget|to\slet|to\sallow|so\sthat|in\sorder\sto|needs?|needed|calls?\sfor|asks?\sfor|asked\sfor"
    r"|enable|enabling)\b[^.;:]{0,50})$"
)
"""
Aid a halt or a deal is for, not aid brought: "announced the ceasefire on Monday to let aid convoys reach", "five hours
a day was not enough to get aid convoys in", "The plan also calls for the unhindered delivery of humanitarian aid".
"""
_AID_PURPOSED_REACH = 60
_A_GREAT_DEAL = re.compile(r"(?i:\b(?:a\s)?(?:great|good)\sdeal)$")
"""An idiom, no agreement: "give this village a great deal every year", "a good deal more"."""
_AID_RELIED_ON_BEFORE = re.compile(
    r"(?i:\b(?:depends?|depended|depending|dependent|relies|rely|relied|relying|reliant)\s(?:up)?on\s"
    r"|\bimports\sand\s|\bentry\spoint\sfor\s|\bprovides?\sfor\s|\bprovided\sfor\s)"
    r"(?:(?:the\s)?(?:bulk|most|much|some|all|delivery|deliveries)\sof\s(?:its\s|the\s)?)?"
    r"(?:(?:cross-border|foreign|international|outside|food|emergency)\s)?$"
)
"""
Aid a country lives on, a port takes in, or a text provides for, none brought: "22 million depend on humanitarian
aid", "the entry point for 70 percent of Yemen's imports and humanitarian aid", "provides for the delivery of
humanitarian aid".
"""
_NOT_BEFORE = re.compile(
    r"(?i:\b(?:not|no|never|ruled\sout|rules\sout|ruling\sout|rule\sout))\s(?:an?\s|the\s|any\s)?(?:[\w-]+\s)?$"
)
"""None, as the text says: "It is not a cease-fire", "ruled out a truce with the rebels"."""
_NONE_MADE_BEFORE = re.compile(
    r"(?i:\b(?:yet\sto\s(?:produce|yield|deliver|bring|secure)"
    r"|neither\s(?:side|party|camp)\s(?:has\s|had\s)?(?:announced|declared|agreed\sto|offered)"
    r"|(?:no\sone|nobody)\s(?:has\s|had\s)?(?:spoke|spoken|talked|talks|speaks)\sof)\s(?:an?\s|any\s)(?:[\w-]+\s)?)$"
)
"""A halt the text says nobody made: "had yet to produce a nationwide ceasefire", "Neither side announced a new
ceasefire", "No one spoke of a truce"."""
_NONE_MADE_REACH = 56
_SIGNED_A_PAPER_AFTER = re.compile(
    r"\s(?:an?|the|his|her|their|its)\s(?:open\s|executive\s|new\s)?"
    r"(?:order|decree|law|bill|petition|letter|complaint|book|register|condolence|statute|budget)s?\b",
    re.IGNORECASE,
)
"""What was signed, if no deal: "signed an order freezing assets", "signed a petition", "signed a decree"."""
_NO_SIGN_BEFORE = re.compile(
    r"(?i:\bno\s(?:sign|signs|indication|evidence|word)\s(?:that\s)?(?:[\w'’.-]+\s){0,4}?(?:had|has|have)\s)$"
)
"""A doubt before an agreement: "There was no sign that the warring parties had agreed to stop"."""
_ON_CONDITION_BEFORE = re.compile(
    r"(?i:\b(?:until|unless|if|whether|as\ssoon\sas)\s(?:the\s)?(?:[\w'’.-]+\s){0,3}?"
    r"(?:(?:has|have|had|is|are|was|were|would|will|formally|publicly)\s){0,2})$"
    r"|(?i:\b(?:would|will|could|might)\s(?:not\s)?be\s)$"
)
"""A condition or a future before an acceptance: "until Biafra accepted it", "no route ... would be accepted"."""
_ACCEPTING = frozenset({"accepted", "accepts", "accept", "approved", "approves", "approve"})
"""The verbs of an acceptance, which a condition or a future before them leaves unmade (not "signed", "agreed")."""
_CONDITION_REACH = 48
_NONE_AGREED_BEFORE = re.compile(
    r"(?i:\b(?:not|never|no|none|neither|nor|until|unless|nothing))\s(?:an?\s)?"
    r"(?:(?:side|party|camp|group|country|of\sthem)\s)?"  # "neither side has agreed to a truce"
    r"(?:(?:ceasefire|cease-fire|truce|deal|formal|final|such)\s){0,2}"
    r"(?:(?:has|have|had|was|were|is|are|been|yet|formally|publicly|so\sfar)\s){0,3}(?:an?\s(?:[\w-]+\s)?)?$"
)
"""
An agreement the text says is not made, or not yet: "No agreement", "No such truce has been agreed", "it was not yet
a bilateral agreement", "until a final deal was signed", "Neither side has agreed to a truce".
"""
_DOCUMENT_SIGNED_BEFORE = re.compile(
    r"(?i:\b(?:order|orders|statement|letter|decree|document|communiqu[eé]|petition|note|memo|memorandum))\s$"
)
"""A paper signed by one hand ("an order signed by the junta chief", "a statement signed by"): no agreement."""
_WITHOUT_SIGNING_BEFORE = re.compile(
    r"(?i:\bwithout)\s(?i:signing|reaching|striking|sealing|clinching|agreeing\sto)\s(?:(?i:an?|any|the)\s)?"
    r"(?:[\w-]+\s){0,2}$"
)
"""A deal a side left without making: "left Moscow without signing a ceasefire agreement", "without reaching a deal"."""
_WITHOUT_SIGNING_REACH = 48
"""How far before a trigger its "without signing" is looked for: two words between and the article."""
_PROPOSED_AFTER = re.compile(r"\s(?:proposals?|talks|negotiations|plan|offer|deal\stalks)\b")
_EARLIER_DEAL_BEFORE = re.compile(
    r"\b(?:[Aa]n\searlier|[Aa]\sprevious|[Tt]he\sprevious|[Tt]he\searlier|[Aa]\sfirst)\s(?:[\w-]+\s){0,3}?"
    r"(?:(?:truce|ceasefire|cease-fire|deal|accord|agreement|cessation\sof\shostilities|pact|plan)"
    r"(?:\s(?:with|between|in|by|of|for)\s[^.;,]{1,40}?)?,?\s)?$"
)
"""
An earlier deal than the story's, right before its making or as its noun: "A previous truce agreed in Minsk in
September", "An earlier peace accord with the Swat Taliban, signed in May 2008", "under an earlier agreement".
"""
_EARLIER_DEAL_REACH = 110
_SINCE_A_FIGHT_BEFORE = re.compile(r"(?i:\bsince\s(?:the\s)?(?:(?:latest|recent|heavy|fresh)\s)?)$")
_BEGAN_AFTER = re.compile(r"\s(?:erupted|began|broke\sout|flared|started|escalated|intensified)\b")
"""After fighting told from "since": its outbreak ("since fighting erupted on April 15"), the count's start."""
_A_HALT_MADE = re.compile(
    r"(?:[^.!?\n]{0,80}?(?:\)\s-|—|--)\s)?[\s\"“]*A\s(?:[\w-]+\s){0,3}?"
    r"(?:truce|ceasefire|cease-fire|cessation\sof\shostilities|armistice)(?:\s(?:with|between)\s[^.;,]{1,40}?)?,?\s"
)
"""A sentence opening on a halt in the indefinite, right before its making: "A ceasefire signed in May 1994"."""
_BACKDROP_DAYS = 60
"""How long before publication a halt told in the indefinite was made for it to be the story's backdrop."""
_UNDER = re.compile(r"(?i:\bunder\s(?:the|this)\s)")
_UNDER_THE_DEAL_BEFORE = re.compile(r"(?i:\bunder\s(?:the|this|its)\s)(?:[\w-]+\s)?$")
_TERMS_AFTER = re.compile(
    r",\s(?!(?i:reached|signed|announced|agreed|concluded|struck|brokered|sealed|hammered|which|mediated|negotiated"
    r"|finali[sz]ed|drawn|worked|made|set|approved|accepted|backed|endorsed|due|to\sbe|first|in|on|a)\b)"
)
"""After "Under the deal", its terms ("Under the deal, both sides will pull back"), not its making ("Under the deal,
reached on Monday, ...")."""
_ANY_BEFORE = re.compile(r"(?i:\bany)\s(?:[\w-]+\s)?$")
_NO_BEFORE = re.compile(r"(?i:\bno)\s(?:[\w-]+\s)?(?:[\w-]+\s(?:or|nor)\s(?:[\w-]+\s)?)?$")
"""A deed the text says none of: "no rocket fire or air strikes were reported", "no major clashes"."""
_SINCE_AFTER = re.compile(r"[^.;!?]{0,80}?\bsince\b")
_NONE_TOLD_KINDS = frozenset(
    {
        EventKind.ATTACK,
        EventKind.KILLING,
        EventKind.AID_DELIVERY,
        EventKind.EVACUATION,
        EventKind.DISPLACEMENT,
        EventKind.RELEASE,
        EventKind.SIEGE,
    }
)
_DIED_DOWN = re.compile(r"(?i:died|dies|die|dying)")
_DOWN_AFTER = re.compile(r"\s(?:down|away)\b")
"""After "died", a lull: "the shelling died down", "the gunfire died away"."""
_WITHOUT_BEFORE = re.compile(r"(?i:\bwithout)\s(?:a\s(?:single\s)?|any\s)?(?:[\w-]+\s)?$")
"""What is said not to happen: "nine days without a single raid", "to be observed without offensive actions"."""
_EARLIER_HALTS_BROKEN_BEFORE = re.compile(
    r"(?i:\b(?:pauses|truces|ceasefires|cease-fires|lulls|deals|ones|windows|offers)\b[^.;:]{0,80}?"
    r"\b(?:collapsed|failed|broke\sdown|crumbled|fell\sapart|unravelled|unraveled)\b[^.;:]{0,40}?"
    r"\b(?:under|amid|as|with|in)\s(?:the\s)?(?:(?:fresh|renewed|new|continued|continuing|heavy|more)\s)?)$"
)
"""
What broke earlier halts, told as their fate: "similar pauses ..., most of which collapsed within hours as shelling
resumed", "several lulls have collapsed under renewed shelling": a backdrop, no blow of its own.
"""
_EARLIER_HALTS_REACH = 160
"""How far before a blow the earlier halts it broke may be named: two clauses of a sentence."""
_NEGATED_BEFORE = re.compile(
    r"(?i:\b(?:will|would|did|does|do|could|can|shall|had|has|have)(?:\snot|n't)"
    # "have not carried out strikes on the town since Feb. 5": a blow's verb of doing between
    r"(?:\s(?:carried\sout|conducted|launched|mounted)(?:\sany)?)?|\bnever|\bnot\sto"
    r"|\brefrain(?:s|ed|ing)?\sfrom|\bno\s(?:reports?|word|sign)\sof"
    # "no warplane has struck the Old City since Saturday", "no Afghan air force jet has bombed"
    r"|\bno\s(?:[\w-]+\s){1,4}?(?:has|have|had))\s$"
)
"""
A verb said not to happen, the negation right before it: "will not attack", "had never shelled",
"ordered not to attack", "to refrain from shelling", "It had no reports of deaths", "no warplane has struck".
"""
_NO_SUBJECT_BEFORE = re.compile(r"No\s(?:[\w-]+\s){1,6}?(?:has|have|had|was|were)\s(?:yet\s|ever\s)?(?:been\s)?")
"""A subject that is none, opening its sentence: "No truce or safe route for civilians has been", "No ceasefire was"."""
_NEITHER_NOR_BEFORE = re.compile(
    r"(?i:\bneither\s[^.;:!?]{1,60}?\snor\s[^.;:!?]{1,40}?\s(?:have|has|had|will|would|did|could|can))\s$"
)
"""A verb said not to happen to both its subjects: "neither Russian nor Syrian jets have bombed the town"."""
_NEITHER_NOR_REACH = 110
_NEITHER = ("neither",)
_FIGHTING_BACKDROP_BEFORE = re.compile(
    r"(?i:\b(?:of|in|fled|flee|flees|fleeing|escape|escaped|escaping|amid|despite|by|from))\s(?:the\s)?(?:[\w-]+\s)?$"
)
"""Before "fighting", words that make it the backdrop of something else, not a blow told."""
_CONDITION_BEFORE = re.compile(
    r"(?i:\b(?:if|whenever|wherever|unless))\s(?:(?:they|it|we|he|she|you)\s)?"
    r"(?:(?:are|is|were|was|be|get|gets|got|come|comes)\s(?:under\s)?)?$"
    r"|(?i:\bwhen)\s(?:they|it|we|he|she|you)\s(?:are|is|get|gets|come|comes)\s(?:under\s)?$"
)
"""A blow said on a condition ("will respond if attacked"), not "when shells hit a market", which tells one."""
_CONDITIONED_BEFORE = re.compile(
    r"(?i:\b(?:if|unless|as\slong\sas|so\slong\sas|provided\sthat|on\s(?:the\s)?condition\sthat))\s(?:[\w'’-]+\s){1,5}$"
)
"""A deal, talks, a halt or a blow only set as a condition: "if Israel stopped its attacks", "unless Kabila agreed to
talks", "if government forces attacked their positions"."""
_CONDITIONED_REACH = 60
_LABOUR_STRIKES = frozenset({"strike", "strikes"})
"""Strikes with no arms named: a blow, or labour's, as the words around them tell."""
_LABOUR_BEFORE = re.compile(
    r"(?i:\b(?:general|labou?r|workers['’]?|hunger|nationwide|national|protests?\sand|demonstrations\sand|rallies\sand))\s$"
)
"""Before strikes, what makes them labour's: "general strikes", "protests and strikes"."""
_PROTESTS_AFTER = re.compile(r"\s(?:and|or)\s(?:demonstrations|protests|rallies|sit-ins|marches|boycotts)\b")
"""After strikes, the protests they are told with: "19 days of strikes and demonstrations"."""
_RESUMED_ON_A_CONDITION_AFTER = re.compile(
    r"\s(?:could|would|might|may|will)\s(?:[a-z]+ly\s)?(?:resume|restart)\s(?:if|once|unless|should)\b"
)
"""After a blow, its return threatened on a condition: "the bombing could resume if the withdrawal stalled"."""
_CONDITIONED_KINDS = frozenset(
    {
        EventKind.HOSTILITIES_HALTED,
        EventKind.AGREEMENT,
        EventKind.NEGOTIATION,
        EventKind.PAUSE_ANNOUNCED,
        # "troops would respond if rebel groups attacked", "if the killings did not stop": a threat, no blow
        EventKind.ATTACK,
        EventKind.KILLING,
        # "would respect the truce if Druze factions released Bedouin captives": none freed yet
        EventKind.RELEASE,
    }
)
_DEAD_AS_NOUN = re.compile(r"(?i:\b(?:the|our|their|its|his|her|both|of))\s$")
_HAZARD_BEFORE = re.compile(
    r"(?i:\b(?:(?:earth)?quake|tremor|aftershock|cyclone|storm|typhoon|hurricane|flood|tsunami|landslide)s?)"
    r"\s(?:[\w-]+\s)?$"
)
"""A disaster as the subject of "struck" or "hit": "after the quake struck near Mandalay", no blow by anyone."""
_THREATENED_BLOW_BEFORE = re.compile(r"(?i:\bthreats?\sof\s(?:(?:a|an|new|more|further)\s)?(?:[\w-]+\s){0,2})$")
"""A blow only threatened, its words right after "threat of": "under a NATO threat of air strikes"."""
_DEAL_STRUCK_BEFORE = re.compile(
    r"(?i:\b(?:deal|deals|agreement|agreements|accord|bargain|compromise|truce|pact)"
    r"(?:\s(?:had|has|have|was|were|is|be|been|being|not|never))*)\s$"
)
"""What is "struck" without a blow: "denied that any deal had been struck", "a compromise was struck"."""
_THE_SAME = re.compile(
    r"(?i:\b(?:the|this|that))\s(?:(?:temporary|humanitarian|current|fragile|[\w-]+-(?:day|hour|week))\s){0,2}$"
)
"""A definite reference to a halt ("the temporary truce", "this 72-hour ceasefire"): the one already named."""
_NOT_A_DEAL_BEFORE = {
    "deal": re.compile(r"(?i:\b(?:to|must|will|would|can|could|should|shall|may|might|cannot|'ll)\s(?:\w+ly\s)?)$"),
    "accord": re.compile(r"(?i:\bown\s)$"),
}
"""Before "deal" or "accord", what makes it no agreement: "must deal with the root", "left of their own accord"."""
_DEAL_SOUGHT_BEFORE = re.compile(
    r"(?i:\b(?:broker|reach|seal|secure|clinch|negotiate|conclude|toward|towards"
    r"|(?:work|works|worked|working|press|presses|pressed|pressing|push|pushes|pushed|pushing)\s(?:on|for)"
    r"|(?:talks|negotiations|discussions)\s(?:[\w-]+\s){0,2}?on)"
    r"\s(?:an?|any)\s(?:[\w-]+\s){0,3})$"
)
"""A deal, accord or agreement still sought: "trying to broker a deal", "talks on a longer-term deal", "working on a
deal for a six-week pause", "to reach a comprehensive peace agreement"."""
_DEAL_SOUGHT_REACH = 70
_DEAL_NOUNS = frozenset({"deal", "accord", "agreement"})
_AGREEMENT_NEEDED_BEFORE = re.compile(
    r"(?i:\b(?:must|has\sto|have\sto|had\sto|needs\sto|need\sto|yet\sto|can\sonly|cannot)"
    r"\s(?:still\s|only\s|first\s)?be\s)$"
)
"""What must still be agreed, none made yet: "a corridor has to be agreed by both sides", "a ceasefire that has yet
to be agreed", "The accord still has to be approved by voters"."""
_BROKERED_DEAL_BEFORE = re.compile(
    r"(?i:\b(?:ceasefire|cease-fire|truce|deal|agreement|accord|pause|arrangement|pact|calm|understanding)s?"
    r",?\s(?:(?:was|were|is|are|been|being|had\sbeen|has\sbeen|have\sbeen)\s)?)$"
)
"""A deal told with its broker ("a truce brokered by Russia", "the deal was mediated by Qatar", "The deal, brokered by
the United States and France"): the deal's making, told by the deal's own event, not talks of their own."""
_BROKERING = frozenset({"brokered", "mediated"})
_BROKERED_IT_AFTER = re.compile(
    r"\s(?:it|what|the\s(?:[\w-]+\s)?(?:ceasefire|cease-fire|truce|deal|agreement|accord|pause|arrangement|pact))\b"
)
"""A broker told by its deed on the deal: "the OSCE, which brokered the truce", "Moscow had brokered it"."""
_QUOTE_BEFORE = re.compile(r"[,\"”’]\s*$")
"""A quotation ending right before a verb of saying: the speaker comes after it ('"...," said X')."""
_ENDED = re.compile(r"(?i:\bended|expired|collapsed)")
_SAY_KINDS = frozenset({EventKind.STATEMENT, EventKind.ALLEGATION, EventKind.DENIAL, EventKind.REJECTION})
_NOT_AGENTS = frozenset({ActorKind.CIVILIANS})


_POSSESSIVE_AFTER = re.compile(r"['’]s\s")
"""A time written as a possessive ("last year's war", "Tuesday's attack"): it dates the noun after it."""
_SEQUENCE_BEFORE = re.compile(r"(?i:\b(?:since|before|after|until))\s$")
"""A word of sequence before a time: "since last year's war" is no day of the clause's deed."""


def _nearest_time(times: list[TimeMention], start: int, end: int, text: str) -> TimeMention | None:
    """
    The dated time expression nearest the trigger, one after it within its clause first.

    A time before the trigger and across a subordinating word belongs to the main clause: in
    "starting at midnight, after clashes killed 20 people yesterday", the clashes were yesterday
    (but "since early 2011, when the regime cracked down" dates the crackdown 2011).
    """
    dated = [
        t
        for t in times
        if t.when is not None
        # "since last year's war": a possessive time after "since" bounds its own noun, dating no other trigger
        and not (
            _POSSESSIVE_AFTER.match(text, t.span.end)
            and _SEQUENCE_BEFORE.search(text, max(0, t.span.start - 8), t.span.start)
            and not t.span.end <= start <= t.span.end + 30
        )
        and (
            t.span.start >= end
            or not (
                _SUBORDINATOR.search(text, t.span.end, start)
                # "The war, which began in November 2020, has killed": the relative clause's date
                or (
                    _RELATIVE_OPEN.search(text, max(0, t.span.start - 40), t.span.start)
                    and "," in text[t.span.end : start]
                )
            )
        )
    ]
    if not dated:
        return None
    return min(dated, key=lambda t: t.span.start - end if t.span.start >= end else (start - t.span.end) + 15)


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether `at` lies inside a quotation that opens after `start` (the sentence's start)."""
    before = text[start:at]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


_EVACUATION_PLACE_AFTER = re.compile(r"\s(?:cent(?:re|er)s?|sites?|shelters?|points?|camps?|orders?)\b")
_PASSAGE_SOUGHT_BEFORE = re.compile(
    r"(?i:\b(?:waiting\sfor|wait\sfor|guarantees?\sof|no|need|needs|deserve|deserves|negotiating|to\sallow\sthe"
    r"|to\sguarantee\sthe|to\sensure|(?:earlier|past|previous)\soffers?\sof)\s(?:a\s)?)$"
)
"""Safe passage waited for, asked or promised: "trucks waiting for guarantees of safe passage", none made yet."""
_OUT_OF_HAND_AFTER = re.compile(r"\s(?:of\s(?:hand|control))\b")
"""An idiom after "got out": "the rivalry had got out of hand", no one taken out."""
_ONE_PROCESS = frozenset(
    {EventKind.EVACUATION, EventKind.AGREEMENT, EventKind.NEGOTIATION, EventKind.CEASEFIRE, EventKind.AID_DELIVERY}
)
"""Kinds a story mostly tells of once (its evacuation, deal, talks, convoy): an undated mention again is that one."""
_TOLD_ONCE = _ONE_PROCESS | {EventKind.SIEGE, EventKind.CONFLICT_ONSET, EventKind.RELEASE}
"""
Kinds whose undated mention is dropped where a dated one tells the same process.

A war begins once ("invaded on Feb. 24 ... its invasion"), and a deal's release is one exchange
("freed on Saturday ... the release of the remaining hostages"). Attacks and killings are not
here: a story tells of many, and an undated one is as often another as the same.
"""
_PAGE_LINE = re.compile(r"(?i:read\smore|related|also\sread|see\salso|watch|listen|photo|file\sphoto|image)\s?[:|-]")
"""A line of the web page around the story: "READ MORE: Biden says ...", "Photo: Palestinians walk ..."."""
_RELATIVE_OPEN = re.compile(r",\s(?:which|who)\s[^,]{0,36}$")
_SUBORDINATOR = re.compile(r"(?i:,\s(?:after|before|while)\b)")  # not "when": "since 2011, when ..." is 2011


def _status(analysis: Analysis, start: int, end: int, sentence: Span, tables: _Tables) -> Status:
    """Denied ("did not attack"), planned ("will attack", "plans to attack"), ongoing, or unknown."""
    text, phrases = analysis.article.text, analysis.phrases
    window = max(sentence.start, start - 30)
    negations = phrases.within(tables.negation, window, start)  # most often none: no generator built then
    if negations and any(m.end() == start - 1 and text[m.end()].isspace() for m in negations):
        return Status.DENIED
    modals = phrases.within(tables.modal, window, start)
    if modals and any(_MODAL_GAP.fullmatch(text, m.end(), start) for m in modals):
        return Status.PLANNED  # "will attack", "plans to attack", "would then attack"
    if phrases.first(tables.ongoing, window, min(sentence.end, end + 10)):
        return Status.ONGOING
    return Status.UNKNOWN


def _source(analysis: Analysis, sentence: Span, trigger_start: int, tables: _Tables) -> str | None:
    """The actor the sentence attributes its content to, other than at the trigger itself."""
    text = analysis.article.text
    for verb in analysis.phrases.within(tables.say, sentence.start, sentence.end):
        if verb.start() == trigger_start:
            continue
        actor = actor_before(analysis, verb.start(), sentence) or actor_after(analysis, verb.end(), sentence)
        if actor is not None:
            return actor.actor_id
    cue = ACCORDING_TO.search(text, sentence.start, sentence.end)
    if cue is not None:
        actor = actor_after(analysis, cue.end(), sentence)
        if actor is not None:
            return actor.actor_id
    return None


_ACCUSED_OF_BEFORE = re.compile(
    r"\b(?P<verb>accused|accuses|accusing|blamed|blames|blaming|charged|charges)\s(?!by\s)[^,;.]{1,60}?"
    r"(?P<of>\s(?:of|for|with))\s(?:(?:the|a|an|having|deliberately|indiscriminately|repeatedly)\s){0,2}$"
)
"""An accusation right before a deed: "accused the army of", "blamed Russian forces for"."""


_DEMONYM_BEFORE = re.compile(
    r"(?:^|[\s(])(?P<demonym>[A-Z][a-z]+)(?:-led)?\s(?:(?:intense|heavy|fresh|renewed|new|repeated|deadly|overnight)\s)?$"
)
"""
A state's demonym right before a blow's noun: "Russian shelling", "intense Israeli bombardment", "Saudi-led air
strikes".
"""


def _state_by_its_demonym(
    text: str, start: int, demonyms: Mapping[str, str], states: Mapping[str, str]
) -> tuple[str, ...]:
    """
    The state a blow's demonym names, when the story names that state as an actor ("Russian shelling").

    `demonyms` map a demonym to its state's name, `states` the story's states' names to their actor ids.
    """
    found = _DEMONYM_BEFORE.search(text, max(0, start - 40), start)
    state = states.get(demonyms.get(found.group("demonym"), "")) if found is not None else None
    return (state,) if state is not None else ()


_LIGHT_VERB_BEFORE = re.compile(
    r"(?i:\b(?:launched|launches|launch|carried\sout|carries\sout|carry\sout|conducted|conducts|conduct|staged"
    r"|stages|stage|mounted|mounts|mount|stepped\sup|steps\sup|intensified|intensifies|waged|wages|unleashed"
    r"|unleashes)\s(?:(?:an?|the|new|fresh|more|renewed|heavy|several|repeated|a\sseries\sof|a\swave\sof)\s){0,2}"
    r"|\b(?:plans|planned|plan|threatens|threatened|threaten|vows|vowed|vow|pledged|intends|intended|tried|tries"
    r"|sought|seeks|(?:is|are|was|were)\sset|(?:is|are|was|were)\sdue)\sto\s)$"
)
"""
A verb that a deed's noun or verb follows, its doer before it: "launched attacks", "carried out a wave of
strikes", "plans to attack".
"""


def _agents(analysis: Analysis, start: int, end: int, sentence: Span) -> tuple[str, ...]:
    text = analysis.article.text
    passive = not text.endswith("ing", start, end) and _BE_BEFORE.search(text, max(sentence.start, start - 24), start)
    # "Eight Israeli soldiers were killed": the soldiers suffered it; who did it is said after "by", if at all
    agents = [] if passive else subjects_before(analysis, start, sentence)
    if (
        not agents
        and not passive
        and (light := _LIGHT_VERB_BEFORE.search(text, max(sentence.start, start - 48), start))
    ):
        # "Government troops launched attacks on the RSF": who launched them did them
        agents = subjects_before(analysis, light.start(), sentence)
    if not agents:
        passive = _PASSIVE_BY.match(text, end, min(sentence.end, end + 40))
        agent = actor_after(analysis, passive.end(), sentence) if passive else None
        agents = [agent] if agent is not None else []
    if not agents and (accused := _ACCUSED_OF_BEFORE.search(text, max(sentence.start, start - 90), start)):
        # "The RSF accused the army of shelling a market": the one accused did it, as the accuser says
        agent = actor_after(analysis, accused.end("verb"), sentence)
        accusers = {a.actor_id for a in subjects_before(analysis, accused.start("verb"), sentence)}
        # not "accused by UN experts of killing", the accuser; nor the accuser named again ("the army" read as it)
        if agent is not None and agent.span.end <= accused.start("of") and agent.actor_id not in accusers:
            agents = [agent]
    ids = []
    for agent in agents:
        actor = analysis.actors.by_id(agent.actor_id)
        if actor is not None and actor.kind not in _NOT_AGENTS and agent.actor_id not in ids:
            ids.append(agent.actor_id)
    return tuple(ids)


def _targets(analysis: Analysis, end: int, sentence: Span, agents: tuple[str, ...]) -> tuple[str, ...]:
    target = actor_after(analysis, end, sentence, direct=True)
    if target is None:
        on = _ON_AGAINST.match(analysis.article.text, end, min(sentence.end, end + 6))
        target = actor_after(analysis, on.end(), sentence) if on else None
    return (target.actor_id,) if target is not None and target.actor_id not in agents else ()


_PauseEvent = tuple[EventKind, Span, str, When | None, str | None]
"""An event of the story's pause: kind, sentence, trigger words, when, agent."""


def _location(analysis: Analysis, match: re.Match[str], clause: Span, pause_tables: PauseWords) -> str | None:
    """Where the event happened: "in <place>" right after its trigger ("shelling in Taiz", "clashes in Goma")."""
    text = analysis.article.text
    found = pause_tables.event_place.match(text, match.end(), min(clause.end, match.end() + 60))
    if found is None or text[found.end() : found.end() + 1].isalnum():
        return None  # none, or a name the window cut ("Pakistan-occupied Kash")
    place = clean_place(found.group("place"))
    named = analysis.actors.at(found.start("place"))
    actor = analysis.actors.by_id(named.actor_id) if named is not None else None
    if not is_place(place, pause_tables.not_places, pause_tables.demonyms):
        return None
    if actor is not None and actor.kind not in {ActorKind.STATE, ActorKind.GOVERNMENT}:
        return None  # "attacks on the RSF": a party, not a place
    return place


_DAY_OR_FINER = frozenset({Precision.DAY, Precision.HOUR, Precision.MINUTE})
_SINCE_BEFORE = re.compile(r"(?i:\bsince)\s(?:\w+\s)?$")
_ANNOUNCEMENT_REACH = 60
"""How far after "announced" its date may come ("announced by U.S. President Joe Biden in Washington on Tuesday")."""
_PAUSE_AS_A_DEAL = re.compile(
    r"\b(?:announced|unveiled|declared|proclaimed)\s(?:the|that|this)\s(?:(?:ceasefire|truce|peace|new)\s)?"
    r"(?:deal|agreement|accord|understanding)\b"
)
"""An announcing verb before a pause named again as a deal: "announced the deal", "unveiled the ceasefire accord"."""
_EFFECT_BETWEEN = re.compile(
    r"(?i:\b(?:(?:took|takes|take|went|goes|came|comes|come|entered|enters)\s(?:effect|into\s(?:force|effect))"
    r"|begins|began|begin|starts|started)\b)"
)
"""
A taking effect between a verb and the pause's start: "agreed by the parties took effect ... at 06:00 on 14 June",
"have agreed to a two-month nationwide truce that begins at 7 p.m. (1600 GMT) on Saturday".
"""
_BOUND_CUE = re.compile(r"(?i:from|between|starting|beginning|effective|until|till|through)\b")
"""How a pause's start or end is told ("starting at 6 a.m. on Wednesday"): no day of its announcement."""
_BOUND_BEFORE = re.compile(
    r"(?i:\b(?:from|starting|beginning|effective|until|till|through|to"
    r"|for\s(?:[\w-]+\s){1,2}?(?:hours?|days?|weeks?))\s(?:on\s|at\s|from\s)?)$"
)
"""
The same cue right before a day: "starting December 24", "until April 22", "from Monday to Friday", and the
halt's length ("agreed to hold their fire for four hours on Sunday").
"""


def _announcement(
    analysis: Analysis, pause: HumanitarianPause, sentences: SentenceLookup, dated: _Times, headline_end: int
) -> tuple[Span, Span, When] | None:
    """
    The body sentence that dates the pause's announcement, the pause's mention in it, and that date.

    "Putin ordered the pause on Monday", "the truce, announced by Biden on Tuesday": a verb of
    making it public with a day right after it (or right before it: "on Monday announced").
    """
    verbs = pause_words(analysis.lexicon).announcing
    text = analysis.article.text
    # "agreed to a truce ..., starting at 6 a.m. on Wednesday": when it runs, not when it was agreed
    bounds = {when.span for when in (pause.start, pause.end) if when is not None and when.span is not None}
    read: set[Span] = set()  # each sentence once, whatever the number of mentions in it
    # "Biden announced the deal Tuesday from the White House": the story's one pause, named again as a deal
    anaphors = (
        [span_at(m.start(), m.end()) for m in _PAUSE_AS_A_DEAL.finditer(text, headline_end)]
        if len(analysis.pauses) == 1
        else []
    )
    for mention in [*pause.evidence, *anaphors]:
        if mention.start < headline_end:
            continue
        sentence = sentences.at(mention.start)
        if not sentence.contains(mention) or sentence in read:
            continue
        read.add(sentence)
        for verb in analysis.phrases.within(verbs, sentence.start, sentence.end):
            if text.startswith(" since ", verb.end()):
                continue  # "Pauses offered since the insurgents stormed Palma on March 24": earlier ones
            after = [
                t
                for t in dated.between(verb.end(), min(sentence.end, verb.end() + _ANNOUNCEMENT_REACH))
                if not (t.span in bounds and _EFFECT_BETWEEN.search(text, verb.end(), t.span.start))
                # a range's bound, the pause's or another's: "have agreed to a ceasefire ... starting at midnight on
                # Monday (2200 GMT Sunday), the mediators said on Sunday"
                and not _BOUND_CUE.match(t.text)
                # the headline may hold the pause's start: the body's "starting December 24" is a bound all the same
                and not _BOUND_BEFORE.search(text, max(verb.end(), t.span.start - 28), t.span.start)
            ]
            before = dated.between(max(sentence.start, verb.start() - 20), verb.start())
            near = after[:1] or before[-1:]
            when = near[0].when if near else None
            if (
                when is not None
                and near[0].until is None
                and when.precision in _DAY_OR_FINER
                and not _SINCE_BEFORE.search(text, max(sentence.start, near[0].span.start - 8), near[0].span.start)
            ):
                return sentence, mention, when  # a day, not "the ninth announced since mid-April"
    return _announced_after(analysis, read, dated)


_AGREED_NOT_ANNOUNCED = frozenset({"agreed", "brokered"})


def _announced_after(analysis: Analysis, read: set[Span], dated: _Times) -> tuple[Span, Span, When] | None:
    """
    The day of the pause's making told in the passive in the sentence after one naming it.

    "A 72-hour humanitarian pause ... took effect at 06:00 on 11 March. It was announced on 10 March
    by the AFC/M23": the second sentence dates the announcement; its verb is the trigger.
    """
    text = analysis.article.text
    body = analysis.article.sentences
    starts = [s.start for s in body]
    for sentence in sorted(read, key=lambda s: s.start):
        index = bisect.bisect_left(starts, sentence.end)
        if index >= len(body):
            continue
        following = body[index]
        made = MADE_BY_PASSIVE.match(text, following.start)
        if made is None or made.group(1) in _AGREED_NOT_ANNOUNCED:
            continue  # "It was agreed on 31 May by the SDF and the SNA": an agreement, read as one
        verb = span_at(made.end() - len(made.group(1)), made.end())
        near = dated.between(verb.end, min(following.end, verb.end + _ANNOUNCEMENT_REACH))
        if near and near[0].when is not None and near[0].until is None and near[0].when.precision in _DAY_OR_FINER:
            return following, verb, near[0].when
    return None


def _pause_events(analysis: Analysis, sentences: SentenceLookup, dated: _Times) -> list[_PauseEvent]:
    """Events for the story's pause: announced (dated by its announcement), and the ceasefire itself."""
    found: list[_PauseEvent] = []
    text = analysis.article.text
    published = analysis.article.published
    headline_end = title_end(analysis.article)
    for pause in analysis.pauses:
        first = next((span for span in pause.evidence if span.start >= headline_end), pause.evidence[0])
        sentence = containing(sentences.at(first.start), first.start, first.end)
        times = [t for t in analysis.times if sentence.start <= t.span.start < sentence.end and t.when is not None]
        agent = pause.ordered_by[0] if pause.ordered_by else (pause.announced_by[0] if pause.announced_by else None)
        announcement = _announcement(analysis, pause, sentences, dated, headline_end)
        announced: When | None = None
        # "declared a three-day pause in fighting from dawn on Friday", told on Thursday: Friday is when it begins
        said = [t for t in times if t.span.start < first.start and not _after_publication(analysis, t.when)]
        dateline = analysis.article.dateline
        if dateline is not None and said and _said_after(text, times, first) is not None:
            # "MAY 21 (Reuters) - The two sides have agreed to a truce ..., the mediators said on Saturday":
            # the day of the saying, not the day the story was filed
            said = [t for t in said if not dateline.span.contains(t.span)]
        if announcement is not None:
            announced_in, mention, announced = announcement
            announced = _as_of_publication(analysis, announced, mention)
            found.append((EventKind.PAUSE_ANNOUNCED, announced_in, text[mention.start : mention.end], announced, agent))
        else:
            said_after = _said_after(text, times, first)
            if said and said[0].when is not None:
                # "still in Gori on Wednesday, a day after Medvedev ordered an end to military operations": Tuesday
                counted = _counted_from(text, said[-1], first.start)
                announced = counted.when if counted is not None else said[0].when
            elif said_after is not None:
                announced = said_after
            elif published is not None and _PERFECT.search(text, sentence.start, first.start):
                # "Putin has offered a new pause", "Qatar says a truce begins": reported as of publication, unless
                # the story tells the medium and day it was made in ("said in a video posted late on Monday")
                announced = _made_in_a_medium(analysis, pause, first, sentences, dated) or When(
                    value=published.isoformat(), precision=Precision.DAY, text=text[first.start : first.end], span=first
                )
            else:  # "The temporary halt ... will run from Thursday, Turkey's Foreign Ministry said late Tuesday"
                announced = next(
                    (
                        when
                        for mention in pause.evidence
                        if mention.start > first.start
                        for when in [_said_after(text, dated.between(*_bounds(sentences.at(mention.start))), mention)]
                        if when is not None
                    ),
                    None,
                )
            if announced is None and published is not None and pause.announced_by:
                announced = When(
                    value=published.isoformat(),
                    precision=Precision.DAY,
                    modifier=Modifier.APPROX,
                    text=text[first.start : first.end],
                    span=first,
                )
            if (
                announced is not None
                and not _told_as_in_effect(text, first, sentence)
                and _MAKING.search(text, sentence.start, sentence.end) is not None
            ):
                announced = _as_of_publication(analysis, announced, first)
                found.append((EventKind.PAUSE_ANNOUNCED, sentence, text[first.start : first.end], announced, agent))
        if pause.kind is not PauseKind.HUMANITARIAN_PAUSE or pause.start is not None:
            # the halt itself: a truce, or a humanitarian pause with a day it takes effect
            found.append((EventKind.CEASEFIRE, sentence, text[first.start : first.end], pause.start, agent))
    return found


_TOOK_EFFECT_AFTER = re.compile(r"[^.;!?\n]{0,80}?\b(?:took|came|went|entered)\s(?:into\s)?(?:effect|force)\b")
"""A pause told as in effect after its mention, in its clause: "A ceasefire brokered by Russia came into force"."""
_MAKING = re.compile(
    r"(?i:\b(?:announc|declar|order|unveil|proclaim|unilateral|propos|offer|call|humanitarian|local|pause|window"
    r"|hours?\b|aid\b|relief\b|sign|agree|accept|welcom|request|broker|mediat|extend|suspend|halt|instruct|promis"
    r"|pledg|vow|approv|open|restor|resum|arrang|reach|seal|will\b|would\b|shall\b|said\b|says\b|say\b|told\b"
    r"|(?:due|set|was|were|is|are)\sto\b|to\s(?:stop|observe|hold|respect|begin|take|start|restore)\b))"
)
"""
A word of a halt's making, or of one still to come, in the sentence that first tells it.

With none, "A truce took hold around the camp on Tuesday", "The truce began on Nov. 24": the halt is told
in force, a `ceasefire`, with no announcement of it.
"""
_ANNOUNCING = re.compile(r"(?i:\b(?:announc|declar|order|unveil|proclaim)\w*)")
"""A word of making a pause known in its sentence: then the sentence tells its announcement too."""


def _as_of_publication(analysis: Analysis, announced: When, mention: Span) -> When:
    """
    An announcement's day, which is no later than the story's: about then, if it was read as a later one.

    "have declared a three-day pause from dawn on Friday", published on Thursday: Friday is when the pause
    begins; the declaring was about Thursday, marked ``approx``, since the text does not say it.
    """
    published = analysis.article.published
    if published is None or not _after_publication(analysis, announced):
        return announced
    text = analysis.article.text[mention.start : mention.end]
    return When(value=published.isoformat(), precision=Precision.DAY, modifier=Modifier.APPROX, text=text, span=mention)


def _told_as_in_effect(text: str, first: Span, sentence: Span) -> bool:
    """
    Whether the pause's first mention tells it as in effect, with no word of its making in the sentence.

    "A ceasefire brokered by Russia and Turkey came into force at midnight": the halt itself, no announcement.
    """
    return (
        _TOOK_EFFECT_AFTER.match(text, first.end, sentence.end) is not None
        and _ANNOUNCING.search(text, sentence.start, sentence.end) is None
    )


_SAID_REACH = 40
"""How far before a day its verb of saying may start: "said in a statement late Tuesday"."""
_MEDIUM_BEFORE = re.compile(
    r"(?i:\bin\s(?:a|an|his|her|its|their)\s(?:[\w-]+\s){0,2}?"
    r"(?:video|speech|address|statement|message|post|broadcast|interview)\s"
    r"(?:(?:posted|broadcast|aired|published|released|issued|read|delivered|shared)\s)?"
    r"(?:(?:on|by)\s(?:[\w-]+\s){1,3}?)?(?:(?:late|early)\s)?(?:on\s)?)$"
)
"""The medium a pause was made in, right before its day: "in a video posted on Telegram late on", "In a recorded
speech broadcast on"."""
_MEDIUM_REACH = 70


def _made_in_a_medium(
    analysis: Analysis, pause: HumanitarianPause, first: Span, sentences: SentenceLookup, dated: _Times
) -> When | None:
    """
    The day a pause was made, told in a later sentence with the medium it was made in.

    "The RSF have declared a unilateral humanitarian truce ... Daglo said in a video posted on
    Telegram late on Monday that his forces would halt all offensive operations": Monday.
    """
    text = analysis.article.text
    for mention in pause.evidence:
        if mention.start <= first.end:
            continue
        for t in dated.between(*_bounds(sentences.at(mention.start))):
            if (
                t.when is not None
                and t.until is None
                and t.when.precision in _DAY_OR_FINER
                and _MEDIUM_BEFORE.search(text, max(0, t.span.start - _MEDIUM_REACH), t.span.start) is not None
            ):
                return t.when
    return None


def _said_after(text: str, times: Sequence[TimeMention], mention: Span) -> When | None:
    """The day of a verb of saying after a pause's mention: "troops will hold their fire ..., the army said Tuesday"."""
    return next(
        (
            t.when
            for t in times
            if t.span.start > mention.end
            and t.when is not None
            and SAID_BEFORE.search(text, max(0, t.span.start - _SAID_REACH), t.span.start)
        ),
        None,
    )


def _entry_date(text: str, at: int, dated: _Times) -> TimeMention | None:
    """
    The date opening the line of `at`, when the line is a dated entry: "Aug. 4, 2023 - The government declares ...".

    A timeline tells each entry in the present tense; its date, not the day of publication, dates it.
    """
    line = text.rfind("\n", 0, at) + 1
    first = dated.between(line, line + 1)
    if first and first[0].when is not None and _ENTRY_DASH.match(text, first[0].span.end):
        return first[0]
    return None


_ENTRY_DASH = re.compile(r"\s?[-–—:]\s")
"""After an entry's date: "Nov. 2 - ", "March 12, 2025 – "."""


def _bounds(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _inside(match: re.Match[str], spans: list[Span], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, match.start()) - 1
    return index >= 0 and spans[index].start <= match.start() and match.end() <= spans[index].end


@attrs.frozen
class _Times:
    """The dated time expressions of the text, found by offset in logarithmic time."""

    mentions: list[TimeMention]
    starts: list[int]

    @classmethod
    def of(cls, analysis: Analysis) -> _Times:
        """The dated mentions, but for the dateline's: the day a story was filed dates none of its events."""
        dateline = analysis.article.dateline
        dated = [
            t for t in analysis.times if t.when is not None and (dateline is None or not dateline.span.contains(t.span))
        ]
        return cls(dated, [t.span.start for t in dated])

    def between(self, start: int, end: int) -> list[TimeMention]:
        """The mentions starting in ``[start, end)``."""
        return self.mentions[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]


_REACH = 250
"""How far from a trigger its clause is read: bounded, so one endless sentence costs linear time."""


def _clause(sentence: Span, start: int, end: int) -> Span:
    return span_at(max(sentence.start, start - _REACH), min(sentence.end, end + _REACH))


_A_CHARGE_AFTER = re.compile(
    r"\s(?:the|these|those|such|that|this|all|any)\s(?:[\w-]+\s)?"
    r"(?:claims?|accusations?|allegations?|charges?|reports?|account|figures?)\b"
)
"""What a verb of rejecting takes when it denies: "rejected the accusations", "dismisses the Ukrainian claim"."""

_A_CHARGE_BEFORE = re.compile(
    r"\b(?:a|an|the)\s(?:claims?|accusations?|allegations?|charges?|reports?|version)\s(?:that\s|which\s)?"
    r"(?:the\s|its\s|[A-Z][\w'’.-]*\s)(?:[\w'’.-]+\s){0,5}?(?:has\s|have\s|had\s)?$"
)
"""A charge a verb of rejecting turns away from before it: "a charge the armed forces' general staff dismissed"."""
_CHARGE_REACH = 80
_HE_OR_SHE_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s$")
"""A speaker named by a pronoun before the verb of saying: "she says", "They said"."""
_HE_OR_SHE_AFTER = re.compile(r"\s(?:he|she)\b")
"""A speaker named by a pronoun after it: '"The road is open," said he'."""


def _sayings(analysis: Analysis, tables: _Tables, sentences: SentenceLookup) -> list[re.Match[str]]:
    """
    Verbs of saying with a speaker ("the minister said Tuesday", "said the U.N."): each makes a statement.

    A speaker named by a pronoun ("she says", "said he") still speaks: the statement is made,
    with no agent, since which actor the pronoun stands for is not resolved.
    """
    text = analysis.article.text
    found: list[re.Match[str]] = []
    for verb in analysis.phrases.all(tables.say):
        own = tables.kinds.get(" ".join(verb.group(0).lower().split()))
        if own is not None and own is not EventKind.STATEMENT:
            continue  # "alleged", "denied": events of their own kind, not statements too
        sentence = sentences.at(verb.start())
        if (
            actor_before(analysis, verb.start(), sentence)
            or actor_after(analysis, verb.end(), sentence)
            or _HE_OR_SHE_BEFORE.search(text, max(sentence.start, verb.start() - 6), verb.start())
            or _HE_OR_SHE_AFTER.match(text, verb.end())
        ):
            found.append(verb)
    return found


def _said_now(analysis: Analysis, match: re.Match[str], tables: _Tables) -> TimeMention | None:
    """
    The publication day for a saying in the present tense ("Israel says", "he tells reporters").

    A story in the present tense reports what is said as it is published; the verb is the evidence.
    """
    published = analysis.article.published
    if published is None or match.group(0).lower() not in tables.said_now:
        return None
    span = span_at(match.start(), match.end())
    when = When(value=published.isoformat(), precision=Precision.DAY, text=match.group(0), span=span)
    return TimeMention(span=span, text=match.group(0), when=when)


def _said_about_now(analysis: Analysis, match: re.Match[str]) -> TimeMention | None:
    """
    About the day of publication, for a saying told with no day ("Kirby told reporters during a briefing").

    A news story reports the sayings of its day and names the day of any older one; the date is
    marked ``approx``, since the text does not say it.
    """
    published = analysis.article.published
    if published is None:
        return None
    span = span_at(match.start(), match.end())
    when = When(
        value=published.isoformat(), precision=Precision.DAY, modifier=Modifier.APPROX, text=match.group(0), span=span
    )
    return TimeMention(span=span, text=match.group(0), when=when)


_HOPED_BEFORE = re.compile(
    r"(?i:\b(?:aim|aims|aimed|easier|allow|allows|allowing|enable|enabling|hope|hopes|hoping|plan|plans|planned"
    r"|want|wants|wanted|ready|so\sthat|in\sorder)\b[^.;:]{0,40}?\bto\s(?:be\s)?"
    r"|\b(?:could|would|might|may|can|will)\shelp\s(?:[\w-]+\s){0,3}"  # "the pauses could help hostages get out"
    r"|\b(?:meant|designed|intended|supposed)\sto\s(?:let|allow|help|enable)\s(?:[\w'’-]+\s){0,6}?(?:to\s)?)$"
)
"""
A purpose or a hope before a verb of evacuating: "to make it easier for civilians to be evacuated",
"pauses meant to let both fighters and civilians leave the city".
"""


_CRACKDOWN_ON_BEFORE = re.compile(
    r"(?i:\b(?:crack(?:ed|s|ing)?\sdown\son|crackdown\son|repression\sof|suppression\sof|crushed|crushing|met)"
    r"(?:\s(?:the|peaceful|largely|anti-government|pro-democracy|mass|street|popular|student|opposition))*\s)$"
)
"""A crackdown right before the protests it met: "cracked down on anti-government protests", "met peaceful ..."."""
_WAR_GREW_FROM_BEFORE = re.compile(
    r"(?i:\b(?:war|conflict|uprising|revolt|crisis|insurgency)(?:,\s[^,]{1,60},)?\s(?:which\s)?"
    r"(?:began|erupted|started|broke\sout|grew\sout\sof|grew\sfrom|was\striggered\sby|sparked\sby)\b[^.;]{0,120})$"
)
"""A war's onset told before the protests it grew from: "Syria's war began in March 2011, when protests ..."."""
_WAR_GREW_FROM_REACH = 200


_RELEASE_TO_COME_BEFORE = re.compile(
    r"(?i:\b(?:should|would|will|must|shall|could|can|may|might|demand\w*|call\w*|urg\w*|press\w*|agenda"
    r"|talks|negotiat\w*|secure|seek\w*|sought|toward|towards|until|unless|expect\w*|hope\w*|ask\w*"
    r"|commitments?)\b)[^.;!?\"“”]*$"
)
"""A release to come or asked for, told before it in its sentence: "should release", "talks on ... the release"."""
_RELEASE_TO_COME_REACH = 60


_BESIEGED_PLACE = re.compile(r"(?i:besieged|encircled|blockaded|beleaguered)")
"""The words of a siege that also stand as a place's adjective."""
_NAMING_BEFORE = re.compile(
    r"(?i:\b(?:the|a|an|of|in|into|from|to|for|on|at|with|toward|towards|inside|outside|near|around|and)"
    r"\s(?:[\w-]+\s)?)$"
)
"""An article or preposition before "besieged": a place's adjective ("the besieged town", "in besieged Gaza")."""


def _no_event(analysis: Analysis, match: re.Match[str], kind: EventKind, *, has_pause: bool, begun: bool) -> bool:
    """
    Whether a trigger names no event of its own, for what stands just before it or around it.

    An operation told as begun is one even as a backdrop: "killed since the offensive began on Feb. 19".
    """
    text = analysis.article.text
    before = text[max(0, match.start() - 24) : match.start()]
    named = analysis.actors.at(match.start())
    return (
        # "displaced by the fighting": a backdrop; "agreed to stop military strikes": a halt, read as one
        (
            kind is EventKind.ATTACK
            and ((not begun and _BACKGROUND_BEFORE.search(before)) or _HALTED_BEFORE.search(before)) is not None
        )
        or (kind is EventKind.ATTACK and _TO_STOP_AFTER.match(text, match.end()) is not None)
        or (kind is EventKind.ATTACK and _NONE_FLOWN_BEFORE.search(before) is not None)
        # "accuse Moscow of killing scores of civilians in earlier raids": a backdrop of past blows
        or (kind is EventKind.ATTACK and _EARLIER_BLOWS_BEFORE.search(before) is not None)
        # "talks on a nationwide ceasefire", "calls for the release of all hostages": sought, not made
        or (kind in {EventKind.CEASEFIRE, EventKind.RELEASE} and _SOUGHT_BEFORE.search(before) is not None)
        # "the Taliban should release prisoners", "talks on a truce and the release of hostages": to come, none made
        or (
            kind is EventKind.RELEASE
            and match.group(0).lower() == "release"
            and _RELEASE_TO_COME_BEFORE.search(text, max(0, match.start() - _RELEASE_TO_COME_REACH), match.start())
            is not None
        )
        or (
            kind is EventKind.CEASEFIRE
            and (
                _called_on_before(analysis, match.start())
                # "had called in September for a local truce"
                or asked_for_before(analysis.phrases, max(0, match.start() - ASKED_FOR_REACH), match.start())
            )
        )
        # "rejected a truce proposal", "ceasefire talks": a halt proposed or talked of, not made
        or (kind is EventKind.CEASEFIRE and _PROPOSED_AFTER.match(text, match.end()) is not None)
        # "It is not a cease-fire", "ruled out a truce": none, as the text says
        or (kind is EventKind.CEASEFIRE and _NOT_BEFORE.search(before) is not None)
        or (
            kind is EventKind.CEASEFIRE
            and _NONE_MADE_BEFORE.search(text, max(0, match.start() - _NONE_MADE_REACH), match.start()) is not None
        )
        # "No agreement has been reached", "none has been agreed", "neither has agreed to stop": none made
        or (kind is EventKind.AGREEMENT and _NONE_AGREED_BEFORE.search(before) is not None)
        # "The offer would stand until Biafra accepted it", "as soon as the Huthis accepted it": a condition, none made
        or (
            kind is EventKind.AGREEMENT
            and match.group(0).lower() in _ACCEPTING
            and _ON_CONDITION_BEFORE.search(text, max(0, match.start() - _CONDITION_REACH), match.start()) is not None
        )
        or (
            kind is EventKind.AGREEMENT
            and _NO_SIGN_BEFORE.search(text, max(0, match.start() - _CONDITION_REACH), match.start()) is not None
        )
        # "signed an order freezing assets", "hundreds signed a petition": a paper signed, no deal between sides
        or (
            kind is EventKind.AGREEMENT
            and match.group(0).lower() == "signed"
            and _SIGNED_A_PAPER_AFTER.match(text, match.end()) is not None
        )
        # "a ceasefire brokered by the United States and Jordan": the broker of a deal, no talks of their own
        or (
            kind is EventKind.NEGOTIATION
            and match.group(0).lower() in _BROKERING
            and (
                _BROKERED_DEAL_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
                or _BROKERED_IT_AFTER.match(text, match.end()) is not None
            )
        )
        # "would deal positively with the truce", "pulled out of their own accord": a verb or an idiom, no deal
        or (
            kind is EventKind.AGREEMENT
            and (not_a_deal := _NOT_A_DEAL_BEFORE.get(match.group(0).lower())) is not None
            and not_a_deal.search(before) is not None
        )
        or (
            kind is EventKind.AGREEMENT
            and match.group(0).lower() == "signed"
            and _DOCUMENT_SIGNED_BEFORE.search(before) is not None
        )
        # "trying to broker a deal", "talks on a longer-term deal": a deal sought, none made
        or (
            kind is EventKind.AGREEMENT
            and match.group(0).lower() in _DEAL_NOUNS
            and _DEAL_SOUGHT_BEFORE.search(text, max(0, match.start() - _DEAL_SOUGHT_REACH), match.start()) is not None
        )
        # "a corridor has to be agreed by both sides": none made yet
        or (kind is EventKind.AGREEMENT and _AGREEMENT_NEEDED_BEFORE.search(before) is not None)
        # "JNIM claimed the attack", "claimed responsibility": a claim of one's own deed, no allegation
        or (kind is EventKind.ALLEGATION and _OWN_DEED_AFTER.match(text, match.end()) is not None)
        # "respond to any attack", "denied that any prisoner exchange had been agreed": none, as the text says
        or (kind not in _SAY_KINDS and _ANY_BEFORE.search(before) is not None)
        # "no rocket fire or air strikes were reported", "No aid convoys have reached Tigray": none, as the text says
        # (but "no air strikes have been carried out on the city since Sunday" is a halt since then, read below)
        or (
            kind in _NONE_TOLD_KINDS
            and _NO_BEFORE.search(before) is not None
            and _SINCE_AFTER.match(text, match.end()) is None
        )
        # "the shelling died down after dark": a lull, nobody killed
        or (
            kind is EventKind.KILLING
            and _DIED_DOWN.fullmatch(match.group(0)) is not None
            and _DOWN_AFTER.match(text, match.end()) is not None
        )
        # "fled fighting around Kyaukme", "after 11 days of fighting", "a sharp drop in fighting": a backdrop
        or (match.group(0).lower() == "fighting" and _FIGHTING_BACKDROP_BEFORE.search(before) is not None)
        # "troops would respond only if attacked", "wherever they are attacked": a condition, no blow
        or (kind in {EventKind.ATTACK, EventKind.KILLING} and _CONDITION_BEFORE.search(before) is not None)
        # "would stop firing as long as Israel halted its attacks", "unless Kabila agreed to talks": none made
        or (
            kind in _CONDITIONED_KINDS
            and _CONDITIONED_BEFORE.search(text, max(0, match.start() - _CONDITIONED_REACH), match.start()) is not None
        )
        # "Nine days without a single raid": none, as the text says
        or (kind not in _SAY_KINDS and _WITHOUT_BEFORE.search(before) is not None)
        or (
            kind not in _SAY_KINDS
            and _WITHOUT_SIGNING_BEFORE.search(text, max(0, match.start() - _WITHOUT_SIGNING_REACH), match.start())
            is not None
        )
        # "three children were among the dead", "bury our dead": the victims of a blow told elsewhere
        or (kind is EventKind.KILLING and match.group(0).lower() == "dead" and _DEAD_AS_NOUN.search(before) is not None)
        # "would work for the release of two of its members", "to press for his release": sought, not made;
        # "no truce until the group freed all its hostages": awaited, not made
        or (
            kind is EventKind.RELEASE
            and (
                _RELEASE_SOUGHT_BEFORE.search(text, max(0, match.start() - _RELEASE_SOUGHT_REACH), match.start())
                is not None
                or _RELEASE_AWAITED_BEFORE.search(text, max(0, match.start() - _RELEASE_AWAITED_REACH), match.start())
                is not None
            )
        )
        # "announced a 48-hour pause in its offensive against the Tigers": what is halted, no blow of its own
        or (
            kind is EventKind.ATTACK
            and match.group(0).lower() == "offensive"
            and _PAUSE_IN_BEFORE.search(before) is not None
        )
        # "after the quake struck near Mandalay": a disaster, not an attack
        or (kind is EventKind.ATTACK and _HAZARD_BEFORE.search(before) is not None)
        # "under a NATO threat of air strikes", "the threat of new strikes": threatened, none made
        or (kind is EventKind.ATTACK and _THREATENED_BLOW_BEFORE.search(before) is not None)
        # "19 days of strikes and demonstrations", "general strikes", "protests and strikes": labour's, no blow
        or (
            kind is EventKind.ATTACK
            and match.group(0).lower() in _LABOUR_STRIKES
            and (
                _LABOUR_BEFORE.search(before) is not None
                or _PROTESTS_AFTER.match(text, match.end(), min(len(text), match.end() + 24)) is not None
            )
        )
        # "the bombing could resume if the withdrawal stalled": a blow threatened on a condition, none told
        or (kind is EventKind.ATTACK and _RESUMED_ON_A_CONDITION_AFTER.match(text, match.end()) is not None)
        # "denied that any deal had been struck with the jihadists": a deal made, no blow
        or (
            kind is EventKind.ATTACK
            and match.group(0).lower() == "struck"
            and _DEAL_STRUCK_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
        )
        # "families welcomed the deal": the pause's agreement again; "Under the deal, reached ..." tells it
        or (
            kind is EventKind.AGREEMENT
            and has_pause
            and _THE_SAME.search(before) is not None
            and _UNDER.search(before) is None
        )
        # "the Government of National Accord": a word of a name
        or (named is not None and named.span.end >= match.end())
        # "began in 2011 with a crackdown on peaceful protests": the protests a crackdown met, told as its backdrop;
        # "Syria's war grew out of protests against President Bashar al-Assad in March 2011": the war's seed, likewise
        or (
            kind is EventKind.PROTEST
            and (
                _CRACKDOWN_ON_BEFORE.search(text, max(0, match.start() - 48), match.start()) is not None
                or _WAR_GREW_FROM_BEFORE.search(text, max(0, match.start() - _WAR_GREW_FROM_REACH), match.start())
                is not None
            )
        )
        # "the guerrilla force fighting for independence": what the party wants, not a deed
        or (
            kind is EventKind.ATTACK
            and match.group(0).lower() == "fighting"
            and _tables(analysis.lexicon).cause_after.match(text, match.end()) is not None
        )
        # "similar pauses ..., most of which collapsed within hours as shelling resumed": earlier halts' fate;
        # "Previous pauses ... drew few takers as shelling continued": their sentence, its blows a backdrop
        or (
            kind is EventKind.ATTACK
            and (
                _EARLIER_HALTS_BROKEN_BEFORE.search(text, max(0, match.start() - _EARLIER_HALTS_REACH), match.start())
                or _EARLIER_HALTS_TOLD_BEFORE.search(text, max(0, match.start() - _EARLIER_HALTS_REACH), match.start())
            )
            is not None
        )
        # "hard-liners were quick to attack the deal", "the military struck a more cautious note": words, not arms
        or (
            kind is EventKind.ATTACK
            and (match.group(0).lower().startswith("attack") or match.group(0).lower() == "struck")
            and _tables(analysis.lexicon).words_attacked_after.match(text, match.end()) is not None
        )
        # "accused the British government of striking a secret deal with the IRA": a deal made, no blow
        or (
            kind is EventKind.ATTACK
            and match.group(0).lower().startswith(("striking", "of striking"))
            and _A_DEAL_AFTER.match(text, match.end()) is not None
        )
        # "the coalition fighting in Yemen announced": who the party is, not an event ("accused Russian jets of
        # striking a market" charges the party with a blow)
        or (
            kind is EventKind.ATTACK
            and match.group(0).endswith("ing")
            and not match.group(0).lower().startswith("of ")
            and named is None
            and (party := analysis.actors.at(match.start() - 2)) is not None
            and party.span.end == match.start() - 1
            and _BLOW_NOUN_AFTER.match(text, match.end()) is None
        )
        # "the aim is to make it easier for civilians to be evacuated": an evacuation hoped for, not made
        or (
            kind is EventKind.EVACUATION
            and _HOPED_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None
        )
        # "Israel has accepted four-hour daily pauses": the pause's own making, told by its pause_announced
        or (
            kind is EventKind.AGREEMENT
            and _ACCEPTED.fullmatch(match.group(0)) is not None
            and _pause_follows(analysis, match)
        )
        # "a truce could be reached ... in return for hostages being released": a release bargained for
        or (
            kind is EventKind.RELEASE
            and _IN_RETURN_BEFORE.search(text, max(0, match.start() - 50), match.start()) is not None
        )
        # "talks ... had been put off", "ruled out talks": none held
        or (
            kind is EventKind.NEGOTIATION
            and (
                _TALKS_PUT_OFF_AFTER.match(text, match.end(), min(len(text), match.end() + 90)) is not None
                or _TALKS_REFUSED_BEFORE.search(before) is not None
            )
        )
        # "called for an immediate ceasefire and talks without preconditions", "open to talks": none held
        or (
            kind is EventKind.NEGOTIATION
            and match.group(0).lower() in _TALKS
            and _TALKS_SOUGHT_BEFORE.search(text, max(0, match.start() - _TALKS_SOUGHT_REACH), match.start())
            is not None
        )
        # "as they discussed ways of getting the food ... into the Old City": planning, no talks between parties
        or (kind is EventKind.NEGOTIATION and _WAYS_AFTER.match(text, match.end()) is not None)
        # "A nationwide ceasefire in Syria brokered by Russia and Turkey largely held", "A U.S.-Russian brokered
        # cease-fire took effect": who brokered the halt, told of it, no talks of their own
        or (
            kind is EventKind.NEGOTIATION
            and match.group(0).lower() == "brokered"
            and (
                (
                    text.startswith(" by ", match.end())
                    and _HALT_NAMED_BEFORE.search(text, max(0, match.start() - _HALT_NAMED_REACH), match.start())
                    is not None
                )
                or _HALT_NAMED_AFTER.match(text, match.end()) is not None
            )
        )
        # "the Government of National Accord", "a great deal": a word of a name or of an idiom, no deal made
        or (
            kind is EventKind.AGREEMENT
            and match.group(0) == "Accord"
            and text.startswith("National ", max(0, match.start() - 9))
        )
        or (
            kind is EventKind.AGREEMENT
            and _A_GREAT_DEAL.search(text, max(0, match.start() - 8), match.end()) is not None
        )
        # "a UN resolution on access for humanitarian aid", "appealed for aid": aid asked for, none delivered
        or (kind is EventKind.AID_DELIVERY and _AID_SOUGHT_BEFORE.search(before) is not None)
        or (
            kind is EventKind.AID_DELIVERY
            and _AID_RELIED_ON_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
        )
        or (
            kind is EventKind.AID_DELIVERY
            and _AID_PURPOSED_BEFORE.search(text, max(0, match.start() - _AID_PURPOSED_REACH), match.start())
            is not None
        )
        # "ambushed a military convoy", "a convoy of 17 buses": no aid brought
        or (
            kind is EventKind.AID_DELIVERY
            and _CONVOY.fullmatch(match.group(0)) is not None
            and (
                _OTHER_CONVOY_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
                or _PEOPLE_CONVOY_AFTER.match(text, match.end()) is not None
            )
        )
        # "families sheltered in an evacuation centre": a place, not an evacuation
        or (kind is EventKind.EVACUATION and _EVACUATION_PLACE_AFTER.match(text, match.end()) is not None)
        or (kind is EventKind.EVACUATION and _OUT_OF_HAND_AFTER.match(text, match.end()) is not None)
        or (
            kind is EventKind.EVACUATION
            and match.group(0).lower() == "safe passage"
            and _PASSAGE_SOUGHT_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
        )
        # "fighting will stop each day from 10:00 to 14:00": the halt, not a blow
        or (kind is EventKind.ATTACK and _STOPS_AFTER.match(text, match.end()) is not None)
        or (kind is EventKind.ATTACK and _STOPS_THERE_AFTER.match(text, match.end()) is not None)
        # "the government hit pause on its budget": no blow
        or (kind is EventKind.ATTACK and text.startswith(" pause", match.end()))
        # "OCHA figures released on Tuesday", "no official toll has been released": nobody was freed
        or (kind is EventKind.RELEASE and PUBLISHED_THING_BEFORE.search(before) is not None)
        or (kind is EventKind.RELEASE and _PUBLISHED_THING_TOLD_BEFORE.search(before) is not None)
        # "CERF released $20 million", "the release of N50 million", "handed over their positions": no one freed
        or (kind is EventKind.RELEASE and _RELEASED_THING_AFTER.match(text, match.end()) is not None)
        or (kind is EventKind.RELEASE and _PUBLISHED_THING_AFTER.match(text, match.end()) is not None)
    )


def find_events(analysis: Analysis) -> Analysis:
    """Find the events of the story, each with its trigger, parties, date, status and source."""
    text = analysis.article.text
    tables = _tables(analysis.lexicon)
    pause_tables = pause_words(analysis.lexicon)
    states = {a.name: a.id for a in analysis.actors.actors if a.kind is ActorKind.STATE}  # for blows named by demonym
    sentences = SentenceLookup(analysis.article)
    dated = _Times.of(analysis)
    ordered = sorted(analysis.times, key=lambda t: t.span.start)
    every = _Times(ordered, [t.span.start for t in ordered])  # undated lengths too: "for 13 days"
    # The days of a saying ("al-Kuwari said Thursday"), found once: they date statements, not what was said.
    said_days = {
        t.span.start for t in analysis.times if SAID_BEFORE.search(text, max(0, t.span.start - 24), t.span.start)
    }
    pause_spans = {span for pause in analysis.pauses for span in pause.evidence}
    corridor_starts = [(c.evidence, p.start) for p in analysis.pauses if p.start is not None for c in p.corridors]
    only_start = analysis.pauses[0].start if len(analysis.pauses) == 1 else None  # the story's one pause begins
    events: list[Event] = []
    # The day of each sentence's event of a kind ("" when undated, or when no other may join it)
    seen: dict[tuple[EventKind, Span], str] = {}
    onsets: set[str] = set()  # the triggers of the onsets told so far
    # Looked up, not searched for, so that a long story's events cost linear time:
    halts: set[str] = set()  # the days of the halts told so far, with their months and years
    statements: dict[tuple[str, ...], set[str | None]] = {}  # each speaker's statements, by day
    processes: dict[EventKind, list[Event]] = {}  # the events of the kinds a story tells once, by kind
    long_talks: set[str] = set()  # the ids of talks told by their length: "after six hours of talks"
    places_besieged: set[str] = set()  # the ids of sieges told only by a place's adjective: "the besieged town"
    for kind, sentence, trigger, when, agent in _pause_events(analysis, sentences, dated):
        seen[kind, sentence] = ""
        events.append(
            Event(
                id=f"event-{len(events) + 1}",
                kind=kind,
                trigger=trigger,
                agents=(agent,) if agent else (),
                when=when,
                status=Status.ANNOUNCED,
                evidence=sentence,
            )
        )
        if kind in _ONE_PROCESS:
            processes.setdefault(kind, []).append(events[-1])
    # "a 30-day truce" between striking doctors and governors, in a story of no war: no halt in fighting
    no_war = tells_of_no_war(analysis, pause_tables)
    halt_mentions = [] if no_war else analysis.phrases.all(pause_tables.triggers)
    figurative = frozenset() if no_war else pause_words_said_otherwise(analysis, pause_tables)
    other_halts = [
        (m, EventKind.CEASEFIRE)
        for m in halt_mentions
        if span_at(m.start(), m.end()) not in pause_spans
        and m.start() not in figurative  # "a 90-day ceasefire on tariffs": no halt in fighting
        and not in_a_name(analysis, m)  # "the Ceasefire Monitoring Commission": a body, not a halt
        and not HYPOTHETICAL_AFTER.match(text, m.end())  # "said the truce would begin with a freeze": proposed
        # "The temporary truce could be extended": the story's pause again, when it has one
        and not (pause_spans and _THE_SAME.search(text, max(0, m.start() - 24), m.start()))
        # "talks failed to produce a ceasefire", "urged a truce": no halt ("a previous truce" is one)
        and not never_made(analysis.phrases, text, m, sentences.at(m.start()), pause_tables)
    ]
    in_pause = sorted(pause_spans, key=lambda s: (s.start, s.end))
    in_pause_starts = [span.start for span in in_pause]
    triggered = [  # not "fighting" inside "pause in fighting"
        m for m in analysis.phrases.all(tables.triggers) if not _inside(m, in_pause, in_pause_starts)
    ]
    onsets_said = sorted(  # "Jihadist violence began in the north in 2012", "Since 2011, ... the civil conflict"
        [
            *analysis.phrases.all(tables.onset),
            *analysis.phrases.all(_SINCE_THEN_THE_WAR),
            *analysis.phrases.all(_FOUGHT_SINCE),
            *analysis.phrases.all(_WAR_ON_SINCE),
            *analysis.phrases.all(_TOLL_SINCE),
            *analysis.phrases.all(_GREW_OUT_OF),
            *analysis.phrases.all(_UPRISING_BEGAN),
        ],
        key=lambda m: m.start(),
    )
    said = _sayings(analysis, tables, sentences)
    sayings = [(m, EventKind.STATEMENT) for m in said]
    # "Activists say government artillery shelled Kafr Laha on Monday": a statement that charges another's blow
    sayings += [(m, EventKind.ALLEGATION) for m in said if _REPORTS_A_BLOW_AFTER.match(text, m.end())]
    headline_end = title_end(analysis.article)
    onset_kinds = [(m, EventKind.CONFLICT_ONSET) for m in onsets_said]
    began = [(m, EventKind.ATTACK) for m in analysis.phrases.all(tables.operation_began)]
    blows_halted = [
        (m, EventKind.HOSTILITIES_HALTED)
        for m in [*analysis.phrases.all(_HALTED_BLOWS), *analysis.phrases.all(_NO_SORTIES)]
    ]
    called_ploys = [
        (m, EventKind.REJECTION) for m in [*analysis.phrases.all(_CALLED_A_PLOY), *analysis.phrases.all(_WAS_A_PLOY)]
    ]
    if pause_spans:
        called_ploys += [(m, EventKind.REJECTION) for m in analysis.phrases.all(_QUOTE_OPENS_ON_A_PLOY)]
    # "There will be no truce with bandits": a halt ruled out, whoever's words they are
    ruled_out = [(m, EventKind.REJECTION) for m in analysis.phrases.all(_NONE_TO_BE)]
    # "racing against time to get hundreds of civilians out of the besieged Syrian city": people got out
    got_out = [(m, EventKind.EVACUATION) for m in analysis.phrases.all(_GOT_PEOPLE_OUT)]
    volleys = [(m, EventKind.ATTACK) for m in analysis.phrases.all(_VOLLEY)]
    matches = sorted(
        [
            *((m, None) for m in triggered),
            *other_halts,
            *sayings,
            *onset_kinds,
            *began,
            *blows_halted,
            *got_out,
            *called_ploys,
            *ruled_out,
            *volleys,
        ],
        key=lambda p: p[0].start(),
    )
    body_kinds = {
        forced or tables.kinds[" ".join(match.group(0).lower().split())]
        for match, forced in matches
        if match.start() >= headline_end
    }
    for match, forced in matches:
        kind = forced or tables.kinds[" ".join(match.group(0).lower().split())]
        if kind is EventKind.REJECTION and (
            _A_CHARGE_AFTER.match(text, match.end())
            or _A_CHARGE_BEFORE.search(text, max(0, match.start() - _CHARGE_REACH), match.start())
        ):
            # "dismisses the claim as propaganda", "a charge the army rejected": a charge denied
            kind = EventKind.DENIAL
        if match.start() < headline_end and kind in body_kinds:
            continue  # the headline restates the body; only what the body leaves out is read from it
        sentence = containing(sentences.at(match.start()), match.start(), match.end())
        told_day = seen.get((kind, sentence))
        if told_day == "" or (told_day and kind in _SAY_KINDS) or _PAGE_LINE.match(text, sentence.start):
            continue  # one event of a kind a sentence but on another day; none in "READ MORE: ..." or a caption
        if _no_event(analysis, match, kind, has_pause=bool(pause_spans), begun=forced is EventKind.ATTACK):
            continue
        if (
            kind is EventKind.ATTACK
            and _SINCE_A_FIGHT_BEFORE.search(text, max(0, match.start() - 24), match.start()) is not None
            and _BEGAN_AFTER.match(text, match.end()) is not None
        ):
            continue  # "killed since fighting erupted on April 15": when the fighting began, its onset, no blow
        if (
            kind is EventKind.AGREEMENT
            and _EARLIER_DEAL_BEFORE.search(
                text, max(sentence.start, match.start() - _EARLIER_DEAL_REACH), match.start()
            )
            is not None
        ):
            continue  # "A previous truce agreed in Minsk in September collapsed": an earlier deal, the story's backdrop
        if (
            kind is EventKind.AGREEMENT
            and _UNDER_THE_DEAL_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
            and _TERMS_AFTER.match(text, match.end()) is not None
            and any(event.kind is EventKind.AGREEMENT for event in events)
        ):
            continue  # "Under the deal, both sides will pull back": the deal told before, its terms now
        if (
            kind is EventKind.AID_DELIVERY
            and match.group(0).lower() in tables.bare_aid
            and tables.aid_words.search(text, sentence.start, sentence.end) is None
        ):
            continue  # "when their convoy was ambushed near Timbuktu": a convoy, but of no aid its sentence tells
        if (
            kind is EventKind.EVACUATION
            and match.group(0).lower() == "safe passage"
            and tables.passage_of_aid.search(
                text,
                max(sentence.start, match.start() - _AID_PASSAGE_REACH),
                min(sentence.end, match.end() + _AID_PASSAGE_REACH),
            )
            is not None
        ):
            continue  # "give safe passage to relief convoys", "trucks of food waiting for safe passage": aid's way
        if (
            kind is EventKind.RELEASE
            and match.group(0).lower() in tables.handing_over
            and tables.things_handed.search(
                text,
                max(sentence.start, match.start() - _HANDED_BEFORE),
                min(sentence.end, match.end() + _HANDED_AFTER),
            )
            is not None
        ):
            continue  # "heavy weapons will be handed over", "handed over the town": things, not people freed
        if kind is EventKind.STATEMENT and _quoted(text, sentence.start, match.start()):
            continue  # '"We\'ve been told by the Israelis ...," Kirby said': Kirby's saying, not another
        seen.setdefault((kind, sentence), "")
        clause = _clause(sentence, match.start(), match.end())
        times = dated.between(clause.start, clause.end)
        if kind is EventKind.STATEMENT or (kind in _SAY_KINDS and not times):
            verbs = [match.end(), *(v.end() for v in analysis.phrases.within(tables.say, clause.start, clause.end))]
            # "said Monday"; "told state television ORTM on Monday": a day after whom it was told
            near = [
                t
                for t in times
                if t.when is not None
                and not _after_publication(analysis, t.when)  # "said the pause would run on Saturday": what was said
                and (
                    any(
                        0 <= t.span.start - v <= _SAID_DAY_REACH
                        or (
                            0 <= t.span.start - v <= _TOLD_DAY_REACH
                            and text.endswith(("told", "tells"), 0, v)
                            and _WHOM_TOLD.fullmatch(text, v, t.span.start) is not None
                        )
                        # "said in his nightly video address on Tuesday"
                        or (0 <= t.span.start - v <= _SAID_IN_REACH and _SAID_IN.fullmatch(text, v, t.span.start))
                        for v in verbs
                    )
                    # "Speaking on Monday, Nigerian Defence minister ... said"
                    or _SPEAKING_ON.fullmatch(text, clause.start, t.span.start) is not None
                    # "On Friday, the ministry said", "In a statement read on state television on Sunday, the army
                    # said": the day put first, then the speaker and the verb
                    or (
                        _FRONTED_DAY.fullmatch(text, clause.start, t.span.start) is not None
                        and _SPEAKER_THEN.fullmatch(text, t.span.end, match.start()) is not None
                    )
                    # "met Zelenskyy in Warsaw on Friday and urged Russia to halt": one subject's two deeds, one day
                    or _DAY_AND.fullmatch(text, t.span.end, match.start()) is not None
                )
            ]
            time = near[0] if near else None
            entry = _entry_date(text, match.start(), dated)
            if time is None and entry is not None:
                time = entry  # "Jan. 2024 - The EHRC says ...": the entry's date, not the day of publication
            if time is None and kind in _SAY_KINDS:  # "Israel says", "the Kremlin accuses Kyiv": said today
                now = _said_now(analysis, match, tables)
                if now is not None:
                    time = now
            if time is None and kind in _SAY_KINDS and analysis.article.published is not None:
                time = _said_about_now(analysis, match)
        else:  # "the first release of hostages, al-Kuwari said Thursday": Thursday dates the saying
            unsaid = [t for t in times if t.span.start not in said_days]
            # "in July and again in August": the first time dates it; the second is read below
            unsaid = [
                t for t in unsaid if not _AGAIN_BEFORE.search(text, max(0, t.span.start - 16), t.span.start)
            ] or unsaid
            if kind is EventKind.RELEASE:  # "freed ... a journalist held since 2021": when the holding began
                unsaid = [
                    t for t in unsaid if not _HELD_SINCE_BEFORE.search(text, max(0, t.span.start - 30), t.span.start)
                ]
            # "ended the 2015 Algiers peace agreement in January": the year names the deal, January dates its end;
            # "Shelling has emptied villages since the 1999 Kargil conflict": that year names another deed
            free = [
                t
                for t in unsaid
                if not _names_a_deed(text, t)
                and not _record_since(text, t, match.start(), match.end())
                and (kind in _COUNTED_SINCE_THE_WAR or not _dates_the_war_begun(text, t, match.start()))
            ]
            time = (
                _year_naming(text, unsaid, match.start())
                or _nearest_time(free, match.start(), match.end(), text)
                or _entry_date(text, match.start(), dated)
            )
            if time is None and len(free) < len(unsaid) and kind is EventKind.AGREEMENT:
                time = _said_about_now(analysis, match)  # "have agreed to strictly observe a 2003 ceasefire"
            if (
                kind is EventKind.CONFLICT_ONSET
                and time is not None
                and time.span.start < match.start()
                and _counted_since_the_war(text, match)
            ):
                time = None  # "200 trucks entered Gaza on Sunday, the largest convoy since the war began": Sunday's
            if (
                kind is EventKind.AGREEMENT
                and time is not None
                and match.group(0).lower() == "agreed"
                and _the_halts_time(text, time)
            ):
                # "have agreed to a 72-hour ceasefire starting at midnight on Monday": Monday is when the halt
                # begins; the parties agreed on a day the clause tells otherwise, or as the story is published
                time = _nearest_time(
                    [t for t in unsaid if not _the_halts_time(text, t)], match.start(), match.end(), text
                ) or _said_about_now(analysis, match)
            if time is not None and time.span.end < match.start():
                time = _counted_from(text, time, match.start()) or time
            if time is not None and kind in _DURING_THE_PAUSE:
                time = _as_the_pause_reads_it(analysis, time, sentence)
            if (
                kind in _DONE_BY_NOW
                and time is not None
                and _wholly_after_publication(analysis, time)
                and not (kind is EventKind.AGREEMENT and _SIGNING_AHEAD.search(text, clause.start, clause.end))
            ):
                # "Under the deal, both sides will pull back by Friday": Friday is what was agreed, not when
                time = _nearest_time(
                    [t for t in unsaid if not _wholly_after_publication(analysis, t)],
                    match.start(),
                    match.end(),
                    text,
                ) or (_said_about_now(analysis, match) if match.group(0).lower().endswith("ed") else None)
                if time is not None and time.span.end < match.start():
                    # "on Sunday, a day after the army ... signed a cease-fire ... to take effect Monday night"
                    time = _counted_from(text, time, match.start()) or time
        when = time.when if time is not None else None
        negated = kind not in _SAY_KINDS and (
            _NEGATED_BEFORE.search(text, max(0, match.start() - 24), match.start()) is not None
            or analysis.phrases.gated_search(
                _NEITHER, _NEITHER_NOR_BEFORE, max(0, match.start() - _NEITHER_NOR_REACH), match.start()
            )
            is not None
            # "No ceasefire or cessation of hostilities was agreed": none made, its subject says
            or (
                kind is EventKind.AGREEMENT
                and _NO_SUBJECT_BEFORE.fullmatch(text, sentence.start, match.start()) is not None
            )
        )
        if negated and kind is EventKind.ATTACK:
            # "their warplanes have not struck the town for 12 days": a halt, counted back
            counted = _halted_since(analysis, match, clause, said_days, every)
            if counted is not None:
                kind, when, negated = EventKind.HOSTILITIES_HALTED, counted, False
        if negated and time is None:
            # "Our fighters will not attack anyone": none, as the text says ("had not struck Ain Zara since
            # November 28", dated, is a halt, read as one below)
            continue
        if when is None and kind not in _SAY_KINDS:
            # "Hours before the truce took effect, a drone attack on Kyiv killed two": the pause's day
            when = _anchored(analysis, events, clause)
        if when is None and kind in {EventKind.ATTACK, EventKind.KILLING}:
            # "... struck the market on Tuesday. At least 14 people were killed in the strike": that blow's day
            when = _the_blow_told(text, events, clause)
            if when is not None and kind is EventKind.ATTACK and when.span.start <= match.start() < when.span.end:
                continue  # "Hamas denied any role in the Rafah attack": the blow told before, told again
            if when is None and kind is EventKind.ATTACK and _blow_pointed_back(text, events, match, clause):
                continue  # "... shelled the port on Monday. The strikes killed four": that blow, told again
        halted_since = (
            kind is EventKind.ATTACK
            and when is not None
            and when.modifier is Modifier.AFTER
            # "neither its aircraft nor those of the Syrian air force have bombed Kafr Anbar since October 26"
            and (negated or _status(analysis, match.start(), match.end(), clause, tables) is Status.DENIED)
        )
        if halted_since:  # "LNA aircraft had not struck Ain Zara since November 28": a halt since then, still holding
            kind = EventKind.HOSTILITIES_HALTED
        if when is None and kind is EventKind.HOSTILITIES_HALTED:
            # "Niger had ceased drone strikes on eastern Kidal for 13 days", said on Thursday: since 13 days before
            when = _halted_since(analysis, match, clause, said_days, every)
            if when is not None and _same_day(halts, when):
                continue  # the halt told with its own day before ("halted drone attacks on Oct. 6"): the same one
        if (
            kind is EventKind.HOSTILITIES_HALTED
            and when is not None
            and when.precision is not Precision.DAY
            and (
                when.value in halts
                # "The halt in bombing was first declared ahead of a three-day truce that collapsed last month": the
                # halt told before with its day, pointed back to; the month is the other ceasefire's
                or (halts and _POINTED_BACK.search(text, max(0, match.start() - _POINTED_BACK_REACH), match.start()))
            )
        ):
            continue  # "The halt in drone strikes ... ended last month", after "halted ... on Oct. 6": that halt
        if when is None and kind is EventKind.EVACUATION:
            # "civilians could leave through seven other corridors": they leave while the pause holds
            when = next((start for corridor, start in corridor_starts if _overlaps(corridor, clause)), None)
        aid_ahead = False
        if when is None and kind is EventKind.AID_DELIVERY:
            # "aid convoys will be allowed to travel through a humanitarian corridor", "trucks were waiting ...
            # to enter the town on the first day of the truce": aid brought while the pause holds
            when = next((start for corridor, start in corridor_starts if _overlaps(corridor, clause)), None)
            if when is None and only_start is not None and _AID_AHEAD.search(text, clause.start, clause.end):
                when, aid_ahead = only_start, True
        if (
            kind is EventKind.AGREEMENT
            and when is not None
            and _A_HALT_MADE.fullmatch(text, sentence.start, match.start()) is not None
            and _made_months_before(analysis, when)
        ):
            continue  # "A ceasefire agreed in Minsk in September collapsed within weeks", told in February: a backdrop
        if told_day is not None and (when is None or when.value == told_day):
            continue  # "air strikes and shelling since January": one event; "..., and a bomb hit on Sunday": two
        if told_day is None:
            seen[kind, sentence] = when.value if when is not None else ""
        agents = _agents(analysis, match.start(), match.end(), clause) or _state_by_its_demonym(
            text, match.start(), pause_tables.state_demonyms, states
        )
        if (
            events
            and events[-1].evidence == sentence
            and kind not in _SAY_KINDS
            and events[-1].kind not in _SAY_KINDS  # "the ministry said shells hit a market, killing 12": not its
            and _PARTICIPLE_ADJUNCT.fullmatch(match.group(0))
            and text.endswith(", ", 0, match.start())
        ):
            agents = events[-1].agents  # "gunmen attacked southern Israel, killing around 1,200 people": the attackers
        if not agents and kind is EventKind.STATEMENT and _QUOTE_BEFORE.search(text, clause.start, match.start()):
            speaker = actor_after(analysis, match.end(), clause, direct=True)  # '"...," said Volker Perthes'
            agents = (speaker.actor_id,) if speaker is not None else ()
        status = _status(analysis, match.start(), match.end(), clause, tables)
        if halted_since:
            status = Status.ONGOING
        if aid_ahead and status is Status.UNKNOWN:
            status = Status.PLANNED  # "trucks were waiting to enter on the first day of the truce"
        if kind is EventKind.CEASEFIRE and _ENDED.search(text, match.end(), clause.end):
            status = Status.ENDED
        source = None if kind in _SAY_KINDS else _source(analysis, clause, match.start(), tables)
        if forced is EventKind.ATTACK and when is None:
            continue  # "fled since the offensive began": a backdrop with no day, the offensive told where it has one
        if kind is EventKind.CONFLICT_ONSET and time is None and onsets:
            continue  # "fled since the invasion ... since the invasion began": an onset told, referred to again
        if kind is EventKind.CONFLICT_ONSET:
            onsets.add(match.group(0))
        if kind in _ONE_PROCESS and any(
            (when is None or (e.when is not None and e.when.value == when.value))
            and (not agents or set(agents) <= set(e.agents))
            for e in processes.get(kind, ())
        ):
            continue  # "the evacuation ... the evacuation was delayed": the story's one process, told again
        if kind is EventKind.STATEMENT and agents in statements and (when is None or when.value in statements[agents]):
            continue  # "Kirby told reporters ... Kirby said ...": one briefing, told in parts
        if kind is EventKind.STATEMENT and agents:
            statements.setdefault(agents, set()).add(when.value if when is not None else None)
        if kind is EventKind.HOSTILITIES_HALTED and when is not None and when.precision is Precision.DAY:
            halts.update({when.value, when.value[:7], when.value[:4]})
        events.append(
            event := Event(
                id=f"event-{len(events) + 1}",
                kind=kind,
                trigger=match.group(0),
                agents=agents,
                targets=(
                    ()
                    if kind is EventKind.STATEMENT and match.group(0).lower() not in tables.say_to
                    else _targets(analysis, match.end(), clause, agents)
                ),
                location=_location(analysis, match, clause, pause_tables),
                when=when,
                status=status,
                source=source if source not in agents else None,
                evidence=sentence,
            )
        )
        if kind in _ONE_PROCESS:
            processes.setdefault(kind, []).append(event)
        if (
            kind is EventKind.SIEGE
            and _BESIEGED_PLACE.fullmatch(match.group(0))
            and _NAMING_BEFORE.search(text, max(0, match.start() - 24), match.start())
        ):
            places_besieged.add(event.id)
        if kind is EventKind.NEGOTIATION and _LENGTH_OF_TALKS_BEFORE.search(
            text, max(sentence.start, match.start() - _LENGTH_OF_TALKS_REACH), match.start()
        ):
            long_talks.add(event.id)
        # the deed told again, not the saying of it ("opened fire ..., and again at 1:15 a.m. ..., the Army said")
        saying = kind is EventKind.STATEMENT or kind in _SAY_KINDS
        again = _told_again(times, text) if when is not None and not saying else None
        if again is not None and when is not None and again.value != when.value:  # "in July and again in August"
            events.append(attrs.evolve(event, id=f"event-{len(events) + 1}", when=again))
    events = _dated_by_the_blow_after(text, events, lead_sentence(analysis.article))
    events = _dated_by_the_deed_before(text, events, dated)
    events = _talks_dated_by_their_outcome(events, long_talks)
    events = _without_sieges_named_by_their_places(events, places_besieged)
    events.extend(_corridor_evacuations(analysis, events, sentences))
    if no_war:
        events = _without_figurative_war(events, tables, text)
    # a seizure of power told with no date is the story's backdrop, not an event a table could hold
    told = [e for e in _signed_not_announced(text, events) if e.kind is not EventKind.OTHER or e.when is not None]
    kept = _without_undated_repeats(
        _without_faceless_blows(_without_wars_joined(told, tables.war_joined), tables.weapons)
    )
    dated_last = _deals_of_the_day(
        _dated_as_the_one_told(_dated_by_the_saying(_said_again(kept), text), text), text, analysis.article.published
    )
    # a halt or a war's outbreak still told with no date is talk of one ("There is no sign of a truce", "since the
    # war began"), not an event a table could hold
    return attrs.evolve(
        analysis, events=tuple(e for e in dated_last if e.when is not None or e.kind not in _DATED_OR_NONE)
    )


_HAVE_DONE_BEFORE = re.compile(r"(?i:\b(?:has|have)\s(?:[a-z]+ly\s|now\s|also\s)?)$")
"""The present perfect right before a deal's verb: "have agreed", "has now signed", "have formally accepted"."""


def _deals_of_the_day(events: tuple[Event, ...], text: str, published: datetime.date | None) -> tuple[Event, ...]:
    """
    Date a deal told in the present perfect with no day by the day of publication, marked ``approx``.

    "Two rival pizzerias have agreed a 48-hour truce": news of the story's day, as a pause so told is; a
    deal of another day is told with that day or in the past.
    """
    if published is None:
        return events
    dated: list[Event] = []
    for event in events:
        at = text.find(event.trigger, event.evidence.start, event.evidence.end) if event.when is None else -1
        if (
            event.kind is EventKind.AGREEMENT
            and at >= 0
            and _HAVE_DONE_BEFORE.search(text, max(event.evidence.start, at - 20), at) is not None
        ):
            span = span_at(at, at + len(event.trigger))
            when = When(
                value=published.isoformat(),
                precision=Precision.DAY,
                modifier=Modifier.APPROX,
                text=event.trigger,
                span=span,
            )
            dated.append(attrs.evolve(event, when=when))
        else:
            dated.append(event)
    return tuple(dated)


def _without_sieges_named_by_their_places(events: list[Event], places_besieged: set[str]) -> list[Event]:
    """
    Drop the sieges told only by a place's adjective ("the besieged town of Madaya") when the story tells one itself.

    "Government forces have encircled Madaya since July ... aid reached the besieged town on Monday": one siege,
    laid in July, not another each day the town is called besieged; a story that tells none but the adjective keeps it.
    """
    if not places_besieged or all(e.id in places_besieged for e in events if e.kind is EventKind.SIEGE):
        return events
    return [e for e in events if e.id not in places_besieged]


def _without_wars_joined(events: list[Event], war_joined: frozenset[str]) -> list[Event]:
    """
    The events, less a war joined when its outbreak is told too: the outbreak is the war's onset.

    "Yemen's war began in late 2014 ..., and the coalition intervened in March 2015": one onset, in 2014; told alone,
    "The coalition intervened in March 2015" is the story's only word of how its war began, and stays.
    """
    onsets = [e for e in events if e.kind is EventKind.CONFLICT_ONSET]
    if not any(e.trigger.lower() not in war_joined for e in onsets):
        return events
    return [e for e in events if e.kind is not EventKind.CONFLICT_ONSET or e.trigger.lower() not in war_joined]


_DATED_OR_NONE = frozenset({EventKind.CEASEFIRE, EventKind.HOSTILITIES_HALTED, EventKind.CONFLICT_ONSET})
"""Kinds an event of needs a date: undated, a halt or an outbreak is a backdrop, a wish or a denial of one."""


_LENGTH_OF_TALKS_BEFORE = re.compile(
    r"(?i:\b(?:hours|nights?|days)\s(?:of\s)?(?:[\w-]+\s)?|\ball-night\s|\bovernight\s)$"
)
"""Talks told by how long they took, right before their word: "after six hours of talks", "all-night talks"."""
_LENGTH_OF_TALKS_REACH = 40


def _talks_dated_by_their_outcome(events: list[Event], long_talks: set[str]) -> list[Event]:
    """
    Date talks told by their length with the day of the agreement their sentence tells.

    "agreed on Thursday on a ceasefire ... from midnight, after six hours of talks": the talks
    ended in the agreement, so they are of its day, not of the ceasefire's or of none.
    """
    if not long_talks:
        return events
    agreed: dict[Span, When] = {}
    for event in events:
        if (
            event.kind is EventKind.AGREEMENT
            and event.when is not None
            and event.when.precision in {Precision.DAY, Precision.MINUTE}
        ):
            agreed.setdefault(event.evidence, event.when)
    # "Pence made the announcement in Ankara after more than four hours of talks": undated, the story's first deal
    first = next(iter(agreed.values()), None)
    return [
        attrs.evolve(event, when=agreed[event.evidence])
        if event.id in long_talks and event.evidence in agreed
        else attrs.evolve(event, when=first)
        if event.id in long_talks and event.when is None and first is not None
        else event
        for event in events
    ]


_SIGNED = re.compile(r"(?i:\b(?:sign(?:ed|ing|s)?|(?<!\bhave\s)(?<!\bhas\s)agree(?:d|s|ing)?)\b)")
"""
A halt signed or agreed: the parties' agreement, which the coders of a table hold as one, not also an announcement.

"Have agreed" is not such a deed: news of a halt just made, told as its announcement ("the two sides have
agreed to a truce, Qatar said").
"""
_ANNOUNCED_OR_HUMANITARIAN = re.compile(
    r"(?i:\b(?:announc|declar|order|unilateral|propos|offer|call|humanitarian|local|pause|window|hours?\b|aid\b"
    r"|relief\b))"
)
"""What makes an agreed halt an announcement too: a verb of declaring, or a humanitarian or local halt of hours."""
_ANNOUNCED = re.compile(r"(?i:\bannounc)")
"""What makes a signed halt an announcement too: its announcing told ("announced late Wednesday by ...")."""


def _signed_not_announced(text: str, events: list[Event]) -> list[Event]:
    """
    Drop the `pause_announced` event of a sentence that tells a halt signed or agreed as an agreement.

    "The government and the rebels signed a ceasefire in Accra on Tuesday", or "agreed on Tuesday to a
    ceasefire": one agreement, not an agreement and an announcement. An agreed humanitarian pause, or one
    declared too, keeps both; a signed one keeps both only when its announcing is told.
    """
    agreed = {e.evidence for e in events if e.kind is EventKind.AGREEMENT}
    kept: list[Event] = []
    for event in events:
        made = (
            _SIGNED.search(text, event.evidence.start, event.evidence.end)
            if event.kind is EventKind.PAUSE_ANNOUNCED and event.evidence in agreed
            else None
        )
        if (
            made is not None
            and (
                # "signed a ceasefire ..., agreeing to stop fighting within 24 hours": signed, so the parties' deal
                # whatever its hours, unless its announcing is told too
                _ANNOUNCED.search(text, event.evidence.start, event.evidence.end)
                if made.group(0).lower().startswith("sign")
                else _ANNOUNCED_OR_HUMANITARIAN.search(text, event.evidence.start, event.evidence.end)
            )
            is None
        ):
            continue
        kept.append(event)
    return kept


def _said_again(events: Sequence[Event]) -> tuple[Event, ...]:
    """
    Date a statement with no day of its own by the day of its speaker's statement told before it, marked ``approx``.

    "The pause was announced on Tuesday by ... Gen Valery Gerasimov, who told a briefing ...", then "Five routes
    ... are to be opened, Gerasimov said": the same briefing, so Tuesday, not about the story's day. Over the corpus
    30 such days were the coders' and 4 were not.
    """
    dated: dict[str, When] = {}
    redated: dict[int, Event] = {}
    for index in sorted(range(len(events)), key=lambda i: events[i].evidence.start):
        event = events[index]
        when = event.when
        if event.kind is not EventKind.STATEMENT or when is None or when.precision is not Precision.DAY:
            continue
        if when.modifier is None:
            for agent in event.agents:
                dated.setdefault(agent, when)
        elif when.modifier is Modifier.APPROX:
            earlier = next((dated[agent] for agent in event.agents if agent in dated), None)
            if earlier is not None and earlier.value < when.value:
                redated[index] = attrs.evolve(event, when=attrs.evolve(earlier, modifier=Modifier.APPROX))
    return tuple(redated.get(index, event) for index, event in enumerate(events))


_TOLD_UNDATED = frozenset(EventKind) - _SAY_KINDS - {EventKind.CONFLICT_ONSET, EventKind.OTHER}
"""The deeds a saying may date: not the sayings themselves, nor a war's outbreak, which a story dates apart."""


def _dated_by_the_saying(events: tuple[Event, ...], text: str) -> tuple[Event, ...]:
    """
    Date a deed told with no day by the day of the saying that tells it, marked ``approx``.

    "The army said the rebels had shelled its positions", said on Tuesday: news tells the deeds
    of the last hours, so the shelling was about Tuesday; the mark says the text gave no day of its own.
    Earlier halts told in the plural ("Earlier pauses ... drew few takers, each side blaming the other")
    are not of those hours.
    """
    said: dict[Span, When] = {}
    for event in events:
        if event.kind in _SAY_KINDS and event.when is not None:
            said.setdefault(event.evidence, event.when)
    if not said:
        return events
    earlier = {e.kind: e.evidence.start for e in reversed(events) if e.when is not None}
    return tuple(
        attrs.evolve(event, when=attrs.evolve(said[event.evidence], modifier=Modifier.APPROX))
        if event.when is None
        and event.kind in _TOLD_UNDATED
        and event.evidence in said
        and not _halts_of_the_past(event, text)
        and not (
            event.kind in _DEEDS
            and earlier.get(event.kind, event.evidence.start) < event.evidence.start
            and _told_before_its_saying(event, text)
        )
        else event
        for event in events
    )


_HAD_BEFORE = re.compile(r"(?i:\bhad\s(?:been\s)?(?:[a-z]+ly\s)?)$")
"""The past perfect right before a deed's word: "had shelled", "had been killed"."""


def _told_before_its_saying(event: Event, text: str) -> bool:
    """Whether a deed is told in the past perfect ("said nine soldiers had died"): before the saying's day."""
    at = text.find(event.trigger, event.evidence.start, event.evidence.end)
    return at >= 0 and _HAD_BEFORE.search(text, max(0, at - 24), at) is not None


_DATED_AS_TOLD_NEARBY = frozenset(EventKind) - {EventKind.CONFLICT_ONSET, EventKind.OTHER}
"""Kinds an undated mention of takes a dated one's day: not a war's outbreak, nor a deed of no fixed kind."""


def _dated_as_the_one_told(events: tuple[Event, ...], text: str) -> tuple[Event, ...]:
    """
    Date an undated event by the nearest dated one of its kind, marked ``approx``.

    "signed the deal in Algiers on Saturday ... Ould Sidati signed the text at a ceremony": one
    signing; "shelled the town on Sunday ... the shelling damaged the hospital": news tells of one
    day's blows. The nearest dated mention before it gives the day, else the first after; the mark
    says the day was told elsewhere. Over the corpus four in five such days are the coders'.
    """
    dated: dict[EventKind, list[Event]] = {}
    for event in events:
        if event.when is not None and event.kind in _DATED_AS_TOLD_NEARBY:
            dated.setdefault(event.kind, []).append(event)
    if not dated:
        return events
    told: list[Event] = []
    for event in events:
        others = dated.get(event.kind) if event.when is None and not _halts_of_the_past(event, text) else None
        when = None
        if others:
            before = [e for e in others if e.evidence.start <= event.evidence.start]
            when = (before[-1] if before else others[0]).when
        told.append(event if when is None else attrs.evolve(event, when=attrs.evolve(when, modifier=Modifier.APPROX)))
    return tuple(told)


_EARLIER_KIND_BEFORE = re.compile(r"(?i:\b(?:earlier|previous|past|prior|similar|several|other)\s(?:[\w-]+\s){0,3}?)$")
"""Before halts told in the plural, what sets them apart from the story's: "Earlier pauses", "Several short truces"."""


def _halts_of_the_past(event: Event, text: str) -> bool:
    """
    Whether an undated halt is told as other halts than the story's ("Earlier pauses arranged by Moscow collapsed").

    They take no day from the story's own halt; with none of their own they are a backdrop, and are dropped.
    """
    if event.kind not in _DATED_OR_NONE or not event.trigger.endswith("s"):
        return False
    at = text.find(event.trigger, event.evidence.start, event.evidence.end)
    return at >= 0 and _EARLIER_KIND_BEFORE.search(text, max(event.evidence.start, at - 40), at) is not None


_FIGURATIVE_IN_PEACE = frozenset({EventKind.ATTACK, EventKind.SIEGE, EventKind.CONFLICT_ONSET})
"""The kinds of war a story of no war tells only as figures: a price war's "offensive", a bakery "under siege"."""


def _without_figurative_war(events: list[Event], tables: _Tables, text: str) -> list[Event]:
    """
    Drop the blows, sieges and outbreaks of a story that tells of no war, save a blow told by its arms.

    In a story of rival bakeries or a derby's fans, "launched an offensive", "a siege" and "the war
    broke out" are figures of speech; "missiles hit grain terminals" or "a car bomb" stays a blow,
    however peaceful the rest of the story, unless its arms are words too ("shelling his customers with
    loyalty cards", "no more shelling out on new lights"). A blow named by its deed alone is one too:
    "the shelling of insults", "player raids", and strikes, which are labour's.
    """
    return [
        e
        for e in events
        if e.kind not in _FIGURATIVE_IN_PEACE
        or (
            tables.weapons.search(e.trigger) is not None
            and e.trigger.lower() not in tables.blows_of_peace
            and not _arms_of_speech(e, text)
        )
    ]


_ARMS_OF_SPEECH_AFTER = re.compile(
    r"\s(?:out\b|(?:[\w'’-]+\s){0,3}?with\s(?!(?:[\w-]+\s)?(?:mortars?|rockets?|missiles?|artillery|shells|bombs"
    r"|drones|grenades|guns|tanks|machine-guns?)\b))"
)
"""After a blow's word, what makes it a figure: "shelling out", "shelled each other with words"."""


def _arms_of_speech(event: Event, text: str) -> bool:
    """Whether the blow's word is followed, in its sentence, by what makes it a figure of speech."""
    at = text.find(event.trigger, event.evidence.start, event.evidence.end)
    return at >= 0 and _ARMS_OF_SPEECH_AFTER.match(text, at + len(event.trigger), event.evidence.end) is not None


def _without_faceless_blows(events: list[Event], weapons: re.Pattern[str]) -> list[Event]:
    """
    Drop an attack told with no one doing it, no day and no arms: the state of a war, not an event of it.

    "aid groups were relieved the fighting was ending", "reserves the right to resume fighting",
    "the attack was a provocation": no deed a table could hold. A blow told by its arms stays ("air
    strikes and ground fighting rocked Omdurman"). Dropped before the undated repeats are weeded, which
    numbers the ids again.
    """
    return [
        e
        for e in events
        if e.kind is not EventKind.ATTACK or e.when is not None or e.agents or weapons.search(e.trigger) is not None
    ]


_SAID_DAY_REACH = 25
"""How far after a verb of saying its day may come ("said on Monday", "said in a statement on Monday")."""
_TOLD_DAY_REACH = 40
"""... and after "told", past whom it was told ("told state television ORTM on Monday")."""
_WHOM_TOLD = re.compile(
    r"\s(?:(?!(?:would|will|could|can|had|has|have|was|were|is|are|that)\s)[\w’'-]+\s){1,4}(?:(?:late|early)\s)?(?:on\s)?"
)
"""Whom something was told, and no clause: "state television ORTM on", not "reporters the pauses would start on"."""
_SAID_IN = re.compile(
    r"\s(?:in|during)\s(?:a|an|his|her|its|their|the)\s(?:[\w-]+\s){0,2}?"
    r"(?:statement|briefing|video|post|address|interview|speech|message|broadcast|letter|note|news\sconference)\s"
    r"(?:to\s(?:the\s)?(?:[\w.-]+\s){1,4}?)?(?:(?:late|early)\s)?(?:on\s)?"
)
"""Where something was said, between its verb and its day: "said in his nightly video address on Tuesday", "said in
a letter to the U.N. Security Council on Wednesday"."""
_SAID_IN_REACH = 64
"""How far after a verb of saying its day may come past where it was said."""
_SPEAKING_ON = re.compile(r"(?i:speaking|writing)\s(?:(?:late|early)\s)?(?:on\s)?")
"""A participle opening the sentence with the day of the saying: "Speaking on Monday, ... said"."""
_FRONTED_DAY = re.compile(
    r"\s*(?i:(?:(?:late|early|earlier|later)\s)?(?:on\s)?"
    r"|in\sa\s(?:[\w-]+\s)?statement\s(?:[\w-]+\s){0,5}?(?:(?:late|early)\s)?(?:on\s)?)"
)
"""What may open a sentence before the day of its saying: "On", "Late on", "In a statement read on state TV on"."""
_SPEAKER_THEN = re.compile(r"(?:\s(?:morning|afternoon|evening|night))?,\s[^,;:\"“”()]{1,80}\s")
"""The speaker alone between that day and the verb: ", the ministry ", not ", Russian forces shelled the town, "."""
_DAY_AND = re.compile(r"(?:\s(?:morning|afternoon|evening|night))?,?\sand\s(?:[a-z]+ly\s)?")
"""A day joined to the verb of saying by "and", the saying done that day: "on Friday and urged"."""
_ANCHOR = re.compile(
    r"(?i:\b(?:hours?|minutes?|moments|shortly|soon|(?:an|one|two|three|four|five|six|\d+|a\sfew|several)"
    r"\s(?:hours?|minutes?))\s(?P<rel>before|after)\s(?:the\s|its\s|this\s|that\s|[\w’'.-]+['’]s\s)?"
    r"(?P<what>announcement|truce|pause|ceasefire|cease-fire|window|moratorium|halt|lull)"
    r"(?:\s(?:was\s|had\s)?(?P<verb>announced|took\seffect|came\sinto\sforce|began|started|ended|expired"
    r"|closed|lapsed|ran\sout))?)\b"
)
"""A deed dated by the story's pause: "Hours before the truce took effect", "40 minutes after the window closed"."""
_CAME_AFTER = re.compile(
    r"(?i:\bThe\s(?:announcement|offer|move|deal|agreement|declaration)\scame\s(?P<n>a|an|one|two|three|four|five|six"
    r"|seven|\d{1,2})\s(?P<unit>days?|weeks?)\s(?P<rel>after|before))\b"
)
"""A deed dated from the pause's announcement: "The announcement came a day after a drone strike ... killed 31"."""
_ANCHOR_WORDS = ("before", "after", "came")
"""Whole words, one of which `_ANCHOR` ("before", "after") or `_CAME_AFTER` ("came") needs, each between spaces."""
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _announced_day(events: Sequence[Event]) -> str | None:
    """The day of the story's one dated announcement of a pause, if it has one."""
    announced = [e.when for e in events if e.kind is EventKind.PAUSE_ANNOUNCED and e.when is not None]
    if len(announced) == 1 and announced[0].precision in _DAY_OR_FINER and announced[0].modifier is None:
        return announced[0].value[:10]
    return None


_ENDED_VERBS = frozenset({"ended", "expired", "closed", "lapsed", "ran out"})
_EARLY = "06:00"
"""Before this clock time, hours before a pause's start fall on the day before."""
_SHORT_PAUSE = datetime.timedelta(hours=24)


def _days_counted(count: str, unit: str) -> int:
    """The days in a count of days or weeks: "two days" 2, "a week" 7, "10 days" 10."""
    lowered = count.lower()
    return (int(lowered) if lowered.isdigit() else _COUNTS[lowered]) * (7 if unit[0] in "wW" else 1)


def _counted_from_announcement(came: re.Match[str], events: Sequence[Event]) -> When | None:
    """The day some days before (or after) the story's dated announcement: "The announcement came two days after"."""
    announced = _announced_day(events)
    if announced is None:
        return None
    days = _days_counted(came.group("n"), came.group("unit"))
    dated = day_after(announced, -days if came.group("rel").lower() == "after" else days)
    if dated is None:
        return None
    return When(value=dated, precision=Precision.DAY, text=came.group(0), span=span_at(came.start(), came.end()))


_THE_BLOW = re.compile(
    r"(?i:\b(?:in|by|during)\s(?:the|that|this|these|those)\s"
    # a few words naming it ("the market strike", "the Rafah attack"), neither a length ("the 14-month assault")
    # nor a clause, as in "in the truce when the shelling stops"
    r"(?:(?!(?:the|a|an|when|and|or|of|which|that|who|as|if|after|before|while|until|since)\s)[^\W\d][\w’'-]*\s){0,3}?"
    r"(?:strikes?|airstrikes?|air\sstrikes?|attacks?|shelling|bombing|bombardment|raids?|blasts?|explosions?"
    r"|ambush|assault|massacre|shootings?)\b)"
)
"""A blow referred back to: "killed in the market strike", "wounded in the attack", "killed by those raids"."""
_THE_BLOW_REACH = 600
"""How far back, in characters, the blow referred to may have been told with its day."""
_A_TOLL_SO_FAR = re.compile(r"(?i:\b(?:have|has)\s(?:now\s)?been\s(?:killed|wounded|injured)\b)")
"""A toll of many blows: "more than 220 people have been killed in the strikes" since a campaign began."""


_BLOW_NOUNS = frozenset(
    {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "shelling", "bombing", "bombardment"}
    | {"raid", "raids", "blast", "blasts", "explosion", "explosions", "ambush", "assault", "massacre", "shooting"}
    | {"shootings"}
)
"""The nouns of one blow or a few, which a determiner can point back to: not "fighting" or "offensive", a war's."""
_POINTED_BACK = re.compile(
    r"(?i:\b(?:the|that|this|these|those|both)\s"
    r"(?:(?!(?:the|a|an|when|and|or|of|which|that|who|as|if|after|before|while|until|since)\s)[^\W\d][\w’'-]*\s)?)$"
)
"""
A determiner, and perhaps a word, before a blow's noun: "the strikes", "both attacks", "the Rafah raid".

Not two words: in "The army denied bombing", "the" is the speaker's.
"""
_POINTED_BACK_REACH = 40


def _blow_pointed_back(text: str, events: Sequence[Event], match: re.Match[str], clause: Span) -> bool:
    """
    Whether an undated blow is one told just before with its day, pointed back to: "the strikes killed four".

    As for a blow referred to in a phrase ("killed in the attack", see `_the_blow_told`), the
    last attack told before this sentence must have a day; it is then the same blow, told again.
    """
    if match.group(0).lower() not in _BLOW_NOUNS:
        return False
    if _POINTED_BACK.search(text, max(clause.start, match.start() - _POINTED_BACK_REACH), match.start()) is None:
        return False
    return _the_blow_told(text, events, span_at(clause.start, match.end()), referred=False) is not None


def _the_blow_told(text: str, events: Sequence[Event], clause: Span, *, referred: bool = True) -> When | None:
    """
    The day of the blow a clause refers back to ("killed in the market strike"): the last attack told with a day.

    None when no attack with a day was told in the sentences just before, or a later undated one came between.
    """
    reference = _THE_BLOW.search(text, clause.start, clause.end) if referred else None
    if referred and (reference is None or _A_TOLL_SO_FAR.search(text, clause.start, reference.start()) is not None):
        return None
    for event in reversed(events):
        if event.evidence.start >= clause.start:
            continue  # told in this sentence: the reference is to a blow before it
        if event.evidence.end < clause.start - _THE_BLOW_REACH:
            return None
        if event.kind is EventKind.ATTACK:
            if event.when is None or event.when.precision not in _DAY_OR_FINER:
                return None  # the last blow told has no day (or a campaign's month): the reference is to it
            if reference is None:
                return event.when
            return attrs.evolve(event.when, text=reference.group(0), span=span_at(reference.start(), reference.end()))
    return None


def _anchored(analysis: Analysis, events: Sequence[Event], clause: Span) -> When | None:
    """
    The day of a deed told only by how long before or after the story's pause or its announcement.

    "Hours before the announcement": the day the pause was announced; "minutes after it expired" and
    "after the window closed": the day the pause ended; "hours before the truce took effect", at
    midnight: the day before. None when the story has no one pause to count from.
    """
    if not analysis.phrases.has_word(_ANCHOR_WORDS, clause.start, clause.end):
        return None  # each pattern needs one of these words, and is tried at every character of the clause
    text = analysis.article.text
    came = _CAME_AFTER.search(text, clause.start, clause.end)
    if came is not None:  # "The announcement came a day after a drone strike ... killed at least 31 people"
        return _counted_from_announcement(came, events)
    anchor = _ANCHOR.search(text, clause.start, clause.end)
    if anchor is None:
        return None
    day: str | None = None
    if anchor.group("what").lower() == "announcement" or anchor.group("verb") == "announced":
        day = _announced_day(events)
    else:
        started = [  # a calendar day to count from: "XXXX-10-18", told with no year or publication day, is none
            (p, p.start)
            for p in analysis.pauses
            if p.start is not None and p.start.precision in _DAY_OR_FINER and "X" not in p.start.value
        ]
        if len(started) != 1:
            return None
        pause, start = started[0]
        verb = " ".join((anchor.group("verb") or "").lower().split())
        if verb in _ENDED_VERBS:
            if pause.end is not None and pause.end.precision in _DAY_OR_FINER:
                day = pause.end.value[:10]
            elif pause.duration is not None and pause.duration <= _SHORT_PAUSE and "T" in start.value:
                end = datetime.datetime.fromisoformat(start.value) + pause.duration
                day = end.date().isoformat()
        elif anchor.group("rel").lower() == "before" and "T" in start.value and start.value[11:16] < _EARLY:
            day = day_after(start.value[:10], -1)
        else:
            day = start.value[:10]
    if day is None or "X" in day:
        return None
    return When(value=day, precision=Precision.DAY, text=anchor.group(0), span=span_at(anchor.start(), anchor.end()))


_HELD_SINCE_BEFORE = re.compile(
    r"(?i:\b(?:held|detained|jailed|imprisoned|abducted|kidnapped|captured|seized|in\scaptivity|behind\sbars)"
    r"\s(?:[\w-]+\s){0,2}?(?:since|in|on)\s)$"
)
"""Before the day a captive was taken ("a journalist held since 2021", "abducted in March"): not a release's day."""
_HALT_TIME_OPENS = re.compile(r"(?i:starting|beginning|from|effective|as\sof|with\seffect|until|till)\b")
"""How a halt's own time opens: "starting at midnight on Monday", "from 6 p.m. on Friday", "until Sunday"."""
_HALT_TIME_BEFORE = re.compile(
    r"(?i:\b(?:takes?|took|taking|come|comes|came|coming)\s(?:into\s)?(?:effect|force)|\bbegins?|\bstarts?"
    r"|\bexpires?|\blast|\blasting|\bruns?|\brunning)\s(?:(?:at|on|from)\s)?$"
)
"""What a halt does at its own time, right before it: "takes effect at", "comes into force on", "begins"."""
_HALT_TIME_REACH = 30


_DURING_THE_PAUSE = frozenset({EventKind.EVACUATION, EventKind.AID_DELIVERY})
"""Kinds a pause is made for, done while it holds: dated by its start where their day is its start's."""


_WEEKDAY_NAMED = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
"""A weekday by name: a day a week off the pause's is the same weekday, read the other way."""


def _as_the_pause_reads_it(analysis: Analysis, time: TimeMention, sentence: Span) -> TimeMention:
    """
    A day that is a pause's start, dated as the pause reads it.

    "halt fighting ... on Friday so that insurgents can leave with their weapons", published on Wednesday:
    this Friday for the leaving, as for the pause, not the Friday gone.
    """
    for pause in analysis.pauses:
        start = pause.start
        if (
            start is not None
            and start.precision in _DAY_OR_FINER
            and start.span.start < time.span.end
            and time.span.start < start.span.end
        ):
            day = start.value[:10]
            if time.when is None or time.when.value[:10] == day:
                return time
            return attrs.evolve(time, when=When(value=day, precision=Precision.DAY, text=time.text, span=time.span))
    for pause in analysis.pauses:
        start = pause.start
        if (
            start is not None
            and start.precision in _DAY_OR_FINER
            and time.when is not None
            and time.when.precision is Precision.DAY
            and start.value[:4].isdigit()  # not "XXXX-05-22", a day of no known year
            and time.when.value[:4].isdigit()
            and _WEEKDAY_NAMED.search(time.text) is not None
            and abs(datetime.date.fromisoformat(start.value[:10]) - datetime.date.fromisoformat(time.when.value)).days
            == 7
            and any(_overlaps(span, sentence) for span in pause.evidence)
        ):
            # "has ordered a humanitarian pause ... on Saturday, ... offering insurgents safe passage": the
            # weekday the pause is told with, read as the pause reads it, though its start is dated by the hours
            day = start.value[:10]
            return attrs.evolve(time, when=When(value=day, precision=Precision.DAY, text=time.text, span=time.span))
    return time


_AID_PASSAGE_REACH = 40
"""How far around "safe passage" the aid it lets through is looked for: "safe passage for relief convoys"."""
_COUNTED_FROM_DAY = re.compile(
    r",?\s(?:just\s|only\s|barely\s)?(?P<n>a|an|one|two|three|four|five|six|seven)\s(?P<unit>days?|weeks?)"
    r"\s(?P<rel>after|before)\s"
)
"""A deed counted from a day told before it: "on Wednesday, a day after the two presidents accepted the plan"."""
_COUNT_RIGHT_BEFORE = re.compile(
    r",\s(?:just\s|only\s|barely\s)?(?P<n>a|an|one|two|three|four|five|six|seven)\s(?P<unit>days?|weeks?)"
    r"\s(?P<rel>after|before)\s(?:[\w'’-]+\s){0,10}$"
)
"""The count right before the deed, the day further back in its clause: "ordered ... on Wednesday to suspend all
its activities for six months, a day after fierce clashes"."""
_COUNT_REACH = 130
"""How far before a deed its count is looked for: the count and ten words."""


def _counted_from(text: str, time: TimeMention, trigger_start: int) -> TimeMention | None:
    """The day a deed told after "a day after" (or "two days before") a named day took place, counted from it."""
    counted = _COUNTED_FROM_DAY.match(text, time.span.end) or _COUNT_RIGHT_BEFORE.search(
        text, max(time.span.end, trigger_start - _COUNT_REACH), trigger_start
    )
    when = time.when
    if counted is None or counted.end() > trigger_start or when is None or when.precision not in _DAY_OR_FINER:
        return None
    days = _days_counted(counted.group("n"), counted.group("unit"))
    value = day_after(when.value[:10], -days if counted.group("rel") == "after" else days)
    if value is None:
        return None
    span = span_at(time.span.start, counted.end())
    dated = When(value=value, precision=Precision.DAY, text=text[span.start : span.end], span=span)
    return TimeMention(span=span, text=dated.text, when=dated)


_DONE_BY_NOW = frozenset(
    {
        EventKind.AGREEMENT,
        EventKind.ATTACK,
        EventKind.KILLING,
        EventKind.SIEGE,
        EventKind.CONFLICT_ONSET,
        EventKind.HOSTILITIES_HALTED,
        EventKind.DISPLACEMENT,
        EventKind.ALLEGATION,
        EventKind.REJECTION,
        EventKind.DENIAL,
        EventKind.PROTEST,
    }
)
"""Kinds told as done by the time of the story: a day after its publication is what was agreed or is to come."""
_SIGNING_AHEAD = re.compile(
    r"(?i:\b(?:to|will|would|shall)\s(?:be\s)?(?:sign|seal|conclud|reach|finali[sz])\w*|\bcalls?\sfor\b)"
)
"""An agreement still to be made, in its clause: "are due to sign an accord next week" is dated when it is to be."""


def _made_months_before(analysis: Analysis, when: When) -> bool:
    """Whether `when` lies wholly before the months just before publication: a day, month or year long gone."""
    published = analysis.article.published
    if published is None or not when.value[:4].isdigit() or "W" in when.value:
        return False
    cutoff = (published - datetime.timedelta(days=_BACKDROP_DAYS)).isoformat()
    return when.value[:10] < cutoff[: len(when.value[:10])]


def _after_publication(analysis: Analysis, when: When | None) -> bool:
    """Whether `when` is a day after the story's publication: what is to come, which no deed done can be dated."""
    published = analysis.article.published
    return (
        published is not None
        and when is not None
        and when.precision in _DAY_OR_FINER
        and when.value[:4].isdigit()  # not "XXXX-11-04", a day of no known year
        and when.value[:10] > published.isoformat()
    )


def _wholly_after_publication(analysis: Analysis, time: TimeMention) -> bool:
    """
    Whether a time, of any grain, lies wholly after publication: a day, or a week, month or year begun after it.

    "agreed to meet again in Riyadh next month", told in August: September is what was agreed, not when. A week,
    month or year written with its year ("in April 2023") is left as the text tells it.
    """
    published, when = analysis.article.published, time.when
    if when is not None and when.precision in _DAY_OR_FINER:
        return _after_publication(analysis, when)
    if published is None or when is None or not when.value[:4].isdigit() or _A_YEAR_WRITTEN.search(time.text):
        return False
    value = when.value
    if when.precision is Precision.MONTH and _A_MONTH.fullmatch(value):
        return value > published.isoformat()[:7]
    if when.precision is Precision.YEAR and value.isdigit():
        return int(value) > published.year
    if when.precision is Precision.WEEK and (week := _A_WEEK.fullmatch(value)) is not None:
        return (int(week.group(1)), int(week.group(2))) > published.isocalendar()[:2]
    return False


_A_YEAR_WRITTEN = re.compile(r"\d{4}")
_A_MONTH = re.compile(r"\d{4}-\d\d")
_A_WEEK = re.compile(r"(\d{4})-W(\d\d)")


def _the_halts_time(text: str, time: TimeMention) -> bool:
    """Whether `time` is when a halt begins, ends or takes effect, not when anyone agreed to it."""
    start = time.span.start
    return bool(
        _HALT_TIME_OPENS.match(text, start)
        or _HALT_TIME_BEFORE.search(text, max(0, start - _HALT_TIME_REACH), start)
        # "agreed to strictly observe a 2003 ceasefire": the year names the halt, not the agreeing
        or (
            _HALT_NAMED_BY_ITS_YEAR.match(text, time.span.end)
            and NAMING_WORD_BEFORE.search(text, max(0, start - 8), start)
        )
    )


def _year_naming(text: str, times: Sequence[TimeMention], trigger_start: int) -> TimeMention | None:
    """
    The year a trigger's own noun phrase is named by ("a 2003 ceasefire", "South Sudan's 2018 peace deal").

    A participle after the deal named takes its year too: "A 2015 peace deal brokered by France and
    Germany and signed in Minsk" was signed in 2015.
    """
    participle = _DEAL_PARTICIPLE.match(text, trigger_start) is not None
    for time in times:
        if (
            0 < trigger_start - time.span.end <= (_DEAL_PARTICIPLE_REACH if participle else _YEAR_NAMING_REACH)
            and _names_a_deed(text, time)
            and (
                _WORDS_OF_A_NAME.fullmatch(text, time.span.end, trigger_start)
                or (participle and _A_NAMED_DEAL_THEN.fullmatch(text, time.span.end, trigger_start))
            )
        ):
            return time
    return None


_DEAL_PARTICIPLE = re.compile(r"(?:signed|agreed|brokered|reached|struck|negotiated|concluded|sealed|mediated)\b")
"""A participle that may tell how a deal named before it was made: "A 2015 peace deal ... signed in Minsk"."""
_A_NAMED_DEAL_THEN = re.compile(
    r"(?:\s[A-Za-z][a-z-]+){0,3}?\s(?:deal|accord|agreement|ceasefire|cease-fire|truce|treaty|pact|protocol)"
    r"(?:,?\s[^,.;:!?]{0,60}?\s(?:and|or)|,)?\s"
)
"""From a year to a participle of the deal it names: "2015 peace deal brokered by France and Germany and signed"."""
_DEAL_PARTICIPLE_REACH = 120
"""How far after its year a participle of the deal named may stand: the name, the deal and one clause."""


def _names_a_deed(text: str, time: TimeMention) -> bool:
    """Whether `time` is a year naming the noun after it ("the 1973 Yom Kippur war"), which dates only that noun."""
    return (
        time.when is not None
        and time.when.precision is Precision.YEAR
        and _A_WORD_AFTER.match(text, time.span.end) is not None
        and NAMING_WORD_BEFORE.search(text, max(0, time.span.start - 8), time.span.start) is not None
    )


_RECORD_BEFORE = re.compile(
    r"(?i:\b(?:worst|heaviest|fiercest|deadliest|biggest|largest|bloodiest|longest|strongest|first|most\s(?:intense"
    r"|serious|violent))\s(?:(?!since\b)[\w'’-]+\s){0,3})$"
)
"""A record before a deed ("the worst fighting", "the first American strikes in Iraq"): what it is measured since."""
_SINCE_THEN = re.compile(r"[^,.;:!?]{0,60}?\bsince\s[^,.;:!?]{0,50}")
"""From a deed to a time, "since" between: "the worst fighting between the neighbours since their war in 2020"."""


def _record_since(text: str, time: TimeMention, start: int, end: int) -> bool:
    """
    Whether `time` is what a record deed is measured since, not its own day.

    "The heaviest bombardment since a ceasefire took effect two months ago", "the first such cease-fire since the
    U.S.-led invasion in 2001": the time dates another deed.
    """
    return (
        time.span.start >= end
        and _SINCE_THEN.fullmatch(text, end, time.span.start) is not None
        and _RECORD_BEFORE.search(text, max(0, start - 48), start) is not None
    )


def _counted_since_the_war(text: str, match: re.Match[str]) -> bool:
    """Whether an outbreak is told only as what a record counts from: "the largest convoy since the war began"."""
    return (
        "since" in match.group(0).lower()
        or _SINCE_THE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
    )


_SINCE_THE_BEFORE = re.compile(r"(?i:\bsince\s(?:the\s)?)$")
_COUNTED_SINCE_THE_WAR = frozenset(
    {EventKind.CONFLICT_ONSET, EventKind.KILLING, EventKind.DISPLACEMENT, EventKind.SIEGE}
)
"""The kinds a war's beginning may date: its onset, the dead and the displaced counted since, a siege held since."""


def _dates_the_war_begun(text: str, time: TimeMention, trigger_start: int) -> bool:
    """
    Whether `time` dates a war's beginning told after the trigger.

    "agreed to a four-day pause, the first break since the war began more than six weeks ago": the weeks date
    the war, not the agreeing; "since the conflict began in March 2011 with the repression of protests" dates
    the deed told after it, that began the war.
    """
    began = war_begun_before(text, time.span.start)
    return began is not None and trigger_start < began.start()


_A_WORD_AFTER = re.compile(r"\s[A-Za-z]")
_YEAR_NAMING_REACH = 40
_WORDS_OF_A_NAME = re.compile(r"(?:\s[A-Za-z][a-z-]+){0,3}\s")
"""Up to three words between a year and the noun it names: "2015 Algiers peace agreement", "2018 revitalized"."""


_HALT_NAMED_BY_ITS_YEAR = re.compile(r"\s(?:ceasefire|cease-fire|truce|armistice|peace\sdeal|peace\saccord)\b")


_AGAIN_BEFORE = re.compile(r"\b(?:and\sagain|[\d,]+\sof\sthem)\s(?:(?:in|on|at)\s)?$")
"""A deed told again on another day: "in July and again in August", "since Feb. 18, 45 of them on Monday"."""


def _told_again(times: Sequence[TimeMention], text: str) -> When | None:
    """The day or month an event happened again, told in its clause: "in July and again in August"."""
    for time in times:
        if time.when is not None and _AGAIN_BEFORE.search(text, max(0, time.span.start - 16), time.span.start):
            return time.when
    return None


_AID_AHEAD = re.compile(
    r"\b(?:will|would|shall|is\sto|are\sto|may|can|waiting|once\sthe|during\sthe|(?:first|each)\sday\sof\sthe"
    r"|expected\sto|ready\sto|set\sto)\b"
)
"""Aid to come, in a story with one pause: "trucks were waiting to enter ... once the truce takes hold"."""
_CARGO = re.compile(
    r"(?i:\b(?:aid|convoys?|trucks?|lorries|supplies|goods|food|fuel|medicine|humanitarian\sassistance)\b)"
)
"""Who or what a corridor carries when it carries no people: "a corridor for aid convoys"."""
_FOR_CARGO = re.compile(r"\s(?:for|of)\s(?:[\w-]+\s){0,2}?" + _CARGO.pattern)
_PLANNED_PAUSE = frozenset({Status.ANNOUNCED, Status.PLANNED})


def _corridor_evacuations(analysis: Analysis, events: list[Event], sentences: SentenceLookup) -> list[Event]:
    """
    The evacuation each corridor for people opens, where no event tells it: planned for the pause's start.

    "Civilians wishing to leave El Fasher may use a corridor to Tawila": people are to leave along it
    while the pause holds; a corridor for aid convoys alone moves nobody.
    """
    told = {e.evidence for e in events if e.kind is EventKind.EVACUATION}  # sentences: looked up, not scanned
    days = {e.when.value for e in events if e.kind is EventKind.EVACUATION and e.when is not None}
    found: list[Event] = []
    for pause in analysis.pauses:
        for corridor in pause.corridors:
            if corridor.beneficiaries and all(_CARGO.search(b) for b in corridor.beneficiaries):
                continue
            if not corridor.beneficiaries and _FOR_CARGO.match(analysis.article.text, corridor.evidence.end):
                continue  # "a corridor for aid convoys", its users not read as people
            sentence = containing(sentences.at(corridor.evidence.start), corridor.evidence.start, corridor.evidence.end)
            if sentence in told:
                continue  # "civilians could leave through seven other corridors": told by its own words
            if pause.start is not None and pause.start.value in days:
                continue  # the story's one evacuation while the pause holds, told already
            told.add(sentence)
            if pause.start is not None:
                days.add(pause.start.value)
            found.append(
                Event(
                    id=f"event-{len(events) + len(found) + 1}",
                    kind=EventKind.EVACUATION,
                    trigger=analysis.article.text[corridor.evidence.start : corridor.evidence.end],
                    when=pause.start,
                    status=Status.PLANNED if pause.status in _PLANNED_PAUSE else Status.UNKNOWN,
                    location=corridor.origin or pause.location,
                    evidence=sentence,
                )
            )
    return found


def _halted_since(
    analysis: Analysis, match: re.Match[str], clause: Span, said_days: set[int], every: _Times
) -> When | None:
    """
    The day a halt began, counted back from the day of its saying.

    "said Thursday that Niger had ceased drone strikes ... for 13 days" began 13 days before that
    Thursday; "warplanes have not struck the town for 12 days", in the present perfect, 12 days before
    publication. None without both. `every` holds all the time mentions, dated or not.
    """
    text = analysis.article.text
    length = next(
        (
            t
            for t in every.between(match.end(), min(clause.end, match.end() + _HALT_LENGTH_REACH))
            if t.duration is not None and t.when is None and text.endswith("for ", 0, t.span.start)
        ),
        None,
    )
    said = next(
        (t for t in every.between(clause.start, match.start()) if t.span.start in said_days and t.when is not None),
        None,
    )
    if length is None or length.duration is None:
        return None
    if said is not None and said.when is not None:
        base = said.when.value[:10]
    elif analysis.article.published is not None and _HAVE_BEFORE.search(
        text, max(clause.start, match.start() - _HAVE_REACH), match.start()
    ):
        base = analysis.article.published.isoformat()  # "have not struck the town for 12 days": as of now
    else:
        return None
    days = length.duration.days
    value = day_after(base, -days) if days and not length.duration.seconds else None
    if value is None:
        return None
    return When(value=value, precision=Precision.DAY, text=length.text, span=length.span)


def _same_day(told: set[str], counted: When) -> bool:
    """
    Whether a day told for a halt (`told` holds them) is the one counted back, within a few days.

    "For 13 days" is counted from the day of the saying or of publication, inclusively or not, and
    often rounded: a halt told with its own day that close is the same halt.
    """
    return any(day_after(counted.value, days) in told for days in range(-_COUNTING_SLACK, _COUNTING_SLACK + 1))


_COUNTING_SLACK = 3
"""How many days a halt's day counted back may differ from the day told for it."""


_HALT_LENGTH_REACH = 80
"""How far after a halt its length may be said: "ceased drone strikes on eastern Kidal for 13 days"."""
_HAVE_BEFORE = re.compile(r"(?i:\b(?:have|has)(?:\snot|n't)?\s(?:[a-z]+ly\s)?)$")
"""The present perfect right before a halt: "have not struck", "has not", "have ceased": it holds as of now."""
_HAVE_REACH = 24


def _overlaps(span: Span, other: Span) -> bool:
    """Whether two spans share a character: a corridor's words inside an event's clause."""
    return span.start < other.end and other.start < span.end


_THE_BLOW_OPENS = re.compile(
    r"[\"“]?The\s(?:(?!(?:the|a|an|when|and|or|of|which|that|who|as|if|after|before|while|until|since)\s)"
    r"[^\W\d][\w’'-]*\s){0,2}?(?:strike|airstrike|air\sstrike|attack|shelling|bombing|raid|blast|explosion|ambush"
    r"|assault)\b"
)
"""A sentence that opens on one blow named again: "The strike on Tuesday morning hit a white sedan"."""


def _dated_by_the_blow_after(text: str, events: list[Event], lead: Span | None) -> list[Event]:
    """
    Give the lead's undated attack the day the next sentences tell it on, and drop the second telling.

    "An Israeli drone has struck a car in Tyre, killing two men ... The strike on Tuesday morning hit a
    white sedan": one strike, on Tuesday; the killing told with the first takes its day too. Only the
    lead's blow is told so, told first and dated after; a blow further on may be another ("The latest attack").
    The first attack told after the lead's decides, so the events are read once.
    """
    told = [i for i, e in enumerate(events) if e.kind is EventKind.ATTACK and e.evidence == lead]
    if lead is None or not told or events[told[-1]].when is not None:
        return events
    after = next((e for e in events[told[-1] + 1 :] if e.kind is EventKind.ATTACK), None)
    if (
        after is None
        or after.evidence.start > lead.end + _THE_BLOW_REACH
        or after.when is None
        or after.when.precision not in _DAY_OR_FINER
        or not _THE_BLOW_OPENS.match(text, after.evidence.start)
        or after.when.span.start > after.evidence.start + 40
    ):
        return events
    kept = [
        attrs.evolve(e, when=after.when)
        if e.evidence == lead and e.when is None and e.kind in {EventKind.ATTACK, EventKind.KILLING}
        else e
        for e in events
        if e is not after
    ]
    return [attrs.evolve(e, id=f"event-{i}") for i, e in enumerate(kept, start=1)]


_DEEDS = frozenset({EventKind.ATTACK, EventKind.KILLING})
_NOT_ON_THAT_DAY = re.compile(r"(?i:\b(?:has|have|had|will|would|is|are|may|might|could|can|since|often|usually)\b)")
"""Words that put a deed off the day told just before: a backdrop ("has hit"), one to come, a habit."""
_IN_A_CAMPAIGN = re.compile(
    r"(?i:\b(?:in|during|since|over)\s(?:the|a|an|its|their|this|that)\s(?:[\w’'-]+\s){0,3}?"
    r"(?:war|wars|offensive|campaign|conflict|assault|fighting|siege|insurgency|uprising|crisis|violence|clashes)\b)"
)
"""A deed of a whole campaign ("killed in the 14-month assault"), not of the day told before."""


def _dated_by_the_deed_before(text: str, events: list[Event], dated: _Times) -> list[Event]:
    """
    Give an undated deed the day of the deed told in the sentence just before it, in the same paragraph.

    "Overnight into Saturday, Russia launched 96 drones .... A drone hit a gas facility in the Poltava
    region": the story goes on telling that night. Only a sentence with no day of its own, in the simple
    past, right after a dated attack or killing; a backdrop ("has hit"), a saying or a plan keeps none.
    """
    out = list(events)
    for i, event in enumerate(out):
        if event.kind not in _DEEDS or event.when is not None:
            continue
        sentence = event.evidence
        before = next((e for e in reversed(out[:i]) if e.evidence.end <= sentence.start), None)
        if (
            before is None
            or before.kind not in _DEEDS
            or before.when is None
            or before.when.precision not in _DAY_OR_FINER
            or text[before.evidence.end : sentence.start].strip()  # not the sentence just before, or a new paragraph
            or "\n" in text[before.evidence.end : sentence.start]
            or dated.between(sentence.start, sentence.end)
            or _NOT_ON_THAT_DAY.search(text, sentence.start, sentence.end)
            or _IN_A_CAMPAIGN.search(text, sentence.start, sentence.end)
            or _THE_BLOW.search(text, sentence.start, sentence.end)  # "killed in the shelling": that blow's day
        ):
            continue
        out[i] = attrs.evolve(event, when=before.when)
    return out


def _without_undated_repeats(events: list[Event]) -> tuple[Event, ...]:
    """
    Drop an undated mention of the story's one process when a dated one tells it.

    "the besieged districts" before "a siege on the eastern quarters since September": one
    siege, dated; the ids are numbered again in text order.
    """
    dated: dict[EventKind, set[frozenset[str]]] = {}  # each kind's distinct agent sets, compared once each
    for event in events:
        if event.when is not None and event.kind in _TOLD_ONCE:
            dated.setdefault(event.kind, set()).add(frozenset(event.agents))
    kept = [
        e
        for e in events
        if e.when is not None
        or e.kind not in dated
        or not any(frozenset(e.agents) <= agents for agents in dated[e.kind])
    ]
    if all(e.id == f"event-{i}" for i, e in enumerate(kept, start=1)):
        return tuple(kept)
    return tuple(attrs.evolve(e, id=f"event-{i}") for i, e in enumerate(kept, start=1))
