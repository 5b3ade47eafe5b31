"""Facts in wordings the 344th blind round showed the reader missing (decision 0509): an update
stamp set beside a publication date by a dash, the chapter's "present" text signed off on a day,
the changes of a numbered version that "came into use", a model "known across the county as" a
name or one "adopted" by the council that "goes by the name" of one, Acts by their initials that
the council "acts under", a basis it rests "mainly" on, a short name used again under a law
heading, principles given "such as" examples, and a housing priority care leavers "keep".
Written for these tests in our own words about invented councils; each near miss is a sentence
a careless reader would take."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(*paragraphs: str) -> str:
    return _TITLE + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "-"])
def test_an_update_set_beside_its_publication_by_a_dash_stamps_the_page(dash: str) -> None:
    text = _chapter(
        f"First published 3 April 2019 {dash} Updated 15 July 2025",
        "Scope",
        "This chapter covers the whole of the children's social care service in Ashgrove.",
    )

    assert str(facts_of(text)["last_updated"].value) == "2025-07-15"


def test_the_present_text_signed_off_on_a_day_dates_the_amendment() -> None:
    text = _chapter(
        "About this chapter",
        "Staff read this chapter in their first week. The present text was agreed by the "
        "leadership team on 12 May 2025; it replaces the text of 2022.",
    )

    assert str(facts_of(text)["amendment_date"].value) == "2025-05-12"


def test_the_changes_of_a_numbered_version_that_came_into_use_date_the_amendment() -> None:
    text = _chapter(
        "Scope",
        "This chapter applies to every team. The changes made in version 6 came into use on 2 "
        "June 2025, and most of them concern care leavers.",
    )

    assert str(facts_of(text)["amendment_date"].value) == "2025-06-02"


def test_changes_to_an_act_that_came_into_use_date_nothing() -> None:
    text = _chapter(
        "Scope",
        "This chapter applies to every team. Changes to the Act came into use on 2 June 2018, "
        "long before the service was reorganised.",
    )

    assert facts_of(text)["amendment_date"].value is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Since 2023 the service has followed a shared practice framework, known throughout "
            "the borough as Compass.",
            "Compass",
        ),
        ("The model chosen by the council in 2022 goes by the name Waymark.", "Waymark"),
    ],
)
def test_a_model_known_where_the_council_works_or_adopted_and_named_is_read(
    sentence: str, name: str
) -> None:
    text = _chapter("Our practice", sentence + " Workers are trained in it in their first year.")

    assert facts_of(text)["named_models"].value == [name]


def test_a_building_known_across_the_city_by_a_name_is_no_model() -> None:
    text = _chapter(
        "Our practice",
        "Families are seen at the family centre, known across the city as Harbour House, or in "
        "their own homes.",
    )

    assert facts_of(text)["named_models"].value == []


def test_acts_by_their_initials_that_the_council_acts_under_are_its_list() -> None:
    text = _chapter(
        "Introduction",
        "The service acts under the CA 1989, the CA 2004 and the C(LC)A 2000, and follows the "
        "guidance issued with them.",
    )

    assert facts_of(text)["legislation_count"].value == 3


def test_a_basis_the_policy_rests_mainly_on_is_stated() -> None:
    text = _chapter(
        "Introduction",
        "Our work rests mainly on the Children Act 1989 and the Children Act 2004.",
    )

    assert facts_of(text)["legislation_count"].value == 2


def test_a_short_name_used_again_under_a_law_heading_is_the_same_act() -> None:
    text = _chapter(
        "Legal framework",
        "The Children Act 1989 (CA 1989) gives the council most of its duties. The Children Act "
        "2004 and the Adoption and Children Act 2002 came later. Accommodation is provided under "
        "section 20 of the CA 1989.",
    )

    assert facts_of(text)["legislation_count"].value == 3


def test_principles_given_as_examples_are_counted_as_the_chapter_sets_them_out() -> None:
    text = _chapter(
        "Corporate parenting",
        "Councillors keep to the principles in the 2017 Act, such as acting in their best "
        "interests, listening to what they tell us and helping them to prepare for adulthood.",
    )

    assert facts_of(text)["corporate_parenting_principles"].value == 3


def test_examples_of_principles_counted_in_the_sentence_leave_the_count() -> None:
    text = _chapter(
        "Corporate parenting",
        "The law sets out seven principles for councillors, such as keeping children safe and "
        "preparing them for adulthood.",
    )

    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_a_housing_priority_care_leavers_keep_gives_no_support_age() -> None:
    text = _chapter(
        "Leaving care",
        "Every care leaver has a personal adviser until they are 21. Care leavers keep priority "
        "for social housing until they are 23.",
    )

    fact = facts_of(text)["leaving_care_support_age"]

    assert fact.value == {"age": 21, "extended": []}
    assert not fact.alternatives
