"""
Stage 0: cut raw text into title, dateline, paragraphs and sentences, keeping offsets.

The text is never changed: every span indexes the original string. Sentence ends are found
in one left-to-right pass over candidate punctuation; a period after an abbreviation
("Gen.", "Nov.") never ends a sentence, one after a dotted acronym ("U.N.", "p.m.") ends it
only when a usual sentence opener follows.
"""

from __future__ import annotations

import datetime
import functools
import re

import attrs
from dateutil import parser as date_parser

from ceasefire._lexicon import Lexicon
from ceasefire._model import Article, Dateline, Span, span_at, text_id


@attrs.frozen
class _Tables:
    """The segmentation words of a lexicon, compiled once."""

    titles: frozenset[str]
    acronyms: frozenset[str]
    openers: frozenset[str]
    clock_words: frozenset[str]
    clock_followers: frozenset[str]
    dateline: re.Pattern[str]
    dated_only: re.Pattern[str]
    agency_named: re.Pattern[str]
    full_date: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_names: re.Pattern[str]


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
# A sentence may end at . ! ? (and closing quotes or brackets after them) followed by space.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.]{1,12})$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(]?(\w*)")


_OUTLET = r"[A-Z][\w'’.&-]*(?:[ ][A-Z][\w'’.&-]*){0,3}"
"""Any outlet's name, in up to four capitalised words: "Radio Ndeke Luka", "VOI"."""
_AFTER_AGENCY = r"""(?:[ ]?(?:-{1,2}|[–—])[ ]?|\.-[ ]?|[ ](?=[A-Z"“]))"""
"""After the agency: a dash ("(Reuters) -"), EFE's ".-", or only a space before the story ("(PTI) India")."""


