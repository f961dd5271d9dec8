"""Stories that tell of more than one halt: each pause apart, with its own place, hours and mentions."""

from __future__ import annotations

import datetime

import pytest

import ceasefire
from ceasefire import HumanitarianPause, Recurrence, Report


def parse(text: str, published: datetime.date | None = datetime.date(2019, 2, 12)) -> Report:
    return ceasefire.parse(text, published)


def by_place(report: Report) -> dict[str | None, HumanitarianPause]:
    return {pause.location: pause for pause in report.pauses}


def evidence(report: Report, pause: HumanitarianPause) -> list[str]:
    return [report.article.text[span.start : span.end] for span in pause.evidence]


TWO_TOWNS = """Truce in Kassala as army keeps daily pause at Wad Madani

KHARTOUM (Reuters) - The army said on Tuesday it had agreed to a 24-hour truce in the town of Kassala
after clashes with a local militia, to let elders negotiate the handover of seized weapons.

The truce in Kassala will run from 6 a.m. on Wednesday to 6 a.m. on Thursday, the army said.

In the south, the Rapid Support Forces announced on Saturday a daily five-hour pause in their offensive on
the city of Wad Madani, from 8 a.m. to 1 p.m., starting on Sunday. More than 1,600 people have left the city
since the pause began, aid workers said.
"""


def test_a_second_pause_introduced_in_another_place_is_its_own() -> None:
    report = parse(TWO_TOWNS)
    pauses = by_place(report)
    assert set(pauses) == {"Kassala", "Wad Madani"}
    kassala, madani = pauses["Kassala"], pauses["Wad Madani"]
    assert madani.daily_window is not None
    assert (madani.daily_window.start, madani.daily_window.end) == ("08:00", "13:00")
    assert madani.recurrence is Recurrence.DAILY
    # announced on Saturday, "starting on Sunday": the Sunday after it, gone by when the story is told on Tuesday
    assert madani.start is not None
    assert madani.start.value == "2019-02-10T08:00"
    # the other pause's hours and "daily" are not the first one's
    assert kassala.daily_window is None
    assert kassala.recurrence is None
    assert kassala.start is not None
    assert kassala.start.value.startswith("2019-02-13")
    # "since the pause began", after the pause in Wad Madani is told: that pause, not the truce
    assert evidence(report, madani)[-1] == "pause"
    assert [p.id for p in report.pauses] == ["pause-1", "pause-2"]
    assert {a for p in report.pauses for a in (*p.ordered_by, *p.announced_by)} <= {a.id for a in report.actors}


def test_a_headline_mention_without_a_place_goes_to_the_pause_of_its_kind() -> None:
    report = parse(TWO_TOWNS)
    headline_end = len(report.article.title or "")
    madani = by_place(report)["Wad Madani"]
    kassala = by_place(report)["Kassala"]
    assert any(span.end <= headline_end for span in madani.evidence)  # "keeps daily pause at Wad Madani"
    assert any(span.end <= headline_end for span in kassala.evidence)  # "Truce in Kassala"


ONE_SENTENCE = """Myanmar army and Arakan Army agree to 72-hour truce in Rakhine

YANGON (AP) - Myanmar's military government and the Arakan Army have agreed to a 72-hour truce in western
Rakhine state starting Saturday, China's Foreign Ministry said Friday, as a separate daily pause in the
northern city of Lashio entered its second week.

In Lashio, in northern Shan state, a daily four-hour pause agreed last month has largely held. The pause,
which began on Feb. 28, runs from 8 a.m. to noon each day.

Last year China brokered a truce in northern Shan that collapsed within months.
"""


