"""The numbers and figures stages: every way of writing a quantity, its bound, unit, category and source."""

from __future__ import annotations

import pytest

import ceasefire
from ceasefire import Bound, Figure, FigureCategory


def figures(text: str) -> tuple[Figure, ...]:
    return ceasefire.parse(text).figures


def only(text: str) -> Figure:
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "bound"),
    [
        ("At least 1,200 people were killed.", 1200, Bound.AT_LEAST),
        ("More than 10 million people were displaced.", 10_000_000, Bound.AT_LEAST),
        ("Nearly 40,000 people were displaced.", 40_000, Bound.AT_MOST),
        ("Up to 500 people were trapped.", 500, Bound.AT_MOST),
        ("About 2 million people were displaced.", 2_000_000, Bound.APPROX),
        ("An estimated 1.5 million people were displaced.", 1_500_000, Bound.APPROX),
        ("Twenty-five civilians were wounded.", 25, Bound.EXACT),
        ("A dozen civilians were wounded.", 12, Bound.EXACT),
        ("More than a quarter of a million people have been killed.", 250_000, Bound.AT_LEAST),
        ("Some 300 hostages were released.", 300, Bound.APPROX),
        ("The death toll tops 400 people killed.", 400, Bound.AT_LEAST),
        ("The number of people killed climbed above 300.", 300, Bound.AT_LEAST),
        ("The toll of civilians killed has exceeded 1,000.", 1000, Bound.AT_LEAST),
        ("The number of people displaced stood just short of 5,000.", 5000, Bound.AT_MOST),
        ("The death toll from the quake passes 3,600 people.", 3600, Bound.AT_LEAST),
        ("More than three and a half million people have been displaced.", 3_500_000, Bound.AT_LEAST),
        ("About 2 and a half thousand people were displaced.", 2500, Bound.APPROX),
        ("The suit seeks $6.5-million in damages for the families.", 6_500_000, Bound.EXACT),
    ],
)
def test_values_and_bounds(text: str, value: float, bound: Bound) -> None:
    figure = only(text)
    assert (figure.value, figure.bound) == (value, bound)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Hundreds of civilians were killed.", 200, 999),
        ("Tens of thousands of people were displaced.", 20_000, 99_999),
        ("Dozens of people were wounded.", 24, 99),
        ("Between 5 and 10 fighters were killed.", 5, 10),
    ],
)
def test_vague_amounts_are_ranges(text: str, low: int, high: int) -> None:
    figure = only(text)
    assert (figure.low, figure.high) == (low, high)
    assert figure.value == low


@pytest.mark.parametrize(
    ("text", "category", "unit"),
    [
        ("The U.N. estimates 275,000 people are trapped inside.", FigureCategory.TRAPPED, "people"),
        ("The quake killed more than 3,000 people and injured 4,500.", FigureCategory.KILLED, "people"),
        ("Seventeen hostages were handed over to the Red Cross.", FigureCategory.RELEASED, "people"),
        ("About 200 aid trucks entered the enclave.", FigureCategory.AID, "trucks"),
        ("Russia ceased air strikes for 16 days.", FigureCategory.DURATION, "days"),
        ("It is the focal point of the six-year war.", FigureCategory.DURATION, "years"),
        ("Civilians may leave via two special corridors.", FigureCategory.COUNT, "corridors"),
        ("More than 20 million Yemenis need food aid.", FigureCategory.AID, "people"),  # people in need of aid
        # a bare number of thousands before a verb of need: people, in need
        ("Nearly 18 million face acute hunger, the U.N. says.", FigureCategory.OTHER, "people"),
        ("More than 80,000 still need food aid, according to the WFP.", FigureCategory.AID, "people"),
        ("The army said it would deploy 5,000 soldiers to the border.", FigureCategory.COUNT, "people"),
        ("MSF teams gave more than 11,000 medical consultations.", FigureCategory.AID, "consultations"),
        ("UNICEF delivered 9,500 hygiene kits to the camps.", FigureCategory.AID, "kits"),
        ("The ministry distributed 3,500 food packs to evacuees.", FigureCategory.AID, "packs"),
        # people named by their role, with no fate, are counted; people alone are not
        ("Eighteen engineers joined the repair team.", FigureCategory.COUNT, "people"),
        ("About 1,900 workers, among them crane drivers, have staged walkouts.", FigureCategory.COUNT, "people"),
        ("Some 500 people live in the camp.", FigureCategory.OTHER, "people"),
        ("The accord was signed by eight ethnic armed groups in the capital.", FigureCategory.COUNT, "groups"),
        ("The lane is kept clear so that thousands of shoppers can get through.", FigureCategory.COUNT, "people"),
        ("Nine shoppers were killed when the shell hit the market.", FigureCategory.KILLED, "people"),
        ("Monitors recorded 734 violations on the first day.", FigureCategory.COUNT, "violations"),
        ("The ship carried 20 sailors and its cargo.", FigureCategory.OTHER, "people"),
        ("The group has an estimated 2,500 fighters.", FigureCategory.COUNT, "people"),
        ("At least 40 fighters were killed in the clashes.", FigureCategory.KILLED, "people"),
        ("Both sides also agreed to exchange some 15,000 prisoners.", FigureCategory.RELEASED, "people"),
        ("About 500 police officers were deployed to escort the convoys.", FigureCategory.COUNT, "people"),
        # what is counted named before the number, after "the number of"
        ("UN figures put the number of foreign fighters there at about 20,000.", FigureCategory.COUNT, "people"),
        ("Officials put the number of mercenaries at 7,000.", FigureCategory.COUNT, "people"),
    ],
)
def test_category_and_unit(text: str, category: FigureCategory, unit: str) -> None:
    figure = figures(text)[0]
    assert (figure.category, figure.unit) == (category, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The truce began on Nov. 4, 2016 at 9 a.m.",
        "Resolution 2254 was adopted in 2015.",
        "Fighting resumed at 0700 GMT on 4 November.",
        "Route 1 runs to the coast.",
        "Russia promised a ceasefire on May 5, 6 and 7 for the civilians still trapped.",
        "Talks were held on 5, 6 and 7 May in Geneva.",
        "Measles vaccines will also go to children under five.",
        "People over 60 were evacuated first.",
        "Two need surgery, the hospital said.",  # a few, not a crowd: what need is not told
    ],
)
def test_dates_times_years_and_labels_are_not_figures(text: str) -> None:
    assert figures(text) == ()


def test_source_from_according_to() -> None:
    report = ceasefire.parse("More than 10 million people were displaced, according to UN figures.")
    (figure,) = report.figures
    assert figure.source is not None
    assert report.actor(figure.source).name == "United Nations"


def test_ellipsis_takes_the_unit_before() -> None:
    found = figures("More than 250,000 people have been killed and more than 10 million displaced.")
    assert [(f.value, f.unit, f.category) for f in found] == [
        (250_000, "people", FigureCategory.KILLED),
        (10_000_000, "people", FigureCategory.DISPLACED),
    ]


def test_repeated_definite_figure_counts_once() -> None:
    found = figures("Rebels may leave via two corridors. Troops pulled back from the two corridors.")
    assert [f.value for f in found] == [2]


def test_a_verb_after_the_first_figure_takes_its_unit() -> None:
    found = figures("Rockets killed at least 12 people and wounding about 30, officials said.")
    assert [(f.value, f.category, f.unit) for f in found] == [
        (12, FigureCategory.KILLED, "people"),
        (30, FigureCategory.WOUNDED, "people"),
    ]


def test_a_duration_is_not_carried_to_a_later_number() -> None:
    """The ellipsis rule gives people, not hours: "a 72-hour truce as the death toll tops 400"."""
    text = "The sides agreed to a 72-hour truce as the death toll tops 400 killed."
    toll = next(f for f in figures(text) if f.value == 400)
    assert (toll.unit, toll.category, toll.bound) == ("people", FigureCategory.KILLED, Bound.AT_LEAST)


def test_the_verb_nearest_before_the_number_gives_its_category() -> None:
    found = figures("The siege has killed 200 and wounded 500.")
    assert [(f.value, f.category) for f in found] == [(200, FigureCategory.KILLED), (500, FigureCategory.WOUNDED)]


def test_a_relative_clause_ends_at_its_comma() -> None:
    """In "which has about 5,800 fighters," fighters are counted; the killing after it is another matter."""
    text = "The ELN, which has about 5,800 fighters, was blamed for a car bomb attack in 2019 that killed 22 people."
    fighters, killed = figures(text)
    assert (fighters.value, fighters.category, fighters.evidence.end - fighters.evidence.start) == (
        5800,
        FigureCategory.COUNT,
        len("about 5,800 fighters"),
    )
    assert (killed.value, killed.category) == (22, FigureCategory.KILLED)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Hamas freed at least 50 hostages in exchange for 150 Palestinian prisoners.", 150, FigureCategory.RELEASED),
        ("Hamas handed 17 hostages, among them 14 Israelis, to the Red Cross.", 14, FigureCategory.RELEASED),
        ("The coalition freed 14 hostages on Tuesday, among them two nurses.", 2, FigureCategory.RELEASED),
        (
            "At least 2,790 people were killed and 12,700 wounded, including 163 health workers killed.",
            163,
            FigureCategory.KILLED,
        ),
        ("At least 37 were killed and 52 injured, including nine children among the dead.", 9, FigureCategory.KILLED),
        (
            "The violence spread, killing thousands of people and displacing millions.",
            2_000_000,
            FigureCategory.DISPLACED,
        ),
    ],
)
def test_the_nearest_category_before_a_number_that_is_not_another_numbers_unit(
    text: str, value: int, category: FigureCategory
) -> None:
    figure = next(f for f in figures(text) if f.value == value)
    assert figure.category is category


