"""Blind round 347 (decision 0512): a box's bold label inside a section does not make the next
heading of the same rank one of that section's parts.

A PDF whose call-out boxes ("Key point", "Practice note") stand beside the text reads each box
as a bold label line over the box's sentence, inside the section it stands beside. Two
sections of one kind in a row, each under a `##` heading, are siblings when the first says
something of its own (decision 0183); a bold paragraph line between them is a rank below the
`##` heading, whatever it is, so the second heading still opens its own section. Written for
these tests in our own words.
"""

import pytest

from tests.sections.helpers import assert_tiles, outline_of

PLACEMENT = (
    "## Finding a settled home\n\n"
    "We start planning a lasting home from a child's first week with us. Relatives and friends "
    "who know the child are asked first, and the plan is checked at each review.\n\n"
)
AFTERCARE = (
    "## Help after eighteen\n\n"
    "Young people who leave our care can turn to a personal adviser for help with a flat, "
    "money and college. The adviser keeps in touch at least every two months.\n"
)


@pytest.mark.parametrize("label", ["**Key point**", "**Practice note**", "**Remember**"])
def test_a_box_label_keeps_the_next_heading_a_sibling(label):
    text = (
        "# Our values and principles\n\n"
        + PLACEMENT
        + f"{label}\n\nThe plan for a lasting home is agreed within four months.\n\n"
        + AFTERCARE
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert "Finding a settled home" in headings
    assert "Help after eighteen" in headings
    box = next(s for s in outline.sections if s.heading == "Finding a settled home")
    assert "agreed within four months" in box.text


def test_a_sub_heading_set_by_heading_markup_still_takes_the_next_one_in():
    """The rule is about bold paragraph lines: a `###` part under `##` keeps decision 0183's
    reading, and a lead-in of one sentence over `###` parts still gathers them."""
    text = (
        "# Our values and principles\n\n"
        "## What we hold to\n\n"
        "We hold to a few plain values.\n\n"
        "### Honesty\n\n"
        "We tell families what worries us.\n\n"
        "### Respect\n\n"
        "We listen before we decide.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert "Respect" not in headings