def test_two_pauses_in_one_sentence_and_a_place_that_opens_a_sentence() -> None:
    report = parse(ONE_SENTENCE, datetime.date(2025, 3, 7))
    pauses = by_place(report)
    assert set(pauses) == {"western Rakhine", "Lashio"}
    lashio, rakhine = pauses["Lashio"], pauses["western Rakhine"]
    assert lashio.start is not None
    assert lashio.start.value == "2025-02-28T08:00"
    assert lashio.daily_window is not None
    assert lashio.daily_window.end == "12:00"
    assert rakhine.daily_window is None
    assert rakhine.start is not None
    assert rakhine.start.value.startswith("2025-03-08")
    # the sentence that names the truce first is the truce's: its parties are not the Lashio pause's
    assert lashio.ordered_by == ()
    # a truce told of as over is no pause of the story's
    assert all("collapsed" not in report.article.text[s.end : s.end + 40] for p in report.pauses for s in p.evidence)


def test_the_same_place_said_again_in_other_words_is_one_pause() -> None:
    text = """Russia announces humanitarian pause in Aleppo

MOSCOW (Reuters) - Russia announced a humanitarian pause in Aleppo on Thursday. Later, the army declared
a pause in eastern Aleppo from 9 a.m. to 7 p.m.
"""
    assert len(parse(text).pauses) == 1


def test_an_acronym_of_the_place_is_the_same_place() -> None:
    text = """India and Pakistan agree to ceasefire on LoC

ISLAMABAD (Reuters) - India and Pakistan agreed to a ceasefire along the Line of Control from midnight.
Villagers said they hoped for a ceasefire on the LoC that would last.
"""
    assert len(parse(text).pauses) == 1


def test_a_town_in_the_state_of_the_pause_is_the_same_pause() -> None:
    text = """Sudan truce holds

KHARTOUM (Reuters) - The army and the RSF agreed to a ceasefire in Sudan from Saturday.
Residents reported a truce in El Fasher on Sunday, as aid trucks arrived.
"""
    assert len(parse(text).pauses) == 1


def test_a_pause_said_in_a_quotation_is_no_new_one() -> None:
    text = """Army announces daily tactical pause on southern Gaza road

JERUSALEM (Reuters) - The army said on Sunday it would hold a daily tactical pause along a road in southern
Gaza from 8:00 until 19:00. "A pause for trucks while our soldiers are falling in Rafah is a prize for
Hamas," a minister wrote.
"""
    report = parse(text)
    assert len(report.pauses) == 1
    assert len(report.pauses[0].evidence) == 3


def test_a_text_in_capitals_keeps_one_pause() -> None:
    assert len(parse(TWO_TOWNS.upper()).pauses) <= 1


def test_separately_tells_of_a_halt_apart_without_an_article() -> None:
    text = """Army declares truce in Kassala

KHARTOUM (Reuters) - The army declared a 24-hour truce in Kassala on Tuesday.

Separately, the Rapid Support Forces announced the suspension of offensive operations around El Obeid from Friday.
"""
    assert set(by_place(parse(text))) == {"Kassala", "El Obeid"}


def test_a_halt_told_of_as_over_after_its_place_and_time_is_no_pause() -> None:
    for opening in ("A pause", "A similar pause"):
        text = f"""Rebels agree to 72-hour truce in Uvira

GOMA (AFP) - The M23 rebels agreed to a 72-hour truce in Uvira starting at midnight on Friday.
{opening} around the border town of Kamanyola in March collapsed within hours.
"""
        report = parse(text)
        assert [p.location for p in report.pauses] == ["Uvira"], opening
        assert all("Kamanyola" not in report.article.text[s.end : s.end + 40] for s in report.pauses[0].evidence)


def test_a_mention_in_quotation_marks_may_introduce_a_pause() -> None:
    text = """Two truces in Colombia

BOGOTA (Reuters) - The army and the dissidents agreed to a weeklong pause around El Plateado from Monday.

On Wednesday the ELN announced a 72-hour "humanitarian truce" in Tibu, which began at 6 a.m. on Thursday.
"""
    pauses = by_place(parse(text, datetime.date(2025, 2, 15)))
    assert set(pauses) == {"El Plateado", "Tibu"}
    tibu = pauses["Tibu"]
    assert tibu.start is not None
    assert tibu.start.value == "2025-02-13T06:00"


