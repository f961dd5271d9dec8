"""
Stage: find quantities (digits, number words, vague amounts) and the bounds written before them.

"more than a quarter of a million" is 250,000 at_least; "hundreds" is 200..999 at_least,
its value the least the words allow. Digits inside dates, clock times and years are not
quantities: the time stage claims them first.
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from ceasefire._lexicon import Lexicon
from ceasefire._model import Bound, Number, span_at
from ceasefire._parse._mentions import Analysis, NumberMention
from ceasefire._parse._text import alternation, keyed, phrase_pattern, word_pairs


_WORD_GAP = re.compile(r"[\s-]+")


@attrs.frozen
class _Tables:
    """The number words of a lexicon, compiled once."""

    words: dict[str, float]
    scales: dict[str, float]
    fractions: dict[str, float]
    vague: dict[str, tuple[int, int]]
    bounds: tuple[tuple[re.Pattern[str], Bound], ...]
    pattern: re.Pattern[str]
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    quantifiers: frozenset[str]
    abbreviations: dict[str, float]
    """Scales written right after the digits ("$12m", "1.5bn"): read only where they cannot be a measure."""
    glued: re.Pattern[str]
    """A currency code with digits right after it ("Rs1 million", "Sh200 million"), which no word starts."""
    code_start: re.Pattern[str]
    """Where a currency code may start: one of their first capitals, digits a few letters on (a cheap first pass)."""
    after_code: re.Pattern[str]
    """The number pattern without its look-behind: matched right after a glued currency code."""


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@functools.lru_cache(maxsize=8)
def _tables(lexicon: Lexicon) -> _Tables:
    words = {w.lower(): float(v) for w, v in word_pairs(lexicon, "number.words").items()}
    scales = {w.lower(): float(v) for w, v in word_pairs(lexicon, "number.scales").items()}
    fractions = {w.lower(): float(v) for w, v in word_pairs(lexicon, "number.fractions").items()}
    vague: dict[str, tuple[int, int]] = {}
    for phrase, limits in word_pairs(lexicon, "number.vague").items():
        low, _, high = limits.partition("-")
        vague[phrase.lower()] = (int(low), int(high))
    word_alt = alternation(tuple(words) + tuple(scales))
    scale_alt = alternation(tuple(scales))
    abbreviations = {w.lower(): float(v) for w, v in word_pairs(lexicon, "number.scale_abbreviations").items()}
    abbrev_alt = alternation(tuple(abbreviations), ignore_case=True)
    fraction_alt = alternation(tuple(fractions))
    vague_alt = alternation(tuple(vague))
    body = rf"""(?:
          (?P<fraction>(?:a|one)\s(?:{fraction_alt})\sof\san?\s(?:{scale_alt})|half\san?\s(?:{scale_alt}))
        | (?P<and_half>(?P<whole>\d{{1,3}}|(?:{word_alt})(?:-(?:{word_alt}))?)\sand\sa\shalf\s(?P<hscale>{scale_alt}))
        | (?P<digits>{_DIGITS})(?:[\s-](?P<dscale>{scale_alt})|(?P<abbrev>{abbrev_alt}))?
        | (?P<vague>{vague_alt})(?:\s(?P<vscale>{scale_alt}))?
        | (?P<words>(?:{word_alt})(?:(?:\s|-|\sand\s)(?:{word_alt})){{0,6}})
        )(?![\w]|,\d|\.\d)"""
    pattern = keyed(
        re.compile(rf"(?<![\w.,-]){body}", re.IGNORECASE | re.VERBOSE),
        ["a", "one", "half", "0", *words, *scales, *vague],  # "0": every figure in digits
    )
    codes = sorted(word_pairs(lexicon, "unit.currency_codes"), key=len, reverse=True)
    long_codes = "|".join(re.escape(code) for code in codes if len(code) > 1)
    letters = "".join(re.escape(code) for code in codes if len(code) == 1)
    glued = re.compile(
        rf"(?<![\w.,-])(?:(?:{long_codes})\.?"
        # a single letter only before thousands or a scale: "P75,000", "N5 billion", "R1.2-million"; not "the N1"
        rf"|[{letters}](?=\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?[\s-](?:{scale_alt})\b))(?=\d)"
    )
    bounds = tuple(
        # a quotation may open on the bound: 'to free "more than 700 political prisoners"'
        (re.compile(rf"(?:^|[\s(\"“‘'])(?:{phrase_pattern(lexicon.word_list(name)).pattern})\s$", re.IGNORECASE), bound)
        for name, bound in (
            ("bound.at_least", Bound.AT_LEAST),
            ("bound.at_most", Bound.AT_MOST),
            ("bound.approx", Bound.APPROX),
        )
    )
    months = "|".join(re.escape(m) for m in sorted(lexicon.word_list("number.month_words"), key=len, reverse=True))
    # "May 5", and the days after it in a list: "on May 5, 6 and 7"
    month_before = re.compile(rf"(?<![\w.])(?:{months})\s(?:\d{{1,2}}(?:,\s(?:and\s)?|\s(?:and|or|to)\s)){{0,5}}$")
    # "13 March", "13 and 14 March", "7-8 March", "5, 6 and 7 May": the first days are a date's too
    month_after = re.compile(
        rf"(?:(?:,\s(?:and\s)?|\s(?:and|or|to)\s|\s?[-–]\s?)\d{{1,2}}){{0,5}}\s(?:of\s)?(?:{months})(?![\w])"
    )
    quantifiers = frozenset(
        w.lower()
        for name in ("bound.at_least", "bound.at_most", "bound.approx", "number.determiners")
        for w in lexicon.word_list(name)
    )
    return _Tables(
        words,
        scales,
        fractions,
        vague,
        bounds,
        pattern,
        month_before,
        month_after,
        quantifiers,
        abbreviations,
        glued,
        re.compile(rf"[{''.join(sorted({re.escape(code[0]) for code in codes}))}](?=[A-Za-z]{{0,2}}\.?\d)"),
        re.compile(body, re.IGNORECASE | re.VERBOSE),
    )


def _words_value(text: str, tables: _Tables) -> float | None:
    """
    Add up number words the usual way: "two hundred and fifty thousand" is 250,000.

    Words that make no one number together ("each one three hours in advance") give None.
    """
    total = current = 0.0
    counted = False  # a number or "a" before a scale word: "billion" alone counts nothing ("P10 billion")
    for piece in _WORD_GAP.split(text.lower()):
        if piece in {"and", ""}:
            continue
        if piece == "a":
            counted = True
            continue
        if piece in tables.scales:
            if not counted and not total and not current:
                return None
            scale = tables.scales[piece]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0
        elif piece in tables.words or f"a {piece}" in tables.words:
            word = tables.words.get(piece, tables.words.get(f"a {piece}", 0.0))
            tail = current % 100
            if tail and not (tail % 10 == 0 and tail >= 20 and word < 10):
                return None  # "one three", "five six": words in a row that make no one number
            current += word
            counted = True
        else:
            return None
    return total + current


def _as_number(value: float) -> Number:
    """An integer when the value is one, up to the float error of a scaled decimal ("4.27 billion")."""
    nearest = round(value)
    return int(nearest) if abs(value - nearest) <= _FLOAT_ERROR * max(1.0, abs(value)) else value


_FLOAT_ERROR = 1e-9
"""Relative error of a decimal times its scale: 4.27 * 1e9 is 4269999999.9999995 in binary floating point."""


def _glued_numbers(text: str, tables: _Tables) -> list[re.Match[str]]:
    """The numbers right after a currency code ("Rs1 million"), tried only where a code's first capital is."""
    found = []
    for start in tables.code_start.finditer(text):
        glued = tables.glued.match(text, start.start())
        number = tables.after_code.match(text, glued.end()) if glued is not None else None
        if number is not None:
            found.append(number)
    return found


