"""
Stage: find time expressions and resolve them against the publication date.

Dates ("Nov. 4", "4 November 2016", "2016-11-04"), weekdays ("said Tuesday", "will start on
Friday"), relative expressions ("yesterday", "last month", "three weeks ago"), months and
years with their qualifiers ("since September", "early 2011"), clock times and ranges
("between 9 a.m. and 7 p.m. local time", "from 10:00 to 14:00 GMT"), durations ("a 72-hour
truce") and recurrence ("daily"). One linear scan with a single alternation finds them all;
a clock range next to a date becomes one mention ("... 7 p.m. local time on Nov. 4").

Without a publication date nothing is guessed: "Tuesday" stays ``XXXX-WXX-2`` and "Nov. 4"
stays ``XXXX-11-04``; expressions that need the date to mean anything ("last month") keep
their words and span but no value.
"""

from __future__ import annotations

import datetime
import functools
import re

import attrs
from dateutil.relativedelta import relativedelta

from ceasefire._lexicon import Lexicon
from ceasefire._model import Modifier, Precision, Recurrence, When, span_at
from ceasefire._parse._mentions import Analysis, TimeMention
from ceasefire._parse._text import alternation, cased_variants, keyed, start_after_within, word_pairs


_MERIDIEM = re.compile(r"(\d{1,2})(?:[:.](\d\d))?([ap])\.?m\.?")
_PLAIN_CLOCK = re.compile(r"(\d{1,2})[:.h]?(\d\d)")  # "07:00", "0700", "19.30", "07h00"


@attrs.frozen
class _Tables:
    """The time words of a lexicon, compiled once."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    days_from_a_day: dict[str, int]
    modifiers: dict[str, Modifier]
    numbers: dict[str, float]
    pattern: re.Pattern[str]
    future: re.Pattern[str]
    since: re.Pattern[str]
    until: re.Pattern[str]
    anchor_words: re.Pattern[str]
    day_named_after: re.Pattern[str]
    named_days: dict[tuple[int, int], tuple[tuple[str, int], ...]]


_MILITARY = r"[012]\d[0-5]\d"
"""
A four-digit clock time ("0900"): read only before a zone or "hours", or as the first of such a range,
or with its leading zero before "on" and its day ("took effect at 0001 on Oct. 12").
"""


def _zone_after(zones: str) -> str:
    """A zone or "hours" after a four-digit time; `zones` is the alternation of the lexicon's zones."""
    return rf"\s?(?:(?!local\b(?!\stime)){zones}|hrs|hours)\b"  # "1200 local time", not "1200 local fighters"


_HOURS_IN_WORDS = {
    word: hour
    for hour, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), start=1
    )
}
_HOUR_WORDS = "|".join(_HOURS_IN_WORDS)
_MINUTES_IN_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
_MINUTE_WORDS = "|".join(_MINUTES_IN_WORDS)
_MINUTES_PAST = re.compile(
    r"(?P<minutes>[a-z]+|\d{1,2})minutes?(?P<side>past|after|before|to)(?P<hour>midnight|noon|midday)"
)
"""Minutes past or before a named hour, without spaces: "oneminutepastmidnight" (or "after") is 00:01,
"oneminutebeforemidnight" 23:59."""
_HOUR_IN_PART = re.compile(r"(?P<hour>[a-z]+|\d{1,2})(?:o['’]clock)?inthe(?P<part>morning|afternoon|evening)")
"""A clock time in words, without spaces: "sixinthemorning", "4o'clockintheafternoon"."""


_CURRENCY_WORDS = (
    r"euros?\b|dollars?\b|pounds?\b|pence\b|cents?\b|francs?\b|naira\b|shillings?\b|rupees?\b|yuan\b|yen\b"
    r"|kroner\b|kronor\b|krona\b|zloty\b|lira\b|dirhams?\b|riyals?\b|pesos?\b|rand\b|birr\b|hryvnias?\b|rubles?\b"
    r"|roubles?\b"
)
"""Money after a number with two decimals ("1.50 euros"): a price, not the clock time "1.50" would be."""


def _clock_pattern(zones: str) -> str:
    """A clock time; `zones` is the alternation of the lexicon's zones ("local time", "GMT")."""
    marked = _zone_after(zones)
    return rf"""(?:\d{{1,2}}(?:[:.][0-5]\d)?\s?(?i:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)
            |24:00(?![\d:]|\.\d)
            |(?<![$£€¥₦₹])(?:[01]?\d|2[0-3])(?::[0-5]\d|h[0-5]\d|\.[0-5]\d(?!\s?(?i:million|billion|trillion|thousand|bn\b|per\s?cent|%|{_CURRENCY_WORDS})))(?![\d:]|\.\d)
            |{_MILITARY}(?={marked}|\s?(?i:and|to|until|till|-|–)\s?{_MILITARY}{marked})(?:\s?(?:hours|hrs)\b)?
            |(?<![\w.,])0\d[0-5]\d(?=\son\s)
            |(?i:{_HOUR_WORDS}|1[0-2]|0?[1-9])\s(?:o['’]clock\s)?in\sthe\s(?i:morning|afternoon|evening)\b
            |(?i:(?:{_MINUTE_WORDS}|[1-5]?\d)\sminutes?\s(?:past|after|before|to)\s(?:midnight|noon|midday))
            |(?i:noon|midday|midnight))"""


_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_FIRST_WORDS = (
    *("a", "an", "between", "from", "last", "next", "this", "coming", "earlier", "later", "the"),
    *("at", "starting", "beginning", "until", "till", "by", "noon", "midday", "midnight"),
)
"""The words the pattern's own branches start with, beside the lexicon's lists."""
_COMMON_FIRST_WORDS = ("the", "a", "an")
"""First words too common to try the branches at: the pattern's gate also wants the word after them."""
_COMMON_PHRASES = ("the previous", "the following", "the coming")
"""The pattern's own phrases that start with one of `_COMMON_FIRST_WORDS`, beside the lexicon's lists."""


def _named_days(lexicon: Lexicon) -> dict[tuple[int, int], tuple[tuple[str, int], ...]]:
    """The lexicon's days named for what happened on them, by month and day: what follows the day, and its year."""
    named: dict[tuple[int, int], list[tuple[str, int]]] = {}
    for key, year in word_pairs(lexicon, "time.named_days").items():
        day, what = key.split(" ", 1)
        month, day_of_month = (int(part) for part in day.split("-"))
        named.setdefault((month, day_of_month), []).append((" " + what.lower(), int(year)))
    return {day: tuple(whats) for day, whats in named.items()}


@functools.lru_cache(maxsize=8)
def _tables(lexicon: Lexicon) -> _Tables:
    months = {k: int(v) for k, v in word_pairs(lexicon, "time.months").items()}
    weekdays = {k: int(v) for k, v in word_pairs(lexicon, "time.weekdays").items()}
    relative_days = {k.lower(): int(v) for k, v in word_pairs(lexicon, "time.relative_days").items()}
    days_from_a_day = {k.lower(): int(v) for k, v in word_pairs(lexicon, "time.days_from_a_day").items()}
    modifiers = {k.lower().rstrip("-"): Modifier(v) for k, v in word_pairs(lexicon, "time.modifiers").items()}
    numbers = {k.lower(): float(v) for k, v in word_pairs(lexicon, "number.words").items()}
    month = alternation(list(months))
    weekday = alternation(list(weekdays))
    reldays = alternation(list(relative_days), ignore_case=True)
    fromdays = alternation(list(days_from_a_day), ignore_case=True)
    mods = alternation(list(modifiers), ignore_case=True)
    units = alternation(lexicon.word_list("time.units"), ignore_case=True)
    parts = alternation(lexicon.word_list("time.day_parts"), ignore_case=True)
    zones = alternation(lexicon.word_list("time.zones"))
    clock = _clock_pattern(zones)
    daily = alternation(lexicon.word_list("time.daily"), ignore_case=True)
    number_words = alternation([w for w in numbers if " " not in w], ignore_case=True)
    count = rf"(?:\d+(?:\.\d+)?|{number_words}(?:-{number_words})?)"
    hrs = r"(?:\s(?:hrs|hours)\b\.?)?"  # "from 10:00 hrs Moscow time to 16:00 hrs", "00.00 hrs."
    # "Moscow time", "Pakistan Standard Time", "Eastern European Summer Time"; not "Sunday Saigon time", a day
    # and then its zone
    named_zone = rf"(?!(?:{weekday})\b)[A-Z][a-z]+"
    zone = (
        rf"(?P<{{name}}>(?:{zones}|{named_zone}(?:\s[A-Z][a-z]+)?(?:\s(?:Standard|Daylight|Summer))?\s[Tt]ime)"
        rf"(?:[+-]\d{{{{1,2}}}}(?::?\d\d)?)?)"
    )
    # "Nov. 4 last year", "March of next year": a year said relative to the story's
    relative_year = r"\s(?:of\s)?(?P<{name}>(?i:last|this|next))\s(?i:year)"
    # Every branch below starts with a digit or one of these words: a cheap look-ahead on them
    # turns away most word starts before the branches are tried one by one.
    first_words = [
        *months,
        *weekdays,
        *relative_days,
        *days_from_a_day,
        *modifiers,
        *lexicon.word_list("time.daily"),
        *(w for w in numbers if " " not in w),
        *_FIRST_WORDS,
    ]
    first_words = [w.split()[0].rstrip(".") for w in first_words if w.strip()]
    # "the", "a" and "an" start a sentence in every line but a time expression rarely: the gate
    # wants the word after them too ("the previous", "the end of", "a week"), so the branches
    # are tried at a few of them, not at all.
    followers: dict[str, set[str]] = {word: set() for word in _COMMON_FIRST_WORDS}
    for phrase in (*_COMMON_PHRASES, *relative_days, *days_from_a_day, *modifiers, *lexicon.word_list("time.daily")):
        first, *rest = phrase.lower().split()
        if first in followers and rest:
            followers[first].add(rest[0])
    for article in ("a", "an"):  # "a week ago"
        followers[article].update(lexicon.word_list("time.units"))
    gate = "|".join(
        [
            alternation(cased_variants(w for w in first_words if w.lower() not in followers)) + "(?![a-z])",
            f"(?i:{units})-?long",  # "week-long", "weeklong"
            *(f"(?i:{word})\\s{alternation(sorted(after), ignore_case=True)}" for word, after in followers.items()),
        ]
    )
    pattern = keyed(
        re.compile(
            rf"""(?<![\w.])(?=\d|{gate})(?:
          (?P<range>(?P<rprep>(?i:between|from)\s)?(?P<c1>{clock}){hrs}(?:\s{zone.format(name="tz0")})?\s?(?i:and|to|until|till|-|–)\s?(?P<c2>{clock})
                    {hrs}(?:\s{zone.format(name="tz1")})?)
        | (?P<mdy>(?P<m1>{month})\s(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?
                 (?:,?\s(?P<y1>{_YEAR})|{relative_year.format(name="rely1")})?)
        | (?P<dmy>(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s(?:of\s)?(?P<m2>{month})
                 (?:,?\s(?P<y2>{_YEAR})|{relative_year.format(name="rely2")})?)
        | (?P<iso>(?P<y3>{_YEAR})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))
        | (?P<dom>(?<=\bthe\s)(?P<d5>[0-3]?\d)(?:st|nd|rd|th)
                  # a day only where no noun follows: "on the 24th via", not "the 13th exchange"
                  (?=[,.;:)"”]|\s(?:at|from|to|until|via|and|or|when|as|in|after|before|but|that|which|while|for|with)\b|$))
        | (?P<ago>(?P<agon>{count}|(?i:a|an))\s(?P<agou>{units})s?\s(?i:ago|earlier))
        | (?P<relper>(?P<rdir>(?i:last|next|this|earlier\sthis|later\sthis|the\sprevious|the\sfollowing|the\scoming))
                     \s(?P<rper>(?i:week|month|year|weekend)))
        | (?P<weekday>(?:(?P<wdir>(?i:last|next|this|coming))\s)?(?P<wd>{weekday})(?:\s(?P<wpart>{parts}))?)
        | (?P<reldays>{reldays})
        # "the day after" alone, not "the day after the attack": a day counted from one named before
        | (?P<fromday>{fromdays})(?=[,.;:)"”]|\s(?:and|or|but|when|as|while|at|in|on|with|to|for|from|until)\b|$)
        | (?P<my>(?:(?P<mod1>{mods})[\s-])?(?P<m4>{month})
                 (?:,?\s(?P<y4>{_YEAR})|{relative_year.format(name="rely")})?)
        | (?P<year>(?:(?P<mod2>{mods})[\s-])?(?P<y5>{_YEAR})(?!{_zone_after(zones)}))  # not "(1945 GMT)"
        | (?P<clock>(?P<cprep>(?i:at|from|starting\sat|starting|beginning\sat|beginning|until|till|by)\s)?
                    (?P<c3>{clock}){hrs}(?:\s{zone.format(name="tz2")})?)
        | (?P<dur>(?P<dn>{count})[\s-](?P<du>{units})s?(?:-long)?)
        | (?P<long>(?P<lu>{units})-?long)
        | (?P<adur>(?:(?<=\b[Bb]y\s)|(?<=\b[Ff]or\s))(?i:a|an)\s(?P<au>{units})(?![\w-]))  # "by a week", "for a day"
        | (?P<daily>{daily})(?!-|['’]s\b|\s(?i:into|after|before|later|earlier|ago)\b)  # not "a day into", "a day-long"
        # nor "a day's pause": a pause of about a day, not one held each day
        )(?![\w])""",
            re.VERBOSE,
        ),
        # "0": every number; "weeklong": a unit and "long" in one word
        [*first_words, *lexicon.word_list("time.units"), *(f"{u}long" for u in lexicon.word_list("time.units")), "0"],
    )
    preps = alternation(lexicon.word_list("time.anchors"), ignore_case=True)
    return _Tables(
        months=months,
        weekdays=weekdays,
        relative_days=relative_days,
        days_from_a_day=days_from_a_day,
        modifiers=modifiers,
        numbers=numbers,
        pattern=pattern,
        future=re.compile(rf"(?:^|\W)(?:{alternation(lexicon.word_list('time.future_cues'), ignore_case=True)})\W"),
        since=re.compile(rf"(?:^|\W)(?:{alternation(lexicon.word_list('time.since'), ignore_case=True)})\s$"),
        until=re.compile(rf"(?:^|\W)(?:{alternation(lexicon.word_list('time.until'), ignore_case=True)})\s$"),
        anchor_words=re.compile(rf"(?:^|\W){preps}[\s-]$"),
        # "overnight on Sunday", "overnight July 19", "overnight on 19 July": a day named right after a relative word
        day_named_after=re.compile(
            rf"\s(?:on\s|of\s)?(?:(?:{alternation(list(weekdays))})\b|(?:{alternation(list(months))})\.?\s\d"
            rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{alternation(list(months))})\b)"
        ),
        named_days=_named_days(lexicon),
    )


def _clock(text: str) -> str | None:
    """Read a clock time as ``HH:MM``: "9 a.m." 09:00, "7 p.m." 19:00, "0700" 07:00, "noon" 12:00."""
    lowered = text.lower().replace(" ", "")
    if lowered in _NAMED_HOURS:
        return _NAMED_HOURS[lowered]
    in_words = _HOUR_IN_PART.fullmatch(lowered) or _MINUTES_PAST.fullmatch(lowered)
    if in_words:
        return _clock_in_words(in_words)
    meridiem = _MERIDIEM.fullmatch(lowered)
    if meridiem:
        return _clock_with_meridiem(meridiem)
    plain = _PLAIN_CLOCK.fullmatch(lowered.removesuffix("hours").removesuffix("hrs"))  # "1700 hours"
    if plain and int(plain.group(1)) < 24 and int(plain.group(2)) < 60:
        return f"{int(plain.group(1)):02d}:{plain.group(2)}"
    return None