@functools.lru_cache(maxsize=8)
def _tables(lexicon: Lexicon) -> _Tables:
    agencies = "|".join(re.escape(a) for a in sorted(lexicon.word_list("dateline.agencies"), key=len, reverse=True))
    agencies = agencies or r"(?!x)x"
    # Datelines such as MOSCOW, Nov 2 (Reuters) - ; BEIRUT (AP) — ; KYIV, Ukraine — ; KHARTOUM—; the region may be
    # "DR Congo" or "Democratic Republic of Congo"
    dateline = re.compile(
        rf"""(?P<place>[A-Z][A-Z.'’/-]*(?:[ ][A-Z][A-Z.'’/-]*){{0,3}})
        (?:,[ ](?P<region>[A-Z][A-Za-z]+(?:[ ](?:of[ ])?[A-Z][a-z]+){{0,3}}))?
        (?:[,.]?[ ](?P<date>(?:[A-Z][a-z]{{2,8}}\.?[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?
                         |\d{{1,2}}[ ][A-Z][a-z]{{2,8}}(?:[ ]\d{{4}})?)))?
        (?:[ ]?\((?P<agency>{agencies})\){_AFTER_AGENCY}
          |\.?[ ]/(?P<slashed>{agencies})/\.?[ ]  # "MOSCOW, March 8. /TASS/."
          |(?<=\d):[ ]  # "RAWALPINDI, March 29: " as Pakistan's press writes it, after a date only
          |[ ]?(?:-{{1,2}}[ ]|[–—][ ]?))""",
        re.VERBOSE,
    )
    # ... or only a date and an agency: Nov 2 (Reuters) - ; or a full date alone: 2 June 2022 — ;
    # or a date and the place in capitals, in brackets, as Sudan Tribune writes: August 13, 2024 (KADUGLI) –
    dated_only = re.compile(
        rf"""(?P<date>[A-Z][a-z]{{2,8}}\.?[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?|\d{{1,2}}[ ][A-Z][a-z]{{2,8}}(?:[ ]\d{{4}})?)
        (?:[ ]?\((?P<agency>{agencies})\)|[ ]\((?P<place>[A-Z][A-Z'’-]{{2,20}}(?:[ ][A-Z][A-Z'’-]{{1,20}}){{0,2}})\))?
        [ ]?(?:-{{1,2}}[ ]|[–—][ ]?)""",
        re.VERBOSE,
    )
    # ... or a place in ordinary case, when the agency in brackets makes it a dateline: Lviv (AFP) -; its country
    # may follow in brackets, as EFE writes: Popayán (Colombia), Nov 13 (EFE).-
    agency_named = re.compile(
        rf"""(?P<place>[A-Z][^\W\d_'’-]*[a-zá-ÿ'’-]+(?:[ ][A-Z][^\W\d_'’-]+){{0,2}})
        (?:[ ]\((?P<country>[A-Z][A-Za-z]+(?:[ ][A-Z][a-z]+){{0,2}})\))?
        (?:,[ ](?P<region>[A-Z][A-Za-z]+(?:[ ](?:of[ ])?[A-Z][a-z]+){{0,3}}))?
        (?:,[ ](?P<date>[A-Z][a-z]{{2,8}}\.?[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?
                      |\d{{1,2}}[ ][A-Z][a-z]{{2,8}}(?:[ ]\d{{4}})?))?
        # after a date, any name in brackets is the outlet's: "Bangui, July 24 (Radio Ndeke Luka) -"
        [ ]?\((?P<agency>(?(date)(?:{agencies}|{_OUTLET})|(?:{agencies})))\){_AFTER_AGENCY}""",
        re.VERBOSE,
    )
    months = {
        name.rstrip(".").lower(): int(number)
        for name, _, number in (w.partition("=") for w in lexicon.word_list("time.months"))
    }
    month = "|".join(sorted({m.title() for m in months}, key=len, reverse=True)) or r"(?!x)x"
    # "August 31, 2007", "Oct. 14, 2004", "December 3 - 2025", "June 14/2025", "12 August 2025", "10 May ,2025";
    # "2025-05-10", "2025.04.08"; "14/02/2025", "04/23/2011", "08-11-2024" (day or month first)
    full_date = re.compile(
        rf"""(?<![\w.])(?:(?P<month>{month})\.?[ ](?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,[ ]?|[ ]-[ ]|[ ]|/)
        |(?P<day_first>[0-3]?\d)(?:st|nd|rd|th)?[ ](?:of[ ])?(?P<month_after>{month})\.?(?:[ ]?,[ ]?|[ ]))
        (?P<year>(?:19|20)\d\d)(?![\w.]\d)
        |(?<![\w./-])(?P<year_first>(?:19|20)\d\d)(?P<sep>[-./])(?P<month_number>[01]?\d)(?P=sep)(?P<day_number>[0-3]?\d)
        (?![\w/-]|\.\d)
        |(?<![\w./-])(?P<first>[0-3]?\d)(?P<sep2>[-./])(?P<second>[0-3]?\d)(?P=sep2)(?P<numeric_year>(?:19|20)\d\d)
        (?![\w/-]|\.\d)""",
        re.VERBOSE,
    )
    weekdays = {name: int(number) for name, _, number in (w.partition("=") for w in lexicon.word_list("time.weekdays"))}
    return _Tables(
        titles=frozenset(w.lower() for w in lexicon.word_list("abbreviation.title")),
        acronyms=frozenset(w.lower() for w in lexicon.word_list("abbreviation.acronym")),
        openers=frozenset(lexicon.word_list("sentence.openers")),
        clock_words=frozenset(w.lower() for w in lexicon.word_list("abbreviation.clock")),
        clock_followers=frozenset(lexicon.word_list("sentence.after_clock")),
        dateline=dateline,
        dated_only=dated_only,
        agency_named=agency_named,
        full_date=full_date,
        months=months,
        weekdays=weekdays,
        weekday_names=re.compile(rf"\b(?:{'|'.join(weekdays) or '(?!x)x'})\b"),
    )


def _title(text: str) -> tuple[str | None, int]:
    """The first line when a blank line follows it, and where the body starts."""
    first = text.lstrip()
    lead = len(text) - len(first)
    line_end = text.find("\n", lead)
    if line_end < 0:
        return None, 0
    rest = text[line_end + 1 :]
    if not rest.lstrip(" \t\r").startswith("\n") and not rest.startswith("\r\n"):
        return None, 0
    title = text[lead:line_end].strip()
    if not title or len(title) > 300:
        return None, 0
    return title, line_end