def test_two_groups_fighting_are_the_two_sides_not_a_count() -> None:
    assert figures("Clashes broke out on Monday between two rival clan militias over grazing land.") == ()


def test_a_mother_of_five_counts_no_one() -> None:
    text = '"We live in fear," said Jeanne Mapendo, a mother of five who fled to Goma last year.'
    assert figures(text) == ()


def test_a_rate_is_no_unit_and_kills_is_killing() -> None:
    """In "kills 12 a day into the truce", 12 people were killed; "a day" is no unit of theirs."""
    (figure,) = figures("Shelling near Goma kills 12 a day into the truce.")
    assert (figure.value, figure.unit, figure.category) == (12, "people", FigureCategory.KILLED)


def test_an_inclusion_between_commas_does_not_end_the_clause() -> None:
    total = figures("More than 1,000 people, including dozens of civilians, have been killed.")[0]
    assert (total.value, total.category) == (1000, FigureCategory.KILLED)


def test_a_long_mention_before_said_is_the_source() -> None:
    """The whole titled name need not fit the window before the verb: its end does."""
    text = "Ukrainian Defense minister Oleksii Reznikov said Monday that the assault had killed hundreds of civilians."
    report = ceasefire.parse(text)
    (figure,) = report.figures
    assert figure.source is not None
    assert report.actor(figure.source).name == "Oleksii Reznikov"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Nearly 40,000 people have fled El Fasher since the siege tightened in May.", FigureCategory.DISPLACED),
        ("Some 1.7 million people have fled their homes across the province.", FigureCategory.DISPLACED),
        ("The army said some 50,000 people moved south on Wednesday.", FigureCategory.DISPLACED),
        ("More than 60,000 fighters and civilians boarded buses from eastern Ghouta.", FigureCategory.EVACUATED),
        (
            "Since Friday, when a temporary truce was declared, more than 1,100 people have fled the city.",
            FigureCategory.EVACUATED,
        ),
    ],
)
def test_fleeing_is_displacement_unless_the_way_out_was_the_pause(text: str, category: FigureCategory) -> None:
    (figure,) = figures(text)
    assert figure.category is category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The M23 briefly seized Goma, a city of about 1 million people on the border.", FigureCategory.OTHER),
        ("But the rebels are still holding at least 30 people, according to the government.", FigureCategory.HOSTAGES),
        # people seized by their captors, not a town or power seized near a count
        ("Parents searched for more than 200 schoolgirls seized by suspected gunmen.", FigureCategory.HOSTAGES),
        ("Some 1,800 soldiers moved into Kidal, where special forces seized the airport.", FigureCategory.COUNT),
    ],
)
def test_a_population_is_no_one_befallen_and_still_holding_is_hostage_taking(
    text: str, category: FigureCategory
) -> None:
    (figure,) = figures(text)
    assert figure.category is category


def test_officials_say_is_a_source() -> None:
    report = ceasefire.parse("Ukrainian officials say at least 17 civilians have been killed there since October.")
    (figure,) = report.figures
    assert figure.source is not None


def test_the_toll_is_of_the_dead() -> None:
    (figure,) = figures("The monitor put the toll at 34.")
    assert (figure.value, figure.category) == (34, FigureCategory.KILLED)


def test_number_words_in_a_row_that_make_no_one_number_are_none() -> None:
    """In "each one three hours in advance", "one three" is no 4."""
    assert all(f.value != 4 for f in figures("Israel will announce each one three hours in advance."))


def test_a_headline_figure_takes_no_noun_from_the_dateline_below() -> None:
    text = (
        "Gaza death toll passes 10,000\n\nUNITED NATIONS, Nov 6 (Reuters) - More than 10,000 Palestinians "
        "have been killed, the health ministry said."
    )
    assert [(f.value, f.unit) for f in figures(text)] == [(10_000, "people")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Planes dropped 8,000 ready-to-eat meals over the mountain.", (8_000, "meals", FigureCategory.AID)),
        ("Two C-130 transport aircraft flew over the mountain.", (2, "aircraft", FigureCategory.COUNT)),
        ("Troops seized 18 AK-47 rifles in the raid.", (18, "rifles", FigureCategory.COUNT)),
    ],
)
def test_words_hyphened_into_one_stand_between_a_number_and_its_noun(
    text: str, expected: tuple[int, str, FigureCategory]
) -> None:
    figure = only(text)
    assert (figure.value, figure.unit, figure.category) == expected


def test_a_number_s_own_hyphened_unit_is_still_read_word_by_word() -> None:
    figure = only("The town burned in the seven-week-old battle.")
    assert (figure.value, figure.unit) == (7, "weeks")


def test_a_people_count_before_as_takes_no_noun_after_it() -> None:
    figure = only(
        "Fighting on the plain killed at least 27 as Burundian-backed militias tried to push the rebels back."
    )
    assert (figure.value, figure.category) == (27, FigureCategory.KILLED)


def test_bundles_dropped_are_aid() -> None:
    assert (only("Cargo planes dropped 84 bundles over the mountain.").category) is FigureCategory.AID


@pytest.mark.parametrize(
    "text",
    [
        "The war has killed tens of thousands of people and driven more than 6 million Ukrainians abroad.",
        "The offensive has driven about 12,000 people from villages around the town.",
        "The war has killed 370,000 people and driven 5.6 million to seek refuge abroad.",
    ],
)
def test_people_driven_out_are_displaced(text: str) -> None:
    assert figures(text)[-1].category is FigureCategory.DISPLACED


def test_lives_claimed_are_killed_and_a_verb_joined_after_them_tells_its_own_fate() -> None:
    text = (
        "The conflict, which erupted in April, has claimed more than 2,600 lives and forced over a million people"
        " from their homes, according to the United Nations."
    )
    assert [(f.value, f.category) for f in figures(text)] == [
        (2_600, FigureCategory.KILLED),
        (1_000_000, FigureCategory.DISPLACED),
    ]


def test_lives_saved_are_not_killed() -> None:
    assert only("The corridor has saved more than 3,000 lives, the agency said.").category is not FigureCategory.KILLED


def test_a_report_released_by_its_authors_frees_nobody() -> None:
    text = (
        "A report by U.N. experts released this month said between 3,000 and 4,000 Rwandan troops were fighting"
        " alongside the rebels."
    )
    assert only(text).category is not FigureCategory.RELEASED


def test_a_category_verb_does_not_reach_past_a_coordinated_verb() -> None:
    """The war killed the 100,000; it only "pushed" the millions, which count nothing named."""
    found = figures("The war has killed more than 100,000 people and pushed millions to the brink of famine.")
    assert [(f.value, f.category) for f in found] == [(100_000, FigureCategory.KILLED)]


@pytest.mark.parametrize(
    "text",
    ["Nabil al-Qudsi, a 40-year-old fisherman, was wounded.", "A man aged 45 was killed.", "A 3 month old baby died."],
)
def test_an_age_is_no_figure(text: str) -> None:
    assert figures(text) == ()


def test_figures_released_free_nobody() -> None:
    found = figures("Hundreds of children were vaccinated, according to OCHA figures released on Tuesday.")
    assert [f.category for f in found] == [FigureCategory.AID]  # vaccinated, not released


@pytest.mark.parametrize(
    ("text", "unit"), [("Rebels overran dozens of army posts.", "posts"), ("They seized 12 bases.", "bases")]
)
def test_military_sites_are_counted(text: str, unit: str) -> None:
    assert only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Talks on the release of 10 to 15 hostages were continuing.", 10, 15),
        ("Two or three children died.", 2, 3),
        ("Some 200-300 families fled.", 200, 300),
        ("Between 1,000-2,000 people were trapped.", 1000, 2000),
        ("He said between three and five rebels were believed to have been killed.", 3, 5),
    ],
)
def test_ranges_without_between_or_from(text: str, low: int, high: int) -> None:
    figure = only(text)
    assert (figure.low, figure.high, figure.bound) == (low, high, Bound.RANGE)


def test_decades_are_a_duration() -> None:
    found = figures("The conflict has killed more than 450,000 people over six decades.")
    assert [(f.value, f.unit) for f in found] == [(450_000, "people"), (6, "decades")]


def test_a_figure_said_by_a_subject_past_its_relative_clause() -> None:
    report = ceasefire.parse("Al Shabaab, which is allied with al Qaeda, said its fighters had killed 30 soldiers.")
    (figure,) = report.figures
    assert figure.source is not None
    assert report.actor(figure.source).name == "al-Shabaab"


@pytest.mark.parametrize(
    ("text", "value", "unit", "evidence"),
    [
        ("The fund allocated US$4 million to the response.", 4_000_000, "dollars", "US$4 million"),
        ("The plan seeks $1.7 billion this year.", 1_700_000_000, "dollars", "$1.7 billion"),
        ("Donors pledged 200 million euros.", 200_000_000, "euros", "200 million euros"),
    ],
)
def test_money_by_its_sign_or_its_word(text: str, value: int, unit: str, evidence: str) -> None:
    report = ceasefire.parse(text)
    (figure,) = report.figures
    assert (figure.value, figure.unit, figure.category) == (value, unit, FigureCategory.MONEY)
    assert report.text_of(figure.evidence) == evidence


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("Several hundred people fled.", 300, 900), ("A few thousand people were trapped.", 2000, 5000)],
)
def test_a_vague_amount_of_hundreds_or_thousands(text: str, low: int, high: int) -> None:
    figure = only(text)
    assert (figure.value, figure.low, figure.high) == (low, low, high)