def _apart(match: re.Match[str], text: str, tables: _Tables) -> list[re.Match[str]]:
    """
    Number words that make no one number, read as the numbers either side of their last "and" or "or".

    "between three and five rebels" is three and five (a range, read as such after), not nothing;
    "two hundred and fifty" is one number and is left whole.
    """
    if not match.group("words") or _value(match, tables) is not None:
        return [match]
    joiner = _LAST_JOINER.search(match.group(0))
    if joiner is None:
        return [match]
    first = tables.after_code.match(text, match.start(), match.start() + joiner.start())
    second = tables.after_code.match(text, match.start() + joiner.end(), match.end())
    return [m for m in (first, second) if m is not None and _value(m, tables) is not None]


_LAST_JOINER = re.compile(r"\s(?:and|or|to)\s(?!.*\s(?:and|or|to)\s)", re.IGNORECASE)


def _value(match: re.Match[str], tables: _Tables) -> tuple[float, tuple[int, int] | None] | None:
    text = match.group(0)
    if match.group("fraction"):
        tokens = text.lower().split()
        fraction = tables.fractions.get(tokens[1], 0.5) if tokens[0] != "half" else 0.5
        return fraction * tables.scales[tokens[-1]], None
    if match.group("and_half"):  # "three and a half million"
        whole = match.group("whole")
        base = float(whole) if whole[0].isdigit() else _words_value(whole, tables)
        return ((base + 0.5) * tables.scales[match.group("hscale").lower()], None) if base is not None else None
    if match.group("digits"):
        value = float(match.group("digits").replace(",", ""))
        if match.group("dscale"):
            value *= tables.scales[match.group("dscale").lower()]
        if match.group("abbrev"):
            value *= tables.abbreviations[match.group("abbrev").lower()]
        return value, None
    if match.group("vague"):
        low, high = tables.vague[" ".join(match.group("vague").lower().split())]
        if match.group("vscale"):  # "several hundred": three to nine hundred
            scale = int(tables.scales[match.group("vscale").lower()])
            low, high = low * scale, high * scale
        return float(low), (low, high)
    lowered = " ".join(text.lower().split())
    if lowered in tables.words:
        return tables.words[lowered], None
    summed = _words_value(text, tables)
    return (summed, None) if summed is not None else None


