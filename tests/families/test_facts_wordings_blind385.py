"""Facts in wordings the 385th blind round showed the reader missing (decision 0567): an edition
that supersedes another or retires it, an edition put out or brought out on a date, the body that
agreed the text named as the subject of its clause, a chapter issued "as Version N", Acts cited
only by their initials under a heading naming the duties behind the work, a provision lettered
after its number ("section 10A of the 1989 Act"), and a model the council uses "what we call …",
rests on, or calls by a name in the third person. Written for these tests in our own words about
invented councils; each near miss is a sentence a careless reader would take."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(*paragraphs: str) -> str:
    return _TITLE + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "This version, signed off by the Service Manager on 3 March 2025, supersedes the one "
            "issued in May 2022.",
            "2025-03-03",
        ),
        (
            "This edition was brought out in June 2024 and withdraws the edition of May 2021.",
            "2024-06",
        ),
        (
            "Marrick gave this chapter a new number, effective from 1 August 2025; the "
            "leadership team agreed its wording in July 2025.",
            "2025-07",
        ),
    ],
)
def test_the_current_edition_dated_in_new_words_dates_the_amendment(
    sentence: str, expected: str
) -> None:
    text = _chapter("About this chapter", sentence + " Staff in Orrowby should read it first.")

    assert str(facts_of(text)["amendment_date"].value) == expected


def test_a_board_that_approved_a_plan_dates_no_amendment() -> None:
    text = _chapter(
        "About this chapter",
        "This chapter is meant for all staff. The Corporate Parenting Board approved the "
        "sufficiency plan in July 2025.",
    )

    assert facts_of(text)["amendment_date"].value is None


def test_an_edition_retired_by_the_new_one_is_no_amendment() -> None:
    text = _chapter(
        "About this chapter",
        "This edition retires the one issued in April 2023. It is meant for all staff.",
    )

    assert facts_of(text)["amendment_date"].value is None


def test_a_chapter_issued_as_a_numbered_version_gives_the_label() -> None:
    text = _chapter(
        "About this chapter",
        "Tarnbury published this chapter as Version 4.1 after a review by its practice leads.",
    )

    assert facts_of(text)["version_label"].value == "4.1"


def test_acts_cited_by_initials_under_the_duties_behind_the_work_are_the_list() -> None:
    text = _chapter(
        "The duties behind the service",
        "Children who cannot live at home may be accommodated (s.20 CA 1989). Every agency must "
        "keep safeguarding in mind (s.11 CA 2004). The council must act as a good parent would "
        "(s.1 CSWA 2017).",
        "Our values",
        "We keep our promises.",
    )

    assert facts_of(text)["legislation_count"].value == 3


def test_a_lettered_provision_before_a_short_name_adds_no_act() -> None:
    text = _chapter(
        "The law",
        "Our duties come from section 17 of the Children Act 1989, section 11 of the Children "
        "Act 2004 and section 1 of the Children and Social Work Act 2017, and the duty to "
        "young people staying with former foster carers from section 23CZA of the 1989 Act.",
    )

    assert facts_of(text)["legislation_count"].value == 3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our teams use what we call Bright Harbour, a model of listening first.",
            "Bright Harbour",
        ),
        (
            "Social work in Moorby rests on 'Tidewater', the county's own approach.",
            "Tidewater",
        ),
        ("Corbridge calls its model of practice Longview.", "Longview"),
        ('The council calls its practice model "Steady Ground".', "Steady Ground"),
    ],
)
def test_a_model_named_in_new_words_is_named(sentence: str, expected: str) -> None:
    text = _chapter("How we practise", sentence + " Every worker is trained in it.")

    assert facts_of(text)["named_models"].value == [expected]


def test_what_we_call_a_route_for_referrals_is_no_model() -> None:
    text = _chapter(
        "How we practise",
        "Schools use what we call the Front Door, a phone line for referrals.",
    )

    assert not facts_of(text)["named_models"].value
