"""The time stage: every common form of date, clock and duration, resolved by tense, never guessed."""

from __future__ import annotations

import datetime

import pytest
from stage import analyse

from ceasefire._parse._mentions import TimeMention
from ceasefire._parse.time import find_times


WEDNESDAY = datetime.date(2016, 11, 2)


def times(text: str, published: datetime.date | None = WEDNESDAY) -> tuple[TimeMention, ...]:
    return find_times(analyse(text, published)).times


def only(text: str, published: datetime.date | None = WEDNESDAY) -> TimeMention:
    found = times(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("It happened on Nov. 4.", "2016-11-04", "day"),
        ("It happened on 4 November.", "2016-11-04", "day"),
        ("It happened on November 4, 2015.", "2015-11-04", "day"),
        ("It happened on 2015-03-01.", "2015-03-01", "day"),
        ("They halted attacks on Oct. 18.", "2016-10-18", "day"),
        ("The siege began in January.", "2016-01", "month"),
        ("It was signed in May 2020.", "2020-05", "month"),
        ("Shoigu said Tuesday that the raids stopped.", "2016-11-01", "day"),
        ("The pause will start on Friday.", "2016-11-04", "day"),
        ("He spoke last Thursday.", "2016-10-27", "day"),
        ("Talks resume next Monday.", "2016-11-07", "day"),
        ("Officials met on Wednesday.", "2016-11-02", "day"),
        ("The convoy arrived yesterday.", "2016-11-01", "day"),
        ("Drones struck the city overnight.", "2016-11-02", "day"),
        ("Rebels shelled the town last night.", "2016-11-01", "day"),
        # a day named right after "overnight" dates it
        ("Drones struck the city overnight on Sunday.", "2016-10-30", "day"),
        ("Missiles pounded the port overnight on Oct. 19.", "2016-10-19", "day"),
        ("Forces shelled the town overnight 19 October.", "2016-10-19", "day"),
        # or right after the noun it qualifies
        ("The truce was agreed in overnight talks on Sunday.", "2016-10-30", "day"),
        ("On Tuesday last week, an air strike hit the market.", "2016-10-25", "day"),
        ("The talks resume on Monday next week.", "2016-11-07", "day"),
        ("The ceasefire ended last month.", "2016-10", "month"),
        ("Elections are due next year.", "2017", "year"),
        ("The city fell three weeks ago.", "2016-10-12", "day"),
        ("The war began in 2011.", "2011", "year"),
        ("The siege began in May last year.", "2015-05", "month"),
        # a day and month said with "last", "this" or "next year"
        ("The war began on Nov. 4 last year.", "2015-11-04", "day"),
        ("The war began on 4 November last year.", "2015-11-04", "day"),
        ("Talks resume on January 10 next year.", "2017-01-10", "day"),
    ],
)
def test_dates_resolve_against_publication(text: str, value: str, precision: str) -> None:
    found = only(text)
    assert found.when is not None
    assert (found.when.value, found.when.precision.value) == (value, precision)
    assert found.text == text[found.span.start : found.span.end]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a day named for what happened on it keeps that year in any later story
        ("The U.S. invaded Afghanistan after the Sept. 11 attacks.", datetime.date(2020, 2, 21), "2001-09-11"),
        ("Israel has fought Hamas since the Oct. 7 attack.", datetime.date(2025, 3, 2), "2023-10-07"),
        ("It began with the October 7 Hamas-led attack on Israel.", datetime.date(2024, 11, 27), "2023-10-07"),
        # other words after the day, or a story told before the named day, keep the nearest year
        ("The envoy met rebels on Oct. 7 in Doha.", datetime.date(2025, 3, 2), "2024-10-07"),
        ("The Sept. 11 attacks on two police posts shocked Nairobi.", datetime.date(1998, 10, 2), "1998-09-11"),
    ],
)
def test_days_named_for_what_happened_keep_their_year(text: str, published: datetime.date, value: str) -> None:
    found = only(text, published)
    assert found.when is not None
    assert found.when.value == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a sentence set a year back: its day without a year lies behind, though the day is near ahead
        (
            "A year ago, Putin ordered a 36-hour ceasefire starting at noon on Jan. 6.",
            datetime.date(2023, 12, 31),
            "2023-01-06T12:00",
        ),
        ("Last year, the rebels agreed to a truce from Jan. 3.", datetime.date(2016, 12, 28), "2015-01-03"),
        # ... near that many years before the story's day ("Two years ago": near Dec. 30, 2014)
        ("Two years ago the army declared a truce on Jan. 2.", datetime.date(2016, 12, 30), "2015-01-02"),
        # ... even when the day is the story's own: "A year ago ... from Dec. 23" is the year before's
        (
            "A year ago, the government and the rebels observed holiday ceasefires from Dec. 23 while talks went on.",
            datetime.date(2017, 12, 23),
            "2016-12-23",
        ),
        # "Last year" is the calendar year before, however near its day lies
        ("Last year, the two sides agreed a truce on Dec. 20.", datetime.date(2018, 1, 10), "2017-12-20"),
        # "last year's" race is not the sentence's time: entries close ahead
        ("Last year's race raised money, and entries close on Jan. 6.", datetime.date(2023, 12, 31), "2024-01-06"),
        ("Last year’s race raised money, and entries close on Jan. 6.", datetime.date(2023, 12, 31), "2024-01-06"),
    ],
)
def test_a_sentence_set_a_year_back_keeps_its_days_behind(text: str, published: datetime.date, value: str) -> None:
    dated = [found for found in times(text, published) if found.when is not None and "-" in found.when.value]
    assert [found.when.value for found in dated if found.when is not None] == [value]


@pytest.mark.parametrize(
    ("headline", "value"),
    [
        # a headline's subject and infinitive tell what is to come
        ("Ethiopia, Eritrea to sign ceasefire in Algiers on Sunday", "2016-11-06"),
        ("Hamas to free three hostages on Saturday", "2016-11-05"),
        ("Georgia, Abkhazia sign ceasefire, guns to fall silent at noon Monday", "2016-11-07T12:00"),
        # an infinitive after a verb or a noun of aim tells nothing ahead
        ("Rebels agree to free hostages on Monday", "2016-10-31"),
        ("Talks to end war collapse on Monday", "2016-10-31"),
    ],
)
def test_a_headline_s_infinitive_tells_its_day_ahead(headline: str, value: str) -> None:
    found = times(f"{headline}\n\nGENEVA (Reuters) - Fighting went on.")
    assert [mention.when.value for mention in found if mention.when is not None] == [value]


@pytest.mark.parametrize(
    ("text", "value", "modifier"),
    [
        ("The siege has lasted since September.", "2016-09", "after"),
        ("Syria has been at war since early 2011.", "2011", "early"),
        ("Fighting flared in mid-2014.", "2014", "mid"),
        ("The truce holds until Nov. 10.", "2016-11-10", "before"),
    ],
)
def test_qualifiers_become_modifiers(text: str, value: str, modifier: str) -> None:
    found = only(text)
    assert found.when is not None
    assert found.when.value == value
    assert found.when.modifier is not None
    assert found.when.modifier.value == modifier


def test_clock_times_written_with_an_h() -> None:
    found = only("The truce will hold between 07h00 and 19h00 on Saturday.")
    assert (found.clock_start, found.clock_end) == ("07:00", "19:00")


@pytest.mark.parametrize(
    ("text", "start"), [("at 00:01 a.m. local time", "00:01"), ("at 00:45 a.m.", "00:45"), ("at 00:30 p.m.", None)]
)
def test_a_24_hour_clock_before_midday_written_with_a_m(text: str, start: str | None) -> None:
    found = [m for m in times("The ceasefire will take effect " + text + ".") if m.clock_start is not None]
    assert [m.clock_start for m in found] == ([start] if start else [])


def test_by_a_day_in_a_past_perfect_is_the_day_gone_by() -> None:
    found = only("By Saturday evening some 1,400 civilians had left along the second route.")
    assert found.when is not None
    assert found.when.value == "2016-10-29"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The General Staff said it had recorded 59 attacks by midnight on Saturday.", "2016-10-29T00:00"),
        ("Officials said aid must arrive by Friday.", "2016-11-04"),
        ("The ministry said the road will be open by Friday.", "2016-11-04"),
        # a day owning what follows it is no deadline: the Friday gone
        ("Diplomats said the army did not feel bound by Friday's deal.", "2016-10-28"),
        ("Diplomats said the army did not feel bound by Friday’s deal.", "2016-10-28"),
    ],
)
def test_by_a_day_after_a_perfect_is_gone_by_and_after_a_modal_ahead(text: str, value: str) -> None:
    found = only(text)
    assert found.when is not None
    assert found.when.value.startswith(value[:10])


@pytest.mark.parametrize(("text", "days"), [("They extended the truce by a week.", 7), ("It held for a day.", 1)])
def test_by_or_for_a_unit_is_one_unit_long(text: str, days: int) -> None:
    (found,) = [t for t in times(text) if t.duration is not None]
    assert found.duration == datetime.timedelta(days=days)


def test_by_a_day_is_a_length_not_each_day() -> None:
    assert all(t.recurrence is None for t in times("Haftar's forces extend the pause by a day."))


