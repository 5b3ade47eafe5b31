"""Two same-kind headings marked up in different ways are siblings when the chapter has shown
both ways as its section headings, each over at least two earlier sections of other kinds
(decision 0399): an editor who heads sections now with a bold paragraph and now with a heading
style ranks them alike. Written for this test in our own words.
"""

from __future__ import annotations

from tests.sections.outline_helpers import kinds_and_headings

TITLE = "# Family Help Policies\n\n"
OPENING = (
    "**Who should read this**\n\nThis chapter is for every worker in the family help teams. "
    "It explains the beliefs behind the procedures.\n\n"
    "## The law we follow\n\nThe Children Act 1989 and the Children Act 2004 give us our "
    "duties.\n\n"
    "**Working together**\n\nSchools, health visitors and the police tell us early "
    "when a family needs help, and we plan with them.\n\n"
    "## Our values\n\nWe are honest with families. We keep our promises to children.\n\n"
)
PERMANENCE = (
    "A permanence plan is agreed for every child in care within four months. Relatives are "
    "always considered first.\n\n"
)
LEAVING = "Care leavers keep a personal adviser until they are 21, or 25 if they ask.\n"


def test_a_bold_line_then_a_heading_of_one_kind_are_siblings() -> None:
    text = (
        TITLE
        + OPENING
        + "**Planning for permanence**\n\n"
        + PERMANENCE
        + "## Support for care leavers\n\n"
        + LEAVING
    )
    read = kinds_and_headings(text, "markdown")
    assert read[-2:] == [
        ("key_principles", "Planning for permanence"),
        ("key_principles", "Support for care leavers"),
    ]


def test_a_heading_then_a_bold_line_of_one_kind_are_siblings() -> None:
    text = (
        TITLE
        + OPENING
        + "## Planning for permanence\n\n"
        + PERMANENCE
        + "**Support for care leavers**\n\n"
        + LEAVING
    )
    read = kinds_and_headings(text, "markdown")
    assert read[-2:] == [
        ("key_principles", "Planning for permanence"),
        ("key_principles", "Support for care leavers"),
    ]


def test_one_bold_line_beside_headings_shows_no_rank() -> None:
    opening = (
        "## Who should read this\n\nThis chapter is for every worker in the family help "
        "teams. It explains the beliefs behind the procedures.\n\n"
        "## The law we follow\n\nThe Children Act 1989 and the Children Act 2004 give us our "
        "duties.\n\n"
        "**Working together**\n\nSchools, health visitors and the police tell us early "
        "when a family needs help, and we plan with them.\n\n"
    )
    text = (
        TITLE
        + opening
        + "## Planning for permanence\n\n"
        + PERMANENCE
        + "**Support for care leavers**\n\n"
        + LEAVING
    )
    assert ("key_principles", "Support for care leavers") not in kinds_and_headings(
        text, "markdown"
    )
