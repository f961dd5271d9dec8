"""The events and quotes stages: kinds, parties, dates, status, sources; speech and its speakers."""

from __future__ import annotations

import datetime

import pytest

import ceasefire
from ceasefire import ActorKind, Event, EventKind, Modifier, Report, Status


WEDNESDAY = datetime.date(2016, 11, 2)


def parse(text: str) -> Report:
    return ceasefire.parse(text, WEDNESDAY)


def events_of(report: Report, kind: EventKind) -> list[Event]:
    return [e for e in report.events if e.kind is kind]


def days_of(report: Report, kind: EventKind) -> list[str]:
    """The dates of the events of a kind that have one, in text order."""
    return [e.when.value for e in events_of(report, kind) if e.when is not None]


def test_halt_dated_by_its_clause() -> None:
    (event,) = events_of(
        parse("The army says it halted air attacks on the city on Oct. 18."), EventKind.HOSTILITIES_HALTED
    )
    assert event.when is not None
    assert event.when.value == "2016-10-18"


@pytest.mark.parametrize(
    "text",
    [
        "Government forces say they have halted their shelling of the city centre since Oct. 18.",
        "The air force suspended all its air strikes on the city on Oct. 18.",
    ],
)
def test_halt_with_an_owner_between_verb_and_object(text: str) -> None:
    (event,) = events_of(parse(text), EventKind.HOSTILITIES_HALTED)
    assert event.when is not None
    assert event.when.value == "2016-10-18"


def test_denial_has_its_agent() -> None:
    report = parse("Rebels accused the army of shelling the town, an allegation Moscow denied.")
    (denial,) = events_of(report, EventKind.DENIAL)
    assert [report.actor(a).name for a in denial.agents] == ["Russia"]
    assert events_of(report, EventKind.ALLEGATION)


def test_statement_dated_by_the_day_next_to_its_verb() -> None:
    report = parse("Defence Minister Ali Karimi said Tuesday that the talks would resume.")
    (statement,) = events_of(report, EventKind.STATEMENT)
    assert statement.when is not None
    assert statement.when.value == "2016-11-01"
    assert [report.actor(a).name for a in statement.agents] == ["Ali Karimi"]


def test_siege_since_a_month_is_ongoing_from_then() -> None:
    report = parse("Government forces have maintained a siege on the eastern districts since September.")
    (siege,) = events_of(report, EventKind.SIEGE)
    assert siege.when is not None
    assert (siege.when.value, siege.when.modifier and siege.when.modifier.value) == ("2016-09", "after")
    assert siege.status.value == "ongoing"


def test_other_halt_becomes_a_ceasefire_event_that_ended() -> None:
    report = parse("The bombing was halted ahead of a short ceasefire that ended last month.")
    (ceasefire_event,) = events_of(report, EventKind.CEASEFIRE)
    assert ceasefire_event.when is not None
    assert ceasefire_event.when.value == "2016-10"
    assert ceasefire_event.status.value == "ended"
    assert report.pauses == ()


def test_story_pause_is_announced_as_of_publication() -> None:
    report = parse("Russian President Vladimir Putin has offered a new humanitarian pause in Aleppo.")
    (announced,) = events_of(report, EventKind.PAUSE_ANNOUNCED)
    assert announced.when is not None
    assert announced.when.value == "2016-11-02"
    assert [report.actor(a).name for a in announced.agents] == ["Vladimir Putin"]


def test_every_event_has_evidence_holding_its_trigger() -> None:
    report = parse("Clashes broke out in the north. Aid convoys were blocked and dozens were killed.")
    assert report.events
    for event in report.events:
        evidence = report.article.text[event.evidence.start : event.evidence.end]
        assert event.trigger.lower() in evidence.lower()


def test_quote_speaker_after_the_quote() -> None:
    report = parse('"We will not leave the city," the U.N. said on Monday.')
    (quote,) = report.quotes
    assert quote.text == "We will not leave the city"
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "United Nations"


@pytest.mark.parametrize(
    "text",
    [
        '"It is the first quiet morning in weeks," says Umm Ahmad Shurrab, a mother of four.',
        '"It is the first quiet morning in weeks," adds Umm Ahmad Shurrab.',
    ],
)
def test_a_speaker_after_a_present_tense_verb_of_saying(text: str) -> None:
    report = parse(text)
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Umm Ahmad Shurrab"


def test_a_name_after_says_that_goes_on_is_what_was_said_not_a_speaker() -> None:
    report = parse("UN says El Fasher truce collapsed within hours")
    assert [a.name for a in report.actors if a.kind is ActorKind.PERSON] == []


DAY = datetime.date(2023, 12, 20)


def test_a_saying_in_the_present_tense_is_dated_the_day_of_publication() -> None:
    day = DAY
    report = ceasefire.parse("Qatar says a seven-day truce begins in Gaza. The U.N. said it was ready.", day)
    dated = {
        (e.trigger, e.when.value, e.when.modifier) for e in report.events if e.kind is EventKind.STATEMENT and e.when
    }
    # "said" when? the text does not say: about the day of the story, as the development set codes it
    assert dated == {("says", "2023-12-20", None), ("said", "2023-12-20", Modifier.APPROX)}


@pytest.mark.parametrize(
    "text",
    [
        "Qatar says a seven-day truce between Israel and Hamas begins on Thursday.",
        "The Rapid Support Forces (RSF) declare a unilateral humanitarian truce around El Fasher for 72 hours.",
        "Sudan's army and the RSF agree to extend a humanitarian ceasefire by 30 days.",
    ],
)
def test_a_pause_said_in_the_present_tense_is_announced_on_the_day_of_publication(text: str) -> None:
    report = ceasefire.parse(text, DAY)
    (announced,) = [e for e in report.events if e.kind is EventKind.PAUSE_ANNOUNCED]
    assert announced.when is not None
    assert announced.when.value == DAY.isoformat()


def test_a_leader_s_office_speaks_as_a_government_body() -> None:
    """The corpus codes "Netanyahu's office" as a body of government, not as the leader in person."""
    report = ceasefire.parse("Israeli Prime Minister Benjamin Netanyahu's office denied that Israel had agreed to it.")
    (denial,) = [e for e in report.events if e.kind is EventKind.DENIAL]
    assert [report.actor(a).name for a in denial.agents] == ["Netanyahu's office"]


def test_quote_speaker_before_the_quote() -> None:
    report = parse("Rami Saleh said: “The corridor is open and people are leaving.”")
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Rami Saleh"


@pytest.mark.parametrize(
    "text",
    [
        'It was part of the "Arab Spring" uprisings.',
        'Residents fled the so-called "safe zone" at dawn.',
        'Officials spoke of a "humanitarian pause" in the north.',
        'He called it "crucial" for the talks.',
    ],
)
def test_scare_quotes_and_names_are_not_quotes(text: str) -> None:
    assert parse(text).quotes == ()


def test_a_quotation_in_grave_accents_and_apostrophes_is_read() -> None:
    text = (
        "BEIRUT, Lebanon (AP) -- Israel and Hezbollah agreed to a cease-fire on Friday. ``This is not a peace treaty, "
        "but it's a real chance to protect civilians,'' Secretary of State Warren Christopher told reporters. Prime "
        "Minister Shimon Peres said: ``The residents of the north can sleep in their homes again.''"
    )
    quotes = parse(text).quotes
    assert [q.text for q in quotes] == [
        "This is not a peace treaty, but it's a real chance to protect civilians",
        "The residents of the north can sleep in their homes again",
    ]
    assert all(q.speaker is not None for q in quotes)


def test_quote_evidence_is_its_text() -> None:
    report = parse('The opposition dismissed it as a stunt for "public consumption."')
    (quote,) = report.quotes
    assert report.article.text[quote.evidence.start : quote.evidence.end] == quote.text == "public consumption"


def test_quote_written_on_social_media() -> None:
    report = parse('"Assault operations continue," Ukrainian President Volodymyr Zelenskyy wrote on social media.')
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Volodymyr Zelensky"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Clashes broke out in Goma on Tuesday.", "Goma"),
        ("Russia halted air attacks on Aleppo on Oct. 18.", "Aleppo"),
        ("Government troops launched attacks on the RSF.", None),
    ],
)
def test_event_location(text: str, location: str | None) -> None:
    report = parse(text)
    kinds = {EventKind.CONFLICT_ONSET, EventKind.HOSTILITIES_HALTED, EventKind.ATTACK}
    (event,) = [e for e in report.events if e.kind in kinds][:1]
    assert event.location == location


def test_an_attack_with_no_doer_no_day_and_no_arms_is_no_event() -> None:
    report = parse("Aid groups said they were relieved that the fighting was ending, but warned of hunger.")
    assert events_of(report, EventKind.ATTACK) == []


def test_an_attack_told_by_its_arms_stays_with_no_doer_or_day() -> None:
    report = parse("Air strikes and artillery fire rocked the southern districts of the capital.")
    assert events_of(report, EventKind.ATTACK) != []


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Government troops launched attacks on the RSF.", "government-forces"),
        ("Israel stepped up air strikes on Gaza.", "israel"),
    ],
)
def test_who_launched_attacks_made_them(text: str, agent: str) -> None:
    (attack,) = events_of(parse(text), EventKind.ATTACK)
    assert attack.agents == (agent,)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Russian shelling hit Kharkiv on Monday. Russia denied it.", "russia"),
        ("Gazans have endured intense Israeli bombardment for weeks, Israel's critics say.", "israel"),
        ("Saudi-led air strikes hit Sanaa on Monday, Saudi Arabia said.", "saudi-arabia"),
    ],
)
def test_a_blow_named_by_a_state_s_demonym_is_that_state_s(text: str, agent: str) -> None:
    (attack,) = events_of(parse(text), EventKind.ATTACK)
    assert attack.agents == (agent,)


def test_passive_agent_after_by() -> None:
    (attack,) = events_of(parse("Hundreds of civilians were shelled by Syrian forces in the east."), EventKind.ATTACK)
    assert attack.agents == ("syrian-arab-army",)


def test_target_after_on() -> None:
    (attack,) = events_of(parse("Rebels opened fire on government troops near the airport."), EventKind.ATTACK)
    assert (attack.agents, attack.targets) == (("rebels",), ("government-forces",))


def test_source_after_according_to() -> None:
    report = parse("The town was shelled on Monday, according to the United Nations.")
    (attack,) = events_of(report, EventKind.ATTACK)
    assert attack.source == "united-nations"
    (pause,) = parse("A humanitarian pause took effect on Monday, according to the United Nations.").pauses
    assert pause.announced_by == ("united-nations",)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Rebels did not attack the town on Monday.", "denied"),
        ("The Sudanese army will attack the town on Monday.", "planned"),
        ("The Sudanese army plans to attack the town.", "planned"),
        ("The Sudanese army would then attack the town.", "planned"),
        ("Shelling continued in the east.", "ongoing"),
        ("The Sudanese army attacked the town.", "unknown"),
    ],
)
def test_event_status_from_the_words_before_it(text: str, status: str) -> None:
    (attack,) = events_of(parse(text), EventKind.ATTACK)
    assert attack.status.value == status


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "A daily humanitarian pause began in the town on Wednesday.\n\n"
                "Russian President Vladimir Putin ordered the pause on Monday."
            ),
            "2016-10-31",
        ),
        (
            (
                "Families headed home on Wednesday after a ceasefire took effect.\n\n"
                "The 60-day truce, announced by U.S. President Joe Biden in Washington on Tuesday, requires both "
                "sides to withdraw."
            ),
            "2016-11-01",
        ),
        ("The army declared a temporary ceasefire late Tuesday to speed relief efforts.", "2016-11-01"),
        (
            (
                "Troops will observe a humanitarian pause in Marawi for 10 hours starting at 8 a.m. on Thursday, "
                "the military said on Tuesday."
            ),
            "2016-11-01",
        ),
        (
            (
                "The army and the rebels have agreed to a 14-day truce in Kidal, starting at 6 a.m. local time on "
                "Friday, Algerian mediators said here on Tuesday."
            ),
            "2016-11-01",
        ),
    ],
)
def test_pause_announced_on_the_day_next_to_its_announcing_verb(text: str, day: str) -> None:
    (announced,) = events_of(parse(text), EventKind.PAUSE_ANNOUNCED)
    assert announced.when is not None
    assert announced.when.value == day


@pytest.mark.parametrize(
    "text",
    [
        # the headline holds the start too: the body's "starting December 24" is still when it runs
        (
            "Manila and rebels agree truce from Dec. 24\n\nThe government and communist rebels have agreed on a "
            "30-day ceasefire across Mindanao starting December 24, the president's office said on Tuesday."
        ),
        (
            "Gangs agree five-day truce\n\nArmed gangs have agreed to a five-day truce from Monday to Friday so "
            "that students can sit exams, religious mediators said on Tuesday."
        ),
        # the halt's length before its day: "agreed to hold their fire for four hours on Sunday"
        (
            "Sides agree local truce\n\nKYIV (Reuters) - Ukraine and Russia agreed to hold their fire for four"
            " hours on Sunday near the plant, officials said on Tuesday."
        ),
        # a start with its time and its GMT, the pause's own mention differing from the day's words
        (
            "Army and RSF agree ceasefire from Monday\n\nKHARTOUM (Reuters) - The army and the RSF have agreed to a"
            " 72-hour ceasefire across the country starting at midnight on Monday (2200 GMT Sunday), the mediators"
            " said on Tuesday."
        ),
        # a start after "begins": when it runs, not when it was agreed
        (
            "Yemen truce\n\nADEN (AFP) - Yemen's warring parties have agreed to a truce that begins at 7 p.m."
            " (1600 GMT) on Saturday, the first day of Ramadan, the United Nations envoy announced on Tuesday."
        ),
    ],
)
def test_a_pause_s_bounds_do_not_date_its_announcement(text: str) -> None:
    (announced,) = events_of(parse(text), EventKind.PAUSE_ANNOUNCED)
    assert announced.when is not None
    assert announced.when.value == "2016-11-01"


def test_a_pause_s_end_does_not_date_its_announcement() -> None:
    report = parse(
        "Junta declares truce until April 22\n\nThe military government has declared a temporary ceasefire "
        "until April 22 to speed relief work after the earthquake."
    )
    (announced,) = events_of(report, EventKind.PAUSE_ANNOUNCED)
    assert announced.when is not None
    assert announced.when.value == "2016-11-02"  # as of publication, not the day it ends


def test_a_pause_is_announced_on_the_day_said_of_a_later_mention() -> None:
    report = parse(
        "Russia and Ukraine agreed to a 48-hour pause on attacks on ports near Odesa. "
        "The temporary halt to strikes on ports will run from 6 a.m. Kyiv time on Thursday to 6 a.m. on Saturday, "
        "Turkey's Foreign Ministry said in a statement late Tuesday."
    )
    (announced,) = events_of(report, EventKind.PAUSE_ANNOUNCED)
    assert announced.when is not None
    assert announced.when.value == "2016-11-01"


def test_a_pause_start_is_not_its_announcement() -> None:
    """Without a verb of announcing, a day after the pause is when it starts, not when it was made public."""
    report = parse("A humanitarian pause will begin on Friday, the United Nations said.")
    (announced,) = events_of(report, EventKind.PAUSE_ANNOUNCED)
    assert announced.when is not None
    # said with no day: about the day of publication, as for any saying
    assert (announced.when.value, announced.when.modifier) == ("2016-11-02", Modifier.APPROX)


def test_a_pause_with_no_announcement_told_gives_no_announced_event() -> None:
    report = parse("The truce in Hodeidah held for a second day, with markets open and streets quiet.")
    assert len(report.pauses) == 1
    assert events_of(report, EventKind.PAUSE_ANNOUNCED) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The militia launched an offensive on the port on Monday.", EventKind.ATTACK),
        ("The region has been cut off from electricity and banking since June.", EventKind.SIEGE),
        ("Government troops and allied militias have ringed the town since April 17.", EventKind.SIEGE),
        ("The rebels laid siege to the provincial capital in May.", EventKind.SIEGE),
        ("U.N. troops have cordoned off the two districts since Sept. 9.", EventKind.SIEGE),
        ("Thousands rallied in the capital on Sunday.", EventKind.PROTEST),
        ("Hamas frees 17 hostages.", EventKind.RELEASE),
        ("Thirty-five trucks left Gondar on Tuesday.", EventKind.AID_DELIVERY),
        ("Jihadists ambushed a patrol near Djibo on Sunday.", EventKind.ATTACK),
        ("Israeli warplanes pounded the southern suburbs on Tuesday.", EventKind.ATTACK),
        ("Shells landed on the central market on Monday.", EventKind.ATTACK),
        ("Sniper fire wounded two civilians on Tuesday.", EventKind.ATTACK),
        ("Troops killed four rebels in a firefight on Sunday.", EventKind.ATTACK),
        ("An Israeli strike on a school killed 14 people.", EventKind.ATTACK),
        ("Gunmen fired on the village on Sunday.", EventKind.ATTACK),
        ("Two farmers were shot dead near the river.", EventKind.KILLING),
        ("The army suspended drone operations over the city on Monday.", EventKind.HOSTILITIES_HALTED),
        ("Libya has been in turmoil since 2011.", EventKind.CONFLICT_ONSET),
        ("Rebel fighters marched back into Mekelle on Monday.", EventKind.ATTACK),
        ("The army retook the town in July.", EventKind.ATTACK),
        ("Kyiv turned the offer down on Thursday.", EventKind.REJECTION),
        ("The militants brushed the offer aside as a trap.", EventKind.REJECTION),
        ("Al-Shabaab has waged an insurgency against the government since 2006.", EventKind.CONFLICT_ONSET),
        ("Russia sent troops into Chechnya in December 1994.", EventKind.CONFLICT_ONSET),
        ("Abiy sent his troops into Tigray in November.", EventKind.CONFLICT_ONSET),
        ("Up to 80,000 have died since Russian troops were sent into Chechnya in 1994.", EventKind.CONFLICT_ONSET),
    ],
)
def test_common_wire_verbs_are_triggers(text: str, kind: EventKind) -> None:
    assert events_of(parse(text), kind)


def test_leaving_through_a_pause_s_corridors_is_one_evacuation_while_the_pause_holds() -> None:
    report = ceasefire.parse(
        "Army offers pause in Gondar\n\n"
        "ADDIS ABABA (AP) — The defence ministry on Wednesday ordered "
        "a humanitarian pause in Gondar between 6 a.m. and 6 p.m. on Friday.\n\n"
        "The militiamen would be permitted to leave unharmed and carrying their weapons through two corridors.\n\n"
        "Civilians could leave through five other corridors.\n",
        datetime.date(2024, 3, 13),
    )
    (evacuation,) = events_of(report, EventKind.EVACUATION)
    assert evacuation.when is not None
    assert evacuation.when.value == "2024-03-15T06:00"
    assert evacuation.status.value == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Al-Obeidi said LNA aircraft had not struck Ain Zara since Oct. 28.",
        "Russian warplanes have not bombed the city since Oct. 18, the ministry said.",
        # a blow's verb of doing between
        "Moscow says its aircraft have not carried out strikes on the town since 18 October.",
        # no doer: the subject is none
        "Army officers in the city say no warplane has struck the Old City since Saturday.",
    ],
)
def test_no_attack_since_a_day_is_a_halt_since_then(text: str) -> None:
    (halt,) = events_of(parse(text), EventKind.HOSTILITIES_HALTED)
    assert halt.when is not None
    assert (halt.when.value[:7], halt.status.value) == ("2016-10", "ongoing")
    assert not events_of(parse(text), EventKind.ATTACK)