def _paragraphs(text: str, start: int) -> tuple[Span, ...]:
    """Blocks between blank lines; single line breaks split them when the text has no blank lines."""
    body = text[start:]
    breaker = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(body) else _LINE_BREAK
    spans: list[Span] = []
    position = start
    for found in breaker.finditer(text, start):
        _add_trimmed(text, position, found.start(), spans)
        position = found.end()
    _add_trimmed(text, position, len(text), spans)
    return tuple(spans)


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(span_at(start, end))


_ZONE_NAMED = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:\s(?:Standard|Daylight|Summer))?\s[Tt]ime\b")
"""A zone named by a place, after a clock time: not the start of a sentence."""


def _ends_sentence(text: str, match: re.Match[str], tables: _Tables) -> bool:
    punctuation = match.group(0)
    if not punctuation.startswith(".") or len(punctuation.rstrip("\"'”’)]")) > 1:
        return True
    word = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
    before = word.group(1).lower().lstrip(".") if word else ""
    after = _NEXT_WORD.match(text, match.end())
    following = after.group(1) if after else ""
    if not following:
        return True
    if before in tables.titles or before.rsplit(".", 1)[-1] in tables.titles:
        return False
    if before in tables.clock_words:  # "at 9 a.m. Talks resumed" ends; "9 a.m. Tuesday", "6 p.m. Moscow time" do not
        # "6 p.m. Moscow time", "3 p.m. Central Africa Time", "8 a.m. Eastern Standard Time"
        zone = bool(after and _ZONE_NAMED.match(text, after.start(1)))
        return following[:1].isupper() and following not in tables.clock_followers and not zone
    if before in tables.acronyms or (len(before) == 1 and before.isalpha()) or "." in before:
        return following in tables.openers
    return not following[:1].islower()


_BULLET = re.compile(r"\n[ \t]*+(?=[-•*·▪][ \t])")
"""A line that opens with a bullet ("Key points:\n- Leaders ... signed a truce\n- At least 23 men"): a sentence."""


def _sentences(text: str, paragraphs: tuple[Span, ...], tables: _Tables) -> tuple[Span, ...]:
    spans: list[Span] = []
    for paragraph in paragraphs:
        position = paragraph.start
        ends = [
            m.end()
            for m in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end)
            if _ends_sentence(text, m, tables)
        ]
        bullets = [m.start() for m in _BULLET.finditer(text, paragraph.start, paragraph.end)]
        for end in sorted({*ends, *bullets}) if bullets else ends:
            _add_trimmed(text, position, end, spans)
            position = end
        _add_trimmed(text, position, paragraph.end, spans)
    return tuple(spans)


_BYLINE = re.compile(r"By[ ][A-Z][^\n]{0,80}\n")


def _dateline(text: str, start: int, published: datetime.date | None, tables: _Tables) -> Dateline | None:
    head = _skip_spaces(text, start)
    byline = _BYLINE.match(text, head)
    if byline is not None:  # "By John Smith" on a line of its own, before the dateline
        head = _skip_spaces(text, byline.end())
    match = _dateline_at(text, head, tables)
    for _ in range(_HEADER_LINES):
        header = _HEADER_LINE.match(text, head)
        if match is not None or header is None:
            break
        # "News release, 04 November 2020", "(Adds details, quotes)", "By Daniel Okafor" above it
        head = _skip_spaces(text, header.end())
        match = _dateline_at(text, head, tables)
        if match is not None and _agency_of(match) is None and not match.group("date"):
            match = None  # past a line of its own, only a dateline that names its agency or its date
    if match is None:
        return None
    return _read_dateline(match, published)


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


_HEADER_LINES = 3
"""How many short lines may stand between the title and the dateline."""
_HEADER_LINE = re.compile(r"[^\n]{0,99}[^\n.!?\"”]\n")
"""A short line with no sentence in it, over a dateline: a byline, a release's date."""


