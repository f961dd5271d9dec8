"""
Who did or said something: the actor named just before a verb, or just after it.

Shared by the stages that attribute (pauses, events, quotes, figures), so that "Putin has
offered", "said the Defense Ministry" and "according to UN figures" read the same everywhere.
"""

from __future__ import annotations

import re

from ceasefire._model import Span
from ceasefire._parse._mentions import ActorMention, Analysis


_SUBJECT_GAP = re.compile(
    r"(?:['’]s)?\)?(?:\s\([A-Z][\w-]{1,10}\))?[\s,]*(?:(?:has|have|had|also|later|then|jointly|formally|swiftly|quickly|now|reportedly"
    r"|officially|had\sbeen|has\sbeen|have\sbeen|was|were|is|are|would|will|could|unilaterally|already|again"
    r"|finally|initially|eventually|publicly|abruptly|unexpectedly|tentatively|repeatedly|previously|recently"
    r"|separately|each|both"
    r"|(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|earlier|late\s\w+)\s)*"
)  # "Putin on Saturday declared": a day between subject and verb
ACCORDING_TO = re.compile(r"(?i:according\sto)")
"""The cue of a source named after it ("according to UN figures"); events and pauses read it."""
SAID_BEFORE = re.compile(
    r"(?i:\b(?:said|says|announced|stated|reported|confirmed|told\s\w+(?:\s\w+)?))"
    r"(?i:\sin\sa\s(?:(?:joint|written|separate|brief|short)\s)?(?:statement|briefing|video|post|televised\saddress))?"
    r"(?i:\shere)?[\s,]+(?:on\s|late\s|early\s)?$"
)
"""
A verb of saying right before a day ("said Thursday", "said here on Monday", "said in a joint statement on
Saturday"): the day dates the saying.
"""
_TITLE_OF = re.compile(r"['’]s\s[^,;:\"“”()]{1,50},\s")
"""The rest of an apposition after a party's possessive: "'s regional director, "."""
_RELATIVE_CLAUSE = re.compile(r",\s(?:which|who)\s[^,;:\"“”()]{1,80},\s(?:" + _SUBJECT_GAP.pattern + r")$")
"""A relative clause closed right before a verb: ", which is allied with al Qaeda, "."""
_APPOSITION_BEFORE = re.compile(
    r",\s(?:(?:the|a|an)\s|(?!(?:one|some|many|most|all|each|both|part|home|among)\b)[a-z][a-z-]+(?:\s[a-z][a-z-]+)?"
    r"\s(?:of|for|at|to|in)\s)[^,;:\"“”()]{1,70},\s$"
)
"""
An apposition that ends right before a verb and opens with an article or an office: ", the AU special
envoy for Sudan, ", ", head of the ICRC delegation in Yemen, ".
"""
_APPOSITION_OPEN = re.compile(r",\s(?:the|a|an)\s")
_APPOSITION = re.compile(r",\s(?!(?:is|are|was|were|has|have|had|will|would)\b)[^,;:\"“”()]{1,70},\s")
"""A phrase set off by commas between a subject and its verb: ", known as Hemedti, "."""
_APPOSITION_REACH = 110
"""How far before its verb a subject may stand with an apposition between them."""
_PARTICIPLE_GAP = re.compile(
    r"\s(?:[a-z]{3,}ing\s(?:in|on|for|against|across|along|near|around|inside|alongside)\s[^,;:\"“”()]{1,50}?"
    r"|[a-z]{3,}ing\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"  # "besieging Fallujah"
    r"|(?:backed|supported|led|escorted|accompanied|armed|trained|funded)\sby\s[^,;:\"“”()]{1,50}?"
    r"|(?:in|at|from|near|inside|outside)\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}\s)" + _SUBJECT_GAP.pattern
)
"""
A phrase and auxiliaries between a subject and its verb: a participle's (" fighting in Yemen
has ") or a place's (" in Gaza ").
"""
_OFFICE_BEFORE_VERB = re.compile(
    r"(?:['’]s)?\s(?:(?:special|top|chief|senior|deputy|humanitarian|regional|peace|foreign|military)\s){0,2}"
    r"(?:envoy|spokesman|spokeswoman|spokesperson|officials?|representative|negotiator|mediator|coordinator"
    r"|mission|delegation|team|office|aides?|camp)"
    r"(?:\s(?:for|to|in|on)\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})?\s(?:" + _SUBJECT_GAP.pattern + r")$"
)
"""
An office of a party between it and its verb, unnamed: "the U.N. envoy for Yemen said", "the envoy's office denied".

The party speaks through its office; a person named after the office is a mention of their own. A head of
government's office ("Netanyahu's office") is an actor of its own, found by the actors stage.
"""
_OFFICE_WORDS = (
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "representative",
    "negotiator",
    "mediator",
    "coordinator",
    "mission",
    "delegation",
    "team",
    "office",
    "aide",
    "aides",
    "camp",
)
"""The words one of which `_OFFICE_BEFORE_VERB` holds, each a whole word between spaces."""