def test_one_that_counts_a_noun_of_its_own_is_no_person() -> None:
    found = figures("A dozen members of one family were killed. One was killed.")
    assert [(f.value, f.category) for f in found] == [(12, FigureCategory.KILLED), (1, FigureCategory.KILLED)]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The army said one soldier was killed and two were wounded.", FigureCategory.KILLED),
        ("One policeman died of his wounds on Tuesday.", FigureCategory.KILLED),
        ("One peacekeeper was wounded by a sniper.", FigureCategory.WOUNDED),
    ],
)
def test_one_person_counted_by_what_befell_them(text: str, category: FigureCategory) -> None:
    first = figures(text)[0]
    assert (first.value, first.category) == (1, category)


def test_one_person_who_only_speaks_is_no_figure() -> None:
    found = figures("One rebel commander said 12 people were killed. One hospital was hit.")
    assert [(f.value, f.category) for f in found] == [(12, FigureCategory.KILLED)]


def test_people_who_crossed_into_a_country_are_displaced() -> None:
    assert only("Some 10,000 people have crossed into Ethiopia.").category is FigureCategory.DISPLACED


def test_the_two_sides_are_no_figure() -> None:
    assert figures("The two sides agreed to talk.") == ()


def test_the_first_day_of_two_is_no_figure() -> None:
    found = figures("WFP distributed food to some 18,000 people in Ulang town on 13 and 14 March.")
    assert [f.value for f in found] == [18_000]


@pytest.mark.parametrize(
    "text",
    [
        "It shows the two sides can still agree when the lives of civilians are at stake.",
        "Several villages burned and a few trucks arrived.",
        "Two previous attempts to evacuate residents collapsed amid shelling.",
        "An Israeli strike on a three-story building killed a family.",
        "Clashes with 444 Brigade fighters went on.",
        "The two warring sides agreed to talk.",
    ],
)
def test_no_figure_from_what_counts_nothing_or_too_vague_an_amount(text: str) -> None:
    assert figures(text) == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A five-member delegation of the rebels reached the capital.", 5),
        ("The 48-member jirga met the Taliban on Tuesday.", 48),
        # a body told by its strength: "the roughly 400-strong Dutch battalion", "a force 5,000-strong"
        ("The rest of the roughly 400-strong Dutch battalion was pinned down.", 400),
        ("A force 5,000-strong marched on the town.", 5000),
        ("The 14-strong mission reached the plant on Thursday.", 14),
    ],
)
def test_a_body_told_by_its_number_of_members_counts_them(text: str, value: int) -> None:
    (found,) = figures(text)
    assert (found.value, found.unit, found.category) == (value, "members", FigureCategory.COUNT)


@pytest.mark.parametrize(
    "text",
    [
        "Gharyan, home to some 85,000 people before the war, is the main supply base.",
        "The town, home to about 55,000 people, lies on the border.",
    ],
)
def test_the_people_a_place_is_home_to_are_counted(text: str) -> None:
    (found,) = figures(text)
    assert (found.unit, found.category) == ("people", FigureCategory.COUNT)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The rebels signed a 10-point peace declaration on Monday.", 10, "points"),
        ("Leaders at the six-nation summit backed the truce.", 6, "nations"),
        ("The 30-seat cabinet was sworn in on Friday.", 30, "seats"),
        ("A 12-man team of monitors arrived in the town.", 12, "men"),
    ],
)
def test_a_thing_told_by_its_number_of_parts_counts_them(text: str, value: int, unit: str) -> None:
    (found,) = figures(text)
    assert (found.value, found.unit, found.category) == (value, unit, FigureCategory.COUNT)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The strike cut power to about 45,000 households.", "households"),
        ("Ukraine hit dozens of Russian oil refineries.", "refineries"),
        ("The ICRC has more than 300 staff in the region.", "people"),
        ("MSF's cholera treatment centre has 60 beds.", "beds"),
        ("Russia flew in eight warplanes from Syria earlier this month.", "warplanes"),
        ("Six Tiv settlements were hit by reprisal attacks.", "settlements"),
        ("Flooding washed away 24 latrines in the camp.", "latrines"),
    ],
)
def test_more_units(text: str, unit: str) -> None:
    assert only(text).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        'SANA said army units had "eliminated more than 50 terrorists" around Saraqeb.',
        'The army said its aircraft had "neutralised" about 30 terrorists near Ouindigui.',
        "Ukraine received the bodies of 909 fallen soldiers on Thursday.",
    ],
)
def test_fighters_eliminated_or_neutralised_are_killed(text: str) -> None:
    assert only(text).category is FigureCategory.KILLED


@pytest.mark.parametrize(
    ("text", "unit", "bound", "evidence"),
    [
        ("The food would last a month.", "months", Bound.EXACT, "a month"),
        ("Medicines have been blocked for more than a week.", "weeks", Bound.AT_LEAST, "more than a week"),
        ("The flight took about an hour.", "hours", Bound.APPROX, "about an hour"),
        ("Strikes hit less than an hour after the pause ended.", "hours", Bound.AT_MOST, "less than an hour"),
        ("It comes after a week of fighting.", "weeks", Bound.EXACT, "a week"),
        # a unit of something, and a length spent or waited
        ("The city saw a month of street fighting.", "months", Bound.EXACT, "a month"),
        ("The envoy spent a week in the region.", "weeks", Bound.EXACT, "a week"),
        ("Families waited an hour at the checkpoint.", "hours", Bound.EXACT, "an hour"),
        # a week after "for", and a day with a bound, stay lengths
        ("The truce held for a week.", "weeks", Bound.EXACT, "a week"),
        ("The town has been without water for more than a day.", "days", Bound.AT_LEAST, "more than a day"),
    ],
)
def test_a_length_of_one_unit_written_with_an_article(text: str, unit: str, bound: Bound, evidence: str) -> None:
    found = only(text)
    assert (found.value, found.unit, found.category, found.bound) == (1, unit, FigureCategory.DURATION, bound)
    assert found.text == evidence


@pytest.mark.parametrize(
    "text",
    [
        "They meet twice a week.",
        "A week ago, shells hit the market.",
        "The truce ends in a week.",
        "Prices rose 5% a month.",
        "Monday was a day of mourning.",
        # a loose while: a day or a decade after "within", "after" or "for", no bound
        "Fighting resumed within a day.",
        "After a day, the convoy turned back.",
        "The rebels have held the valley for a decade.",
        # a war's age told in passing: "a decade" with a bound too
        "The conflict, which has lasted more than a decade, has killed thousands.",
        "Rebels have fought the government for almost a decade.",
    ],
)
def test_a_unit_of_time_that_is_no_length_is_no_figure(text: str) -> None:
    assert [f for f in figures(text) if f.category is FigureCategory.DURATION] == []


def test_a_part_of_a_count_told_later_in_its_sentence_shares_its_fate() -> None:
    found = figures(
        "According to the city council, at least 5,000 civilians have been killed in Mariupol since the start of"
        " the blockade, about 210 of them children."
    )
    assert [(f.value, f.category) for f in found] == [(5000, FigureCategory.KILLED), (210, FigureCategory.KILLED)]


def test_those_who_kill_are_not_counted_among_the_killed() -> None:
    found = figures("Two gunmen opened fire at a bus stop at the entrance to the city, killing three people.")
    assert [(f.value, f.category) for f in found] == [(2, FigureCategory.COUNT), (3, FigureCategory.KILLED)]


def test_a_fate_told_in_the_active_with_its_own_object_is_not_the_counted_things() -> None:
    found = figures(
        "The station was hit by guided bombs on Sept. 6, which damaged two of its four main pumps and killed a"
        " maintenance worker."
    )
    assert FigureCategory.KILLED not in {f.category for f in found}


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had lost five soldiers and killed dozens of attackers.",
        "The force said it had repelled the attack, losing five soldiers with 11 others wounded.",
    ],
)
def test_forces_lost_are_killed(text: str) -> None:
    assert (5, FigureCategory.KILLED) in [(f.value, f.category) for f in figures(text)]


def test_homes_lost_are_not_people_killed() -> None:
    assert FigureCategory.KILLED not in {f.category for f in figures("Some 300 families lost their homes.")}


def test_a_fate_told_in_the_passive_is_the_counted_people_s() -> None:
    found = figures("Two soldiers were killed and three wounded in the ambush.")
    assert (2, FigureCategory.KILLED) in [(f.value, f.category) for f in found]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("At least 1,200 families have been confined to their villages since early December.", FigureCategory.TRAPPED),
        ("He said 37 people had been taken out through the corridor.", FigureCategory.EVACUATED),
        (
            "The attackers set fire to several vehicles and took away at least a dozen passengers.",
            FigureCategory.HOSTAGES,
        ),
    ],
)
def test_more_words_of_people_s_fates(text: str, category: FigureCategory) -> None:
    assert only(text).category is category


def test_a_category_word_in_a_body_s_name_gives_no_category() -> None:
    found = only(
        "About 2,700 health workers, most of them from UNRWA, the UN agency for Palestinian refugees, will help."
    )
    assert found.category is not FigureCategory.DISPLACED