def _clock_with_meridiem(meridiem: re.Match[str]) -> str | None:
    """Read "9 a.m." as 09:00 and "7:30 p.m." as 19:30; "00:01 a.m." is a 24-hour clock with its morning said too."""
    hour, minute = int(meridiem.group(1)), int(meridiem.group(2) or 0)
    if hour == 0 and meridiem.group(3) == "a" and meridiem.group(2) and minute < _MINUTES_AN_HOUR:
        return f"00:{minute:02d}"
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if meridiem.group(3) == "p" else 0)
    return f"{hour:02d}:{minute:02d}"


_NAMED_HOURS = {"noon": "12:00", "midday": "12:00", "midnight": "00:00", "24:00": "00:00"}
_MINUTES_AN_HOUR = 60


def _clock_in_words(found: re.Match[str]) -> str | None:
    """
    Read "six in the morning" as 06:00, "four in the afternoon" as 16:00, "one minute past midnight" as 00:01.

    "One minute before midnight" is 23:59 of the day it is told with, the last minute of that day.
    """
    if "minutes" in found.re.groupindex:
        said = found.group("minutes")
        minutes = _MINUTES_IN_WORDS.get(said) or (int(said) if said.isdigit() else 0)
        if not 0 < minutes < _MINUTES_AN_HOUR:
            return None
        hour = int(_NAMED_HOURS[found.group("hour")][:2])
        if found.group("side") in {"past", "after"}:
            return f"{hour:02d}:{minutes:02d}"
        before = ((hour or 24) * _MINUTES_AN_HOUR - minutes) % (24 * _MINUTES_AN_HOUR)
        return f"{before // _MINUTES_AN_HOUR:02d}:{before % _MINUTES_AN_HOUR:02d}"
    said = found.group("hour")
    hour = _HOURS_IN_WORDS.get(said) or (int(said) if said.isdigit() else 0)
    if not 1 <= hour <= 12:
        return None
    return f"{hour % 12 + (0 if found.group('part') == 'morning' else 12):02d}:00"


def _zone(text: str | None) -> str | None:
    if text is None:
        return None
    return "local" if text.lower().startswith("local") else text


def _timex_date(year: int | None, month: int, day: int | None = None) -> str:
    head = f"{year:04d}" if year is not None else "XXXX"
    return f"{head}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _valid(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _years_before(day: datetime.date, years: int) -> datetime.date:
    """The same day so many years before; Feb. 28 for a Feb. 29 the earlier year lacks."""
    return _valid(day.year - years, day.month, day.day) or datetime.date(day.year - years, day.month, day.day - 1)


def _nearest_year(
    month: int, day: int, published: datetime.date, *, past_only: bool = False, ahead_only: bool = False
) -> int | None:
    """
    The year that puts month/day closest to the publication date ("Oct. 18" in a November story).

    With `past_only`, the closest on or before it: "since October 7" never lies ahead; with
    `ahead_only`, the closest on or after it: "will run from Dec. 10" never lies behind.
    """
    candidates = [d for y in (published.year - 1, published.year, published.year + 1) if (d := _valid(y, month, day))]
    if past_only:
        candidates = [d for d in candidates if d <= published]
    elif ahead_only:  # a month's grace: a story filed, or a plan made, a while before
        candidates = [d for d in candidates if d >= published - datetime.timedelta(days=30)]
    # News tells of the past more than of the future, and of a future near at hand: a day ahead must be
    # three times nearer than the one behind ("the Oct. 7 attack" in a June story lies behind it).
    return (
        min(
            candidates, key=lambda d: (d - published).days * _AHEAD_WEIGHT if d > published else (published - d).days
        ).year
        if candidates
        else None
    )


_RANGE_WORDS = frozenset({"from", "until", "till"})
_DONE_JUST_BEFORE = re.compile(r"(?i:\b(?:observed|held|ran|lasted|enforced|imposed|applied|honou?red))\s?$")
"""A verb of a halt kept, in the past, right before a range word: "observed from", "held from"."""
_ADJACENT = re.compile(r"\s*(?:(?i:dawn|dusk|sunrise|sunset|first\slight|daybreak)\s)?(?:on\s|the\s)?")
_AHEAD_WEIGHT = 3
_SINCE = re.compile(r"(?i:\bsince)\s$")
_WILL_BEFORE = re.compile(
    r"(?i:\b(?:will|shall|is\sdue\sto|are\sdue\sto|is\sset\sto|are\sset\sto))\s(?:[^.;,]|\.(?=\s\d)){0,40}$"
)
"""A plain future before a date ("will run from Dec. 10"): the date lies ahead. Not "would", said of the past too."""


def _number(text: str, tables: _Tables) -> float | None:
    lowered = text.lower()
    if lowered in {"a", "an"}:
        return 1.0
    try:
        return float(lowered)
    except ValueError:
        pass
    total = 0.0
    for piece in lowered.split("-"):
        if piece not in tables.numbers:
            return None
        total += tables.numbers[piece]
    return total


_MOST_UNITS = 1_000_000
"""The largest count of a unit read as a duration; `datetime.timedelta` holds under a billion days."""
_UNIT_DELTA = {
    "minute": datetime.timedelta(minutes=1),
    "hour": datetime.timedelta(hours=1),
    "day": datetime.timedelta(days=1),
    "week": datetime.timedelta(weeks=1),
}


_BY_DAY = re.compile(r"(?i:\bby)\s$")
_DAYS_OWN = re.compile(r"[A-Za-z]+day['’]s\b")
"""A weekday owning what follows it ("bound by Friday's deal"): no deadline, whatever "by" stands before it."""
_PERFECT = re.compile(r"(?i:\b(?:had|has|have)\s(?:(?:already|now|so\sfar|been)\s)?[a-z]+(?:ed|en|t)\b)")
"""A verb in the perfect: "had recorded", "have been", "has left"."""
_HAD_AFTER = re.compile(r"[^.;:!?]{0,80}?\bhad\b")
"""A past perfect after "by <day>": what was done by then, not what is to come."""
_LENGTH_BEFORE = re.compile(r"(?i:\b(?:by|for|within|than|after))\s$")
"""Before "a day": how long ("extend it by a day", "for a day"), not how often."""
_CLOCK_TIME = r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?|hours|hrs)?|\d{4}\s?(?:hours|hrs)|(?i:midnight|noon|midday))"
_CLOCK_BEFORE = re.compile(
    rf"(?<![\w.:]){_CLOCK_TIME}(?:\s?(?:and|to|until|-|–)\s?{_CLOCK_TIME})?"
    r"(?:\s(?:local\stime|(?:GMT|UTC)(?:[+-]\d{1,2})?|(?:[A-Z][a-z]+\s){1,3}time))?"  # "East Africa Time"
    r"(?:\s\([^()]{1,24}\))?\s(?:on\s)?(?:the\s)?$",
    re.IGNORECASE,
)
"""A clock time or window just before a day ("10 a.m. (0800 GMT) on"), to read the words before it."""
_CLAUSE_REACH = 160
"""How far back a modal may make a day lie ahead: "will observe a pause in its offensive ... on Sunday"."""
_SHORT_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,60}(?<![.!?,])[\"”]")
"""
A name in quotation marks ('an eight-hour "humanitarian pause"'): part of the clause, not a quotation ending it.

Up to 60 characters ('free to leave "with their weapons and without a bullet in their backs" ... on Thursday'). A
short quotation that ends its sentence ('would observe the truce "as long as the Georgian side does."') or its
clause ('will run "from midnight of Dec. 23 until 11:59 p.m. of Jan. 7," Malacañang announced on Thursday') is
none: its stop or comma ends the clause of the modal before it.
"""
_HALT_TO_BEFORE = re.compile(
    r"(?i:\bto\s(?:stop|halt|cease|suspend)\s(?:[\w-]+\s){0,3}?(?:(?:at|from|on|as\sof|by)\s)?)$"
)
"""A halt in the infinitive right before a day: "to stop fighting at", "to cease fire from"."""
_PERFECT_HALT_BEFORE = re.compile(
    r"(?i:\b(?:has|have)\s(?:[a-z]+ly\s|now\s|also\s)?(?:ordered|declared|announced|called|offered|proposed)"
    r"\s(?:a|an)\s(?:[\w-]+\s){0,3}?(?:pause|truce|ceasefire|cease-fire|halt|lull)\b"
    r"(?:(?!\b(?:after|when|since|as|while|because|that|which|who|and|but|said|says)\b)[^.;:!?,\"“”()])*"
    r"\s(?:on\s)?)$"
)
"""A halt made in the present perfect, then its place, right before a day: "has ordered a pause around Miznaz on"."""
_HALT_THEN_PERFECT_BEFORE = re.compile(
    r"(?i:\b(?:pause|truce|ceasefire|cease-fire|halt|lull)\s(?:that|which)\s(?:[\w.'’-]+\s){0,4}?(?:has|have)\s"
    r"(?:[a-z]+ly\s|now\s|also\s)?(?:ordered|declared|announced|called|offered|proposed)\s(?:for\s|on\s)?)$"
)
"""A halt, then its making in the present perfect, right before a day: "a ceasefire that Putin has ordered for"."""
_PERFECT_HALT_REACH = 160
_FUTURE_MODAL = re.compile(
    r"(?i:\b(?:will|would|shall|should(?!\s(?:have|not\shave)\b)|may(?!\s\d)|can"
    r"|could(?!\s(?:not|never|only|still|no\slonger|have|be\sheard|be\sseen)\b)|is\sto|are\sto"
    r"|set\sto|due\sto|expected\sto|scheduled\sto))\b"
)
"""A cue of the future ("will", "may", "should fall silent"; not the month of "May 16", nor "should have")."""
_DONE_BEFORE = re.compile(
    r"(?i:(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:(?:has|have|had)\s(?:(?:already|now|just)\s)?)?"
    r"(?:lifted|opened|reopened|eased)"
    # "halted air strikes ... from 6:00 am on Sunday", "had stopped firing": not "has suspended operations for 48
    # hours from 6 a.m. on Sunday", a halt told as holding from a time to come
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bhas\s)(?<!\bhave\s)\b(?:had\s(?:already\s)?)?"
    r"(?:stopped|halted|ceased|suspended)"
    # "Russia had promised a local ceasefire along the route from 10 a.m. on Friday", told on the Saturday: a
    # promise of the past, for a day gone by
    r"|\bhad\s(?:promised|pledged|vowed|guaranteed))\b"
    r"(?![^.;:]*\b(?:will|would|shall)\b)"
)
"""
An opening done before a "from": "have lifted their blockade "for 72 hours" from Sunday morning", "lifted
their blockade "for 48 hours" from Monday morning", "had stopped firing around the plant from 6 a.m. on
Saturday", "halted air strikes ... from 6:00 am on Sunday"; not "will be opened from Monday".
"""
_DONE_REACH = 110
_ORDER_REACH = 160
"""How far back in a sentence an order given on a weekday is looked for (`_ORDERED_ON_A_DAY_TO`)."""
_ORDERED_ON_A_DAY_TO = re.compile(
    r"(?i:\b(?:told|ordered|instructed|directed|asked)\s(?:[\w'’.-]+\s){0,4}?on\s"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\sto\s"
    # "The president on Thursday instructed the defence minister to halt fire": the day before the verb
    r"|\bon\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s(?:told|ordered|instructed|directed|asked)\s"
    r"(?:[\w'’.-]+\s){0,5}?to\s"
    r"|\b(?:signed|reached)\s(?:[\w'’.-]+\s){0,8}?on\s"
    r"(?P<signed>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s"
    r"(?:committing|pledging|obliging|binding)\s(?:[\w'’.-]+\s){0,3}?to\s)"
)
"""
An order given on a weekday to do what follows: "told his defence minister on Thursday to halt fire", "on Thursday
instructed the defence minister to halt fire", "signed a
ceasefire agreement ... on Tuesday, committing their forces to stop fighting".
"""
_ORDERED_TO_HOLD_BEFORE = re.compile(
    r"(?i:\b(?:ordered|instructed|directed)\s(?:[\w'’.-]+\s){1,5}?to\s"
    r"(?:observe|halt|stop|suspend|hold|cease|respect|honou?r|implement)\s(?:[\w'’-]+\s){1,4}?(?:on\s)?)$"
)
"""An order to hold a halt, then its day: "ordered the security forces to observe the halt on Monday"."""
_ORDERED_TO_HOLD_REACH = 90
_HEADLINE_REACH = 160
"""The longest first line read as a headline."""
_HEADLINE_TO_DO = re.compile(
    r"(?<![\w'’-])(?!(?i:agree|agrees|agreed|vow|vows|vowed|refuse|refuses|refused|decide|decides|decided|fail|fails"
    r"|failed|want|wants|wanted|try|tries|tried|seek|seeks|sought|offer|offers|offered|threaten|threatens|threatened"
    r"|pledge|pledges|pledged|promise|promises|promised|move|moves|moved|ready|order|orders|ordered|ask|asks|asked"
    r"|urge|urges|urged|call|calls|called|force|forces|forced|allow|allows|allowed|tell|tells|told|back|backs|backed"
    r"|bid|bids|need|needs|needed|attempt|attempts|attempted|push|pushes|pushed|appeal|appeals|appealed|how|way|used"
    r"|talks|effort|efforts|plan|deal|step|steps|pressure|drive|race|fight|war|battle|struggle)\s)"
    r"[\w'’.-]+\sto\s(?!be\s)[a-z]+\s"
)
"""
A headline's subject and infinitive, its future ("Ethiopia, Eritrea to sign ceasefire in Algiers on Sunday",
"Hamas to free three hostages on Saturday"); not an infinitive after a verb ("agree to free") or a noun of aim
("talks to end the war").
"""
_CLOCK_ABBREVIATIONS = ("a.m.", "p.m.")
"""The points of a clock time's "a.m." or "p.m.", which end no sentence: "to stop fighting at 6 a.m. on Monday"."""
_SENTENCE_END = re.compile(r"[.!?;:][\"”’']?\s")
_YEAR_AGO_OPENING = re.compile(
    r"[\s\"“]*(?:(?P<years>A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2})\s(?:full\s)?years?\sago"
    r"|(?:This\stime\s)?[Ll]ast\syear)\b(?!['’]s)"
)
"""
A sentence set a year or more back ("A year ago, the president ordered a truce starting on Jan. 6"): its days lie
behind, near that many years before the story's day.
"""
_YEARS_AGO_COUNTS = {"a": 1, **_HOURS_IN_WORDS}
"""How many years "A", "Two" ... "Ten years ago" count: the clock's number words serve."""
_YEAR_AGO_REACH = 200
_PAST_VERB = re.compile(r"(?i:\b(?:began|started|ended|took|came|went|was|were|had|did|[a-z]{3,}ed))\b")
"""A verb in the past between a cue of the future and a day ("from Mariupol began on"): the day lies behind."""
_PAST_MAIN_VERB_AFTER = re.compile(
    r"\s(?:collapsed|ended|broke\sdown|failed|faltered|crumbled|unravell?ed|lasted|held|was\s(?:broken|violated)"
    r"|took\seffect|came\sinto\s(?:force|effect)|went\sinto\seffect|began|started)\b"
)
"""A main verb in the past right after a day and the noun phrase it closes: "... on Tuesday collapsed"."""
_A_NOUN_AFTER = re.compile(r"\s(?!(?:on|of|and|or|the|a|an)\b)[a-z]+")
"""The one lower-case word after "overnight" before a day: "overnight talks on Tuesday", "overnight raids on Sunday"."""
_INDEFINITE_BEFORE = re.compile(r"(?i:\ban?)\s$")
"""An article before a relative day makes it a kind, not a day: "an overnight truce"."""
_WAS_BEFORE = re.compile(r"(?i:\b(?:was|were|had\sbeen))\s$")
"""Before a cue of the future, a past that makes it a future seen from then ("was due to", "were set to")."""
_WAS_DUE_TO_REACH = 40
"""How far before its cue a future seen from the past is told: "was supposed to take effect at"."""
_WAS_DUE_TO = re.compile(r"(?i:\b(?:was|were|had\sbeen)\s(?:due|set|scheduled|supposed|meant)\sto\s)")
"""
A future seen from the past anywhere before the last cue: "a truce that was due to take effect at 6 p.m. (1600 GMT)
on Tuesday", its cue "take effect" after the "due to".
"""
_WAS_TO_BEFORE = re.compile(r"(?i:\b(?:was|were)\sto\s[a-z]+\s[\"“]?)$")
"""A future seen from the past right before a range word: 'It was to run "from 3 p.m. on Saturday"'."""
_PAST_MAKING = re.compile(
    r"(?i:\b(?:agreed|undertook|announced|declared|ordered|proclaimed|reached|signed|brokered|accepted|took\seffect))\b"
)
"""A pause made in the past before a range word: "from" then points to no future."""
TOOK_EFFECT = re.compile(
    r"(?i:\b(?:took\s(?:effect|hold)|came\sinto\s(?:force|effect)|went\sinto\s(?:force|effect)))\b"
)
"""A halt's start told in the past: the day after it lies behind ("which took effect across the region on March 6")."""
_PAST_BEGINNING = re.compile(
    r"(?i:\b(?:began|started|came\sinto\sforce|went\sinto\seffect|took\shold|lasted|raged|dragged\son|went\son))\b"
)
"""
... or begun, or lasted, in the past: 'the truce began "from 9:45 p.m. on Monday"', "a meeting that lasted until
dawn on Monday", the Monday behind.
"""
_SENTENCE_OPENING = re.compile(
    r"(?:^|(?<![ap]\.m\.)(?<=[.!?])[\"”’]?\s++|\n)"  # not after "p.m."
    # possessive: what one pass took is never tried another way, so a run of digits costs linear time
    r"(?:(?:(?i:from|between|on|at|to|and|until|till|local|time|gmt|utc|a\.m\.|p\.m\.|am|pm|hrs|hours|noon"
    r"|midnight))\b|[\d:.()–-]|[A-Z]{2,5}\b|\s)*+$"
)
"""Only words of time between a sentence's start and a day: "From 0700 to 1500 GMT on Thursday, ..."."""
_OPENING_REACH = 60
_PERFECT_AFTER = re.compile(r"\s(?:not\s)?(?:have|had)\b")
_CLAUSE_END = re.compile(r"[.;:!?]")
_AFTER_REACH = 100
_HAPPENED_REACH = 60
_HAPPENED_VERB = re.compile(
    r"(?i:\b(?:began|started|ended|erupted|broke\sout|fell|struck|hit|killed|attacked|stormed|seized|overran"
    r"|invaded|launched|captured|shelled|bombed|abducted|kidnapped|massacred|died|fled|collapsed|triggered|sparked"
    r"|took\s(?:effect|hold)|came\sinto\s(?:force|effect)|went\sinto\s(?:force|effect)))\b"
)
"""
A verb of something done, not planned: a date after it lies behind ("attacked southern Israel on Oct. 7", "which
took effect across the Idlib region on March 6", in a December story).
"""
_PAST_MARKER = re.compile(r"(?i:\b(?:was|were|had|has|have|did|said|says|told))\b")
_CLAUSE_BREAK = re.compile(
    r"[,;:!?\"“”]|(?<![ap]\.m)\.(?=\s+[A-Z])"
    # "would be handed over at 4 p.m.", then a new paragraph or a sentence's opening word: the clock's dots end it
    r"|(?<=[ap]\.m)\.(?=[^\S\n]*\n|\s(?:The|Under|But|It|He|She|They|We|Its|His|Her|Their|This|That|However)\s)"
)
"""Where a clause breaks: not the dots of "a.m." before more of the time ("2 p.m. East Africa Time")."""