def test_a_range_from_the_day_of_publication_ends_on_the_weekday_to_come() -> None:
    start, end = times("The truce runs from 6 a.m. on Wednesday until 1800 local time on Sunday, he said.")
    assert start.when is not None
    assert end.until is not None
    assert (start.when.value, end.until.value) == ("2016-11-02T06:00", "2016-11-06T18:00")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # told on a Wednesday: the Tuesday gone, the Thursday to come, whatever the tense or "from" say alone
        (
            "Russia had promised to observe a ceasefire from Tuesday to Thursday, to let civilians leave.",
            "2016-11-01",
            "2016-11-03",
        ),
        ("The ceasefire was to hold from 08:00 to 18:00 from Monday to Friday.", "2016-10-31", "2016-11-04"),
        ("The truce runs from Sunday through Wednesday, officials said.", "2016-10-30", "2016-11-02"),
    ],
)
def test_a_range_of_weekdays_that_holds_through_publication_lies_around_it(text: str, first: str, last: str) -> None:
    start, end = times(text)
    assert start.when is not None
    assert end.when is not None
    assert (start.when.value[:10], end.when.value[:10]) == (first, last)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The guns should fall silent on Monday, he said.", "2016-11-07"),  # "should": a day to come
        ("The guns should have fallen silent on Monday, he said.", "2016-10-31"),  # "should have": one gone by
    ],
)
def test_should_tells_a_day_to_come_and_should_have_one_gone(text: str, value: str) -> None:
    mention = only(text)
    assert mention.when is not None
    assert mention.when.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Haftar launched his offensive to take Tripoli in April.", "2016-04"),  # "to take" a city: a purpose
        ("The truce is to take effect in December.", "2016-12"),  # "to take effect": ahead
    ],
)
def test_to_take_points_ahead_only_when_it_takes_effect_hold_or_place(text: str, value: str) -> None:
    mention = only(text)
    assert mention.when is not None
    assert mention.when.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Airstrikes pounded Saada on Wednesday, hours before a truce was to take effect at 11 p.m. local time.",
            "2016-11-02T23:00",
        ),
        (  # a midnight hours after a day's deed is the one that ends that day
            "Separatists hammered the town on Tuesday, hours before a ceasefire was due to take hold at midnight.",
            "2016-11-02T00:00",
        ),
    ],
)
def test_a_clock_time_hours_before_takes_the_day_told_before_it(text: str, value: str) -> None:
    clock = times(text)[-1]
    assert clock.when is not None
    assert clock.when.value == value


def test_an_overnight_truce_is_a_kind_not_a_night() -> None:
    assert [t.when for t in times("Both sides agreed to an overnight truce.")] == [None]


def test_without_publication_date_values_stay_partial() -> None:
    weekday, day = times("Fighting stopped on Tuesday and resumed on Nov. 4.", None)
    assert weekday.when is not None
    assert weekday.when.value == "XXXX-WXX-2"
    assert day.when is not None
    assert day.when.value == "XXXX-11-04"


def test_relative_words_without_publication_date_have_no_value() -> None:
    assert only("The ceasefire ended last month.", None).when is None


def test_clock_range_on_a_day_is_one_mention() -> None:
    found = only("Fighters may leave between 9 a.m. and 7 p.m. local time on Nov. 4 via two corridors.")
    assert (found.clock_start, found.clock_end, found.timezone) == ("09:00", "19:00", "local")
    assert found.when is not None
    assert found.until is not None
    assert (found.when.value, found.until.value) == ("2016-11-04T09:00", "2016-11-04T19:00")


def test_gmt_window_after_weekday() -> None:
    found = only("The truce will run on Friday from 10:00 to 14:00 GMT.")
    assert found.when is not None
    assert found.until is not None
    assert (found.when.value, found.until.value, found.timezone) == ("2016-11-04T10:00", "2016-11-04T14:00", "GMT")


@pytest.mark.parametrize(
    ("text", "window", "zone"),
    [
        ("Fighters may leave from 0900 to 1700 local time on Nov. 4.", ("09:00", "17:00"), "local"),
        ("Fighters may leave between 0900 and 1700 GMT on Nov. 4.", ("09:00", "17:00"), "GMT"),
        ("Fighters may leave from 0600-1400 GMT on Nov. 4.", ("06:00", "14:00"), "GMT"),
        ("Fighters may leave from 0900 to 1700 local time (0600-1400 GMT) on Nov. 4.", ("09:00", "17:00"), "local"),
        ("Fighters may leave from 0600 GMT to 1600 GMT on Nov. 4.", ("06:00", "16:00"), "GMT"),
        (
            "Fighters may leave from 10:00 Moscow time to 16:00 Moscow time on Nov. 4.",
            ("10:00", "16:00"),
            "Moscow time",
        ),
    ],
)
def test_clock_ranges_with_four_digits_or_a_zone_on_each_end(text: str, window: tuple[str, str], zone: str) -> None:
    found = only(text)
    assert (found.clock_start, found.clock_end, found.timezone) == (*window, zone)
    assert found.when is not None
    assert found.when.value == f"2016-11-04T{window[0]}"


@pytest.mark.parametrize("text", ["About 1200 local fighters joined.", "The war lasted from 2011 to 2014."])
def test_four_digits_without_a_zone_are_no_clock(text: str) -> None:
    assert all(t.clock_start is None for t in times(text))


def test_overnight_window_ends_next_day() -> None:
    found = only("A curfew from 10 p.m. to 6 a.m. on March 3, 2016.")
    assert found.until is not None
    assert found.until.value == "2016-03-04T06:00"


@pytest.mark.parametrize(
    ("text", "clock"),
    [("starting at noon", "12:00"), ("at midnight", "00:00"), ("at 0700 GMT", "07:00"), ("at 10:00 a.m.", "10:00")],
)
def test_single_clock_times(text: str, clock: str) -> None:
    assert only(f"The truce begins {text}.").clock_start == clock


@pytest.mark.parametrize(
    ("text", "value", "unit", "hours"),
    [
        ("a 72-hour truce", 72, "hours", 72),
        ("four-hour pauses", 4, "hours", 4),
        ("for 16 days", 16, "days", 16 * 24),
        ("the six-year war", 6, "years", None),
        ("a twenty-five-day siege", 25, "days", 25 * 24),
    ],
)
def test_durations(text: str, value: int, unit: str, hours: int | None) -> None:
    found = only(f"They agreed {text} after talks.")
    assert (found.duration_value, found.duration_unit) == (value, unit)
    assert found.is_duration_only
    expected = datetime.timedelta(hours=hours) if hours is not None else None
    assert found.duration == expected


@pytest.mark.parametrize("phrase", ["daily", "each day", "every day"])
def test_recurrence(phrase: str) -> None:
    found = [t for t in times(f"Pauses will be held {phrase} in the north.") if t.recurrence is not None]
    assert [t.recurrence.value for t in found if t.recurrence] == ["daily"]


@pytest.mark.parametrize(
    "text",
    [
        "May God protect them.",  # a month name as a word
        "The 2011 fighters left.",  # a bare year-like count
        "Route 1 and the score 3:1.",
        "They took 25:99 seconds.",  # not a clock
        "February 30 never comes.",  # not a date
    ],
)
def test_not_times(text: str) -> None:
    assert [t.text for t in times(text) if t.when is not None or t.clock_start] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Resistance forces stormed Loikaw in a 2023 offensive.", "2023"),
        ("Under the 2018 peace agreement, fighters withdrew.", "2018"),
        ("The 2014 war left the town in ruins.", "2014"),
    ],
)
def test_a_year_naming_what_follows_dates_it(text: str, value: str) -> None:
    found = only(text)
    assert found.when is not None
    assert found.when.value == value


def test_time_in_another_zone_in_brackets_joins_its_day() -> None:
    found = only("The ceasefire took effect at 4 a.m. (0200 GMT) on Wednesday.", WEDNESDAY)
    assert found.when is not None
    assert found.when.value == "2016-11-02T04:00"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The truce starts at 9:45 p.m. (1945 GMT) on Thursday.", "2016-11-03T21:45"),
        ("The truce starts at 10 p.m. (2000 GMT) on Thursday.", "2016-11-03T22:00"),
    ],
)
def test_a_time_in_brackets_that_looks_like_a_year_is_a_clock(text: str, value: str) -> None:
    # "1945 GMT" is a quarter to eight in the evening, not the year 1945
    found = only(text)
    assert found.when is not None
    assert found.when.value == value


def test_a_year_before_hours_of_work_is_not_a_clock() -> None:
    assert [t.when.value for t in times("The war began in 2015.") if t.when is not None] == ["2015"]


@pytest.mark.parametrize(("text", "days"), [("a weeklong truce", 7), ("a week-long truce", 7), ("a daylong pause", 1)])
def test_a_length_in_one_word(text: str, days: int) -> None:
    found = only(f"They agreed to {text}.")
    assert found.duration == datetime.timedelta(days=days)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They agreed to a ceasefire effective from 8 p.m. (1800 GMT) Tuesday.", "2025-05-27T20:00"),
        ("They agreed on a truce from Thursday.", "2025-05-29"),
        ("The truce will take effect from 8 p.m. Tuesday.", "2025-06-03T20:00"),
        ('The ceasefire began "from 9:45 p.m. on Monday".', "2025-05-26T21:45"),
        ("A ceasefire took hold in Tripoli from Tuesday night.", "2025-05-27"),
    ],
)
def test_from_after_a_pause_made_is_the_nearer_day(text: str, value: str) -> None:
    found = only(text, datetime.date(2025, 5, 28))  # a Wednesday
    assert found.when is not None
    assert found.when.value == value


