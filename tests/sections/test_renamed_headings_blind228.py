"""Renamed headings of template adaptations (decision 0349): a section of the children's own
voices or participation is the principles' consultation, "Measuring what matters" heads the
outcomes, and a heading hint yields to the kind model's clear preference where a later peer
heading names the hinted kind by its own cue. Written for this test in our own words, about
invented councils, with other wordings than the blind set's.
"""

import pytest

from tests.sections.outline_helpers import kinds_and_headings

TITLE = "# Children's Services Policies, Values and Principles\n\n"
VALUES = (
    "## Our values\n\nWe are honest with families, we respect what they know about their own "
    "lives and we keep our promises to children.\n\n"
)
VISION_TEXT = (
    "We want children here to be safe and loved, to be ready for adult life and, if they are "
    "in our care, to have a home that lasts.\n\n"
)
OUTCOMES_TEXT = (
    "We will count how many children stay safely at home, how often children in care move "
    "home or school, and how many care leavers are in education, training or work.\n\n"
)


@pytest.mark.parametrize(
    "heading", ["Young people's voice", "The child's voice", "Participation", "Your voice"]
)
def test_a_heading_of_the_childrens_voices_alone_is_consultation(heading: str) -> None:
    text = (
        TITLE + VALUES + f"## {heading}\n\nThe young people of our Children in Care Council "
        "meet each month, help to interview senior staff and visit our children's homes as "
        "young inspectors.\n\n"
    )
    assert kinds_and_headings(text, "markdown")[-1] == ("key_principles", heading)


@pytest.mark.parametrize(
    "heading", ["Measuring our success", "We will measure what matters", "Measuring progress"]
)
def test_measuring_headings_head_the_outcomes(heading: str) -> None:
    text = TITLE + VALUES + f"## {heading}\n\n" + OUTCOMES_TEXT
    assert kinds_and_headings(text, "markdown")[-1] == ("key_outcomes", heading)


def test_an_outcomes_hint_over_a_vision_yields_when_a_later_peer_heads_the_outcomes() -> None:
    text = (
        TITLE + VALUES + "## What do we want for our children?\n\n" + VISION_TEXT
        + "## Measuring what matters\n\n" + OUTCOMES_TEXT
    )  # fmt: skip
    assert kinds_and_headings(text, "markdown")[-2:] == [
        ("vision", "What do we want for our children?"),
        ("key_outcomes", "Measuring what matters"),
    ]


def test_without_a_later_outcomes_heading_the_hint_stands() -> None:
    # near-miss: nothing else in the chapter heads the outcomes, so the hint keeps its kind
    text = TITLE + VALUES + "## What do we want for our children?\n\n" + VISION_TEXT
    assert kinds_and_headings(text, "markdown")[-1] == (
        "key_outcomes",
        "What do we want for our children?",
    )


def test_a_sub_heading_naming_the_hinted_kind_does_not_take_it_away() -> None:
    # near-miss: the outcomes named by the hinted section's own sub-heading are its parts
    text = (
        TITLE + VALUES + "## What do we want for our children?\n\n" + VISION_TEXT
        + "### Key outcomes\n\n" + OUTCOMES_TEXT
    )  # fmt: skip
    assert ("key_outcomes", "What do we want for our children?") in kinds_and_headings(
        text, "markdown"
    )