def test_people_arriving_at_displacement_camps_are_displaced() -> None:
    found = only("Between 400 and 500 people are arriving each day at overcrowded displacement camps.")
    assert (found.low, found.high, found.category) == (400, 500, FigureCategory.DISPLACED)


@pytest.mark.parametrize(
    "text",
    [
        "The fighting has forced more than 240,000 people on both sides to flee, the governments said.",
        "In the valley, more than 4,300 families left their villages for safer areas during the shelling.",
        "Some two thousand families were sleeping in schools, churches and in the open, the agency said.",
        "More than half a million people live in camps run by the government, aid agencies said.",
        # people who took refuge, crossed to safety or walk away from the fighting
        "About 800 villagers had taken refuge at the peacekeepers' base from the bombardment.",
        "Some 20,000 people have crossed the river into the neighbouring country since Saturday.",
        "About 50,000 people walked south along the coastal road on Wednesday, the U.N. said.",
    ],
)
def test_people_told_to_flee_leave_their_villages_or_live_in_camps_are_displaced(text: str) -> None:
    assert only(text).category is FigureCategory.DISPLACED


def test_suspects_arrested_are_a_count() -> None:
    found = only("Police said 17 suspects were arrested on Monday.")
    assert (found.value, found.unit, found.category) == (17, "suspects", FigureCategory.COUNT)


def test_votes_are_counted() -> None:
    found = figures("The General Assembly adopted it with 120 in favor, 14 against and 45 abstentions.")
    assert [(f.value, f.unit, f.category) for f in found] == [
        (120, "votes", FigureCategory.COUNT),
        (14, "votes", FigureCategory.COUNT),
        (45, "votes", FigureCategory.COUNT),
    ]


def test_a_count_against_someone_is_no_vote() -> None:
    found = figures("Partners documented 27 cases of gender-based violence, 11 against children.")
    assert [f.unit for f in found if f.value == 11] != ["votes"]


@pytest.mark.parametrize(
    ("text", "value", "bound", "category"),
    [
        (
            "The war has driven more than 12 million from their homes.",
            12_000_000,
            Bound.AT_LEAST,
            FigureCategory.DISPLACED,
        ),
        ("The mayor said 1,000-plus families had arrived.", 1000, Bound.AT_LEAST, FigureCategory.OTHER),
    ],
)
def test_no_unit_after_a_preposition_and_plus_is_at_least(
    text: str, value: int, bound: Bound, category: FigureCategory
) -> None:
    figure = only(text)
    assert (figure.value, figure.bound, figure.category) == (value, bound, category)


def test_one_in_five_is_a_share() -> None:
    assert figures("MSF said one in five children screened was malnourished.") == ()


@pytest.mark.parametrize("text", ["Some 2.3 million Gazans live in the strip.", "About 300 Haitians were deported."])
def test_a_people_named_by_the_plural_of_a_demonym(text: str) -> None:
    assert only(text).unit == "people"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Fighting raged in 24 provinces.", 24, "provinces"),
        ("The truce covers 17 townships of Mandalay region.", 17, "townships"),
        ("Voting went ahead in 1,102 municipalities.", 1102, "municipalities"),
    ],
)
def test_administrative_areas_are_counted(text: str, value: int, unit: str) -> None:
    """Coders count them (86 of the 95 found on 2,575 stories were coded); once they were left out."""
    figure = only(text)
    assert (figure.value, figure.unit, figure.category) == (value, unit, FigureCategory.COUNT)


def test_more_than_a_few_is_too_vague_too() -> None:
    assert figures("Earlier pauses failed and none of them lasted more than a few hours.") == ()


def test_the_first_of_two_joined_counts_shares_the_fate_said_after_the_second() -> None:
    found = figures("The army said 18 soldiers and at least 11 civilians were killed in the attack.")
    assert [(f.value, f.category) for f in found] == [(18, FigureCategory.KILLED), (11, FigureCategory.KILLED)]


def test_a_scale_word_without_a_number_counts_nothing() -> None:
    text = "It spent P48.6 million on relief for the evacuees, while the palace has set aside P10 billion."
    # the scale words alone count nothing; with the pesos glued before them, they are money
    assert [(f.value, f.unit) for f in figures(text)] == [(48_600_000, "pesos"), (10_000_000_000, "pesos")]
    assert [f.value for f in figures("A million people fled. Two hundred thousand were trapped.")] == [
        1_000_000,
        200_000,
    ]


def test_people_who_returned_home_are_displaced_not_released() -> None:
    found = figures("More than 560,000 people have returned to the south. Israel returned 30 prisoners.")
    assert [(f.value, f.category) for f in found] == [
        (560_000, FigureCategory.DISPLACED),
        (30, FigureCategory.RELEASED),
    ]


def test_a_category_verb_coordinated_before_the_number() -> None:
    text = "The war has killed or left missing tens of thousands of people and driven two million from their homes."
    assert [(f.value, f.category) for f in figures(text)] == [
        (20_000, FigureCategory.KILLED),
        (2_000_000, FigureCategory.DISPLACED),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "UNICEF said at least 40 people were killed last week in Solino, Fort National and nearby Delmas 30, "
                "among them six children, and about 4,200 residents fled."
            ),
            [(40, FigureCategory.KILLED), (6, FigureCategory.KILLED), (4200, FigureCategory.DISPLACED)],
        ),
        (
            (
                "Some 6.9 million people are internally displaced across the DRC, the highest number ever recorded "
                "in the country, including more than 2.5 million in North Kivu."
            ),
            [(6_900_000, FigureCategory.DISPLACED), (2_500_000, FigureCategory.DISPLACED)],
        ),
        (
            "About 65,000 people are cut off, including some 45,000 internally displaced persons.",
            [(65_000, FigureCategory.TRAPPED), (45_000, FigureCategory.DISPLACED)],
        ),
    ],
)
def test_a_part_included_in_the_figure_before_shares_its_fate(
    text: str, expected: list[tuple[int, FigureCategory]]
) -> None:
    assert [(f.value, f.category) for f in figures(text)] == expected


def test_a_decimal_before_a_scale_word_is_a_number_not_a_clock_time() -> None:
    assert [(f.value, f.unit) for f in figures("The plan seeks US$2.25 billion.")] == [(2_250_000_000, "dollars")]


def test_a_scaled_decimal_is_an_exact_integer() -> None:
    assert [f.value for f in figures("The UN appealed for $4.27 billion.")] == [4_270_000_000]


def test_times_counted_are_a_count_but_not_a_ratio() -> None:
    text = "Russia violated the truce 2,935 times, the General Staff said. Prices rose three times as fast."
    assert [(f.value, f.unit, f.category) for f in figures(text)] == [(2935, "times", FigureCategory.COUNT)]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("At least 63 militants and 14 civilians were killed, officials said.", ["at_least", "at_least"]),
        ("About 170 Palestinians and six Israelis were killed.", ["approx", "exact"]),
    ],
)
def test_at_least_holds_for_a_count_joined_to_it(text: str, bounds: list[str]) -> None:
    assert [f.bound.value for f in ceasefire.parse(text).figures] == bounds


def test_one_of_two_is_no_count_but_one_dead_is() -> None:
    routes = ceasefire.parse("One corridor will run east to El Obeid, and the other north to Al-Khuwei.")
    assert [f.value for f in routes.figures] == []
    dead = ceasefire.parse("One civilian was killed and another wounded.")
    assert [(f.value, f.category) for f in dead.figures] == [(1, FigureCategory.KILLED)]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose to 1,234, with 5,678 injured, the ministry said.",
        "Yerevan has reported the deaths of 1,234 soldiers and says 5,678 have been wounded.",
    ],
)
def test_a_toll_said_before_its_number_is_of_the_dead(text: str) -> None:
    categories = {f.value: f.category for f in ceasefire.parse(text).figures}
    assert categories == {1234: FigureCategory.KILLED, 5678: FigureCategory.WOUNDED}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ukraine received 29 wounded soldiers in exchange for 14 Russians.", FigureCategory.RELEASED),
        ("More than 500,000 displaced Palestinians have since returned to northern Gaza.", FigureCategory.DISPLACED),
        ("At least 12 wounded civilians were taken to hospital.", FigureCategory.WOUNDED),
    ],
)
def test_a_state_before_a_noun_of_people_is_an_adjective(text: str, category: FigureCategory) -> None:
    assert ceasefire.parse(text).figures[0].category is category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("By evening, 640 people, most of them elderly, had been brought out, the governor said.", "evacuated"),
        ("Fewer than 7,000 residents remain in Pokrovsk.", "trapped"),
        ("Israel says 129 hostages remain in Gaza.", "hostages"),
        ("Elders said more than 5,000 goats and camels were looted.", "count"),
        ("About 500,000 people are still inside El Fasher, the U.N. said.", "trapped"),
        ("More than 1,600 people have left Baghouz since the pause began.", "evacuated"),
    ],
)
def test_evacuated_trapped_held_and_livestock(text: str, category: str) -> None:
    assert ceasefire.parse(text).figures[0].category.value == category


