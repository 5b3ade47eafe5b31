"""Two layouts of slide decks and paged files that blind set 339 showed the reader splitting into
sections with nothing of their own (decision 0499): a heading said again with "(continued)" over
the rest of a part that ran over onto the next slide or page, and a title slide's lines (what the
deck is, then the council's name) set in bold under the title.

Each case is written for this test in our own words; each negative case is a layout a careless
rule would take the same way.
"""

from __future__ import annotations

import pytest

from tests.sections.outline_helpers import headings_of, kinds_and_headings


def _ran_over(second: str, first: str = "Planning for a settled home") -> str:
    return (
        "# Our Principles for Children's Services\n\n"
        f"## {first}\n\n"
        "Every child we look after needs to know where they will grow up.\n\n"
        "1. a plan is drawn up early\n\n2. the child is asked what they want\n\n"
        f"## {second}\n\n"
        "3. the plan is checked at each review\n\n4. brothers and sisters stay together\n\n"
        "## Keeping records safe\n\nWe share what we hold only where the law allows it.\n"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Planning for a settled home (continued)",
        "Planning for a settled home \u2013 cont'd",
        "PLANNING FOR A SETTLED HOME (CONTINUED)",
    ],
)
def test_a_heading_said_again_as_continued_starts_no_section(heading: str) -> None:
    assert headings_of(_ran_over(heading), "markdown") == [
        "Our Principles for Children's Services",
        "Planning for a settled home",
        "Keeping records safe",
    ]


def test_a_continued_heading_over_another_part_is_left_a_heading() -> None:
    headings = headings_of(_ran_over("Leaving care (continued)"), "markdown")
    assert "Leaving care (continued)" in headings


_SLIDE = (
    "# Children's Services Policies and Principles\n\n"
    "**Family Help Service \u2013 induction pack**\n\n"
    "**{second}**\n\n"
    "## Who this pack is for\n\n"
    "Everyone who joins the Family Help Service in their first month.\n\n"
    "## What we believe\n\n"
    "Children do best when the adults around them are listened to and supported.\n"
)


def test_a_title_slides_lines_naming_the_council_stand_with_the_title() -> None:
    sections = kinds_and_headings(_SLIDE.format(second="Ravensholt District Council"), "markdown")
    assert sections[0] == ("title", "Children's Services Policies and Principles")
    assert [heading for _, heading in sections[1:]] == ["Who this pack is for", "What we believe"]


def test_bold_lines_under_the_title_naming_no_council_are_left_as_they_were() -> None:
    headings = headings_of(_SLIDE.format(second="Practice guidance for new staff"), "markdown")
    assert "Family Help Service \u2013 induction pack" in headings