def test_a_halt_introduced_as_a_subject_and_told_of_as_over_is_another() -> None:
    text = """Russia and Ukraine agree to local ceasefire at nuclear plant

VIENNA (Reuters) - Russia and Ukraine have agreed to a local ceasefire around the Zaporizhzhia nuclear plant
on Thursday so that engineers can repair a power line, the IAEA said.

A 30-day moratorium on strikes on energy facilities, agreed in March after a phone call between the two
presidents, ran out in April amid mutual accusations of violations.
"""
    report = parse(text, datetime.date(2025, 11, 4))
    (pause,) = report.pauses
    assert all(not report.article.text[s.start : s.end].startswith("moratorium") for s in pause.evidence)
    halts = [
        e
        for e in report.events
        if e.kind is ceasefire.EventKind.CEASEFIRE and e.trigger.startswith("moratorium on strikes")
    ]
    assert len(halts) == 1


def test_a_halt_whose_own_verb_tells_it_is_over_is_another() -> None:
    text = """ELN declares election ceasefire

BOGOTA (AFP) - The ELN said Monday it would halt offensive military actions from 00:00 on May 25 to 23:59
on May 27, in a 72-hour ceasefire.

A 101-day bilateral ceasefire between the rebels and the government ended on January 9.
"""
    report = parse(text, datetime.date(2018, 5, 21))
    (pause,) = report.pauses
    assert pause.duration == datetime.timedelta(hours=72)
    over = report.article.text.index("ceasefire between")
    assert all(span.start != over for span in pause.evidence)
    assert [e.when.value for e in report.events if e.kind is ceasefire.EventKind.CEASEFIRE and e.when][
        -1
    ] == "2018-01-09"


def test_an_extension_is_a_pause_of_its_own_after_the_first() -> None:
    text = """Yemen's warring sides extend Taiz truce by another 48 hours

ADEN (Reuters) - Yemen's Houthi movement and the government have agreed to extend a 72-hour truce around the
besieged city of Taiz by another 48 hours, the U.N. said on Thursday. The truce took effect at 0600 GMT on Tuesday.
"""
    report = parse(text, datetime.date(2024, 11, 21))
    first, extension = report.pauses
    assert first.start is not None
    assert first.start.value == "2024-11-19T06:00"
    assert (extension.id, extension.duration) == ("pause-2", datetime.timedelta(hours=48))
    assert extension.start is not None
    assert extension.end is not None
    assert (extension.start.value, extension.end.value) == ("2024-11-22T06:00", "2024-11-24T06:00")
    assert extension.location == first.location == "Taiz"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army rejected a proposal by the mediators to extend the truce by seven days.",
        "The local truce could be extended by a further 24 hours.",
        "Israel has said it will extend the pause by one day for every 10 additional hostages freed.",
    ],
)
def test_an_extension_only_proposed_refused_or_conditional_makes_no_pause(sentence: str) -> None:
    text = f"Truce holds\n\nKHARTOUM (Reuters) - A 72-hour truce took effect in El Obeid on Saturday. {sentence}\n"
    assert len(parse(text).pauses) == 1


def test_an_extension_offered_and_turned_down_makes_no_pause() -> None:
    text = (
        "Gazans dig for dead during truce\n\nGAZA, July 26 (Reuters) - Thousands of Palestinians streamed back into"
        " Shejaiya on Saturday during a 12-hour humanitarian truce that began at 8 a.m., as Israel turned down a Hamas"
        " offer to prolong the lull by another 24 hours."
    )
    (pause,) = parse(text, datetime.date(2014, 7, 26)).pauses
    assert pause.duration == datetime.timedelta(hours=12)


def test_any_halt_offered_to_be_extended_makes_no_pause() -> None:
    text = (
        "Putin announced the truce on Saturday at a meeting with his chief of general staff, Valery Gerasimov,"
        " ordering Russian forces to halt all military activity from 18:00 Moscow time (1500 GMT) on Saturday until"
        " midnight on Sunday. He said Moscow expected Kyiv to follow suit but that troops should be ready to repel any"
        ' provocation.\n\n"Russia is trying to create an overall impression of a ceasefire while in places it does not'
        ' stop attempts to advance," Zelenskiy said, adding that Kyiv had offered to extend any halt in air strikes on'
        " civilian infrastructure for 30 days."
    )
    assert len(parse(text, datetime.date(2025, 4, 21)).pauses) == 1