@pytest.mark.parametrize(
    ("sentence", "word", "unit"),
    [
        ("The gangs promised a week-long pause to let aid in.", "week-long", "weeks"),
        ("The rebels began a weeklong truce on Monday.", "weeklong", "weeks"),
        ("A month-long ceasefire took effect in the north.", "month-long", "months"),
        ("Villagers endured a daylong siege.", "daylong", "days"),
    ],
)
def test_one_unit_of_time_said_as_an_adjective_is_a_length(sentence: str, word: str, unit: str) -> None:
    lengths = [f for f in figures(sentence) if f.category is FigureCategory.DURATION]
    assert [(f.value, f.unit, f.text, f.bound) for f in lengths] == [(1, unit, word, Bound.EXACT)]


def test_a_number_of_units_long_is_read_once() -> None:
    lengths = [f for f in figures("a 72-hour-long truce") if f.category is FigureCategory.DURATION]
    assert [(f.value, f.unit) for f in lengths] == [(72, "hours")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Britain announced £3m for trauma care.", 3_000_000, "pounds"),
        ("Qatar pledged $12m to UNRWA.", 12_000_000, "dollars"),
        ("Donors pledged $1.5bn for the appeal.", 1_500_000_000, "dollars"),
        ("The EU gave €40m in aid.", 40_000_000, "euros"),
        ("China would give 10 million yuan in emergency aid.", 10_000_000, "yuan"),
        ("The UN fund released 5 million U.S. dollars last week.", 5_000_000, "dollars"),
    ],
)
def test_money_in_every_form(text: str, value: int, unit: str) -> None:
    money = [f for f in figures(text) if f.category is FigureCategory.MONEY]
    assert [(f.value, f.unit) for f in money] == [(value, unit)]


def test_a_scale_right_after_digits_is_no_measure() -> None:
    assert [(f.value, f.unit) for f in figures("Some 2.3m people need aid.")] == [(2_300_000, "people")]
    assert figures("Soldiers dug a 5m trench near the wall.") == ()


def test_a_scale_right_after_digits_before_a_verb_of_people_is_millions() -> None:
    """A count with its own verb ("nearly 12m have been driven from their homes"), not a measure."""
    found = figures("More than 300,000 have been killed and nearly 12m have been driven from their homes.")
    assert [(f.value, f.category) for f in found] == [
        (300_000, FigureCategory.KILLED),
        (12_000_000, FigureCategory.DISPLACED),
    ]
    assert figures("The wall they built is 5m high.") == ()


def test_a_word_opening_a_sentence_before_a_number_is_no_label() -> None:
    """Durations: "For 60 hours" counts hours; "Route 5" and "Resolution 2728" name things."""
    assert [(f.value, f.unit) for f in figures("Title\n\nFor 60 hours the guns fell silent.")] == [(60, "hours")]
    assert figures("Title\n\nResolution 2728 was adopted and Route 5 is closed.") == ()


@pytest.mark.parametrize(
    "text", ["Red Cross teams recovered 19 bodies on Thursday.", "Russia returned 909 bodies to Ukraine in February."]
)
def test_bodies_are_people_killed(text: str) -> None:
    assert [(f.unit, f.category) for f in figures(text)] == [("people", FigureCategory.KILLED)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "category"),
    [
        ("Over 1.5 lakh people fled the district.", 150_000, "people", FigureCategory.DISPLACED),
        ("Title\n\nRs 2 lakh was paid to each family.", 200_000, "rupees", FigureCategory.MONEY),
        ("Fourteen citizens were martyred in the shelling.", 14, "people", FigureCategory.KILLED),
        ("Over 864 thousand quintals of fertilizer reached the warehouses.", 864_000, "quintals", FigureCategory.AID),
    ],
)
def test_the_englishes_of_south_asia_and_the_middle_east(
    text: str, value: int, unit: str, category: FigureCategory
) -> None:
    found = [(f.value, f.unit, f.category) for f in figures(text)]
    assert (value, unit, category) in found


def test_a_year_s_second_half_is_no_figure() -> None:
    assert figures("Fertilizer for the 2025/26 production year was delayed.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "At the Kissufim queue, Mahmoud Abu Samra, 46, a driver from Rafah, said he had waited for days.",
        '"I want her to get the injection," said Naw Paw Htoo, 31, sheltering near the Salween River.',
    ],
)
def test_an_age_after_a_name_is_no_figure(text: str) -> None:
    assert ceasefire.parse(text).figures == ()


def test_numbers_listed_after_a_place_are_still_figures() -> None:
    values = [f.value for f in ceasefire.parse("Across Gaza, 46, 12 and 9 people died in three strikes.").figures]
    assert 46 in values


@pytest.mark.parametrize(
    ("text", "unit", "category"),
    [
        ("A convoy of 38 World Food Programme trucks reached Woldiya on Wednesday.", "trucks", FigureCategory.AID),
        ("A convoy of nine Lebanese Red Cross ambulances left the hospital.", "ambulances", FigureCategory.COUNT),
    ],
)
def test_a_noun_after_a_body_s_name(text: str, unit: str, category: FigureCategory) -> None:
    (figure,) = ceasefire.parse(text).figures
    assert (figure.unit, figure.category) == (unit, category)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("About 120,000 have fled villages in Cambodia's border provinces, officials said.", FigureCategory.DISPLACED),
        ("Some 5,000 fled homes in the hills overnight, the district chief said on Sunday.", FigureCategory.DISPLACED),
        ("At least 30 had died in shelters near the front by Monday, medics said.", FigureCategory.KILLED),
    ],
)
def test_a_noun_past_a_verb_after_a_number_is_not_its_own(text: str, category: FigureCategory) -> None:
    (figure,) = ceasefire.parse(text).figures
    assert (figure.unit, figure.category) == ("people", category)


def test_a_people_s_name_after_a_number_is_still_its_subject() -> None:
    (figure,) = ceasefire.parse("More than 4,000 South Sudanese had crossed into Ethiopia since March.").figures
    assert figure.subject == "South Sudanese"


def test_kidnappings_counted_are_hostages() -> None:
    (figure, *_) = ceasefire.parse(
        "The police unit recorded 61 kidnappings in the first four months of the year."
    ).figures
    assert (figure.value, figure.category, figure.unit) == (61, FigureCategory.HOSTAGES, "kidnappings")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The convoy brought aid to some 41,000 people.", FigureCategory.AID),
        ("Aid agencies say the territory's 2.3 million people are running out of clean water.", FigureCategory.OTHER),
    ],
)
def test_people_counted_by_the_aid_they_get(text: str, category: FigureCategory) -> None:
    (figure,) = ceasefire.parse(text).figures
    assert figure.category is category


@pytest.mark.parametrize(
    "text",
    [
        "By Thursday 9,500 people had been taken out of eastern Aleppo, the ministry said.",
        "Some 2,400 people used the corridor to reach Uvira.",
        "Around 20 people emerged from the plant later that day.",
        "In all, 156 people had arrived in Zaporizhzhia.",
    ],
)
def test_more_ways_of_being_evacuated(text: str) -> None:
    (figure,) = figures(text)
    assert figure.category is FigureCategory.EVACUATED


def test_attacks_carried_out_are_not_people_carried_away() -> None:
    found = figures("Of the 14 strikes, nine were carried out with drones.")
    assert all(f.category is not FigureCategory.EVACUATED for f in found)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Hezbollah fired two mortar rounds at an Israeli position.", "rounds"),
        ("Troops seized six homemade rifles.", "rifles"),
        ("Fighters looted 11 humanitarian compounds since January.", "compounds"),
        ("Monitors recorded 23 air raids on the district last week.", "raids"),
    ],
)
def test_more_things_counted(text: str, unit: str) -> None:
    (figure,) = figures(text)
    assert (figure.category, figure.unit) == (FigureCategory.COUNT, unit)


def test_a_unit_carried_over_to_a_figure_counts_those_things_unless_its_own_fate_follows() -> None:
    found = figures(
        "Yemen had recorded more than 58,000 suspected cholera cases and at least 230 deaths since January. "
        "Trucks may leave through two corridors, and civilians and the wounded through four others."
    )
    assert [(f.value, f.category) for f in found if f.value in {230, 4}] == [
        (230, FigureCategory.KILLED),
        (4, FigureCategory.COUNT),
    ]


def test_a_figure_s_source_is_the_nearest_of_several_sayings_before_it() -> None:
    text = (
        "The Israeli military said on Sunday it would pause fighting along a route in southern Gaza, where the "
        "United Nations has warned that more than a million people face catastrophic hunger."
    )
    report = ceasefire.parse(text)
    (figure,) = [f for f in report.figures if f.value == 1_000_000]
    assert figure.source is not None
    assert report.actor(figure.source).name == "United Nations"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A dozen aid workers were detained by the militia.", FigureCategory.COUNT),  # counted by role, not aid
        ("Some 500,000 people, aid agencies say, have fled.", FigureCategory.DISPLACED),
        ("The convoy of 40 trucks carried aid to the city.", FigureCategory.AID),
    ],
)
def test_aid_workers_and_agencies_are_people_not_aid(text: str, category: FigureCategory) -> None:
    assert figures(text)[0].category is category