def test_a_period_since_is_not_the_announcement() -> None:
    report = parse("The truce agreed on Friday is the ninth announced since fighting erupted in mid-April.")
    (announced,) = events_of(report, EventKind.PAUSE_ANNOUNCED)
    assert announced.when is None or not announced.when.value.endswith("-04")


def test_speaker_before_an_apposition() -> None:
    text = (
        "RSF commander Mohamed Hamdan Dagalo, known as Hemedti, said his forces would respect the truce "
        '"as long as the other side does."'
    )
    report = parse(text)
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Mohamed Hamdan Dagalo"


def test_a_quotation_going_on_keeps_its_speaker() -> None:
    text = (
        '"This is not a solution," U.N. humanitarian coordinator Yacoub El Hillo told reporters in Damascus. '
        '"We need unimpeded access, not one-off convoys."'
    )
    report = parse(text)
    assert [report.actor(q.speaker).name if q.speaker else None for q in report.quotes] == ["Yacoub El Hillo"] * 2


def test_a_quotation_after_another_speaker_is_not_carried_over() -> None:
    text = '"We will hold," Defence Minister Ali Karimi said. Rebel commander Omar Haddad replied: "They will not."'
    report = parse(text)
    speakers = [report.actor(q.speaker).name if q.speaker else None for q in report.quotes]
    assert speakers[0] == "Ali Karimi"
    assert speakers[1] != "Ali Karimi"


def test_a_comma_alone_does_not_join_two_subjects() -> None:
    report = parse("Civilians left through a corridor agreed with Russia, Deputy Prime Minister Iryna Vereshchuk said.")
    (statement,) = events_of(report, EventKind.STATEMENT)
    assert [report.actor(a).name for a in statement.agents] == ["Iryna Vereshchuk"]


def test_the_speaker_after_a_quotation_is_the_agent_of_saying() -> None:
    """In '"...," said Volker Perthes' Perthes is the one who said it, not its target."""
    report = ceasefire.parse('"We need this ceasefire to hold so that aid can reach people," said Volker Perthes.')
    (statement,) = [e for e in report.events if e.kind is EventKind.STATEMENT]
    assert [report.actor(i).name for i in statement.agents] == ["Volker Perthes"]
    assert statement.targets == ()


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Ukraine's air force said Russia had launched 87 drones overnight.", []),
        ("Vladimir Putin told Defense Minister Sergei Shoigu to halt the strikes.", ["Sergei Shoigu"]),
        ("The United States urged Israel to allow more aid into Gaza.", ["Israel"]),
    ],
)
def test_only_verbs_of_telling_have_someone_spoken_to(text: str, targets: list[str]) -> None:
    """After "said" an actor begins what was said; after "told" or "urged" it is the one spoken to."""
    report = ceasefire.parse(text)
    statement = next(e for e in report.events if e.kind is EventKind.STATEMENT)
    assert [report.actor(i).name for i in statement.targets] == targets


def test_he_after_a_quotation_is_the_person_just_named() -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskiy said drones were in the skies. "
        '"Putin is once again trying to play with human lives," he wrote.'
    )
    report = ceasefire.parse(text)
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Volodymyr Zelensky"


def test_they_after_a_quotation_names_no_one() -> None:
    text = 'Ukrainian President Volodymyr Zelenskiy spoke first. "We will not give up our land," they said.'
    (quote,) = ceasefire.parse(text).quotes
    assert quote.speaker is None


def test_announced_by_someone_on_a_weekday_is_the_last_one() -> None:
    """The "by" of a passive agent does not point ahead; "by Friday" does."""
    text = "The truce, announced by the White House on Monday, took effect on Tuesday. Aid must arrive by Friday."
    report = ceasefire.parse(text, datetime.date(2024, 2, 21))
    announced = next(e for e in report.events if e.kind is EventKind.PAUSE_ANNOUNCED)
    assert announced.when is not None
    assert announced.when.value == "2024-02-19"


def test_the_day_of_saying_does_not_date_what_was_said() -> None:
    text = "The truce clears the way for the first release of hostages, the spokesman said Thursday."
    report = ceasefire.parse(text, datetime.date(2023, 11, 23))
    release = next(e for e in report.events if e.kind is EventKind.RELEASE)
    assert release.when is None


def test_a_deed_said_in_the_past_perfect_takes_the_day_of_the_dated_one_before_not_the_saying_s() -> None:
    lead = (
        "Rebels shell Kadugli\n\nKHARTOUM (Reuters) - Rebel fighters shelled the town of Kadugli on Monday, residents"
        " said."
    )
    later = "The army said the rebels had shelled its positions near the airport from the hills."
    report = ceasefire.parse(f"{lead}\n\n{later}", datetime.date(2025, 3, 12))
    assert days_of(report, EventKind.ATTACK) == ["2025-03-10", "2025-03-10"]
    # with no dated deed before it, the saying's day still dates it
    alone = ceasefire.parse(f"Rebels shell Kadugli\n\nKHARTOUM (Reuters) - {later}", datetime.date(2025, 3, 12))
    assert days_of(alone, EventKind.ATTACK) == ["2025-03-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The offer would stand until the rebels accepted it, he said.",
        "The initiative would take effect as soon as the Huthis accepted it, the minister said.",
        "No plan from Moscow would be accepted, she said.",
        "There was no sign that the warring parties had agreed to stop.",
        # a paper signed, no deal between sides
        "In Washington, President Obama signed an order freezing assets held by the president's family.",
        "More than 200 members have signed a petition demanding that both sides make peace.",
    ],
)
def test_an_acceptance_on_a_condition_to_come_or_doubted_is_no_agreement(sentence: str) -> None:
    report = parse(f"LAGOS (Reuters) - Fighting went on near the border on Monday. {sentence}")
    assert events_of(report, EventKind.AGREEMENT) == []


def test_nothing_agreed_and_no_reports_of_deaths_are_no_events() -> None:
    report = parse(
        'BEIRUT (Reuters) - Fighting eased on Monday. It had no reports of deaths. "So far nothing has been agreed,"'
        " he said."
    )
    assert events_of(report, EventKind.AGREEMENT) == []
    assert events_of(report, EventKind.KILLING) == []


def test_an_acceptance_told_as_done_is_still_an_agreement() -> None:
    report = parse("LAGOS (Reuters) - The rebels accepted the offer on Monday, their spokesman said.")
    assert days_of(report, EventKind.AGREEMENT) == ["2016-10-31"]


@pytest.mark.parametrize("earlier", ["Earlier truces", "Several previous truces", "Similar truces"])
def test_earlier_halts_told_with_no_day_take_none_from_the_story_s_halt(earlier: str) -> None:
    text = (
        "MOSCOW (Reuters) - A ceasefire took effect in Aleppo at 9 a.m. on Friday, the Russian military said."
        f" {earlier} arranged by Moscow collapsed within hours amid renewed shelling."
    )
    report = ceasefire.parse(text, datetime.date(2016, 11, 4))
    assert days_of(report, EventKind.CEASEFIRE) == ["2016-11-04T09:00"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier pauses declared by Moscow drew few takers, with each side blaming the other.",
        "Previous truces announced by Russia have collapsed, rebels say.",
    ],
)
def test_earlier_halts_take_no_day_from_a_saying_of_theirs(sentence: str) -> None:
    """A saying with no day of its own dates recent deeds about the day of publication; earlier halts are none."""
    report = ceasefire.parse(f"Civilians stayed indoors in eastern Aleppo. {sentence}", datetime.date(2016, 11, 4))
    assert days_of(report, EventKind.CEASEFIRE) == []


def test_an_announcement_counted_from_the_day_before_it_takes_the_count() -> None:
    """A day then "a day after Medvedev ordered an end to military operations": ordered the day before."""
    text = (
        "MOSCOW, Aug 13 (Reuters) - Russian tanks were still parked in Gori on Wednesday, a day after President"
        " Dmitry Medvedev ordered an end to military operations in Georgia."
    )
    report = ceasefire.parse(text, datetime.date(2008, 8, 13))
    assert days_of(report, EventKind.PAUSE_ANNOUNCED) == ["2008-08-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The king gave way on Monday after 19 days of strikes and demonstrations in the capital.",
        "The unions called general strikes across the country on Monday.",
        "The junta banned protests and strikes in the capital on Monday.",
    ],
)
def test_labour_s_strikes_are_no_attack(sentence: str) -> None:
    report = parse(f"KATHMANDU (Reuters) - {sentence}")
    assert events_of(report, EventKind.ATTACK) == []


def test_a_blow_that_could_resume_on_a_condition_is_none() -> None:
    report = parse("BRUSSELS (AP) - Solana warned on Thursday that the bombing could resume if the withdrawal stalled.")
    assert events_of(report, EventKind.ATTACK) == []


@pytest.mark.parametrize("negation", ["haven't", "haven’t", "hadn't"])
def test_a_contracted_negation_makes_a_halt_since_a_day_not_a_blow(negation: str) -> None:
    text = f"ALEPPO (Reuters) - Moscow and Damascus say their aircraft {negation} struck the area since Oct. 24."
    report = ceasefire.parse(text, datetime.date(2016, 11, 1))
    assert events_of(report, EventKind.ATTACK) == []
    assert days_of(report, EventKind.HOSTILITIES_HALTED) == ["2016-10-24"]


def test_a_deal_told_in_the_present_perfect_with_no_day_is_of_the_story_s_day() -> None:
    text = (
        "NAPLES (Reuters) - Two rival pizzerias in the Sanita district have agreed a 48-hour truce in their price war."
    )
    report = ceasefire.parse(text, datetime.date(2019, 7, 2))
    agreements = events_of(report, EventKind.AGREEMENT)
    assert [(e.when.value, e.when.modifier) for e in agreements if e.when is not None] == [
        ("2019-07-02", Modifier.APPROX)
    ]


def test_neither_party_striking_since_a_day_is_a_halt_since_then() -> None:
    text = (
        "MOSCOW (Reuters) - Moscow insists that neither its aircraft nor those of the Syrian air force have bombed"
        " the town since October 26."
    )
    report = ceasefire.parse(text, datetime.date(2016, 11, 7))
    assert events_of(report, EventKind.ATTACK) == []
    assert days_of(report, EventKind.HOSTILITIES_HALTED) == ["2016-10-26"]


def test_a_release_set_as_a_condition_is_none() -> None:
    report = parse(
        "SWEIDA (Reuters) - A tribal commander said on Monday his men would respect the truce if Druze factions"
        " released Bedouin captives."
    )
    assert events_of(report, EventKind.RELEASE) == []


def test_the_subject_who_speaks_is_the_whole_mention_not_its_first_word() -> None:
    text = (
        "U.S. Secretary of State Mike Pompeo, who hosted the foreign ministers of both countries in Washington "
        'on Friday, urged both sides to "implement the cease-fire as agreed."'
    )
    report = ceasefire.parse(text)
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Mike Pompeo"


def test_a_definite_mention_of_the_storys_pause_is_no_other_ceasefire() -> None:
    text = (
        "A temporary truce was declared in Homs on Friday to let civilians leave. "
        "The temporary truce could be extended further if needed, the governor said."
    )
    report = ceasefire.parse(text)
    assert len(report.pauses) == 1
    ceasefires = [e for e in report.events if e.kind is EventKind.CEASEFIRE]
    assert len(ceasefires) == 1


@pytest.mark.parametrize(
    "text",
    [
        "More than 3.5 million people have been displaced by the fighting, the U.N. said.",
        "The GNA said its forces would respond to any attack.",
        "Residents of the valley have now gone nine days without a single raid.",
        "At least 1,200 people died after the earthquake struck near the coast on Monday.",
        "Aid workers said the cyclone hit the camps hardest.",
        "Troops would hold their positions and respond only if attacked, he said.",
        "About 1,500 families who fled fighting around Kyaukme went back to their homes.",
        "The truce ended more than a year of fighting along the border.",
        '"Our fighters will not fire a single shot unless they are attacked," the spokesman said.',
    ],
)
def test_a_backdrop_or_a_threat_is_no_attack(text: str) -> None:
    assert [e for e in ceasefire.parse(text).events if e.kind is EventKind.ATTACK] == []


@pytest.mark.parametrize(
    "text",
    [
        "Three children were among the dead, according to medical officials.",
        '"It is a chance to bury our dead," she wrote.',
    ],
)
def test_the_dead_as_victims_are_no_killing_of_their_own(text: str) -> None:
    assert [e for e in ceasefire.parse(text).events if e.kind is EventKind.KILLING] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The minister said Tehran had no intention of continuing its response if Israel halted its strikes.",
            EventKind.HOSTILITIES_HALTED,
        ),
        (
            "The rebels said they would hold their fire if the army stopped its drone strikes.",
            EventKind.HOSTILITIES_HALTED,
        ),
        ("The militia threatened to march on the capital unless the president agreed to talks.", EventKind.AGREEMENT),
        ("The rebels would not advance on Kinshasa unless President Kabila agreed to talks.", EventKind.NEGOTIATION),
        ("The army warned that troops would respond if rebel groups attacked or seized territory.", EventKind.ATTACK),
        ("Ankara said it would intervene to protect the minority if the killings did not stop.", EventKind.KILLING),
    ],
)
def test_a_deed_only_set_as_a_condition_is_no_event(text: str, kind: EventKind) -> None:
    assert events_of(ceasefire.parse(text), kind) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they would deal positively with any effort to ease the suffering of civilians.",
        "Yeltsin gave Lebed broad powers to deal with Chechnya this month.",
        "Rebel commanders said they pulled out of the ruined city of their own accord last week.",
        # an idiom, and a word of a body's name
        '"Both clubs give this village a great deal every year," the chairman said on Monday.',
        "Forces loyal to Libya's Government of National Accord retook the town of Gharyan on Wednesday.",
    ],
)
def test_deal_as_a_verb_and_own_accord_are_no_agreement(text: str) -> None:
    assert events_of(ceasefire.parse(text), EventKind.AGREEMENT) == []


def test_a_deal_told_with_its_broker_is_no_talks_but_talks_brokered_are() -> None:
    report = ceasefire.parse(
        "AMMAN (Reuters) - A ceasefire brokered by the United States and Jordan took hold on Sunday. The deal was "
        "mediated by Qatar. The truce, brokered by Egypt, held. Talks brokered by China resumed on Monday."
    )
    assert [e.trigger for e in events_of(report, EventKind.NEGOTIATION)] == ["Talks"]


@pytest.mark.parametrize(
    "text",
    [
        "A nationwide ceasefire in Syria brokered by Russia and Turkey largely held on Friday.",
        "A U.S.-Russian brokered cease-fire took effect across Syria at sundown on Monday.",
    ],
)
def test_who_brokered_a_halt_told_with_it_held_no_talks(text: str) -> None:
    assert events_of(ceasefire.parse(text), EventKind.NEGOTIATION) == []


def test_a_deal_signed_is_an_agreement() -> None:
    report = ceasefire.parse("The two sides signed a deal on Monday to reopen the road to the city.")
    assert events_of(report, EventKind.AGREEMENT)


def test_a_halt_told_plainly_is_one() -> None:
    report = ceasefire.parse("The rebels said the army stopped its drone strikes on Tuesday.")
    assert events_of(report, EventKind.HOSTILITIES_HALTED)


def test_talks_that_ended_without_a_ceasefire_made_none() -> None:
    report = ceasefire.parse("Talks in Jeddah ended without a ceasefire, and the fighting in Khartoum went on.")
    assert [e for e in report.events if e.kind is EventKind.CEASEFIRE] == []


def test_an_attack_told_in_a_when_clause_is_one() -> None:
    report = ceasefire.parse("Twelve people were killed when shells hit a market on Wednesday.")
    assert [e for e in report.events if e.kind is EventKind.ATTACK]


def test_blows_stopped_with_their_verb_are_a_halt_on_that_day() -> None:
    report = parse("Syrian and Russian aircraft stopped striking the town centre on Monday.")
    assert days_of(report, EventKind.HOSTILITIES_HALTED) == ["2016-10-31"]
    assert events_of(report, EventKind.ATTACK) == []


@pytest.mark.parametrize(
    "text",
    [
        "Opposition activists accused Russian jets of striking a vegetable market in the town on Monday, killing nine.",
        "The White Helmets accused the jets of hitting a market in a nearby village on Monday.",
        "Warplanes circled overhead on Monday, striking a field clinic on the edge of the town.",
    ],
)
def test_a_blow_charged_or_told_in_its_participle_is_an_attack_on_its_day(text: str) -> None:
    assert days_of(parse(text), EventKind.ATTACK) == ["2016-10-31"]


@pytest.mark.parametrize(
    "text",
    [
        "The party leader accused the government on Monday of striking a secret deal with the guerrillas.",
        "Officials accused the militants on Monday of striking names off the evacuation lists.",
    ],
)
def test_a_deal_struck_or_names_struck_off_is_no_attack(text: str) -> None:
    assert events_of(parse(text), EventKind.ATTACK) == []


def test_an_attack_said_plainly_is_one() -> None:
    report = ceasefire.parse("Israeli strikes hit Beirut's southern suburbs on Tuesday.")
    assert [e.kind for e in report.events] == [EventKind.ATTACK]


def test_no_event_from_a_word_of_a_name_or_from_any() -> None:
    text = (
        "The Government of National Accord said it accepted the truce. "
        "The government denied that any prisoner exchange had been agreed."
    )
    kinds = [(e.kind, e.trigger) for e in ceasefire.parse(text).events]
    assert (EventKind.AGREEMENT, "Accord") not in kinds
    assert all(kind is not EventKind.RELEASE for kind, _ in kinds)


def test_the_deal_of_the_story_is_read_once_but_what_it_says_is_kept() -> None:
    text = (
        "Israel and Hamas agreed to a four-day truce in Gaza. "
        "Under the deal, reached on Wednesday, hostages are freed. Families of the captives welcomed the deal."
    )
    triggers = [e.trigger for e in ceasefire.parse(text).events if e.kind is EventKind.AGREEMENT]
    assert "deal" in triggers
    assert len([t for t in triggers if t == "deal"]) == 1