def test_a_future_seen_from_the_past_lies_behind() -> None:
    tuesday = datetime.date(2023, 12, 19)
    due = only("The truce was due to expire on Monday.", tuesday).when
    still = only("The truce is due to expire on Monday.", tuesday).when
    assert (due and due.value, still and still.value) == ("2023-12-18", "2023-12-25")


@pytest.mark.parametrize(
    ("text", "clocks"),
    [
        ("Fighters may leave between six in the morning and four in the afternoon.", ("06:00", "16:00")),
        ("The pause starts at eight in the evening.", ("20:00", None)),
        ("It began at 7 o'clock in the morning.", ("07:00", None)),
        ("The truce began at one minute past midnight.", ("00:01", None)),
        ("The truce began at a minute past midnight.", ("00:01", None)),
        ("Talks resume at 15 minutes past noon.", ("12:15", None)),
        ("The truce took effect at one minute before midnight.", ("23:59", None)),
        ("The guns were to fall silent at ten minutes to noon.", ("11:50", None)),
    ],
)
def test_clock_times_in_words(text: str, clocks: tuple[str, str | None]) -> None:
    found = only(text)
    assert (found.clock_start, found.clock_end) == clocks


@pytest.mark.parametrize(
    "text",
    ["The ceasefire lapsed at 7 p.m., the U.N. envoy said.", "The truce ran out at 7 p.m., the U.N. envoy said."],
)
def test_a_clock_time_a_halt_lapsed_at_is_its_end(text: str) -> None:
    found = only(text)
    assert (found.clock_start, found.clock_end) == (None, "19:00")


def test_a_minute_before_midnight_on_a_day_is_that_day_s_last() -> None:
    text = "The cessation of hostilities began at one minute before midnight (20:59 GMT) on Sunday."
    found = only(text, datetime.date(2016, 4, 11))
    assert found.when is not None
    assert found.when.value == "2016-04-10T23:59"


def test_a_day_after_may_lies_ahead() -> None:
    found = only("Fighters may leave between 6 a.m. and 4 p.m. on Saturday.", datetime.date(2021, 7, 15))
    assert found.when is not None
    assert found.when.value == "2021-07-17T06:00"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The command said defenders could leave between 8 a.m. and 6 p.m. on Saturday.", "2016-11-05T08:00"),
        ("Aid trucks could cross as early as Saturday.", "2016-11-05"),
        # "could" of the past: what could not be done, or what was heard
        ("Civilians could not leave on Saturday because of the shelling.", "2016-10-29"),
        ("Gunfire could be heard until late on Saturday.", "2016-10-29"),
    ],
)
def test_a_day_after_could_lies_ahead_unless_could_tells_the_past(text: str, value: str) -> None:
    found = only(text)
    assert found.when is not None
    assert found.when.value == value


def test_a_date_after_since_never_lies_ahead() -> None:
    june = datetime.date(2024, 6, 16)
    since = only("killed since October 7, officials said.", june).when
    ahead = only("Talks will resume on October 7.", june).when
    assert (since and since.value, ahead and ahead.value) == ("2023-10-07", "2024-10-07")


def test_a_window_written_in_two_pieces() -> None:
    mention = only("The pause will take place from 8:00 am (0500 GMT) until 7:00 pm.")
    assert (mention.clock_start, mention.clock_end) == ("08:00", "19:00")


@pytest.mark.parametrize(
    ("text", "start", "until"),
    [
        (
            "The pause is to run from 8am local time (0600 GMT) until 7pm on Monday.",
            "2016-11-07T08:00",
            "2016-11-07T19:00",
        ),
        ("They will hold fire from 7am (05:00 GMT) until midnight on Friday.", "2016-11-04T07:00", "2016-11-05T00:00"),
    ],
)
def test_a_window_in_two_pieces_takes_the_day_told_with_its_end(text: str, start: str, until: str) -> None:
    mention = only(text)
    assert mention.when is not None
    assert mention.until is not None
    assert (mention.when.value, mention.until.value) == (start, until)


def test_until_midnight_on_a_day_ends_with_that_day() -> None:
    mention = only("until midnight on Sunday")
    assert mention.until is not None
    assert mention.until.value == "2016-11-07T00:00"  # the Sunday after Wednesday 2 November, at its end


@pytest.mark.parametrize(
    ("text", "unit", "hours"),
    [
        ("a week-long truce", "weeks", 168),
        ("a day-long pause", "days", 24),
        ("the month-long ceasefire", "months", None),
    ],
)
def test_unit_long_is_one_unit(text: str, unit: str, hours: int | None) -> None:
    mention = only(text)
    assert (mention.duration_value, mention.duration_unit) == (1, unit)
    assert mention.duration == (datetime.timedelta(hours=hours) if hours is not None else None)
    assert mention.recurrence is None  # "a day-long" is no "a day"


@pytest.mark.parametrize("text", ["Army offers rebels a day's pause to quit the town", "a day’s truce in the valley"])
def test_a_days_pause_is_no_daily_one(text: str) -> None:
    assert all(t.recurrence is None for t in times(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A modal earlier in the clause, with a clock window between it and the day: the Friday ahead.
        (
            "Rebels would be allowed to leave the city between 9:00 a.m. and 7:00 p.m. (0600-1600 GMT) on Friday",
            "2016-11-04",
        ),
        # A past tense after the modal: the Friday gone.
        ("The army will retake the city that was shelled on Friday", "2016-10-28"),
        # The day set off by commas belongs to the clause before the participle's phrase: the Friday ahead.
        ("Fighters would be allowed to leave the city unharmed, carrying only light weapons, on Friday", "2016-11-04"),
        # A quotation that goes on the clause with the modal: the Friday ahead.
        (
            'Forces would hold their fire in Misrata "on Friday between 6 a.m. and 6 p.m. (0400-1600 GMT)".',
            "2016-11-04",
        ),
        # ... but not to a relative clause between the commas: the Friday gone.
        ("The company shut the refinery, which can process 110,000 barrels a day, on Friday", "2016-10-28"),
        # "May" the month is no modal.
        ("Fighting that began on May 16 ended on Friday", "2016-10-28"),
    ],
)
def test_a_weekday_read_with_the_tense_of_its_clause(text: str, value: str) -> None:
    mention = next(t for t in times(text) if t.when is not None and "Friday" in t.text)
    assert mention.when is not None
    assert mention.when.value.startswith(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The other zone's day and the difference of the two clocks give the local day.
        ("The truce took effect at midnight (2100 GMT Saturday).", "2016-10-30T00:00"),
        ("It began at 2 a.m. (2300 GMT Sunday).", "2016-10-31T02:00"),
        # A day of its own stands; the restatement is folded in.
        ("It began at 6 a.m. on Saturday (2330 GMT on Friday).", "2016-10-29T06:00"),
        # A restatement in a zone of American or regional wire copy, then the day.
        ("Marines suspended offensive operations at noon (4 a.m. ET) Friday.", "2016-10-28T12:00"),
        ("The ceasefire began at 6 p.m. (1500 EAT) Friday.", "2016-10-28T18:00"),
    ],
)
def test_a_local_time_restated_in_another_zone_with_a_day_is_one_mention(text: str, value: str) -> None:
    mention = only(text)
    assert mention.when is not None
    assert mention.when.value == value
    assert mention.clock_start == value[-5:]


def test_a_local_window_restated_in_another_zone_with_its_days_is_one_mention() -> None:
    mention = only("Fighting will stop from 0600 to 1400 local time (2330 GMT on Monday to 0730 GMT on Tuesday).")
    assert mention.when is not None
    assert (mention.when.value, mention.clock_start, mention.clock_end) == ("2016-11-08T06:00", "06:00", "14:00")


def test_a_window_glossed_by_yesterday_s_evening_in_gmt_is_today_s() -> None:
    """On Sunday June 25, 6 a.m. in Manila is 2200 GMT on Saturday: this Sunday's morning, not next Sunday's."""
    text = "The army said the pause would run from 6 a.m. to 2 p.m. (2200 GMT Saturday to 0600 GMT Sunday)."
    mention = only(text, datetime.date(2017, 6, 25))
    assert mention.when is not None
    assert mention.when.value == "2017-06-25T06:00"


def test_a_gmt_gloss_with_its_date_keeps_the_week_it_names() -> None:
    mention = times("The army said the pause would run from 6 a.m. (2200 GMT on July 1).", datetime.date(2017, 6, 25))[
        0
    ]
    assert mention.when is not None
    assert mention.when.value == "2017-07-02T06:00"


def test_a_restatement_with_a_partial_day_leaves_the_local_time_without_one() -> None:
    mention = times("The truce took effect at midnight (2100 GMT Saturday).", None)[0]
    assert (mention.text, mention.when, mention.clock_start) == ("at midnight", None, "00:00")