_PARTICIPLE_OPENING = re.compile(
    r"\s*(?!(?:during|morning|evening|including|according|regarding|following)\b)[a-z]{3,}ing\s"
)
"""A phrase opening on a participle ("walking out along three corridors"), not "during" or "including"."""
_QUOTED_TIME_OPENING = re.compile(r"(?i:on|at|from|between|until|till|starting|beginning)\s")
"""How a quoted phrase of time opens: "from 7 in the morning until 3 in the afternoon on"."""
_OPENING_MARKS = frozenset({'"', "“"})
"""Marks that may open a quotation going on the clause before it."""
_CLOSING_MARKS = frozenset({'"', "”"})
_BARE_PREPOSITION = re.compile(r"\s*(?i:on|at|from|between)?\s*")
"""All a clause holds before its day when the day is an adverbial set off by commas: ", on"."""
_WAY_OPENING = re.compile(r"\s*(?:through|along|via|across|towards|toward|into|out\sof|with|without)\s")
"""A phrase of the way a move takes ("through three special corridors running west ... on")."""
_LIST_GOES_ON = re.compile(r"\s*(?:[\w'’-]+\s){1,3}(?:and|or)\s")
"""A list's last items after a comma ("leave with their bows, machetes and rifles between ... on"): no new clause."""
_RELATIVE_START = re.compile(r"\s*(?i:which|who|whom|whose|where|that)\b")
"""A relative clause between commas ("the refinery, which can process 110,000 barrels a day, on"): not the main one."""


def _main_clause(clause: str) -> str:
    """
    The clause that ends `clause`: after its last break, or the one a day set off by commas belongs to.

    When only "on" follows the last comma, "would be allowed to leave the city unharmed, carrying
    only light weapons, on Monday" is read in the clause with the modal, past the participle's
    phrase that holds no verb of its own. A relative clause between the commas is passed over too
    ("shut the refinery, which can process 110,000 barrels a day, on Friday"); a line break ends
    the search.
    """
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    starts = [0, *(found.end() for found in breaks)]
    last = len(starts) - 1
    if (
        last > 0
        and breaks[-1].group(0) in _OPENING_MARKS
        and clause[breaks[-1].start() - 1 : breaks[-1].start()] == " "
        and (
            _BARE_PREPOSITION.fullmatch(clause, starts[last])
            # 'would observe "a lull of nine hours" in and around the town "from 0700 to 1600 local time on':
            # a quoted phrase of time, with no verb of its own
            or (
                _QUOTED_TIME_OPENING.match(clause, starts[last]) is not None
                and _PAST_MARKER.search(clause, starts[last]) is None
                and _FUTURE_MODAL.search(clause, starts[last]) is None
            )
        )
    ):
        # 'would hold their fire in Misrata "on Saturday': a quotation that goes on the clause before it
        before = clause[starts[last - 1] : starts[last]]
        return before[before.rfind("\n") + 1 :]
    if (
        last > 1
        and breaks[-1].group(0) in _CLOSING_MARKS
        and breaks[-2].group(0) in _OPENING_MARKS
        and clause[breaks[-1].start() - 1 : breaks[-1].start()] != " "
        and _WAY_OPENING.match(clause, starts[last]) is not None
        and _PAST_MARKER.search(clause, starts[last - 1]) is None
        and _FUTURE_MODAL.search(clause, starts[last - 1]) is None
    ):
        # 'would be free to leave "with their personal weapons and without being searched" along three marked
        # corridors ... on': a quoted phrase, then one of the way, go on the clause before the quotation
        before = clause[starts[last - 2] : starts[last - 1]]
        return before[before.rfind("\n") + 1 :]
    if (
        last > 0
        and breaks[-1].group(0) == ","
        and _PARTICIPLE_OPENING.match(clause, starts[last]) is not None
        and _PAST_MARKER.search(clause, starts[last]) is None
        and _FUTURE_MODAL.search(clause, starts[last]) is None
    ):
        # "will be allowed to leave ..., walking out along three corridors ... on": a participle's phrase, with
        # no verb of its own, goes on the clause before it
        before = clause[starts[last - 1] : starts[last]]
        if "\n" not in before.strip():
            return before
    if (
        last == 0
        or breaks[-1].group(0) != ","
        or not (
            _BARE_PREPOSITION.fullmatch(clause, starts[last])
            # "will be allowed to leave unharmed, carrying their weapons, through three corridors ... on": a
            # phrase of the way, with no verb of its own, goes on the clause with the modal too
            or (
                (
                    _WAY_OPENING.match(clause, starts[last]) is not None
                    or _LIST_GOES_ON.match(clause, starts[last]) is not None
                )
                and _PAST_MARKER.search(clause, starts[last]) is None
                and _FUTURE_MODAL.search(clause, starts[last]) is None
            )
        )
    ):
        return clause[starts[last] :]
    at = last - 1
    while at > 0 and breaks[at - 1].group(0) == "," and _passed_over(clause, starts[at], starts[at + 1]):
        at -= 1
    main = clause[starts[at] : starts[at + 1]]
    # the blank line after the sentence before is no break inside the clause
    if "\n" in main.strip() or _RELATIVE_START.match(main):
        return clause[starts[last] :]
    return main


def _passed_over(clause: str, start: int, end: int) -> bool:
    """Whether a phrase between commas is passed over: a relative clause, or one with no verb of its own."""
    return "\n" not in clause[start:end] and (
        _RELATIVE_START.match(clause, start) is not None
        or (_FUTURE_MODAL.search(clause, start, end) is None and _PAST_MARKER.search(clause, start, end) is None)
    )


@attrs.frozen
class _Context:
    """What resolving one match needs to know about its surroundings."""

    text: str
    published: datetime.date | None
    tables: _Tables

    def left(self, start: int, width: int = 30) -> str:
        return self.text[max(0, start - width) : start]

    def looks_ahead(self, start: int) -> bool:
        """True when the words just before `start` point to the future ("will start on")."""
        clock = _CLOCK_BEFORE.search(self.text, max(0, start - 60), start)
        if clock is not None:  # "will take effect at 10 a.m. (0800 GMT) on Friday": read past the clock time
            start = clock.start()
        near = self.left(start, 28)
        cues = [  # "from" and "until" open a range only right before the day: not "travelled from Goma to Sake on"
            cue
            for cue in self.tables.future.finditer(near + " ")
            if cue.group(0).strip(' \t\n.,;:!?"“”()').lower() not in _RANGE_WORDS
            or _ADJACENT.fullmatch(near, cue.end() - 1)
        ]
        if (
            len(cues) == 1
            and cues[0].group(0).strip(' \t\n.,;:!?"“”()').lower() in _RANGE_WORDS
            and _DONE_JUST_BEFORE.search(near, 0, cues[0].start() + 1) is not None
        ):
            return False  # "The pause, observed from 10 a.m. to 3 p.m. on Thursday": a range gone by
        if cues and not _PAST_VERB.search(near, cues[-1].end() - 1):
            # "will start on Friday", not "civilians from Mariupol began on Tuesday"; nor "was due to
            # expire at noon on Monday", a future seen from the past; nor "have lifted their blockade
            # "for 72 hours" from Sunday morning", done already
            return (
                not _WAS_BEFORE.search(near, 0, cues[-1].start() + 1)
                and not _WAS_TO_BEFORE.search(near, 0, cues[-1].start() + 1)
                and not self._done_before(start)
            )
        if _ORDERED_TO_HOLD_BEFORE.search(self.left(start, _ORDERED_TO_HOLD_REACH)):
            return True  # the day an order is to be carried out on, not the day it was given
        if self._in_headline(start) and _HEADLINE_TO_DO.search(self.text, 0, start) is not None:
            return True  # "Ethiopia, Eritrea to sign ceasefire in Algiers on Sunday": a headline's future
        if _BY_DAY.search(self.left(start, 4)) and _DAYS_OWN.match(self.text, start) is None:
            # "will be open by Friday"; not "By Saturday evening some 1,400 civilians had left", nor
            # "it had recorded 59 shelling attacks by midnight on Saturday"
            return not _HAD_AFTER.match(self.text, start, min(len(self.text), start + 100)) and not self._told_as_past(
                start
            )
        # Further back in the clause, a modal with no past tense after it: "who would be allowed to exit
        # the city ... between 9 a.m. and 7 p.m. on Friday", not "will retake the city that was shelled on Friday".
        clause = _SHORT_QUOTED.sub(lambda quoted: "x" * len(quoted.group(0)), self.left(start, _CLAUSE_REACH))
        clause = _main_clause(clause)
        modals = list(_FUTURE_MODAL.finditer(clause))
        return bool(modals) and _PAST_MARKER.search(clause, modals[-1].end()) is None

    def _in_headline(self, start: int) -> bool:
        """Whether `start` lies in a headline: a short first line, followed by more, with no full stop at its end."""
        end = self.text.find("\n", 0, _HEADLINE_REACH + 1)  # bounded: not a scan of a long text with no line break
        line = self.text[:end].rstrip()
        return start < end <= _HEADLINE_REACH and not line.endswith((".", "!", "?"))

    def told_would(self, start: int) -> bool:
        """Whether the last cue of the future in the sentence before `start` is "would", a future told from the past."""
        clock = _CLOCK_BEFORE.search(self.text, max(0, start - 60), start)
        window = self.left(clock.start() if clock is not None else start, _DONE_REACH)
        ends = list(_SENTENCE_END.finditer(window))
        modals = list(_FUTURE_MODAL.finditer(window, ends[-1].end() if ends else 0))
        return bool(modals) and modals[-1].group(0).lower() == "would"

    def ordered_on_a_day_gone(self, start: int) -> bool:
        """
        Whether the sentence before `start` tells an order given on a weekday, to be carried out after it.

        "Putin told his defence minister on Thursday to halt fire ... from noon on Friday": a future seen
        from that Thursday, as "would" tells one seen from a saying.
        """
        window = self.left(start, _ORDER_REACH)
        ends = list(_SENTENCE_END.finditer(window))
        return _ORDERED_ON_A_DAY_TO.search(window, ends[-1].end() if ends else 0) is not None

    def signed_on_a_day_gone(self, start: int) -> int | None:
        """
        The weekday (ISO) of a deal signed binding its parties to what follows, told before `start` in its sentence.

        "signed a ceasefire agreement ... on Tuesday, committing their forces to stop fighting at 6 a.m. on
        Monday": the halt comes on or after that Tuesday.
        """
        window = self.left(start, _ORDER_REACH)
        ends = [
            end for end in _SENTENCE_END.finditer(window) if not window.endswith(_CLOCK_ABBREVIATIONS, 0, end.end() - 1)
        ]
        found = _ORDERED_ON_A_DAY_TO.search(window, ends[-1].end() if ends else 0)
        if found is None or found.group("signed") is None:
            return None
        return self.tables.weekdays.get(found.group("signed").capitalize())

    def due_from_the_past(self, start: int) -> bool:
        """True when the words just before `start` are a future seen from the past ("was due to take effect at")."""
        clock = _CLOCK_BEFORE.search(self.text, max(0, start - 60), start)
        if clock is not None:  # "was due to take effect at 6 p.m. (1600 GMT) on Tuesday": read past the clock time
            start = clock.start()
        return _WAS_DUE_TO.search(self.left(start, _WAS_DUE_TO_REACH)) is not None

    def _done_before(self, start: int) -> bool:
        """Whether an opening done already stands before `start` in its sentence (`_DONE_BEFORE`)."""
        window = self.left(start, _DONE_REACH)
        ends = list(_SENTENCE_END.finditer(window))
        return _DONE_BEFORE.search(window, ends[-1].end() if ends else 0) is not None

    def _told_as_past(self, start: int) -> bool:
        """Whether the clause before `start` is in the perfect, with no modal after it: "had recorded ... by"."""
        clause = _SHORT_QUOTED.sub(lambda quoted: "x" * len(quoted.group(0)), self.left(start, _CLAUSE_REACH))
        breaks = list(_CLAUSE_BREAK.finditer(clause))
        clause = clause[breaks[-1].end() :] if breaks else clause
        perfects = list(_PERFECT.finditer(clause))
        modals = list(_FUTURE_MODAL.finditer(clause))
        return bool(perfects) and (not modals or modals[-1].start() < perfects[-1].start())

    def opens_on_a_future(self, start: int, end: int) -> bool:
        """
        True when the day opens its sentence and the clause after it is in the future.

        "From 0700 to 1500 GMT on Thursday, RSF units may leave the city": nothing before the day
        says which way; the verb after it does.
        """
        opening = _SENTENCE_OPENING.search(self.text, max(0, start - _OPENING_REACH), start)
        if opening is None:
            return False
        clause = _CLAUSE_END.search(self.text, end, min(len(self.text), end + _AFTER_REACH))
        after = self.text[end : clause.start() if clause is not None else min(len(self.text), end + _AFTER_REACH)]
        modal = _FUTURE_MODAL.search(after)
        return (
            modal is not None
            and _PAST_MARKER.search(after, 0, modal.start()) is None
            and _PERFECT_AFTER.match(after, modal.end()) is None  # "may have fired": a past guessed at
        )

    def years_set_back(self, start: int) -> int | None:
        """
        How many years back the opening of the sentence holding `start` sets it: 2 for "Two years ago".

        0 for "Last year", which names the calendar year before the story's, not a span; None for neither.
        """
        window = self.left(start, _YEAR_AGO_REACH)
        ends = [end.end() for end in _SENTENCE_END.finditer(window)]
        opening = max(ends[-1] if ends else 0, window.rfind("\n") + 1)
        if not ends and opening == 0 and start > _YEAR_AGO_REACH:
            return None  # the sentence opens further back than the window
        found = _YEAR_AGO_OPENING.match(window, opening)
        if found is None:
            return None
        count = found.group("years")
        if count is None:
            return 0  # "Last year"
        return int(count) if count.isdigit() else _YEARS_AGO_COUNTS[count.lower()]

    def happened_before(self, start: int) -> bool:
        """
        True when a verb of something done stands before the date in its clause, no future near.

        "gunmen attacked southern Israel on Oct. 7", in an August story: the October behind it.
        """
        clause = self.left(start, _HAPPENED_REACH)
        breaks = list(_CLAUSE_BREAK.finditer(clause))
        clause = clause[breaks[-1].end() :] if breaks else clause
        return (
            _HAPPENED_VERB.search(clause) is not None
            and _FUTURE_MODAL.search(clause) is None
            and self.tables.future.search(clause + " ") is None
            # "agreed to a truce ... on Dec. 10": it may lie ahead; not "which took effect ... on March 6"
            and (_PAST_MAKING.search(clause) is None or TOOK_EFFECT.search(clause) is not None)
        )

    def ranged_after_making(self, start: int) -> bool:
        """
        True when only "from", "until" or "till" point ahead, after a pause made in the past.

        "agreed to a ceasefire effective from 8 p.m. Tuesday": made already, so "from" says nothing
        of which Tuesday; the nearer one is meant.
        """
        clock = _CLOCK_BEFORE.search(self.text, max(0, start - 60), start)
        if clock is not None:
            start = clock.start()
        near = self.left(start, 28)
        cues = [cue.group(0).strip(' \t\n.,;:!?"“”()').lower() for cue in self.tables.future.finditer(near + " ")]
        before = self.left(start, 90)
        return (
            bool(cues)
            and all(cue in _RANGE_WORDS for cue in cues)
            and (_PAST_MAKING.search(before) is not None or _PAST_BEGINNING.search(before) is not None)
            and _FUTURE_MODAL.search(before) is None
        )

    def halt_made_in_the_perfect(self, start: int) -> bool:
        """
        True when a halt made in the present perfect stands before the day in its sentence, no other deed between.

        "Putin has ordered a humanitarian pause around Miznaz in the western countryside on Saturday": "has
        ordered" takes no day gone, so Saturday is the pause's; so is "an eight-hour ceasefire that President Putin
        has ordered for Thursday".
        """
        window = self.left(start, _PERFECT_HALT_REACH)
        ends = list(_SENTENCE_END.finditer(window))
        begin = ends[-1].end() if ends else 0
        return (
            _PERFECT_HALT_BEFORE.search(window, begin) is not None
            or _HALT_THEN_PERFECT_BEFORE.search(window, begin) is not None
        )

    def halt_agreed_to(self, start: int) -> bool:
        """
        True when a halt told in the infinitive stands right before the day, its clock time between or not.

        "agreeing to stop fighting at noon Wednesday", "ordered his troops to cease fire at 6 p.m. Monday":
        agreed or ordered, so near the day of its telling, before or after it.
        """
        clock = _CLOCK_BEFORE.search(self.text, max(0, start - 60), start)
        if clock is not None:
            start = clock.start()
        return _HALT_TO_BEFORE.search(self.left(start, 50)) is not None

    def modifier_before(self, start: int) -> Modifier | None:
        left = self.left(start, 14)
        if self.tables.since.search(left):
            return Modifier.AFTER
        if self.tables.until.search(left):
            return Modifier.BEFORE
        return None