def test_a_ceasefire_sought_is_no_ceasefire_event() -> None:
    report = ceasefire.parse("Talks on a nationwide ceasefire have stalled since last year.")
    assert [e.kind for e in report.events] == [EventKind.NEGOTIATION]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken will try to secure a truce on Monday, officials said.",
        "Mediators are seeking to broker a ceasefire between the clans on Friday.",
    ],
)
def test_a_ceasefire_one_tries_to_secure_is_no_ceasefire_event(text: str) -> None:
    assert all(e.kind is not EventKind.CEASEFIRE for e in ceasefire.parse(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Geneva in August failed to produce a truce, and the fighting goes on.",
        "The plan does not include a cease-fire, and fighting between the army and the rebels continued on Sunday.",
        "The envoy proposed last week a seven-day humanitarian truce in and around the city.",
    ],
)
def test_a_dated_halt_never_made_is_no_ceasefire_event(text: str) -> None:
    assert events_of(parse(text), EventKind.CEASEFIRE) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A previous truce, agreed in March, collapsed within days.", "2016-03"),
        ("Similar pauses announced by Moscow in Aleppo in October collapsed within hours.", "2016-10"),
    ],
)
def test_a_halt_of_the_past_is_still_a_ceasefire_event(text: str, day: str) -> None:
    assert days_of(parse(text), EventKind.CEASEFIRE) == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Western governments accuse Moscow of killing scores of civilians in earlier raids on the town.",
        "Previous strikes on the district had knocked two hospitals out of service, aid groups said on Monday.",
        "Western governments had accused them of killing civilians during earlier raids on the area.",
        "Previous pauses announced by Moscow drew few people out, as shelling continued on both sides.",
        "Moscow and Damascus have staged similar pauses before, but few people used the corridors as shelling went on.",
    ],
)
def test_blows_of_the_past_told_together_are_a_backdrop(text: str) -> None:
    assert all(e.kind is not EventKind.ATTACK for e in ceasefire.parse(text).events)


def test_a_time_of_the_main_clause_does_not_date_an_after_clause() -> None:
    text = (
        "Somaliland announced a three-day ceasefire, starting at midnight on Saturday, after clashes with local "
        "militias killed at least 20 people yesterday."
    )
    report = ceasefire.parse(text, datetime.date(2023, 2, 10))
    clashes = next(e for e in report.events if e.kind is EventKind.ATTACK)
    assert clashes.when is not None
    assert clashes.when.value == "2023-02-09"


def test_a_quotation_of_several_sentences_is_attributed_after_its_last() -> None:
    text = (
        '"The truce did not last a morning. Shells were landing on the camp before our trucks could leave," '
        "said Elena Marchetti, a spokeswoman for OCHA."
    )
    report = ceasefire.parse(text)
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Elena Marchetti"


def test_a_speaker_with_an_apposition_before_the_verb() -> None:
    text = (
        "Stefan Brunner, the ICRC's regional director, said the organization needed "
        '"concrete, workable guarantees" from both sides.'
    )
    report = ceasefire.parse(text)
    (quote,) = report.quotes
    brunner = report.actor_named("Stefan Brunner")
    assert brunner is not None
    assert quote.speaker == brunner.id
    assert brunner.affiliation == "international-committee-of-the-red-cross"


def test_a_speaker_named_by_a_surname_spelt_as_the_article_spells_it() -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskyy said Kyiv would respond in kind. "
        '"Russian assault operations continue," Zelenskyy wrote on social media.'
    )
    report = ceasefire.parse(text)
    (quote,) = report.quotes
    assert quote.speaker == "volodymyr-zelensky"


def test_with_someone_calling_it_gives_the_quotation_to_them() -> None:
    text = (
        "The United Nations welcomed the extension, with Secretary-General Antonio Guterres calling it "
        '"a rare window of hope" for the country.'
    )
    report = ceasefire.parse(text)
    (quote,) = report.quotes
    assert quote.speaker == "antonio-guterres"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('The military has announced a daily "tactical pause" in fighting along the road.', []),
        ('Lebanese Prime Minister Najib Mikati called the ceasefire "a first step" towards calm.', ["a first step"]),
    ],
)
def test_a_term_in_quotation_marks_is_no_quotation(text: str, quoted: list[str]) -> None:
    assert [q.text for q in ceasefire.parse(text).quotes] == quoted


def test_the_day_of_a_statement_is_not_the_pauses_day() -> None:
    text = "The pause will run from 8am until 7pm every day, the military said in a statement on Sunday."
    pause = ceasefire.parse(text, datetime.date(2024, 6, 16)).pauses[0]
    assert pause.start is None or not pause.start.value.startswith("2024-06-16")


def test_the_dateline_is_not_who_speaks() -> None:
    text = (
        "Title\n\nUNITED NATIONS, Nov 6 (Reuters) - U.N. Secretary-General Antonio Guterres renewed his call for a "
        'ceasefire, warning that the enclave was "becoming a graveyard for children."'
    )
    report = ceasefire.parse(text)
    (quote,) = report.quotes
    assert quote.speaker == "antonio-guterres"


def test_the_name_of_a_pause_in_quotation_marks_is_no_quotation() -> None:
    text = 'The U.S. has pressed Israel to agree to "humanitarian pauses" in Gaza.'
    assert ceasefire.parse(text).quotes == ()


def test_two_words_of_war_nobody_is_said_to_have_said_are_no_quotation() -> None:
    assert ceasefire.parse('The shops made peace after weeks of "price war" between the two bakeries.').quotes == ()
    (quote,) = ceasefire.parse('"Price war," Mayor Anna Berg said of the feud on Monday.').quotes
    assert quote.text == "Price war"


def test_strikes_to_be_stopped_are_no_attack() -> None:
    report = ceasefire.parse(
        "Ukraine and Russia have agreed to stop military strikes in the Black Sea, the White House said."
    )
    assert all(e.kind is not EventKind.ATTACK for e in report.events)


def test_the_day_a_story_was_filed_dates_none_of_its_events() -> None:
    text = (
        "Title\n\nBANGKOK, Jan 12 (Reuters) - Myanmar's military and the MNDAA have agreed to an immediate "
        "ceasefire following talks mediated by China."
    )
    report = ceasefire.parse(text)
    # the agreement and the talks are not dated by the filing; the pause's announcement, told in the present
    # perfect ("have agreed"), is reported as of it
    told = [e for e in report.events if e.kind is not EventKind.PAUSE_ANNOUNCED]
    assert told
    assert all(e.when is None or "01-12" not in e.when.value for e in told)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The Saudi-led coalition fighting in Yemen announced a truce on Wednesday.", "Saudi-led coalition"),
        ("Aid workers in Gaza said the truce held.", "aid workers"),
        (
            "The Saudi-led coalition fighting Houthi rebels in Yemen said it would observe a truce.",
            "Saudi-led coalition",
        ),
        ("The Sudanese army battling the RSF said it would observe the truce.", "Sudanese Armed Forces"),
    ],
)
def test_a_subject_speaks_past_a_phrase_that_places_it(text: str, agent: str) -> None:
    report = parse(text)
    (event,) = [e for e in report.events if e.kind in {EventKind.STATEMENT, EventKind.PAUSE_ANNOUNCED}][:1]
    assert [report.actor(a).name for a in event.agents] == [agent]


def test_figures_released_are_no_release_event() -> None:
    report = parse("Hundreds of children were vaccinated, according to OCHA figures released on Tuesday.")
    assert events_of(report, EventKind.RELEASE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of civilians are believed to have been killed, though no official toll has been released.",
        "The army released a statement on Monday denying the raid.",
        "The group released a video on Tuesday showing the burned convoy.",
        "Hamas handed over the list of names late on Saturday.",
    ],
)
def test_what_is_published_or_handed_is_no_release_event(text: str) -> None:
    assert events_of(parse(text), EventKind.RELEASE) == []


@pytest.mark.parametrize(
    "text",
    [
        'The government urged Tigrayan forces to "desist from all acts of aggression."',
        'The government asked the TPLF to "withdraw from areas it has occupied."',
        'It accused Armenian units of "large-scale provocations", saying they had mined roads.',
    ],
)
def test_a_party_urged_or_asked_does_not_speak_the_quotation(text: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.speaker is None


def test_a_relative_clause_dates_its_own_onset_not_the_main_verb() -> None:
    report = parse("The war, which began in November 2020, has killed tens of thousands of people.")
    (onset,) = events_of(report, EventKind.CONFLICT_ONSET)
    (killing,) = events_of(report, EventKind.KILLING)
    assert onset.when is not None
    assert (onset.when.value, killing.when) == ("2020-11", None)


def test_an_onset_referred_to_again_is_one_event() -> None:
    report = parse(
        "Millions have fled Ukraine since the invasion in February. Since the invasion began, thousands have died."
    )
    assert len(events_of(report, EventKind.CONFLICT_ONSET)) == 1


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Qatar, which has been mediating between Israel and Hamas, said talks were continuing.", "Qatar"),
        ("Al Shabaab, which is allied with al Qaeda, said in a statement that it had won.", "al-Shabaab"),
        ("Somali troops backed by African Union peacekeepers clashed with militants on Monday.", "Somali forces"),
    ],
)
def test_a_subject_past_a_relative_clause_or_a_backing(text: str, agent: str) -> None:
    report = parse(text)
    event = report.events[0]
    assert [report.actor(a).name for a in event.agents] == [agent]


def test_the_clause_after_a_subject_is_no_apposition_when_it_has_a_verb() -> None:
    """In "The ministry, which helps X, is trying to retake Aleppo, said opposition groups", the groups say it."""
    report = ceasefire.parse(
        "The Russian Defense Ministry, which is helping forces loyal to Bashar Assad, is trying to retake Aleppo,"
        " said opposition groups."
    )
    (statement,) = events_of(report, EventKind.STATEMENT)
    assert [report.actor(a).name for a in statement.agents] == ["opposition"]


def test_a_sentence_led_by_he_quotes_the_person_named_last() -> None:
    report = parse(
        'The pauses will be announced in advance, spokesman John Kirby told reporters. He described them as "a step'
        ' in the right direction" and said more was needed.'
    )
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "John Kirby"


def test_who_is_told_does_not_speak_after_the_quotation() -> None:
    report = parse(
        'Umm Mohammed, a mother of five, said she would walk home. "I want to sit on it and drink my tea," she told'
        " the BBC."
    )
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Umm Mohammed"


def test_a_party_described_by_what_it_is_fighting_makes_no_attack() -> None:
    report = parse("The Saudi-led coalition fighting in Yemen announced a truce. Fighting raged in Aden on Monday.")
    assert [e.trigger for e in events_of(report, EventKind.ATTACK)] == ["Fighting"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Ukraine accused Russia of shelling the town on Friday.", "russia"),
        ("Hamas accused Israel of having bombed the school on Friday.", "israel"),
        ("Kyiv blamed Russia for the attack on the port on Friday.", "russia"),
    ],
)
def test_the_one_accused_of_a_blow_is_its_agent_as_the_accuser_says(text: str, agent: str) -> None:
    (attack,) = events_of(parse(text), EventKind.ATTACK)
    assert attack.agents == (agent,)


def test_the_accuser_named_after_by_is_not_the_agent() -> None:
    report = parse("Both militias, accused by UN experts of killing civilians on Friday, denied it.")
    assert all("united-nations" not in e.agents for e in events_of(report, EventKind.KILLING))


@pytest.mark.parametrize(
    "text",
    [
        "The Kosovo Liberation Army, the guerrilla force fighting for independence, said it did not trust him.",
        "Rebels fighting for greater autonomy in the north rejected the offer on Monday.",
    ],
)
def test_a_party_described_by_the_cause_it_fights_for_makes_no_attack(text: str) -> None:
    assert events_of(parse(text), EventKind.ATTACK) == []


def test_fighting_for_a_place_is_an_attack() -> None:
    assert len(events_of(parse("Fighting for the town raged on Monday."), EventKind.ATTACK)) == 1


def test_a_toll_in_the_blow_told_before_takes_its_day_and_the_blow_is_not_told_twice() -> None:
    report = parse(
        "A drone struck the main market in the town on Monday, officials said. At least 14 people were killed in"
        " the market strike, a local rescue group said. The rebels denied any role in the attack."
    )
    assert days_of(report, EventKind.KILLING) == ["2016-10-31"]
    assert days_of(report, EventKind.ATTACK) == ["2016-10-31"]


@pytest.mark.parametrize(
    "second",
    [
        "The strikes killed four people, the rebels' television said.",
        "The army said it had repelled the attack.",
        "An armed group claimed both attacks.",
    ],
)
def test_a_blow_pointed_back_to_is_the_one_told_with_its_day(second: str) -> None:
    report = parse(f"Jets struck two villages near the border on Monday, residents said. {second}")
    assert [e.when and e.when.value for e in events_of(report, EventKind.ATTACK)] == ["2016-10-31"]


def test_a_blow_pointed_back_to_after_a_blow_told_undated_is_kept() -> None:
    report = parse("Shelling hit the port, residents said. The army said it had repelled the raid.")
    assert len(events_of(report, EventKind.ATTACK)) == 2


def test_the_leads_undated_blow_takes_the_day_the_next_sentence_tells_it_on() -> None:
    report = parse(
        "Drone strike on car kills two\n\n"
        "An Israeli drone has struck a car in the city of Tyre, killing two men, the health ministry says."
        "\n\nThe strike on Monday morning hit a white sedan at a busy roundabout."
        "\n\nThe latest attack, on Sunday, burned a school."
    )
    # the second telling of the lead's strike is dropped; "The latest attack" is another blow, with its own day
    assert days_of(report, EventKind.ATTACK) == ["2016-10-31", "2016-10-30"]
    assert days_of(report, EventKind.KILLING) == ["2016-10-31"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # leaders' calls and deals hammered out are negotiations
        ("Putin and Trump spoke by phone on Monday for about two hours, the Kremlin said.", EventKind.NEGOTIATION),
        ("The deal was thrashed out in the lobby of the assembly on Monday evening.", EventKind.NEGOTIATION),
        (
            "The understanding was reached in a hotline conversation between the two generals on Monday.",
            EventKind.NEGOTIATION,
        ),
        # an envoy going between the sides
        (
            "The U.S. envoy shuttled between Damascus and Jerusalem on Monday in search of a truce.",
            EventKind.NEGOTIATION,
        ),
        (
            "Norway's foreign minister spent Monday shuttling between the two delegations at a hotel in Oslo.",
            EventKind.NEGOTIATION,
        ),
        # aid dropped or sent is a delivery
        (
            "U.S. planes dropped 38,000 meals over northern Gaza on Monday, the first airdrop of the war.",
            EventKind.AID_DELIVERY,
        ),
        (
            "The disaster agency sent relief supplies and twenty-two water trucks to the hardest-hit areas on Monday.",
            EventKind.AID_DELIVERY,
        ),
        # captives handed back or traded are released
        (
            "Russia and Ukraine each handed back 121 prisoners of war on Monday in an exchange mediated by the UAE.",
            EventKind.RELEASE,
        ),
        ("Azerbaijan and Armenia exchanged prisoners at their shared border on Monday.", EventKind.RELEASE),
        # people who flee in a summary's present, or cross into safety, are displaced
        (
            "Dozens of families flee Ashrafieh on Monday for mosques and relatives' homes in western Aleppo.",
            EventKind.DISPLACEMENT,
        ),
        (
            "About 2,340 civilians crossed into government-held areas on Monday, the military said.",
            EventKind.DISPLACEMENT,
        ),
        # a volley counted is an attack
        (
            "Overnight into Monday, Russia launched 96 drones and four ballistic missiles at Ukraine, officials said.",
            EventKind.ATTACK,
        ),
        ("Russia sent at least 40 drones towards Kyiv on Monday, the city administration said.", EventKind.ATTACK),
    ],
)
def test_the_words_of_a_deed_read_it_on_its_day(text: str, kind: EventKind) -> None:
    assert days_of(parse(text), kind) == ["2016-10-31"]


def test_an_undated_deed_takes_the_day_of_the_deed_told_just_before_it() -> None:
    report = parse(
        "Drones hit Ukraine\n\n"
        "Overnight into Monday, Russia struck Kharkiv with 96 drones, the air force said. A drone hit a gas plant"
        " in the Poltava region, the governor said. Russia has hit the grid since 2022.\n\n"
        "Two people were killed in Kherson, officials said."
    )
    # the second deed goes on telling that night; a backdrop ("has hit") and a new paragraph keep their own
    assert [e.when.value if e.when else None for e in events_of(report, EventKind.ATTACK)] == [
        "2016-10-31",
        "2016-10-31",
        "2022",
    ]
    assert [e.when for e in events_of(report, EventKind.KILLING)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        # a toll of many blows since a campaign began
        "Air strikes began on Monday. More than 220 people have been killed in the strikes, the rebels say.",
        # a length, not a name, before the blow
        "The offensive began on Monday. More than 2,000 people were killed in the 14-month assault.",
        # the last blow told has no day
        "A drone struck the market on Monday. Shelling hit the port. Nine people were killed in the shelling.",
    ],
)
def test_a_toll_in_the_blow_takes_no_day_from_a_campaign_or_a_blow_told_undated(text: str) -> None:
    # undated, or about the day the rebels say it (a saying dates what it tells): never Monday's
    (killing,) = events_of(parse(text), EventKind.KILLING)
    assert killing.when is None or (killing.when.value, killing.when.modifier) == ("2016-11-02", Modifier.APPROX)


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, RSF shelling of army-held districts of El Fasher killed at least 14 civilians.",
        "The army said KIA shelling had killed at least 43 civilians on Thursday.",
    ],
)
def test_a_partys_shelling_of_a_place_or_that_killed_is_an_attack(text: str) -> None:
    (attack,) = events_of(parse(text), EventKind.ATTACK)
    assert attack.trigger == "shelling"
    assert attack.when is not None
    assert attack.when.value == "2016-10-27"  # the Thursday before


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Jihadist violence began in the north in 2012.", "2012"),
        ("The communist insurgency, which began in 1969, is one of Asia's longest-running.", "1969"),
        ("The war between the army and the RSF began in April 2023.", "2023-04"),
        ("The conflict between the PKK and the Turkish state began in 1984.", "1984"),
        ("The Troubles began in 1969, when British troops were deployed.", "1969"),
        ("The revolt against Gaddafi's rule began in mid-February.", "2016-02"),
        ("The insurgency in Cabo Delgado, home to major gas projects, began in October 2017.", "2017-10"),
        ("The communist insurgency, one of Asia's longest-running, began in 1969.", "1969"),
        ("Jihadist violence that began in the north in 2012 has since spread across the Sahel.", "2012"),
        ("Violence by jihadist groups that began in northern Mali in 2012 has spread to Niger.", "2012"),
        ("The fighting that began in July has killed more than 1,100 people.", "2016-07"),
        ("Al-Shabaab launched its insurgency in 2007 and controls much of the south.", "2007"),
        ("The M23 launched its rebellion in April 2012, when former rebels mutinied.", "2012-04"),
        ("Libya has been torn by violence since 2011, when an uprising toppled Gaddafi.", "2011"),
        ("He offered talks to the guerrillas, whose armed struggle began in 1969.", "1969"),
        ("The decade-long insurgency, launched in February 1996, has claimed more than 13,000 lives.", "1996-02"),
        # told in the past perfect, or a rebellion launched anew
        ("The Tigers had fought since 1983 for a separate homeland in the north and east.", "1983"),
        ("The rebels had been fighting since 2004 for a larger share of the province's oil.", "2004"),
        ("Tuareg separatists launched their latest rebellion in January 2012, seizing the north.", "2012-01"),
    ],
)
def test_a_conflict_noun_and_a_verb_of_beginning_make_an_onset(text: str, when: str) -> None:
    (onset,) = events_of(parse(text), EventKind.CONFLICT_ONSET)
    assert onset.when is not None
    assert onset.when.value == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The offensive on west Mosul began on Oct. 17.", "2016-10-17"),
        ("The Mosul campaign began in October.", "2016-10"),
        ("Hundreds have been killed since the government offensive began on Feb. 19.", "2016-02-19"),
        ("Scores have died in Turgeau since the G9 launched an offensive on the district in January.", "2016-01"),
        # its aim between the noun and the verb; a bombing or an incursion begun
        ("34,000 have been displaced since the offensive to retake Mosul began on October 17.", "2016-10-17"),
        ("About 800,000 refugees have fled since the bombing began on March 24.", "2016-03-24"),
        ("More than 120,000 people have been evacuated since the incursion began on Aug. 6.", "2016-08-06"),
    ],
)
def test_an_operation_begun_is_an_attack_on_its_day_not_a_wars_onset(text: str, when: str) -> None:
    report = parse(text)
    assert events_of(report, EventKind.CONFLICT_ONSET) == []
    assert days_of(report, EventKind.ATTACK) == [when]