def _dateline_at(text: str, head: int, tables: _Tables) -> re.Match[str] | None:
    match = tables.dateline.match(text, head, min(len(text), head + 120))
    if match is not None and len(match.group("place")) < 3:  # shorter is an initialism, not a place
        match = None
    if match is None:
        match = tables.agency_named.match(text, head, min(len(text), head + 120))
    if match is None:
        match = tables.dated_only.match(text, head, min(len(text), head + 60))
        if match is not None and not match.group("agency") and not re.search(r"\d{4}", match.group("date")):
            match = None  # a date alone, without its year, may be the first words of the story
    return match


def _agency_of(match: re.Match[str]) -> str | None:
    """The agency of a dateline, in brackets ("(Reuters)") or slashes ("/TASS/")."""
    groups = match.groupdict()
    return groups.get("agency") or groups.get("slashed")


def _read_dateline(match: re.Match[str], published: datetime.date | None) -> Dateline:
    place = match.groupdict().get("place")
    date: datetime.date | None = None
    if match.group("date"):
        default = datetime.datetime(published.year if published else 1900, 1, 1)  # noqa: DTZ001 - a calendar date
        try:
            parsed = date_parser.parse(match.group("date").replace(".", ""), default=default, ignoretz=True)
        except (ValueError, OverflowError):
            parsed = None
        has_year = re.search(r"\d{4}", match.group("date")) is not None
        if parsed is not None and (published is not None or has_year):
            date = parsed.date()
            if published is not None and not has_year and date > published + datetime.timedelta(days=1):
                date = _year_before(date)  # "Dec 30" in a story published on Jan. 2: last year's
    return Dateline(
        place=place.rstrip(".").title() if place else None,
        date=date,
        agency=_agency_of(match),
        span=span_at(match.start(), match.end()),
    )


_PUBLISHED_LINE = re.compile(
    r"(?im:^(?:published|first\spublished|posted|updated|last\supdated|issued)(?:\s(?:on|at))?:?[ \t]+"
    r"(?P<date>[^\n|]{6,40}?)[ \t]*(?:\||$))"
)
_PUBLISHED_REACH = 400
"""How far into the body a page's "Published:" line may stand, above the story."""


_DOTTED_DATE_LINE = re.compile(
    r"(?m:^[^\n]{0,80}?(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d.])[^\n]{0,40}$)"
)
"""A byline's line with a day written with dots, day first: "Addis Getachew |21.03.2025 - Update : 21.03.2025"."""


def _published_line(text: str, start: int, tables: _Tables) -> datetime.date | None:
    """The date of a web page's "Published: Nov 9, 2023 12:35 pm" line above the story, when it gives a year."""
    found = _PUBLISHED_LINE.search(text, start, min(len(text), start + _PUBLISHED_REACH))
    if found is None:
        return _dotted_date_line(text, start)
    if not re.search(r"\d{4}", found.group("date")):
        return None
    full = tables.full_date.search(text, found.start("date"), found.end("date"))
    if full is not None:  # "Published on 12/09/2025 - 14:05": day or month first, told apart by the weekday
        return _full_date(full, text, tables)
    try:
        # ignoretz: only the day is wanted, and a zone dateutil does not know ("IST") would warn
        return date_parser.parse(found.group("date"), fuzzy=True, ignoretz=True).date()
    except (ValueError, OverflowError):
        return None


def _dotted_date_line(text: str, start: int) -> datetime.date | None:
    """The day of a byline's line with a day written with dots, day first: "Addis Getachew |21.03.2025"."""
    dotted = _DOTTED_DATE_LINE.search(text, start, min(len(text), start + _PUBLISHED_REACH))
    if dotted is None:
        return None
    try:
        return datetime.date(int(dotted.group("year")), int(dotted.group("month")), int(dotted.group("day")))
    except ValueError:  # "31.02.2025"
        return None