def test_a_day_range_in_one_month() -> None:
    mention = only("Fighting on Oct. 7-8 killed 1,200 people.")
    assert mention.when is not None
    assert mention.until is not None
    assert (mention.when.value, mention.until.value) == ("2016-10-07", "2016-10-08")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ceasefire will run from Dec. 10.", "2016-12-10"),
        ("The ceasefire will begin on Feb. 3.", "2017-02-03"),  # ahead, though the last Feb. 3 is nearer
        ("Opposition fighters would be allowed to leave on Aug. 4.", "2016-08-04"),  # "would": the nearest
    ],
)
def test_a_date_said_with_will_lies_ahead(text: str, value: str) -> None:
    mention = only(text, datetime.date(2016, 11, 2))
    assert mention.when is not None
    assert mention.when.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The evacuation of civilians from Mariupol began on Tuesday.", "2016-11-01"),  # "from" a place, then "began"
        ("It will be observed from Friday.", "2016-11-04"),
    ],
)
def test_a_cue_of_the_future_before_a_verb_in_the_past_does_not_count(text: str, value: str) -> None:
    mention = only(text)
    assert mention.when is not None
    assert mention.when.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The war began with the Oct. 7 attack on southern Israel.", "2023-10-07"),  # months behind, not ahead
        ("The pause will hold on Nov. 4.", "2024-11-04"),  # said to lie ahead
        ("Fighters may leave on June 20.", "2024-06-20"),  # days ahead
    ],
)
def test_a_day_without_a_year_lies_behind_unless_near_or_said_ahead(text: str, value: str) -> None:
    found = only(text, datetime.date(2024, 6, 16))
    assert found.when is not None
    assert found.when.value == value


@pytest.mark.parametrize(
    "text",
    [
        'Troops would observe "a lull of nine hours" in and around the town "from 0700 to 1600 local time on Sunday".',
        'The pause will run "from 7 in the morning until 3 in the afternoon on Sunday," the minister said.',
    ],
)
def test_a_quoted_phrase_of_time_goes_on_the_clause_with_the_modal_before_it(text: str) -> None:
    (day,) = [t for t in times(text) if t.when is not None]
    assert day.when is not None
    assert day.when.value.startswith("2016-11-06")  # the coming Sunday


def test_a_range_a_past_plan_was_to_run_from_is_not_ahead() -> None:
    (day,) = [t for t in times('It was to run "from 3 p.m. on Saturday" through the holiday.') if t.when is not None]
    assert day.when is not None
    assert day.when.value == "2016-10-29T15:00"  # the Saturday gone, not the coming one
    (day,) = [t for t in times('It is to run "from 3 p.m. on Saturday" through the holiday.') if t.when is not None]
    assert day.when is not None
    assert day.when.value == "2016-11-05T15:00"


def test_a_participles_phrase_goes_on_the_clause_with_the_modal_before_it() -> None:
    text = (
        "Fighters will be allowed to leave with their weapons, walking out along three corridors that run south"
        " between 8 a.m. and 6 p.m. on Saturday."
    )
    (day,) = [t for t in times(text) if t.when is not None]
    assert day.when is not None
    assert day.when.value == "2016-11-05T08:00"  # the coming Saturday
    # a phrase with a verb of its own is a clause of its own
    text = "Fighters will be allowed to leave, villagers saying they had fled on Saturday."
    (day,) = [t for t in times(text) if t.when is not None]
    assert day.when is not None
    assert day.when.value == "2016-10-29"


def test_a_phrase_of_the_way_after_a_participles_goes_on_the_clause_with_the_modal_before_them() -> None:
    text = (
        "Fighters will be allowed to leave unharmed, carrying their weapons, through three corridors running west"
        " between 7:00 am and 3:00 pm local time on Saturday, the command said."
    )
    (day,) = [t for t in times(text) if t.when is not None]
    assert day.when is not None
    assert day.when.value == "2016-11-05T07:00"  # the coming Saturday
    # a phrase of the way with a verb of its own is a clause of its own
    text = "Fighters were allowed to leave, through corridors the army had opened on Saturday."
    (day,) = [t for t in times(text) if t.when is not None]
    assert day.when is not None
    assert day.when.value == "2016-10-29"


def test_a_modal_far_back_across_a_quoted_name_puts_the_day_ahead() -> None:
    text = (
        "The military will observe an eight-hour “humanitarian pause” in its offensive against Islamic "
        "State-linked gunmen in this besieged city on Sunday, to let residents mark Eid."
    )
    (day,) = [t for t in times(text, datetime.date(2017, 6, 24)) if t.when is not None]
    assert day.when is not None
    assert day.when.value == "2017-06-25"


def test_a_short_quotation_ending_its_sentence_ends_the_modal_clause_before_it() -> None:
    text = (
        'The Abkhaz leader said his forces would observe the truce "as long as the Georgian side does." '
        "The Abkhaz accused Georgian units of firing mortars at the village of Shroma on Wednesday night."
    )
    (day,) = [t for t in times(text, datetime.date(1993, 7, 29)) if t.when is not None]
    assert day.when is not None
    assert day.when.value == "1993-07-28"


def test_a_modal_across_a_quoted_phrase_of_sixty_characters_puts_the_day_ahead() -> None:
    text = (
        'Fighters would be free to leave Gao "with their weapons and without a bullet in their backs" between '
        "8 a.m. and 6 p.m. local time (0800-1800 GMT) on Thursday along two corridors."
    )
    (day,) = [t for t in times(text, datetime.date(2012, 6, 19)) if t.when is not None]
    assert day.when is not None
    assert day.when.value.startswith("2012-06-21")


def test_a_short_quotation_ending_on_a_comma_ends_the_modal_clause() -> None:
    text = (
        'The president approved a ceasefire that will run "from midnight of Dec. 23 until 11:59 p.m. of Jan. 7," '
        "the palace announced on Thursday."
    )
    thursday = [t for t in times(text, datetime.date(2019, 12, 20)) if t.text == "Thursday"]
    assert [t.when.value for t in thursday if t.when is not None] == ["2019-12-19"]


def test_from_before_a_place_does_not_put_the_day_ahead() -> None:
    (day,) = times("26 trucks travelled from Goma to Sake on Thursday, OCHA said.", datetime.date(2023, 11, 24))
    assert day.when is not None
    assert day.when.value == "2023-11-23"
    (start,) = times("Civilians may leave from Thursday.", datetime.date(2023, 11, 24))
    assert start.when is not None
    assert start.when.value == "2023-11-30"
    assert [
        t.when.value
        for t in times("They agreed to observe a truce from dawn on Friday.", datetime.date(2023, 11, 23))
        if t.when
    ] == ["2023-11-24"]


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire came into force at midnight between Thursday and Friday.",
        "The truce took effect at midnight on Thursday night.",
    ],
)
def test_the_midnight_that_ends_a_day(text: str) -> None:
    (found,) = times(text, datetime.date(2024, 3, 9))
    assert found.when is not None
    assert found.when.value == "2024-03-08T00:00"


def test_a_zones_letters_in_brackets_do_not_part_a_window_from_its_day() -> None:
    text = "Fighters could leave between 6 a.m. and 6 p.m. Myanmar time (MMT) on Sunday, 2330 GMT on Saturday to 1130."
    found = times(text, datetime.date(2023, 11, 17))
    assert found[0].when is not None
    assert (found[0].when.value, found[0].clock_end, found[0].timezone) == ("2023-11-19T06:00", "18:00", "Myanmar time")


def test_24_00_on_a_day_is_the_first_moment_of_the_next() -> None:
    text = "Putin ordered a ceasefire from 12:00 on January 6 to 24:00 on January 7, the Kremlin said."
    found = [t.when.value for t in times(text, datetime.date(2023, 1, 6)) if t.when is not None]
    assert found == ["2023-01-06T12:00", "2023-01-08T00:00"]
    (whole_day,) = times(
        "Putin ordered a ceasefire from 00:00 to 24:00 Moscow time on May 9.", datetime.date(2023, 5, 8)
    )
    assert whole_day.when is not None
    assert whole_day.until is not None
    assert (whole_day.when.value, whole_day.until.value) == ("2023-05-09T00:00", "2023-05-10T00:00")


def test_a_midnight_between_today_and_tomorrow_is_tonights() -> None:
    text = "The period, starting at midnight between Friday and Saturday local time, would test the group."
    (found,) = times(text, datetime.date(2020, 2, 21))  # a Friday: "Saturday" alone would be the one gone
    assert found.when is not None
    assert found.when.value == "2020-02-22T00:00"