def test_hostilities_that_escalated_are_no_onset() -> None:
    report = parse("The ceasefire ended fourteen months of hostilities that escalated into two months of all-out war.")
    assert events_of(report, EventKind.CONFLICT_ONSET) == []


def test_an_operation_begun_with_no_day_is_a_backdrop() -> None:
    report = parse("Thousands have fled since the offensive began, aid groups said.")
    assert events_of(report, EventKind.ATTACK) == []


def test_two_blows_of_one_sentence_on_different_days_are_two_attacks() -> None:
    report = parse(
        "Air strikes and shelling have killed 63 civilians in Bhamo since January, including nine who died when a"
        " bomb hit a monastery on Sunday."
    )
    days = days_of(report, EventKind.ATTACK)
    assert days == ["2016-01", "2016-10-30"]


def test_a_speaker_before_an_apposition_that_names_another_party() -> None:
    report = parse('"The stakes are high," Kwesi Adomako, the AU special envoy for Sudan, told Xinhua.')
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Kwesi Adomako"


def test_the_subject_of_what_was_said_is_not_the_speaker() -> None:
    report = parse(
        'The Lebanese army will deploy. Lebanese Prime Minister Najib Mikati described the agreement as "a'
        ' fundamental step towards restoring calm" and said the army would deploy 5,000 more soldiers.'
    )
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Najib Mikati"


def test_an_inverted_speaker_is_named_whole() -> None:
    report = parse('"This is the beginning of the end," said Colombian President Gustavo Petro, who spoke in Havana.')
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Gustavo Petro"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("JNIM claimed the attack in a statement.", EventKind.ALLEGATION),
        ("Families demanded the release of prisoners.", EventKind.RELEASE),
        ("Roughly a third of residents have fled since the siege began.", EventKind.CONFLICT_ONSET),
    ],
)
def test_no_event_from_a_claim_of_ones_deed_a_release_sought_or_a_siege_begun(text: str, kind: EventKind) -> None:
    assert events_of(parse(text), kind) == []


def test_a_quoted_name_before_policy_is_no_quote() -> None:
    report = parse('The talks were part of Petro\'s "total peace" policy. "We want peace," the ELN said.')
    assert [q.text for q in report.quotes] == ["We want peace"]


def test_sayings_inside_a_quotation_and_page_lines_make_no_statement() -> None:
    report = parse(
        "READ MORE: Biden says no chance of a ceasefire\n\n"
        '"We\'ve been told by the Israelis there will be no operations," National Security Council spokesman'
        " John Kirby told reporters."
    )
    statements = events_of(report, EventKind.STATEMENT)
    assert [(e.trigger, [report.actor(a).name for a in e.agents]) for e in statements] == [
        ("told reporters", ["John Kirby"])
    ]


def test_a_party_named_in_a_compound_adjective_does_not_speak() -> None:
    report = parse(
        'Speaking to reporters, the crown prince also said that U.N.-sponsored talks had been put off "until'
        ' the Houthis show they are serious."'
    )
    (quote,) = report.quotes
    assert quote.speaker is None  # not the United Nations; "the crown prince" names no actor here


def test_a_news_release_frees_nobody() -> None:
    assert events_of(parse("A joint news release said the convoy arrived."), EventKind.RELEASE) == []


def test_the_storys_one_evacuation_told_again_is_one_event() -> None:
    report = parse(
        "The evacuation of civilians from Mariupol began on Nov. 1. Officials said the evacuation was slow."
        " The evacuation will go on."
    )
    (evacuation,) = events_of(report, EventKind.EVACUATION)
    assert evacuation.when is not None
    assert evacuation.when.value == "2016-11-01"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Shoigu said talks had been postponed to an "indefinite period", he said.', ["indefinite period"]),
        ('It was delayed until an "unknown date", Lavrov said.', ["unknown date"]),
        ('The military has announced a daily "tactical pause" in fighting.', []),
    ],
)
def test_a_short_quotation_after_to_an_is_speech(text: str, quoted: list[str]) -> None:
    assert [q.text for q in parse(text).quotes] == quoted


def test_more_parties_and_exits() -> None:
    report = parse(
        "European governments had alleged strikes. Rights groups accused the army. Fighters would exit the town."
    )
    assert {a.name for a in report.actors} >= {"European governments", "rights groups"}
    assert [e.trigger for e in events_of(report, EventKind.EVACUATION)] == ["exit the town"]


@pytest.mark.parametrize(
    "text",
    [
        "Some two hundred foreigners were airlifted to Darwin on Monday.",
        "The Department of Foreign Affairs said 56 Filipinos had been flown out of Juba.",
    ],
)
def test_people_airlifted_or_flown_out_are_evacuated(text: str) -> None:
    assert len(events_of(parse(text), EventKind.EVACUATION)) == 1


def test_goods_airlifted_are_no_evacuation() -> None:
    text = "The provincial government said it had airlifted 3,500 kilogrammes of medicines to Parachinar."
    assert events_of(parse(text), EventKind.EVACUATION) == []


@pytest.mark.parametrize(
    "text",
    [
        "The coach said on Monday the rivalry had got out of hand since the final.",
        "Forty trucks of food have been waiting in Kosti since Sunday for guarantees of safe passage.",
        "Aid workers said there was no safe passage for the wounded.",
    ],
)
def test_passage_waited_for_or_an_idiom_is_no_evacuation(text: str) -> None:
    assert events_of(parse(text), EventKind.EVACUATION) == []


def test_an_evacuation_centre_is_no_evacuation() -> None:
    assert events_of(parse("Families sheltered in an evacuation centre."), EventKind.EVACUATION) == []


def test_a_given_name_alone_says_the_quotation() -> None:
    report = parse(
        'Malaysian Prime Minister Anwar Ibrahim brokered the deal. "Both sides have agreed to stop shooting,"'
        " Anwar said."
    )
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name == "Anwar Ibrahim"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The Tigers have fought since 1983 for an independent homeland.", "1983"),
        ("The two sides have been fighting since April 15, 2016.", "2016-04-15"),
        ("Al-Shabaab has been fighting to topple Somalia's government since 2006.", "2006"),
        ("Israel's war on the Gaza Strip since October 7, 2015 has killed 40,000 people.", "2015-10-07"),
        ("The army, which has been at war with the RSF since April 2023, rejected the offer.", "2023-04"),
        ("The Central African Republic has been mired in violence since 2013.", "2013"),
        ("The war was sparked by the rebels' October 7, 2015 attack on the capital.", "2015-10-07"),
        ("Fighting has raged around the city since August, when the insurgents overran its checkpoints.", "2016-08"),
    ],
)
def test_fighting_since_a_date_is_the_conflicts_onset(text: str, when: str) -> None:
    (onset,) = events_of(parse(text), EventKind.CONFLICT_ONSET)
    assert onset.when is not None
    assert onset.when.value == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The armed conflict in Donbas has killed about 13,000 people since April 2014, the U.N. says.", "2014-04"),
        ("The communist insurgency, one of Asia's longest, has killed 30,000 people since it began in 1969.", "1969"),
        ("Colombia's conflict has left more than 450,000 people dead since 1985.", "1985"),
        ("The war, which has driven four million from their homes since March 2015, goes on.", "2015-03"),
        # a war grown out of what went before it
        ("Syria's war grew out of a crackdown on pro-democracy protests in March 2011.", "2011-03"),
        ("The conflict, which sprang from a land dispute in 2013, has displaced 8,000 people.", "2013"),
        # a war's first shots
        ("The militia began firing rockets across the border on Oct. 8, 2013, a day after the raid.", "2013-10-08"),
        ("The two armies began trading fire along the frontier in May 2015.", "2015-05"),
        # a war's opening offensive or front
        ("The general launched his offensive on the capital on April 4, 2014, but it stalled.", "2014-04-04"),
        ("The army and its allies launched their offensive against the militia on October 9, 2014.", "2014-10-09"),
        ('The army launched what it calls a "special operation" on Feb. 24, 2014.', "2014-02-24"),
        ("The militia opened a front along the border on Oct. 8, 2013, in support of its ally.", "2013-10-08"),
        ("The army launched its operation in the enclave on July 8, 2014, after rocket fire.", "2014-07-08"),
        # a war opened from the air or declared
        ("The coalition began its air campaign on March 26, 2015, after the rebels advanced.", "2015-03-26"),
        ("The alliance launched its air campaign against the government in March 2011.", "2011-03"),
        ("Israel formally declared war on the group on Oct. 8, 2013, a day after the raid.", "2013-10-08"),
        # a revolt told as begun, its target between
        ("The uprising against President Bashar al-Assad began in March 2011.", "2011-03"),
        ("The rebellion in the country's east began in April 2014, the monitors said.", "2014-04"),
    ],
)
def test_a_wars_toll_since_a_date_or_its_roots_is_its_onset(text: str, when: str) -> None:
    (onset,) = events_of(parse(text), EventKind.CONFLICT_ONSET)
    assert onset.when is not None
    assert onset.when.value == when


@pytest.mark.parametrize(
    "text",
    [
        "Gang violence has killed at least 4,000 people in Haiti since January, the U.N. said.",
        (
            "They signed a deal to end a war that has killed 10,000 people, turning a ceasefire that has held since"
            " March into peace."
        ),
    ],
)
def test_a_toll_of_violence_or_one_told_past_a_truce_is_no_onset(text: str) -> None:
    assert events_of(parse(text), EventKind.CONFLICT_ONSET) == []


def test_the_attack_that_triggered_a_war_lies_behind_the_story_though_its_day_is_near_ahead() -> None:
    report = ceasefire.parse(
        "Talks went on. The war was triggered by Hamas's October 7 attack on southern Israel, which killed about"
        " 1,200 people.",
        datetime.date(2024, 10, 4),
    )
    assert days_of(report, EventKind.CONFLICT_ONSET) == ["2023-10-07"]
    assert days_of(report, EventKind.ATTACK) == ["2023-10-07"]


@pytest.mark.parametrize(
    "text",
    [
        "Western and African diplomats called for a humanitarian truce on Monday.",
        "The RSF on Sunday rejected a truce proposal put forward by the government.",
        'An adviser said the group would only discuss a ceasefire "at the negotiating table."',
    ],
)
def test_a_halt_called_for_proposed_or_to_be_discussed_is_no_pause_or_ceasefire(text: str) -> None:
    report = parse(text)
    assert report.pauses == ()
    assert events_of(report, EventKind.CEASEFIRE) == []


@pytest.mark.parametrize(
    "text",
    [
        '"They are burning villages," Davit Kiknadze, secretary of Georgia\'s National Security Council, told AFP.',
        '"We hope this is the first of many," Daniel Muller, head of the ICRC delegation in Yemen, told reporters.',
    ],
)
def test_a_speaker_with_an_office_in_apposition(text: str) -> None:
    report = parse(text)
    (quote,) = report.quotes
    assert quote.speaker is not None
    assert report.actor(quote.speaker).name in {"Davit Kiknadze", "Daniel Muller"}


@pytest.mark.parametrize(
    "text",
    [
        "At least 27 people have been killed since the fighting began, health partners said.",
        "The truce will begin at noon on Friday and fighting will stop each day from 10:00 to 14:00 GMT.",
        "Fighting has largely subsided since the truce took effect.",
        "Fighting is to stop from 6 a.m. to 3 p.m. for three days as health workers vaccinate children.",
        "The army ordered the shelling of the eastern districts to stop at noon on Friday.",
        "Residents said they wanted the air strikes on their villages to stop.",
        "Fighting around the besieged town in the eastern countryside will stop for 11 hours on Saturday.",
        '"We will believe this one when the shelling stops," he said on Monday.',
    ],
)
def test_fighting_referred_to_or_stopping_is_no_attack(text: str) -> None:
    assert events_of(parse(text), EventKind.ATTACK) == []


def test_shelling_struck_to_stop_something_else_is_an_attack() -> None:
    text = "Troops kept shelling the crossing on Tuesday to stop people from leaving."
    assert len(events_of(parse(text), EventKind.ATTACK)) == 1


@pytest.mark.parametrize(
    ("text", "since"),
    [
        # the present perfect counts back from publication, Wednesday 2016-11-02
        ("Moscow and Damascus say their warplanes have not struck the town for 12 days.", "2016-10-21"),
        ("The army says its warplanes have flown no missions over the enclave since Sunday.", "2016-10-30"),
        ("Defense Headquarters says the air force has carried out no raids on Gwoza since the 14th.", "2016-10-14"),
        ("Moscow says neither Russian nor Syrian jets have bombed the town for 11 days.", "2016-10-22"),
        # flights over a place, and bombs dropped, told as none since a day
        ("The army says its helicopter gunships have not flown over the town since Oct. 11.", "2016-10-11"),
        ("Moscow says its aircraft have dropped no bombs on the countryside since October 16.", "2016-10-16"),
    ],
)
def test_blows_told_as_none_for_a_while_are_a_halt_since_then(text: str, since: str) -> None:
    report = parse(text)
    (halt,) = events_of(report, EventKind.HOSTILITIES_HALTED)
    assert halt.when is not None
    assert halt.when.value == since
    assert events_of(report, EventKind.ATTACK) == []


def test_flights_told_as_none_with_no_day_since_are_no_halt() -> None:
    assert events_of(parse("The pilots have not flown over the sea."), EventKind.HOSTILITIES_HALTED) == []


def test_a_pause_told_as_in_effect_is_the_halt_not_its_announcement() -> None:
    text = (
        "TRIPOLI, Jan 12 (AFP) - A ceasefire brokered by Russia and Turkey came into force at midnight on Sunday"
        " around the Libyan capital."
    )
    report = ceasefire.parse(text, datetime.date(2020, 1, 12))
    assert events_of(report, EventKind.PAUSE_ANNOUNCED) == []
    assert len(events_of(report, EventKind.CEASEFIRE)) == 1
    announced = ceasefire.parse(
        "TRIPOLI (AFP) - A ceasefire announced by Russia and Turkey came into force at midnight on Sunday.",
        datetime.date(2020, 1, 12),
    )
    assert len(events_of(announced, EventKind.PAUSE_ANNOUNCED)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce was to take effect at 6 p.m., according to the OSCE, which brokered the truce.",
        "Officials later said Moscow had brokered it.",
    ],
)
def test_a_broker_told_by_its_deed_on_the_deal_holds_no_talks_of_its_own(sentence: str) -> None:
    text = "MINSK (AP) - Ukraine and the rebels signed a cease-fire on Friday. " + sentence
    assert events_of(ceasefire.parse(text, datetime.date(2014, 9, 5)), EventKind.NEGOTIATION) == []


def test_the_convoy_told_again_is_one_aid_delivery() -> None:
    text = (
        "A U.N. relief convoy of 30 trucks will reach the enclave. British peacekeepers will escort the convoy. "
        '"One convoy will feed the town for ten days," the spokeswoman said.'
    )
    assert len(events_of(parse(text), EventKind.AID_DELIVERY)) == 1


def test_a_humanitarian_pause_with_a_start_gives_a_ceasefire_event_on_that_day() -> None:
    report = parse("Russia declared a humanitarian pause in Aleppo between 9 a.m. and 7 p.m. local time on Nov. 4.")
    (halt,) = events_of(report, EventKind.CEASEFIRE)
    assert halt.when is not None
    assert halt.when.value == "2016-11-04T09:00"
    assert events_of(parse("Russia declared a humanitarian pause in Aleppo."), EventKind.CEASEFIRE) == []


def test_stopped_or_suspended_strikes_on_a_day_are_a_halt() -> None:
    report = parse("The coalition stopped air strikes on Monywa on Nov. 1. It suspended air raids on Taiz on Sept. 22.")
    assert [e.when.value for e in events_of(report, EventKind.HOSTILITIES_HALTED) if e.when] == [
        "2016-11-01",
        "2016-09-22",
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The RSF seized Singa, the state capital, in June.", "attack"),
        ("Houthi fighters fired a missile towards Israel late on Friday.", "attack"),
        ("Kyiv accuses Tehran of supplying the design.", "allegation"),
    ],
)
def test_more_verbs_of_attack_and_allegation(text: str, kind: str) -> None:
    assert kind in {e.kind.value for e in ceasefire.parse(text).events}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hospitals received 27 martyrs in the past 24 hours.", "killing"),
        ("Gunmen looted 37 fertilizer trucks on the road.", "attack"),
        ("Both sides approved the truce on Saturday.", "agreement"),
    ],
)
def test_more_words_of_killing_attack_and_agreement(text: str, kind: str) -> None:
    assert kind in {e.kind.value for e in ceasefire.parse(text).events}


def test_an_undated_mention_of_the_one_siege_joins_the_dated_one() -> None:
    report = parse(
        "KHARTOUM (Reuters) - Aid trucks have not reached the besieged town of Babanusa for weeks. "
        "The RSF has kept a siege on the town since June, residents said."
    )
    (siege,) = events_of(report, EventKind.SIEGE)
    assert siege.when is not None
    assert siege.when.value == "2016-06"
    assert [event.id for event in report.events] == [f"event-{i}" for i in range(1, len(report.events) + 1)]


def test_an_undated_evacuation_before_the_dated_one_is_the_same() -> None:
    report = parse(
        "The evacuation of the wounded from Kalinivka was delayed by shelling. "
        "The evacuation began on Friday after the guns fell silent, the Red Cross said."
    )
    (evacuation,) = events_of(report, EventKind.EVACUATION)
    assert evacuation.when is not None
    assert evacuation.when.value == "2016-10-28"


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            (
                "KYIV (Reuters) - Millions have fled since the invasion, the U.N. said on Friday. "
                "Russia invaded Ukraine on Feb. 24, 2022."
            ),
            EventKind.CONFLICT_ONSET,
            "2022-02-24",
        ),
        (
            (
                "GAZA (AP) - Hamas freed three hostages on Saturday, the Red Cross said. "
                "The release of the remaining hostages is due in later phases."
            ),
            EventKind.RELEASE,
            "2025-01-18",
        ),
    ],
)
def test_an_undated_mention_of_the_war_s_start_or_the_release_joins_the_dated_one(
    text: str, kind: EventKind, day: str
) -> None:
    (event,) = events_of(ceasefire.parse(text, datetime.date(2025, 1, 20)), kind)
    assert event.when is not None
    assert event.when.value == day


