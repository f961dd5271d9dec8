"""The article stage: title, datelines of every wire style, abbreviation-aware sentences."""

from __future__ import annotations

import datetime

import pytest
from stage import analyse

import ceasefire


@pytest.mark.parametrize(
    ("text", "place", "agency", "date"),
    [
        ("MOSCOW, Nov 2 (Reuters) - Russia said.", "Moscow", "Reuters", None),
        ("MOSCOW, Nov 2, 2016 (Reuters) - Russia said.", "Moscow", "Reuters", datetime.date(2016, 11, 2)),
        ("BEIRUT (AP) — Strikes hit.", "Beirut", "AP", None),
        ("KYIV, Ukraine — Shelling went on.", "Kyiv", None, None),
        # a region of several words, with "of" or in capitals
        ("GOMA, Democratic Republic of Congo, April 27 (Reuters) - Rebels agreed.", "Goma", "Reuters", None),
        ("GOMA, DR Congo (AFP) - The M23 declared a truce.", "Goma", "AFP", None),
        ("MOSCOW. March 7 (Interfax) - The staff said.", "Moscow", "Interfax", None),
        ("KHARTOUM—As nations rushed out, a truce began.", "Khartoum", None, None),
        ("GAZA CITY, Oct 28 - Strikes.", "Gaza City", None, None),
        ("Nov 2 (Reuters) - Russia said.", None, "Reuters", None),  # a date and an agency, no place
        ("Nov. 2, 2016 (AP) — Strikes hit.", None, "AP", datetime.date(2016, 11, 2)),
        ("By John Smith\n\nKYIV, Nov 2 (Reuters) - A truce began.", "Kyiv", "Reuters", None),  # after a byline
        ("2 June 2022 — The United Nations welcomed the truce.", None, None, datetime.date(2022, 6, 2)),
        ("KYIV/MOSCOW, March 25 (Reuters) - Ukraine and Russia agreed.", "Kyiv/Moscow", "Reuters", None),
        # a date, then the place in capitals in brackets, as Sudan Tribune writes it
        ("August 13, 2024 (KADUGLI) – The two communities agreed.", "Kadugli", None, datetime.date(2024, 8, 13)),
        ("June 11, 2025 (ADDIS ABABA) – The panel said.", "Addis Ababa", None, datetime.date(2025, 6, 11)),
        # a date and a colon, as Pakistan's press writes it
        (
            "RAWALPINDI, March 29, 2025: The army and the border forces agreed.",
            "Rawalpindi",
            None,
            datetime.date(2025, 3, 29),
        ),
        # a place, then a date of a form the agency patterns do not read
        ("Addis Abeba, November 3/2022 – The two sides signed.", "Addis Abeba", None, datetime.date(2022, 11, 3)),
    ],
)
def test_datelines(text: str, place: str | None, agency: str | None, date: datetime.date | None) -> None:
    dateline = analyse(text).article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date) == (place, agency, date)


def test_dateline_with_a_year_gives_the_publication_date() -> None:
    article = analyse("MOSCOW, Nov 2, 2016 (Reuters) - Russia said.").article
    assert article.published == datetime.date(2016, 11, 2)


def test_dateline_year_taken_from_the_publication_date() -> None:
    dateline = analyse("BEIRUT, Nov 2 (Reuters) - x", datetime.date(2016, 11, 3)).article.dateline
    assert dateline is not None
    assert dateline.date == datetime.date(2016, 11, 2)


def test_a_dateline_never_lies_months_after_the_publication_date() -> None:
    """A story published on Jan. 2 with a "Dec 30" dateline was filed last year."""
    dateline = analyse("BEIRUT, Dec 30 (Reuters) - x", datetime.date(2017, 1, 2)).article.dateline
    assert dateline is not None
    assert dateline.date == datetime.date(2016, 12, 30)


@pytest.mark.parametrize(
    "text",
    [
        "U.S. forces said it.",
        "AID workers said so.",
        "No dateline here - really.",
        "Nov 2 was a quiet day - really.",
        "June 2 - the truce held.",  # a date alone, without its year, may begin the story
    ],
)
def test_not_datelines(text: str) -> None:
    assert analyse(text).article.dateline is None