def test_a_clock_time_that_day_takes_the_day_named_before_it() -> None:
    text = (
        "Putin announced the truce on Saturday, April 19, ordering his troops to stop all hostilities from 6 p.m. "
        "Moscow time that day."
    )
    clock = next(t for t in times(text, datetime.date(2025, 4, 21)) if t.clock_start is not None)
    assert clock.when is not None
    assert (clock.when.value, clock.timezone) == ("2025-04-19T18:00", "Moscow time")
    (alone,) = times("The pause began at 10 a.m. that day.", datetime.date(2025, 4, 21))
    assert alone.when is None  # no day named before it: none guessed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The rivals agreed a ceasefire on August 22 that took effect at noon the following day.", "1996-08-23T12:00"),
        ("Talks opened in Geneva on Aug. 12. The truce began the next day.", "1996-08-13"),
        ("The army withdrew on Monday, Aug. 26, and the rebels left the day after.", "1996-08-27"),
        ("The accord was signed on Aug. 31; the last shots were fired the day before.", "1996-08-30"),
        ("The talks ended on Aug. 29 and the ceasefire began the next morning.", "1996-08-30"),
    ],
)
def test_a_day_counted_from_the_day_named_before_it(text: str, value: str) -> None:
    counted = times(text, datetime.date(1996, 8, 31))[-1]
    assert counted.when is not None
    assert counted.when.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kiir ordered his army on Aug. 20 to leave Heglig, which it had seized 10 days earlier.", "1996-08-10"),
        ("The rebels withdrew on Aug. 26, a town they had taken a week earlier.", "1996-08-19"),
        ("The town fell 10 days earlier, residents said.", "1996-08-21"),  # no day named: from publication
    ],
)
def test_days_earlier_count_back_from_the_day_named_before_them(text: str, value: str) -> None:
    counted = times(text, datetime.date(1996, 8, 31))[-1]
    assert counted.when is not None
    assert counted.when.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The accord was signed on Monday. Both sides halted all hostilities from that day.", "1996-08-26"),
        ("Talks ended on Aug. 29 and the truce began the same day.", "1996-08-29"),
        ("Talks ended on Aug. 29 and the truce began that same day.", "1996-08-29"),
    ],
)
def test_that_day_is_the_day_named_before_it(text: str, value: str) -> None:
    *_, counted = times(text, datetime.date(1996, 8, 31))
    assert counted.text.endswith("day")
    assert counted.when is not None
    assert counted.when.value == value


@pytest.mark.parametrize(
    "text",
    [
        "The truce began the next day.",  # no day named before it
        "Officials met on Aug. 12.\n\nThe truce began the next day.",  # a paragraph apart
        "The truce began that same day.",  # no day named before it
        "Officials met on Aug. 12. Nothing was agreed. Nobody came. The truce began the following day.",
        "Rebels struck on Aug. 12, and the army hit back the day after the attack.",  # the day after something else
    ],
)
def test_a_day_counted_from_no_day_named_just_before_stays_undated(text: str) -> None:
    found = times(text, datetime.date(1996, 8, 31))
    assert all(t.when is None or t.when.value == "1996-08-12" for t in found), found


def test_a_zone_named_in_full() -> None:
    text = "The ceasefire took effect at 6pm Pakistan Standard Time on Wednesday."
    (found,) = times(text, datetime.date(2025, 11, 20))
    assert found.when is not None
    assert (found.when.value, found.timezone) == ("2025-11-19T18:00", "Pakistan Standard Time")


def test_a_weekday_before_a_zone_is_the_clock_times_day_not_part_of_the_zone() -> None:
    text = "A cease-fire will take effect at 2400 GMT Saturday — 8 a.m. Sunday Saigon time — throughout Vietnam."
    found = [t for t in times(text, datetime.date(1973, 1, 27)) if t.clock_start == "08:00"]
    assert [t.when.value if t.when is not None else None for t in found] == ["1973-01-28T08:00"]


def test_a_window_closed_after_a_time_in_brackets() -> None:
    """One window on Saturday: "on Saturday from 8:00 am (0500 GMT) to 6:00 pm (1500 GMT)"."""
    mention = only("The guns would fall silent on Saturday from 8:00 am (0500 GMT) to 6:00 pm (1500 GMT).")
    assert (mention.clock_start, mention.clock_end) == ("08:00", "18:00")
    assert mention.when is not None
    assert mention.until is not None
    assert (mention.when.value, mention.until.value) == ("2016-11-05T08:00", "2016-11-05T18:00")


def test_a_window_whose_end_has_a_day_of_its_own_is_two_times() -> None:
    found = times("It will be in force from 00:00 on May 25 to 23:59 on May 27.")
    assert [t.clock_start for t in found] == ["00:00", "23:59"]
    assert all(t.clock_end is None for t in found)


def test_a_range_said_in_the_present_opens_on_the_day_gone_by() -> None:
    """Said on a Saturday: "runs from 6 a.m. on Friday until 6 p.m. on Sunday" began the day before."""
    found = times("The ceasefire runs from 6 a.m. on Friday until 6 p.m. on Sunday, the agency said.", SATURDAY)
    assert [t.when.value for t in found if t.when] == ["2016-11-04T06:00", "2016-11-06"]


SATURDAY = datetime.date(2016, 11, 5)


def test_a_range_ordered_ahead_ends_after_it_opens() -> None:
    """Said on a Wednesday: a lockdown ordered "from Friday to Monday" ends on the Monday after that Friday."""
    found = times('Separatists have ordered a "lockdown" from Friday to Monday to enforce a boycott.')
    assert [t.when.value for t in found if t.when] == ["2016-11-04", "2016-11-07"]
    # an order to bring a halt in over a range: "instructed Shoigu to introduce the cease-fire ... from noon on
    # Friday to midnight on Saturday", told on a Wednesday
    found = times(
        "Putin instructed Shoigu to introduce the cease-fire along the entire line of contact "
        "from noon on Friday to 6 p.m. on Tuesday."
    )
    assert [t.when.value for t in found if t.when] == ["2016-11-04T12:00", "2016-11-08"]
    # told in the past, a range ends before the day it is told
    found = times("Fighting raged from Friday to Monday, residents said.")
    assert [t.when.value for t in found if t.when] == ["2016-10-28", "2016-10-31"]


def test_with_effect_from_points_ahead() -> None:
    """The Friday to come: "w.e.f. 0600 hrs Friday", in a South Asian headline."""
    (mention,) = times("Ceasefire in Kurram w.e.f. 0600 hrs Friday", datetime.date(2025, 9, 18))
    assert mention.when is not None
    assert mention.when.value == "2025-09-19T06:00"


def test_hrs_with_its_full_stop_still_takes_the_day_after_it() -> None:
    """The start of September 20 in "with effect from 00.00 hrs. on September 20", as Indian papers write it."""
    (mention, *_) = times("The army will halt operations with effect from 00.00 hrs. on September 20.")
    assert mention.when is not None
    assert mention.when.value == "2016-09-20T00:00"


def test_a_weekday_followed_by_its_date_is_that_date() -> None:
    """The next day, not the Friday before: "on Friday, 13 December", said on Thursday 12 December."""
    found = times("Silence will hold from 10:00 hrs Moscow time to 16:00 hrs on Friday, 13 December.", THURSDAY)
    assert found[0].when is not None
    assert found[0].until is not None
    assert (found[0].when.value, found[0].until.value) == ("2024-12-13T10:00", "2024-12-13T16:00")
    assert found[0].timezone == "Moscow time"


def test_a_weekday_followed_by_a_relative_day_keeps_its_reading() -> None:
    (monday, *_) = times("Shelling on Monday, the day before the truce began, killed five.", THURSDAY)
    assert monday.when is not None
    assert monday.when.value == "2024-12-09"


THURSDAY = datetime.date(2024, 12, 12)


def test_a_day_of_the_month_alone() -> None:
    """That day of the publication's month: "on the 24th"; "the 13th exchange" is no day."""
    (window,) = times("They may leave between 11 a.m. and 7 p.m. GMT+3 on the 24th via 4 corridors.", APRIL_20)
    assert window.when is not None
    assert window.until is not None
    assert (window.when.value, window.until.value) == ("2016-04-24T11:00", "2016-04-24T19:00")
    assert [t.when.value for t in times("The talks ended on the 12th.", APRIL_20) if t.when] == ["2016-04-12"]
    assert times("It was the 13th exchange; talks start no later than the 16th day.", APRIL_20) == ()


APRIL_20 = datetime.date(2016, 4, 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The war began when gunmen attacked southern Israel on Oct. 7, killing 1,200 people.", "2023-10-07"),
        ("The truce will run until Oct. 7, the mediators said.", "2024-10-07"),
        ("The ministry agreed to a pause from Oct. 7.", "2024-10-07"),
        # a halt told as having taken effect, even after a verb of its making
        ("A ceasefire brokered by Moscow, which took effect across the region on Oct. 7, largely held.", "2023-10-07"),
        ("Both sides agreed to a truce that came into force on Oct. 7.", "2023-10-07"),
    ],
)
def test_a_day_after_a_verb_of_something_done_lies_behind(text: str, value: str) -> None:
    values = [t.when.value for t in times(text, datetime.date(2024, 8, 4)) if t.when is not None]
    assert values == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A pause was offered. From 0700 to 1500 GMT on Thursday, fighters may leave the city.", "2025-02-13T07:00"),
        ("A pause was offered. On Thursday, rebels may have fired on the city.", "2025-02-06"),
        ("The truce came into force at 11:00 p.m. on Monday and is due to expire on Sunday.", "2025-02-10T23:00"),
    ],
)
def test_a_day_opening_its_sentence_takes_the_tense_of_the_clause_after(text: str, value: str) -> None:
    values = [t.when.value for t in times(text, datetime.date(2025, 2, 11)) if t.when is not None]
    assert values[0] == value


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("The pause runs from 10:00 to 14:00.", ("10:00", "14:00")),
        ("The pause runs between 10:00 and 14:00.", ("10:00", "14:00")),
        ("The pause runs from 10.00 to 14.00.", ("10:00", "14:00")),
    ],
)
def test_a_clock_range_at_the_end_of_a_sentence(text: str, hours: tuple[str, str]) -> None:
    (mention,) = times(text)
    assert (mention.clock_start, mention.clock_end) == hours


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The days of tranquillity were observed from 14 to 16 October.", ("2019-10-14", "2019-10-16")),
        ("Talks were held 14-16 October in Doha.", ("2019-10-14", "2019-10-16")),
        ("The truce runs from October 14 to 16.", ("2019-10-14", "2019-10-16")),
        ("Between 8 and 11 October, some 3,200 people left.", ("2019-10-08", "2019-10-11")),
    ],
)
def test_a_range_of_days_in_one_month(text: str, days: tuple[str, str]) -> None:
    (mention,) = times(text, datetime.date(2019, 10, 17))
    assert mention.when is not None
    assert mention.until is not None
    assert (mention.when.value, mention.until.value) == days