def test_sieges_all_undated_are_kept() -> None:
    report = parse("Aid reached the besieged town of Babanusa. Another convoy left for besieged Dilling.")
    assert len(events_of(report, EventKind.SIEGE)) == 2


def test_a_timeline_entry_is_dated_by_its_date_not_by_publication() -> None:
    text = (
        "Key dates: the truce in Amhara\n\n"
        "Jan. 2024 - The Ethiopian Human Rights Commission says hundreds of civilians have been killed.\n\n"
        "Oct. 20 - The Amhara Fano National Movement says it is ready for talks."
    )
    report = ceasefire.parse(text, datetime.date(2025, 11, 18))
    said = sorted(e.when.value for e in report.events if e.kind is EventKind.STATEMENT and e.when is not None)
    assert said == ["2024-01", "2025-10-20"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Eight Israeli soldiers were killed on Saturday in Rafah.", []),
        ("The truce was announced by UN Secretary-General Antonio Guterres on Friday.", ["Antonio Guterres"]),
        ("IS dismissed the offer in a statement on Friday.", ["Islamic State"]),
    ],
)
def test_the_subject_of_a_passive_is_no_agent(text: str, agents: list[str]) -> None:
    report = parse(text)
    event = next(e for e in report.events if e.kind in {EventKind.KILLING, EventKind.STATEMENT, EventKind.REJECTION})
    assert [report.actor(a).name for a in event.agents] == agents


def test_a_participle_after_a_comma_is_done_by_the_clause_s_agent_not_its_object() -> None:
    report = parse("The war began when Hamas gunmen attacked southern Israel on Oct. 7, killing around 1,200 people.")
    (killing,) = events_of(report, EventKind.KILLING)
    assert [report.actor(a).name for a in killing.agents] == ["Hamas"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "‘We don’t want to leave our homes,’ said Ahmed Salem, a teacher. The rebels’ positions were shelled.",
            "We don’t want to leave our homes",
            "Ahmed Salem",
        ),
        (
            "'The fighters' families are starving,' said the mayor of Homs, Talal Barazi.",
            "The fighters' families are starving",
            "Talal Barazi",
        ),
        (
            "UN envoy Lars Henriksen said he was 'deeply concerned' by the reports from Saada.",
            "deeply concerned",
            "Lars Henriksen",
        ),
    ],
)
def test_single_quotation_marks_where_a_story_has_no_double_ones(text: str, quote: str, speaker: str) -> None:
    report = parse(text)
    assert [(q.text, q.speaker and report.actor(q.speaker).name) for q in report.quotes] == [(quote, speaker)]


def test_apostrophes_are_no_quotation_marks() -> None:
    assert parse("The army's statement said the rebels' positions were hit. Residents couldn't leave.").quotes == ()


def test_a_halt_counted_back_from_the_day_of_its_saying() -> None:
    report = parse(
        "Defense minister Ousmane Dandobi said Tuesday that Niger had ceased drone strikes on eastern Kidal for "
        "13 days."
    )
    (halt,) = events_of(report, EventKind.HOSTILITIES_HALTED)
    assert halt.when is not None
    assert halt.when.value == "2016-10-19"  # 13 days before Tuesday, Nov. 1


def test_a_halt_told_with_its_day_and_counted_back_again_is_one_halt() -> None:
    report = parse(
        "Iran and its Houthi allies say they halted missile attacks on Marib on Oct. 20. The minister said "
        "Tuesday that Iran had ceased missile strikes on eastern Marib for 12 days."
    )
    assert [e.when and e.when.value for e in events_of(report, EventKind.HOSTILITIES_HALTED)] == ["2016-10-20"]


@pytest.mark.parametrize(
    ("text", "evacuations"),
    [
        ("The announcement said the aim is to make it easier for civilians to be evacuated to the south.", 0),
        ("Kirby said the pauses could help hostages get out safely.", 0),
        (
            (
                "Humanitarian pauses meant to let both fighters and civilians leave the city have been declared "
                "twice since September, but both collapsed."
            ),
            0,
        ),
        ("Israel let 400 civilians leave the city on Monday.", 1),
        ("MSF teams on Monday helped evacuate 27 patients from the hospital.", 1),
    ],
)
def test_an_evacuation_hoped_for_is_none(text: str, evacuations: int) -> None:
    assert len(events_of(parse(text), EventKind.EVACUATION)) == evacuations


def test_one_speaker_s_sayings_told_in_parts_are_one_statement() -> None:
    report = parse(
        'John Kirby told reporters the pauses would start on Thursday. "We understand that," Kirby said. '
        "Kirby said the pauses could help hostages get out."
    )
    assert len(events_of(report, EventKind.STATEMENT)) == 1


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sudan plunged into war in April 2023 when tensions exploded into fighting.", "2023-04"),
        ("The M23 took up arms again in late 2021.", "2021"),
        ("Fano took up arms against the government in August 2023.", "2023-08"),
    ],
)
def test_more_ways_a_war_begins(text: str, date: str) -> None:
    (onset,) = events_of(parse(text), EventKind.CONFLICT_ONSET)
    assert onset.when is not None
    assert onset.when.value == date


def test_an_allegation_in_the_present_is_made_on_the_day_of_publication() -> None:
    (allegation,) = events_of(parse("The Kremlin accuses Kyiv of staging provocations."), EventKind.ALLEGATION)
    assert allegation.when is not None
    assert allegation.when.value == "2016-11-02"


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("Activists say government artillery shelled the town's market on Tuesday, killing five.", True),
        ("Residents said a drone strike on a market on Sunday killed seven people.", True),
        # a toll in the passive, or the sayer's own deed: no charge
        ("The ministry said 42 people were killed across the country on Tuesday.", False),
        ("The army said it shelled rebel positions overnight.", False),
        ("Moscow says Russian and Syrian warplanes have not struck the town since October 25.", False),
    ],
)
def test_a_saying_that_reports_anothers_blow_is_an_allegation_too(text: str, charged: bool) -> None:
    assert len(events_of(parse(text), EventKind.ALLEGATION)) == int(charged)


def test_a_halt_told_with_its_day_then_counted_or_dated_loosely_is_one_halt() -> None:
    report = parse(
        "Russia says it halted air attacks on Aleppo on Oct. 18. Shoigu said Tuesday that Russia had ceased air "
        "strikes on eastern Aleppo for 16 days. The halt in bombing was initially declared ahead of a short "
        "ceasefire that ended last month."
    )
    assert [e.when and e.when.value for e in events_of(report, EventKind.HOSTILITIES_HALTED)] == ["2016-10-18"]


@pytest.mark.parametrize(
    "text",
    [
        "Health teams vaccinated more than 1,100 children against measles on Monday.",
        "Two fuel ships docked at Hodeidah on Friday.",
        "Some 31 trucks cross into central Gaza each morning.",
    ],
)
def test_more_ways_aid_is_delivered(text: str) -> None:
    assert len(events_of(parse(text), EventKind.AID_DELIVERY)) == 1


def test_an_allegation_in_the_past_with_no_day_is_about_the_day_of_publication() -> None:
    (allegation,) = events_of(parse("The army accused the rebels of shelling a market."), EventKind.ALLEGATION)
    assert allegation.when is not None
    assert (allegation.when.value, allegation.when.modifier) == ("2016-11-02", Modifier.APPROX)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Since 2011, more than 100,000 lives have been claimed by the civil conflict.", "2011"),
        ("Since April 2023, the war has driven 10 million people from their homes.", "2023-04"),
    ],
)
def test_a_sentence_opening_on_the_year_a_war_has_gone_on_since(text: str, date: str) -> None:
    (onset,) = events_of(parse(text), EventKind.CONFLICT_ONSET)
    assert onset.when is not None
    assert onset.when.value == date


def test_people_got_out_of_a_place_the_words_apart_is_an_evacuation() -> None:
    report = parse("Aid workers were today racing against time to get hundreds of civilians out of the besieged city.")
    (evacuation,) = events_of(report, EventKind.EVACUATION)
    assert evacuation.when is not None
    assert evacuation.when.value == "2016-11-02"


@pytest.mark.parametrize(
    "text",
    [
        "Russia declared it would veto a UN resolution on access for humanitarian aid in Syria.",
        "The agencies appealed for more aid for the displaced.",
        # aid a halt or a plan is for, none brought
        "The government announced the ceasefire on Monday to let aid convoys reach the city.",
        "A spokesman said five hours a day was not enough to get aid convoys in.",
        "The plan also calls for the unhindered delivery of humanitarian aid.",
        # aid lived on, taken in by a port, or provided for by a text
        "Some 24 million Yemenis depend on humanitarian aid, according to the United Nations.",
        "The disaster adds to the misery of a region that already relies on cross-border humanitarian aid.",
        "Hodeidah is the entry point for about 70 percent of Yemen's imports and humanitarian aid.",
        "The protocol provides for the delivery of humanitarian aid to the east.",
    ],
)
def test_aid_asked_for_is_no_delivery(text: str) -> None:
    assert events_of(parse(text), EventKind.AID_DELIVERY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fano fighters ambushed a military convoy near Debark on Friday, killing 12 soldiers.",
        "Gunmen attacked a convoy near the border on Sunday.",
        "A planned bus convoy was turned back at a checkpoint on Wednesday.",
        "A convoy of 14 ambulances and three buses took 143 people to Tyre on Monday.",
        "The patients were taken out in a convoy of ambulances and buses on Monday.",
    ],
)
def test_a_convoy_that_brings_no_aid_is_no_delivery(text: str) -> None:
    assert events_of(parse(text), EventKind.AID_DELIVERY) == []


def test_a_convoy_of_aid_trucks_is_still_a_delivery() -> None:
    report = parse("A convoy of 40 trucks carrying flour reached the town on Monday.")
    assert len(events_of(report, EventKind.AID_DELIVERY)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the UN Central Emergency Response Fund released $20 million for the response.",
        "The WHO said it had released 1.2 million U.S. dollars for the cholera response.",
        "The governor approved the immediate release of N50 million for relief materials.",
        "He said the government would release Sh200 million in humanitarian aid.",
        '"Both sides have handed over their positions," he said.',
        "In a brief message released on its social media accounts, the group confirmed the truce.",
    ],
)
def test_money_positions_and_messages_released_free_nobody(text: str) -> None:
    assert events_of(parse(text), EventKind.RELEASE) == []


def test_prisoners_released_are_still_a_release() -> None:
    assert len(events_of(parse("The rebels released 12 prisoners on Monday."), EventKind.RELEASE)) == 1


@pytest.mark.parametrize(
    "text",
    [
        'He also said that UN-led peace talks had been put off "until the guns fall silent."',
        "Talks on a political settlement have been shelved, the minister said on Monday.",
        "He said on Monday that political talks in Geneva would stay on hold for the foreseeable future.",
        "Neither side has shown any interest in a truce, and peace talks have been frozen since the spring.",
        "He ruled out talks with the rebels on Monday.",
        "The government has repeatedly ruled out negotiating with jihadist groups.",
        'There can be no talks "with rifles pointed at our soldiers," he said.',
    ],
)
def test_talks_put_off_or_refused_are_no_negotiation(text: str) -> None:
    assert events_of(parse(text), EventKind.NEGOTIATION) == []


def test_talks_held_are_a_negotiation() -> None:
    assert (
        len(events_of(parse("Talks between the two sides were held in Jeddah on Monday."), EventKind.NEGOTIATION)) == 1
    )


def test_a_corridor_for_people_is_an_evacuation_planned_for_the_pause_s_start() -> None:
    report = ceasefire.parse(
        "The army and the RSF agreed to a 72-hour truce in El Fasher from 6 a.m. on Friday. Civilians wishing to"
        " leave may use a corridor to Tawila.",
        published=datetime.date(2024, 6, 12),
    )
    (evacuation,) = events_of(report, EventKind.EVACUATION)
    assert evacuation.status is Status.PLANNED
    assert evacuation.when is not None
    assert evacuation.when.value == "2024-06-14T06:00"
    assert "corridor" in report.text_of(evacuation.evidence)


def test_aid_to_come_in_a_story_of_one_pause_is_planned_for_its_start() -> None:
    report = ceasefire.parse(
        "The army and the RSF agreed to a seven-day truce in Abu Zabad from 6 a.m. on Wednesday. The WFP said"
        " thirty-five trucks carrying sorghum were waiting in El Obeid to enter the town on the first day of"
        " the truce.",
        published=datetime.date(2025, 3, 10),
    )
    (delivery,) = events_of(report, EventKind.AID_DELIVERY)
    assert delivery.when is not None
    assert delivery.when.value == "2025-03-12T06:00"
    assert delivery.status is Status.PLANNED


def test_aid_brought_before_the_pause_keeps_its_own_day() -> None:
    report = ceasefire.parse(
        "The army and the RSF agreed to a seven-day truce in Abu Zabad from 6 a.m. on Wednesday. Last month, a WFP"
        " convoy reached the town.",
        published=datetime.date(2025, 3, 10),
    )
    (delivery,) = events_of(report, EventKind.AID_DELIVERY)
    assert delivery.when is not None
    assert delivery.when.value == "2025-02"


def test_a_corridor_for_aid_alone_evacuates_nobody() -> None:
    report = ceasefire.parse(
        "The army and the RSF agreed to a 72-hour truce in El Fasher from 6 a.m. on Friday. A corridor for aid"
        " convoys will run from Tawila.",
        published=datetime.date(2024, 6, 12),
    )
    assert events_of(report, EventKind.EVACUATION) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army denied that any deal had been struck with the jihadists.",
        "The deal was struck after five days of talks in Doha.",
    ],
)
def test_a_deal_struck_is_no_blow(text: str) -> None:
    assert events_of(parse(text), EventKind.ATTACK) == []


def test_discussing_ways_of_doing_something_is_no_negotiation() -> None:
    report = parse("Aid workers said they discussed ways of getting food and medicine into the Old City.")
    assert events_of(report, EventKind.NEGOTIATION) == []


def test_a_release_bargained_for_is_no_release() -> None:
    text = (
        "They have been discussing whether a two- or three-day truce could be reached in return for hostages "
        "being released by Hamas."
    )
    assert events_of(parse(text), EventKind.RELEASE) == []


def test_a_pause_accepted_is_the_pause_announced_not_another_agreement() -> None:
    text = "Israel has accepted four-hour daily pauses in its offensive in northern Gaza, the White House said."
    report = parse(text)
    assert events_of(report, EventKind.AGREEMENT) == []
    assert len(events_of(report, EventKind.PAUSE_ANNOUNCED)) == 1


@pytest.mark.parametrize("dateline", ["JEDDAH, May 21 (Reuters) - ", "JEDDAH (Reuters) - "])
def test_a_pause_made_is_dated_by_the_joint_statement_said_after_it_not_the_dateline(dateline: str) -> None:
    text = (
        f"{dateline}The army and the RSF have agreed to a seven-day ceasefire that will take effect at 9:45 p.m. on"
        " Monday, Saudi Arabia and the United States said in a joint statement on Saturday."
    )
    (announced,) = events_of(ceasefire.parse(text, published=datetime.date(2023, 5, 21)), EventKind.PAUSE_ANNOUNCED)
    assert announced.when is not None
    assert announced.when.value == "2023-05-20"


def test_a_pause_accepted_after_its_first_telling_is_an_agreement_of_its_own() -> None:
    text = (
        "A cease-fire took effect across Cyprus at 4 p.m. (1400 GMT) on Monday. "
        "Turkey and Greece both accepted the truce after a U.N. Security Council demand."
    )
    agreements = events_of(ceasefire.parse(text, published=datetime.date(1974, 7, 23)), EventKind.AGREEMENT)
    assert [text[e.evidence.start : e.evidence.end] for e in agreements] == [
        "Turkey and Greece both accepted the truce after a U.N. Security Council demand."
    ]


def test_a_pause_accepted_new_to_the_story_after_a_first_telling_is_still_its_making() -> None:
    text = (
        'Starting this Thursday, the pauses are to be observed "without Israeli military operations". According to'
        " a White House report on Thursday, Israel has accepted four-hour daily pauses in its offensive."
    )
    assert events_of(ceasefire.parse(text, published=datetime.date(2023, 11, 9)), EventKind.AGREEMENT) == []


def test_one_word_a_speaker_said_of_something_is_a_quote() -> None:
    report = parse('Foreign Minister Osman Saleh dismissed the reports as "fabrications".')
    assert [(q.text, report.actor(q.speaker).name if q.speaker else None) for q in report.quotes] == [
        ("fabrications", "Osman Saleh")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Nobody trusts the "humanitarian" corridor.',  # a word of a term
        'The two parties called a "truce".',  # a pause word in quotation marks: the writer's doubt
        'The so-called "buffer" was empty.',  # a label
    ],
)
def test_one_word_in_quotation_marks_nobody_said_is_no_quote(text: str) -> None:
    assert parse(text).quotes == ()


def test_an_offer_of_a_pause_is_no_ceasefire_of_its_own() -> None:
    report = parse("The rebels dismissed the junta's offer of a 10-hour humanitarian pause on Sunday.")
    assert EventKind.CEASEFIRE not in {e.kind for e in report.events}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A boat carrying health workers came under fire near Ulang on Monday.", "came under fire"),
        ("A roadside bomb near Buur Dhuxunle hit a truck on Monday.", "roadside bomb"),
        ("A suicide bomber blew himself up at a checkpoint in Kunduz on Monday.", "suicide bomber"),
        ("A junta jet dropped bombs on Kan Thar Yar village on Monday.", "dropped bombs"),
        ("A shell landed near the monastery on Monday.", "shell landed"),
    ],
)
def test_fire_received_and_devices_set_off_are_attacks(text: str, trigger: str) -> None:
    (event,) = events_of(parse(text), EventKind.ATTACK)
    assert event.trigger == trigger
    assert event.when is not None
    assert event.when.value == "2016-10-31"


def test_past_pauses_told_in_the_past_tense_are_ceasefires_of_their_own_told_twice() -> None:
    report = parse(
        "Leader offers new pause in Aleppo\n\nThe leader offered a new humanitarian pause in Aleppo on Friday."
        " Humanitarian pauses meant to let fighters leave the city were declared by Moscow in July and again in"
        " August, but both broke down.\n"
    )
    assert len(report.pauses) == 1
    assert len(report.pauses[0].evidence) == 2  # the headline's and the lead's, not the past ones
    days = days_of(report, EventKind.CEASEFIRE)
    assert days[-2:] == ["2016-07", "2016-08"]


def test_a_deed_told_again_is_two_events_but_its_saying_one() -> None:
    report = parse(
        "At about 9:20 p.m. on Tuesday, troops opened fire in Poonch, and again at 1:15 a.m. on Wednesday in"
        " Kupwara, the Army said."
    )
    attacks = days_of(report, EventKind.ATTACK)
    assert attacks == ["2016-11-01T21:20", "2016-11-02T01:15"]
    assert len(events_of(report, EventKind.STATEMENT)) <= 1  # the saying is never told twice