_DATE_LINE_LENGTH = 100
"""How long a line above the story may be and still be a byline's or a page's line, not a sentence of it."""
_DATE_LINE_WORDS = 4
"""How many words in lower case a date line may hold besides its date: "by", "pm", "min read"."""
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_SENTENCE_CLOSE = re.compile(r"[a-z\d][.!?][\"”’]?[ \t\r]*$")
"""How a line of a sentence ends ("The war began on June 1, 2019."); a date line does not."""
_FIRST_PUBLISHED = re.compile(r"(?i:\bfirst\spublished\s(?:on\s)?)")
"""A closing line that dates the story: "This report by The Canadian Press was first published Aug. 20, 2024."."""
_FOOTER_REACH = 300


def _date_line(text: str, start: int, tables: _Tables) -> datetime.date | None:
    """
    The full date of a short line above the story, or of a closing "first published" line.

    "August 31, 2007", "Mon 18 Nov 2024 10.42 GMT", a byline's "By Amira Salih | 19 September 2024".
    A line of a sentence is no date line: it is long, ends as a sentence does, or holds more words in
    lower case than a byline does, so a date told in the story (even in text wrapped at 80 columns)
    never dates it.
    """
    end = min(len(text), start + _PUBLISHED_REACH)
    at = start
    while at < end:
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - at <= _DATE_LINE_LENGTH and not _SENTENCE_CLOSE.search(text, at, line_end):
            found = tables.full_date.search(text, at, line_end)
            if (
                found is not None
                and len(_LOWER_WORD.findall(text, at, found.start()))
                + len(_LOWER_WORD.findall(text, found.end(), line_end))
                <= _DATE_LINE_WORDS
            ):
                return _full_date(found, text, tables)
        at = line_end + 1
    footer = _FIRST_PUBLISHED.search(text, max(start, len(text) - _FOOTER_REACH))
    if footer is not None:
        found = tables.full_date.match(text, footer.end())
        if found is not None:
            return _full_date(found, text, tables)
    return None


_LEAD_DATE_REACH = 100
_PLACE_WORDS = 2
"""How many words in lower case a dateline's place may hold: "Deir el-Balah"."""
_AFTER_LEAD_DATE = re.compile(r"\)?[ ]?(?:\([^()\n]{1,30}\)[ ]?)?(?:-{1,2}|[–—]|:)")
"""What ends a dateline after its date: "(AFP) -", " –", ":", or the bracket around it: "BOGOTA (2023-08-03) -"."""


def _lead_dateline(text: str, lead: Span, tables: _Tables) -> Dateline | None:
    """
    A dateline with a full date that the agency patterns do not read, with the day it names.

    "GOMA, DR Congo, Aug 22, 2025 (AFP) -", "Addis Abeba, November 03/2022 –",
    "Ouagadougou, Burkina Faso / Niamey, Niger, June 18, 2024 —": its date is no time the story tells.
    """
    found = tables.full_date.search(text, lead.start, min(lead.end, lead.start + _LEAD_DATE_REACH))
    if found is None or len(_LOWER_WORD.findall(text, lead.start, found.start())) > _PLACE_WORDS:
        return None
    closing = _AFTER_LEAD_DATE.match(text, found.end())
    if closing is None:
        return None
    place = text[lead.start : found.start()].split(",", maxsplit=1)[0].strip()
    return Dateline(place=place or None, date=_full_date(found, text, tables), span=span_at(lead.start, closing.end()))


def _full_date(found: re.Match[str], text: str, tables: _Tables) -> datetime.date | None:
    """The day a full date names; None for a day no calendar has ("February 30, 2025") or one it cannot tell."""
    try:
        if found.group("year_first"):
            return datetime.date(
                int(found.group("year_first")), int(found.group("month_number")), int(found.group("day_number"))
            )
        if found.group("numeric_year"):
            return _numeric_date(found, text, tables)
        month = tables.months[(found.group("month") or found.group("month_after")).lower()]
        day = int(found.group("day") or found.group("day_first"))
        return datetime.date(int(found.group("year")), month, day)
    except ValueError:
        return None