def test_title_paragraphs_and_sentences() -> None:
    text = (
        "Truce holds in Taiz\n\n"
        "The U.N. said on Nov. 4 that Lt. Col. Ahmed Ali met envoys at 9 a.m. Talks went on.\n\n"
        "Aid entered. Dr. Hana Saleh said 12 were hurt."
    )
    article = analyse(text).article
    assert article.title == "Truce holds in Taiz"
    assert len(article.paragraphs) == 2
    sentences = [text[s.start : s.end] for s in article.sentences]
    assert sentences == [
        "The U.N. said on Nov. 4 that Lt. Col. Ahmed Ali met envoys at 9 a.m.",
        "Talks went on.",
        "Aid entered.",
        "Dr. Hana Saleh said 12 were hurt.",
    ]


def test_offsets_point_into_the_original_text() -> None:
    text = "  Title here\r\n\r\nFirst one.  Second one.\r\nThird one."
    article = analyse(text).article
    for span in (*article.paragraphs, *article.sentences):
        assert text[span.start : span.end].strip() == text[span.start : span.end]


def test_a_zone_named_by_a_region_after_a_clock_time_does_not_end_a_sentence() -> None:
    text = "They may leave between 7 a.m. and 3 p.m. Central Africa Time on Oct. 26. Civilians may leave too."
    sentences = [text[s.start : s.end] for s in analyse(text).article.sentences]
    assert sentences == [
        "They may leave between 7 a.m. and 3 p.m. Central Africa Time on Oct. 26.",
        "Civilians may leave too.",
    ]


def test_clock_time_then_zone_or_weekday_does_not_end_a_sentence() -> None:
    text = "The truce runs from 6 p.m. Moscow time until 9 a.m. Tuesday. Talks begin at 10 a.m. Officials agreed."
    sentences = [text[s.start : s.end] for s in analyse(text).article.sentences]
    assert sentences == [
        "The truce runs from 6 p.m. Moscow time until 9 a.m. Tuesday.",
        "Talks begin at 10 a.m.",
        "Officials agreed.",
    ]


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        # the place in ordinary case, when an agency in brackets makes it a dateline
        ("Lviv (AFP) - A corridor opened.", "Lviv", "AFP"),
        ("Pemba, Mozambique, 16 May 2024 (Lusa) – Insurgents declared a pause.", "Pemba", "Lusa"),
        ("Geneva, March 3 (Reuters) - The UN said.", "Geneva", "Reuters"),
        # under a header line, or several, when the dateline names its agency
        ("Title\n\nNews release, 04 November 2020\n\nGENEVA (ICRC) – The ICRC said.", "Geneva", "ICRC"),
        ("Title\n\nRami Khoury |26.11.2024 - Update : 26.11.2024\n\nBEIRUT (AA) – A truce began.", "Beirut", "AA"),
        (
            (
                "UPDATE 2-UN ASSEMBLY CALLS FOR TRUCE\n\n(Adds details, quotes)\n\nBy Daniel Okafor\n\n"
                "UNITED NATIONS, Oct 27 (Reuters) - The U.N. General Assembly adopted a resolution."
            ),
            "United Nations",
            "Reuters",
        ),
        # agencies that write no dash, or slashes
        ("Title\n\nNEW DELHI, Feb 25 (PTI) India and Pakistan agreed.", "New Delhi", "PTI"),
        ("Title\n\nBogotá, Mar 18 (EFE).- Colombian President Gustavo Petro said.", "Bogotá", "EFE"),
        ("Title\n\nPopayán (Colombia), Nov 13 (EFE).- Some 430 civilians left.", "Popayán", "EFE"),
        ("Title\n\nGoma (DR Congo) (AFP) - The Democratic Republic of Congo said.", "Goma", "AFP"),
        ("Title\n\nMOSCOW, March 8. /TASS/. The Russian Defense Ministry announced it.", "Moscow", "TASS"),
        # Reuters before 1998 signed its wires "Reuter"
        ("Title\n\nKHASAVYURT, Russia, Aug 22 (Reuter) - Lebed and Maskhadov agreed.", "Khasavyurt", "Reuter"),
        # papers and broadcasters that sign their datelines as agencies do
        ("Title\n\nKISMAYO (Hiiraan Online) - The commander said.", "Kismayo", "Hiiraan Online"),
        ("Title\n\nBOGOTA, August 29, 2016 (El Espectador) - The guns fell silent.", "Bogota", "El Espectador"),
        ("Title\n\nLumajang, East Java (ANTARA) - Search teams paused.", "Lumajang", "ANTARA"),
        ("Title\n\nKinshasa (Agenzia Fides) - Rebels entered Bukavu.", "Kinshasa", "Agenzia Fides"),
        # after a date, any outlet's name in brackets
        ("Title\n\nBangui, July 24 (Radio Ndeke Luka) - The two sides signed.", "Bangui", "Radio Ndeke Luka"),
        ("Title\n\nJerusalem, Oct 16 (dpa) - A four-hour halt will be observed.", "Jerusalem", "dpa"),
    ],
)
def test_datelines_in_house_styles(text: str, place: str, agency: str) -> None:
    dateline = analyse(text).article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, agency)


