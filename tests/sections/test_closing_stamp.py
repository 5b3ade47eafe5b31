"""A page's closing stamp ends the chapter even when a short closing heading follows it."""

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

OPENING = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Corporate parenting\n\n"
    "Every councillor and officer of the Council is a corporate parent to the children in our "
    "care, and asks whether what we do is good enough for their own child.\n\n"
    "## Information sharing\n\n"
    "Staff keep what families tell them private and share it only where the law allows.\n\n"
)
CLOSING = (
    "Last updated: 4 March 2024\n\n"
    "## Contact the practice team\n\n"
    "Questions about this chapter go to the practice team's mailbox.\n"
)


def test_a_stamp_above_a_short_closing_heading_is_end_matter():
    outline = outline_of(OPENING + CLOSING, "markdown")
    assert_tiles(outline)
    assert [kind for kind, _start in kinds_and_starts(outline)][-2:] == ["end_matter", "other"]
    assert outline.sections[-2].text.startswith("Last updated: 4 March 2024")


def test_a_stamp_followed_by_a_long_section_stays_in_its_section():
    """Far from the end of the text, a stamp is part of the section it stands in."""
    later = (
        "## Key principles\n\n"
        + "The welfare of the child comes first in every plan we make with a family. " * 12
        + "\n"
    )
    outline = outline_of(OPENING + "Last updated: 4 March 2024\n\n" + later, "markdown")
    assert_tiles(outline)
    assert "end_matter" not in [section.kind for section in outline.sections]
