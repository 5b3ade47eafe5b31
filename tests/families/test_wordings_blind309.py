"""Wordings the blind309 round measured (decision 0447), in councils' adaptations of the template
chapter: a local section on listening to the council's body of children in care names it by the
children it speaks for; a local section on the help given to kinship carers is the kinship care
principle; and a wish for every child from safety to adult life is the outcomes even after one
short sentence that turns to it from the topic before. Written for this test in our own words,
each with near misses."""

from __future__ import annotations

import pytest

from tests.sections.outline_helpers import section_kinds


@pytest.mark.parametrize(
    "heading",
    [
        "Listening to our Children in Care Council",
        "Consulting the Young People in Care Forum",
        "Hearing from the children and young people in care council",
    ],
)
def test_listening_to_a_body_of_children_in_care_is_consultation(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "key_principles"
    assert not cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading",
    ["The Children in Care Council", "Minutes of the Children in Care Council"],
)
def test_the_body_named_alone_is_no_consultation_cue(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "key_principles"


@pytest.mark.parametrize(
    "heading",
    ["Supporting kinship carers", "Support for kinship families", "Helping our kinship carers"],
)
def test_support_for_kinship_carers_hints_the_principles(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading",
    ["Assessing kinship carers", "Fees paid to kinship carers", "Supporting foster carers"],
)
def test_other_kinship_and_carer_headings_are_not_hinted(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "key_principles"


@pytest.mark.parametrize(
    "paragraph",
    [
        "That is what the values are for. We want every child in the district to be healthy, "
        "to stay safe, to do well at school and to grow into independent adults.",
        "Beliefs are tested by results! We want all our young people to be safe, to enjoy "
        "learning and to find work they like when they leave us.",
    ],
)
def test_a_short_turn_then_the_wish_for_every_child_is_the_outcomes(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) == "key_outcomes"


@pytest.mark.parametrize(
    "paragraph",
    [
        # The first sentence is no short turn: it is a topic of its own at length.
        "Parents are partners in their children's care and we explain our worries to them "
        "plainly and early. We want every child to be healthy, to do well at school and to "
        "grow into independent adults.",
        # The wish never reaches school or adult life.
        "That is what the values are for. We want every child to be safe and to feel loved.",
        # The sentence after the turn is not a wish for the children.
        "That is what the values are for. Staff want children to be safe at school and in "
        "adult life.",
    ],
)
def test_other_second_sentences_are_no_outcomes(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) != "key_outcomes"


_OPENING = (
    "# Policies, Values and Principles\n\n"
    "## Who this chapter is for\n\nThis chapter applies to every social worker, family support "
    "worker and foster carer working with the council.\n\n"
)


def test_a_turn_to_the_outcomes_closing_the_values_opens_its_own_section() -> None:
    text = (
        _OPENING + "## What matters to us\n\nWe are honest with families, we respect their "
        "faith and culture, and we put the child's welfare before every other concern.\n\n"
        "That is what the values are for. We want every child in the district to be healthy, "
        "to stay safe, to do well at school and to grow into independent adults.\n"
    )
    assert section_kinds(text, "markdown")[-2:] == ["values", "key_outcomes"]


def test_support_for_kinship_carers_between_principles_is_a_principle() -> None:
    text = (
        _OPENING + "## Keeping children with their families\n\nWe help parents to care for "
        "their children safely at home, and we ask relatives before strangers when they "
        "cannot.\n\n"
        "## Supporting kinship carers\n\nA grandmother or an uncle who takes in a child is "
        "offered training, a support group, a named worker and advice about allowances and "
        "special guardianship.\n\n"
        "## Sharing information\n\nWe share what we know about a family only when the law "
        "allows it and a child needs it.\n"
    )
    assert section_kinds(text, "markdown")[-2] == "key_principles"