@pytest.mark.parametrize("text", ["A convoy of 18 ambulances left the hospital.", "It had 12 ambulances ready."])
def test_a_number_before_a_word_opening_on_am_is_no_clock_time(text: str) -> None:
    (figure,) = figures(text)
    assert (figure.unit, figure.category) == ("ambulances", FigureCategory.COUNT)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Each returning worker receives ₱75,000 in assistance.", "pesos"),
        ("Nigeria released ₦5 billion for the displaced.", "naira"),
        ("Kenya pledged KES 200 million in humanitarian aid.", "shillings"),
    ],
)
def test_more_currency_signs_and_codes(text: str, unit: str) -> None:
    (figure,) = figures(text)
    assert (figure.unit, figure.category) == (unit, FigureCategory.MONEY)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The government approved Rs1 million for the heirs of each deceased.", 1_000_000, "rupees"),
        ("Each returning worker would receive P75,000 in financial assistance.", 75_000, "pesos"),
        ("Losses to agriculture were estimated at P1.3 billion.", 1_300_000_000, "pesos"),
        ("The county set aside Sh200 million for the displaced.", 200_000_000, "shillings"),
        ("Kaduna state released N5 billion for the victims.", 5_000_000_000, "naira"),
    ],
)
def test_a_currency_code_glued_to_its_number(text: str, value: int, unit: str) -> None:
    (figure,) = figures(text)
    assert (figure.value, figure.unit, figure.category) == (value, unit, FigureCategory.MONEY)


def test_a_letter_before_a_small_number_is_no_currency() -> None:
    assert [f.unit for f in figures("Traffic on the N1 highway resumed as 5 trucks passed.")] == ["trucks"]


@pytest.mark.parametrize(
    "text",
    ["Nine people were executed by the militia.", "At least 12 civilians were murdered in the village."],
)
def test_more_ways_of_being_killed(text: str) -> None:
    (figure,) = figures(text)
    assert figure.category is FigureCategory.KILLED


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The hospital treated more than 90 people for gunshot wounds since the truce began.", FigureCategory.WOUNDED),
        ("Some 56 Filipinos were flown out of Juba on a chartered plane on Tuesday.", FigureCategory.EVACUATED),
        ("About 300 foreigners were airlifted to Entebbe.", FigureCategory.EVACUATED),
    ],
)
def test_wounds_and_flights_out_tell_the_fate(text: str, category: FigureCategory) -> None:
    (figure,) = figures(text)
    assert figure.category is category


def test_a_count_with_its_own_verb_after_a_comma_lends_no_fate_to_the_count_before() -> None:
    found = figures(
        "According to OCHA, nearly 2 million people in Rakhine need humanitarian assistance, "
        "more than 570,000 have been displaced, and at least 430 civilians have been killed."
    )
    assert [(f.value, f.category) for f in found] == [
        (2_000_000, FigureCategory.OTHER),
        (570_000, FigureCategory.DISPLACED),
        (430, FigureCategory.KILLED),
    ]


def test_a_part_of_a_count_after_a_comma_keeps_the_fate_of_the_whole() -> None:
    found = figures("More than 1,200 people, more than 300 of them children, were killed.")
    assert found[0].value == 1200
    assert found[0].category is FigureCategory.KILLED


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ('He called on the government to free "more than 700 political prisoners" still in detention.', Bound.AT_LEAST),
        ("The clashes had killed 'at least 30 people', the mayor said.", Bound.AT_LEAST),
        ('The agency said "nearly 10,000 people" were displaced.', Bound.AT_MOST),
    ],
)
def test_a_quotation_may_open_on_the_bound(text: str, bound: Bound) -> None:
    assert only(text).bound is bound


def test_an_elided_count_for_whom_counts_the_things_before() -> None:
    found = figures(
        "Three corridors will be open for civilians, leading west to a tent camp, and two for the wounded, "
        "who will be taken to the military hospital."
    )
    assert [(f.value, f.unit, f.category) for f in found] == [
        (3, "corridors", FigureCategory.COUNT),
        (2, "corridors", FigureCategory.COUNT),
    ]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Four corridors are to open, three of them for civilians, the sick and the wounded, the minister said.",
            [(4, "corridors"), (3, "corridors")],
        ),
        (
            (
                "Five routes will be open to civilians, the sick and the wounded, and two more have been set aside "
                "for gunmen who may keep their guns."
            ),
            [(5, "routes"), (2, "routes")],
        ),
        (
            "Five routes will be open to civilians and families, and two more have been set aside for gunmen.",
            [(5, "routes"), (2, "routes")],
        ),
        (
            (
                "Eight corridors will open at dawn, the ministry said. The remaining six are meant for civilians, the"
                " sick and the injured."
            ),
            [(8, "corridors"), (6, "corridors")],
        ),
        (
            "Two passages will serve the fighters, while the sick and the injured may use six other passages.",
            [(2, "passages"), (6, "passages")],
        ),
        # "others" with whom they serve, or with a verb, and the rest with a verb and then people
        (
            "Two corridors would be kept open for fighters, and seven others for civilians and the wounded.",
            [(2, "corridors"), (7, "corridors")],
        ),
        (
            "Two corridors would stay open for fighters, while six others would let civilians and the wounded cross.",
            [(2, "corridors"), (6, "corridors")],
        ),
        (
            "Eight corridors are to be opened. The remaining six will carry civilians and the sick west.",
            [(8, "corridors"), (6, "corridors")],
        ),
        # "more" opening the next sentence: more of what the sentence before counted last
        (
            (
                "Five routes will be kept open for fighters who want to leave with their arms, all of them running"
                " north. Two more will be reserved for unarmed civilians heading to the city."
            ),
            [(5, "routes"), (2, "routes")],
        ),
        (
            (
                "Three corridors will be opened for the armed opposition, he said. Two more, open only to unarmed"
                " civilians, will lead south-east to the capital."
            ),
            [(3, "corridors"), (2, "corridors")],
        ),
    ],
)
def test_the_sick_and_the_wounded_are_whom_routes_serve_and_more_routes_are_routes(
    text: str, counts: list[tuple[int, str]]
) -> None:
    found = figures(text)
    assert [(f.value, f.unit) for f in found] == counts
    assert all(f.category is FigureCategory.COUNT for f in found)


def test_hundreds_of_sick_and_wounded_people_are_still_the_wounded() -> None:
    found = only("Aid agencies said hundreds of sick and wounded people needed to be evacuated.")
    assert (found.low, found.category) == (200, FigureCategory.WOUNDED)


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 150 patients remain at Kamal Adwan, which has run out of fuel.",
        "Officials said about 2,500 people were still living there when the pause began.",
        "Around 568 civilians were hiding in the plant's underground shelters.",
    ],
)
def test_people_who_stay_or_hide_where_they_are_cut_off_are_trapped(text: str) -> None:
    assert only(text).category is FigureCategory.TRAPPED


def test_a_part_told_as_of_them_after_a_figure_shares_its_fate() -> None:
    text = (
        "Title\n\nMore than 740,000 people have fled their homes, some 130,000 of them into neighbouring countries, "
        "according to UN figures. The hospital received 27 wounded people, 34 of whom were later killed."
    )
    found = [(f.value, f.category) for f in figures(text)]
    assert (130_000, FigureCategory.DISPLACED) in found
    assert (34, FigureCategory.KILLED) in found


@pytest.mark.parametrize(
    "text",
    [
        "About 16,000 U.S. troops are deployed in Afghanistan.",
        "About 16,000 US troops are deployed in Afghanistan.",
        "Up to 15,000 U.N. peacekeepers will deploy in the south.",
    ],
)
def test_a_state_s_or_body_s_initials_stand_between_a_count_and_its_noun(text: str) -> None:
    (found,) = figures(text)
    assert (found.unit, found.category) == ("people", FigureCategory.COUNT)


def test_a_part_of_them_opening_the_next_sentence_shares_the_fate_of_the_figure_before() -> None:
    text = (
        "Title\n\nMore than seven million people are now displaced across Congo, according to the International"
        " Organization for Migration. Nearly 1.7 million of them are in North Kivu alone.\n\nAt least 40 people were"
        " killed in Rutshuru. The town has 12 clinics. Six of them were shut."
    )
    found = [(f.value, f.category) for f in figures(text)]
    assert (1_700_000, FigureCategory.DISPLACED) in found
    assert (6, FigureCategory.KILLED) not in found  # not right after the toll's sentence


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Title\n\nFive corridors will be opened during the pause. Four of them are set aside for the wounded.",
            4,
            "corridors",
        ),
        # a length before is not what the part is of
        (
            "Title\n\nThe fighters will gather in camps within 60 days. Some 5,000 of them will join the army.",
            5000,
            None,
        ),
    ],
)
def test_a_part_of_them_opening_the_next_sentence_counts_the_things_before_but_no_length(
    text: str, value: int, unit: str | None
) -> None:
    units = {f.value: f.unit for f in figures(text)}
    assert units.get(value) == unit


def test_a_toll_told_far_before_its_number_counts_the_dead() -> None:
    found = figures(
        "The health ministry said the death toll from Israel's war since October 2023 has risen to more than"
        " 70,000 Palestinians, most of them women and children, with over 171,200 others injured."
    )
    assert [(f.value, f.category) for f in found] == [
        (70000, FigureCategory.KILLED),
        (171200, FigureCategory.WOUNDED),
    ]


def test_numbers_that_have_fallen_are_not_the_fallen() -> None:
    text = (
        "Average attendances at the ground have fallen from 4,870 last season to 3,215 this season, club figures "
        "show. Troops attacked the town."
    )
    assert all(figure.category is not FigureCategory.KILLED for figure in figures(text))


