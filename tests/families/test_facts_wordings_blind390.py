"""Facts in wordings the 390th blind round showed the reader missing (decision 0575): Acts cited
with their year before the title, support counted in years after leaving care (the age of
leaving named first, or more years after the first count), a model named by a heading that
shows it "in practice" or by "known … as" after a clause about how it came about, one member
approving this revision of the chapter, and a "What changed" line dated by a month or by a
season with its year in brackets. Written for these tests in our own words about invented
councils; each near miss is a sentence a careless reader would take."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(*paragraphs: str) -> str:
    return _TITLE + "\n\n".join(paragraphs) + "\n"


def test_acts_cited_year_first_under_a_law_heading_are_the_list() -> None:
    text = _chapter(
        "Where our duties come from",
        "The county's duties to children in need come mainly from the 1989 Children Act, and "
        "its duty to work with partners from the 2004 Children Act. The 2000 Children "
        "(Leaving Care) Act shaped what care leavers are owed.",
        "Our values",
        "We are honest with families.",
    )

    items = facts_of(text)["legislation"].value
    assert [(item["instrument"], item["year"]) for item in items] == [
        ("Children Act", 1989),
        ("Children Act", 2004),
        ("Children (Leaving Care) Act", 2000),
    ]


def test_a_year_before_act_alone_refers_back_and_adds_no_item() -> None:
    text = _chapter(
        "The law",
        "Our duties come from the Children Act 1989, the Children Act 2004 and the Children and "
        "Social Work Act 2017. Part 3 of the 1989 Act covers children in need.",
    )

    assert facts_of(text)["legislation_count"].value == 3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "When a young person leaves our care at 18, an adviser stays in touch for the "
            "following three years.",
            (21, []),
        ),
        (
            "Each young person keeps an adviser for 3 years after leaving care at 18, and for a "
            "further 4 years after that while they are at university.",
            (21, [25]),
        ),
        (
            "Every care leaver has a personal adviser for three years after they leave care at "
            "18, and for another four years if they ask.",
            (21, [25]),
        ),
    ],
)
def test_support_counted_in_years_after_leaving_care_gives_the_ages(
    sentence: str, expected: tuple[int, list[int]]
) -> None:
    text = _chapter("Leaving care", sentence)

    value = facts_of(text)["leaving_care_support_age"].value
    assert (value["age"], [item["age"] for item in value["extended"]]) == expected


def test_more_years_past_an_adult_age_are_no_extension() -> None:
    text = _chapter(
        "Leaving care",
        "A personal adviser works with each care leaver for three years after they leave care "
        "at 18, and for twenty more years after that if they ask.",
    )

    value = facts_of(text)["leaving_care_support_age"].value
    assert (value["age"], value["extended"]) == (21, [])


def test_a_model_shown_in_practice_by_its_heading_is_named() -> None:
    text = _chapter(
        "Our values",
        "We listen first.",
        "Harbour Light in action",
        "The model asks workers to meet the whole family before any plan is written.",
    )

    assert facts_of(text)["named_models"].value == ["Harbour Light"]


def test_a_heading_in_practice_over_no_model_sentence_names_nothing() -> None:
    text = _chapter(
        "Our values",
        "We listen first.",
        "Safeguarding in practice",
        "Every referral is answered within a day.",
    )

    assert not facts_of(text)["named_models"].value


def test_a_model_known_by_a_name_after_a_clause_is_named() -> None:
    text = _chapter(
        "How we practise",
        "Every social worker follows a single approach, written with care leavers in 2023 and "
        "known across the borough as Stillwater.",
    )

    assert facts_of(text)["named_models"].value == ["Stillwater"]


def test_one_member_approving_this_revision_of_the_chapter_dates_it() -> None:
    text = _chapter(
        "About this chapter",
        "The Cabinet Member for Families approved this revision of the chapter on 4 Mar 2025 "
        "and asked for it to be shared with schools.",
    )

    assert str(facts_of(text)["amendment_date"].value) == "2025-03-04"


def test_a_member_approving_another_document_dates_nothing() -> None:
    text = _chapter(
        "About this chapter",
        "This chapter is for all staff. The Cabinet Member approved the sufficiency plan on 4 "
        "Mar 2025.",
    )

    assert facts_of(text)["amendment_date"].value is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("What changed in May 2025:", "2025-05"),
        ("What changed this autumn (2024)", "2024"),
        ("What changed \u2013 Nov 2025", "2025-11"),
    ],
)
def test_a_what_changed_line_over_the_changes_dates_the_amendment(
    label: str, expected: str
) -> None:
    text = _chapter(
        "About this chapter",
        "This chapter is for all staff.",
        label,
        "- The section on kinship care was rewritten.\n- Two links were mended.",
    )

    assert str(facts_of(text)["amendment_date"].value) == expected


def test_what_changed_since_a_date_names_the_edition_before() -> None:
    text = _chapter(
        "About this chapter",
        "This chapter is for all staff.",
        "What changed since May 2023:",
        "- The section on kinship care was rewritten.",
    )

    assert facts_of(text)["amendment_date"].value is None


def test_a_year_closing_one_title_does_not_open_the_next() -> None:
    text = _chapter(
        "Legislation",
        "The main legislation is: Children Act 1989 Children Act 2004 Children (Leaving Care) "
        "Act 2000 Children and Families Act 2014",
    )

    items = facts_of(text)["legislation"].value
    assert [(item["instrument"], item["year"]) for item in items] == [
        ("Children Act", 1989),
        ("Children Act", 2004),
        ("Children (Leaving Care) Act", 2000),
        ("Children and Families Act", 2014),
    ]