def test_a_short_first_line_without_an_agency_after_it_is_no_header() -> None:
    assert analyse("Title\n\nShort line\n\nGENEVA – The talks went on.").article.dateline is None


def test_a_web_pages_published_line_stands_in_for_the_publication_date() -> None:
    text = "Title\n\nPublished: Nov 9, 2023 12:35 pm | Updated: Nov 9, 2023\n\nWASHINGTON: Israel agreed on Thursday."
    assert analyse(text, None).article.published == datetime.date(2023, 11, 9)


def test_a_published_line_with_a_zone_dateutil_does_not_know_gives_its_day() -> None:
    # "IST" made dateutil warn (an error under -W error, so segment was skipped): the zone is not needed
    text = "Title\n\nPublished - May 10, 2025 11:58 pm IST\n\nNEW DELHI, May 10 (PTI) India and Pakistan agreed."
    assert analyse(text, None).article.published == datetime.date(2025, 5, 10)


def test_a_published_line_without_a_year_or_not_a_date_gives_nothing() -> None:
    assert analyse("Title\n\nPublished: 32 Foo bar\n\nIsrael agreed on Thursday.", None).article.published is None
    assert analyse("Title\n\nPublished: Nov 9\n\nIsrael agreed on Thursday.", None).article.published is None


def test_an_updated_line_gives_the_publication_date_too() -> None:
    blog = "Title\n\nUpdated 23 May 2023, 18:55 GMT\n\n18:40 GMT — The truce held, the army said in a statement today."
    assert analyse(blog, None).article.published == datetime.date(2023, 5, 23)


def test_a_dateline_with_a_date_under_a_header_line() -> None:
    text = "Title\n\nJoint news release\n\nPORT SUDAN/NEW YORK/ROME, 5 November 2025 – The convoy arrived."
    dateline = analyse(text).article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.date) == ("Port Sudan/New York/Rome", datetime.date(2025, 11, 5))


def test_a_byline_line_with_a_dotted_day_dates_the_story() -> None:
    text = (
        "Truce collapses\n\nAddis Getachew and Merve Aydogan |21.03.2025 - Update : 21.03.2025\n\n"
        "ADDIS ABABA (AA) – A 10-day truce collapsed on Thursday."
    )
    report = ceasefire.parse(text)
    assert report.article.published == datetime.date(2025, 3, 21)
    assert report.article.dateline is not None
    assert report.article.dateline.agency == "AA"
    assert "ADDIS ABABA" not in {a.name for a in report.actors}  # where and by whom it was filed: no party