_DESCRIBED_GAP = re.compile(
    r"\s(?:(?:rebel|armed|militant|guerrilla|paramilitary|jihadist|insurgent|separatist|militia)\s)?"
    r"(?:group|movement|rebels|militia|paramilitary|alliance|coalition|guerrillas|outfit)"
    r"(?:\s(?:" + _SUBJECT_GAP.pattern + r"))?\s?"
)
"""What a name's bearer is, between it and its verb: "the M23 rebel group have agreed"."""
_AFTER_PREPOSITION = re.compile(r"(?i:\b(?:in|of|from|at|near|to|for|with|by|on)\s(?:the\s)?)$")
_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_OBJECT_GAP = re.compile(
    r"\s*(?:(?:the|a|an|to|by|on|late|early|yesterday|today)\s"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s"
    rf"|(?:\d{{1,2}}\s(?:{_MONTH})|(?:{_MONTH})\s\d{{1,2}})(?:,\s(?:19|20)\d\d)?(?:\s|,\s(?=by\s)))*"
)
"""
Between a verb and its object or agent: "said the U.N.", "announced on Thursday by the African Union",
"announced on 10 March by the AFC/M23".
"""
_DIRECT_OBJECT_GAP = re.compile(r"\s*(?:(?:the|a|an)\s)?")
_SPEAKER_FOR = re.compile(
    r"(?:(?P<apposed>,\s)(?:an?|the)\s(?:[a-z]+\s)?|\b)"
    r"(?:spokes(?:man|woman|person)|commander|official)\s(?:for|of)\s(?:the\s)?$"
)
"""A speaker for a party before it ("A spokesman for", ", a senior official of the"), in apposition or not."""


def actor_before(analysis: Analysis, end: int, sentence: Span) -> ActorMention | None:
    """
    The actor named just before `end` ("Putin has offered"), with only auxiliaries between.

    An apposition with no actor in it may stand between them ("Mohamed Hamdan Dagalo, known as
    Hemedti, said"). Found once for each verb and sentence, whichever stage asks.
    """
    key = (end, sentence.start, sentence.end)
    subjects = analysis.actors.subjects
    if key not in subjects:
        found = _actor_before(analysis, end, sentence)
        subjects[key] = _past_a_participle(analysis, found, sentence) if found is not None else None
    return subjects[key]


_PARTICIPLE_BEFORE = re.compile(
    r"\s(?!(?:includ|dur|follow|accord|concern|regard|exclud|morn|even|notwithstand|rul)ing\s)"
    r"[a-z]{2,}ing\s(?:the\s|an?\s)?$"
)
"""A participle right before a party, its object: " fighting " in "the coalition fighting Houthi rebels"."""


def _past_a_participle(analysis: Analysis, found: ActorMention, sentence: Span) -> ActorMention:
    """
    The party a participle phrase follows, not the participle's object.

    "The Saudi-led coalition fighting Houthi rebels in Yemen said": the coalition said it.
    """
    start = found.span.start
    participle = _PARTICIPLE_BEFORE.search(analysis.article.text, max(sentence.start, start - 24), start)
    if participle is None:
        return found
    party = analysis.actors.last_within(max(sentence.start, participle.start() - 80), participle.start())
    return party if party is not None and party.span.end == participle.start() else found