def test_two_days_joined_by_and_are_no_range() -> None:
    (mention,) = times("Drone strikes on 14 and 17 October hit markets.", datetime.date(2019, 10, 17))
    assert mention.until is None


@pytest.mark.parametrize(
    "text",
    [
        "They had not fired a single shot since 6 a.m.\n\nOn Sunday, rebels attacked the town.",
        "The truce held on Sunday.\n\nAt 6 a.m. the rebels attacked.",
        "The truce began at 6 a.m. On Monday it still held.",
    ],
)
def test_a_clock_time_and_a_day_in_two_sentences_stay_apart(text: str) -> None:
    assert len(times(text, datetime.date(2024, 12, 10))) == 2


def test_a_day_after_hours_and_a_zone_of_several_words_is_ahead_of_a_would() -> None:
    import ceasefire

    text = (
        "The ministry said commanders would be allowed to leave the town unharmed between 6 a.m. and "
        "2 p.m. East Africa Time on Friday via four special corridors."
    )
    (pause,) = ceasefire.parse(text, datetime.date(2019, 4, 9)).pauses  # a Tuesday
    assert pause.start is not None
    assert pause.start.value == "2019-04-12T06:00"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Jihadists lifted their blockade "for 48 hours" from Monday morning, sources said.', "2016-10-31"),
        ('JNIM has lifted its blockade of the city "for 72 hours" from Monday morning.', "2016-10-31"),
        ("The corridor will be opened from Monday.", "2016-11-07"),
        ("The ministry said its forces had stopped firing around the plant from 6 a.m. on Monday.", "2016-10-31T06:00"),
        ("The ministry said its forces would stop firing around the plant from 6 a.m. on Monday.", "2016-11-07T06:00"),
        # a promise of the past, for a day gone by
        ("Russia had promised a local ceasefire along the route from 10 a.m. on Monday.", "2016-10-31T10:00"),
        ("The corridors opened on Sunday. The truce is due to end at 6 p.m. on Monday.", "2016-11-07"),
    ],
)
def test_an_opening_done_already_puts_its_from_day_behind(text: str, value: str) -> None:
    found = [t for t in times(text) if t.when is not None and t.text != "Sunday"]
    assert found[-1].when is not None
    assert found[-1].when.value == value


@pytest.mark.parametrize(
    "text",
    [
        "The Alliance Fleuve Congo/March 23 Movement signed the framework.",
        "Fighters of the 17 February Revolution brigades held the port.",
    ],
)
def test_a_date_that_opens_a_name_is_no_day(text: str) -> None:
    assert [t.when for t in times(text) if t.when is not None] == []


def test_a_date_before_a_common_noun_is_still_a_day() -> None:
    (found,) = [t.when for t in times("The March 23 attack killed nine.") if t.when is not None]
    assert found.value == "2016-03-23"


def test_two_weekdays_joined_by_and_are_days_in_a_row_and_hours_after_them_a_daily_window() -> None:
    """Wednesday Nov. 2: "on Friday and Saturday" are Nov. 4 and 5, the window opening on the first."""
    text = 'He said forces would hold their fire "on Friday and Saturday from 7 a.m. to 3 p.m. local time."'
    (found,) = times(text)
    assert found.when is not None
    assert found.until is not None
    assert (found.when.value, found.until.value) == ("2016-11-04T07:00", "2016-11-04T15:00")
    assert found.text == "Friday and Saturday from 7 a.m. to 3 p.m. local time"
    assert found.recurrence is not None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Clashes on Monday and Tuesday killed nine.", ["2016-10-31", "2016-11-01"]),
        ('He said they would hold their fire "on Friday and Saturday."', ["2016-11-04", "2016-11-05"]),
    ],
)
def test_two_weekdays_joined_by_and_without_hours_stay_two_days_in_order(text: str, days: list[str]) -> None:
    assert [t.when.value for t in times(text) if t.when is not None] == days


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 2020, the war ended with a ceasefire on November 10 of that year.", "2020-11-10"),
        ("The truce began on April 2, 2022, and lapsed on October 2 that year.", "2022-10-02"),
        ("A ceasefire agreed in January 2014 collapsed in June that year.", "2014-06"),
    ],
)
def test_a_day_of_that_year_falls_in_the_year_written_before_it(text: str, value: str) -> None:
    found = [t.when.value for t in times(text) if t.when is not None]
    assert found[-1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The truce takes effect from midnight (2200 GMT) on Thursday, they said.", "2020-03-06T00:00"),
        ("It starts at midnight (2200 GMT Thursday).", "2020-03-06T00:00"),
        ("It started at midnight (2000 GMT) on Saturday.", "2020-03-01T00:00"),
        # its zone between: "at midnight Damascus time (2200 GMT) on Friday"
        ("The truce starts at midnight Damascus time (2200 GMT) on Thursday.", "2020-03-06T00:00"),
        ("The truce starts at midnight local time (2200 GMT) on Thursday.", "2020-03-06T00:00"),
        # the evening after the day: "from midnight on Wednesday (2300 GMT)"
        ("The truce takes effect from midnight on Thursday (2200 GMT), they said.", "2020-03-06T00:00"),
        # a morning in GMT is the midnight that opens the day, west of Greenwich
        ("The truce takes effect from midnight on Thursday (0500 GMT), they said.", "2020-03-05T00:00"),
        # unless that morning is the next day's: the midnight that ends Thursday, told west of Greenwich
        ("The truce takes effect from midnight on Thursday (0500 GMT Friday), they said.", "2020-03-06T00:00"),
        ("The truce takes effect from midnight on Thursday (2200 GMT Wednesday), they said.", "2020-03-05T00:00"),
        # an evening in GMT of the day named: the midnight that ends it, east of Greenwich
        ("The truce took effect at midnight Thursday (2200 GMT Thursday), they said.", "2020-03-06T00:00"),
        ("The truce takes effect from midnight on Thursday (0500 GMT Thursday), they said.", "2020-03-05T00:00"),
    ],
)
def test_a_midnight_after_an_evening_in_gmt_ends_the_day_named(text: str, value: str) -> None:
    """Thursday March 5: the local midnight comes after the GMT evening, whether the day is in the brackets or not."""
    found = [t.when.value for t in times(text, datetime.date(2020, 3, 5)) if t.when is not None]
    assert found == [value]


@pytest.mark.parametrize(
    "words", ["midnight (1800 GMT), as Friday turns to Saturday", "midnight, as Friday turned to Saturday"]
)
def test_a_midnight_as_one_weekday_turns_to_the_next_opens_the_second(words: str) -> None:
    text = f"Both sides signed the accord on Friday. The truce takes effect at {words}, officials said."
    found = [t.when.value for t in times(text, datetime.date(2002, 2, 22)) if t.when is not None]
    assert found[-1] == "2002-02-23T00:00"


@pytest.mark.parametrize("gloss", [", the night of Feb. 24-25,", " (the night of Feb. 24-25)"])
def test_a_midnight_on_a_weekday_told_as_the_night_of_two_dates_opens_the_second(gloss: str) -> None:
    text = (
        "India and Pakistan have agreed to strictly observe a 2003 ceasefire along the Line of Control dividing"
        f" Kashmir from midnight on Wednesday{gloss} the two armies said."
    )
    found = [
        t.when.value for t in times(text, datetime.date(2021, 2, 25)) if t.when is not None and "T" in t.when.value
    ]
    assert found == ["2021-02-25T00:00"]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("took effect at midnight Friday", "2016-02-27T00:00"),  # the wire's midnight Friday ends Friday
        ("took effect at midnight on Friday", "2016-02-27T00:00"),  # so does one with "on" and no gloss
        ("took effect at midnight on Friday (2100 GMT on Thursday)", "2016-02-26T00:00"),  # a gloss that opens it
        ("would take effect at midnight on Friday", "2016-02-27T00:00"),  # a future seen from Friday, ending it
        ("would come into force at midnight Friday", "2016-02-27T00:00"),
    ],
)
def test_a_halt_begun_at_the_wire_s_midnight_of_the_day_before_began_the_story_s_day(words: str, value: str) -> None:
    text = f"The truce {words}, hours after the Security Council endorsed it."
    found = [
        t.when.value for t in times(text, datetime.date(2016, 2, 27)) if t.when is not None and "T" in t.when.value
    ]
    assert found[:1] == [value]


