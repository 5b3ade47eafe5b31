"""Councillors going to see the children the council looks after open a corporate parenting
paragraph (misses68, decision 0482). Cases written for this test in our own words."""

import pytest

from tests.sections.helpers import outline_of


@pytest.mark.parametrize(
    "paragraph",
    [
        "Every councillor visits one of the borough's children's homes each year and tells "
        "the Cabinet what the children said.",
        "All our elected members meet young people in care at least twice a year.",
        "Each councillor of Ashvale Borough Council spends time at a children's home every spring.",
    ],
)
def test_members_seeing_the_children_in_care_is_corporate_parenting(cues, paragraph) -> None:
    assert cues.content_kind(paragraph, near_end=False) == "corporate_parenting"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Every councillor visits the schools in their ward once a term.",
        "Each elected member meets residents at a monthly surgery.",
        "Our social workers visit every children's home in the county.",
    ],
)
def test_other_visits_are_not_this_cue(cues, paragraph) -> None:
    assert cues.content_kind(paragraph, near_end=False) != "corporate_parenting"


def test_the_visits_open_their_own_section_in_an_unheaded_run() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Children are heard before anything is decided about them, and a child who disagrees "
        "with a plan is helped to say so to the person who can change it.\n\n"
        "Every councillor visits a children's home at least once a year and reports to full "
        "Council on what the young people there told them.\n\n"
        "We share what we know about a child only when it helps to keep them safe, and we "
        "record who we told and why.\n"
    )
    kinds = [section.kind for section in outline_of(text).sections]
    assert "corporate_parenting" in kinds