@pytest.mark.parametrize(
    ("text", "value", "unit", "bound"),
    [
        ("Trucks waited in Maiduguri, 90 kilometres away.", 90, "km", Bound.EXACT),
        ("The town lies some 35 km west of Goma.", 35, "km", Bound.APPROX),
        ("Misrata is about 125 miles east of Tripoli.", 125, "miles", Bound.APPROX),
        ("Schools within 500 metres of the line stay shut.", 500, "m", Bound.EXACT),
    ],
)
def test_a_distance_is_a_figure_in_its_unit_of_no_fate(text: str, value: int, unit: str, bound: Bound) -> None:
    (figure,) = figures(text)
    assert (figure.value, figure.unit, figure.bound, figure.category) == (value, unit, bound, FigureCategory.OTHER)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Civilians may leave through a corridor for refugees towards Ingushetia, and two for the wounded.",
            [(2, "corridors")],
        ),
        (
            'It will open "four corridors for civilians" and "one for Huthi fighters without weapons".',
            [(4, "corridors"), (1, "corridors")],
        ),
        (
            "Five corridors will lead to Klintsy and Novozybkov, two to Gomel and Dobrush.",
            [(5, "corridors"), (2, "corridors")],
        ),
        # the things said the same way, not the convoys the corridor is for
        ("There would be a corridor for aid convoys and two for civilians leaving the city.", [(2, "corridors")]),
    ],
)
def test_a_count_whose_noun_is_left_out_counts_the_things_named_before(
    text: str, counts: list[tuple[int, str]]
) -> None:
    assert [(f.value, f.unit) for f in figures(text)] == counts


@pytest.mark.parametrize(
    "text",
    [
        "The number of camps for the corridors will be reduced from 14 to 8.",
        "The teams treated 143 people at two posts, 38 of them for wounds caused by shrapnel.",
        "The court counted 2,874,310 votes for Mr Mwansa against 2,011,527 for Mr Chanda.",
    ],
)
def test_no_elided_count_from_a_range_a_part_or_a_name(text: str) -> None:
    assert all(f.value not in {8, 14, 38, 2011527} or f.unit != "corridors" for f in figures(text))
    assert all(f.unit in {"people", "votes", "camps", "posts"} for f in figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen arrived in at least six gun trucks, a community leader said.",
        "The armed men came in two pickup trucks and opened fire on the crowd.",
        "The city of some 60,000 inhabitants has since been supplied mainly by army convoys.",
    ],
)
def test_vehicles_of_war_are_no_aid(text: str) -> None:
    assert figures(text)
    assert all(f.category is not FigureCategory.AID for f in figures(text))


def test_a_category_word_inside_a_body_s_name_gives_no_category() -> None:
    """The word food in the World Food Programme says nothing of the two million people counted before it."""
    text = '"We need to feed two million people," said Olga Varenne, a spokesperson for the World Food Programme.'
    (figure,) = figures(text)
    assert figure.category is not FigureCategory.AID


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ('"We buried sixty-four people on Sunday," the council chairman said.', FigureCategory.KILLED),
        ("At least 11 people drowned when an overloaded boat capsized on Sunday.", FigureCategory.KILLED),
        ("The camp already shelters some 37,000 people, the U.N. said.", FigureCategory.DISPLACED),
        ("The war has left more than 260,000 people dead, according to the centre.", FigureCategory.KILLED),
        ("The remaining 2,500 U.S. troops will leave by Sept. 11.", FigureCategory.COUNT),
        ("Two far-right ministers have threatened to leave the government.", FigureCategory.COUNT),
        ("About 4,000 people have left the city since Monday.", FigureCategory.EVACUATED),
        # forces who leave or guard an evacuation, their nouns a few words on
        ("The deal gives about 40,000 Yugoslav troops and police a week to leave Kosovo.", FigureCategory.COUNT),
        ("Washington sent about 5,000 troops to help evacuate its embassy staff.", FigureCategory.COUNT),
        ("Some 6,000 American troops were being deployed to protect the evacuation.", FigureCategory.COUNT),
    ],
)
def test_burials_drownings_shelter_and_who_leaves_give_the_category(text: str, category: FigureCategory) -> None:
    (figure,) = ceasefire.parse(text).figures
    assert figure.category is category


def test_a_list_left_in_a_state_takes_the_state() -> None:
    text = "The siege has left 290 militants, 70 soldiers and policemen and 27 civilians dead, the military says."
    assert [(f.value, f.category) for f in figures(text)] == [
        (290, FigureCategory.KILLED),
        (70, FigureCategory.KILLED),
        (27, FigureCategory.KILLED),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The military said 290 militants, 70 soldiers and policemen, and 27 civilians had been killed.",
        "The military said 290 militants, 70 soldiers, and 27 civilians had been killed since May.",
    ],
)
def test_a_list_before_its_fate_takes_the_fate(text: str) -> None:
    assert [(f.value, f.category) for f in figures(text)] == [
        (290, FigureCategory.KILLED),
        (70, FigureCategory.KILLED),
        (27, FigureCategory.KILLED),
    ]


def test_a_lone_comma_before_a_fate_joins_no_list() -> None:
    assert [(f.value, f.category) for f in figures("Of 200 residents, 30 were killed.")][-1] == (
        30,
        FigureCategory.KILLED,
    )
    assert figures("Of 200 residents, 30 were killed.")[0].category is not FigureCategory.KILLED


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The UN says 3.7 million Somalis need emergency aid.", FigureCategory.AID),
        ("Some 25 million people, more than half of Sudan's population, need humanitarian aid.", FigureCategory.AID),
        ("The WFP delivered food aid to 20,000 people on Monday.", FigureCategory.AID),
    ],
)
def test_people_in_need_of_aid_are_aid_as_people_given_it_are(text: str, category: FigureCategory) -> None:
    (figure,) = figures(text)
    assert figure.category is category


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Police will deploy 2,400 officers around the stadium.", "people"),
        ("Looters emptied 12 offices in the compound overnight.", "offices"),
    ],
)
def test_a_noun_that_begins_with_of_is_the_number_s_noun(sentence: str, unit: str) -> None:
    """The noun of "2,400 officers" is read whole, not as "of" and the rest of a word."""
    (figure,) = ceasefire.parse(sentence).figures
    assert (figure.unit, figure.category) == (unit, FigureCategory.COUNT)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Some 70 projectiles crossed from Lebanon on Saturday, the army said.", 70, "projectiles"),
        ("At least six explosions were heard in the city shortly before dawn.", 6, "explosions"),
        ("The army said it had captured three artillery pieces near the river.", 3, "pieces"),
        ("More than 20 rebel factions accepted the plan, the mediators said.", 20, "factions"),
        ("Sappers cleared 40 improvised explosive devices from the road.", 40, "devices"),
    ],
)
def test_projectiles_blasts_guns_and_factions_are_counted(text: str, value: int, unit: str) -> None:
    counts = [(f.value, f.unit) for f in ceasefire.parse(text).figures if f.category is FigureCategory.COUNT]
    assert counts == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Russia launched 89 drones overnight, 71 of which were shot down, the air force said.", (71, "drones")),
        ("The Arakan Army has seized 14 of Rakhine's 17 townships since November.", (14, "townships")),
        ("Gunmen looted 97 of 109 trucks in the convoy, the agency said.", (97, "trucks")),
        ("About 2,300 of El Pilar's roughly 3,100 workers joined the strike.", (2300, "people")),
        ("Israeli strikes killed 50 people, 21 of them while seeking aid.", (21, "people")),
    ],
)
def test_a_part_counts_what_its_whole_counts(text: str, part: tuple[int, str]) -> None:
    found = {(f.value, f.unit): f.category for f in ceasefire.parse(text).figures}
    whole = next(category for (value, _), category in found.items() if value != part[0])
    assert found[part] == whole


@pytest.mark.parametrize(
    "text",
    [
        "The camp sheltered more than 6,000 people, most of them from the Hema community.",
        "Convoys carried rice and medicine for relief camps that shelter some 8,000 people.",
        "About 3,000 residents sought shelter next to the peacekeepers' base.",
        "Tens of thousands of families were sleeping in the open for fear of aftershocks.",
        "Some 20,000 Liberians crowded into the embassy's housing compound.",
    ],
)
def test_people_in_shelter_are_displaced(text: str) -> None:
    assert only(text).category is FigureCategory.DISPLACED


@pytest.mark.parametrize(
    "text",
    ["The park had more than 280,000 visitors last year.", "Police recorded 391 shootings this year in the city."],
)
def test_a_unit_of_time_pointed_at_a_day_is_not_the_number_s(text: str) -> None:
    assert not [f for f in figures(text) if f.category is FigureCategory.DURATION]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The associations agreed a penalty of R250,000 for any breach.", 250_000),
        ("Operators lost nearly R1.2-million in ticket sales during the strike.", 1_200_000),
    ],
)
def test_rand_written_r_before_thousands_or_a_scale_is_money(text: str, value: int) -> None:
    assert [(f.value, f.unit, f.category) for f in figures(text)] == [(value, "rand", FigureCategory.MONEY)]


def test_a_road_named_r_and_a_number_is_no_money() -> None:
    assert figures("Traffic was diverted onto the R40 highway near the town.") == ()


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Police impounded 180 taxis at the rank.", 180, "taxis"),
        ("About 600 stalls stayed shut.", 600, "stalls"),
        ("The gunmen torched 14 cars.", 14, "cars"),
        ("The strike shut more than 2,000 businesses.", 2000, "businesses"),
    ],
)
def test_vehicles_and_businesses_are_counted(text: str, value: int, unit: str) -> None:
    """Coders count them: 68 of the 72 such figures found on 2,639 stories were coded."""
    figure = only(text)
    assert (figure.value, figure.unit, figure.category) == (value, unit, FigureCategory.COUNT)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Russia fired 40 ballistic and cruise missiles overnight.", 40, "missiles"),
        ("Russia launched 145 attack and decoy drones overnight.", 145, "drones"),
    ],
)
def test_a_thing_counted_after_two_modifiers_joined_by_and(text: str, value: int, unit: str) -> None:
    figure = only(text)
    assert (figure.value, figure.unit, figure.category) == (value, unit, FigureCategory.COUNT)
    assert figure.evidence.end == text.index(unit) + len(unit)