_MONEY_SIGN_BEFORE = re.compile(r"[$€£¥]\s?$")
_PEOPLE_AFTER = re.compile(
    r"\s(?:people|refugees|civilians|children|residents|migrants|displaced|Gazans|Syrians"
    # "nearly 12m have been driven from their homes": a count of people with its verb, not a measure
    r"|have|had|were|are|remain|need|face|fled)\b"
)


def _scaled_amount(text: str, match: re.Match[str]) -> bool:
    """
    Whether a scale written right after digits is one: "£3m", "$1.5bn", "2.3m people"; not "a 5m wall".

    "bn" and "mn" are always scales; "m" and "k" only after a money sign or before a noun of people or a verb
    ("nearly 12m have been driven from their homes").
    """
    if match.group("abbrev").lower() in {"bn", "mn"}:
        return True
    return bool(
        _MONEY_SIGN_BEFORE.search(text, max(0, match.start() - 2), match.start())
        or _PEOPLE_AFTER.match(text, match.end())
    )


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_SLASH_BEFORE = re.compile(r"(?:1[89]|20)\d\d[/–-]$")
_CLOCK_AFTER = re.compile(r"\s?(?:(?:a\.?m\.?|p\.?m\.?)(?![a-z])|GMT|UTC|hrs\b|:\d)", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"(?:[A-Z][a-z]+|No\.)\s$")
_SHARE_AFTER = re.compile(
    r"(?:-|\s)(?:quarters?|thirds?|halves|fifths?|tenths?)\b|\s?(?:%|percent\b|per\scent\b)", re.IGNORECASE
)
_PLUS_AFTER = re.compile(r"[-\s](?:plus|odd)\b", re.IGNORECASE)
_ONE_IN_AFTER = re.compile(
    r"\sin\s(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\shundred)\b", re.IGNORECASE
)
_ONE_IN_BEFORE = re.compile(r"\b(?:one|two|three|\d{1,2})\sin\s$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"(?:-|\s)(?:years?|months?)(?:-|\s)old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\baged\s$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*,\s$")
_AGE_APPOSITION = re.compile(r",\s(?=[a-z])")
"""A person's age between commas after the name: "Mahmoud Abu Samra, 46, a driver from Rafah"."""
_AGE_LIMIT_BEFORE = re.compile(
    r"\b(?:children|child|babies|infants|kids|girls|boys|those|people)\s(?:under|over|below|above)\s$", re.IGNORECASE
)
"""Before an age limit: "children under five", "people over 60" (not "people over six decades")."""
_TIME_UNIT_AFTER = re.compile(r"\s(?:years?|months?|weeks?|days?|hours?|decades?|centuries)\b", re.IGNORECASE)
_NOT_QUANTITY_AFTER = re.compile(r"\s(?:of|another|day|side|way|by)\b|-(?:time|off|sided|way)\b", re.IGNORECASE)
_PRONOUN_BEFORE = re.compile(r"(?:\bno|\bany|\beach|\bevery|\bthe|\bthis|\bthat)\s$", re.IGNORECASE)


@attrs.frozen
class _Claimed:
    """Spans of dates and clock times, whose digits are not quantities; looked up by bisection."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, analysis: Analysis) -> _Claimed:
        spans = [t.span for t in analysis.times if not t.is_duration_only]  # in text order, disjoint
        return cls([s.start for s in spans], [s.end for s in spans])

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, start) - 1
        if index >= 0 and self.ends[index] > start:
            return True
        following = index + 1
        return following < len(self.starts) and self.starts[following] < end


_DATE_LIST_REACH = 40
"""How far a list of days may run from its month: "May 5, 6 and 7"."""


def _is_excluded(  # noqa: PLR0911 - one reason a line
    text: str, matched: re.Match[str], *, claimed: _Claimed, tables: _Tables
) -> bool:
    start, end = matched.span()
    if claimed.overlaps(start, end):
        return True
    if _SHARE_AFTER.match(text, end):
        return True  # "three-quarters of the population", "40 percent": shares, not counts
    if _AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - 8), start):
        return True  # "a 40-year-old fisherman", "a man aged 45": an age
    if (
        end - start <= 3  # an age has at most three digits
        and text[start:end].isdecimal()
        and _AGE_APPOSITION.match(text, end)
        and _NAME_BEFORE.search(text, max(0, start - 40), start)
    ):
        return True  # "Mahmoud Abu Samra, 46, a driver": an age
    if _AGE_LIMIT_BEFORE.search(text, max(0, start - 16), start) and not _TIME_UNIT_AFTER.match(text, end):
        return True  # "children under five": an age limit
    if _ONE_IN_AFTER.match(text, end) or _ONE_IN_BEFORE.search(text, max(0, start - 12), start):
        return True  # "one in five children": a share
    if _YEAR_SLASH_BEFORE.search(text, max(0, start - 5), start):
        return True  # "the 2025/26 production year": a year's second half
    digits = matched.group("digits")
    after = text[end : end + 6]
    before = text[max(0, start - 12) : start]
    if digits is not None:
        if _YEAR.fullmatch(digits) and not matched.group("dscale"):
            return True  # a bare year
        if _CLOCK_AFTER.match(after):
            return True
        if len(digits) <= 2 and (
            tables.month_before.search(text, max(0, start - _DATE_LIST_REACH), start)
            or tables.month_after.match(text, end, end + _DATE_LIST_REACH)
        ):
            return True  # the day of a date
        label = _LABEL_BEFORE.search(before)
        if (
            label
            and label.group(0).strip().lower() not in tables.quantifiers
            and "," not in digits
            and len(digits) <= 4
        ):
            return True  # Route 1, Resolution 2254
    word = matched.group("words")
    if word is not None and word.lower() in {"one", "a"}:
        return bool(_NOT_QUANTITY_AFTER.match(text, end) or _PRONOUN_BEFORE.search(before))
    return False


def _bound(text: str, start: int, tables: _Tables) -> tuple[int, Bound]:
    """The bound phrase just before `start`, and where it begins."""
    window = text[max(0, start - 30) : start]
    for pattern, bound in tables.bounds:
        found = pattern.search(window)
        if found:
            offset = found.start() + (1 if found.group(0)[:1] in " (\t\n\"“‘'" else 0)
            return start - len(window) + offset, bound
    return start, Bound.EXACT


_HYPHEN_RANGE = re.compile(r"[-–](\d{1,3}(?:,\d{3})+|\d{1,7})(?![\w.,-])")
_BARE_RANGE_GAP = re.compile(r"\s?[-–]\s?|\s(?:to|or)\s", re.IGNORECASE)
"""Between two numbers, what makes them a range with no "between" or "from" before ("10 to 15")."""
_RANGE_GAP = re.compile(r"\s?(?:-|–|to|and|or)\s?", re.IGNORECASE)


def find_numbers(analysis: Analysis) -> Analysis:
    """Find every quantity in the text, with its bound, in text order."""
    text = analysis.article.text
    tables = _tables(analysis.lexicon)
    claimed = _Claimed.of(analysis)
    found: list[NumberMention] = []
    matches = analysis.phrases.all(tables.pattern)
    # "approved Rs1 million": a number glued to its currency's code starts no word, so the index has none
    glued = _glued_numbers(text, tables)
    if glued:
        matches = sorted([*matches, *glued], key=lambda m: m.start())
    for match in (part for whole in matches for part in _apart(whole, text, tables)):
        start, end = match.span()
        if _is_excluded(text, match, claimed=claimed, tables=tables):
            continue
        if match.group("abbrev") and not _scaled_amount(text, match):
            continue  # "a 5m-deep trench": metres, not millions
        read = _value(match, tables)
        if read is None:
            continue
        value, vague = read
        span_start, bound = _bound(text, start, tables)
        low: Number | None = None
        high: Number | None = None
        if vague is not None:
            low, high = vague
            bound = Bound.AT_LEAST if bound is Bound.EXACT else bound
        previous = found[-1] if found else None
        if (
            previous is not None
            and previous.vague is False
            and vague is None
            and previous.span.end == previous.number_span.end
            and (
                _BARE_RANGE_GAP.fullmatch(text, previous.number_span.end, start)
                or (
                    _RANGE_GAP.fullmatch(text[previous.number_span.end : start])
                    and text[max(0, previous.span.start - 8) : previous.span.start].lower().strip()
                    in {"between", "from"}
                )
            )
        ):
            # "between 5 and 10", "from 200 to 300", "10 to 15 hostages", "two or three": one range
            first, last = previous.value, _as_number(value)
            if first <= last:  # "from 22 to 2" is no range: two numbers
                found[-1] = attrs.evolve(
                    previous,
                    span=span_at(previous.span.start, end),
                    text=text[previous.span.start : end],
                    low=first,
                    high=last,
                    bound=Bound.RANGE,
                )
                continue
        plus = _PLUS_AFTER.match(text, end)
        if plus is not None and bound is Bound.EXACT:  # "1,000-plus families", "50-odd"
            end, bound = plus.end(), Bound.AT_LEAST
        hyphened = _HYPHEN_RANGE.match(text, end) if match.group("digits") and vague is None else None
        if hyphened is not None and value <= float(hyphened.group(1).replace(",", "")):
            # "200-300 families": a range written with a dash, which the number pattern does not start at
            low, high = _as_number(value), _as_number(float(hyphened.group(1).replace(",", "")))
            end, bound = hyphened.end(), Bound.RANGE
        found.append(
            NumberMention(
                span=span_at(span_start, end),
                number_span=span_at(start, end),
                text=text[span_start:end],
                value=_as_number(value),
                low=low,
                high=high,
                bound=bound,
                vague=vague is not None,
            )
        )
    return attrs.evolve(analysis, numbers=tuple(found))