@pytest.mark.parametrize("night", ["Monday night", "Monday"])
def test_a_midnight_with_its_gmt_evening_on_a_weekday_night_ends_that_day_once(night: str) -> None:
    text = f"The truce is due to begin at midnight (2200 GMT) on {night}, Blinken said."
    found = [t.when.value for t in times(text, datetime.date(2023, 4, 24)) if t.when is not None]
    assert found[0] == "2023-04-25T00:00"


@pytest.mark.parametrize(
    ("words", "published", "value"),
    [
        ("as Wednesday turned into Thursday", datetime.date(1994, 9, 1), "1994-09-01T00:00"),
        ("when Friday turns to Saturday", datetime.date(2002, 2, 22), "2002-02-23T00:00"),
    ],
)
def test_two_weekdays_turning_with_no_midnight_named_tell_the_second_s_first_minute(
    words: str, published: datetime.date, value: str
) -> None:
    text = f"The group said it would stop all military operations. The order took effect {words}."
    found = [t.when.value for t in times(text, published) if t.when is not None]
    assert found == [value]


@pytest.mark.parametrize(
    "words",
    [
        "midnight Monday to Tuesday",
        "midnight on Monday/Tuesday",
        "midnight on Monday into Tuesday",
        "midnight Monday local time, as Monday turned to Tuesday",
    ],
)
def test_a_midnight_told_as_the_night_into_the_next_weekday_ends_the_first(words: str) -> None:
    text = f"A ceasefire agreed at the talks in Sweden took effect at {words}."
    found = [t.when.value for t in times(text, datetime.date(2018, 12, 18)) if t.when is not None]
    assert found[0] == "2018-12-18T00:00"


@pytest.mark.parametrize(
    ("signed", "published", "value"),
    [
        ("Tuesday", datetime.date(1999, 5, 18), "1999-05-24T06:00"),  # signed today: the Monday to come
        ("Sunday", datetime.date(1999, 5, 18), "1999-05-17T06:00"),  # signed on Sunday: the Monday after it
    ],
)
def test_a_weekday_a_deal_signed_on_a_day_binds_its_parties_to_counts_from_the_signing(
    signed: str, published: datetime.date, value: str
) -> None:
    text = (
        "The president and the rebel leader signed a ceasefire agreement in the Togolese capital on"
        f" {signed}, committing their forces to stop fighting at 6 a.m. on Monday."
    )
    found = [t.when.value for t in times(text, published) if t.when is not None]
    assert found[-1] == value


@pytest.mark.parametrize(
    "text",
    [
        (
            "Putin told his defence minister on Thursday to halt fire along the front line for 36 hours from noon on"
            " Friday, the Kremlin said."
        ),
        # the day before the verb
        (
            "Putin on Thursday instructed Defence Minister Sergei Shoigu to halt fire along the entire front from noon"
            " (0900 GMT) on Friday."
        ),
    ],
)
def test_a_weekday_after_an_order_given_on_a_day_gone_counts_from_that_day(text: str) -> None:
    found = [t.when.value for t in times(text, datetime.date(2023, 1, 7)) if t.when is not None]
    assert found == ["2023-01-05", "2023-01-06T12:00"]  # told on Saturday: yesterday's noon, not next Friday's


def test_a_midnight_on_a_weekday_and_its_date_then_an_evening_in_gmt_ends_the_day() -> None:
    text = "The IRA suspended offensive operations from midnight on Monday, June 26 (2300 GMT)."
    found = [t.when.value for t in times(text, datetime.date(1972, 7, 10)) if t.when is not None]
    assert found[0] == "1972-06-27T00:00"


def test_a_headline_s_midnight_on_a_weekday_reads_as_the_body_glosses_it() -> None:
    text = (
        "Army and ELN to halt fighting from midnight Friday\n\nBOGOTA (AP) - The truce starts at midnight "
        "Friday (0500 GMT Saturday), the army said."
    )
    found = [t.when.value for t in times(text, datetime.date(2020, 3, 5)) if t.when is not None]
    assert found == ["2020-03-07T00:00", "2020-03-07T00:00"]


def test_a_headline_s_bare_midnight_is_the_midnight_its_body_dates() -> None:
    text = (
        "Two armies agree to hold fire from midnight\n\nNEW DELHI (AFP) - The two armies agreed on Thursday to "
        'stop firing along the frontier.\nThe order is "with effect from midnight of Feb. 24-25", a statement said.'
    )
    found = [(t.text, t.when.value) for t in times(text, datetime.date(2021, 2, 25)) if t.when is not None]
    assert found[0] == ("from midnight", "2021-02-25T00:00")


def test_a_headline_s_bare_midnight_stays_undated_when_its_body_dates_none() -> None:
    text = "Two armies agree to hold fire from midnight\n\nNEW DELHI (AFP) - The two armies agreed to stop firing."
    assert [t.when for t in times(text, datetime.date(2021, 2, 25)) if t.text == "from midnight"] == [None]


def test_a_headline_s_midnight_keeps_its_own_reading_under_a_gloss_without_a_day() -> None:
    text = (
        "Rebels to halt fighting from midnight Friday\n\nNDJAMENA (Reuters) - The truce starts from midnight on "
        "Friday (2300 GMT), the rebels said."
    )
    found = [t.when.value for t in times(text, datetime.date(2020, 3, 5)) if t.when is not None]
    assert found[0] == "2020-03-06T00:00"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Thursday April 5: a halt to come from Thursday's midnight is from the one that ends it
        ("The rebels said they would end all military operations from midnight Thursday.", "2012-04-06T00:00"),
        ("The ceasefire will take effect from midnight on Thursday, the eve of the holiday.", "2012-04-06T00:00"),
        # but not one gone by, nor one whose date or time in brackets is said
        ("The ceasefire took effect at midnight on Thursday, the army said.", "2012-04-05T00:00"),
        ("The rebels would end military operations from midnight on Thursday, April 5.", "2012-04-05T00:00"),
        ("The truce was due to begin at midnight on Thursday (2200 GMT on Wednesday).", "2012-04-05T00:00"),
    ],
)
def test_today_s_midnight_told_as_to_come_is_the_one_ending_today(text: str, value: str) -> None:
    found = [t.when.value for t in times(text, datetime.date(2012, 4, 5)) if t.when is not None]
    assert found[0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Thursday April 5: a halt made that very day cannot begin before its making
        (
            "The rebels on Thursday declared an end of military operations from midnight on Thursday.",
            "2012-04-06T00:00",
        ),
        ("The president ordered on Thursday a halt to all operations from midnight Thursday.", "2012-04-06T00:00"),
        # but one made the day before keeps that midnight
        ("The rebels on Wednesday declared a halt from midnight on Thursday.", "2012-04-05T00:00"),
        # one told as made by now, in the present perfect, was made that day
        ("The president has declared a holiday cease-fire from midnight on Thursday.", "2012-04-06T00:00"),
    ],
)
def test_today_s_midnight_of_a_halt_made_today_is_the_one_ending_today(text: str, value: str) -> None:
    found = [
        t.when.value for t in times(text, datetime.date(2012, 4, 5)) if t.when is not None and "midnight" in t.text
    ]
    assert found == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Monday Aug. 2: two days ahead, or one behind
        ("Commanders signed a cease-fire on Monday, agreeing to stop fighting at noon Wednesday.", "1993-08-04T12:00"),
        ("The general ordered his troops to cease fire at 6 p.m. Sunday, the army said.", "1993-08-01T18:00"),
    ],
)
def test_a_halt_in_the_infinitive_is_on_the_nearer_weekday(text: str, value: str) -> None:
    found = [t.when.value for t in times(text, datetime.date(1993, 8, 2)) if t.when is not None]
    assert value in found


def test_a_four_digit_clock_time_with_its_leading_zero_before_its_day() -> None:
    text = "A 60-day countrywide cease-fire took effect at 0001 on Oct. 12 (2301 GMT Wednesday), two days late."
    found = [t.when.value for t in times(text, datetime.date(1995, 10, 12)) if t.when is not None]
    assert found == ["1995-10-12T00:01"]


@pytest.mark.parametrize(
    "text",
    [
        "The armies will observe the cease-fire from midnight on Feb. 24-25.",
        "The DGMOs said they will observe the ceasefire with effect from the midnight of February 24-25.",
        "The two ministries agreed a humanitarian truce from midnight on 24-25 February.",  # the day first
        "The group will stop attacks from midnight on the night of February 24.",  # the night named by its day
        "The truce will begin at midnight on the night of February 24-25.",
        "The DGMOs agreed to observe all ceasefire agreements from the midnight of February 24/25.",  # a slash
    ],
)
def test_a_midnight_on_a_night_written_as_two_days_opens_the_second(text: str) -> None:
    found = [t.when.value for t in times(text) if t.when]
    assert found[0].endswith("-02-25T00:00")