def test_a_number_word_after_and_is_a_count_of_its_own_not_a_modifier() -> None:
    found = figures("Settlers brought two hundred caravans and forty bulldozers.")
    assert [(f.value, f.unit) for f in found] == [(200, "caravans"), (40, "bulldozers")]


def test_people_after_two_joined_words_are_left_to_their_fates() -> None:
    """No count of soldiers in "on one hand and kill soldiers": only things are read past two joined words."""
    assert figures("They talk peace on one hand and kill soldiers on the other.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Nearly half of the district's 150,000 residents have fled since the fighting began.",
        "Some 40 percent of the 2 million people in the enclave have been displaced.",
        "More than half of the 300 patients were evacuated on Sunday.",
    ],
)
def test_a_whole_a_share_of_which_met_a_fate_counts_the_whole_not_the_fate(text: str) -> None:
    (figure,) = ceasefire.parse(text).figures
    assert figure.category is FigureCategory.COUNT


def test_a_whole_that_met_its_fate_keeps_it_whatever_share_is_told_of_it() -> None:
    (figure,) = ceasefire.parse("Half of the 40 people killed were children.").figures
    assert figure.category is FigureCategory.KILLED


@pytest.mark.parametrize(
    "text",
    [
        "More than 540 people in Lebanon, most of them civilians, and 51 Israelis have been killed since July.",
        "The military says 86 rebels, 12 soldiers and police, and nine civilians have been killed.",
    ],
)
def test_counts_joined_by_and_share_the_verb_after_them(text: str) -> None:
    assert {f.category for f in figures(text)} == {FigureCategory.KILLED}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Shelling killed 10 civilians, and more than 400 people were wounded.", 10),
        ("The two saccos have since clashed almost daily, and at least six people were injured in a fight.", 2),
        (
            "More than 17 million Yemenis do not have enough to eat, and some 4 million have been driven out.",
            17_000_000,
        ),
        ("The town fell to fewer than 100 a day, and nearly 600,000 people have returned to the north.", 100),
    ],
)
def test_a_count_with_a_verb_of_its_own_does_not_share_the_next_one(text: str, value: int) -> None:
    assert all(
        f.category not in {FigureCategory.WOUNDED, FigureCategory.DISPLACED} for f in figures(text) if f.value == value
    )


@pytest.mark.parametrize(
    "text",
    [
        "The statement was issued by the two armies after weeks of quiet contacts.",
        "The deal was signed in the so-called 5+5 Joint Military Commission after five days of talks.",
        "The rebels freed 82 of the schoolgirls and said they would release 30 more within weeks.",
    ],
)
def test_a_unit_past_a_preposition_of_time_is_not_the_number_s(text: str) -> None:
    """The weeks of "two armies after weeks" are not two; the days of "5+5 ... after five days" are the five's."""
    assert [(f.value, f.unit) for f in figures(text) if f.unit in {"days", "weeks"}] == (
        [(5, "days")] if "five days" in text else []
    )


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Among the dead were 102 people who had taken shelter at a UN base in Qana.", FigureCategory.KILLED),
        ("The dead included 12 children who had fled the town with their parents.", FigureCategory.KILLED),
        ("Among the wounded were five journalists who had fled the fighting.", FigureCategory.WOUNDED),
    ],
)
def test_the_fallen_named_before_a_count_give_its_fate_over_a_relative_clause(
    text: str, category: FigureCategory
) -> None:
    """Those "who had taken shelter" among the dead were killed, not displaced."""
    assert only(text).category is category


def test_upward_of_is_a_lower_bound() -> None:
    figure = figures("Hundreds of thousands have been killed and upward of 11 million displaced.")[-1]
    assert (figure.value, figure.bound, figure.category) == (11_000_000, Bound.AT_LEAST, FigureCategory.DISPLACED)


def test_people_still_living_as_refugees_are_displaced_not_trapped() -> None:
    figure = only("More than 130,000 are still living as refugees in Mauritania, Niger and Burkina Faso.")
    assert figure.category is FigureCategory.DISPLACED


def test_patients_who_would_be_moved_are_evacuated() -> None:
    text = "The Health Ministry said about 600 patients at the hospital would be moved to other medical centers."
    assert only(text).category is FigureCategory.EVACUATED


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The president told the insurgents to free tens of thousands of civilians trapped in the war zone.",
            FigureCategory.TRAPPED,
        ),
        (
            "The truce raised hopes for the release of more than 200 schoolgirls held by the extremists.",
            FigureCategory.HOSTAGES,
        ),
        ("The M23 has demanded the release of more than 700 of its members held in prisons.", FigureCategory.HOSTAGES),
        ("The truce also provides for the release of about 900 detainees held by both sides.", FigureCategory.RELEASED),
        ("The rebels freed 40 prisoners held since May.", FigureCategory.RELEASED),
    ],
)
def test_people_a_release_is_only_sought_for_are_still_in_their_state(text: str, category: FigureCategory) -> None:
    assert only(text).category is category


def test_a_list_after_a_fate_shares_it_to_its_last_count() -> None:
    text = "The fighting has killed at least 290 militants, 69 soldiers and policemen and 26 civilians, officials said."
    assert [f.category for f in figures(text)] == [FigureCategory.KILLED] * 3


def test_a_count_after_a_fate_with_a_state_of_its_own_keeps_it() -> None:
    text = "More than 150,000 people have been killed, and 21.6 million Yemenis need humanitarian aid."
    assert figures(text)[-1].category is not FigureCategory.KILLED


def test_people_who_fled_one_place_for_another_are_displaced_whatever_halt_is_named() -> None:
    text = (
        "More than 100,000 people have fled Nagorno-Karabakh for Armenia since Azerbaijan reclaimed the region in an"
        " offensive that ended with a cease-fire on Wednesday."
    )
    assert figures(text)[0].category is FigureCategory.DISPLACED


@pytest.mark.parametrize(
    "text",
    [
        "Serb forces are accused of expelling some 800,000 ethnic Albanians from Kosovo since the bombing began.",
        "About 40,000 villagers were expelled from the border district, the United Nations said.",
    ],
)
def test_people_expelled_are_displaced(text: str) -> None:
    assert figures(text)[0].category is FigureCategory.DISPLACED


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Lakeshore, which has more than 1,400 players, threatened a boycott.", 1400, "players"),
        ("Inspectors took samples from 23 runners before dawn.", 23, "runners"),
        ("More than 200 portions were given away.", 200, "portions"),
        # past a word that sets them beside others, and not an adjective in -ous
        ("Three earlier truces collapsed within hours.", 3, "truces"),
        ("Two previous ceasefires failed.", 2, "ceasefires"),
    ],
)
def test_a_plural_noun_no_list_names_is_counted(text: str, value: int, unit: str) -> None:
    figure = only(text)
    assert (figure.value, figure.unit, figure.category) == (value, unit, FigureCategory.COUNT)


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations said in a joint statement that talks would resume.",
        "The two countries agreed to restore the hotline.",
        "Its three leaders met in Doha.",
        '"We spent two nights in a basement," she said.',
    ],
)
def test_those_named_already_and_measures_are_no_figures(text: str) -> None:
    assert figures(text) == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The tanker holds nearly 1.3 million barrels of crude.", 1_300_000),
        ("Output fell to about 700,000 barrels a day after the blockade.", 700_000),
    ],
)
def test_barrels_are_a_measure_of_no_fate(text: str, value: int) -> None:
    figure = only(text)
    assert (figure.value, figure.unit, figure.category) == (value, "barrels", FigureCategory.OTHER)


def test_the_three_routes_out_of_a_town_are_counted() -> None:
    assert only("The three routes will open at 8 a.m.").value == 3


def test_shekels_are_money() -> None:
    figure = only("A sack of flour rose to 150 shekels.")
    assert (figure.unit, figure.category) == ("shekels", FigureCategory.MONEY)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A loaf now costs $8.50 in the capital.", 8.5, "dollars"),
        ("The café charges £3.50 for an ice cream.", 3.5, "pounds"),
        ("Petrol sells for 1.50 euros a litre on the black market.", 1.5, "euros"),
    ],
)
def test_a_price_with_pence_or_cents_is_money_not_a_clock_time(text: str, value: float, unit: str) -> None:
    (figure,) = figures(text)
    assert (figure.value, figure.category, figure.unit) == (value, FigureCategory.MONEY, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Amna Osman fled the Bahri district with her four children on Saturday, she said.", 4),
        ("A strike on a tent in Muwasi killed a father and his four children, according to Nasser Hospital.", 4),
        ("Nana Gelashvili crossed the river at dawn with her three grandchildren.", 3),
    ],
)
def test_kin_after_a_possessive_are_counted(text: str, value: int) -> None:
    assert [f.value for f in figures(text)] == [value]


def test_a_few_after_a_possessive_that_are_not_kin_still_refer_back() -> None:
    assert figures("The envoy met both leaders and their three advisers in Doha on Monday.") == ()
