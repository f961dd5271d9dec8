"""The pauses stage: one pause for one halt, enriched by every mention, with its window and corridors."""

from __future__ import annotations

import datetime

import pytest

import ceasefire
from ceasefire import EventKind, FigureCategory, HumanitarianPause, Recurrence, Report, Status


def parse(text: str, published: datetime.date | None = datetime.date(2016, 11, 2)) -> Report:
    return ceasefire.parse(text, published)


def pause_of(report: Report) -> HumanitarianPause:
    assert len(report.pauses) == 1, report.pauses
    return report.pauses[0]


def start_of(report: Report) -> str:
    """The value of the story's one pause's start, which must be known."""
    start = pause_of(report).start
    assert start is not None
    return start.value


def names(report: Report, ids: tuple[str, ...]) -> list[str]:
    return [report.actor(i).name for i in ids]


GMT_STORY = """Truce in Hodeidah to run from 10:00 to 14:00 GMT

ADEN, Nov 3 (Reuters) - The Saudi-led coalition declared a humanitarian truce in Hodeidah from 10:00 to
14:00 GMT on Friday to let aid convoys reach the port, the U.N. said.
Residents said the city was quiet. Later mentions of the truce should not add another one.
"""


def test_gmt_window_on_a_weekday() -> None:
    report = parse(GMT_STORY)
    pause = pause_of(report)
    assert pause.location == "Hodeidah"
    assert pause.start is not None
    assert pause.end is not None
    assert (pause.start.value, pause.end.value) == ("2016-11-04T10:00", "2016-11-04T14:00")
    assert pause.daily_window is not None
    assert (pause.daily_window.start, pause.daily_window.end) == ("10:00", "14:00")
    assert pause.timezone == "GMT"
    assert pause.duration == datetime.timedelta(hours=4)
    assert pause.purpose == "to let aid convoys reach the port"
    assert names(report, pause.announced_by) == ["United Nations"]
    assert len(pause.evidence) == 3  # the title and two mentions in the body: one pause


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "On Thursday, the rebels' defence ministry said its forces would stop firing around the town on "
                "Saturday. The humanitarian pause will run from 8 a.m. until 5 p.m."
            ),
            "2016-11-05",
        ),
        ("On Saturday, the truce took effect in the town, the ministry said.", "2016-10-29"),
    ],
)
def test_a_day_that_opens_a_sentence_dates_the_saying_only_when_the_saying_comes_first(text: str, day: str) -> None:
    start = pause_of(parse(text)).start
    assert start is not None
    assert start.value[:10] == day


def test_a_truce_taking_effect_overnight_at_an_evening_hour_began_the_day_before() -> None:
    report = parse(
        "A truce between the militias collapsed within hours of taking effect overnight, residents said. "
        "It was to start at 8 p.m."
    )
    start = pause_of(report).start
    assert start is not None
    assert start.value == "2016-11-01T20:00"


def test_multi_day_truce_duration_and_start_at_midnight() -> None:
    text = (
        "The warring sides agreed to a 72-hour ceasefire beginning on Friday. "
        "The army confirmed it had accepted the ceasefire, starting at midnight."
    )
    pause = pause_of(parse(text))
    assert pause.duration == datetime.timedelta(hours=72)
    assert pause.start is not None
    assert pause.start.value == "2016-11-04T00:00"


def test_daily_pauses_recur() -> None:
    pause = pause_of(parse("Israel has accepted four-hour daily pauses in northern Gaza, the White House said."))
    assert pause.recurrence is not None
    assert pause.recurrence.value == "daily"
    assert pause.duration == datetime.timedelta(hours=4)
    assert pause.location == "northern Gaza"


def test_corridors_with_counts_arms_beneficiaries_and_destination() -> None:
    text = (
        "Russia declared a humanitarian pause in Mariupol. Rebels may leave unarmed via two corridors from Mariupol to "
        "Zaporizhzhia. "
        "Civilians would leave via three other corridors, it said. Troops withdrew from the two corridors."
    )
    pause = pause_of(parse(text))
    assert [(c.count, c.armed, c.destination) for c in pause.corridors] == [(2, False, "Zaporizhzhia"), (3, None, None)]
    assert pause.corridors[0].beneficiaries == ("Rebels",)
    assert pause.corridors[0].origin == "Mariupol"
    assert pause.corridors[1].beneficiaries == ("Civilians",)


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        (
            (
                "The army announced a three-day pause, saying villagers could leave through four corridors leading to "
                "the district headquarters, Khar."
            ),
            "Khar",
        ),
        (
            (
                "The GNA ordered a pause in Gharyan. Three corridors would be opened for the LNA fighters, "
                "leading south towards the LNA's base at al-Jufra."
            ),
            "al-Jufra",
        ),
        (
            (
                "The two sides agreed a 72-hour ceasefire. The army will secure a humanitarian corridor along the "
                "highway from Barangay Salbu to the town center of Shariff Aguak."
            ),
            "Shariff Aguak",
        ),
        (
            (
                "M23 declared a 48-hour truce in Nyabiondo. It will allow the ICRC to evacuate the wounded to Goma "
                "along a humanitarian corridor."
            ),
            "Goma",
        ),
        (
            (
                "A 72-hour truce took hold at the dam. A single road corridor will let ambulances take the wounded to "
                "hospitals in Kobani."
            ),
            "Kobani",
        ),
        (
            (
                "The U.N. agreed a 72-hour truce in Mahbes. It will open a supply corridor from Tindouf to the "
                "mission's team sites at Mehaires and Tifariti."
            ),
            "Mehaires and Tifariti",
        ),
    ],
)
def test_a_corridor_s_destination_after_what_the_place_is(text: str, destination: str) -> None:
    assert pause_of(parse(text)).corridors[0].destination == destination


def test_whether_a_corridor_s_users_go_armed_is_read_where_the_story_says_it_of_them() -> None:
    fighters = parse(
        "Fighters of the LNA holed up in Gharyan will be allowed to leave with their weapons on Saturday, the "
        "government said, offering a humanitarian pause. Three corridors would be opened for the LNA fighters, "
        "while civilians could leave through two other corridors to Tripoli."
    )
    assert [c.armed for c in pause_of(fighters).corridors] == [True, None]
    civilians = parse(
        "A humanitarian corridor for civilians will open on Saturday from Sumy to Poltava. "
        "Only unarmed civilians will be allowed to leave, he said."
    )
    assert [c.armed for c in pause_of(civilians).corridors] == [False]


def test_roads_counted_and_sent_somewhere_are_corridors() -> None:
    text = (
        "U.N. commander offers Mogadishu pause\n\nMOGADISHU, Sept 22 (Reuter) - The U.N. commander on Wednesday"
        " offered a humanitarian pause in south Mogadishu.\n\nGunmen who leave may keep their rifles and will not be"
        " fired on as they drive out along two designated roads heading north to the town of Balad between 7 a.m. and"
        " 3 p.m. local time (0400 and 1200 GMT) on Saturday, the U.N. said. Four other roads, running west to the"
        " feeding centres at Lafoole, will be kept open for civilians, the elderly and the sick, it said."
    )
    pause = pause_of(parse(text, datetime.date(1993, 9, 22)))
    assert pause.start is not None
    assert pause.start.value == "1993-09-25T07:00"
    assert [(c.count, c.destination, c.armed) for c in pause.corridors] == [(2, "Balad", True), (4, "Lafoole", None)]
    # "passages" too, and a day on which the leaving "will not be targeted" is the pause's, not a blow's
    text = (
        "Syria offers Homs pause\n\nDAMASCUS, April 22 (AFP) - The prime minister on Tuesday offered a humanitarian"
        " pause in the Old City of Homs.\n\nGunmen who choose to go will be allowed to carry their rifles and will"
        " not be targeted on Thursday from 8 a.m. to 6 p.m. local time (0500 to 1500 GMT) as they leave through three"
        " designated passages toward the town of Talbiseh, the premier's office said."
    )
    pause = pause_of(parse(text, datetime.date(2014, 4, 22)))
    assert pause.start is not None
    assert pause.start.value == "2014-04-24T08:00"
    assert [(c.count, c.destination) for c in pause.corridors] == [(3, "Talbiseh")]
    # roads named with no count, or counted with nowhere to go, are no corridors
    assert parse("Heavy rain closed two roads in the city on Saturday, officials said.").pauses == ()


def test_a_corridor_is_one_and_a_later_manner_of_speaking_is_none() -> None:
    text = (
        "The army declared a daily humanitarian pause in Ghouta. A humanitarian corridor would be opened through "
        'the Wafideen checkpoint for civilians. "Nobody trusts a corridor that leads to the regime," a rebel said.'
    )
    pause = pause_of(parse(text))
    assert [(c.count, c.beneficiaries) for c in pause.corridors] == [(1, ("civilians",))]


def test_a_source_is_no_destination() -> None:
    """After a route, "according to the U.N." names who said it, not where the route leads."""
    text = (
        "Israel will begin daily four-hour pauses in northern Gaza. Tens of thousands have fled south along "
        "the route this week, according to the U.N. humanitarian office."
    )
    assert all(c.destination is None for c in pause_of(parse(text)).corridors)


def test_a_state_is_a_destination() -> None:
    text = "The truce opened two corridors from Omdurman into Chad for refugees, the army said."
    (corridor,) = pause_of(parse(text)).corridors
    assert (corridor.count, corridor.destination) == (2, "Chad")


@pytest.mark.parametrize(
    "text",
    [
        "A short ceasefire that ended last month was not renewed.",
        "The halt came ahead of a five-day truce brokered by church elders that ended last month.",
        (
            "The halt was first ordered ahead of a three-hour local truce that let the Red Crescent move patients out"
            " of the Abu Youssef al-Najjar hospital, which ended last month."
        ),
        "Mediators discussed whether a three-day truce could be reached.",
        "Previous truce deals have not been respected.",
        "Mediators had proposed a six-week truce to begin with Ramadan.",
        "The Ramadan truce plan collapsed on Friday.",
        "A truce offer was rejected by the rebels.",
        'Russia vetoed a Security Council resolution demanding "an immediate humanitarian ceasefire" in Sudan.',
        "Russia vetoes U.N. demand for immediate humanitarian ceasefire in Sudan",
        "Talks in Jeddah ended without a ceasefire. The army said any ceasefire would require a withdrawal.",
        "The Coordinating Committees on the Cessation of Hostilities (CCCH) said both commands had withdrawn.",
        "In the assembly, the uneasy truce between the ruling PPP and its partner over development funds held.",
        "A ceasefire announced by tribal elders in Dera Bugti in 2005 broke down within weeks.",
        "Lavrov accused Washington of wanting a truce only to save rebel groups that were losing ground.",
        "The RSF, which sent a delegation to Geneva, said it was ready to sign a ceasefire.",
        "The ELN said the next day that it had never agreed to a truce with the government.",
        '"We have not made a ceasefire with anyone. It is a lie," Shekau said in a video.',
        "The envoy said mediators were pressing both sides to agree a cessation of hostilities in Sudan.",
        'The opposition called the truce claim "a campaign gimmick" ahead of the elections.',
    ],
)
def test_other_halts_make_no_pause(text: str) -> None:
    assert parse(text).pauses == ()


def test_a_halt_in_fighting_observed_on_a_day_is_the_pause() -> None:
    start = pause_of(
        parse(
            "A four-hour halt in fighting around the camp will be observed by Israeli forces on Thursday, "
            "the military said. The pause will run between 10 a.m. and 2 p.m."
        )
    ).start
    assert start is not None
    assert start.value == "2016-11-03T10:00"


def test_the_sides_of_a_truce_past_an_acronym_in_brackets() -> None:
    report = parse(
        "A U.S.-brokered truce between the Kurdish-led Syrian Democratic Forces (SDF) and the Turkish-backed "
        "Syrian National Army (SNA) took effect on Thursday."
    )
    ordered = names(report, pause_of(report).ordered_by)
    assert {"Syrian Democratic Forces", "Syrian National Army"} <= set(ordered)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Both sides agreed to a ceasefire starting at midnight (2200 GMT), officials said.", "2016-11-03T00:00"),
        ("The truce, which began at midnight, held, residents said.", "2016-11-02T00:00"),
        # the future of a saying the day before: the midnight after that day
        (
            (
                'The IRA announced yesterday that there would be "a complete cessation of military operations" from'
                " midnight, ending a campaign of 25 years."
            ),
            "2016-11-02T00:00",
        ),
    ],
)
def test_a_pause_from_midnight_with_no_day_starts_at_the_coming_one_or_the_one_gone(text: str, start: str) -> None:
    when = pause_of(parse(text)).start
    assert when is not None
    assert when.value == start


def test_a_midnight_told_beside_tonight_is_the_one_that_ends_it() -> None:
    report = parse(
        "Thai, Cambodian leaders agree ceasefire from midnight after deadly clashes\n\n"
        "BANGKOK, July 28 (Reuters) - The leaders of Thailand and Cambodia on Monday agreed to a ceasefire starting at"
        " midnight, ending five days of fighting.\n\n"
        "The two prime ministers met in Putrajaya, where a joint statement said the truce would be"
        ' "immediate and unconditional".\n\n'
        '"We hope that the ceasefire will be respected from tonight so that our people can go home," Hun Manet told'
        " reporters after the meeting.",
        datetime.date(2025, 7, 28),
    )
    assert start_of(report) == "2025-07-29T00:00"


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        (
            (
                "Tajik leaders sign peace accord in Moscow\n\n"
                "MOSCOW, June 27 (AFP) - President Imomali Rakhmonov and opposition leader Said Abdullo Nuri signed a"
                " peace accord in the Kremlin on Friday, ending a five-year civil war.\n\n"
                "A ceasefire agreed by the two leaders in December has largely held, although sporadic clashes were"
                " reported earlier this month."
            ),
            datetime.date(1997, 6, 27),
            "1996-12",
        ),
        (
            (
                "Burundi signs power-sharing accord with main Hutu rebels\n\n"
                "DAR ES SALAAM, Nov 16 (AFP) - Burundi's government and the main Hutu rebel group signed a"
                " power-sharing accord on Sunday.\n\n"
                "The accord is meant to shore up a ceasefire the two sides signed in Arusha, Tanzania, last December,"
                " which has been repeatedly broken."
            ),
            datetime.date(2003, 11, 16),
            "2002-12",
        ),
    ],
)
def test_the_month_a_halt_was_made_in_dates_it_past_its_makers_or_place(
    text: str, published: datetime.date, start: str
) -> None:
    assert start_of(parse(text, published)) == start


@pytest.mark.parametrize(
    "text",
    [
        (
            "Armenia, Azerbaijan sign peace framework at White House\n\n"
            "WASHINGTON, Aug 8 (Reuters) - The leaders of Armenia and Azerbaijan signed a peace framework"
            " on Friday.\n\n"
            "Under the deal, a route of about 43 km (27 miles) across Armenia's Syunik province will link mainland"
            " Azerbaijan with its Nakhchivan exclave."
        ),
        (
            "Congo and Rwanda sign U.S.-brokered peace deal, M23 rebels left out\n\n"
            "WASHINGTON, June 28 (Reuters) - The foreign ministers of Congo and Rwanda on Friday signed a peace"
            " agreement in Washington that requires Rwandan troops to leave eastern Congo within 90 days, a"
            " U.S.-brokered bid to end fighting that has killed thousands of people this year.\n\n"
            "Under the text, a joint security mechanism is to be set up within 30 days. The agreement does not itself"
            " declare a ceasefire."
        ),
        (
            "Sudan's warring sides sign pledge to protect civilians\n\n"
            "JEDDAH, May 12 (AP) - Sudan's army and the RSF signed a pledge on Thursday to let aid reach people trapped"
            " by nearly four weeks of fighting, but a cease-fire is still out of reach, U.S. officials said."
        ),
    ],
)
def test_roads_a_deal_that_declares_no_halt_and_a_halt_out_of_reach_make_no_pause(text: str) -> None:
    assert parse(text).pauses == ()


def test_a_halt_that_took_effect_at_midnight_told_that_day_began_at_the_midnight_gone() -> None:
    report = parse(
        "Mali's Tuareg rebels declare end to military operations\n\n"
        "BAMAKO, Mali (AP) - Tuareg separatists who seized Mali's entire north in less than a week on Thursday"
        " declared a unilateral end to their military operations, saying they had achieved their goal.\n\n"
        "The National Movement for the Liberation of Azawad said in a statement posted on its website that the halt"
        " took effect at midnight, after its fighters captured the regional capitals of Kidal, Gao and Timbuktu.",
        datetime.date(2012, 4, 5),
    )
    assert start_of(report) == "2012-04-05T00:00"


def test_a_weekday_after_a_besieged_place_is_to_come_when_the_pause_is_made_today() -> None:
    start = pause_of(
        parse(
            "The army and the RSF have agreed to a 10-hour humanitarian pause in besieged El Fasher on Sunday "
            "so that food can reach the city, the United Nations said on Wednesday."
        )
    ).start
    assert start is not None
    assert start.value[:10] == "2016-11-06"


def test_a_relative_clause_in_the_present_does_not_make_the_pause_today() -> None:
    # published on a Wednesday: the Tuesday it was declared is the day before, not the one to come
    start = pause_of(
        parse(
            "The region's president declared a unilateral ceasefire in the disputed town of Garowe on Tuesday "
            '"with immediate effect", after a week of fighting with clan militias, which the U.N. says has driven '
            "up to 90,000 people from their homes."
        )
    ).start
    assert start is not None
    assert start.value[:10] == "2016-11-01"


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        pytest.param(
            (
                "Government and rebels sign cessation of hostilities\n\n"
                "Addis Abeba, November 3/2022 - The government and the rebels on Wednesday signed an agreement for a "
                '"permanent cessation of hostilities" in Pretoria, ending two years of war.'
            ),
            datetime.date(2022, 11, 3),
            "2022-11-02",
            id="the Wednesday, not the dateline's Thursday",
        ),
        pytest.param(
            (
                "Government signs peace deal with rebels\n\n"
                "The deal, signed on Monday in Doha, commits the signatories to a ceasefire that takes effect "
                "immediately and opens the way for a national dialogue due to start in the capital on August 20."
            ),
            datetime.date(2022, 8, 8),
            "2022-08-08",
            id="the Monday of its signing, not the dialogue's day",
        ),
        pytest.param(
            (
                "Elders broker ceasefire in Burao\n\n"
                "Clan elders announced a ceasefire in Burao on Wednesday, saying guns would fall silent from 6 p.m. "
                "(1500 GMT) after ten days of clashes.\n\nThe truce, negotiated by a committee of 40 elders, is "
                "separate from the unilateral ceasefire declared last Friday by the regional president, which "
                "collapsed within hours."
            ),
            datetime.date(2023, 2, 16),
            "2023-02-15T18:00",
            id="the elders' Wednesday, not the president's Friday",
        ),
        pytest.param(
            (
                "Rebels and army sign accord in Khasavyurt\n\n"
                "The accord builds on a ceasefire that the two commanders agreed in Novye Atagi on August 22 and that "
                "took effect at noon on August 23."
            ),
            datetime.date(1996, 8, 31),
            "1996-08-23T12:00",
            id="when it took effect, in its own 'and that' clause",
        ),
        pytest.param(
            (
                "Leaders sign peace accord\n\n"
                "MAPUTO (Lusa) - The president and the rebel leader on Tuesday signed a peace accord in the capital, "
                "five days after the two men signed a definitive ceasefire in the mountains."
            ),
            datetime.date(2019, 8, 6),
            "2019-08-01",
            id="five days before the Tuesday of the accord",
        ),
        pytest.param(
            (
                "Duterte lifts ceasefire with rebels\n\nMANILA - President Rodrigo Duterte on Saturday lifted the "
                'unilateral ceasefire he had ordered with the communist rebels. "I am hereby lifting the '
                'unilateral ceasefire with the NPA effective 7 p.m. today," he said. He had given the rebels a '
                "deadline of 5 p.m. to declare their own truce. In his address on Monday, July 25, he had "
                'announced a ceasefire "effective immediately".'
            ),
            datetime.date(2016, 7, 30),
            "2016-07-25",
            id="The time a pause is lifted at, and a deadline's time, are not its start.",
        ),
        pytest.param(
            (
                "Duterte ends ceasefire\n\nMANILA (AP) - President Rodrigo Duterte said Thursday he was lifting the "
                "government's unilateral ceasefire with the New People's Army, effective at 5 p.m. on Friday. The "
                "government's truce had held since Aug. 21, when Duterte declared it to boost peace talks."
            ),
            datetime.date(2017, 2, 2),
            "2016-08-21",
            id="A pause lifted with a possessive before it: the time it is lifted at is not its start.",
        ),
        pytest.param(
            (
                "Chad agrees ceasefire\n\nN'DJAMENA, 19 March 2008 (RFI) - Chad's government and the rebels "
                "agreed on Tuesday to a ceasefire brokered by Libya. The accord was signed in Sirte. It calls "
                "for an immediate halt to fighting from midnight on Wednesday and the exchange of prisoners."
            ),
            datetime.date(2008, 3, 19),
            "2008-03-19T00:00",
            id="The halt an accord calls for is its terms, with their time.",
        ),
        pytest.param(
            (
                "Russian drones hit a hospital and energy facilities in Ukraine overnight, hours after Putin "
                "agreed in a call with Trump on March 18 to halt strikes on energy infrastructure for 30 days, "
                "Zelensky said on March 19."
            ),
            datetime.date(2025, 3, 19),
            "2025-03-18",
            id="The night of a blow is not the pause's day.",
        ),
        pytest.param(
            (
                "Shelling tests ceasefire\n\nKYIV - Heavy shelling on the eastern outskirts of Mariupol overnight "
                "tested the ceasefire agreed in Minsk on Sept. 5, barely a day after it took effect."
            ),
            datetime.date(2014, 9, 7),
            "2014-09-05",
            id="The night of a shelling and its place is not the pause's day.",
        ),
        pytest.param(
            (
                "Eid truce largely holds in Tripoli despite overnight shelling\n\nTRIPOLI, 11 August 2019 - The "
                "UN-proposed Eid truce largely held on its first day yesterday. The UN had called for a humanitarian "
                "truce from 3 p.m. on Saturday, 10 August, until the end of the holiday."
            ),
            datetime.date(2019, 8, 11),
            "2019-08-10",
            id="The night of a shelling told as an adjective is not the pause's day.",
        ),
        pytest.param(
            (
                "Heavy fighting shatters Mogadishu ceasefire\n\nMogadishu (Shabelle) - Heavy fighting erupted "
                "again in the Somali capital on Wednesday, April 18, 2007, between Ethiopian troops and "
                "insurgents, ending a ceasefire that clan elders and Ethiopian commanders agreed on April 1."
            ),
            datetime.date(2007, 4, 18),
            "2007-04-01",
            id="The day fighting erupted again is not the pause's day.",
        ),
        pytest.param(
            (
                "Ceasefire now covers the whole country\n\nABIDJAN - Since Saturday, May 3, a total ceasefire "
                "declared jointly by the army and the rebels has been in force over the entire national "
                "territory. It took effect at midnight (0000 GMT), the two officers said."
            ),
            datetime.date(2003, 5, 5),
            "2003-05-03T00:00",
            id="The midnight of a day a pause has held since opens that day.",
        ),
        pytest.param(
            (
                "Chechen accords signed\n\nKHASAVYURT, Aug 31 (Interfax) - The two sides signed accords on "
                "Saturday. The accords confirm the ceasefire that has been in force in Chechnya since Aug 22 "
                "and set up a joint commission."
            ),
            datetime.date(1996, 8, 31),
            "1996-08-22",
            id="The day a pause has been in force since is its start.",
        ),
        pytest.param(
            (
                "Juba peace agreement signed\n\nJUBA, 4 October 2020 (Radio Dabanga) - Sudan's transitional "
                "government and the Sudan Revolutionary Front signed a comprehensive peace agreement in the "
                "South Sudanese capital yesterday, after a year of talks.\n\nThe agreement, initialled on August "
                "31, includes a permanent ceasefire in the three regions that took effect on signing."
            ),
            datetime.date(2020, 10, 4),
            "2020-10-03",
            id="In force on signing: the signing's day, not the initialling's.",
        ),
        pytest.param(
            (
                "Ethiopia, Eritrea sign truce\n\nADDIS ABABA - UN observers arrived this week, three months after "
                "the two countries signed the Algiers agreement on the cessation of hostilities.\n\nThe agreement "
                "was signed in Algiers on June 18 by the two foreign ministers. Ethiopia and Eritrea declared "
                "that the cessation of hostilities would take effect immediately upon signature."
            ),
            datetime.date(2000, 9, 22),
            "2000-06-18",
            id="In force immediately upon signature: the signing's day.",
        ),
    ],
)
def test_the_day_a_pause_starts_on_among_other_days_of_its_story(
    text: str, published: datetime.date, start: str
) -> None:
    """Days of datelines, later mentions, other halts, making, lifting, deadlines, blows, initialling: its own wins."""
    found = pause_of(ceasefire.parse(text, published)).start
    assert found is not None
    assert found.value == start


_UNDERTAKING = (
    "Israel, Hezbollah accept U.S. truce\n\n"
    "BEIRUT (AP) - Israel and Hezbollah guerrillas {verb} Friday to stop shooting at 4 a.m. (0100 GMT) Saturday, "
    "ending 16 days of fighting."
)
_ANSWER = (
    "Rebel chief rejects truce\n\n"
    "The rebels' military chief on Thursday {verb} the cessation of hostilities signed the previous day in "
    "Brazzaville."
)


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        # an undertaking's day: the weekday it names is the one after it
        *(
            (_UNDERTAKING.format(verb=v), datetime.date(1996, 4, 26), "1996-04-27T04:00")
            for v in ("agreed", "pledged", "promised")
        ),
        # an answer's day: the pause was signed the day before it
        *(
            (_ANSWER.format(verb=v), datetime.date(2014, 7, 24), "2014-07-23")
            for v in ("rejected", "dismissed", "welcomed", "condemned")
        ),
    ],
)
def test_a_verb_right_next_to_a_day_tells_whose_day_it_is(text: str, published: datetime.date, start: str) -> None:
    found = pause_of(ceasefire.parse(text, published)).start
    assert found is not None
    assert found.value == start


def test_a_pause_the_army_says_it_will_hold_on_a_weekday_gone_is_the_one_to_come() -> None:
    start = pause_of(parse("The army says it will hold a 10-hour humanitarian pause in Garowe on Tuesday.")).start
    assert start is not None
    assert start.value[:10] == "2016-11-08"


def test_a_contrast_clause_of_another_subject_does_not_date_the_pause() -> None:
    start = pause_of(
        parse(
            "The separatist movement declared a unilateral two-week truce on Friday to give the peace talks a "
            "chance, but a rival armed faction ordered residents to stay indoors for three days from Monday."
        )
    ).start
    assert start is not None
    assert start.value[:10] == "2016-10-28"  # the Friday it was declared, not the rival's Monday


def test_a_contrast_clause_of_the_pause_itself_still_dates_it() -> None:
    start = pause_of(
        parse(
            "The separatist movement declared a unilateral two-week truce on Friday, "
            "but it will only take effect from Monday."
        )
    ).start
    assert start is not None
    assert start.value[:10] == "2016-10-31"


def test_a_second_thing_said_with_and_that_does_not_date_the_pause() -> None:
    pause = pause_of(
        parse(
            "A ceasefire around the besieged camp was announced for the tenth time on Wednesday. The mediator said "
            "the new truce would take effect at 2 p.m. local time and that Red Cross ambulances would be allowed into "
            "the camp on Saturday."
        )
    )
    assert pause.start is not None
    assert pause.start.value == "2016-11-02T14:00"  # the Wednesday, not the ambulances' Saturday


def test_a_day_in_a_clause_of_what_went_before_does_not_date_the_pause() -> None:
    published = datetime.date(2020, 3, 6)  # a Friday
    text = (
        "Russia-Turkey ceasefire in Idlib holds\n\n"
        "A ceasefire agreed by Russia and Turkey in Idlib came into force from midnight and appeared to be holding on"
        " Friday morning, despite sporadic clashes.\n\nThe deal was struck in Moscow on Thursday after six hours of"
        " talks.\n\nThe truce follows weeks of escalation in which 34 Turkish soldiers were killed in a single"
        " air strike in Idlib on 27 February, which Ankara blamed on the Syrian government."
    )
    start = pause_of(ceasefire.parse(text, published)).start
    assert start is not None
    assert start.value == "2020-03-06T00:00"  # not the strike's 27 February
    # a relative clause closed by its comma leaves the main clause's hours to the pause
    joint = (
        "The pause, agreed through the JCCC, in which officers work side by side, ran from 10:00 to 13:00 on Sunday."
    )
    start = pause_of(parse(joint)).start
    assert start is not None
    assert start.value == "2016-10-30T10:00"


def test_and_that_it_would_last_still_tells_the_pause() -> None:
    pause = pause_of(
        parse(
            "The mediator said the new truce would take effect at 2 p.m. on Thursday "
            "and that it would last until Saturday."
        )
    )
    assert pause.start is not None
    assert pause.start.value == "2016-11-03T14:00"
    assert pause.end is not None
    assert pause.end.value == "2016-11-05"


def test_a_pause_taking_effect_hours_later_than_its_signing_starts_then() -> None:
    pause = pause_of(
        parse("The armistice was signed at Panmunjom at 10 a.m. today and is to take effect 12 hours later.")
    )
    assert pause.start is not None
    assert pause.start.value == "2016-11-02T22:00"


def test_a_pause_made_on_a_day_told_by_a_participle_began_then() -> None:
    pause = pause_of(
        parse(
            "A truce declared by Christian and Muslim community leaders in the eastern city of Ambon on Sunday broke "
            "down two days later, police said on Wednesday."
        )
    )
    assert pause.start is not None
    assert pause.start.value == "2016-10-30"  # the Sunday gone by, not the one to come


def test_a_pause_agreed_on_a_day_told_after_a_comma_runs_from_the_day_after() -> None:
    pause = pause_of(
        parse(
            "The truce, agreed late on Saturday after two days of talks at a farm outside the city, is to run for "
            "two weeks from Sunday, elders said."
        )
    )
    assert pause.start is not None
    assert pause.start.value == "2016-10-30"  # the Sunday after that Saturday, not the one to come


def test_the_end_of_a_pause_made_last_week_is_not_moved_back() -> None:
    pause = pause_of(
        parse(
            "The truce, agreed on Saturday at talks in Dili, took effect at 6 a.m. on Monday and is due to end at "
            "6 a.m. on Saturday."
        )
    )
    assert pause.start is not None
    assert pause.start.value == "2016-10-31T06:00"
    assert pause.end is not None
    assert pause.end.value == "2016-11-05T06:00"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        pytest.param(
            "Rebel and government delegates held a second day of talks on Friday, three days after the government "
            "declared a ceasefire in Kachin state.",
            "2016-10-25",
            id="the Friday gone by, less three days",
        ),
        pytest.param(
            "Army units deployed in force on Tuesday along Syria Street, the dividing line between the two districts, "
            "a day after rival leaders signed a truce ending weeks of clashes.",
            "2016-10-31",
            id="further on in its clause: the Tuesday gone by, less a day",
        ),
        pytest.param(
            "More than 100 people were killed in fighting in the town on Tuesday, the mayor said, barely a day after "
            "the government and the armed groups signed an immediate ceasefire in Rome.",
            "2016-10-31",
            id="further on, barely a day after: the Tuesday gone by, less a day",
        ),
        pytest.param(
            "The rebels yesterday set out seven conditions for talks, a week after the federal government declared a "
            "unilateral ceasefire in the region on Oct. 26 as rebel forces retook the regional capital.",
            "2016-10-26",
            id="the mention's own day, not one counted roughly from yesterday",
        ),
        pytest.param(
            "Fresh fighting broke out in the diamond town of Bria on Tuesday, barely 24 hours after the government "
            "and the armed groups signed an agreement in Rome providing for an immediate ceasefire.",
            "2016-10-31",
            id="hours in whole days: the Tuesday gone by, less a day",
        ),
        pytest.param(
            "Only a handful of civilians left the enclave on Wednesday during the second five-hour humanitarian pause "
            "ordered by the president.",
            "2016-11-01",
            id="a daily pause's second window: the Wednesday gone by, less a day",
        ),
        pytest.param(
            "Almost nobody had left the besieged districts by the second day of a Russian humanitarian pause on "
            "Tuesday, a monitor said.",
            "2016-10-31",
            id="the pause's second day told after it: the Tuesday gone by, less a day",
        ),
        pytest.param(
            "Rebels fired on the convoy on the third day of a visit by the envoy on Tuesday, the monitors of the "
            "truce said.",
            "2016-11-01",
            id="the third day of a visit, not of the pause: the Tuesday itself",
        ),
    ],
)
def test_a_day_counted_from_a_mention_of_the_pause_is_moved_to_the_pauses_day(text: str, start: str) -> None:
    pause = pause_of(parse(text))
    assert pause.start is not None
    assert pause.start.value == start


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Gunmen attacked two villages in the north on Monday, killing at least 25 people, residents said, days "
            "after the military announced it had agreed a ceasefire with the group.",
            id="further on in its clause",
        ),
        pytest.param(
            "Talks opened in Geneva on Monday, days after the government declared a ceasefire in the north.",
            id="right after its day",
        ),
    ],
)
def test_a_day_counted_vaguely_from_a_mention_dates_no_pause(text: str) -> None:
    pause = pause_of(parse(text))
    assert pause.start is None  # some days before the Monday, not which


def test_the_day_a_pause_was_ended_is_not_its_start() -> None:
    story = (
        "Security forces resumed operations in the region on Friday, ending a ceasefire that had held since the "
        "agreement was signed with the militant commander on April 24."
    )
    pause = pause_of(parse(story, datetime.date(2004, 6, 12)))
    assert pause.start is not None
    assert pause.start.value == "2004-04-24"  # the day it began, not the Friday it ended


def test_the_day_a_war_began_is_not_a_pauses_start() -> None:
    story = (
        "Qatar said Israel and Hamas had agreed to a four-day humanitarian pause in the Gaza Strip, the first break"
        " in the fighting since the war began more than six weeks ago."
    )
    assert pause_of(parse(story, datetime.date(2023, 11, 22))).start is None  # its day is yet to be announced


@pytest.mark.parametrize(
    "story",
    [
        (
            "YEREVAN, Armenia (AP) - The offensive ended on Wednesday when the region's separatist authorities "
            "accepted a cease-fire mediated by Russian peacekeepers."
        ),
        (
            "ISTANBUL (Reuters) - Weeks of fighting between the two militias came to an end on Wednesday, when their "
            "commanders signed a truce brokered by tribal elders."
        ),
    ],
)
def test_a_fight_that_ended_in_a_pause_dates_its_start_not_its_end(story: str) -> None:
    pause = pause_of(parse(story, datetime.date(2023, 9, 25)))
    assert pause.start is not None
    assert pause.start.value == "2023-09-20"
    assert pause.end is None


def test_a_pause_that_ended_on_a_day_ends_then() -> None:
    pause = pause_of(
        parse("YEREVAN, Armenia (AP) - The truce ended on Wednesday when rebels attacked.", datetime.date(2023, 9, 25))
    )
    assert pause.end is not None
    assert pause.end.value == "2023-09-20"


def test_a_pause_that_took_effect_at_midnight_on_the_storys_day_began_at_its_first_midnight() -> None:
    story = (
        "BOGOTA, Aug 3 (Reuters) - The government and the guerrillas began a six-month bilateral ceasefire on "
        "Thursday. The ceasefire took effect at midnight and will run for 180 days."
    )
    pause = pause_of(parse(story, datetime.date(2023, 8, 3)))
    assert pause.start is not None
    assert pause.start.value == "2023-08-03T00:00"


def test_a_pause_accused_of_a_breach_on_the_storys_day_took_effect_at_that_days_first_midnight() -> None:
    story = (
        "BANGKOK (AP) — Thailand's military on Tuesday accused Cambodia of violating a ceasefire that took effect at"
        " midnight, hours after the two countries' leaders agreed in Malaysia to halt fighting along their border."
    )
    pause = pause_of(parse(story, datetime.date(2025, 7, 29)))
    assert pause.start is not None
    assert pause.start.value == "2025-07-29T00:00"


def test_a_pause_to_take_effect_at_midnight_on_the_storys_day_begins_at_its_last() -> None:
    story = "BOGOTA, Aug 3 (Reuters) - The two sides agreed on Thursday to a ceasefire that takes effect at midnight."
    pause = pause_of(parse(story, datetime.date(2023, 8, 3)))
    assert pause.start is not None
    assert pause.start.value == "2023-08-04T00:00"


def test_a_pause_that_took_effect_at_midnight_after_a_signing_day_told_later_began_at_its_end() -> None:
    story = (
        "MAPUTO, March 10 (AFP) - A truce between the government and the rebels took effect at midnight, raising hopes"
        " of an end to the war. The president signed the accord on Saturday in the port city of Beira."
    )
    pause = pause_of(parse(story, datetime.date(2019, 3, 10)))
    assert pause.start is not None
    assert pause.start.value == "2019-03-10T00:00"


def test_a_cease_fire_that_took_hold_at_midnight_on_the_day_before_began_as_it_ended() -> None:
    story = (
        "BELFAST, Northern Ireland (AP) — The cease-fire took hold at midnight Wednesday, and crowds celebrated into"
        " the early hours."
    )
    pause = pause_of(parse(story, datetime.date(1994, 9, 1)))
    assert pause.start is not None
    assert pause.start.value == "1994-09-01T00:00"


@pytest.mark.parametrize(
    ("story", "start"),
    [
        (
            (
                "PARIS (AP) _ The four factions signed a peace treaty Wednesday that ends the civil war. Under the"
                " accord, a cease-fire among the factions takes effect immediately and will be supervised by U.N."
                " troops."
            ),
            "1991-10-23",
        ),
        (
            (
                "TBILISI (Reuters) - The two sides have signed a ceasefire. Their delegations put their names to the"
                " accord in Moscow on Saturday. Under the deal, the ceasefire took effect on signing."
            ),
            "1991-10-19",
        ),
    ],
)
def test_a_ceasefire_in_force_at_once_under_a_deal_signed_on_a_day_starts_that_day(story: str, start: str) -> None:
    pause = pause_of(parse(story, datetime.date(1991, 10, 23)))
    assert pause.start is not None
    assert pause.start.value == start


def test_a_truce_not_to_be_extended_beyond_a_day_ends_on_it() -> None:
    story = (
        "The Taliban began a three-day truce on Friday for the Eid holiday. Their spokesman said the group would "
        "not extend the ceasefire beyond Sunday."
    )
    pause = pause_of(parse(story, datetime.date(2018, 6, 16)))
    assert pause.end is not None
    assert pause.end.value == "2018-06-17"


def test_the_day_a_pause_is_to_end_is_not_its_start() -> None:
    story = (
        "The rebels withdrew the unilateral ceasefire they had declared on July 24. The ceasefire would end at "
        "5 p.m. on Tuesday, August 8, their commander announced."
    )
    pause = pause_of(parse(story, datetime.date(2000, 8, 9)))
    assert pause.start is not None
    assert pause.start.value == "2000-07-24"
    assert pause.end is not None
    assert pause.end.value == "2000-08-08T17:00"


def test_a_halt_named_with_the_day_it_was_made_keeps_that_day() -> None:
    story = (
        "The rebel leader arrived in the capital on Friday after two decades in the bush, saying his fighters "
        "would respect the ceasefire declared on May 26."
    )
    pause = pause_of(parse(story, datetime.date(2008, 5, 31)))
    assert pause.start is not None
    assert pause.start.value == "2008-05-26"  # not the Friday he arrived


def test_the_day_a_fight_began_is_not_the_pauses() -> None:
    story = (
        "The army opened a safe corridor on the western edge of the city on Thursday morning. More than 3,400 "
        "people had fled through the corridor by midday, and about 87,000 had been displaced since the offensive "
        "began on October 17."
    )
    pause = pause_of(parse(story, datetime.date(2016, 12, 8)))
    assert pause.start is not None
    assert pause.start.value == "2016-12-08"  # the Thursday it opened, not the offensive's first day


def test_a_day_counted_from_another_thing_than_the_pause_is_not_moved() -> None:
    pause = pause_of(
        parse(
            "Under the accord, a cessation of hostilities came into force on Oct. 31, 48 hours after the signing, "
            "and all armed groups are to hand in their arms within 72 hours of the ceasefire."
        )
    )
    assert pause.start is not None
    assert pause.start.value == "2016-10-31"  # its own day, not two days before it


def test_a_day_told_as_the_third_day_of_the_pause_dates_its_start() -> None:
    pause = pause_of(
        parse(
            "Guerrillas and militia accused each other of breaking the peace on Wednesday, the third day of a "
            "five-day truce in the two districts."
        )
    )
    assert pause.start is not None
    assert pause.start.value == "2016-10-31"  # that Wednesday less two days


def test_a_day_the_truce_held_for_a_second_time_dates_its_start_the_day_before() -> None:
    pause = pause_of(
        parse(
            "TRIPOLI, Lebanon (Reuters) - A fragile truce held for a second day at the Nahr al-Bared refugee camp"
            " on Wednesday, as thousands of refugees fled to a nearby camp."
        )
    )
    assert pause.start is not None
    assert pause.start.value == "2016-11-01"  # that Wednesday less one day


def test_a_long_quoted_phrase_then_a_phrase_of_the_way_stay_on_the_clause_with_the_modal() -> None:
    story = (
        "President Aliyev on Thursday offered a humanitarian pause around Shusha. The fighters would be free to "
        'leave "with their personal weapons and without being searched" along three marked corridors running down '
        "to Stepanakert between 7 a.m. and 4 p.m. local time (0300-1200 GMT) on Saturday, a deputy minister said."
    )
    start = pause_of(parse(story, datetime.date(2020, 11, 5))).start
    assert start is not None
    assert start.value == "2020-11-07T07:00"  # the Saturday to come, not the one gone


def test_a_window_whose_gmt_hours_fall_on_the_day_before_ends_on_the_starts_day() -> None:
    story = (
        "The defence secretary had announced on Saturday that the president had approved the pause, under which "
        "troops would hold their fire from 6 a.m. to 2 p.m. (2200 GMT Saturday to 0600 GMT Sunday) to let "
        "residents mark the end of Ramadan."
    )
    pause = pause_of(parse(story, datetime.date(2017, 6, 25)))
    assert pause.start is not None
    assert pause.start.value == "2017-06-25T06:00"
    assert pause.end is not None
    assert pause.end.value == "2017-06-25T14:00"


def test_a_demand_for_a_ceasefire_accepted_makes_the_pause() -> None:
    pause = pause_of(
        parse(
            "President Makarios accepted Monday the U.N. Security Council's demand for an immediate cease-fire in "
            "Cyprus, and the guns fell silent around the enclave."
        )
    )
    assert pause.location == "Cyprus"
    assert pause.start is not None
    assert pause.start.value == "2016-10-31"


def test_a_proposal_one_is_ready_to_accept_is_not_accepted() -> None:
    assert parse("Ukraine said on Tuesday it was ready to accept a U.S. proposal for a 30-day ceasefire.").pauses == ()


@pytest.mark.parametrize(
    "condition",
    [
        "The ceasefire will take effect on the day a final peace accord is signed, negotiators said.",
        "The cease-fire will formally begin once that deal is signed, negotiators said.",
    ],
)
def test_a_pause_to_take_effect_when_an_accord_is_signed_has_no_start_yet(condition: str) -> None:
    pause = pause_of(
        parse(
            "The government and the rebels signed a bilateral and definitive ceasefire in Havana on Thursday. "
            + condition
        )
    )
    assert pause.start is None  # not the Thursday it was signed


@pytest.mark.parametrize(
    "condition",
    ["to take effect once United Nations military observers arrive", "to come into force on the arrival of monitors"],
)
def test_a_pause_to_take_effect_when_observers_arrive_has_no_start_yet(condition: str) -> None:
    pause = pause_of(
        parse(f"The government and the opposition agreed in Tehran on Saturday to a temporary ceasefire, {condition}.")
    )
    assert pause.start is None  # not the Saturday it was agreed


def test_a_truce_holding_after_taking_effect_on_a_weekday_began_that_weekday_gone() -> None:
    story = (
        "GAZA CITY, Nov 22, 2012 (AFP) - An Egyptian-brokered truce between Israel and Hamas appeared to be holding"
        " on Thursday morning, after taking effect at 9:00 pm (1900 GMT) on Wednesday and ending eight days of war."
    )
    assert start_of(parse(story, datetime.date(2012, 11, 22))) == "2012-11-21T21:00"  # not the Wednesday to come


def test_a_weekday_with_its_date_is_not_moved_a_week_on() -> None:
    story = "The armies said on Thursday they had agreed to observe a ceasefire from 6 a.m. on Wednesday, Feb. 24."
    assert start_of(parse(story, datetime.date(2021, 2, 25))) == "2021-02-24T06:00"  # not March 3


def test_a_pause_whose_start_is_told_unknown_has_none() -> None:
    pause = pause_of(
        parse(
            "The militants announced a cessation of hostilities on Sunday while they wait for talks. "
            "The statement did not say when the halt would take effect."
        )
    )
    assert pause.start is None  # not the Sunday it was announced


def test_a_pause_to_take_effect_on_its_own_day_keeps_it() -> None:
    pause = pause_of(parse("The two sides signed a ceasefire on Thursday. The ceasefire will take effect on Saturday."))
    assert pause.start is not None
    assert pause.start.value == "2016-11-05"


def test_counted_exits_taken_are_corridors_and_roads_fallen_back_from_are_not() -> None:
    story = (
        "Libyan Prime Minister al-Mahmudi on Thursday declared a humanitarian pause in Misrata. Insurgents may "
        "leave with their guns from 8:00 am to 4:00 pm local time (0600 to 1400 GMT) on Saturday through two exits "
        "to the harbour, where ships would carry them to Benghazi, a spokesman said. Government brigades would fall "
        "back 500 metres from the two roads leading to the port."
    )
    pause = pause_of(parse(story, datetime.date(2011, 5, 5)))
    assert pause.start is not None
    assert pause.start.value == "2011-05-07T08:00"
    assert [c.count for c in pause.corridors] == [2]
    assert story[pause.corridors[0].evidence.start : pause.corridors[0].evidence.end] == "two exits"


def test_the_time_of_a_call_is_not_the_pauses() -> None:
    story = (
        "India and Pakistan accused each other of breaking a ceasefire only hours after their military operations "
        "chiefs agreed on Saturday to stop all firing. "
        "India's foreign secretary said Pakistan's Director General of Military Operations had called his Indian "
        "counterpart at 3:35 p.m. and that the two had agreed to stop all firing and military action on land, in "
        'the air and at sea "with effect from 1700 hours IST" (1130 GMT).'
    )
    pause = pause_of(parse(story, datetime.date(2025, 5, 11)))
    assert pause.start is not None
    assert pause.start.value == "2025-05-10T17:00"


def test_the_time_of_a_statement_is_not_the_pauses() -> None:
    story = (
        "The military regime declared a temporary ceasefire late on Wednesday to speed relief work. The ceasefire "
        'runs from 2 April "until April 22", a spokesman said in a statement read on state television at around 11 pm.'
    )
    pause = pause_of(parse(story, datetime.date(2025, 4, 3)))
    assert pause.start is not None
    assert pause.start.value == "2025-04-02"  # the day, with no clock time: 11 pm was the statement's


def test_such_a_pause_is_one_talked_of() -> None:
    assert parse("Kyiv said it would welcome such a pause, and Moscow said nothing.").pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        "Iran on Wednesday rejected an Iraqi offer to stop attacking each other's cities for 15 days from Thursday.",
        "The U.N. chief renewed his appeal to both sides on Tuesday to stop attacks on civilian areas for 15 days.",
        'The foreign ministry said on Friday that a truce was "meaningless" while RSF fighters occupied homes.',
        "The foreign ministry said on Friday that a truce would be meaningless while RSF fighters occupied homes.",
        "Haftar left Moscow on Jan. 14 without signing a ceasefire document that Serraj had signed a day earlier.",
        (
            "Buyoya said in a broadcast on state radio on Thursday that he was ready for "
            '"an immediate ceasefire and unconditional talks".'
        ),
        (
            "The prime minister on Thursday rejected an offer by the Kurdish regional government to freeze the "
            "results of the referendum and declare an immediate cease-fire."
        ),
        (
            'The Kurdistan Regional Government proposed early Wednesday "an immediate cease-fire and a halt to all '
            'military operations" across the north.'
        ),
        'The "Quad" proposed in September a humanitarian truce of three months, then a permanent ceasefire.',
        (
            "Schools stayed shut on Friday, and the governor flatly denied rumors that the two sides had agreed to "
            "stop shooting for 72 hours."
        ),
    ],
)
def test_a_halt_rejected_appealed_for_judged_unsigned_readied_for_proposed_or_denied_is_none_made(text: str) -> None:
    """Offered "to" and rejected, appealed for, "meaningless", unsigned, readied for, proposed, or a rumour denied."""
    assert parse(text).pauses == ()


def test_said_here_on_a_day_dates_the_saying() -> None:
    start = pause_of(
        parse(
            "New Delhi, Oct 14 (PTI) The Israeli army has agreed to a four-hour pause in firing in south Lebanon "
            "on Thursday so that UNIFIL can resupply its positions, officials said here on Wednesday."
        )
    ).start
    assert start is not None
    assert start.value[:10] == "2016-11-03"


def test_a_pause_known_by_its_corridors_holds_where_they_start() -> None:
    report = parse(
        "Russia announced late Tuesday that a humanitarian corridor would run from Sievierodonetsk from 8 a.m. to "
        "8 p.m. Moscow time toward the town of Svatove."
    )
    assert pause_of(report).location == "Sievierodonetsk"


def test_a_corridor_s_origin_before_its_way() -> None:
    report = parse(
        "Russia declared a humanitarian pause. Ukrainian soldiers said their columns came under fire as they "
        "tried to leave Ilovaisk through a humanitarian corridor."
    )
    assert [c.origin for c in pause_of(report).corridors] == ["Ilovaisk"]
    assert pause_of(report).location == "Ilovaisk"


def test_where_a_truce_was_broken_hours_into_it_is_not_where_it_holds() -> None:
    report = parse(
        "A five-hour truce on Monday brought a rare lull. About an hour and a half into the truce, three mortar rounds "
        "struck open ground in the Eshkol region of southern Israel."
    )
    assert pause_of(report).location is None


def test_a_pause_before_an_offensive_that_ended_is_not_over() -> None:
    assert parse("A daily pause in Rastan preceded an offensive that ended last month.").pauses


def test_status_from_the_verbs_around_it() -> None:
    assert pause_of(parse("The truce collapsed within hours.")).status.value == "failed"
    assert pause_of(parse("The ceasefire will start on Friday.")).status.value == "planned"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The 10-day holiday truce comes barely a month after the president ended peace talks.", Status.UNKNOWN),
        ("The truce was shaken two days after it took effect.", Status.ONGOING),
        ("The truce, signed after 11 days of talks, took effect immediately.", Status.ONGOING),
    ],
)
def test_a_verb_in_a_clause_of_time_about_something_else_is_no_status(text: str, status: Status) -> None:
    assert pause_of(parse(text)).status is status


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("Similar truces have collapsed in the past, and the March ceasefire has been broken.", Status.ANNOUNCED),
        ("Past lulls failed within days; the truce will be watched by observers.", Status.ANNOUNCED),
        ("The truce collapsed within hours, and fighting resumed.", Status.FAILED),
    ],
)
def test_a_verb_of_the_clause_before_a_mention_is_no_status_of_it(second: str, status: Status) -> None:
    report = parse(f"The two presidents ordered a halt to fighting around the town on Thursday. {second}")
    assert pause_of(report).status is status


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            (
                "The army and the rebels agreed on Wednesday to halt fighting in the town from 10:00 to 14:00 GMT each"
                " day on Saturday and Sunday so that aid can be delivered."
            ),
            "2016-11-05T10:00",
        ),
        ("The army agreed on Wednesday to halt fighting from 9 a.m. to 2 p.m. daily on Saturday.", "2016-11-05T09:00"),
    ],
)
def test_hours_said_to_recur_before_their_days_open_on_the_first_day(text: str, start: str) -> None:
    pause = pause_of(parse(text))
    assert pause.start is not None
    assert pause.start.value == start
    assert pause.recurrence is Recurrence.DAILY


def test_without_publication_date_the_start_stays_partial() -> None:
    pause = pause_of(parse("A truce will hold between 9 a.m. and 7 p.m. local time on Nov. 4.", None))
    assert pause.start is not None
    assert pause.start.value == "XXXX-11-04T09:00"


def test_end_from_until_and_subject_with_a_day_between() -> None:
    report = parse(
        "Russian President Vladimir Putin on Saturday declared a 30-hour Easter ceasefire in Ukraine, from "
        "6 p.m. Moscow time Saturday until midnight on Sunday.",
        datetime.date(2025, 4, 19),
    )
    pause = pause_of(report)
    assert pause.start is not None
    assert pause.end is not None
    # "until midnight on Sunday" ends with Sunday: 30 hours after 6 p.m. on Saturday
    assert (pause.start.value, pause.end.value) == ("2025-04-19T18:00", "2025-04-21T00:00")
    assert pause.timezone == "Moscow time"
    assert pause.duration == datetime.timedelta(hours=30)
    assert names(report, pause.ordered_by) == ["Vladimir Putin"]


def test_passing_mentions_name_no_announcer() -> None:
    report = parse(
        "Hamas and Israel agreed to a truce in Gaza. The army said militants fired 12 rockets in the first "
        "hours of the truce."
    )
    pause = pause_of(report)
    assert names(report, pause.ordered_by) == ["Hamas", "Israel"]
    assert pause.announced_by == ()


def test_window_said_apart_from_the_start_and_a_backed_government() -> None:
    report = parse(
        "Yemen's Houthi rebels and the Saudi-backed government agreed to a 72-hour truce in Hodeidah. "
        "The truce will begin at noon on Friday and fighting will stop each day from 10:00 to 14:00 GMT."
    )
    pause = pause_of(report)
    assert pause.start is not None
    assert pause.start.value == "2016-11-04T12:00"
    assert pause.daily_window is not None
    assert (pause.daily_window.start, pause.daily_window.end, pause.timezone) == ("10:00", "14:00", "GMT")
    assert pause.duration == datetime.timedelta(hours=72)
    assert names(report, pause.ordered_by) == ["Houthis", "Saudi-backed government"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A 24-hour truce in the besieged Sudanese city of El Fasher collapsed.", "El Fasher"),
        ("A UN-brokered ceasefire in the Yemeni port city of Hodeidah held.", "Hodeidah"),
        ("The Hodeidah ceasefire largely held on Wednesday.", "Hodeidah"),
        ("Putin declared an Easter truce on Saturday.", None),
        ("Aid trucks entered the enclave during Russia's daily pause on Monday.", None),
        ("A 72-hour truce took hold in the southeastern Central African town of Zemio.", "Zemio"),
        ("The army will observe a 48-hour pause in the commune of Anzourou.", "Anzourou"),
        ("Hadi offered a humanitarian pause in the al-Qaida-held port city of Mukalla on Thursday.", "Mukalla"),
        ("The commander offered a humanitarian pause in Manbij, a bid to push militants out of the city.", "Manbij"),
        (
            "The two commands agreed to a 72-hour ceasefire in the towns of Datu Piang and Datu Odin.",
            "Datu Piang and Datu Odin",
        ),
    ],
)
def test_where_the_pause_holds(text: str, place: str | None) -> None:
    assert pause_of(parse(text)).location == place


def test_hours_from_the_sentence_where_it_took_effect_and_wishes_are_no_status() -> None:
    report = parse(
        "Hamas released 13 hostages on Saturday, the second day of a four-day truce. Under the agreement, "
        'which took effect at 7 a.m. local time on Nov. 24, 200 trucks are to enter Gaza each day. "We want '
        'this pause extended," Kirby said.',
        datetime.date(2023, 11, 25),
    )
    pause = pause_of(report)
    assert pause.start is not None
    assert pause.start.value == "2023-11-24T07:00"
    assert pause.recurrence is None
    assert pause.status.value != "extended"


@pytest.mark.parametrize(
    "text",
    [
        "The army will pause operations for 48 hours so that the Red Cross can recover bodies.",
        "A ceasefire will hold in the commune of Anzourou, in the western Tillaberi region, for 48 hours.",
        (
            "Russia offered a humanitarian pause. Fighters would be allowed to exit the town for 48 hours from 6 a.m. "
            "local time on Friday via three special corridors."
        ),
        (
            "Egypt offered a humanitarian pause. Fighters could leave during a 48-hour window opening at 7 a.m. on "
            "Saturday via four special corridors."
        ),
    ],
)
def test_a_duration_after_what_halts_and_two_places(text: str) -> None:
    assert pause_of(parse(text)).duration == datetime.timedelta(hours=48)


def test_duration_nearest_the_mention_not_the_time_gone_by() -> None:
    pause = pause_of(parse("Clashes broke out on Tuesday, five days into a two-week humanitarian truce."))
    assert pause.duration == datetime.timedelta(days=14)


def test_duration_from_start_to_end() -> None:
    text = "The warring sides agreed to a truce from 3 p.m. on Saturday until 3 p.m. on Monday for the Eid holiday."
    pause = pause_of(parse(text, datetime.date(2019, 8, 9)))
    assert (pause.start.value if pause.start else None, pause.end.value if pause.end else None) == (
        "2019-08-10T15:00",
        "2019-08-12T15:00",
    )
    assert pause.duration == datetime.timedelta(hours=48)


def test_a_pause_within_one_day_is_as_long_as_its_hours_not_another_pauses_days() -> None:
    text = (
        "The regional commander said the guns would fall silent on Monday from 6 a.m. to 6 p.m. so that civilians "
        "could leave the town.\n\nEarlier pauses have not held. A two-day truce announced last week collapsed on "
        "its first afternoon."
    )
    pause = pause_of(parse(text, datetime.date(2019, 5, 10)))
    assert pause.start is not None
    assert pause.start.value == "2019-05-13T06:00"
    assert pause.duration == datetime.timedelta(hours=12)


def test_no_duration_from_partial_dates() -> None:
    """Without a publication date the days stay partial, and so does the length: nothing is guessed."""
    text = "The warring sides agreed to a truce from 3 p.m. on Saturday until 3 p.m. on Monday."
    assert pause_of(parse(text, None)).duration is None


def test_where_a_pause_was_announced_is_not_where_it_holds() -> None:
    text = "The 60-day truce, announced by U.S. President Joe Biden in Washington on Tuesday, took effect."
    assert pause_of(parse(text)).location != "Washington"
    assert pause_of(parse("The truce in Hodeidah held on Tuesday, the U.N. said in Geneva.")).location == "Hodeidah"


def test_the_day_it_begins_not_the_day_it_was_announced() -> None:
    text = (
        "Authorities on Friday announced a three-day ceasefire in the town of Las Anod, beginning on Saturday "
        "and starting at midnight."
    )
    pause = pause_of(parse(text, datetime.date(2023, 2, 10)))
    assert pause.start is not None
    assert pause.start.value == "2023-02-11T00:00"


def test_the_two_sides_of_a_ceasefire_between_them_agreed_to_it() -> None:
    report = parse("A bilateral ceasefire between Colombia's government and the ELN rebels began on Thursday.")
    assert names(report, pause_of(report).ordered_by) == ["Colombian government", "ELN"]


def test_the_subject_of_a_headline_verb_is_not_the_pause_place() -> None:
    report = parse("Russia announces ceasefire in two cities\n\nMoscow declared a ceasefire to let civilians leave.")
    assert pause_of(report).location != "Russia"
    assert pause_of(parse("Hodeidah ceasefire holds\n\nThe truce held on Tuesday.")).location == "Hodeidah"


def test_the_agents_of_a_passive_order_verb() -> None:
    report = parse("Aid entered during a pause in fighting agreed by the Syrian government and rebel groups.")
    assert names(report, pause_of(report).ordered_by) == ["Syrian government", "rebels"]


def test_a_day_and_a_party_after_a_mention_are_no_place() -> None:
    text = (
        "Israel and Hamas agreed to extend their truce by two days. "
        "Since the truce began on Friday, Hamas has freed 58."
    )
    assert pause_of(parse(text)).location != "Friday, Hamas"


def test_a_pause_known_by_its_corridor_has_who_agreed_and_where_to() -> None:
    text = (
        "Russia and Ukraine agreed on Tuesday to open a humanitarian corridor to evacuate civilians from the city "
        "of Sumy to Poltava, Ukraine's deputy prime minister said."
    )
    report = parse(text)
    pause = pause_of(report)
    assert names(report, pause.ordered_by) == ["Russia", "Ukraine"]
    assert [c.destination for c in pause.corridors] == ["Poltava"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Sudan's army and a rival paramilitary force agreed on Monday to a 72-hour ceasefire.", "Sudan"),
        ("Colombia's government and the ELN began a six-month ceasefire on Thursday.", "Colombia"),
    ],
)
def test_a_state_possessing_a_party_of_the_lead_is_the_place(text: str, state: str) -> None:
    """In "Sudan's army ... agreed to a ceasefire" the army is one mention, and its state is where it holds."""
    assert pause_of(parse(text)).location == state


def test_until_a_date_is_the_end_and_the_start_is_the_day_declared() -> None:
    text = (
        "The junta extended a temporary ceasefire until April 22 to support rebuilding, state media reported. "
        "The truce was first declared on April 2."
    )
    pause = pause_of(parse(text, datetime.date(2025, 4, 9)))
    assert pause.start is not None
    assert pause.end is not None
    assert (pause.start.value, pause.end.value) == ("2025-04-02", "2025-04-22")


def test_the_source_of_a_figure_is_not_the_pause_announcer() -> None:
    text = (
        "A ceasefire between Israel and Hezbollah took effect on Wednesday, ending fighting that has killed "
        "nearly 3,800 people, according to the Lebanese Health Ministry."
    )
    pause = pause_of(parse(text))
    assert pause.announced_by == ()
    assert len(pause.ordered_by) == 2


def test_a_day_after_a_clock_time_is_read_with_the_verb_before_it() -> None:
    """In "will take effect at 10 a.m. (0800 GMT) on Friday" the day lies ahead: the verb is read past the clock."""
    text = "A four-day truce will take effect at 10 a.m. (0800 GMT) on Friday, the spokesman said Thursday."
    pause = pause_of(parse(text, datetime.date(2023, 11, 23)))
    assert pause.start is not None
    assert pause.start.value == "2023-11-24T10:00"


def test_a_day_into_the_truce_is_no_recurrence() -> None:
    pause = pause_of(
        parse("Shelling near Goma kills 12 a day into US-announced two-week truce", datetime.date(2024, 2, 21))
    )
    assert pause.recurrence is None


def test_a_mediators_spokesman_after_the_pause_gives_no_place() -> None:
    text = "A four-day truce between Israel and Hamas will start on Friday, Qatar's foreign ministry spokesman said."
    assert pause_of(parse(text)).location != "Qatar"


def test_a_place_name_with_of() -> None:
    text = "The White House announced a humanitarian truce in eastern Democratic Republic of Congo on Monday."
    assert pause_of(parse(text)).location == "eastern Democratic Republic of Congo"


def test_a_pause_referred_to_as_a_time_names_no_announcer() -> None:
    text = (
        "The White House announced a two-week truce on Monday. "
        "The World Food Programme said it sent 20 trucks on Tuesday, its first delivery since the truce began."
    )
    report = parse(text)
    assert names(report, pause_of(report).announced_by) == ["White House"]


def test_a_permanent_ceasefire_agreed_to_is_the_pause_and_one_hoped_for_is_not() -> None:
    report = parse("Ethiopia's government and the TPLF on Wednesday agreed to a permanent cessation of hostilities.")
    assert names(report, pause_of(report).ordered_by) == ["Ethiopian government", "Tigray People's Liberation Front"]
    assert parse("Talks on a permanent ceasefire will resume next week.").pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        "JUBA (AFP) - The government and the SPLM-IO agreed on Sunday to a permanent ceasefire, a mediator said.",
        "JUBA (AFP) - The government and the SPLM-IO agreed late on June 27 to a permanent ceasefire in Khartoum.",
    ],
)
def test_a_permanent_ceasefire_agreed_to_on_a_day_is_the_pause(text: str) -> None:
    assert len(parse(text).pauses) == 1


def test_a_permanent_ceasefire_a_signed_agreement_provides_for_is_the_pause() -> None:
    text = (
        "The agreement, signed in Pretoria on November 2 by the government and the rebels, provides for a permanent"
        " cessation of hostilities across the north, which took effect on signing."
    )
    pause = pause_of(parse(text, datetime.date(2022, 11, 16)))
    assert pause.start is not None
    assert pause.start.value == "2022-11-02"


@pytest.mark.parametrize(
    "text",
    [
        "The pause will hold for four hours a day in northern Gaza.",
        "Israel agreed to pause fighting for four hours a day in northern Gaza.",
    ],
)
def test_a_length_said_after_a_verb_of_the_pause(text: str) -> None:
    pause = pause_of(parse(text))
    assert (pause.duration, pause.recurrence) == (datetime.timedelta(hours=4), Recurrence.DAILY)


@pytest.mark.parametrize(
    ("text", "broker"),
    [
        ("A Russian-brokered humanitarian ceasefire in Nagorno-Karabakh appeared to unravel.", "Russia"),
        ("A U.S.-brokered truce took effect on Monday.", "United States"),
        ("The UN-mediated truce held.", "United Nations"),
    ],
)
def test_the_broker_named_in_the_pauses_adjective(text: str, broker: str) -> None:
    report = parse(text)
    assert names(report, pause_of(report).ordered_by) == [broker]


def test_a_de_facto_state_is_a_state() -> None:
    report = parse("Somaliland on Friday announced a three-day ceasefire in the contested town of Las Anod.")
    assert [(a.name, a.kind.value) for a in report.actors] == [("Somaliland", "state")]


def test_the_state_of_a_side_named_after_between_is_the_place() -> None:
    text = "A bilateral ceasefire between Colombia's government and the ELN began at midnight on Thursday."
    assert pause_of(parse(text)).location == "Colombia"


def test_a_recurrence_said_in_a_sentence_going_on_about_the_pause() -> None:
    text = (
        "The gangs announced the pause on Sunday. It said its fighters would hold fire across the capital "
        "every day from 8 a.m. to 4 p.m., starting Monday."
    )
    pause = pause_of(parse(text))
    assert pause.recurrence is Recurrence.DAILY


def test_the_body_names_the_place_more_fully_than_the_headline() -> None:
    text = (
        "Army, RSF agree to weeklong humanitarian truce in Darfur city\n\n"
        "The army and the RSF agreed Saturday to a seven-day humanitarian truce in the besieged Darfur city of "
        "El Fasher, starting Monday."
    )
    assert pause_of(parse(text)).location == "El Fasher"


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Governor offers rebels a day's pause to quit Kodra", "Kodra"),
        ("Truce takes hold as fighters leave Weltan under escort", "Weltan"),
    ],
)
def test_a_place_the_headline_says_fighters_leave_is_the_place(title: str, place: str) -> None:
    text = (
        f"{title}\n\n"
        "The regional governor announced on Friday a humanitarian pause from 7 a.m. to 5 p.m. on Saturday, "
        "saying fighters who laid down their arms would be let go."
    )
    assert pause_of(parse(text)).location == place


def test_a_place_named_with_what_it_is_anywhere_in_the_first_sentence() -> None:
    text = (
        "A convoy of 12 trucks reached the front-line town of Avdiivka on Wednesday during a five-hour local truce "
        "agreed by Russia and Ukraine, the U.N. said."
    )
    assert pause_of(parse(text)).location == "Avdiivka"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Russian Defence Ministry announced a regime of silence in Mariupol on Saturday.", "ceasefire"),
        ("The warring parties agreed to three days of tranquillity in Hodeidah.", "humanitarian_pause"),
        ("The sides agreed to a pause in hostilities in Goma.", "humanitarian_pause"),
    ],
)
def test_more_names_of_a_pause(text: str, kind: str) -> None:
    assert pause_of(parse(text)).kind.value == kind


def test_routes_said_again_with_the_same_destination_are_the_same_corridors() -> None:
    text = (
        "Russia declared a ceasefire to open humanitarian corridors from Kyiv, Kharkiv, Sumy and Mariupol, "
        "with some routes leading to Russia and Belarus."
    )
    (corridor,) = pause_of(parse(text)).corridors
    assert (corridor.origin, corridor.destination) == ("Kyiv, Kharkiv, Sumy and Mariupol", "Russia and Belarus")


def test_a_nationwide_truce_extended_is_the_pause_and_took_effect_dates_it() -> None:
    text = (
        "Yemen's warring parties agreed on Thursday to extend a nationwide truce for another two months. "
        "The truce, which first took effect on 2 April, has led to a drop in casualties."
    )
    pause = pause_of(parse(text, datetime.date(2022, 6, 2)))
    assert pause.location == "Yemen"
    assert pause.start is not None
    assert pause.start.value == "2022-04-02"


def test_talks_further_on_do_not_make_the_pause_another_one() -> None:
    text = (
        "Myanmar's military and the MNDAA have agreed to an immediate ceasefire in northern Shan state "
        "following talks mediated by China."
    )
    assert pause_of(parse(text)).location == "northern Shan"
    assert parse("Ceasefire talks resumed in Doha on Monday.").pauses == ()


def test_a_call_for_a_ceasefire_is_no_pause() -> None:
    text = "U.N. Secretary-General Antonio Guterres on Monday renewed his call for an immediate humanitarian ceasefire."
    assert parse(text).pauses == ()


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # An end verb makes the time after it the end; midnight then closes the day it names.
        (
            "The ceasefire will start at noon on Thursday and end at midnight on Sunday.",
            "2024-03-07T12:00",
            "2024-03-11T00:00",
        ),
        ("The ceasefire will begin on Thursday and end on Sunday.", "2024-03-07", "2024-03-10"),
        ("The truce, which began on Thursday, ended on Sunday.", "2024-02-29", "2024-03-03"),
        # Only an end is said: the day it falls on is not the start.
        ("The truce will last until 6 p.m. on Sunday.", None, "2024-03-10T18:00"),
    ],
)
def test_end_verbs_give_the_end_and_an_end_alone_no_start(text: str, start: str | None, end: str) -> None:
    pause = pause_of(parse(text, datetime.date(2024, 3, 6)))
    assert (pause.start and pause.start.value, pause.end and pause.end.value) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia's government on Thursday declared a humanitarian truce in Tigray, effective immediately.",
        "The army said on Thursday it would observe a truce with immediate effect.",
        "The rebels on Thursday declared a unilateral humanitarian truce for three months, starting immediately.",
        # the terms took effect at their signing, said in a sentence of its own that names no pause
        (
            "Elders of two villages on Thursday agreed to a truce over the disputed island. Under the terms, which"
            " took effect as soon as both sides signed, no one will enter the island."
        ),
        # the day is a saying's, the pause's start told in a sentence of its own
        (
            "The envoy said Thursday that the army had agreed to suspend its offensive in the north for 72 hours."
            " He said the pause would begin immediately."
        ),
    ],
)
def test_a_pause_effective_immediately_starts_the_day_it_was_declared(text: str) -> None:
    pause = pause_of(parse(text, datetime.date(2024, 3, 6)))
    assert pause.start is not None
    assert pause.start.value == "2024-02-29"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the day right before its declaring or ordering, when no other day is told
        ("Ethiopia's government on Thursday declared a humanitarian truce in Tigray.", "2016-10-27"),
        ("President Medvedev on Tuesday ordered an end to military operations in Georgia.", "2016-11-01"),
        # another day told wins
        ("Ethiopia's government on Thursday declared a humanitarian truce in Tigray from Saturday.", "2016-11-05"),
        # the day of a saying is not the declaring's
        ("Ethiopia's government said on Thursday it had declared a humanitarian truce in Tigray.", None),
    ],
)
def test_the_declaring_day_starts_a_pause_only_when_no_other_day_is_told(text: str, start: str | None) -> None:
    pause = pause_of(parse(text))
    assert (pause.start and pause.start.value) == start


@pytest.mark.parametrize(
    "text",
    [
        "A U.N.-brokered truce in Yemen's contested port city of Hodeidah took effect at midnight.",
        "A truce in Yemen's Hodeidah took effect.",
    ],
)
def test_a_place_after_its_state_and_what_it_is(text: str) -> None:
    assert pause_of(parse(text)).location == "Hodeidah"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            (
                "A humanitarian corridor will open on Saturday from 9 a.m. to let civilians leave Sumy, the ministry"
                " said. Russian forces will hold their fire along the route until 9 p.m., the ministry said."
            ),
            "2024-03-09T21:00",
        ),
        ("The truce will begin at 8 a.m. on Monday and last until 2 p.m.", "2024-03-11T14:00"),
    ],
)
def test_an_end_clock_said_apart_ends_the_start_day(text: str, end: str) -> None:
    pause = pause_of(parse(text, datetime.date(2024, 3, 6)))
    assert pause.end is not None
    assert pause.end.value == end


@pytest.mark.parametrize(
    "text",
    [
        "Bush said allied forces would suspend offensive operations against Iraq at midnight (0500 GMT Thursday).",
        "Bush said allied forces would suspend offensive combat operations on Iraq at midnight (0500 GMT Thursday).",
        (
            "Bush suspends offensive from midnight EST\n\nWASHINGTON (Reuters) - Bush said on Wednesday that allied"
            " forces would suspend offensive combat operations against Iraq at midnight EST (0500 GMT Thursday)."
        ),
    ],
)
def test_a_halt_to_come_at_a_clock_time_starts_then(text: str) -> None:
    """A halt told as to come "at midnight" starts then, as one "from midnight" does."""
    pause = pause_of(parse(text, datetime.date(1991, 2, 27)))
    assert pause.start is not None
    assert pause.start.value == "1991-02-28T00:00"


@pytest.mark.parametrize("operations", ["counter-insurgency operations", "counterterrorism operations"])
def test_a_suspension_of_counter_insurgency_operations_to_come_is_a_pause(operations: str) -> None:
    text = (
        f"SRINAGAR (AFP) - India said Wednesday it would suspend {operations} in Kashmir during the holy month"
        ' of Ramadan "from Thursday", but militant groups rejected the offer.'
    )
    pause = pause_of(parse(text, datetime.date(2018, 5, 16)))
    assert pause.start is not None
    assert pause.start.value == "2018-05-17"


def test_a_halt_taking_effect_on_a_weekday_told_in_the_present_is_not_a_day_gone_by() -> None:
    text = (
        "ASTANA, May 4, 2017 (AFP) - Russia, Turkey and Iran agreed on Thursday to set up four zones in Syria.\n\n"
        "The memorandum provides for a halt to fighting in the zones taking effect at midnight on Friday (2100 GMT)."
    )
    pause = pause_of(parse(text, datetime.date(2017, 5, 4)))
    assert pause.start is not None
    assert pause.start.value == "2017-05-06T00:00"


def test_a_halt_taking_effect_on_a_weekday_with_its_date_keeps_that_date() -> None:
    text = "A truce was concluded on Sunday in Niono. The 30-day truce takes effect on Monday, 10 June, radio said."
    pause = pause_of(parse(text, datetime.date(2024, 6, 12)))
    assert pause.start is not None
    assert pause.start.value == "2024-06-10"


def test_a_halt_told_by_the_fighting_as_its_subject_and_a_start_is_a_pause() -> None:
    text = (
        "ASTANA (AFP) - Under the memorandum, fighting between regime forces and rebels, including air strikes, is to"
        " stop in the zones from midnight Friday (2100 GMT), the chief negotiator told reporters."
    )
    pause = pause_of(parse(text, datetime.date(2017, 5, 4)))
    assert pause.start is not None
    assert pause.start.value == "2017-05-06T00:00"


def test_a_halt_told_by_the_fighting_on_a_condition_is_no_pause() -> None:
    assert parse("Shelling will stop from Friday if the rebels leave the town.", datetime.date(2017, 5, 4)).pauses == ()


def test_a_midnight_ending_the_day_before_a_dated_start_is_that_start() -> None:
    text = (
        "SAPOA, Nicaragua (AP) - The government and the rebels signed an agreement late Wednesday for a 60-day"
        " cease-fire beginning April 1.\n\nUnder the accord, offensive operations by both sides are to stop at"
        " midnight on March 31."
    )
    pause = pause_of(parse(text, datetime.date(1988, 3, 24)))
    assert pause.start is not None
    assert pause.start.value == "1988-04-01T00:00"


@pytest.mark.parametrize("proposer", ["", "U.S.-"])
def test_a_proposed_truce_accepted_is_made(proposer: str) -> None:
    text = f"The RSF and the army on Saturday accepted a {proposer}proposed truce starting on Monday."
    pause = pause_of(parse(text, datetime.date(2024, 10, 20)))
    assert pause.start is not None
    assert pause.start.value == "2024-10-21"


def test_a_halt_to_come_gives_the_pause_its_hours_and_its_announcer() -> None:
    report = parse(
        "Russia has unilaterally declared a ceasefire around the Azovstal steel plant in Mariupol. In a statement"
        " on Friday, Russia's defence ministry said its forces would halt all hostilities around Azovstal from"
        " 2pm Moscow time (11:00 GMT) on Saturday until 8pm on Sunday.",
        datetime.date(2022, 4, 22),
    )
    pause = pause_of(report)
    assert (pause.start and pause.start.value, pause.end and pause.end.value) == (
        "2022-04-23T14:00",
        "2022-04-24T20:00",
    )
    assert names(report, pause.ordered_by) == ["Russia"]
    assert names(report, pause.announced_by) == ["Russian Defence Ministry"]


def test_guns_ordered_to_stop_give_the_pause_its_day_and_hour() -> None:
    report = parse(
        "Russia has announced a humanitarian pause around the besieged town. Lavrov said on Wednesday that"
        " President Vladimir Putin had ordered the guns to stop for 9 hours on Friday, from 8 a.m. local time.",
        datetime.date(2016, 11, 23),
    )
    pause = pause_of(report)
    assert pause.start is not None
    assert pause.start.value == "2016-11-25T08:00"


@pytest.mark.parametrize(
    ("made", "announcer"),
    [
        ("It was announced on 10 March by the M23 rebels.", "M23"),
        ("It was announced on March 10, 2025, by the M23 rebels.", "M23"),
        ("It was announced by the M23 rebels on 10 March.", "M23"),
    ],
)
def test_the_sentence_after_the_pause_names_its_announcer_in_the_passive(made: str, announcer: str) -> None:
    report = parse(
        "A 72-hour humanitarian pause in and around Kamituga took effect at 06:00 on 11 March. " + made,
        datetime.date(2025, 3, 12),
    )
    assert names(report, pause_of(report).announced_by) == [announcer]
    (announced,) = [e for e in report.events if e.kind is EventKind.PAUSE_ANNOUNCED]
    assert announced.when is not None
    assert announced.when.value == "2025-03-10"
    assert report.text_of(announced.evidence) == made


def test_a_pause_agreed_in_the_passive_is_an_agreement_not_an_announcement() -> None:
    report = parse(
        "A four-day humanitarian pause in Tal Tamr took effect at 06:00 on 1 June. It was agreed on 31 May by the"
        " Syrian Democratic Forces and the Syrian National Army.",
        datetime.date(2020, 6, 3),
    )
    assert [e for e in report.events if e.kind is EventKind.PAUSE_ANNOUNCED and e.trigger == "agreed"] == []


def test_a_sentence_after_the_pause_that_is_not_its_making_names_no_announcer() -> None:
    report = parse(
        "A 72-hour humanitarian pause in Kamituga took effect at 06:00 on 11 March. It was the first since"
        " February, the M23 rebels said.",
        datetime.date(2025, 3, 12),
    )
    assert pause_of(report).announced_by == ()


def test_a_sentence_going_on_about_the_window_gives_its_hours() -> None:
    report = parse(
        "Congo's army and M23 rebels have agreed to a humanitarian window of four hours each day around the"
        " besieged town of Sake, Angola's presidency said on Tuesday. The window will run from 10 a.m. to 2 p.m."
        " every day for five days starting on Wednesday.",
        datetime.date(2024, 2, 20),
    )
    pause = pause_of(report)
    assert pause.start is not None
    assert pause.start.value == "2024-02-21T10:00"
    assert pause.daily_window is not None
    assert (pause.daily_window.start, pause.daily_window.end) == ("10:00", "14:00")


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("in the Port-au-Prince neighbourhood of Turgeau", "Turgeau"),
        ("in the Khartoum suburb of Bahri", "Bahri"),
    ],
)
def test_a_neighbourhood_of_a_city_is_the_place(where: str, place: str) -> None:
    text = f"Gangs said Tuesday they would observe a 48-hour truce {where} from 7:00 am on Wednesday."
    assert pause_of(parse(text)).location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A daily lull in the shelling of Chasiv Yar between 10am and 2pm lets residents queue for water.",
            "Chasiv Yar",
        ),
        ("Israel agreed to a pause in attacks on Rafah on Friday.", "Rafah"),
    ],
)
def test_the_place_of_the_blows_a_pause_halts_is_its_place(text: str, place: str) -> None:
    assert pause_of(parse(text)).location == place


def test_the_day_of_a_blow_in_the_pause_s_sentence_is_not_the_pause_s() -> None:
    report = parse(
        "A resistance group says it will ignore the military government's earthquake ceasefire, after an air"
        " strike on Tuesday killed at least 17 people. The military government declared a ceasefire on 2 April,"
        " saying it would last until 22 April.",
        datetime.date(2025, 4, 10),
    )
    start = pause_of(report).start
    assert start is None or start.value != "2025-04-15"
    assert start is None or start.text != "Tuesday"


def test_a_corridor_in_quotation_marks_along_a_road_is_the_pause_s_place() -> None:
    report = parse(
        'The Israeli military says it will open a "humanitarian corridor" along Salah al-Din Road between 10am'
        " and 2pm (08:00-12:00 GMT) on Tuesday for residents of northern Gaza to move south.",
        datetime.date(2023, 11, 7),
    )
    pause = pause_of(report)
    assert pause.location == "Salah al-Din Road"
    assert len(pause.corridors) == 1


def test_a_road_called_a_corridor_opens_none() -> None:
    report = parse(
        'The federal government calls the road from Mogadishu to Jowhar a "humanitarian corridor", and aid trucks'
        " use it daily.",
        datetime.date(2024, 9, 10),
    )
    assert all(not pause.corridors for pause in report.pauses)


def test_a_count_in_the_next_sentence_does_not_make_the_announcer_a_figure_s_source() -> None:
    report = parse(
        "Russian forces will observe a ceasefire from 10:00 Moscow time on Tuesday and open five corridors from"
        " Chernihiv, the Russian Defence Ministry said on Monday. Two of the corridors will lead to Russia.",
        datetime.date(2022, 3, 14),
    )
    assert names(report, pause_of(report).announced_by) == ["Russian Defence Ministry"]


def test_corridors_told_in_parts_by_where_they_run() -> None:
    report = parse(
        "A seven-day humanitarian pause in Fizi territory took effect at 06:00 on 12 May. Two humanitarian corridors"
        " have opened for aid convoys: one from Baraka to Mikenge and one from Fizi centre to Kilembwe.",
        datetime.date(2025, 5, 15),
    )
    corridors = pause_of(report).corridors
    assert [(c.count, c.destination) for c in corridors] == [(1, "Mikenge"), (1, "Kilembwe")]


def test_the_lead_under_a_headline_pause_names_its_announcer() -> None:
    report = parse(
        "Corridor to open out of besieged Sumy as Russia, Ukraine agree local ceasefire\n\n"
        "A humanitarian corridor will open on Saturday from 9 a.m. Moscow time to let civilians leave the besieged"
        " city of Sumy, Russia's defence ministry said Friday.",
        datetime.date(2022, 3, 11),
    )
    assert names(report, pause_of(report).announced_by) == ["Russian Defence Ministry"]


def test_a_corridor_between_two_places_for_aid_workers_and_no_armed_personnel() -> None:
    (corridor,) = pause_of(
        parse(
            "The parties committed to open a humanitarian corridor along the Sobat River between Ulang and Malakal for"
            " the safe passage of civilians and humanitarian workers. Armed personnel may not use the corridor."
        )
    ).corridors
    assert (corridor.origin, corridor.destination, corridor.armed) == ("Ulang", "Malakal", False)
    assert corridor.beneficiaries == ("civilians", "humanitarian workers")


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        (
            "The coalition announced a two-week ceasefire to support United Nations efforts to end the war.",
            "to support United Nations efforts to end the war",
        ),
        ("Russia declared a truce to mark Orthodox Easter.", "to mark Orthodox Easter"),
    ],
)
def test_more_purposes(text: str, purpose: str) -> None:
    assert pause_of(parse(text)).purpose == purpose


@pytest.mark.parametrize(
    "text",
    [
        "The sides agreed a 30-day halt on strikes against energy infrastructure starting on Tuesday.",
        "Both armies announced a suspension of hostilities along the border.",
    ],
)
def test_a_halt_on_strikes_or_a_suspension_of_hostilities_is_a_ceasefire(text: str) -> None:
    assert pause_of(parse(text)).kind.value == "ceasefire"


def test_the_place_of_the_talks_is_not_the_place_of_the_pause_but_its_conflict_is() -> None:
    report = parse(
        "The ICRC evacuated 120 patients during a 48-hour humanitarian pause agreed by the sides to the"
        " Nagorno-Karabakh conflict. Armenia and Azerbaijan agreed to the pause during talks in Geneva."
    )
    assert pause_of(report).location == "Nagorno-Karabakh"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "The two sides agreed on Monday to a ceasefire from 6 a.m. on Tuesday, ending a conflict that has"
                " ravaged northern Kivu, the mediators said."
            ),
            "northern Kivu",
        ),
        (
            (
                "The rebels and the army agreed on Monday to a truce from noon on Tuesday to let medical teams reach"
                " the wounded and bury the dead, ending 19 days of fighting in Tessalit, officials said."
            ),
            "Tessalit",
        ),
    ],
)
def test_where_the_war_a_pause_ends_was_fought_is_its_place_when_none_is_said(text: str, place: str) -> None:
    assert pause_of(parse(text)).location == place


def test_the_place_of_a_war_ended_is_not_preferred_to_the_place_said() -> None:
    report = parse(
        "The rebels agreed on Monday to a truce in Kidal from noon on Tuesday, ending 19 days of fighting in"
        " Tessalit, officials said."
    )
    assert pause_of(report).location == "Kidal"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            (
                "Kenya, Uganda agree to immediate ceasefire in Entebbe\n\nNAIROBI (Reuters) - An immediate ceasefire"
                " between Kenya and Uganda took effect at midnight, after the two leaders agreed to it at talks in"
                " Entebbe hosted by the African Union."
            ),
            "Entebbe",
        ),
        (
            (
                "Rebels, army agree Libyan-brokered ceasefire in Sirte\n\nN'DJAMENA (Reuters) - The army and the"
                " rebels agreed a ceasefire on Monday. The accord was signed in the Libyan city of Sirte after two days"
                " of talks."
            ),
            "Sirte",
        ),
        (
            (
                "The truce took effect from midnight on Monday, according to a joint statement issued in Jeddah, where"
                " envoys of both sides have held indirect talks for a week."
            ),
            "Jeddah",
        ),
        (
            (
                "Fighting eased in the port city of Hodeida on Thursday after the coalition ordered its forces to halt"
                " their offensive there, ahead of peace talks planned in Sweden."
            ),
            "Sweden",
        ),
        (
            (
                "Fighting eased in Hodeida on Thursday after the coalition ordered its forces to halt their offensive,"
                " as the envoy pressed both camps to attend consultations he hopes to convene in Sweden next month."
            ),
            "Sweden",
        ),
        (
            (
                "Yemen's warring parties to observe truce from April 10\n\nSANAA (Reuters) - Yemen's warring parties"
                " will observe a nationwide cessation of hostilities from midnight on April 10, the United Nations said"
                " on Wednesday.\n\nThe envoy told reporters that both sides had committed to the truce and to direct"
                " talks opening in Kuwait on April 18."
            ),
            "Kuwait",
        ),
    ],
)
def test_where_talks_met_or_a_deal_was_signed_or_told_is_not_where_the_pause_holds(text: str, venue: str) -> None:
    assert pause_of(parse(text)).location != venue


def test_bodies_that_act_together_are_no_place() -> None:
    report = parse(
        "More than 100 civilians leave steel plant in UN-ICRC evacuation\n\nKYIV - More than 100 civilians left"
        " the plant on Sunday during a pause agreed by Russia and Ukraine, the United Nations (UN) and the"
        " International Committee of the Red Cross (ICRC) said."
    )
    assert pause_of(report).location != "UN-ICRC"


def test_a_local_truce_signed_where_it_holds_keeps_its_place() -> None:
    report = parse(
        "Clans sign truce in Abudwak\n\nGAROWE (Garowe Online) - The truce in Abudwak was signed on Wednesday in"
        " Abudwak by elders of the two clans, after fighting that killed 11 people."
    )
    assert pause_of(report).location == "Abudwak"


def test_the_length_of_the_deal_said_apart_is_the_pauses() -> None:
    report = parse(
        "A ceasefire between Israel and Hezbollah will take effect at 4 a.m. on Wednesday. The 60-day agreement"
        " provides for the withdrawal of Israeli forces."
    )
    assert pause_of(report).duration == datetime.timedelta(days=60)


def test_parties_named_with_their_acronym_and_an_adjective_all_agreed() -> None:
    report = parse(
        "Sudan's army and the paramilitary Rapid Support Forces (RSF) have agreed to observe a truce for three days"
        " from dawn on Friday, the African Union (AU) said here on Thursday."
    )
    pause = pause_of(report)
    assert names(report, pause.ordered_by) == ["Sudanese Armed Forces", "Rapid Support Forces"]
    assert names(report, pause.announced_by) == ["African Union"]


def test_a_call_on_the_parties_to_cease_fire_orders_nothing() -> None:
    report = parse(
        "Hamas and Israel agreed to a truce in Gaza. China has repeatedly called on the parties to cease fire and"
        " settle their differences through dialogue."
    )
    assert names(report, pause_of(report).ordered_by) == ["Hamas", "Israel"]


def test_an_end_before_the_start_is_no_end() -> None:
    pause = pause_of(
        parse(
            "The truce began at 6 a.m. on Saturday. The army rejected a proposal to extend the truce once it expired"
            " on Tuesday.",
            datetime.date(2024, 8, 18),
        )
    )
    assert pause.start is not None
    assert (pause.start.value, pause.end) == ("2024-08-17T06:00", None)


def test_armed_men_not_allowed_make_a_corridor_unarmed() -> None:
    (corridor,) = pause_of(
        parse(
            "A humanitarian corridor will run from Kyauktaw to Sittwe. Armed men will not be allowed to use the route."
        )
    ).corridors
    assert corridor.armed is False


def test_fighters_barred_from_a_corridor_are_not_its_users_and_leave_it_unarmed() -> None:
    (corridor,) = pause_of(
        parse(
            "The coalition said it would observe a 48-hour truce in Taiz. Two safe routes would be opened for "
            "civilians wishing to leave the city, the coalition said, adding that fighters would not be allowed "
            "to use them."
        )
    ).corridors
    assert (corridor.beneficiaries, corridor.armed) == (("civilians",), False)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The ceasefire will run from Dec. 10 to Dec. 12.", "2024-12-10", "2024-12-12"),
        ("The pause will hold Dec. 10-12.", "2024-12-10", "2024-12-12"),
        ("The truce will hold between March 10 and March 12.", "2024-03-10", "2024-03-12"),
    ],
)
def test_a_pause_from_one_day_to_another(text: str, start: str, end: str) -> None:
    pause = pause_of(parse(text, datetime.date(2024, 3, 6)))
    assert (pause.start and pause.start.value, pause.end and pause.end.value) == (start, end)


WEB_PAGE = """Israel agrees to four-hour daily pauses in Gaza fighting: White House

Published: Nov 9, 2023 12:35 pm | Updated: Nov 9, 2023 4:10 pm

By Jane Doe and John Roe

Photo: Palestinians walk south along Salah al-Din road in the central Gaza Strip. (AFP)

WASHINGTON: Israel has agreed to implement daily four-hour military pauses in areas of northern Gaza, the White House
said on Thursday.

The health ministry in Hamas-run Gaza says more than 10,800 people have been killed.
"""


def test_a_web_pages_lines_above_the_lead_give_no_time_no_person_and_no_credit() -> None:
    report = parse(WEB_PAGE, datetime.date(2023, 11, 9))
    assert pause_of(report).start is None  # not 12:35, the time the page was published
    names = [a.name for a in report.actors]
    assert "Agence France-Presse" not in names  # the photo's credit
    assert all(a.kind is not ceasefire.ActorKind.PERSON or a.name != "Hamas-run Gaza" for a in report.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Germany's coalition government hit pause on its 2026 budget on Wednesday.",
        "It comes days before a 90-day ceasefire on tariffs between the EU and the U.S. expires.",
        "The tariff truce was agreed in Brussels in July.",
    ],
)
def test_pause_words_said_of_something_else_make_no_pause_and_no_event(text: str) -> None:
    report = parse(text)
    assert report.pauses == ()
    assert [e.kind.value for e in report.events if e.kind.value in {"ceasefire", "attack"}] == []


@pytest.mark.parametrize(
    "text",
    [
        "Coalition halts vote: pause on budget as tariff ceasefire nears its end.",
        '"This is a pause button, not the eject button," the finance minister said.',
        "There was also a pause in separate talks with the union.",
        "Malawian millers, in turn, agreed to a truce on flour price increases until the end of September.",
    ],
)
def test_more_pause_words_said_of_something_else(text: str) -> None:
    assert parse(text).pauses == ()


def test_the_corridors_users_are_those_said_to_be_allowed() -> None:
    report = parse(
        "The Turkish Defense Ministry, which is helping fighters of the Syrian National Army, is trying to retake"
        " Afrin, said Kurdish groups, who would be allowed to exit the town unharmed and with their weapons via four"
        " special corridors."
    )
    (corridor,) = pause_of(report).corridors
    assert corridor.beneficiaries == ("Kurdish groups",)


def test_a_purpose_to_prevent() -> None:
    report = parse('President Hazem Tawfiq ordered the pause "to prevent needless bloodshed," the ministry said.')
    assert pause_of(report).purpose == "to prevent needless bloodshed"


def test_announcers_of_a_joint_statement_are_all_named() -> None:
    text = (
        "Sudan's army and the Rapid Support Forces have agreed to a seven-day ceasefire starting on Monday, "
        "Saudi Arabia and the United States said in a joint statement."
    )
    report = parse(text)
    assert names(report, pause_of(report).announced_by) == ["Saudi Arabia", "United States"]


@pytest.mark.parametrize("call", ["called for", "called again for", "also called on the parties to extend"])
def test_calling_for_a_pause_is_not_ordering_it(call: str) -> None:
    text = (
        "Israel has agreed to daily four-hour humanitarian pauses in northern Gaza, the White House said. "
        f"U.N. Secretary-General Antonio Guterres {call} a full ceasefire, saying the pauses were not enough."
    )
    report = parse(text)
    pause = pause_of(report)
    assert names(report, pause.ordered_by) == ["Israel"]
    assert "Antonio Guterres" not in names(report, pause.announced_by)


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        (
            (
                "Ukraine and Russia agreed on Friday to open a humanitarian corridor from the port of Mariupol to "
                "the city of Zaporizhzhia, Deputy Prime Minister Iryna Vereshchuk said."
            ),
            "Zaporizhzhia",
        ),
        ("A corridor from Mariupol to Zaporizhzhia, ICRC spokesman Ewan Watson said, would open.", "Zaporizhzhia"),
        (
            "Russia opened a humanitarian corridor to Poland, Hungary and Romania for refugees.",
            "Poland, Hungary and Romania",
        ),
    ],
)
def test_a_party_named_after_a_destination_is_no_place(text: str, destination: str) -> None:
    assert [c.destination for c in pause_of(parse(text)).corridors] == [destination]


def test_who_agreed_to_open_the_corridor_ordered_the_pause() -> None:
    text = (
        "Ukraine and Russia agreed on Friday to open a humanitarian corridor from Mariupol to Zaporizhzhia. "
        "The Red Cross said the convoy depended on a local ceasefire from 10 a.m."
    )
    report = parse(text)
    assert names(report, pause_of(report).ordered_by) == ["Ukraine", "Russia"]


def test_a_corridor_called_for_names_no_party() -> None:
    text = (
        "Russia declared a ceasefire around the plant on Saturday. "
        "Kyiv has instead called for a corridor agreed with Moscow and monitored by the UN."
    )
    report = parse(text)
    assert names(report, pause_of(report).ordered_by) == ["Russia"]


@pytest.mark.parametrize(
    "text",
    [
        "The WFP said it had been forced to pause food distributions in Macomia for security reasons.",
        "The government said it will pause the budget debate.",
    ],
)
def test_pause_as_a_verb_of_something_else_is_no_pause(text: str) -> None:
    report = parse(text)
    assert report.pauses == ()
    assert [e for e in report.events if e.kind.value in {"pause_announced", "ceasefire"}] == []


@pytest.mark.parametrize(
    "verb", ["agreed to pause fighting", "would pause military operations", "will pause its offensive"]
)
def test_pause_as_a_verb_of_fighting_is_a_pause(verb: str) -> None:
    report = parse(f"Israel {verb} in northern Gaza, the White House said.")
    assert pause_of(report).location == "northern Gaza"


def test_a_halt_to_come_gives_the_pause_its_place_and_hours() -> None:
    text = (
        "Army announces 12-hour pause to let aid convoys reach Dikwa\n\n"
        "The army said on Sunday it would suspend military operations around Dikwa for 12 hours on Tuesday. "
        "Troops would hold their positions between 6 a.m. and 6 p.m. on Tuesday, the army said."
    )
    pause = pause_of(parse(text, datetime.date(2021, 3, 7)))
    assert pause.location == "Dikwa"
    assert pause.start is not None
    assert pause.end is not None
    assert (pause.start.value, pause.end.value) == ("2021-03-09T06:00", "2021-03-09T18:00")
    assert pause.duration == datetime.timedelta(hours=12)


def test_a_halt_of_an_offensive_to_come_gives_the_pause_its_place_and_length() -> None:
    text = (
        "ADEN, May 4 (Reuters) - The army said on Sunday it would halt its offensive on the rebel-held town of "
        "Qataba in Dhale province for 72 hours from 6 a.m. local time on Monday, so that civilians can leave. "
        "Aid agencies welcomed the pause."
    )
    pause = pause_of(parse(text, datetime.date(2025, 5, 4)))
    assert pause.location == "Qataba"
    assert pause.duration == datetime.timedelta(hours=72)


def test_offensive_before_the_operations_it_describes_is_no_halt_of_its_own() -> None:
    text = (
        "SANAA, April 2 (Reuters) - A two-month truce took effect on Saturday. "
        "The parties have agreed to halt all offensive air, ground and naval operations inside Yemen and across "
        "its borders."
    )
    # not "Yemen and across its", read after "halt all offensive" as if the offensive were halted
    assert pause_of(parse(text, datetime.date(2022, 4, 2))).location in {None, "Yemen"}


@pytest.mark.parametrize("office", ["the U.N. envoy", "the U.N. special envoy for Yemen", "U.N. officials"])
def test_a_party_speaking_through_an_unnamed_office_announces(office: str) -> None:
    text = f"The Houthis and the Yemeni government agreed to a 72-hour truce around Taiz, {office} said Sunday."
    report = parse(text)
    assert [report.actor(a).name for a in pause_of(report).announced_by] == ["United Nations"]


@pytest.mark.parametrize("government", ["the government", "the internationally recognized government"])
def test_the_government_of_the_one_state_named_agrees(government: str) -> None:
    text = f"Yemen's Houthi rebels and {government} have agreed to a 72-hour truce around the city of Taiz."
    report = parse(text)
    assert [report.actor(a).name for a in pause_of(report).ordered_by] == ["Houthis", "Yemeni government"]


def test_the_national_territory_is_the_one_state_named() -> None:
    report = parse("Colombia welcomed the ELN's unilateral ceasefire throughout the national territory.")
    assert pause_of(report).location == "Colombia"


def test_a_pause_agreed_on_a_day_starting_at_midnight_starts_the_day_after() -> None:
    text = (
        "GOMA, Congo, March 11 (Reuters) - Congo's government and the M23 rebels agreed on Tuesday to a humanitarian "
        "pause for 15 days starting at midnight (2200 GMT), regional mediators said."
    )
    pause = pause_of(parse(text, datetime.date(2025, 3, 11)))
    assert pause.start is not None
    assert pause.start.value == "2025-03-12T00:00"


def test_a_pause_declared_on_a_day_taking_effect_at_0000_gmt_starts_the_day_after() -> None:
    text = (
        "BAMAKO, Mali (AP) - Tuareg rebels declared a unilateral cease-fire on Thursday after seizing the town of"
        " Douentza. The cease-fire takes effect at 0000 GMT, the group said."
    )
    pause = pause_of(parse(text, datetime.date(2012, 4, 5)))
    assert pause.start is not None
    assert pause.start.value == "2012-04-06T00:00"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            (
                "India, Pakistan armies agree to observe Kashmir ceasefire from midnight\n\n"
                "India and Pakistan have agreed to observe a ceasefire along the Line of Control from midnight, the "
                "two militaries said in a joint statement on Wednesday."
            ),
            "2021-03-11T00:00",
        ),
        (
            "The truce, which began at midnight, held through the day, officials said on Wednesday.",
            "2021-03-10T00:00",
        ),
    ],
)
def test_midnight_said_before_the_day_of_its_saying_ends_that_day(text: str, start: str) -> None:
    pause = pause_of(parse(text, datetime.date(2021, 3, 10)))
    assert pause.start is not None
    assert pause.start.value == start


def test_corridors_of_pipelines_or_security_are_no_passage() -> None:
    text = (
        "Armenia and Azerbaijan agreed in Moscow to a humanitarian ceasefire from noon on Saturday. "
        "Tovuz lies on an energy corridor whose pipelines carry oil to Turkey. "
        "Turkey wants a security corridor six kilometres deep. "
        "The rebels fought dissidents over drug routes and smuggling into Venezuela."
    )
    assert pause_of(parse(text)).corridors == ()


def test_a_country_s_main_supply_route_is_no_corridor_but_a_supply_corridor_opened_is() -> None:
    threatened = parse(
        "The RSF seized the town on Saturday. The WFP warned that fighting threatened a key supply route to the east."
    )
    assert threatened.pauses == ()
    opened = parse(
        "A 72-hour truce took effect on Friday. It will open a supply corridor from the border to the team sites."
    )
    assert len(pause_of(opened).corridors) == 1


@pytest.mark.parametrize("which", ["last", "only", "last remaining"])
def test_the_last_supply_route_cut_is_no_corridor(which: str) -> None:
    text = (
        "Syrian government forces have cut the Castello Road, the "
        f"{which} supply route into the rebel-held eastern districts of Aleppo, leaving up to 300,000 people besieged."
    )
    assert parse(text).pauses == ()


@pytest.mark.parametrize("cut", ["cutting off a vital", "cutting off the main", "severing the only", "blocking a"])
def test_a_route_cut_off_is_no_corridor(cut: str) -> None:
    text = (
        "Israeli tanks seized the Gaza side of the Rafah border crossing on Tuesday, "
        f"{cut} route for humanitarian aid, a day after Hamas said it had accepted a cease-fire proposal."
    )
    assert parse(text, datetime.date(2024, 5, 7)).pauses == ()


def test_who_brokered_the_pause_is_not_its_place() -> None:
    text = (
        "Armenia, Azerbaijan trade accusations minutes into Moscow-brokered humanitarian ceasefire\n\n"
        "Armenia and Azerbaijan accused each other on Saturday of breaking a humanitarian ceasefire within "
        "minutes of its start."
    )
    location = pause_of(parse(text)).location
    assert location is None or "Moscow" not in location  # the two sides' states may be, not who brokered it


def test_a_place_after_its_state_s_possessive() -> None:
    text = "Russia and Turkey agreed on a ceasefire in Syria's northwestern Idlib province from 00:01 on Friday."
    assert pause_of(parse(text)).location == "northwestern Idlib"


def test_a_place_in_a_clause_after_a_closing_quote_is_not_the_pause_s() -> None:
    text = (
        "BEIRUT (AP) — Displaced people streamed back to south Lebanon under the 60-day truce between Israel and "
        "Hezbollah that took effect on Wednesday. "
        'The army said suspects had approached its forces "in violation of the ceasefire," and it banned all '
        "movement south of the Litani River."
    )
    assert pause_of(parse(text)).location != "Litani River"


def test_who_reports_a_figure_in_the_pause_s_sentence_does_not_announce_it() -> None:
    text = (
        "Israel and Hezbollah agreed to a 21-day ceasefire on Thursday, U.S. Secretary of State Antony Blinken "
        "said, after the Lebanese health ministry reported 1,974 people killed over the past year."
    )
    report = parse(text)
    assert names(report, pause_of(report).announced_by) == ["Antony Blinken"]


def test_who_mediated_another_deal_set_off_by_a_saying_did_not_order_the_pause() -> None:
    text = (
        "Moscow and Kyiv swapped 246 prisoners of war each on Saturday in a deal mediated by the United Arab "
        "Emirates, both sides said, hours before a 30-hour Easter truce declared by Vladimir Putin was due to begin."
    )
    report = parse(text)
    assert names(report, pause_of(report).ordered_by) == ["Vladimir Putin"]


@pytest.mark.parametrize("place", ["Mocímboa da Praia", "Dar es Salaam", "Dar es-Salaam"])
def test_a_place_with_a_particle_in_lower_case(place: str) -> None:
    text = f"Rwanda offered a new humanitarian pause in {place}, officials said."
    assert pause_of(parse(text)).location == place


def test_parties_described_after_their_name_and_after_an_acronym_agree() -> None:
    text = (
        "The government of the Democratic Republic of the Congo (DRC) and the M23 rebel group have agreed to a "
        "14-day truce in North Kivu, mediators said."
    )
    report = parse(text)
    assert names(report, pause_of(report).ordered_by) == ["Democratic Republic of the Congo", "M23"]


def test_a_halt_that_collapsed_since_is_another() -> None:
    text = (
        "Both sides agreed to a 14-day truce in North Kivu on Monday, the first contact since a Doha-brokered "
        "ceasefire collapsed in December."
    )
    assert pause_of(parse(text)).status.value != "failed"


def test_announced_on_a_day_by_a_party() -> None:
    report = parse("The pause was announced on Thursday by the African Union after talks in Addis Ababa.")
    assert names(report, pause_of(report).announced_by) == ["African Union"]


def test_a_place_after_a_region_and_a_demonym_town_of() -> None:
    text = "Russia brokered a 24-hour truce in the southern Syrian town of Tafas from 6 a.m. on Wednesday."
    assert pause_of(parse(text)).location == "Tafas"


def test_the_time_of_a_breach_is_not_the_pause_s() -> None:
    text = (
        "YEREVAN, SEPTEMBER 13, ARMENPRESS. Azerbaijani units violated the ceasefire at 21:35 on 12 September, "
        "the ministry said. The ceasefire entered into force at 18:00 on 10 September."
    )
    pause = pause_of(parse(text, datetime.date(2021, 9, 13)))
    assert pause.start is not None
    assert pause.start.value == "2021-09-10T18:00"


def test_the_day_of_a_plan_a_pause_took_effect_under_is_not_its_day() -> None:
    text = (
        "Najaf standoff ends\n\n"
        "NAJAF, Iraq, Aug 27 (AFP) - A ceasefire took effect in Najaf at 10:00 am (0600 GMT), under a five-point "
        "plan Sistani put to Sadr on Thursday, hours after the cleric returned from London."
    )
    pause = pause_of(parse(text, datetime.date(2004, 8, 27)))
    assert pause.start is None or not pause.start.value.startswith("2004-08-26")  # Thursday is the plan's day


def test_a_word_in_capitals_opening_a_story_is_no_place() -> None:
    text = (
        "Truce starts tomorrow\n\n"
        "THE cessation of hostilities agreement between the Government and the LRA rebels takes effect tomorrow at "
        "6:00am, ending almost 20 years of war."
    )
    assert pause_of(parse(text, datetime.date(2006, 8, 28))).location != "THE"


@pytest.mark.parametrize(
    ("clause", "start"),
    [
        ("committing themselves to a nationwide ceasefire from August 31", "1996-08-31"),
        ('saying: "We declare a unilateral ceasefire effective from today, August 19"', "1996-08-19"),
        # the party it is made with between: "a three-month ceasefire with the Maoists from June 15"
        ("four months after the State declared a three-month ceasefire with the rebels from August 15", "1996-08-15"),
    ],
)
def test_a_pause_word_then_from_and_a_day_is_its_first_day(clause: str, start: str) -> None:
    text = (
        "Factions sign Abuja II\n\n"
        f"MONROVIA - Liberia's faction leaders on Saturday signed a revised peace accord in Abuja, {clause}, "
        "The Inquirer has learnt."
    )
    pause = pause_of(parse(text, datetime.date(1996, 8, 20)))
    assert pause.start is not None
    assert pause.start.value == start


def test_a_byline_s_date_and_time_are_not_the_pause_s() -> None:
    text = (
        'Russians violate their own "Victory Day truce" 734 times on first day\n\n'
        "Oksana Lytvyn — Thursday, 8 May 2025, 20:47\n\n"
        "Russian forces violated the three-day ceasefire 734 times on its first day, the General Staff said. "
        "The Kremlin declared the ceasefire from 00:00 on 8 May to 00:00 on 11 May."
    )
    pause = pause_of(parse(text, datetime.date(2025, 5, 8)))
    assert pause.start is not None
    assert pause.start.value == "2025-05-08T00:00"
    assert pause.location != "Victory Day"  # an occasion, not a place


def test_a_length_said_with_a_breach_is_the_pause_s() -> None:
    text = (
        "Russian forces violated the three-day ceasefire 734 times on its first day, the General Staff said. "
        "The Kremlin declared the truce for Victory Day."
    )
    assert pause_of(parse(text)).duration == datetime.timedelta(days=3)


def test_a_holiday_that_falls_on_a_day_lies_ahead() -> None:
    text = (
        'The RSF yesterday announced a "humanitarian truce" in El Fasher "for three days starting on the first day '
        'of Eid" al-Adha, which falls on Sunday.'
    )
    pause = pause_of(parse(text, datetime.date(2024, 6, 14)))
    assert pause.start is not None
    assert pause.start.value == "2024-06-16"


def test_a_place_after_a_lower_case_arabic_article() -> None:
    text = "The Houthis and the government agreed to a 72-hour truce around the southern city of al-Dhale."
    assert pause_of(parse(text)).location == "al-Dhale"


def test_a_length_said_as_an_initial_period() -> None:
    text = "Both sides will observe a cessation of hostilities for an initial period of 30 days, the governor said."
    assert pause_of(parse(text)).duration == datetime.timedelta(days=30)


def test_a_window_to_23_59_lasts_to_the_end_of_that_day() -> None:
    text = "The ELN declared a unilateral ceasefire from 00:00 on May 25 to 23:59 on May 27."
    pause = pause_of(parse(text, datetime.date(2018, 5, 21)))
    assert pause.end is not None
    assert pause.end.value == "2018-05-27T23:59"
    assert pause.duration == datetime.timedelta(hours=72)


def test_a_duration_before_a_quoted_name_of_the_pause() -> None:
    pause = pause_of(parse('The government on Sunday declared a 48-hour "no-fire" pause in its offensive.'))
    assert pause.duration == datetime.timedelta(hours=48)


def test_a_halt_dated_a_year_before_publication_is_history() -> None:
    text = (
        "Armenia and Azerbaijan have agreed to cease fire along their border from 20:00 Moscow time on Wednesday. "
        "In 2020 they fought a war that ended with a Russia-brokered ceasefire agreement signed on Nov. 10, 2020."
    )
    report = parse(text, datetime.date(2022, 9, 14))
    pause = pause_of(report)
    assert pause.status is not Status.ENDED
    assert len(pause.evidence) == 1
    past = [e for e in report.events if e.kind is EventKind.CEASEFIRE and e.when and e.when.value == "2020-11-10"]
    assert len(past) == 1


def test_a_halt_of_long_ago_referred_to_again_in_its_sentence_is_history_too() -> None:
    text = (
        "An ICRC convoy crossed the Lachin corridor on Wednesday during a six-hour humanitarian window. "
        "Russian peacekeepers, deployed under the November 2020 ceasefire that ended six weeks of war, said in a "
        'daily bulletin they had recorded "a ceasefire violation" in the Martakert district.'
    )
    pause = pause_of(parse(text, datetime.date(2023, 7, 20)))
    assert len(pause.evidence) == 1
    assert pause.recurrence is None
    assert pause.location != "Martakert"


@pytest.mark.parametrize(
    "history",
    [
        "which ended with a Moscow-brokered truce signed on April 5, 2016, that took effect the next day",
        "which ended in an armistice that came into force on 12 May 1994",
    ],
)
def test_the_day_another_halt_of_long_ago_took_effect_does_not_date_the_story_s(history: str) -> None:
    text = (
        "Georgia's Interior Ministry says a truce brokered by the OSCE has taken effect along the boundary line. "
        "The ministry said the truce had been in force since 5 p.m. local time (1300 GMT). "
        f"The shelling was the worst since the 1992 war, {history}."
    )
    report = parse(text, datetime.date(2024, 3, 19))
    pause = pause_of(report)  # not dropped as a halt that started long ago
    assert pause.start is None or pause.start.value.startswith("2024")


@pytest.mark.parametrize("collapsed", ["collapsed a week later", "broke down two weeks later"])
def test_another_halt_opening_its_sentence_and_ended_weeks_ago_does_not_date_the_pause(collapsed: str) -> None:
    text = (
        "BEIRUT, Oct 19 (Reuters) - Rebels rejected the pause due on Thursday. A ceasefire brokered by the United"
        f" States and Russia took effect across Syria on Sept. 12 but {collapsed}, when an aid convoy was attacked."
    )
    assert start_of(parse(text, datetime.date(2016, 10, 19))).startswith("2016-10-20")


def test_the_day_of_breaches_named_after_the_halt_word_does_not_date_the_pause() -> None:
    text = (
        "BAMAKO, June 20 (Reuters) - Mali's main rebel alliance signed a peace accord with the government in Bamako"
        " on Saturday, even as fresh ceasefire violations were reported near the town of Menaka. The accord follows"
        " a ceasefire agreement signed by both sides in Algiers on June 5."
    )
    assert start_of(parse(text, datetime.date(2015, 6, 20))) == "2015-06-05"


def test_the_day_another_party_s_halt_took_effect_in_a_whose_clause_does_not_date_the_story_s() -> None:
    text = (
        "BOGOTA (AFP) - Colombia's government and the ELN guerrillas began their first bilateral ceasefire on"
        " Sunday. The ceasefire took effect at midnight (0500 GMT). The group has long resisted joining the peace"
        " process with the larger FARC, whose definitive bilateral ceasefire with the government took effect on"
        " August 29, 2016."
    )
    assert start_of(parse(text, datetime.date(2017, 10, 1))) == "2017-10-01T00:00"


@pytest.mark.parametrize(
    "ending", ["ending a humanitarian truce", "shattering a truce", "breaking a fragile ceasefire"]
)
def test_a_halt_of_another_word_told_as_ended_before_does_not_date_the_story_s(ending: str) -> None:
    text = (
        "Casamance separatists and Senegal's government have agreed to a permanent cessation of hostilities. "
        "The deal was signed in Dakar on Wednesday after ten days of talks. "
        "Aid agencies said no convoys had reached the region since fighting resumed in late June, "
        f"{ending} declared in January."
    )
    assert start_of(parse(text, datetime.date(2023, 9, 14))) == "2023-09-13"


@pytest.mark.parametrize("works", ["works for", "pushes for"])
def test_a_headline_s_truce_only_worked_for_is_no_pause(works: str) -> None:
    text = (
        f"Biden presses Netanyahu to de-escalate as Egypt {works} Gaza truce\n\nGAZA CITY (AP) — Israeli warplanes"
        " pounded the Gaza Strip before dawn Wednesday. An Egyptian official said Cairo had proposed a truce to begin"
        " at 6 a.m. Thursday, but neither side had accepted it."
    )
    assert parse(text, datetime.date(2021, 5, 19)).pauses == ()


@pytest.mark.parametrize("told", ["There has been no pause in the fighting", "There was no truce"])
def test_corridors_told_with_no_halt_in_the_story_s_own_voice_are_no_pause(told: str) -> None:
    text = (
        "Thousands of civilians have left the western districts of Raqqa through two corridors set up by the "
        f"SDF, leading to the Ain Issa camp, the U.N. said on Tuesday. {told}, and families walked for hours "
        "under mortar fire."
    )
    assert parse(text, datetime.date(2017, 7, 5)).pauses == ()


def test_corridors_with_a_halt_denied_only_in_a_side_s_quotation_are_a_pause() -> None:
    text = (
        "The army opened two safe corridors from eastern Raqqa to the Ain Issa camp on Tuesday. "
        '"There is no truce. The corridors are for families, not for fighters," a commander said.'
    )
    assert len(parse(text, datetime.date(2017, 7, 5)).pauses) == 1


def test_a_new_halt_after_one_of_long_ago_is_the_story_s() -> None:
    text = (
        "The ceasefire of November 2020, which ended six weeks of war over the enclave and the districts around "
        "it, collapsed, and a new truce took effect in Stepanakert on Wednesday."
    )
    pause = pause_of(parse(text, datetime.date(2023, 7, 20)))
    assert pause.location == "Stepanakert"


def test_who_may_not_use_a_corridor_said_in_the_next_sentence() -> None:
    text = (
        "The clan elders agreed to a seven-day truce, and a corridor will stay open for the sick and the wounded. "
        "No armed men will be allowed to use it, the district commissioner said."
    )
    (corridor,) = pause_of(parse(text)).corridors
    assert corridor.beneficiaries == ("the sick and the wounded",)
    assert corridor.armed is False


def test_a_suspension_of_air_strikes_is_a_pause() -> None:
    report = parse("Israel agreed late Sunday to a 48-hour suspension of air strikes in southern Lebanon.")
    pause = pause_of(report)
    assert (pause.location, pause.duration) == ("southern Lebanon", datetime.timedelta(hours=48))
    assert names(report, pause.ordered_by) == ["Israel"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "BRUSSELS (AP) — NATO Secretary-General Javier Solana announced Thursday that the alliance had suspended"
            " its air campaign against Yugoslavia, after Serb forces began to pull out of Kosovo under the peace"
            " agreement signed a day earlier."
        ),
        # "for" with no length after it tells a purpose, not how long the halt has lasted
        (
            "BRUSSELS (AP) — NATO announced Thursday that the alliance had suspended its air campaign for the"
            " evacuation of the wounded."
        ),
    ],
)
def test_a_halt_told_in_the_pluperfect_as_the_day_s_news_is_made_that_day(text: str) -> None:
    (pause,) = parse(text, datetime.date(1999, 6, 10)).pauses
    assert pause.start is not None
    assert pause.start.value == "1999-06-10"


def test_a_halt_told_in_the_pluperfect_with_its_length_so_far_is_no_pause_made() -> None:
    text = "Defense Minister Sergei Shoigu said Thursday that Russia had ceased air strikes on the town for 10 days."
    assert parse(text, datetime.date(2019, 8, 8)).pauses == ()


def test_a_halt_to_come_is_evidence_of_the_pause_and_dates_its_announcement() -> None:
    text = (
        "Army announces 12-hour pause around Dikwa\n\n"
        "The Nigerian Army said on Sunday it would suspend military operations around Dikwa for 12 hours on Tuesday. "
        '"The pause is strictly humanitarian," the statement said.'
    )
    report = parse(text, datetime.date(2021, 3, 7))
    pause = pause_of(report)
    assert "suspend military operations" in [report.text_of(span) for span in pause.evidence]
    (announced,) = [e for e in report.events if e.kind is EventKind.PAUSE_ANNOUNCED]
    assert announced.when is not None
    assert announced.when.value == "2021-03-07"


def test_forces_that_would_halt_fire_tell_of_the_pause_and_date_its_announcement() -> None:
    text = (
        "Russia announces daily humanitarian pause in Avdiivka\n\n"
        "Russia's Defense Ministry said Thursday its forces would halt fire around the besieged city of Avdiivka "
        "from 10:00 to 14:00 GMT every day starting Friday. The pause is the first of its kind since September."
    )
    report = parse(text, datetime.date(2023, 11, 30))
    assert "halt fire" in [report.text_of(span) for span in pause_of(report).evidence]
    (announced,) = [e for e in report.events if e.kind is EventKind.PAUSE_ANNOUNCED]
    assert announced.when is not None
    assert announced.when.value == "2023-11-30"


def test_a_halt_to_come_only_talked_of_is_none_of_the_pause() -> None:
    text = (
        "Russia declared a ceasefire around Mariupol on Saturday. Negotiators agreed in principle on Thursday "
        "to set up safe corridors and possibly to halt fighting along them."
    )
    report = parse(text, datetime.date(2022, 3, 5))
    assert not [span for span in pause_of(report).evidence if "halt" in report.text_of(span)]


def test_a_flash_update_s_pause_facilitated_by_the_un_and_taking_effect_on_its_day() -> None:
    text = (
        "Sudan: Humanitarian pause in El Fasher - Flash Update No. 7\n\n"
        "A three-day humanitarian pause agreed by the parties took effect in El Fasher at 06:00 on 14 June. "
        "The pause, facilitated by the UN Resident Coordinator, was largely observed, although humanitarian "
        "partners reported sporadic shelling in the north on 15 June."
    )
    report = parse(text, datetime.date(2024, 6, 16))
    pause = pause_of(report)
    assert (names(report, pause.ordered_by), names(report, pause.announced_by)) == (["United Nations"], [])
    # the day it took effect is not the day it was agreed, and no other is told: no announcement
    assert [e for e in report.events if e.kind is EventKind.PAUSE_ANNOUNCED] == []


def test_the_state_of_a_headlines_pause_from_its_first_mention_under_a_standfirst() -> None:
    text = (
        "Warring parties agree to a two-month truce: What we know\n\n"
        "The UN envoy says fuel ships will be allowed into the port under the renewable deal.\n\n"
        "Yemen's warring parties have agreed to a two-month truce that can be renewed, the UN envoy has announced."
    )
    assert pause_of(parse(text)).location == "Yemen"


def test_a_pause_offered_by_a_titled_person_names_the_person_not_the_adjective() -> None:
    report = parse(
        "A new humanitarian pause in Aleppo has been offered by Russian President Vladimir Putin, the Kremlin said."
    )
    assert names(report, pause_of(report).ordered_by) == ["Vladimir Putin"]


def test_a_cessation_of_firing_with_effect_from_a_military_time() -> None:
    text = (
        "India, Pakistan agree to stop firing from 5 pm\n\n"
        "India and Pakistan agreed to a cessation of firing and military action with effect from 1700 hours IST "
        'on Saturday, the foreign secretary announced. "India and Pakistan have agreed to a FULL AND IMMEDIATE '
        'CEASEFIRE," the U.S. president wrote.'
    )
    pause = pause_of(parse(text, datetime.date(2025, 5, 10)))
    assert pause.start is not None
    assert (pause.start.value, pause.timezone) == ("2025-05-10T17:00", "IST")
    assert pause.location == "India and Pakistan"  # the two sides' states, not "FULL AND IMMEDIATE"


def test_a_halt_to_come_with_an_adverb_and_a_negated_pause_word() -> None:
    text = (
        "U.S. Marines besieging Fallujah said they would unilaterally suspend offensive operations at noon Friday. "
        '"This is a unilateral suspension of offensive operations. It is not a cease-fire," a general told '
        "reporters in Baghdad."
    )
    report = parse(text, datetime.date(2004, 4, 7))
    pause = pause_of(report)
    assert pause.start is not None
    assert pause.start.value == "2004-04-09T12:00"
    assert pause.location is None  # where the general spoke, not where the pause holds
    assert names(report, pause.announced_by) == ["American forces"]
    assert "cease-fire" not in [report.text_of(span) for span in pause.evidence]
    assert [e for e in report.events if e.kind is EventKind.CEASEFIRE and e.trigger == "cease-fire"] == []


def test_a_pause_known_by_its_corridor_takes_its_hours_and_makers_from_it() -> None:
    text = (
        "Russia said on Wednesday it would open a humanitarian corridor on Thursday to let civilians leave "
        "Tskhinvali, a day after Moscow and Tbilisi accepted a French-brokered six-point peace plan. "
        'The corridor will be open "for six hours from 10:00 Moscow time" (0600 GMT) and will run from Tskhinvali '
        "through the Roki tunnel to Vladikavkaz, a Russian general said. "
        '"Those who carry weapons will not pass," he said.'
    )
    report = parse(text, datetime.date(2008, 8, 13))
    pause = pause_of(report)
    assert pause.duration == datetime.timedelta(hours=6)
    assert names(report, pause.ordered_by) == []  # they accepted a peace plan, not the corridor
    assert "Vladikavkaz" in [c.destination for c in pause.corridors]


def test_a_halt_to_military_operations_in_a_described_port_city_for_three_days() -> None:
    text = (
        "Yemen's Houthi rebels and the Saudi-led coalition separately announced on Monday a halt to military "
        "operations in the Red Sea port city of Hodeidah for three days to mark Eid al-Adha."
    )
    report = parse(text, datetime.date(2018, 8, 20))
    pause = pause_of(report)
    assert (pause.location, pause.duration) == ("Hodeidah", datetime.timedelta(days=3))
    assert names(report, pause.announced_by) == ["Houthis", "Saudi-led coalition"]


@pytest.mark.parametrize(
    "text",
    [
        "The government denied reports of a truce with the jihadists.",
        "The junta denied reports that it was negotiating a truce with the jihadists.",
    ],
)
def test_a_truce_denied_or_rumoured_is_none(text: str) -> None:
    report = parse(text)
    assert report.pauses == ()
    assert [e for e in report.events if e.kind is EventKind.CEASEFIRE] == []


def test_a_corridor_heading_for_a_place() -> None:
    text = (
        "Russia will enforce a daily humanitarian pause in Rastan. One corridor, through the Deir Ful checkpoint, "
        "would be open to civilians heading for government-held Homs, the ministry said."
    )
    assert [c.destination for c in pause_of(parse(text)).corridors] == ["Homs"]


def test_the_day_a_pause_was_announced_gives_way_to_the_days_it_runs() -> None:
    text = (
        "A gang announced a three-day truce on Tuesday so health workers can vaccinate children. "
        "Its leader said his men would hold their fire in Solino from 7 a.m. to 5 p.m. each day from Wednesday "
        "through Friday."
    )
    pause = pause_of(parse(text, datetime.date(2024, 10, 15)))
    assert pause.start is not None
    assert pause.start.value == "2024-10-16T07:00"
    assert pause.recurrence is Recurrence.DAILY


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            (
                "The U.N. mission said on Sunday that the armed groups had agreed to a 24-hour truce starting at "
                "midnight, after street battles since Friday that killed at least 27 people."
            ),
            None,
        ),
        ("Since Friday, when a temporary truce was declared, more than 1,100 people have fled.", "2016-10-28"),
        (
            (
                "The quake struck on 28 March. The junta and the rebels will halt fighting for 10 days from Monday "
                "under a humanitarian pause, both said."
            ),
            "2016-11-07",
        ),
    ],
)
def test_the_day_a_pause_starts_not_the_day_something_else_began(text: str, start: str | None) -> None:
    pause = pause_of(parse(text))
    assert (pause.start.value[:10] if pause.start else None) == start


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The government suspended the bilateral ceasefire with the EMC on Tuesday.", Status.ENDED),
        ("Decree 0374 lifts the truce in the three departments with immediate effect.", Status.ENDED),
        ("It was the first delivery since the truce began, but the agency suspended further convoys.", Status.ONGOING),
    ],
)
def test_a_pause_suspended_or_lifted_has_ended(text: str, status: Status) -> None:
    assert pause_of(parse(text)).status is status


def test_a_length_said_in_a_relative_clause() -> None:
    pause = pause_of(parse("The ceasefire, which is to last 42 days, will take effect at 8:30 a.m. on Sunday."))
    assert pause.duration == datetime.timedelta(days=42)


def test_a_halt_of_all_operations_to_come_gives_the_hours() -> None:
    text = (
        "The RSF accepted a proposal for a humanitarian truce in El Fasher. The RSF said on Thursday that its "
        "fighters would halt all offensive operations in North Darfur from 06:00 local time on Saturday."
    )
    pause = pause_of(parse(text, datetime.date(2024, 9, 12)))
    assert pause.start is not None
    assert (pause.start.value, pause.timezone) == ("2024-09-14T06:00", "local")


def test_a_pause_said_to_have_taken_effect_is_ongoing_whatever_was_planned() -> None:
    text = (
        "A humanitarian cease-fire brokered by Russia would hold from 12:00 on Saturday, the ministry said. "
        "Azerbaijan said Armenian forces shelled its towns five minutes after the truce took effect."
    )
    assert pause_of(parse(text)).status is Status.ONGOING


def test_the_state_of_a_government_named_by_its_demonym_is_the_place() -> None:
    text = "The Colombian government on Tuesday suspended the bilateral ceasefire with the EMC dissident faction."
    pause = pause_of(parse(text))
    assert (pause.location, pause.status) == ("Colombia", Status.ENDED)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gaza's truce: a short history\n\nThe ceasefire of 2014 held for weeks.", "Gaza"),
        (
            (
                "The junta declared a ceasefire for relief work. The TNLA said aircraft had carried out 14 air strikes "
                "since the ceasefire began, including one in Nawnghkio township."
            ),
            None,
        ),
    ],
)
def test_the_place_of_a_pause_not_a_possessive_nor_where_it_was_broken(text: str, place: str | None) -> None:
    assert pause_of(parse(text)).location == place


def test_a_place_in_a_title_case_headline_ends_before_a_headline_word() -> None:
    text = "Junta Air Strike Kills 31 Civilians in Sagaing Despite Quake Ceasefire\n\nThe ceasefire was broken."
    assert pause_of(parse(text)).location == "Sagaing"


def test_where_a_pause_was_signed_is_not_where_it_holds() -> None:
    text = (
        "Govt, rebels sign cessation of hostilities in Rome\n\n"
        "The government and the SSPPM on Sunday signed a cessation of hostilities agreement in Rome."
    )
    assert pause_of(parse(text)).location is None


@pytest.mark.parametrize(
    "text",
    [
        'Leaders of the tribes yesterday signed a truce "for two weeks" to stop the clashes in Tulus locality.',
        "Leaders of the tribes yesterday signed a truce to stop the clashes in Tulus locality.",
    ],
)
def test_where_the_fighting_a_signed_truce_stops_is_its_place(text: str) -> None:
    assert pause_of(parse(text)).location == "Tulus"


def test_a_rate_a_day_in_a_sentence_about_the_pause_is_no_recurrence() -> None:
    text = (
        "The truce in the Gaza Strip entered its 40th day. Israel had allowed in an average of 410 trucks a day "
        "since the truce began."
    )
    assert pause_of(parse(text)).recurrence is None


def test_a_series_of_past_ceasefires_is_not_the_pause() -> None:
    text = (
        "The army and the RSF agreed to a weekly humanitarian window for hospitals. A series of ceasefires "
        "brokered in the Saudi city of Jeddah collapsed within days last year."
    )
    assert pause_of(parse(text)).location != "Jeddah"


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "A Qatari-brokered truce between the two factions, agreed on Tuesday, collapsed within hours when a"
            " commander was shot at a checkpoint."
        ),
        "A truce signed by the clan militias last month broke down within hours as gunmen fired on a market.",
        "A truce that the envoy brokered for the Eid holiday in October collapsed within hours.",
        "A truce brokered by the elders that took effect on Jan. 12 soon crumbled.",
        "A nationwide truce brokered by the elders took effect Sept. 12 but collapsed a week later.",
    ],
)
def test_a_truce_its_sentence_says_collapsed_within_hours_of_its_making_is_no_pause(sentence: str) -> None:
    text = "MOGADISHU (Reuters) - Rival gunmen fought for control of the port on Friday. " + sentence
    assert parse(text, datetime.date(2007, 6, 15)).pauses == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.N. envoy pressed Sudan's warring generals for an immediate truce on Monday as shelling went on.",
        "Mediators waited for the rebels to respond to a framework for a ceasefire drawn up in Cairo last week.",
        (  # a roadmap for a halt, accepted by one side and rejected by the other: none made
            "Rebels on Monday rejected an African Union roadmap for a ceasefire that the leader had accepted, saying"
            " any deal that did not require him to leave was dead on arrival."
        ),
        "Mediators on Monday put forward a road map for a truce in the port city.",
        'The two parties on Wednesday agreed "to work towards the conclusion of a truce" in the port city.',
        "The prime minister said on Monday that he had put forward a Christmas ceasefire in a phone call.",
        (  # a pause an agency needs, and a halt its foe made no commitment to: none made
            '"We need a pause of at least 24 hours, and we need it now," the Red Cross said. The coalition said on '
            "Monday the request would be studied but made no commitment to halt the strikes."
        ),
        "An envoy shuttled between army commanders and rebel leaders in search of a truce on Monday.",
        "Air strikes killed dozens on Monday, ending the ceasefire that had halted the war since January.",
        (
            "The massacre dealt a blow to the envoy's plan, whose ceasefire took effect on April 12 but was broken"
            " within days."
        ),
        "Jets pounded the port on Friday as a U.N.-declared holiday truce failed to take hold.",
        'The mediators said on Monday the aim was a "short-term ceasefire" to let aid in.',
        "The envoy, who has spent two weeks trying to arrange a truce, cancelled his meetings on Friday.",
        "Diplomats at the U.N. worked on Sunday on a truce text that both sides could accept.",
        'A Hamas official told AFP on Monday a truce could come within "a day or two".',
        "Ukraine on Monday rejected any suggestion of a Christmas truce with Russia.",
        'The president said Ukraine would not accept a halt in hostilities. "A truce now would not bring peace."',
        (
            "The Red Cross said on Monday it was still negotiating with the authorities and rebels for a daily two-hour"
            " humanitarian pause in the city."
        ),
        "A five-day humanitarian truce in May collapsed amid mutual accusations, the envoy said on Monday.",
        (
            "The envoy said the talks would go ahead on Monday, with the aim of securing wider access for aid and a"
            " halt to attacks on civilians."
        ),
    ],
)
def test_a_halt_pressed_for_or_framed_by_mediators_is_none_made(sentence: str) -> None:
    text = "KHARTOUM (AFP) - Fighting spread to two more districts of the capital. " + sentence
    assert parse(text, datetime.date(2023, 6, 5)).pauses == ()


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            (
                "Jets pound Tyre as Paris pushes Lebanon truce plan\n\nTYRE, Lebanon (AFP) - Israeli jets pounded the"
                ' port city of Tyre overnight, killing at least 12 people.\n\n"A truce is urgent and it is possible,"'
                " the French foreign minister, Jean-Noel Barrot, told reporters.\n"
            ),
            datetime.date(2024, 10, 20),
        ),
        (
            (
                "Sudan rivals sign pledge, truce talks go on\n\nJEDDAH (Reuters) - Envoys of the army and the RSF"
                " signed a declaration on Thursday to protect civilians, but a short-term ceasefire was still being"
                " negotiated and fighting raged in Khartoum on Friday.\n"
            ),
            datetime.date(2023, 5, 12),
        ),
        (
            (
                "KHARTOUM (AFP) - Fighting spread to two more districts of the capital. Diplomats said on Monday they"
                " hoped the delegations would next agree a truce of up to ten days."
            ),
            datetime.date(2023, 6, 5),
        ),
        (
            (
                "KHARTOUM (AFP) - Fighting spread to two more districts of the capital. The rebels said on Monday they"
                " remained committed to reaching a ceasefire."
            ),
            datetime.date(2023, 6, 5),
        ),
        (
            (
                "KHARTOUM (AFP) - Fighting spread to two more districts of the capital. Jets struck the airport on"
                " Monday, while a two-hour humanitarian truce requested by the United Nations to get the wounded out of"
                " the southern suburbs went ignored."
            ),
            datetime.date(2023, 6, 5),
        ),
        (
            (
                "GAZA (AP) - An Israeli strike killed at least 90 people on Saturday. Mediators were pressing both"
                " sides to accept a phased plan that would begin with a six-week ceasefire and the release of some"
                " hostages."
            ),
            datetime.date(2024, 7, 14),
        ),
        (
            (
                "Court orders Israel to let aid into Gaza\n\nTHE HAGUE (Reuters) - The court ordered Israel on Friday"
                " to let aid into Gaza. South Africa had asked the court to order Israel to immediately suspend its"
                " military operations in Gaza. The judges did not do so, and the word ceasefire does not appear in the"
                " order."
            ),
            datetime.date(2024, 1, 27),
        ),
        (
            (
                'KABUL (AP) - The Taliban said on Monday they would no longer observe a week-long "reduction in'
                ' violence" that began on Feb. 22, and attacked checkpoints in two provinces.'
            ),
            datetime.date(2020, 3, 5),
        ),
        (
            (
                "DAMASCUS (AP) - Rebels entered the capital on Sunday. On Saturday, three foreign ministers meeting in"
                " Doha called for dialogue between the government and the opposition and an end to hostilities, but the"
                " call went unanswered as the rebels closed in."
            ),
            datetime.date(2024, 12, 8),
        ),
        (
            (
                "UN council demands Gaza ceasefire\n\nUNITED NATIONS (Reuters) - The council on Monday demanded an end"
                " to the fighting. On Friday, Russia and China vetoed an American draft that would have described an"
                ' immediate cease-fire as "imperative".\n'
            ),
            datetime.date(2024, 3, 25),
        ),
        (
            (
                'Prisoners swapped\n\nKYIV (Reuters) - Russia and Ukraine swapped 200 prisoners on Wednesday. "This'
                ' was a humanitarian matter. It has nothing to do with a ceasefire," the Kremlin spokesman said.\n'
            ),
            datetime.date(2024, 3, 25),
        ),
        (
            (
                "Manila rules out truce for rebels' anniversary\n\nMANILA (AFP) - The rebels mark their founding day on"
                " March 29 with rallies, and in past years have often been granted a pause in military operations.\n"
            ),
            datetime.date(2024, 3, 25),
        ),
        (
            (
                "Israel's cabinet to vote on Lebanon ceasefire deal on Tuesday\n\nJERUSALEM (Reuters) - The prime"
                " minister said on Monday his security cabinet would vote on Tuesday on a U.S.-brokered ceasefire deal"
                " with Hezbollah.\n\nIf ministers approve it, the truce would take effect on Wednesday, an official"
                " said.\n"
            ),
            datetime.date(2024, 11, 25),
        ),
        (
            (
                "Paramilitary fighters kill dozens in Sudan's Sennar state, UN says\n\nMore than 60 people have been"
                " killed by paramilitary fighters in a wave of attacks on villages in Sennar state over several days,"
                " the UN has said, in one of the deadliest episodes of the war.\n\nTalks in Geneva in August, which"
                " the army boycotted, failed to produce a ceasefire, and neither side has shown any appetite for a"
                " truce since.\n"
            ),
            datetime.date(2024, 10, 28),
        ),
        (
            (
                "Tanks seize border crossing as truce talks stall\n\nTroops have pushed into the eastern edge of the"
                " border town, as negotiations in Cairo over a ceasefire and the release of hostages appeared on"
                " Wednesday to have stalled.\n"
            ),
            datetime.date(2024, 5, 8),
        ),
        (
            (
                "Shells kill refugees at peacekeepers' base; envoy presses for truce\n\nThe Secretary of State flew"
                " to Damascus on Friday to seek Syria's help in arranging a cease-fire, as the French foreign minister"
                " pursued a rival effort.\n"
            ),
            datetime.date(1996, 4, 19),
        ),
        (
            (
                "Insurgents rebuff truce call as peace talks get under way in Doha\n\nDoha (AFP) - The insurgents on"
                " Sunday refused to make a ceasefire the first item on the agenda of talks with the government, a day"
                " after the two sides sat down face to face for the first time.\n\nThe U.S. Secretary of State,"
                ' speaking at the opening ceremony, urged both sides to "seize this opportunity". Washington wants to'
                " see a significant reduction in violence, he said.\n"
            ),
            datetime.date(2020, 9, 13),
        ),
    ],
)
def test_a_halt_urgent_negotiated_hoped_for_ignored_unrelated_or_to_be_voted_on_is_none_made(
    text: str, published: datetime.date
) -> None:
    assert parse(text, published).pauses == ()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            (
                "India will halt military operations against militants in Kashmir during the holy month of Ramadan,"
                " the ministry said on Wednesday."
            ),
            True,
        ),
        ("The army will suspend operations in the valley over the Orthodox Christmas, a spokesman said.", True),
        # no while, no time: a halt to come is not yet a pause
        ("India will halt military operations against militants in Kashmir, the ministry said on Wednesday.", False),
    ],
)
def test_a_halt_to_come_for_a_feast_or_season_is_a_pause(text: str, found: bool) -> None:
    assert bool(parse(text, datetime.date(2018, 5, 16)).pauses) is found


def test_a_headline_s_midnight_said_again_after_the_lead_s_day_is_the_midnight_ending_that_day() -> None:
    text = (
        "Rival factions agree Darfur truce from midnight\n\n"
        "NYALA, Sudan (Reuters) - The army and the rebels agreed on Thursday to a truce in South Darfur from"
        " midnight, mediators said after talks in Juba."
    )
    assert start_of(parse(text, datetime.date(2020, 3, 5))) == "2020-03-06T00:00"


def test_an_immediate_ceasefire_across_a_states_territory() -> None:
    text = (
        "The head of the Presidential Council announced on Friday an immediate ceasefire and the suspension of all "
        "combat operations across all Libyan territory."
    )
    pause = pause_of(parse(text, datetime.date(2020, 8, 21)))
    assert pause.start is not None
    assert (pause.location, pause.start.value) == ("Libya", "2020-08-21")


def test_an_easter_truce_told_with_a_proposal_and_a_persons_possessive() -> None:
    text = (
        "Russian President Vladimir Putin announced the truce on Saturday, April 19, ordering his troops to stop "
        "all hostilities from 6 p.m. Moscow time until midnight between Sunday and Monday. "
        '"Putin\'s truce exists only on television," Zelensky said. The U.S. made a proposal for a full and '
        "unconditional 30-day ceasefire in March."
    )
    pause = pause_of(parse(text, datetime.date(2025, 4, 21)))
    assert pause.location is None  # not "Putin"
    assert pause.end is not None
    assert pause.end.value == "2025-04-21T00:00"
    assert pause.duration != datetime.timedelta(days=30)


def test_every_party_of_a_list_after_brokered_by() -> None:
    report = parse(
        "Israel and Hamas began a four-day truce under a deal brokered by Qatar, Egypt and the United States"
    )
    assert names(report, pause_of(report).ordered_by) == ["Qatar", "Egypt", "United States"]


def test_each_set_of_corridors_in_a_sentence_has_its_own_people() -> None:
    text = (
        "A humanitarian pause has been offered in Gondar. The militiamen would be permitted to leave unharmed and "
        "carrying their weapons through two designated corridors, while civilians and the sick and wounded would be "
        "let out through five other corridors."
    )
    corridors = pause_of(parse(text)).corridors
    assert [(c.count, c.beneficiaries, c.armed) for c in corridors] == [
        (2, ("militiamen",), True),
        (5, ("civilians", "the sick and wounded"), None),
    ]


def test_an_earlier_truce_that_broke_down_lends_the_pause_neither_length_nor_status() -> None:
    text = (
        "The pause will last from 04:00 to 15:00 GMT on Sunday, the ministry said. The halt in air raids was first "
        "announced ahead of a three-day truce that broke down last month."
    )
    pause = pause_of(parse(text))
    assert (pause.duration, pause.status) == (datetime.timedelta(hours=11), Status.PLANNED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Sudan's army and the RSF have agreed to extend a humanitarian ceasefire by 30 days.", Status.EXTENDED),
        ("Leaders are expected to press him to extend the truce, which began on Wednesday.", Status.ONGOING),
    ],
)
def test_a_pause_agreed_to_be_extended(text: str, status: Status) -> None:
    assert pause_of(parse(text)).status is status


def test_a_place_after_a_second_verb_is_not_the_pauses() -> None:
    text = (
        "Sudan's army and the RSF agreed to a humanitarian ceasefire. An RSF adviser said the force was committed "
        "to the ceasefire and accused the army of drone strikes near Nyala."
    )
    assert pause_of(parse(text)).location != "Nyala"


WEDNESDAY_STORIES = {
    # the making's day said with it: "on Wednesday ordered ... on Saturday"
    "ordered": (
        (
            "COLOMBO (Reuters) - The president on Wednesday ordered the army to halt its offensive around the town of"
            " Puthukkudiyiruppu for 10 hours on Saturday, opening three corridors."
        ),
        "2016-11-05",
    ),
    # "... on Friday ..., Russia said Wednesday"
    "said after": (
        (
            "KYIV (AP) - Soldiers holding out in the ruined city of Avdiivka could walk out alive on Friday during a"
            " humanitarian pause if they leave their weapons behind, Russia said Wednesday."
        ),
        "2016-11-04",
    ),
    # a present: the pause is made as the story is published
    "present": (
        (
            "DERNA (Reuters) - The commander gives armed groups in Derna a humanitarian pause of eight hours on Friday"
            " to leave the city."
        ),
        "2016-11-04",
    ),
}


@pytest.mark.parametrize("name", sorted(WEDNESDAY_STORIES))
def test_a_weekday_lies_after_the_making_of_its_pause(name: str) -> None:
    text, day = WEDNESDAY_STORIES[name]
    pause = pause_of(parse("Pause ordered\n\n" + text))
    assert pause.start is not None
    assert pause.start.value.startswith(day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a day gone by, told with a verb in the past: "collapsed within hours of taking effect ... on Tuesday"
        (
            (
                "GENEVA (AFP) - A 24-hour humanitarian truce in El Fasher collapsed within hours of taking effect at"
                " 0600 GMT on Tuesday, the United Nations said Wednesday."
            ),
            "2016-11-01",
        ),
        (
            (
                "KHARTOUM (Reuters) - Aid trucks entered Zamzam camp on Monday, on the first day of a daily four-hour"
                " humanitarian pause, the U.N. said Wednesday."
            ),
            "2016-10-31",
        ),
        # an undertaking to stop "from" a day, told in the present: the nearer Monday, not the next
        (
            (
                "The army and the rebels who hold the town agreed to stop fighting from noon on Monday, Beijing says,"
                " but an allied militia rejected the deal."
            ),
            "2016-10-31",
        ),
        (
            (
                "BENI (AFP) - The militia undertook to stop attacking army positions and health workers from Monday"
                " after talks with chiefs, the WHO said in a statement on its 21-day truce."
            ),
            "2016-10-31",
        ),
        # a day right after the verb of agreeing is the day it was agreed, gone by
        (
            (
                "GAO (AFP) - Two rival militias agreed on Monday to a ceasefire in the desert town of Tarkint,"
                " U.N. peacekeepers said on Wednesday."
            ),
            "2016-10-31",
        ),
        # a halt ordered "from" a day: the nearer Sunday, not the next
        (
            (
                "MOSCOW (Reuters) - The prime minister ordered federal troops to halt military operations from 8 p.m."
                " Moscow time on Sunday and agreed to send a delegation to talks with the rebels."
            ),
            "2016-10-30T20:00",
        ),
    ],
)
def test_a_weekday_told_as_gone_by_stays_behind(text: str, day: str) -> None:
    pause = pause_of(parse("Pause\n\n" + text))
    assert pause.start is not None
    assert pause.start.value.startswith(day)


def test_a_window_said_apart_from_its_day_ends_that_day() -> None:
    text = """Pause in Babanusa on Saturday

KHARTOUM (Reuters) - The United Nations said on Wednesday that the army and the RSF had agreed to a 12-hour
humanitarian pause in the besieged town of Babanusa on Saturday.

The pause is to run from 6 a.m. to 6 p.m. local time.
"""
    pause = pause_of(parse(text))
    assert pause.start is not None
    assert pause.end is not None
    assert (pause.start.value, pause.end.value) == ("2016-11-05T06:00", "2016-11-05T18:00")


@pytest.mark.parametrize(
    "silent",
    [
        "The guns are to stay silent for eight hours from 9 a.m. on Monday",
        "The guns are due to fall silent from 9 a.m. on Monday",
        "Weapons are to fall silent from 9 a.m. local time on Monday for eight hours",
    ],
)
def test_guns_that_are_to_stay_silent_time_the_pause_to_come(silent: str) -> None:
    text = (
        "Putin orders eight-hour lull around besieged town\n\n"
        "Vladimir Putin has instructed Russian and Syrian forces to hold their fire around Kafr Tal. "
        f"{silent}, a general told a briefing on Saturday."
    )
    assert start_of(parse(text, datetime.date(2016, 11, 12))) == "2016-11-14T09:00"


def test_a_halt_said_to_last_from_a_time_times_the_story_s_pause() -> None:
    text = (
        "Russia orders pause around Kafr Qasim\n\n"
        "Russia has announced a humanitarian pause around the rebel-held town of Kafr Qasim.\n\n"
        "Lavrov told reporters in Moscow on Monday that President Putin had ordered the halt, which is set to last for"
        " 12 hours from 7 a.m. local time on Tuesday."
    )
    assert start_of(parse(text, datetime.date(2016, 11, 7))) == "2016-11-08T07:00"


def test_guns_falling_silent_is_the_pause_to_come() -> None:
    text = """Raqqa pause offered

BEIRUT (AFP) - US-backed fighters offered a one-day humanitarian pause in Raqqa on Wednesday.

The guns would fall silent on Saturday from 8:00 am (0500 GMT) to 6:00 pm (1500 GMT), the commander said.
"""
    pause = pause_of(parse(text))
    assert pause.start is not None
    assert pause.end is not None
    assert (pause.start.value, pause.end.value) == ("2016-11-05T08:00", "2016-11-05T18:00")


def corridors_of(text: str) -> list[tuple[int | None, tuple[str, ...], bool | None, str | None]]:
    return [(c.count, c.beneficiaries, c.armed, c.destination) for c in pause_of(parse(text)).corridors]


def test_corridor_beneficiaries_the_lexicon_lists() -> None:
    text = """Russia offers Avdiivka pause

KYIV (AP) - Russia offered a humanitarian pause in Avdiivka on Friday. A single corridor, running southeast to
the city of Donetsk, would be open to women and children, the wounded and other unarmed civilians.
"""
    assert corridors_of(text) == [(1, ("women and children", "the wounded", "civilians"), False, "Donetsk")]


def test_a_corridor_told_again_adds_whom_it_is_for_and_where_it_leads() -> None:
    text = """Sri Lanka orders pause

COLOMBO (Reuters) - The president ordered a humanitarian pause on Saturday, opening three corridors through
which civilians trapped by the fighting could reach government territory. All three corridors lead to screening
centres at Vavuniya and will be open to civilians, the sick and pregnant women, the minister said.
"""
    assert corridors_of(text) == [(3, ("civilians", "the sick", "pregnant women"), None, "Vavuniya")]


def test_the_routes_told_again_lead_where_the_corridors_go() -> None:
    text = """Iraq opens corridors

BAGHDAD (Reuters) - Iraqi forces declared a humanitarian pause and will open two safe corridors for civilians.
The routes lead south to the government screening centre at Hammam al-Alil.
"""
    assert corridors_of(text) == [(2, ("civilians",), None, "Hammam al-Alil")]


def test_who_says_so_is_not_whom_a_corridor_is_for() -> None:
    text = """Raqqa pause

BEIRUT (AFP) - The SDF offered a humanitarian pause in Raqqa. Four corridors will be opened for women and
children, according to an SDF statement.
"""
    assert corridors_of(text) == [(4, ("women and children",), None, None)]


@pytest.mark.parametrize(
    ("words", "armed"),
    [("who could keep their rifles", True), ("if they leave their weapons behind", False)],
)
def test_arms_kept_or_left_behind(words: str, armed: bool) -> None:
    text = f"""Derna pause

DERNA (Reuters) - The LNA announced a humanitarian pause in Derna. One corridor, along the coastal road west to
Ras al-Hilal, would be reserved for the fighters, {words}.
"""
    assert corridors_of(text) == [(1, ("the fighters",), armed, "Ras al-Hilal")]


def test_a_weekday_lies_in_the_week_after_the_making_of_its_pause() -> None:
    """Published on a Wednesday: "announced the truce Monday ... from 6 a.m. Tuesday until 6 a.m. Friday"."""
    text = """RSF declares truce around Dilling

KHARTOUM (AP) - The RSF announced the truce Monday in a statement, saying its fighters would hold their fire
around Dilling from 6 a.m. Tuesday until 6 a.m. Friday so that food could enter the city.
"""
    pause = pause_of(parse(text))
    assert pause.start is not None
    assert pause.end is not None
    assert (pause.start.value, pause.end.value) == ("2016-11-01T06:00", "2016-11-04T06:00")


@pytest.mark.parametrize(
    "title",
    ["Ukraine: Weekend ceasefire lets crews repair power line", "Centre ends Ramzan ceasefire, ops to resume"],
)
def test_an_occasion_before_a_pause_is_no_place(title: str) -> None:
    text = f"{title}\n\nEngineers began repairs under a local ceasefire."
    assert pause_of(parse(text)).location is None


def test_pauses_said_to_have_been_made_before_are_past_ones() -> None:
    text = """Tanzania offers Palma pause

DODOMA (Reuters) - Tanzania has ordered a new humanitarian pause in Palma on Saturday "to give the people a
way out". Humanitarian pauses designed to allow both insurgents and civilians to exit the town have been
organized by Dodoma and Maputo before, but have largely failed.
"""
    pause = pause_of(parse(text))
    assert pause.purpose == "to give the people a way out"
    assert len(pause.evidence) == 2  # the title's and the lead's, not the past ones


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks on a ceasefire in Sudan stalled after the army rejected them.",
        (
            "The army rejected a proposal by U.S., Saudi, Egyptian and Emirati mediators for a three-month humanitarian"
            " truce, hours after drones struck the city."
        ),
        'Kremlin spokesman Dmitry Peskov said Moscow saw "no basis" for a truce that would help Kyiv rearm.',
        "A shipment of wheat had been put on pause while the damage was assessed.",
        'The talks remain on pause. "The table is on pause," the commissioner said.',
        "The Kremlin rejects Turkish truce idea.",
    ],
)
def test_halts_talked_of_proposed_or_said_of_something_else_make_no_pause(sentence: str) -> None:
    assert parse("Sudan talks stall\n\n" + sentence).pauses == ()


def test_a_halt_told_of_as_over_by_its_second_verb_after_the_story_s_pause_is_another() -> None:
    text = """Colombia opens aid corridor

CUCUTA (AFP) - The government and the ELN agreed to a 72-hour humanitarian truce in Catatumbo from Friday.

A bilateral ceasefire between the government and the ELN, the longest in its history, took effect in August
2023 and expired a year later.
"""
    report = parse(text, datetime.date(2025, 3, 6))
    assert [report.text_of(span) for span in pause_of(report).evidence] == ["humanitarian truce"]


def test_a_dated_page_line_is_no_lead_and_a_body_s_name_no_place() -> None:
    text = """World News Summary: Yemen's sides agree twelve-hour pause in Hays

Bulletin broadcast at 06:00 GMT on Tuesday 11 November 2025

Yemen's government and the Houthis have agreed a twelve-hour humanitarian pause around the town of Hays. The pause
would run from six in the morning until six in the evening local time on Thursday.
"""
    pause = pause_of(parse(text, datetime.date(2025, 11, 11)))
    assert pause.start is not None
    assert pause.start.value == "2025-11-13T06:00"  # not the bulletin's 06:00 GMT
    text = """Truce holds

KHARTOUM (Reuters) - The truce, brokered by the Intergovernmental Authority on Development (IGAD), holds.
"""
    assert pause_of(parse(text)).location != "Development"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "MOSCOW (AFP) - A single corridor will open in besieged Mariupol on Thursday. The humanitarian pause"
                " will last for 10 hours starting at 0700 GMT, the ministry said."
            ),
            "Mariupol",
        ),
        (
            (
                "MOGADISHU (Xinhua) - A humanitarian pause will begin in Jilib, Ethiopia's Ministry of National"
                " Defence said."
            ),
            "Jilib",
        ),
        (
            (
                "CAIRO - Thirteen corridors opened at dawn on Saturday in the besieged centre of Sudan's capital,"
                ' Khartoum, as a humanitarian pause took effect. El-Sayed ordered the pause "out of duty to our'
                ' brothers in Sudan," the statement said.'
            ),
            "Khartoum",
        ),
    ],
)
def test_where_a_pause_holds_said_by_its_corridors_not_by_a_quotation(text: str, place: str) -> None:
    assert pause_of(parse("Pause\n\n" + text)).location == place


def test_a_clock_time_said_to_end_the_pause_ends_it_that_day() -> None:
    text = """Pause begins

CAIRO - A humanitarian pause began on Wednesday. The pause began at 6 a.m. local time and was due to end at 2 p.m.
"""
    pause = pause_of(parse(text))
    assert pause.end is not None
    assert pause.end.value == "2016-11-02T14:00"
    assert pause.duration == datetime.timedelta(hours=8)


def test_a_place_after_a_plural_possessor() -> None:
    text = """Wibisono offers new pause

Indonesian President Hendra Wibisono has offered a new humanitarian pause in the Philippines' Marawi. The Maute
group said that Indonesia's humanitarian pause is a propaganda exercise.
"""
    assert pause_of(parse(text)).location == "Marawi"


def test_a_preposition_opening_a_sentence_is_no_place() -> None:
    text = (
        "Truce holds\n\nTRIPOLI (AP) - A 96-hour truce began on Saturday. During the pause, the refinery resumed work."
    )
    assert pause_of(parse(text)).location != "During"


def test_a_day_the_pause_is_for_is_not_the_day_it_was_made() -> None:
    """Sunday in "declared a ceasefire for Sunday's election" names the occasion: Monday's end stays ahead."""
    (pause,) = ceasefire.parse(
        "The ELN has declared a unilateral ceasefire for Sunday's presidential election, saying its fighters "
        "will halt offensive operations from midnight on Friday until 23:59 on Monday.",
        datetime.date(2022, 5, 24),
    ).pauses
    assert pause.start is not None
    assert pause.end is not None
    assert (pause.start.value, pause.end.value) == ("2022-05-27T00:00", "2022-05-30T23:59")


def test_a_route_offered_in_general_is_the_routes_counted_later() -> None:
    text = (
        "Iraq's prime minister has ordered a fresh humanitarian pause in Tal Afar, offering fighters of the "
        "Islamic State group a route out of its old quarter. "
        "IS militants would be allowed to leave with their weapons along three routes heading west, the "
        "interior ministry said. Civilians would be able to use seven separate corridors to Badush."
    )
    corridors = pause_of(parse(text)).corridors
    assert [c.count for c in corridors] == [3, 7]


def test_a_route_for_others_than_those_counted_later_is_kept() -> None:
    text = (
        "The army has ordered a humanitarian pause in Tal Afar, offering the wounded a corridor out of the city. "
        "Militants would be allowed to leave along three routes heading west, the ministry said."
    )
    corridors = pause_of(parse(text)).corridors
    assert [c.count for c in corridors] == [1, 3]


def test_an_armed_group_s_corridors_are_armed_when_its_fighters_may_leave_armed() -> None:
    text = (
        "Saudi Arabia has offered a humanitarian pause in Taiz under which Houthi fighters could leave with their "
        "weapons, an official said. The Houthis would be given safe passage out of the city through three corridors "
        "on Thursday."
    )
    (corridor,) = pause_of(parse(text)).corridors
    assert corridor.count == 3
    assert corridor.armed is True


def test_a_truce_holds_in_the_places_it_covers() -> None:
    text = (
        "A two-week truce between the army and M23 rebels in the east of the country has been extended. "
        "The truce, brokered by Angola and covering the Lubero and Walikale territories of North Kivu province, "
        "took effect on September 6."
    )
    assert pause_of(parse(text, datetime.date(2024, 9, 20))).location == "Lubero and Walikale"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Putin has ordered a daily humanitarian pause in Syria's besieged eastern Ghouta from Tuesday.",
            "eastern Ghouta",
        ),
        (
            (
                'The army will halt its assault in Marawi for eight hours on Friday. "This humanitarian pause is our '
                'gift on the Feast of Sacrifice," the spokesman said.'
            ),
            "Marawi",
        ),
    ],
)
def test_a_possessor_s_place_past_two_descriptors_and_no_feast_for_a_place(text: str, place: str) -> None:
    assert pause_of(parse(text, datetime.date(2018, 3, 5))).location == place


def test_a_sentence_opening_on_the_hours_after_the_pause_gives_them() -> None:
    text = (
        "A new humanitarian pause in Sudan's besieged El Fasher was offered on Tuesday by Egypt's president. "
        "From 0700 to 1500 GMT on Thursday, RSF units may leave the city unharmed, the ministry said."
    )
    pause = pause_of(parse(text, datetime.date(2025, 2, 11)))
    assert pause.location == "El Fasher"
    assert pause.start is not None
    assert pause.end is not None
    assert (pause.start.value, pause.end.value) == ("2025-02-13T07:00", "2025-02-13T15:00")


def test_fighters_carrying_their_arms_leave_armed() -> None:
    text = (
        "The army declared a humanitarian pause in Derna. "
        "Fighters may leave carrying their arms through four corridors."
    )
    (corridor,) = pause_of(parse(text)).corridors
    assert corridor.armed is True


def test_corridors_counted_with_their_noun_left_out() -> None:
    text = (
        "Turkey offered a humanitarian pause in Derna on Wednesday. Three corridors will be reserved for the "
        "fighters. Another five will be opened for women, children and the sick, the ministry said. "
        "Another five days of talks are planned."
    )
    corridors = pause_of(parse(text)).corridors
    assert [(c.count, "women" in c.beneficiaries) for c in corridors] == [(3, False), (5, True)]


@pytest.mark.parametrize("vague", ["several other corridors", "a few other corridors", "several others"])
def test_corridors_counted_vaguely_have_no_count(vague: str) -> None:
    text = (
        "Rebels offer pause in Derna\n\n"
        "Fighters would be free to leave Derna with their weapons on Thursday along two corridors running south "
        f"to Ajdabiya, the commander said. Civilians and the wounded could use {vague} leading east, he said."
    )
    corridors = pause_of(parse(text)).corridors
    assert [c.count for c in corridors] == [2, None]
    assert "Civilians" in corridors[1].beneficiaries


@pytest.mark.parametrize(
    "text",
    [
        (
            "The insurgents may use three routes out of the city that are reserved for them, while civilians, the "
            "sick and the wounded can take any of five others running north to Gereshk."
        ),
        (
            "Fighters may leave through three corridors heading east toward Ippy, and civilians and the wounded "
            "through five others leading north to Gereshk, the statement said."
        ),
    ],
)
def test_corridors_said_again_as_others_each_with_their_own_people_and_way(text: str) -> None:
    report = parse("Turkey offered a humanitarian pause in Lashkar Gah on Wednesday. " + text)
    first, others = pause_of(report).corridors
    assert (others.count, others.destination, "civilians" in others.beneficiaries) == (5, "Gereshk", True)
    assert (first.count, first.destination == "Gereshk", "civilians" in first.beneficiaries) == (3, False, False)
    counts = [(f.value, f.category) for f in report.figures if f.unit in {"routes", "corridors"}]
    assert counts == [(3, FigureCategory.COUNT), (5, FigureCategory.COUNT)]


def test_a_count_of_corridors_told_in_parts_after_a_colon() -> None:
    text = (
        "Rwandan troops will observe a 72-hour pause in Quissanga starting at 8 a.m. on Thursday. Three corridors "
        "will be open throughout: two for civilians, one running south along the coast to Pemba and the other west "
        "to Metuge, and one for wounded fighters, who may leave with their weapons along a track north to the "
        "Messalo River."
    )
    corridors = pause_of(parse(text)).corridors
    assert [(c.count, c.beneficiaries, c.destination, c.armed) for c in corridors] == [
        (2, ("civilians",), "Pemba", None),
        (1, ("wounded fighters",), "Messalo River", True),
    ]


def test_a_count_of_corridors_told_in_parts_with_of_them_and_one_part_named_again() -> None:
    text = (
        "The army will observe a pause in Shirqat from 9 a.m. to 5 p.m. on Wednesday. Troops will open four "
        "routes, two of them for civilians and two for fighters who lay down their arms, the command said. "
        "Militias would pull back from the two routes set aside for the militants, it added."
    )
    corridors = pause_of(parse(text)).corridors
    assert [(c.count, c.beneficiaries, c.armed) for c in corridors] == [
        (2, ("civilians",), None),
        (2, ("fighters",), False),
    ]


def test_arms_said_after_a_turn_to_other_people_are_not_said_of_those_before() -> None:
    text = (
        "The army will observe a pause in Tibu on Friday. The ELN said it would respect a humanitarian corridor "
        'to Tibu for returning families. The army did not comment. "We call on aid groups to accompany the '
        "return of the families, and we "
        'guarantee that there will be no armed action along the route," the ELN said.'
    )
    (corridor,) = pause_of(parse(text)).corridors
    assert corridor.armed is None


def test_corridors_referred_to_before_they_are_told_are_the_same_corridors() -> None:
    text = (
        "India has offered a humanitarian pause in Mrauk-U. The council would ensure that troops pulled back from "
        "the three corridors designated for the insurgents. Arakan Army commanders would be allowed to exit the "
        "town with their weapons on March 4 via three special corridors. Civilians would be allowed to leave via "
        "eight other corridors."
    )
    corridors = pause_of(parse(text)).corridors
    assert [(c.count, c.armed) for c in corridors] == [(3, True), (8, None)]


def test_military_activity_that_would_stop_gives_the_pause_its_hours_in_a_place_with_an_article() -> None:
    text = (
        "The Israeli army has announced a four-hour humanitarian pause in the Tal as-Sultan neighbourhood of "
        "western Rafah on Saturday. Its spokesperson said military activity in the area would stop from 10am to "
        "2pm local time."
    )
    pause = pause_of(parse(text, datetime.date(2023, 12, 16)))
    assert pause.location == "Tal as-Sultan"
    assert pause.daily_window is not None
    assert (pause.daily_window.start, pause.daily_window.end) == ("10:00", "14:00")


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("The Russian Armed Forces opened a humanitarian corridor from Dzerzhinsk to Gorlovka on Friday.", None),
        ("Armed groups agreed to a humanitarian corridor from Pekon to Loikaw on Friday.", None),
        ("Fighters may leave armed through a humanitarian corridor from Pekon to Loikaw on Friday.", True),
    ],
)
def test_armed_as_a_way_of_leaving_not_as_a_kind_of_party(text: str, armed: bool | None) -> None:
    (corridor,) = pause_of(parse(text)).corridors
    assert corridor.armed is armed


def test_a_party_whose_saying_is_set_against_the_pause_did_not_announce_it() -> None:
    text = (
        "Armed gangs have agreed to a five-day truce in Port-au-Prince from Monday, religious mediators said on "
        "Thursday, though police said they would not halt operations."
    )
    report = parse(text, datetime.date(2025, 7, 3))
    assert "police" not in names(report, pause_of(report).announced_by)


def test_where_people_leave_for_is_not_where_the_pause_holds() -> None:
    text = (
        "Guns fall silent for six hours at Ukrainian hospital\n\n"
        "A Red Cross-brokered local ceasefire allowed 143 patients to leave Kostiantynivka's last working "
        "hospital for Dnipro.\n\n"
        "The truce, brokered by the ICRC, ran from 8am to 2pm local time in Kostiantynivka on Tuesday."
    )
    report = parse(text, datetime.date(2025, 6, 17))
    assert [p.location for p in report.pauses] == ["Kostiantynivka"]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            (
                "Armed gangs have agreed to a five-day truce in Port-au-Prince from Monday to Friday so that "
                "students can sit their exams, mediators said on Thursday."
            ),
            "2025-07-11",
        ),
        ("The truce began in Port-au-Prince on Wednesday, July 2. It expired on Tuesday, officials said.", None),
    ],
)
def test_an_end_named_by_a_weekday_falls_after_a_start_still_to_come(text: str, end: str | None) -> None:
    pause = pause_of(parse(text, datetime.date(2025, 7, 3)))
    assert (pause.end.value[:10] if pause.end else None) == end


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli army announced a daily pause in Deir al-Balah. Hamas called the pause ‘a media manoeuvre’.",
        "The Israeli army announced a daily pause in Deir al-Balah. Hamas called the pause a farce.",
    ],
)
def test_a_party_that_calls_the_pause_names_made_none_of_it(text: str) -> None:
    report = parse(text, datetime.date(2025, 7, 19))
    pause = pause_of(report)
    assert "Hamas" not in names(report, pause.ordered_by + pause.announced_by)


def test_the_authors_of_a_statement_issued_by_them_announced_the_pause_and_fighters_not_permitted() -> None:
    text = (
        "The truce in El Obeid is due to come into force at 06:00 on Saturday, according to a joint statement "
        "issued late on Thursday by the African Union. Civilians may leave along a corridor to Er Rahad. "
        "Fighters will not be permitted to use the corridor."
    )
    report = parse(text, datetime.date(2025, 10, 17))
    pause = pause_of(report)
    assert "African Union" in names(report, pause.announced_by)
    assert [c.armed for c in pause.corridors] == [False]


def test_troops_that_held_their_fire_around_villages_named_in_a_list() -> None:
    text = (
        "Israeli army observes six-hour humanitarian pause\n\n"
        "BEIRUT (AFP) — The Israeli army held its fire for six hours yesterday around the southern Lebanese "
        "border villages of Rmeish and Ain Ebel, from 10 a.m. to 4 p.m. local time, Lebanese officials said."
    )
    pause = pause_of(parse(text, datetime.date(2024, 10, 17)))
    assert pause.location == "Rmeish and Ain Ebel"
    assert pause.start is not None
    assert pause.start.value == "2024-10-16T10:00"


def test_a_halt_of_offensive_actions_gives_the_pause_its_hours_but_one_that_had_held_does_not() -> None:
    text = (
        "The ELN will observe a 72-hour truce in Arauca starting this Thursday. Both groups accepted a "
        "request to stop all offensive actions from 6:00 a.m. on Thursday until 6:00 a.m. on Sunday. A rebel "
        "spokesman said the group had held its fire for 11 days."
    )
    pause = pause_of(parse(text, datetime.date(2022, 1, 18)))
    assert pause.start is not None
    assert pause.start.value == "2022-01-20T06:00"  # the hours of the halt of offensive actions
    assert pause.duration == datetime.timedelta(hours=72)


def test_the_region_an_unnamed_city_lies_in_is_not_the_pause_s_place() -> None:
    text = (
        "Belarus leader offers Kupiansk pause\n\n"
        "The Belarusian president said on Monday he offered a humanitarian pause in the besieged city in "
        "Ukraine's Kharkiv region."
    )
    assert pause_of(parse(text)).location == "Kupiansk"


def test_where_the_pause_took_effect_is_its_place() -> None:
    text = (
        "A ceasefire between Israel and the Iran-backed Shiite militia Hezbollah came into force in Lebanon at "
        "4 a.m. on Wednesday.\n\nWill the truce hold?\n\nAnalysts are divided."
    )
    assert pause_of(parse(text)).location == "Lebanon"


def test_a_period_opening_before_the_pause_does_not_end_it() -> None:
    text = (
        "Flash Update: five-day humanitarian pause in North Wollo\n\n"
        "This update covers the period from 23 to 27 August. "
        "A five-day humanitarian pause took effect at 06:00 on 25 August and is due to end at 06:00 on 30 August."
    )
    pause = pause_of(parse(text, datetime.date(2024, 8, 27)))
    assert pause.end is not None
    assert pause.end.value == "2024-08-30T06:00"


@pytest.mark.parametrize(
    "text",
    [
        "A moratorium on such attacks took effect on March 11, the ministry said.",
        "The energy strike moratorium took effect on March 11.",
    ],
)
def test_a_moratorium_on_strikes_is_a_pause(text: str) -> None:
    pause = pause_of(parse(text, datetime.date(2023, 3, 19)))
    assert pause.start is not None
    assert pause.start.value == "2023-03-11"


def test_a_reduction_in_violence_agreed_is_a_truce() -> None:
    text = (
        'KABUL (Reuters) - The United States and the Taliban on Friday announced a seven-day "reduction in'
        ' violence" across Afghanistan starting at midnight on Friday (1930 GMT).'
    )
    pause = pause_of(parse(text, datetime.date(2020, 2, 21)))
    assert pause.kind is ceasefire.PauseKind.TRUCE
    assert pause.start is not None
    assert pause.start.value == "2020-02-22T00:00"


def test_an_air_strike_moratorium_in_a_headline_holds_in_no_place_called_air() -> None:
    text = (
        "Air strike moratorium holds but Ethiopia, Eritrea fight on along border\n\nASMARA, Eritrea (AP) - Troops"
        " fought on along the border on Tuesday."
    )
    pause = pause_of(parse(text, datetime.date(1998, 6, 16)))
    assert pause.location != "Air"


def test_where_a_corridor_leads_is_not_where_the_pause_holds() -> None:
    text = (
        "Two rival gangs have agreed to a 48-hour truce starting Friday at noon. "
        "Buses will carry patients along a single corridor from the hospital to the trauma centre run by "
        "Doctors Without Borders in Tabarre."
    )
    assert pause_of(parse(text)).location != "Tabarre"


def test_corridors_counted_then_told_one_by_one() -> None:
    text = (
        "A truce in Manbij took effect on Tuesday as two corridors opened. "
        "One corridor runs to the Qara Qozak bridge, for YPG members who are to withdraw carrying only their "
        "personal weapons. A second corridor, open only to civilians, leads north to Jarablus, and no armed "
        "person will be allowed to use it."
    )
    corridors = pause_of(parse(text)).corridors
    assert [(c.count, c.destination, c.armed) for c in corridors] == [
        (1, "Qara Qozak", True),
        (1, "Jarablus", False),
    ]


def test_a_road_people_may_take_to_a_place_is_a_corridor() -> None:
    text = (
        "The army and the RSF agreed to a 72-hour ceasefire around Singa from 6 a.m. on Tuesday. "
        "Civilians who want to leave Singa may travel along the Singa-Sennar road to Sennar town."
    )
    (corridor,) = pause_of(parse(text)).corridors
    assert (corridor.count, corridor.destination) == (1, "Sennar")


def test_a_road_fought_along_is_no_corridor() -> None:
    text = "The army and the RSF agreed to a 72-hour ceasefire. Rebels advanced along the main road to Sennar."
    assert pause_of(parse(text)).corridors == ()


@pytest.mark.parametrize("places", ["villages", "makeshift camps", "farms"])
def test_places_strung_along_a_road_people_fled_to_are_no_corridor(places: str) -> None:
    text = (
        "The army and the KIA agreed to a 72-hour ceasefire around Bhamo from 6 a.m. on Tuesday. "
        f"More than 20,000 residents have fled Bhamo, many of them to {places} along the road to Myitkyina."
    )
    assert pause_of(parse(text)).corridors == ()


@pytest.mark.parametrize("cargo", ["drugs, weapons and migrants heading north", "smuggled fuel", "the cocaine trade"])
def test_a_route_for_what_is_smuggled_or_traded_is_no_corridor(cargo: str) -> None:
    text = (
        "More than 600 people fled the cartel war across the border on Monday. The state lies on a key route for "
        f"{cargo}, officials said."
    )
    assert parse(text).pauses == ()


@pytest.mark.parametrize("cargo", ["grain shipments", "oil tankers", "exports"])
def test_safe_passage_for_trade_is_no_corridor(cargo: str) -> None:
    text = (
        "Russian missiles struck the port on Wednesday, killing five people. The port has been shelled again and"
        f" again since Moscow quit a deal allowing safe passage for {cargo} through the Black Sea."
    )
    assert parse(text).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        "Capturing the city would give Russia a land corridor from the Donbas region to Crimea.",
        "Vereshchuk again urged Moscow to agree a corridor to get those civilians out, the ministry said.",
    ],
)
def test_land_held_or_a_corridor_only_urged_is_no_corridor(text: str) -> None:
    assert parse(text, datetime.date(2022, 4, 21)).pauses == ()


def test_a_way_a_side_needs_to_hold_is_no_corridor() -> None:
    text = (
        "Qusair lies near the main highway linking Damascus to the coast, a corridor the government needs to hold"
        " to connect the capital with its heartland."
    )
    assert parse(text, datetime.date(2013, 4, 15)).pauses == ()


def test_a_corridor_ships_carry_cargo_through_is_no_corridor() -> None:
    text = (
        "Russia and Ukraine signed separate agreements on Friday to let ships carry grain out of blockaded"
        " Ukrainian ports through a safe corridor in the Black Sea."
    )
    assert parse(text, datetime.date(2022, 7, 22)).pauses == ()


def test_a_capital_named_before_the_road_to_it_is_its_destination() -> None:
    text = (
        "A 30-day truce took effect in Hodeidah on Wednesday. Under the deal, up to 40 trucks a day may "
        "carry food from Hodeidah port to Sanaa along the main highway."
    )
    (corridor,) = pause_of(parse(text)).corridors
    assert corridor.destination == "Sanaa"


def test_a_length_after_will_initially_last() -> None:
    text = "The ceasefire took effect at noon on Thursday. The ceasefire will initially last for 10 days."
    assert pause_of(parse(text)).duration == datetime.timedelta(days=10)


def test_midnight_after_the_day_the_pause_was_made() -> None:
    text = (
        "The army and the rebels on Tuesday agreed to a complete cessation of firing along the border "
        "with effect from midnight, the military said."
    )
    pause = pause_of(parse(text, datetime.date(2016, 11, 30)))
    assert pause.start is not None
    assert pause.start.value == "2016-11-30T00:00"


def test_a_military_s_halt_of_operations_gives_the_pause_its_place_and_hours() -> None:
    text = (
        "Israel's military said Tuesday it will halt operations in parts of eastern Khan Younis from 8 a.m. to "
        "5 p.m. on Thursday so UN teams can repair two water wells. The pause was requested by UNICEF."
    )
    pause = pause_of(parse(text, datetime.date(2024, 7, 23)))
    assert pause.location == "eastern Khan Younis"
    assert pause.start is not None
    assert pause.start.value == "2024-07-25T08:00"


def test_a_truce_recalled_years_after_it_began_is_no_pause_of_the_story() -> None:
    text = (
        "Three years on, Yemenis recall the truce that let them breathe\n\n"
        "The UN-brokered truce took effect at 7:00 pm (1600 GMT) on April 2, 2022, for an initial two months. "
        '"Now my children ask me when the truce will come back," she said.'
    )
    report = parse(text, datetime.date(2025, 4, 2))
    assert report.pauses == ()
    assert any(e.kind is EventKind.CEASEFIRE for e in report.events)


@pytest.mark.parametrize(
    "text",
    [
        'Chinese carmakers call "ceasefire" in price war',
        "Investors cheered a truce in China's car price war on Thursday.",
        "The Fed held rates steady, its first pause in rate hikes in more than a year.",
    ],
)
def test_a_pause_word_said_of_prices_and_rates_is_no_pause(text: str) -> None:
    assert parse(text).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        "The junta has rejected an offer by the Kachin Independence Army (KIA) of a ceasefire around Bhamo.",
        "The KIA proposed on Monday a 10-day ceasefire in and around Bhamo, the group said.",
        '"We will not sign a ceasefire with terrorists," the information team said.',
        "Thirteen of the council's 15 members spoke in favor of a truce to let fuel into the territory.",
        'A draft resolution would "demand an immediate, durable and sustained humanitarian truce".',
        "Officials in Doha said talks mediated by Qatar on a pause to free some of the hostages went on.",
    ],
)
def test_a_halt_offered_proposed_or_refused_is_no_pause(text: str) -> None:
    assert parse(text).pauses == ()


def test_a_bare_the_pause_after_a_pause_in_rates_is_of_rates_too() -> None:
    text = (
        "The Fed held rates steady in June, its first pause in rate hikes in more than a year.\n\n"
        '"The pause was a breather, not a pivot," said Daniel Ferreira, an economist.'
    )
    report = parse(text)
    assert report.pauses == ()
    assert [e for e in report.events if e.kind is EventKind.CEASEFIRE] == []


def test_a_bare_the_pause_after_a_pause_made_in_fighting_is_that_pause() -> None:
    text = (
        "Israel to pause Khan Younis operations for nine hours\n\n"
        "The military said it will halt operations in eastern Khan Younis from 8 a.m. to 5 p.m. on Thursday. "
        "The pause was requested by UNICEF, a spokesman said."
    )
    assert pause_of(parse(text, datetime.date(2024, 7, 23))).start is not None


@pytest.mark.parametrize(
    "text",
    [
        'U.S. Deputy Ambassador Robert Haynes said Washington backed "humanitarian pauses" to get aid in.',
        "She said the United States supported humanitarian pauses to get aid in and people out.",
        "Britain backs a truce in Gaza, its foreign secretary said.",
        '"The military must stop bombing villages, and there must be a ceasefire now," said Priya Raman.',
    ],
)
def test_a_halt_backed_or_said_to_be_needed_is_no_pause(text: str) -> None:
    assert parse(text).pauses == ()


def test_a_truce_backed_by_a_state_in_a_compound_is_still_a_pause() -> None:
    text = "The Saudi-backed truce in Hodeidah took effect at noon on Friday, the coalition said."
    assert pause_of(parse(text)).location == "Hodeidah"


def test_a_place_after_a_second_verb_and_before_a_named_pause_is_not_its_place() -> None:
    text = (
        "A local ceasefire brokered by the Red Cross allowed 120 civilians to leave the front-line town of "
        "Velyka Pysarivka on Nov. 6, the governor said. The ministry claimed that Ukrainian forces had used the "
        "pause to rotate troops and had shelled positions near the village of Oleksiivka. The Velyka Pysarivka "
        "ceasefire was the first of its kind in Sumy Oblast."
    )
    assert pause_of(parse(text, datetime.date(2025, 11, 6))).location == "Velyka Pysarivka"


def test_who_said_the_hours_in_a_sentence_of_corridors_announced_the_pause() -> None:
    text = (
        "President Ali Musa has offered a humanitarian pause in the besieged town of Kauru. The Defence Ministry "
        "said in a statement on Wednesday that fighters would be allowed to leave between 8 a.m. and 4 p.m. "
        "local time on Friday through two special corridors."
    )
    report = parse(text, datetime.date(2024, 2, 21))
    assert "Defence Ministry" in names(report, pause_of(report).announced_by)


def test_a_saying_past_a_semicolon_after_the_pause_is_about_something_else() -> None:
    text = (
        "Nigeria offers pause in besieged Kauru; ISWAP says air strike killed dozens\n\n"
        "ABUJA, Nigeria (AA) - President Ali Musa has offered a humanitarian pause in the besieged town of Kauru, "
        "telling Islamic State West Africa Province (ISWAP) fighters to leave.\n\n"
        "The group said a Nigerian Air Force jet had struck the fish market on Sunday morning, killing dozens."
    )
    report = parse(text, datetime.date(2024, 2, 21))
    assert "ISWAP" not in names(report, pause_of(report).announced_by)


def test_a_halt_told_in_the_body_places_the_pause_before_the_headline_s_words() -> None:
    text = (
        "Government announces weekend pause in besieged Oromia town\n\n"
        "ADDIS ABABA (AP) - The government will halt military operations around the besieged town of Nekemte "
        "on Saturday and Sunday so that civilians can leave, a spokesperson said Thursday."
    )
    assert pause_of(parse(text, datetime.date(2024, 3, 14))).location == "Nekemte"


def test_corridors_told_one_by_one_with_the_noun_left_out_after_the_first() -> None:
    text = (
        "Army opens 2 corridors out of Nekemte\n\n"
        "Troops will hold their fire around Nekemte from 10 a.m. to 4 p.m. on Saturday, and two corridors will "
        "be opened out of the town, a spokesperson said. The first corridor will run north along the highway to "
        "Gimbi. The second, a gravel road to Shambu, is reserved for the sick and pregnant women."
    )
    corridors = pause_of(parse(text, datetime.date(2024, 3, 14))).corridors
    assert [(c.count, c.destination) for c in corridors] == [(1, "Gimbi"), (1, "Shambu")]


def test_a_place_told_only_as_holding_the_pause_s_places_gives_way_to_them() -> None:
    text = (
        "Resistance forces have declared a temporary ceasefire in three townships of Sagaing region until "
        "June 30, the group said on Sunday. Its forces would suspend offensive operations in Kanbalu, Kyunhla "
        "and Taze townships from June 1."
    )
    assert pause_of(parse(text, datetime.date(2025, 6, 2))).location == "Kanbalu, Kyunhla and Taze"


def test_a_place_in_the_area_of_settlements_and_corridors_to_a_checkpoint_near_a_town() -> None:
    text = (
        "Regime of silence in eastern Ghouta\n\n"
        "MOSCOW, March 27. /TASS/. A regime of silence will be introduced in the area of the settlements of "
        "Hamouriyah and Saqba in eastern Ghouta from 08:00 Moscow time on Wednesday, and three humanitarian "
        "corridors will be opened for civilians, the center said. All the corridors lead to the checkpoint near "
        "al-Wafideen, it said."
    )
    pause = pause_of(parse(text, datetime.date(2018, 3, 27)))
    assert pause.location == "Hamouriyah and Saqba"
    assert [(c.count, c.destination) for c in pause.corridors] == [(3, "al-Wafideen")]


@pytest.mark.parametrize(
    "text",
    [
        'Coalition partners call budget "truce" as shelling kills five',
        'The two ruling parties agreed on Friday to a "truce" in their months-long feud over the 2026 budget.',
        "Lawmakers agreed on Tuesday to a truce in a weeks-long row over the 2025/26 budget.",
        "In Bukavu itself, the only ceasefire anyone celebrated on Monday was commercial.",
        'The AES states signed an "economic truce" with ECOWAS on Saturday.',
        'The two ruling parties agreed on Wednesday to a "truce" in their media war ahead of talks.',
        "The strike came a year after the collapse of a ceasefire between Turkey and the PKK.",
        'Supporters\' clubs announced a "ceasefire" ahead of the derby between the two football clubs on Sunday.',
        '"We have called a truce in the House, not in our principles," the party leader said.',
        'The rail workers\' union declared what its president called a "ceasefire" with management.',
        'Trade talks were put on pause on Thursday.\n\n"A pause is not a breakdown," the negotiator said.',
        '"We will not allow a truce to become a chance for the rebels to rearm," the spokesman said.',
        '"How can we talk about a truce while their planes are killing our people?" he said.',
        "The league said the season, on pause since December because of the cold, would resume in March.",
        (
            "U.S. pauses weapons shipments to Haiti police\n\nThe State Department has paused deliveries of rifles "
            "to the police, officials said on Friday.\n\nThe pause came as gunmen overran a town on Thursday."
        ),
        "Donors pause funding for the camps as the rains begin on Monday.",
        "By midday, lawyers for both sides had struck a truce over the disclosure of polling-station records.",
        "Officials are anxious about the Lobito Corridor, a railway linking the Copperbelt to the port of Lobito.",
        (
            "Guerrillas end round of talks without truce\n\nBOGOTA - Government negotiators and the guerrillas ended a "
            "round of peace talks without agreeing on a ceasefire on Thursday and will meet again in Mexico next year. "
            '"We have a calendar, we do not yet have a ceasefire," the government negotiator said.'
        ),
        (
            "ADDIS ABABA (AFP) - The government and one faction of the militia agreed on Monday to open peace talks, "
            "officials said, but stopped short of declaring a ceasefire in a conflict that has killed hundreds."
        ),
        "The army and the RSF clashed on Saturday, in a new blow to a US-proposed truce that neither side has signed.",
        "The rebels broke an informal truce with the military in November, when they joined an offensive in the north.",
        "Forces in the region said on Sunday they were ready to abide by an immediate ceasefire and to join talks.",
        (
            "Grain deal ends\n\nKYIV - The deal, brokered by the United Nations in Istanbul, opened "
            "a maritime corridor from the ports of Odesa, Chornomorsk and Pivdennyi through the Black Sea to the "
            "Bosphorus. Russia quit it on Monday."
        ),
        (
            "Fuel trucks roll out as gangs lift blockade\n\nThe first fuel trucks in two months left the terminal on "
            "Friday, a day after the gang federation lifted its blockade. Dozens of motorcycle taxi drivers lined up "
            "at a station on Route de Delmas by mid-morning."
        ),
        (
            "Club owners call boardroom truce\n\nThe feuding owners of the club agreed a boardroom truce on Tuesday, "
            "two days after it declared a ceasefire in a season-ticket price war with its rivals. On Monday the two "
            'clubs said that they had agreed a "ceasefire" and would hold prices.'
        ),
        '"We are asking for a truce, not a surrender," the governor said on Tuesday.',
        "Marikina hospital pauses outpatient services; schools call 'ceasefire' on bullying",
        'The minister proposed an "Easter truce" that would last 72 hours.\n\nCould an Easter truce work now?',
        "Why a proposed Easter truce brings back memories of Minsk",
        (
            'The schools launched what they call a "Bullying Ceasefire" on Monday.\n\n'
            '"A ceasefire starts with one student deciding not to throw the first insult," the principal said.'
        ),
        (
            "Semeru eruption: rain forces rescuers to pause search\n\n"
            "Police opened two evacuation corridors along the roads from Pronojiwo to Lumajang town on Monday."
        ),
        'The city will test a new "evacuation corridor" on Friday, when it joins the nationwide earthquake drill.',
    ],
)
def test_truces_of_politics_and_truces_only_talked_of_are_no_pause(text: str) -> None:
    assert parse(text).pauses == ()


def test_where_an_embassy_sits_is_not_where_the_pause_holds() -> None:
    text = (
        "NEW DELHI: Israel has agreed to suspend air strikes around Tyre from 0800 hrs to 1600 hrs on Saturday, "
        "the ministry said. The spokesman said the eight-hour pause had been conveyed to the Indian Embassy in "
        "Tel Aviv late on Wednesday."
    )
    assert pause_of(parse(text, datetime.date(2006, 7, 21))).location == "Tyre"


def test_a_possessor_of_two_words_is_no_part_of_the_place() -> None:
    text = "Nigeria's president has offered a humanitarian pause in Sierra Leone's Koidu on Saturday."
    assert pause_of(parse(text, datetime.date(1998, 11, 11))).location == "Koidu"


def test_a_road_people_are_taken_along_is_a_corridor() -> None:
    text = (
        "The Red Cross said the commanders had agreed to hold their fire around Siversk from 8 a.m. to 4 p.m. "
        "on Saturday, so that the wounded and the elderly could be taken west along the highway to Sloviansk."
    )
    (corridor,) = pause_of(parse(text, datetime.date(2025, 11, 14))).corridors
    assert corridor.destination == "Sloviansk"


OLD_CEASEFIRE_BREACHED = (
    "Army and rebels trade blame over ceasefire violations in Upper Nile\n\n"
    "JUBA, May 21 (Xinhua) -- The army and the armed opposition on Wednesday accused each other of violating "
    'the permanent ceasefire signed under the 2018 peace agreement. "The rebels have violated the ceasefire '
    'once again," an army spokesman said.'
)


def test_a_halt_of_years_ago_told_only_as_breached_is_no_pause() -> None:
    assert parse(OLD_CEASEFIRE_BREACHED, datetime.date(2025, 5, 21)).pauses == ()


def test_a_halt_told_only_as_breached_is_a_pause_when_nothing_dates_it_long_ago() -> None:
    text = OLD_CEASEFIRE_BREACHED.replace(" signed under the 2018 peace agreement", "")
    assert pause_of(parse(text, datetime.date(2025, 5, 21))).kind.value == "ceasefire"


@pytest.mark.parametrize("article", ["the", "a"])
def test_a_halt_named_by_its_year_and_renewed_is_the_story_s_pause(article: str) -> None:
    text = (
        f"The militaries of Pakistan and India on Thursday agreed to strictly observe {article} 2003 ceasefire "
        "understanding along the Line of Control with effect from midnight."
    )
    assert pause_of(parse(text, datetime.date(2024, 3, 7))).location == "Line of Control"


PROPOSED_TRUCE = (
    "U.N. envoy proposes 30-day truce for Tripoli as death toll rises\n\n"
    "GENEVA, March 3 (Reuters) - The United Nations envoy for Libya on Monday proposed a 30-day truce between "
    "the armed factions battling for control of southern Tripoli. The envoy said the truce would begin with a "
    "freeze on all troop movements."
)


def test_a_truce_only_proposed_in_headline_and_body_is_no_pause() -> None:
    report = parse(PROPOSED_TRUCE, datetime.date(2025, 3, 3))
    assert report.pauses == ()
    assert EventKind.CEASEFIRE not in {e.kind for e in report.events}


def test_a_pause_a_headline_says_is_proposed_and_the_body_says_is_offered_is_the_story_s() -> None:
    text = (
        "Kovalenko proposes new pause, forces troops to leave Sievierodonetsk\n\n"
        "Prime Minister Ales Kovalenko has offered a new humanitarian pause in Sievierodonetsk on Saturday."
    )
    assert pause_of(parse(text, datetime.date(2022, 6, 9))).location == "Sievierodonetsk"


def test_a_truce_in_the_conditional_after_truces_refused_in_general_is_still_the_story_s() -> None:
    text = (
        "Gangs announced a truce in Port-au-Prince from Monday to Friday for the exam week, a pastor said.\n\n"
        '"The police do not sign truces with criminals," the spokesman said.\n\n'
        "The truce would not cover Kenscoff, in the hills above the capital."
    )
    (pause,) = parse(text, datetime.date(2025, 7, 5)).pauses
    assert len(pause.evidence) == 2


def test_a_truce_civil_parties_welcome_is_still_a_pause() -> None:
    text = "Lawmakers welcomed the truce that Israel and Hamas agreed on Friday, to begin at 7 a.m. on Saturday."
    assert pause_of(parse(text, datetime.date(2023, 11, 24))).start is not None


@pytest.mark.parametrize("fell_silent", ["fell silent", "went quiet", "had fallen quiet"])
def test_guns_that_fell_silent_give_a_truce_its_day_and_hours(fell_silent: str) -> None:
    text = (
        "In besieged Babanusa, six hours of quiet\n\n"
        "A rare truce let the wounded out of a garrison town in West Kordofan.\n\n"
        f"For six hours on Tuesday, the guns around Babanusa {fell_silent}.\n\n"
        "Between 7 a.m. and 1 p.m., a convoy drove out of the besieged town along a corridor to El Fula."
    )
    pause = pause_of(parse(text, datetime.date(2024, 9, 19)))
    assert pause.start is not None
    assert pause.end is not None
    assert (pause.start.value, pause.end.value) == ("2024-09-17T07:00", "2024-09-17T13:00")


@pytest.mark.parametrize(
    "text",
    [
        '"A ceasefire is not a peace," the historian says. "A ceasefire can work perfectly and fail as a settlement."',
        (
            "Kestrel Air suspends Durban flights, port union calls 14-day truce\n\n"
            '"This is a truce, not a settlement," the union said on Wednesday. Hauliers on the N3 freight corridor '
            "between Durban and Gauteng said 2,000 trucks had been idle."
        ),
    ],
)
def test_a_truce_said_in_general_or_by_a_union_and_a_freight_corridor_are_no_pause(text: str) -> None:
    assert parse(text).pauses == ()


def test_a_question_about_the_story_s_truce_is_still_of_it() -> None:
    text = "A 72-hour truce took effect in Tripoli at 6 a.m. on Friday.\n\nWill the truce hold?"
    assert len(pause_of(parse(text, datetime.date(2025, 8, 22))).evidence) == 2


def test_corridors_counted_for_some_and_the_rest_for_others_their_noun_left_out() -> None:
    text = (
        "Troops around the town would hold their fire from 8 a.m. to 4 p.m. on March 10, the general said. "
        "Three corridors will be open for civilians, leading west to Sleptsovskaya, and two for the wounded, "
        "who will be taken by ambulance to the military hospital in Mozdok."
    )
    pause = pause_of(parse(text, datetime.date(1996, 3, 9)))
    assert [(c.count, c.beneficiaries, c.destination) for c in pause.corridors] == [
        (3, ("civilians",), "Sleptsovskaya"),
        (2, ("the wounded",), "Mozdok"),
    ]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Lebanon orders eight-hour pause at Nahr al-Bared\n\nThe pause will run from 7 a.m. to 3 p.m. on Thursday.",
            "Nahr al-Bared",
        ),
        ("Sudan's warring sides agree to seven-day ceasefire at Jeddah talks\n\nThe truce starts on Monday.", None),
        ("Civilians can leave through a humanitarian corridor at Wafideen from 09:00 on Tuesday.", None),
    ],
)
def test_a_place_at_which_a_pause_holds_right_after_its_word(text: str, location: str | None) -> None:
    assert pause_of(parse(text, datetime.date(2007, 6, 5))).location == location


def test_a_halt_told_by_a_verb_in_ing_gives_the_pause_its_start() -> None:
    text = (
        'A militia has agreed to a humanitarian truce "for 21 days", the WHO said. The group undertook to stop '
        "attacking army positions and health workers from 6 a.m. on Aug. 5."
    )
    pause = pause_of(parse(text, datetime.date(2019, 8, 1)))
    assert pause.start is not None
    assert pause.start.value == "2019-08-05T06:00"


def test_a_blockade_lifted_for_a_while_is_a_pause_and_lifted_for_good_none() -> None:
    text = (
        "The Group for the Support of Islam and Muslims has lifted its blockade of the northern Malian city of "
        'Timbuktu "for 72 hours" from 6 a.m. on March 2 to let trucks carrying food and fuel in.'
    )
    pause = pause_of(parse(text, datetime.date(2025, 3, 4)))
    assert pause.location == "Timbuktu"
    assert pause.start is not None
    assert pause.start.value == "2025-03-02T06:00"
    assert parse("The government lifted the blockade of the port on Monday.", datetime.date(2025, 3, 4)).pauses == ()


def test_a_count_of_corridors_that_sums_those_told_after_it_is_not_a_set_of_its_own() -> None:
    text = (
        "The general said civilians and the wounded would be allowed out through five corridors on Sunday. "
        "Three corridors will be open for civilians, leading west to Sleptsovskaya, and two for the wounded, "
        "who will be taken to the military hospital in Mozdok."
    )
    pause = pause_of(parse(text, datetime.date(1996, 3, 9)))
    assert [(c.count, c.destination) for c in pause.corridors] == [(3, "Sleptsovskaya"), (2, "Mozdok")]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Tribal leaders in Papua New Guinea's Enga province have signed a truce for 14 days.", "Enga province"),
        ("Fighters in Nigeria's northeastern Borno State agreed to a truce on Monday.", "Borno State"),
        ("Sudan's warring factions agreed to a truce on Monday.", "Sudan"),
    ],
)
def test_a_region_after_the_state_that_introduces_a_pause_is_its_place(text: str, location: str) -> None:
    assert pause_of(parse(text)).location == location


def test_a_halt_told_with_how_long_it_lasts_is_a_pause_though_no_pause_word_names_it() -> None:
    text = (
        "Beirut (AFP) - Israel suspended its air strikes on southern Lebanon for 48 hours on Tuesday to let "
        "civilians leave, its foreign ministry said.\n\nThe suspension began at 6:00 am (0300 GMT) on Tuesday and "
        "is due to end at 6:00 am on Thursday."
    )
    pause = pause_of(parse(text, datetime.date(2024, 10, 15)))
    assert pause.location == "southern Lebanon"
    assert pause.start is not None
    assert pause.start.value == "2024-10-15T06:00"
    assert pause.end is not None
    assert pause.end.value == "2024-10-17T06:00"


def test_the_day_of_what_followed_a_halt_gone_is_not_the_halts() -> None:
    text = (
        "Border fighting rages on after ceasefire collapses\n\n"
        "BISHKEK, Sept 17 (Reuters) - Fighting along the border continued on Saturday after a ceasefire agreed by the "
        "two countries' security chiefs collapsed within hours.\n\nThe security chiefs agreed on Friday to a ceasefire "
        "from 4 p.m. local time, the security service said."
    )
    pause = pause_of(parse(text, datetime.date(2022, 9, 17)))
    assert pause.start is not None
    assert pause.start.value == "2022-09-16T16:00"


TWO_ROADS_STORY = """Israel opens two roads for Gazans fleeing south

GAZA, Oct 14 (Reuters) - Israel's military said on Saturday that Palestinians could travel safely along two main roads
to the south between 10 a.m. and 4 p.m., a day after it told people to move south.

In a statement, the military said it would not carry out operations along the two roads during those hours. It did
not say whether the routes would stay open on Sunday.
"""


def test_a_day_a_sentence_leaves_open_and_a_people_are_no_day_or_place_of_a_pause() -> None:
    """A day "did not say whether the routes would stay open on Sunday" dates nothing; "for Gazans" names no place."""
    pause = pause_of(parse(TWO_ROADS_STORY, datetime.date(2023, 10, 14)))
    assert pause.start is None
    assert pause.location is None


@pytest.mark.parametrize(
    "text",
    [
        "The air force has halted its strikes on the old quarters for 13 days, the minister said.",
        "Aid agencies called on the army to suspend air strikes on the city for 48 hours.",
        "The army halted air strikes on the old quarters on Nov. 11, the minister said.",
        # not won, or missing
        "Talks on Sudan ended in Geneva on Friday with pledges on aid, but without a ceasefire, the envoy said.",
        '"We secured guarantees on food and medicine, but we did not get a ceasefire," the U.S. envoy said on Friday.',
        "UN envoys fail to win Rwanda truce as rebels close in on Kigali",
        "U.S. envoy says draft framework agreed with Taliban; ceasefire still to be settled",
        # a halt nobody said they would keep; one both sides said they would not declare
        (
            "The U.N. mission had urged both sides to hold fire from 4 p.m. to 6 p.m. on Sunday so that the wounded "
            "could be taken out. Neither side said it would observe the pause."
        ),
        "The government and the rebels both said Saturday they would not declare a Christmas ceasefire this year.",
    ],
)
def test_a_halt_that_has_lasted_so_far_or_is_only_asked_for_or_not_won_is_no_pause(text: str) -> None:
    assert parse(text, datetime.date(2024, 11, 24)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        # "on pause" in quotation marks
        'Brennan said a planned rise in the carbon tax would be put "on pause" for a year.',
        # truces in general, after a budget "truce"
        'The two parties agreed a "budget truce" on Friday. The talk of truces came on the eve of the anniversary.',
        # a likeness in quotation marks, and a halt held up against another
        'Rafferty called it "a ceasefire between two parties fighting over who gets the credit".',
        '"That was a real ceasefire, and people risked their lives for it," said a lecturer.',
        # a truce in a transfer war, and truces in general after it
        (
            'Rivals call "truce" in youth transfer war\n\nThe clubs signed a "truce" on Friday. "Our president signs '
            'truces and their president signs our players," a fan said.'
        ),
        # any ceasefire, said in general with what it lacks; a pause held up as a likeness
        '"A ceasefire with no peace treaty behind it is just a pause in the fighting," an economist said.',
        # a business's war and legal battle; a pause hit on a product
        "Halcyon and Kestrel call truce in app store war",
        'The two companies have agreed to a "truce" in their four-year legal battle over app store fees.',
        "AI lab Meridian hits pause on new model",
        # weather stopping play, a sport's boards; a pause in logging
        "Rain forces long pause at Old Trafford as Qadir nears century",
        '"A truce between two boards usually lasts until the next tour," a broadcaster said.',
        "Sri Lanka will impose a six-month pause in logging in the forests along the corridor's route.",
        # a pause in medical care; a halt asked for
        "Cancer patients face a pause in chemotherapy until the storm has passed, the hospital said.",
        'The health officer said he had "asked the flu for a ceasefire until the storm passes".',
        # a corridor in a likeness
        'An official described the licensing arrangement as "a humanitarian corridor for factories".',
        # a pause word told first after another said of something else: the same thing
        (
            'Rival airlines call ceasefire in fare war\n\nTwo airlines have called a "ceasefire" on Friday. Their '
            'founder said the truce would last "at least until the roads reopen".'
        ),
    ],
)
def test_pause_words_said_of_something_else_or_in_general_make_no_pause(text: str) -> None:
    assert parse(text, datetime.date(2024, 8, 30)).pauses == ()


def test_a_pause_moved_on_to_another_place_is_a_second_round_of_its_own() -> None:
    text = (
        "Israel agrees daily pauses for polio vaccination\n\n"
        "GENEVA (Reuters) - Israel has agreed to daily humanitarian pauses in central Gaza from 6 a.m. to 3 p.m. for "
        "three days starting on Saturday so health workers can vaccinate children, the WHO said on Thursday.\n\n"
        "The pauses will then move to southern Gaza, including Khan Younis, for another three days from Wednesday, "
        "Oct. 16, at the same hours, a WHO official said."
    )
    pauses = parse(text, datetime.date(2024, 10, 10)).pauses
    assert [p.location for p in pauses] == ["central Gaza", "southern Gaza"]
    assert [p.start.value[:10] if p.start else None for p in pauses] == ["2024-10-12", "2024-10-16"]


@pytest.mark.parametrize(
    ("title", "location"),
    [
        ("In besieged Dilling, a four-hour daily lull cannot bring down the price of sorghum", "Dilling"),
        ("A week into Lebanon's ceasefire, villagers return to rubble", "Lebanon"),
        ("In Haiti's rice bowl, a harvest truce brings farmers back to the paddies", None),
    ],
)
def test_a_place_that_opens_the_title_is_the_pauses(title: str, location: str | None) -> None:
    text = title + "\n\nResidents said the lull had held since it began, though prices kept rising."
    assert pause_of(parse(text)).location == location


def test_a_halt_told_separately_is_a_pause_of_its_own_though_the_first_was_told_without_its_place() -> None:
    text = (
        "Army to halt operations in Macomia, Rwandans to hold fire in Quissanga\n\n"
        "Maputo, 12 Jun (AIM) - The army will suspend military operations in and around the town of Macomia every day "
        "from 06:00 to 14:00 starting on Friday, 14 June, the defence minister announced on Tuesday.\n\n"
        "The minister said the daily pause would last for as long as families need it.\n\n"
        "Separately, the commander of the Rwandan contingent announced that Rwandan troops would halt all patrols and "
        "operations in Quissanga district on Tuesday, 18 June, from 07:00 to 17:00, so that children can be vaccinated."
    )
    pauses = parse(text, datetime.date(2024, 6, 12)).pauses
    assert [(p.location, p.start.value if p.start else None) for p in pauses] == [
        ("Macomia", "2024-06-14T06:00"),
        ("Quissanga", "2024-06-18T07:00"),
    ]


def test_each_extension_of_a_truce_is_a_pause_from_where_the_one_before_ends() -> None:
    text = (
        "Sudan's army and RSF extend Jeddah truce for a second time, by another 72 hours\n\n"
        "PORT SUDAN, Aug 13 (Reuters) - Sudan's army and the Rapid Support Forces have agreed to extend a nationwide "
        "humanitarian truce by another 72 hours, until 6 a.m. on Sunday, the mediators said on Wednesday.\n\n"
        "The seven-day truce took effect at 6 a.m. (0400 GMT) on Aug. 2 after three weeks of talks. Last Friday the "
        "two sides agreed to extend it by five days, to 6 a.m. on Thursday, the mediators said."
    )
    pauses = parse(text, datetime.date(2025, 8, 13)).pauses
    assert [(p.start.value if p.start else None, p.end.value if p.end else None) for p in pauses] == [
        ("2025-08-02T06:00", "2025-08-09T06:00"),
        ("2025-08-09T06:00", "2025-08-14T06:00"),
        ("2025-08-14T06:00", "2025-08-17T06:00"),
    ]


def test_an_extension_until_a_day_runs_through_that_day() -> None:
    text = (
        "Sudan's army, RSF agree to extend ceasefire by 30 days\n\n"
        "Sudan's army and the RSF have agreed to extend a humanitarian ceasefire by 30 days, until June 10, Saudi "
        "Arabia and the United States said in a joint statement on Saturday. The ceasefire took effect on April 11."
    )
    pauses = parse(text, datetime.date(2025, 5, 10)).pauses
    assert pauses[-1].start is not None
    assert pauses[-1].end is not None
    assert (pauses[-1].start.value, pauses[-1].end.value) == ("2025-05-12", "2025-06-10")


def test_a_similar_truce_declared_before_is_another_halt() -> None:
    text = (
        "OLA declares unilateral ceasefire\n\nADDIS ABABA, June 3, 2025 (AFP) - The Oromo Liberation Army has declared "
        "a unilateral 15-day ceasefire across the Oromia region from Wednesday.\n\nThe OLA declared a similar "
        "unilateral truce in September last year for the Irreechaa thanksgiving festival."
    )
    pauses = parse(text, datetime.date(2025, 6, 3)).pauses
    assert [p.location for p in pauses] == ["Oromia"]


def test_a_pact_of_a_stated_length_is_a_truce() -> None:
    text = (
        "Farmers, herders sign 30-day peace pact\n\nLeaders of farming communities and herders in Bokkos have signed "
        "a 30-day peace pact brokered by the state government. The pact takes effect from Friday."
    )
    assert pause_of(parse(text, datetime.date(2025, 4, 17))).start is not None
    assert parse("The two countries signed a peace pact in 1998.", datetime.date(2025, 4, 17)).pauses == ()


NO_WAR_STORY = """Governors propose 30-day truce as doctors' strike enters third week

NAIROBI, Oct 3 (Reuters) - County governors on Thursday proposed a 30-day truce to the doctors' union, whose
members walked out of public hospitals two weeks ago over unpaid salaries and delayed promotions. Under the
proposal, the union would call off its action while a joint committee reviews pay scales, and counties would
release arrears owed since June. The union's secretary general said members would study the offer at a meeting
on Saturday but warned that a truce without a signed deal would not end the dispute. The national teaching
hospital has postponed elective surgery and turned away outpatients, and private clinics have raised their fees.
Patients' groups urged both sides to accept the pause and return to talks. Health officials said about 4,000
operations had been postponed since the walkout began, and that mothers in labour were being sent to mission
hospitals. The union accused governors of bad faith; the governors said their offer stood until Monday, when
the council meets to review budgets, grants, transfers, allowances and the status of interns across the counties.
"""


def test_a_long_story_that_names_no_war_has_no_pause_and_no_halt() -> None:
    report = parse(NO_WAR_STORY)
    assert report.pauses == ()
    assert not [e for e in report.events if e.kind is EventKind.CEASEFIRE]


def test_two_words_of_war_keep_the_truce_of_a_long_story() -> None:
    text = NO_WAR_STORY.replace(
        "proposed a 30-day truce to the doctors' union", "proposed a 30-day truce to the rebels"
    ).replace("have raised their fees", "have treated the wounded")
    assert len(parse(text).pauses) == 1


def test_one_word_of_war_alone_does_not_make_a_long_story_one_of_war() -> None:
    text = NO_WAR_STORY.replace("have raised their fees", "have treated people displaced by floods")
    assert parse(text).pauses == ()


RESTORED_CEASEFIRE_STORY = (
    "Underground group to restore ceasefire from midday Sunday\n\n"
    "The underground group has announced it will restore the ceasefire it abandoned 17 months ago, with effect from "
    "midday on Sunday. In a statement issued to news outlets, the group said it had ordered the restoration of its "
    "ceasefire and had instructed its units accordingly. The announcement clears the way for its political wing to "
    "enter the talks, and the minister said the government would watch whether the ceasefire held in word and deed "
    "for six weeks before inviting the party to the table. The previous ceasefire ended when a lorry bomb in the "
    "capital killed two people and injured more than 100. One unionist party rejected the ceasefire as a tactical "
    "manoeuvre and said it would not sit down with the front men of terror, while the prime minister said the "
    "statement must be for real and backed by actions, and the neighbouring government welcomed it."
)


def test_a_bomb_and_terror_are_words_of_war() -> None:
    """A truce restored after a bombing campaign, told with few other words of war, is a pause."""
    assert RESTORED_CEASEFIRE_STORY.count(" ") >= 150
    report = parse(RESTORED_CEASEFIRE_STORY, datetime.date(1997, 7, 19))
    assert [p.start.value if p.start else None for p in report.pauses] == ["1997-07-20T12:00"]


DERBY_STORY = """Rival ultras declare "ceasefire" for charity derby

WARSAW, Sept 18 (Reuters) - Hardcore supporters of the city's two biggest football clubs, whose rivalry has
produced years of street fighting, have declared a "ceasefire" for Sunday's charity match, the clubs said on
Friday. The ultras signed a statement promising no flares and no fighting before, during or after the match.
About 25,000 fans are expected at the stadium, and the league hopes to raise money from tickets and a televised
auction for families who lost their homes in floods. The referee for the derby was named on Thursday, and both
coaches said their players would wear the same shirts for the warm-up. Police said that some 1,400 officers would
be on duty and that two fenced routes would lead from separate tram stops to opposite ends of the ground, so that
the two sets of supporters never meet. Club officials said the truce would be tested again at the league derby in
November, when the stands are sold out and the police presence is usually twice as large as on Sunday.
"""


def test_a_story_of_another_world_than_war_has_no_pause() -> None:
    """Seven words of sport against two of war (fighting, armed): the ultras' truce halts no war."""
    text = DERBY_STORY.replace("some 1,400 officers", "some 1,400 armed officers")
    assert "armed" in text
    report = parse(text)
    assert report.pauses == ()
    assert not [e for e in report.events if e.kind is EventKind.CEASEFIRE]


SUPERMARKET_PRICE_WAR_STORY = """Supermarkets call "ceasefire" in price war

LONDON, June 10 (Reuters) - Two of Britain's biggest supermarket chains said on Tuesday they would pause their
weekly round of discounts for 30 days from Monday, calling a "ceasefire" in a price war that has wiped millions
of pounds off their profits since January. Shoppers have switched between the two grocery retailers every week
as each matched the other's offers on milk, bread and fruit, and analysts said the truce was the first sign that
the chains were worried about their margins. Consumer groups said the pause would not last long. "Thirty days is
a long time in the grocery market," one analyst said. The two companies denied any coordination and said each had
taken its decision alone, and the competition regulator said it would watch the market closely for any sign of
collusion between them. Smaller rivals said they would keep cutting prices through the summer, and one of them
said the casualties of the war had been suppliers, who had been squeezed hardest over the past six months.
"""


def test_a_price_war_s_ceasefire_between_shops_has_no_pause() -> None:
    """Six words of shops against two of war ("the casualties of the war"): a truce in prices."""
    report = parse(SUPERMARKET_PRICE_WAR_STORY)
    assert report.pauses == ()


VOLCANO_STORY = """Fuego volcano quiets, but evacuation corridors stay open

GUATEMALA CITY (AP) - Guatemala's Fuego volcano entered a pause in eruptive activity on Monday after three days of
explosions, volcanologists said, but authorities kept three evacuation corridors open on the highways around it.
Lava flows stopped advancing down the southern ravines overnight, and ash from the eruption fell on towns as far as
30 kilometers away. "A pause is not the end of an eruption," one volcanologist said, adding that magma was still
rising. Two teams of scientists who had argued for months over how to read the volcano's tremors called a truce
to share their data. Soldiers helped move about 4,000 people to shelters in schools and churches, and the disaster
agency said it would decide on Wednesday whether families could go home. The volcano killed hundreds in 2018, when
a pyroclastic flow buried villages on its flanks. Seismologists said the tremors had fallen to a tenth of their
level on Saturday but warned that Fuego, one of the most active volcanoes in Central America, could erupt again.
"""


def test_a_volcano_s_pause_and_its_evacuation_corridors_are_no_pause() -> None:
    """Eight words of volcanoes against two of war (soldiers, killed): a pause in eruptions."""
    assert parse(VOLCANO_STORY).pauses == ()


UNIVERSITY_STORY = """Lecturers call 'ceasefire' but students stay in corridors

Lecturers at the university have agreed what their union calls a "ceasefire" with management, pausing a
marking boycott that had left thousands of students waiting for grades. The boycott would be "paused" for six weeks
while talks continue over the plan to cut jobs, the union said on Monday. About 60 students who have occupied the
corridors of the main building since February say they will not leave until the cuts are withdrawn. "A ceasefire
between the union and management changes nothing for us," said one of the organisers. The boycott meant that exam
scripts were not marked, and some undergraduates feared they would not graduate. "This is a ceasefire, not a peace
deal," said the president of the union branch, who called the cuts a war on the campus. The vice-chancellor said
the university would review tuition for the next semester, and that the occupation had cost it money; the union
said the curriculum would suffer if the cuts went ahead, and lecturers would not mark again if they did.
"""


def test_a_university_s_ceasefire_with_its_lecturers_has_no_pause() -> None:
    """Words of universities, more by three than of war (war, occupied, occupation): a labour dispute."""
    assert parse(UNIVERSITY_STORY).pauses == ()


FEUD_STORY = """Two tycoons call 'ceasefire' in online feud

NEW YORK, May 4 (Reuters) - Two billionaires who have traded insults online for months said on Monday they had
agreed a "ceasefire" and would pause all posts about each other for 60 days. The feud began in January, when one
called the other's electric-truck company "a bonfire of cash"; the other replied to his 20 million followers that
his rival was "fighting a war he has already lost". Shares of the truck maker fell 9% that week, wiping about
$4 billion off its market value, and analysts said the share price had not recovered. Shareholders of both companies
had urged the pair to stop, and one large investor said the battle had cost everyone money. "The ceasefire is
good news for the share price," said a fund manager who owns stock in both. A spokesman for one of the billionaires
said the truce would be reviewed in July. Lawyers for the two men said a defamation lawsuit filed in March would go
ahead, and both companies said their quarterly earnings would be published as planned later this month.
"""


def test_a_feud_between_billionaires_on_social_media_has_no_pause() -> None:
    """Words of markets and social media (followers, market value, share price) outnumber those of war by three."""
    assert parse(FEUD_STORY).pauses == ()


COUNSELLING_STORY = """A marriage counsellor on the household ceasefire

After 30 years in practice, a counsellor in Manchester has one rule for couples who argue: agree a ceasefire of 24
hours on the subject that hurts most. "Most marriages do not fail over money or chores," she said. "They fail
because nobody ever stops fighting the same war." The couples she sees are told to pause any argument that starts
after ten at night and to come back to it in the morning, not to prepare the next attack. Her counselling sessions
last an hour, and she asks both partners to name one thing the other did well that week before either names a
complaint. A ceasefire, she said, is not a peace treaty: "You are just agreeing to stop making things worse." Many
couples arrive after years of rows, some already talking of divorce, and she refers about one in ten to a
therapist who works on anger. Other counsellors use similar rules, she said, though few call them a truce, and
fewer still expect the rules to end every argument at home between two people who live under the same roof.
"""


def test_a_counsellor_s_ceasefire_between_couples_has_no_pause() -> None:
    """Seven words of married life against three of war (fighting, war, attack): the ceasefire halts no war."""
    assert parse(COUNSELLING_STORY).pauses == ()


def test_enough_words_of_war_keep_the_truce_of_a_story_of_another_world() -> None:
    text = DERBY_STORY.replace(
        'have declared a "ceasefire" for Sunday\'s charity match',
        'have declared a "ceasefire" for Sunday\'s charity match as rebels, troops and militias shelled the'
        " besieged city and killed dozens in air strikes",
    )
    assert "besieged" in text
    assert len(parse(text).pauses) == 1


def test_a_brief_that_names_no_war_keeps_its_truce() -> None:
    report = parse("Sides agree truce in Kadugli\n\nThe two sides agreed a 72-hour truce in Kadugli from Friday.\n")
    assert pause_of(report).location == "Kadugli"


def test_the_signing_told_next_dates_the_truce_but_does_not_place_it() -> None:
    report = parse(
        "Clans sign truce\n\nLeaders of two clans in Papua New Guinea's Enga province have signed a truce for 14 days,"
        " police say.\nThe leaders signed the agreement at a ceremony in the provincial capital, Wabag, on Saturday.\n"
    )
    pause = pause_of(report)
    assert pause.location == "Enga province"
    assert pause.start is not None
    assert pause.start.value == "2016-10-29"


@pytest.mark.parametrize(
    "title", ["Clans sign truce", "Rebels agree truce", "Elders broker truce", "Troops will observe truce"]
)
def test_a_plural_subject_of_the_title_is_no_place(title: str) -> None:
    report = parse(f"{title}\n\nThe two sides agreed a truce on Friday.\n")
    assert pause_of(report).location is None


def test_a_name_before_a_modifier_of_the_pause_word_is_its_place() -> None:
    report = parse("Hodeidah daily truce holds\n\nThe two sides kept to the truce on Friday.\n")
    assert pause_of(report).location == "Hodeidah"


@pytest.mark.parametrize(
    "sentence",
    [
        "The central bank kept its rate at 12%, extending a pause in interest-rate hikes to a third meeting.",
        "The ministry said a pause in its anti-dumping investigation into canola would be extended.",
        "The government called off a planned two-week pause in gas supplies to export industries.",
        'Chinese ports will open a "green corridor" to speed customs checks for peas and pork.',
        '"Call it a ceasefire if you like, but both sides keep digging trenches," the analyst said.',
    ],
)
def test_pauses_and_corridors_of_rates_probes_supplies_and_customs_are_none(sentence: str) -> None:
    text = f"Markets rise\n\nISLAMABAD, Nov 4 (Reuters) - {sentence} Two guards were killed in an attack on a convoy.\n"
    assert parse(text).pauses == ()


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The two sides agreed to stop fighting from midnight on Friday.", "2016-11-04T00:00"),
        (
            (
                "The DGMOs of India and Pakistan agreed over the hotline on Tuesday to stop all firing along the"
                " Line of Control from 5 p.m. IST."
            ),
            "2016-11-01T17:00",
        ),
        ("The rebels said they would suspend all offensive military actions indefinitely from Friday.", "2016-11-04"),
        ("The army was ordered to suspend counterinsurgency offensives against the rebels from Friday.", "2016-11-04"),
    ],
)
def test_a_halt_to_come_told_from_when_it_holds_is_a_pause(sentence: str, start: str) -> None:
    pause = pause_of(parse(f"Sides agree\n\n{sentence}\n"))
    assert pause.start is not None
    assert pause.start.value == start


def test_a_halt_done_from_a_clock_time_is_a_pause_but_not_one_done_from_time_to_time() -> None:
    # a halt done from a clock time is timed as one done at it ("suspended offensive operations at 8 a.m.")
    assert len(parse("Sides agree\n\nTroops stopped fighting from midnight on Friday.\n").pauses) == 1
    assert parse("Sides agree\n\nTroops stopped fighting from time to time.\n").pauses == ()


def test_the_day_another_measure_begins_is_not_the_pause_s() -> None:
    report = parse(
        'Separatists order lockdown\n\nSeparatist fighters have ordered a five-day "lockdown" starting Monday, but'
        " say they will pause all attacks for three weeks from Nov. 20 so that students can sit their exams.\n"
    )
    pause = pause_of(report)
    assert pause.start is not None
    assert pause.start.value == "2016-11-20"


@pytest.mark.parametrize(
    "measure",
    ["joint patrols from March 15", "a withdrawal of heavy weapons starting on March 15", "elections from March 15"],
)
def test_the_day_a_measure_after_the_halt_begins_is_not_the_pause_s(measure: str) -> None:
    report = parse(
        f"MOSCOW (AFP) - Turkey and Russia agreed on Thursday a truce in Idlib from midnight and {measure}.\n",
        datetime.date(2020, 3, 6),
    )
    assert start_of(report) == "2020-03-06T00:00"


def test_a_halt_for_a_number_of_weeks_is_a_pause() -> None:
    report = parse(
        "Strikes halted\n\nThe air force suspended its air strikes on Kadugli for two weeks, the army said.\n"
    )
    assert pause_of(report).duration == datetime.timedelta(weeks=2)


def test_one_corridor_of_a_stated_length_makes_a_pause() -> None:
    report = parse(
        "Gangs agree corridor\n\nThe gang coalition has agreed to let fuel trucks leave the Varreux terminal through a"
        " 48-hour humanitarian corridor starting at 6:00 am on Thursday, the agency said.\n"
    )
    pause = pause_of(report)
    assert [c.count for c in pause.corridors] == [1]
    assert pause.duration == datetime.timedelta(hours=48)
    assert pause.start is not None
    assert pause.start.value == "2016-11-03T06:00"


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty aid groups urge the government to back an immediate ceasefire.",
        'Many protesters carried placards reading "Ceasefire now" and "How many more?".',
        "Negotiators met in Cairo on Saturday to try to broker a six-week truce, but no agreement was reached.",
        'The minister said the government wanted "a pause that leads to a sustainable ceasefire".',
        '"Airdrops and pauses of a few hours will not feed 2.2 million people," the letter said.',
        "Al-Maqdashi said the attacks on ships would go on until a cease-fire takes hold in Gaza.",
        "The talks in Abu Dhabi ended on Thursday without any agreement on a ceasefire.",
        "Diplomats had hoped the talks would produce at least a truce to let aid reach the west.",
        "No date has been set for a truce to begin, and fighting continued on Thursday.",
    ],
)
def test_halts_backed_chanted_tried_for_wanted_or_said_of_any_kind_are_none(sentence: str) -> None:
    text = f"Thousands march in London\n\nLONDON, March 2 (Reuters) - {sentence} Gaza has been bombed for months.\n"
    assert parse(text).pauses == ()


@pytest.mark.parametrize(
    "sentence",
    [
        'The president urged "all forces" to stop fighting, but he did not announce a cease-fire.',
        'The governor said the region "will not be a corridor for anybody\'s war".',
        "Corvex and Haiwen call patent truce after a five-year fight.",
    ],
)
def test_a_ceasefire_not_announced_a_corridor_not_to_be_and_a_patent_truce_are_none(sentence: str) -> None:
    text = f"Clashes go on\n\nNAIROBI, Oct 9 (AP) - {sentence} Fighting killed 17 soldiers on Wednesday.\n"
    assert parse(text).pauses == ()


def test_a_halt_to_come_timed_by_the_next_sentence_is_a_pause() -> None:
    report = parse(
        "Government and armed group sign agreement\n\nThe government and the group signed a humanitarian agreement"
        " under which the security forces will suspend offensive operations against its members. The suspension"
        " will take effect at 00:00 on December 1 and last 90 days.\n"
    )
    pause = pause_of(report)
    assert pause.start is not None
    assert pause.start.value == "2016-12-01T00:00"


def test_a_halt_to_come_followed_by_no_time_is_no_pause() -> None:
    text = (
        "Talks go on\n\nThe government said the security forces will suspend offensive operations. The suspension"
        " is meant to build trust.\n"
    )
    assert parse(text).pauses == ()


def test_a_halt_in_striking_told_from_a_time_is_a_pause() -> None:
    report = parse(
        "Kremlin announces energy truce\n\nThe Kremlin said on Oct. 26 that Russian forces would stop striking"
        " Ukraine's energy infrastructure from 00:00 Moscow time on Oct. 28 until 00:00 on Nov. 7.\n"
    )
    pause = pause_of(report)
    assert pause.start is not None
    assert pause.end is not None
    assert (pause.start.value, pause.end.value) == ("2016-10-28T00:00", "2016-11-07T00:00")


@pytest.mark.parametrize(
    "sentence",
    [
        "South African dockworkers call 'ceasefire' with port operator after a two-week strike.",
        "French and British fishermen agreed a truce in the scallop war on Friday.",
        "Conservationists welcomed Iceland's pause in fin whaling.",
        "The statement made no mention of a ceasefire.",
        '"Call it what you like. Ceasefires are fragile," the chairman said.',
    ],
)
def test_workers_and_fishers_truces_whaling_pauses_and_halts_in_general_are_none(sentence: str) -> None:
    text = f"Deal signed\n\nCAEN, Nov 14 (Reuters) - {sentence} Clashes killed two men last year.\n"
    assert parse(text).pauses == ()


def test_a_permanent_ceasefire_committed_to_with_immediate_effect_is_the_story_s() -> None:
    report = parse(
        "Sides sign framework\n\nDOHA, Oct. 29 (Xinhua) -- The government and the rebels signed a framework here on"
        " Saturday, committing both sides to a permanent ceasefire in eastern DRC with immediate effect.\n"
    )
    pause = pause_of(report)
    assert pause.location == "eastern DRC"
    assert pause.start is not None
    assert pause.start.value == "2016-10-29"


def test_an_election_ceasefire_of_armed_gangs_is_a_pause() -> None:
    report = parse(
        "Haiti gangs announce election 'ceasefire'\n\nHaiti's most powerful gang coalition has announced a 15-day"
        ' "ceasefire" in Port-au-Prince from Dec. 1 to Dec. 15, saying it wants residents to collect their voting'
        " cards. Gangs killed at least 14 people in an attack on Cabaret last week.\n"
    )
    pause = pause_of(report)
    assert pause.location == "Port-au-Prince"
    assert pause.start is not None
    assert pause.start.value == "2016-12-01"


def test_a_corridor_pressed_for_is_none() -> None:
    text = (
        "Lawmakers write to minister\n\nLONDON, Nov 4 (Reuters) - Sixty-two lawmakers proposed that Britain press at"
        " the U.N. Security Council for a humanitarian corridor from Chad into North Darfur. Fighting killed dozens"
        " of civilians last week.\n"
    )
    assert parse(text).pauses == ()


def test_stars_and_rappers_truces_are_none() -> None:
    text = (
        "Stars call truce\n\nLOS ANGELES (AP) - The feuding stars of a streaming hit have called a truce, their"
        " representatives said. A war of words had raged for months and fans protested outside the studio.\n"
    )
    assert parse(text).pauses == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "What is a humanitarian corridor? Aid workers have asked for years.",
        "A humanitarian corridor is not a ceasefire, aid workers say.",
        "Unlike a ceasefire, which is meant to halt fighting along a whole front line, it covers one road.",
    ],
)
def test_corridors_and_ceasefires_defined_or_contrasted_are_none(sentence: str) -> None:
    text = f"Explainer\n\nLONDON, Nov 12 - {sentence} Fighting has killed thousands in the city since April.\n"
    assert parse(text).pauses == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve nations declared a 'ceasefire' on new oil licences on Tuesday.",
        'Twelve countries declared what the minister called "a ceasefire with the planet" on Tuesday.',
    ],
)
def test_ceasefires_on_licences_and_with_the_planet_are_none(sentence: str) -> None:
    text = (
        f"Climate talks\n\nBELEM, Nov 18 (Reuters) - {sentence} Protesters said wars and floods displaced millions.\n"
    )
    assert parse(text).pauses == ()


def test_a_halt_in_air_strikes_from_a_day_keeps_that_day() -> None:
    report = parse("Strikes halted\n\nIsrael will suspend air strikes from Friday for 48 hours, the army said.\n")
    pause = pause_of(report)
    assert pause.start is not None
    assert pause.start.value == "2016-11-04"


def test_the_clock_a_pause_took_effect_at_wins_over_the_clock_of_its_announcement() -> None:
    report = parse(
        "Trump said on his platform at about 6 p.m. Washington time (2200 GMT) on Monday that Israel and Iran "
        'had agreed to "a complete and total ceasefire".\n\n'
        "The Israeli military said the ceasefire took effect at 7 a.m. Israel time (0400 GMT) on Tuesday.\n",
        datetime.date(2025, 9, 23),
    )
    start = pause_of(report).start
    assert start is not None
    assert start.value == "2025-09-23T07:00"


def test_a_truce_agreed_in_the_evening_took_effect_at_the_midnight_after() -> None:
    report = parse(
        "Lebanon and Syria have agreed to a ceasefire along the border near Hermel, effective at midnight, the two "
        "countries' defence ministries said.\n\nThe two ministers agreed on the truce in a phone call on Monday "
        "evening, the Lebanese Defence Ministry said in a statement. The ceasefire took effect at midnight "
        "(22:00 GMT).\n",
        datetime.date(2025, 11, 18),
    )
    start = pause_of(report).start
    assert start is not None
    assert start.value == "2025-11-18T00:00"


def test_a_pause_appealed_for_in_a_headline_is_none() -> None:
    text = (
        "UN appeal for humanitarian pause in Kyaukphyu goes unanswered as fighting rages\n\n"
        "Fighting between the army and the rebels around the port town entered its third week on Thursday, "
        "and air strikes killed at least 27 people, residents said.\n"
    )
    assert parse(text).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        (
            "MSF teams on Monday helped evacuate 27 patients from Marjayoun hospital during a four-hour window "
            "agreed by the Israeli army. The window ran from 10:00 to 14:00 local time."
        ),
        (
            "The Israeli military will allow residents of two border villages to return briefly to collect their "
            'belongings, in a "window" that will run "from 7 a.m. to 11 a.m. on Friday," the Lebanese army said.'
        ),
    ],
)
def test_a_window_timed_in_hours_or_by_the_clock_is_a_pause(text: str) -> None:
    pause = pause_of(parse(text))
    assert pause.duration == datetime.timedelta(hours=4)


@pytest.mark.parametrize(
    "text",
    [
        '"Today shows it can be done. But a six-hour window cannot be the only door out of Gaza," she said.',
        "The company has a two-hour window to file its results.",
        "Voters had a 12-hour window to cast their ballots.",
    ],
)
def test_a_window_quoted_or_of_another_kind_is_no_pause(text: str) -> None:
    assert parse(text).pauses == ()


def test_the_day_a_pause_took_effect_wins_over_the_day_of_its_suspension() -> None:
    report = parse(
        "The government announced on Tuesday that it will suspend its bilateral ceasefire with the armed group "
        "as of Wednesday, after an attack on a police patrol in Putumayo.\n\n"
        "The ceasefire with the group took effect on Aug. 1 and was to last six months.\n",
        datetime.date(2024, 10, 15),
    )
    start = pause_of(report).start
    assert start is not None
    assert start.value == "2024-08-01"


def test_the_first_day_of_a_range_from_one_day_to_another_begins_the_pause() -> None:
    report = parse(
        'The leader of the gang declared a 10-day "ceasefire" for the holidays in a video posted on Monday, '
        "saying his men would not attack police or residents from Dec. 24 to Jan. 2.",
        datetime.date(2025, 12, 16),
    )
    start = pause_of(report).start
    assert start is not None
    assert start.value == "2025-12-24"


def test_a_halt_in_military_activity_told_from_a_time_is_the_pause() -> None:
    report = parse(
        "The Israeli military announced late Saturday that it would halt military activity in Deir al-Balah from "
        '10 a.m. to 6 p.m. (0700-1500 GMT) every day, starting Sunday and "until further notice."',
        datetime.date(2025, 7, 30),
    )
    pause = pause_of(report)
    assert pause.location == "Deir al-Balah"
    assert pause.start is not None
    assert pause.start.value == "2025-07-27T10:00"


def test_guns_that_will_fall_silent_at_stated_hours_are_the_pause() -> None:
    report = parse(
        "President offers new pause\n\nCOLOMBO (AP) — The president has offered a new humanitarian pause in the "
        'besieged town of Kilinochchi. The rebels on Friday dismissed the offer as "a surrender notice."\n\n'
        "The guns around Kilinochchi will fall silent on Sunday from 10 a.m. to 2 p.m. (0430-0830 GMT), the Defense "
        "Ministry said in a statement late Thursday. The army will open a corridor for fighters who surrender their "
        "weapons and three corridors for civilians, the ministry said.\n",
        datetime.date(2008, 12, 19),
    )
    start = pause_of(report).start
    assert start is not None
    assert start.value == "2008-12-21T10:00"


def test_a_ceasefire_proposed_rejected_and_off_the_agenda_is_no_pause() -> None:
    text = (
        "Prisoner swap agreed, no truce\n\n"
        "Ukrainian negotiators said on Tuesday they had again proposed a 30-day ceasefire, which Russia rejected. "
        'Moscow\'s envoy said a ceasefire was "not on the agenda" while Ukrainian troops remained on Russian soil. '
        "Russian drones struck Kharkiv overnight, killing two people.\n"
    )
    assert parse(text).pauses == ()


def test_an_offer_of_a_truce_rejected_is_no_pause() -> None:
    text = (
        "Haiti rejects gangs' 'truce' offer\n\n"
        'PORT-AU-PRINCE (AP) - Haiti\'s prime minister on Monday rejected an offer of a "truce" from a gang '
        "coalition as police and foreign troops pressed an offensive in the hills above the capital, where gunmen "
        "killed at least 14 people last week.\n"
    )
    assert parse(text).pauses == ()


def test_a_ceasefire_neither_side_has_announced_is_no_pause() -> None:
    text = (
        "Eid brings no respite\n\n"
        "KABUL (AP) - With the Eid holiday beginning on Tuesday, neither the government nor the insurgents has "
        "announced a cease-fire, and fighting raged on Saturday in at least 20 provinces, officials said.\n"
    )
    assert parse(text).pauses == ()


def test_the_day_of_an_occasion_in_the_possessive_is_not_the_pause_s() -> None:
    text = (
        "Rebels declare election truce\n\n"
        "YAOUNDE (AP) - Separatist fighters say they will observe a four-day cease-fire to protect voters in "
        "Sunday's elections, a spokesman said, after attacks killed 12 soldiers last month.\n"
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2026, 2, 18)))
    assert pause.start is None  # not 22 February, the elections' day


def test_a_day_the_ceasefire_applies_from_begins_it() -> None:
    text = (
        "Army and rebels trade blame over breaches of China-brokered cease-fire\n\n"
        "BANGKOK (AP) - Myanmar's military and an alliance of armed groups accused each other Wednesday of breaking "
        "a China-brokered cease-fire in northern Shan state less than a week after it took effect, while one rebel "
        "group kept fighting in the west.\n\nThe cease-fire, agreed at talks in Kunming, was to apply from Jan. 11 "
        "in areas along the border.\n"
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2024, 1, 17)))
    assert pause.start is not None
    assert pause.start.value == "2024-01-11"  # not the Wednesday the two sides traded blame


def test_our_before_a_ceasefire_is_no_place() -> None:
    text = (
        "Rebels say truce holds\n\n"
        '"Our cease-fire is for the north," a rebel spokesman said on Monday, as air strikes killed seven people '
        "and troops shelled villages.\n"
    )
    assert pause_of(ceasefire.parse(text, datetime.date(2024, 1, 17))).location is None


def test_a_halt_quoted_after_its_modal_times_the_truce_and_a_faith_is_no_place() -> None:
    text = (
        "Sudan army chief declares three-day Eid truce\n\n"
        "Khartoum (AFP) - Sudan's army chief on Monday declared a three-day truce for the Muslim holiday of "
        "Eid al-Adha.\n\nIn a televised address, General Othman al-Amin said the armed forces would "
        '"halt all offensive operations" on all fronts for three days from Wednesday, the first day of Eid.\n'
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2023, 6, 26)))
    assert pause.start is not None
    assert (pause.start.value, pause.location) == ("2023-06-28", "Sudan")


def test_a_permanent_cessation_signed_in_quotation_marks_is_the_story_s() -> None:
    text = (
        "Government and rebels sign deal\n\n"
        "PRETORIA, Nov. 2 (Xinhua) -- The government and the rebels on Wednesday signed an agreement on a "
        '"permanent cessation of hostilities" to end two years of war, the African Union announced here.\n\n'
        "Under the agreement, the cessation of hostilities takes effect immediately. Fighters are to hand over heavy "
        "weapons within 45 days.\n"
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2022, 11, 2)))
    assert pause.start is not None
    assert pause.start.value == "2022-11-02"


def test_a_day_a_truce_in_force_at_once_runs_until_does_not_start_it() -> None:
    text = (
        "Khartoum, SPLA sign truce at Machakos\n\n"
        "NAIROBI, October 21 - The government and the SPLA have signed a memorandum of understanding on a "
        "cessation of hostilities that will remain in force while the talks continue.\n\n"
        "The cessation of hostilities took effect immediately and commits both sides to refrain from any attack "
        "until December 31, when it will be reviewed.\n"
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2002, 10, 21)))
    assert pause.start is None or not pause.start.value.startswith("2002-12-31")
    assert pause.end is not None
    assert pause.end.value.startswith("2002-12-31")


def test_the_day_of_a_speech_that_makes_a_truce_does_not_start_it() -> None:
    text = (
        "Army declares Eid truce\n\n"
        "In a televised address on Sunday night, the army chief said the armed forces would "
        '"halt all offensive operations" across the country from the first day of the holiday, which is expected to '
        "fall on Wednesday. Rebels rejected the truce and shelled the city, killing five.\n"
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2024, 4, 8)))
    assert pause.start is not None
    assert pause.start.value == "2024-04-10"


ORCHESTRA_STORY = """Orchestra musicians call truce in strike

SEATTLE (AP) - Striking musicians of a symphony orchestra and its management have agreed a "truce" and a 45-day
pause in negotiations, the musicians' union said Tuesday, ending a walkout that cancelled 11 concerts and left
ticket holders waiting for refunds. The players will return to rehearsals next week under their old contract while
a mediator reviews the pay offer. "We have not won this war, but we can stop fighting about it for a while," the
orchestra's principal cellist said. Management said it had lost about $2 million in ticket sales since the picket
lines went up in October, and that the conductor had agreed to lead the first concert back at no fee. The strikes,
the first in the orchestra's history, drew crowds of supporters to the concert hall, and a retired musician who
joined the picket lines said nobody had been killed by a bad contract, but careers had been. The next concert is
set for Friday.
"""


def test_an_orchestra_s_truce_in_its_musicians_strike_has_no_pause() -> None:
    """Words of music and labour (musicians, orchestra, rehearsals, walkout) outnumber those of war by three."""
    assert ceasefire.parse(ORCHESTRA_STORY).pauses == ()


DOCKERS_STORY = """Dockers call Christmas truce in port strikes

LONDON, Dec 10 (Reuters) - Dock workers at Britain's busiest container port will suspend their strikes over the
Christmas season under a "truce" announced by their union on Tuesday, easing retailers' fears of delayed
deliveries. The union said its members would return to work on Friday and that a 60-day cooling-off period would
follow while the two sides resume collective bargaining over the pay offer. The walkouts, the third wave since the
summer, have left thousands of containers stranded and forced ships to divert to other ports. "Shoppers will get
their presents," one union official said of a war of attrition in which nobody was killed, adding that dockers had
lost more than a week of pay. The port operator said it welcomed the pause and hoped a pay deal could be reached
before the new year, while retailers said the industrial action had already cost them millions in lost sales.
Safety corridors in the terminal will stay fenced off while new cranes are tested, the operator said, and overtime
bans will also be lifted.
"""


def test_a_dockers_truce_in_their_strikes_has_no_pause() -> None:
    """Words of labour (dockers, walkouts, pay offer, industrial action) outnumber those of war (strikes)."""
    assert ceasefire.parse(DOCKERS_STORY).pauses == ()


@pytest.mark.parametrize(
    ("signed", "after", "start"),
    [
        ("on Thursday evening", "72 hours", "2014-01-26"),  # whole days from a day: the day
        ("at 6 p.m. on Thursday", "36 hours", "2014-01-25T06:00"),  # hours from a clock time: the time
        ("on Thursday evening", "36 hours", None),  # hours from a day alone: no day told
    ],
)
def test_a_truce_that_takes_effect_a_while_after_signing_starts_then(
    signed: str, after: str, start: str | None
) -> None:
    text = (
        "Rivals sign 30-day cessation of hostilities\n\n"
        f"ADDIS ABABA (AP) - The deal, signed {signed} after weeks of talks, will take effect {after} after "
        "signing, the mediators said. Fighting has killed thousands of people and displaced 500,000.\n"
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2014, 1, 24)))
    assert (pause.start.value if pause.start is not None else None) == start


def test_a_truce_to_take_effect_a_while_after_signature_on_a_date_starts_on_that_date() -> None:
    text = (
        "The six states signed the accord on July 10. The ceasefire was to take effect 24 hours after signature, "
        "on July 11, but fighting continued in the eastern provinces throughout July and August."
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(1999, 9, 1)))
    assert pause.start is not None
    assert pause.start.value == "1999-07-11"


@pytest.mark.parametrize(
    ("within", "start"),
    [
        ("within 72 hours of signing", "2003-06"),  # the day is not told: the month only
        ("within 24 hours, by Friday evening", "2003-06-20"),  # the day the while runs out by
    ],
)
def test_a_truce_that_takes_effect_within_a_while_starts_by_its_day_or_in_its_month(within: str, start: str) -> None:
    text = (
        "Rivals sign ceasefire in Accra\n\n"
        "The government and the two rebel movements yesterday signed a ceasefire agreement in Accra, which is to "
        f"take effect {within}, the mediators said. Fighting has displaced tens of thousands.\n"
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2003, 6, 18)))
    assert pause.start is not None
    assert pause.start.value == start


@pytest.mark.parametrize(
    ("halt", "start"),
    [
        ("hostilities must cease within 72 hours of signing", "2006-09"),  # no day told: the month only
        ("hostilities are to cease at 6 p.m. (1600 GMT) on Sunday, 72 hours after the signing", "2006-09-10T18:00"),
    ],
)
def test_the_time_an_accord_sets_for_hostilities_to_cease_starts_its_ceasefire(halt: str, start: str) -> None:
    text = (
        "Burundi and FNL sign ceasefire\n\n"
        "BUJUMBURA - The government and the rebel movement signed a comprehensive ceasefire agreement in Dar es "
        f"Salaam on Thursday, September 7, after 13 years of civil war.\n\nUnder the agreement, {halt}. A joint "
        "mechanism of the two parties and the African Union will oversee the truce.\n"
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2006, 9, 8)))
    assert pause.start is not None
    assert pause.start.value == start


def test_a_corridor_with_no_truce_opens_on_its_day_not_the_day_it_was_reached() -> None:
    text = (
        "Warring sides agree aid corridor to El Obeid\n\n"
        "PORT SUDAN (Reuters) - The army and the RSF have agreed to let UN convoys reach El Obeid along a "
        "humanitarian corridor from Kosti, the UN said on Wednesday. The agreement does not include a truce, and "
        "fighting around the city killed 12 people.\n\n"
        "Under the arrangement, reached on Monday after talks in Port Sudan, the corridor will open on Thursday "
        "for an initial 30 days.\n"
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2025, 12, 3)))
    assert pause.kind is not ceasefire.PauseKind.TRUCE  # "does not include a truce" names none
    assert pause.start is not None
    assert pause.start.value == "2025-12-04"


@pytest.mark.parametrize(
    "lead",
    [
        # accepted by one side, turned down by the other
        (
            'Sudan\'s army said on Wednesday it had accepted a proposal by the UN envoy for a "humanitarian ceasefire" '
            "around El Fasher, but the RSF had already turned it down, leaving no truce in place."
        ),
        # reports denied
        (
            'Hours later, the prime minister\'s office said reports of an imminent truce were "not accurate" and told '
            "the army to keep up its strikes."
        ),
        (
            "The minister said the convoy had got through by force, rejecting reports that elders had negotiated a "
            "truce with the fighters."
        ),
        # a truce on a condition, and one said of any truce
        (
            'The RSF said it would accept a ceasefire only as part of a settlement. "A ceasefire that only one side '
            'signs is not a ceasefire," the envoy said.'
        ),
    ],
)
def test_a_truce_turned_down_denied_or_only_conditional_is_no_pause(lead: str) -> None:
    text = f"No truce in sight\n\nPORT SUDAN (AFP) - {lead} Shelling killed 23 people in the besieged city.\n"
    assert ceasefire.parse(text, datetime.date(2025, 7, 9)).pauses == ()


def test_a_halt_with_its_object_quoted_begins_on_the_day_from_which_it_lasts() -> None:
    text = (
        "RSF declares three-month truce\n\n"
        'PORT SUDAN (AFP) - Sudan\'s RSF have declared a "unilateral humanitarian truce" of three months, a move '
        "the army on Tuesday dismissed as a ploy.\n\n"
        'The RSF commander said in a video posted late on Monday that his forces would halt "all offensive '
        'operations" on every front from Wednesday for three months.\n'
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2025, 12, 2)))
    assert pause.start is not None
    assert pause.start.value == "2025-12-03"


CHATBOT_STORY = """A chatbot maker's 'truce' with Italy's privacy watchdog

ROME (Bloomberg) - The maker of a popular chatbot has reached what both sides call a "truce" with Italy's data
protection authority, which agreed to pause daily fines while the company changes how it uses the conversations of
its users to train its artificial intelligence models. The authority said on Tuesday it would suspend the penalty
for 60 days. "This is a truce, not a surrender. We have stopped fighting in the newspapers," the company's chief
legal officer said. The dispute began in January, when the regulator ordered the company to stop processing the
data of Italian users. A consumer advocate called the deal an armistice in the AI war, signed on the industry's
terms, and said the fines should never have been paused. The company, valued at $61 billion in a funding round in
March, has about 14 million users in Italy. Strikes by its software engineers in Dublin last year did not stop the
service, and its smartphone app was blocked in Italy for 19 days.
"""


def test_a_chatbot_maker_s_truce_with_a_privacy_watchdog_has_no_pause() -> None:
    """Words of technology (chatbot, users, data protection, privacy) outnumber those of war by three."""
    assert ceasefire.parse(CHATBOT_STORY).pauses == ()


def test_a_pause_accepted_only_within_a_wider_deal_is_no_pause() -> None:
    text = (
        "Both sides claim town as drones hit hospital\n\n"
        'PORT SUDAN (Reuters) - The army said it "will not pause the liberation of its land", while the RSF said it '
        'would accept a pause "only within a comprehensive ceasefire". Drone strikes killed nine people.\n'
    )
    assert ceasefire.parse(text, datetime.date(2025, 12, 9)).pauses == ()


@pytest.mark.parametrize(
    "lead",
    [
        (
            "Efforts led by the United States and Saudi Arabia to broker a ceasefire have stalled since talks in "
            "Jeddah broke down."
        ),
        "The two sides did not agree on a cessation of hostilities, and no date was set for a new round.",
        (
            "Russia and Ukraine traded strikes as a church leader's 'ceasefire' call went unheeded. \"Russia does not "
            'need a pause for Easter," an adviser said.'
        ),
    ],
)
def test_a_truce_only_sought_not_agreed_or_not_needed_is_no_pause(lead: str) -> None:
    text = f"Fighting goes on\n\nNAIROBI (AP) - {lead} Drone strikes killed 32 people in the camp.\n"
    assert ceasefire.parse(text, datetime.date(2025, 2, 3)).pauses == ()


PARKING_STORY = """Council and residents call 'truce' in parking war

BRISTOL - The city council has agreed a "truce" with residents in the long-running row over a residents' parking
zone, suspending new tickets on 14 streets for 60 days and putting towing on pause while the zone is reviewed.
Residents have fought the scheme since it began, saying permits are too dear and that motorists from outside now
park in the corridor streets around the zone. "This is a ceasefire in a war nobody wanted," one resident said. The
council said the review would look at permit prices and at the hours of the zone. A claim for a judicial review
filed in March will stay on hold during the truce. The annual permit for a first car costs 120 pounds, up from 48
when the scheme began, and towing fees will be refunded to drivers whose cars were taken in the first week of the
zone, the council said. Hostilities will resume if the review fails, the residents' group said.
"""


def test_a_council_s_truce_in_a_parking_war_has_no_pause() -> None:
    """Words of parking (permits, towing, motorists, judicial review) outnumber those of war by three."""
    assert ceasefire.parse(PARKING_STORY).pauses == ()


def test_a_quoted_truce_proposed_accepted_by_one_side_and_refused_by_the_other_is_no_pause() -> None:
    text = (
        "Hamas accepts 'Eid ceasefire' for Gaza, Israel says no\n\n"
        "GAZA CITY (AFP) - Hamas said Thursday it had accepted a proposal by Egyptian and Qatari mediators for an "
        '"Eid ceasefire" in the Gaza Strip, but Israel rejected it within hours, vowing to press on with its '
        "offensive. An air strike on a school killed at least 14 people.\n"
    )
    assert ceasefire.parse(text, datetime.date(2024, 6, 13)).pauses == ()


def test_pauses_a_side_has_no_interest_in_are_no_pause() -> None:
    text = (
        "Kremlin rejects Kyiv's Christmas proposal\n\n"
        "KYIV (AP) - The Kremlin on Friday rejected a Ukrainian proposal for a truce on Dec. 25, saying Moscow had no "
        'interest in "pauses that let the enemy catch its breath." Russian drones struck Kharkiv, killing two.\n'
    )
    assert ceasefire.parse(text, datetime.date(2024, 12, 20)).pauses == ()


def test_truce_talk_an_army_rejects_is_no_pause() -> None:
    text = (
        "Shells hit hospital in El Obeid, killing 17, as army rejects truce talk\n\n"
        "CAIRO (AP) - Shells fired by the RSF struck the main hospital in El Obeid on Monday, killing at least 17 "
        "people, health workers said.\n"
    )
    assert ceasefire.parse(text, datetime.date(2025, 12, 9)).pauses == ()


def test_a_truce_a_party_denies_agreeing_to_is_no_pause() -> None:
    text = (
        "Militia chief denies truce as clashes kill 9 in Bunia\n\n"
        "BUNIA, Congo (Reuters) - The commander of one of two militias fighting around Bunia on Friday denied ever "
        "agreeing to a truce that provincial officials had announced a day earlier, as gunfire killed nine people.\n"
    )
    assert ceasefire.parse(text, datetime.date(2025, 3, 14)).pauses == ()


def test_a_truce_an_envoy_urges_and_a_truce_said_in_general_are_no_pause() -> None:
    text = (
        "U.N. urges truce around Kadugli as shells kill 12\n\n"
        "PORT SUDAN (Reuters) - The United Nations on Monday called for a truce around the besieged city of Kadugli. "
        'The army said it would not accept one. "A truce that leaves the militia sitting on the roads into town is '
        'not a truce," a ministry official said.\n'
    )
    assert ceasefire.parse(text, datetime.date(2025, 6, 2)).pauses == ()


def test_a_ceasefire_talks_fail_to_agree_is_no_pause() -> None:
    text = (
        "Government and rebels fail to agree ceasefire as Arusha talks end\n\n"
        "By Amina Juma\n\n"
        "Talks between the government and the rebels ended on Thursday after five days, with each side blaming the "
        "other. Fighting continued in three districts, officials said.\n"
    )
    assert ceasefire.parse(text, datetime.date(2025, 5, 9)).pauses == ()


MINE_STORY = """Chile copper miner and herders agree 45-day truce to reopen mine road

SANTIAGO, May 6 (Reuters) - Chilean copper miner Cordillera Roja and a group of Aymara herders agreed to a 45-day
truce that ends a two-week blockade of the road to its Pukara mine, the mining ministry said on Tuesday, after the
company agreed to pause exploration drilling on pasture the herders claim. The herders will clear the road, and the
company will stop drilling while the two sides negotiate, the ministry said. "This is a truce, not a settlement,"
a herders' leader said. The blockade stranded hundreds of trucks and cost the company about $5 million a day in
lost sales, analysts at a Santiago brokerage said. Police and the armed forces were sent to keep the highway open
last week, and the region has seen dozens of conflicts over mining in the past decade. Chile is the world's biggest
copper producer, and the Pukara mine shipped 190,000 tonnes of copper last year. The company said it expected
shipments to resume on Friday and that the pause in drilling would last as long as the talks went on in good faith.
"""


def test_a_miner_s_truce_with_herders_over_a_road_has_no_pause() -> None:
    """Words of mining and trade (copper, drilling, a brokerage, lost sales) outnumber those of war by three."""
    assert ceasefire.parse(MINE_STORY).pauses == ()


EXAM_STORY = """Students and university agree exam 'truce' as fee protests go on

By Zodwa Mahlangu

The University of the Karoo and its students' council have agreed to what the council calls a "truce" for the
examination period after two weeks of hostilities over a proposed 8% fee increase. Student leaders undertook not to
disrupt exams, which begin on 10 November, and management put hearings against 30 students "on pause" until March.
About 200 students who have occupied the corridors of the main administration building since October say they are
staying until the increase is dropped. "The truce is about exams, not fees," said a fourth-year law student. A
first-year student said thousands could not afford to lose an academic year. Police fired rubber bullets at
protesters blocking a gate last week, and 11 students were arrested for public violence. The vice-chancellor said
nobody at the university wanted a war with its own students, and that tuition would rise to about R60,000 on the
campuses. "Pausing the hearings gives everyone room to breathe," he said.
"""


def test_a_university_s_exam_truce_with_its_students_has_no_pause() -> None:
    """Words of a university (exams, tuition, a vice-chancellor, an academic year) outnumber those of war by three."""
    assert ceasefire.parse(EXAM_STORY).pauses == ()


def test_a_named_truce_proposed_and_refused_is_no_pause_when_told_again_by_its_name() -> None:
    text = (
        "Rebels accept 'Christmas truce', army says no\n\n"
        "BAMENDA (AFP) - Separatist leaders said Monday they had accepted a proposal by church mediators for a "
        '"Christmas truce" in the Northwest region, but the army rejected it within hours.\n\n'
        '"We have told the bishops that we accept the Christmas truce and are ready to honour it from the first '
        'hour," a separatist spokesman said in a statement.\n'
    )
    assert ceasefire.parse(text, datetime.date(2024, 12, 16)).pauses == ()


def test_a_truce_under_study_is_no_pause() -> None:
    text = (
        "Drone strike on market kills 30 in Darfur\n\n"
        "NYALA (Reuters) - A drone strike on a market killed at least 30 people on Tuesday, medics said. Aid workers "
        'said time was running out. "Every week that this truce stays under study is counted in lives," one said.\n'
    )
    assert ceasefire.parse(text, datetime.date(2025, 10, 14)).pauses == ()


ROADS_STORY = """City's 'war on potholes' wins early battles as cyclists and bus drivers agree 'ceasefire'

By Owen Pryce, Transport Reporter

Cardiff Council says its "war on potholes" is being won, with more than 9,000 holes filled since September, as bus
drivers and cyclists on one of the city's busiest roads signed up to what one councillor called a "ceasefire". The
council put an extra 4 million pounds into road repairs and hired 15 more highways staff. "There are still battles
ahead," the cabinet member for highways said. On Cowbridge Road, where a bus lane is shared with cyclists, both
sides had accused each other of dangerous behaviour in more than 200 complaints. After two meetings, drivers and a
cycling campaign agreed a code of conduct last Thursday. "It's a ceasefire, not a peace treaty," the councillor
said. Elsewhere, residents agreed a "truce" with the council over roadworks on a street in Canton while officers
carry out a consultation, and gas works will pause during half-term. Opposition councillors said the "war" was a
slogan, and that potholes cost drivers millions of pounds in repairs every year.
"""


def test_a_council_s_ceasefire_between_cyclists_and_bus_drivers_has_no_pause() -> None:
    """Words of a council's roads (potholes, cyclists, a bus lane, highways) outnumber those of war by three."""
    assert ceasefire.parse(ROADS_STORY).pauses == ()


def test_a_truce_in_effect_since_a_day_began_that_day() -> None:
    text = (
        "Strikes strain Lebanon truce\n\n"
        "BEIRUT (Reuters) - Israeli jets struck south Lebanon on Sunday. The ceasefire, brokered by the United States "
        "and in effect since Nov. 27, gives Israel 60 days to pull out its troops. Hezbollah has claimed only one "
        "attack since the truce took effect, a mortar barrage on an Israeli position on Dec. 2.\n"
    )
    start = pause_of(ceasefire.parse(text, datetime.date(2024, 12, 29))).start
    assert start is not None
    assert start.value == "2024-11-27"


PHONE_PATENT_STORY = """Phone makers call 'ceasefire' in patent war, pause suits for 60 days

SEOUL, June 3 (Reuters) - Phone makers Hanbit Electronics and Lumos Devices have agreed to a "ceasefire" in
their three-year patent war, asking courts in the United States and Germany to pause nine suits for 60 days while
they negotiate a deal, the companies said on Tuesday. A jury in Texas ordered Lumos last year to pay Hanbit
$140 million, a verdict Lumos is appealing, and Lumos countersued in Munich over its camera patents. "We have agreed
to a ceasefire, not a surrender," Hanbit's general counsel said. Lumos said it welcomed the end of hostilities in the
courtroom and would use the pause to focus on customers. The two companies have been fighting in five courts in
three countries since the war began, and retailers in Europe had pulled some Lumos models from their shelves.
Analysts said the two would keep cutting prices whatever the courts decide.
"""


def test_a_truce_in_a_patent_war_has_no_pause() -> None:
    """Words of patents and trade (patents, a jury, customers, retailers) outnumber those of war by three."""
    assert ceasefire.parse(PHONE_PATENT_STORY).pauses == ()


def test_a_truce_talks_have_yet_to_produce_or_called_for_months_ago_is_no_pause() -> None:
    text = (
        "Shelling kills 14 in Uvira\n\n"
        "UVIRA (AFP) - Shelling killed at least 14 people in Uvira on Tuesday. Talks in Doha have yet to produce a "
        "ceasefire. Elders in the town had called in September for a local truce so that farmers could bring in the "
        "harvest, an idea the army dismissed.\n"
    )
    assert ceasefire.parse(text, datetime.date(2025, 11, 4)).pauses == ()


def test_a_plan_for_a_truce_without_an_article_is_a_proposal_and_no_sign_of_a_pause_is_none() -> None:
    text = (
        "Hamas studying Egyptian plan for two-week Gaza truce\n\n"
        "CAIRO (AP) - Hamas said on Wednesday it was studying the plan. There was no sign of a pause in the fighting "
        "on Wednesday, and strikes killed 46 people overnight.\n"
    )
    assert ceasefire.parse(text, datetime.date(2025, 4, 9)).pauses == ()


def test_a_plan_for_a_truce_both_sides_accept_is_the_pause() -> None:
    text = (
        "Israel, Hamas accept Egyptian plan for 72-hour Gaza ceasefire from Tuesday\n\n"
        "CAIRO (Reuters) - Israel and Hamas accepted an Egyptian proposal for a 72-hour ceasefire in Gaza from 8 a.m. "
        "on Tuesday, officials said.\n"
    )
    (pause,) = ceasefire.parse(text, datetime.date(2014, 8, 4)).pauses
    assert pause.start is not None
    assert pause.start.value == "2014-08-05T08:00"


RUNNERS_STORY = """Kenyan runners agree 'truce' with federation in sponsorship row

By Achieng Otieno

Kenya's leading road runners have agreed a "truce" with their national federation in a row over sponsorship, ending
a boycott that had threatened next month's half-marathon championships in Eldoret. The dispute began in March, when
the federation signed a sponsorship deal and told athletes they must wear the sponsor's logo abroad. More than 100
athletes signed a letter refusing to comply. Under the truce, announced on Tuesday, the federation has suspended the
logo rule, and fines on nine runners have been frozen. "We have laid down our arms for now, but nobody has won this
war yet. If the federation comes back with the same demands, the hostilities will start again," said one marathon
runner. A second front has opened: the runners accuse the anti-doping unit of harassment over doping tests carried
out in night raids, and want a ceasefire on such tests before the championships. The federation said it would
answer the runners' letter next week.
"""


def test_runners_truce_with_their_federation_has_no_pause() -> None:
    """Words of athletics (athletes, runners, doping, championships) outnumber those of war by three."""
    assert ceasefire.parse(RUNNERS_STORY).pauses == ()


def test_a_ceasefire_framework_is_no_pause() -> None:
    text = (
        "US envoy unveils Gaza 'ceasefire framework'; cabinet to vote Thursday\n\n"
        'JERUSALEM (AP) - Israel and Hamas have accepted the outlines of a "ceasefire framework", a U.S. envoy said on '
        "Tuesday. Israel's cabinet will vote on it on Thursday.\n"
    )
    assert ceasefire.parse(text, datetime.date(2024, 12, 10)).pauses == ()


HOSPITAL_STORY = """Hospital declares 'war' on superbug and calls 'truce' with nurses

By Anna Reid, Health reporter

A hospital in Leicester has declared what its chief nurse called "all-out war" on a drug-resistant superbug, after
11 patients tested positive for it in a month. A surgical ward was evacuated on Monday so it could be deep-cleaned,
and will stay closed for a week. The bacteria live harmlessly in most carriers but resist nearly all drugs. "We are
at war with this bug, and we need every nurse on the front line," the chief nurse said. "Hand hygiene is our best
weapon." The outbreak has forced a truce in a separate battle inside the hospital: the NHS trust agreed on Tuesday to
pause a move to longer shifts for three months, and the nurses' union suspended a ballot for industrial action.
"This is a truce, not a peace treaty," a union official said. The trust said the hostilities over shifts would
resume only if talks failed, and that it hoped to agree a plan on shifts by the autumn with the union.
"""


def test_a_hospital_s_war_on_a_superbug_and_truce_with_nurses_has_no_pause() -> None:
    """Words of a hospital's fight (a superbug, bacteria, the NHS, shifts, a ballot) outnumber those of war by three."""
    assert ceasefire.parse(HOSPITAL_STORY).pauses == ()


def test_a_halt_named_as_the_alternative_of_one_not_made_is_not_made_either() -> None:
    text = (
        "Yemen's warring sides swap 112 prisoners\n\n"
        "TAEZ (AFP) - Yemen's government and the Houthis swapped 112 prisoners on Sunday. The deal did not include "
        "any truce or ceasefire, officials from both sides said.\n"
    )
    assert ceasefire.parse(text, datetime.date(2025, 5, 19)).pauses == ()


def test_a_halt_offered_as_the_alternative_of_one_made_is_made() -> None:
    text = (
        "Army declares truce in Taez\n\n"
        "TAEZ (AFP) - The army declared a truce or ceasefire in Taez on Sunday, officials said.\n"
    )
    assert len(ceasefire.parse(text, datetime.date(2025, 5, 19)).pauses) == 1


def test_talks_on_renewing_a_truce_that_fail_make_no_pause() -> None:
    text = (
        "Yemen truce talks fail in Muscat\n\n"
        "DUBAI (AFP) - Talks in Oman on renewing a UN-brokered truce in Yemen have ended without agreement, the "
        'United Nations said on Wednesday. "The parties could not agree to renew the truce," the envoy said.\n'
    )
    assert ceasefire.parse(text, datetime.date(2023, 9, 13)).pauses == ()


RANSOMWARE_STORY = """Ransomware gangs declare 'ceasefire' in their feud, pause attacks on clinics

By Lena Hart

Two rival ransomware gangs have declared a "ceasefire" in a feud that spilled onto a cybercrime forum, and say
they will pause attacks on clinics for 30 days, according to posts seen by security researchers. The gangs had
spent months doxxing each other's members and stealing each other's encryption tools, and one of them published
the bitcoin wallets of the other on its leak sites. The hackers said any affiliate who broke the truce would be
banned. Security researchers doubted the pause would hold, noting that the same groups had promised to spare
hospitals before and went on to lock the files of dozens of clinics. Police in three countries said they were
watching the forum and would not be swayed by promises from gangs who live by extortion. One analyst said the
ceasefire was only a way for both groups to keep their affiliates from leaving for a rival gang this spring.
"""


def test_ransomware_gangs_ceasefire_has_no_pause() -> None:
    """Words of cybercrime (ransomware, doxxing, encryption, bitcoin, hackers) outnumber those of war by three."""
    assert ceasefire.parse(RANSOMWARE_STORY).pauses == ()


TRADE_STORY = """US, China agree 90-day pause on tariff hikes in trade war truce

WASHINGTON, Aug 12 (Reuters) - The United States and China agreed on Tuesday to a 90-day pause on planned tariff
increases, calling a truce in a trade war that has rattled markets for months, the Commerce Department said. Under
the deal, Beijing will resume purchases of American soybeans and ease export controls on rare earths and magnets used
in weapons, while Washington will delay higher tariffs on Chinese goods. Exporters and importers on both sides
welcomed the truce, though analysts warned that the trade deficit that set off the dispute has barely moved. "What we
have now is a 90-day pause, and we intend to use every one of those days," a US trade official told reporters. If no
broader agreement is reached by November, when the pause expires, the higher tariffs will take effect again and
the two sides will be back where they started, with shipping lines and farmers paying the price of the dispute.
"""


def test_a_trade_war_truce_and_a_pause_on_tariff_increases_is_no_pause() -> None:
    """Words of trade (soybeans, rare earths, export controls, exporters, importers) outnumber those of war by three."""
    assert ceasefire.parse(TRADE_STORY).pauses == ()


def test_a_halt_announced_with_a_call_for_something_else_after_a_comma_is_made() -> None:
    text = (
        "Libya's rivals announce ceasefire, call for demilitarised zone in Sirte\n\n"
        "TRIPOLI (AA) - The Government of National Accord on Friday announced a ceasefire across the country, "
        "calling for the city of Sirte to be turned into a demilitarised zone.\n"
    )
    assert len(ceasefire.parse(text, datetime.date(2020, 8, 22)).pauses) == 1


HEDGE_STORY = """Neighbours call 'truce' in four-year fight over garden wall and hedge

By Olivia Tane

Two neighbours who have spent four years fighting over a crumbling garden wall and an overgrown hedge have agreed
to "a pause in hostilities" while engineers work out who should pay to rebuild the wall. They signed what both call
a "truce" at a mediation session on Wednesday, after the dispute had twice gone to the Disputes Tribunal. Part of
the stone wall collapsed in a storm, tipping soil and a section of hedge onto the driveway next door. Under the
agreement, neither will lodge new claims for six months. "It's a truce, not a peace treaty," one of them said, and
the other said she had never wanted "a war over a hedge". A mediator said neighbour disputes over a retaining wall
or a tree were among the hardest to settle, because nobody can walk away from next door, and that the two had at
last said good morning to each other on Thursday, which after four years is practically a ceasefire.
"""


def test_neighbours_truce_over_a_hedge_has_no_pause() -> None:
    """Words of a neighbours' dispute (a hedge, a driveway, a tribunal, a retaining wall) outnumber those of war."""
    assert ceasefire.parse(HEDGE_STORY).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        # asked for, a day and a place between the asking and the halt
        'Leaders called on Tuesday, after a meeting in Berlin, for a "full and unconditional ceasefire" in Ukraine.',
        # proposed by others, then rejected
        "The Kremlin rejected the ceasefire proposed by Kyiv and European leaders on Tuesday.",
        # only willing
        "The army said on Tuesday it was ready for a truce in Kharkiv.",
    ],
)
def test_a_halt_asked_for_proposed_by_others_or_only_willed_is_no_pause(text: str) -> None:
    story = "Fighting goes on in Ukraine\n\nMOSCOW (Reuters) - " + text + "\n"
    assert ceasefire.parse(story, datetime.date(2025, 11, 20)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        "The plan, handed to mediators in Cairo on Monday, proposes a 30-day ceasefire once RSF fighters have left.",
        "The army offered a one-month ceasefire that would start only after the RSF withdraw from the cities.",
        'A U.S. official said Washington still believed a truce was "within reach".',
        '"We are against a truce that lets the militia keep what it took," the army said.',
    ],
)
def test_a_halt_proposed_on_a_condition_hoped_for_or_opposed_is_no_pause(text: str) -> None:
    story = "Fighting goes on in Sudan\n\nCAIRO (Reuters) - " + text + "\n"
    assert ceasefire.parse(story, datetime.date(2025, 11, 18)).pauses == ()


PARTY_STORY = """Liberals call 'truce' in leadership fight, but hostilities resume in parliament

By Toby Reid

The warring factions of the state's Liberal Party have declared a "truce" in their leadership fight after a spill
motion failed by 15 votes to 13 in the party room on Tuesday, promising "a pause" on attacks on each other until
the end of the sitting fortnight. The leader and her rival issued a joint statement, but within hours hostilities
resumed in question time, when the shadow treasurer was seen counting heads on the backbench. Two backbenchers
said the truce was a fiction and that a second leadership spill was only a matter of weeks away, after preselection
fights in three seats. The premier welcomed what he called "the ceasefire across the aisle" and asked how long it
would last. One MP said the war inside the party had cost it voters, and that the frontbench had to stop fighting.
The spill motion was the third in two years, and the party has lost four of the last five state elections.
"""


def test_a_party_leadership_truce_is_no_pause() -> None:
    """Words of party politics (a spill motion, the party room, question time, backbenchers) outnumber war's."""
    assert ceasefire.parse(PARTY_STORY).pauses == ()


MUSEUM_STORY = """Museum declares 'ceasefire' in statue row and pauses removals for six months

By Harriet Lowe, arts correspondent

A museum at the centre of one of Britain's culture wars has called what its director describes as "a ceasefire"
with campaigners on both sides, announcing a six-month pause in the removal of statues linked to the slave trade.
The trustees voted on Tuesday to keep three statues of shipowners in the long gallery while a public consultation
runs, after two petitions gathered more than 11,000 signatures between them. "A pause is better than a bulldozer,"
the director said. A curator said the exhibitions explaining where the merchants' money came from would stay open.
A historian at a local university said the museum had been on the front line of a war over memory for three years,
and that calling a vote by trustees a ceasefire showed how overheated the row had become. One campaigner said the
statues should have come down long ago, while another group said it would go on fighting to keep them in place.
"""


def test_a_museums_ceasefire_over_statues_is_no_pause() -> None:
    """Words of a museum (trustees, statues, a gallery, a curator, exhibitions) outnumber those of war by three."""
    assert ceasefire.parse(MUSEUM_STORY).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        'Erdogan said on Monday that Turkey would "never allow a terror corridor on our southern border."',
        'The Kremlin said Moscow saw "no conditions" for a ceasefire at present.',
    ],
)
def test_a_threat_named_a_corridor_or_a_halt_with_no_conditions_for_it_is_no_pause(text: str) -> None:
    story = "Drone strikes hit Kobani\n\nANKARA (AP) - " + text + "\n"
    assert ceasefire.parse(story, datetime.date(2025, 6, 10)).pauses == ()


def test_a_truce_proposed_with_its_day_between_is_no_pause() -> None:
    """A proposal, whatever words of time stand between: "proposed last week a seven-day truce"."""
    story = (
        "Army accepts U.N. plan for El Fasher\n\nPORT SUDAN (Reuters) - The U.N. envoy proposed last week a "
        "seven-day humanitarian truce in and around the city to let food in, two diplomats said.\n"
    )
    assert ceasefire.parse(story, datetime.date(2025, 6, 25)).pauses == ()


def test_a_ceasefire_on_personal_attacks_is_no_pause() -> None:
    story = (
        "Rival parties agree to calm debates before budget vote\n\nLILONGWE - MPs on both sides committed on Monday "
        'to "a ceasefire on personal attacks" during debates on the budget.\n'
    )
    assert ceasefire.parse(story, datetime.date(2025, 2, 25)).pauses == ()


BREACHED_STORY = """US-brokered truce with M23 falters as clashes resume

March 13, 2024

GOMA (AFP) - Fighting between the army and M23 rebels flared again on Tuesday around the town of Mweso, in the
most serious breach yet of a "truce" brokered by the United States last month.

The truce was meant to silence the guns in Masisi territory "until further notice".

The rebels said they had only defended themselves after drones hit their positions on Monday night, and accused
the army of using the lull to move troops.
"""


def test_the_days_of_a_breach_and_of_a_blow_are_not_the_pauses() -> None:
    """The day a breach flared ("the most serious breach yet of a truce") and a blow's ("hit ... on Monday")."""
    (pause,) = ceasefire.parse(BREACHED_STORY, datetime.date(2024, 3, 13)).pauses
    assert pause.start is None


@pytest.mark.parametrize(
    "charge",
    [
        "accused the SPLM-N of shelling a market on the eastern edge of Kadugli on",
        "accused the rebels of attacking a convoy on",
    ],
)
def test_the_day_of_a_blow_charged_is_not_the_pauses(charge: str) -> None:
    text = f"Army spokesman Osman al-Tayeb said the army had respected the pause but {charge} Tuesday."
    (pause,) = ceasefire.parse(text, datetime.date(2026, 12, 2)).pauses
    assert pause.start is None


def test_a_place_named_right_after_what_it_is_is_the_pauses_place() -> None:
    """Grozny in "the Chechen capital Grozny", not the adjective before it."""
    story = (
        "Russia offers pause in Grozny\n\nMOSCOW, Jan 16 (Reuters) - Russia's defence minister on Monday offered a "
        "two-day humanitarian pause in the Chechen capital Grozny.\n"
    )
    (pause,) = ceasefire.parse(story, datetime.date(1995, 1, 16)).pauses
    assert pause.location == "Grozny"


def test_talks_that_end_without_ceasefire_make_no_pause() -> None:
    story = (
        "Strikes on Zaporizhzhia kill 9, hours after Istanbul talks end without ceasefire\n\n"
        "KYIV - Russian drones struck the city overnight, the governor said.\n"
    )
    assert ceasefire.parse(story, datetime.date(2025, 10, 17)).pauses == ()


def test_a_halt_proposed_then_told_by_another_word_in_the_conditional_is_the_one_proposed() -> None:
    """The truce "would be followed by talks" is the two-day ceasefire Egypt proposed, not a pause made."""
    story = (
        "Egypt proposes two-day Gaza truce to swap hostages\n\nCAIRO (AFP) - Egypt's president has proposed a two-day "
        "ceasefire in the Gaza Strip during which four hostages would be exchanged for prisoners. He said on Sunday "
        'that the truce would be followed "within 10 days" by talks on a permanent ceasefire.\n'
    )
    assert ceasefire.parse(story, datetime.date(2024, 10, 28)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        "Neither delegation has put a ceasefire on the table, and fighting went on across the region.",
        '"Nobody has asked us to stop fighting," a spokesman for the militia said.',
    ],
)
def test_a_halt_nobody_tabled_or_asked_for_is_no_pause(text: str) -> None:
    story = "Government and Fano open talks in Djibouti\n\nDJIBOUTI (AFP) - " + text + "\n"
    assert ceasefire.parse(story, datetime.date(2025, 6, 18)).pauses == ()


def test_a_gang_coalition_that_declares_a_truce_makes_one() -> None:
    """The word before the verb names who made the truce, not a coalition government's politics."""
    story = (
        "Haiti gang coalition declares 'truce' to let schools reopen\n\nPORT-AU-PRINCE (AFP) - Haiti's most powerful "
        'gang coalition said it would observe a "truce" from Monday so that schools in the capital can reopen.\n'
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 1, 9)).pauses
    assert pause.start is not None
    assert pause.start.value == "2025-01-13"


def test_a_ceasefire_on_the_shelves_is_no_pause() -> None:
    story = (
        'Grocers end price war\n\nDUBLIN - "We are declaring a ceasefire on the shelves," the chain\'s managing '
        "director said, after months of discounts on potatoes and milk.\n"
    )
    assert ceasefire.parse(story, datetime.date(2025, 10, 15)).pauses == ()


def test_a_halt_of_long_ago_named_again_and_told_as_over_is_no_pause() -> None:
    story = (
        "Houthi and Saudi negotiators end Muscat round\n\nMUSCAT - Yemen has seen relative calm since the UN-brokered "
        "truce that began on April 2, 2022. The two-month truce was renewed twice before it lapsed on October 2 that "
        "year, when the Houthis rejected an expanded version.\n"
    )
    assert ceasefire.parse(story, datetime.date(2023, 8, 17)).pauses == ()


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The deal was signed under a bilateral ceasefire in force since last year.", "2024"),
        ("The truce, which took effect in March, has largely held.", "2025-03"),
        ("A cease-fire between the army and the rebels has held since December, when the two leaders met.", "2024-12"),
    ],
)
def test_a_halt_in_force_since_a_month_or_year_starts_then(text: str, start: str) -> None:
    story = "Government and rebels sign deal\n\nPASTO (EFE) - " + text + "\n"
    (pause,) = ceasefire.parse(story, datetime.date(2025, 9, 28)).pauses
    assert pause.start is not None
    assert pause.start.value == start


VINEYARDS_STORY = """Awatere vineyards call 'ceasefire' in water feud as the vintage nears

Neighbours who have fought for four years over irrigation water in the Awatere Valley have declared a "ceasefire"
so that grape pickers can walk between the two vineyards during the vintage. The owners of the two wineries said the
weir on the creek would stay open until the last grapes were in, and that both families would sit down together
once the wines were in the tanks. One winemaker said the vines on the lower terraces had gone without water for
weeks, and that the valley's water war had cost both wines their best year after so much fighting. Another
said the water would be shared by the hour until the end of autumn, when both sides would meet again to decide
how to split the creek in a dry summer. The valley has more than a dozen other vineyards, and most of them take
their water from the same creek and its weirs.
"""


def test_a_vineyards_ceasefire_over_water_is_no_pause() -> None:
    """Words of wine (vineyards, wineries, grapes, vines, the vintage, irrigation) outnumber those of war."""
    assert ceasefire.parse(VINEYARDS_STORY).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        'He said the parties had "a real chance to turn a lull into a truce".',
        (
            "The Kremlin would consider a proposal by European leaders for a 30-day ceasefire, but would not accept a "
            "pause that let Kyiv rearm. The leaders said the truce would open the way to talks."
        ),
        'Guterres called for "a humanitarian pause" in the city. He did not propose a date or a length for the pause.',
        "Fighting goes on between the two sides, and neither has shown any interest in a ceasefire.",
    ],
)
def test_a_halt_only_hoped_for_proposed_or_called_for_and_told_again_is_no_pause(text: str) -> None:
    story = "Talks go on\n\nMUSCAT (AFP) - " + text + "\n"
    assert ceasefire.parse(story, datetime.date(2025, 10, 4)).pauses == ()


def test_a_cessation_of_military_hostilities_is_a_ceasefire() -> None:
    story = (
        "Mozambique, Renamo sign end to hostilities\n\nMAPUTO, Aug. 9 (Xinhua) -- The president and the Renamo leader "
        'signed an agreement on the "definitive cessation of military hostilities" on Thursday in Gorongosa.\n'
    )
    (pause,) = ceasefire.parse(story, datetime.date(2019, 8, 9)).pauses
    assert pause.kind is ceasefire.PauseKind.CEASEFIRE
    assert pause.start is not None
    assert pause.start.value == "2019-08-08"


@pytest.mark.parametrize(
    "text",
    [
        'Hours later, the RSF said it would not accept what it called "a truce tailored to resupply the garrison".',
        'The two sides signed a "declaration of principles" in Washington that leaves a ceasefire to future talks.',
    ],
)
def test_a_halt_one_side_refuses_or_a_text_leaves_to_later_talks_is_no_pause(text: str) -> None:
    story = "Fighting goes on\n\nKHARTOUM (Reuters) - " + text + "\n"
    assert ceasefire.parse(story, datetime.date(2025, 6, 25)).pauses == ()


def test_the_day_of_a_disaster_said_with_of_is_not_the_pause_s() -> None:
    story = (
        "Air strikes go on despite quake truce\n\nYANGON (AFP) - The junta announced late on Wednesday that it would "
        'observe a "temporary ceasefire" "until April 22", effective immediately, so that rescue work could go on '
        "after the magnitude 7.7 quake of March 28.\n"
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 4, 5)).pauses
    assert pause.start is not None
    assert pause.start.value == "2025-04-02"


CHESS_CLUB_STORY = """Chess club declares 'ceasefire' in its long war over the clock

For five months, the loudest thing at the Hillside Chess Club has not been the players. It has been the clocks.
On Tuesday night, the club's board voted 9-2 for what its president called "a ceasefire" in a feud that has split
the club into two camps since October and driven away at least 15 members. Younger players want every game played
on digital clocks that add five seconds after each move. Many longtime members prefer the wind-up analog clocks the
club has owned for decades. Under the truce, rated games on the first Tuesday of each month will use digital clocks,
while casual Thursday nights will stay analog. Hostilities at the board had escalated over the winter. In February,
a teenager knocked a vintage clock off the table during a blitz game after his time ran out, and it broke. The club
suspended him for 30 days. The board hoped the ceasefire would bring some of those who left back before the spring
open, which offers $1,500 in prizes. Not everyone is convinced the truce will hold, said the treasurer, one of the
two board members who voted against it. The first time somebody loses on time in a winning position, he said, the
club will be back where it started, with members on both sides of the room and a clock flying across it again.
"""


@pytest.mark.parametrize(
    "text",
    [
        (
            'The gang leader has offered the government a "truce" in the central region if it stops drone strikes '
            "on his strongholds. The government rejected the offer."
        ),
        'A man who said he was the gang leader offered police "a truce" if they pulled out of the district.',
        "Neither side gave details of a cessation of hostilities, which diplomats said had been the main item.",
        'A diplomat said the delegations had "come close on a ceasefire, then fallen out over who would monitor it".',
        "The ports have shipped more than 70 million tonnes of cargo through a corridor hugging the coast.",
    ],
)
def test_an_offer_on_terms_a_halt_nobody_detailed_or_a_shipping_corridor_is_no_pause(text: str) -> None:
    story = "Fighting goes on\n\nPORT-AU-PRINCE (Reuters) - " + text + "\n"
    assert ceasefire.parse(story, datetime.date(2025, 6, 9)).pauses == ()


def test_a_corridor_that_an_armed_group_agrees_to_in_a_flood_is_a_pause() -> None:
    story = (
        "Somalia's government and al-Shabaab agree to let flood aid through for 10 days\n\n"
        "NAIROBI, Kenya (AP) — Somalia's government and the al-Shabaab extremist group have agreed to let trucks "
        "carrying flood relief travel along the road to the cut-off town of Bardhere, clan elders said Wednesday.\n\n"
        "The humanitarian corridor will open at 6 a.m. on Thursday, the disaster management agency said.\n"
    )
    (pause,) = ceasefire.parse(story, datetime.date(2023, 11, 15)).pauses
    assert pause.start is not None
    assert pause.start.value == "2023-11-16T06:00"


ROWING_STORY = """Rival rowing clubs sign truce in prank war

The rowing clubs of the city's two universities have signed a truce in a prank war that has seen rubber ducks,
green dye and a kidnapped megaphone deployed along the river since the new year. The captains of the two clubs
agreed to a "pause in all pranks until the Boat Race" at a meeting at the sailing club on Monday evening, after
both universities warned that students could face disciplinary action. The ceasefire will last until the annual
race on Saturday, when the two eights will race over the course from the weir to the bridge, watched by a crowd
that organisers expect to top 4,000. Spectators line the towpath every year, and the hostilities this spring
had shaken the organisers, a university spokesperson said. The war began when one club painted the other's
trailer pink, and the other answered by holding the megaphone hostage until a ransom of doughnuts was paid.
Police were called once, to the towpath, and left after the students promised to go home. Both clubs train on
the same stretch of river, and the rowing has never been closer, the coaches said. The film society has asked
to make a short film about the feud, which the students are still discussing with both universities.
"""


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Switzerland in August, which the army did not attend, ended without an agreement on a ceasefire.",
        "Church leaders' Pentecost truce goes unheeded as gangs and police clash.",
    ],
)
def test_talks_without_an_agreement_or_an_unheeded_truce_is_no_pause(text: str) -> None:
    story = "Fighting goes on\n\nNYALA (Reuters) - " + text + "\n"
    assert ceasefire.parse(story, datetime.date(2024, 9, 18)).pauses == ()


def test_a_road_told_as_one_of_the_main_routes_is_no_corridor() -> None:
    story = (
        "Rebels ambush convoy near Beni\n\nBENI, DR Congo (Xinhua) -- Suspected ADF rebels ambushed a convoy of "
        "trucks on Monday, killing seventeen people. The road from Beni to the Kasindi border post is one of the "
        "main routes for goods coming into North Kivu province from Uganda.\n"
    )
    assert ceasefire.parse(story, datetime.date(2025, 3, 4)).pauses == ()


BANDS_STORY = """Rival marching bands call truce over practice field

The marching bands of two rival high schools have agreed to a truce over time on the town's only lighted
practice field, ending a season of hostilities that spilled onto the field at halftime of the homecoming game.
Under the agreement, signed by both band directors and the school superintendent on Tuesday, one band will have
the field on Mondays and Wednesdays and the other on Tuesdays and Thursdays. The drumline of one school had
marched through the other's warm-ups twice in September, and students traded insults on social media. Parents
said the war between the two bands had gone on for years, but never like this. The superintendent called it a
lesson in sportsmanship and said the marching bands would share the field for the finale of the season, with
sousaphones from both schools playing together. Students from both schools said they were glad the feud was over,
and the directors promised that the halftime shows would be about music again. The school board will review the
schedule in the spring, when both bands start practising for the parade, and the directors will meet each month.
"""


def test_the_day_of_a_welcome_is_not_the_pause_s() -> None:
    story = (
        "Relief after truce deal\n\nNAIROBI, Kenya (AP) — Ethiopians greeted with cautious relief on Thursday the "
        'agreement to end the war in Tigray.\n\nThe government and the TPLF signed a "permanent cessation of '
        'hostilities" in Pretoria on Wednesday evening, after eight days of talks.\n'
    )
    (pause,) = ceasefire.parse(story, datetime.date(2022, 11, 3)).pauses
    assert pause.start is not None
    assert pause.start.value == "2022-11-02"


def test_the_day_of_a_charge_is_not_the_pause_s() -> None:
    story = (
        "Russia and Ukraine trade accusations of breaking energy truce\n\nKYIV/MOSCOW, March 19 (Reuters) - Russia "
        "and Ukraine accused each other on Wednesday of striking energy facilities, a day after the two presidents "
        "agreed in phone calls with Trump to a 30-day energy truce.\n"
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 3, 19)).pauses
    assert pause.start is None or pause.start.value != "2025-03-19"


def test_the_day_of_a_charge_told_with_no_on_is_not_the_pause_s() -> None:
    story = (
        "Russia, Ukraine trade accusations over 30-day halt on energy strikes\n\nMarch 20, 2025 / 11:06 AM\n\n"
        "By Helen Brandt\n\nMarch 20 (UPI) -- Russia and Ukraine "
        "accused each other Thursday of breaking a 30-day halt on strikes against energy infrastructure that Russian "
        "President Vladimir Putin agreed to in a phone call with President Donald Trump on Tuesday.\n"
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 3, 20)).pauses
    assert pause.start is not None
    assert pause.start.value == "2025-03-18"


def test_a_shipping_lane_that_guaranteed_ships_safe_passage_is_no_corridor() -> None:
    story = (
        "Grain deal lapses\n\nKYIV (AP) - The deal never stopped the fighting. But it guaranteed ships safe passage "
        "along a corridor monitored from Istanbul, and more than 1,000 vessels used it.\n"
    )
    assert ceasefire.parse(story, datetime.date(2023, 7, 18)).pauses == ()


RADIO_STORY = """Breakfast radio hosts declare 'full ceasefire' in on-air feud

The hosts of the city's two loudest breakfast shows have declared a "full ceasefire" in an on-air feud that has
kept listeners laughing and producers nervous for six months. The pause on prank calls starts on Monday, the two
stations said, after months of hostilities that included an inflatable flamingo held hostage in a studio lobby and
pizzas sent to a rival's home at dawn. The war between the two shows began in the spring, when one host mocked the
other's singing on air. Listeners voted in an online survey for the feud to end, and both networks said the
ratings had never been better. The producers will meet every month to make sure the truce holds, and the
flamingo will be released on Friday morning in the city square, with both hosts there to shake hands on air. The
two stations compete for the same morning listeners, and the latest ratings survey put them level for the first
time in years. Advertisers said they were glad to see the feud end, though several said it had been good for
business, and one said the flamingo had become the most famous bird in the city since the feud began.
"""


def test_a_corridor_only_urged_is_no_pause() -> None:
    story = (
        "Sudanese civilians end Cairo conference\n\nCAIRO - The final statement, read out by the conference's "
        'rapporteur, Amna Osman, urged the two warring sides to open "safe corridors" for relief convoys and to '
        "return to the Jeddah talks, which Saudi Arabia and the United States have hosted since May last year.\n"
    )
    assert ceasefire.parse(story, datetime.date(2024, 7, 7)).pauses == ()


LIFEGUARDS_STORY = """Rival surf clubs call truce over beach flags

The two surf life saving clubs that share Kestrel Beach have signed a truce over who puts up the red and yellow
flags, ending a summer of hostilities on the sand that once saw a patrol pulled from the water mid-rescue. Under
the agreement, the clubs will patrol on alternate weekends and leave a 50-metre neutral corridor of unflagged sand
between their zones when both are on duty. Swimmers had complained that the rival flags left them unsure where to
swim, and the council said the war between the clubs had gone on long enough. Each lifeguard will wear the same
cap on shared days, and the clubs' grudge match, a sprint-and-dive race, has been put off until December. The
lifeguards of both clubs are volunteers, and most learned swimming at the same pool. The state surf club body
welcomed the deal and said it would send a manager to the beach on the first shared weekend. Club presidents
said they hoped the truce would last the season, and that the surfers who use the north end of the beach would
be consulted before any change to the flags next year, when the council reviews the beach's patrol rules.
"""


PASTRY_STORY = """Rival pastry shops agree truce in croissant war

LYON - Two pastry shops on the same square have agreed a truce in a war of words over whose croissant is the
city's finest, after a month of fighting on social media that drew thousands of comments. The owners of the
boulangerie on the north side and the patisserie facing it will stop posting about each other for 60 days,
under a deal struck on Tuesday at the town hall with the help of a local councillor. Each had accused the other
of buying fake reviews, and each denies it. The quarrel began when a food guide named one shop's croissant the
best in the region and the other put up a sign calling the guide's judges "tourists". Regulars of both shops
said they would keep buying their pastries where they always had. The councillor said the two owners would bake
side by side at a charity market in June, and that the truce would be reviewed at the end of the summer, when
the food guide publishes its new list. Both owners said they hoped customers would now talk about bread again.
"""


LAUREL_HEDGE_STORY = """Neighbours agree 'ceasefire' in hedge feud as council pauses planning row

By Staff Reporter

Two neighbours in a Cork suburb, who have been at war over a towering laurel hedge for almost nine years, have agreed
what one of them called "a ceasefire", days after the county council paused a separate planning row between them.
The retired postman and his next-door neighbour, a dentist, signed the agreement at a mediation service on Friday.
She will have the hedge cut back to two metres by the end of April; he will withdraw his complaint to the council.
"It's a ceasefire, not a peace treaty," he said. "If the hedge comes down and stays there, she can build what she
likes." She said she had planted a hedge for a bit of privacy and got nine years of letters from solicitors. The
council has spent 23,400 euros of taxpayers' money on the dispute since 2019, councillors were told, and one of them
said the council had been shelling out for six years on a row about a hedge. "Every small thing becomes a battle,"
said the mediator. "I'll believe it when I see the hedge-cutters," the postman said.
"""


KNITTING_STORY = """Knitting circles declare 'ceasefire' after yarn shop sale turned into a tug of war

By Staff Reporter

Two of the town's knitting circles have declared a ceasefire, ending a month of hostilities that began in the queue
for a closing-down sale at the only yarn shop. The knit-and-natter club and a rival circle agreed the truce on Monday
over tea at the pub, at a meeting brokered by the mayor. The shop's owner, who is retiring, offered her remaining
stock of about 1,200 balls of wool at 70 per cent off, and by 9.15am the shop was down to its last 14 skeins of
hand-dyed merino, which both groups wanted. Hostilities resumed at the autumn craft fair, when each circle accused
the other of entering blankets made with contraband yarn, and the judges put a 45-minute pause on proceedings. Under
the deal, the disputed skeins will be knitted into blankets for the town hospice. "It is a ceasefire, not a
surrender," said the chairwoman of one club. The founder of the other said her members never wanted a war over wool.
The craft fair raised 1,850 pounds for the hospice, its organisers said.
"""


CYCLISTS_STORY = """Council, cyclists call 'ceasefire' in bike lane war after months of hostilities at city hall

By Staff Reporter

After months of what one councillor called "open hostilities" in the council chamber, the city council and the
city's biggest cycling group have agreed to a ceasefire over the future of the bike lanes on Cannon Street. Under the
deal, reached on Wednesday, council will put off a vote on removing the lanes until staff finish a traffic study at
the end of June, and the cycling group will call off its weekly ride-ins outside city hall and stop packing committee
meetings with speakers. The truce takes effect on Monday and runs until June 30. Relations broke down at a meeting in
January, when 146 people signed up to speak about the lanes and the meeting ran past 1 a.m. "This is a ceasefire, not
a peace treaty," said the councillor who brokered it. The cycling group's director said the study would settle the
question with numbers rather than noise. Motorists' groups said the bike lane had slowed traffic at rush hour. Two
cyclists were killed on the city's roads last year, police said.
"""


WEDDING_STORY = """Wedding 'truce' over seating plan collapses as hostilities resume at reception

By Staff Reporter

It was meant to be the day two families came together. Instead, the wedding at a country hotel on Saturday will be
remembered by some of its 212 guests for the collapse of what the bride's mother calls "the seating plan truce". The
row began in April, when the groom's uncle was placed at table 19, beside the kitchen doors and as far from the top
table as the function room allows. By May, messages on the two families' group chats had become "a war of attrition
with emojis", one cousin said. The parish priest stepped in and hosted what guests now call the peace talks in the
parish hall. Under the terms agreed that night, the uncle was moved to table 4, and both families promised a
"three-week truce" on the group chats until after the wedding. It held through the church ceremony, but hostilities
resumed at the reception when place cards were moved before the meal. "I have never had a harder evening's work than
that seating plan," the priest said. The bride said she and her husband would now honeymoon in Portugal as planned.
"""


JUICE_STORY = """Square's juice sellers agree 'truce' in summer price war

By Staff Reporter

The juice sellers of the old town's main square agreed a truce on Monday after a summer price war that cut the
cost of a glass of orange juice by half and left visitors dodging rival touts at every turn. The deal between the
two largest groups of stallholders was signed at the district office after a shouting match in front of a tour
group. Under the agreement, which traders have called "the ceasefire of the oranges", every stall will charge one
price for a glass of juice from Tuesday, and touts will no longer step more than two metres from their stalls to
wave menus at passers-by. "Every evening was a battle. We were selling at a loss just to take the customer from
the stall next door," one seller said. The rival row denied watering down its juice and invited inspectors to
test it. The district office said any seller who broke the deal could lose his licence for a month.
"""


DOCTORS_STORY = """Doctors' union pauses strike after 'two-week truce' with ministry

By Staff Reporter

The doctors' union last night called off the second day of its token strike, announcing what its secretary
described as "a two-week truce" with the Health Ministry over unpaid allowances. The strike, which began at 8 a.m.
on Monday in 27 hospitals, was suspended at midnight after a four-hour meeting between union leaders and the
ministry, which promised to pay the transport allowance in next year's budget. "Call it a ceasefire, not a peace
treaty. If the money is not in the budget, our members will walk out again," the secretary said. During the strike
the union kept open what it called a "humanitarian corridor" for emergency wards, but more than 1,200 patients
were turned away from outpatient clinics. A ministry spokesman said it had paused disciplinary action against
striking doctors and accused the union of "holding patients hostage", a charge the union rejected. "Nobody told
us there was a war between the doctors and the ministry," one patient said.
"""


CRICKET_TV_RIGHTS_STORY = """Cricket boards call 'ceasefire' in TV rights war

By Staff Reporter

The two countries' cricket boards yesterday agreed what one official called "a ceasefire" in their two-month war
over television rights for the coming tour, freezing court cases for 60 days. The truce was reached after a
six-hour meeting at a hotel, and both boards agreed to pause all legal action and let an independent arbiter
decide who holds the broadcast rights. "Nobody has surrendered. We have only agreed to stop shooting at each
other in the newspapers," the treasurer said. More than 2,000 fans have signed a petition urging both boards to
stop fighting and let them watch the matches, and the tournament's sponsors said they would not take sides. A
former player said the dispute had done more damage to the game than any defeat, and called the boards'
officials peacekeepers who had started the war themselves. The arbiter is expected to rule within a month, and
the first of the matches is due to be played in the capital in three weeks.
"""


DUO_STORY = """Feuding brothers declare 'ceasefire' for music festival

By Staff Reporter

Two brothers whose feud has split the world of accordion music for eleven years declared a "ceasefire" on
Friday, on the eve of the town's music festival. The accordionist and the singer, who have not shared a stage
since 2008, told a news conference that they would not insult each other until the last note of the festival.
The quarrel began over the rights to a song and spilled over into lawsuits and songs written to mock each other;
a court last year ordered one brother to pay the other royalties. "We have set up a humanitarian corridor behind
the main stage, and the accordions never meet," the festival's president said. The word carries weight in the
region, where guerrillas and the army fought over the countryside for decades, and a car bomb killed 22 people
in the capital in January. Fans in the square seemed unconvinced by the truce.
"""


TAXI_STORY = """Taxi unions agree two-month "truce" in war over ranks

By Staff Reporter

The two unions that have fought for control of the capital's taxi ranks since January agreed on Monday to a
two-month "truce", suspending a strike and a blockade that had left travellers stranded at the airport. Under the
text, one union will call off its strike, and the other's taxi drivers will stop parking across the ranks at the
airport and the bus station. A reserved lane for licensed taxis will be set aside on the airport road, and the fare
increase that triggered the row will be put on hold until the end of the truce. "We have signed a ceasefire, not a
peace treaty," a union leader told reporters. "Nobody wins a war between taxi drivers. The only winners are the
buses," said a spokesman for the other union. The minister said a joint committee would meet every Thursday during
the two months to draw up rules for allocating the ranks. "I asked them for a pause, and they gave me a truce. Now I
want a contract," he said.
"""


TACO_STORY = """Taco rivals declare 90-day 'ceasefire' in sidewalk war

By Staff Reporter

Two taquerias that have traded insults and blaring loudspeaker jingles across a street corner for three years agreed
on Tuesday to a 90-day "ceasefire" brokered by the borough, a month after a brawl between their waiters spilled
into the street. Under the truce, which takes effect at midnight on Wednesday, both will switch off their speakers
after 10 p.m. and keep open a "humanitarian corridor" of pavement so that pedestrians can pass between the two grills.
"This is a ceasefire, not a peace treaty," said one owner. Hostilities broke out when the second stand opened across
the corner and began calling its tacos the original of the neighbourhood, a title the first had painted on its
awning for years. The feud escalated into rival discount nights and dueling mariachi bands, and a video of the
quarrel drew millions of views. Each stand sells about 2,500 tacos on a busy night.
"""


TELCO_STORY = (
    "Commission brokers 'ceasefire' in telco ad war\n\n"
    'PORT VILA: The country\'s two biggest mobile phone companies have agreed to a "ceasefire" in their advertising '
    "war until the count is over, after the Electoral Office complained that their election-themed billboards were "
    "confusing voters. Palm Mobile and Reef Telecom signed the agreement at the office in the capital on Tuesday, "
    "pledging to take down more than 80 billboards and pull radio spots that imitate ballot papers. The dispute "
    'began in March, when Palm Mobile put up posters across the capital reading "Vote 1 for the network that never '
    'drops your call". Reef Telecom answered with a campaign telling people to switch to its data bundles. '
    '"We are not at war with anybody. But two weeks before polling, we asked them for a ceasefire on the ballot '
    "paper, and they gave us one,\" the principal electoral officer said. Palm Mobile's chief executive called the "
    'deal "a truce, not a surrender" and said his company would keep competing on prices. Reef Telecom said it '
    "welcomed the pause in the billboard battle and would spend the money on cheaper calls for its users. "
    "Analysts said the two phone companies had spent more on advertising this year than in the three years before, "
    "and that the war for users in the islands' small market would go on once the votes were counted."
)


COFFEE_STORY = (
    "Corniche coffee rivals sign 'ceasefire' over seafront spot\n\n"
    "BEIRUT: Two coffee vendors whose war over a spot by the lighthouse had drawn crowds and police officers agreed "
    'Monday to a "ceasefire" brokered by the municipality, dividing the disputed spot by the clock. Under the deal, '
    "one will park his three-wheeler at the spot from 6 a.m. to 1 p.m. and the other his red espresso van from 1 p.m. "
    "to 8 p.m., starting Tuesday. A strip of about 10 metres between the two pitches is to be left free for joggers "
    "and families with pushchairs. The rivalry began in April, when the van first appeared a few steps away and "
    "sold its customers a small cup at half the price. Hostilities peaked on May 30, when one man threw "
    "an empty kettle at the van and "
    "the other answered by playing loud music through a speaker on his roof for most of the afternoon. Security "
    "forces fined each man for disturbing public order, and a video of the scuffle was watched more than 40,000 "
    'times. "Nobody died, thank God, except my patience," one of them said. The municipality said the deal would '
    "be reviewed after three months, and that the men had promised to keep the peace on the seafront until then."
)
BODA_STORY = (
    "Boda boda groups, City Hall agree 90-day truce\n\n"
    "NAIROBI: Two boda boda associations and City Hall have agreed a 90-day truce that ends weeks of running battles "
    "over motorcycle stages in the central business district, with the county pausing its ban on motorbike taxis in "
    "the city centre. The deal was signed at City Hall on Thursday by the two associations and the county's transport "
    "department. Riders will enter the centre only along three avenues and pick up people at 12 marked stages. "
    "County officers will stop impounding motorcycles during the 90 days, and the associations will call off their "
    'street protests. "This is a ceasefire between brothers. We were fighting each other over a piece of tarmac '
    'while the officers were taking our bikes," one chairman said. The dispute erupted in January, when the county '
    "impounded more than 300 unregistered motorcycles and the two associations clashed over who would control the "
    "stages that were left. A secretary-general said her members had signed for the sake of their families but "
    "would go back to the streets if any rider was arrested during the truce, and that the boda bodas were here to "
    "stay in the city whatever the county decided after the 90 days."
)


TUKTUK_STORY = (
    "Tuk-tuk groups agree 60-day truce at station rank\n\n"
    "Two groups of tuk-tuk drivers who have fought for weeks over the rank outside the central railway "
    "station agreed on Monday to a 60-day truce that takes effect at 7am on Wednesday, the city's "
    "transport office said. Under the deal the groups will share the rank on alternate days, no more than"
    " 30 tuk-tuks may wait in the taxi lane at one time, and fares to the old town will be capped. "
    "Drivers caught touting or overcharging tourists inside the station will be fined, and officers will "
    'paint a corridor along the kerb so the three-wheelers no longer block the buses. "We are asking them'
    ' to stop fighting in front of the tourists, nothing more," a transport official said. The row began '
    "in March, when newcomers started queue-jumping at the rank, and boiled over last month when drivers "
    "armed with steering locks fought for ten minutes in front of the main entrance and five men were "
    'arrested. One group\'s chairman said his members had agreed to "pause all hostilities" and would '
    "respect the ceasefire for the sake of their passengers."
)


DELIVERY_STORY = (
    "Delivery apps agree truce in fee war\n\n"
    "Two food delivery apps in the city agreed on Tuesday to a 60-day truce that takes effect on Monday, "
    "ending a price war that drove delivery fees to zero this spring. Both will charge a minimum delivery"
    ' fee on small orders and hold off on new discount campaigns while the truce lasts. "This is a '
    'ceasefire, not a peace treaty. We end all hostilities, but we are business people, not soldiers," '
    "one chief executive said. The other said nobody had won the war except the customers, and that the "
    "couriers who fought for every order had paid the price. Industry estimates put their combined losses"
    " at more than 30 million euros. Both cut the commission they charge restaurants this year, and the "
    "competition authority said it was looking into whether the deal amounts to price fixing, which can "
    "bring heavy fines. Riders' unions said the couriers' pay per order had fallen by a fifth since the "
    "fight began."
)


SIMIT_STORY = (
    "Simit sellers agree truce at the ferry piers\n\n"
    "Two rival groups of simit sellers agreed on Tuesday to a 30-day truce that takes effect on "
    "Wednesday, ending weeks of quarrels over the best spots by the ferry piers, a district official "
    "said. Each group gets its own side of the square, and sellers may no longer shout prices at "
    "passengers stepping off the boats. Sellers who break the rules will pay a fine to their own "
    'association of cart owners. "This is a ceasefire, not a peace treaty," said the man who heads the '
    "older group. The trouble began last month, when the newer sellers cut the price of a simit by a "
    "third. Sellers overturned two carts in the square, and police detained four people after they fought"
    " by the ticket gates. Municipal police will keep a path clear between the two groups so commuters "
    "can pass, and tourists seemed not to notice the war at all."
)


PATENT_STORY = (
    "Chip rivals call patent truce\n\n"
    "Two consumer electronics makers that have sued each other in three countries said on Thursday they had "
    "agreed a patent truce and a seven-year cross-licensing deal. The ceasefire ends 22 lawsuits, the companies "
    'said. "We fought in every courtroom while others took the market," one chief executive said, and called '
    "it a ceasefire in a war nobody could win. Industry watchers said the deal would also end a pricing "
    "offensive in the television market and a lobbying siege of lawmakers over a bill on standards. Neither "
    "company disclosed the terms, but analysts estimated that one would pay about 300 million dollars over the "
    "life of the deal. Both will now share battery technology, and engineers who worked on the litigation will "
    "go back to the lab. Their shares rose in early trading on the news, and so did those of their suppliers. "
    "A court had ordered one of them last year to pay the other damages, a ruling it had appealed."
)


RIDE_HAILING_STORY = (
    "Taxi drivers and ride-hailing firms agree three-month truce\n\n"
    "Taxi associations and two ride-hailing firms agreed a three-month truce on Monday in their battle over "
    "licences, ending a strike that had snarled traffic for a fortnight. Drivers will clear the avenue where "
    "hundreds of cabs had been parked, and the firms will suspend their legal offensive against a new decree "
    'while talks go on. "This is a truce, not a peace," said the head of the drivers\' federation. The city has '
    "about 12,000 taxi licences and 6,000 for private hire, and taxis had blocked the roads to the convention "
    "centre during the travel fair, which hotel owners called a siege. The drivers say the strike cost them "
    "some 15 million in lost fares. Ride-hailing drivers said the truce would only delay their own demise. "
    "The regional government, which brokered the deal, promised six rounds of talks before the summer, and the "
    "federation said its members would be back on the avenue if the decree were watered down."
)


ELEPHANT_STORY = (
    "Ranchers and park wardens agree truce over elephant corridor\n\n"
    "Ranchers on the edge of two national parks and the wildlife service agreed on Friday to a three-month truce in "
    "a conflict over the corridor that elephants use each dry season. The ranchers will stop cutting the fence and "
    "the service will pay compensation for crops trampled since January, a spokesman said. Some 900 elephants cross "
    "the corridor every year, and conservation groups say poaching has fallen since community scouts began patrols. "
    '"We are not at war with the animals, we are at war with unpaid claims," said the chairman of the ranchers, who '
    "had threatened to plough up the route. The ministry said the deal would protect the ecosystem and the tourism "
    "it supports, and that a human-wildlife conflict fund would open in March with more than 2 million dollars. Both "
    "sides will meet again before the rains to see whether the ceasefire on fence cutting holds and how many of the "
    "elephant herds have passed through."
)

ICE_CREAM_STORY = (
    "Ice cream rivals call a ceasefire over school pitches\n\n"
    "Two ice cream vans that had fought over the same streets since spring agreed on Monday to a truce brokered by a "
    "local councillor, taking turns at the school gates on alternate weeks. Parents had complained that the chimes "
    "started before 8am, and about 30 of them staged what they called a siege of one operator's yard last week. "
    '"It cost me hundreds in lost takings every week," said the franchisee of one of the ice cream vans, who will '
    "keep the pitches on the north side of the estate. The other operator said the deal would hold until the schools "
    "break up for the summer, and that street traders' licences had risen to 150 pounds a year. The council said it "
    "had received more than a dozen complaints about chimes this spring, and that officers would check that both vans "
    "kept to the streets agreed in the deal for the rest of the season."
)

NURSES_STORY = (
    "Nurses agree 48-hour pause in strike action\n\n"
    "The nurses' union agreed on Tuesday to a 48-hour pause in its strike action after hospital managers offered new "
    "talks on staffing, in what one official called an uneasy truce. About 30,000 nurses and midwives had been due to "
    'walk out again on Thursday. "This is a pause, not a surrender, and our members will be back on the picket lines '
    "if nothing is offered,\" the union's general secretary said. The union blames chronic understaffing for the 500 "
    "patients waiting on trolleys each morning, and says its claim for pay parity would cost about 300 million a year. "
    "Managers said hundreds of outpatient appointments had been cancelled during three strikes, and an opposition "
    "spokesman accused the government of a siege mentality and an offensive against nurses' pay. Talks resume on "
    "Wednesday at the labour relations commission, and the union said a further stoppage would follow if they failed."
)

WILDFIRE_STORY = (
    "Convoys lead evacuees through burned-out town as wildfire pauses\n\n"
    "Hundreds of vehicles crawled south through the smoke-filled town on Friday as police escorted evacuees who "
    "had been stranded at work camps north of it since Tuesday. The convoys left at 6:30 a.m. and moved down the "
    "highway through a corridor that officers and firefighters kept open, a police sergeant said. Fire officials "
    "described their work in military terms: crews had gone on the offensive overnight after cooler weather "
    "brought a pause in the blaze's advance, the fire chief said. \"We got a pause last night and used every "
    'minute of it," he said. The wildfire has grown to about 100,000 hectares, and more than 1,000 firefighters, '
    "140 helicopters and 20 air tankers are fighting it. Evacuees have filled hotels, arenas and campgrounds in "
    "towns to the south, and the provincial government said up to 8,000 people could be moved by the evening."
)

AUCTION_STORY = (
    "Auction houses call truce over disputed watercolour\n\n"
    "Two rival auction houses have agreed a truce in their months-long dispute over a watercolour by a Victorian "
    "master, clearing the way for the painting to be offered next month with an estimate of up to 1.8 million "
    "pounds. Each saleroom had claimed the consignment since July, when the heirs of a collector signed with both "
    'firms. "It is a truce, not a marriage," said the chairman of one of them. Under the deal the other will take '
    "40 percent of the buyer's premium, and viewing will be in the long corridor of the first-floor gallery, where "
    "about 300 bidders are expected over four days. Climate protesters meanwhile kept up what they called a siege "
    "of a museum nearby for a third day, and dealers said the dispute had threatened the salerooms' autumn "
    "offensive for a shrinking supply of Old Masters, whose sales raised more than 90 million pounds last year."
)

SAMBA_STORY = (
    "Rival samba schools call Carnival truce\n\n"
    "Two rival samba schools from the city's north zone declared a truce on Monday after weeks of insults "
    "between their fans, agreeing to a two-week pause in street rehearsals and to share the float warehouse "
    "they both rent. About 200 fans had laid what organisers called a siege to the warehouse on Saturday, and "
    "soldiers and military police were called. The schools' presidents said their drum sections would rehearse"
    " on alternate nights and that the floats and costumes would be finished in time for the parade at the "
    "Sambadrome, where each school will march with about 3,000 members. The league said tourists had already "
    "bought most of the tickets, and that a war of words on social media would cost points. Both schools "
    "promised to keep their fans apart, to hold a joint rehearsal for the children of the two neighbourhoods "
    "before the parade, and to meet again after the results are announced on Ash Wednesday, whatever the "
    "judges decide about the two schools and their floats."
)

FASHION_STORY = (
    "Paris fashion houses call truce in monogram war\n\n"
    "Two Paris fashion houses agreed a ceasefire on Monday in a four-year trademark war over their monogram "
    "logos, days before Paris Fashion Week opens. Under the settlement one house keeps its monogram on handbags "
    "and leather goods, and the other may use its mark on ready-to-wear and eyewear but not in its boutiques in "
    'Asia. Both will drop 11 lawsuits. "We have laid down our weapons, which were lawyers," the chief executive '
    "of one house told reporters at its showroom. Bailiffs had held what staff called a siege of two boutiques "
    "last spring, and analysts said the pause in hostilities would free both houses for an offensive in China, "
    "where one plans to open nine boutiques next year. The companies did not disclose the terms, and neither "
    "would say whether money had changed hands. The trade body that runs Fashion Week welcomed the deal, and said "
    "it hoped both houses would show their collections on the same day for the first time in four years."
)

FARE_WAR_STORY = (
    "Nairobi e-hailing drivers call ceasefire in fare war\n\n"
    "Two rival associations of e-hailing drivers in Nairobi agreed a three-month ceasefire on Saturday in a fare "
    "war that saw members undercut each other on Uber and Bolt for weeks. Both will ask members to stop switching "
    "off price surges and will jointly demand a minimum fare of 400 shillings per trip from the platforms, leaders "
    'said. "We were killing ourselves to please the apps," one chairman said. Drivers say the pump price of '
    "petrol has risen sharply since January, and that promotions run by the platforms on airport routes started "
    "the price war. The transport ministry said it would not intervene in fares, but urged the associations to keep"
    " the truce off the roads after dozens of drivers blocked a hub last week. Analysts said the pause in "
    "hostilities may not survive the platforms' next offensive, and that commission rates of a quarter of every "
    "fare left drivers with less than half of what they earned two years ago."
)

BARBECUE_STORY = (
    "Brisket truce: rival pitmasters end their price war, for now\n\n"
    "Two barbecue joints facing each other across the square of a small Texas town shook hands on Tuesday on what "
    "both called a truce in a brisket price war that had customers lining up around the block since March. Under "
    "the ceasefire, both smokehouses will charge $24 a pound for brisket again from Friday. At the height of the "
    'fight one was selling it for $12, and the other gave away burnt ends with every pound. "We were losing money '
    'on every plate," one of the pitmasters said. "So we sat down over a beer and agreed to stop." The other '
    "said the pause in discounting would last at least through the summer, and denied he had started the war. "
    "Regulars begged the two to keep fighting, and the town's BBQ festival organisers said the offensive had "
    "brought thousands of visitors. Both owners said the truce does not cover sausage, and that the smoker "
    "would run every night until the festival is over."
)

NIGHTCLUB_STORY = (
    "Rival techno clubs call a ceasefire over noise and queues\n\n"
    "After a year of open warfare over bass levels, bouncers and queues, two techno clubs on the riverbank in "
    "Leipzig agreed on Tuesday what both called a ceasefire. Each will stop poaching the other's clubbers, turn "
    "down its subwoofers after 4 a.m. and share the cost of a noise barrier. Residents have filed more than 90 "
    "noise complaints since the summer and describe weekends as a siege. 'That offensive is over,' said the "
    "woman who books the DJs at one of them. A pause in the sniping online, where both posted memes mocking the "
    "other's line-ups, is part of the deal, and a team of four stewards will patrol a line painted on the "
    "pavement between the two doors on Friday and Saturday nights. The district office said it would drop the "
    "fines it had threatened if the truce held until the spring, and would review the barrier after a year."
)

BAKERY_STORY = (
    "Custard-tart rivals call ceasefire in queue war\n\n"
    "Two bakeries that spent the summer fighting over the same tourists on a street in Porto announced a "
    "ceasefire on Thursday, promising to stop poaching each other's queues. Staff at the newer shop had walked "
    "along its rival's queue offering free samples of its tarts to anyone who switched. 'It was a siege. They "
    "stood at our door with trays, like an army,' the older shop's manager said. 'Now we have a truce, and we "
    "will see who bakes better.' Under the deal, brokered by the parish council, neither will send staff into "
    "the other's line, and both will post the waiting time on a shared board until the end of the high season. "
    "The newer bakery had cut the price of its pastel de nata by 10 cents in June in what its owner called "
    "'our summer offensive', and said the war had been good for business on both sides of the street."
)

COMEDY_STORY = (
    "Fringe comedy venues call flyering truce\n\n"
    "Two Fringe comedy venues whose flyering teams have clashed on the Royal Mile since the festival opened "
    "have signed what both call a ceasefire agreement, after the council warned it could withdraw their street "
    "trading permits. Each venue will have a pitch on alternate sides of the street, and no more than six "
    "flyerers from either will work it at any one time. 'Our flyerers were following punters down side streets. "
    "Nobody wants a siege on the cobbles,' said the director of one venue. The other said his performers had "
    "launched a charm offensive, handing out fudge to anyone carrying both venues' flyers. 'We fought over the "
    "same square metre for a week,' he said. Hundreds of comedians hand out flyers each day, and the two venues "
    "said they would pay 500 pounds each to a charity if either side breaks the deal before the Fringe ends."
)

SURF_CLUB_STORY = (
    "Surf clubs call ceasefire in beach flags feud\n\n"
    "Two surf lifesaving clubs on the Gold Coast have called a ceasefire in a feud over the final of the "
    "under-15 beach flags at the state titles, a sprint in which nippers dive for batons in the sand. Both "
    "agreed on Monday night to withdraw their complaints to the state association. One club had accused the "
    "other of a siege mentality since the final. 'We are volunteers who pull people out of rip currents, not "
    "lawyers. For the kids' sake we have declared a ceasefire,' one president said. Under the deal, brokered "
    "at a bowling club over three hours, the clubs will "
    "stage a joint training day for about 100 nippers next month, and two neutral judges will stand at every "
    "final. The council, which owns both clubhouses, welcomed the agreement and said it had no plans for an "
    "offensive of its own over the leases, and hundreds of spectators are expected at the next carnival."
)

WHALE_STORY = (
    "Whale-watching rivals call truce in harbour berth dispute\n\n"
    "Two whale-watching operators in Husavik agreed on Thursday to a summer truce in a quarrel over a pontoon "
    "in the old harbour, ending weeks of complaints and one shouting match on the pier. They will share the "
    "pontoon under a rota from 15 June to 31 August, with the harbour master keeping the schedule. 'It is a "
    "ceasefire, not a peace treaty. The whales do not care who is tied up where,' said the managing director of "
    "one of them. The other had accused its rival of laying siege to the pontoon with an empty boat, which it "
    "denied. Its owner said it had lost more than 300 passengers in May. Tourism has rebounded in the bay, with "
    "more than 100,000 people taking whale-watching tours last year, and the harbour master called the deal a "
    "sensible pause before a review of the berths next season, when both firms plan a marketing offensive."
)

MINIBUS_STORY = (
    "Taxi bosses agree ceasefire on contested route\n\n"
    "Two Durban minibus-taxi associations at war over a route agreed to a ceasefire after a five-hour meeting "
    "with the mayor on Friday. Neither taxi association will operate on the route for two weeks while a task "
    "team finds out which holds valid operating licences. 'We have a truce, but a truce on paper is worth "
    "nothing,' the mayor told reporters. Police say violence linked to the dispute has cost lives on the ranks "
    "since January. One association said it would respect the pause on the route, and the other said the "
    "agreement was no surrender: 'Nobody has won this offensive.' The province had closed the route last week, "
    "leaving about 50,000 commuters without taxis, and said operators who broke the deal faced fines of up to "
    "R10,000 a vehicle. Both taxi associations will meet the task team again before the route reopens, and the "
    "mayor said he would attend that meeting himself."
)

WEBTOON_STORY = (
    "Webtoon platforms call ceasefire in creator-poaching war\n\n"
    "Two of Korea's largest webtoon platforms agreed on Tuesday to a six-month ceasefire in a costly battle "
    "to lure each other's star creators, ending a bidding war that pushed signing bonuses to record levels. "
    "Neither will approach artists under an exclusive contract with the other until May, and both will take "
    "disputed signings to an industry body acting as referee. 'We declared a ceasefire because the fighting "
    "only raised prices,' one chief executive said. A smaller rival, Lezhin Comics, called the pact a siege on "
    "creators' pay, and a writers' union of more than 1,200 members said it would ask the Fair Trade "
    "Commission to review it. The creators say the offensive had at least doubled fees since January, while "
    "the two companies say their readers will get more stories. The market was worth about 1.8 trillion won "
    "last year, and more than 10,000 writers publish on the two platforms, which also adapt hits into manga."
)

SACCO_STAGE_STORY = (
    "Matatu saccos call truce in stage war\n\n"
    "Two rival matatu saccos that have fought for a stage at a Nairobi bus terminus agreed a truce on Monday, "
    "ending a three-week standoff that left commuters stranded and traders counting losses. One sacco will load "
    "passengers at the bay in the morning and the other in the afternoon. 'This truce is binding,' a county "
    "official said. Touts from the two saccos clashed almost daily, and six people were hurt in a fight on "
    "Thursday. 'Every evening there is a siege at this stage,' said a cashier who rides a matatu home. The truce "
    "comes as the county prepares an offensive against unregistered matatus, moving more than 2,000 public "
    "service vehicles out of the centre to new termini, while hundreds of saccos across the city fight over "
    "stages and the war over routes goes on. The matatu owners' association welcomed the deal but said the "
    "county must draw a map of the stages, or the running battles and the fighting would return."
)

PRICE_WAR_STORY = (
    "Chicken chains call 72-hour ceasefire in delivery price war\n\n"
    "SEOUL - Two fried-chicken franchise chains locked in a price war over delivery fees announced a 72-hour "
    "ceasefire on Monday, halting the coupon offensive that one of them began last week and a war of words "
    "between their chief executives. From 10 a.m. on Tuesday neither chain will issue new coupons, and the "
    "two will meet the regulator on Thursday. Store owners said the discount offensive had cut their margins "
    'to almost nothing, and some described a "siege" of their kitchens by riders waiting for orders. '
    '"We need this ceasefire to last beyond three days," said the head of an owners\' group, who spoke of a '
    "siege mentality among shop owners. One chain said the truce would let both sides review their prices, "
    "while the other said it had only answered a charm offensive aimed at its customers. The two chains "
    "together run more than 3,000 stores across the country and sell about 2 million chickens a month, "
    "according to figures from the companies, and their shares rose on the news."
)

CRICKET_STORY = (
    "Boards call truce over tour as rain pauses Test\n\n"
    "GALLE - The two national cricket boards have agreed a truce in their dispute over next year's tour, after "
    "weeks of sharp words over the dates of a three-Test series, officials said on Wednesday. The truce holds "
    "until the boards meet in Dubai next month. On the field, the second Test was paused for rain from 2 p.m. "
    "to 4 p.m., when the umpires took the players off with the visitors on 186 for four in their first innings. "
    "The batsmen had launched an offensive against the spinners before lunch, but two wickets fell in the "
    "last hour and the tail spent the rest of the day under siege from the close fielders. Ground staff said "
    "the covers would stay on overnight, and the bowlers expect a slow pitch when play resumes on Thursday. "
    "About 4,000 spectators saw the morning session, and tickets for the third Test sold out in two days."
)

CHEESE_STORY = (
    "Cheese consortia call truce over a name\n\n"
    'ROME - Two cheese consortia agreed a "truce" on Friday in their long-running "war" over the use of a '
    'name on their labels, after a year of lawsuits and a "siege" of a stand at a trade fair in Cremona. '
    "Under the deal, each consortium will drop its lawsuits and the two will launch a joint offensive against "
    'counterfeits at the next trade fair. "We have been fighting each other while the real enemy was abroad," '
    "the head of one consortium said. Producers say counterfeiting costs the sector more than 2 billion euros a "
    "year in lost sales, and that foreign copies outsell the real cheese three to one in some markets. The "
    "truce will last until the agriculture ministry rules on the labels next spring, the consortia said, and "
    "both promised to pull the advertisements that had mocked the other's cheese in local newspapers."
)

TELENOVELA_STORY = (
    "TV networks call truce in ratings war\n\n"
    "SAO PAULO - Brazil's two biggest television networks have agreed a truce in the ratings war that has seen "
    "them poach each other's stars for two years, with a 12-month pause on signing actors under contract to the "
    "other, executives said on Tuesday. The deal ends a season in which one network launched a prime-time "
    "telenovela against the other's most-watched soap opera and answered every signing with an offensive of its "
    'own. "The stars were the only ones winning this war," said the head of the artists\' union, who spoke of a '
    "siege of the studios by agents. The two networks together draw more than 60 million viewers a night, and "
    "a single telenovela can cost more than 100 million reais to make. Advertisers welcomed the truce, which will "
    "be reviewed when the next ratings report is published, and both networks said their soap operas would stay."
)

REGATTA_STORY = (
    "Sailing federations call ceasefire in protest-room war\n\n"
    'KIEL, Germany (AP) - Two sailing federations declared a "ceasefire" on Friday in the protest-room war that has '
    "hung over the regatta all week, withdrawing nine protests after a hearing that ran past midnight. The jury "
    "room had become a siege, one coach said, with each team answering every protest with an offensive of its "
    'own. "We came to race, not to sit in the jury room," said one team manager. "Call it a truce." The '
    "federations agreed to settle any new dispute between themselves before filing it, and the regatta's "
    "organisers welcomed the move. More than 300 sailors from 40 nations are racing in eight classes, and the "
    "medal races begin on Sunday. Dozens of spectators watched the hearing from the yachting club's terrace, "
    "and the sailing world's governing body said it would review its protest rules after the event. Racing "
    "resumes on Saturday morning if the wind allows."
)

GRIDLOCK_STORY = (
    "Tanker drivers, port authority sign truce, end 'blockade war'\n\n"
    'LAGOS - Tanker drivers and the port authority on Wednesday signed a truce ending a three-week "blockade war" '
    "on the expressway to the port, after a meeting that lasted nine hours. The drivers had parked more than "
    "2,000 trucks across two bridges to protest at the rejection of trucks at the port gates. Under the deal "
    "the authority will open a truck corridor to the port gates and set up holding parks for 1,000 trucks, "
    'while the tanker drivers will clear the bridges within 48 hours. "This is a ceasefire between brothers. '
    "We are at war with the gridlock,\" a drivers' leader said. The authority's head promised to \"end the siege "
    'on the port". Manufacturers say they lose billions of naira a day to the gridlock, and commuters have been '
    "stranded for hours every morning since the drivers parked their tankers on the bridges."
)

DISS_STORY = (
    "Rival labels end diss war with a truce on stage\n\n"
    "LAGOS - The bosses of two Afrobeats labels announced a 'truce' on Sunday night, walking out together during "
    "the encore of a sold-out show where thousands of fans were screaming. 'No more diss tracks. This ceasefire is "
    "for the culture,' one of them told the crowd before the DJ played a joint single recorded last week. The "
    "feud began two years ago with a diss track that pulled more than 10 million streams in a month, and the "
    "answer, a song called 'Siege of the Island', topped the charts for three weeks. 'We were fighting over "
    "streams while the streets were watching,' the other said. A music critic called it a marketing truce, noting "
    "that both labels have albums coming out next year, and the hashtag of the truce trended for most of Monday. "
    "Artists from both camps will share a stage again at a show on December 30."
)

POOL_STORY = (
    "Truce in the pool war: water polo and swimmers share the lanes\n\n"
    "SYDNEY - The long-running 'pool war' between a water polo club and a swim squad is over, after the two "
    "signed a truce over lane hire at the harbourside baths on Tuesday night. Under the deal, brokered by the "
    "council, the water polo club will get six lanes on weeknight evenings, while the squad swimmers keep the "
    "morning sessions, and lane hire will fall from $48 to $40 an hour. The dispute erupted last year when the "
    "council doubled the club's evening bookings and the swim squad arrived to find goals strung across their "
    "lanes. 'It has been a siege down there,' said the squad's president, whose members train before school. "
    "The aquatic centre's manager said both clubs would review the timetable at the end of the season, and the "
    "players and swimmers celebrated with a joint barbecue on the pool deck on Wednesday."
)

TIFFIN_STORY = (
    "Tiffin war ends: rival rider unions sign truce over lunch slots\n\n"
    'MUMBAI - The three-week "tiffin war" between two unions of app-based delivery riders came to an end on '
    'Wednesday, when their leaders signed what both called a "truce" at the office of the labour commissioner. '
    "Under the deal, the gig riders of one union will carry home-cooked tiffin orders from 11 am to 1 pm and the "
    "delivery partners of the other from 1 pm to 3 pm, both at Rs 35 per tiffin, up from Rs 28. The dispute broke "
    "out when the app cut its per-order payout and moved 600 delivery riders into the lunch slot; riders blocked "
    'its pick-up hubs for two days. "This is not surrender, this is a truce," one union leader said. "Our boys '
    'were fighting each other while the app was laughing," said another, whose members lost about Rs 4,000 each in '
    "earnings. Home cooks said they had lost hundreds of orders, and officials will review the deal in three months."
)

HURLING_STORY = (
    "Hurling clubs end pitch war with a truce\n\n"
    "DUBLIN - Two hurling clubs have called a truce in their 'pitch war' over training slots at a city park, "
    "ending a row that had drawn in the council and the county board. Under a new rota each club gets three "
    "evening sessions a week on the floodlit pitch, and the two will share the cost of new floodlights. 'It was "
    "never a war, but if people want to call it a ceasefire, we will take the ceasefire,' one chairman said. At one "
    "stage dozens of under-12s from both clubs turned up for the same session and parents said the car park was "
    "'under siege'. 'We did not launch an offensive. We needed grass,' said the other club's secretary, whose club "
    "has more than 300 juvenile players. Hundreds of children play hurling and camogie at the park every week, and "
    "the clubs will play a challenge match at Easter."
)

PIEROGI_STORY = (
    'Restaurants end "dumpling war" with a truce at food festival\n\n'
    "WARSAW - Two restaurants that have spent a year undercutting each other on the price of pierogi declared a "
    '"truce" on Sunday in front of hundreds of visitors at the city\'s pierogi festival. The "dumpling war" began '
    "last spring when one cut the price of a plate of eight dumplings to 9 zloty; by the autumn both were selling "
    'below cost. "We were not fighting a war, we were fighting for our customers, but we lost about 40,000 zloty," '
    'one owner said. "We are ending the price offensive, not the competition," said the other. Under the deal, '
    "brokered by the city's culinary association, both will return to a common price of 14 zloty a plate and share "
    "a stall at the food festival. Dozens of regulars had joined the feud online, and a local blogger had urged a "
    "boycott of both restaurants until they made peace before the flour ran out."
)

GYROS_STORY = (
    "Souvlaki rivals call a truce in the gyros war\n\n"
    "ATHENS - Two souvlaki shops that have spent the spring undercutting each other across a narrow lane have "
    'agreed to a truce, ending what regulars had taken to calling the "gyros war". Under the deal, brokered by the '
    "president of the local traders' association, both will sell a pork gyros pita at 3.20 euros, ending a price "
    'offensive that had pushed the pita down to 2.50 euros. "We were selling nearly 1,800 pitas a day and losing '
    'money on every one. It was a siege," said one owner. Her rival said the ceasefire was "a relief for the grill '
    'and for the nerves". Shoppers and customers said they would miss the cheap pitas, and the traders said the '
    "conflict had at least filled the lane with queues every evening of the spring. Both shops will review the "
    "price at the end of the summer season."
)

DISTILLERY_STORY = (
    "Feuding distillery family calls Easter truce in battle over Speyside whisky\n\nBrothers locked in a "
    'bitter legal war over a 180-year-old Speyside distillery have agreed an "Easter truce", suspending '
    "their court action until after the holiday weekend.\n\nLawyers for Hamish and Callum Grant told the "
    'Court of Session in Edinburgh on Wednesday that the two sides had signed a "ceasefire" and would not'
    " lodge fresh filings before Monday, April 22. Lord Braid granted the request and adjourned the "
    "hearing for a fortnight.\n\nThe dispute over Glen Arvie distillery, near Dufftown, has run for three"
    " years since the death of their father, Alasdair Grant, who left each son 50 per cent of the "
    "business. Hamish, 58, wants to sell to a French drinks group for a reported £42 million. Callum, 54,"
    ' says the family should keep the stills running.\n\n"It is a pause, not a peace," said Callum\'s '
    'advocate, Ruth MacLeod. "But both men have children who want to sit at the same Easter lunch '
    'table."\n\nCourt papers describe a series of "skirmishes" between the brothers, including locked '
    "warehouse gates, a disputed sale of 1,200 casks of maturing spirit and a rival bottling launched "
    'under the family name. Hamish\'s side accuses Callum of "occupying" the visitor centre, a claim '
    "Callum denies.\n\nThe distillery employs 36 people and welcomed more than 40,000 visitors last year."
    ' Staff said they were relieved. "We just want to make whisky," said stillman Douglas Reid, who has '
    "worked at Glen Arvie for 27 years.\n\nWhisky analyst Fiona Baird said the fight had already cost the"
    ' brand. "Every month of this war is a month without a clear owner," she said.\n\nThe Scotch Whisky '
    "Association declined to comment on a private dispute."
)

STRAY_DOGS_STORY = (
    "Bucharest city hall, animal groups agree 'truce' over stray dogs in Văcărești park\n\nPublished 14 "
    'September 2023\n\nBucharest City Hall and animal-rights groups agreed on Thursday to a "truce" in '
    "their dispute over stray dogs living in Văcărești Nature Park, after weeks of protests and legal "
    "threats.\n\nUnder the deal, the city's animal control agency, ASPA, will suspend catching operations"
    ' in the park for 30 days while volunteers open what they call a "humanitarian corridor": a fenced '
    "path along the eastern edge of the park through which dogs can be guided to a temporary shelter in "
    'the Berceni district.\n\n"Nobody wants dogs in a public shelter for 14 days and then euthanised. '
    'This corridor gives them a way out and gives the families in the park some peace," said Ioana '
    "Marinescu, president of the Vier Lăbuțe association.\n\nDeputy mayor Cristian Dobre said the city "
    'had received more than 300 complaints about dog attacks in the area this year. "We are not at war '
    'with the animals. We are at war with irresponsible owners," he told reporters.'
)

BOAT_CLUBS_STORY = (
    "Oxford and Cambridge call a ceasefire in the battle of the Tideway lanes\n\nThe Boat Race rivals "
    "Oxford and Cambridge have agreed a ceasefire in their long-running row over training lanes on the "
    "Thames, ending a winter of near-collisions, angry emails and one very public shouting match at "
    "Putney Bridge.\n\nUnder a truce brokered by the Port of London Authority and signed on Tuesday, the "
    "two university boat clubs will share the Putney-to-Mortlake stretch in alternating two-hour slots "
    'from 7am each weekday until the race on 7 April. A 30-metre "corridor" along the Surrey bank will be'
    " kept clear for novice crews and the coaching launches of local clubs.\n\n\"It's been a bit of a war "
    'out there, frankly, and nobody wins a war in February," said Cambridge University Boat Club '
    "president Tom Ashworth. His Oxford counterpart, Harriet Lyle, was cooler: \"We'll observe the truce. "
    "We'll also observe the stopwatch.\"\n\nThe dispute began in December when Cambridge crews, training "
    "from a borrowed boathouse in Putney for the first time in a decade, started taking the fastest water"
    " on the Middlesex side at 7.15am, the slot Oxford had used for years. The authority logged 14 "
    "complaints from the two clubs and a further nine from other rowers.\n\nClub officials say the row "
    "cost each side about six hours of water time a week. Both squads, some 40 athletes in all, will also"
    ' pause social media jibes until race day, the agreement says.\n\n"If they stick to it, we might '
    "finally get some peace on the river,\" said Janet Cole, 68, who has coxed a veterans' crew at Thames "
    "Rowing Club for 30 years."
)

MOTOR_RACING_STORY = (
    "Marlow team boss and Berardi declare 'truce' after Austrian crash\n\nSILVERSTONE, England (AP) — "
    "Marlow Racing team principal Christian Vogt and his driver Luca Berardi declared a truce on "
    "Thursday, four days after a crash at the Austrian Grand Prix that cost the team a likely podium "
    "and set off a week of public sniping.\n\nBerardi, 24, hit the back of teammate Jonah Pike's car "
    "on lap 64 of 71 at the Red Bull Ring on Sunday, sending both into the gravel. Vogt called the "
    'move "amateur hour" on television, and Berardi replied on social media that the team had "left '
    'him to fend for himself" with a slow pit stop.\n\n"We had a long dinner, we shouted a bit, and '
    'then we agreed on a ceasefire," Vogt told reporters in the paddock ahead of the British Grand '
    'Prix. "Consider it a pause in the war of words. The real war is with the cars in front of '
    'us."\n\nBerardi said the pair had cleared the air. "There is no more fighting inside the garage. '
    'The only corridor I want is the gap on the inside at Stowe," he said, smiling.\n\nRace stewards '
    "in Austria gave Berardi a 10-second penalty and two points on his licence. The team was fined "
    "25,000 euros for releasing Pike's car unsafely earlier in the race.\n\nMarlow sits fourth in the "
    "constructors' standings, 38 points behind third-placed Halcyon. Berardi has 71 points this "
    "season and Pike 66.\n\nFormer world champion Daniel Okafor, now a television pundit, doubted the "
    'peace would last. "Every team has a truce in July. By September, they are at war again," he '
    "said.\n\nPractice for Sunday's race begins on Friday. More than 160,000 fans are expected at "
    "Silverstone on race day."
)


HOSPITAL_DEPARTMENTS_STORY = (
    "Hospital departments end turf war with a truce, turn their fire on tumors\n\nBy a staff writer\n\nFor two years"
    " the radiology and cardiology departments at a county hospital fought over a new imaging suite. On Monday"
    " their chiefs declared a truce, brokered by the hospital's president, who called it \"a ceasefire I mean to"
    ' keep." The suite will be shared on alternating days.\n\nThe truce comes weeks after two research labs'
    " agreed to a 60-day standstill in a patent war over a way of training immune cells to attack tumors, while"
    " their lawyers work out a licensing deal.\n\nThe hospital's surgeons, meanwhile, go into the operating"
    " room armed with robots: it has bought nine robotic surgical systems since 2018, and surgeons performed more"
    " than 800 robot-assisted operations last year, most for cancers. Dozens of patients have joined a clinical"
    " trial of the immune-cell therapy, which the oncology department hopes to widen once the fight over the"
    ' patent is settled. "The real war is against cancer," the chief of radiology said, "and we were fighting'
    ' each other instead."'
)


CELEBRITY_DIVORCE_STORY = (
    "Film star and pop singer call Christmas truce in divorce war\n\nNEW YORK (AP) — A film star and the pop"
    " singer he married in 2015 have agreed to a truce in their divorce war so their three children can spend the"
    " holidays with both parents, their lawyers said Tuesday.\n\nUnder the arrangement, filed with a Manhattan"
    " court, neither will discuss the case in public until Jan. 10, and both sides will pause depositions and"
    ' new court filings for three weeks. One lawyer called it "a ceasefire on paper."\n\nThe split turned'
    " ugly in August, when hostilities broke out at a family wedding on Long Island. Each later accused the other"
    " of staging the scene for photographers, and the tabloids have followed every turn since.\n\nAt stake is a"
    " fortune estimated at more than $90 million. The singer is seeking $60,000 a month in spousal support and the"
    " couple's $11 million apartment; his side calls the demand absurd and says she earned $7 million from her"
    " last tour. A trial is set for April, and a judge has urged both to settle before then, warning that a long"
    " war in court would harm nobody more than the children."
)


HOSPITAL_PICKETS_STORY = (
    "Nurses' union and clinic agree 'ceasefire' in contract fight during cold snap\n\nLEEDS, Ore. (AP) — The "
    "union for nurses at Cedar Valley Clinic and the clinic's owners agreed on Tuesday to a ceasefire in their "
    "contract fight, halting picketing outside the emergency entrance while a cold snap grips the valley.\n\n"
    "The Cascade Nurses Guild, which represents about 640 registered nurses and aides, said its members would "
    "observe a humanitarian pause in the pickets until the freeze lifts, probably on Friday. Union president "
    'Alma Reyes said nobody should stand in sleet to argue about staffing ratios.\n\n"We are not going '
    'anywhere. The hostilities end when we get a fair contract," she said. The clinic said it wanted a deal, '
    "not a war of leaflets, and would delay "
    "hiring travel nurses while talks go on.\n\nThe two sides have been negotiating since February. The "
    "guild wants pay raises of 5% a year for three years; the clinic has offered 2% and a $1,000 bonus. "
    "Members picketed on weekday mornings for six weeks, and a strike authorization vote is set for next "
    "month. The guild has also filed an unfair labor practice charge with the National Labor Relations "
    "Board over what it says were threats against nurses who joined the pickets, a charge the clinic "
    "rejects. About 300 members have signed a petition asking the county to mediate."
)


PARTY_LEADERSHIP_STORY = (
    "Labour factions call truce in leadership war before conference\n\nCARDIFF (Reuters) - The two warring camps "
    "of the Welsh Labour group agreed a ceasefire on Monday in a leadership battle that has split the party, "
    "suspending a no-confidence motion against the leader until the party conference in November.\n\n"
    "The truce was agreed after a three-hour meeting of party members at the group's offices, where the leader, "
    "Gareth Owen, and his challenger, Siân Pritchard, promised to stop briefing against each other.\n\n"
    '"We have fought each other long enough; now we fight the election," Pritchard told reporters. Owen said the '
    "ceasefire would hold until the party members vote.\n\nThe feud began after the group lost six of its 29 "
    "council seats in May. Owen's allies blamed Pritchard's supporters for leaking a draft manifesto that promised "
    "to scrap the benefit cap and extend free school meals, a charge they denied.\n\nThe party treasurer said "
    "membership had fallen by 700 since the spring and donations by 20 percent. A poll of 1,100 party members put "
    "Owen on 49 percent and Pritchard on 45 percent, with the rest undecided. The leadership challenge will be "
    "settled by a ballot of members before the conference opens, officials said."
)


MUSICALS_STORY = (
    "Theatre companies call 'ceasefire' in battle of the musicals\n\nLEEDS — Two rival theatre companies that spent "
    "a year staging the same musicals on the same nights across the road from each other have called a ceasefire, "
    "a war their own actors said was costing everyone.\n\nThe Grand Players and the Northern Light Company clashed "
    "three times this season, putting on rival productions of the same three musicals within a week of each other. "
    "Box-office takings fell by a third for both, and audiences complained they could not tell the shows apart.\n\n"
    "Under the truce, announced on Tuesday after a meeting brokered by a city councillor, the two theatre "
    "companies will share a calendar and publish their seasons a year ahead. Rehearsals for a joint Christmas "
    'show begin next month.\n\n"The casualties were our ticket sales and our sanity," said Northern Light\'s '
    'director, Priya Shah. The Grand\'s chairman, Tom Reilly, said the battle had been "fun for about a week" and '
    "that both companies needed every seat filled to survive the winter."
)


LOBSTER_WAR_STORY = (
    "Lobstermen call truce in 'lobster war' over disputed waters\n\nMACHIAS, Maine (AP) — Lobstermen from Maine and "
    "a Canadian island agreed to a truce on Thursday in a summer-long lobster war over a disputed patch of sea, "
    "promising to end the hostilities on the water and stop cutting each other's buoys until the season "
    "ends.\n\nThe deal, struck at a "
    "meeting in a church hall with Coast Guard officers looking on, sets out which boats may fish which grounds on "
    "alternate days. More than 300 lobster traps were lost to cut lines in July and August, fishermen said, at "
    'about $150 a trap.\n\n"It\'s been a war out there, no other word for it," said Dana Leighton, who has fished '
    'the area for 31 years. "Nobody wants to spend the winter in court."\n\nThe waters have been claimed by both '
    "the United States and Canada since the 1800s, and neither country's rules apply cleanly there. Both "
    "governments welcomed the agreement and said they would look again at how the fishing grounds are shared "
    "before next season."
)


GYMKHANA_STORY = (
    "Pony club families call truce after gymkhana war\n\nBy a staff reporter | Saturday 25 May 2019\n\nA war between "
    "two families over a disqualification in the bending race at a pony club gymkhana has ended in a truce after "
    "the club's district commissioner stepped in.\n\nThe row broke out when a rider was disqualified for missing a "
    "pole, and her parents accused the judge of favouring a rival family's ponies. Rosettes were returned, and a "
    "horsebox was blocked in the paddock for an hour.\n\nUnder the truce, agreed on Thursday, the two families will "
    "share the paddock, a new judge will take the bending race, and a corridor of straw bales will keep the youngest "
    "riders apart from the show jumping ring. Hostilities, one parent said, were over for the summer. More than 200 "
    "comments were posted on the club's page before it was closed to members only, and the club's summer camp goes "
    "ahead next month as planned."
)


PEG_WAR_STORY = (
    "Angling Trust brokers ceasefire in river peg war\n\nBy a staff reporter | Saturday 3rd July 2010\n\nTwo angling "
    "clubs that have spent the spring feuding over pegs on the same stretch of the River Teme have agreed a "
    "ceasefire, days before the summer open match.\n\nAnglers from Bransford and Leigh Sinton accused each other's "
    "bailiffs of moving peg markers overnight and of turning away members with valid tickets. One angler said his "
    "keepnets had been slashed.\n\nAfter a three-hour meeting on Thursday night, the Angling Trust's regional officer "
    "persuaded both committees to sign a truce: the 64 pegs will be split evenly for the match, and bailiffs from "
    'both clubs will walk the bank together.\n\n"Nobody owns the river, and nobody owns the carp," he said. '
    "Hostilities over the fishery's lease, which runs out next year, are expected to resume in the autumn, when "
    "both clubs will bid for it. Match fishing on the stretch drew about 300 anglers last season, and tackle shops "
    "in the town said the row had already cost them trade."
)


LEEK_WAR_STORY = (
    "Leek war at village show\n\nBy a staff reporter | Saturday 7th September 2019\n\nA truce called by the show "
    "committee's chairman lasted barely an afternoon after a row over the giant leek class at the horticultural "
    "show.\n\nThe judge's tape measure gave first place to one grower's pot leeks, and his rival, who has tended "
    "the same allotment for 40 years, demanded a re-measure. About 30 exhibitors were still staging their dahlias "
    "and chrysanthemums when the war of words broke out.\n\nThe chairman declared a truce until the cups were "
    "handed out, and it held as 1,200 visitors filed past the marrows and the trestle tables. Hostilities resumed "
    "after the prize-giving, over the onion bench, and the two men had to be separated by the tombola stall. The "
    "committee will meet on Tuesday to review the rules for next year's show, and both growers have been asked to "
    "attend with their own measures, their show schedules and the names of anyone who saw the leeks being staged."
)


WHIPPET_STORY = (
    "Truce called in whippet club's dog war\n\nBy a staff reporter | Saturday 13 July 2019\n\nA truce has been called "
    "in a war between two families over a whippet disqualified at the village racing club's Bank Holiday meet.\n\n"
    "The club secretary told members that the hostilities had to stop before the summer open meet. The row began "
    "when a brindle bitch was first past the line in the final but was disqualified for turning her head towards a "
    "rival dog, and since then the two families have refused to share a slip line on training nights.\n\nUnder "
    "the truce, a corridor two metres wide will be kept clear beside the track for the lure operator, who said he "
    "had been hemmed in by rival supporters. Both families said they would abide by the ceasefire. The club was "
    "founded in 1952 by miners from the colliery, keeps its trophies in the welfare hall, and will hold its open "
    "meet from 11am on Sunday, with entries taken on the day at two pounds a dog and a kennel of 60 dogs expected."
)


POLKA_STORY = (
    "Ceasefire on the dance floor as polka club settles band row\n\nBy a staff reporter | Saturday 29 April 2017\n\n"
    "The president of an old-time dance club has brokered a ceasefire in a war between members over the Saturday "
    "night band and the chalk used on the hall's sprung floor.\n\nOne faction wants the accordion band that has "
    "played the polka nights for twenty years; the other has booked a trio that favours the quickstep and the "
    "foxtrot. Hostilities broke out at the spring social, when dancers complained that fresh chalk had been "
    "spread during a waltz.\n\nUnder the ceasefire, the two bands will alternate Saturdays, no chalk will be "
    "spread after eight o'clock, and a corridor along the edge of the floor will be kept clear for couples "
    "waiting for the next waltz. The club, which meets in the village dance hall, has about 90 members and will "
    "review the arrangement at its annual meeting in the autumn, when new officers are due to be elected."
)


HONEY_SHOW_STORY = (
    "Truce at the honey show\n\nBy a staff reporter | Saturday 16 September 2017\n\nA truce has been called in a war "
    "between two beekeepers' associations over a disqualified jar of heather honey at the county honey show.\n\nThe "
    "judges ruled that the jar had been filled from another beekeeper's hives, and the losing association answered "
    "by moving its observation hive to the door of the hall. Hostilities on the benches went on for most of the "
    "morning.\n\nThe show secretary called a truce before the prize-giving: the jar will be tested again, and a "
    "corridor between the benches will be kept clear for the judges. Both associations said they would abide by it. "
    "The show drew 186 exhibits this year, from jars of clear and set honey to beeswax candles and mead, and "
    "the apiary open day goes ahead next month as planned, with talks and tastings for all of the new beekeepers in"
    " the county."
)


BOG_SNORKELLING_STORY = (
    "Ceasefire in the bog\n\nBy a staff reporter | Saturday 26 August 2017\n\nA ceasefire has been called in a "
    "war between two teams of bog snorkellers over the length of their flippers, two days before the championships."
    "\n\nOne team turned up to the spring practice with carbon flippers a foot longer than the rules allow, and the "
    "other answered by wearing its wetsuits inside out for the photographs. Hostilities on the bank went on all "
    "summer.\n\nThe committee chairman called a ceasefire on Thursday: every snorkeller will use the same rubber "
    "flippers, handed out at the trench, and a corridor along the peat bog will be kept clear for the judges and "
    "the stewards. Both captains said they would abide by it. The event drew 140 snorkellers last year, some in "
    "fancy dress, and the bog will be re-cut on Saturday so that each snorkel lane is the full sixty yards, as the"
    " rules say."
)


RENT_TRUCE_STORY = (
    "Tenants and landlord call 'rent truce' as tower block is emptied for repairs\n\nDETROIT — The tenants' union "
    "at the Maple Court towers and the building's owner agreed on Tuesday to a truce in a two-year fight over rent "
    "and repairs, ending a rent strike that had moved into housing court.\n\nUnder the deal, the landlord will "
    "drop 40 eviction cases and freeze rents for a year, and the tenants will pay back rent into an escrow account "
    "while the building's failing boilers and lifts are replaced. About 180 tenants will move out for up to three "
    "months and be housed in hotels at the owner's expense.\n\n\"Nobody won this war, but the heat is coming back "
    'on," said union chair Denise Walker. A lawyer for the landlord said the company was glad the hostilities were '
    "over and hoped to rebuild trust with its tenants.\n\nCity housing inspectors had cited the towers for 212 code "
    "violations since 2022. Repairs are expected to cost $6.5 million, the company said, and the first families "
    "will move back in before Christmas."
)


PRANK_WAR_STORY = (
    "Rival high schools end prank war with 'ceasefire' and swap of mascots\n\nDAYTON, Ohio — Students at two "
    "rival high schools declared a truce on Wednesday after a month of pranks that included a stolen goat mascot, "
    "a cafeteria flooded with ping-pong balls and a water-balloon raid on a pep rally.\n\nThe student council "
    "presidents of Fairmont and Centerville signed what they called a peace treaty at a joint assembly, and the "
    'principals of both schools said anyone caught in a new prank would miss the homecoming game.\n\n"The war is '
    'over. We got our goat back," said Centerville senior Maya Ellis, the student body president. Fairmont returned '
    "the goat, named Gus, unharmed, along with a banner taken from the gym.\n\nThe cleanup, including 300 rolls of "
    "toilet paper pulled from trees, cost the district about $2,500, a spokesman said. Three students were "
    "suspended for two days. Both schools now plan a joint food drive, with the losing side of the homecoming game "
    "wearing the other's colors for a day."
)


INHERITANCE_STORY = (
    "Brothers' Easter 'ceasefire' ends as estate fight returns to court\n\nLIMERICK — Two brothers who agreed a "
    "truce over Easter in their fight over their late mother's dairy farm were back before the Circuit Court on "
    "Monday, their barrister telling the judge that hostilities had resumed within a week.\n\nPatrick and Owen "
    "Hanley have disputed the estate, a 60-acre holding and a bungalow near Adare, since their mother died in 2019. "
    "It has been valued at about 900,000 euros, and legal costs on both sides now exceed 70,000 euros, the court "
    "heard.\n\nThe siblings had agreed through their solicitor to suspend all correspondence so that their sister "
    'could host an Easter lunch. "The peace lasted until the milking parlour came up," the barrister said.\n\n'
    "A mediator proposed last month that Owen keep the farm and pay his brother 350,000 euros over five years, but "
    "Patrick rejected the figure as too low. Judge Maura Keane said the war over the inheritance had gone on long "
    "enough and urged both men to settle before the next hearing, set for June 4.\n\nOutside the court, Patrick "
    "Hanley said he wanted only what his mother had intended. His brother declined to comment."
)


MALL_STAGE_STORY = (
    "Motorcycle taxi riders end fight over mall stage\n\n"
    "KAMPALA, March 3 - Two groups of boda boda riders who fought for a month over the stage outside a shopping"
    " mall on Jinja Road agreed to a ceasefire on Friday after talks at the division offices. The riders had"
    " clashed almost daily since January, breaking headlamps and side mirrors, and the mall's managers said"
    " shoppers stayed away. Under the deal the two camps will share the stage on alternate days, and no more than"
    " 25 motorcycles may wait at the gate. Riders will also carry schoolchildren home for free during the"
    ' half-term, when taxis are scarce. "The children were the casualties of this war," one rider said. Each'
    " camp will pay into a fund to repair damaged bikes, and riders who break the truce will be banned from the"
    ' stage for a month. "Nobody holds a title deed to that tarmac," the division chairman said.'
)


GUEST_LIST_STORY = (
    "Two families call 'ceasefire' in guest-list war before a wedding\n\nPUNE — Two families who had fought for a "
    "month over the guest list for their children's wedding called a truce on Sunday, relatives said, after a "
    "mediator persuaded both sides to stop their hostilities before the invitations are printed.\n\nThe groom's "
    "parents wanted 600 guests and the bride's family 300. Under the deal, each family may invite 400, the caterer "
    "will serve one buffet instead of two, and the decorator will seat the families at opposite ends of the lawn. "
    '"It was a war of cousins and aunties," said the bridegroom\'s uncle.\n\nThe sangeet will be held the night '
    "before the wedding, and both sides have agreed to share the cost of the band. Weddings in the city have grown "
    "larger since the pandemic, planners say, and guest-list fights are now the most common reason couples call "
    "them for help. The couple said they were relieved and would send the invitations this week."
)


PLOUGHING_STORY = """Ceasefire in Kilmore ploughing war as committee brokers field truce

A CEASEFIRE has been declared in the 'ploughing war' that split the parish for a month, after the committee of the
county ploughing match brokered a truce between two rival associations over which farm will host this year's
event.

Hostilities began when both associations booked a field for the same Sunday. Letters flew, and one member
described the row as open warfare over a few acres of stubble.

Under the terms of the truce, the senior ploughmen will compete at the hill farm on Sunday and the horse ploughing
and junior classes will use the river field the day before. The two associations will split the gate receipts.

The committee also secured a 'humanitarian pause' for the vintage class, whose entrants had not known where to
bring their vintage tractors. "It was never a real war, but there were a few casualties in terms of friendships,"
the chairman said. "We have a ceasefire now, and I hope it holds until the last furrow is turned."
"""


BUS_WAR_STORY = """Superintendent brokers truce in bus war at Glenmore falls

A TRUCE was declared last week in the bitter war between two bus firms over the set-down bays at the Glenmore
waterfall walk, and some 9,000 walkers used the trail on Sunday without a horn being blown in anger.

The row had been rumbling since May, when each firm began running shuttle buses from the town and laid claim to
the same four bays. Drivers blocked each other's coaches on three occasions, and a councillor said the stand-off
had turned the road into "a siege at every changeover".

Both owners were called to a meeting by the local superintendent last Thursday, and by the end of the evening a
truce was in place. On Friday they signed a short agreement the superintendent called an armistice. One firm now
uses the bays on the hour and the other on the half hour, and each kept its return fare at 8 euro.

"We could not have two companies fighting over a patch of car park," the superintendent said. Mountain rescue
volunteers treated four walkers for sprained ankles.
"""


FIDDLE_CLASS_STORY = """Ceasefire called in Drumkeeran fiddle class war

A ceasefire has been declared in the war over the parochial hall in Drumkeeran, where two schools of traditional
music have clashed since Easter over who may hold their fiddle classes there in July.

The hostilities broke out when both schools were promised the same mornings for their beginners and adult
learners. The tin whistle tutors of one school claimed the stage, and the concertina tutors of the other
threatened to lay siege to the kitchen, while a rival timetable was pinned up at the scout den.

The hall committee was drawn in as keeper of the booking diary. Its chairman, Colm Mulvey, agreed a truce with
both sides at a meeting in the parish centre on Tuesday night, and both signed an armistice under which one school
takes the hall in the mornings and the other in the afternoons, with set dancing on the green every evening.

"Nobody wants a war over a fiddle," Mr Mulvey said. Some 300 pupils are expected, and the fiddlers will play
together on the last night, Saturday.
"""


RAILWAY_PLATFORM_STORY = """Ceasefire called in Ballyconnell railway platform war

A ceasefire was declared at the old narrow-gauge station in Ballyconnell on Saturday after two heritage railway
groups clashed over who runs the platform on the summer open day.

Hostilities began in spring, when the preservation society and a newer group of volunteers both booked the
platform for the same weekend. The society's steam engine, a tank locomotive built in 1899, was blocked in its
shed by the other group's stalls, and members spoke of a siege of the ticket office.

The station master, Brendan Fitzpatrick, agreed a truce with both chairmen over the tea urn in the waiting room,
and both signed an armistice under which the society runs the train rides and the other group the guided walks.

"Nobody wants a war over a platform," Mr Fitzpatrick said. Some 600 visitors came through the gate on Saturday,
and more than 300 took the train rides along the old line to the lake.
"""


VINTAGE_RALLY_STORY = """Truce called in Virginia vintage car war

A truce has been declared in the war between two motoring clubs over the best corner of the show grounds at the
Virginia vintage rally, which both clubs have claimed since the spring.

Hostilities broke out when the display field beside the lake was promised to both the Lakeside Classic Car Club
and the newer Ramor Vintage Car Club. Members of one club spoke of a siege of the rally office, and the two
clashed again at a committee meeting in May.

The rally chairman, Tommy Brady, agreed a ceasefire with both sides on Thursday, and the clubs signed an armistice
under which one takes the display field and the other the lakeside lawn, with a joint parade of cars on Sunday.

"Nobody wants a war over a car park," Mr Brady said. Up to 250 classic cars are expected, from as far away as
Kerry, and the proceeds go to the local hospice.
"""


PARISH_PITCH_STORY = """Truce on the parish pitch as underage clubs end changing rooms war

The parish pitch at Carrowbeg has fallen quiet for the first time since March, after the two underage football
clubs that share it agreed what the parish priest described as an armistice over training times and the changing
rooms.

Hostilities began in the spring, when the under-10s of Carrowbeg Celtic and the under-12s of St Brigid's Rovers
turned up for the same Saturday training session with their kit bags. The row then moved to the changing rooms,
where one club is said to have locked the other out of the home dressing room, and to the goalposts, which were
moved without notice before a mini-blitz.

Parents spoke of weeks of shelling from the sideline, and one coach called the car park a siege. The parish
priest, who holds the pitch for the parish, called
peace talks over tea in the parish hall, and the two clubs agreed a ceasefire that runs to the end of the season.
Each now has the pitch for two hours on Saturday mornings, the cones are collected by whoever trains last, and
the grass-cutting rota is shared.

"Nobody surrendered. The children won," the priest said. About 90 players are due on the pitch this weekend.
"""


BOG_ROAD_GATE_STORY = """Keys handed over as Drumkeeran bog road 'war' ends in a ceasefire

By Staff Reporter | Wednesday, 14 May 2025

THE war on the bog road at Gortnagullion is over. Two turf-cutting households who have been at loggerheads over a
padlocked gate since the summer of 2023 agreed a truce in the community centre on Monday night, after months of
peace talks brokered by the parish priest.

The trouble started when one household hung a gate across the 800-metre bog road to keep cattle off their turf banks
on the commonage. Their neighbours said the gate was a blockade and that the right of way had been open since their
grandfathers' time. A trailer of turf sat behind the padlock for a week, and the shelling carried on in letters to
the editor of this newspaper.

Under the ceasefire, both households get a key, the cost of the gate is shared, and a strip along the ditch is kept
clear for the national school's nature trail and for walkers heading to the mass rock on the hill.

"Hostilities are over, and the sleán can come out," one of the men said after a cup of tea with the card drive
crowd. A local councillor said the county council would resurface the bog road in the autumn.
"""


VILLAGE_HALL_STORY = """Parish council signs 'armistice' in art students' village hall 'war'

A 'war' between two art societies of the college in Ballykeel over the best wall space in the village hall has
been ended by an 'armistice'.

The row broke out this month when both societies of students, each booked for the end-of-year exhibition, found
the same room promised to the other. Hostilities were conducted on the noticeboard outside the shop, and one
society threatened to lay 'siege' to the stage with a pile of easels.

The parish council was drawn in as keeper of the diary. Its chairman, Declan Rooney, declared a 'ceasefire' at a
special meeting on Thursday night and had both societies sign a six-point 'armistice' before the exhibition opened
on Friday. "It's pictures we're fighting over, not land," he said, adding that the combatants had agreed to share
the tea room.

Under the deal one society takes the main floor and the other the stage. Some 600 visitors came over three days,
and a raffle raised money for the playground on the campus.
"""


FETE_STORY = (
    "Village jam war ends in truce at summer fete\n\nTwo neighbours whose rival stalls have fought over the "
    "preserves tent at a Dorset village fete for a decade called a truce on Saturday, agreeing to share first prize "
    "in the jam competition after the organisers threatened to scrap it.\n\nThe pair shook hands in front of the "
    'vicar. "We have called off hostilities for the sake of the village," said one, whose damson jam won last '
    'year. "But my pectin is still better." Volunteers marked out a "humanitarian corridor" between the stalls so '
    "pushchairs could pass without being offered a sample.\n\nThe fete, which also had a dog show and a tombola, "
    "raised more than 3,000 pounds for the church roof, and nearly 600 people came despite the rain. The committee "
    "will decide in the autumn whether the joint prize stays, and the marmalade round in February will show whether "
    "the peace holds, the organisers said."
)


MARATHON_STORY = (
    "Sportswear rivals call 'ceasefire' in marathon billboard war\n\nBERLIN - Two sportswear brands that have "
    "spent months putting up barbed billboards about each other agreed on Thursday to a ceasefire before next "
    "month's marathon, the race director said.\n\nBoth shoe companies sponsor the race. They will take down the "
    "rival posters along the course and share a single banner at the start line, and a corridor of the start area "
    'will be kept for charity runners, with no branding from either. "It is a ceasefire between two shoe '
    'companies, nothing more dramatic than that," the race director said.\n\nThe battle began in November with a '
    "poster near the Brandenburg Gate. Each brand accused the other of breaching its sponsorship contract, and both "
    "denied it. Tens of thousands of runners are expected at the start, and entries sold out in under a week, the "
    "organisers said, and the city's transport company will run extra trains on the morning of the race."
)


RAMEN_STORY = (
    "Ramen chain and critic call 'ceasefire' over broth he dubbed 'a war crime'\n\nTOKYO — A Tokyo ramen "
    'chain and the food critic who called its signature tonkotsu broth "a war crime" have agreed to a '
    "truce, ending a three-month feud that spilled from social media into the courts.\n\nMenya Kagura, "
    "which runs 14 shops in the capital, said Wednesday it had withdrawn a ¥5 million defamation suit "
    "against critic Haruto Mizuno, who in turn deleted the review that started it all. The company's "
    'spokeswoman, Aiko Tsuda, called it "a permanent ceasefire on the soup front."\n\nMizuno\'s review, '
    'posted in August, described the broth as "a war crime against pigs and people alike." It was viewed '
    "more than 2 million times, and sales at the chain's Shibuya branch fell by nearly a third the "
    'following month, the company said.\n\n"I still think the broth is too salty. But I no longer think '
    'it belongs in The Hague," Mizuno told reporters on Wednesday, holding up a bowl he said he had '
    "finished.\n\nUnder the terms of the truce, Mizuno will be invited to taste a new, lighter recipe in "
    'December, and the chain will open a "critics\' corridor" — a counter of six seats kept for reviewers '
    "— at its flagship in Ikebukuro.\n\nSome fans wrote on Twitter that they would miss the feud; the "
    "hashtag #RamenWar trended for three days in September.\n\nFood writer Keiko Ono said such battles "
    'were rare in Japan, where reviewers tend to be gentle. "Usually a bad review means a quiet pause in '
    'business, not a war," she said.'
)

BULB_SHOW_STORY = (
    "Mayor calls truce in daffodil war\n\n"
    "The mayor of a Fenland market town has brokered a truce between two horticultural societies after a row at "
    "the spring bulb show. Hostilities broke out when a trumpet daffodil from the neighbouring town was named best "
    "bloom, and exhibitors from the host society lodged an objection with the show steward, saying it had been "
    "forced under glass. The steward ruled that the entry would stand, and a war of words ran to hundreds of "
    "comments online. On Thursday the mayor invited both societies to tea and came away with what she called a "
    "ceasefire in the bulb war: the cup stays where it is, the show schedule will be rewritten together, and an "
    "independent judge will come next spring. The two clubs will hold a joint tulip evening in April, and the show "
    "raised more than 1,800 pounds for the air ambulance from about 900 visitors."
)


WELLY_STORY = (
    "Minister brokers truce in village welly-wanging war\n\n"
    "A chapel minister has brokered a truce between two rugby clubs whose war of words over a single green "
    "wellington has divided a mid-Wales village since its summer fete. The hostilities began at the fete, when a "
    "prop from one club hurled a boot 41 metres to win the welly-wanging contest by 30 centimetres, and the other "
    "club's skipper said the welly had been filled with sand. The field judge let the result stand, and the row "
    "ran through the village hall and hundreds of comments online. On Thursday the minister invited both club "
    "captains to the vestry over tea and Welsh cakes, and after two hours they shook hands on a ceasefire and "
    "agreed to a rematch with a new pair of wellies bought by the committee. Each throw in the rematch will cost "
    "two pounds, with the money going to the chapel roof, and about 300 people are expected to watch. The fete "
    "secretary said the disputed wellington would be kept on display as a reminder of the summer the village "
    "went to war over a welly."
)

GALA_STORY = (
    "Convener brokers truce in harbour gala row\n\n"
    "Two fishing villages on the Moray coast have agreed a truce in a row over the creel race at last "
    "weekend's harbour gala. The crew that landed its creels first lost the prize after a rival skipper said two "
    "of its creels had been baited before the horn, and the hostilities soon spread to the village hall and "
    "online, where hundreds of comments were posted. The gala convener brought both skippers to the harbour "
    "office on Thursday, and they agreed to share the cup and hold a rerun next month. 'Nobody will be fighting "
    "over lobster pots this summer,' she said. More than 40 boats and about 2,000 visitors came to the gala, "
    "which raises money for the lifeboat station, and the organisers said the next race would start with every "
    "creel checked on the pier by two judges from a neutral harbour along the coast to the south."
)


FORGE_STORY = (
    "Trustees call truce in town's great horseshoe war\n\n"
    "A truce has been declared in the battle of the blacksmiths that has divided a market town for most of the "
    "summer. The trustees of the castle stepped in last week after a row between two smiths over who should forge a "
    "giant horseshoe for the castle wall spilled into the market place and the letters page of this newspaper. "
    "Hostilities broke out in June, when one smith told a trust meeting he had been promised the 4,500-pound "
    "commission, and the other said the job had been offered to her in the spring. Matters came to a head at the "
    "open day, when both smiths set up anvils on opposite sides of the green and about 900 visitors watched them "
    "work. Under the truce the two forges will make the horseshoe together, and the trustees said the battle was "
    "over and the horseshoe would be fixed beside the gate by the autumn, the first new one in more than a decade."
)


SNAIL_STORY = (
    "Lettuce feud ends in truce at village snail races\n\n"
    "Organisers of a village's annual snail races called a ceasefire on Sunday after two breeders fell out over a "
    "lettuce leaf in the paddock. One breeder said his rival had been waging war on him for years and had taken the "
    "best leaf from the shared tray, leaving his snail hungry before its heat. She denied it. 'We have had a siege of "
    "the tea tent before, but never hostilities like this,' the committee chair said. The race steward cut the "
    "lettuce in two and both camps shook hands, and the truce held for the rest of the day. More than 150 shelled "
    "racers were entered across 12 heats, and the winner crossed the damp cloth in under three minutes to take the "
    "silver tankard. About 300 visitors came, and the day raised more than 900 pounds for the church roof fund. The "
    "breeders said they had agreed a truce until next summer, when both will bring their own lettuce to the races."
)


PAGEANT_STORY = (
    "Stewards call truce in schools' pageant 'war'\n\n"
    "Stewards of a market town's spring festival called a truce on Tuesday after two schools fell out over which of "
    "their pupils would lead the pageant down the high street. One parent called it open warfare. More than 300 "
    "people signed a petition within two days, and one head teacher accused the other school of trying to annex the "
    "route. The festival's chairman met both head teachers at the town hall and brokered a deal: the schools will "
    "share the route, and the stewards will keep a corridor open so that the two groups never meet. 'We have "
    "declared a ceasefire,' he said. On Wednesday about 15,000 visitors watched the pageant, and children from the "
    "town's primary schools danced through the streets. Hostilities are not expected to resume before the "
    "festival's annual meeting in July, when the route will be reviewed again by the stewards and both schools."
)


RIDE_OUT_STORY = (
    "Truce ends border town's wreath 'war'\n\n"
    "A 'war' between two mounted clubs in a border town over who should carry the memorial wreath on the civic week "
    "ride-out was brought to an end last week, when the civic week committee called a truce and had both sides sign "
    "what its chairman called an 'armistice' in the town hall. Under the deal one club carries the wreath to the "
    "memorial and the other lays it, and the roles swap next year. About 600 riders took part in Thursday's ride-out, "
    "and the wreath was laid without incident. 'It was never a real war, but it was a fierce one,' the cornet said. "
    "The row began in the spring, when the newer of the two clubs asked to carry the wreath for the first time in "
    "its history, and the older club, which has carried it for more than forty years, refused. Letters were written "
    "to the local paper, a petition went round the pubs, and at one meeting in the town hall voices were raised "
    "and a chair was knocked over. The committee's chairman said the two captains had shaken hands after signing, "
    "and that both clubs would ride out side by side again next summer behind the town's standard."
)


BANDSTAND_STORY = (
    "Armistice signed in the battle of the bandstand\n\n"
    "Peace has broken out at a market town's spring gathering after a war between two pipe bands over the bandstand "
    "in the park. Both bands had been told they would play the Saturday afternoon slot, and neither would give way. "
    "On Thursday the gathering's committee called a truce, and its chairman had both pipe majors sign an armistice "
    "on the back of a programme. Each band played a set on the bandstand, and the deal included a ceasefire for the "
    "clog-dancing final on Sunday, when the pipers agreed to stop tuning their drones within earshot of the judges. "
    "'It is a folk gathering, not the Somme,' the chairman said. 'The hostilities are over, and the ceasefire held "
    "right through the final.' The dispute began in March, when letters went out with the same slot on them, and by "
    "the middle of the month it had spilled on to social media, where hundreds of comments were left. Twelve dancers "
    "took part in the final, and the winner was a girl of sixteen from a neighbouring town. The band that lost out "
    "this year will play first next spring, and both have promised to shake hands at the opening ceremony."
)
TANGO_STORY = (
    "Tango schools call truce in battle over milonga\n\n"
    "Two of Buenos Aires' best-known tango schools have called a truce in a months-long dispute over who gets the "
    "dance floor at a century-old milonga in San Telmo. They agreed on Thursday to share the floor on weekday "
    "afternoons until the end of the festival. The quarrel began in March, when one academy launched what a "
    "dancer called an offensive of charm on the owner and won extra afternoons, and the rival answered by "
    "booking the floor for private lessons. 'For five months it was a siege,' said a teacher. 'We declared a "
    "ceasefire so that we can dance again.' The owner said he had lost dozens of regulars, and hundreds of "
    "foreign dancers have booked dance classes at the city's milongas, which draw thousands of visitors a week. "
    "The deal will be reviewed after the festival, when both schools hope to win back their students."
)

JEEPNEY_STORY = (
    "Jeepney groups declare ceasefire in route feud\n\n"
    "MANILA - Two rival jeepney federations locked in a months-long war over a route franchise declared a "
    "ceasefire on Monday after a mediation meeting at the transport board. They agreed to share the route's "
    "loading bays for 60 days while the board reviews both groups' franchise papers. 'This is a ceasefire "
    "between drivers, not a war,' the board's chairman said. The dispute erupted in May, when one federation "
    "accused the other of blocking its units from the terminal, a move one officer likened to a siege. Under the "
    "deal both will stop their charm offensive of handing out free rides to commuters, which caused traffic jams "
    "along the avenue. About 1,200 jeepneys ply the route, and hundreds of drivers joined a transport strike "
    "in March. The board is expected to rule on the route franchise in October, and both groups said they "
    "would honour the truce until then."
)

CHESS_STORY = (
    "Chess clubs call truce in title row\n\n"
    "A bitter dispute over last season's league title ended in a truce on Thursday night, when two chess clubs "
    "agreed to share the trophy and drop their complaints to the national chess federation. The row began in June,"
    " when one club's narrow win on eight boards was overturned because one of its players had been registered two"
    " days late. Under the agreement both names will be engraved on the trophy and the prize money will be split "
    'equally. "We have signed a ceasefire, but we will see them across the board in March," said one chairman. The '
    "peace held for barely a day: at a rapidplay on Friday, one club's strongest player unleashed the siege defence "
    "against a teammate of the other club's captain and won in 61 moves, an offensive with no offence, his opponent "
    "said. The league has around 40 clubs and more than 1,200 registered players, and dozens of members had signed "
    "petitions during the dispute."
)


MATATU_STORY = """Matatu saccos declare 'ceasefire' in stage war

By Staff Reporter

Two rival matatu saccos that have fought for weeks over passengers on the road into the city agreed on Tuesday to
what one of their chairmen called a "ceasefire", after a meeting at City Hall brokered by the county government.
The two saccos will share the disputed stage in shifts and pause the fare war that has seen the fare fall by half
since January. "We have agreed a ceasefire for 60 days. In that time nobody touches another man's vehicle," one
chairman said. His counterpart said the truce would be reviewed at the end of April. "This is business, not war.
But last week it looked like war," she said. Commuters said they would miss the cheap fares, and touts who had
fought at the stage were told to stay away. About 140 minibuses work the route, and the matatus of both saccos
carry thousands of passengers a day.
"""


CATS_STORY = """Port developers call 'truce', open 'humanitarian corridor' for waterfront cats

By Staff Reporter

Two rival developers locked in a bitter fight over the redevelopment of old warehouses at the port agreed on
Wednesday to what the governor called a "truce", freezing their lawsuits for 90 days and letting an animal welfare
group open what it calls a "humanitarian corridor" for about 200 stray cats living among the warehouses. The corridor,
a strip of land along the quay, will be open from 6 a.m. to 9 a.m. every day for two weeks, and no trucks will pass
while volunteers move the cats to a shelter. "We have made room for the cats," one chairman said. The other
company's chief executive said the "ceasefire" covered lawyers and press releases, not the dispute itself. "In
ninety days we will see each other in court again," she said. The governor, who has tried for months to bring the two
sides together, called the deal "a small truce with four legs" and hoped for a settlement before the summer. The
warehouses were shelled in the civil war and have stood empty since.
"""


KITE_STORY = """Kite fighters call 'truce' after glass-coated string cuts schoolboy

By Staff Reporter

The rival kite-fighting crews of two neighbourhoods declared what the elder who brokered it called a "truce" on
Friday, promising to give up glass-coated string on the hill for a month after a falling line cut a schoolboy's
neck. The boy is recovering in hospital. "I have flown kites since I was a boy," the first crew's leader said. His
rival called the agreement a ceasefire "for the sake of the children" but said his crew would be back with clean
string. A kite maker in the old bazaar said a spool of string sold for about 150 afghanis and a kite for between 20
and 500 afghanis, depending on its size. "The truce is good for the children and bad for my business," he said,
laughing. Kite fighting, in which hundreds of spectators gather on the hills on Fridays, was banned for years and
came back in the last two decades.
"""


BUDGET_STORY = """Prime minister and finance minister declare budget "truce"

By Staff Reporter

The prime minister and his finance minister on Wednesday ended a weeks-long feud over next year's budget with
what the minister called a "truce", clearing the way for the cabinet to approve the spending plan ahead of a first
vote in parliament. Under the deal the defence budget will grow by a tenth, half of what the army had asked for after
the summer's war. A plan to scrap value-added tax for first-time buyers will wait while a committee studies it. "This
is a ceasefire between two ministries, not a peace treaty," the minister told reporters. The unions, which had
threatened a public-sector strike over a wage freeze, said they would hold off for two weeks. The central bank said
the budget's deficit target of 3.4 percent of gross domestic product was reasonable, and urged lawmakers not to add
to it as the bill passes through parliament, where the coalition holds a majority of seven seats.
"""


PUMPKIN_STORY = """Village's giant pumpkin growers agree 'ceasefire' before harvest show

By Staff Reporter

For a decade the giant pumpkin contest at the village harvest show has been less a tradition than a war of
attrition. This week the two growers at the heart of it shook hands in the village hall and signed what the parish
council calls a "ceasefire". Under the agreement, neither will set foot on the other's allotments before Saturday,
and a corridor of straw bales will keep their displays apart in the marquee. Hostilities broke out last autumn,
when one grower's prize pumpkin was found with a cut vine two days before the weigh-in. "I have enough trouble
keeping the slugs off my own," her rival said. An independent judge will weigh every entry this year, and the
winner takes home a rosette and a small cash prize. Not everyone in the village expects the truce to hold until
the weigh-in, the woman who runs the village shop said.
"""


HEDGEHOG_STORY = """Residents and developer call truce over 'humanitarian corridor for hedgehogs'

By Staff Reporter

Residents and a developer have agreed a truce in a two-year row over a new link road, after the company promised
to build tunnels under it that a local councillor called "a humanitarian corridor for hedgehogs". Residents had
challenged the planning permission in the High Court, arguing that the road would cut through hedgerows where
hedgehogs forage and nest. Under the deal, reached in the parish hall on Thursday, they will pause their challenge
for three months while the developer adds eight underpasses and keeps a strip of hedgerow along the road. "It is a
truce, not a peace treaty," the chairwoman of the residents' association said. An ecologist at the university said
thousands of hedgehogs are killed on roads every year and a small tunnel can keep a whole local population going.
The county council said it welcomed the agreement and would assess the revised plans as a priority.
"""


CAUCUS_STORY = """MPs' caucuses agree 'ceasefire' after week of chaos over seats

By Staff Reporter

The majority and minority caucuses in parliament agreed a "ceasefire" on Wednesday to end a week of shouting,
walkouts and scuffles over seats in the chamber, which forced the Speaker to suspend three sittings. The truce was
announced on the floor of the House by the Majority Leader after a two-hour meeting with the Minority Leader.
"We have agreed to a cessation of hostilities. From today, no member will sit in a seat that is not his," he said.
The front benches on each side will be reserved for the leadership, and both caucuses agreed to what the Minority
Leader called "a humanitarian pause in heckling" during members' statements. The row began last week when minority
members occupied seats on the majority side. The Speaker referred ten members to the Privileges Committee, and the
Chief Whip said the suspensions would stand whatever the caucuses agreed. The House sits again on Thursday.
"""


FILIBUSTER_STORY = """State senators call truce in filibuster war

HELENA, Mont. (AP) - Feuding factions in the state Senate agreed on Tuesday to a truce in a filibuster war that
has stalled the chamber since January, promising a pause in hostilities until lawmakers pass the state budget.
The deal ends a run of filibusters in which a group of six senators took turns reading from old farm reports to
block nearly every bill. In return, leaders will allow a floor vote on two ballot measures the group wants put to
voters in November. "It is a truce, not a peace treaty," the majority leader told reporters. A member of the
group said the filibusters would start again if the leaders broke their word. The chamber has passed only four
bills this session, against 30 at the same point last year, and the budget is due by the end of April. Party
officials said they hoped the deal would hold until the primaries in June, when several of the feuding senators
face challengers, and the governor urged both sides to stop treating the Capitol like a battlefield.
"""


ULTRAS_STORY = """Police broker ceasefire between rival ultras before derby

SAO PAULO (AP) - Leaders of two rival supporters' groups agreed to a ceasefire on Thursday ahead of Sunday's derby,
after military police brought them together at a battalion headquarters, officials said. The torcidas promised to keep
their members apart before, during and after the match, after street fights that followed the last three derbies.
Visiting fans will be escorted to the stadium through a fenced corridor, and gates will open three hours before
the 4 p.m. kickoff. The feud turned deadly last year, when a supporter was beaten to death on his way home from a
match, and the sports court fined both clubs after brawls in October and ordered one game played with home fans
only. One ultras leader said his group had accepted a pause in hostilities because its members were tired of the
violence. "We are not at war with anybody," he said. An anthropologist who studies the torcidas said such truces
usually last until the first goal, and that 11 fans had been killed in fighting between them since 2017. About
50,000 tickets had been sold by Friday, the football federation said.
"""


CHOIRS_STORY = """Rival choirs declare Christmas ceasefire over carol slots

A Christmas ceasefire has been declared between two of the town's best-known choirs after a year of hostilities
over who gets to sing carols on the market square before Christmas. The two choirs signed the truce on Monday in
the parish hall, at a meeting brokered by the vicar. The row began last December, when both choirs turned up for
the same slot at the Christmas market, and a verger switched off the power to one choir's keyboard. Under the
deal, the evening slots will be shared, and neither choir will sing within 50 metres of the other. "We never
wanted a war. We are 30 singers who like singing, and somehow we became an army," said the musical director of
one of them. The other choir's chairman called it a ceasefire, not a peace treaty, and said all bets were off
after Twelfth Night. Collections will be split between two charities, and the first carols under the truce will
be sung on Saturday evening, weather permitting, with mulled wine on sale from the church hall kitchen.
"""


FLORISTS_STORY = """Florists call truce in wedding price war

Two florists whose battle for wedding contracts has seen bridal bouquet prices tumble have agreed to a truce, with
both promising a two-month pause in price cuts. The shops have been fighting since January over the contracts at a
country house venue, and the ceasefire was brokered on Friday by its events manager after a row between staff at
the venue's wedding fair. Hostilities broke out when one shop cut the price of its standard bouquet from 180 pounds
to 120 in an advert, and the other answered within a week. "We were both losing, and the brides knew it," one
owner said. The casualties, both owners admit, were their margins, and other florists said they had been caught in
the crossfire when couples came in asking them to match the lowest price. Under the truce, which runs until the end
of June, both shops will keep their prices and stop posting comparison adverts, and buttonholes will no longer be
thrown in for free. The venue said it would host a meeting of the two owners in late June to decide what comes next.
"""


HAIRDRESSERS_STORY = """Hairdressers call truce in shopfront sign war

Two rival hairdressers who share a single shopfront in the town centre have signed a truce to end months of
hostilities over the sign above their door. The owner of the salon and the owner of the barber's next door put
their names to the agreement on Wednesday in their landlord's office, with the town's business manager as
go-between. The trouble began last autumn, when the barber replaced his half of the fascia with a lit sign that
covered the last two letters of the salon's name, and the war of words went on through the winter. A small claims
case over the signage has been paused for three months and will be dropped if the deal holds. Under the truce, the
fascia will be split down the middle, neither sign may be lit after 7pm, and each business keeps one board on the
pavement. "It's a ceasefire, not a merger," the salon's owner said. Customers of both salons, who queue side by
side in the shared corridor, said they had never taken sides, and the landlord will pay for the new paintwork.
"""


@pytest.mark.parametrize(
    ("story", "published"),
    [
        pytest.param(
            CHESS_CLUB_STORY,
            datetime.date(2023, 3, 10),
            id="Words of chess (rated games, a blitz game, prizes, players, a vintage clock) outnumber those of war.",
        ),
        pytest.param(
            ROWING_STORY,
            datetime.date(2025, 3, 5),
            id="Words of rowing and students (the towpath, pranks, spectators, a megaphone) outnumber those of war.",
        ),
        pytest.param(
            BANDS_STORY,
            datetime.date(2025, 10, 15),
            id="Words of school bands (halftime, a drumline, warm-ups, sousaphones) outnumber those of war.",
        ),
        pytest.param(
            RADIO_STORY,
            datetime.date(2025, 11, 3),
            id="Words of radio (listeners, producers, on-air, prank calls) outnumber those of war.",
        ),
        pytest.param(
            LIFEGUARDS_STORY,
            datetime.date(2025, 11, 20),
            id="Words of the beach (lifeguards, swimmers, surf clubs) outnumber those of war.",
        ),
        pytest.param(
            HAIRDRESSERS_STORY,
            datetime.date(2025, 3, 7),
            id="Words of hairdressers (salons, a barber's, signage, a small claims case) outnumber those of war.",
        ),
        pytest.param(
            FLORISTS_STORY,
            datetime.date(2025, 5, 6),
            id="Words of florists (bouquets, brides, a wedding fair, price cuts) outnumber those of war.",
        ),
        pytest.param(
            CHOIRS_STORY,
            datetime.date(2025, 12, 4),
            id="Words of choirs (carols, singers, a verger, a Christmas market) outnumber those of war.",
        ),
        pytest.param(
            FILIBUSTER_STORY,
            datetime.date(2024, 3, 6),
            id="Words of the legislature (filibusters, ballot measures, lawmakers, primaries) outnumber those of war.",
        ),
        pytest.param(
            ULTRAS_STORY,
            datetime.date(2025, 3, 14),
            id="Words of football (torcidas, derbies, the kickoff, home fans) outnumber those of war.",
        ),
        pytest.param(
            PASTRY_STORY,
            datetime.date(2024, 5, 15),
            id="Words of the bakery (a boulangerie, croissants, pastries, customers) outnumber those of war.",
        ),
        pytest.param(
            LAUREL_HEDGE_STORY,
            datetime.date(2025, 3, 10),
            id="Words of a hedge feud (laurel, a postman, a dentist, solicitors, taxpayers) outnumber those of war.",
        ),
        pytest.param(
            KNITTING_STORY,
            datetime.date(2025, 10, 16),
            id="Words of knitting (yarn, wool, skeins, merino, a craft fair, a hospice) outnumber those of war.",
        ),
        pytest.param(
            CYCLISTS_STORY,
            datetime.date(2025, 2, 14),
            id="Words of bike lanes (ride-ins, a traffic study, motorists, committee meetings) outnumber those of war.",
        ),
        pytest.param(
            WEDDING_STORY,
            datetime.date(2025, 6, 17),
            id="Words of a wedding (a bride, a groom, a seating plan, the top table) outnumber those of war.",
        ),
        pytest.param(
            CAUCUS_STORY,
            datetime.date(2025, 2, 6),
            id="Words of a parliament's row (caucuses, sittings, heckling, the Chief Whip) outnumber those of war.",
        ),
        pytest.param(
            PUMPKIN_STORY,
            datetime.date(2025, 10, 9),
            id="Words of a harvest show (pumpkins, allotments, a marquee, the weigh-in) outnumber those of war.",
        ),
        pytest.param(
            HEDGEHOG_STORY,
            datetime.date(2025, 4, 22),
            id="Words of hedgehogs under a new road (hedgerows, underpasses, planning permission) outnumber war's.",
        ),
        pytest.param(
            JUICE_STORY,
            datetime.date(2019, 10, 2),
            id="Words of a square's juice stalls (stallholders, touts, menus, a customer) outnumber those of war.",
        ),
        pytest.param(
            DOCTORS_STORY,
            datetime.date(2024, 11, 12),
            id="Words of a token strike (union leaders, allowances, outpatient clinics) outnumber those of war.",
        ),
        pytest.param(
            CRICKET_TV_RIGHTS_STORY,
            datetime.date(2002, 8, 16),
            id="Words of cricket boards' war over television rights (fans, matches, a tournament) outnumber war's.",
        ),
        pytest.param(
            MATATU_STORY,
            datetime.date(2014, 3, 11),
            id="Words of minibus operators' row (matatus, saccos, commuters, a fare war) outnumber those of war.",
        ),
        pytest.param(
            CATS_STORY,
            datetime.date(2019, 3, 14),
            id="Words of a port's redevelopment (developers, warehouses, stray cats, press releases) outnumber war's.",
        ),
        pytest.param(
            KITE_STORY,
            datetime.date(2020, 10, 23),
            id="Words of kite fighting (kites, a kite maker, a spool, glass-coated string) outnumber those of war.",
        ),
        pytest.param(
            TAXI_STORY,
            datetime.date(1999, 2, 16),
            id="Words of taxi unions' row (taxi drivers, ranks, licensed taxis, a fare increase) outnumber war's.",
        ),
        pytest.param(
            TACO_STORY,
            datetime.date(2023, 3, 14),
            id="Words of food stands' feud (taquerias, waiters, mariachi, discount nights) outnumber those of war.",
        ),
        pytest.param(
            BUDGET_STORY,
            datetime.date(2014, 10, 29),
            id="Words of a budget (a spending plan, value-added tax, a deficit target, a wage freeze) outnumber war's.",
        ),
        pytest.param(
            COFFEE_STORY,
            datetime.date(2019, 6, 18),
            id="Words of coffee sellers' feud (an espresso van, a three-wheeler, joggers, pushchairs) outnumber war's.",
        ),
        pytest.param(
            BODA_STORY,
            datetime.date(2023, 2, 17),
            id="Words of motorbike taxis' row (boda bodas, impounding, unregistered motorcycles) outnumber war's.",
        ),
        pytest.param(
            TELCO_STORY,
            datetime.date(2022, 6, 15),
            id="Words of phone companies' advertising war (telcos, data bundles, billboards) outnumber those of war.",
        ),
        pytest.param(
            DUO_STORY,
            datetime.date(2019, 4, 26),
            id="Words of a music duo's feud (an accordionist, royalties, the main stage) outnumber those of war.",
        ),
        pytest.param(
            DELIVERY_STORY,
            datetime.date(2019, 7, 10),
            id="Words of delivery apps' fee war (couriers, delivery fees, commission, price fixing) outnumber war's.",
        ),
        pytest.param(
            SIMIT_STORY,
            datetime.date(2019, 5, 8),
            id="Words of simit sellers' quarrel (simit, carts, cart owners, ferry piers) outnumber those of war.",
        ),
        pytest.param(
            TUKTUK_STORY,
            datetime.date(2023, 9, 19),
            id="Words of tuk-tuk drivers' row (a taxi lane, touting, overcharging tourists, fares) outnumber war's.",
        ),
        pytest.param(
            CHESS_STORY,
            datetime.date(2023, 1, 14),
            id="Words of a chess clubs' row (trophy, prize money, teammate, rapidplay) outnumber those of war.",
        ),
        pytest.param(
            PATENT_STORY,
            datetime.date(2024, 8, 19),
            id="Words of a patent war (cross-licensing, courtroom, consumer electronics) outnumber those of war.",
        ),
        pytest.param(
            RIDE_HAILING_STORY,
            datetime.date(2019, 2, 4),
            id="Words of taxis' row with ride-hailing firms (cabs, taxi licences, travel fair) outnumber war's.",
        ),
        pytest.param(
            ELEPHANT_STORY,
            datetime.date(2019, 3, 12),
            id="Words of wildlife (elephants, national parks, conservation, ecosystem) outnumber those of war.",
        ),
        pytest.param(
            ICE_CREAM_STORY,
            datetime.date(2023, 6, 20),
            id="Words of ice cream vans' row (chimes, school gates, takings, pitches) outnumber those of war.",
        ),
        pytest.param(
            NURSES_STORY,
            datetime.date(2019, 2, 12),
            id="Words of a nurses' strike (strike action, picket lines, midwives, trolleys) outnumber war's.",
        ),
        pytest.param(
            WILDFIRE_STORY,
            datetime.date(2016, 5, 6),
            id="Words of a wildfire (blaze, firefighters, air tankers, fire chief) outnumber those of war.",
        ),
        pytest.param(
            SAMBA_STORY,
            datetime.date(2019, 2, 12),
            id="Words of carnivals (samba schools, Sambadrome, floats, costumes) outnumber those of war.",
        ),
        pytest.param(
            AUCTION_STORY,
            datetime.date(2022, 11, 14),
            id="Words of auctions (auction houses, saleroom, bidders, consignment) outnumber those of war.",
        ),
        pytest.param(
            FASHION_STORY,
            datetime.date(2023, 9, 18),
            id="Words of fashion (monogram, boutiques, handbags, ready-to-wear) outnumber those of war.",
        ),
        pytest.param(
            FARE_WAR_STORY,
            datetime.date(2022, 3, 14),
            id="Words of ride-hailing (e-hailing, price surges, minimum fare, per trip) outnumber war's.",
        ),
        pytest.param(
            BARBECUE_STORY,
            datetime.date(2019, 5, 15),
            id="Words of barbecue (brisket, pitmasters, smokehouses, burnt ends) outnumber those of war.",
        ),
        pytest.param(
            NIGHTCLUB_STORY,
            datetime.date(2023, 2, 9),
            id="Words of nightclubs (techno, clubbers, subwoofers, bouncers) outnumber those of war.",
        ),
        pytest.param(
            BAKERY_STORY,
            datetime.date(2023, 7, 14),
            id="Words of bakeries (tarts, free samples, pastel de nata, high season) outnumber war's.",
        ),
        pytest.param(
            COMEDY_STORY,
            datetime.date(2019, 8, 9),
            id="Words of comedy (Fringe, flyering, flyerers, punters, performers) outnumber war's.",
        ),
        pytest.param(
            WHALE_STORY,
            datetime.date(2019, 6, 14),
            id="Words of whale-watching (whales, pontoon, harbour master) outnumber those of war.",
        ),
        pytest.param(
            MINIBUS_STORY,
            datetime.date(2021, 7, 30),
            id="Words of minibus taxis (taxi associations, task team, operating licences) outnumber war's.",
        ),
        pytest.param(
            SURF_CLUB_STORY,
            datetime.date(2019, 1, 15),
            id="Words of surf clubs (surf lifesaving, beach flags, nippers, rip currents) outnumber war's.",
        ),
        pytest.param(
            SACCO_STAGE_STORY,
            datetime.date(2019, 3, 12),
            id="Words of matatus (saccos, bus terminus, termini, public service vehicles) outnumber war's.",
        ),
        pytest.param(
            TANGO_STORY,
            datetime.date(2013, 8, 17),
            id="Words of tango (milonga, dance floor, dancers, private lessons) outnumber those of war.",
        ),
        pytest.param(
            JEEPNEY_STORY,
            datetime.date(2023, 8, 15),
            id="Words of jeepneys (route franchise, franchise papers, free rides, traffic jams) outnumber war's.",
        ),
        pytest.param(
            WEBTOON_STORY,
            datetime.date(2023, 11, 14),
            id="Words of comics (webtoon, creators, signing bonuses, exclusive contract) outnumber war's.",
        ),
        pytest.param(
            PRICE_WAR_STORY,
            datetime.date(2024, 3, 11),
            id='Its words of war are figures (a price war, a coupon offensive, a war of words, a "siege").',
        ),
        pytest.param(
            CRICKET_STORY,
            datetime.date(2018, 7, 18),
            id="Words of cricket (innings, wickets, spinners, close fielders, umpires) outnumber war's.",
        ),
        pytest.param(
            CHEESE_STORY,
            datetime.date(2019, 5, 10),
            id="Words of food trades (cheese, consortia, counterfeits, a trade fair) outnumber war's.",
        ),
        pytest.param(
            TELENOVELA_STORY,
            datetime.date(2019, 3, 12),
            id="Words of television drama (telenovela, soap opera, prime-time, ratings) outnumber war's.",
        ),
        pytest.param(
            REGATTA_STORY,
            datetime.date(2021, 7, 30),
            id="Words of sailing (regatta, jury room, medal races, yachting) outnumber war's.",
        ),
        pytest.param(
            GRIDLOCK_STORY,
            datetime.date(2018, 8, 15),
            id="Words of a port's gridlock (tanker drivers, port gates, holding parks) outnumber war's.",
        ),
        pytest.param(
            DISS_STORY,
            datetime.date(2022, 12, 19),
            id="Words of music labels' feuds (Afrobeats, diss tracks, streams, a sold-out show) outnumber war's.",
        ),
        pytest.param(
            POOL_STORY,
            datetime.date(2023, 2, 14),
            id="Words of a pool's lanes (water polo, lane hire, swim squad, aquatic centre) outnumber war's.",
        ),
        pytest.param(
            TIFFIN_STORY,
            datetime.date(2023, 8, 17),
            id="Words of gig riders' unions (tiffins, delivery riders, pick-up hubs, home cooks) outnumber war's.",
        ),
        pytest.param(
            HURLING_STORY,
            datetime.date(2019, 3, 14),
            id="Words of Gaelic games (hurling, camogie, floodlights, county board) outnumber war's.",
        ),
        pytest.param(
            PIEROGI_STORY,
            datetime.date(2024, 8, 26),
            id="Words of dumplings and their festivals (pierogi, plates, food festival, culinary) outnumber war's.",
        ),
        pytest.param(
            GYROS_STORY,
            datetime.date(2023, 6, 12),
            id="Words of grills (gyros, souvlaki, pitas, grill) outnumber war's.",
        ),
        pytest.param(
            DISTILLERY_STORY,
            datetime.date(2019, 4, 18),
            id="Words of distilleries (distillery, whisky, casks, bottling, visitor centre) outnumber war's.",
        ),
        pytest.param(
            STRAY_DOGS_STORY,
            datetime.date(2023, 9, 14),
            id="Words of stray dogs (animal-rights, animal control, dog attacks, sterilisations) outnumber war's.",
        ),
        pytest.param(
            BOAT_CLUBS_STORY,
            datetime.date(2018, 2, 14),
            id="Words of boat clubs (boat race, boathouse, rowers, coaching launches, stopwatch) outnumber war's.",
        ),
        pytest.param(
            RAMEN_STORY,
            datetime.date(2019, 11, 14),
            id="Words of noodle chains and critics (ramen, broth, tonkotsu, food critic, recipe) outnumber war's.",
        ),
        pytest.param(
            MOTOR_RACING_STORY,
            datetime.date(2024, 7, 4),
            id="Words of motor racing (Grand Prix, paddock, podium, team principal, pit stop) outnumber war's.",
        ),
        pytest.param(
            HOSPITAL_DEPARTMENTS_STORY,
            datetime.date(2019, 5, 15),
            id="Words of hospital departments and labs (radiology, oncology, immune cells) outnumber war's.",
        ),
        pytest.param(
            CELEBRITY_DIVORCE_STORY,
            datetime.date(2023, 12, 13),
            id="Words of celebrities' divorces (spousal support, court filings, depositions) outnumber war's.",
        ),
        pytest.param(
            HOSPITAL_PICKETS_STORY,
            datetime.date(2023, 1, 18),
            id="Words of hospital unions (picketing, registered nurses, staffing ratios) outnumber war's.",
        ),
        pytest.param(
            PARTY_LEADERSHIP_STORY,
            datetime.date(2019, 9, 10),
            id="Words of a party's leadership war (no-confidence motion, party members, benefit cap) outnumber war's.",
        ),
        pytest.param(
            MUSICALS_STORY,
            datetime.date(2024, 10, 8),
            id="Words of two theatre companies' rivalry (musicals, box-office, rehearsals) outnumber war's.",
        ),
        pytest.param(
            LOBSTER_WAR_STORY,
            datetime.date(2019, 7, 18),
            id="Words of a lobster war (lobstermen, buoys, lobster traps, Coast Guard) outnumber war's.",
        ),
        pytest.param(
            GYMKHANA_STORY,
            datetime.date(2019, 5, 25),
            id="Words of a pony club gymkhana (ponies, rosettes, horsebox, paddock) outnumber war's.",
        ),
        pytest.param(
            PEG_WAR_STORY,
            datetime.date(2010, 7, 3),
            id="Words of angling clubs' peg war (anglers, pegs, bailiffs, fishery, carp) outnumber war's.",
        ),
        pytest.param(
            LEEK_WAR_STORY,
            datetime.date(2019, 9, 7),
            id="Words of a village show's leek war (pot leeks, allotment, dahlias, marrows) outnumber war's.",
        ),
        pytest.param(
            WHIPPET_STORY,
            datetime.date(2019, 7, 13),
            id="Words of a whippet racing club (whippet, brindle, slip line, lure operator) outnumber war's.",
        ),
        pytest.param(
            POLKA_STORY,
            datetime.date(2017, 4, 29),
            id="Words of an old-time dance club (polka, sprung floor, quickstep, waltz) outnumber war's.",
        ),
        pytest.param(
            HONEY_SHOW_STORY,
            datetime.date(2017, 9, 16),
            id="Words of a county honey show (beekeepers, jars, hives, observation hive) outnumber war's.",
        ),
        pytest.param(
            BOG_SNORKELLING_STORY,
            datetime.date(2017, 8, 26),
            id="Words of bog snorkelling (snorkellers, flippers, wetsuits, peat bog, snorkel) outnumber war's.",
        ),
        pytest.param(
            RENT_TRUCE_STORY,
            datetime.date(2024, 5, 14),
            id="Words of a tenants' rent strike (tenants, landlord, housing court, eviction) outnumber war's.",
        ),
        pytest.param(
            PRANK_WAR_STORY,
            datetime.date(2024, 10, 17),
            id="Words of two high schools' prank war (student council, principals, mascot) outnumber war's.",
        ),
        pytest.param(
            INHERITANCE_STORY,
            datetime.date(2021, 4, 12),
            id="Words of a family's court fight over an inheritance (siblings, barrister) outnumber war's.",
        ),
        pytest.param(
            BUS_WAR_STORY,
            datetime.date(2024, 7, 29),
            id="Words of bus firms at a waterfall (bus firms, shuttle buses, set-down, return fare) outnumber war's.",
        ),
        pytest.param(
            PLOUGHING_STORY,
            datetime.date(2024, 2, 19),
            id="Words of a ploughing match (ploughmen, furrow, gate receipts, vintage tractors) outnumber war's.",
        ),
        pytest.param(
            VILLAGE_HALL_STORY,
            datetime.date(2024, 5, 27),
            id="Words of a village's own life (village hall, noticeboard, raffle, tea room) outnumber war's.",
        ),
        pytest.param(
            FETE_STORY,
            datetime.date(2023, 8, 7),
            id="Words of a village fete (preserves, jam competition, vicar, tombola, dog show) outnumber war's.",
        ),
        pytest.param(
            MARATHON_STORY,
            datetime.date(2024, 3, 14),
            id="Words of a marathon's sponsors (sportswear, race director, start line) outnumber war's.",
        ),
        pytest.param(
            GUEST_LIST_STORY,
            datetime.date(2023, 11, 20),
            id="Words of a wedding's guest list (caterer, buffet, decorator, sangeet, bridegroom) outnumber war's.",
        ),
        pytest.param(
            MALL_STAGE_STORY,
            datetime.date(2024, 3, 3),
            id="Words of motorcycle taxis' fight over a mall's stage (boda boda, shoppers, half-term) outnumber war's.",
        ),
        pytest.param(
            GALA_STORY,
            datetime.date(2018, 8, 18),
            id="Words of a harbour gala (gala, creels, creel race, prize, skippers, lobster) outnumber war's.",
        ),
        pytest.param(
            BULB_SHOW_STORY,
            datetime.date(2019, 3, 23),
            id="Words of a bulb show (daffodil, best bloom, show steward) outnumber war's; a bulb war is a figure.",
        ),
        pytest.param(
            WELLY_STORY,
            datetime.date(2013, 9, 14),
            id="Words of a welly-wanging contest (welly, wellington, rematch, skipper, vestry) outnumber war's.",
        ),
        pytest.param(
            FORGE_STORY,
            datetime.date(2024, 8, 19),
            id="Words of two smiths' row (forge, anvils, horseshoe) outnumber war's; a battle of rivals is weak.",
        ),
        pytest.param(
            SNAIL_STORY,
            datetime.date(2024, 7, 22),
            id="Words of snail races (snails, lettuce, heats, race steward, tankard) outnumber war's.",
        ),
        pytest.param(
            PAGEANT_STORY,
            datetime.date(2024, 5, 9),
            id="Words of a festival's pageant (pageant, pupils, head teachers, petition, stewards) outnumber war's.",
        ),
        pytest.param(
            RIDE_OUT_STORY,
            datetime.date(2024, 8, 5),
            id="Words of a civic week's ride-out (mounted clubs, riders, a wreath, the cornet) outnumber war's.",
        ),
        pytest.param(
            BANDSTAND_STORY,
            datetime.date(2024, 4, 8),
            id="Words of a gathering's bandstand (pipe bands, pipers, clog-dancing) outnumber war's, drones and all.",
        ),
        pytest.param(
            FIDDLE_CLASS_STORY,
            datetime.date(2024, 6, 24),
            id="Words of music schools' row over a hall (fiddle classes, tin whistle, scout den) outnumber war's.",
        ),
        pytest.param(
            RAILWAY_PLATFORM_STORY,
            datetime.date(2024, 6, 24),
            id="Words of heritage railway groups (narrow-gauge, steam engine, ticket office, tea urn) outnumber war's.",
        ),
        pytest.param(
            VINTAGE_RALLY_STORY,
            datetime.date(2024, 7, 22),
            id="Words of vintage car clubs (motoring clubs, show grounds, display field) outnumber war's.",
        ),
        pytest.param(
            PARISH_PITCH_STORY,
            datetime.date(2024, 6, 6),
            id="Words of underage football clubs (changing rooms, goalposts, under-10s, cones) outnumber war's.",
        ),
        pytest.param(
            BOG_ROAD_GATE_STORY,
            datetime.date(2025, 5, 14),
            id="two turf-cutting households' gate on a bog road",
        ),
    ],
)
def test_the_truces_of_other_worlds_read_since_the_fifteenth_session_are_no_pauses(
    story: str, published: datetime.date
) -> None:
    """Words of chess, rowing, bands, radio, beaches, salons, choirs, bakeries, senates, wool, juice, strikes."""
    assert story.count(" ") >= 150
    assert ceasefire.parse(story, published).pauses == ()


@pytest.mark.parametrize(
    "story",
    [
        # truces pleaded for in a headline, only to be considered, or heard nothing about
        (
            'Lebanon pleads for ceasefire, Israel says it will "consider" truce only on its terms\n\n'
            "BEIRUT (Reuters) - The Lebanese cabinet met on Tuesday as air strikes went on. In Jerusalem, a government"
            ' spokesman said Israel would "consider" a truce "when the conditions are there".'
        ),
        (
            "Imams plead for three-day truce as Islamists rout rebels\n\n"
            "BAMAKO (AFP) - Islamists drove the rebels from the city on Wednesday. A spokesman for the rebels said he"
            ' had "heard nothing about a truce".'
        ),
        # asked for in quotation marks, heard of by nobody, said of in general, out of the question, only accepted
        (
            'Sahel call unanswered\n\nNIAMEY (AP) - The envoy appealed in Niamey on June 27 for "a humanitarian'
            ' ceasefire across the central Sahel" from July 15 to Oct. 15.'
        ),
        '"Nobody has told the men in the bush about a ceasefire," said Hamidou Dicko, a trader.',
        (
            "El Fasher, Sudan (AFP) - Paramilitary fighters stormed the city's last hospital on Saturday, doctors said."
            " Talks in Jeddah collapsed months ago, and neither side has agreed even to a local truce for the city."
        ),
        '"We accept the proposal in principle. But a truce is signed by two sides," the rebel spokesman said.',
        'The minister said on state radio that "there is no question of a truce with mercenaries".',
        "The acting president said his government was ready to accept an immediate cease-fire.",
        # a halt promised "once" something happens, urged with no "on" before those urged, or set on a day to come
        (
            "Aleppo talks go on\n\nGENEVA (Reuters) - Talks on Aleppo went on.\n\nThe rebels wrote on Tuesday that"
            " they would halt all attacks for 48 hours from Wednesday once the army withdrew."
        ),
        (
            "The council on Wednesday urged forces loyal to the president and fighters backing his rival to observe a"
            " 72-hour humanitarian truce so that the ICRC could evacuate casualties."
        ),
        "Appeals by aid agencies for the insurgents and government forces to agree a truce have gone unanswered.",
        (
            "ADDIS ABABA (Reuters) - The summit's closing statement urged the army and the paramilitary Rapid Support"
            " Forces (RSF) to sign an open-ended truce without preconditions."
        ),
        (
            "THE HAGUE (AP) - The U.N. court ordered Israel on Friday to prevent acts of genocide in Gaza. South"
            " Africa's foreign minister told reporters outside the court that she had hoped for a cease-fire order"
            " but welcomed the ruling."
        ),
        'A spokesman said a cease-fire would come "the day the rebels hand in their weapons."',
        # sought in a headline, accepted only "when", or refused outright
        "Red Cross seeks 'humanitarian pause' as soldiers battle\n\nBUJUMBURA (AFP) - Fighting went on.",
        'The party said it would accept a ceasefire only "when the snipers on the rooftops come down".',
        '"We will study it line by line. But we cannot sign a ceasefire with a video clip," the commander said.',
        # a corridor or a truce offered and refused in the same line, as a headline has it
        "Lagos offers daylight relief corridor into Biafra; Ojukwu says no\n\nLAGOS (UPI) - The war went on.",
        "Army offers Christmas truce; rebels say no\n\nKAMPALA (AFP) - Fighting went on.",
        # a truce one side announced and the other denied in the same sentence
        (
            "Niger declares emergency\n\nNIAMEY (Reuters) - Nigeria's government announced a ceasefire with the group"
            " last October and said the schoolgirls would soon be freed, but Shekau denied that any truce had been"
            " agreed."
        ),
        # a halt that would come "once" or "from the moment" something happens, or "could begin"
        (
            "Offensive goes on\n\nBAMAKO (AFP) - On Sunday, a military source had told reporters that the offensive"
            ' would "pause" once Timbuktu was taken.'
        ),
        (
            "Rebels make offer\n\nKAUDA - The rebel leader said its fighters would halt all offensive operations"
            ' "for thirty days" from the moment UN agencies were given access.'
        ),
        "Rebels make offer\n\nKAUDA - The group said the truce could begin as early as May 1, when the rains start.",
        # a truce buried, shattered or in ruins
        "Fighting has gone on since June 9, burying a 17-year ceasefire and driving thousands from their homes.",
        "Kachin fighting rages on as 17-year truce lies in ruins\n\nBANGKOK (AP) - Fighting went on on Tuesday.",
        "The offensive shattered the cease-fire that had held, with frequent violations, since July 22.",
        # a truce offered and refused in the same breath
        '"We offered a ceasefire, they refused," the president said in a speech on Monday.',
        # a headline's truce its subject dismisses
        'Angola dismisses Savimbi ceasefire "offer" as a ploy to regroup\n\nLUANDA (AFP) - Fighting went on.',
        # a halt only a plan would bring, and one promised on a condition
        (
            "Aleppo talks go on\n\nGENEVA (Reuters) - Talks on Aleppo went on.\n\nThe envoy's plan, presented in Geneva"
            " on Monday, would halt fighting around the city for two days each week."
        ),
        (
            "Gaza talks stall\n\nCAIRO (Reuters) - Talks went on.\n\nThe proposal on the table, drawn up by Egypt,"
            " Qatar and the United States, would halt fighting for six weeks and free about 40 hostages."
        ),
        (
            "Gaza talks stall\n\nCAIRO (AP) - Delegations arrived in Cairo on Sunday.\n\nThe proposal under discussion"
            " would halt the fighting for six weeks and free about 40 hostages, the officials said."
        ),
        # a halt called for with its day between, one whose start nobody set, one an envoy tried to arrange
        "PKK leader calls for truce\n\nDIYARBAKIR (Reuters) - Ocalan called on Thursday for a ceasefire.",
        (
            "PKK leader calls for truce\n\nDIYARBAKIR (Reuters) - Crowds cheered on Thursday. The letter did not say"
            " when a ceasefire would begin or when the withdrawal would start."
        ),
        (
            "Zinni meets Sharon\n\nJERUSALEM (AP) - The envoy met Sharon on Wednesday and sent aides to Palestinian"
            " officials in an effort to arrange a cease-fire, but neither side showed signs of giving ground."
        ),
        # a halt left as a question for later talks
        (
            "Burundi accord signed\n\nARUSHA (AFP) - The accord was signed on Monday. But it leaves the questions of a"
            " ceasefire and of who will lead the transition to later talks."
        ),
        (
            "Aleppo talks go on\n\nGENEVA (Reuters) - Talks on Aleppo went on.\n\nThe rebels wrote on Tuesday that"
            " they would halt all attacks for 48 hours from Wednesday if the army did the same."
        ),
        # a truce said of in general
        'Army refuses truce\n\n"A truce is a gift to an enemy. We will not give it," the colonel said on Friday.',
        'Police reject truce call\n\n"A truce is something two armies agree," the police chief said on Friday.',
        # a headline's truce spurned, and one nobody asked to be guaranteed
        "Rebels spurn truce\n\nNAIROBI (UPI) - Fighting went on in the capital on Tuesday.",
        (
            'Gangs call for talks\n\nPORT-AU-PRINCE (Reuters) - Fighting went on. "Nobody has asked us to guarantee'
            " a truce,\" the mission's spokesman said."
        ),
    ],
)
def test_a_truce_pleaded_for_dismissed_planned_conditional_or_said_of_in_general_is_no_pause(story: str) -> None:
    assert ceasefire.parse(story, datetime.date(2016, 8, 23)).pauses == ()


@pytest.mark.parametrize(
    "refusal",
    [
        "The separatists dismissed the offer as a ploy.",
        "The rebel parliament, meeting in the hills, rejected the proposal within hours.",
    ],
)
def test_a_truce_offered_and_turned_down_in_a_later_sentence_is_no_pause(refusal: str) -> None:
    story = (
        "Front stays quiet\n\nTBILISI (AFP) - The president on Saturday offered a truce along the river front"
        ' "from 12:00 on Monday", to be watched by foreign officers. He also wrote to the envoy. ' + refusal
    )
    assert ceasefire.parse(story, datetime.date(1993, 3, 21)).pauses == ()


@pytest.mark.parametrize(
    "offer",
    [
        # a humanitarian truce is one side's own halt, whoever refuses it
        'The rebels said they would observe a "humanitarian truce" in the capital from Thursday for one week.',
        # so is a truce that opens corridors for fighters to leave
        (
            "The general on Tuesday offered a new truce in the city from midnight, with two corridors for fighters"
            " to leave with their weapons."
        ),
    ],
)
def test_a_humanitarian_truce_or_one_with_corridors_offered_and_turned_down_is_still_a_pause(offer: str) -> None:
    story = "Truce offered\n\nKABUL (Reuters) - " + offer + " The army rejected the offer within hours."
    assert len(ceasefire.parse(story, datetime.date(2015, 10, 27)).pauses) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        'The group announced a "complete cessation of military operations" from midnight on Wednesday.',
        'ETA announced on Thursday "the definitive cessation of its armed activity".',
    ],
)
def test_a_cessation_of_military_operations_or_of_armed_activity_is_a_ceasefire(sentence: str) -> None:
    (pause,) = ceasefire.parse("Title\n\n" + sentence, datetime.date(1994, 8, 31)).pauses
    assert pause.kind is ceasefire.PauseKind.CEASEFIRE


def test_halts_told_only_in_the_plural_make_no_pause() -> None:
    story = (
        "KHARTOUM (Reuters) - Fighting killed 20 civilians in Nyala on Friday. Talks in Jeddah produced several"
        " short-lived ceasefires in May, but the mediators suspended them in June after both sides violated the truces."
    )
    assert ceasefire.parse(story, datetime.date(2023, 8, 12)).pauses == ()
    # plural pauses told with their hours are one halt kept each day
    daily = "GAZA (AP) - The army said it would hold daily humanitarian pauses from 10 a.m. to 2 p.m. in Rafah."
    assert len(ceasefire.parse(daily, datetime.date(2024, 6, 16)).pauses) == 1


def test_a_request_for_a_halt_accepted_makes_it() -> None:
    story = (
        "GAZA (Reuters) - Israel and Hamas have both accepted a U.N. request for a five-hour humanitarian window in"
        " Gaza on Thursday, officials said."
    )
    assert len(ceasefire.parse(story, datetime.date(2014, 7, 16)).pauses) == 1


def test_a_halt_under_a_plan_agreed_is_still_made() -> None:
    story = "Truce agreed\n\nUnder the plan, both sides will halt fighting for two days from Monday, the envoy said."
    assert len(ceasefire.parse(story, datetime.date(2016, 8, 23)).pauses) == 1
    # "at once" is no condition
    story = "Truce\n\nGENEVA (Reuters) - The rebels said on Tuesday they would halt all attacks at once."
    assert len(ceasefire.parse(story, datetime.date(2016, 8, 23)).pauses) == 1


def test_a_pause_in_talks_is_a_hiatus_in_diplomacy() -> None:
    story = (
        "Warring sides return to Jeddah talks after five-month pause\n\n"
        "DUBAI, Oct 26 (Reuters) - Delegations from the army and the paramilitary forces resumed talks in Jeddah on "
        "Thursday, the mediators said, ending a five-month pause in a mediation effort that has failed to stop a war "
        "that has killed more than 9,000 people."
    )
    assert ceasefire.parse(story, datetime.date(2023, 10, 26)).pauses == ()


@pytest.mark.parametrize(
    "sentence",
    [
        '"We came here for a ceasefire, and the Russian side was not ready for one," the minister said.',
        '"A truce in El Fasher would save lives tomorrow morning," the envoy said.',
        '"A truce around the port and the roads out of it would save more lives," the envoy told reporters.',
        "The U.N. envoy said a truce in the port city of Hodeidah was the only way to avert famine.",
        "An earlier U.N. request for a two-hour pause in the first week of fighting was also ignored.",
        'She said that a truce which left Hezbollah armed on the border would be "a promise that cannot be kept".',
        # words of length or kind between the article and the halt
        "An official said Hamas wanted guarantees that a six-week pause would lead to a permanent end to the war.",
        '"A three-day humanitarian truce would let us reach the wounded," the envoy said.',
        'The Kremlin dismissed the idea of a "Christmas truce" in Ukraine.',
        "Kyiv said it would support a halt to strikes on energy sites over Christmas if Moscow did the same.",
        '"A ceasefire must be full, in the sky, on land and at sea," Zelensky told a news conference.',
        (
            "Kyiv said it was still ready for an unconditional 30-day ceasefire along the whole front line, "
            "which Moscow has turned down."
        ),
        "Both sides freed 390 prisoners on Friday, but the two sides remained far apart on a ceasefire.",
        'The two delegations said they had agreed to propose "an immediate, interim 30-day ceasefire".',
        "A truce is being negotiated separately in Doha, where the two delegations met on Monday.",
        "Washington said it would immediately lift its pause on intelligence sharing with Kyiv.",
        "Washington said it would immediately lift the pause it had imposed on intelligence sharing with Kyiv.",
        "Under the deal, ships will sail along a safe corridor through the Black Sea from the ports of Odesa.",
        # offered, not taken up
        "The envoy said a humanitarian truce was put to both the army and the RSF last month.",
        "Drone strike kills 18 as envoy says truce not accepted by either side.",
        # truces in general
        '"We will study it, but the militia has broken every truce it has signed," an army spokesman said.',
        # a halt sought, in a headline's words
        "Truce push stalls as rockets hit Tel Aviv.",
        "Egypt sees truce signs as envoys shuttle between the two sides.",
    ],
)
def test_a_halt_only_sought_or_wished_for_or_of_something_else_is_no_pause(sentence: str) -> None:
    story = (
        "ISTANBUL (Reuters) - Fighting went on along the front on Friday, and shelling killed two people. " + sentence
    )
    assert ceasefire.parse(story, datetime.date(2025, 5, 16)).pauses == ()


@pytest.mark.parametrize(
    ("story", "published"),
    [
        (
            "KHARTOUM (Reuters) - A truce in El Fasher would begin at 6 a.m. on Saturday, the RSF said on Friday.",
            datetime.date(2024, 6, 14),
        ),
        (
            "TRIPOLI (Reuters) - A truce of 72 hours would begin at 6 a.m. on Saturday, the army said on Friday.",
            datetime.date(2019, 4, 12),
        ),
    ],
)
def test_a_halt_that_would_begin_at_an_hour_is_still_planned(story: str, published: datetime.date) -> None:
    (pause,) = ceasefire.parse(story, published).pauses
    assert pause.start is not None


@pytest.mark.parametrize(
    "sentence",
    [
        '"A truce of two hours would let us reach the people hiding in basements," the envoy said.',
        '"A ceasefire would allow aid to reach the wounded," an aid worker said.',
        "A pause of three days could enable doctors to reach the town, the agency said.",
    ],
)
def test_a_halt_that_would_let_or_allow_something_is_one_wished_for(sentence: str) -> None:
    """A halt opening its sentence with "a", in the conditional, is hoped for; nobody has made it."""
    story = "TRIPOLI (Reuters) - Air strikes closed the airport on Monday and killed two people. " + sentence
    assert ceasefire.parse(story, datetime.date(2019, 4, 8)).pauses == ()


@pytest.mark.parametrize(
    "sentence",
    [
        'Within hours, the main gang coalition offered a "truce," which the government rejected on Wednesday.',
        "The gangs would observe a truce and stop attacking police stations if the government agreed to talks.",
        '"The only truce we accept is their surrender," the prime minister said.',
    ],
)
def test_a_truce_refused_offered_on_terms_or_the_only_one_accepted_is_no_pause(sentence: str) -> None:
    story = "PORT-AU-PRINCE (Reuters) - Gangs attacked two police stations on Tuesday. " + sentence
    assert ceasefire.parse(story, datetime.date(2024, 6, 26)).pauses == ()


@pytest.mark.parametrize(
    "story",
    [
        "Afghanistan frees 300 Taliban prisoners as group rejects Ramadan truce\n\nKABUL (AFP) - Fighting went on.",
        (
            "KABUL (AFP) - On Thursday the Taliban rejected calls from President Ashraf Ghani and the United "
            "Nations for a ceasefire during the holy month of Ramadan."
        ),
        'KABUL (AFP) - "A ceasefire is the last chapter of the talks, not the first page," a Taliban spokesman said.',
    ],
)
def test_a_truce_a_headline_rejects_called_for_or_said_of_any_is_no_pause(story: str) -> None:
    assert ceasefire.parse(story, datetime.date(2020, 4, 24)).pauses == ()


@pytest.mark.parametrize("verb", ["put forward", "floated", "tabled", "suggested"])
def test_a_truce_put_forward_by_others_is_only_proposed(verb: str) -> None:
    story = (
        "BEIRUT (BBC) - Israeli strikes hit the south on Monday. A similar idea, a 21-day truce "
        f"{verb} by the US and France at the UN in September, went nowhere."
    )
    assert ceasefire.parse(story, datetime.date(2024, 11, 19)).pauses == ()


def test_a_headline_s_truce_the_government_rejects_is_no_pause() -> None:
    story = (
        "Gangs offer 'truce' the government rejects\n\n"
        "PORT-AU-PRINCE (Reuters) - Gangs attacked two police stations on Tuesday, killing four officers."
    )
    assert ceasefire.parse(story, datetime.date(2024, 6, 26)).pauses == ()


def test_a_side_that_would_respect_the_truce_declared_on_terms_leaves_it_made() -> None:
    story = (
        "ADDIS ABABA (Reuters) - The government declared a humanitarian truce in Tigray on Thursday. The rebels "
        "said they would respect the truce if aid reached the region."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2022, 3, 25)).pauses
    assert pause.location == "Tigray"


@pytest.mark.parametrize(
    "sentence",
    [
        '"We call on all parties to cease hostilities immediately," the two organizations said on Wednesday.',
        '"We asked both parties to stop the strikes today and give diplomacy a chance," a diplomat said.',
        "The United Nations asked both sides to halt air strikes for 48 hours.",
        (
            "Church and business leaders on Sunday called on the two warring factions of the cartel to lay down "
            "their weapons in a ceasefire."
        ),
        (
            '"The heads of state called on all parties to observe an immediate and unconditional ceasefire," said a'
            " joint statement released late Tuesday."
        ),
        # the call in the first person and a plain verb, and a wish
        '"We call on the parties to cease fire immediately and begin negotiations," a spokesman said.',
        "The Kremlin said Russia wanted both sides to stop shooting at once and sit down for talks.",
    ],
)
def test_a_halt_those_who_call_ask_others_to_make_is_no_pause(sentence: str) -> None:
    story = "BANGUI (AP) - Rebels attacked the outskirts of the capital on Wednesday, killing two soldiers. " + sentence
    assert ceasefire.parse(story, datetime.date(2021, 1, 13)).pauses == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The appeal did not say who would guarantee a truce, and nobody came forward to accept it.",
        "Officials asked how the mission could enforce a ceasefire in the hills.",
    ],
)
def test_a_halt_in_a_question_left_open_is_no_pause(sentence: str) -> None:
    story = "CULIACAN (Reuters) - Two cartel factions fought on Monday in the city's north. " + sentence
    assert ceasefire.parse(story, datetime.date(2024, 11, 4)).pauses == ()


@pytest.mark.parametrize(
    "headline",
    [
        "UN, African Union urge cease-fire after rebels strike at Central African capital",
        "Europeans press Iran and Israel for a ceasefire in Geneva, but the missiles keep flying",
    ],
)
def test_a_headline_s_halt_urged_or_pressed_for_is_no_pause(headline: str) -> None:
    story = headline + "\n\nBANGUI (AP) - Rebels attacked the outskirts of the capital, killing two soldiers."
    assert ceasefire.parse(story, datetime.date(2021, 1, 13)).pauses == ()


@pytest.mark.parametrize(
    "sentence",
    [
        'The rebels said on Wednesday they would halt hostilities "with immediate effect".',
        "The rebels said they would cease hostilities from 6 a.m. on Thursday.",
    ],
)
def test_a_side_that_says_it_will_halt_hostilities_itself_still_makes_a_pause(sentence: str) -> None:
    (pause,) = ceasefire.parse("BANGUI (AP) - " + sentence, datetime.date(2021, 1, 13)).pauses
    assert pause.start is not None


def test_a_corridor_still_being_negotiated_is_no_pause() -> None:
    story = (
        "ALEPPO (Reuters) - Rebels seized most of the city on Saturday after heavy fighting. Kurdish-led forces said "
        "they were negotiating safe passage for hundreds of families to Tal Rifaat. There was no sign of a deal."
    )
    assert ceasefire.parse(story, datetime.date(2024, 11, 30)).pauses == ()


@pytest.mark.parametrize(
    "story",
    [
        "Taliban offer three-month ceasefire for release of 7,000 prisoners\n\nKABUL (AFP) - The talks go on.",
        'KHARTOUM (Reuters) - "The shells came down all night. Nobody here talks about a truce any more," she said.',
        "QUITO (AFP) - The chief negotiator said a bilateral ceasefire was the aim but had not been agreed.",
        'QUITO (AFP) - "A ceasefire will come when the ELN stops kidnapping, not before," he said.',
    ],
)
def test_a_halt_bargained_for_talked_of_or_aimed_at_is_none_made(story: str) -> None:
    assert ceasefire.parse(story, datetime.date(2021, 7, 15)).pauses == ()


@pytest.mark.parametrize(
    "story",
    [
        "Sudan's warring sides sign pledge to protect civilians, truce still elusive\n\nJEDDAH - Talks go on.",
        "PESHAWAR (AFP) - The TTP, which announced a month-long ceasefire in March that it ended in April, vowed war.",
        "JERUSALEM (AP) - International efforts to secure ceasefires on both fronts have stalled.",
    ],
)
def test_a_halt_still_elusive_ended_or_sought_by_efforts_is_none_made(story: str) -> None:
    assert ceasefire.parse(story, datetime.date(2023, 5, 12)).pauses == ()


def test_a_corridor_asked_for_is_no_pause() -> None:
    story = (
        "ADDIS ABABA (Reuters) - Tens of thousands have fled into Sudan. Aid agencies have asked for a humanitarian"
        " corridor to reach people inside Tigray, but the government has not agreed to one."
    )
    assert ceasefire.parse(story, datetime.date(2020, 11, 26)).pauses == ()


def test_a_halt_that_took_effect_immediately_begins_on_the_day_it_was_announced() -> None:
    story = (
        "MOGADISHU (AA) - Clan fighting killed at least 17 people, officials said on Wednesday. The truce between "
        "the two militias was announced on Tuesday afternoon in the village of Bacaadweyne and took effect "
        "immediately, an elder said."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 2, 19)).pauses
    assert pause.start is not None
    assert pause.start.value == "2025-02-18"


def test_a_halt_to_come_with_immediate_effect_is_a_pause_made_that_day() -> None:
    story = (
        "ADDIS ABABA, Dec 2 (Reuters) - Ethiopia's government signed a peace agreement on Sunday with a rebel "
        'faction, under which both sides will halt hostilities "with immediate effect", state media reported.'
    )
    (pause,) = ceasefire.parse(story, datetime.date(2024, 12, 2)).pauses
    assert pause.start is not None
    assert pause.start.value == "2024-12-01"


def test_a_call_to_halt_at_once_is_no_pause() -> None:
    story = (
        'JUBA (Reuters) - Fighting spread to three counties on Monday. "We call on all parties to cease '
        'hostilities immediately," the U.N. humanitarian coordinator said.'
    )
    assert ceasefire.parse(story, datetime.date(2022, 9, 6)).pauses == ()


def test_a_day_the_halt_held_on_is_not_its_first_when_the_day_it_was_made_is_said() -> None:
    story = (
        "SRINAGAR (AFP) - A ceasefire between India and Pakistan appeared to be holding on Sunday morning.\n\n"
        'The two agreed on Saturday to stop all firing and military action "with effect from 1700 hours IST" '
        "(1130 GMT), the foreign secretary said."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 5, 11)).pauses
    assert pause.start is not None
    assert pause.start.value == "2025-05-10T17:00"


def test_a_day_that_names_another_occasion_is_not_the_pauses() -> None:
    story = (
        "YANGON (Reuters) - The temporary ceasefire, which the junta declared on April 2 to allow relief work "
        "after the March 28 earthquake, was due to expire on Tuesday, state media said."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 4, 21)).pauses
    assert pause.start is not None
    assert pause.start.value == "2025-04-02"


def test_the_subject_and_verb_of_a_title_case_headline_are_no_place() -> None:
    story = (
        "Junta Extends Quake Ceasefire Until End of Month\n\nMyanmar's military regime has extended its earthquake "
        "ceasefire until the end of the month, state media said."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 4, 22)).pauses
    assert pause.location == "Myanmar"


@pytest.mark.parametrize("quality", ["Provisional", "Bilateral", "Temporary", "Unilateral", "Partial", "Interim"])
def test_the_kind_of_halt_a_title_case_headline_names_is_no_place(quality: str) -> None:
    story = (
        f"U.N., Rebels Agree to {quality} Cease-Fire\n\nSeptember 20, 1961\n\nNDOLA (AP) - The United Nations and the "
        f"rebels signed a {quality.lower()} cease-fire agreement here tonight, after two days of talks."
    )
    (pause,) = ceasefire.parse(story).pauses
    assert pause.location != quality


@pytest.mark.parametrize("hoped", ["dashing hopes for", "raising hopes of"])
def test_a_halt_hoped_for_that_was_due_to_begin_was_set(hoped: str) -> None:
    story = (
        "SANAA, July 11 (Reuters) - Saudi-led warplanes bombed Houthi positions in Sanaa on Saturday, residents said, "
        f"{hoped} a United Nations humanitarian truce that was due to begin at midnight on Friday."
    )
    assert start_of(ceasefire.parse(story, datetime.date(2015, 7, 11))) == "2015-07-10T00:00"


def test_a_halt_only_hoped_for_is_still_none() -> None:
    story = "SANAA, July 11 (Reuters) - Warplanes bombed Sanaa on Saturday, dashing hopes for a humanitarian truce."
    assert ceasefire.parse(story, datetime.date(2015, 7, 11)).pauses == ()


@pytest.mark.parametrize(
    "feast",
    [
        "Sinhala and Tamil New Year",
        "Orthodox Christmas",
        "Lunar New Year",
        # a name right before a feast's word in lower case is the feast's too
        "Sinhala and Tamil new year",
        "Tamil new year",
        "Nyepi festival",
    ],
)
def test_a_name_ending_in_a_feast_is_when_not_where(feast: str) -> None:
    story = (
        "COLOMBO, April 12 (Reuters) - The government on Sunday declared a 48-hour pause in its offensive against "
        f"the rebels for the {feast}, saying civilians should use it to leave the coastal strip."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2009, 4, 12)).pauses
    assert pause.location is None


@pytest.mark.parametrize("verb", ["confine", "restrict", "limit"])
def test_forces_keeping_themselves_to_defence_on_days_to_come_is_a_halt_on_those_days(verb: str) -> None:
    story = (
        "Sri Lanka announces lull in offensive\n\nCOLOMBO, April 12 (AFP) - The president on Sunday announced a "
        "two-day lull in the army's offensive against the rebels.\n\n"
        # the date before "his office said, urging ...": the call is the sayer's, not a halt only sought
        f"Security forces will {verb} themselves to defensive action on April 13 and 14, his office said, urging "
        "the rebels to let civilians leave."
    )
    assert start_of(ceasefire.parse(story, datetime.date(2009, 4, 12))).startswith("2009-04-13")


def test_a_halt_in_effect_since_the_story_s_week_is_not_counted_from_a_making_long_before() -> None:
    story = (
        "Colombia's FARC truce holds\n\nBOGOTA, July 21 (Reuters) - The FARC truce took effect at midnight on Sunday "
        "(0500 GMT Monday), as the rebels' delegation at the talks in Havana had announced on July 8."
    )
    # made thirteen days before, in effect since the story's own Sunday: that Sunday's midnight, not the one before
    assert start_of(ceasefire.parse(story, datetime.date(2015, 7, 21))) == "2015-07-20T00:00"


def test_guns_that_should_fall_silent_on_a_day_make_a_halt_on_the_day_to_come() -> None:
    story = (
        "Lebanon accepts U.N. plan\n\nBEIRUT, Lebanon (AP) — Lebanon's Cabinet accepted a U.N. resolution on "
        "Saturday that calls for a full cessation of hostilities, and U.N. Secretary-General Kofi Annan said the guns "
        "should fall silent at 8 a.m. (0500 GMT) on Monday.\n\nHezbollah's leader said its fighters would respect the "
        "truce."
    )
    assert start_of(ceasefire.parse(story, datetime.date(2006, 8, 12))) == "2006-08-14T08:00"


def test_a_halt_in_effect_a_week_after_its_making_is_still_counted_from_it() -> None:
    story = (
        "Colombia's FARC truce holds\n\nBOGOTA, July 18 (Reuters) - The truce, announced on July 10 by both "
        "delegations, took effect at midnight on Friday."
    )
    # made on a Friday, told the Saturday a week on: the Friday it was made, not yesterday
    assert not start_of(ceasefire.parse(story, datetime.date(2015, 7, 18))).startswith("2015-07-17")


def test_a_bank_holiday_is_when_not_where() -> None:
    story = (
        "BELFAST (Reuters) - The paramilitary group declared a ceasefire from 11 a.m. on Bank Holiday Monday, police"
        " said, after a week of shootings."
    )
    (pause,) = ceasefire.parse(story, datetime.date(1994, 8, 27)).pauses
    assert pause.location is None


@pytest.mark.parametrize("determiner", ["No", "Every"])
def test_a_word_counting_halts_in_a_title_is_no_place(determiner: str) -> None:
    story = (
        f"{determiner} truce lasts as Afghans head into Eid\n\nKABUL (AP) - The army declared a three-day cease-fire "
        "on Saturday, and fighting stopped in most provinces."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2021, 7, 17)).pauses
    assert pause.location is None


@pytest.mark.parametrize("verb", ["Cancel", "Violate", "Accept", "Observe", "Ignore", "Broker"])
def test_more_verbs_of_a_title_case_headline_are_no_place(verb: str) -> None:
    story = (
        f"Reds Strike Cities Despite Tet Truce; Allies {verb} Cease-Fire\n\nSAIGON (AP) - A 36-hour truce for the "
        "lunar new year began at 6 p.m. Monday across the country, the command said."
    )
    pause = ceasefire.parse(story, datetime.date(1968, 1, 30)).pauses[0]
    assert pause.location is None or not pause.location.startswith("Allies")


def test_a_halt_of_shooting_to_come_gives_the_pause_its_hour() -> None:
    story = (
        "UNITED NATIONS (UPI) -- Iran and Iraq will stop shooting at 0300 GMT Saturday (11 p.m. EDT Friday), U.N. "
        "officials said Friday. Fighting continued on the eve of the truce, and warplanes bombed positions near Mehran."
    )
    (pause,) = ceasefire.parse(story, datetime.date(1988, 8, 19)).pauses
    assert pause.start is not None
    assert pause.start.value == "1988-08-20T03:00"


def test_a_halt_done_at_a_clock_time_is_a_pause_from_then() -> None:
    story = (
        "Allies halt Gulf offensive\n\nRIYADH, Feb 28 (Reuters) - U.S.-led allied forces suspended offensive "
        "operations against Iraqi forces in Kuwait and Iraq at 8 a.m. Thursday (0500 GMT), after President George "
        "Bush declared that Kuwait had been liberated.\n"
    )
    (pause,) = ceasefire.parse(story, datetime.date(1991, 2, 28)).pauses
    assert pause.start is not None
    assert pause.start.value == "1991-02-28T08:00"


def test_a_halt_done_on_a_day_alone_is_no_pause() -> None:
    story = (
        "Strikes halted\n\nKYIV (Reuters) - The army halted air strikes on the town on Thursday, a spokesman said, "
        "as troops fought on in the south.\n"
    )
    assert ceasefire.parse(story, datetime.date(2025, 3, 20)).pauses == ()


@pytest.mark.parametrize(
    "verb",
    [
        "suspended its bombing campaign against",
        "paused its offensive on",
        "halted their offensive against",
        # operations of a kind that is one's own campaign, without "its"
        "suspended offensive operations against",
        "halted military operations against",
    ],
)
def test_a_campaign_of_one_s_own_suspended_on_a_day_is_a_pause_from_that_day(verb: str) -> None:
    story = (
        f"Coalition halts raids\n\nRIYADH, April 21 (Reuters) - The Saudi-led coalition {verb} the Houthis on "
        "Tuesday, a spokesman said, after four weeks of strikes.\n"
    )
    (pause,) = ceasefire.parse(story, datetime.date(2015, 4, 21)).pauses
    assert pause.start is not None
    assert pause.start.value == "2015-04-21"


def test_weapons_told_silent_for_hours_to_come_are_the_pause_s_hours() -> None:
    story = (
        "Mali's army offers Kidal a nine-hour pause\n\nBAMAKO, Mali (AP) - Mali's military announced a humanitarian "
        "pause Tuesday in the northern rebel stronghold of Kidal.\n\nAccording to a statement from the army's general "
        'staff, weapons will be silent around Kidal "on Sunday from 7 a.m. to 4 p.m." (0700-1600 GMT).\n'
    )
    (pause,) = ceasefire.parse(story, datetime.date(2023, 11, 7)).pauses
    assert pause.start is not None
    assert pause.start.value == "2023-11-12T07:00"
    assert pause.location == "Kidal"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            (
                "Gunfire near aid convoy during daily pause\n\nGAZA (Reuters) - Troops opened fire near a convoy on"
                " Wednesday during a daily pause in Gaza City. Wednesday was the fifth day of the pause."
            ),
            "2025-08-02",
        ),
        (
            (
                "Fighters embrace soldiers as Eid ceasefire holds\n\nKABUL (Pajhwok) - Taliban fighters walked into"
                " Kabul on Saturday, hugging soldiers and policemen on the second day of the three-day Eid ceasefire."
            ),
            "2025-08-01",
        ),
    ],
)
def test_a_day_told_as_the_nth_of_a_pause_dates_its_first(text: str, start: str) -> None:
    pauses = ceasefire.parse(text, datetime.date(2025, 8, 6)).pauses
    assert [p.start.value[:10] for p in pauses if p.start is not None] == [start]


def test_a_deadline_on_the_nth_day_of_a_truce_does_not_date_it() -> None:
    text = (
        "Ceasefire to start on Sunday\n\nMINSK (Reuters) - The deal, reached on Thursday, sets a ceasefire from"
        " midnight on Sunday and requires both sides to pull heavy weapons back no later than the second day of"
        " the truce."
    )
    pauses = ceasefire.parse(text, datetime.date(2015, 2, 12)).pauses
    assert [p.start.value[:10] for p in pauses if p.start is not None] == ["2015-02-15"]


def test_a_moratorium_on_offensive_operations_is_a_ceasefire_with_its_days() -> None:
    text = (
        "Russia declares Victory Day moratorium in Chechnya\n\n"
        "MOSCOW, April 27 (Interfax) - The command of the federal forces in Chechnya has declared a moratorium on "
        "offensive operations from midnight on April 28 to May 12, its press service said on Thursday."
    )
    pauses = ceasefire.parse(text, datetime.date(1995, 4, 27)).pauses
    assert [(p.kind, p.start.value[:10] if p.start else None) for p in pauses] == [
        (ceasefire.PauseKind.CEASEFIRE, "1995-04-28")
    ]


def test_an_air_campaign_to_be_stopped_is_a_halt() -> None:
    text = (
        "NATO halts bombing\n\nBRUSSELS (AP) - Secretary-General Javier Solana said he had instructed the supreme "
        "commander to suspend the air campaign over Yugoslavia from 3:15 p.m. on Thursday."
    )
    assert len(ceasefire.parse(text, datetime.date(1999, 6, 10)).pauses) == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("GAO, Mali (AFP) - The rebels offered a pause in the fighting for the northern Malian city of Gao.", "Gao"),
        ("GOMA (Reuters) - The rebels announced a pause in the fighting for the eastern Congolese town.", None),
    ],
)
def test_a_place_never_ends_in_a_states_adjective(text: str, place: str | None) -> None:
    """No place "northern Malian" in "the northern Malian city": the city's name, if told, is the place."""
    assert pause_of(parse("Pause offered\n\n" + text)).location == place


@pytest.mark.parametrize(
    "text",
    [
        "The rebels declared a two-week ceasefire so that people in the English-speaking regions can be treated.",
        "A ceasefire took hold on Sunday, the Britain-based monitor said.",
        "The truce held in the Houthi-held areas on Sunday.",
    ],
)
def test_a_compound_adjective_is_no_place(text: str) -> None:
    assert pause_of(parse("Truce holds\n\n" + text)).location is None


@pytest.mark.parametrize("follower", ["Maoist", "Islamist", "Baathist"])
def test_a_creeds_followers_are_no_place(follower: str) -> None:
    text = (
        f"Government reciprocates {follower} truce\n\n"
        f"The government on Wednesday declared a ceasefire, a week after the {follower} rebels announced a "
        "three-month unilateral ceasefire that took effect on Oct. 27."
    )
    assert pause_of(parse(text)).location is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            'JUBA - A "permanent ceasefire" agreed in the Khartoum Declaration came into force at 00:01 on Saturday.',
            "2016-10-29T00:01",
        ),
        ("JUBA - A permanent ceasefire took effect on Saturday.", "2016-10-29"),
        ("GENEVA (AP) - A permanent cease-fire covering all of Libya was signed Friday.", "2016-10-28"),
        ("JUBA - A permanent ceasefire was formally declared on Saturday.", "2016-10-29"),
    ],
)
def test_a_permanent_ceasefire_that_took_effect_was_made(text: str, start: str) -> None:
    """A "permanent" ceasefire alone is one hoped for ("talks on a permanent ceasefire"); one that took effect, made."""
    pause = pause_of(parse("Accusations fly\n\n" + text))
    assert pause.start is not None
    assert pause.start.value == start


def test_talks_on_a_permanent_ceasefire_make_none() -> None:
    assert (
        parse("Talks\n\nJUBA - Talks on a permanent ceasefire that would take effect next year went on.").pauses == ()
    )


def test_the_hours_told_right_before_a_corridor_sentence_opening_on_they_are_the_pause_s() -> None:
    report = parse(
        "Cameroon offers pause in Wum\n\n"
        "YAOUNDE (AFP) - Cameroon has offered a humanitarian pause in the besieged town of Wum, telling "
        "separatist fighters to leave with their weapons.\n\n"
        "The defence minister said on Sunday that fighters could walk out unharmed, still carrying their arms, "
        "between 7 a.m. and 5 p.m. West Africa Time (0600-1600 GMT) on Thursday. They would use three special "
        "corridors leading north toward the border with Nigeria.",
        datetime.date(2019, 9, 16),
    )
    assert start_of(report) == "2019-09-19T07:00"
    window = pause_of(report).daily_window
    assert window is not None
    assert (window.start, window.end) == ("07:00", "17:00")


def test_a_town_described_after_a_signing_is_where_it_was_signed_not_where_it_holds() -> None:
    report = parse(
        "Truce signed\n\nNAIROBI, Jan 29 (Reuters) - The government and the main rebel group signed a ceasefire on"
        " Tuesday in the Tanzanian town of Arusha, to take effect within 72 hours, mediators said.",
        datetime.date(2003, 1, 29),
    )
    assert pause_of(report).location is None


@pytest.mark.parametrize(
    ("to_come", "start"),
    [
        ("to take effect from midnight on Thursday", "2001-07-06T00:00"),
        ("which will take effect at midnight on Thursday", "2001-07-06T00:00"),
        # told as done, the midnight that opened the day
        ("which took effect at midnight on Thursday", "2001-07-05T00:00"),
    ],
)
def test_a_midnight_to_come_on_the_day_a_pause_is_made_ends_that_day(to_come: str, start: str) -> None:
    report = parse(
        "Macedonia truce\n\nSKOPJE, July 5 (Reuters) - Macedonia's government and ethnic Albanian rebels agreed on"
        f" Thursday to a ceasefire brokered by NATO, {to_come}, the alliance's envoy said.",
        datetime.date(2001, 7, 5),
    )
    assert start_of(report) == start


@pytest.mark.parametrize(
    "made",
    [
        "have agreed to a two-month nationwide truce",
        "signed a 30-day comprehensive ceasefire",
        "declared a 72-hour nationwide truce",
    ],
)
def test_a_pause_made_with_its_length_and_reach_before_it_is_the_story_s(made: str) -> None:
    report = parse(
        f"Parties agree\n\nADEN (AFP) - The parties {made} that begins at 7 p.m. (1600 GMT) on Saturday.",
        datetime.date(2022, 4, 1),
    )
    assert start_of(report) == "2022-04-02T19:00"


@pytest.mark.parametrize(
    "manner",
    [
        "leave Rubaya, in Masisi territory, with their weapons",
        # a list's last items after its comma are no clause of their own
        "leave with their bows, machetes and rifles",
    ],
)
def test_hours_after_a_phrase_of_manner_between_commas_take_the_modal_before_it(manner: str) -> None:
    report = parse(
        "Congo offers pause in Rubaya\n\n"
        "KINSHASA (Reuters) - Congo offered a humanitarian pause in Rubaya on Tuesday.\n\n"
        f"M23 fighters would be allowed to {manner} between 8 a.m. "
        "and 5 p.m. Central Africa Time (0600-1500 GMT) on Thursday through three corridors, the presidency said.",
        datetime.date(2024, 5, 14),
    )
    assert start_of(report) == "2024-05-16T08:00"


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("The truce, brokered by the United States and France, is to hold for an initial 60 days.", 60),
        ("The truce will hold for an initial two weeks, the mediators said.", 14),
        ("The truce is to last for 15 days.", 15),
        ("The ceasefire would last 48 hours and was declared for the feast, the ministry said.", 2),
        # past the quotation the mention closes
        ('Both sides agreed to "a pause in fighting" for three days, the ministry said.', 3),
    ],
)
def test_a_length_after_an_appositive_and_an_initial_is_the_pause_s(sentence: str, days: int) -> None:
    report = parse(
        "Truce takes effect\n\nBEIRUT (AP) - A truce took effect at 4 a.m. on Wednesday after months of fighting. "
        f"{sentence}",
        datetime.date(2024, 11, 27),
    )
    assert pause_of(report).duration == datetime.timedelta(days=days)


@pytest.mark.parametrize(
    "sentence",
    [
        "A ceasefire in Gaza that was due to begin at 8:30 a.m. on Sunday took effect only at 11:15 a.m. (0915 GMT).",
        "A ceasefire in Gaza was due to begin at 8:30 a.m. on Sunday. The ceasefire finally began at 11:15 a.m.",
    ],
)
def test_a_pause_that_took_effect_later_than_due_starts_at_the_later_hour(sentence: str) -> None:
    report = parse(f"Gaza ceasefire delayed\n\nCAIRO (Reuters) - {sentence}", datetime.date(2025, 1, 19))
    assert start_of(report) == "2025-01-19T11:15"


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        pytest.param(
            "Elders broker truce in Tripoli\n\n"
            "Tripoli (AFP) - An uneasy calm settled over the Libyan capital on Sunday after rival armed groups agreed "
            "to a truce brokered by tribal elders.\n\nThe truce took effect from Saturday evening, the elders said.",
            datetime.date(2022, 8, 28),
            "2022-08-27",
            id="A day after 'took effect from' is the pause's, over a later day of calm.",
        ),
        pytest.param(
            "Security chiefs meet to shore up truce\n\n"
            "JERUSALEM (AFP) - Israeli and Palestinian security chiefs met on Saturday.\n\n"
            "The truce was announced by U.S. Secretary of State Madeleine Albright after talks in Paris on October 4,"
            " and took effect across the West Bank and Gaza Strip the next day.",
            datetime.date(2000, 10, 14),
            "2000-10-05",
            id="Where it took effect may stand between 'took effect' and its day.",
        ),
        pytest.param(
            "Colombia and ELN sign ceasefire\n\n"
            "Havana, Jun 9 (EFE).- The Colombian government and the ELN guerrilla group signed on Friday a six-month "
            "bilateral ceasefire that will take effect nationwide from August 3, closing the third round of talks.",
            datetime.date(2023, 6, 9),
            "2023-08-03",
            id="A start cue with a word of reach before 'from' gives the day, over the signing's.",
        ),
        pytest.param(
            "Ethiopia declares ceasefire\n\n"
            'ADDIS ABABA (Reuters) - Ethiopia declared a unilateral ceasefire in Tigray. "The government has decided '
            'to declare a unilateral ceasefire effective from today, June 28," the statement said.',
            datetime.date(2021, 6, 29),
            "2021-06-28",
            id="'today' with its date beside it, after 'effective from', is that date.",
        ),
    ],
)
def test_the_day_a_cue_of_taking_effect_gives(text: str, published: datetime.date, start: str) -> None:
    assert start_of(parse(text, published))[:10] == start


def test_a_state_named_as_its_government_s_possessor_in_the_lead_is_the_pause_s_place() -> None:
    report = parse(
        "Bosnian foes sign truce\n\n"
        "SARAJEVO, Bosnia-Herzegovina, Dec 31 (Reuters) - Bosnia's Moslem-led government and rebel Serbs signed "
        "an agreement on "
        "Saturday for a four-month cessation of hostilities from noon on January 1, the United Nations said.\n\n"
        '"We signed for our people," said Bosnian government official Emir Hadzibegovic.',
        datetime.date(1994, 12, 31),
    )
    assert str(pause_of(report).location) == "Bosnia and Herzegovina"


def test_the_nature_of_a_named_accord_in_the_lead_is_no_place() -> None:
    story = (
        "Myanmar signs ceasefire with eight groups\n\n"
        "NAYPYITAW, Oct 15 (Reuters) - Myanmar's government signed a Nationwide Ceasefire Agreement with eight "
        "ethnic armed groups on Thursday, but the most powerful rebel armies refused to join."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2015, 10, 15)).pauses
    assert pause.location == "Myanmar"


@pytest.mark.parametrize(
    "kind", ["nationwide", "countrywide", "comprehensive", "general"], ids=lambda kind: f"a {kind} truce"
)
def test_a_halt_of_a_stated_reach_that_took_effect_under_a_headline_is_the_story_s(kind: str) -> None:
    story = (
        "Truce takes effect\n\n"
        f"MAPUTO, March 3 (Reuters) - A 30-day {kind} truce brokered by the African Union took effect across "
        "Mozambique at 6 a.m. on Monday, residents said."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 3, 3)).pauses
    assert (pause.location, pause.duration) == ("Mozambique", datetime.timedelta(days=30))


def test_a_halt_of_a_stated_reach_that_took_effect_and_came_apart_is_another() -> None:
    story = (
        "Truce takes effect\n\n"
        "MAPUTO, March 3 (Reuters) - A 30-day truce took effect across Mozambique at 6 a.m. on Monday.\n\n"
        "A nationwide truce brokered by the African Union took effect on June 2, but began to unravel in August."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 3, 3)).pauses
    assert pause.start is not None
    assert pause.start.value == "2025-03-03T06:00"


@pytest.mark.parametrize(
    "speaker",
    ["Information Minister Hamid Osman el-Nour", "Interior Minister Joseph Kamau Mwangi", "President Ana Maria Lopes"],
)
def test_a_place_list_stops_before_a_person_s_title(speaker: str) -> None:
    story = (
        "Army declares truce\n\n"
        "NAIROBI, March 3 (Reuters) - The army declared a two-week ceasefire from Wednesday.\n\n"
        f"The ceasefire would let aid groups reach people cut off in the Tana Hills, {speaker} told reporters."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 3, 3)).pauses
    assert pause.location == "Tana Hills"


@pytest.mark.parametrize(
    "lead",
    [
        "A truce agreed in Doha by the two armies' chiefs took effect at 6 a.m. on Monday.",
        "A ceasefire brokered by Qatari mediators in Doha took effect at 6 a.m. on Monday.",
        "A truce signed last week in Doha took effect at 6 a.m. on Monday.",
    ],
)
def test_where_a_pause_was_made_after_its_participle_is_not_where_it_holds(lead: str) -> None:
    story = f"Guns fall silent\n\nKHARTOUM, March 3 (Reuters) - {lead}"
    (pause,) = ceasefire.parse(story, datetime.date(2025, 3, 3)).pauses
    assert pause.location != "Doha"


@pytest.mark.parametrize("meeting", ["talks", "a summit", "a meeting"])
def test_where_a_headline_s_pause_was_agreed_is_not_where_it_holds(meeting: str) -> None:
    story = (
        f"Rivals agree truce after {meeting} in Geneva\n\n"
        "KHARTOUM, March 3 (Reuters) - The army and the rebels agreed to a truce that took effect at 6 a.m. on Monday."
    )
    (pause,) = ceasefire.parse(story, datetime.date(2025, 3, 3)).pauses
    assert pause.location != "Geneva"


def test_a_condition_past_but_belongs_to_the_return_of_fire_not_to_the_halt() -> None:
    report = parse(
        "Marines announce Fallujah truce\n\nU.S. Marines besieging Fallujah announced a truce on Friday.\n\n"
        "The Marines said they would stop offensive operations for 24 hours from noon (0800 GMT) on Friday "
        "but would return fire if attacked.",
        datetime.date(2004, 4, 10),
    )
    assert start_of(report) == "2004-04-09T12:00"
    assert pause_of(report).duration == datetime.timedelta(hours=24)


def test_a_halt_on_a_condition_is_still_one_to_come() -> None:
    report = parse(
        "Army offers truce\n\nThe army announced a truce in the district on Friday.\n\n"
        "A spokesman said troops would stop offensive operations from noon on Saturday if the rebels withdrew.",
        datetime.date(2004, 4, 10),
    )
    assert start_of(report) == "2004-04-09"  # Saturday's halt is set on a condition: not the truce's start


def test_troops_that_would_stop_advancing_halt_from_a_time() -> None:
    report = parse(
        "Iraqi forces pause Mosul push\n\nIraqi forces will halt their offensive on the Old City for 48 hours "
        "from Friday to let civilians leave, the command said Thursday.\n\nA spokesman said troops would stop "
        "advancing inside the Old City from 6 a.m. Friday until 6 a.m. Sunday.",
        datetime.date(2017, 6, 8),
    )
    pause = pause_of(report)
    assert start_of(report) == "2017-06-09T06:00"
    assert pause.end is not None
    assert pause.end.value == "2017-06-11T06:00"


def test_a_length_in_months_leaves_the_pause_without_the_length_of_another_halt() -> None:
    report = parse(
        "Four-month truce to start at noon\n\nSARAJEVO, Dec 31 (Reuters) - A four-month cessation of hostilities "
        "will take effect across Bosnia at noon on January 1, officials said on Saturday.\n\nThe agreement builds "
        "on a week-long ceasefire negotiated earlier this month.",
        datetime.date(1994, 12, 31),
    )
    assert start_of(report) == "1995-01-01T12:00"
    assert pause_of(report).duration is None  # no fixed number of hours, and not the week of the earlier truce


@pytest.mark.parametrize(
    "following",
    [
        "The ceasefire follows a final peace accord reached in Havana last Wednesday.",
        "The truce was brokered in Doha after weeks of shuttle diplomacy.",
    ],
)
def test_where_the_accord_behind_a_pause_was_made_is_not_where_the_pause_holds(following: str) -> None:
    report = parse(
        "Guns fall silent\n\nBOGOTA (AP) - A bilateral ceasefire between the government and the rebels began on "
        f"Monday at 00:00 local time.\n\n{following}",
        datetime.date(2016, 8, 29),
    )
    assert pause_of(report).location is None


def test_an_order_to_ones_own_fighters_to_halt_from_that_day_is_the_pause() -> None:
    report = parse(
        "Aceh deal signed\n\nJakarta -- The government and the rebels signed a memorandum of understanding in "
        "Helsinki on Monday, ending nearly 30 years of conflict. Both sides ordered their forces to halt all "
        "hostilities from that day.",
        datetime.date(2005, 8, 16),
    )
    assert start_of(report) == "2005-08-15"


def test_an_order_to_ones_own_fighters_to_stop_is_a_halt_made_then() -> None:
    report = parse(
        "Cleric orders militia off the streets\n\nBAGHDAD (AP) - A Shiite cleric on Sunday ordered his militia "
        "fighters to stop fighting in Basra, six days after the government launched a crackdown.",
        datetime.date(2008, 3, 30),
    )
    assert pause_of(report).location == "Basra"


def test_an_order_to_ones_own_fighters_with_its_day_between_is_a_halt_made_that_day() -> None:
    report = parse(
        "BAGHDAD, March 31 (Reuters) - The cleric ordered his Mahdi Army militia on Sunday to stop fighting in Basra"
        " and other cities, six days after the government launched an operation in the port city.",
        datetime.date(2008, 3, 31),
    )
    assert pause_of(report).location == "Basra"
    assert start_of(report) == "2008-03-30"


@pytest.mark.parametrize("day", ["Tuesday", "August 12"])
def test_a_halt_said_on_a_day_to_have_been_ordered_is_made_that_day(day: str) -> None:
    text = f"TBILISI - President Dmitry Medvedev said on {day} he had ordered an end to military operations in Georgia."
    report = parse(text, datetime.date(2008, 8, 13))
    assert pause_of(report).location == "Georgia"
    assert start_of(report) == "2008-08-12"


def test_an_operation_named_in_quotation_marks_still_ends_as_a_halt() -> None:
    report = parse(
        'Israel to halt fire\n\nJERUSALEM (AP) - Israel will end its "Grapes of Wrath" offensive in Lebanon from '
        "4 a.m. (0100 GMT) on Saturday, officials announced Friday.",
        datetime.date(1996, 4, 26),
    )
    assert start_of(report) == "1996-04-27T04:00"


def test_a_while_after_within_is_a_deadline_not_the_pause_length() -> None:
    report = parse(
        "Ceasefire due at midnight\n\nKIEV, Feb 14 (Reuters) - A ceasefire is due to take effect at midnight on "
        "Saturday (2200 GMT). Under the deal, both sides must start pulling heavy guns back within two days of the "
        "ceasefire and finish within 14 days.",
        datetime.date(2015, 2, 14),
    )
    assert start_of(report) == "2015-02-15T00:00"
    assert pause_of(report).duration is None


def test_a_window_within_one_day_is_the_length_whatever_hours_another_truce_lasted() -> None:
    report = parse(
        "Pause offered\n\nKIEV (Reuters) - Civilians will not be targeted between 7 a.m. and 7 p.m. local time "
        "(0400 and 1600 GMT) on Friday during a humanitarian pause, the president said.\n\nThe pause was ordered a "
        "day after a nine-hour truce arranged by monitors to recover bodies collapsed.",
        datetime.date(2014, 8, 20),
    )
    assert start_of(report) == "2014-08-22T07:00"
    assert pause_of(report).duration == datetime.timedelta(hours=12)


def test_a_length_after_whom_the_halted_offensive_was_against() -> None:
    report = parse(
        "Turkey agrees to pause Syria offensive\n\nANKARA, Turkey (AP) - Turkey agreed on Thursday to pause its "
        "offensive against Kurdish-led fighters in northeastern Syria for 120 hours, after talks in Ankara.",
        datetime.date(2019, 10, 18),
    )
    assert pause_of(report).duration == datetime.timedelta(hours=120)


def test_guns_that_will_fall_silent_after_a_longer_description_time_the_pause() -> None:
    report = parse(
        "Commander offers pause\n\nMOGADISHU, Somalia (AP) - The commander on Friday offered a new humanitarian "
        "pause in the battle for Mogadishu.\n\nGuns along the capital's front lines will fall silent \"on Monday "
        'from 6 a.m. to 6 p.m. local time (0300-1500 GMT)," the commander told reporters.',
        datetime.date(2011, 7, 22),
    )
    assert start_of(report) == "2011-07-25T06:00"
    assert pause_of(report).duration == datetime.timedelta(hours=12)


@pytest.mark.parametrize(
    "guns",
    [
        "An officer told the district's negotiating committee that the guns would fall silent",
        "An officer said the guns around the western sector of the city will be silent",
    ],
)
def test_guns_told_to_a_negotiating_committee_or_to_be_silent_time_the_pause(guns: str) -> None:
    report = parse(
        "Russia offers Daraa pause\n\nDaraa (Syria) (AFP) - Russian military police on Thursday announced a new "
        f'humanitarian pause in Daraa al-Balad.\n\n{guns} "on Friday from 9 a.m. to 5 p.m." (0600-1400 GMT), '
        "committee members said.",
        datetime.date(2021, 8, 26),
    )
    assert start_of(report) == "2021-08-27T09:00"


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Sri Lanka, Tigers agree in Geneva to respect 2002 truce",
            (
                "GENEVA, Feb 24 (Reuters) - Sri Lanka's government and Tamil Tiger rebels agreed on Thursday to "
                "respect a four-year-old ceasefire, Norway's peace envoy said."
            ),
        ),
        (
            "Rebels and government begin ceasefire agreed in Havana",
            "BOGOTA (AP) - A bilateral ceasefire between the government and the rebels began at midnight on Thursday.",
        ),
    ],
)
def test_where_a_pause_was_agreed_or_signed_with_an_auxiliary_is_not_where_it_holds(title: str, lead: str) -> None:
    report = parse(f"{title}\n\n{lead}", datetime.date(2006, 2, 24))
    assert pause_of(report).location not in {"Geneva", "Havana"}


def test_truce_hopes_that_fade_make_no_pause() -> None:
    report = parse(
        "RSF kill dozens in village raids as Sudan truce hopes fade\n\nPORT SUDAN, Sudan, Oct 27 (AFP) - "
        "Paramilitary fighters killed at least 87 people in raids on villages on Friday and Saturday.",
        datetime.date(2024, 10, 27),
    )
    assert report.pauses == ()


def test_a_place_inside_a_bodys_name_is_not_where_the_pause_holds() -> None:
    report = parse(
        "Russia, Chechen rebels sign military accord, ceasefire takes effect\n\nGROZNY, Russia, July 30 (Reuters) - "
        "Russian and Chechen separatist negotiators signed a military accord in Grozny on Sunday that declares an "
        "immediate ceasefire in the breakaway region, officials said.\n\nThe ceasefire took effect at 18:00 Moscow "
        "time, when the two delegations signed the documents at the office of the mediation mission of the "
        "Organization for Security and Cooperation in Europe (OSCE), the Russian delegation's spokesman said.",
        datetime.date(1995, 7, 30),
    )
    assert pause_of(report).location != "Europe"


def test_a_suggestion_of_a_truce_brushed_off_makes_no_pause() -> None:
    report = parse(
        "Russia and Ukraine trade blame\n\nKYIV (Reuters) - Russia and Ukraine accused each other on Sunday of a "
        "night of drone and missile attacks, while officials on both sides brushed off any suggestion of a truce.",
        datetime.date(2023, 8, 13),
    )
    assert report.pauses == ()


def test_ski_resorts_truce_in_a_lift_ticket_price_war_is_no_pause() -> None:
    report = parse(
        "Rival ski resorts call truce in lift-ticket price war\n\nInnsbruck (AFP) - Two neighbouring ski resorts on "
        "Wednesday called a truce in a price war over lift tickets that had driven a day pass below 40 euros.\n\n"
        '"It was a ceasefire or bankruptcy, and we chose the ceasefire," the managing director said. "Nobody wins a '
        'war fought with coupons."\n\nThe shared runs add about 14 kilometres of pistes for skiers holding the new '
        'pass. "We were selling skiing at the price of a pizza," the owner said, adding that the ski season had '
        "been the worst in a decade for both companies and for the hotels in the valley below them.\n\nUnder the "
        "deal, both resorts will charge 62 euros for an adult day pass from Saturday, and a joint ticket costing 71 "
        "euros will cover the six runs that cross from one side of the ridge to the other. Tourism officials in "
        "Innsbruck welcomed the agreement and said they hoped it would bring back families who had stayed away.",
        datetime.date(2025, 1, 22),
    )
    assert report.pauses == ()


def test_a_militia_ordered_to_freeze_all_its_activities_halts() -> None:
    report = parse(
        "Al-Sadr freezes Mahdi Army\n\nNAJAF, Iraq (AP) - Radical Shiite cleric Muqtada al-Sadr on Wednesday ordered "
        "his Mahdi Army militia to freeze all its activities across Iraq for six months, a day after deadly "
        "gunbattles in Karbala.",
        datetime.date(2007, 8, 29),
    )
    assert pause_of(report).location == "Iraq"


@pytest.mark.parametrize(
    "where", ["in the besieged Euphrates city", "in the besieged Red Sea port city", "in the Euphrates town"]
)
def test_a_name_that_only_describes_a_city_is_not_where_the_pause_holds(where: str) -> None:
    report = parse(
        "Commander offers pause\n\nAIN ISSA, Syria (AFP) - The commander on Tuesday offered a humanitarian pause "
        f"{where}, telling fighters to leave without their weapons.",
        datetime.date(2017, 5, 2),
    )
    assert pause_of(report).location is None


@pytest.mark.parametrize(
    ("begun", "start"),
    [
        ("The factions said in a joint statement that the truce took effect at 4:30 p.m. (1430 GMT).", "T16:30"),
        ("The ceasefire had taken effect at 8 p.m., Armenia's Security Council said.", "T20:00"),
        ("The suspension of the air campaign came into force at 3:15 p.m., a spokesman said.", "T15:15"),
        # begun, and kept since; blows halted at a clock time
        ("The factions said they had begun observing a unilateral 10-day truce at 6 a.m. (0400 GMT).", "T06:00"),
        ("The Israeli army stopped its raids at 9:00 am (0600 GMT), a spokesman said.", "T09:00"),
        ("The ceasefire had begun at 11 a.m., the mediators said.", "T11:00"),
        ("A Hamas official said the truce had taken hold at 4:30 pm (1430 GMT).", "T16:30"),
        ("The truce took hold shortly after 9 a.m. and lasted about five hours.", "T09:00"),
    ],
)
def test_a_pause_told_as_begun_at_a_clock_time_with_no_day_began_on_the_day_of_publication(
    begun: str, start: str
) -> None:
    # a wire story names the day of anything older than its own: the clock time is the publication day's
    story = (
        "Gaza factions accept truce after two days of fighting\n\n"
        "GAZA (Reuters) - Palestinian armed factions in Gaza accepted an Egyptian-brokered ceasefire with Israel, "
        "ending two days of the fiercest cross-border fighting in years.\n\n"
        f"{begun} Egyptian officials had shuttled between the two sides, a Palestinian official said.\n"
    )
    assert start_of(parse(story)) == "2016-11-02" + start


@pytest.mark.parametrize(
    "told",
    [
        "A Palestinian official said the ceasefire would take effect at 4:30 p.m.",  # today's or tomorrow's?
        "A Palestinian official said on Sunday that the ceasefire took effect at 4:30 p.m.",  # said another day
    ],
)
def test_a_clock_time_with_no_day_of_its_own_gives_no_start(told: str) -> None:
    story = (
        "Gaza factions accept truce\n\n"
        "GAZA (Reuters) - Palestinian armed factions in Gaza accepted an Egyptian-brokered ceasefire with Israel, "
        f"ending two days of fighting.\n\n{told} Egyptian officials had shuttled between the two sides.\n"
    )
    assert pause_of(parse(story)).start is None


def test_grocers_ceasefire_in_a_supermarket_price_war_is_no_pause() -> None:
    # fought over shoppers, margins and checkouts: a trade's war, told in words of war
    story = (
        "Grocers call 'ceasefire' in egg price war\n\n"
        'TORONTO (CP) - Two Canadian grocers have called a "ceasefire" in a price war over eggs and milk, agreeing '
        "to a two-month pause in price cuts on staple lines after poultry and dairy farmers warned that the "
        "fighting was ruining them.\n\n"
        '"We fought hard for shoppers and we will keep fighting for them," the chief executive of one chain told '
        "reporters, describing the pause as a truce between retail rivals. Her counterpart said margins had been "
        "wiped out at the checkout and that nobody had won the war.\n\n"
        "A retail analyst said the two grocers had lost an estimated $80 million since the battle began, and that "
        "loyalty card promotions had been their main ammunition. Dairy farmers' groups welcomed the move, and the "
        "competition bureau said it would watch the arrangement to make sure it did not become a cover for price "
        "fixing. Shoppers said they expected prices to rise within weeks, and several grocers said own-brand lines "
        "would be spared the increase.\n"
    )
    assert parse(story).pauses == ()


def test_a_halt_a_proposal_foresaw_is_no_pause() -> None:
    # what a proposal holds is no halt made, while neither side has accepted it
    story = (
        "U.N. envoy seeks local deal for besieged city\n\n"
        "KHARTOUM (Reuters) - The U.N. envoy for Sudan on Monday proposed a local humanitarian arrangement for the "
        "besieged city of El Fasher to let civilians leave and aid enter. Neither the army nor the Rapid Support "
        "Forces had accepted it by Wednesday.\n\n"
        "The envoy's plan envisaged a halt to fighting within the city and safe routes for civilians. Army "
        "officials said on Tuesday that nothing could be discussed while the RSF besieged the city.\n"
    )
    assert parse(story).pauses == ()


def test_a_corridor_s_origin_is_never_cut_inside_its_name() -> None:
    report = ceasefire.parse(
        "Iraqi forces on Tuesday opened safe corridors. Brig. Gen. Karim al-Tamimi said two routes had been cleared "
        "of explosives, one leading east from the Gogjali district to the Khazer camp.",
        datetime.date(2016, 11, 15),
    )
    [corridor] = pause_of(report).corridors
    assert (corridor.origin, corridor.destination) == ("Gogjali", "Khazer")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            (
                "Sudan's government and the rebels signed a 45-day humanitarian ceasefire on Thursday. The agreement, "
                "signed in the Chadian capital, takes effect 72 hours after signing."
            ),
            "2004-04-11",
        ),
        ("The government and the rebels signed a ceasefire on Thursday, to take effect in 30 days.", "2004-05-08"),
        (
            (
                "The government and two rebel movements signed a humanitarian ceasefire agreement here on Thursday, "
                "to take effect 72 hours after signing."
            ),
            "2004-04-11",
        ),
    ],
)
def test_a_pause_taking_effect_a_while_after_its_signing_starts_then(text: str, start: str) -> None:
    when = pause_of(ceasefire.parse(text, datetime.date(2004, 4, 8))).start
    assert when is not None
    assert when.value == start


def test_a_signing_told_in_a_sentence_of_its_own_dates_a_pause_taking_effect_a_while_after() -> None:
    story = (
        "Sudan, rebels sign 45-day truce in Chad\n\nN'DJAMENA, April 9 (Reuters) - Sudan's government and two rebel"
        " groups have signed a 45-day humanitarian ceasefire in the Chadian capital, promising to let aid agencies"
        " reach the region.\n\nThe deal was signed late on Thursday by the government's envoy and the rebel leaders"
        " after a week of talks.\n\nUnder the accord, the truce is to take effect 72 hours after signing.\n"
    )
    assert start_of(parse(story, datetime.date(2004, 4, 9))) == "2004-04-11"


def test_the_fighting_said_to_stop_after_the_lead_gives_a_headline_pause_its_hours() -> None:
    report = ceasefire.parse(
        'Putin orders Friday "humanitarian pause" in Tafas\n\nMOSCOW (AA) - Putin has ordered a "humanitarian pause" '
        "in the town of Tafas, the Defence Ministry announced on Wednesday.\n\nFighting around Tafas will stop "
        '"from 10:00 to 18:00 local time on Friday", ministry spokesman Oleg Vasnetsov told a briefing.',
        datetime.date(2018, 7, 4),
    )
    pause = pause_of(report)
    assert (pause.start and pause.start.value, pause.end and pause.end.value) == (
        "2018-07-06T10:00",
        "2018-07-06T18:00",
    )


def test_a_halt_in_fire_is_the_pause_told_again_with_its_hours() -> None:
    report = ceasefire.parse(
        'Russia orders 12-hour "silence regime" around Lysychansk\n\nMOSCOW, June 27, 2022 (AFP) - Russia\'s defence '
        'ministry said on Monday that Putin had ordered a "silence regime" around Lysychansk. Kyiv swiftly turned '
        'the offer down.\n\nThe halt in fire would run "from 8 a.m. to 8 p.m. Moscow time on Tuesday" (0500-1700 '
        "GMT), ministry spokesman Igor Konashenkov told a briefing.",
        datetime.date(2022, 6, 27),
    )
    pause = pause_of(report)
    assert (pause.start and pause.start.value, pause.end and pause.end.value) == (
        "2022-06-28T08:00",
        "2022-06-28T20:00",
    )


@pytest.mark.parametrize(
    "told",
    [
        'The pause will hold every day "between 9 a.m. and 2 p.m." local time starting Wednesday, the centre said.',
        'The pause will hold on Wednesday "from 9 a.m. to 2 p.m." local time, the centre said.',
    ],
)
def test_hours_quoted_apart_from_their_day_keep_their_end(told: str) -> None:
    report = ceasefire.parse(
        f"MOSCOW (AA) - Putin ordered a daily humanitarian pause in Ain Tarma on Monday. {told}",
        datetime.date(2018, 2, 27),
    )
    pause = pause_of(report)
    assert (pause.start and pause.start.value, pause.end and pause.end.value) == (
        "2018-02-28T09:00",
        "2018-02-28T14:00",
    )


def test_a_town_named_like_a_titled_person_is_the_pause_s_place() -> None:
    report = ceasefire.parse(
        "Russia offers seven-hour pause in Syria's Sheikh Miskeen\n\nMOSCOW, March 7 (Reuters) - Russia announced on "
        "Tuesday a humanitarian pause in the rebel-held town of Sheikh Miskeen in Syria's southern Daraa province.",
        datetime.date(2017, 3, 7),
    )
    assert pause_of(report).location == "Sheikh Miskeen"
    assert all("Miskeen" not in actor.name for actor in report.actors)


def test_a_halt_offered_for_a_price_is_no_pause_yet() -> None:
    bargain = ceasefire.parse(
        "KABUL (AP) - The Taliban on Thursday offered a three-month cease-fire in exchange for the release of 7,000 "
        "of their imprisoned fighters, a government negotiator said. He said the government had not yet responded.",
        datetime.date(2021, 7, 15),
    )
    assert bargain.pauses == ()
    offer = ceasefire.parse(
        "KABUL (AP) - The Taliban on Thursday offered a three-month cease-fire for the Eid holiday, a negotiator said.",
        datetime.date(2021, 7, 15),
    )
    assert len(offer.pauses) == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "RIYADH, May 7 (AFP) - The Saudi-led coalition said Thursday it would suspend air strikes on the rebel "
                "bastion of Saada for five hours on Saturday, to let residents flee."
            ),
            "Saada",
        ),
        (
            (
                'SARAJEVO, Dec 31 (AFP) - Bosnian Serb leader Radovan Karadzic signed a four-month "cessation of '
                'hostilities" in his mountain stronghold of Pale on Saturday, which will hold across Bosnia.'
            ),
            "Bosnia",
        ),
    ],
)
def test_a_stronghold_named_is_a_place_and_one_signed_in_a_venue(text: str, place: str) -> None:
    assert pause_of(ceasefire.parse(text, datetime.date(2015, 5, 7))).location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "ANKARA (Reuters) - Turkey agreed on Thursday to pause its offensive in northeast Syria for 120 hours.",
            "northeast Syria",
        ),
        (
            "KABUL (AP) - The army agreed to a 72-hour pause in south-west Afghanistan on Friday.",
            "south-west Afghanistan",
        ),
        (
            "ANKARA (Reuters) - Turkey agreed on Thursday to a 120-hour pause in northern Syria, Pence said.",
            "northern Syria",
        ),
    ],
)
def test_a_place_named_by_its_compass_point_ends_before_a_speaker(text: str, place: str) -> None:
    assert pause_of(ceasefire.parse(text, datetime.date(2019, 10, 17))).location == place


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT (AFP) - Strikes killed six on Friday as a US envoy pushed for a ceasefire that has yet to be agreed.",
        "Envoy presses for Gaza truce\n\nCAIRO (AFP) - Strikes killed six people on Friday, medics said.",
        (
            "BEIRUT (AFP) - Lebanon sent its comments on the US draft, which provides for an initial 60-day truce "
            "during which troops would withdraw."
        ),
    ],
)
def test_a_halt_pressed_for_yet_to_be_agreed_or_in_a_draft_is_no_pause(text: str) -> None:
    assert ceasefire.parse(text, datetime.date(2024, 11, 22)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        'GENEVA (AP) - "We are here to get a cessation of hostilities and aid flowing," the U.S. envoy said.',
        "BEIRUT (Reuters) - The US said a ceasefire deal between Israel and Hezbollah was close but not done.",
        "US says truce deal close\n\nBEIRUT (Reuters) - An Israeli strike killed a Hezbollah official on Sunday.",
        "ADDIS ABABA (Reuters) - A TPLF spokesman said the group wanted an immediate cessation of hostilities.",
        "KHARTOUM (Reuters) - Neither the army nor the RSF has accepted a ceasefire, and talks have stalled.",
        'NDJAMENA (Reuters) - The rebels said they were ready to respect a ceasefire for "a political settlement".',
    ],
)
def test_a_halt_sought_or_near_is_no_pause(text: str) -> None:
    assert ceasefire.parse(text, datetime.date(2024, 11, 22)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD (AP) - The militia agreed to a ceasefire on Sunday after talks in Qom.",
        "BAGHDAD (AP) - The militia agreed to a ceasefire after talks with the government.",
    ],
)
def test_a_halt_agreed_after_talks_is_made_by_them(text: str) -> None:
    assert len(ceasefire.parse(text, datetime.date(2008, 3, 30)).pauses) == 1


def test_a_halt_proposed_by_one_side_and_accepted_by_the_other_is_made() -> None:
    text = (
        "SANAA (Reuters) - The Houthis said on Sunday they would accept a five-day humanitarian truce proposed by "
        "Saudi Arabia, which is set to begin at 11 p.m. (2000 GMT) on Tuesday, May 12.\n\nThe Saudi foreign minister "
        "announced the truce in Paris on Friday after talks with the U.S. secretary of state."
    )
    pause = pause_of(ceasefire.parse(text, datetime.date(2015, 5, 10)))
    assert pause.start is not None
    assert pause.start.value == "2015-05-12T23:00"
    assert pause.location != "Paris"


def test_a_halt_proposed_by_mediators_and_accepted_in_a_quotation_is_no_pause() -> None:
    text = (
        'KHARTOUM (Reuters) - "We accept the humanitarian truce proposed by the mediators in full," an RSF adviser '
        "said, adding that the roads would open the day it is signed."
    )
    assert ceasefire.parse(text, datetime.date(2025, 11, 6)).pauses == ()


def test_a_state_where_talks_were_held_is_no_place_of_the_pause() -> None:
    text = (
        "KYIV (AFP) - Russia and Ukraine on Wednesday accused each other of breaking a 30-day halt to strikes on "
        "energy facilities, a day after Washington announced the deal following talks in Saudi Arabia."
    )
    assert pause_of(ceasefire.parse(text, datetime.date(2025, 3, 26))).location != "Saudi Arabia"


def test_an_end_to_military_operations_is_a_pause() -> None:
    report = ceasefire.parse(
        "BAMAKO (AFP) - The MNLA announced a unilateral end of military operations from midnight on Thursday.",
        datetime.date(2012, 4, 4),
    )
    start = pause_of(report).start
    assert start is not None
    assert start.value == "2012-04-05T00:00"


def test_a_halt_done_on_the_day_told_right_before_its_verb_is_a_pause_of_that_day() -> None:
    text = (
        "BRUSSELS, June 10 (AFP) - NATO on Thursday suspended air strikes against Yugoslavia after confirming that"
        " Serbian forces had begun to withdraw from Kosovo."
    )
    assert start_of(parse(text, datetime.date(1999, 6, 10))) == "1999-06-10"


def test_an_air_war_halted_with_its_owner_named_between_is_a_pause() -> None:
    text = (
        "BRUSSELS, June 10 (AFP) - NATO Secretary General Javier Solana on Thursday ordered the suspension of the"
        " alliance's air strikes against Yugoslavia, halting a bombing campaign that lasted 78 days."
    )
    assert pause_of(parse(text, datetime.date(1999, 6, 10))).kind.value == "ceasefire"


def test_a_pause_to_take_effect_at_a_clock_time_with_no_day_starts_that_day_when_told_then() -> None:
    text = (
        "CAIRO, Nov 21 (Reuters) - Egypt announced on Wednesday a ceasefire between Israel and the Islamist movement"
        " Hamas to take effect at 9 p.m. (1900 GMT), aiming to end eight days of fighting."
    )
    assert start_of(parse(text, datetime.date(2012, 11, 21))) == "2012-11-21T21:00"


def test_a_pause_to_take_effect_at_a_clock_time_announced_on_another_day_has_no_known_start() -> None:
    text = (
        "CAIRO, Nov 22 (Reuters) - Egypt announced on Wednesday a ceasefire between Israel and the Islamist movement"
        " Hamas to take effect at 9 p.m. (1900 GMT), aiming to end eight days of fighting."
    )
    assert pause_of(parse(text, datetime.date(2012, 11, 22))).start is None


def test_a_halt_offered_by_one_side_and_accepted_by_the_other_is_made() -> None:
    text = (
        "NEW DELHI, Nov 24 (AFP) - India on Monday accepted Pakistan's offer of a ceasefire along the Line of Control"
        " dividing Kashmir, to begin from midnight Tuesday as Muslims mark the end of Ramadan."
    )
    pause = pause_of(parse(text, datetime.date(2003, 11, 24)))
    assert pause.start is not None
    assert pause.start.value == "2003-11-25T00:00"


def test_a_nationwide_halt_announced_is_made_and_held_across_the_state_not_in_a_town_named_after_it() -> None:
    text = (
        "CAIRO (AP) — Libya's rival governments on Friday announced a nationwide cease-fire in separate statements,"
        " and called for the strategic city of Sirte and the Jufra air base to be turned into demilitarized zones."
    )
    assert pause_of(parse(text, datetime.date(2020, 8, 21))).location == "Libya"


def test_a_halt_an_agreement_calls_for_in_a_relative_clause_is_its_term() -> None:
    text = (
        "NAIROBI, Kenya (AP) — Somalia's transitional government and an opposition alliance signed a peace agreement"
        " in neighboring Djibouti on Monday that calls for a cease-fire to take effect within 30 days."
    )
    pause = pause_of(parse(text, datetime.date(2008, 6, 9)))
    assert pause.location == "Somalia"
    assert pause.start is None  # June 9 to July 9: no month is sure


def test_a_halt_to_take_effect_within_a_while_that_ends_in_the_month_of_its_signing_starts_in_that_month() -> None:
    text = "NAIROBI (AP) — The two sides signed a ceasefire on Monday that is to take effect within 72 hours."
    assert start_of(parse(text, datetime.date(2008, 6, 9))) == "2008-06"
    assert pause_of(parse(text, datetime.date(2008, 6, 30))).start is None  # June 30 to July 3


def test_a_halt_of_an_offensive_told_with_its_length_between_is_a_pause() -> None:
    text = (
        "JERUSALEM, July 31 (Reuters) - Israel said it would halt its week-long offensive against Hizbollah"
        " guerrillas in south Lebanon at 6 p.m. (1600 GMT) on Saturday under a U.S.-brokered understanding."
    )
    assert start_of(parse(text, datetime.date(1993, 7, 31))) == "1993-07-31T18:00"


def test_a_halt_of_fighting_told_with_how_long_it_has_gone_on_is_a_pause() -> None:
    text = (
        "MOSCOW, Nov 10 (Reuters) - A Russian-brokered deal to halt six weeks of fighting over Nagorno-Karabakh"
        " came into force at 1 a.m. Moscow time (2200 GMT) on Tuesday."
    )
    assert start_of(parse(text, datetime.date(2020, 11, 10))) == "2020-11-10T01:00"


def test_a_halt_of_blows_told_on_a_day_as_one_its_makers_would_make_holds_on_their_target_from_that_day() -> None:
    text = (
        "SANAA, Sept 20 (Reuters) - Yemen's Houthi movement said on Friday it would halt all drone and missile"
        " attacks on Saudi Arabia, less than a week after strikes on Saudi oil plants."
    )
    pause = pause_of(parse(text, datetime.date(2019, 9, 21)))
    assert pause.location == "Saudi Arabia"
    assert pause.start is not None
    assert pause.start.value == "2019-09-20"


def test_a_halt_of_air_strikes_holds_where_they_fell() -> None:
    text = (
        "BRUSSELS, June 10 (AFP) - NATO Secretary General Javier Solana on Thursday ordered the suspension of the"
        " alliance's air strikes against Yugoslavia after confirming that Serbian forces had begun to withdraw."
    )
    assert pause_of(parse(text, datetime.date(1999, 6, 10))).location == "Yugoslavia"


def test_an_agreement_signed_on_a_day_for_a_permanent_halt_makes_it() -> None:
    text = (
        "PRETORIA, South Africa (AP) — Ethiopia's federal government and forces from the country's Tigray region"
        ' signed an agreement on Wednesday for a "permanent cessation of hostilities" in a two-year war.'
    )
    assert start_of(parse(text, datetime.date(2022, 11, 2))) == "2022-11-02"


def test_a_halt_for_a_stated_number_of_months_is_a_pause() -> None:
    text = (
        "BAGHDAD, Aug 29 (Reuters) - Shi'ite cleric Moqtada al-Sadr ordered his Mahdi Army militia on Wednesday to"
        " suspend all its activities for six months, a day after fierce clashes in Kerbala."
    )
    assert start_of(parse(text, datetime.date(2007, 8, 29))) == "2007-08-29"


def test_a_halt_neither_side_spoke_of_is_none_made() -> None:
    text = (
        "COLOMBO, Sri Lanka (AP) — Tamil Tiger suicide bombers rammed explosives-packed boats into a navy convoy on"
        " Saturday, killing at least 17 sailors.\n\nNeither side spoke of a truce. Peace talks in Geneva collapsed"
        " last month without a date for a new round."
    )
    assert parse(text, datetime.date(2006, 11, 11)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        (
            "Sanaa (AFP) - Yemen's Huthi rebels said on Friday they would halt all drone and missile attacks on Saudi"
            " Arabia from midnight on Saturday."
        ),
        "GAZA (Reuters) - Hamas halted rocket fire for 24 hours on Friday.",
        (
            "SEOUL (Yonhap) -- The two Koreas signed a military agreement on Wednesday under which they will stop all"
            " hostile acts against each other from Nov. 1, the defense ministry said."
        ),
        "MOSCOW (Reuters) - The commander announced on Thursday a two-day halt in air strikes on Grozny for Friday.",
        "BAGHDAD (AP) — The cleric ordered his fighters on Sunday to stop battling government forces for 24 hours.",
        'KIEV (Reuters) - A "day of silence" in the east began on Tuesday at 9 a.m. (0700 GMT) and largely held.',
    ],
)
def test_a_timed_halt_of_drone_missile_or_rocket_attacks_is_a_pause(text: str) -> None:
    assert pause_of(parse(text, datetime.date(2019, 9, 20))).start is not None


def test_a_pause_belittled_in_a_quotation_is_no_pause() -> None:
    text = (
        'MADRID (AFP) - Victims\' groups were unmoved. "Until they hand over their weapons, this is only a pause,"'
        " said a spokeswoman for the association."
    )
    assert parse(text, datetime.date(2011, 10, 20)).pauses == ()


def test_a_truce_in_a_likeness_gives_the_pause_no_maker() -> None:
    text = (
        "Army offers pause in Masisi\n\nGOMA (Reuters) - The Congolese army announced a 12-hour humanitarian pause"
        " around Masisi on Tuesday. The rebels called the offer a trap dressed up as a truce."
    )
    report = parse(text, datetime.date(2023, 3, 1))
    # "a trap dressed up as a truce" is a likeness: the rebels who scorn the offer neither order nor make it
    assert pause_of(report).ordered_by == ()


def test_a_truce_between_sushi_chains_at_a_fish_auction_is_no_pause() -> None:
    text = (
        "Tuna titans call 'truce' at Tokyo's New Year fish auction\n\n"
        "TOKYO (AP) — The heads of two rival sushi chains whose bidding wars have set price records at Tokyo's New"
        ' Year fish auction declared a truce on Sunday, and one of them called a "humanitarian pause" in the bidding'
        " so that a bluefin could go to charity. Hundreds of tuna went under the hammer at the dawn auction, along"
        ' with sea urchin and crab, as buyers in rubber boots inspected tail cuts by flashlight. "We agreed there'
        ' would be no war this year," she told reporters. "Call it a ceasefire between two old sushi soldiers." The'
        " price was reasonable, the other said, and peace is good for the tuna business too, before carving the fish"
        " at his flagship restaurant, where customers lined up for more than two hours to taste it. Critics say the"
        " record bids are publicity stunts that mask falling catches of Pacific bluefin, whose stocks have shrunk."
    )
    assert parse(text, datetime.date(2020, 1, 5)).pauses == ()


def test_a_truce_in_a_milk_price_war_between_dairy_co_ops_is_no_pause() -> None:
    text = (
        "Truce in milk price war as rival co-ops pause deliveries\n\n"
        "NYAHURURU, Kenya - Two rival dairy cooperatives have called a truce in a bitter milk price war that has"
        " pitted neighbours against each other for most of this year, after talks brokered by the county. The two"
        " co-ops agreed on Wednesday to pay farmers a common price of Sh47 per litre, ending months of undercutting"
        ' to poach suppliers. Both will observe what a county official called a "humanitarian pause" in deliveries'
        ' to processors this weekend, and thousands of litres will go to drought-hit families instead. "This was a'
        ' war without guns, but farmers were the casualties," she said. "We were fighting over the same cow," a'
        " chairman said, adding that his members had lost nearly Sh3 million since March as collection trucks"
        " raced each other along the same feeder roads before dawn to reach the farms first. The county said it"
        " would review the deal after the short rains."
    )
    assert parse(text, datetime.date(2022, 10, 13)).pauses == ()


def test_a_halt_for_which_a_plan_sets_no_date_is_none_made() -> None:
    text = (
        "BENGHAZI, Libya (AFP) - The plan calls for talks between the two sides. It sets no date or hour for a truce"
        " to take effect, and fighting went on near Ajdabiya on Monday."
    )
    assert parse(text, datetime.date(2011, 4, 11)).pauses == ()


def test_forces_halting_their_advance_for_a_stated_while_is_a_pause() -> None:
    text = (
        "Baghdad (AFP) - Iraqi forces on Friday halted their advance on areas held by Kurdish peshmerga fighters in"
        " northern Iraq for 24 hours to allow talks, Prime Minister Haider al-Abadi said."
    )
    assert start_of(parse(text, datetime.date(2017, 10, 27))) == "2017-10-27"


def test_a_truce_in_a_condominium_s_dog_war_is_no_pause() -> None:
    text = (
        "Bark and bylaws: Toronto condo declares truce in its dog war\n\n"
        "TORONTO (AP) — Residents of a downtown Toronto condominium tower who have spent most of the year fighting"
        " over dogs in the elevators agreed to a truce on Tuesday, and the building's board announced a"
        ' "humanitarian pause" on fines until after the holidays. The tower has been split since the board voted'
        " to require pets to ride only in the freight elevator and to fine owners for each violation. Since then the"
        " board has received hundreds of complaints, from barking at 3 a.m. to what one letter called a campaign of"
        ' deliberate shedding. "It\'s been a war of attrition, and everybody lost," the board president said. "We'
        ' are calling a ceasefire." Dog owners, who say they have paid thousands of dollars in fines, welcomed the'
        " pause but said they would not drop their lawsuits yet, and the bylaws will be reviewed in the new year by"
        " a committee of owners and tenants."
    )
    assert parse(text, datetime.date(2023, 12, 5)).pauses == ()


def test_a_halt_told_in_the_progressive_on_the_day_of_its_saying_is_a_pause() -> None:
    text = (
        "BAKU, Azerbaijan (AP) — Azerbaijan said on Sunday it was unilaterally halting military operations against"
        " Armenian-backed forces in Nagorno-Karabakh after the worst fighting in the region in two decades."
    )
    assert pause_of(parse(text, datetime.date(2016, 4, 3))).location == "Nagorno-Karabakh"


def test_a_pause_called_a_ploy_to_regroup_is_no_pause() -> None:
    text = (
        'TRIPOLI (AFP) - "There is no ceasefire on the ground. What they call a halt is a pause to regroup," said'
        " a rebel spokesman, as shelling went on near the port."
    )
    assert parse(text, datetime.date(2016, 4, 3)).pauses == ()


def test_riverside_booksellers_ceasefire_with_a_city_is_no_pause() -> None:
    text = (
        "Paris booksellers win 'ceasefire' in Olympic box battle\n\n"
        "PARIS (AFP) - The bouquinistes who sell second-hand books from green boxes along the Seine won a"
        ' "ceasefire" on Tuesday in their months-long dispute with the authorities, who had wanted the stalls taken'
        ' down for the opening ceremony of the Games. "We asked for a humanitarian pause for the summer and we got'
        ' one," said the president of the booksellers\' association. "But a ceasefire is not a peace treaty." The'
        " police had argued that the boxes bolted to the parapets could be used to hide explosives when spectators"
        " line the river. Many booksellers refused to let the city dismantle them, saying the century-old boxes"
        ' would crumble if moved. "You don\'t evacuate a library," one of them said at her stall, where she has sold'
        " postcards and old editions for thirty years, and the fight, she said, had felt like a war on the quays."
    )
    assert parse(text, datetime.date(2024, 2, 13)).pauses == ()


def test_a_halt_no_group_has_offered_is_none_made() -> None:
    text = (
        "OWO, Nigeria (AP) — Gunmen attacked a Catholic church on Sunday, killing at least 50 worshippers. No group"
        " has offered any talks or truce, and President Muhammadu Buhari, who condemned the attack, has repeatedly"
        " ruled out negotiating with extremists."
    )
    assert parse(text, datetime.date(2022, 6, 6)).pauses == ()


def test_two_football_managers_touchline_ceasefire_is_no_pause() -> None:
    text = (
        "Derby managers shake hands on 'ceasefire'\n\n"
        'MILAN (Reuters) - The managers of Inter and AC Milan agreed a "ceasefire" on Thursday in a touchline'
        " feud that flared when both were sent off in the last derby, and promised a truce in their transfer war"
        ' before the window closes. "It\'s a ceasefire, not a peace treaty," one of them said, smiling. The clubs'
        " have chased the same midfielder and the same young striker all summer, spending tens of millions of"
        " euros between them, and their owners had told them the war was costing too much. Season-ticket holders"
        " were not convinced: a poll of supporters found most expected the fighting to resume by the spring."
        " Both said they would respect each other's technical area and stop talking about players the other"
        " wanted, and the league's disciplinary panel said it would watch the next derby closely, with extra"
        " stewards at the pre-season friendly in August."
    )
    assert text.count(" ") >= 150
    assert parse(text, datetime.date(2023, 7, 14)).pauses == ()


def test_a_halt_a_resolution_is_urging_is_none_made() -> None:
    text = (
        "NEW YORK (Reuters) - The Security Council on Friday adopted a resolution urging an immediate halt to"
        " hostilities for the holy month, which began on Monday. The army said it would not stop fighting."
    )
    assert parse(text, datetime.date(2024, 3, 11)).pauses == ()


def test_a_halt_decided_and_told_on_a_day_is_a_pause() -> None:
    text = (
        "MOSCOW (Reuters) - Russian President Dmitry Medvedev said on Tuesday he had decided to end military"
        " operations in Georgia, five days after fighting erupted."
    )
    (pause,) = parse(text, datetime.date(2008, 8, 12)).pauses
    assert pause.location == "Georgia"


@pytest.mark.parametrize(
    "text",
    [
        "BAKU (Reuters) - Azerbaijan said on Sunday it was unilaterally halting military operations in Karabakh.",
        "BAKU (AFP) - Azerbaijan on Sunday announced it was unilaterally halting military operations in Karabakh.",
        "MOSCOW (Reuters) - Russia's president said on Sunday he had decided to end military operations in Georgia.",
        "BAGHDAD (AP) - The cleric on Sunday ordered his Mahdi Army fighters to stop fighting in Basra.",
        "BAMAKO (AP) - Tuareg rebels who hold the north said Sunday they were ending military operations.",
    ],
)
def test_a_halt_made_as_it_is_said_begins_on_the_day_of_its_saying(text: str) -> None:
    (pause,) = parse(text, datetime.date(2016, 4, 4)).pauses
    assert pause.start is not None
    assert pause.start.value == "2016-04-03"


@pytest.mark.parametrize(
    "text",
    [
        (
            "SANAA (AFP) - Yemen's warring parties will observe a nationwide cessation of hostilities from midnight on"
            " Sunday, a week before peace talks open in Kuwait, the UN envoy said Friday."
        ),
        "SANAA (AFP) - Yemen's warring parties agreed a nationwide truce, the UN envoy said Friday.",
    ],
)
def test_a_nationwide_halt_observed_agreed_or_timed_is_made(text: str) -> None:
    (pause,) = parse(text, datetime.date(2016, 4, 8)).pauses
    assert pause.status is not Status.UNKNOWN


def test_a_halt_done_from_a_clock_time_is_a_pause_begun_then() -> None:
    text = (
        "NEW DELHI (AFP) - India halted air strikes against intruders in the Kargil sector from 6:00 am (0030 GMT)"
        " on Sunday as the infiltrators began withdrawing, army officials said Monday."
    )
    (pause,) = parse(text, datetime.date(1999, 7, 12)).pauses
    assert pause.start is not None
    assert pause.start.value == "1999-07-11T06:00"


@pytest.mark.parametrize(
    "text",
    [
        "MYITKYINA (AFP) - The government and the rebels agreed on Thursday to work towards a ceasefire.",
        "MYITKYINA (AFP) - The Kachin are the only major group not to have reached a ceasefire with the government.",
    ],
)
def test_a_halt_worked_towards_or_not_reached_is_none_made(text: str) -> None:
    assert parse(text, datetime.date(2013, 5, 30)).pauses == ()


def test_military_and_security_operations_suspended_as_said_are_a_pause() -> None:
    text = (
        "BAGHDAD (Reuters) - Iraq's Kataib Hezbollah said on Tuesday it was suspending military and security"
        " operations against U.S. forces, two days after a drone attack killed three U.S. soldiers."
    )
    (pause,) = parse(text, datetime.date(2024, 1, 30)).pauses
    assert pause.start is not None
    assert pause.start.value == "2024-01-30"


def test_a_brief_truce_timed_by_its_relative_clause_is_the_story_s() -> None:
    text = (
        "SVITLODARSK, Ukraine (AP) - Hundreds of civilians fled Debaltseve on Friday during a brief truce that"
        " Ukrainian forces and Russia-backed separatists agreed to observe from 9 a.m. to 4 p.m."
    )
    (pause,) = parse(text, datetime.date(2015, 2, 6)).pauses
    assert pause.start is not None
    assert pause.start.value == "2015-02-06T09:00"


def test_a_brief_truce_gone_by_is_none() -> None:
    text = "KYIV (AP) - Fighting resumed in the east after a brief truce collapsed on Friday."
    assert parse(text, datetime.date(2015, 2, 7)).pauses == ()


def test_a_halt_a_proposal_calls_for_or_reports_of_one_denied_are_none_made() -> None:
    text = (
        "BEIRUT (Reuters) - The proposal, drafted by Washington and Paris, was unveiled on Wednesday. It called for"
        ' a three-week halt to fire across the border. "The reports about a ceasefire are untrue," the prime'
        " minister's office said."
    )
    assert parse(text, datetime.date(2024, 9, 26)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        (
            "SIRTE (AFP) - The accord was signed in Sirte on Monday. It calls for an immediate halt to fighting"
            " across Libya."
        ),
        # the accord named, then where, when and by whom it was signed, in commas
        (
            "BEIRUT (AP) - The memorandum, signed Thursday in the Kazakh capital by Russia, Iran and Turkey, calls"
            " for a halt to fighting in four zones for six months."
        ),
    ],
)
def test_a_halt_an_accord_calls_for_is_still_its_term(text: str) -> None:
    assert len(parse(text, datetime.date(2020, 10, 26)).pauses) == 1


def test_an_end_to_hostilities_an_accord_called_for_is_its_halt() -> None:
    story = (
        "BANGUI (AP) - Fighting killed nearly 100 people on Tuesday. The accord, signed Monday under the mediation of"
        " the Sant'Egidio community, called for an end to hostilities across the country."
    )
    assert start_of(parse(story, datetime.date(2017, 6, 21))) == "2017-06-19"


def test_grill_stands_smoke_war_truce_is_no_pause() -> None:
    text = (
        "Kebab sellers end 'smoke war' with a truce\n\n"
        "ABUJA - Two rival suya grill stands at the gate of a housing estate have called off a months-long"
        ' "smoke war" that split residents. The truce was reached on Saturday at a meeting brokered by the'
        " residents association, after weeks of complaints that each vendor was fanning smoke toward the"
        ' other\'s customers. "Nobody won this war. Our eyes were the casualties," the chairman said. The two'
        " grills will be moved to opposite ends of the gate and fitted with chimneys, and a vendor found fanning"
        ' smoke at a rival will be fined. To mark the ceasefire, the sellers served a "humanitarian" free meal of'
        ' suya and kilishi. "I spend a fortune on charcoal. I cannot afford to waste it fighting," one of them'
        " said, laughing, as hundreds of customers queued along the estate's main road until past 10 p.m. and"
        " neighbours wondered whether the peace would survive the Christmas rush at the gate of the estate."
    )
    assert text.count(" ") >= 150
    assert parse(text, datetime.date(2024, 9, 16)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        "GENEVA (AFP) - US-led Sudan talks ended in Switzerland on Friday without the army or a truce.",
        'GENEVA (AFP) - "We did not get the ceasefire we wanted, but food is moving," the envoy said.',
        "ADDIS ABABA (AFP) - The deal does not set a date for a ceasefire, officials said on Thursday.",
    ],
)
def test_a_halt_missing_with_another_thing_not_won_or_undated_is_none_made(text: str) -> None:
    assert parse(text, datetime.date(2024, 8, 23)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW (AP) - The fall of Mariupol gives Russia an unbroken land corridor from the Crimean peninsula.",
        # a hallway
        "KYIV (AP) - Missiles struck Kyiv. One woman spent the night in a corridor of her apartment building.",
        "KYIV (AP) - Talk of a deal filled the corridors of power in Kyiv on Friday.",
        (
            'WASHINGTON (Reuters) - "If they cannot agree to a ceasefire during these very important talks, they'
            " probably don't have the power to negotiate,\" the president wrote."
        ),
    ],
)
def test_a_land_corridor_held_or_a_halt_they_cannot_agree_to_is_no_pause(text: str) -> None:
    assert parse(text, datetime.date(2022, 5, 20)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        (
            "More than 80,000 flee Karabakh in a week, Yerevan says\n"
            "\n"
            "YEREVAN, Armenia (AP) — More than 80,000 ethnic Armenians have fled Nagorno-Karabakh since Azerbaijan "
            "retook the region in a lightning offensive last week, the Armenian government said Saturday.\n"
            "\n"
            "A government spokeswoman said 82,000 people had crossed into Armenia by Saturday afternoon through "
            "the Lachin corridor, the only road linking the region to Armenia. Cars and trucks piled with belongings "
            "queued for days on the mountain road.\n"
            "\n"
            "The death toll from an explosion at a fuel depot near Stepanakert on Monday rose to 120, officials "
            "said. Hundreds were wounded as people lined up for petrol to make the journey.\n"
            "\n"
            "Azerbaijan has said it will guarantee the rights of Armenians who stay, but few believe it. The "
            "region's separatist government said it would dissolve itself by the end of the year."
        ),
        # the road's name left aside, a route told in passing is no way out either
        (
            "More than 80,000 flee Karabakh in a week, Yerevan says\n"
            "\n"
            "YEREVAN, Armenia (AP) — More than 80,000 ethnic Armenians have fled Nagorno-Karabakh since Azerbaijan "
            "retook the region in a lightning offensive last week, the Armenian government said Saturday.\n"
            "\n"
            "A government spokeswoman said 82,000 people had crossed into Armenia by Saturday afternoon through "
            "the Lachin corridor. Some families told reporters it had taken them up to 30 hours to cover a route "
            "that normally takes a few hours.\n"
            "\n"
            "Azerbaijan has said it will guarantee the rights of Armenians who stay, but few believe it."
        ),
    ],
)
def test_a_corridor_that_is_a_place_by_name_opens_no_way_out(text: str) -> None:
    # "the Lachin corridor, the only road linking the region to Armenia" is a road by name, none opened for a halt
    assert parse(text, datetime.date(2023, 9, 30)).pauses == ()


def test_a_halt_a_call_by_an_abbreviated_body_seeks_is_none_made() -> None:
    text = (
        "PORT SUDAN (Reuters) - Sudan's army on Saturday rejected a call by the U.N. Security Council for a halt to"
        " fighting during the holy month of Ramadan."
    )
    assert parse(text, datetime.date(2024, 3, 9)).pauses == ()


def test_breakfast_carts_bean_war_ceasefire_is_no_pause() -> None:
    text = (
        "Cairo's 'bean war' ends in a ceasefire\n\n"
        "CAIRO (AP) - For three weeks, two carts selling ful, the stewed fava beans that fuel Cairo's mornings,"
        ' fought what neighbors called "the bean war." On Friday, district officials brokered a ceasefire. The'
        " carts stand barely 30 meters apart on the same street, and each owner had cut his price twice to win"
        " the breakfast crowd heading for the metro. The price war ended with both agreeing to charge the same"
        ' for a plate of beans with bread. "I accept the ceasefire. But after Eid, the market is free," one of'
        " them said, grinning, as customers lined up at his cart before dawn. The battle had drawn dozens of"
        " onlookers and a few shouting neighbors, but no one was hurt, and the officials said they would check on"
        " the two carts every morning for a month to make sure the price cuts did not return to the street."
    )
    assert text.count(" ") >= 150
    assert parse(text, datetime.date(2023, 3, 17)).pauses == ()


def test_market_women_truce_between_food_sellers_is_no_pause() -> None:
    text = (
        "Market 'war' ends in truce as market women step in\n\n"
        "ACCRA (GNA) - Two rival waakye sellers at a city market, whose three-week war over prices had split"
        " traders and confused customers, agreed a truce on Tuesday after the market women's association"
        " stepped in. The two women, whose stalls stand barely 20 metres apart, shook hands before hundreds of"
        " traders, who cheered as they shared a single plate of rice and beans. The quarrel started when one cut"
        " the price of a portion and the other accused her of telling customers that her rival's beans were"
        " stale. Under the truce both will charge the same, stop calling out to each other's customers and keep"
        ' a "corridor" between their stalls clear. "This is a ceasefire of the kitchen. Anybody who breaks it'
        ' will pay a fine to the association," its leader said. "We are tired of the fighting at the gate," said'
        " a woman who sells tomatoes nearby, and the market women said they would watch the two stalls closely."
    )
    assert text.count(" ") >= 150
    assert parse(text, datetime.date(2019, 3, 13)).pauses == ()


def test_a_halt_demanded_with_its_adjective_and_place_between_is_none_made() -> None:
    text = (
        "UN Security Council demands immediate Gaza cease-fire for Ramadan\n\n"
        "UNITED NATIONS (AP) - The council adopted the resolution on Monday as the United States abstained."
    )
    assert parse(text, datetime.date(2024, 3, 25)).pauses == ()


def test_the_day_of_a_call_to_come_is_not_the_pause_s() -> None:
    text = (
        "NEW DELHI - India and Pakistan on Saturday agreed to stop all firing with effect from 1700 hours IST.\n\n"
        '"It was agreed that both sides would stop all firing," the foreign secretary said, adding that the two'
        " commanders would speak again on Monday at 12 noon."
    )
    (pause,) = parse(text, datetime.date(2025, 5, 11)).pauses
    assert pause.start is None or not pause.start.value.startswith("2025-05-12")


def test_a_proposal_one_side_accepted_and_the_other_found_short_is_none_made() -> None:
    text = (
        "RAFAH, Gaza Strip (AP) - Hamas said on Monday it had accepted an Egyptian-Qatari proposal for a cease-fire"
        " in Gaza, but Israel said the deal fell short of its core demands and moved ahead with its operation."
    )
    assert parse(text, datetime.date(2024, 5, 6)).pauses == ()


@pytest.mark.parametrize(
    "after",
    [
        "The truce would take effect only if Moscow agrees to it, according to a joint statement.",
        "The truce will only take effect once both warring parties have signed it, the text says.",
    ],
)
def test_a_proposal_accepted_that_begins_only_on_the_other_side_s_yes_is_none_made(after: str) -> None:
    text = (
        "KYIV, Ukraine (AP) - Ukraine on Tuesday accepted a U.S. proposal for an immediate 30-day ceasefire with"
        f" Russia, after talks in Jeddah. {after}"
    )
    assert parse(text, datetime.date(2025, 3, 12)).pauses == ()


def test_a_proposal_accepted_put_forward_by_mediators_but_far_from_the_other_s_demands_is_none_made() -> None:
    text = (
        "DOHA (Reuters) - The Taliban said on Friday they had accepted a truce proposal put forward by Qatari"
        " envoys, but the government in Kabul said its terms were far from its demands and fighting went on."
    )
    assert parse(text, datetime.date(2020, 3, 6)).pauses == ()


def test_a_halt_among_the_terms_a_plan_asks_of_one_side_is_none_made() -> None:
    text = (
        "GENEVA (AP) - The envoy's office said it had received a written reply from the government. The plan asks"
        " the army to withdraw tanks and artillery from cities, allow a daily three-hour pause in fighting for"
        " aid convoys and open talks with the opposition. No date for a truce has been set."
    )
    assert parse(text, datetime.date(2012, 3, 27)).pauses == ()


def test_two_pizzerias_pizza_war_truce_is_no_pause() -> None:
    text = (
        "Naples 'pizza war' ends in truce\n\n"
        'NAPLES (AFP) - Two rival pizzerias that have fought a months-long "pizza war" over a street corner signed'
        " a truce on Sunday brokered by their parish priest, and agreed to a pause in price cuts for the festival."
        " The feud began when one pizzaiolo started selling a margherita for three euros, and the other answered"
        ' with two pizzas for the price of one. "I was giving away 300 margheritas on a Saturday. My wife said:'
        ' either the war stops or the marriage does," one of them said. Under the truce both will keep the same'
        " prices during the festival, and the priest will hear any complaint before it reaches the street. A"
        " customer who has eaten at both for twenty years said he would believe in the peace when he saw it, and"
        " neighbours said the queues had at least made the corner lively, whatever the owners thought of it."
    )
    assert text.count(" ") >= 150
    assert parse(text, datetime.date(2019, 9, 16)).pauses == ()


def test_a_pause_weighed_for_what_it_would_let_a_side_do_is_none_made() -> None:
    text = (
        "Ukraine rejects Christmas truce idea, says pause would let Russia regroup\n\n"
        "KYIV, Ukraine (AP) - Ukraine on Wednesday rejected a proposal for a Christmas truce, saying any pause in"
        " the fighting would only give Russian forces time to dig in."
    )
    assert parse(text, datetime.date(2022, 12, 14)).pauses == ()


def test_a_suspension_of_operations_by_security_forces_is_a_pause() -> None:
    text = (
        "SRINAGAR, India (AP) - India on Wednesday announced a suspension of operations by its security forces in"
        " Kashmir for the month of Ramadan, but rebel groups fighting Indian rule rejected the move."
    )
    (pause,) = parse(text, datetime.date(2018, 5, 16)).pauses
    assert pause.location == "Kashmir"


def test_a_pause_placed_nowhere_else_takes_the_place_its_title_names_the_deal_by() -> None:
    text = (
        "Chissano and Dhlakama sign Mozambique peace accord in Rome\n\n"
        "ROME (AFP) - The two leaders signed a general peace accord here on Sunday. Under the accord, a ceasefire"
        " is to take effect within days, once it has been ratified by parliament."
    )
    (pause,) = parse(text, datetime.date(1992, 10, 4)).pauses
    assert pause.location == "Mozambique"


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI - India and Pakistan on Saturday agreed to stop all firing with effect from 1700 hours IST.",
        "WASHINGTON (Reuters) - The president announced a ceasefire between Israel and Iran late on Monday.",
    ],
)
def test_two_states_as_the_sides_of_a_halt_are_where_it_holds(text: str) -> None:
    (pause,) = parse(text, datetime.date(2025, 5, 10)).pauses
    assert pause.location in {"India and Pakistan", "Israel and Iran"}


def test_a_halt_across_the_whole_country_is_the_state_s() -> None:
    text = (
        "CAIRO (AP) - Libya's two rival governments on Friday announced in separate statements that they would halt"
        " all fighting across the divided country, and called for elections. The speaker said the cease-fire"
        " should pave the way for the central city of Sirte to become the seat of a new government."
    )
    (pause,) = parse(text, datetime.date(2020, 8, 21)).pauses
    assert pause.location == "Libya"


def test_a_state_s_forces_a_halt_is_made_with_are_a_side() -> None:
    text = (
        "KABUL, Afghanistan (AP) - The Taliban on Saturday announced a three-day cease-fire with Afghan security"
        " forces over the Eid al-Fitr holiday."
    )
    (pause,) = parse(text, datetime.date(2018, 6, 9)).pauses
    assert pause.location == "Afghanistan"


def test_a_halt_joined_by_or_with_an_adjective_shares_the_first_s_denial() -> None:
    text = "BANGKOK (Reuters) - There was no negotiated truce or formal ceasefire, he said, and the men surrendered."
    assert parse(text, datetime.date(1998, 12, 5)).pauses == ()


def test_a_truce_asked_for_or_to_be_helped_to_is_none_made() -> None:
    text = (
        "Ukraine asks for local truce to evacuate flooded towns after dam collapse; Russia refuses\n\n"
        "KHERSON, Ukraine (AP) - Ukraine's Foreign Ministry asked the Red Cross and the United Nations to help arrange"
        " a pause in fighting for at least 48 hours on the stretch of river below the dam."
    )
    assert parse(text, datetime.date(2023, 6, 7)).pauses == ()


def test_an_it_calls_for_after_a_proposal_given_an_accord_s_name_is_none_made() -> None:
    text = (
        "CAIRO (AP) - El-Sissi announced the initiative, which he called the Cairo Declaration, at a news"
        " conference. It calls for a cease-fire from 6 a.m. on Monday and the withdrawal of mercenaries."
    )
    assert parse(text, datetime.date(2020, 6, 7)).pauses == ()


def test_neighbours_karaoke_war_ceasefire_is_no_pause() -> None:
    text = (
        "Neighbours call 'ceasefire' in karaoke war\n\n"
        "MANILA - Two neighbours whose videoke machines had been blaring at each other across a narrow alley for most"
        ' of the year agreed to a "ceasefire" on Sunday, brokered by their barangay captain. Under the deal, both'
        " households will switch off their machines from 10 p.m. to 8 a.m. and keep the volume down during the day."
        ' "This is a war of microphones, not of guns, but people here were losing sleep like it was a real war,"'
        ' the captain said. "Now we have a ceasefire." The feud began in February when one of them sang the same'
        " ballad every night, and the other answered by buying a second set of speakers and pointing them at her"
        ' store. "I only sing. I never attacked anyone," he said. Residents said the two sides had been trading'
        " dozens of songs a night, sometimes past 2 a.m., and filed at least six complaints at the barangay hall."
    )
    assert text.count(" ") >= 150
    assert parse(text, datetime.date(2023, 7, 18)).pauses == ()


def test_a_truce_efforts_are_made_for_is_none_made() -> None:
    text = 'BUDAPEST (Reuters) - Orban said on X that he was "making every diplomatic effort" for a holiday truce.'
    assert parse(text, datetime.date(2024, 12, 11)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        (
            "PARIS (Reuters) - France and the United States have pushed since late September for a 21-day truce,"
            " which Israel has so far brushed aside."
        ),
        "WASHINGTON (AP) - The United States has been pressing for weeks for a ceasefire along the border.",
    ],
)
def test_a_truce_pushed_for_over_a_while_is_none_made(text: str) -> None:
    assert parse(text, datetime.date(2024, 10, 4)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        "BAMAKO (AFP) - The deal sets no date for fighters to disarm, and there was no announcement of a ceasefire.",
        "The United States, France and several Arab states proposed the 21-day truce last week to allow diplomacy.",
        "JEDDAH (Reuters) - Negotiators would now work on an effective truce of up to 10 days, the official said.",
        "Syria war: Eastern Ghouta bombing continues despite UN ceasefire demand",
        "One of the sources said Israel had floated a pause in fighting of up to two months for the hostages.",
        "The United States vetoed the draft, saying the text did not tie a halt in fighting to the hostages.",
        '"We are not there yet on a cease-fire," the official said. "The two sides remain quite far apart."',
        "KYIV (Reuters) - Russia launched a missile barrage on Wednesday, dashing any hope of a holiday truce.",
    ],
)
def test_a_halt_announced_by_none_demanded_floated_or_worked_toward_is_none_made(text: str) -> None:
    assert parse(text, datetime.date(2024, 10, 4)).pauses == ()


def test_a_headline_s_halt_made_weeks_before_its_news_takes_neither_the_lead_s_day_nor_its_place() -> None:
    text = (
        'M23 rebels seize Bukavu, weeks after declaring "humanitarian" ceasefire\n\n'
        "BUKAVU, Feb 16, 2025 (AFP) - M23 fighters backed by Rwandan troops took control of Bukavu on Sunday.\n\n"
        "On February 3 the rebels announced a unilateral ceasefire from the following day."
    )
    (pause,) = parse(text, datetime.date(2025, 2, 16)).pauses
    assert pause.start is not None
    assert pause.start.value.startswith("2025-02-0")
    assert pause.location != "Rwanda"


def test_pipe_bands_truce_at_highland_games_is_no_pause() -> None:
    text = (
        "Pipe bands call truce in 'bagpipe war'\n\n"
        "A feud between two pipe bands that has rumbled through the Highland Games for three summers came to an end"
        " of sorts on Saturday, when a clan chief brokered a truce on the games field. The two bands have accused"
        " each other of tuning up beside the rival band's warm-up area, drowning out practice and, in one incident,"
        " marching through the middle of a heavyweight event. The chief summoned both pipe majors to the judges'"
        ' tent before the massed bands. "They have agreed to keep fifty yards apart and to play the same tune at the'
        ' finale. That is a ceasefire by Highland standards," he said. Organisers declared a "humanitarian" whisky'
        " tent, open from 11:00 to 16:00, where members of both bands could share a dram. Hundreds of spectators,"
        " many in kilts despite the drizzle, cheered as the two bands marched off together. One pipe major said his"
        ' band had spent nearly 3,000 pounds on new drones this year "to make sure we were heard". The other denied'
        " her band had ever started the noise war. Neither band would say whether the truce would survive."
    )
    assert text.count(" ") >= 150
    assert parse(text, datetime.date(2022, 8, 28)).pauses == ()


def test_a_deal_a_title_names_after_a_capital_is_not_placed_there() -> None:
    text = (
        "Mali's rebels sign Algiers peace accord in Bamako\n\n"
        "BAMAKO (Reuters) - The rebel alliance signed the accord on Saturday. A ceasefire agreed by the two sides"
        " last month has largely held."
    )
    (pause,) = parse(text, datetime.date(2015, 6, 20)).pauses
    assert pause.location != "Algiers"


def test_a_capital_a_deal_is_named_after_is_its_venue_when_the_story_names_not_its_state() -> None:
    text = (
        "Rebels defy Minsk ceasefire\n\n"
        "DONETSK (Reuters) - Shelling went on in the east on Friday despite the Minsk ceasefire, which took effect"
        " at midnight on Sunday."
    )
    (pause,) = parse(text, datetime.date(2015, 2, 20)).pauses
    assert pause.location != "Minsk"


def test_a_capital_a_truce_is_named_after_is_its_own_place_in_a_story_of_its_state() -> None:
    text = (
        "Tripoli ceasefire holds\n\n"
        "TRIPOLI (Reuters) - A ceasefire between rival Libyan armed groups held in the capital on Friday, a day"
        " after the Tripoli ceasefire took effect."
    )
    (pause,) = parse(text, datetime.date(2023, 8, 18)).pauses
    assert pause.location == "Tripoli"


@pytest.mark.parametrize(
    "text",
    [
        (
            "COLOMBO (AFP) - Sri Lanka's government on Sunday announced a 48-hour humanitarian pause in its"
            ' offensive. The president ordered security forces to "restrict operations to defensive action" for 48'
            " hours from midnight, his office said in a statement."
        ),
        # troops that "will hold back from offensive operations" halt as well
        (
            "Sri Lanka declares two-day New Year pause in war with Tigers\n\nCOLOMBO (AFP) - Sri Lankan President"
            ' Ranil Perera on Sunday declared a two-day "humanitarian pause" in the army\'s offensive against Tamil'
            " Tiger rebels to allow tens of thousands of civilians trapped in the northern war zone to escape during"
            " the traditional New Year holiday.\n\nTroops will hold back from offensive operations from 00:00 on"
            " Monday (1830 GMT Sunday), his office said in a statement, as Sinhalese and Tamils prepare to celebrate"
            " the Sinhala and Tamil New Year on Tuesday."
        ),
    ],
)
def test_operations_restricted_to_defensive_action_give_a_pause_its_hours(text: str) -> None:
    (pause,) = parse(text, datetime.date(2009, 4, 12)).pauses
    assert pause.start is not None
    assert pause.start.value == "2009-04-13T00:00"


def test_a_breach_quoted_before_the_truce_it_breached_tells_of_that_old_truce() -> None:
    text = (
        "SRINAGAR, India (AP) - Each rival accused the other of violating a 2003 cease-fire accord along the Line of"
        ' Control. An army spokesman said Pakistani troops had opened fire in "a blatant violation" of the truce.'
    )
    assert parse(text, datetime.date(2020, 11, 13)).pauses == ()


def test_an_agreement_signed_at_a_venue_on_a_day_for_a_permanent_halt_makes_it() -> None:
    text = (
        "PRETORIA (AFP) - Ethiopia's government and rebels from Tigray signed an agreement in Pretoria on Wednesday"
        ' for a "permanent cessation of hostilities", the African Union\'s mediator announced.'
    )
    (pause,) = parse(text, datetime.date(2022, 11, 2)).pauses
    assert pause.start is not None
    assert pause.start.value == "2022-11-02"


def test_confectioners_ceasefire_in_a_sweet_shop_war_is_no_pause() -> None:
    text = (
        "Rosogolla rivals call 'ceasefire' in sweet war, open free counter for flood victims\n\n"
        'Kolkata, Aug 7 (PTI) Two rival confectioners in central Kolkata, whose three-year "sweet shop war" over'
        ' who first made the spongy rosogolla had spilled into the courts, declared a "ceasefire" on Sunday after'
        " talks brokered by the local sweet traders' association. The owners of the two sweet shops, just 200"
        " metres apart on the same lane, signed a one-page agreement at the association's office and agreed to"
        " withdraw defamation cases pending in the city civil court. As part of the truce, the two shops will"
        ' jointly run what the association called a "humanitarian counter" outside the market from 10 a.m. to 1'
        " p.m. every day this week, handing out free sweets to families displaced by floods in two districts."
        ' "Thousands of rosogollas, sandesh and langcha will go out free," the association secretary said. The'
        " quarrel began in 2014 when one shop put up a banner calling itself the original home of the rosogolla,"
        " and the other answered with a hoarding of its own, and customers were soon handed leaflets at both doors"
        " while the fighting over the recipe went on in court and on social media for three years."
    )
    assert text.count(" ") >= 150
    assert parse(text, datetime.date(2017, 8, 7)).pauses == ()


def test_a_region_s_adjective_before_a_truce_is_no_place() -> None:
    text = (
        "COLOMBO (Reuters) - Sri Lanka's government and Tamil Tiger rebels agreed on Sunday to respect a 2002"
        " ceasefire. Nordic truce monitors have called it a ceasefire in name only."
    )
    assert all(pause.location != "Nordic" for pause in parse(text, datetime.date(2006, 10, 29)).pauses)


def test_plural_halts_declared_every_year_are_a_habit_none_made_now() -> None:
    text = "MANILA (AFP) - The two sides have declared holiday ceasefires almost every year since the 1980s."
    assert parse(text, datetime.date(2018, 12, 20)).pauses == ()


def test_a_truce_said_to_be_an_item_on_the_agenda_is_none_made() -> None:
    text = (
        'DOHA (Reuters) - A Taliban spokesman told Reuters a ceasefire "is one item on the agenda, not a gift at'
        ' the door."'
    )
    assert parse(text, datetime.date(2020, 9, 12)).pauses == ()


def test_a_state_that_mediated_the_accord_is_not_where_its_ceasefire_holds() -> None:
    text = (
        "ROME (AP) - The two leaders signed a general peace accord on Sunday. Under the accord, reached after talks"
        " mediated by the Community of Sant'Egidio and the Italian government, a ceasefire is to come into force"
        " within days of its ratification by Mozambique's parliament."
    )
    (pause,) = parse(text, datetime.date(1992, 10, 4)).pauses
    assert pause.location != "Italy"


def test_cigar_workshops_truce_in_a_cigar_war_is_no_pause() -> None:
    text = (
        'Havana\'s "cigar war" ends in truce, and coffee for the docks\n\n'
        "HAVANA, May 12 (Reuters) - Two rival cigar workshops in Old Havana declared a truce on Saturday, ending a"
        " months-long feud over who has the right to sell hand-rolled puros under one name. The workshops had spent"
        " since January trading insults on hand-painted signs, poaching each other's rollers and undercutting each"
        " other's prices to tourists off the cruise ships. The quarrel became known in the neighbourhood as the"
        " cigar war. The truce was brokered by the tobacco workers' cooperative. \"Nobody died, but a few egos were"
        ' badly wounded," said one owner, who has rolled cigars for more than 40 years. "Today we smoke together."'
        " Under the deal, both shops will offer a humanitarian coffee to dockworkers from 6:00 to 8:00 each"
        " morning, and the families say the fighting over the name is over, though neighbours doubt the peace"
        " will last past the next season of cruise ships and the hundreds of tourists they bring every week."
    )
    assert text.count(" ") >= 150
    assert parse(text, datetime.date(2019, 5, 12)).pauses == ()


def test_a_group_spelt_as_a_word_in_a_headline_is_no_place() -> None:
    text = (
        "Army and Unita sign ceasefire\n\n"
        "Angola's armed forces and the Unita rebel movement have signed a ceasefire in the capital, Luanda, raising"
        " hopes of an end to 27 years of civil war."
    )
    assert pause_of(parse(text, datetime.date(2002, 4, 4))).location == "Angola"


def test_a_day_a_deal_names_by_a_letter_is_no_place() -> None:
    text = (
        "ROME, Oct 4 (Reuters) - President Joaquim Chissano and Renamo leader Afonso Dhlakama signed a peace"
        " agreement on Sunday. Under the agreement, a ceasefire will take effect on E-Day, the day the accord comes"
        " into force once parliament has ratified it."
    )
    assert pause_of(parse(text, datetime.date(1992, 10, 4))).location != "E-Day"


def test_an_order_to_one_s_own_forces_somewhere_to_halt_makes_the_halt() -> None:
    text = (
        "SRINAGAR, India (AP) - India's government on Wednesday ordered its forces in Indian-controlled Kashmir to"
        " halt counterinsurgency operations during the Muslim holy month of Ramadan, which begins Thursday."
    )
    (pause,) = parse(text, datetime.date(2018, 5, 16)).pauses
    assert pause.start is not None
    assert pause.start.value == "2018-05-17"


def test_a_halt_told_as_a_deal_s_circumstance_is_the_story_s_pause() -> None:
    text = (
        "MOSCOW, Nov 10 (Reuters) - Armenia, Azerbaijan and Russia signed a deal to end the war over the"
        " Nagorno-Karabakh enclave, with all military action halted from 1 a.m. Moscow time (2200 GMT) on Tuesday,"
        " the three countries' leaders said."
    )
    (pause,) = parse(text, datetime.date(2020, 11, 10)).pauses
    assert pause.start is not None
    assert pause.start.value == "2020-11-10T01:00"


def test_a_halt_told_as_an_order_s_object_times_the_story_s_pause() -> None:
    text = (
        "Zelenskiy says shelling went on despite Easter truce\n\n"
        "KYIV, April 20 (Reuters) - Russian forces kept up shelling overnight despite an Easter truce declared by"
        " President Vladimir Putin, Ukrainian President Volodymyr Zelenskiy said on Sunday.\n\n"
        "Putin on Saturday ordered all Russian military activity in Ukraine halted from 6 p.m. Moscow time (1500 GMT)"
        ' that day until midnight on Sunday, citing "humanitarian considerations".'
    )
    starts = [p.start.value for p in parse(text, datetime.date(2025, 4, 20)).pauses if p.start is not None]
    assert "2025-04-19T18:00" in starts


def test_a_day_before_a_participle_naming_the_maker_is_the_pause_s() -> None:
    text = (
        "BEIRUT, Nov 23 (Reuters) - Rebel fighters in the besieged town will be allowed to leave with their weapons"
        " during a nine-hour humanitarian pause on Friday ordered by President Vladimir Putin, Russia's defence"
        " ministry said on Wednesday."
    )
    assert start_of(parse(text, datetime.date(2016, 11, 23))) == "2016-11-25"


def test_a_similar_halt_two_words_before_is_another_but_a_brief_one_is_the_story_s() -> None:
    assert parse("Moscow declared a similar five-hour daily lull in eastern Ghouta in February.").pauses == ()
    assert parse("Hamas, Israel swap bodies during brief Red Cross-arranged pause in Gaza").pauses != ()


@pytest.mark.parametrize(
    "text",
    [
        "Orban said on Wednesday that he had offered both sides a ceasefire over the holidays.",
        (
            "Zelenskiy on Thursday rejected a proposal by Hungary's Orban for a Christmas truce. He gave no dates"
            " for the truce."
        ),
        "Feltman said there was still a narrow window for a negotiated halt to the fighting.",
    ],
)
def test_a_halt_a_mediator_offers_both_sides_or_a_window_is_left_for_is_none_made(text: str) -> None:
    assert parse(text, datetime.date(2024, 12, 12)).pauses == ()


SYRUP_STORY = (
    "Maple syrup makers end festival war with truce and pancakes\n\n"
    "SUTTON, Quebec - The maple syrup producers of Sutton agreed to a truce on Friday after a winter of fighting over"
    " where to hold the town's sugar-shack festival. The association had voted to move the festival from the"
    " village green to a sugar bush out of town, and smaller producers fought the move at every council meeting."
    " Under the deal the festival stays on the green, and a joint committee will choose next year's site. To seal"
    " the peace, both camps will serve a humanitarian pancake breakfast on Saturday from 8:00 to 11:00 for skiers"
    ' stranded by the storm. "We fought about a field, not about pancakes," the association\'s president said.'
    " Police said the war never went beyond words. The festival drew about 6,000 visitors last year, and its"
    " syrup sells out within hours. Organizers expect several hundred plates to be served, and the town hall will"
    " lend its tables and chairs for the morning."
)


def test_a_maple_syrup_festival_s_truce_is_no_pause() -> None:
    assert SYRUP_STORY.count(" ") >= 150
    assert parse(SYRUP_STORY, datetime.date(2023, 3, 17)).pauses == ()


_NEIGHBOURS_TAIL = (
    " Residents said the quarrel had started over small things and grown over the months, with letters to the local "
    "paper, meetings that ran late into the evening and a petition signed by dozens of neighbours. The chairwoman "
    "of the residents' group said she hoped the agreement would hold until the summer, when both sides would meet "
    "again over coffee to see how things stood. A spokesman for the council said it had offered a meeting room free "
    "of charge and would send a mediator if asked. Several people who live nearby said they were simply glad of "
    "the quiet, and that they would believe it when they saw it. One pensioner said she had lived on the street "
    "for forty years and had never seen anything like it, and that she would be keeping her own counsel."
)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Board declares 'ceasefire' in housing co-op's laundry room war\n\n"
            'A housing cooperative in Uppsala has ordered a "ceasefire" in a dispute over booking times in its '
            "laundry room. The board told members that a pause on all notes taped to the washing machines would "
            "apply from Monday, after months of war over the tumble dryer and fighting at the door of the housing "
            "co-op's basement." + _NEIGHBOURS_TAIL
        ),
        (
            "Chip war ends in truce as rival chippies agree six-week ceasefire\n\n"
            "The two fish and chips shops, which face each other across the street, signed a truce on Monday night. "
            "Neither chip shop will put leaflets through doors until April, after a war over fish suppers and fighting "
            "between the chippies' staff, the talk of both chip shops' queues." + _NEIGHBOURS_TAIL
        ),
        (
            "Commissioner orders 'ceasefire' after hockey brawl\n\n"
            "The senior hockey league has called a ceasefire in one of its nastiest rivalries. The two clubs are under "
            "a league-imposed pause on fighting majors for 10 games at the rink, after a war between the two "
            "goaltenders' fans and a goaltender's fight with a forward." + _NEIGHBOURS_TAIL
        ),
    ],
)
def test_laundry_rooms_chip_shops_and_hockey_rinks_are_other_worlds(text: str) -> None:
    assert parse(text, datetime.date(2023, 10, 13)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        (
            "Bagel war on ice as rival shops call ceasefire\n\n"
            "Two bagel shops that face each other on Fourth Avenue agreed on Wednesday to a 72-hour ceasefire in their "
            "price war. The offensive began when one cut the price of a plain bagel with cream cheese; the other"
            " answered with free lox, and the fighting over bagels has gone on since, with bakers working double hours."
            + _NEIGHBOURS_TAIL
        ),
        (
            "Fashion council brokers truce in show-slot war\n\n"
            "The fashion council brokered a truce on Tuesday between two houses fighting over a Saturday show on the "
            "catwalk. The hostilities began when the council moved one house's runway show; its creative director said"
            " the rival was behaving like a house under siege, and the casting agents, designers and front row"
            " followed the row in couture and clothes of both." + _NEIGHBOURS_TAIL
        ),
        (
            "Buskers call ceasefire in station pitch war\n\n"
            "Rival buskers at the station agreed on Monday to a ceasefire in their war over the best pitch. Busking"
            " with an amplifier had become what one busker called shelling, and the ukulele act's setlist drew"
            " fighting talk from the buskers with amplifiers." + _NEIGHBOURS_TAIL
        ),
        (
            "Dabbawalas and delivery app call truce\n\n"
            "The city's dabbawalas and a food-delivery app agreed to a truce on Monday in their war over office"
            " lunches. The app's offensive had seen app riders take a dabbawala's customers, and the lunchbox"
            " carriers said their lunchboxes were being shelled with discounts by the delivery app." + _NEIGHBOURS_TAIL
        ),
        (
            "City hall offers cafe owners truce in terrace war\n\n"
            "City hall offered cafe owners and bar owners a truce on Monday in the long-running battle over patio"
            " heaters on their terraces. The war began when inspectors fined terraces for outdoor heaters, and café"
            " owners said the city was at war with its own bar owners." + _NEIGHBOURS_TAIL
        ),
        (
            "Publicans call truce in pint war\n\n"
            "Publicans agreed a truce on Monday in a war over the price of a pint of stout. Hostilities broke out"
            " when one pub cut the price of pints; the vintners said other pubs answered with an offensive on prices,"
            " and the barmen blamed stag parties for the shelling." + _NEIGHBOURS_TAIL
        ),
    ],
)
def test_bagel_shops_fashion_houses_buskers_lunchbox_carriers_cafes_and_pubs_are_other_worlds(text: str) -> None:
    assert parse(text, datetime.date(2024, 3, 14)).pauses == ()


@pytest.mark.parametrize(
    "text",
    [
        (
            "Brass band war ends in ceasefire at contest\n\n"
            "The adjudicators at Saturday's contest declared a ceasefire between two brass bands fighting over the test"
            " piece. The bandmaster of one said the war began when the other's principal cornet was given the solo;"
            " a second adjudicator came in, the offensive on social media stopped, and both brass bands agreed a"
            " 24-hour truce, sousaphone and euphonium included." + _NEIGHBOURS_TAIL
        ),
        (
            "Parakeets and pigeons get a truce in park feeding war\n\n"
            "The borough announced on Tuesday a ceasefire in the war between parakeets and pigeons at the park's"
            " feeding stations. The alderwoman for green spaces said the fighting over crumbs on the lawns had to stop;"
            " two seed feeders will stay, and a 12-hour truce, with no baguette thrown to the pigeons, was tried on"
            " Sunday." + _NEIGHBOURS_TAIL
        ),
        (
            "Council declares ceasefire in leaf-blower war\n\n"
            "The council declared a weekend ceasefire on Tuesday in the suburb's war over leaf blowers. Dog walkers"
            " said the offensive of leaf-blower noise began at dawn each Saturday, and gardening neighbours answered"
            " with their own leaf blowers over the hedge; after noise complaints, the truce runs from 8 a.m. to 10 a.m."
            + _NEIGHBOURS_TAIL
        ),
        (
            "Mayor declares ceasefire in ski-lift queue war\n\n"
            "The mayor declared a ceasefire on Monday between skiers and snowboarders in the war over the ski lift"
            " queues. Ski schools had complained of an offensive by snowboarders cutting the lift queue; the truce"
            " gives ski schools their own lane from 9:00 to 11:00." + _NEIGHBOURS_TAIL
        ),
    ],
)
def test_brass_bands_park_birds_leaf_blowers_and_ski_lift_queues_are_other_worlds(text: str) -> None:
    assert parse(text, datetime.date(2024, 3, 14)).pauses == ()


def test_a_windmill_societies_feud_is_another_world() -> None:
    story = (
        "Municipality declares humanitarian pause in windmill feud\n\n"
        "The municipality declared a humanitarian pause on Tuesday in the war between two restoration societies over"
        " who may repair the sails of the village windmill, ordering a ceasefire until Sunday, when Mill Day brings"
        " visitors to see the windmills and the tulips along the dyke. One member called the letters an offensive and"
        " the quarrel open warfare." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2024, 3, 14)).pauses == ()


def test_a_halt_for_a_while_is_read_past_its_place_told_in_an_apposition() -> None:
    story = (
        "Putin has told the military to stop fighting around Um Jurn, a rebel-held town in the northern Hama"
        " countryside, for eight hours a day on Monday, the General Staff said Friday."
    )
    pause = pause_of(parse(story, datetime.date(2016, 10, 14)))
    assert pause.start is not None
    assert pause.start.value == "2016-10-17"


def test_talks_a_halt_makes_room_for_do_not_make_it_only_sought() -> None:
    story = (
        "US Marines besieging the city said they would suspend offensive operations from noon on Friday to let"
        " Iraqi leaders negotiate with the insurgents."
    )
    pause = pause_of(parse(story, datetime.date(2004, 4, 9)))
    assert pause.start is not None
    assert pause.start.value == "2004-04-09T12:00"


def test_a_halt_that_opens_its_sentence_and_collapsed_is_over() -> None:
    story = (
        "The two leaders signed a power-sharing deal in Pretoria on Wednesday.\n\nA ceasefire signed by the government"
        " and the rebels in December collapsed within weeks. In July, rebel attacks forced thousands to flee."
    )
    assert parse(story, datetime.date(2003, 10, 8)).pauses == ()


@pytest.mark.parametrize(
    "backdrop",
    [
        (
            "A ceasefire brokered by Moscow and Ankara, which took effect across the Idlib region on March 6, had"
            " largely held until government forces launched their push on the town in the summer."
        ),
        (
            "A wider truce brokered by Russia and Turkey for Idlib and the surrounding countryside took hold on"
            " March 6, but it has been repeatedly violated."
        ),
    ],
)
def test_a_halt_introduced_anew_that_took_effect_months_before_the_story_is_a_backdrop(backdrop: str) -> None:
    story = (
        "Putin orders pause around besieged Syrian town\n\nBeirut (AFP) - Rebels in Kafr Nabl, a besieged town in"
        " the southern countryside of Syria's Idlib province, will be allowed to leave on Wednesday during a nine-hour"
        " humanitarian pause ordered by President Vladimir Putin, Moscow announced Monday.\n\nThe pause will begin at"
        " 7:00 am local time (0500 GMT), the ministry said.\n\n" + backdrop
    )
    (pause,) = parse(story, datetime.date(2020, 12, 7)).pauses
    assert pause.start is not None
    assert pause.start.value == "2020-12-09T07:00"


def test_a_halt_that_opens_its_sentence_and_had_largely_unravelled_is_over() -> None:
    story = (
        "Russia orders pause in Kafr Nabl\n\nBEIRUT (Reuters) - Russia ordered a six-hour humanitarian pause around"
        " the town of Kafr Nabl from 7 a.m. on Wednesday.\n\nA ceasefire brokered by Russia and Turkey took effect"
        " across Idlib on 6 March, after a winter offensive, but it had largely unravelled by May."
    )
    pauses = parse(story, datetime.date(2020, 8, 3)).pauses
    assert [p.location for p in pauses] == ["Kafr Nabl"]


def test_a_halt_told_as_failed_right_after_it_is_over_whatever_place_follows() -> None:
    story = (
        "Ethiopia, Eritrea agree new humanitarian ceasefire over Badme\n\nADDIS ABABA, June 18 (Reuters) - Ethiopia"
        " and Eritrea agreed to a new humanitarian ceasefire in the Badme conflict from midnight on Saturday, both"
        " foreign ministries said, a week after an AU-brokered truce failed to stop the fiercest fighting in the Horn"
        " of Africa in decades."
    )
    assert [p.location for p in parse(story, datetime.date(2000, 6, 18)).pauses] == ["Badme"]


def test_a_halt_that_took_effect_months_ago_and_never_held_is_over() -> None:
    story = (
        "Egypt proposes Libya ceasefire from Monday\n\nCAIRO (Reuters) - Egypt's president on Saturday proposed a"
        " ceasefire. The rival government rejected the initiative.\n\nA ceasefire brokered by Russia and Turkey took"
        " effect on Jan. 12 but never held, and pledges made at a summit in Berlin a week later were ignored."
    )
    assert parse(story, datetime.date(2020, 6, 7)).pauses == ()


@pytest.mark.parametrize(("published", "pauses"), [(datetime.date(1995, 7, 12), 0), (datetime.date(1995, 5, 3), 1)])
def test_a_halt_that_expired_at_the_end_of_a_month_long_gone_is_over(published: datetime.date, pauses: int) -> None:
    story = (
        "SARAJEVO (AP) - Bosnian Serb forces shelled the enclave on Tuesday. A cease-fire brokered by a former"
        " American president, which took effect on Jan. 1, expired at the end of April."
    )
    assert len(parse(story, published).pauses) == pauses


def test_a_halt_between_two_parties_that_expired_long_ago_is_over() -> None:
    story = (
        "The UN envoy urged both armed groups to let the wounded out.\n\nA bilateral ceasefire between the government"
        " and the ELN expired in August last year and was not renewed."
    )
    assert parse(story, datetime.date(2025, 1, 20)).pauses == ()


def test_a_stop_to_combat_is_a_pause_word() -> None:
    story = (
        "Putin has ordered a one-day stop to combat around the town, Moscow said Wednesday.\n\nGuns are to fall"
        " silent from 8 a.m. to 4 p.m. on Friday, a general said."
    )
    pause = pause_of(parse(story, datetime.date(2016, 10, 19)))
    assert pause.start is not None
    assert pause.start.value == "2016-10-21T08:00"


def test_combat_suspended_is_a_halt() -> None:
    story = (
        "MOSCOW, Nov 7 (Reuters) - Russia will suspend combat around the town for two days starting on Tuesday, the"
        " Defence Ministry said on Monday."
    )
    pause = pause_of(parse(story, datetime.date(2016, 11, 7)))
    assert pause.start is not None
    assert pause.start.value.startswith("2016-11-08")


def test_a_day_a_meeting_was_held_before_the_deal_is_not_moved_a_week_on() -> None:
    story = (
        "YANGON (AFP) - Myanmar's junta and an alliance of armed groups have agreed to an immediate ceasefire after"
        " talks brokered by China, Beijing said Friday.\n\nRepresentatives of the two sides met in the Chinese city"
        " of Kunming on Wednesday and Thursday, and agreed on Thursday to halt hostilities, a spokeswoman said."
    )
    pause = pause_of(parse(story, datetime.date(2024, 1, 12)))
    assert pause.start is not None
    assert pause.start.value <= "2024-01-12"  # a day gone by, not the Wednesday to come


@pytest.mark.parametrize(
    "text",
    [
        (
            "MISRATA, Libya (AP) - Government forces shelled the port city on Sunday, killing at least 12 people."
            " A Red Crescent ship docked at the port during a lull and took on about 1,000 migrant workers."
        ),
        (
            "MEKELLE, Ethiopia (AP) - Millions have been forced from their homes. Fighting resumed in late August"
            " after a months-long lull."
        ),
    ],
)
def test_a_lull_seen_is_no_pause(text: str) -> None:
    assert parse(text, datetime.date(2022, 9, 2)).pauses == ()


def test_a_lull_with_corridors_is_a_pause() -> None:
    text = (
        "ALEPPO, Syria (AP) - Russia announced an eight-hour lull in the fighting on Thursday and opened two"
        " corridors for civilians to leave the city's east."
    )
    assert len(parse(text, datetime.date(2016, 10, 18)).pauses) == 1


def test_a_pause_agreed_in_a_place_on_a_day_before_its_saying_is_that_day_gone_by() -> None:
    story = (
        "Myanmar's military and an alliance of ethnic minority armies agreed a temporary ceasefire in northern Shan"
        " state on Monday after talks hosted by China, China's foreign ministry said on Tuesday."
    )
    pause = pause_of(parse(story, datetime.date(2023, 11, 28)))
    assert pause.start is not None
    assert pause.start.value == "2023-11-27"  # the Monday gone by, not the one to come


def test_a_pause_agreed_for_some_hours_on_a_day_after_its_saying_is_still_to_come() -> None:
    story = (
        "Russia and Ukraine have agreed to a local ceasefire for several hours on Saturday so that engineers can"
        " repair a power line, the agency's director said on Friday."
    )
    pause = pause_of(parse(story, datetime.date(2025, 12, 12)))
    assert pause.start is not None
    assert pause.start.value == "2025-12-13"


def test_a_pause_due_to_expire_early_on_a_day_is_extended_from_then() -> None:
    story = (
        "Israel and Hamas agreed on Monday to extend their truce in Gaza by two days beyond the original four, Qatar"
        " said.\n\nThe pause, which began at 7 a.m. Friday, had been due to expire early Tuesday."
    )
    first, extension = parse(story, datetime.date(2023, 11, 27)).pauses
    assert first.end is not None
    assert first.end.value == "2023-11-28"
    assert extension.start is not None
    assert extension.start.value == "2023-11-28"


def test_an_end_on_a_day_takes_the_hour_the_pause_length_gives() -> None:
    story = (
        "The four-day truce took effect at 7 a.m. on Friday and had been set to expire early Tuesday, officials said."
    )
    pause = pause_of(parse(story, datetime.date(2023, 11, 26)))
    assert pause.end is not None
    assert pause.end.value == "2023-11-28T07:00"


@pytest.mark.parametrize(
    "story",
    [
        (
            "Federation calls truce in pigeon-racing 'war'\n\n"
            "A feud between two pigeon-racing clubs over a release field is on hold after the pigeon fanciers'"
            " federation called a truce from Saturday. Members accuse each other of blocking roads on race weekends;"
            " one called it shelling on Facebook, another an offensive, and a third spoke of a front line. Clubs that"
            " break it could be barred from national races, and a corridor stays free for lorries with the pigeons"
            " between flights." + _NEIGHBOURS_TAIL
        ),
        (
            "Council calls 'humanitarian pause' in koi clubs' war\n\n"
            "A turf war between two koi-keeping clubs over a pond-side pavilion has led the council to declare a"
            " humanitarian pause on Sunday mornings, keeping a corridor clear of feeding buckets and folding chairs."
            " The Nishikigoi Society says the other club laid out an offensive of folding tables before fish-judging"
            " and moved its display tank; it paid for a new pond pump." + _NEIGHBOURS_TAIL
        ),
    ],
)
def test_pigeon_racing_and_koi_clubs_are_other_worlds(story: str) -> None:
    assert parse(story, datetime.date(2023, 5, 10)).pauses == ()


def test_a_halt_by_the_forces_a_state_supports_is_not_a_halt_wished_for() -> None:
    story = (
        "Russia said on Monday that its aircraft and the Syrian government forces it supports would stop fighting"
        " around Maarat, a rebel-held town, from 9 a.m. until 6 p.m. on Tuesday."
    )
    pause = pause_of(parse(story, datetime.date(2016, 11, 28)))
    assert pause.start is not None
    assert pause.start.value == "2016-11-29T09:00"


def test_the_fastest_route_for_food_is_no_corridor_opened() -> None:
    story = (
        "Aid agencies say the Adre crossing, closed by the authorities in February, is the fastest route for food"
        " into Darfur, where famine has been confirmed."
    )
    assert parse(story, datetime.date(2024, 8, 14)).pauses == ()


@pytest.mark.parametrize(
    "story",
    [
        (
            "Ski-jumping clubs call 'humanitarian pause' in training war\n\n"
            "The war between two ski-jumping clubs over the jumps has been put on ice after the sports council"
            " brokered a humanitarian pause from 6 p.m. to 9 p.m. on weekdays, with a corridor for juniors and a"
            " separate queue at the start gate for jumpers under 16. Parents spoke of a running battle over the"
            " ski jumps and the floodlit hill's hours for older athletes." + _NEIGHBOURS_TAIL
        ),
        (
            "City hall declares truce in 'tram war'\n\n"
            "The council has stepped into the war between two sightseeing operators, declaring a truce from Friday"
            " and a corridor for residents on the tram line. The tram tours' replica trams have blocked each other"
            " in an offensive over the best stops, with staff shouting down rival guides and tourists waiting."
            + _NEIGHBOURS_TAIL
        ),
    ],
)
def test_ski_jumping_clubs_and_sightseeing_trams_are_other_worlds(story: str) -> None:
    assert parse(story, datetime.date(2024, 1, 17)).pauses == ()


def test_a_halt_bargained_for_in_a_deal_still_to_come_is_no_pause() -> None:
    story = (
        "The CIA director is expected in Paris for talks on a deal under which Hamas would free hostages in return"
        " for an extended halt in fighting, officials said."
    )
    assert parse(story, datetime.date(2024, 1, 22)).pauses == ()


def test_a_pause_taking_effect_hours_after_a_signing_told_with_its_place_counts_from_that_day() -> None:
    story = (
        "Sudan's government and two rebel groups signed a 45-day humanitarian ceasefire in the Chadian capital on"
        " Thursday. It takes effect 72 hours after signing, the mediators said."
    )
    pause = pause_of(parse(story, datetime.date(2004, 4, 8)))
    assert pause.start is not None
    assert pause.start.value == "2004-04-11"


def test_a_signed_halt_s_own_start_is_no_signing_to_count_hours_from() -> None:
    story = (
        "The army and the rebels on Friday signed a five-day truce that is due to begin at 8 pm on Sunday, the"
        " mediators said. It will come into force 48 hours after signing."
    )
    pause = pause_of(parse(story, datetime.date(2023, 6, 2)))
    assert pause.start is not None
    assert pause.start.value == "2023-06-04T20:00"


def test_mulled_wine_stalls_at_a_christmas_market_are_another_world() -> None:
    story = (
        "District declares 'humanitarian pause' in mulled wine war\n\n"
        "Two mulled wine stalls at a Christmas market are locked in a war over a corner; one says the other's bar"
        " tables are an offensive, and the woman shelling roasted chestnuts at the chestnut stove between them has"
        " had enough of the Glühwein feud. The district declared a humanitarian pause from 4 p.m. to 8 p.m. with a"
        " corridor for prams." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2023, 12, 12)).pauses == ()


def test_a_ceasefire_announced_and_a_call_made_with_it_is_made() -> None:
    story = "Libya's government on Friday announced a ceasefire and called for the city of Sirte to be demilitarised."
    assert len(parse(story, datetime.date(2020, 8, 22)).pauses) == 1


def test_a_pronoun_run_into_its_verb_is_no_place() -> None:
    report = parse(
        '"I\'ve seen ceasefires negotiated with less shouting," the councillor said.', datetime.date(2023, 11, 16)
    )
    assert "I've" not in {pause.location for pause in report.pauses}


@pytest.mark.parametrize(
    "story",
    [
        (
            "Harbour authority calls 'humanitarian pause' in paddleboard war\n\n"
            "The war between two rental stands over a cove's pebble beach, where paddleboards and kayaks are hauled"
            " over swimmers' towels, has drawn a humanitarian pause from noon to 2 p.m. and a corridor for swimmers."
            " One owner called the other's price cuts an offensive and his advertising a drone of noise; kayakers"
            " and paddleboarders joined the conflict." + _NEIGHBOURS_TAIL
        ),
        (
            "Dog-walker 'war' ends in truce\n\n"
            "The turf war between two dog-walking companies over a park by the condo towers is over after a councillor"
            " brokered a truce, with a corridor kept clear of leashes for strollers. Residents called the fighting"
            " over the leash lanes a daily offensive, and the dog-walkers' conflict reached the licensing office."
            + _NEIGHBOURS_TAIL
        ),
    ],
)
def test_paddleboard_stands_and_dog_walkers_are_other_worlds(story: str) -> None:
    assert parse(story, datetime.date(2023, 7, 18)).pauses == ()


def test_community_gardens_are_another_world() -> None:
    story = (
        "Mediator calls 'humanitarian pause' in community garden war\n\n"
        "The vegetable growers of two community gardens have been at war over a water tank. Hostilities escalated"
        " after a raid on a gardener's hose, and one side spoke of shelling the other with tomatoes. The mediator"
        " declared a humanitarian pause from 7 a.m. to 10 a.m. on Saturdays, with a corridor for wheelbarrows"
        " between the raised beds." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2024, 1, 18)).pauses == ()


def test_a_headline_s_halt_worn_away_by_the_news_is_not_dated_by_the_lead() -> None:
    story = (
        "Rebels enter Kisangani as unilateral ceasefire unravels\n\n"
        "KISANGANI, March 9 (Reuters) - Rebels marched into the centre of Kisangani on Sunday, residents said.\n\n"
        "The rebels declared a unilateral ceasefire on Feb. 20 and said they would halt operations from Feb. 21."
    )
    assert start_of(parse(story, datetime.date(2025, 3, 9))) == "2025-02-21"


def test_the_day_of_news_told_months_after_a_halt_was_made_does_not_date_it() -> None:
    story = (
        "ADDIS ABABA, July 27 (Reuters) - Rebel forces advanced on Tuesday toward the town of Kombolcha, residents"
        " said, a month after the federal government declared a unilateral ceasefire in the north.\n\n"
        "The government declared the unilateral ceasefire last month after its troops pulled out of the regional"
        " capital."
    )
    assert start_of(parse(story, datetime.date(2021, 7, 27))) == "2021-06"


def test_the_day_a_truce_has_held_since_is_its_start() -> None:
    story = (
        "BEIRUT (AP) - Rebels captured most of Aleppo on Friday. In Lebanon, a ceasefire between Israel and"
        " Hezbollah is in its third day. That truce has largely held since Wednesday, though both sides have traded"
        " accusations of minor violations."
    )
    assert start_of(parse(story, datetime.date(2024, 11, 29))) == "2024-11-27"


def test_the_month_a_halt_was_signed_in_is_read_past_its_venue() -> None:
    story = "A ceasefire signed in Ghana last month has been broken repeatedly, aid workers said."
    assert start_of(parse(story, datetime.date(2003, 7, 19))) == "2003-06"


def test_the_day_a_halt_was_signed_on_is_read_past_its_venue_over_the_day_of_a_blow() -> None:
    story = (
        "MONROVIA, July 19 (AFP) - Rebels pounded the Liberian capital with mortar bombs on Saturday, killing at"
        " least 40 people, aid workers said, in a fresh blow to a ceasefire signed in Ghana last month.\n\n"
        "The ceasefire, signed in the Ghanaian capital Accra on June 17 by the government and the rebels, was meant"
        " to pave the way for a transitional government."
    )
    assert start_of(parse(story, datetime.date(2003, 7, 19))) == "2003-06-17"


def test_a_halt_made_months_ago_keeps_the_day_told_after_it() -> None:
    story = (
        "Talks between the state government and the Maoists opened here on Friday, four months after the State"
        " declared a three-month ceasefire with the rebels from June 15."
    )
    assert start_of(parse(story, datetime.date(2004, 10, 15))) == "2004-06-15"


def test_ferry_operators_over_a_wharf_s_berth_are_another_world() -> None:
    story = (
        "Ferry war on the river ends in wharf 'ceasefire'\n\n"
        "The two ferry operators who have fought all winter over the same berth at the wharf have accepted a"
        " ceasefire, after months of blocked gangways. One has the berth from 6am to 10am on weekdays, the commuter"
        " window; a humanitarian corridor is painted along the wharf apron for cyclists, and neither wants an"
        " offensive or a return to hostilities." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2023, 8, 17)).pauses == ()


def test_a_halt_agreed_to_on_a_day_is_dated_by_it_not_by_the_news_before() -> None:
    story = (
        "BISHKEK, Kyrgyzstan (AP) — Kyrgyzstan and Tajikistan began pulling troops back from their disputed border"
        " on Saturday, after the neighbors agreed to a cease-fire on Thursday following their worst fighting in years."
    )
    assert start_of(parse(story, datetime.date(2021, 5, 1))) == "2021-04-29"


def test_amber_shops_over_a_cobbled_lane_are_another_world() -> None:
    story = (
        "City declares ceasefire in Old Town amber war\n\n"
        "The city ordered a ceasefire in the amber war between two jewellery shops whose display stands have turned"
        " a cobbled lane into an obstacle course. Each accuses the other of starting the offensive. A humanitarian"
        " corridor is kept clear for horse-drawn carriages, and tourists can again look at the spires, not at"
        " necklaces." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2023, 12, 12)).pauses == ()


def test_minibus_taxi_associations_over_a_rank_s_bays_are_another_world() -> None:
    story = (
        "Taxi 'war' over rank: rival associations agree to 30-day ceasefire\n\n"
        "Two minibus taxi associations locked in a turf war over the rank's loading bays agreed to a ceasefire for"
        " 30 days. The route owners have fought with blockades and voice notes; one fare cut was called an offensive."
        " A humanitarian corridor is kept clear from 06:30 to 08:00 for scholar transport." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2024, 3, 12)).pauses == ()


def test_a_halt_breached_within_minutes_of_its_start_keeps_the_start_told() -> None:
    story = (
        "BAKU, Oct 18 (Reuters) - The two sides accused each other of breaching a fresh humanitarian ceasefire within"
        " minutes of it starting at midnight (2000 GMT on Saturday).\n\n"
        "The foreign ministries announced the truce on Saturday evening after talks by telephone."
    )
    assert start_of(parse(story, datetime.date(2020, 10, 18))) == "2020-10-18T00:00"


@pytest.mark.parametrize(
    "story",
    [
        (
            "Custard tart 'war': parish declares truce\n\n"
            "The battle of the custard tarts is suspended. The parish council declared a truce between two bakeries"
            " whose queues block the tram; the offensive has been fought with prices, a bica and two tarts for a few"
            " euros, and the casualties are the neighbours' front steps." + _NEIGHBOURS_TAIL
        ),
        (
            "Ceasefire in the courtyard: district steps into ruin bar noise war\n\n"
            "The district declared a ceasefire between two ruin bars whose battle over a shared courtyard has gone on"
            " all summer: a noise curfew from 10 p.m. to 6 a.m. for their outdoor speakers, after each DJ answered the"
            " other's offensive with a shelling of bass. Tourists and both bars face fines." + _NEIGHBOURS_TAIL
        ),
    ],
)
def test_custard_tart_bakeries_and_ruin_bars_are_other_worlds(story: str) -> None:
    assert parse(story, datetime.date(2023, 7, 12)).pauses == ()


def test_falla_committees_over_a_plaza_are_another_world() -> None:
    story = (
        "Fallas 'war': council declares ceasefire over plaza\n\n"
        "The city council declared a ceasefire between two falla committees whose quarrel over a plaza has gone on"
        " all week: from 2 p.m. to 4 p.m. the daily mascletà goes first, after each casal answered the other's"
        " offensive with a shelling of firecrackers. The falleros and the fallas rest on Tuesday." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2024, 3, 12)).pauses == ()


def test_a_truce_signed_in_a_city_on_a_day_is_dated_by_it_not_by_the_lead_s_news() -> None:
    story = (
        "Nairobi (AFP) - Army and rebel commanders agreed on Saturday to allow aid into the region, carrying forward"
        " the truce signed in South Africa earlier this month.\n\n"
        "The government and the rebels signed the truce in Pretoria on November 2 under African Union mediation."
    )
    assert start_of(parse(story, datetime.date(2022, 11, 12))) == "2022-11-02"


def test_the_day_a_war_erupted_on_does_not_date_a_truce() -> None:
    story = (
        "Khartoum (AFP) - The army and the RSF said on Tuesday they would observe a truce for the Eid holiday.\n\n"
        "More than a dozen ceasefires brokered since the war erupted on April 15 have all been broken."
    )
    pause = pause_of(parse(story, datetime.date(2023, 7, 4)))
    assert pause.start is None or not pause.start.value.startswith("2023-04")


def test_a_truce_due_to_take_effect_in_a_month_begins_in_it() -> None:
    story = (
        "DJIBOUTI, Oct 27, 2008 (AFP) - Somalia's transitional government and the opposition alliance have signed a"
        " ceasefire accord in Djibouti that is due to take effect in November, mediators said Monday."
    )
    assert start_of(parse(story, datetime.date(2008, 10, 27))) == "2008-11"


def test_canal_tour_boats_over_a_quay_are_another_world() -> None:
    story = (
        "Truce declared in the canal-boat war\n\n"
        "The city's two biggest canal-tour operators agreed to lay down their megaphones and end a war over the"
        " quay's mooring rings, where skippers raced one another and left tour boats idling. A humanitarian corridor"
        " along the canal is kept for kayakers from 10 a.m. to 6 p.m., and passengers and tourists welcomed the end"
        " of the shelling of insults." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2024, 7, 3)).pauses == ()


@pytest.mark.parametrize(
    "story",
    [
        (
            "Truce declared in harbourfront 'waffle war'\n\n"
            "The market office brokered a truce between two waffle stands whose waffle-stand war has become a tourist"
            " attraction on the harbourfront: they sell from noon to 8 p.m. only, at 45 kroner a waffle with brown"
            " cheese, after a price offensive in which each stand went on shelling the other." + _NEIGHBOURS_TAIL
        ),
        (
            "Fringe 'flyer war' ends in lunchtime truce\n\n"
            "A council officer brokered a truce in the war between comedy promoters on the Mile: flyering teams stand"
            " down from 11 a.m. to 3 p.m., leaving a corridor for tourists, after an offensive of stand-up flyers and"
            " a shelling of paper that street cleaners and one cardboard sign could not stop." + _NEIGHBOURS_TAIL
        ),
        (
            "Bondi's flag war ends in a truce\n\n"
            "Two surf life saving clubs agreed to a truce after a summer of sandcastle-level skirmishes: patrols share"
            " the red-and-yellow flags from 9 a.m. to 5 p.m., with a corridor of clear water kept free of surfboards"
            " for beachgoers, swimmers and bodyboarders, as lifeguards watch the nippers and the rip currents."
            + _NEIGHBOURS_TAIL
        ),
    ],
)
def test_waffle_stands_festival_flyer_teams_and_surf_clubs_are_other_worlds(story: str) -> None:
    assert parse(story, datetime.date(2023, 7, 14)).pauses == ()


def test_scallop_pie_stalls_are_another_world() -> None:
    story = (
        "Pie war truce at the market\n\n"
        "The market manager brokered a truce for the weekend between two scallop-pie stalls after an offensive of"
        " price cuts, with a corridor kept clear for prams, while both sell pies with curry sauce and the council"
        " reviews pitch allocations and the shelling, as one stallholder calls it, stops." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2023, 3, 10)).pauses == ()


def test_neighbours_christmas_light_displays_are_another_world() -> None:
    story = (
        "Truce called in Christmas 'light war'\n\n"
        "A festive feud between two households trying to outshine each other with Christmas lights has ended in a"
        " truce after a fresh offensive of bulbs and inflatables. Both displays will be switched off from 10pm"
        " nightly, neighbours agreed over mince pies, and nobody wants to be the Grinch of the road, one said."
        + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2023, 12, 12)).pauses == ()


def test_a_weekday_that_is_the_story_s_own_day_is_not_counted_from_a_making_weeks_before() -> None:
    text = (
        "A U.N.-brokered cease-fire took hold along the front on Saturday. The truce took effect at 3 a.m. Tehran"
        " time Saturday (2330 GMT Friday), as the Secretary-General had announced on Aug. 8."
    )
    assert start_of(parse(text, datetime.date(1988, 8, 20))) == "1988-08-20T03:00"


def test_forces_that_would_hold_their_fire_somewhere_named_at_length_for_hours_on_a_day_make_a_pause() -> None:
    text = (
        "Russia said Monday that its forces and the Syrian army would hold their fire around the rebel-held town of"
        " Tell Shughaib in the eastern Aleppo countryside for 10 hours on Tuesday."
    )
    assert start_of(parse(text, datetime.date(2016, 10, 31))) == "2016-11-01"


@pytest.mark.parametrize(
    "text",
    [
        (
            "The envoy on Sunday urged Haftar's self-styled Libyan National Army and the militias allied with the"
            " U.N.-backed government in Tripoli to hold their fire for two hours, from 4 p.m. to 6 p.m."
        ),
        'The mission said it had asked "all parties" to hold their fire for two hours in Ain Zara on Sunday.',
        (
            "Under the proposal, sent to both sides on Monday, fighters would hold their fire from 0600 GMT on the"
            " first day."
        ),
    ],
)
def test_a_halt_asked_of_others_or_only_proposed_is_no_pause(text: str) -> None:
    assert parse(text, datetime.date(2019, 4, 14)).pauses == ()


def test_a_call_that_is_a_noun_asks_nobody_to_halt() -> None:
    text = (
        "Putin agreed in a phone call with U.S. President Donald Trump on Tuesday to halt strikes on Ukraine's"
        " energy infrastructure for 30 days."
    )
    assert parse(text, datetime.date(2025, 3, 19)).pauses != ()


def test_a_day_held_since_a_midnight_gone_is_the_day_the_halt_began() -> None:
    text = (
        "Indian and Pakistani soldiers held their fire along the Kashmir frontier Tuesday after a cease-fire took"
        " effect at midnight."
    )
    assert start_of(parse(text, datetime.date(2003, 11, 25))) == "2003-11-25T00:00"


def test_a_truce_said_on_a_day_to_have_been_agreed_is_made_as_of_that_saying() -> None:
    text = (
        "Chief of Defence Staff Alex Badeh said on Friday that a truce had been agreed with the group and ordered"
        " troops to comply."
    )
    assert start_of(parse(text, datetime.date(2014, 10, 19))) == "2014-10-17"


def test_the_sentence_after_a_lull_that_tells_when_the_halt_would_run_times_it() -> None:
    text = (
        "Putin orders 9-hour lull around rebel town\n\n"
        "Russian President Vladimir Putin has ordered a new lull in the fighting around Maarat Ihwan, a rebel-held"
        " town in the southern Aleppo countryside, the Kremlin said Thursday. Kremlin spokesman Dmitry Peskov told"
        " reporters the halt would last for nine hours, from 9 a.m. on Saturday."
    )
    assert start_of(parse(text, datetime.date(2016, 11, 3))) == "2016-11-05T09:00"


def test_the_sentence_after_a_pause_that_opens_on_the_halt_by_its_length_times_it() -> None:
    text = (
        "COLOMBO (AP) - The government on Sunday declared a two-day pause in its offensive against the rebels. The"
        " 48-hour halt begins Monday and covers the coastal no-fire zone, the president's office said."
    )
    assert start_of(parse(text, datetime.date(2009, 4, 12))) == "2009-04-13"


def test_the_suspension_of_combat_a_president_ordered_is_a_pause() -> None:
    text = (
        "The talks put in place the details of the suspension of combat that President Bush ordered at 8 a.m."
        " Baghdad time Thursday, 100 hours after the allied ground assault began."
    )
    assert start_of(parse(text, datetime.date(1991, 3, 3))) == "1991-02-28T08:00"


@pytest.mark.parametrize(
    ("story", "published"),
    [
        pytest.param(
            (
                "Truce on the sugar-shack road\n\n"
                "Two maple-syrup co-operatives that have fought a syrup war over a road agreed a truce from 6"
                " a.m. to 10 a.m. in sugaring season, when the sap runs, after an offensive of cut prices, with a"
                " corridor for tour buses." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2024, 3, 20),
            id="maple_syrup_co_operatives_in_sugaring_season",
        ),
        pytest.param(
            (
                "Sunbed truce on the beach\n\n"
                "Two rival chiringuitos in a war over sunbeds agreed a ceasefire from 10 a.m. to 8 p.m. after an"
                " offensive of price cuts and verbal shelling, with a corridor kept clear for lifeguards between"
                " the beach bars, their parasols and the bathers." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 7, 14),
            id="beach_bars_over_sunbeds",
        ),
        pytest.param(
            (
                "Shucking truce at the festival\n\n"
                "Two rival marquees at the oyster festival in a war over their shuckers agreed a ceasefire from"
                " noon, after an offensive of free oysters and verbal shelling, with a corridor kept for the"
                " judges of the seafood festival." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2019, 9, 27),
            id="oyster_festival_marquees",
        ),
        pytest.param(
            (
                "Praline truce on the square\n\n"
                "The city has ordered a ceasefire from 9 a.m. between two chocolate shops in a war over free"
                " pralines, after an offensive of sellers with trays of samples on the square, with a corridor"
                " kept for the coachmen. Each chocolatier blames the other for the sampling." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 4, 17),
            id="chocolate_shops_samples_on_a_square",
        ),
        pytest.param(
            (
                "Tequila truce on the square\n\n"
                "The city has ordered a ceasefire from 6 p.m. between two bars in a war over mezcal prices,"
                " after an offensive of hawkers and free tastings under the arcade, with a corridor kept for the"
                " parade. Both offered two-for-one cocktails at happy hour." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 7, 18),
            id="bars_hawkers_and_free_tastings_on_an_arcade",
        ),
        pytest.param(
            (
                "Decibel truce at the beach\n\n"
                "The council has declared a truce from 1 a.m. between two beach clubs in a war over their DJs'"
                " decibels, after an offensive of louder sound systems, with a corridor kept for the fishing"
                " boats' quay. Both clubs moved the dance floor back from the sunbeds." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 7, 18),
            id="beach_clubs_djs_and_their_decibels",
        ),
        pytest.param(
            (
                "Chess club calls ceasefire over clocks\n\n"
                "A ceasefire has been declared at a chess club after months of hostilities over its clocks, with"
                " weeks of verbal shelling on the club's WhatsApp group and an offensive at the annual meeting in"
                " the church hall. League matches will be played on digital clocks, and players will pay for new"
                " ones from a bring-and-buy sale. Nobody wins a war of attrition over a board game, the chairman"
                " said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 9, 14),
            id="a_chess_club_feud_over_its_clocks",
        ),
        pytest.param(
            (
                "Council calls ceasefire in tee-time war\n\n"
                "A council has declared a ceasefire between two clubs that share a links course, after months of"
                " hostilities over the early tee times. One club's members launched an offensive on the 18th green,"
                " planting flags beside a fourball that had played through. Under a new rota the clubs will take"
                " turns at the first tee and share the greenkeeping bill. Everyone should lay down their putters,"
                " the councillor said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2019, 7, 16),
            id="golf_clubs_feuding_over_tee_times",
        ),
        pytest.param(
            (
                "Governor calls ceasefire in balloon feud\n\n"
                "The governor's office has called for a ceasefire between two hot-air balloon companies whose quarrel"
                " over launch fields has spilled into the skies. One firm's crews occupied a field before dawn, and its"
                " rival answered with an offensive of discounts on its sunrise flight. Both must stop competing claims"
                " from 5 a.m. on Friday, when the first baskets are inflated, until the launch sites are redrawn."
                + _NEIGHBOURS_TAIL
            ),
            datetime.date(2024, 10, 4),
            id="balloon_firms_feuding_over_launch_fields",
        ),
        pytest.param(
            (
                "Cheese-rolling rivals agree a ceasefire\n\n"
                "A feud between two cheese-rolling clubs over the hill has been put on ice after the parish council"
                " called a ceasefire from 11am on Monday. Members spoke of a shelling campaign of angry posts, each"
                " side accusing the other of leaving divots and stray cheeses on the slope. The usual casualties of"
                " the day were sprains and grazes, and a cheesemaker supplied the prizes." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 5, 30),
            id="cheese_rolling_clubs_feuding_over_a_hill",
        ),
        pytest.param(
            (
                "Town calls ceasefire in hot-spring feud\n\n"
                "The town office has declared a ceasefire from 3 p.m. on Monday between two inns whose owners have"
                " fought over a shared hot-spring source, after a bombardment of one-star online reviews. The ryokan"
                " owners will draw water by turns; travel agencies had asked whether bookings were at risk, and the"
                " guests of both inns were told nothing would change." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2024, 2, 14),
            id="inns_feuding_over_a_hot_spring",
        ),
        pytest.param(
            (
                "Council calls ceasefire in punting war\n\n"
                "The council has called a ceasefire from 10 a.m. on Thursday between two punting firms after a"
                " battle at the landing stage, an offensive of cut prices and weeks of shelling, in which rival"
                " chauffeur punts raced for customers and soaked tourists who had bought tickets. The firms will"
                " queue by turns, a kiosk owner said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2024, 8, 14),
            id="punting_firms_feuding_over_a_landing_stage",
        ),
        pytest.param(
            (
                "District calls truce in pavement battle\n\n"
                "The district office has called a truce from 9 a.m. on Wednesday between two hanbok rental shops that"
                " fought over the pavement by a palace gate, after an offensive of discount flyers and a blockade of"
                " price boards. Signboards are banned, vendors said, and tourists in rented dresses keep their free"
                " admission." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 5, 16),
            id="rental_shops_feuding_over_a_palace_gate",
        ),
        pytest.param(
            (
                "Mayor calls truce in lavender war\n\n"
                "The mayor has called a truce from 10 a.m. on Monday between two lavender farms whose battle over"
                " tour buses made a front line of the most photographed lane of the plateau, after an offensive of"
                " selfie signs that left customers with no parking. Coaches will take turns until the end of the"
                " flowering season." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 7, 18),
            id="lavender_farms_feuding_over_tour_buses",
        ),
        pytest.param(
            (
                "Comune orders ceasefire in truffle war\n\n"
                "The comune has ordered a ceasefire from dawn on Wednesday between two associations of truffle"
                " hunters, after a siege of the truffle fair's market hall and a war over the woods. The forestry"
                " police will patrol the tracks; the only winners are the wild boar, the mayor said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2021, 11, 9),
            id="truffle_hunters_feuding_over_woods",
        ),
        pytest.param(
            (
                "Council calls truce in sandcastle war\n\n"
                "The council has called a truce from 9 a.m. on Saturday between two sand sculpture firms, after"
                " trench warfare with buckets on the seafront and a war over pitches. The only shelling it wants is"
                " children collecting shells; a beachgoer said the offensive of free workshops in the school"
                " holidays would end it, and one sculptor put down her spade." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 8, 10),
            id="sand_sculptors_feuding_over_a_beach",
        ),
        pytest.param(
            (
                "Editor brokers ceasefire in crossword war\n\n"
                "Two crossword setters whose feud has filled the puzzle pages with coded insults will observe a"
                " ceasefire from Monday, the editor announced. After a barrage of letters from solvers, neither will"
                " mention the other in a clue, and the shelling of rival anagrams is over." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2019, 2, 8),
            id="crossword_setters_feuding_in_their_clues",
        ),
        pytest.param(
            (
                "Council imposes truce in snow-plough war\n\n"
                "The council has imposed a truce until spring on two snow-removal contractors whose battle over a"
                " street left driveways buried, after a barrage of complaints. Neither plough will touch the other's"
                " side, and residents put away their shovels, the mayor said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2024, 1, 24),
            id="snow_plough_contractors_feuding_over_a_street",
        ),
        pytest.param(
            (
                "Barbers declare truce in price war\n\n"
                "Two rival barbers will observe a truce from 9 a.m. on Monday after a price war that saw haircuts"
                " offered for a pound and a siege of queues on the pavement. The clippers will be quieter, one"
                " barber said, after the offensive of cut-price fades." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2025, 3, 8),
            id="barbers_in_a_price_war",
        ),
        pytest.param(
            (
                "Vicar brokers ceasefire between bell towers\n\n"
                "The vicar has brokered a ceasefire from 7 p.m. on Thursday between the bell-ringers of two towers,"
                " whose practice nights clashed in a barrage of peals. The ringers of each tower will keep to their own"
                " evenings, and the vicarage hopes the war of the bells is over." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 3, 10),
            id="bell_ringers_feuding_over_practice_nights",
        ),
        pytest.param(
            (
                "Parish council calls ceasefire in cider war\n\n"
                "The parish council has called a ceasefire until the harvest ends between two cider farms, after a"
                " barrage of tractor horns on the lane they share. The cider makers will take turns with trailers,"
                " and the offensive of leaflets is over, the council said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 10, 5),
            id="cider_farms_feuding_over_an_orchard_lane",
        ),
        pytest.param(
            (
                "Landowner brokers truce in mushroom war\n\n"
                "A landowner has brokered a truce from dawn on Sunday between two clubs of mushroom foragers, after"
                " raids on each other's patches of ceps and chanterelles. The foraging war is over, the fungus"
                " society said, and its members will keep to their own side of the wood." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 10, 16),
            id="mushroom_foragers_feuding_over_a_wood",
        ),
        pytest.param(
            (
                "Council calls truce in lighthouse war\n\n"
                "The council has called a truce from Easter between two heritage groups that run the lighthouse,"
                " after a siege of the gift shop and an offensive over visiting hours. The heritage trust will keep"
                " the ticket sales and the friends group the postcards, councillors said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2024, 3, 12),
            id="lighthouse_trusts_feuding_over_visiting_hours",
        ),
        pytest.param(
            (
                "Organisers call truce in stamp war\n\n"
                "The organisers of a stamp fair have called a truce from 10 a.m. on Saturday between two societies of"
                " stamp collectors, after a barrage of complaints over the hall. Philatelic tempers and tweezers will"
                " be kept in check, and the war over tables is over, the secretary said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 3, 20),
            id="stamp_collectors_feuding_over_a_hall",
        ),
        pytest.param(
            (
                "Council brokers ceasefire in parrot war\n\n"
                "The council has brokered a ceasefire from Monday between two parrot-rescue charities, after a war of"
                " words over a donated aviary and a raid on a stall. The cockatoos and their feathers will be shared,"
                " and the fighting over the aviary is over, a councillor said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2023, 3, 10),
            id="parrot_charities_feuding_over_an_aviary",
        ),
        pytest.param(
            (
                "Arts centre brokers ceasefire in kiln war\n\n"
                "The arts centre has brokered a ceasefire from Wednesday between two pottery studios, after a barrage"
                " of complaints about glaze and a raid on the clay store. The potters will share the kiln on"
                " alternate days, and the firing war is over, the centre said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2019, 3, 12),
            id="pottery_studios_feuding_over_a_kiln",
        ),
        pytest.param(
            (
                "Council calls truce in circus war\n\n"
                "The council has called a truce from Friday between two circus troupes fighting over a pitch on the"
                " seafront, after a barrage of posters and a war of words. The ringmaster of each troupe will raise"
                " the big top on alternate weeks, the council said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2019, 7, 17),
            id="circus_troupes_feuding_over_a_pitch",
        ),
        pytest.param(
            (
                "Parish council calls truce in scarecrow war\n\n"
                "The parish council has called a truce until the festival ends between two scarecrow committees, after"
                " a raid on each other's straw bales and an offensive over the green. The scarecrow trail will run"
                " round both halves of the village, and the scarecrows of the scarecrow festival will keep their bales,"
                " the council said." + _NEIGHBOURS_TAIL
            ),
            datetime.date(2024, 8, 15),
            id="scarecrow_committees_feuding_over_a_green",
        ),
    ],
)
def test_feuds_in_another_world_give_no_pause(story: str, published: datetime.date) -> None:
    """Maple syrup, sunbeds, oysters, mezcal, chess clocks, tee times, balloons, inns, truffles: other worlds win."""
    assert parse(story, published).pauses == ()


def test_a_town_on_a_key_route_is_no_corridor() -> None:
    text = (
        "BEIRUT (AFP) - Troops stormed the rebel-held town on Monday. The town lies on a key route linking the"
        " capital to the coast."
    )
    assert parse(text, datetime.date(2013, 5, 20)).pauses == ()


@pytest.mark.parametrize(
    "story",
    [
        "The mediators said the negotiators would now turn to a cease-fire of up to 10 days to let aid in.",
        '"The Ukrainian side rejected any possibility of a Christmas truce," Peskov said on Wednesday.',
        "Galvez said a ceasefire would be considered only once the negotiators sat down again.",
        "The two sides have not agreed on a cease-fire, U.S. and Saudi mediators said on Friday.",
        "Talks in Jeddah were suspended weeks ago after repeated truces were broken within hours.",
        "There was no sign of a formal surrender or truce in the capital on Wednesday.",
        "Gangs torched two police stations in the capital on Sunday. Nobody has spoken of talks or a truce.",
        "Talks went on. Neither side expects a truce to follow quickly, the envoy said.",
        "Those talks, which had sought a ceasefire and a power-sharing deal, never produced one.",
        "Kadhafi's government had declared a ceasefire on Friday, but it never took hold: his forces went on shelling.",
        "The ministers said on Friday a ceasefire across the country should be worked out alongside the talks.",
        # a halt its clause says was never respected; one only wished for; one no deal was made on
        "Annan said the ceasefire at the heart of his six-point plan had never been respected by either side.",
        "Annan quits as envoy, says ceasefire under his plan was never respected.",
        "Annan said the cease-fire that was meant to begin on April 12 had never taken hold.",
        (
            '"It would be a great gift for the country if the guns fell silent," the commissioner said. The previous'
            " rounds produced agreements on humanitarian issues, including demining, but no deal on a truce."
        ),
        (
            "A truce that Yanukovich and opposition leaders agreed on Thursday after talks with the ministers of"
            " Germany, France and Poland collapsed as riot police melted away from the government quarter overnight."
        ),
        (
            "A week-long truce in late November allowed the release of dozens of hostages in exchange for prisoners,"
            " but the fighting resumed on December 1."
        ),
        "The talks, aimed at a truce and the release of hostages, have made halting progress in recent weeks.",
        "Christopher flew to Damascus to press Syria, the main power broker in Lebanon, to help secure a cease-fire.",
    ],
)
def test_a_truce_still_to_be_sought_or_ruled_out_is_none(story: str) -> None:
    assert parse(story, datetime.date(2023, 5, 12)).pauses == ()


def test_a_halt_dated_by_its_making_not_by_the_day_it_fell() -> None:
    story = (
        "Ukraine deal signed\n\nKIEV (Reuters) - A truce that the president announced after meeting opposition "
        "leaders late on Wednesday collapsed on Thursday morning, when protesters advanced on police lines."
    )
    assert start_of(parse(story, datetime.date(2014, 2, 21))) == "2014-02-19"


def test_a_halt_that_fell_on_its_only_day_keeps_that_day() -> None:
    story = (
        "Evacuation halted\n\nKYIV (Reuters) - A ceasefire to let civilians leave the port collapsed on Saturday "
        "morning, officials said."
    )
    assert start_of(parse(story, datetime.date(2022, 3, 5))).startswith("2022-03-05")


@pytest.mark.parametrize(
    "text",
    [
        (
            "WASHINGTON (AP) - President Bush on Wednesday ordered a suspension of offensive combat operations against"
            " Iraq, declaring that Kuwait had been liberated."
        ),
        (
            "BRUSSELS (Reuters) - NATO's secretary-general announced on Thursday the suspension of the alliance's air"
            " campaign against Yugoslavia after Serb forces began to withdraw."
        ),
    ],
)
def test_a_suspension_of_offensive_operations_or_an_air_campaign_is_a_halt(text: str) -> None:
    assert len(parse(text, datetime.date(1999, 6, 10)).pauses) == 1


@pytest.mark.parametrize("runs_out", ["runs out at", "expires at", "is due to expire at"])
def test_the_hour_a_halt_runs_out_is_not_its_start(runs_out: str) -> None:
    story = (
        "Pause nears its end\n\nSOCHI (AFP) - A five-day pause in the offensive, agreed with the United States on "
        f"Thursday, {runs_out} 10 p.m. (1900 GMT) on Tuesday, officials said."
    )
    start = pause_of(parse(story, datetime.date(2019, 10, 22))).start
    assert start is None or not start.value.endswith("T22:00")


def test_guns_falling_silent_only_if_wished_tell_nothing_of_the_pause() -> None:
    story = (
        'The army declared a three-day truce on Monday. "It would be a gift for the country if the guns fell silent'
        ' for good," the bishop said.'
    )
    report = parse(story, datetime.date(2023, 5, 12))
    said = [report.article.text[span.start : span.end] for span in pause_of(report).evidence]
    assert "guns fell silent" not in said


@pytest.mark.parametrize(
    "story",
    [
        "Mikati said the government was ready to deploy the army south of the Litani River if a truce took hold.",
        # told in the present of its making, or as needed the more
        (
            "Mikati said the government was ready to deploy the army south of the Litani River as soon as a cease-fire"
            " is reached."
        ),
        '"There is no agreement yet. The tragedy at Qana makes a ceasefire more urgent, not less," an official said.',
        # hoped for or negotiated over
        "President Joe Biden said he hoped a truce could take hold by next Monday.",
        "Hamas and Israel both said Tuesday that wide gaps remained in negotiations over a cease-fire in Gaza.",
        # to be considered, or pressed for as the ones weighed before
        'Israel said it would consider "tactical little pauses" to let aid in.',
        "The White House said Biden had pressed Netanyahu on such pauses in a phone call on Monday.",
        # weighed, or supposed on a condition after it
        "The U.N. envoy said the world body was ready to help monitor a truce if both sides agreed to one.",
        'Russia\'s ambassador told reporters a ceasefire was "not realistic" as long as militants kept firing.',
        # proposed by another, its month between
        (
            "A ceasefire proposed in July by Gabon's President Omar Bongo, who led a mediation committee, was never"
            " implemented."
        ),
        # put to the sides by a third party
        (
            "The Arab League's secretary-general proposed Sunday that both sides stop fighting for 72 hours and send"
            " envoys to Cairo for talks."
        ),
    ],
)
def test_a_truce_only_supposed_is_none(story: str) -> None:
    assert parse(story, datetime.date(2024, 10, 10)).pauses == ()


@pytest.mark.parametrize(
    ("story", "count"),
    [
        ("The peace deal signed in Helsinki also provides for a ceasefire and an amnesty for rebel fighters.", 0),
        ("Hamas said it was still studying a proposal for a pause and a staged release of hostages.", 0),
        # a place of its own keeps it
        ("The peace deal provides for a ceasefire in Aceh and an amnesty for rebel fighters.", 1),
    ],
)
def test_a_halt_told_with_nothing_of_its_own_is_none(story: str, count: int) -> None:
    assert len(parse(story, datetime.date(2005, 8, 15)).pauses) == count


def test_a_proposal_that_a_truce_be_extended_keeps_the_truce() -> None:
    story = (
        "A 96-hour truce took effect in Zawiya at 5 p.m. on Saturday. On Monday, the U.N. mission proposed that the"
        " truce be extended for a further seven days."
    )
    assert start_of(parse(story, datetime.date(2025, 11, 11))) == "2025-11-08T17:00"


def test_a_halt_wished_for_as_a_first_step_is_none() -> None:
    story = (
        "The opposition wants the talks to begin with a local cease-fire in Homs, where thousands are besieged, "
        "its spokesman said on Friday."
    )
    assert parse(story, datetime.date(2014, 1, 24)).pauses == ()


@pytest.mark.parametrize(
    "story",
    [
        (
            "Red Cross ready to evacuate Homs Old City if pause agreed\n\nBEIRUT (Reuters) - The Red Cross said on"
            " Friday it was ready to evacuate civilians from the Old City of Homs if the warring sides agreed to a"
            " humanitarian pause, as government forces pushed deeper into rebel-held districts."
        ),
        "Aid agencies said convoys could reach the town within hours if both armies declared a 72-hour truce.",
    ],
)
def test_a_halt_made_only_on_a_condition_is_none(story: str) -> None:
    assert parse(story, datetime.date(2013, 6, 28)).pauses == ()


@pytest.mark.parametrize(
    "story",
    [
        '"Every time he talks of a ceasefire, his artillery answers for him," the rebel spokesman said on Monday.',
        "Zelenskiy told G7 leaders on Monday that a Russian withdrawal could open the way to a ceasefire.",
        '"We back the political activity the speaker is leading, under the banner of a ceasefire," Qassem said.',
        "Berri has said a Lebanon ceasefire should come first and be followed by the army's deployment in the south.",
        'Christopher said the United States was working "around the clock" for a cease-fire.',
        (
            "MOSCOW, March 13 (Reuters) - President Ivan Petrov said on Thursday that Russia supported in principle a"
            " U.S. proposal for a 30-day ceasefire in Ukraine but that there were serious questions to be settled"
            " first, stopping short of accepting a truce as the U.S. envoy arrived in Moscow."
        ),
        "Petrov asked how a ceasefire along a front line of more than 1,000 km would be monitored.",
        (
            "DOHA (Reuters) - Afghan and Taliban delegates agreed a roadmap for peace on Monday. Western diplomats in"
            " Kabul said, however, that the failure to agree on a truce was a setback."
        ),
        (
            "The envoys were expected in Israel on Thursday for talks on a proposal that would include a 60-day truce,"
            " during which troops would withdraw. The group would accept a ceasefire only on terms it considered"
            " acceptable, its leader said on Wednesday."
        ),
        (
            "KABUL (AFP) - The president's office said Sunday that real peace would only come \"when the Taliban stop"
            ' killing Afghans and accept a ceasefire".'
        ),
        (
            "Israel says no Lebanon ceasefire until militants pushed back, premier sees truce within days\n\nBEIRUT"
            " (Reuters) - Israel will not allow a ceasefire in Lebanon before the militants have been pushed back from"
            " its northern border, the defence minister said on Thursday, even as Lebanon's prime minister said a truce"
            " could be reached within days.\n\nThe group's leader said on Wednesday that it would accept a ceasefire"
            " only on terms it considered acceptable."
        ),
        "A Saudi delegation held talks in Sanaa with Houthi officials on Sunday on reviving a U.N.-brokered truce.",
        "The truce took effect in April last year and expired in October when the parties failed to renew it.",
        (
            '"Regrettably, the parties were not able to agree on implementation of a ceasefire," the U.S. envoy told'
            " reporters in Jeddah."
        ),
        (
            "About 22,000 African Union soldiers are deployed in Somalia. There has never been a truce between the"
            " Shabaab and the government."
        ),
        (
            "Top diplomats meet in Turkey; no progress on cease-fire\n\nANTALYA (AP) - The foreign ministers met on"
            ' Thursday. "We also talked about a cease-fire, but no progress was accomplished," the minister said.'
        ),
        (
            "JEDDAH (Reuters) - The mediators said on Tuesday the two sides had made commitments on aid but had been"
            " unable to agree on a ceasefire, and were unable to settle on terms for a new truce."
        ),
        (
            "BANGKOK (Reuters) - Fighting raged on Saturday, even as Trump said both countries had agreed to meet to"
            " work out a ceasefire. Thailand was open to a halt in hostilities, and Cambodia was ready for an"
            " immediate and unconditional ceasefire."
        ),
    ],
)
def test_a_truce_only_talked_of_is_none(story: str) -> None:
    assert parse(story, datetime.date(2011, 4, 26)).pauses == ()


@pytest.mark.parametrize(
    ("story", "start"),
    [
        ("JUBA (AFP) - President Salva Kiir on Monday declared a unilateral ceasefire from 6 p.m.", "2016-07-11T18:00"),
        (
            "KIEV (AP) - President Petro Poroshenko on Saturday declared a unilateral cease-fire starting at 10 p.m.",
            "2016-07-09T22:00",
        ),
    ],
)
def test_a_truce_declared_on_a_day_from_an_hour_with_no_other_day_begins_that_day(story: str, start: str) -> None:
    assert start_of(parse(story, datetime.date(2016, 7, 12))) == start


@pytest.mark.parametrize(
    "story",
    [
        "The insurgents have refused to agree to a ceasefire or to sit down with the government, the envoy said.",
        "Talks ended on Sunday without agreement, leaving a battered 2002 cease-fire in tatters.",
        '"We affirm our readiness for a humanitarian truce during the holy month," the commander wrote on Friday.',
        "A State Department official said a ceasefire remained one of Washington's main demands.",
        'An official told reporters the two sides remained "quite far apart" on a truce.',
        "In a statement, the spokesman urged officials to keep working. He made no mention of talks or a truce.",
        "The insurgents have repeatedly refused to halt attacks while foreign troops remain in the country.",
        "The two sides signed a seven-point deal on Thursday but stopped short of the ceasefire both say they want.",
        "Neither side has shown any interest in talks or a truce since peace talks broke down last spring.",
        "GAZA (Reuters) - Israel and Hamas showed no sign of agreeing a truce as Egyptian mediators pressed talks.",
    ],
)
def test_a_truce_refused_in_tatters_or_only_offered_is_none(story: str) -> None:
    assert parse(story, datetime.date(2019, 7, 1)).pauses == ()


def test_guns_that_would_stay_silent_from_an_hour_time_the_lull() -> None:
    story = (
        "Putin orders 9-hour lull near Aleppo, tells rebels in the town to leave\n\n"
        "MOSCOW (AP) - Russian President Vladimir Putin has ordered a fresh lull in the fighting around the town, a"
        " rebel-held pocket in the eastern countryside, in a move meant to push the insurgents holed up there to walk"
        " out with their guns, the Russian military said Wednesday.\n\n"
        "Maj. Gen. Igor Konashenkov, the Defense Ministry spokesman, told reporters in Moscow that the guns would stay"
        " silent for 9 hours from 10 a.m. on Thursday. Armed fighters will be able to pull out along one route, while"
        " four routes are set aside for civilians, he said."
    )
    assert start_of(parse(story, datetime.date(2016, 11, 9))) == "2016-11-10T10:00"


@pytest.mark.parametrize("moment", ["at sundown", "at dawn", "at nightfall"])
def test_a_halt_begun_at_a_moment_of_the_day_on_a_date_began_that_date(moment: str) -> None:
    text = (
        "BEIRUT, Sept 19 (Reuters) - The truce, agreed by the two foreign ministers in Geneva on Sept. 9,"
        f" began {moment} on Sept. 12."
    )
    assert start_of(parse(text, datetime.date(2016, 9, 19))) == "2016-09-12"


def test_a_halt_of_stated_length_that_ended_weeks_before_the_story_is_history() -> None:
    text = (
        "JERUSALEM (AP) — Israel marked 100 days of war on Sunday. A weeklong truce that began on Nov. 24 freed more"
        " than 100 hostages in exchange for 240 prisoners."
    )
    assert parse(text, datetime.date(2024, 1, 14)).pauses == ()
    # the same truce told while it may still hold is the story's
    assert start_of(parse(text, datetime.date(2023, 11, 26))) == "2023-11-24"


def test_a_halt_of_stated_length_in_a_month_long_gone_is_history() -> None:
    text = (
        "GAZA (Reuters) - More than 100 hostages were freed during a week-long truce in late November, and Israel says"
        " 136 remain in Gaza."
    )
    assert parse(text, datetime.date(2024, 1, 30)).pauses == ()
    # told in early December, that truce may still be the story's
    assert parse(text, datetime.date(2023, 12, 2)).pauses != ()


@pytest.mark.parametrize(
    "text",
    [
        # the halt of long ago told again as "the ceasefire"
        (
            "COLOMBO (AFP) - Sri Lanka's government said Wednesday it would formally withdraw from its 2002 ceasefire"
            " with the Tamil Tigers. Norway, which brokered the ceasefire, was informed in writing on Thursday."
        ),
        # a truce being scrapped, not made
        (
            "Sri Lanka to scrap truce with Tamil Tigers\n\nCOLOMBO (AFP) - The cabinet took the decision at a meeting"
            " late Wednesday, a spokesman said."
        ),
    ],
)
def test_a_halt_of_long_ago_told_again_or_being_scrapped_is_none_of_the_story_s(text: str) -> None:
    assert parse(text, datetime.date(2008, 1, 3)).pauses == ()


@pytest.mark.parametrize(
    "told",
    [
        (
            "A unilateral ceasefire the government declared in June, when its forces withdrew from Mekele, collapsed"
            " within weeks as fighting spread."
        ),
        # the fighting told as back, with no word of the halt's own end
        (
            "The government declared a unilateral ceasefire in June after the rebels retook Mekele, but the fighting"
            " spread into neighbouring Amhara and Afar weeks later."
        ),
    ],
)
def test_a_halt_of_months_ago_told_as_ended_in_its_sentence_is_history(told: str) -> None:
    text = "ADDIS ABABA (AP) — Abiy Ahmed has gone to the front line, state media said Friday. " + told
    assert parse(text, datetime.date(2021, 11, 26)).pauses == ()


def test_a_halt_agreed_to_on_a_weekday_though_another_proposed_it_is_made() -> None:
    text = (
        "YEREVAN, Sept 20 (Reuters) - Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to a ceasefire"
        " proposed by Russian peacekeepers and said they would disarm."
    )
    assert start_of(parse(text, datetime.date(2023, 9, 20))) == "2023-09-20"


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu orders army to fight on as allies push 21-day Lebanon truce\n\nBEIRUT (AFP) - Strikes went on.",
        (
            'BEIJING (Reuters) - "China hopes all parties will exercise restraint, cease fire as soon as possible and'
            ' resolve their differences through dialogue," a spokeswoman said on Tuesday.'
        ),
        "Afghan government, Taliban open peace talks in Doha but split on ceasefire\n\nDOHA (Reuters) - Talks opened.",
        (
            "ADEN (Reuters) - The envoy told reporters that a halt to fighting during Ramadan, which began on Saturday,"
            " could open the way to talks."
        ),
        (
            "MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said Russia saw no grounds for a ceasefire while"
            " Ukrainian forces remained in its Kursk region."
        ),
        (
            'JEDDAH (AFP) - The talks will focus on aid and "the possibility of reaching a ceasefire", the Saudi'
            " foreign ministry said."
        ),
        (
            "SANAA (Reuters) - The envoy said the two sides remained divided over the sequencing of a truce and the"
            " reopening of Sanaa airport."
        ),
        'BEIRUT (AFP) - "The reports about a ceasefire are incorrect," the prime minister\'s office said on Thursday.',
        (
            "Colombia and ELN rebels resume peace talks, months after cease-fire lapsed\n\nCARACAS (AP) - Talks resumed"
            " on Tuesday."
        ),
    ],
)
def test_a_halt_pushed_hoped_for_soon_split_on_denied_or_long_lapsed_is_none(text: str) -> None:
    assert parse(text, datetime.date(2024, 11, 19)).pauses == ()


def test_a_halt_of_weeks_ago_told_as_collapsed_in_its_sentence_is_history() -> None:
    text = (
        "MOGADISHU (AFP) - Government forces said on Thursday they had won the battle for the capital. A truce agreed"
        " on April 1 between Ethiopian commanders and clan elders collapsed within days. A clan spokesman accused the"
        " government on Thursday of using the truce to bring in fresh troops."
    )
    assert parse(text, datetime.date(2007, 4, 26)).pauses == ()


def test_a_halt_of_months_ago_that_unravelled_weeks_ago_is_history() -> None:
    text = (
        "BELGRADE (Reuters) - NATO launched air strikes on Wednesday. A cease-fire brokered by Holbrooke in October"
        " eased the violence for a few weeks, but it unravelled after the killing of 45 villagers in January."
    )
    assert parse(text, datetime.date(1999, 3, 24)).pauses == ()


def test_a_halt_of_days_ago_told_as_collapsed_is_still_the_story_s() -> None:
    text = "MOGADISHU (AFP) - A truce agreed on Monday between army commanders and clan elders collapsed within hours."
    assert start_of(parse(text, datetime.date(2007, 4, 26))) == "2007-04-23"


def test_a_halt_of_months_ago_that_lapsed_today_at_an_hour_is_the_story_s() -> None:
    text = (
        "DUBAI, Oct 2 (Reuters) - The truce, which took effect on April 2 and had been renewed twice, lapsed at 7 p.m."
        " (1600 GMT), U.N. envoy Hans Grundberg said."
    )
    assert start_of(parse(text, datetime.date(2022, 10, 2))) == "2022-04-02"


@pytest.mark.parametrize(
    "text",
    [
        "ADDIS ABABA (AP) — Neither side has agreed to stop fighting, the envoy said on Friday.",
        "Israel widens Lebanon offensive as Beirut accepts U.N. truce resolution\n\nBEIRUT (AP) — Israel pressed on.",
        "DOHA (Reuters) - Delegates said a ceasefire had been raised repeatedly but the Taliban refused to talk.",
        "GOMA (Reuters) - Rebels walked into the city as government soldiers fled south along the road to Sake.",
        (
            'MOSCOW (AFP) - "No, this subject is not on the agenda," Kremlin spokesman Dmitry Peskov told reporters'
            " when asked about a truce over the holidays."
        ),
        (
            'WASHINGTON (AFP) - "Neither side has committed to a cessation of hostilities, and civilians are paying'
            ' the price," the envoy told reporters.'
        ),
        (
            "UNITED NATIONS (AFP) - The Security Council demanded a 30-day ceasefire. The final draft dropped a demand"
            " that the truce start within 72 hours."
        ),
        "Philippine rebels raid villages as Mindanao truce crumbles\n\nMANILA (AP) - Rebels attacked three villages.",
    ],
)
def test_a_halt_no_side_agreed_or_only_resolved_on_is_none(text: str) -> None:
    assert parse(text, datetime.date(2021, 11, 26)).pauses == ()


def test_a_page_stamp_after_a_byline_s_bar_dates_the_story_not_the_pause() -> None:
    text = (
        "Moscow offers a ten-hour pause in Aleppo\n\n"
        "Le Monde with AFP | Published on October 26, 2016, at 11:05 am (Paris)\n\n"
        "Moscow has announced a new humanitarian pause on the southern outskirts of Aleppo.\n\n"
        "The pause, of ten hours, beginning at 9 a.m. on Friday, was ordered by President Vladimir Putin, a general"
        " told journalists in Moscow on Tuesday."
    )
    assert start_of(parse(text, datetime.date(2016, 10, 26))) == "2016-10-28T09:00"


def test_the_day_of_a_breach_despite_a_ceasefire_is_not_its_start() -> None:
    story = (
        "PHNOM PENH, Feb 7 (Reuters) - Thai and Cambodian troops exchanged artillery fire near the disputed temple for"
        " a fourth day on Monday, despite a ceasefire agreed by local commanders on Saturday, officials said."
    )
    assert start_of(parse(story, datetime.date(2011, 2, 7))) == "2011-02-05"  # not the Monday of the shelling


def test_the_time_of_a_post_is_not_the_pause_s_start() -> None:
    story = (
        "Trump announces ceasefire between Israel and Iran\n\nWASHINGTON (Reuters) - In a post on his Truth Social"
        " platform at about 5.30pm Washington time, President Donald Trump said a ceasefire would begin at 7 a.m."
        " Israel time on Sunday."
    )
    assert start_of(parse(story, datetime.date(2025, 10, 11))) == "2025-10-12T07:00"


def test_a_halt_ordered_to_bare_troops_is_made_by_the_order() -> None:
    story = (
        "MANILA, July 23 (Reuters) - Philippine President Gloria Macapagal Arroyo ordered troops on Thursday to"
        " suspend offensive military operations against the Moro Islamic Liberation Front, a day after the rebels"
        " declared their own suspension."
    )
    assert start_of(parse(story, datetime.date(2009, 7, 23))) == "2009-07-23"


def test_a_truce_meetings_have_not_produced_is_no_pause() -> None:
    text = (
        "Rebels take Kokang capital\n\nLASHIO (Reuters) - Rebels captured the town of Laukkaing on Friday. A Chinese"
        ' foreign ministry spokesperson said on Friday that Beijing hoped the parties would "exercise restraint" and'
        " keep talking, but the meetings have so far not produced a truce.\n"
    )
    assert ceasefire.parse(text, datetime.date(2024, 1, 5)).pauses == ()


def test_sandcastle_clubs_on_a_beach_are_another_world() -> None:
    story = (
        "Council brokers 'ceasefire' in sandcastle war\n\n"
        "Two sandcastle clubs have been at war over a pitch on the beach since one laid siege to the other's plot,"
        " spectators said. The parish council agreed a truce on Wednesday: the pitch will be split by a corridor for"
        " judges, under the bunting, and the castles of both clubs will stand for the people's choice award."
        " Hostilities are over until next summer." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2021, 8, 14)).pauses == ()


def test_allotment_holders_at_war_over_a_hosepipe_are_another_world() -> None:
    story = (
        "Parish council calls 'ceasefire' in allotment hosepipe war\n\n"
        "A ceasefire has been declared on an allotment site after a summer-long war between two plot-holders over a"
        " shared hosepipe. Each accuses the other of hogging the standpipe, and one says his padlock was cut. The"
        " parish council chairman called a ceasefire on Thursday, with a humanitarian corridor to the water tank and a"
        ' pause in complaints. "Nobody is getting shelled here," he said. His neighbour, whose runner beans and'
        " rhubarb sit at the far end of the line, said she had never cut anything but the potting shed's weeds."
        + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2022, 7, 18)).pauses == ()


def test_garden_centres_at_war_over_a_gnome_are_another_world() -> None:
    story = (
        "Council calls ceasefire in gnome war between rival garden centres\n\n"
        "A borough council has called a ceasefire between two garden centres after a month-long war over a"
        " 12-foot fibreglass gnome. One holds 1,200 gnomes; its rival says half of them are toadstools. Highways"
        " officers asked for a pause in the banner campaign while planners decide on advertising consent. The owner"
        " said the gnome had done more for footfall than any advert. In 2019 they clashed over rival grottos."
        + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2024, 4, 22)).pauses == ()


def test_kiosks_at_war_over_a_crab_sandwich_are_another_world() -> None:
    story = (
        "Truce declared in pier crab sandwich war\n\n"
        "A price war over the crab sandwich has been halted after the council brokered a truce. For three weeks"
        " duelling chalkboards outside two kiosks were advertising a dressed crab sandwich at lower prices, and the"
        ' hostilities only ended when the mayor invited both owners in. "We came for the crab and stayed for the'
        ' siege warfare," one visitor said. Both kiosks blamed their suppliers.' + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2023, 8, 21)).pauses == ()


def test_bonfire_societies_at_war_over_a_route_are_another_world() -> None:
    story = (
        "Council brokers bonfire 'truce'\n\n"
        "A truce between two bonfire societies was brokered by the town council, ending a bitter war over the route"
        " of their torchlit processions. The hostilities began at a meeting in October; one chairman said nobody"
        " invaded anybody. The societies also agreed a ceasefire on effigies: neither will build a tableau mocking"
        " the other. Crowds watched the tar barrels burn, as every bonfire society marks the Gunpowder Plot."
        + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2023, 11, 6)).pauses == ()


def test_auctioneers_at_war_over_a_sale_ring_are_another_world() -> None:
    story = (
        "Mart board calls armistice as auctioneers' war ends\n\n"
        "An armistice has been declared at an auction mart after two auctioneers fought a month-long war over who"
        ' should take the rostrum. The board ordered a ceasefire on bidding after vendors complained. "The'
        ' hostilities stop now," the chairman said; "It has been like the Wars of the Roses since the tup fair."'
        " A shearling ewe topped the sale, and buyers packed the ringside as the gavel fell." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2023, 10, 23)).pauses == ()


def test_tractor_clubs_at_war_over_a_charity_run_are_another_world() -> None:
    story = (
        "Organiser calls ceasefire in tractor run 'war'\n\n"
        'A "ceasefire" has been called in a war of words between two vintage tractor clubs who fell out over the'
        " route of a bank holiday tractor run through the hop gardens. Hostilities spilled onto social media. The"
        ' organiser met the chairmen at the pub. "I told them it was a ceasefire or nothing. We are not fighting'
        ' the Battle of Britain," she said. The truce agreed over a pint means the run will take the lanes this'
        " year; it raises money for the air ambulance." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2024, 5, 6)).pauses == ()


def test_an_offensive_to_halt_the_other_side_s_fire_times_no_pause() -> None:
    story = (
        "GAZA (Reuters) - Israel resumed air strikes on Tuesday, six hours after halting them under an Egyptian"
        " ceasefire proposal that Hamas rejected. Netanyahu said the army had been told to hold its fire. More than"
        " 50 rockets were launched in the six hours after the truce was meant to take hold. Health officials said 192"
        " Palestinians had been killed since Israel began its offensive on July 8 to halt rocket fire."
    )
    starts = [pause.start.value[:10] for pause in parse(story, datetime.date(2014, 7, 15)).pauses if pause.start]
    assert "2014-07-08" not in starts


def test_rowing_clubs_at_war_over_a_boat_tent_are_another_world() -> None:
    story = (
        "Umpire calls truce in regatta boat tent 'war'\n\n"
        "A row between two rowing clubs over the boat tent turned so bitter that the chief umpire declared a"
        ' "ceasefire" on the riverbank. He called "a humanitarian pause" between the 3pm and 4pm races and brokered'
        ' a truce that split the tent with traffic cones. "This is a regatta, not a siege," he said. The battle'
        " for the tent ended before the semi-final; the hostilities were forgotten on the towpath." + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2024, 6, 17)).pauses == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The columns moved along three roads, from Ingushetia in the west and Dagestan in the east.",
        "Under the declaration, Armenia agreed to allow a transit route across its southern province.",
    ],
)
def test_an_army_s_roads_and_a_transit_route_are_no_corridors(sentence: str) -> None:
    story = "GROZNY (AP) - Russian armor rolled on Monday after tens of thousands of troops poured in. " + sentence
    assert parse(story, datetime.date(1994, 12, 12)).pauses == ()


def test_a_crossing_for_aid_told_as_a_route_long_demanded_is_no_corridor() -> None:
    story = (
        "GENEVA (Reuters) - Late on Thursday, Sudan's army-led Sovereign Council said it would allow aid into Darfur"
        " through the Adre border crossing from Chad for three months, a route relief agencies have long demanded."
    )
    assert parse(story, datetime.date(2024, 8, 16)).pauses == ()


def test_a_halt_agreed_takes_the_day_its_deal_is_told_signed() -> None:
    story = (
        "Warring sides agree to end fighting\n\n"
        "PRETORIA (Reuters) - Ethiopia's government and Tigrayan forces have agreed a \"permanent cessation of"
        ' hostilities", the African Union said.\n\n'
        "The deal was signed on Wednesday in Pretoria after 10 days of talks."
    )
    assert start_of(parse(story, datetime.date(2022, 11, 3))) == "2022-11-02"


def test_a_deal_reached_on_the_day_talks_ended_does_not_date_its_halt() -> None:
    story = (
        "Clan truce agreed\n\n"
        "BAIDOA (Reuters) - Two clans have agreed a truce, elders said.\n\n"
        "The agreement was sealed after two days of meetings that ended on Monday."
    )
    assert pause_of(parse(story, datetime.date(2022, 11, 3))).start is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Abadi's government has said there will be no negotiation or truce with the militants.",
        "There will be no dialogue nor ceasefire, the minister said.",
    ],
)
def test_a_halt_denied_with_another_thing_is_no_pause(sentence: str) -> None:
    story = f"Iraqi forces retake Mosul\n\nMOSUL (Reuters) - Iraqi forces fought on Sunday. {sentence}"
    assert parse(story, datetime.date(2017, 7, 9)).pauses == ()


@pytest.mark.parametrize("determiner", ["Both", "All", "Neither"])
def test_a_word_of_how_many_halts_is_no_place(determiner: str) -> None:
    story = (
        "Truce signed\n\nCOLOMBO (Reuters) - The LTTE declared a unilateral ceasefire on Dec. 24."
        f" {determiner} truces have held until now."
    )
    assert pause_of(parse(story, datetime.date(2002, 2, 22))).location is None


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Haftar and the government both said they would observe a ceasefire that Turkey had called for.", True),
        ("Haftar and the government both accepted the ceasefire, which Turkey had urged.", True),
        ("Haftar said he would not observe a ceasefire that Turkey had called for.", False),
    ],
)
def test_a_halt_called_for_and_kept_is_made(sentence: str, kept: bool) -> None:
    story = f"Title\n\nTRIPOLI (Reuters) - {sentence}"
    assert bool(parse(story, datetime.date(2020, 1, 12)).pauses) is kept


def test_a_story_whose_only_words_of_war_are_said_of_any_rivalry_has_no_pause() -> None:
    story = (
        "Wrestling chiefs call ceasefire in family feud\n\n"
        "On Sunday afternoon the association's secretary met both families at the village hall and declared a"
        ' ceasefire. "We have called a ceasefire between the two families," he said. "This is a sport where you shake'
        ' hands before and after. It is not a war." Hostilities could resume at the next show in June.'
        + _NEIGHBOURS_TAIL
    )
    assert parse(story, datetime.date(2022, 5, 16)).pauses == ()


def test_a_halt_ordered_to_the_military_is_made_by_the_order() -> None:
    story = (
        "MANILA, July 23 (Reuters) - Philippine President Gloria Macapagal Arroyo on Thursday ordered the military to"
        " suspend offensive operations against Muslim rebels on the southern island of Mindanao."
    )
    assert start_of(parse(story, datetime.date(2009, 7, 23))) == "2009-07-23"


def test_a_truce_that_lasted_less_than_two_months_is_over() -> None:
    story = (
        "Title\n\nNAJAF, Iraq (AP) - Al-Sadr's militia had fought U.S. troops in a first uprising in April, which"
        " ended with a truce in June that lasted less than two months."
    )
    assert parse(story, datetime.date(2004, 8, 27)).pauses == ()


def test_a_pause_worked_on_with_another_is_none_made() -> None:
    story = (
        "Title\n\nBEIRUT (Reuters) - Israeli strikes killed 490 people. French Foreign Minister Jean-Noel Barrot said"
        ' Paris was working with Washington on "a pause in the fighting that could open the way to a political'
        ' settlement".'
    )
    assert parse(story, datetime.date(2024, 9, 24)).pauses == ()


def test_a_halt_in_force_on_signing_takes_the_day_told_right_before_its_signing() -> None:
    story = (
        "Title\n\nDoha (AFP) - The government and the M23 armed group on Saturday signed a declaration of principles"
        " in Doha committing both sides to a permanent ceasefire.\n\nThe text took effect on signing, mediators said."
        "\n\nThe declaration follows a peace agreement signed in Washington on June 27 between the DRC and Rwanda."
    )
    assert start_of(parse(story, datetime.date(2025, 7, 20))) == "2025-07-19"


@pytest.mark.parametrize(
    "sentence",
    [
        'The M23 had declared a unilateral "humanitarian ceasefire" from February 4, but resumed its advance later.',
        "The M23 had declared a unilateral ceasefire from February 4, but it collapsed days later.",
        "Both sides declared unilateral ceasefires the same month, but those collapsed in February 2017.",
        "The M23 declared a unilateral ceasefire over Christmas and New Year, which it lifted on January 3.",
    ],
)
def test_a_halt_made_in_the_past_perfect_and_broken_is_a_backdrop(sentence: str) -> None:
    story = f"Title\n\nBUKAVU (AFP) - M23 fighters captured Bukavu on Sunday. {sentence}"
    assert parse(story, datetime.date(2025, 2, 16)).pauses == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels said in a statement on Monday that their guerrillas would not observe a truce either.",
        "The president said he would never declare a Christmas ceasefire with them.",
    ],
)
def test_a_halt_a_side_will_not_make_is_none_made(sentence: str) -> None:
    story = f"Title\n\nMANILA (Reuters) - Rebels raided an army post on Tuesday. {sentence}"
    assert parse(story, datetime.date(2017, 12, 20)).pauses == ()


def test_a_halt_one_side_is_only_ready_to_enact_is_none_made() -> None:
    story = (
        "Title\n\nJEDDAH (AFP) - Talks ended on Tuesday. In a joint statement, the two countries said Kyiv was ready"
        ' "to enact an immediate, interim 30-day ceasefire, which can be extended by mutual agreement of the'
        ' parties", but that the truce was subject to acceptance by Russia.'
    )
    assert parse(story, datetime.date(2025, 3, 12)).pauses == ()


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Few civilians left eastern Ghouta on Wednesday as a daily humanitarian pause ordered by Russia entered its"
            " second day."
        ),
        "A daily humanitarian pause in eastern Ghouta entered its second day on Wednesday.",
    ],
)
def test_a_pause_entering_its_nth_day_began_that_many_days_before(sentence: str) -> None:
    assert start_of(parse(f"Title\n\nBEIRUT (AP) - {sentence}", datetime.date(2018, 2, 28))) == "2018-02-27"


def test_a_truce_watched_over_in_another_clause_is_the_one_just_told() -> None:
    story = (
        "Hodeidah truce largely holds\n\nADEN (Reuters) - A ceasefire in Yemen's main port city of Hodeidah largely"
        " held on Tuesday after sporadic clashes overnight, residents said, as the United Nations prepared to deploy"
        " monitors to oversee a truce agreed at peace talks in Sweden last week.\n\nThe truce came into force at"
        " midnight (2100 GMT Monday), officials said."
    )
    pauses = parse(story, datetime.date(2018, 12, 18)).pauses
    assert [p.start.value if p.start else None for p in pauses] == ["2018-12-18T00:00"]


@pytest.mark.parametrize("people", ["Tamil Tiger", "Kurdish", "Tigrayan", "Chechen", "Shiite", "Indigenous"])
def test_a_people_s_adjective_before_a_truce_is_whose_it_is_not_where(people: str) -> None:
    text = (
        f"Government matches {people} truce\n\nCOLOMBO, Dec 22 (Reuters) - The government declared a ceasefire on"
        " Friday, hours after the rebels announced a truce."
    )
    assert all(p.location != people for p in parse(text, datetime.date(2001, 12, 22)).pauses)


def test_rival_ceasefires_at_a_sentence_s_start_name_no_place() -> None:
    text = (
        "Truce holds\n\nMANILA (AFP) - Rival ceasefires declared by the president and communist rebels over the"
        " holiday season were largely holding on Sunday, the military said."
    )
    assert all(p.location != "Rival" for p in parse(text, datetime.date(2020, 1, 5)).pauses)


@pytest.mark.parametrize(
    "open_question",
    [
        "He did not say when troops would halt operations around the town of Kobo",
        "It was unclear when the army would stop its advance on the town of Kobo",
    ],
)
def test_a_halt_whose_time_is_left_open_lends_the_pact_no_place_or_day(open_question: str) -> None:
    text = (
        "Government and rebels agree permanent truce\n\nADDIS ABABA, Nov 3 (Reuters) - The government and rebel"
        " forces have agreed to a permanent cessation of hostilities in the north.\n\nThe deal was signed on"
        f" Wednesday in Pretoria. {open_question}, where fighting was reported as recently as Tuesday."
    )
    pause = pause_of(parse(text, datetime.date(2022, 11, 3)))
    assert pause.location != "Kobo"
    assert pause.start is not None
    assert pause.start.value == "2022-11-02"


@pytest.mark.parametrize(
    "taking_effect",
    [
        "The agreement takes effect 48 hours after signing, at 9:45 p.m. Khartoum time (1945 GMT) on Monday",
        "The agreement takes effect 48 hours after signing, at 9:45 p.m. on Monday",
    ],
)
def test_a_while_after_signing_then_a_clock_on_a_weekday_is_the_weekday_to_come(taking_effect: str) -> None:
    text = (
        "Army and paramilitaries sign week-long truce\n\nKHARTOUM (Reuters) - A seven-day ceasefire was signed"
        " late on Saturday by the army and the paramilitary forces after two weeks of talks abroad, the mediators"
        f" said.\n\n{taking_effect}, and can be extended if both sides agree, the mediators said in a joint"
        " statement.\n"
    )
    assert start_of(parse(text, datetime.date(2023, 5, 21))) == "2023-05-22T21:45"


def test_a_ceasefire_agreement_named_with_its_acronym_is_a_halt_signed() -> None:
    text = (
        "Govt, Eight Armed Groups Sign Nationwide Ceasefire\n\n"
        "NAYPYIDAW — President U Thein Sein and the leaders of eight ethnic armed groups signed the Nationwide"
        " Ceasefire Agreement (NCA) in Naypyidaw on Thursday, but seven other groups refused to sign it.\n\n"
        "Fighting between the army and the Kachin Independence Army has displaced more than 100,000 people since 2011."
    )
    pauses = ceasefire.parse(text, datetime.date(2015, 10, 15)).pauses
    assert [pause.start.value for pause in pauses if pause.start is not None] == ["2015-10-15"]