def test_a_statement_is_dated_by_the_day_after_whom_it_was_told() -> None:
    report = parse(
        "Malian Defense Minister Col. Abdoulaye Sissoko told state television ORTM on Monday that drones had not"
        " struck Djibo for 13 days."
    )
    (statement,) = events_of(report, EventKind.STATEMENT)
    assert statement.when is not None
    assert statement.when.value == "2016-10-31"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ukrainian President Volodymyr Zelenskyy said in his nightly video address on Monday that the fight for "
            "the Donbas would be long."
        ),
        "Speaking on Monday, Defence Minister Tanko Idris said the army had ceased air strikes on the town.",
        "RSF leader Mohamed Hamdan Dagalo said in a video address late on Monday that his forces would hold fire.",
        "Speaking late on Monday, Defence Minister Tanko Idris said the army had ceased air strikes on the town.",
        "Foreign Minister Tariq Aziz said in a letter to the U.N. Security Council on Monday that Iraq would comply.",
    ],
)
def test_a_statement_is_dated_by_the_day_of_where_or_when_it_was_spoken(text: str) -> None:
    (statement,) = events_of(parse(text), EventKind.STATEMENT)
    assert statement.when is not None
    assert statement.when.value == "2016-10-31"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting went on. On Monday, Russia's defence ministry said the army had retaken the town.",
        "Fighting went on. Late on Monday, the White House said it welcomed the move.",
        "Fighting went on. Earlier Monday, Iraq's mission to the United Nations told the Security Council it agreed.",
        (
            "Fighting went on. The leaders of France and Germany met Ukrainian President Volodymyr Zelenskyy in"
            " Warsaw on Monday and urged Russia to halt all attacks."
        ),
    ],
)
def test_a_day_put_before_the_speaker_or_joined_by_and_dates_the_saying(text: str) -> None:
    assert days_of(parse(text), EventKind.STATEMENT) == ["2016-10-31"]


def test_a_day_put_before_a_deed_told_by_a_speaker_dates_the_deed_not_the_saying() -> None:
    report = parse("Fighting went on. On Monday, Russian forces shelled the town, Ukraine's defence ministry said.")
    assert days_of(report, EventKind.ATTACK) == ["2016-10-31"]
    assert days_of(report, EventKind.STATEMENT) == ["2016-11-02"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "Russia and Ukraine agreed to a 12-hour truce in Kyiv starting at 6 a.m. on Thursday. Hours after the"
                " truce began, shelling hit the eastern outskirts of the city."
            ),
            "2016-11-03",
        ),
        (
            (
                "Israel and Hamas agreed to a truce starting at midnight on Thursday. Hours before the truce took"
                " effect, an air strike hit a school in Khan Younis."
            ),
            "2016-11-02",
        ),
        (
            (
                "The army will open a four-hour window from 10 a.m. to 2 p.m. on Thursday. About an hour after the"
                " window closed, shelling hit the hospital."
            ),
            "2016-11-03",
        ),
    ],
)
def test_a_deed_told_by_its_distance_from_the_pause_takes_the_pause_s_day(text: str, day: str) -> None:
    (attack,) = events_of(parse(text), EventKind.ATTACK)
    assert attack.when is not None
    assert attack.when.value == day


def test_a_deed_told_by_its_distance_from_an_undated_pause_keeps_no_day() -> None:
    report = parse("The two sides agreed to a truce. Hours after the truce began, shelling hit the city.")
    (attack,) = events_of(report, EventKind.ATTACK)
    assert attack.when is None


def test_a_deed_told_as_before_the_announcement_takes_the_day_counted_from_it() -> None:
    report = parse(
        "The RSF declared a three-day truce around El Fasher on Tuesday. The announcement came two days after a"
        " drone strike on the Abu Shouk camp killed at least 14 people."
    )
    (attack,) = events_of(report, EventKind.ATTACK)
    assert attack.when is not None
    assert attack.when.value == "2016-10-30"


def test_a_deed_told_by_its_distance_from_a_pause_of_no_calendar_day_keeps_no_day() -> None:
    """With no year and no publication day the pause starts on "XXXX-10-18": nothing to count from."""
    report = ceasefire.parse(
        "A four-hour truce began at 10 a.m. on Oct. 18. About an hour after the truce ended, shelling hit the town."
    )
    attacks = events_of(report, EventKind.ATTACK)
    assert attacks
    assert all(e.when is None for e in attacks)


def test_a_blow_said_not_to_be_struck_is_no_event_unless_dated_as_a_halt() -> None:
    said_not = ceasefire.parse('The commander said: "Our fighters will not attack anyone."', datetime.date(2025, 1, 6))
    assert [e for e in said_not.events if e.kind is EventKind.ATTACK] == []
    halted = ceasefire.parse(
        "KHARTOUM (Reuters) - Army aircraft had not struck the town since Jan. 2, residents said.",
        datetime.date(2025, 1, 6),
    )
    assert [e.kind for e in halted.events if e.kind is EventKind.HOSTILITIES_HALTED] == [EventKind.HOSTILITIES_HALTED]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban said their fighters had been ordered not to attack Afghan forces during the holiday.",
        "Both sides pledged to refrain from shelling residential areas, the envoy said.",
        "Hard-liners in Moscow were quick to attack the deal.",
        "Opposition leaders attacked the government's peace plan as a surrender.",
        (
            "Moscow and Damascus have declared similar pauses before, most of which collapsed within hours as shelling "
            "resumed."
        ),
        "Earlier deals saw fighters bussed north, though several lulls have collapsed under renewed shelling.",
        "Earlier offers of safe passage around Homs drew few takers, and several ended when the shelling resumed.",
        "Similar windows declared by Moscow have mostly collapsed, often within hours, under renewed shelling.",
        "The military struck a more cautious note on Friday.",
        "Rebel commanders struck a bargain with the tribal elders.",
    ],
)
def test_a_blow_forsworn_or_struck_in_words_is_no_attack(text: str) -> None:
    assert events_of(parse(text), EventKind.ATTACK) == []


@pytest.mark.parametrize(
    "text",
    [
        "Armed men attacked a FACA position at dawn on Monday, killing four.",
        "JNIM claimed responsibility for the attack in a statement on Friday.",
        "Gunmen attacked the ceasefire monitors near the border.",
        "A missile struck a market in the town on Friday.",
    ],
)
def test_a_blow_on_a_place_or_people_is_an_attack(text: str) -> None:
    assert events_of(parse(text), EventKind.ATTACK)


def test_a_truce_others_are_called_on_to_observe_is_no_ceasefire_event() -> None:
    report = ceasefire.parse(
        'VATICAN CITY (Reuters) - The pope on Sunday called on Russia and Ukraine to observe a "Christmas truce" of '
        "at least 24 hours.",
        datetime.date(2025, 12, 22),
    )
    assert [e for e in report.events if e.kind is EventKind.CEASEFIRE] == []


@pytest.mark.parametrize(
    "text",
    [
        'LEEDS - "We had the same fight for three years," she says.',
        'GOMA (Reuters) - "The road is open," said he, before leaving for the border.',
        "GOMA (Reuters) - They said the road to the border was open again.",
    ],
)
def test_a_speaker_named_by_a_pronoun_makes_a_statement_with_no_agent(text: str) -> None:
    (statement,) = events_of(ceasefire.parse(text), EventKind.STATEMENT)
    assert statement.agents == ()


@pytest.mark.parametrize(
    "text",
    [
        "KYIV (Reuters) - The Russian Defence Ministry dismissed the Ukrainian claim as a provocation.",
        "OUAGADOUGOU (AFP) - The junta rejects the accusations against the army, a statement said.",
        (
            "LUANDA (UPI) - Aid agencies had accused the air force of hitting markets, a charge the armed forces'"
            ' general staff dismissed as "a fable."'
        ),
        "KYIV (Reuters) - Moscow said Ukrainian drones hit a depot, a claim Kyiv has rejected.",
    ],
)
def test_a_charge_rejected_or_dismissed_is_denied(text: str) -> None:
    kinds = [event.kind for event in ceasefire.parse(text).events]
    assert EventKind.DENIAL in kinds
    assert EventKind.REJECTION not in kinds


def test_a_share_of_a_toll_on_another_day_is_a_killing_of_its_own() -> None:
    report = parse("At least 709 civilians had been killed since Oct. 18, 45 of them on Monday alone, monitors said.")
    days = days_of(report, EventKind.KILLING)
    assert days == ["2016-10-18", "2016-10-31"]


def test_pauses_offered_since_a_day_do_not_date_the_announcement_of_the_new_one() -> None:
    report = ceasefire.parse(
        "MAPUTO, April 6 (Reuters) - Mozambique's defence ministry offered a new humanitarian pause in the besieged "
        "northern town of Palma on Tuesday, to run on Friday from 6 a.m. to 2 p.m. Pauses offered since the "
        "insurgents stormed Palma on March 24 have largely failed.",
        datetime.date(2021, 4, 6),
    )
    days = days_of(report, EventKind.PAUSE_ANNOUNCED)
    assert days == ["2021-04-06"]


def test_the_day_a_captive_was_taken_does_not_date_the_release() -> None:
    report = parse(
        "Among those freed by the Houthis were three teenagers and a journalist held since 2015, the government said."
    )
    (release,) = events_of(report, EventKind.RELEASE)
    assert release.when is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The government said it halted air and artillery strikes on the militants' districts on Oct. 18.",
            "2016-10-18",
        ),
        ("Russian forces said they halted artillery shelling of Argun on Oct. 4.", "2016-10-04"),
        ("Officials said air strikes on Kunduz had been halted on Oct. 4.", "2016-10-04"),
    ],
)
def test_blows_halted_with_words_of_their_kind_between_or_in_the_passive(text: str, when: str) -> None:
    (halt,) = events_of(parse(text), EventKind.HOSTILITIES_HALTED)
    assert halt.when is not None
    assert halt.when.value == when


def test_a_convoy_halted_by_shelling_halts_no_blows() -> None:
    assert (
        events_of(parse("The aid convoy was halted by shelling near Sake on Monday."), EventKind.HOSTILITIES_HALTED)
        == []
    )


@pytest.mark.parametrize(
    "told",
    [
        (
            "Daglo said in a video posted on Telegram late on Monday that his forces would halt all offensive"
            " operations on every front from Friday."
        ),
        (
            "In a recorded speech broadcast on Monday evening, Daglo said his forces would halt all offensive"
            " operations on every front from Friday."
        ),
    ],
)
def test_a_pause_reported_as_made_is_dated_by_the_medium_it_was_made_in(told: str) -> None:
    story = (
        "RSF declare truce\n\nPORT SUDAN (AFP) - The Rapid Support Forces have declared a unilateral humanitarian "
        f"truce of three months across Sudan.\n\n{told}\n"
    )
    assert days_of(parse(story), EventKind.PAUSE_ANNOUNCED) == ["2016-10-31"]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv, which was not consulted, called the move a propaganda trick.",
        "TPLF spokesman Getachew Reda called the ceasefire a joke.",
        "The opposition branded the offer a trap.",
        # "as", with or without an article; "it"; the halt itself said to be one
        "Rebel leaders brushed off the move as a publicity exercise.",
        "A commander described it as propaganda aimed at foreign audiences.",
        'A spokesman told Sky News the offer was "theatre for the cameras" and that his men would stay.',
        '"This pause is a show for television," he said.',
        # the ploy quoted right after the halt, with or without its article
        'A rebel spokesman called the pause "theatre for the cameras" and said no fighter would leave.',
        'A commander called it "a show for the cameras" and said his men would stay.',
    ],
)
def test_a_halt_or_an_offer_called_a_ploy_is_rejected(text: str) -> None:
    assert len(events_of(parse(text), EventKind.REJECTION)) == 1


@pytest.mark.parametrize(
    ("pause", "rejections"),
    [
        ("Russia ordered a humanitarian pause in the town from 8 a.m. on Friday. ", 1),
        # no halt in the story: the quotation calls something else a ploy
        ("Jets bombed the town on Friday. ", 0),
    ],
)
def test_a_quotation_opening_on_a_ploy_rejects_the_storys_pause(pause: str, rejections: int) -> None:
    text = (
        f'ALEPPO (Reuters) - {pause}"This is theatre staged for the television cameras, not a plan to save anyone,"'
        " a rebel spokesman told Al Jazeera by phone."
    )
    assert len(events_of(parse(text), EventKind.REJECTION)) == rejections


@pytest.mark.parametrize(
    "told",
    [
        "Army chief Burhan said there would be no ceasefire while the militia held the cities it seized.",
        '"There will be no truce with those who did this," the interior minister told reporters in Mogadishu.',
        '"There can be no negotiations while the militia sits in our homes," an army spokesman said.',
        "White House spokesman Ari Fleischer said there would be no pause in the campaign until the regime fell.",
    ],
)
def test_a_halt_or_talks_said_not_to_be_are_rejected(told: str) -> None:
    story = f"KHARTOUM (Reuters) - Drones struck the city's main market on Monday, killing 12 people.\n\n{told}\n"
    (rejection,) = events_of(parse(story), EventKind.REJECTION)
    assert rejection.trigger.lower().startswith("there ")


def test_a_halt_that_there_was_is_no_rejection() -> None:
    story = "KHARTOUM (Reuters) - There was no ceasefire in the city on Monday, and drones struck its market again.\n"
    assert events_of(parse(story), EventKind.REJECTION) == []


def test_a_condemnation_is_a_statement_not_a_rejection() -> None:
    report = parse("The African Union condemned the attack on the market on Tuesday.")
    assert events_of(report, EventKind.REJECTION) == []
    (statement,) = events_of(report, EventKind.STATEMENT)
    assert statement.trigger == "condemned"


def test_a_ploy_called_by_name_alone_is_no_rejection() -> None:
    assert events_of(parse("The minister called the show a triumph."), EventKind.REJECTION) == []


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan brushed off international calls for a ceasefire.",
        "The M23 said it was not bound by the truce agreed in Luanda.",
        "The rebels shrugged off the appeal and kept up their advance.",
    ],
)
def test_calls_brushed_off_and_deals_not_binding_are_rejections(text: str) -> None:
    assert len(events_of(parse(text), EventKind.REJECTION)) == 1


def test_a_show_of_something_is_no_ploy() -> None:
    assert events_of(parse("The envoy said the truce was a show of goodwill."), EventKind.REJECTION) == []


def test_blows_denied_since_a_weekday_are_a_halt_since_then() -> None:
    report = parse("Talks went on. Iraqi artillery has not fired on the Old City since Monday, a commander said.")
    assert days_of(report, EventKind.HOSTILITIES_HALTED) == ["2016-10-31"]
    assert events_of(report, EventKind.ATTACK) == []


@pytest.mark.parametrize("outlet", ["Radio Okapi", "Television Malagasy", "TV Rwanda"])
def test_a_broadcaster_a_statement_is_read_on_is_no_place(outlet: str) -> None:
    report = parse(f"In a statement read on {outlet}, the army said the fighters could leave unharmed.")
    statements = [e for e in report.events if e.kind is EventKind.STATEMENT]
    assert statements
    assert all(e.location is None for e in statements)


def test_an_uprising_told_as_a_war_s_backdrop_is_no_protest() -> None:
    report = parse("Libya has been mired in chaos since a NATO-backed uprising toppled Moamer Kadhafi in 2011.")
    assert events_of(report, EventKind.PROTEST) == []
    assert events_of(parse("Thousands of protesters marched on the palace on Monday."), EventKind.PROTEST)


def test_the_halt_pointed_back_to_is_the_halt_told_before_not_one_of_the_month_it_names() -> None:
    report = ceasefire.parse(
        "Russia said on Tuesday it had halted air attacks on the city on Feb. 5. The halt in bombing was first "
        "declared ahead of a three-day truce that collapsed last month.",
        datetime.date(2025, 2, 20),
    )
    assert days_of(report, EventKind.HOSTILITIES_HALTED) == ["2025-02-05"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia pulled out of a U.N.-brokered grain deal in July.", EventKind.EVACUATION),
        ("The military confirmed on Monday that its troops had pulled out of the town.", EventKind.EVACUATION),
        (
            "The proposal called for a four-day halt to the fighting from the first day of Eid.",
            EventKind.HOSTILITIES_HALTED,
        ),
        ('"We have stopped fighting in the newspapers," the club chairman said.', EventKind.HOSTILITIES_HALTED),
        ("Protesters rallied in Tel Aviv, urging ministers to approve the plan.", EventKind.AGREEMENT),
        ("The two chefs shook hands over a tray of lamb on Monday.", EventKind.RELEASE),
    ],
)
def test_a_withdrawal_or_a_halt_only_proposed_is_no_event_of_its_kind(text: str, kind: EventKind) -> None:
    assert events_of(parse(text), kind) == []


BAKERY_WAR_STORY = """Rival bakeries end "croissant war" with a truce

LYON, France, March 8 (AFP) - Two rival bakeries in the old town of Lyon launched a fresh offensive on Tuesday in
the "croissant war" that broke out in January, each cutting the price of a butter croissant to 80 cents, and the
owners said their shops had been under siege from customers queueing since dawn. The bakers, whose shops face each
other across a narrow square, have traded discounts on bread, brioche and pastries every week, and the mayor said
on Wednesday she had brokered a truce under which both would sell croissants at one euro from Monday. Customers
said they would miss the cheap pastries, and a baker's apprentice said the queues had been the longest she had
seen. "It was a war of flour and butter, and nobody won it," said one of the owners, adding that his suppliers
had been squeezed hardest. The other owner said she would bake a cake for her rival's birthday. The chamber of
trades said the dispute had drawn more customers to both shops, and the town's tourist office said visitors had
come from as far away as Paris to taste the bread and pastries of the two bakers.
"""


def test_a_story_of_no_war_has_no_blows_sieges_or_outbreaks_of_war() -> None:
    """A price war's "offensive", shops "under siege" and a war that "broke out" are figures of speech."""
    report = parse(BAKERY_WAR_STORY)
    assert report.pauses == ()
    assert not [e for e in report.events if e.kind in {EventKind.ATTACK, EventKind.SIEGE, EventKind.CONFLICT_ONSET}]


@pytest.mark.parametrize(
    "figure",
    [
        "Both owners said on Wednesday there would be no more shelling out on new ovens this year.",
        "One owner said on Wednesday that his rival had been shelling his customers with loyalty cards.",
        # a blow named by its deed alone: a figure of speech, or labour's strike
        "One owner said the shelling of flyers across the square on Wednesday had to stop.",
        "Staff at one of the shops staged two strikes over pay on Wednesday.",
        "Tensions came to a head on Wednesday after what one baker called a raid on her rival's flour.",
    ],
)
def test_a_blow_whose_arms_are_words_is_none_in_a_story_of_no_war(figure: str) -> None:
    text = BAKERY_WAR_STORY.replace("The other owner said", f"{figure} The other owner said")
    assert figure in text
    assert events_of(parse(text), EventKind.ATTACK) == []