def test_a_modal_in_a_sentence_after_a_blank_line_still_makes_the_day_lie_ahead() -> None:
    text = (
        "The two sides signed a ceasefire, the mediators said on Sunday.\n\nThe truce will take effect "
        '"48 hours after signing", at 9:45 p.m. (1945 GMT) on Monday, they said.'
    )
    found = [t for t in times(text, datetime.date(2023, 5, 21)) if t.text.endswith("Monday")]
    assert [t.when.value for t in found if t.when is not None] == ["2023-05-22T21:45"]


@pytest.mark.parametrize(
    ("text", "modifier"), [("since Monday", "after"), ("until Friday", "before"), ("on Monday", None)]
)
def test_a_weekday_takes_the_bound_before_it(text: str, modifier: str | None) -> None:
    when = only(f"The guns have been silent {text}.").when
    assert when is not None
    assert (when.modifier.value if when.modifier is not None else None) == modifier


@pytest.mark.parametrize(
    "text",
    [
        "The truce was brokered after a meeting that lasted until dawn on Monday.",
        "Fighting raged until Monday, residents said.",
        "The talks went on until Monday night.",
    ],
)
def test_until_a_weekday_after_a_verb_of_lasting_in_the_past_is_the_day_behind(text: str) -> None:
    when = only(text).when
    assert when is not None
    assert when.value == "2016-10-31"


def test_until_a_weekday_after_a_verb_of_lasting_to_come_is_the_day_ahead() -> None:
    when = only("The truce will last until Monday.").when
    assert when is not None
    assert when.value == "2016-11-07"


@pytest.mark.parametrize("clock", ["0001 hours", "0600 hrs", "06:00 hours"])
def test_a_military_clock_before_a_day_is_read_past_to_the_words_before_it(clock: str) -> None:
    text = f"They agreed on Friday to a truce to take effect at {clock} local time on Saturday."
    found = [t for t in times(text, datetime.date(2011, 4, 29)) if t.text.endswith("Saturday")]
    assert [t.when.value[:10] for t in found if t.when is not None] == ["2011-04-30"]


@pytest.mark.parametrize(
    "text",
    [
        "Qatar announced on Thursday that the truce would start at 7:00 am on Friday.",
        "The gang leader said his men would stop shooting from 6 p.m. on Friday for 72 hours.",
    ],
)
def test_yesterdays_weekday_under_would_is_yesterday_not_six_days_ahead(text: str) -> None:
    found = [t for t in times(text, datetime.date(2023, 11, 25)) if t.text.endswith("Friday")]
    assert [t.when.value[:10] for t in found if t.when is not None] == ["2023-11-24"]


def test_yesterdays_weekday_under_will_is_still_the_coming_one() -> None:
    found = times("The truce will start on Friday.", datetime.date(2023, 11, 25))
    assert [t.when.value[:10] for t in found if t.when is not None] == ["2023-12-01"]


def test_minutes_after_midnight_are_a_clock_time_as_minutes_past_it_are() -> None:
    found = [t for t in times("A 60-day ceasefire took effect one minute after midnight on Thursday.") if t.when]
    assert [(t.text, t.clock_start) for t in found] == [("one minute after midnight on Thursday", "00:01")]


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Putin ordered a ceasefire from noon on Jan. 6 to midnight on Jan. 7.", "2023-01-08T00:00"),
        ("The truce will run from 4 p.m. Saturday to midnight on Sunday.", "2023-01-09T00:00"),
    ],
)
def test_a_range_to_midnight_on_a_day_ends_with_that_day(text: str, until: str) -> None:
    end = times(text, datetime.date(2023, 1, 5))[-1]
    assert end.until is not None
    assert end.until.value == until


def test_a_range_from_midnight_to_midnight_counts_whole_days() -> None:
    *_, end = times("A ceasefire from midnight on May 8 to midnight on May 11.", datetime.date(2025, 4, 28))
    assert end.when is not None
    assert end.until is None
    assert end.when.value == "2025-05-11T00:00"  # the midnight that opens May 11: three days, as its 72 hours say


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A ceasefire from 9 a.m. local time (0500 GMT) on Tuesday collapsed within hours.", "2022-09-13T09:00"),
        ("A truce from Tuesday broke down on Wednesday.", "2022-09-13"),
        ("A truce from Tuesday will hold, officials said.", "2022-09-20"),
    ],
)
def test_a_past_verb_after_a_day_from_which_a_truce_ran_puts_it_behind(text: str, value: str) -> None:
    found = times(text, datetime.date(2022, 9, 14))[0]
    assert found.when is not None
    assert found.when.value == value


def test_a_headline_midnight_of_the_story_s_weekday_is_the_one_the_body_tells_as_to_come() -> None:
    text = (
        "IRA announces restoration of ceasefire from midnight Saturday\n\n"
        "BELFAST, July 19 (AFP) - The Irish Republican Army said on Saturday it would restore its ceasefire from"
        " midnight on Saturday, 17 months after it ended its previous truce."
    )
    midnights = [t.when.value for t in times(text, datetime.date(1997, 7, 19)) if t.when and t.clock_start == "00:00"]
    assert midnights == ["1997-07-20T00:00", "1997-07-20T00:00"]


def test_a_headline_midnight_of_the_story_s_weekday_stays_when_the_body_tells_none_to_come() -> None:
    text = (
        "IRA ceasefire took effect at midnight Saturday\n\n"
        "BELFAST, July 19 (AFP) - The Irish Republican Army's ceasefire took effect at midnight on Saturday."
    )
    midnights = [t.when.value for t in times(text, datetime.date(1997, 7, 19)) if t.when and t.clock_start == "00:00"]
    assert midnights == ["1997-07-19T00:00", "1997-07-19T00:00"]


@pytest.mark.parametrize(
    ("published", "value"),
    [
        # a future seen from the past: the weekday nearer the story's day, before or after it
        (datetime.date(2023, 4, 19), "2023-04-18T18:00"),
        (datetime.date(2023, 4, 17), "2023-04-18T18:00"),
    ],
)
def test_a_weekday_due_from_the_past_is_the_nearer_one(published: datetime.date, value: str) -> None:
    text = "The army agreed to a truce that was due to take effect at 6 p.m. (1600 GMT) on Tuesday."
    found = [t.when.value for t in times(text, published) if t.when is not None]
    assert found == [value]


def test_a_weekday_supposed_from_the_past_past_a_glossed_clock_is_the_nearer_one() -> None:
    text = (
        "Russia said it had brokered a ceasefire that was supposed to take effect at 9 a.m. Moscow time (0600 GMT)"
        " on Tuesday."
    )
    found = [
        t.when.value for t in times(text, datetime.date(2022, 9, 14)) if t.when is not None and "T" in t.when.value
    ]
    assert found[:1] == ["2022-09-13T09:00"]


def test_the_day_an_order_to_hold_a_halt_is_carried_out_on_lies_ahead() -> None:
    mention = only(
        "The president ordered the security forces to observe the halt on Monday.", datetime.date(2009, 4, 12)
    )
    assert mention.when is not None
    assert mention.when.value == "2009-04-13"


def test_a_range_a_halt_was_observed_in_lies_behind() -> None:
    mentions = times(
        "The pause, observed from 10 a.m. to 3 p.m. (0700-1200 GMT) on Thursday, was accepted by both sides.",
        datetime.date(2014, 7, 18),
    )
    assert "2014-07-17" in {m.when.value[:10] for m in mentions if m.when is not None}


def test_a_price_with_two_decimals_is_no_clock_time() -> None:
    assert times("A loaf now costs $8.50 and petrol 1.50 euros a litre.") == ()
    (clock,) = times("The truce begins at 8.30 tomorrow.")
    assert clock.clock_start == "08:30"


@pytest.mark.parametrize("gap", ["\n\n", " "])
def test_a_clock_time_ending_a_sentence_of_the_future_ends_its_clause(gap: str) -> None:
    text = (
        "The hostages would be handed to the Red Cross at 4 p.m."
        f"{gap}Under the agreement reached on Monday, Hamas is to free 50 hostages."
    )
    (_, monday) = times(text)
    assert monday.when is not None
    assert monday.when.value == "2016-10-31"  # not the Monday ahead the "would" before the stop points to


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Putin has ordered a humanitarian pause around the town of Kafr Hamra on Saturday.", "2016-11-05"),
        ("The guerrillas have declared a unilateral ceasefire for Sunday's general elections.", "2016-11-06"),
        # the halt first, then its making in the perfect
        ("They may leave during a ceasefire that President Putin has ordered for Thursday.", "2016-11-03"),
        # the perfect's subordinate deed may lie behind
        ("Putin has ordered a pause after rebels shelled the town on Saturday.", "2016-10-29"),
    ],
)
def test_a_halt_made_in_the_perfect_takes_its_weekday_ahead(text: str, value: str) -> None:
    day = only(text)
    assert day.when is not None
    assert day.when.value == value


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("A ceasefire took effect at 3.30 a.m. Indian time (2200 GMT Wednesday) today.", "03:30"),
        ("The pause will run from 7.30 pm to 10.15 p.m. on Friday.", "19:30"),
    ],
)
def test_a_clock_time_with_a_dot_takes_its_meridiem(text: str, clock: str) -> None:
    assert times(text)[0].clock_start == clock