def test_each_bullet_of_a_list_is_a_sentence_of_its_own() -> None:
    text = (
        "Truce signed\n\nKey points:\n- Leaders of two warring clans have signed a truce for 14 days\n"
        "- At least 23 men were killed in an ambush last Monday\n* Police say officers will arrest anyone who breaks it"
    )
    article = ceasefire.parse(text, datetime.date(2025, 9, 15)).article
    sentences = [article.text[s.start : s.end] for s in article.sentences]
    assert sentences[-3:] == [
        "- Leaders of two warring clans have signed a truce for 14 days",
        "- At least 23 men were killed in an ambush last Monday",
        "* Police say officers will arrest anyone who breaks it",
    ]


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("August 31, 2007", datetime.date(2007, 8, 31)),
        ("Oct. 14, 2004", datetime.date(2004, 10, 14)),
        ("12 August 2025", datetime.date(2025, 8, 12)),
        ("By Hannah Price, BBC News\n\n6 May 2024", datetime.date(2024, 5, 6)),
        ("Fiona Mensah in Dakar\nMon 18 Nov 2024 10.42 GMT", datetime.date(2024, 11, 18)),
        ("By Amira Salih | 19 September 2024", datetime.date(2024, 9, 19)),
        ("by Kateryna Hordiienko September 17, 2025 1:52 PM 3 min read", datetime.date(2025, 9, 17)),
        ("December 3 - 2025 EL OBEID / PORT SUDAN", datetime.date(2025, 12, 3)),
        ("Tuesday, September 17, 2024", datetime.date(2024, 9, 17)),
        ("2025.04.08", datetime.date(2025, 4, 8)),
        ("Issued on: 14/02/2025 - 17:05", datetime.date(2025, 2, 14)),  # day first: 14 is no month
        ("04/23/2011", datetime.date(2011, 4, 23)),  # month first: 23 is no month
    ],
)
def test_a_short_line_above_the_story_with_a_full_date_dates_it(header: str, date: datetime.date) -> None:
    text = f"Title\n\n{header}\n\nThe two sides agreed a truce in the town, officials said, after weeks of fighting."
    assert analyse(text, None).article.published == date


def test_a_date_told_in_the_story_does_not_date_it() -> None:
    # a sentence, even wrapped at 80 columns, holds more words in lower case than a date line, or ends as one
    wrapped = (
        "Title\n\nThe two sides agreed a truce that had first been signed\n"
        "on June 1, 2019 in the town, officials said\n\nLater paragraph.\n"
    )
    assert analyse(wrapped, None).article.published is None
    assert analyse("Title\n\nThe war began on June 1, 2019.", None).article.published is None


def test_a_numeric_date_either_way_round_is_told_apart_by_the_lead_s_weekday() -> None:
    lead = "Bunia (AFP) - Two militias agreed on Sunday to extend a truce. It took effect on Thursday."
    # 10 March 2024 was a Sunday, 3 October 2024 a Thursday: the first sentence's news is Sunday's
    assert analyse(f"Title\n\nPublished on: 10/03/2024 - 17:52\n\n{lead}", None).article.published == (
        datetime.date(2024, 3, 10)
    )
    # no weekday told: neither reading is guessed
    assert analyse("Title\n\nIssued on: 06/09/2026\n\nThe truce held.", None).article.published is None
    # 12 January 2023 was a Thursday, 1 December 2023 a Friday: news of a Thursday told then or the day after
    thursday = "Port Sudan (AFP) - The RSF stormed the base on Thursday."
    assert analyse(f"Title\n\nPublished on 01/12/2023 - 14:20\n\n{thursday}", None).article.published is None
    # 8 November 2016 was a Tuesday, 11 August 2016 a Thursday: a Thursday to come is not the news's day
    to_come = "Moscow says guns will go quiet around the town, west of Aleppo, on Thursday."
    assert analyse(f"Title\n\n11/08/2016\n\n{to_come}", None).article.published is None
    # ... but a saying after the modal is the news: "will observe ... from Tuesday, Angola said on Monday"
    said = "Luanda (AFP) - The M23 will observe a ceasefire from Tuesday, Angola's presidency said on Monday."
    assert analyse(f"Title\n\nPublished on 06/03/2023 - 19:12\n\n{said}", None).article.published == (
        datetime.date(2023, 3, 6)
    )


def test_a_closing_first_published_line_dates_the_story() -> None:
    text = (
        "Title\n\nPENTICTON, B.C. - A pause in the winds helped crews on Tuesday.\n\n"
        "This report by The Canadian Press was first published Aug. 20, 2024."
    )
    assert analyse(text, None).article.published == datetime.date(2024, 8, 20)


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("GOMA, DR Congo, Aug 22, 2025 (AFP) - The M23 declared a truce.", datetime.date(2025, 8, 22)),
        ("Addis Abeba, November 03/2022 – The two sides signed a deal.", datetime.date(2022, 11, 3)),
        ("Deir el-Balah, Palestinian Territories, Oct 13, 2024 (AFP) - Israel agreed.", datetime.date(2024, 10, 13)),
        ("BOGOTA (2023-08-03) - A ceasefire began.", datetime.date(2023, 8, 3)),
    ],
)
def test_a_dateline_s_full_date_in_any_style_dates_the_story(lead: str, date: datetime.date) -> None:
    assert analyse(f"Title\n\n{lead}", None).article.published == date