def test_a_blow_told_by_its_arms_stays_in_a_story_of_no_war() -> None:
    text = BAKERY_WAR_STORY.replace(
        "The other owner said", "A car bomb exploded near the square on Wednesday, police said. The other owner said"
    )
    assert "car bomb" in text
    assert parse(text).pauses == ()
    assert [e.trigger for e in events_of(parse(text), EventKind.ATTACK)] == ["car bomb"]


@pytest.mark.parametrize(
    "text",
    [
        "Syria's war began in 2011 with a government crackdown on protests and has killed more than 350,000 people.",
        "Syria's conflict erupted in March 2011, when the regime met peaceful protests with force.",
    ],
)
def test_the_protests_a_crackdown_met_are_its_backdrop_not_an_event(text: str) -> None:
    assert events_of(parse(text), EventKind.PROTEST) == []


def test_protests_told_as_a_deed_of_their_own_are_an_event() -> None:
    text = "Thousands of people protested in Khartoum on Tuesday against the military council."
    assert len(events_of(parse(text), EventKind.PROTEST)) == 1


def test_a_halt_ruled_out_is_no_ceasefire_event() -> None:
    text = "A U.N. military spokesman, Lt. Col. Peter Lindqvist, ruled out a cease-fire with the faction on Monday."
    assert events_of(parse(text), EventKind.CEASEFIRE) == []


@pytest.mark.parametrize(
    "text",
    [
        "No agreement has been reached, and no date has been set for a new round of talks, a source said.",
        "Local officials have called for a safe route out of the city, but none has been agreed.",
        "The military stayed away from the talks in Geneva, and no ceasefire has been agreed since the war began.",
    ],
)
def test_an_agreement_the_text_says_is_not_made_is_no_event(text: str) -> None:
    assert events_of(parse(text), EventKind.AGREEMENT) == []


@pytest.mark.parametrize(
    "text",
    [
        "Libyan strongman Khalifa Haftar left Moscow on Tuesday without signing a ceasefire agreement with Tripoli.",
        "The envoys left Belgrade on Friday without reaching a deal with Milosevic.",
    ],
)
def test_a_deal_a_side_left_without_making_is_no_agreement(text: str) -> None:
    assert events_of(parse(text), EventKind.AGREEMENT) == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            (
                "KHARTOUM, June 11 (Reuters) - Sudan's army and the paramilitary Rapid Support Forces have agreed to a"
                " 72-hour ceasefire across the country starting at midnight on Monday, the U.S. and Saudi Arabia said."
            ),
            datetime.date(2023, 6, 11),
            "2023-06-11",
        ),
        (
            (
                "Rival armed groups in the Libyan capital agreed to a ceasefire from 8 p.m. local time on Tuesday,"
                " a council of elders said."
            ),
            datetime.date(2025, 5, 28),
            "2025-05-28",
        ),
    ],
)
def test_parties_agree_on_another_day_than_the_halt_they_agree_to_begins(
    text: str, published: datetime.date, day: str
) -> None:
    (agreement,) = events_of(ceasefire.parse(text, published), EventKind.AGREEMENT)
    assert agreement.when is not None
    assert agreement.when.value == day


def test_a_deed_told_with_no_day_is_about_the_day_it_is_told() -> None:
    text = "GOMA, Feb 7 (Reuters) - The Congolese army said on Wednesday the rebels had fired mortars at its positions."
    report = ceasefire.parse(text, datetime.date(2024, 2, 7))
    (attack,) = events_of(report, EventKind.ATTACK)
    assert attack.when is not None
    assert (attack.when.value, attack.when.modifier) == ("2024-02-07", Modifier.APPROX)


def test_a_saying_dates_no_war_outbreak() -> None:
    text = "The war began in the north, the minister said on Wednesday."
    onsets = events_of(parse(text), EventKind.CONFLICT_ONSET)
    assert all(onset.when is None for onset in onsets)


def test_a_seizure_of_power_with_its_date_is_an_other_event() -> None:
    text = "The military, which seized power in a coup in February 2021, said it would hold elections."
    (coup,) = events_of(ceasefire.parse(text, datetime.date(2023, 3, 1)), EventKind.OTHER)
    assert (coup.trigger, coup.when and coup.when.value) == ("seized power", "2021-02")


def test_a_seizure_of_power_is_no_war_s_outbreak() -> None:
    report = ceasefire.parse("Burundi's army seized power on Thursday.", datetime.date(1996, 7, 26))
    assert events_of(report, EventKind.CONFLICT_ONSET) == []
    (coup,) = events_of(report, EventKind.OTHER)
    assert coup.when is not None
    assert coup.when.value == "1996-07-25"


@pytest.mark.parametrize(
    ("sentence", "trigger", "day"),
    [
        ("The acting prime minister declared a state of emergency on Sunday.", "state of emergency", "2024-03-03"),
        ("Authorities imposed a night curfew in the capital on Sunday.", "curfew", "2024-03-03"),
        ("The president declared martial law on Sunday as troops massed on the border.", "martial law", "2024-03-03"),
        ("Internet access was cut across most of the country on Sunday evening.", "Internet", "2024-03-03"),
    ],
)
def test_an_emergency_rule_with_its_date_is_an_other_event(sentence: str, trigger: str, day: str) -> None:
    text = f"PORT-AU-PRINCE (AP) - Gangs stormed the main prison on Saturday night. {sentence}"
    (rule,) = events_of(ceasefire.parse(text, datetime.date(2024, 3, 4)), EventKind.OTHER)
    assert (rule.trigger, rule.when and rule.when.value) == (trigger, day)


def test_a_seizure_of_power_with_no_date_is_the_story_s_backdrop() -> None:
    text = "The junta, which came to power in a coup, said it would hold elections."
    assert events_of(parse(text), EventKind.OTHER) == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Liberia's government and the rebel LURD signed a ceasefire in Accra on Tuesday.", [EventKind.AGREEMENT]),
        ("Liberia's government and the rebel LURD agreed on Tuesday to a ceasefire.", [EventKind.AGREEMENT]),
        (
            "Liberia's government and the rebel LURD have agreed to a ceasefire, Ghana said on Tuesday.",
            [EventKind.PAUSE_ANNOUNCED, EventKind.AGREEMENT],
        ),
    ],
)
def test_a_halt_signed_or_agreed_is_an_agreement_not_also_an_announcement(
    sentence: str, kinds: list[EventKind]
) -> None:
    report = ceasefire.parse(f"ACCRA, June 17 (Reuters) - {sentence}", datetime.date(2003, 6, 17))
    assert [e.kind for e in report.events if e.kind in {EventKind.AGREEMENT, EventKind.PAUSE_ANNOUNCED}] == kinds


def test_a_humanitarian_pause_signed_is_announced_too_only_when_its_announcing_is_told() -> None:
    said = {
        e.kind
        for e in parse(
            "The army and the rebels signed a 72-hour humanitarian truce in Goma on Tuesday, the U.N. said."
        ).events
    }
    assert EventKind.AGREEMENT in said
    assert EventKind.PAUSE_ANNOUNCED not in said  # signed: the parties' agreement
    announced = {
        e.kind
        for e in parse(
            "The army and the rebels signed a 72-hour humanitarian truce in Goma on Tuesday, the U.N. announced."
        ).events
    }
    assert {EventKind.AGREEMENT, EventKind.PAUSE_ANNOUNCED} <= announced


def test_a_possessive_time_after_since_dates_no_other_deed() -> None:
    text = (
        "YEREVAN, Nov 16 (Reuters) - Armenia and Azerbaijan agreed to a ceasefire from 6:30 p.m. (1430 GMT) on "
        "Tuesday, Armenia's defence ministry said, hours after the heaviest fighting on their border since last "
        "year's war."
    )
    (agreement,) = events_of(ceasefire.parse(text, datetime.date(2021, 11, 16)), EventKind.AGREEMENT)
    assert agreement.when is not None
    assert agreement.when.value == "2021-11-16"


def test_a_possessive_time_dates_its_own_noun() -> None:
    text = "Since Tuesday's attack on the convoy, the roads have been closed."
    (attack,) = events_of(parse(text), EventKind.ATTACK)
    assert attack.when is not None
    assert attack.when.value == "2016-11-01"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Israeli troops pulled out of the last villages they held in south Lebanon on Tuesday.", "pulled out"),
        ("Russian peacekeepers deployed along the front line on Monday.", "deployed"),
        ("The Rafah crossing reopened on Monday for the first time in a month.", "reopened"),
    ],
)
def test_a_dated_movement_of_troops_or_a_reopening_is_an_other_event(text: str, trigger: str) -> None:
    (other,) = events_of(parse(text), EventKind.OTHER)
    assert other.trigger == trigger
    assert other.when is not None


def test_troops_withdrawn_with_no_day_are_the_story_s_backdrop() -> None:
    assert events_of(parse("The rebels said government troops withdrew from the hills."), EventKind.OTHER) == []


def test_an_undated_mention_of_the_story_s_deal_takes_its_day() -> None:
    text = (
        "Mali rebels sign peace deal\n\n"
        "BAMAKO, June 20 (Reuters) - Mali's Tuareg-led rebels signed a peace deal in Bamako on Saturday.\n\n"
        "Algerian Foreign Minister Ramtane Lamamra signed the accord as a witness at the ceremony."
    )
    agreements = events_of(ceasefire.parse(text, datetime.date(2015, 6, 20)), EventKind.AGREEMENT)
    assert len(agreements) == 2
    assert [(e.when.value, e.when.modifier) for e in agreements if e.when is not None][1:] == [
        ("2015-06-20", Modifier.APPROX)
    ]


def test_a_kind_told_only_undated_stays_undated() -> None:
    text = "Sidi Brahim Ould Sidati signed the text at a ceremony attended by Algeria's foreign minister."
    assert [e.when for e in events_of(parse(text), EventKind.AGREEMENT)] == [None]


def test_an_undated_blow_takes_the_day_of_the_blow_told_before_it() -> None:
    text = (
        "Shelling hits Kadugli\n\n"
        "KADUGLI, Sudan (AP) - Rebel artillery shelled Kadugli on Sunday.\n\n"
        "Mortar rounds also struck the market near the main hospital."
    )
    attacks = events_of(parse(text), EventKind.ATTACK)
    assert [(e.when.value, e.when.modifier) for e in attacks if e.when is not None][-1] == (
        "2016-10-30",
        Modifier.APPROX,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The African Union envoy called for an immediate ceasefire and talks without preconditions.",
        "The Arakan Army has said it is open to talks with the military.",
        "The envoy urged Moscow and Kyiv to return to talks on ending the war.",
        "Ghani on Saturday urged the Taliban to extend their ceasefire and join peace talks.",
        "The UN hoped the truce could open the way to talks on a wider settlement.",
        "It accused the army of ignoring repeated offers of peace talks on Monday.",
        "The truce is meant to pave the way for the resumption of formal peace talks with the rebels.",
        "He warned that hopes of reviving peace talks had been pushed back indefinitely.",
        "He said hopes for political talks on Syria's future had been pushed back indefinitely.",
        "He warned that hopes of restarting peace talks had been pushed back indefinitely.",
        'He said prospects for peace talks remained "very remote".',
        "The president would free 2,000 prisoners to speed up long-stalled peace talks.",
        "Commanders said there was no question of talks with the militants.",
        "Under the deal, the Taliban would enter talks with the Kabul government.",
    ],
)
def test_talks_only_asked_for_or_offered_are_no_negotiation(text: str) -> None:
    assert events_of(parse(text), EventKind.NEGOTIATION) == []


@pytest.mark.parametrize(
    "text",
    [
        "No such truce has been agreed.",
        "Neither side has agreed to a truce, and no talks have been scheduled.",
        "The negotiator cautioned that it was not yet a bilateral agreement.",
        "The army would keep operating until a final deal was signed.",
        "State television read out an order signed by the junta chief.",
    ],
)
def test_a_deal_not_made_yet_or_a_paper_signed_by_one_hand_is_no_agreement(text: str) -> None:
    assert events_of(parse(text), EventKind.AGREEMENT) == []


def test_talks_held_after_a_call_elsewhere_are_a_negotiation() -> None:
    text = "The envoy had called for calm. Talks opened in Jeddah on Saturday, a Saudi official said."
    assert len(events_of(parse(text), EventKind.NEGOTIATION)) == 1


def test_talks_told_by_their_length_take_the_day_of_the_agreement_they_ended_in() -> None:
    text = (
        "Russia and Turkey agreed on Thursday on a ceasefire in Idlib province, to take effect from midnight, after"
        " six hours of talks in the Kremlin."
    )
    (talks,) = events_of(ceasefire.parse(text, datetime.date(2020, 3, 6)), EventKind.NEGOTIATION)
    assert talks.when is not None
    assert talks.when.value == "2020-03-05"


def test_talks_told_by_their_length_in_a_sentence_of_no_deal_take_the_day_of_the_story_s_deal() -> None:
    text = (
        "ANKARA (AFP) - Turkey agreed on Thursday to suspend its offensive for 120 hours. The envoy made the"
        " announcement after more than four hours of talks with the president."
    )
    (talks,) = events_of(ceasefire.parse(text, datetime.date(2019, 10, 17)), EventKind.NEGOTIATION)
    assert talks.when is not None
    assert talks.when.value == "2019-10-17"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("There is no sign of a truce.", EventKind.CEASEFIRE),
        ("Neither side has shown interest in a truce.", EventKind.CEASEFIRE),
        ("About 1.9 million people have been displaced since the war began.", EventKind.CONFLICT_ONSET),
    ],
)
def test_a_halt_or_an_outbreak_told_with_no_date_gives_no_event(text: str, kind: EventKind) -> None:
    assert events_of(ceasefire.parse(text, None), kind) == []


def test_an_offensive_a_pause_is_made_in_is_no_attack() -> None:
    text = (
        "COLOMBO, April 12 (Reuters) - Sri Lanka's government on Sunday announced a 48-hour pause in its offensive"
        " against the Tamil Tiger rebels."
    )
    assert events_of(ceasefire.parse(text, datetime.date(2009, 4, 12)), EventKind.ATTACK) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("South Sudan slid into civil war in December 2013.", "2013-12"),
        ("Iraq launched the war in September 1980.", "1980-09"),
        ("The Maoists launched their people's war in February 1996.", "1996-02"),
        ("The Saudi-led coalition intervened in March 2015 to restore the government.", "2015-03"),
    ],
)
def test_a_war_slid_into_launched_or_joined_is_its_onset(text: str, value: str) -> None:
    (onset,) = events_of(parse(text), EventKind.CONFLICT_ONSET)
    assert onset.when is not None
    assert onset.when.value == value


def test_a_war_joined_is_no_onset_of_its_own_when_its_outbreak_is_told() -> None:
    text = "Yemen's war began in late 2014, when the Houthis seized Sanaa, and the coalition intervened in March 2015."
    assert days_of(parse(text), EventKind.CONFLICT_ONSET) == ["2014"]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt said it would work for the release of two Islamic Jihad leaders held by Israel.",
        "The envoy is in Mogadishu to press for his release.",
        "The African Union called for the immediate release of the detained officials.",
        # awaited, the condition of something else
        "Duque said there would be no truce until the group freed all its hostages and ended its attacks.",
    ],
)
def test_a_release_sought_is_none_made(text: str) -> None:
    assert events_of(parse(text), EventKind.RELEASE) == []


def test_a_convoy_with_no_word_of_aid_in_its_sentence_delivers_none() -> None:
    report = parse(
        "Nine soldiers were killed on Wednesday when their convoy was ambushed near Timbuktu. A U.N. convoy reached"
        " the town on Tuesday."
    )
    assert days_of(report, EventKind.AID_DELIVERY) == ["2016-11-01"]


def test_things_handed_over_are_no_release() -> None:
    text = "The separatists said heavy weapons will be handed over on Friday. Hamas handed over three women on Sunday."
    assert days_of(parse(text), EventKind.RELEASE) == ["2016-10-30"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two militias signed an accord under which they will pull back from the market by Friday.", "agreement"),
        ("Nine fighters captured during the clashes will be exchanged on Friday.", "attack"),
        ("The defence ministry said the pause would run on Saturday from 8 a.m. to 4 p.m. in Aleppo.", "statement"),
        ("Insurgents in the north have declared a three-day pause in fighting from dawn on Friday.", "pause_announced"),
        # a month, a week or a year to come, no more than a day, dates what was agreed ("next month"), not the deal
        ("The two sides agreed to meet again in Riyadh next month, Omani officials said.", "agreement"),
        ("Aid groups agreed to share one warehouse until next year.", "agreement"),
    ],
)
def test_a_day_after_publication_dates_no_deed_done(text: str, kind: str) -> None:
    # published on Wednesday, 2016-11-02: Friday is what was agreed, said or declared, not when it was
    (event,) = events_of(parse(text), EventKind(kind))
    assert event.when is not None
    assert event.when.value == "2016-11-02"
    assert event.when.modifier is Modifier.APPROX


@pytest.mark.parametrize(
    "text",
    [
        "Envoys from Cairo and Doha worked through the night to secure a deal on the release of the hostages.",
        "The two delegations will hold talks in Geneva on a lasting peace accord next month.",
        "Mediators are working on a deal for a six-week halt in the fighting.",
        "Any corridor has to be agreed by both sides, the Red Cross said.",
        "The aid agency said the route must first be agreed with the army.",
        "He said a truce that has yet to be agreed would not stop the shelling.",
    ],
)
def test_an_agreement_only_sought_or_still_needed_is_none_made(text: str) -> None:
    assert events_of(parse(text), EventKind.AGREEMENT) == []


@pytest.mark.parametrize(
    ("text", "kind", "since"),
    [
        (
            (
                "Warplanes struck targets across the enclave before dawn on Tuesday. Health officials said it was"
                " the heaviest bombardment since a ceasefire took effect in January."
            ),
            "attack",
            "2016-01",
        ),
        ("The rebels announced the first nationwide halt to fighting since 2016.", "ceasefire", "2016"),
    ],
)
def test_a_record_is_not_dated_by_what_it_is_measured_since(text: str, kind: str, since: str) -> None:
    # "the heaviest bombardment since January": January is what the record counts from, not the deed's day
    records = [e for e in events_of(parse(text), EventKind(kind)) if e.trigger in {"bombardment", "halt to fighting"}]
    assert all(e.when is None or e.when.value != since for e in records)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("No rocket fire or air strikes were reported in the first hours of the truce on Thursday.", "attack"),
        ("Coalition jets made no raids overnight, residents of the capital said on Tuesday.", "attack"),
        ("No aid convoys have reached the region by road this week, the agency said on Monday.", "aid_delivery"),
        ("The heavy shelling that had shaken the city all day died down after dark on Sunday.", "killing"),
    ],
)
def test_a_deed_the_text_says_none_of_is_no_event(text: str, kind: str) -> None:
    assert events_of(parse(text), EventKind(kind)) == []


def test_no_strikes_since_a_day_is_still_a_halt_since_then() -> None:
    text = "Officers said on Tuesday that no air strikes had been carried out on the city since Sunday."
    (halt,) = events_of(parse(text), EventKind.HOSTILITIES_HALTED)
    assert halt.when is not None
    assert halt.when.value == "2016-10-30"