def test_a_truce_renewed_after_it_lapsed_is_read_from_its_own_start_not_extended_again() -> None:
    text = """Rival militias renew Zawiya truce after deadly lapse

TRIPOLI (AFP) - Rival militias have renewed a truce in the western city of Zawiya for another five days, a day
after the first one expired and clashes resumed. The renewed truce took effect at 08:00 local time on Friday
and will run until 08:00 on Wednesday.
"""
    (pause,) = parse(text, datetime.date(2023, 8, 19)).pauses
    assert pause.location == "Zawiya"
    assert pause.start is not None
    assert pause.start.value == "2023-08-18T08:00"
    assert pause.end is not None
    assert pause.end.value == "2023-08-23T08:00"


def test_an_extension_to_a_new_total_is_the_one_pause_lengthened() -> None:
    text = (
        "Russia extends Aleppo pause to 11 hours\n\nMOSCOW, Oct 19 (Reuters) - Russia will extend a humanitarian "
        "pause in the Syrian city of Aleppo planned for Thursday by three hours, to 11 hours, the Russian military "
        "said on Wednesday.\n\nA general told a briefing that the pause would now run from 8 a.m. to 7 p.m. local time "
        "on Thursday."
    )
    (pause,) = parse(text, datetime.date(2016, 10, 19)).pauses
    assert pause.start is not None
    assert pause.start.value == "2016-10-20T08:00"


def test_an_extension_by_a_week_is_a_pause_of_its_own() -> None:
    report = ceasefire.parse(
        "The army and the TNLA agreed on Thursday to a three-day ceasefire in northern Shan starting at 6 a.m. on "
        "Thursday.\n\nOn Sunday, both sides agreed to extend the three-day ceasefire by a week, after talks in "
        "Kunming.\n",
        datetime.date(2025, 6, 22),
    )
    assert [p.duration for p in report.pauses] == [datetime.timedelta(days=3), datetime.timedelta(days=7)]


def test_a_plural_that_counts_the_pauses_told_apart_is_none_of_its_own() -> None:
    text = (
        "Elders announce separate clan truces in Galkayo and Beledweyne after deadly clashes\n\n"
        "Mogadishu (HOL) - Traditional elders and local officials on Tuesday announced two separate truces between "
        "rival clan militias in the central Somali towns of Galkayo and Beledweyne, where fighting over land and "
        "water has killed at least 23 people since the weekend.\n\n"
        "In Galkayo, a joint committee of elders from both sides of the divided town announced at a press "
        "conference on Tuesday morning that a 30-day truce between the two militias would take effect at noon "
        "the same day.\n\n"
        "Hours later, in a separate announcement on Tuesday evening, Hirshabelle state's interior minister said "
        "elders had brokered a seven-day truce between militias from two clans fighting over farmland near the "
        "village of Buundoweyn, north of Beledweyne. That truce was to begin at 6 a.m. on Wednesday."
    )
    report = parse(text, datetime.date(2024, 6, 12))
    assert len(report.pauses) == 2


def test_a_halt_told_before_a_separate_truce_in_its_sentence_is_a_pause_of_its_own() -> None:
    text = (
        "Rebels, junta announce separate pauses in Chin State\n\n"
        "Resistance fighters said Saturday they would halt attacks on the town of Hakha for four hours every "
        "day from Monday, while the military announced a separate, one-off 12-hour truce in Tedim.\n\n"
        "The alliance said its fighters would hold their fire around Hakha from 8:00 am to noon each day. "
        "Troops would observe the truce in Tedim from 6:00 am to 6:00 pm on Wednesday, the junta said."
    )
    report = ceasefire.parse(text, datetime.date(2024, 11, 9))
    assert [(p.location, p.start.value if p.start else None) for p in report.pauses] == [
        ("Hakha", "2024-11-11T08:00"),
        ("Tedim", "2024-11-13T06:00"),
    ]