def _actor_before(analysis: Analysis, end: int, sentence: Span) -> ActorMention | None:
    last = analysis.actors.last_within(max(sentence.start, end - _APPOSITION_REACH), end)
    if last is None:
        return None
    text = analysis.article.text
    subject = (
        _before_a_relative_clause(analysis, end, sentence)
        or _before_an_apposed_title(analysis, last, end, sentence)
        or _before_an_apposition(analysis, last, end)
        or _before_an_office(analysis, end, sentence)
        or _through_a_speaker(analysis, last, end)
        # "the M23 rebel group have agreed", "the RSF paramilitary said"
        or (last if _DESCRIBED_GAP.fullmatch(text, last.span.end, end) else None)
    )
    if subject is not None:
        return subject
    if not _SUBJECT_GAP.fullmatch(text, last.span.end, end) and not _APPOSITION.fullmatch(text, last.span.end, end):
        return _before_a_participle(analysis, end, sentence, last)
    if last.span.end < end - 60 and _SUBJECT_GAP.fullmatch(text, last.span.end, end):
        return None  # only an apposition may stand that far from its verb
    preposition = _AFTER_PREPOSITION.search(text, max(0, last.span.start - 8), last.span.start)
    if preposition is not None and not (preposition.group(0).lower().startswith("with") and _ING.match(text, end)):
        # "the staff in Ukraine announced": Ukraine is not the subject; "with X calling it": X is
        return _before_a_participle(analysis, end, sentence, analysis.actors.at(last.span.start - 1) or last)
    return last


def _through_a_speaker(analysis: Analysis, last: ActorMention, end: int) -> ActorMention | None:
    """
    Who speaks through a spokesman for a party: the spokesman named before, else the party.

    "A spokesman for Liwa Ahrar al-Sharq, the largest faction there, called it": the group; "Omar Kanjo, a
    spokesman for the Levant Front, one of the factions there, said": Omar Kanjo.
    """
    text = analysis.article.text
    if not (_SUBJECT_GAP.fullmatch(text, last.span.end, end) or _APPOSITION.fullmatch(text, last.span.end, end)):
        return None
    speaker = _SPEAKER_FOR.search(text, max(0, last.span.start - 48), last.span.start)
    if speaker is None:
        return None
    named = analysis.actors.at(speaker.start() - 1) if speaker.group("apposed") else None
    return named if named is not None and named.span.end == speaker.start() else last


def _before_an_office(analysis: Analysis, end: int, sentence: Span) -> ActorMention | None:
    """The party before its unnamed office: "the U.N. envoy said" is the United Nations, through its envoy."""
    start = max(sentence.start, end - 90)
    if not analysis.phrases.has_word(_OFFICE_WORDS, start, end):
        return None  # the pattern is tried at every character of the window: most hold no office
    office = _OFFICE_BEFORE_VERB.search(analysis.article.text, start, end)
    if office is None:
        return None
    party = analysis.actors.at(office.start() - 1)
    return party if party is not None and party.span.end == office.start() else None


def _before_an_apposed_title(analysis: Analysis, last: ActorMention, end: int, sentence: Span) -> ActorMention | None:
    """The person before an apposition naming their party: "Stefan Brunner, the ICRC's regional director, said"."""
    text = analysis.article.text
    if not _TITLE_OF.fullmatch(text, last.span.end, end):
        return None
    named = analysis.actors.last_within(max(sentence.start, last.span.start - 80), last.span.start)
    return named if named is not None and _APPOSITION_OPEN.fullmatch(text, named.span.end, last.span.start) else None


def _before_an_apposition(analysis: Analysis, last: ActorMention, end: int) -> ActorMention | None:
    """
    The party before an apposition that names another: "Kwesi Adomako, the AU special envoy for Sudan, told".

    `last`, the actor nearest the verb, lies inside the apposition.
    """
    text = analysis.article.text
    if not text.endswith(", ", 0, end):
        return None  # the common case: no apposition closes right before the verb
    apposition = _APPOSITION_BEFORE.search(text, max(0, last.span.start - 40), end)
    if apposition is None or apposition.start() > last.span.start:
        return None
    subject = analysis.actors.at(apposition.start() - 1)
    return subject if subject is not None and subject.span.end == apposition.start() else None