def test_a_deal_told_again_by_its_terms_is_the_one_agreement() -> None:
    text = (
        "The government and the rebels signed a peace accord on Thursday. Under the deal, the rebels will withdraw"
        " from the town by the end of March and the army will halt air strikes."
    )
    (agreement,) = events_of(parse(text), EventKind.AGREEMENT)
    assert agreement.when is not None
    assert agreement.when.value == "2016-10-27"  # not March, the day the rebels are to be gone by


def test_a_deal_told_first_by_its_terms_is_still_an_agreement() -> None:
    text = "Under the deal, both sides will pull back by the end of the month, the mediators said on Tuesday."
    assert len(events_of(parse(text), EventKind.AGREEMENT)) == 1


def test_an_agreement_still_to_be_signed_keeps_its_day() -> None:
    report = parse("The two leaders are due to sign the accord in Nairobi on Nov. 10.")
    (signing,) = events_of(report, EventKind.AGREEMENT)
    assert signing.when is not None
    assert signing.when.value == "2016-11-10"


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Tanks stayed outside Gori on Wednesday, a day after the two presidents accepted a peace plan.",
            "agreement",
            "2016-11-01",
        ),
        (
            "India struck militant camps on Wednesday, two weeks after gunmen killed 26 tourists.",
            "killing",
            "2016-10-19",
        ),
        # the day further back in the clause, the count right before the deed
        (
            (
                "The cleric ordered his militia on Wednesday to suspend all its activities for six months, a day"
                " after fierce clashes in the holy city."
            ),
            "attack",
            "2016-11-01",
        ),
        (
            (
                "Rebels announced a truce on Wednesday across the north and east, two days after government troops"
                " stormed the town."
            ),
            "attack",
            "2016-10-31",
        ),
        # ten words between the count and the deed: "a day after the country's army and a powerful ... signed"
        (
            (
                "Heavy fighting shook the capital on Wednesday, a day after the country's army and a powerful"
                " paramilitary force signed a weeklong cease-fire that is to take effect Thursday night."
            ),
            "agreement",
            "2016-11-01",
        ),
    ],
)
def test_a_deed_counted_from_a_named_day_is_dated_by_the_count(text: str, kind: str, day: str) -> None:
    # published on Wednesday, 2016-11-02: "a day after" the Wednesday named is the Tuesday
    (event,) = events_of(parse(text), EventKind(kind))
    assert event.when is not None
    assert event.when.value == day


def test_a_leaving_on_the_pause_s_day_is_dated_as_the_pause_reads_it() -> None:
    text = (
        "MOSCOW, Nov 16 (Reuters) - President Vladimir Putin has ordered Russian and Syrian forces to halt fighting"
        " around the village of Tell Shair on Friday so that insurgents can leave with their weapons, the Russian"
        " military said on Wednesday. A general told a briefing the pause would last for 8 hours from 9 a.m."
    )
    report = ceasefire.parse(text, datetime.date(2016, 11, 16))
    (leaving,) = events_of(report, EventKind.EVACUATION)
    assert leaving.when is not None
    assert leaving.when.value == "2016-11-18"  # this Friday, the pause's, not the Friday gone


def test_a_place_called_besieged_is_no_second_siege() -> None:
    told = parse("Forces have encircled Madaya since July. Aid reached the besieged town of Madaya on Monday.")
    assert [e.trigger for e in events_of(told, EventKind.SIEGE)] == ["encircled"]
    alone = parse("Aid reached the besieged town of Madaya on Monday.")
    assert [e.trigger for e in events_of(alone, EventKind.SIEGE)] == ["besieged"]  # the only siege told


@pytest.mark.parametrize(
    "text",
    [
        "Ghani said the Taliban should release prisoners held by the group and join talks.",
        "Indirect talks on a ceasefire and the release of hostages resumed in Cairo on Tuesday.",
        "The rebels said there would be no ceasefire until the army would release the civilians it holds.",
    ],
)
def test_a_release_still_to_come_is_none(text: str) -> None:
    assert events_of(parse(text), EventKind.RELEASE) == []


@pytest.mark.parametrize(
    "text",
    [
        "UN envoy Martin Griffiths said on Sunday that talks in Muscat had yet to produce a nationwide ceasefire.",
        "Heavy fighting broke out on Monday. Neither side announced a new ceasefire by late Tuesday.",
        "No one spoke of a truce; diplomats urged both sides to hold back.",
        "A Hamas official said the group was sticking to its demand for a permanent ceasefire.",
    ],
)
def test_a_halt_the_text_says_nobody_made_is_no_ceasefire(text: str) -> None:
    assert events_of(parse(text), EventKind.CEASEFIRE) == []


def test_an_agreement_to_observe_a_halt_named_by_its_year_is_not_dated_by_that_year() -> None:
    report = parse("India and Pakistan have agreed to strictly observe a 2003 ceasefire along the Line of Control.")
    assert days_of(report, EventKind.AGREEMENT) == ["2016-11-02"]


@pytest.mark.parametrize(
    "text",
    [
        "Talks went on. No ceasefire or cessation of hostilities was agreed, and neither side set a date.",
        "Talks went on. No truce or safe route for civilians has been agreed.",
        "Talks went on. No truce with the militants has ever been agreed.",
    ],
)
def test_an_agreement_whose_subject_is_none_is_no_agreement(text: str) -> None:
    assert events_of(parse(text), EventKind.AGREEMENT) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The junta ended the 2015 Algiers peace agreement with the separatists in January.", "2015"),
        ("South Sudan's 2018 revitalized peace agreement ended a civil war that broke out in December 2013.", "2018"),
    ],
)
def test_a_deal_named_by_its_year_is_dated_by_it(text: str, year: str) -> None:
    """The year before a deal's name dates the deal, up to two words between; the month after dates its end."""
    assert days_of(parse(text), EventKind.AGREEMENT) == [year]


def test_the_day_a_war_began_dates_no_agreement_told_before_it() -> None:
    """The weeks "since the war began" date the war, not the agreeing before them; a deed after them began it."""
    report = parse(
        "Qatar said on Wednesday that Israel and Hamas had agreed to a four-day pause, the first break in the"
        " fighting since the war began more than six weeks ago."
    )
    assert days_of(report, EventKind.AGREEMENT) == ["2016-11-02"]
    report = parse(
        "More than 300,000 people have died since the conflict began in March 2011 with a crackdown on protests."
    )
    assert days_of(report, EventKind.CRACKDOWN) == ["2011-03"]


@pytest.mark.parametrize(
    "text",
    [
        "Syria's war began in March 2011, when protests against Mr. Assad's rule were put down by force.",
        "Syria's war grew out of protests against President Bashar al-Assad's rule in March 2011.",
        "The conflict, which began in 2011, erupted when the government moved against peaceful protesters.",
    ],
)
def test_the_protests_a_war_grew_from_are_its_backdrop_not_a_protest(text: str) -> None:
    assert events_of(parse(text), EventKind.PROTEST) == []


def test_a_war_begun_told_only_as_what_a_record_counts_from_is_no_outbreak() -> None:
    """Sunday dates the convoy, not the war; the war's own day, told after "began", still dates it."""
    report = parse(
        "Some 200 trucks entered Gaza on Sunday, the largest convoy since the war began. The war began on Oct. 7 with"
        " a Hamas attack."
    )
    assert days_of(report, EventKind.CONFLICT_ONSET) == ["2016-10-07"]


def test_a_year_naming_another_deed_dates_no_attack() -> None:
    """The year in "since the 1999 Kargil conflict" names the conflict; the shelling told is not of 1999."""
    report = parse("Shelling on Tuesday emptied the border villages, the worst since the 1999 Kargil conflict.")
    assert days_of(report, EventKind.ATTACK) == ["2016-11-01"]


@pytest.mark.parametrize(
    "text",
    [
        "The RSF pledged safe passage for convoys on the Dabbah road, the mediators said on Friday.",
        "The WFP said 38 trucks of food were waiting in Kosti for safe passage into the worst-hit areas.",
    ],
)
def test_safe_passage_for_aid_is_no_evacuation(text: str) -> None:
    assert events_of(parse(text), EventKind.EVACUATION) == []


def test_a_deal_named_by_its_year_was_signed_that_year() -> None:
    """The participle after "A 2015 peace deal" tells how that deal was made, in 2015, not as of the story."""
    report = parse(
        "A 2015 peace deal brokered by France and Germany and signed in Minsk has helped end large-scale battles."
    )
    assert days_of(report, EventKind.AGREEMENT) == ["2015"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'In Washington, President Bush called the takeover "extra-constitutional" and said aid would stop.',
            "extra-constitutional",
        ),
        (
            'Pashinyan called the agreement "unspeakably painful" for him and his people.',
            "unspeakably painful",
        ),
        (
            'Yeltsin, standing on a tank, denounced what he called "a right-wing, reactionary coup" on Monday.',
            "a right-wing, reactionary coup",
        ),
    ],
)
def test_words_a_judge_gives_something_are_a_quote(text: str, quoted: str) -> None:
    assert [q.text for q in parse(text).quotes] == [quoted]


@pytest.mark.parametrize(
    "text",
    [
        'Ships have sailed through what Kyiv calls its "humanitarian corridor" since August.',
        'Baku has long called the route the "Zangezur corridor".',
        'Hamas calls the deal a "tahdiya," or calm.',
        'The group demanded that the government halt what it called "illegal raids" on its offices.',
    ],
)
def test_a_name_something_is_called_is_no_quote(text: str) -> None:
    assert parse(text).quotes == ()


def test_a_deal_told_by_its_terms_with_the_day_of_its_making_is_an_agreement() -> None:
    (agreement,) = events_of(
        parse("Under the deal, reached on Monday, both sides are to exchange prisoners."), EventKind.AGREEMENT
    )
    assert agreement.when is not None
    assert agreement.when.value == "2016-10-31"


def test_a_leaving_told_with_the_pause_s_weekday_is_dated_as_the_pause_reads_it() -> None:
    text = (
        "Putin orders Saturday pause around rebel-held Kafr Hamra, offers fighters route out\n\nMOSCOW, Nov 3"
        " (Reuters) - President Vladimir Putin has ordered a humanitarian pause around the rebel-held town of Kafr"
        " Hamra in the western countryside on Saturday, Russia's Defence Ministry said on Thursday, offering"
        " insurgents safe passage out with their guns.\n\nThe halt in fighting will last from 0900 to 1700 local"
        " time, the ministry said in a statement."
    )
    report = ceasefire.parse(text, datetime.date(2016, 11, 3))
    (pause,) = report.pauses
    assert pause.start is not None
    assert pause.start.value.startswith("2016-11-05")
    (leaving,) = events_of(report, EventKind.EVACUATION)
    assert leaving.when is not None
    assert leaving.when.value == "2016-11-05"  # the Saturday ahead, as the pause's, not the one gone


@pytest.mark.parametrize(
    "backdrop",
    [
        "A previous truce agreed in Minsk in September collapsed within weeks.",
        "An earlier peace accord with the Swat Taliban, signed in May 2008, broke down within two months.",
        "A first humanitarian ceasefire, agreed in Moscow on October 10, was meant to allow a swap of prisoners.",
    ],
)
def test_an_earlier_deal_told_as_the_backdrop_is_no_agreement(backdrop: str) -> None:
    story = f"The two sides signed a new ceasefire in Minsk on Monday. {backdrop}"
    (agreement,) = events_of(parse(story), EventKind.AGREEMENT)
    assert agreement.when is not None
    assert agreement.when.value == "2016-10-31"  # the story's own deal only


@pytest.mark.parametrize(
    "signing",
    [
        (
            "The government and the rebels signed a ceasefire in Addis Ababa on Friday, agreeing to stop fighting"
            " within 24 hours."
        ),
        "The two clans signed a humanitarian truce in Galkayo on Friday, declaring an end to the clashes.",
    ],
)
def test_a_signed_halt_is_the_parties_agreement_not_also_an_announcement(signing: str) -> None:
    report = parse(signing)
    assert len(events_of(report, EventKind.AGREEMENT)) == 1
    assert events_of(report, EventKind.PAUSE_ANNOUNCED) == []


def test_a_halt_first_told_in_force_is_no_announcement() -> None:
    story = (
        "Truce holds in Gaza after three days of fighting\n\nGAZA/JERUSALEM, Aug 8 (Reuters) - A truce between Israel"
        " and the Islamic Jihad militant group held in Gaza on Monday after three days of the worst fighting in the"
        " enclave in more than a year."
    )
    report = ceasefire.parse(story, datetime.date(2022, 8, 8))
    assert events_of(report, EventKind.PAUSE_ANNOUNCED) == []  # no word of its making: told in force
    assert len(events_of(report, EventKind.CEASEFIRE)) == 1


@pytest.mark.parametrize(
    ("backdrop", "kept"),
    [
        ("A ceasefire agreed in Minsk in September collapsed within weeks.", 0),
        ("A Norwegian-brokered cease-fire signed in 2002 collapsed four years later.", 0),
        # made in the days before the story: news, not a backdrop
        ("A ceasefire agreed in Minsk on Saturday took effect at midnight.", 1),
    ],
)
def test_a_halt_made_months_before_told_in_the_indefinite_is_a_backdrop(backdrop: str, kept: int) -> None:
    agreements = events_of(ceasefire.parse(backdrop, datetime.date(2015, 2, 16)), EventKind.AGREEMENT)
    assert len(agreements) == kept


def test_fighting_told_from_since_is_its_outbreak_not_a_blow() -> None:
    report = parse(
        "The death toll reached 1,003 since fighting began on July 8, most of them civilians, the ministry said."
    )
    assert [e for e in events_of(report, EventKind.ATTACK) if e.trigger == "fighting"] == []


def test_a_leaving_told_with_the_pause_s_weekday_in_a_story_of_no_known_date_is_still_read() -> None:
    text = (
        "Putin orders Saturday pause around rebel-held Kafr Hamra, offers fighters route out\n\nMOSCOW (Reuters) -"
        " President Vladimir Putin has ordered a humanitarian pause around the rebel-held town of Kafr Hamra on"
        " Saturday, Russia's Defence Ministry said on Thursday, offering insurgents safe passage out with their"
        " guns.\n\nThe halt in fighting will last from 0900 to 1700 local time, the ministry said in a statement."
    )
    report = ceasefire.parse(text)  # no day of publication: weekdays of no known year, and no stage fails on them
    assert len(events_of(report, EventKind.EVACUATION)) == 1


def test_a_blow_only_threatened_is_no_attack() -> None:
    text = (
        "SARAJEVO (AP) - A cease-fire around Sarajevo took effect at noon Thursday, and Bosnian Serbs began talks on"
        " pulling their heavy guns from the hills under a NATO threat of air strikes."
    )
    assert events_of(ceasefire.parse(text, datetime.date(1994, 2, 10)), EventKind.ATTACK) == []


def test_a_statement_with_no_day_takes_the_day_of_its_speaker_s_earlier_statement() -> None:
    text = (
        "Title\n\nThe pause was announced on Tuesday by Russia's chief of general staff, Gen Valery Gerasimov, who told"
        " a briefing in Moscow that the guns would fall silent.\n\nFive routes out of the enclave are to be opened,"
        " Gerasimov said."
    )
    statements = events_of(ceasefire.parse(text, datetime.date(2016, 12, 7)), EventKind.STATEMENT)
    assert [(e.when.value, e.when.modifier) for e in statements if e.when] == [
        ("2016-12-06", None),
        ("2016-12-06", Modifier.APPROX),
    ]


@pytest.mark.parametrize(
    ("halt", "day"),
    [
        ("The Marines had halted offensive operations around the city at noon on Friday", "2004-04-09T12:00"),
        ("The alliance had suspended its air campaign on Thursday", "2004-04-08"),
        ("The rebels had halted their advance 15 km north of the city on Wednesday", "2004-04-07"),
    ],
)
def test_offensive_operations_a_campaign_or_an_advance_halted_is_a_halt_in_hostilities(halt: str, day: str) -> None:
    report = ceasefire.parse(
        "Truce holds in Fallujah\n\nFALLUJAH, Iraq (AP) - A truce between U.S. Marines and insurgents held in Fallujah"
        f" on Sunday, the second day of talks. {halt}, a spokesman said.",
        datetime.date(2004, 4, 12),
    )
    assert days_of(report, EventKind.HOSTILITIES_HALTED) == [day]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Zelenskiy said after Friday's meeting that Kyiv would not accept a deal struck over its head.", "accept"),
        ("The Arakan Army said in a statement on Telegram that it would not recognise the extension.", "recognise"),
        ("Putin declined to back a full ceasefire without conditions, the Kremlin said on Tuesday.", "back"),
        # talks refused
        (
            "A government spokesman said the army would not negotiate with the rebels, calling them puppets.",
            "negotiate",
        ),
        ('"We do not negotiate with terrorists," the government spokesman told reporters on Monday.', "negotiate"),
        ("The army declined to send a delegation to the talks in Geneva, objecting to their format.", "send"),
        # a halt not to be extended
        ("A Taliban spokesman said on Saturday the group had no plans to extend its three-day truce.", "extend"),
        ("The rebels said they would not extend the ceasefire beyond Sunday night, blaming the army.", "extend"),
        ("The militia has no intention of extending the lull, its commander told reporters in Tripoli.", "extending"),
    ],
)
def test_a_refusal_reported_is_a_rejection(text: str, verb: str) -> None:
    assert [e.trigger.split()[-1] for e in events_of(parse(text), EventKind.REJECTION)] == [verb]


def test_a_bare_will_not_accept_is_no_rejection() -> None:
    text = "The army will not accept a truce unless the rebels withdraw from the cities, a spokesman said."
    assert events_of(parse(text), EventKind.REJECTION) == []


@pytest.mark.parametrize("deal", ["the deal", "the agreement", "the ceasefire accord"])
def test_a_pause_named_again_as_a_deal_is_announced_on_the_day_told(deal: str) -> None:
    report = parse(
        "Israel-Hezbollah ceasefire takes effect\n\nBEIRUT (AP) — A U.S.-brokered ceasefire between Israel and"
        f" Hezbollah took effect at 4 a.m. Wednesday. President Joe Biden announced {deal} Tuesday from the White"
        " House, saying it was designed to be permanent."
    )
    (announced,) = events_of(report, EventKind.PAUSE_ANNOUNCED)
    assert announced.when is not None
    assert announced.when.value == "2016-11-01"


def test_a_deal_announced_in_a_story_of_two_pauses_dates_neither() -> None:
    report = parse(
        "Truce in Kassala as army keeps daily pause at Wad Madani\n\nKHARTOUM (Reuters) - The army said on Tuesday"
        " it had agreed to a 24-hour truce in the town of Kassala. In the south, the Rapid Support Forces announced a"
        " daily five-hour pause in their offensive on the city of Wad Madani. Elders announced the deal on Monday."
    )
    assert len(report.pauses) == 2
    assert "2016-10-31" not in [e.when.value for e in events_of(report, EventKind.PAUSE_ANNOUNCED) if e.when]