def test_a_new_pause_and_a_separate_truce_extended_each_keep_their_own_words() -> None:
    text = (
        "Army announces Uvira pause as church-brokered truce extended\n\n"
        "Kinshasa (AFP) - The army on Wednesday announced a 72-hour humanitarian pause around the town of "
        "Uvira from Thursday, while a separate truce further north around Masisi was extended by another "
        "48 hours.\n\n"
        "Troops will halt offensive operations around Uvira so that aid agencies can evacuate the wounded "
        "through a corridor to the hospital in Baraka, the army spokesman said."
    )
    pauses = ceasefire.parse(text, datetime.date(2025, 4, 16)).pauses
    uvira = next(p for p in pauses if p.location == "Uvira")
    assert uvira.start is not None
    assert uvira.start.value == "2025-04-17"  # its "from Thursday", not the other's
    assert [c.destination for c in uvira.corridors] == ["Baraka"]
    assert all(p.location == "Masisi" for p in pauses if p is not uvira)  # the extension is Masisi's


EARLIER_TRUCE_TOLD_WITH_ITS_HOURS = """Kremlin declares three-day truce from Thursday

KYIV - Russia's unilateral three-day ceasefire took effect at 00:00 Moscow time on 8 May and is due to
end at 00:00 on 11 May, the Kremlin said.

Last month, Putin declared a 30-hour "Easter truce" from 18:00 on 19 April to midnight on 20 April.
Ukraine's army recorded nearly 3,000 violations during it.
"""


def test_an_earlier_truce_told_with_its_own_hours_is_a_pause_of_its_own() -> None:
    report = parse(EARLIER_TRUCE_TOLD_WITH_ITS_HOURS, datetime.date(2025, 5, 8))
    starts = [pause.start.value if pause.start else None for pause in report.pauses]
    assert starts == ["2025-05-08T00:00", "2025-04-19T18:00"]


def test_the_hours_of_the_same_truce_told_after_the_day_it_broke_make_no_second_pause() -> None:
    """The lead dates the truce's end with no clock time: the hours told later are its own, not another's."""
    story = (
        "Truce collapses in Belfast gunfire\n\n"
        "BELFAST, July 10 (Reuter) - The Provisional IRA's truce with the British Army was over on Monday after a "
        "night of shooting.\n\n"
        'The Provisionals had announced a "suspension of offensive operations" from midnight on Monday, June 26 '
        "(2300 GMT), provided the security forces responded in kind.\n"
    )
    report = parse(story, datetime.date(1972, 7, 10))
    assert len(report.pauses) == 1


def test_a_halt_held_again_on_other_days_of_its_sentence_is_a_pause_of_its_own() -> None:
    text = (
        "BOGOTA, Dec 18 (Reuters) - The rebel command ordered all its units to halt offensive actions against the"
        " army from Dec. 24 to Dec. 26 and again from Dec. 31 to Jan. 2, so that families can travel for the"
        " holidays."
    )
    report = parse(text, datetime.date(2018, 12, 18))
    spans = [(p.start.value if p.start else None, p.end.value if p.end else None) for p in report.pauses]
    assert spans == [("2018-12-24", "2018-12-26"), ("2018-12-31", "2019-01-02")]


def test_a_halt_again_on_a_day_is_not_read_as_held_again() -> None:
    text = (
        "Russia ordered a humanitarian pause around the town from 9 a.m. to 5 p.m. on Friday. Shelling resumed"
        " again on Saturday, residents said."
    )
    assert len(parse(text, datetime.date(2016, 11, 9)).pauses) == 1


