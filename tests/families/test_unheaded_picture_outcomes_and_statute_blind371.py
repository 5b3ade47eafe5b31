"""Three wordings of blind round 371 (decision 0546), each written for this test in our own
words: the place pictured in a sentence with no verb of its own is the vision, and closing a
headed section of another kind it opens its own; the outcomes a child should have by the time
they leave care, with no "we want", are the outcomes; and Acts said to set the council's duties,
or cited under a heading that names statute, are the legislation list. Each negative case is a
sentence a careless rule would take."""

from __future__ import annotations

import pytest

from tests.reading import facts_of, read_kinds_and_headings


@pytest.mark.parametrize(
    "picture",
    [
        "An Ashleigh where children grow up near the people who love them, and where care is rare.",
        "A Thornby in which no family is left to struggle alone with a child in difficulty.",
        "A Market Lowick where every young person has somewhere to belong.",
    ],
)
def test_a_place_pictured_without_a_verb_is_the_vision(cues, picture: str) -> None:
    assert cues.content_kind(picture, near_end=False) == "vision"


@pytest.mark.parametrize(
    "sentence",
    [
        "A Social Worker where the case is complex will ask a manager for advice.",
        "A Thornby where the roads are repaired on time.",
        "An Ashleigh resident where the council holds a record may ask to see it.",
    ],
)
def test_other_sentences_opening_on_a_name_and_where_are_not(cues, sentence: str) -> None:
    assert cues.content_kind(sentence, near_end=False) != "vision"


def test_the_picture_closing_a_values_section_opens_the_vision() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## What we hold to be true\n\n"
        "Families know their children best, and we tell them honestly what worries us.\n\n"
        "An Ashleigh where children grow up near the people who love them, and where care is "
        "rare.\n\n"
        "## Parenting the children we look after\n\n"
        "The council is corporate parent to every child in its care.\n"
    )
    kinds = read_kinds_and_headings(text, "chapter.md")
    assert ("vision", None) in kinds


@pytest.mark.parametrize(
    "outcomes",
    [
        "By the time they leave us, young people in our care should be in good health, should "
        "have done well at school and should have a home to go to.",
        "Before they leave care, children should be healthy and safe, with exams passed and a "
        "trade or course ahead of them.",
        "When they leave our care, young people should enjoy good mental health and have the "
        "qualifications they need.",
    ],
)
def test_what_children_should_have_when_they_leave_care_is_the_outcomes(
    cues, outcomes: str
) -> None:
    assert cues.content_kind(outcomes, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "sentence",
    [
        "By the time they leave care, young people should have a pathway plan, their health "
        "records and a bank account, and know how to apply for education grants.",
        "When they leave care, young people should be told about the leaving care grant.",
    ],
)
def test_what_care_leavers_are_given_is_not_the_outcomes(cues, sentence: str) -> None:
    assert cues.content_kind(sentence, near_end=False) != "key_outcomes"


def test_outcomes_closing_a_values_section_open_their_own() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## What we hold to be true\n\n"
        "Families know their children best, and we tell them honestly what worries us.\n\n"
        "By the time they leave us, young people in our care should be in good health, should "
        "have done well at school and should have a home to go to.\n\n"
        "## Parenting the children we look after\n\n"
        "The council is corporate parent to every child in its care.\n"
    )
    kinds = read_kinds_and_headings(text, "chapter.md")
    assert ("key_outcomes", None) in kinds


HEAD = "Policies, Values and Principles\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The council's duties to children are set by the Children Act 1989, the Adoption and "
        "Children Act 2002 and the Children and Families Act 2014.",
        "Our responsibilities towards care leavers were fixed by the Children Act 1989, the "
        "Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017.",
        "Our duties are established by the Children Act 1989, the Children Act 2004 and the "
        "Children and Families Act 2014, and by the guidance made under them.",
    ],
)
def test_acts_said_to_set_the_duties_are_the_list(sentence: str) -> None:
    text = HEAD + "Where we begin\n\n" + sentence + "\n"
    assert facts_of(text)["legislation_count"].value == 3


def test_three_acts_in_passing_are_no_list() -> None:
    text = (
        HEAD + "Where we begin\n\nThe timetable was set by the manager after the Children Act "
        "1989, the Children Act 2004 and the Children and Families Act 2014 were discussed.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


@pytest.mark.parametrize("heading", ["Statute and guidance", "Our statutory basis", "Statutes"])
def test_acts_under_a_heading_naming_statute_are_the_list(heading: str) -> None:
    text = (
        f"# {HEAD}## {heading}\n\nWe follow the Children Act 1989 in all our work. "
        "The Children Act 2004 asks agencies to co-operate. The Children and Social Work Act "
        "2017 added the "
        "corporate parenting principles.\n\n## Families\n\nWe listen to families.\n"
    )
    assert facts_of(text, "chapter.md")["legislation_count"].value == 3


def test_acts_under_a_heading_naming_something_else_are_no_list() -> None:
    text = (
        f"# {HEAD}## Our history\n\nWe follow the Children Act 1989 in all our work. "
        "The Children Act 2004 asks agencies to co-operate. The Children and Social Work Act "
        "2017 added the "
        "corporate parenting principles.\n\n## Families\n\nWe listen to families.\n"
    )
    assert facts_of(text, "chapter.md")["legislation_count"].value == 0