def _when(match: re.Match[str], value: str, precision: Precision, modifier: Modifier | None = None) -> When:
    return When(
        value=value,
        precision=precision,
        modifier=modifier,
        text=match.group(0),
        span=span_at(match.start(), match.end()),
    )


_RELATIVE_YEAR = {"last": -1, "this": 0, "next": 1}
"""How many years from the story's a year said "last", "this" or "next year" lies."""


def _full_date(
    match: re.Match[str],
    ctx: _Context,
    month_name: str,
    day_text: str,
    year_text: str | None,
    *,
    relative: str | None = None,
) -> When | None:
    """A day and month, with the year said, said as "last year" ("Nov. 4 last year"), or nearest the story's day."""
    month, day = ctx.tables.months[month_name], int(day_text)
    year = int(year_text) if year_text else None
    if relative is not None and ctx.published is not None:
        year = ctx.published.year + _RELATIVE_YEAR[relative.lower()]
    if year is None and ctx.published is not None:
        year = _named_year(match, ctx, month, day)
    if year is None and ctx.published is not None and (back := ctx.years_set_back(match.start())) is not None:
        # "A year ago, the two sides observed holiday truces from Dec. 23": near that day a year before the story's;
        # "Last year, ... on Dec. 20": in the calendar year before it
        year = _nearest_year(month, day, _years_before(ctx.published, back)) if back else ctx.published.year - 1
    if year is None and ctx.published is not None:
        year = _nearest_year(
            month,
            day,
            ctx.published,
            past_only=bool(_SINCE.search(ctx.left(match.start(), 8))) or ctx.happened_before(match.start()),
            ahead_only=_WILL_BEFORE.search(ctx.left(match.start(), 60)) is not None,  # "will run from Dec. 10"
        )
    if _valid(year if year is not None else 2000, month, day) is None:  # 2000: a leap year admits Feb. 29
        return None
    return _when(match, _timex_date(year, month, day), Precision.DAY, ctx.modifier_before(match.start()))


def _named_year(match: re.Match[str], ctx: _Context, month: int, day: int) -> int | None:
    """
    The year of a day named for what happened on it ("the Sept. 11 attacks" are 2001's).

    Only in a story told after that day: before it, the words name some other attack.
    """
    after = ctx.text[match.end() : match.end() + 30].lower()
    for what, year in ctx.tables.named_days.get((month, day), ()):
        named = _valid(year, month, day)
        if after.startswith(what) and named is not None and ctx.published is not None and ctx.published > named:
            return year
    return None


def _day_of_the_month(match: re.Match[str], ctx: _Context) -> When | None:
    """
    "on the 24th", with no month: that day of the publication's month, or of the next or last.

    The words before it say which way ("will run ... on the 24th" lies ahead); without a
    publication date the month and year stay unknown ("XXXX-XX-24").
    """
    day = int(match.group("d5"))
    if not 1 <= day <= 31:
        return None
    if ctx.published is None:
        return _when(match, f"XXXX-XX-{day:02d}", Precision.DAY)
    month = datetime.date(ctx.published.year, ctx.published.month, 1)
    ahead = ctx.looks_ahead(match.start())
    if ahead and day < ctx.published.day:
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    elif not ahead and day > ctx.published.day:
        month = (month - datetime.timedelta(days=1)).replace(day=1)
    found = _valid(month.year, month.month, day)
    return _when(match, found.isoformat(), Precision.DAY) if found is not None else None


def _weekday(match: re.Match[str], ctx: _Context) -> When:
    iso = ctx.tables.weekdays[match.group("wd")]
    if ctx.published is None:
        return _when(match, f"XXXX-WXX-{iso}", Precision.DAY)
    direction = (match.group("wdir") or "").lower()
    shift = (iso - ctx.published.isoweekday()) % 7  # days forward to the next such weekday, 0 today
    if direction == "last":
        days = shift - 7
    elif direction == "next":
        days = shift or 7
    elif direction in {"this", "coming"}:
        days = shift if shift <= 3 or direction == "coming" else shift - 7
    elif (signed := ctx.signed_on_a_day_gone(match.start())) is not None:
        # "signed ... on Tuesday, committing their forces to stop fighting at 6 a.m. on Monday": the first such
        # weekday from the signing's, the last one up to the story's day
        signing = (signed - ctx.published.isoweekday()) % 7
        days = (signing - 7 if signing else 0) + (iso - signed) % 7
    elif ctx.ranged_after_making(match.start()) or ctx.halt_agreed_to(match.start()):
        # "agreed to a truce from Tuesday", "agreeing to stop fighting at noon Wednesday": the nearer one
        days = shift if shift <= 3 else shift - 7
    elif _PAST_MAIN_VERB_AFTER.match(ctx.text, match.end()):
        # "A ceasefire ... from 9 a.m. local time (0500 GMT) on Tuesday collapsed within hours": the verb after
        # the day, in the past, says it lies behind, whatever "from" before it says
        days = shift - 7 if shift else 0
    elif ctx.due_from_the_past(match.start()):
        # "a truce that was due to take effect at 6 p.m. on Tuesday": a future seen from a past, either side of
        # the story's day; the nearer one
        days = shift if shift <= 3 else shift - 7
    elif ctx.halt_made_in_the_perfect(match.start()):
        # "has ordered a humanitarian pause around the town ... on Saturday": the perfect takes no day gone, so
        # the day is the halt's, today or ahead
        days = shift
    elif ctx.looks_ahead(match.start()) or ctx.opens_on_a_future(match.start(), match.end()):
        # "announced on Thursday that the truce would start at 7:00 am on Friday", told on Saturday: a future
        # seen from a saying, so yesterday's weekday is yesterday, not six days ahead
        days = (
            -1 if shift == 6 and (ctx.told_would(match.start()) or ctx.ordered_on_a_day_gone(match.start())) else shift
        )
    else:
        days = shift - 7 if shift else 0  # "said Tuesday": the last one, today included
    return _when(
        match,
        (ctx.published + datetime.timedelta(days=days)).isoformat(),
        Precision.DAY,
        ctx.modifier_before(match.start()),
    )


def _relative_period(match: re.Match[str], ctx: _Context) -> When | None:
    if ctx.published is None:
        return None
    direction = match.group("rdir").lower().split()[-1]
    step = {"last": -1, "previous": -1, "next": 1, "following": 1, "coming": 1}.get(direction, 0)
    period = match.group("rper").lower()
    published = ctx.published
    if period == "year":
        return _when(match, f"{published.year + step:04d}", Precision.YEAR)
    if period == "month":
        moved = published + relativedelta(months=step)
        return _when(match, f"{moved.year:04d}-{moved.month:02d}", Precision.MONTH)
    moved = published + datetime.timedelta(weeks=step)
    year, week, _ = moved.isocalendar()
    return _when(match, f"{year:04d}-W{week:02d}", Precision.WEEK)


def _ago(match: re.Match[str], ctx: _Context) -> When | None:
    count = _number(match.group("agon"), ctx.tables)
    if ctx.published is None or count is None or count != int(count) or count > 1000:
        return None
    unit, n = match.group("agou").lower(), int(count)
    if unit in {"minute", "hour", "day"}:
        moved = ctx.published - datetime.timedelta(days=n if unit == "day" else 0)
        return _when(match, moved.isoformat(), Precision.DAY)
    if unit == "week":
        moved = ctx.published - datetime.timedelta(weeks=n)
        return _when(match, moved.isoformat(), Precision.DAY, Modifier.APPROX)
    if unit == "month":
        moved = ctx.published - relativedelta(months=n)
        return _when(match, f"{moved.year:04d}-{moved.month:02d}", Precision.MONTH)
    years = n * (10 if unit == "decade" else 1)
    return _when(match, f"{ctx.published.year - years:04d}", Precision.YEAR)


def _month(match: re.Match[str], ctx: _Context) -> When | None:
    mod_text, year_text, relative = match.group("mod1"), match.group("y4"), match.group("rely")
    if mod_text is year_text is relative is None and not ctx.tables.anchor_words.search(ctx.left(match.start(), 16)):
        return None  # a bare "May" or "March" is too often a word or a name
    month = ctx.tables.months[match.group("m4")]
    year = int(year_text) if year_text else None
    if relative is not None:  # "May last year", "March of next year"
        if ctx.published is None:
            return _when(match, _timex_date(None, month), Precision.MONTH)
        year = ctx.published.year + _RELATIVE_YEAR[relative.lower()]
    if year is None and ctx.published is not None:
        ahead = ctx.looks_ahead(match.start()) or ctx.left(match.start(), 6).lower().endswith("next ")
        if ahead:
            year = ctx.published.year + (1 if month < ctx.published.month else 0)
        else:
            year = ctx.published.year - (1 if month > ctx.published.month else 0)
    modifier = ctx.tables.modifiers.get(mod_text.lower()) if mod_text else ctx.modifier_before(match.start())
    return _when(match, _timex_date(year, month), Precision.MONTH, modifier)


NAMING_WORD_BEFORE = re.compile(r"(?i:\b(?:the|a|an|its|their)\s|\w's\s)$")
"""The word before a year that names what follows it ("the 2015", "a 2003", "Sudan's 2018"); shared with events."""
_NAMED_BY_A_YEAR = re.compile(
    r"(?:\s(?!(?i:of|and|or|in|on|at|to|for|by|with|was|is|had|has)\b)[A-Za-z][a-z-]+){0,2}"
    r"\s(?:peace\s|military\s|ground\s|failed\s|general\s|presidential\s)?(?:offensive|war|agreement|accord|deal"
    r"|ceasefire|cease-fire|truce|elections?|coup|invasion|uprising|revolution|protests|attacks?|earthquake|floods"
    r"|campaign|talks|conflict|clashes|crisis|referendum|treaty|siege|massacre|insurgency|operation)\b"
)
"""
What a year before it names, as it dates: "a 2023 offensive", "the 2018 peace agreement", "a 2021 coup", up to
two words between ("the 2015 Algiers peace agreement", "South Sudan's 2018 revitalized peace agreement").
"""


def _year(match: re.Match[str], ctx: _Context) -> When | None:
    mod_text = match.group("mod2")
    if (
        mod_text is None
        and not ctx.tables.anchor_words.search(ctx.left(match.start(), 16))
        and not (
            NAMING_WORD_BEFORE.search(ctx.left(match.start(), 8)) and _NAMED_BY_A_YEAR.match(ctx.text, match.end())
        )
    ):
        return None  # a bare four-digit number may be a count
    modifier = ctx.tables.modifiers.get(mod_text.lower()) if mod_text else ctx.modifier_before(match.start())
    return _when(match, match.group("y5"), Precision.YEAR, modifier)


_NAME_AFTER_A_DATE = re.compile(
    r"\s(?:Movement|Revolution|Brigades?|Coalition|Front|Alliance|Youth|Martyrs|Battalions?|Organi[sz]ation|Party"
    r"|Group|Uprising)\b"
)
"""The head of a name a date opens: "the Alliance Fleuve Congo/March 23 Movement", "the 17 February Revolution"."""
_END_VERB_BEFORE = re.compile(
    r"(?i:\b(?:end|ends|ended|ending|expire|expires|expired|expiring|lapse|lapses|lapsed|ran\sout))\s$"
)
"""A verb that makes the clock time after it an end: "and end at midnight on Sunday"."""
_FROM_THEN_TO_BEFORE = re.compile(
    r"(?i:\bfrom\s(?!midnight\b)[^;:!?\n]{1,50}?(?:[a-z]day|(?<![\d:.])[0-3]?\d(?:st|nd|rd|th)?)\sto)\s$"
)
"""
A range's "to" after its "from" and a day: "from noon on Jan. 6 to midnight on Jan. 7" ends at the midnight that
closes Jan. 7, as "until midnight on" does. Not after "from midnight on May 8", whose midnights open their days, nor
after a clock alone ("from 6 a.m. (0300 GMT) to 2 p.m."), one window written in two pieces.
"""