OWN_TRUCE_LATER = """Army halts offensive in Cabo Delgado; insurgents answer with truce of their own

PEMBA, Mozambique (Reuters) - Mozambique's army halted its offensive against insurgents in Cabo Delgado province at
6 a.m. on Sunday, the defence ministry said, after weeks of fighting that have forced tens of thousands from their
homes.

Hours later, the insurgents announced their own seven-day truce in a message posted online, saying they would hold
fire to let families bury their dead.

"We will respond to any attack," a spokesman for the group said.

Aid agencies said more than 2,000 people had reached the port of Pemba since Friday.
"""

OWN_TRUCE_SAME_SENTENCE = """Government and rebels both halt fighting in Mindanao

MANILA, Oct. 9 (AP) - The government declared a unilateral ceasefire on Aug. 20, and the rebels' armed wing
followed with its own indefinite truce from Aug. 28. Both have largely held, officials said on Sunday.

Talks resumed in Oslo last week. The president had called a first truce in July but lifted it within days after an
ambush that killed a militiaman.
"""


def start_value(pause: HumanitarianPause) -> str | None:
    """The value of a pause's start, or None when the text gives none."""
    return pause.start.value if pause.start is not None else None


def test_a_party_s_own_truce_told_after_the_first_is_a_second_pause_in_the_same_place() -> None:
    army, insurgents = parse(OWN_TRUCE_LATER, datetime.date(2021, 3, 22)).pauses
    assert start_value(army) == "2021-03-21T06:00"
    assert army.location == "Cabo Delgado"
    # "announced their own seven-day truce", told with no place of its own: the place of the halt it answers
    assert insurgents.location == "Cabo Delgado"
    assert insurgents.duration == datetime.timedelta(days=7)
    assert insurgents.start is None  # "hours later" names the announcement, not a day the truce began
    assert army.duration is None  # the seven days are the insurgents' truce's


def test_a_party_s_own_truce_in_the_first_one_s_sentence_takes_its_own_day() -> None:
    government, rebels = parse(OWN_TRUCE_SAME_SENTENCE, datetime.date(2016, 10, 9)).pauses
    # the truce called in July and lifted, told after the rebels' one, is neither's hours nor a third pause
    assert (start_value(government), start_value(rebels)) == ("2016-08-20", "2016-08-28")


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        (
            (
                "Government matches rebel truce\n\nCOLOMBO, Dec 22 (Reuters) - Sri Lanka's new government declared a"
                " month-long ceasefire with the rebels late on Friday, only hours after the guerrillas announced a"
                " unilateral truce of their own."
            ),
            datetime.date(2001, 12, 22),
            "Sri Lanka",
        ),
        # the first named again in the own halt's sentence: the story then goes back to the pause it answers
        (
            (
                "Israel halts offensive\n\nGAZA (Reuters) - Israel declared a ceasefire in the Gaza Strip on Sunday."
                " Hamas announced its own truce hours later, and the ceasefire in the Gaza Strip held. Rockets fell on"
                " Monday despite the ceasefire."
            ),
            datetime.date(2009, 1, 18),
            "Gaza Strip",
        ),
    ],
)
def test_a_truce_of_a_party_s_own_is_a_second_pause_in_the_first_one_s_place(
    text: str, published: datetime.date, place: str
) -> None:
    report = parse(text, published)
    assert [p.kind.value for p in report.pauses] == ["ceasefire", "truce"]
    assert all(p.location == place for p in report.pauses)


def test_a_truce_of_his_own_declared_by_a_leader_is_a_second_pause_with_its_own_day() -> None:
    story = (
        "Rebels announce three-day ceasefire for Christmas\n\nMANILA, Dec. 20 (AP) — Communist rebels on Tuesday"
        " announced a three-day ceasefire over Christmas starting Saturday, the first in years, two days after"
        " President Rodrigo Duterte declared a 10-day truce of his own with the guerrillas, beginning Friday.\n\n"
        "Government troops would still pursue bandits not covered by the truce, officials said."
    )
    rebels, government = parse(story, datetime.date(2016, 12, 20)).pauses
    assert (start_value(rebels), start_value(government)) == ("2016-12-24", "2016-12-23")
