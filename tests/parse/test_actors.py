"""The actors stage: gazetteers, titled persons, compounds and in-article aliases, merged into one actor each."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from stage import analyse

import ceasefire
from ceasefire._model import Actor, ActorKind
from ceasefire._parse._mentions import ActorTable
from ceasefire._parse.actors import find_actors


SEED = (Path(__file__).parent.parent.parent / "seeds" / "000_44517ffaa18d11d5.txt").read_text(encoding="utf-8")


def table(text: str) -> ActorTable:
    return find_actors(analyse(text)).actors


def named(text: str, name: str) -> Actor:
    found = [a for a in table(text).actors if a.name == name]
    assert len(found) == 1, [a.name for a in table(text).actors]
    return found[0]


def test_titled_person_gets_title_affiliation_and_surname_alias() -> None:
    text = "Ukrainian Defence Minister Oleksandr Petrenko spoke. Petrenko's office said later that Kyiv agreed."
    actors = table(text)
    person = named(text, "Oleksandr Petrenko")
    assert person.kind is ActorKind.PERSON
    assert person.title == "Defence Minister"
    assert actors.by_id(person.affiliation or "") == named(text, "Ukraine")
    assert "Petrenko" in person.aliases
    assert len(person.mentions) == 2


def test_known_leader_resolves_to_the_gazetteer_name() -> None:
    person = named("Ukrainian President Volodymyr Zelenskyy spoke.", "Volodymyr Zelensky")
    assert person.title == "President"


def test_capital_used_as_metonym_is_the_state() -> None:
    actor = named("Moscow said the strikes had stopped, and Russia denied it.", "Russia")
    assert actor.kind is ActorKind.STATE
    assert actor.aliases == ("Moscow",)


def test_capital_stands_for_the_government_the_article_names() -> None:
    text = "The Israeli government agreed. Officials said the Israeli authorities would comply."
    government = named(text, "Israeli government")
    assert government.kind is ActorKind.GOVERNMENT
    assert "Israeli authorities" in government.aliases


def test_ministry_with_demonym_and_later_short_form_are_one_actor() -> None:
    text = "The Turkish Defence Ministry announced a pause. Later the Defence Ministry said it held."
    ministry = named(text, "Turkish Defence Ministry")
    assert ministry.kind is ActorKind.GOVERNMENT_BODY
    assert len(ministry.mentions) == 2


def test_the_regime_refers_to_the_government_named_before() -> None:
    text = "The Syrian regime denied it. Rebels said the regime had bombed the town."
    government = named(text, "Syrian government")
    assert len(government.mentions) == 2


def test_forces_named_by_a_known_leader_are_the_government_forces() -> None:
    text = "Forces loyal to Bashar al-Assad advanced. Later, Assad's troops pulled back and Assad forces regrouped."
    forces = named(text, "Syrian government forces")
    assert forces.kind is ActorKind.MILITARY
    assert len(forces.mentions) == 3


def test_organisation_abbreviations_merge() -> None:
    text = "The U.N. said aid was blocked. The UN refugee agency UNHCR and the World Food Programme warned."
    un = named(text, "United Nations")
    assert un.kind is ActorKind.INTERNATIONAL_ORG
    assert "U.N." in un.aliases


def test_generic_party_takes_its_demonym_and_merges_phrases() -> None:
    text = "The Yemeni opposition rejected it. Opposition fighters and opposition groups said no."
    opposition = named(text, "Yemeni opposition")
    assert set(opposition.aliases) >= {"Opposition fighters", "opposition groups"}


@pytest.mark.parametrize(
    ("text", "name", "kind", "alias"),
    [
        (
            "Local rights groups said 40 people died. The rights groups blamed the army.",
            "local rights groups",
            ActorKind.NGO,
            "rights groups",
        ),
        (
            "Rival clan militias fought on. The militias denied it.",
            "rival clan militias",
            ActorKind.ARMED_GROUP,
            "militias",
        ),
        ("Sunni tribal leaders agreed to the truce on Sunday.", "Sunni tribal leaders", ActorKind.OTHER, None),
        (
            "Government forces, backed by Iraqi Shi'ite militias, have besieged the town since August.",
            "Iraqi Shi'ite militias",
            ActorKind.ARMED_GROUP,
            None,
        ),
        ("Forces backed by Iraqi militias have besieged the town.", "Iraqi militias", ActorKind.ARMED_GROUP, None),
        (
            "Federal police said two people were hurt. The police made no arrests.",
            "federal police",
            ActorKind.MILITARY,
            "The police",
        ),
    ],
)
def test_a_qualified_party_is_named_with_its_qualifier(
    text: str, name: str, kind: ActorKind, alias: str | None
) -> None:
    party = named(text, name)
    assert party.kind is kind
    assert alias is None or alias in party.aliases
    assert [a.name for a in table(text).actors].count(name) == 1


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Western diplomats said the truce was fragile. Diplomats in Nairobi agreed.",
            "diplomats",
            "Western diplomats",
        ),
        ("Rescuers pulled 14 bodies from the rubble, rescue workers said.", "rescue workers", "Rescuers"),
        ("Health workers said 30 children died. Analysts said the war would go on.", "health workers", None),
        ("Witnesses said the shelling went on all night.", "witnesses", None),
        ("Activists and traders in the market said prices had doubled.", "activists", None),
        ("Activists and traders in the market said prices had doubled.", "traders", None),
        ("Elders met the commanders on Monday.", "elders", None),
        ("Security forces opened fire on the crowd, witnesses said.", "witnesses", None),
    ],
)
def test_the_world_s_witnesses_are_generic_parties(text: str, name: str, alias: str | None) -> None:
    party = named(text, name)
    assert party.kind is ActorKind.OTHER
    assert alias is None or alias in party.aliases


def test_person_named_by_a_said_cue_without_title() -> None:
    text = "Amira Haddad said the convoy was stopped. Haddad added that dozens were hurt."
    person = named(text, "Amira Haddad")
    assert person.kind is ActorKind.PERSON
    assert len(person.mentions) == 2


@pytest.mark.parametrize(
    "text",
    ["The Monday meeting ended.", "In May the city fell.", "Aid is blocked, and the war goes on."],
)
def test_no_actor_from_ordinary_words(text: str) -> None:
    assert table(text).actors == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The government's chief negotiator, Humberto de la Calle, said the deal was final.", "Humberto de la Calle"),
        ("Dutch envoy Frans van der Berg said the talks would resume.", "Frans van der Berg"),
        ("Army spokesman Carlos del Castillo said the rebels had agreed.", "Carlos del Castillo"),
    ],
)
def test_a_name_keeps_two_particles_between_its_words(text: str, name: str) -> None:
    assert name in [a.name for a in table(text).actors]


def test_every_mention_points_at_an_actor_and_its_text() -> None:
    text = "Russian President Vladimir Putin met U.N. envoy Staffan de Mistura in Moscow. Putin said no."
    actors = table(text)
    ids = {a.id for a in actors.actors}
    for mention in actors.mentions:
        assert mention.actor_id in ids
        assert text[mention.span.start : mention.span.end] == mention.text


def test_states_named_only_as_places_are_dropped_and_the_dateline_s_agency_kept() -> None:
    import ceasefire

    text = (
        "Town falls in Mali\n\n"
        "BAMAKO (Reuters) - Thousands fled to Mauritania. Mali's army said the town of Ber fell. Mali denied it.\n\n"
        "(Reporting by AFP staff)"
    )
    actors = {a.name: a.kind for a in ceasefire.parse(text).actors}
    assert "Mauritania" not in actors
    assert actors["Reuters"] is ActorKind.MEDIA  # the story's source, as the development set codes it
    assert "Mali" in actors
    assert "Agence France-Presse" not in actors  # a credit line names no actor


def test_states_sending_troops_are_parties_not_places() -> None:
    import ceasefire

    text = (
        "The mission has about 11,000 troops from Uganda, Ethiopia, Egypt and Kenya. "
        "Thousands of families fled from Burundi last year."
    )
    states = {a.name for a in ceasefire.parse(text).actors if a.kind is ActorKind.STATE}
    assert states == {"Uganda", "Ethiopia", "Egypt", "Kenya"}  # Burundi is only where they fled from


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Fighting went on. A U.S.- and Qatari-brokered truce collapsed on Monday.", {"United States", "Qatar"}),
        ("Fighting went on. U.S.-led talks in Geneva last month ended without a deal.", {"United States"}),
        (
            "Lebanon called on the United States and France, which brokered the truce, to act.",
            {"Lebanon", "United States", "France"},
        ),
        ("The deal was signed in Doha before envoys from the United States and Togo.", {"United States", "Togo"}),
        ("Thousands of families fled to Egypt on Monday.", set()),
        ("Qatar, which brokered it with help from Egypt, announced it on Monday.", {"Qatar", "Egypt"}),
        ("Rescue teams from Tunisia and Algeria searched the rubble.", {"Tunisia", "Algeria"}),
        # a day before a comma is no place listed with the state after it
        (
            "Turkey flew the wounded to Ankara for treatment on Sunday, and Kenya and Ethiopia sent medical supplies.",
            {"Turkey", "Kenya", "Ethiopia"},
        ),
    ],
)
def test_brokers_envoys_and_states_called_on_are_parties(text: str, states: set[str]) -> None:
    import ceasefire

    assert {a.name for a in ceasefire.parse(text).actors if a.kind is ActorKind.STATE} == states


def test_a_state_named_only_as_the_owner_of_a_place_is_dropped() -> None:
    import ceasefire

    text = (
        "Mali's Kidal has been cut off for weeks, and Haiti's capital is short of fuel. "
        "Yemen's Houthi movement refused a truce."
    )
    actors = {a.name for a in ceasefire.parse(text).actors}
    assert "Mali" not in actors
    assert "Haiti" not in actors
    assert "Houthis" in actors


def test_a_state_named_only_as_the_owner_of_its_war_is_dropped() -> None:
    import ceasefire

    text = (
        "Sudan's war has left millions hungry. "
        "Mozambique's warring sides agreed to open two roads. Iraq announced a pause."
    )
    actors = {a.name for a in ceasefire.parse(text).actors}
    assert "Sudan" not in actors
    assert "Mozambique" not in actors
    assert "Iraq" in actors


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("Associated Press writer Sam Feldman in Jerusalem contributed to this report.", "Associated Press"),
        ("(Reporting by Reuters staff; Writing by Napat Wongsa; Editing by Helen Carver)", "Reuters"),
    ],
)
def test_an_agency_named_only_in_a_credit_line_is_dropped(credit: str, agency: str) -> None:
    import ceasefire

    names = {a.name for a in ceasefire.parse(f"Israel said the truce held.\n\n{credit}").actors}
    assert names == {"Israel"}
    quoted = ceasefire.parse(f"Israel said the truce held, the {agency} reported.\n\n{credit}")
    assert agency in {a.name for a in quoted.actors}  # named in the story too: kept


def test_lowercase_ministry_and_led_coalition() -> None:
    text = "The Lebanese health ministry said 12 died. The Saudi-led coalition denied striking the port."
    assert named(text, "Lebanese Health Ministry").kind is ActorKind.GOVERNMENT_BODY
    assert named(text, "Saudi-led coalition").kind is ActorKind.MILITARY


def test_the_army_refers_to_the_military_named_before() -> None:
    text = "The Chadian army and the rebels agreed to a truce. The army later denied the claim."
    army = named(text, "Chadian forces")
    assert len(army.mentions) == 2


def test_named_body_after_a_verb_of_saying_is_no_person() -> None:
    text = "Iraqi forces will open two corridors, the Joint Operations Command said on Thursday."
    body = named(text, "Joint Operations Command")
    assert body.kind is ActorKind.MILITARY
    assert all(a.kind is not ActorKind.PERSON for a in table(text).actors)


def test_plural_demonym_is_a_people() -> None:
    people = named("More than 10,800 Palestinians have been killed.", "Palestinians")
    assert people.kind is ActorKind.CIVILIANS


def test_the_office_of_a_titled_spokesperson_is_an_actor() -> None:
    text = "Armenian Defense Ministry spokeswoman Anahit Sargsyan denied that."
    ministry = named(text, "Armenian Defense Ministry")
    assert ministry.kind is ActorKind.GOVERNMENT_BODY
    person = named(text, "Anahit Sargsyan")
    assert (person.title, person.affiliation) == ("spokeswoman", ministry.id)


@pytest.mark.parametrize(
    ("text", "name", "kind", "mentions"),
    [
        (
            "The Libyan National Army (LNA) said it targeted mercenaries. The LNA denied it later.",
            "Libyan National Army",
            ActorKind.ARMED_GROUP,  # the gazetteer's, as the corpus codes it
            3,
        ),
        (
            "The Government of National Accord (GNA) rejected the claim. The GNA held the line.",
            "Government of National Accord",
            ActorKind.GOVERNMENT,
            3,
        ),
        (
            "Fighters of Hay'at Tahrir al-Sham (HTS) advanced. HTS said.",
            "Hayat Tahrir al-Sham",
            ActorKind.ARMED_GROUP,
            3,
        ),
        (
            "The Coordination of Azawad Movements (CMA) said. The CMA left.",
            "Coordination of Azawad Movements",
            ActorKind.ARMED_GROUP,  # "Movements" heads an armed group's name, as "Movement" does
            3,
        ),
        (  # the acronym spells the name through its comma and its "on"
            "The Office of the Presidential Adviser on Peace, Reconciliation and Unity (OPAPRU) said. OPAPRU added.",
            "Office of the Presidential Adviser on Peace, Reconciliation and Unity",
            ActorKind.GOVERNMENT_BODY,
            3,
        ),
        (  # a name that spells its acronym is no agency's, though the gazetteer knows AFP as one
            "The Armed Forces of the Philippines (AFP) said it had recorded 11 violations. The AFP said.",
            "Armed Forces of the Philippines",
            ActorKind.MILITARY,
            3,
        ),
    ],
)
def test_a_name_defined_with_its_acronym(text: str, name: str, kind: ActorKind, mentions: int) -> None:
    actor = named(text, name)
    assert actor.kind is kind
    assert len(actor.mentions) == mentions
    assert actor.aliases[-1].isupper()  # the acronym


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # an army named for a cause is a rebel force's, whether defined with its acronym or not
        (
            "The Zambezi Valley Liberation Army (ZVLA) said it had shelled the base. The ZVLA added.",
            "Zambezi Valley Liberation Army",
            ActorKind.ARMED_GROUP,
        ),
        (
            "Fighters of the Rift Valley Revolutionary Army seized the bridge, police said.",
            "Rift Valley Revolutionary Army",
            ActorKind.ARMED_GROUP,
        ),
        (
            "The Upper Karabakh Defence Army (UKDA) said. The UKDA added.",
            "Upper Karabakh Defence Army",
            ActorKind.ARMED_GROUP,
        ),
        # a state's forces keep theirs: no cause in the name, or "Defence Forces"
        ("The Zambezi National Army (ZNA) said. The ZNA added.", "Zambezi National Army", ActorKind.MILITARY),
        ("The Zambezi Defence Forces (ZDF) said. The ZDF added.", "Zambezi Defence Forces", ActorKind.MILITARY),
    ],
)
def test_an_army_named_for_a_cause_is_an_armed_group(text: str, name: str, kind: ActorKind) -> None:
    assert named(text, name).kind is kind


@pytest.mark.parametrize("text", ["BEIRUT (AP) — Fighting resumed.", "YEREVAN, Armenia (AP) — Fighting resumed."])
def test_an_agency_in_brackets_defines_nothing(text: str) -> None:
    assert {a.name for a in table(text).actors} <= {"Armenia", "Associated Press"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rival gangs have blocked the terminal.", "gangs"),
        ("Clashes with local clan militias killed 20.", "local clan militias"),
    ],
)
def test_gangs_and_militias_are_armed_groups(text: str, name: str) -> None:
    assert named(text, name).kind is ActorKind.ARMED_GROUP


def test_a_known_body_before_a_verb_of_saying_is_not_a_person() -> None:
    assert named("The United Nations warned that aid was running out.", "United Nations").kind is not ActorKind.PERSON


def test_an_agency_after_a_dateline_is_no_acronym_of_the_place() -> None:
    text = "JEDDAH, Saudi Arabia (AP) — The warring sides agreed to a truce, Saudi Arabia said."
    assert "AP" not in named(text, "Saudi Arabia").aliases
    # the dateline alone names where the story was filed, no party to it
    assert "Saudi Arabia" not in {a.name for a in table("JEDDAH, Saudi Arabia (AP) — The sides agreed.").actors}


def test_a_name_in_apposition_after_its_title() -> None:
    person = named("The city's mayor, Serhiy Orlov, said 200,000 people were waiting to leave.", "Serhiy Orlov")
    assert (person.kind, person.title) == (ActorKind.PERSON, "mayor")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The region's human rights ombudsman, Artur Sargsyan, said 32 people were killed.", "Artur Sargsyan"),
        ("A local elder, Hassan Mohamud Dirie, said at least nine civilians were killed.", "Hassan Mohamud Dirie"),
        ("The head of the delegation in Pakistan, Pascal Maurer, told the BBC his teams were ready.", "Pascal Maurer"),
    ],
)
def test_a_name_in_commas_after_a_role_that_opens_the_sentence_then_a_cue(text: str, person: str) -> None:
    assert named(text, person).kind is ActorKind.PERSON


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('"Nobody wins a price war," said the Standard\'s editor, Rachel Okonjo.', "Rachel Okonjo"),
        ('"The fees stay," said the club\'s treasurer, Wendell Cho, on Friday.', "Wendell Cho"),
        ('"She is resting," said Liang\'s manager, Chen Yuhan.', "Chen Yuhan"),
    ],
)
def test_a_name_in_commas_after_a_cue_and_a_role_closes_the_clause(text: str, person: str) -> None:
    assert named(text, person).kind is ActorKind.PERSON


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The truce was brokered by market manager Carla Whitfield over two meetings.", "Carla Whitfield"),
        ("Hostilities broke out when Fuego Rojo owner Luis Cárdenas arrived two hours early.", "Luis Cárdenas"),
        ('"We are exhausted," said union industrial relations officer Deirdre Canty.', "Deirdre Canty"),
        (
            "The head of the contact group, Swiss diplomat Andreas Keller, said the programme would start.",
            "Andreas Keller",
        ),
    ],
)
def test_a_full_name_right_after_a_role_that_gives_no_title_is_a_person(text: str, person: str) -> None:
    assert named(text, person).kind is ActorKind.PERSON


def test_a_full_name_joined_by_and_to_a_persons_is_a_person_too() -> None:
    text = "Ciarán Furlong and Aoife Brennan announced a ceasefire on air."
    assert named(text, "Ciarán Furlong").kind is ActorKind.PERSON
    assert named(text, "Aoife Brennan").kind is ActorKind.PERSON
    # places joined to a misread name are not persons
    text = "Residents of Kfar Roummane and Deir Mimas told Reuters that cars left."
    assert "Kfar Roummane" not in {a.name for a in table(text).actors}
    # nor a body's office
    text = "He met the United Nations Resident and Humanitarian Coordinator in Sudan, Ms. Helene Marchetti, on Monday."
    assert not any(a.name.endswith("Resident") for a in table(text).actors)


def test_the_army_is_that_of_the_state_whose_party_is_named_just_before_it_when_the_story_names_several() -> None:
    text = (
        "Egypt and Qatar mediated the talks. Israeli Prime Minister Benjamin Netanyahu responded that the army"
        " would return to intense fighting."
    )
    assert "army" in named(text, "Israel Defense Forces").aliases
    # a state named as a place is no party: the army is not Eritrea's
    text = "Ethiopia and Sudan met. Troops from neighbouring Eritrea have fought alongside the federal army since May."
    assert all("army" not in a.aliases for a in table(text).actors if "Eritrea" in a.name)


def test_a_capital_inside_another_name_is_not_its_state() -> None:
    names = [a.name for a in table("The truce was brokered by the co-chairs of the OSCE Minsk Group.").actors]
    assert "Belarus" not in names
    assert "Belarus" in [a.name for a in table("Minsk said the talks would go on.").actors]


def test_a_capital_after_a_preposition_of_place_is_the_city() -> None:
    """In "talks in Minsk" the capital is where something happened, not its state acting."""
    assert table("Talks were held in Minsk on Friday.").actors == ()
    pompeo = "Mike Pompeo, who hosted the ministers in Washington on Friday, urged both sides to hold their fire."
    assert "United States" not in [a.name for a in table(pompeo).actors]


@pytest.mark.parametrize(
    "text",
    [
        "The army spokesman told reporters in Port Sudan that aid had arrived.",
        "Aid reached Lake Chad on Friday.",
        "Pirates seized a tanker in the Gulf of Guinea.",
    ],
)
def test_a_place_named_after_a_state_is_a_place(text: str) -> None:
    names = [a.name for a in table(text).actors if a.kind is ActorKind.STATE]
    assert names == []


@pytest.mark.parametrize(
    "text",
    [
        "Our correspondent in Deir el-Balah says drones are still heard. Trucks reached Deir el-Balah.",
        "Spokesmen for several factions fighting around Kafr Hamra said they had not been consulted.",
        "Commanders throughout Tal Rifaat said the shelling had stopped.",
    ],
)
def test_a_place_before_said_after_a_preposition_is_no_person(text: str) -> None:
    assert [a.name for a in table(text).actors if a.kind is ActorKind.PERSON] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kamituga General Referral Hospital has received 212 wounded patients.",
        "Gunmen stormed the President Hotel in Aden on Monday.",
        "A drone hit Prince Sultan Air Base overnight.",
    ],
)
def test_a_building_named_like_a_titled_person_is_no_person(text: str) -> None:
    assert [a.name for a in table(text).actors if a.kind is ActorKind.PERSON] == []


def test_a_titled_person_is_still_one_before_a_verb() -> None:
    assert named("General Abdullah Hassan said the road was open.", "Abdullah Hassan").title == "General"


def test_a_titled_owner_before_a_body_defined_by_its_acronym_is_a_person_of_its_own() -> None:
    names = {
        a.name
        for a in table("Lawmakers from President Salva Kiir's Sudan People's Liberation Movement (SPLM) agreed.").actors
    }
    assert "Sudan People's Liberation Movement" in names
    assert "Salva Kiir" in names


def test_an_acronym_with_a_digit_is_defined_by_the_name_before_it() -> None:
    actor = named("Gangs of the G9 Family and Allies (G9) said on Tuesday. The G9 attacked.", "G9 Family and Allies")
    assert "G9" in actor.aliases


@pytest.mark.parametrize("verb", ["Vows", "Warns", "Pledges", "Threatens"])
def test_a_title_case_headline_s_verb_after_a_title_is_no_person(verb: str) -> None:
    text = (
        f"Somalia's President {verb} 'Total War' After Twin Bombings\n\n"
        "MOGADISHU (VOA) - Somalia's president spoke on Sunday after two car bombs hit the capital."
    )
    assert verb not in {name for a in table(text).actors for name in (a.name, *a.aliases)}


def test_a_headline_s_abbreviated_state_is_the_state() -> None:
    text = "S. Sudan's army, opposition trade blame\n\nJUBA (Xinhua) -- South Sudan's army said on Monday."
    names = {a.name for a in table(text).actors}
    assert "Sudanese Armed Forces" not in names
    assert "South Sudanese forces" in names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Putin offers new pause, forces opposition to leave Aleppo", "Vladimir Putin"),
        ("Netanyahu told the army to hold its fire.", "Benjamin Netanyahu"),
        ("President Erdogan said on Monday that talks would go on.", "Recep Tayyip Erdogan"),
    ],
)
def test_a_known_leader_s_surname_alone_is_the_leader(text: str, person: str) -> None:
    assert person in {a.name for a in table(text).actors}


@pytest.mark.parametrize(
    "text",
    [
        "Civilians may use five corridors leading to camps near the town of Baghdadi.",
        "Ambulances took the wounded to hospitals in Kobani.",
        "It was ordered by Hussein al-Sharafi, head of the council.",
        "The Houthis dismissed King Mansour's initiative.",
    ],
)
def test_a_place_a_given_name_or_another_s_name_is_no_known_leader(text: str) -> None:
    names = {a.name for a in table(text).actors}
    assert not names & {"Abu Bakr al-Baghdadi", "Mazloum Abdi", "Saddam Hussein", "Akhtar Mansour"}


def test_an_agency_s_office_in_a_country_is_no_shouting() -> None:
    names = {a.name for a in table("This Flash Update is produced by OCHA DRC with humanitarian partners.").actors}
    assert "OCHA" in names


def test_colombia_s_armed_groups_are_in_the_gazetteer() -> None:
    text = (
        "Colombia's largest drug-trafficking organization, the Gulf Clan, on Friday declared a truce. The group,"
        " which calls itself the Gaitanist Army of Colombia (EGC), said its fighters would halt attacks, but the"
        " army said it would not suspend operations."
    )
    clan = named(text, "Gulf Clan")
    assert clan.kind is ActorKind.ARMED_GROUP
    assert "army" not in clan.aliases


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Libyan National Army said on Monday it would hold fire.", "Libyan National Army"),
        ("The SPLA-IO said on Monday it accepted the truce.", "Sudan People's Liberation Army-in-Opposition"),
        ("The FDLR said on Monday.", "Democratic Forces for the Liberation of Rwanda"),
        ("Seleka fighters attacked the town.", "Seleka"),
        ("Gran Grif gang members fired on the convoy.", "Gran Grif"),
        ("ARSA fighters attacked 30 police posts, the army said.", "Arakan Rohingya Salvation Army"),
        (
            "Denis Pushilin, leader of the self-proclaimed Donetsk People's Republic, said it would hold fire.",
            "Donetsk People's Republic",
        ),
        ("The LPR said on Monday that two of its fighters were killed.", "Luhansk People's Republic"),
        ("LURD and MODEL signed the accord in Accra.", "Movement for Democracy in Liberia"),
        ("A spokesman for the Sham Legion said the town would not surrender.", "Faylaq al-Sham"),
        ("The Hizbul Mujahideen declared a three-month ceasefire.", "Hizbul Mujahideen"),
    ],
)
def test_more_armed_groups_are_known(text: str, group: str) -> None:
    assert named(text, group).kind is ActorKind.ARMED_GROUP


def test_a_state_s_presidency_speaks_for_its_government() -> None:
    actor = named("The truce was secured by Angola's presidency, which said it would monitor it.", "Angolan government")
    assert "Angola's presidency" in actor.aliases


def test_the_wazalendo_are_an_armed_group() -> None:
    assert named("Congo's army and allied militias, known as Wazalendo, attacked.", "Wazalendo").kind is (
        ActorKind.ARMED_GROUP
    )


def test_a_civil_defence_is_a_body_not_a_person() -> None:
    assert named("The Civil Defence said 12 bodies were recovered.", "Civil Defence").kind is ActorKind.GOVERNMENT_BODY


def test_a_title_held_ad_interim_is_still_a_title() -> None:
    text = '"Extend the pause," said the Humanitarian Coordinator a.i. in the DRC, Marta Ruiz-Delgado.'
    assert named(text, "Marta Ruiz-Delgado").title == "Humanitarian Coordinator"


@pytest.mark.parametrize(
    ("outlet", "name"),
    [
        ("RFE/RL", "Radio Free Europe/Radio Liberty"),
        ("Azattyk", "Radio Free Europe/Radio Liberty"),
        ("DVB", "Democratic Voice of Burma"),
    ],
)
def test_more_outlets_are_known(outlet: str, name: str) -> None:
    assert named(f"The fighting continued on Monday, {outlet} reported.", name).kind is ActorKind.MEDIA


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("FAO", "Food and Agriculture Organization"),
        ("Sant'Egidio", "Community of Sant'Egidio"),
        ("International Medical Corps", "International Medical Corps"),
        ("World Vision", "World Vision"),
    ],
)
def test_more_aid_bodies_are_known(body: str, name: str) -> None:
    assert named(f"The {body} said on Monday that aid was blocked.", name).kind is not ActorKind.PERSON


def test_a_group_s_central_command_is_not_the_us_one() -> None:
    names = [
        a.name for a in table("The ELN's Central Command (COCE) said in a statement it would halt attacks.").actors
    ]
    assert "U.S. Central Command" not in names
    assert "U.S. Central Command" in [a.name for a in table("CENTCOM said a drone was shot down.").actors]


def test_the_outlet_a_dateline_names_is_the_story_s_source_and_shabelle_is_a_river() -> None:
    report = ceasefire.parse(
        "Truce holds\n\nKISMAYO (Hiiraan Online) - Fighting in Lower Shabelle stopped on Monday, the army said."
    )
    kinds = {a.name: a.kind for a in report.actors}
    assert kinds.get("Hiiraan Online") is ActorKind.MEDIA
    assert "Shabelle Media Network" not in kinds


def test_the_army_of_a_story_filed_from_a_capital_is_that_state_s() -> None:
    report = ceasefire.parse(
        "KHARTOUM, June 10 (Reuters) - The Rapid Support Forces accused the army on Saturday of bombing a market. "
        "The army denied it."
    )
    assert "Sudanese Armed Forces" in [a.name for a in report.actors]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Sources close to both delegations told Myanmar Now on Tuesday.", "Myanmar Now"),
        ("The army said so, the Houthi-run Saba news agency reported.", "Saba"),
        ("Three were killed, residents told The PUNCH.", "The Punch"),
        ("Public Health Minister Jean Ndjock told VOA the drive would reach every child.", "Voice of America"),
        ("A resident of the town told RFI that the shelling had stopped.", "Radio France Internationale"),
        ("A commander told Radio Okapi that the rebels had withdrawn.", "Radio Okapi"),
        ("The ceasefire held, Radio Shabelle reported.", "Shabelle Media Network"),
        ("Luanda, 04/04 (ANGOP) - The chiefs of staff signed a ceasefire.", "Angola Press Agency"),
    ],
)
def test_regional_outlets_are_media(text: str, outlet: str) -> None:
    actor = named(text, outlet)
    assert actor.kind is ActorKind.MEDIA
    assert "Myanmar" not in [a.name for a in table(text).actors]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The IRA ceasefire opens the way for Sinn Fein to enter talks.", "Sinn Fein"),
        ("Sinn Féin president Gerry Adams welcomed the ceasefire.", "Sinn Fein"),
        ("The Awami League government signed the accord with the rebels.", "Awami League"),
        ("The Muslim Brotherhood called the truce a surrender.", "Muslim Brotherhood"),
    ],
)
def test_parties_whose_names_end_in_no_word_of_a_body_are_known(text: str, party: str) -> None:
    assert named(text, party).kind is ActorKind.OTHER


def test_a_unit_named_with_its_number_after_the_head() -> None:
    text = "Light Infantry Battalion 99 shelled the town. The Joint Operations Command 12 trucks arrived."
    names = [a.name for a in table(text).actors]
    assert names == ["Light Infantry Battalion 99", "Joint Operations Command"]


@pytest.mark.parametrize("rank", ["Brig-Gen", "Maj-Gen", "Senior General"])
def test_a_hyphenated_or_senior_rank_is_not_part_of_the_name(rank: str) -> None:
    assert (
        named(f"Junta spokesperson {rank} Than Tun Oo said the truce would hold.", "Than Tun Oo").kind
        is ActorKind.PERSON
    )


def test_a_ministry_of_after_an_unknown_possessor_is_the_ministry() -> None:
    names = [a.name for a in table("Galmudug's Ministry of Humanitarian Affairs said 300 families fled.").actors]
    assert "Galmudug's Ministry" not in names
    assert "Humanitarian Affairs Ministry" in names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The German aid group Welthungerhilfe said 40 trucks were waiting.", "Welthungerhilfe", ActorKind.NGO),
        ("The exchange was done, the state news agency Wam reported.", "Emirates News Agency", ActorKind.MEDIA),
        ("The medical charity Alima said its clinic was hit.", "Alima", ActorKind.NGO),
    ],
)
def test_a_body_named_right_after_what_it_is(text: str, name: str, kind: ActorKind) -> None:
    assert named(text, name).kind is kind


def test_a_rank_before_a_name_is_not_part_of_it() -> None:
    person = named("Coalition spokesman Colonel Turki al-Maliki said on Tuesday.", "Turki al-Maliki")
    assert person.title == "spokesman"


def test_a_known_body_before_said_keeps_its_gazetteer_kind() -> None:
    text = "Eighty-five people have died of cholera, the World Health Organization said."
    assert named(text, "World Health Organization").kind is ActorKind.INTERNATIONAL_ORG


def test_a_rank_after_a_title_is_trimmed_without_cutting_the_name() -> None:
    person = named("Tigray commander General Tadesse Werede signed the deal.", "Tadesse Werede")
    assert all("Tadess," not in alias for alias in person.aliases)
    assert "commander General Tadesse Werede" in person.aliases


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Chief Superintendent Kelly Pawa said the truce held.", "Kelly Pawa", "Chief Superintendent"),
        ("Sgt. John Okello was killed at the checkpoint.", "John Okello", "Sgt."),
        ("Lieutenant Ahmed Musa said the troops withdrew.", "Ahmed Musa", "Lieutenant"),
        ("Judge Nomvula Dlamini paused the order on Friday.", "Nomvula Dlamini", "Judge"),
        ("Barrister Fahad Yousafzai said the roads would reopen.", "Fahad Yousafzai", "Barrister"),
    ],
)
def test_police_and_military_ranks_are_titles(text: str, person: str, title: str) -> None:
    assert named(text, person).title == title


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The African Union Support and Stabilisation Mission in Somalia (AUSSOM) said troops withdrew.",
            "African Union Support and Stabilisation Mission in Somalia",
        ),
        ("The Gavi vaccine alliance paid for the doses.", "Gavi"),
        ("The U.N. Mission for the Referendum in Western Sahara said the convoy passed.", "MINURSO"),
    ],
)
def test_peace_missions_and_alliances_in_the_gazetteer(text: str, body: str) -> None:
    assert named(text, body).kind is ActorKind.INTERNATIONAL_ORG


def test_the_leader_of_forces_loyal_to_him_is_a_person() -> None:
    text = "The ministry, which is helping forces loyal to Abdulrahman al-Qirshi, is trying to retake Bayda."
    assert named(text, "Abdulrahman al-Qirshi").kind is ActorKind.PERSON
    assert named(text, "forces loyal to Abdulrahman al-Qirshi").kind is ActorKind.MILITARY


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("He said the Tobruk government would ensure its troops pulled back.", "Tobruk government"),
        ("The Kismayo administration said it would comply.", "Kismayo administration"),
        ("The Luhansk separatist authorities said the corridor was open.", "Luhansk separatist authorities"),
    ],
)
def test_a_government_named_by_its_seat(text: str, government: str) -> None:
    assert named(text, government).kind is ActorKind.GOVERNMENT


def test_a_federal_government_is_the_state_government() -> None:
    assert (
        named("Ethiopia's federal government agreed on Saturday.", "Ethiopian government").kind is ActorKind.GOVERNMENT
    )
    text = "The rebels moved on Marib, the last northern stronghold of Yemen's internationally recognised government."
    assert named(text, "Yemeni government").kind is ActorKind.GOVERNMENT


@pytest.mark.parametrize(
    ("text", "person", "title", "affiliation"),
    [
        ('"It must hold," said Volker Perthes, the U.N. envoy for Sudan.', "Volker Perthes", "envoy", "United Nations"),
        (
            "The road is open, said Maria Lopez, a senior official with the International Committee of the Red Cross.",
            "Maria Lopez",
            "official",
            "International Committee of the Red Cross",
        ),
        (
            '"Nobody trusts it," said Adnan Khatib, a spokesman for the Failaq al-Rahman group.',
            "Adnan Khatib",
            "spokesman",
            "Failaq al-Rahman",  # the party named after the title
        ),
        (  # a person the gazetteer knows keeps the title read in apposition
            "Getachew Reda, a spokesman for the TPLF, told reporters the group would comply.",
            "Getachew Reda",
            "spokesman",
            "Tigray People's Liberation Front",
        ),
        (  # a party's possessive before the title, and a verb of blame after the apposition
            "Iryna Savchenko, Ukraine's deputy minister for reintegration, blamed Moscow for the shelling.",
            "Iryna Savchenko",
            "minister",
            "Ukraine",
        ),
        (
            '"We cannot reach them," said Chloe Martin, MSF\'s emergency coordinator in Goma.',
            "Chloe Martin",
            "coordinator",
            "Doctors Without Borders",
        ),
    ],
)
def test_a_title_in_apposition_after_the_name(text: str, person: str, title: str, affiliation: str | None) -> None:
    """In "X, the U.N. envoy", X has the title and serves the party named before it (else after it)."""
    report = ceasefire.parse(text)
    actor = report.actor_named(person)
    assert actor is not None
    assert actor.title == title
    assert (report.actor(actor.affiliation).name if actor.affiliation else None) == affiliation
    assert all(a.name != person or not a.aliases for a in report.actors)  # "U.N. envoy" is not another name for X


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Colombia, ELN rebels begin a ceasefire. The ELN said it would hold.", "ELN"),
        ("Houthi rebels fired missiles at ships, the Houthis said.", "Houthis"),
    ],
)
def test_a_known_armed_group_with_a_party_word_is_the_group(text: str, group: str) -> None:
    """The ELN rebels are the ELN itself, not a party of their own affiliated with it."""
    report = ceasefire.parse(text)
    assert [a.name for a in report.actors if a.kind is ActorKind.ARMED_GROUP] == [group]
    actor = report.actor_named(group)
    assert actor is not None
    assert len(actor.mentions) == 2


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("ELN commander Antonio García said the truce would hold.", "Antonio García"),
        ("Turkish Foreign Minister Mevlüt Çavuşoğlu said talks would go on.", "Mevlüt Çavuşoğlu"),
        ("Chief government negotiator Lucía Restrepo told reporters the truce held.", "Lucía Restrepo"),
    ],
)
def test_names_in_any_latin_letters(text: str, person: str) -> None:
    """Accented and other Latin letters are part of a name, at its start and inside it."""
    assert ceasefire.parse(text).actor_named(person) is not None


def test_chief_of_the_general_staff_is_one_title() -> None:
    report = ceasefire.parse("Putin told Chief of the General Staff Valery Gerasimov to halt strikes.")
    actor = report.actor_named("Valery Gerasimov")
    assert actor is not None
    assert actor.title == "Chief of the General Staff"


@pytest.mark.parametrize(
    "text",
    [
        "Flights resumed from Sanaa airport on Friday.",
        "The truce starts at 6 p.m. Moscow time.",
        "Drones hit the Kyiv region.",
    ],
)
def test_a_capital_before_a_place_word_is_the_city_not_its_state(text: str) -> None:
    assert ceasefire.parse(text).actors == ()


def test_a_capital_as_a_subject_is_still_its_state() -> None:
    report = ceasefire.parse("Moscow denied the claim, and Kyiv said it would respond.")
    assert [a.name for a in report.actors] == ["Russia", "Ukraine"]


def test_the_rebels_are_the_one_armed_group_named() -> None:
    report = ceasefire.parse("M23 rebels seized the town. Later the rebels withdrew to the hills.")
    assert [(a.name, len(a.mentions)) for a in report.actors] == [("M23", 2)]


def test_the_rebels_stay_generic_when_two_groups_are_named() -> None:
    report = ceasefire.parse("The ELN and FARC dissidents clashed. Later the rebels withdrew to the hills.")
    assert "rebels" in {a.name for a in report.actors}


def test_a_military_government_is_the_states_government() -> None:
    report = ceasefire.parse("Myanmar junta extends ceasefire. Myanmar's military government said the truce holds.")
    assert [(a.name, a.kind) for a in report.actors] == [("Burmese government", ActorKind.GOVERNMENT)]


def test_a_lower_case_title_in_apposition_after_a_possessive() -> None:
    report = ceasefire.parse("Azerbaijan's president, Ilham Aliyev, said 2,783 soldiers had died.")
    actor = report.actor_named("Ilham Aliyev")
    assert actor is not None
    assert (actor.title, actor.affiliation) == ("president", "azerbaijan")


def test_a_name_told_with_two_appositions_before_its_cue_is_a_person() -> None:
    text = (
        "Shelling went on through the night. Abu Omar al-Halabi, a spokesman for Faylaq al-Sham, one of the rebel"
        " factions holding the town, told AFP by telephone that none of its men would use the corridor."
    )
    actor = ceasefire.parse(text).actor_named("Abu Omar al-Halabi")
    assert actor is not None
    assert actor.kind is ActorKind.PERSON


def test_two_appositions_do_not_reach_back_across_a_sentence() -> None:
    text = (
        "At least 600 fighters have been killed since May, according to medical officials in Misrata.\n\n"
        "Tal al-Ferjani, a commander on the eastern front, said the assault would resume once the pause ended."
    )
    report = ceasefire.parse(text)
    assert report.actor_named("Tal al-Ferjani") is not None


def test_a_known_persons_surname_with_a_cue_is_that_person() -> None:
    report = ceasefire.parse('"Our people are home," Zelenskiy wrote on Telegram.')
    assert [a.name for a in report.actors] == ["Volodymyr Zelensky"]
    (quote,) = report.quotes
    assert quote.speaker == "volodymyr-zelensky"


@pytest.mark.parametrize("text", ["Ahmed said the road was open.", "Austin Smith said the road was open."])
def test_a_surname_that_is_also_a_given_name_stays_unknown(text: str) -> None:
    assert all(a.name not in {"Abiy Ahmed", "Lloyd Austin"} for a in ceasefire.parse(text).actors)


def test_a_capital_after_much_of_downtown_is_the_city() -> None:
    text = "The coalition, which controls much of downtown Port-au-Prince, announced the pause on Sunday."
    assert "Haiti" not in [a.name for a in ceasefire.parse(text).actors]


def test_a_states_military_is_its_armed_forces_when_the_gazetteer_knows_them() -> None:
    report = ceasefire.parse("Sudan's military and Sudan's army are one. Russian troops are a part of Russia's forces.")
    names = [a.name for a in report.actors if a.kind is ActorKind.MILITARY]
    assert names.count("Sudanese Armed Forces") == 1
    assert "Sudanese forces" not in names


def test_last_within_is_the_last_of_within() -> None:
    """The quick lookup of the last mention in a window agrees with the full one, at every window of the seed."""
    actors = table(SEED)
    mentions = actors.mentions
    ends = sorted({m.span.start for m in mentions} | {m.span.end for m in mentions} | {0, len(SEED)})
    for start in ends:
        for end in ends:
            found = actors.within(start, end)
            assert actors.last_within(start, end) == (found[-1] if found else None)


def test_a_place_before_a_title_is_not_part_of_the_name() -> None:
    person = named("Mariupol Mayor Vadym Boichenko said 30 buses would be sent.", "Vadym Boichenko")
    assert person.title == "Mayor"


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis, who control the capital Sanaa, did not comment.",
        "Russian troops advanced on the capital, Kyiv, on Monday.",
    ],
)
def test_a_capital_named_as_the_capital_is_a_place(text: str) -> None:
    assert all(a.kind is not ActorKind.STATE for a in table(text).actors)


def test_a_military_coalition_is_the_coalition() -> None:
    coalition = named(
        "The Saudi-led military coalition announced a truce. The Saudi-led coalition said it would hold.",
        "Saudi-led coalition",
    )
    assert coalition.kind is ActorKind.MILITARY


@pytest.mark.parametrize(
    ("text", "name"), [("U.N. officials said so.", "United Nations"), ("EU officials said so.", "European Union")]
)
def test_officials_of_a_body_are_the_body_not_a_government(text: str, name: str) -> None:
    assert [a.name for a in table(text).actors] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kigali denies it, despite a report by U.N. experts that its troops fight there.", "U.N. experts"),
        ("A UN group of experts said in a report that Kigali backs the rebels.", "UN group of experts"),
        (
            "United Nations human rights experts said both sides had broken the law.",
            "United Nations human rights experts",
        ),
        ("AU investigators said the convoy had been looted.", "AU investigators"),
    ],
)
def test_the_experts_of_a_body_are_a_party_of_their_own_named_as_written(text: str, name: str) -> None:
    experts = named(text, name)
    assert experts.kind is ActorKind.INTERNATIONAL_ORG
    assert not [a for a in table(text).actors if a.name in {"United Nations", "African Union"}]


def test_the_experts_of_a_body_named_in_the_story_belong_to_it() -> None:
    text = "UN experts said Kigali backs the rebels. The United Nations said aid was blocked."
    actors = table(text)
    assert actors.by_id(named(text, "UN experts").affiliation or "") == named(text, "United Nations")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("The coalition's spokesman, Col. Turki al-Maliki, denied it.", "Turki al-Maliki", "spokesman"),
        (
            "The U.N. humanitarian coordinator for Sudan, Clementine Nkweta-Salami, said aid must flow.",
            "Clementine Nkweta-Salami",
            "humanitarian coordinator",
        ),
        (
            "Armenian Foreign Minister Zohrab Mnatsakanyan and his Azeri counterpart Jeyhun Bayramov met.",
            "Jeyhun Bayramov",
            "Foreign Minister",
        ),
        ("Three people were killed, regional Gov. Hanna Kovalenko said.", "Hanna Kovalenko", "Gov."),
        ("SP Joy Ukpabi said more police units were deployed.", "Joy Ukpabi", "SP"),
        (
            "The state Police Public Relations Officer, DSP Yakubu Adamu, said 17 suspects were held.",
            "Yakubu Adamu",
            "Police Public Relations Officer",
        ),
        (
            "Our correspondent Amina Bello, reporting from Lafia, says the market reopened.",
            "Amina Bello",
            "correspondent",
        ),
    ],
)
def test_titles_with_a_rank_a_charge_or_a_counterpart_before_the_name(text: str, name: str, title: str) -> None:
    assert named(text, name).title == title


def test_a_group_adjective_before_a_title_is_the_affiliation() -> None:
    person = named("Houthi spokesman Mohammed Abdulsalam wrote on Twitter.", "Mohammed Abdulsalam")
    assert person.affiliation == "houthis"


@pytest.mark.parametrize(
    "text",
    ["KYIV, Ukraine (AP) — Shelling continued.", "Griffiths said in a statement issued in Amman, Jordan."],
)
def test_a_state_that_only_places_a_city_is_no_actor(text: str) -> None:
    assert all(a.kind is not ActorKind.STATE for a in ceasefire.parse(text).actors)


def test_members_of_a_group_are_the_group() -> None:
    group = named("Somali troops clashed with al Shabaab militants near Baidoa.", "al-Shabaab")
    assert "al Shabaab militants" in group.aliases


def test_a_group_named_with_a_state_and_its_hyphened_acronym() -> None:
    text = (
        "The pause was agreed between the army and the Sudan People's Liberation Army-in-Opposition (SPLA-IO)."
        " The SPLA-IO said so."
    )
    assert "Sudan" not in [a.name for a in table(text).actors]
    group = named(text, "Sudan People's Liberation Army-in-Opposition")
    assert (group.kind, group.aliases) == (
        ActorKind.ARMED_GROUP,
        ("SPLA-IO",),
    )  # the gazetteer's, as the corpus codes it


@pytest.mark.parametrize(
    "text",
    [
        "The fund allocated US$4 million.",
        "WFP stocked food in Egypt and Jordan.",
        "Talks in Cairo, Doha and Riyadh went on.",
    ],
)
def test_no_state_from_a_currency_or_a_list_of_places(text: str) -> None:
    assert all(a.kind is not ActorKind.STATE for a in ceasefire.parse(text).actors)


def test_the_army_of_the_one_state_in_the_story() -> None:
    report = ceasefire.parse("A truce brought a lull to Sudan's capital, though the army accused the RSF of a breach.")
    assert "Sudanese Armed Forces" in [a.name for a in report.actors]


def test_gunmen_led_by_a_group_are_the_group() -> None:
    assert named("Hamas-led gunmen attacked the post.", "Hamas").kind is ActorKind.ARMED_GROUP


def test_a_leaders_government_is_the_government_of_the_state() -> None:
    report = ceasefire.parse("Ethiopian Prime Minister Abiy Ahmed's government has blamed the TPLF for the war.")
    government = next(a for a in report.actors if a.kind is ActorKind.GOVERNMENT)
    assert (government.name, government.affiliation) == ("Ethiopian government", "ethiopia")


def test_the_icrc_is_an_international_organisation() -> None:
    assert named("The ICRC said so.", "International Committee of the Red Cross").kind is ActorKind.INTERNATIONAL_ORG


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The RSF said on its official Telegram channel that it would comply.", ["Rapid Support Forces"]),
        (
            '"We are ready," said Jan Petersen, head of the ICRC delegation.',
            ["Jan Petersen", "International Committee of the Red Cross"],
        ),
        ("The pauses are to be observed without Israeli military operations.", []),
    ],
)
def test_no_person_from_a_platform_a_given_name_kept_and_no_military_from_its_operations(
    text: str, names: list[str]
) -> None:
    assert [a.name for a in table(text).actors] == names


def test_a_states_forces_and_warplanes_are_its_armed_forces_when_known() -> None:
    army = named(
        "The Israeli army said so. Israeli forces withdrew and Israeli warplanes struck.", "Israel Defense Forces"
    )
    assert set(army.aliases) == {"Israeli army", "Israeli forces", "Israeli warplanes"}


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("A spokesperson for the U.N. refugee agency, Olga Sarrado, said so.", "Olga Sarrado", "unhcr"),
        (
            "The head of the ICRC delegation in Yemen, Nicolas Hernandez, said so.",
            "Nicolas Hernandez",
            "international-committee-of-the-red-cross",
        ),
    ],
)
def test_a_title_serving_a_body_before_the_name(text: str, name: str, affiliation: str) -> None:
    report = ceasefire.parse(text)
    person = next(a for a in report.actors if a.name == name)
    assert person.affiliation == affiliation
    report.actor(affiliation)  # the body is an actor of the report too


def test_the_west_of_a_country_is_a_direction() -> None:
    names = [a.name for a in table("Corridors will lead to the west of the country. The West condemned it.").actors]
    assert names == ["Western governments"]
    assert [a.aliases for a in table("Corridors will lead to the west of the country.").actors] == []


def test_a_second_title_before_the_name_is_not_part_of_it() -> None:
    text = "Saudi Defence Minister Crown Prince Mohammed bin Salman said on Monday that jets had not struck."
    assert named(text, "Mohammed bin Salman").title == "Defence Minister"


def test_a_title_serving_a_one_word_place_without_a_comma() -> None:
    person = named('"This convoy is a start," said UNICEF Representative in Sudan Marianne Okello.', "Marianne Okello")
    assert (person.title, person.affiliation) == ("Representative", "unicef")


def test_the_title_alone_is_the_one_person_named_with_it() -> None:
    text = "U.N. envoy Martin Griffiths arrived. The envoy said the truce held."
    assert "The envoy" in named(text, "Martin Griffiths").aliases
    two = "Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu met. The minister said so."
    assert all("The minister" not in a.aliases for a in table(two).actors)  # two ministers: neither is meant


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting stopped, according to the Royal Thai Army (RTA). The RTA said so.", "Royal Thai Army"),
        ("The Royal Cambodian Armed Forces (RCAF) denied it.", "Royal Cambodian Armed Forces"),
    ],
)
def test_a_body_named_with_its_demonym_and_acronym(text: str, name: str) -> None:
    assert named(text, name).kind is ActorKind.MILITARY


def test_a_town_named_like_a_titled_person_is_no_person() -> None:
    assert [a.name for a in table("Militants may leave via Sheikh Miskin.").actors if a.kind is ActorKind.PERSON] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('"We need access," said Sofia Lindahl, a WFP spokeswoman.', ["World Food Programme"]),
        (
            "Qatar's Ministry of Foreign Affairs said the truce would begin on Saturday.",
            ["Qatari Foreign Affairs Ministry"],
        ),
    ],
)
def test_no_state_from_a_given_name_and_no_person_from_a_ministrys_name(text: str, names: list[str]) -> None:
    assert [a.name for a in table(text).actors] == names


def test_a_long_name_after_a_second_title() -> None:
    text = "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said the deal held."
    assert named(text, "Mohammed bin Abdulrahman Al Thani").title == "Prime Minister"


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("The Nigerian Army said on Sunday it would halt operations.", "Nigerian forces", "Nigerian Army"),
        ("The Sudanese Army said it had retaken the town.", "Sudanese Armed Forces", "Sudanese Army"),
        ("The Israeli Air Force struck targets overnight.", "Israel Defense Forces", "Israeli Air Force"),
    ],
)
def test_a_states_forces_written_with_capitals(text: str, name: str, alias: str) -> None:
    actor = named(text, name)
    assert actor.kind is ActorKind.MILITARY
    assert alias in actor.aliases


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Assistant Secretary of State Robert Hanley shuttled to Beirut.",
            "Robert Hanley",
            "Assistant Secretary of State",
        ),
        ("Acting Governor Ali Hassan said the road was open.", "Ali Hassan", "Acting Governor"),
    ],
)
def test_a_title_made_of_a_title(text: str, person: str, title: str) -> None:
    assert named(text, person).title == title


@pytest.mark.parametrize("place", ["Sri Lanka", "Burkina Faso"])
def test_a_place_of_two_words_after_a_title_is_no_person(place: str) -> None:
    text = f'"It is too short," said Mark Halloran, the U.N. resident coordinator in {place}.'
    persons = [a.name for a in table(text).actors if a.kind is ActorKind.PERSON]
    assert persons == ["Mark Halloran"]


def test_a_capitals_name_ending_a_longer_place_name_is_no_state() -> None:
    names = [a.name for a in table("Insurgents attacked Mocimboa da Praia on Friday.").actors]
    assert "Cape Verde" not in names
    assert [a.name for a in table("Praia said it would help.").actors] == ["Cape Verde"]


def test_a_titled_surname_after_the_full_name_is_the_same_person() -> None:
    text = "U.S. President Donald Trump announced the truce. Israel agreed in coordination with President Trump."
    persons = [a for a in table(text).actors if a.kind is ActorKind.PERSON]
    assert [(a.name, "President Trump" in a.aliases) for a in persons] == [("Donald Trump", True)]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Secretary of Armenia's Security Council Arsen Tadevosyan said here.", ["Arsen Tadevosyan"]),
        ("A spokesman for Joint Task Force Marawi said the pause held.", []),
        ('"We will respond," the Director General of Military Operations of Pakistan said.', []),
        ("At the camp, Normina Macarambon, 52, said she had not heard from her son.", ["Normina Macarambon"]),
    ],
)
def test_a_persons_name_not_a_bodys(text: str, persons: list[str]) -> None:
    assert [a.name for a in table(text).actors if a.kind is ActorKind.PERSON] == persons


def test_a_name_with_of_the_defined_by_its_acronym() -> None:
    text = "The Armed Forces of the Democratic Republic of the Congo (FARDC) agreed. The FARDC said it would comply."
    actor = named(text, "Armed Forces of the Democratic Republic of the Congo")
    assert actor.aliases == ("FARDC",)
    assert len(actor.mentions) == 3


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Colonel General Mikhail Mizintsev said buses would wait.", "Mikhail Mizintsev", "Colonel General"),
        ("Lt Gen Harpreet Singh Bhullar said the firing stopped.", "Harpreet Singh Bhullar", "Lt Gen"),
        (
            "The U.N. commander in Bosnia, Lieutenant-General Jean-Marc Duverney, said the guns were silent.",
            "Jean-Marc Duverney",
            "commander",
        ),
    ],
)
def test_ranks_written_in_full_hyphened_or_without_stops(text: str, person: str, title: str) -> None:
    assert named(text, person).title == title


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            '"People are dying," the UN\'s humanitarian co-ordinator for Sudan, Margit Halvorsen, said on Thursday.',
            "Margit Halvorsen",
            "humanitarian co-ordinator",
        ),
        ("A far-right minister, Avishai Dror, said he would resign.", "Avishai Dror", "minister"),
        (
            "The high commissioner for peace, Óscar Patiño Córdoba, said talks would resume.",
            "Óscar Patiño Córdoba",
            "high commissioner",
        ),
    ],
)
def test_an_office_in_lower_case_or_british_spelling_before_a_name(text: str, person: str, title: str) -> None:
    assert named(text, person).title == title


def test_a_short_name_in_capitals_among_capitals_is_a_heading_word() -> None:
    text = "WHO WILL BE RELEASED FIRST?\n\nThe first phase frees 33 hostages.\n\nWHAT IS AGREED?\n\nA ceasefire."
    assert table(text).actors == ()
    assert named("The WHO said 12 hospitals were hit.", "World Health Organization").aliases == ("WHO",)


def test_a_name_defined_by_its_acronym_starts_after_a_sentence_end() -> None:
    text = "Thousands crossed into Mauritania. The World Food Programme (WFP) said it fed them."
    assert named(text, "World Food Programme").aliases == ("WFP",)


def test_a_state_only_crossed_into_as_a_neighbour_is_dropped() -> None:
    import ceasefire

    report = ceasefire.parse("More than 300,000 refugees have crossed into neighboring Chad, the UNHCR said.")
    assert "Chad" not in {a.name for a in report.actors}


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ('Fr. Marco Bellandi, who led the talks, called them "difficult but honest".', ["Marco Bellandi"]),
        ('"We want peace," said Emmanuel Lomoro Jada, the paramount chief of Morobo County.', ["Emmanuel Lomoro Jada"]),
        ('"We are tired," said Rose Kiden, an executive chief in Lujulo Payam.', ["Rose Kiden"]),
        ("The U.N. humanitarian coordinator in Yemen David Gressly said.", ["David Gressly"]),
        ('"We are afraid," said the head of Ler Mu Plaw village.', []),
    ],
)
def test_honorifics_and_places_after_a_title(text: str, persons: list[str]) -> None:
    assert [a.name for a in table(text).actors if a.kind is ActorKind.PERSON] == persons


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Local officials said 12 houses burned.", "local officials", ActorKind.GOVERNMENT),
        ("Hospital officials said 40 bodies had arrived.", "health officials", ActorKind.OTHER),
        ("Health partners report 27 deaths.", "aid agencies", ActorKind.NGO),
        ("Police officers returned fire, the governor said.", "police", ActorKind.MILITARY),
        ("Herders accused farmers of stealing cattle.", "herders", ActorKind.OTHER),
        ("Herders accused farmers of stealing cattle.", "farmers", ActorKind.OTHER),
        ("Traditional rulers brokered the truce.", "traditional rulers", ActorKind.OTHER),
        ("Local elders brokered the truce on Monday.", "elders", ActorKind.OTHER),
        ("Catholic and Protestant church leaders brokered a five-day truce.", "church leaders", ActorKind.OTHER),
        ("Sunni tribal leaders said the road was open.", "Sunni tribal leaders", ActorKind.OTHER),
    ],
)
def test_generic_officials_and_partners_are_parties(text: str, name: str, kind: ActorKind) -> None:
    assert named(text, name).kind is kind


def test_a_party_word_naming_a_place_or_an_office_is_no_party() -> None:
    names = [a.name for a in table("Gunmen attacked a police station, a police spokesman said.").actors]
    assert "police" not in names


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("Russian aircraft have carried out no strikes on the town.", "Russian forces", "Russian aircraft"),
        ("The deal put Russian peacekeepers in the region.", "Russian forces", "Russian peacekeepers"),
    ],
)
def test_a_state_s_aircraft_and_peacekeepers_are_its_forces(text: str, name: str, alias: str) -> None:
    forces = named(text, name)
    assert forces.kind is ActorKind.MILITARY
    assert alias in forces.aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ICRC aircraft landed in Juba.", "International Committee of the Red Cross"),
        ("UN peacekeepers patrolled the buffer zone.", "United Nations"),
    ],
)
def test_a_body_s_aircraft_or_peacekeepers_are_the_body(text: str, name: str) -> None:
    assert named(text, name).kind is ActorKind.INTERNATIONAL_ORG


def test_policing_a_truce_is_no_party() -> None:
    names = [a.name for a in table("The deal set up a joint military commission to police the truce.").actors]
    assert "police" not in names
    assert "police" in [a.name for a in table("He was handed over to police the next day.").actors]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenyan police said two people were hurt.", "Kenyan police"),
        ("Russian military police would watch the exits.", "Russian military police"),
    ],
)
def test_the_police_of_a_state_or_a_force_are_named_with_it(text: str, name: str) -> None:
    assert named(text, name).kind is ActorKind.MILITARY


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Amman-based Levant Policy Institute said the deal was fragile.",
            "Levant Policy Institute",
            ActorKind.NGO,
        ),
        ("The Armenian Red Cross Society collected the bodies.", "Armenian Red Cross Society", ActorKind.NGO),
        ("The Sudan Doctors' Union said 12 died.", "Sudan Doctors' Union", ActorKind.OTHER),
        ("Haiti's National Police said it would escort them.", "National Police", ActorKind.GOVERNMENT_BODY),
        ("The Ombudsman's Office counted 80 dead.", "Ombudsman's Office", ActorKind.GOVERNMENT_BODY),
    ],
)
def test_a_body_named_by_capitalised_words_ending_in_a_head_word(text: str, name: str, kind: ActorKind) -> None:
    assert named(text, name).kind is kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ministry of interior said the road was open.", "Interior Ministry"),
        ("Russia's ministry of foreign affairs welcomed the truce.", "Russian Foreign Affairs Ministry"),
        ("Qatar's Ministry of Foreign Affairs said talks went on.", "Qatari Foreign Affairs Ministry"),
    ],
)
def test_a_ministry_of_a_field(text: str, name: str) -> None:
    assert named(text, name).kind is ActorKind.GOVERNMENT_BODY


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighters of the 444 Brigade clashed with Radaa.", "444 Brigade"),
        ("The 444th Combat Brigade said two of its men died.", "444th Combat Brigade"),
        ("The 3rd Infantry Division moved in.", "3rd Infantry Division"),
    ],
)
def test_a_military_unit_named_by_a_number(text: str, name: str) -> None:
    assert named(text, name).kind is ActorKind.MILITARY


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The pause was announced by the State Administration Council, as the junta calls itself.",
            "State Administration Council",
        ),
        ("The State Peace and Development Council ruled the country.", "State Peace and Development Council"),
    ],
)
def test_a_word_that_names_nothing_alone_may_open_a_body_name(text: str, name: str) -> None:
    assert named(text, name).kind is ActorKind.GOVERNMENT_BODY


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Assistance Association for Political Prisoners said 50 people were killed.",
            "Assistance Association for Political Prisoners",
        ),
        ("The Addis Ababa-based Inter-Religious Council brokered the truce.", "Inter-Religious Council"),
    ],
)
def test_a_body_named_with_what_it_is_for_and_without_where_it_is_based(text: str, name: str) -> None:
    assert named(text, name).kind in {ActorKind.OTHER, ActorKind.GOVERNMENT_BODY, ActorKind.NGO}


def test_a_religious_honorific_between_a_title_and_a_name() -> None:
    person = named("The council's secretary-general, Rev. Dereje Alemu, said the truce would hold.", "Dereje Alemu")
    assert person.title == "secretary-general"


def test_the_army_is_no_police_force() -> None:
    text = "Russian military police will watch the town. The town has been held since July, when the army retook it."
    assert "army" not in {alias for a in table(text).actors if "police" in a.name for alias in a.aliases}


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("The army chief spoke on state broadcaster Sudan TV on Friday.", "Sudan TV", "state broadcaster Sudan TV"),
        (
            "The figures were carried by state news agency RIA Novosti. Ukraine said it would reply.",
            "RIA Novosti",
            "state news agency RIA Novosti",
        ),
    ],
)
def test_a_state_medium_named_after_what_it_is(text: str, name: str, alias: str) -> None:
    medium = named(text, name)
    assert (medium.kind, medium.aliases) == (ActorKind.MEDIA, (alias,))
    assert "state media" not in {a.name for a in table(text).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Minister of Foreign Affairs, Ambassador Mr. Hassan Al-Amin Babiker, said the truce would hold.",
            "Hassan Al-Amin Babiker",
        ),
        ("Ms. Helene Marchetti welcomed the truce.", "Helene Marchetti"),
        (
            "The Amhara Regional State Peace and Security Bureau said the road was open.",
            "Amhara Regional State Peace and Security Bureau",
        ),
    ],
)
def test_honorifics_before_names_and_long_bodies(text: str, name: str) -> None:
    assert named(text, name).kind in {ActorKind.PERSON, ActorKind.GOVERNMENT_BODY}


def test_a_person_s_surname_of_two_words_after_an_honorific_is_the_same_person() -> None:
    text = "The pause was ordered by Libyan Prime Minister Mustafa Ben Ghalbon. Mr Ben Ghalbon said it would hold."
    assert [a.name for a in table(text).actors if a.kind is ActorKind.PERSON] == ["Mustafa Ben Ghalbon"]


def test_a_body_s_name_does_not_run_across_a_sentence_end() -> None:
    text = "MOSCOW, December 12 – RIA Novosti. The Russian Armed Forces will observe a regime of silence."
    assert "Russian Armed Forces" in {a.name for a in table(text).actors}


def test_a_titled_name_owning_the_word_after_it_ends_before_it() -> None:
    text = "Al-Qaeda dismissed King Faisal's Mukalla initiatives."
    assert "King Faisal" in {alias for a in table(text).actors for alias in (a.name, *a.aliases)} or "Faisal" in {
        a.name for a in table(text).actors
    }
    assert all("Mukalla" not in a.name for a in table(text).actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kenyan Ministry of National Defence said the pause would hold.", "Kenyan National Defence Ministry"),
        ("The Ministry of Public Health and Population said 20 people died.", "Public Health and Population Ministry"),
        ("India's Ministry of External Affairs said talks would resume.", "Indian External Affairs Ministry"),
        ("The Ministry of Livestock and Fisheries said 300 cattle died.", "Livestock and Fisheries Ministry"),
        (
            "The Ministry of Migration and Displacement said 2,000 families returned.",
            "Migration and Displacement Ministry",
        ),
    ],
)
def test_ministries_of_long_names(text: str, name: str) -> None:
    assert named(text, name).kind is ActorKind.GOVERNMENT_BODY


def test_a_person_described_by_a_clause_before_the_verb_of_saying() -> None:
    text = "Kavira Masika, who fled Kanyabayonga in June with her children, said few families trusted the truce."
    assert named(text, "Kavira Masika").kind is ActorKind.PERSON


def test_a_forum_is_a_body_not_a_person() -> None:
    text = "The Hostages and Missing Families Forum urged the government to return to the negotiating table."
    assert named(text, "Hostages and Missing Families Forum").kind is ActorKind.NGO


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("In Nabatieh, Zahra Fahs, 41, was sweeping glass from her balcony.", "Zahra Fahs"),
        (
            "Valentyna Hrytsenko, 84, who had lived in the home for nine years, said she stopped counting.",
            "Valentyna Hrytsenko",
        ),
    ],
)
def test_a_person_named_with_an_age_in_commas(text: str, person: str) -> None:
    assert named(text, person).kind is ActorKind.PERSON


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The protocol was signed for the rebels by Alexander Zakharchenko and Igor Plotnitsky, leaders of them.",
            "Igor Plotnitsky",
        ),
        ("The talks began after Brig-Gen Khin Nyunt, head of military intelligence, flew in.", "Khin Nyunt"),
        (
            "The army blamed the raid on Amadou Koufa, the founder of the Macina Liberation Front, near Mopti.",
            "Amadou Koufa",
        ),
    ],
)
def test_a_person_named_with_a_leader_in_commas(text: str, person: str) -> None:
    assert named(text, person).kind is ActorKind.PERSON


def test_a_place_where_leaders_gather_is_no_person() -> None:
    text = "The parade on Red Square, where leaders of 20 countries are expected, went ahead."
    assert [a for a in table(text).actors if a.kind is ActorKind.PERSON] == []


def test_a_title_before_a_peoples_word_is_no_person() -> None:
    text = "About 1,140 people died, according to an AFP tally based on official Israeli figures."
    assert [a.name for a in table(text).actors if a.kind is ActorKind.PERSON] == []


def test_a_title_before_a_region_of_the_world_is_no_person() -> None:
    text = "Solana told the Supreme Allied Commander Europe, U.S. General Wesley Clark, to suspend air operations."
    assert [a.name for a in table(text).actors if a.kind is ActorKind.PERSON] == ["Wesley Clark"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The foreign ministers, Sergey Lavrov and Mevlut Cavusoglu, read out the text.", "Mevlut Cavusoglu"),
        ("Presidents Felix Tshisekedi and Paul Kagame met in Washington.", "Felix Tshisekedi"),
    ],
)
def test_a_full_name_joined_to_a_known_persons(text: str, person: str) -> None:
    assert named(text, person).kind is ActorKind.PERSON


def test_numbers_listed_after_a_place_name_no_person() -> None:
    assert [a for a in table("Across Gaza, 46, 12 and 9 people died.").actors if a.kind is ActorKind.PERSON] == []


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("The war began after the fall of the dictator Siad Barre in 1991.", "Siad Barre", "dictator"),
        ("The plant was built by the Ukrainian tycoon Dmytro Firtash.", "Dmytro Firtash", "tycoon"),
    ],
)
def test_what_a_person_is_before_the_name_is_a_title(text: str, person: str, title: str) -> None:
    assert named(text, person).title == title


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        ("Ukraine's Infrastructure Ministry said the port was hit.", "Ukrainian Infrastructure Ministry"),
        (
            "The corridors were listed in a statement from the Ministry of Defense and Veterans Affairs.",
            "Defense and Veterans Affairs Ministry",
        ),
    ],
)
def test_ministries_of_every_kind(text: str, ministry: str) -> None:
    assert named(text, ministry).kind is ActorKind.GOVERNMENT_BODY


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon's General Security directorate said 550,000 people had crossed.",
        "Patients were moved from the General Hospital on Friday.",
        "Myanmar's army chief Senior Gen. Min Aung Hlaing said on Tuesday that the truce would hold.",
    ],
)
def test_words_of_offices_and_places_after_a_title_are_no_person(text: str) -> None:
    people = [a.name for a in table(text).actors if a.kind is ActorKind.PERSON]
    assert all(name not in {"Security", "Hospital", "Senior"} for name in people)


def test_forces_loyal_to_a_titled_leader_keep_the_name_s_place() -> None:
    text = "The ministry, which is helping forces loyal to Senior General Kyaw Zeya, is trying to retake Kyaukphyu."
    forces = named(text, "forces loyal to Kyaw Zeya")
    assert forces.kind is ActorKind.MILITARY
    assert named(text, "Kyaw Zeya").kind is ActorKind.PERSON
    assert "forces loyal to Senior General Kyaw Zeya" in {text[m.start : m.end] for m in forces.mentions}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Gen. Mark W. Clark, the U.N. commander in the Far East, signed at Munsan.", "Mark W. Clark", "Gen."),
        (
            "President Dwight D. Eisenhower said in Washington that the war was over.",
            "Dwight D. Eisenhower",
            "President",
        ),
        (
            "Lt. Gen. William K. Harrison Jr. signed for the United Nations Command.",
            "William K. Harrison Jr.",
            "Lt. Gen.",
        ),
    ],
)
def test_a_name_with_a_middle_initial_or_a_suffix_is_one_person(text: str, name: str, title: str) -> None:
    person = named(text, name)
    assert person.kind is ActorKind.PERSON
    assert person.title == title
    assert all(not a.name.endswith((" W", " D", " K")) for a in table(text).actors)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The LTTE said its fighters would hold fire. The Tamil Tigers denied the charge.",
            "Liberation Tigers of Tamil Eelam",
            ActorKind.ARMED_GROUP,
        ),
        ("The Viet Cong struck at least eight cities before dawn.", "Viet Cong", ActorKind.ARMED_GROUP),
        (
            "The IRA announced a complete cessation of military operations.",
            "Irish Republican Army",
            ActorKind.ARMED_GROUP,
        ),
        ("A spokesman for ECOMOG said the rebels had fired first.", "ECOMOG", ActorKind.MILITARY),
        ("The U.N. Protection Force said shells hit Bihac.", "UNPROFOR", ActorKind.INTERNATIONAL_ORG),
    ],
)
def test_armed_groups_and_forces_of_wars_gone_by_are_known(text: str, name: str, kind: ActorKind) -> None:
    assert named(text, name).kind is kind


def test_a_name_opening_on_an_initial() -> None:
    person = named("Chief Minister N. Biren Singh said the truce would hold.", "N. Biren Singh")
    assert person.title == "Chief Minister"


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("Assad's troops pushed into the eastern districts.", "Syrian government forces", "Assad's troops"),
        ("Turkish-backed rebels held the north of the province.", "Turkish-backed rebels", None),
    ],
)
def test_a_known_leader_s_troops_and_a_state_s_proxies(text: str, name: str, alias: str | None) -> None:
    (actor,) = [a for a in ceasefire.parse(text).actors if a.kind is not ActorKind.STATE]  # a backer is a state
    assert actor.name == name
    assert alias is None or alias in actor.aliases


def test_states_named_only_as_where_people_leave_or_where_a_town_lies_are_dropped() -> None:
    import ceasefire

    text = (
        "Russia declared a ceasefire. People leaving Kyiv will travel through Ivankiv and Gden (Belarus) to Gomel "
        "(Belarus)."
    )
    names = {a.name for a in ceasefire.parse(text).actors}
    assert "Ukraine" not in names
    assert "Belarus" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Al Jazeera's Youssef Naji, reporting from Rafah, said families had queued since dawn.",
        "Al Jazeera's Youssef Naji said families had queued since dawn.",
    ],
)
def test_a_reporter_named_after_the_outlet_and_before_a_participle_phrase(text: str) -> None:
    import ceasefire

    names = {a.name: a.kind for a in ceasefire.parse(text).actors}
    assert names["Youssef Naji"] is ActorKind.PERSON
    assert names["Al Jazeera"] is ActorKind.MEDIA


def test_a_bare_congo_is_the_democratic_republic_as_wire_services_write_it() -> None:
    report = ceasefire.parse(
        "Congo's army and M23 rebels agreed to a truce around Sake. "
        "The Republic of Congo's foreign minister welcomed it."
    )
    assert {a.name for a in report.actors} == {"Congolese forces", "M23", "Republic of the Congo"}
    assert {report.actor(i).name for i in report.pauses[0].ordered_by} == {"Congolese forces", "M23"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "A commander of Cameroon's separatist Ambazonia Defence Forces (ADF) ordered a truce. The ADF said so.",
            "Ambazonia Defence Forces",
            ActorKind.ARMED_GROUP,
        ),
        (
            "Troops of the Somali National Army (SNA) moved into Galinsoor. The SNA said it would hold its fire.",
            "Somali National Army",
            ActorKind.MILITARY,
        ),
        (
            "The Tehreek-e-Taliban Pakistan (TTP) claimed the attack. The TTP denied it later.",
            "Pakistani Taliban",
            ActorKind.ARMED_GROUP,
        ),
    ],
)
def test_a_name_defined_with_an_acronym_the_gazetteer_gives_another_body_is_its_own(
    text: str, name: str, kind: ActorKind
) -> None:
    import ceasefire

    actors = {a.name: a for a in ceasefire.parse(text).actors}
    assert name in actors, list(actors)
    assert actors[name].kind is kind
    assert not {"Allied Democratic Forces", "Syrian National Army"} & set(actors)


def test_two_bodies_joined_by_and_are_two_actors() -> None:
    import ceasefire

    text = "A truce between the Lebanese Army and Nusra Front militants held on the outskirts of Arsal."
    names = {a.name for a in ceasefire.parse(text).actors}
    assert "Nusra Front" in names
    assert not any(" and " in name for name in names)


def test_south_asian_district_officers_are_titles() -> None:
    import ceasefire

    report = ceasefire.parse("District Police Officer Asad Zubair Khan said 300 police were deployed on the road.")
    person = next(a for a in report.actors if a.kind is ActorKind.PERSON)
    assert (person.name, person.title) == ("Asad Zubair Khan", "District Police Officer")


def test_a_medium_named_with_what_it_is_ends_with_its_sentence() -> None:
    import ceasefire

    text = "The spokesman told state television SSBC. The news was welcomed by a council of elders."
    assert [a.name for a in ceasefire.parse(text).actors if a.kind is ActorKind.MEDIA] == ["SSBC"]


def test_more_leaders_and_a_group_leader_s_forces_are_the_group() -> None:
    import ceasefire

    text = (
        "The dispute between Mr Gbagbo and Alassane Ouattara, the internationally recognised winner, went on. "
        "Hemedti's forces attacked the camp."
    )
    actors = {a.name: a.kind for a in ceasefire.parse(text).actors}
    assert actors["Alassane Ouattara"] is ActorKind.PERSON
    assert actors["Laurent Gbagbo"] is ActorKind.PERSON
    assert actors["Rapid Support Forces"] is ActorKind.ARMED_GROUP
    assert not any("government forces" in name for name in actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "Lam Gatkuoth Chuol, a spokesman for the Sudan People's Liberation Army-in-Opposition, said the group "
                "was studying the text."
            ),
            "Lam Gatkuoth Chuol",
        ),
        ("Ezzeldin al-Safi, an adviser to the commander, dismissed the offer.", "Ezzeldin al-Safi"),
        ("Assemblyman Rasul Pandapatan said families were still trapped.", "Rasul Pandapatan"),
    ],
)
def test_more_ways_a_person_is_cued(text: str, name: str) -> None:
    import ceasefire

    assert name in {a.name for a in ceasefire.parse(text).actors if a.kind is ActorKind.PERSON}


def test_the_military_and_the_junta_are_the_military_named_else_the_state_s_forces() -> None:
    import ceasefire

    named = ceasefire.parse("The Israel Defense Forces said troops held their fire. The military said it was ready.")
    assert [a.name for a in named.actors if a.kind is ActorKind.MILITARY] == ["Israel Defense Forces"]
    unnamed = ceasefire.parse("Pakistan's government said the military had halted its operation in the valley.")
    (forces,) = [a for a in unnamed.actors if a.kind is ActorKind.MILITARY]
    assert "military" in " ".join(forces.aliases)


def test_the_army_of_the_one_state_a_story_names_is_that_state_s_though_the_gazetteer_has_none() -> None:
    text = (
        "Colombian President Mauricio Salcedo offered a pause in Tibu on Tuesday. "
        "The army has kept the districts under siege since January, and the army said it would pull back."
    )
    army = named(text, "Colombian army")
    assert army.kind is ActorKind.MILITARY
    assert army.affiliation == "colombia"
    assert len(army.mentions) == 2


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Niger's military ruler, Gen Moussa Adamou Souley, has offered a new pause.", "Moussa Adamou Souley", "Gen"),
        ("Lt Col Ahmed Sani said on Monday the army would hold its fire.", "Ahmed Sani", "Lt Col"),
    ],
)
def test_a_rank_written_without_a_full_stop_titles_a_person(text: str, name: str, title: str) -> None:
    person = named(text, name)
    assert person.kind is ActorKind.PERSON
    assert person.title == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Kenya Association of Private Hospitals said its members would treat patients.",
            "Kenya Association of Private Hospitals",
        ),
        (
            "The NPA, the armed wing of the Communist Party of the Philippines, said.",
            "Communist Party of the Philippines",
        ),
        ("The National Union of Journalists said the reporters were freed.", "National Union of Journalists"),
    ],
)
def test_a_body_s_name_goes_on_after_its_head_with_of(text: str, name: str) -> None:
    assert named(text, name).kind is not ActorKind.PERSON


def test_a_known_name_that_goes_on_with_of_stays_the_gazetteer_s() -> None:
    text = "The International Committee of the Red Cross. Buses left at dawn."
    assert named(text, "International Committee of the Red Cross").kind is ActorKind.INTERNATIONAL_ORG


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        ("Libya has been in turmoil since 2011, when a NATO-backed uprising toppled Muammar Gaddafi.", "NATO"),
        ("The EU-funded programme was suspended after the clashes.", "European Union"),
    ],
)
def test_a_body_named_as_the_backer_of_something_is_an_actor(text: str, backer: str) -> None:
    assert backer in [a.name for a in table(text).actors]


@pytest.mark.parametrize("backed", ["Iran-backed", "Iran-aligned", "Iran-allied"])
def test_a_state_named_only_as_a_backer_is_an_actor_but_not_the_story_s_own_state(backed: str) -> None:
    text = (
        "ADEN (Reuters) - Yemen's president said the government would not talk to the"
        f" {backed} Houthis. The government said on Monday it would fight on."
    )
    actors = {a.name: a for a in ceasefire.parse(text).actors}
    assert actors["Iran"].kind is ActorKind.STATE
    assert "Yemeni government" in actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Separatists said on Monday they would hold their fire.", "separatists"),
        ("Russian-backed separatists said on Monday they would hold their fire.", "Russian-backed separatists"),
    ],
)
def test_separatists_are_an_armed_group(text: str, name: str) -> None:
    actor = named(text, name)
    assert actor.kind is ActorKind.ARMED_GROUP


@pytest.mark.parametrize("backed", ["supported", "funded", "aligned", "allied"])
def test_militias_backed_by_a_state_in_other_words_are_named_as_written(backed: str) -> None:
    text = f"Assad's forces, backed by Iranian-{backed} militias, have besieged the area since July."
    actor = named(text, f"Iranian-{backed} militias")
    assert actor.kind is ActorKind.ARMED_GROUP


@pytest.mark.parametrize(
    "text",
    [
        '"Markets will take it," said Karen Osei, chief Asia economist at Harbourline Capital in Hong Kong.',
        "Daniel Roe, a senior Middle East analyst at the Crisis Desk, said the truce was fragile.",
    ],
)
def test_a_region_between_a_title_and_a_trade_is_no_person(text: str) -> None:
    names = {a.name for a in ceasefire.parse(text).actors if a.kind is ActorKind.PERSON}
    assert not names & {"Asia", "Middle East"}
    assert names & {"Karen Osei", "Daniel Roe"}


def test_a_head_of_government_s_office_is_a_government_body() -> None:
    text = (
        "Truce delayed\n\nJERUSALEM (Reuters) - Prime Minister Yair Golan's office said on Sunday the truce would "
        "wait. The envoy Karin Ahl's office said nothing."
    )
    office = named(text, "Golan's office")
    assert office.kind is ActorKind.GOVERNMENT_BODY
    assert office.aliases == ("Prime Minister Yair Golan's office",)
    assert named(text, "Karin Ahl").kind is ActorKind.PERSON  # an envoy's office is not a government's


def test_a_state_listed_after_another_is_no_city_s_state() -> None:
    text = (
        "Drone strike kills 30\n\nCAIRO (Reuters) - The strike came after the Quad - the United States, Saudi "
        "Arabia, the United Arab Emirates and Egypt - presented a plan for a truce.\n"
    )
    names = {actor.name for actor in ceasefire.parse(text).actors}
    assert {"United States", "Saudi Arabia", "United Arab Emirates", "Egypt"} <= names


def test_unnamed_sources_are_actors_named_by_what_they_are() -> None:
    text = (
        "Shelling kills 14\n\nUVIRA (AFP) - At least 14 people were killed, security sources said. Local sources told "
        "AFP the town was quiet. Sources close to the talks said no deal was near, and Egyptian security sources said "
        "the same. The source of the fire was unclear."
    )
    report = ceasefire.parse(text)
    others = {a.name for a in report.actors if a.kind is ActorKind.OTHER}
    assert others == {"security sources", "local sources", "sources close to the talks", "Egyptian security sources"}
    (killed,) = report.figures
    assert killed.source is not None
    assert report.actor(killed.source).name == "security sources"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Kinshasa denied it. Emmanuel Bizimana, spokesman for the Congo River Alliance (AFC), said the city fell.",
            "Emmanuel Bizimana",
            None,
        ),
        ("Its chief executive, John Brophy, said the company would not comment.", "John Brophy", "chief executive"),
        ("Chief Executive Officer Annika Strand said the union's offer was fair.", "Annika Strand", None),
    ],
)
def test_a_person_with_a_bracketed_acronym_or_a_company_title_in_apposition(
    text: str, name: str, title: str | None
) -> None:
    people = [a for a in ceasefire.parse(text).actors if a.kind is ActorKind.PERSON]
    assert [a.name for a in people] == [name]
    if title is not None:
        assert people[0].title == title


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("Syrian state television said rebels shelled Aleppo.", "Syrian state media", "Syrian state television"),
        ("He told Bosnian state radio that his men would stay.", "Bosnian state media", "Bosnian state radio"),
        ("State radio said the army had retaken the town.", "state media", "State radio"),
    ],
)
def test_a_state_s_own_media_take_its_demonym(text: str, name: str, alias: str) -> None:
    media = [a for a in ceasefire.parse(text).actors if a.kind is ActorKind.MEDIA]
    assert [(a.name, a.aliases) for a in media] == [(name, (alias,))]


def test_state_media_named_after_what_they_are_keep_their_name() -> None:
    text = "The statement was read on Nigerien state television RTN and Burkinabe broadcaster RTB on Friday."
    media = {a.name for a in ceasefire.parse(text).actors if a.kind is ActorKind.MEDIA}
    assert "RTN" in media
    assert not any(name.endswith("state media") for name in media)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We will take back the streets," Delva told the Miami Herald on Friday.', "Miami Herald"),
        ("An army spokesman told the Libya Herald that talks had failed.", "Libya Herald"),
        ("In a statement carried by its Andalus radio, the group said it had killed 19 soldiers.", "Radio Andalus"),
        ("A statement on its Aamaq news agency called it a trap.", "Amaq"),
        ("The Houthi-run al-Masirah TV said coalition air strikes killed four people.", "Al-Masirah"),
    ],
)
def test_newspapers_and_armed_groups_outlets_are_media(text: str, name: str) -> None:
    media = [a.name for a in ceasefire.parse(text).actors if a.kind is ActorKind.MEDIA]
    assert media == [name]


def test_a_byline_s_writer_is_not_part_of_the_paper() -> None:
    text = (
        "Airlines call truce in fare war\n\nBy Hana Tipene\nNZ Herald\n\nTwo airlines said on Friday they would stop."
    )
    media = [a.name for a in ceasefire.parse(text).actors if a.kind is ActorKind.MEDIA]
    assert media == ["NZ Herald"]


def test_a_leader_whose_office_speaks_is_an_actor_too() -> None:
    text = "Less than an hour before, Prime Minister Benjamin Netanyahu's office said the military would strike."
    names = {a.name: a.kind for a in ceasefire.parse(text).actors}
    assert names["Benjamin Netanyahu"] is ActorKind.PERSON
    assert names["Netanyahu's office"] is ActorKind.GOVERNMENT_BODY


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Qatar's Foreign Ministry, which mediated the deal with Egypt and the United States, said so.", True),
        ("Aid convoys will move from the Adre border crossing with Chad, the panel said.", False),
        ("Refugees gathered at the border with Chad, the agency said.", False),
    ],
)
def test_a_state_after_with_is_a_party_unless_it_is_across_a_border(text: str, kept: bool) -> None:
    names = {a.name for a in ceasefire.parse(text).actors}
    assert (("Egypt" in names) or ("Chad" in names)) is kept


def test_reuter_is_reuters() -> None:
    text = "Truce agreed\n\nMOSCOW, Aug 30 (Reuter) - Russia said on Friday the truce held.\n"
    media = [(a.name, a.aliases) for a in ceasefire.parse(text).actors if a.kind is ActorKind.MEDIA]
    assert media == [("Reuters", ("Reuter",))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "BOGOTA (Reuters) - Colombia will host talks with the ELN in Venezuela and Cuba, the government said.",
            "Colombian government",
        ),
        ("KHARTOUM (Reuters) - Sudan and Egypt met on Monday. The army said the RSF had shelled the city.", "Sudanese"),
        # a town the gazetteer does not know, filed from the state named after it
        ("MEKELLE, Ethiopia (Reuters) - The army announced a truce in Tigray on Tuesday.", "Ethiopian"),
        ("GOMA, Congo (AP) — The army said it had retaken two villages near Sake on Sunday.", "Congolese"),
    ],
)
def test_a_bare_government_or_army_is_the_dateline_states_when_it_is_named_first(text: str, name: str) -> None:
    names = [a.name for a in table(text).actors]
    assert any(n.startswith(name) for n in names), names


def test_a_bare_government_is_nobodys_when_the_dateline_state_is_not_named_first() -> None:
    text = "CAIRO (Reuters) - Sudan and Egypt met on Monday. The government said the talks would go on."
    names = [a.name for a in table(text).actors]
    assert not any(n.endswith("government") for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "TRIPOLI (Reuters) - Minister of State for Defence Affairs Khalifa al-Mansoori said the pause would hold.",
            "Khalifa al-Mansoori",
        ),
        (
            "WABAG (Post-Courier) - Enga Provincial Police Commander Chief Superintendent Kelly Pawa said it held.",
            "Kelly Pawa",
        ),
        ("ABUJA (Reuters) - Defence Headquarters spokesman Air Commodore Musa Lawal said they agreed.", "Musa Lawal"),
        ("GENEVA (Reuters) - U.N. High Commissioner for Human Rights Volker Turk said it must stop.", "Volker Turk"),
        ("GENEVA (AP) — UN High Commissioner for Refugees Filippo Grandi said the camps were full.", "Filippo Grandi"),
        (
            "KYIV (Reuters) - Ukraine's Parliament Commissioner for Human Rights Dmytro Lubinets said 95 came home.",
            "Dmytro Lubinets",
        ),
    ],
)
def test_the_last_words_of_an_office_before_a_name_are_not_the_person_s(text: str, name: str) -> None:
    persons = [actor.name for actor in ceasefire.parse(text).actors if actor.kind is ActorKind.PERSON]
    assert persons == [name]


def test_a_name_of_three_words_with_no_office_word_stays_whole() -> None:
    text = "KHARTOUM (Reuters) - Mohamed Said Ahmed, a resident of Omdurman, said the shelling went on."
    persons = [actor.name for actor in ceasefire.parse(text).actors if actor.kind is ActorKind.PERSON]
    assert persons == ["Mohamed Said Ahmed"]


def test_a_titled_person_named_again_by_surname_is_one_actor() -> None:
    text = (
        "TRIPOLI (Reuters) - Libya's government offered a pause on Friday.\n\n"
        "Deputy Foreign Minister Mustafa al-Ghariani told reporters that government forces would hold their fire in "
        "Misrata on Saturday.\n\nLibyan leader Muammar Gaddafi had ordered the pause, al-Ghariani said."
    )
    persons = [actor for actor in ceasefire.parse(text).actors if actor.kind is ActorKind.PERSON]
    assert [actor.name for actor in persons] == ["Mustafa al-Ghariani", "Muammar Gaddafi"]
    assert "al-Ghariani" in persons[0].aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("LONDON (Reuters) - Castlebridge University said on Monday it would cut 200 jobs.", "Castlebridge University"),
        ("LIVORNO (Reuters) - Kingsmere Rovers Football Club said the ultras had agreed a truce.", "Kingsmere Rovers"),
        ("KYIV (AP) - The Ukrainian Greek Catholic Church called for an Easter ceasefire.", "Greek Catholic Church"),
        ("GAROWE (Reuters) - Las Anod General Hospital said at least 210 people were wounded.", "Las Anod"),
        ("GAZA (AP) - At least 27 people were killed, according to Nasser Hospital in Khan Younis.", "Nasser Hospital"),
    ],
)
def test_a_university_church_club_or_speaking_hospital_is_an_actor_not_a_person(text: str, name: str) -> None:
    actors = ceasefire.parse(text).actors
    assert [actor.kind for actor in actors if name in actor.name] == [ActorKind.OTHER]
    assert not [actor for actor in actors if actor.kind is ActorKind.PERSON]


def test_a_hospital_that_only_receives_the_wounded_is_a_place_not_an_actor() -> None:
    text = "GAROWE (Reuters) - Thirty were hurt and taken to Beledweyne General Hospital and Ghent University Hospital."
    names = [actor.name for actor in ceasefire.parse(text).actors]
    assert not [name for name in names if "Hospital" in name or "University" in name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("YEREVAN (Reuters) - Prime Minister Nikol Pashinyan told parliament the truce held.", "parliament"),
        ("ADDIS ABABA (AFP) - Parliament extended the state of emergency by four months on Friday.", "parliament"),
        ("JUBA (Reuters) - Local authorities said at least 20 people were killed in the clashes.", "local authorities"),
        ("KHERSON (AP) - Regional authorities said shelling went on through the night.", "local authorities"),
    ],
)
def test_a_parliament_or_local_authorities_are_a_government_body(text: str, name: str) -> None:
    bodies = [actor.name for actor in ceasefire.parse(text).actors if actor.kind is ActorKind.GOVERNMENT_BODY]
    assert bodies == [name]


@pytest.mark.parametrize(
    "text",
    [
        "BELFAST (Reuters) - A Democratic Unionist member of parliament accused the government of bad faith.",
        "YEREVAN (Reuters) - About 3,000 opposition supporters rallied outside parliament on Friday evening.",
        "BEIRUT (AP) - The envoy met Parliament Speaker Nabih Berri for two hours.",
    ],
)
def test_a_seat_in_or_the_building_of_parliament_is_no_actor(text: str) -> None:
    assert not [actor for actor in ceasefire.parse(text).actors if "parliament" in actor.name.lower()]


def test_a_name_opened_by_initials_run_together_is_whole() -> None:
    text = "COLOMBO (Reuters) - The LTTE's political wing leader, S.P. Thamilselvan, said the rebels would hold fire."
    persons = [actor.name for actor in ceasefire.parse(text).actors if actor.kind is ActorKind.PERSON]
    assert persons == ["S.P. Thamilselvan"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("BOGOTA (Reuters) - Former president Álvaro Uribe called the deal impunity.", "Álvaro Uribe"),
        ("TRIPOLI (AP) - Forces of military commander Khalifa Hifter said they would comply.", "Khalifa Hifter"),
    ],
)
def test_a_known_person_s_name_as_written_after_a_title_is_an_alias(text: str, written: str) -> None:
    persons = [actor for actor in ceasefire.parse(text).actors if actor.kind is ActorKind.PERSON]
    assert len(persons) == 1
    assert written in persons[0].aliases


def test_former_opens_no_body_s_name() -> None:
    text = "NEW DELHI (PTI) - Former Northern Army commander Lt Gen D S Hooda (retd) said the announcement was welcome."
    names = [actor.name for actor in ceasefire.parse(text).actors]
    assert "D S Hooda" in names
    assert not [name for name in names if name.startswith("Former")]


def test_a_name_after_state_broadcaster_ends_with_its_sentence() -> None:
    text = (
        "JUBA (AFP) - The offer was read on state broadcaster SSBC. Civilians, the wounded and the elderly could "
        "leave through three corridors."
    )
    media = [actor.name for actor in ceasefire.parse(text).actors if actor.kind is ActorKind.MEDIA]
    assert "SSBC" in media
    assert not [name for name in media if "Civilians" in name]


def test_a_known_aid_body_named_with_its_state_is_no_person() -> None:
    text = "JERUSALEM (AP) - Four people died, according to Israel's Magen David Adom rescue service."
    actors = ceasefire.parse(text).actors
    assert not [actor for actor in actors if actor.kind is ActorKind.PERSON]
    assert "Magen David Adom" in [actor.name for actor in actors]


@pytest.mark.parametrize(
    "text",
    [
        "JERUSALEM (AP) - Police dispersed a protest in the Sheikh Jarrah neighborhood on Friday, witnesses said.",
        "DAMASCUS (Reuters) - Shells fell on the Sheikh Maqsoud quarter overnight, residents said.",
    ],
)
def test_a_titled_name_before_a_neighbourhood_is_a_place(text: str) -> None:
    assert not [actor for actor in ceasefire.parse(text).actors if actor.kind is ActorKind.PERSON]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "JOHANNESBURG (Sowetan) - Gauteng transport MEC Jacob Mamabolo said about 60 police officers would stay.",
            "Jacob Mamabolo",
            "MEC",
        ),
        # American local offices
        ("STOCKTON (AP) - Councilmember Tom Bradshaw said the vote was close.", "Tom Bradshaw", "Councilmember"),
        ("CHICAGO (AP) - Alderman Joe Moreno said the budget row was over.", "Joe Moreno", "Alderman"),
        ("LOS ANGELES (AP) - County Supervisor Ann Lee said the truce held.", "Ann Lee", "Supervisor"),
        # "Sen" opens no name ("Sen John McCain") but may end one
        ("PHNOM PENH (Reuters) - Prime Minister Hun Sen said the truce held.", "Hun Sen", "Prime Minister"),
        ("DUBLIN (Reuters) - Irish Taoiseach Bertie Ahern said Dublin welcomed it.", "Bertie Ahern", "Taoiseach"),
        ("NAJAF (Reuters) - Grand Ayatollah Ali al-Sistani returned on Thursday.", "Ali al-Sistani", "Grand Ayatollah"),
        ("TEHRAN (Reuters) - Ayatollah Mohammad Yazdi said the talks were over.", "Mohammad Yazdi", "Ayatollah"),
    ],
)
def test_a_title_read_before_a_name_is_the_persons(text: str, name: str, title: str) -> None:
    """The person is named without the office ("MEC", "Councilmember", "Taoiseach", "Grand Ayatollah"), titled by it."""
    persons = [(a.name, a.title) for a in ceasefire.parse(text).actors if a.kind is ActorKind.PERSON]
    assert persons == [(name, title)]


def test_an_abbreviated_title_opens_no_name() -> None:
    persons = [a.name for a in ceasefire.parse("WASHINGTON (Reuters) - Sen John McCain said so.").actors]
    assert "John McCain" in persons
    assert not [p for p in persons if p.startswith("Sen")]


def test_innocent_people_are_civilians() -> None:
    import ceasefire

    report = ceasefire.parse('The army said air strikes had killed "dozens of innocent people" in the south.')
    assert [a.kind for a in report.actors if a.name == "civilians"] == [ActorKind.CIVILIANS]


def test_people_told_of_are_civilians_but_not_unnamed_sources_the_fallen_nor_a_population() -> None:
    civilians = named("More than 3,000 people have fled, and residents are short of water.", "civilians")
    assert set(civilians.aliases) == {"people", "residents"}
    for text in (
        "People familiar with the talks said it held.",
        "At least 427 people have been killed since April.",
        "The needs of the people of Gaza are huge.",
    ):
        assert all(a.kind is not ActorKind.CIVILIANS for a in table(text).actors), text


def test_security_forces_are_a_party_and_those_of_a_state_named_before() -> None:
    assert named("Security forces opened fire on the crowd.", "security forces").kind is ActorKind.MILITARY
    sudanese = named(
        "KHARTOUM (Reuters) - Sudanese security forces fired tear gas. Security forces withdrew.", "Sudanese forces"
    )
    assert "Security forces" in sudanese.aliases


def test_a_government_s_acronym_before_forces_names_its_forces() -> None:
    forces = named(
        "Fighting went on. Forces of the Government of National Accord (GNA) advanced. GNA forces took Sirte.",
        "GNA forces",
    )
    assert forces.kind is ActorKind.MILITARY
    assert forces.affiliation == "government-of-national-accord"


def test_the_two_armies_operations_chiefs_are_one_military_party_by_either_name() -> None:
    text = (
        "The directors general of military operations (DGMOs) of the two armies agreed to observe the ceasefire. "
        "The DGMOs spoke over their hotline on Tuesday."
    )
    chiefs = named(text, "Directors General of Military Operations")
    assert chiefs.kind is ActorKind.MILITARY
    assert len(chiefs.mentions) == 3


def test_a_name_spelt_by_its_acronym_in_another_order_keeps_its_extent() -> None:
    text = (
        "GOMA (AFP) - Nkunda's National Congress for the Defence of the People (CNDP) said in a statement that it "
        "would halt its advance."
    )
    names = [actor.name for actor in ceasefire.parse(text).actors]
    assert "National Congress for the Defence of the People" in names
    assert not any(name.endswith("for the Defence") for name in names)
    assert "civilians" not in names  # its "People" is a word of the name


def test_a_person_before_a_name_with_an_acronym_not_its_initials_is_kept() -> None:
    text = (
        "The accord was signed by Colonel Zdravko Perkovic of the Croatian Defence Council (HVO) and by "
        "interim President Amos Sawyer for the Interim Government of National Unity (IGNU)."
    )
    names = [actor.name for actor in ceasefire.parse(text).actors]
    assert {"Zdravko Perkovic", "Amos Sawyer", "Interim Government of National Unity"} <= set(names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia's General Staff said the corridors would open at 8 a.m.", "Russian General Staff"),
        ("The Turkish general staff said the corridors would open at 8 a.m.", "Turkish General Staff"),
    ],
)
def test_a_state_s_general_staff_is_a_military_body_named_by_its_demonym(text: str, name: str) -> None:
    staff = named(text, name)
    assert staff.kind is ActorKind.MILITARY


def test_opposition_activists_are_a_party_of_their_own() -> None:
    text = "Opposition activists said the corridors were empty on Thursday, and the activists posted videos of it."
    names = [actor.name for actor in ceasefire.parse(text).actors]
    assert "opposition activists" in [name.lower() for name in names]
    assert "activists" not in names


def test_people_as_a_word_of_a_name_are_no_civilians() -> None:
    text = "The opposition People's Liberation Front said on Monday that it would join the talks in Oslo."
    names = [actor.name for actor in ceasefire.parse(text).actors]
    assert "civilians" not in names
    assert not any(name.endswith(" People") for name in names)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The rebels rejected it. Yusuf Hammoud, a spokesman for the group, called it a show for the cameras.",
            "Yusuf Hammoud",
        ),
        ("The deal does not include the release of Israeli soldier Gilad Schalit, captured in 2006.", "Gilad Schalit"),
    ],
)
def test_a_person_described_before_calling_or_by_a_role_is_found(text: str, person: str) -> None:
    found = {actor.name: actor.kind for actor in ceasefire.parse(text).actors}
    assert found.get(person) is ActorKind.PERSON


def test_a_body_s_name_before_called_is_no_person() -> None:
    text = "The Ministry for Reintegration of the Temporarily Occupied Territories called the routes unacceptable."
    assert all(actor.kind is not ActorKind.PERSON for actor in ceasefire.parse(text).actors)


def test_the_place_whose_residents_speak_is_no_person() -> None:
    text = "TRIPOLI (Reuters) - Residents of Ain Zara said mortar rounds could be heard throughout the two hours."
    assert all(actor.kind is not ActorKind.PERSON for actor in ceasefire.parse(text).actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("British Prime Minister John Major said he would need to see it spelled out.", "John Major"),
        ("Army spokesman Major Ahmed Ali said the attack was repelled.", "Ahmed Ali"),
    ],
)
def test_a_rank_ends_a_name_it_is_the_surname_of_but_opens_none(text: str, name: str) -> None:
    assert named(text, name).kind is ActorKind.PERSON


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Angola's armed forces and the Unita rebel movement have signed a ceasefire.", "UNITA"),
        ("Monusco peacekeepers said the road was open.", "MONUSCO"),
    ],
)
def test_an_acronym_written_as_a_word_is_the_gazetteer_s_body(text: str, name: str) -> None:
    assert len(named(text, name).mentions) == 1


def test_an_acronym_written_as_a_word_of_another_sense_is_no_body() -> None:
    names = [a.name for a in table("Care must be taken on the road, the governor said.").actors]
    assert "CARE" not in names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ahmed Ali of the Red Crescent said the truce was holding.", "Ahmed Ali"),
        ("Nadia Benhamou of Le Grand Pointu said the accusation was absurd.", "Nadia Benhamou"),
    ],
)
def test_a_person_of_a_body_who_speaks_is_a_person(text: str, person: str) -> None:
    assert named(text, person).kind is ActorKind.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "The Liberation Tigers of Tamil Eelam said the truce was holding.",
        "The Tak Chamber of Commerce said the border crossing had reopened.",
    ],
)
def test_a_body_named_with_of_is_no_person(text: str) -> None:
    assert all(a.kind is not ActorKind.PERSON for a in table(text).actors), [a.name for a in table(text).actors]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "NATO ordered the alliance's supreme commander, US General Wesley Clark, to stop air operations.",
            "Wesley Clark",
        ),
        ("The commander of UN forces, British Lieutenant-General Sir Michael Rose, met both sides.", "Michael Rose"),
    ],
)
def test_a_state_rank_and_honorific_before_a_name_are_not_the_name(text: str, person: str) -> None:
    assert named(text, person).kind is ActorKind.PERSON


@pytest.mark.parametrize(
    ("published", "bush", "assad", "clinton"),
    [
        (datetime.date(1991, 3, 3), "George Bush", "Hafez al-Assad", "Bill Clinton"),
        (datetime.date(2003, 4, 9), "George W. Bush", "Bashar al-Assad", "Hillary Clinton"),
    ],
)
def test_a_surname_shared_by_leaders_of_two_eras_names_the_one_of_the_story_s_year(
    published: datetime.date, bush: str, assad: str, clinton: str
) -> None:
    text = "President Bush said on Sunday that President Assad had written to him, and Clinton agreed."
    names = {actor.name for actor in find_actors(analyse(text, published)).actors.actors}
    assert {bush, assad, clinton} <= names


def test_a_surname_shared_across_eras_names_nobody_known_in_a_story_of_no_year() -> None:
    names = {actor.name for actor in table("President Bush said on Sunday that the war was over.").actors}
    assert not names & {"George Bush", "George W. Bush"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An official of the Jaish al-Sharq faction said the offer was a trick.", "Jaish al-Sharq"),
        ("A spokesman for the Nour al-Din al-Zenki group said no one would leave.", "Nour al-Din al-Zenki"),
        ("Troops fought the Maute group in Marawi on Sunday.", "Maute"),
    ],
)
def test_an_armed_group_named_before_what_it_is(text: str, name: str) -> None:
    assert named(text, name).kind is ActorKind.ARMED_GROUP


@pytest.mark.parametrize(
    "text",
    [
        "The Islamist group said on Monday it would not leave.",
        "The Iran-backed group said on Monday it would not leave.",
        "The National Liberal Party's militia said on Monday it would not leave.",
        "The Nuer militia said on Monday it would not leave.",
    ],
)
def test_a_kind_a_backer_an_owner_or_a_people_before_group_names_no_group(text: str) -> None:
    assert not [a for a in table(text).actors if a.kind is ActorKind.ARMED_GROUP and a.aliases]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The two stalls, run by Aoife Brennan and Ciarán Walsh, opened in May. Ms Brennan said the row was over.",
            "Aoife Brennan",
        ),
        (
            "The two stalls, run by Aoife Brennan and Ciarán Walsh, opened in May. Mr. Walsh said he had no regrets.",
            "Ciarán Walsh",
        ),
    ],
)
def test_an_honorific_s_surname_names_the_full_name_told_without_a_cue(text: str, name: str) -> None:
    person = named(text, name)
    assert person.kind is ActorKind.PERSON


def test_an_honorific_s_surname_with_no_full_name_told_names_nobody() -> None:
    assert [a.name for a in table("Ms Brennan said the row was over.").actors] == []


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ('"Moamer Kadhafi has been killed," the interim leader told reporters.', "Muammar Gaddafi", ActorKind.PERSON),
        ("Hundreds of Mehdi Army fighters left the shrine on Friday.", "Mahdi Army", ActorKind.ARMED_GROUP),
        ("Militias of the Islamic Courts Union took the port.", "Union of Islamic Courts", ActorKind.ARMED_GROUP),
        ("Boutros Boutros-Ghali urged both sides to talk.", "Boutros Boutros-Ghali", ActorKind.PERSON),
        ("British Prime Minister Theresa May said there was no other way.", "Theresa May", ActorKind.PERSON),
        ("The party removed Robert Mugabe as its leader on Sunday.", "Robert Mugabe", ActorKind.PERSON),
        ("The Soviet Union vetoed the resolution.", "Soviet Union", ActorKind.STATE),
        ("NATO bombed Yugoslavia for a third night.", "Yugoslavia", ActorKind.STATE),
        ("Leaders of the Group of Seven condemned the attack.", "Group of Seven", ActorKind.INTERNATIONAL_ORG),
    ],
)
def test_gazetteer_spellings_of_wire_services_name_the_known_actor(text: str, name: str, kind: ActorKind) -> None:
    assert named(text, name).kind is kind


def test_how_many_of_a_body_opening_a_run_of_capitals_is_no_part_of_its_name() -> None:
    assert named("Thousands of Free Syrian Army fighters joined the march.", "Free Syrian Army").kind is (
        ActorKind.ARMED_GROUP
    )


@pytest.mark.parametrize(
    "text",
    [
        (
            "NAYPYIDAW (Reuters) - The president and the leaders of eight armed groups signed the Nationwide Ceasefire"
            " Agreement (NCA) on Thursday. Seven other groups refused to sign the NCA."
        ),
        "MAPUTO (Lusa) - The General Peace Agreement signed in Rome in 1992 ended sixteen years of war.",
        "DUSHANBE (Interfax) - The General Agreement on peace was signed in Moscow on Friday.",
    ],
)
def test_a_text_signed_is_no_actor(text: str) -> None:
    names = [actor.name for actor in ceasefire.parse(text).actors]
    assert not [name for name in names if name.endswith(("Agreement", "NCA"))]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "BEIRUT (Reuters) - Hamza al-Qadiri, a spokesman for Liwa Ahrar al-Shamal, said the plan was a trap.",
            "Liwa Ahrar al-Shamal",
        ),
        ("BEIRUT (AP) — Fighters of Kataib Sayyid al-Shuhada crossed the river on Monday.", "Kataib Sayyid al-Shuhada"),
        ("AMMAN (AFP) - Jaish al-Ezza said on Tuesday it had shelled army positions.", "Jaish al-Ezza"),
    ],
    ids=["a spokesman for it", "its fighters", "it said"],
)
def test_a_name_opened_by_an_arabic_word_for_a_unit_is_an_armed_group(text: str, group: str) -> None:
    actors = ceasefire.parse(text).actors
    assert [a.name for a in actors if a.kind is ActorKind.ARMED_GROUP] == [group]
    persons = [a.name for a in actors if a.kind is ActorKind.PERSON]
    assert all(group.rsplit(maxsplit=1)[-1] not in person for person in persons), persons


def test_a_word_for_a_unit_in_lower_case_opens_no_name() -> None:
    text = "DUBAI (Reuters) - The liwa of Jaish Street said the Emirati town's market would reopen."
    assert "liwa" not in [a.name.lower().split()[0] for a in ceasefire.parse(text).actors]


def test_an_unnamed_spokesman_for_a_group_speaks_for_it_past_an_apposition() -> None:
    text = (
        "BEIRUT (Reuters) - Russia announced a pause on Monday. A spokesman for Liwa Ahrar al-Sharq, the largest"
        " faction there, called it a show."
    )
    report = ceasefire.parse(text)
    group = next(a.id for a in report.actors if a.name == "Liwa Ahrar al-Sharq")
    statements = [e for e in report.events if e.kind.value == "statement" and e.trigger == "called it"]
    assert [e.agents for e in statements] == [(group,)]


@pytest.mark.parametrize(
    "text",
    [
        (
            "BEIRUT (Reuters) - Hamza Qadiri, a spokesman for the Levant Front, the largest faction in the town,"
            " said it was a trap."
        ),
        (
            "BEIRUT (Reuters) - Hamza Qadiri, a spokesman for Liwa Ahrar al-Shamal, one of the factions there,"
            " told Reuters it was a trap."
        ),
    ],
    ids=["a known body in the first apposition", "a unit's name in the first apposition"],
)
def test_a_person_before_two_appositions_is_read_and_speaks(text: str) -> None:
    report = ceasefire.parse(text)
    persons = [a for a in report.actors if a.kind is ActorKind.PERSON]
    assert [(p.name, p.title) for p in persons] == [("Hamza Qadiri", "spokesman")]
    assert [e.agents for e in report.events if e.kind.value == "statement"] == [(persons[0].id,)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "JERUSALEM (AP) — Within hours, the army's chief spokesman, Rear Adm. Daniel Hagari, said it would go on.",
            "Daniel Hagari",
        ),
        ("WASHINGTON (AP) — Navy spokesman Vice Adm. John Smith said the ships had turned back.", "John Smith"),
    ],
)
def test_an_admiral_s_two_word_rank_is_no_part_of_the_name(text: str, name: str) -> None:
    persons = [a.name for a in ceasefire.parse(text).actors if a.kind is ActorKind.PERSON]
    assert persons == [name]


@pytest.mark.parametrize(
    "text",
    [
        "NAJAF, Iraq (Reuters) - Fighters streamed out of the Imam Ali shrine in Najaf on Friday and handed it over.",
        "BEIRUT (Reuters) - Fighters were brought in from the Sheikh Najjar area last week, the commander said.",
    ],
    ids=["a shrine", "an area"],
)
def test_a_title_and_name_before_a_place_word_name_a_place(text: str) -> None:
    assert [a.name for a in ceasefire.parse(text).actors if a.kind is ActorKind.PERSON] == []