def _read(match: re.Match[str], ctx: _Context) -> TimeMention | None:  # noqa: PLR0911 - one kind a branch
    span = span_at(match.start(), match.end())
    base = functools.partial(TimeMention, span=span, text=match.group(0))  # each kind adds its own fields
    kind = match.lastgroup
    when: When | None = None
    if kind == "range":
        start, end = _clock(match.group("c1")), _clock(match.group("c2"))
        if start is None or end is None:
            return None
        return base(clock_start=start, clock_end=end, timezone=_zone(match.group("tz1") or match.group("tz0")))
    if kind == "clock":
        clock = _clock(match.group("c3"))
        if clock is None:
            return None
        prep = (match.group("cprep") or "").strip().lower()
        if (
            prep in {"until", "till", "by"}
            or _END_VERB_BEFORE.search(ctx.left(match.start(), 16))
            or _FROM_THEN_TO_BEFORE.search(ctx.left(match.start(), 64))
        ):
            return base(clock_end=clock, timezone=_zone(match.group("tz2")))
        return base(clock_start=clock, timezone=_zone(match.group("tz2")))
    if kind == "dur":
        count = _number(match.group("dn"), ctx.tables)
        unit = match.group("du").lower()
        if count is None:
            return None
        delta = _UNIT_DELTA.get(unit)
        if delta is not None and count > _MOST_UNITS:
            delta = None  # "99999999999 days": more than a duration can hold, and no pause's length
        return base(
            duration=delta * count if delta is not None else None,
            duration_value=int(count) if count == int(count) else count,
            duration_unit=unit + "s",
        )
    if kind == "adur":  # "by a week": one week
        unit = match.group("au").lower()
        return base(duration=_UNIT_DELTA.get(unit), duration_value=1, duration_unit=unit + "s")
    if kind == "long":  # "a week-long truce": one week
        unit = match.group("lu").lower()
        return base(duration=_UNIT_DELTA.get(unit), duration_value=1, duration_unit=unit + "s")
    if kind == "daily":
        if _LENGTH_BEFORE.search(ctx.left(match.start(), 8)):
            return None  # "extend the pause by a day": a length, not each day
        return base(recurrence=Recurrence.DAILY)
    if kind == "dom":  # "on the 24th": a day of the month the story is in, or of the one next to it
        when = _day_of_the_month(match, ctx)
        return base(when=when) if when is not None else None
    if kind in {"mdy", "dmy"} and _NAME_AFTER_A_DATE.match(ctx.text, match.end()):
        return None  # "the March 23 Movement", "the February 17 Revolution": a name, not a day
    if kind == "mdy":
        when = _full_date(
            match, ctx, match.group("m1"), match.group("d1"), match.group("y1"), relative=match.group("rely1")
        )
        last_day = (
            _DAY_RANGE_AFTER.match(ctx.text, match.end())
            if when is not None and not match.group("y1") and not match.group("rely1")
            else None
        )
        if when is not None and last_day is not None and int(last_day.group(1)) > int(match.group("d1")):
            # "Dec. 10-12": from the 10th to the 12th of the same month
            span = span_at(match.start(), last_day.end())
            words = ctx.text[span.start : span.end]
            until = When(
                value=f"{when.value[:8]}{int(last_day.group(1)):02d}", precision=Precision.DAY, text=words, span=span
            )
            if _CALENDAR_DAY.fullmatch(until.value) and _valid(2000, int(when.value[5:7]), int(last_day.group(1))):
                return TimeMention(span=span, text=words, when=attrs.evolve(when, text=words, span=span), until=until)
    elif kind == "dmy":
        when = _full_date(
            match, ctx, match.group("m2"), match.group("d2"), match.group("y2"), relative=match.group("rely2")
        )
        first_day = _DAY_RANGE_BEFORE.search(ctx.text, max(0, match.start() - 20), match.start())
        first = int(first_day.group("d") or first_day.group("b")) if first_day is not None else None
        if when is not None and first_day is not None and first is not None and first < int(match.group("d2")):
            # "from 14 to 16 October", "14-16 October": from the 14th to the 16th of that month
            span = span_at(first_day.start(), match.end())
            words = ctx.text[span.start : span.end]
            opening = When(value=f"{when.value[:8]}{first:02d}", precision=Precision.DAY, text=words, span=span)
            return TimeMention(span=span, text=words, when=opening, until=attrs.evolve(when, text=words, span=span))
    elif kind == "iso":
        year, month, day = int(match.group("y3")), int(match.group("m3")), int(match.group("d3"))
        if _valid(year, month, day) is None:
            return None
        when = _when(match, match.group(0), Precision.DAY, ctx.modifier_before(match.start()))
    elif kind == "weekday":
        when = _weekday(match, ctx)
    elif kind == "reldays":
        offset = ctx.tables.relative_days[" ".join(match.group(0).lower().split())]
        if ctx.tables.day_named_after.match(ctx.text, match.end()):
            return None  # "overnight on Sunday", "overnight July 19": the day named after it dates it
        # "agreed in overnight talks on Tuesday": the night's day named after its noun dates it
        if (
            match.group(0).lower() == "overnight"
            and (noun := _A_NOUN_AFTER.match(ctx.text, match.end())) is not None
            and ctx.tables.day_named_after.match(ctx.text, noun.end())
        ):
            return None
        if ctx.published is not None and not _INDEFINITE_BEFORE.search(ctx.left(match.start(), 4)):
            when = _when(match, (ctx.published + datetime.timedelta(days=offset)).isoformat(), Precision.DAY)
    elif kind == "fromday":
        return base()  # dated by `_days_from_a_day`, from the day named before it
    elif kind == "relper":
        when = _relative_period(match, ctx)
    elif kind == "ago":
        when = _ago(match, ctx)
    elif kind == "my":
        when = _month(match, ctx)
        if when is None:
            return None
    elif kind == "year":
        when = _year(match, ctx)
        if when is None:
            return None
    return base(when=when)


_JOINER = re.compile(
    # a quotation closed after the hours, their zone told after it: '"between 9 a.m. and 2 p.m." local time on'
    r"[\"”]?(?:\s(?i:local\stime))?"
    r"\s*(?:\([A-Z]{2,5}\)\s*)?"  # a zone's letters in brackets: "6 p.m. Myanmar time (MMT) on Sunday"
    r",?\s*(?i:on|from|at|starting(?:\s(?:at|on|from))?|beginning(?:\s(?:at|on))?|as\sof|of)?\s*(?:the\s)?"
    r"(?:(?i:night)\sof\s)?"  # "from midnight on the night of September 30"
    r"[\"“]?",  # 'on Wednesday "from 9 a.m. to 2 p.m."': the hours quoted after their day
    re.VERBOSE,
)
_NIGHT_OF = re.compile(r"(?i:\bnight\sof\s)")


_ON_A_DAY = re.compile(r"\s(?i:on\s)?")


def _is_recurrence_only(mention: TimeMention) -> bool:
    """A word of recurrence alone ("each day", "daily"), with no day or clock time of its own."""
    return mention.recurrence is not None and mention.when is None and mention.clock_start is None


def _is_clock_only(mention: TimeMention) -> bool:
    return mention.when is None and (mention.clock_start or mention.clock_end) is not None


_CALENDAR_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_DAY_RANGE_AFTER = re.compile(
    r"(?:[-–]|\s(?:to|until|till|through)\s"
    # "October 14 to 16,": a day, not "to 16 people"
    r"(?=[0-3]?\d(?:$|[,.;:)\"”]|\s(?:at|from|to|until|in|on|when|as|and|or|but|while|with|for|after|before)\b)))"
    r"([0-3]?\d)(?![\d:,.]\d|\w)"
)
"""The last day of a range after its month and first day: "Dec. 10-12", "October 14 to 16,"."""
_DAY_RANGE_BEFORE = re.compile(
    r"(?:(?<![\w.])(?i:from)\s)?(?<![\w.,:])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:[-–]|\s(?i:to|until|till|through)\s)$"
    r"|(?<![\w.])(?i:between)\s(?P<b>[0-3]?\d)(?:st|nd|rd|th)?\s(?i:and)\s$"
)
"""The first day of a range before the last day and its month: "from 14 to 16 October", "14-16 October"."""


def _is_day(mention: TimeMention) -> bool:
    """A calendar day a clock time can be attached to (not a partial weekday such as ``XXXX-WXX-2``)."""
    return (
        mention.when is not None
        and mention.clock_start is None
        and _CALENDAR_DAY.fullmatch(mention.when.value) is not None
    )


def war_begun_before(text: str, start: int) -> re.Match[str] | None:
    """
    The "since the war began" right before a time at `start`, which then dates the war's start, nothing else.

    "the first break since the war began more than six weeks ago": the weeks date the war, not the break.
    """
    return _WAR_BEGUN_BEFORE.search(text, max(0, start - _WAR_BEGUN_REACH), start)


_WAR_BEGUN_BEFORE = re.compile(
    r"(?i:\bsince\s(?:the\s)?(?:war|fighting|conflict|clashes|violence|offensive|uprising|invasion)"
    r"\s(?:began|started|erupted|broke\sout)\s(?:(?:in|on|at|more\sthan|nearly|almost|about|some|over)\s)?)$"
)
_WAR_BEGUN_REACH = 50


def day_after(value: str, days: int = 1) -> str | None:
    """The calendar day `days` after a TIMEX3 day (``2025-03-11`` gives ``2025-03-12``); None for a partial one."""
    try:
        return (datetime.date.fromisoformat(value) + datetime.timedelta(days=days)).isoformat()
    except ValueError:
        return None  # "XXXX-03-11": no calendar to count on


def _at(when: When, clock: str | None, *, next_day: bool = False) -> str | None:
    if clock is None:
        return None
    value = day_after(when.value) if next_day else when.value
    return f"{value}T{clock}" if value is not None else None


def _combine(first: TimeMention, second: TimeMention, text: str) -> TimeMention:
    """One mention for a clock time or range and the day it falls on, in either order."""
    clock, day = (first, second) if _is_clock_only(first) else (second, first)
    assert day.when is not None  # noqa: S101 - _is_day checked it
    span = span_at(first.span.start, second.span.end)
    words = text[span.start : span.end]
    overnight = clock.clock_start is not None and clock.clock_end is not None and clock.clock_end <= clock.clock_start
    # "until midnight on Sunday" ends with Sunday: at 00:00 on Monday
    day_ends = clock.clock_start is None and clock.clock_end == "00:00" and "midnight" in clock.text.lower()
    # "at midnight on Thursday night": the midnight that ends Thursday
    night_ends = (
        clock.clock_start == "00:00"
        and "midnight" in clock.text.lower()
        # "at midnight on Thursday night", "from midnight on the night of September 30"
        and (day.text.lower().endswith("night") or _NIGHT_OF.search(words) is not None)
        and not _midnight_of_a_night(words)  # "on the night of April 1-2": read as its second day already
    )
    # "to 24:00 on January 7", "from 00:00 to 24:00 on May 9": the day's last moment, 00:00 on the next
    hour_24 = "24:00" in clock.text
    start_value = _at(day.when, clock.clock_start, next_day=night_ends or (hour_24 and clock.clock_end is None))
    end_value = _at(day.when, clock.clock_end, next_day=overnight or day_ends or hour_24)
    return attrs.evolve(
        clock,
        span=span,
        text=words,
        when=When(value=start_value, precision=Precision.MINUTE, text=words, span=span) if start_value else day.when,
        until=When(value=end_value, precision=Precision.MINUTE, text=words, span=span) if end_value else None,
    )


def _joins(first: TimeMention, second: TimeMention, text: str) -> bool:
    """A clock time and a day written together ("9 a.m. on Nov. 4", "Friday from 10:00 to 14:00")."""
    return (
        second.span.start - first.span.end <= 24
        and ((_is_clock_only(first) and _is_day(second)) or (_is_day(first) and _is_clock_only(second)))
        and _JOINER.fullmatch(text, first.span.end, second.span.start) is not None
        # not "had not fired a single shot since 6 a.m.\n\nOn Sunday, ...": another sentence
        and _NEW_SENTENCE.match(text, first.span.end - text.endswith(".", 0, first.span.end), second.span.start) is None
    )


_NEW_SENTENCE = re.compile(r"\.?\s*\n\s*\n|\.\s+[A-Z]")
"""A paragraph break, or a full stop and a capital, between two times: they belong to two sentences."""


def _in_brackets(first: TimeMention, second: TimeMention, text: str) -> bool:
    """The second time stands in brackets right after the first: "4 a.m. (0200 GMT)"."""
    return _OPEN_BRACKET.fullmatch(text, first.span.end, second.span.start) is not None and text.startswith(
        ")", second.span.end
    )


_OPEN_BRACKET = re.compile(r"\s?\(")


def _opens_window(first: TimeMention, end: TimeMention, text: str) -> bool:
    """A clock start with no day, then only spaces, then a clock end with no day ("from 8 am ... until 7 pm")."""
    return (
        _is_clock_only(first)
        and first.clock_start is not None
        and first.clock_end is None
        and end.when is None
        and text[first.span.end : end.span.start].isspace()
    )


def _restates(local: TimeMention, other: TimeMention) -> bool:
    """Whether `other` is the clock time `local` gives, in another zone and with its day ("2100 GMT Saturday")."""
    return (
        local.clock_start is not None
        and local.clock_end is None
        and other.clock_start is not None
        and other.clock_end is None
        and other.timezone is not None
        and other.when is not None
    )


_A_WEEK = datetime.timedelta(days=7)
MONTH_NAMED = re.compile(r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b)")
"""
A month's name, whole or cut short: a weekday told with it is a date, not one read forward ("2200 GMT on
July 1", "takes effect on Monday, 10 June").
"""


def _in_local_time(
    local: TimeMention, other: TimeMention, text: str, published: datetime.date | None = None
) -> TimeMention:
    """
    One mention for a local clock time and its restatement in another zone with a day.

    The zones' offset is the difference of the two clock times, between -12 and +14 hours:
    "midnight (2100 GMT Saturday)" is 00:00 on Sunday. A day known only partly is kept as written.
    A weekday in the other zone read a week ahead that makes the local day a week from publication
    is the day before it: on a Sunday, "from 6 a.m. (2200 GMT Saturday)" is this Sunday's morning,
    told by yesterday's evening in GMT, not next Sunday's.
    """
    assert local.clock_start is not None  # noqa: S101 - _restates checked it
    assert other.clock_start is not None  # noqa: S101
    assert other.when is not None  # noqa: S101
    span = span_at(local.span.start, other.span.end + 1)
    words = text[span.start : span.end]
    offset = (_minutes(local.clock_start) - _minutes(other.clock_start)) % (24 * 60)
    if offset > 14 * 60:
        offset -= 24 * 60
    when = local.when
    if when is None:
        try:
            moment = datetime.datetime.fromisoformat(other.when.value) + datetime.timedelta(minutes=offset)
        except ValueError:  # "XXXX-WXX-6T21:00": no calendar day to move
            moment = None
        if (
            moment is not None
            and published is not None
            and moment.date() == published + _A_WEEK
            and MONTH_NAMED.search(other.text) is None  # "2200 GMT on July 1": a date, kept
        ):
            moment -= _A_WEEK
        if moment is not None:
            value = moment.strftime("%Y-%m-%dT%H:%M")
            when = When(value=value, precision=Precision.MINUTE, text=words, span=span)
    return attrs.evolve(local, span=span, text=words, when=when)


_TO = re.compile(r"\s?(?:to|until|till|-|–)\s?")