def _before_a_relative_clause(analysis: Analysis, end: int, sentence: Span) -> ActorMention | None:
    """The subject before a relative clause: "Qatar, which has been mediating between Israel and Hamas, said"."""
    text, start = analysis.article.text, max(sentence.start, end - _APPOSITION_REACH)
    if text.find(", wh", start, end) < 0:
        return None  # the common case, found without the pattern
    relative = _RELATIVE_CLAUSE.search(text, start, end)
    if relative is None or relative.start() <= sentence.start:
        return None
    subject = analysis.actors.at(relative.start() - 1)
    return subject if subject is not None and subject.span.end == relative.start() else None


def _before_a_participle(analysis: Analysis, end: int, sentence: Span, nearest: ActorMention) -> ActorMention | None:
    """
    The subject before a participle phrase: "The Saudi-led coalition fighting in Yemen announced".

    `nearest` is the actor nearest the verb, inside the phrase or the subject itself.
    """
    text = analysis.article.text
    for mention in (nearest, analysis.actors.last_within(max(sentence.start, end - 90), nearest.span.start)):
        if mention is not None and _PARTICIPLE_GAP.fullmatch(text, mention.span.end, end):
            return mention
    return None


def actor_after(analysis: Analysis, start: int, sentence: Span, *, direct: bool = False) -> ActorMention | None:
    """
    The actor named just after `start` ("said the Defense Ministry", "according to the U.N.").

    With `direct`, only a direct object counts ("killing civilians", not "fled to Mauritania").
    """
    # A long one counts ("Chief of the General Staff X"); the window stays short in a sentence without end.
    mentions = analysis.actors.within(start, min(sentence.end, start + _AFTER_REACH))
    if not mentions or mentions[0].span.start > start + 40:
        return None
    # The whole name at that place: "by Russian President Vladimir Putin", not its "Russian"
    first = max((m for m in mentions if m.span.start == mentions[0].span.start), key=lambda m: m.span.end)
    gap = _DIRECT_OBJECT_GAP if direct else _OBJECT_GAP
    return first if gap.fullmatch(analysis.article.text, start, first.span.start) else None


_AFTER_REACH = 200
"""How far after a verb the actor named after it may end: 40 characters to its start, and its name."""
_ING = re.compile(r"\w+ing\b")
_AND_OR = re.compile(r"\b(?:and|or)\b")
_CONJUNCTION = re.compile(
    r"(?:\)(?=,?\s(?:and|or)\s))?(?:\s\([A-Z][\w-]{1,10}\))?(?:,?\s(?:and|or)\s|,\s)(?:the\s(?:[\w.-]+\s){0,2})?"
)
"""Between two parties of a list: ", ", " and the ", " and the internationally recognised ", "(DRC) and the "."""


def subjects_before(analysis: Analysis, end: int, sentence: Span) -> list[ActorMention]:
    """The actors of a coordinated subject just before `end` ("Israel and Hamas have agreed"), in text order."""
    last = actor_before(analysis, end, sentence)
    if last is None:
        return []
    found = [last]
    joined_by_a_word = False
    earlier = analysis.actors.within(max(sentence.start, last.span.start - 80), last.span.start)
    if earlier and earlier[-1].actor_id == last.actor_id and analysis.article.text.endswith(" (", 0, last.span.start):
        found, earlier = [earlier[-1]], earlier[:-1]  # "the Rapid Support Forces (RSF)": the name, then its acronym
    for mention in reversed(earlier):
        join = _CONJUNCTION.fullmatch(analysis.article.text, mention.span.end, found[0].span.start)
        if not join:
            break
        joined_by_a_word = joined_by_a_word or bool(_AND_OR.search(join.group(0)))
        found.insert(0, mention)
    # "Israel, Hamas and Qatar agreed" is a list; "agreed with Russia, Iryna Vereshchuk said" is not
    return found if joined_by_a_word else [last]