_WEEKDAY_REACH = 600
"""How far past a numeric date the story may name the weekday that tells its day from its month."""
_LEAD_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
_TO_COME_BEFORE = re.compile(
    r"(?i:\b(?:will|would|shall|is\sto|are\sto|due\sto|set\sto)\b(?:(?!\b(?:said|says|told|tells|announced|added)\b)[^.;])*)$"
)
"""
Before a weekday in the lead, what makes it a day to come: "guns will go quiet around the town ... on Thursday"; a
saying after the modal ends its clause ("will observe a ceasefire from Tuesday, Angola's presidency said on Monday").
"""
_TO_COME_REACH = 80


def _numeric_date(found: re.Match[str], text: str, tables: _Tables) -> datetime.date | None:
    """
    A date of numbers alone, when it can be read one way.

    "14/02/2025" is day first, "04/23/2011" month first. "12/09/2025" could be either: a weekday the
    lead's first sentence names ("said on Friday") tells which, when only one reading falls on that day or
    the day after it (news is told the day it happens or the next), or nothing does.
    """
    year, first, second = int(found.group("numeric_year")), int(found.group("first")), int(found.group("second"))
    readings = set()
    for day, month in ((first, second), (second, first)):
        try:
            readings.add(datetime.date(year, month, day))
        except ValueError:
            continue
    if len(readings) == 1:
        return readings.pop()
    # the lead's first sentence: "agreed on Sunday to extend a truce that took effect on Thursday" is Sunday's news
    line_end = text.find("\n", found.end())
    lead_start = _skip_spaces(text, found.end() if line_end < 0 else line_end)
    sentence_end = _LEAD_SENTENCE_END.search(text, lead_start, lead_start + _WEEKDAY_REACH)
    lead = text[lead_start : sentence_end.end() if sentence_end else lead_start + _WEEKDAY_REACH]
    # a day told as to come ("guns will go quiet ... on Thursday") is not the news's own
    named = {
        tables.weekdays[name.group(0)]
        for name in tables.weekday_names.finditer(lead)
        if _TO_COME_BEFORE.search(lead, max(0, name.start() - _TO_COME_REACH), name.start()) is None
    }
    # the news of the day named, told that day or the next ("stormed ... on Thursday", published on the Friday)
    fitting = [date for date in readings if date.isoweekday() in named or (date.isoweekday() - 2) % 7 + 1 in named]
    return fitting[0] if len(fitting) == 1 else None


def _year_before(date: datetime.date) -> datetime.date | None:
    """The same day a year earlier; None for Feb. 29 when that year has none."""
    try:
        return date.replace(year=date.year - 1)
    except ValueError:
        return None


def segment(text: str, *, published: datetime.date | None = None, lexicon: Lexicon | None = None) -> Article:
    """
    Find the title, dateline, paragraphs and sentences of `text`.

    Args:
        text: The story; kept unchanged.
        published: The publication date; when missing, a web page's "Published: Nov 9, 2023" line
            above the story, a short line above it with a full date ("August 31, 2007"), a closing
            "first published" line, or else a dateline's full date ("GOMA, DR Congo, Aug 22, 2025 (AFP) -")
            stands in.
        lexicon: Where the abbreviation and agency words come from.

    Returns:
        The article; the title is not a paragraph, the dateline is part of the first one.
    """
    tables = _tables(lexicon or Lexicon.default())
    title, body_start = _title(text)
    paragraphs = _paragraphs(text, body_start)
    if published is None:
        published = _published_line(text, body_start, tables) or _date_line(text, body_start, tables)
    dateline = _dateline(text, body_start, published, tables) if paragraphs else None
    if published is None and dateline is not None and dateline.date is not None:
        published = dateline.date
    # "Addis Abeba, November 03/2022 –": a dateline the agency patterns miss, and its date when none was found
    unread = paragraphs and (dateline is None or published is None)
    dated = _lead_dateline(text, paragraphs[0], tables) if unread else None
    if dateline is None:
        dateline = dated
    if published is None and dated is not None:
        published = dated.date
    return Article(
        id=text_id(text),
        title=title,
        published=published,
        dateline=dateline,
        text=text,
        paragraphs=paragraphs,
        sentences=_sentences(text, paragraphs, tables),
    )