def _closes_window(start: TimeMention, end: TimeMention, text: str) -> bool:
    """A clock time that opens a window, then "to", then a bare clock time that closes it."""
    return (
        start.clock_start is not None
        and start.clock_end is None
        and start.until is None
        and _is_clock_only(end)
        and end.clock_start is not None
        and end.clock_end is None
        and _TO.fullmatch(text, start.span.end, end.span.start) is not None
    )


def _closed(start: TimeMention, end: TimeMention, text: str) -> TimeMention:
    """The window from `start` to the clock time of `end`, on the start's day when it has one."""
    assert end.clock_start is not None  # noqa: S101 - _closes_window checked it
    span = span_at(start.span.start, end.span.end)
    words = text[span.start : span.end]
    until = None
    if start.when is not None and start.when.precision is Precision.MINUTE and start.clock_start is not None:
        day = start.when.value.partition("T")[0]
        overnight = end.clock_start <= start.clock_start
        value = _at(attrs.evolve(start.when, value=day), end.clock_start, next_day=overnight)
        if value is not None:
            until = When(value=value, precision=Precision.MINUTE, text=words, span=span)
    return attrs.evolve(
        start,
        span=span,
        text=words,
        when=attrs.evolve(start.when, text=words, span=span) if start.when is not None else None,
        until=until,
        clock_end=end.clock_start,
        timezone=start.timezone or end.timezone,
    )


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _merge(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    merged: list[TimeMention] = []
    for index, mention in enumerate(mentions):
        previous = merged[-1] if merged else None
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        ends_only = mention.clock_start is None and mention.clock_end is not None
        if (
            previous is not None
            and (_is_clock_only(previous) or previous.clock_start is not None)
            and _is_clock_only(mention)
            and _in_brackets(previous, mention, text)
        ):
            # "at 4 a.m. (0200 GMT) on Tuesday": the same moment in another zone; the first reading stands
            end = mention.span.end + 1
            merged[-1] = attrs.evolve(
                previous, span=span_at(previous.span.start, end), text=text[previous.span.start : end]
            )
        elif (
            previous is not None
            and _is_clock_only(previous)
            and _is_recurrence_only(mention)
            and following is not None
            and _is_day(following)
            and not text[previous.span.end : mention.span.start].strip()
            and _ON_A_DAY.fullmatch(text, mention.span.end, following.span.start) is not None
        ):
            # "from 10:00 to 14:00 GMT each day on Saturday and Sunday": the hours' recurrence, then their days
            # (not "each day from Saturday to Monday", a range of days read as one)
            merged[-1] = attrs.evolve(
                previous,
                span=span_at(previous.span.start, mention.span.end),
                text=text[previous.span.start : mention.span.end],
                recurrence=mention.recurrence,
            )
        elif previous is not None and ends_only and _opens_window(previous, mention, text):
            # "from 8:00 am (0500 GMT) until 7:00 pm": one window, written in two pieces; its day, if the end has
            # one after it ("until 7pm on Monday"), joins the window next
            merged[-1] = attrs.evolve(
                previous,
                span=span_at(previous.span.start, mention.span.end),
                text=text[previous.span.start : mention.span.end],
                clock_end=mention.clock_end,
                timezone=previous.timezone or mention.timezone,
            )
        elif ends_only and following is not None and _joins(mention, following, text):
            merged.append(mention)  # "Saturday until midnight on Sunday": the end belongs to the day after it
        elif (
            previous is not None
            and _closes_window(previous, mention, text)
            # "from 00:00 on May 25 to 23:59 on May 27": the end has a day of its own
            and not (following is not None and _joins(mention, following, text))
        ):
            merged[-1] = _closed(previous, mention, text)  # "on Saturday from 8:00 am (0500 GMT) to 6:00 pm"
        elif previous is not None and _joins(previous, mention, text):
            merged[-1] = _combine(previous, mention, text)
        else:
            merged.append(mention)
    return merged


def find_times(analysis: Analysis) -> Analysis:
    """Find every time expression, resolved against the article's publication date."""
    text = analysis.article.text
    ctx = _Context(text=text, published=analysis.article.published, tables=_tables(analysis.lexicon))
    found = [
        mention for match in analysis.phrases.all(ctx.tables.pattern) if (mention := _read(match, ctx)) is not None
    ]
    found = _weekdays_of_a_named_week(_weekdays_with_their_dates(found, text, ctx.tables), text, ctx.tables)
    found = _earlier_than_a_day(_days_from_a_day(found, text, ctx.tables), text, ctx.tables)
    merged = _ranges_in_order(_merge(_midnights_between(found, text), text), text, ctx.tables, ctx.published)
    paired = _of_that_year(
        _weekday_pairs(
            _midnights_after_evening_gmt(merged, text, ctx.tables.weekdays, ctx.published), text, ctx.tables
        ),
        text,
    )
    paired = _headline_midnight_dated_below(_todays_midnight_to_come(paired, text, ctx.published), text)
    return attrs.evolve(analysis, times=tuple(_local_times(_that_day(paired, text), text, ctx.published)))


_BARE_MIDNIGHT = re.compile(
    r"(?:(?i:from|at|starting\sat|beginning\sat|by|until|till)\s)?(?i:midnight)(?:\s(?:[A-Z]{2,4}|(?i:local\stime)))?"
)
"""A midnight with no day of its own, its zone or not: "from midnight", "from midnight EST", as a headline has it."""
_DATED_BELOW_REACH = 800
"""How far into the body a headline's bare midnight is looked for with its date: the lead and the next lines."""


def _headline_midnight_dated_below(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    """
    A headline's midnight with no day is the first midnight the body's opening lines tell with one.

    "India, Pakistan agree to observe Kashmir ceasefire from midnight" over "with effect from midnight of
    Feb. 24-25": the midnight gone by, not the one to come that a bare midnight would be read as.
    """
    headline_end = text.find("\n")
    if headline_end < 0:
        return mentions
    bare = [
        i
        for i, m in enumerate(mentions)
        if m.span.end <= headline_end and m.when is None and _BARE_MIDNIGHT.fullmatch(m.text) is not None
    ]
    if not bare:
        return mentions
    dated = next(
        (
            m
            for m in mentions
            if headline_end < m.span.start <= headline_end + _DATED_BELOW_REACH
            and m.clock_start == "00:00"
            and m.when is not None
            and m.when.precision is Precision.MINUTE
            and _BARE_MIDNIGHT.fullmatch(m.text) is None
        ),
        None,
    )
    if dated is None or dated.when is None:
        return mentions
    moved = list(mentions)
    for i in bare:
        headline = mentions[i]
        moved[i] = attrs.evolve(headline, when=attrs.evolve(dated.when, text=headline.text, span=headline.span))
    return moved


_TO_COME_BEFORE = re.compile(r"(?i:\b(?:will|would|(?:is|are)\s(?:due\s|set\s)?to)\s)")
"""A future in the words before a midnight: "will take effect from", "would end all military operations from"."""
_MADE_ON_A_WEEKDAY = re.compile(
    r"\b(?:on\s)?(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s(?:announced|declared|ordered)\b"
    r"|\b(?:announced|declared|ordered)\s(?:on\s)?(?P<after>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)
"""
A halt made on a weekday, told before its midnight: "The IRA on Wednesday announced a complete cessation of military
operations from midnight on Wednesday": made on that day, from the midnight that ends it.
"""
_ITS_DATE_AFTER = re.compile(
    r",?\s(?:[0-3]?\d\s)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?(?:\s[0-3]?\d\b)?"
)
"""A date after a weekday: "Thursday, April 5", "Thursday 5 April"."""
_MIDNIGHT_REACH = 80
"""How far before a midnight its future tense is looked for, within its sentence."""


def _todays_midnight_to_come(
    mentions: list[TimeMention], text: str, published: datetime.date | None
) -> list[TimeMention]:
    """
    "Will take effect from midnight on Tuesday" in a story of that Tuesday is the midnight that ends it.

    The midnight that opened the day of publication is gone by when a halt is told as to come, or as made
    that day ("on Wednesday announced ... from midnight on Wednesday": no halt begins before its making); a date
    said with the weekday ("midnight on Thursday, April 5") or a time in brackets after it keeps the day
    it names. A headline's midnight of that weekday is the body's when the body tells one as to come.
    """
    if published is None:
        return mentions
    today = published.isoformat()
    moved: list[TimeMention] = []
    todays = [  # each midnight of the story's own weekday, and whether it is told as to come
        (
            mention,
            _told_to_come(text, mention.span.start, published),
        )
        if (
            mention.clock_start == "00:00"
            and mention.when is not None
            and mention.when.precision is Precision.MINUTE
            and mention.when.value[:10] == today
            and (day := _MIDNIGHT_ON_A_WEEKDAY.match(text, mention.span.start, mention.span.end)) is not None
            and day.end() == mention.span.end
            # "would take effect at midnight on Tuesday", told on the Wednesday, already ends Tuesday
            and day.group("first") == _WEEKDAY_NAMES[published.weekday()]
            and _ITS_DATE_AFTER.match(text, mention.span.end) is None
            and not text.startswith(" (", mention.span.end)  # "(12:00 a.m. local time, 20:00 GMT on Friday)": glossed
        )
        else (mention, None)
        for mention in mentions
    ]
    # "IRA announces restoration of ceasefire from midnight Saturday" over "said on Saturday it would restore its
    # ceasefire from midnight on Saturday": the headline's midnight is the one the body tells as to come
    headline_end = text.find("\n")
    told_to_come = any(to_come for mention, to_come in todays if to_come and mention.span.start > headline_end)
    for mention, to_come in todays:
        headline = to_come is False and told_to_come and 0 <= mention.span.end <= headline_end
        if to_come or headline:
            moved.append(_moved_with_its_end(mention, datetime.timedelta(days=1)))
        else:
            moved.append(mention)
    return moved


def _told_to_come(text: str, at: int, published: datetime.date) -> bool:
    """Whether the words before a midnight at `at` tell it as to come: in the future, or made on that very day."""
    start = start_after_within(text, at, _MIDNIGHT_REACH, ". ", "\n")
    if _TO_COME_BEFORE.search(text, start, at) is not None:
        return True
    made = _MADE_ON_A_WEEKDAY.search(text, start, at)
    if made is None:
        # "Duterte has declared a holiday cease-fire ... from midnight on Monday", told that Monday: made by now
        return _MADE_BY_NOW.search(text, start, at) is not None
    return (made.group("day") or made.group("after")) == _WEEKDAY_NAMES[published.weekday()]


_MADE_BY_NOW = re.compile(r"\b(?:has|have)\s(?:(?:also|now|just)\s)?(?:announced|declared|ordered|agreed)\b")
"""A halt told as made by the story's day, in the present perfect: "has declared a holiday cease-fire"."""


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""The weekdays' names in the order of `datetime.date.weekday`."""


_MIDNIGHT_THEN_EVENING_GMT = re.compile(
    r"(?:(?i:from|at|starting\sat|beginning\sat|until|till|by)\s)?(?i:midnight)\s?"
    r"(?:(?:(?i:local)|[A-Z][a-z]+)\stime\s)?"
    r"\((?:1[2-9]|2[0-3]):?[0-5]\d\s?(?:GMT|UTC)\)\s(?:on\s)?[A-Z]"
)
"""
A local midnight, its zone or not, its evening in GMT in brackets, then a day: "from midnight (2200 GMT) on
Thursday", "at midnight Damascus time (2200 GMT) on Friday".
"""


_ENDS_WITH_NIGHT = re.compile(r"(?i:\bnight)$")


def _midnights_after_evening_gmt(
    mentions: list[TimeMention], text: str, weekdays: dict[str, int], published: datetime.date | None = None
) -> list[TimeMention]:
    """
    "Midnight (2200 GMT) on Thursday" is the midnight that ends Thursday: the day is the GMT evening's.

    Read alone, "midnight on Thursday" would open Thursday; the evening in GMT says the local
    midnight comes after it, as "midnight (2200 GMT Thursday)" already reads; so does a time in GMT
    after "midnight on Wednesday" (see `_midnight_ending_its_weekday`).
    """
    moved = [
        mention.clock_start == "00:00"
        and mention.when is not None
        and mention.when.precision is Precision.MINUTE
        and (
            # "at midnight (2200 GMT) on Monday night": the night already ended Monday (see `_combine`)
            (_MIDNIGHT_THEN_EVENING_GMT.match(mention.text) is not None and not _ENDS_WITH_NIGHT.search(mention.text))
            or _midnight_of_a_night(text[mention.span.start : _with_a_slashed_day(text, mention.span.end)])
            or _midnight_ending_its_weekday(mention, text, weekdays)
            or _night_of_two_days_after(mention, text)
            or _wire_midnight_gone(mention, text, published)
            or _midnight_between_weekdays(mention, text, weekdays)
        )
        for mention in mentions
    ]
    # "from midnight Sunday" in a headline, "at midnight Sunday (0500 GMT Monday)" in the lead: the same midnight
    headline_end = text.find("\n")
    glossed = {
        (day.group("first"), day_after(mention.when.value[:10]) if was_moved else mention.when.value[:10])
        for mention, was_moved in zip(mentions, moved, strict=True)
        if mention.span.start > headline_end
        and mention.clock_start == "00:00"
        and mention.when is not None
        and (day := _MIDNIGHT_ON_A_WEEKDAY.match(text, mention.span.start, mention.span.end)) is not None
        and (gmt := _GMT_AFTER.match(text, day.end())) is not None
        and gmt.group("second") is not None  # "(0500 GMT Monday)": the gloss says its day ("(2300 GMT)" may not)
    }
    return [
        _moved_with_its_end(mention, datetime.timedelta(days=1))
        if was_moved or (glossed and _glossed_below(mention, text, headline_end, glossed))
        else mention
        for mention, was_moved in zip(mentions, moved, strict=True)
    ]


def _glossed_below(mention: TimeMention, text: str, headline_end: int, glossed: set[tuple[str, str | None]]) -> bool:
    """Whether a headline's midnight on a weekday is one the story's body glosses as the midnight ending it."""
    day = _MIDNIGHT_ON_A_WEEKDAY.match(text, mention.span.start, mention.span.end)
    return (
        day is not None
        and mention.span.end <= headline_end
        and mention.clock_start == "00:00"
        and mention.when is not None
        and mention.when.precision is Precision.MINUTE
        and day.end() == mention.span.end
        and (day.group("first"), day_after(mention.when.value[:10])) in glossed
    )


_SLASHED_DAY = re.compile(r"\s?/\s?[0-3]?\d\b")
"""The second day of a night after a slash, left out of the date before it: "the midnight of February 24/25"."""


def _with_a_slashed_day(text: str, end: int) -> int:
    """Where a mention ends with the second day of its night after a slash, if one follows it."""
    slashed = _SLASHED_DAY.match(text, end)
    return slashed.end() if slashed is not None else end


_MIDNIGHT_ON_A_WEEKDAY = re.compile(
    r"(?:(?i:from|at|starting\sat|beginning\sat|by)\s)?(?i:midnight)\s(?:on\s)?(?P<first>[A-Z][a-z]{2,8})"
)
_GMT_AFTER = re.compile(
    r"(?:,\s[A-Z][a-z]{2,8}\.?\s[0-3]?\d)?\s?\((?P<hour>[01]\d|2[0-3]):?[0-5]\d\s?(?:GMT|UTC)"
    r"(?:\s(?:on\s)?(?P<second>[A-Z][a-z]{2,8}))?\)"
)
"""
The time in GMT after a midnight on a weekday, its date between or not: "(0500 GMT Tuesday)", ", June 26 (2300 GMT)".
"""


def _midnight_ending_its_weekday(mention: TimeMention, text: str, weekdays: dict[str, int]) -> bool:
    """
    Whether the time in GMT after a midnight on a weekday says it is the midnight that ends the day.

    An evening with no day of its own ("midnight on Monday, June 26 (2300 GMT)") or of the same day
    ("midnight Friday (2200 GMT Friday)"), or a morning on the next day ("midnight on Monday (0500 GMT Tuesday)").
    """
    day = _MIDNIGHT_ON_A_WEEKDAY.match(text, mention.span.start, mention.span.end)
    gmt = _GMT_AFTER.match(text, day.end()) if day is not None else None
    if (
        day is None
        or gmt is None
        or mention.span.end not in (day.end(), gmt.end())
        or day.group("first") not in weekdays
    ):
        return False
    hour, second = int(gmt.group("hour")), gmt.group("second")
    if second is None:
        return hour >= _NOON_HOUR
    if second not in weekdays:
        return False
    days_on = (weekdays[second] - weekdays[day.group("first")]) % 7
    return days_on == 1 if hour < _NOON_HOUR else days_on == 0


_NOON_HOUR = 12
_NEXT_WEEKDAY_AFTER = re.compile(
    r"(?:\s?(?:to|/|-|–)\s?|\sinto\s)(?P<second>[A-Z][a-z]{2,8})\b"
    r"|(?:\s(?:(?i:local)|[A-Z][a-z]+)\stime)?,?\s(?i:as)\s"
    r"(?P<turning>[A-Z][a-z]{2,8})\s(?i:turns|turned|turning|rolls|rolled|ticks|ticked)\s(?i:in)?to\s"
    r"(?P<next>[A-Z][a-z]{2,8})\b"
)
"""
The day a night runs into after the day it starts on: "midnight Monday to Tuesday", "midnight on Monday into Tuesday",
"midnight on Friday/Saturday", "midnight Friday local time, as Friday turned to Saturday".
"""


def _midnight_between_weekdays(mention: TimeMention, text: str, weekdays: dict[str, int]) -> bool:
    """Whether a midnight on a weekday is told as the night into the next one: the midnight that ends the first."""
    day = _MIDNIGHT_ON_A_WEEKDAY.match(text, mention.span.start, mention.span.end)
    if day is None or day.group("first") not in weekdays:
        return False
    first = day.group("first")
    after = _NEXT_WEEKDAY_AFTER.match(text, mention.span.end)
    if after is None or (after.group("second") is not None and mention.span.end != day.end()):
        return False
    second = after.group("second") or after.group("next")
    return (
        (after.group("turning") is None or after.group("turning") == first)
        and second in weekdays
        and (weekdays[second] - weekdays[first]) % 7 == 1
    )


_TWO_DATES_OF_A_NIGHT = (
    r"(?:[A-Z][a-z]{2,8}\.?\s(?P<first>[0-3]?\d)\s?[-–/]\s?(?P<second>[0-3]?\d)\b"
    r"|(?P<day_first>[0-3]?\d)\s?[-–/]\s?(?P<day_second>[0-3]?\d)\s[A-Z][a-z]{2,8}\b)"
)
"""A night's two dates, month first or last: "Feb. 24-25", "17-18 October"."""
_MIDNIGHT_OF_TWO_DAYS = re.compile(
    r"(?:(?i:from|at|starting\sat|beginning\sat|by)\s)?(?i:midnight)\s(?:on\s|of\s)?(?:the\snight\sof\s)?"
    + _TWO_DATES_OF_A_NIGHT
)
"""
A midnight on a night written as its two days: "from midnight on Feb. 24-25", "the midnight of February 24-25",
"from midnight on 17-18 October".
"""


_NIGHT_OF_TWO_DAYS_AFTER = re.compile(r",?\s\(?(?:on\s)?the\snight\sof\s" + _TWO_DATES_OF_A_NIGHT)
"""A night told by its two days after a midnight on a weekday: ", the night of Feb. 24-25"."""


def _night_of_two_days_after(mention: TimeMention, text: str) -> bool:
    """
    Whether a midnight on a day is told right after as the night of that day and the next: the one opening the next.

    "from midnight on Wednesday, the night of Feb. 24-25": 00:00 on Feb. 25.
    """
    found = _NIGHT_OF_TWO_DAYS_AFTER.match(text, mention.span.end)
    if found is None or mention.when is None or not _FULL_DATE.match(mention.when.value):
        return False
    return _first_of_days_in_a_row(found) == int(mention.when.value[8:10])


_WIRE_MIDNIGHT = re.compile(
    r"(?:(?i:at|from)\s)?(?i:midnight)\s(?P<on>(?i:on)\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)
"""A midnight and its weekday, as the wire services write the midnight that ends the day."""
_GLOSS_AFTER = re.compile(r"\s*(?:\(|,\s*(?:[A-Z][a-z]+\.?\s)?\d)")
"""A time or a date glossing a midnight right after it: "(2100 GMT on Saturday)", ", Feb. 24"."""
_BEGAN_RIGHT_BEFORE = re.compile(
    r"(?i:\b(?:took\s(?:effect|hold)|began|started|came\sinto\s(?:force|effect)|went\sinto\s(?:force|effect)"
    r"|kicked\sin|would\s(?:take\s(?:effect|hold)|begin|start|come\sinto\s(?:force|effect)|go\sinto\s(?:force|effect)"
    r"|kick\sin))\s)$"
)


def _wire_midnight_gone(mention: TimeMention, text: str, published: datetime.date | None) -> bool:
    """
    Whether a halt that "took effect at midnight Friday", told on the Saturday, began as Friday ended.

    The wire services' "midnight Friday" is the one that ends Friday; told the next day of a halt
    already begun, it is the story's own day's first minute. So is "at midnight on Friday" with no
    time or date to gloss it: one glossed ("at midnight on Sunday (2100 GMT on Saturday)") opens its day.
    """
    wire = _WIRE_MIDNIGHT.fullmatch(mention.text)
    if (
        published is None
        or mention.when is None
        or not _FULL_DATE.match(mention.when.value)
        or wire is None
        or (wire.group("on") is not None and _GLOSS_AFTER.match(text, mention.span.end) is not None)
        or _BEGAN_RIGHT_BEFORE.search(text, max(0, mention.span.start - 32), mention.span.start) is None
    ):
        return False
    return datetime.date.fromisoformat(mention.when.value[:10]) == published - datetime.timedelta(days=1)


def _midnight_of_a_night(words: str) -> bool:
    """Whether `words` are a midnight on two days in a row: the midnight between them, which opens the second."""
    found = _MIDNIGHT_OF_TWO_DAYS.match(words)
    return found is not None and _first_of_days_in_a_row(found) is not None


def _first_of_days_in_a_row(found: re.Match[str]) -> int | None:
    """The first of a night's two dates (`_TWO_DATES_OF_A_NIGHT`) when they are days in a row: 24 in "Feb. 24-25"."""
    first, second = found.group("first") or found.group("day_first"), found.group("second") or found.group("day_second")
    return int(first) if int(second) == int(first) + 1 else None


_THAT_YEAR_AFTER = re.compile(r"\s(?:of\s)?that\syear\b")
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_THAT_YEAR_REACH = 400
"""How far back the year "that year" names may be written: a sentence or two."""


def _of_that_year(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    """
    A day or month "of that year" falls in the year last written before it, not in the publication's.

    "In 2020, Azerbaijan retook much of the region ... with a ceasefire on November 10 of that year".
    """
    kept: list[TimeMention] = []
    for mention in mentions:
        after = _THAT_YEAR_AFTER.match(text, mention.span.end)
        year = _year_written_before(kept, mention.span.start) if after is not None else None
        if (
            after is None
            or year is None
            or mention.when is None
            or mention.when.precision not in {Precision.DAY, Precision.MONTH}
            or _WRITTEN_YEAR.search(mention.text) is not None
            or mention.until is not None
            or not mention.when.value[:4].isdigit()
            or (
                mention.when.precision is Precision.DAY
                and _calendar_day(year.group(0) + mention.when.value[4:]) is None
            )
        ):
            kept.append(mention)
            continue
        span = span_at(mention.span.start, after.end())
        said = text[span.start : span.end]
        when = attrs.evolve(mention.when, value=year.group(0) + mention.when.value[4:], text=said, span=span)
        kept.append(attrs.evolve(mention, span=span, text=said, when=when))
    return kept


def _year_written_before(kept: list[TimeMention], start: int) -> re.Match[str] | None:
    """The year written last in the mentions before `start`, read back only within reach: linear in a long text."""
    for earlier in reversed(kept):
        if start - earlier.span.end > _THAT_YEAR_REACH:
            return None
        written = _WRITTEN_YEAR.search(earlier.text)
        if written is not None:
            return written
    return None


_PAIR_JOIN = re.compile(r"\s(?:and|or|&)\s")
_BETWEEN_BEFORE = re.compile(r"(?i:\bbetween)\s$")
_PAIR_REACH = 3
"""The most days a weekday joined to another lies after it: "on Friday and Saturday", not "Sunday and Friday"."""


def _weekday_pairs(mentions: list[TimeMention], text: str, tables: _Tables) -> list[TimeMention]:
    """
    Two weekdays joined by "and" are days in a row, the second after the first: "on Friday and Saturday".

    Read alone, the second follows its own tense and may fall a week before the first. With
    hours after the second ("on Tuesday and Wednesday from 8 a.m. to 4 p.m."), the two days
    are one daily window that opens on the first.
    """
    kept: list[TimeMention] = []
    for mention in mentions:
        first = kept[-1] if kept else None
        pair = _pair_days(first, mention, text, tables) if first is not None else None
        if first is None or pair is None:
            kept.append(mention)
            continue
        day, then, read = pair
        second = _moved_with_its_end(mention, then - read)
        opening = _moved_with_its_end(second, day - then)
        if opening.when is None or second.clock_start is None or second.clock_end is None:
            kept.append(second)
            continue
        span = span_at(first.span.start, second.span.end)
        said = text[span.start : span.end]
        when = attrs.evolve(opening.when, text=said, span=span)
        kept[-1] = attrs.evolve(opening, span=span, text=said, when=when, recurrence=Recurrence.DAILY)
    return kept


def _pair_days(
    first: TimeMention, second: TimeMention, text: str, tables: _Tables
) -> tuple[datetime.date, datetime.date, datetime.date] | None:
    """
    The two days of "Friday and Saturday" in order, and the second's day as read alone; None for no such pair.
    """
    first_words, second_words = first.text.split(), second.text.split()
    if (
        first.when is None
        or second.when is None
        or first.until is not None
        or first.clock_start is not None
        or first.when.precision is not Precision.DAY
        or not first_words
        or not second_words
        or first_words[-1] not in tables.weekdays
        or second_words[0] not in tables.weekdays
        or _PAIR_JOIN.fullmatch(text, first.span.end, second.span.start) is None
        or _BETWEEN_BEFORE.search(text, max(0, first.span.start - 8), first.span.start) is not None
    ):
        return None
    day, then = _calendar_day(first.when.value), _calendar_day(second.when.value)
    if day is None or then is None:
        return None
    ahead = (tables.weekdays[second_words[0]] - tables.weekdays[first_words[-1]]) % 7
    if not 0 < ahead <= _PAIR_REACH:
        return None
    return day, day + datetime.timedelta(days=ahead), then


_DATE_AFTER_WEEKDAY = re.compile(r",?\s(?:the\s(?:night\sof\s)?)?|,?\s\((?:the\snight\sof\s)?")
"""Between a weekday and its date: "Friday, 13 December", "Wednesday, the night of Feb. 24-25"."""


def _weekdays_with_their_dates(mentions: list[TimeMention], text: str, tables: _Tables) -> list[TimeMention]:
    """
    A weekday followed by its date takes the date's day: "on Friday, 13 December" is that Friday, wherever it falls.

    The weekday alone would be read by the tense around it; the date says which one is meant.
    """
    dated = list(mentions)
    for index in range(len(dated) - 1):
        weekday, date = dated[index], dated[index + 1]
        if (
            weekday.when is not None
            and weekday.until is None
            and weekday.text.strip().split()[-1] in tables.weekdays
            and date.when is not None
            and date.when.precision is Precision.DAY
            and any(char.isdigit() for char in date.text)  # "13 December", not "the day before" nor "Thursday"
            and _calendar_day(date.when.value) is not None
            and _DATE_AFTER_WEEKDAY.fullmatch(text, weekday.span.end, date.span.start) is not None
        ):
            dated[index] = attrs.evolve(weekday, when=attrs.evolve(weekday.when, value=date.when.value))
    return dated


_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)")


def _weekdays_of_a_named_week(mentions: list[TimeMention], text: str, tables: _Tables) -> list[TimeMention]:
    """
    A weekday followed by the week it falls in is that day of that week: "on Tuesday last week".

    Each alone would say less: the last Tuesday, or a week.
    """
    kept: list[TimeMention] = []
    index = 0
    while index < len(mentions):
        weekday = mentions[index]
        week = mentions[index + 1] if index + 1 < len(mentions) else None
        index += 1
        named = _WEEK_VALUE.fullmatch(week.when.value) if week is not None and week.when is not None else None
        words = weekday.text.split()
        day = tables.weekdays.get(words[-1]) if words else None
        if (
            week is None
            or named is None
            or day is None
            or weekday.when is None
            or weekday.until is not None
            or _BARE_GAP.fullmatch(text, weekday.span.end, week.span.start) is None
        ):
            kept.append(weekday)
            continue
        try:
            value = datetime.date.fromisocalendar(int(named.group(1)), int(named.group(2)), day).isoformat()
        except ValueError:
            kept.append(weekday)
            continue
        span = span_at(weekday.span.start, week.span.end)
        said = text[span.start : span.end]
        when = attrs.evolve(weekday.when, value=value, text=said, span=span)
        kept.append(attrs.evolve(weekday, span=span, text=said, when=when))
        index += 1  # the week is said of the weekday
    return kept


_RANGE_END_GAP = re.compile(r",?\s(?:until|till|to|through)\s")
_BARE_GAP = re.compile(r",?\s")
_CLOSES = re.compile(r"(?i:until|till|to|through)\s")


_ORDERED = re.compile(
    r"(?i:\b(?:ordered|declared|announced|called|agreed\sto|imposed"
    r"|to\s(?:introduce|impose|declare|observe|implement|hold))\s(?:an?\s|the\s)?[^.;:!?]{0,60}$)"
)
"""
A halt or a measure made just before its range of days: "have ordered a "lockdown" from Friday to Monday",
"instructed the defence minister to introduce the cease-fire along the whole front from noon on Friday to midnight".
"""
_ORDERED_REACH = 80


def _ranges_in_order(
    mentions: list[TimeMention], text: str, tables: _Tables, published: datetime.date | None = None
) -> list[TimeMention]:
    """
    A range of weekdays said in the present or the past whose end would fall before its start.

    "The ceasefire runs from 6 a.m. on Friday until 6 p.m. on Sunday", said on a Saturday: the
    Friday just gone, which "from" alone would put ahead. With a modal before it ("would hold
    their fire from 6 a.m. Tuesday until 6 a.m. Friday") the range is left to the pauses stage,
    which knows the day it was made. A start on the day of publication stays ("from 6 a.m. on
    Friday until 1800 local time on Sunday", told on a Friday): the Sunday to come ends it. So does
    the end of a range ahead that something was just ordered for ("have ordered a "lockdown" from
    Friday to Monday", told on a Wednesday): the Monday after that Friday, not the one gone.
    """
    ordered = list(mentions)
    week = datetime.timedelta(days=7)
    for index in range(len(ordered) - 1):
        start, end = ordered[index], ordered[index + 1]
        closing = end.until or end.when
        gap = text[start.span.end : end.span.start]
        joined = _RANGE_END_GAP.fullmatch(gap) or (_BARE_GAP.fullmatch(gap) and _CLOSES.match(end.text))
        if start.when is None or closing is None or not joined:
            continue
        if not any(day in start.text for day in tables.weekdays) or "next" in start.text.lower():
            continue
        through = _held_through_publication(start, end, text, tables, published)
        if through is not None:
            ordered[index], ordered[index + 1] = through
            continue
        if start.until is not None:
            continue
        opens, closes = _calendar_day(start.when.value), _calendar_day(closing.value)
        if opens is None or closes is None or not closes < opens <= closes + week:
            continue
        ahead_of_its_making = (
            published is not None
            and closes < published < opens
            and _ORDERED.search(text, max(0, start.span.start - _ORDERED_REACH), start.span.start) is not None
        )
        if opens == published or ahead_of_its_making:
            ordered[index + 1] = _moved_with_its_end(end, week)
        elif not _FUTURE_MODAL.search(text, max(0, start.span.start - _CLAUSE_REACH), start.span.start):
            ordered[index] = attrs.evolve(start, when=_moved(start.when, -week))
    return ordered


def _held_through_publication(
    start: TimeMention, end: TimeMention, text: str, tables: _Tables, published: datetime.date | None
) -> tuple[TimeMention, TimeMention] | None:
    """
    A range of two weekdays that holds through the day of publication, placed around it; None for another.

    "Russia had promised a ceasefire ... from Thursday to Saturday", told on a Friday: the Thursday
    just gone and the Saturday to come, though "from" alone puts the first ahead and the past tense
    the second behind. Dates named with a month are left as they are, and so is a range after a
    modal ("would hold their fire from Tuesday until Friday"), which the pauses stage reads by the
    day it was made. Each side keeps its clock window ("from 08:00 to 18:00 ... from Thursday").
    """
    first, last = start.text.split()[-1], end.text.split()[-1]
    if (
        published is None
        or start.when is None
        or first not in tables.weekdays
        or last not in tables.weekdays
        or MONTH_NAMED.search(start.text) is not None
        or MONTH_NAMED.search(end.text) is not None
        or (start.until is not None and start.until.value[:10] != start.when.value[:10])  # a window of that day
        or _FUTURE_MODAL.search(text, max(0, start.span.start - _CLAUSE_REACH), start.span.start) is not None
    ):
        return None
    closing = end.until or end.when
    if closing is None:
        return None
    opens, closes = _calendar_day(start.when.value), _calendar_day(closing.value)
    if opens is None or closes is None:
        return None
    length = (tables.weekdays[last] - tables.weekdays[first]) % 7
    into = (published.isoweekday() - tables.weekdays[first]) % 7  # days from its first day to publication
    if length == 0 or into > length:
        return None
    first_day = published - datetime.timedelta(days=into)
    # by whole weeks only: "until midnight on Sunday" is read as the midnight that ends it, Monday's 00:00
    return (
        _moved_with_its_end(start, _whole_weeks(first_day - opens)),
        _moved_with_its_end(end, _whole_weeks(first_day + datetime.timedelta(days=length) - closes)),
    )


def _whole_weeks(by: datetime.timedelta) -> datetime.timedelta:
    """`by` rounded to the nearest whole number of weeks."""
    return _A_WEEK * round(by.days / 7)


def _moved_with_its_end(mention: TimeMention, by: datetime.timedelta) -> TimeMention:
    """A mention moved `by`, its day and the day it runs until alike."""
    return attrs.evolve(
        mention,
        when=_moved(mention.when, by) if mention.when is not None else None,
        until=_moved(mention.until, by) if mention.until is not None else None,
    )


def _moved(when: When, by: datetime.timedelta) -> When:
    day = _calendar_day(when.value)
    return when if day is None else attrs.evolve(when, value=(day + by).isoformat() + when.value[10:])


def _calendar_day(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:  # "XXXX-WXX-5": no calendar day
        return None


_THAT_DAY_AFTER = re.compile(r"\s(?i:that\sday|the\ssame\sday)\b")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]|\n\s*\n")
_THAT_DAY_REACH = 200
"""How far back "that day" may look for the day it means, within the same sentence."""


_DAY_FROM_A_DAY_REACH = 400
"""How far back "the following day" may look for the day it counts from, in its sentence or the one before."""


def _days_from_a_day(mentions: list[TimeMention], text: str, tables: _Tables) -> list[TimeMention]:
    """
    Date "the following day" or "the day before" from the last calendar day named before it.

    "agreed at Novye Atagi on August 22 and that took effect at noon the following day": August 23.
    Only in its sentence or the one before it in the same paragraph; further off, or with no day
    before it, it is left out rather than counted from the publication date.
    """
    out: list[TimeMention] = []
    day: TimeMention | None = None  # the last calendar day kept, so each mention is looked at once
    for mention in mentions:
        offset = tables.days_from_a_day.get(" ".join(mention.text.lower().split()))
        if offset is None or mention.when is not None:
            out.append(mention)
            day = mention if _is_day(mention) else day
            continue
        if day is None or day.when is None or mention.span.start - day.span.end > _DAY_FROM_A_DAY_REACH:
            continue
        between = text[day.span.end : mention.span.start]
        if "\n" in between or len(_SENTENCE_BREAK.findall(between)) > 1:
            continue
        value = day_after(day.when.value, offset)
        if value is not None:
            day = attrs.evolve(
                mention, when=When(value=value, precision=Precision.DAY, text=mention.text, span=mention.span)
            )
            out.append(day)
    return out


_EARLIER = re.compile(r"(?i:(?P<n>[\w-]+)\s(?P<unit>days?|weeks?)\searlier)")
"""Days counted back in a story's own time: "10 days earlier", "a week earlier"; not "ago", counted from now."""
_EARLIER_REACH = 200
"""How far back "10 days earlier" may look, within its sentence, for the day it counts from."""


def _earlier_than_a_day(mentions: list[TimeMention], text: str, tables: _Tables) -> list[TimeMention]:
    """
    Count "N days earlier" back from the last calendar day named before it in its sentence.

    "Kiir ordered his army on Friday to leave Heglig, which it had seized 10 days earlier": ten days
    before that Friday, not before the day of publication, as "ago" would be. With no such day, the
    count stays from the publication date.
    """
    out: list[TimeMention] = []
    day: TimeMention | None = None
    for mention in mentions:
        when = mention.when
        earlier = _EARLIER.fullmatch(mention.text) if when is not None else None
        if (
            when is None
            or earlier is None
            or day is None
            or day.when is None
            or mention.span.start - day.span.end > _EARLIER_REACH
        ):
            out.append(mention)
            day = mention if _is_day(mention) else day
            continue
        between = text[day.span.end : mention.span.start]
        count = _number(earlier.group("n"), tables)
        value = (
            None
            if "\n" in between or _SENTENCE_BREAK.search(between) or count is None or count != int(count)
            else day_after(day.when.value, -int(count) * (7 if earlier.group("unit")[0] in "wW" else 1))
        )
        out.append(mention if value is None else attrs.evolve(mention, when=attrs.evolve(when, value=value)))
    return out


def _that_day(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    """
    Give a clock time said "that day", or hours from a day's deed, the day named before it in the sentence.

    "on Saturday, April 19, ordering his troops to stop all hostilities from 6 p.m. that day":
    18:00 on April 19; "pounded Saada on Tuesday, hours before a cease-fire ... was to take effect
    at 11 p.m.": 23:00 on that Tuesday. Without such a day, the clock time stays without one.
    """
    out: list[TimeMention] = []
    last_day: TimeMention | None = None  # the last day told so far, kept as we go: no search back
    for mention in mentions:
        told = _told_that_day(mention, last_day, text)
        out.append(told)
        if _is_day(told):
            last_day = told
    return out


def _told_that_day(mention: TimeMention, day: TimeMention | None, text: str) -> TimeMention:
    """`mention` with the day told before it when it is a clock time said "that day" or hours from it."""
    if (
        day is None
        or not _is_clock_only(mention)
        or mention.span.start - day.span.end > _THAT_DAY_REACH
        or _SENTENCE_BREAK.search(text, day.span.end, mention.span.start)
    ):
        return mention
    after = _THAT_DAY_AFTER.match(text, mention.span.end)
    if after is not None:
        combined = _combine(day, mention, text)  # in text order: the day, then the clock time
        span = span_at(mention.span.start, after.end())
        return attrs.evolve(combined, span=span, text=text[span.start : span.end])
    if (
        _HOURS_APART.search(text, day.span.end, mention.span.start) is None
        or _CLOCK_WITH_A_DAY_AFTER.match(text, mention.span.end) is not None
    ):
        return mention
    # "on Tuesday, hours before a cease-fire was to take effect at 11 p.m.": the clock alone, on that day
    combined = _combine(day, mention, text)
    if combined.when is not None and "midnight" in mention.text.lower():
        # "on Saturday, hours before a ceasefire was due to take hold at midnight": the midnight ending it
        combined = attrs.evolve(combined, when=_moved(combined.when, datetime.timedelta(days=1)))
    return attrs.evolve(combined, span=mention.span, text=mention.text)


_HOURS_APART = re.compile(r"(?i:\bhours\sbefore\b)")
"""A clock time told hours from a day's deed: "pounded Saada on Tuesday, hours before a truce ... at 11 p.m."."""
_CLOCK_WITH_A_DAY_AFTER = re.compile(r"[\s,(]{1,3}(?:\d{3,4}\s?GMT\s)?(?:(?i:on|of)\s)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
"""A clock time whose own day follows it: "at 11 p.m. on Wednesday", "at midnight (2100 GMT Friday)"."""


_BETWEEN_DAYS = re.compile(r"\s(?i:between)\s")
_AND = re.compile(r"\s(?i:and)\s")
_AS_DAY = re.compile(r",?\s(?i:as)\s")
_TURNS_TO = re.compile(r"\s(?i:turns|turned|turning|rolls|rolled|ticks|ticked)\s(?i:in)?to\s")
"""A night told by its two days turning: "at midnight (1800 GMT), as Friday turns to Saturday"."""


def _midnights_between(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    """
    Read "midnight between Thursday and Friday", or "midnight, as Thursday turned to Friday", as 00:00 on the Friday.

    A midnight that starts ("from midnight between ...") starts the second day; one that ends a
    window ("from 6 p.m. until midnight between Sunday and Monday") ends the first. Anything
    else is left as found.
    """
    out: list[TimeMention] = []
    index = 0
    while index < len(mentions):
        midnight = mentions[index]
        # "at midnight (1800 GMT), as Friday turns to Saturday": the zone's gloss is read past
        glossed = index + 1 < len(mentions) and _glosses(mentions[index + 1], midnight, text)
        gloss_end = mentions[index + 1].span.end + 1 if glossed else midnight.span.end
        taken = 4 if glossed else 3
        after = mentions[index + taken - 2 : index + taken]
        if (
            len(after) == 2
            and _is_clock_only(midnight)
            and (midnight.clock_end == "00:00" or (midnight.clock_start == "00:00" and midnight.clock_end is None))
            and "midnight" in midnight.text.lower()
            and all(_is_day(day) for day in after)
            and (
                (
                    not glossed
                    and _BETWEEN_DAYS.fullmatch(text, midnight.span.end, after[0].span.start)
                    and _AND.fullmatch(text, after[0].span.end, after[1].span.start)
                )
                or (
                    _AS_DAY.fullmatch(text, gloss_end, after[0].span.start)
                    and _TURNS_TO.fullmatch(text, after[0].span.end, after[1].span.start)
                )
            )
        ):
            # "from midnight between Thursday and Friday" starts Friday; "until midnight between Sunday and
            # Monday" ends Sunday, which an end at midnight reads as 00:00 on the Monday
            day = after[0] if midnight.clock_end == "00:00" else _the_night_after(after[0], after[1])
            span = span_at(midnight.span.start, after[1].span.end)
            words = text[span.start : span.end]
            if midnight.clock_start is not None and midnight.clock_end == "00:00":
                # "from 6 p.m. until midnight between Sunday and Monday": the end is known, the start's day is not
                assert day.when is not None  # noqa: S101 - _is_day checked it
                end = _at(day.when, "00:00", next_day=True)
                until = When(value=end, precision=Precision.MINUTE, text=words, span=span) if end else None
                out.append(attrs.evolve(midnight, span=span, text=words, until=until))
            else:
                out.append(attrs.evolve(_combine(midnight, day, text), span=span, text=words))
            index += taken
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            following is not None
            and _is_day(midnight)
            and _is_day(following)
            and _AS_DAY_BEFORE.search(text, max(0, midnight.span.start - 8), midnight.span.start)
            and _TURNS_TO.fullmatch(text, midnight.span.end, following.span.start)
        ):
            # "The statement took effect as Wednesday turned into Thursday": a midnight, though none is named
            out.append(_turning_night(midnight, following, text))
            index += 2
            continue
        out.append(midnight)
        index += 1
    return out


_AS_DAY_BEFORE = re.compile(r"(?i:\b(?:as|when)\s)$")
"""Right before a night told by its days alone: "took effect as Wednesday turned into Thursday"."""


def _turning_night(first: TimeMention, second: TimeMention, text: str) -> TimeMention:
    """The midnight two days turning tell, "Wednesday turned into Thursday": 00:00 on the second."""
    day = _the_night_after(first, second)
    assert day.when is not None  # noqa: S101 - _is_day checked it
    span = span_at(first.span.start, second.span.end)
    words = text[span.start : span.end]
    when = When(value=f"{day.when.value}T00:00", precision=Precision.MINUTE, text=words, span=span)
    return attrs.evolve(day, span=span, text=words, when=when, clock_start="00:00")


def _glosses(gloss: TimeMention, midnight: TimeMention, text: str) -> bool:
    """Whether `gloss` is a clock time in another zone in brackets right after `midnight`: "midnight (1800 GMT)"."""
    return (
        _is_clock_only(gloss)
        and gloss.timezone is not None
        and text[midnight.span.end : gloss.span.start] in ("(", " (")
        and text[gloss.span.end : gloss.span.end + 1] == ")"
    )


def _the_night_after(first: TimeMention, second: TimeMention) -> TimeMention:
    """
    The second day of a night told as two weekdays, counted from the first when the two were read a week apart.

    "starting at midnight between Friday and Saturday" in a story of Friday: the Saturday to come, though
    "Saturday" alone reads as the one gone.
    """
    if first.when is None or second.when is None or first.when.precision is not Precision.DAY:
        return second
    following = day_after(first.when.value)
    if following is None or second.when.precision is not Precision.DAY or not _FULL_DATE.fullmatch(second.when.value):
        return second
    apart = datetime.date.fromisoformat(second.when.value) - datetime.date.fromisoformat(following)
    if apart.days == 0 or apart.days % 7:
        return second  # the day after already, or not the same weekday: as read
    return attrs.evolve(second, when=attrs.evolve(second.when, value=following))


_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _local_times(mentions: list[TimeMention], text: str, published: datetime.date | None) -> list[TimeMention]:
    """Fold each restatement in another zone into the local time before it: "at midnight (2100 GMT Saturday)"."""
    folded: list[TimeMention] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        previous = folded[-1] if folded else None
        closing = mentions[index + 1] if index + 1 < len(mentions) else None
        if previous is not None and _in_brackets(previous, mention, text) and _restates(previous, mention):
            folded[-1] = _in_local_time(previous, mention, text, published)
        elif previous is not None and closing is not None and _window_restated(previous, mention, closing, text):
            # "from 0600 to 1400 local time (2330 GMT on Monday to 0730 GMT on Tuesday)": the local window's day
            opening = attrs.evolve(previous, clock_end=None)
            local = _in_local_time(opening, mention, text, published)
            span = span_at(previous.span.start, closing.span.end + 1)
            folded[-1] = attrs.evolve(
                local,
                clock_end=previous.clock_end,
                span=span,
                text=text[span.start : span.end],
                when=attrs.evolve(local.when, text=text[span.start : span.end], span=span) if local.when else None,
            )
            index += 1  # the bracket's closing time is said of the same window
        else:
            folded.append(mention)
        index += 1
    return folded


def _window_restated(local: TimeMention, opening: TimeMention, closing: TimeMention, text: str) -> bool:
    """A local window with no day, then in brackets the same window in another zone with its days."""
    return (
        local.clock_start is not None
        and local.clock_end is not None
        and local.when is None
        and _OPEN_BRACKET.fullmatch(text, local.span.end, opening.span.start) is not None
        and _restates(attrs.evolve(local, clock_end=None), opening)
        and _TO.fullmatch(text, opening.span.end, closing.span.start) is not None
        and closing.timezone is not None
        and text.startswith(")", closing.span.end)
    )
