"""A heading right under a table set out by spaces, with no blank line between, as a page copied
from a browser leaves it (decision 0199): the line that is no row, over prose, names the prose;
it is not the table's last line.

Each case is written for this test in our own words.
"""

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

TABLE = (
    "Children's Services Policies, Values and Principles\n"
    "Amendments\n"
    "Date          Change\n"
    "May 2022      First published\n"
    "April 2025    Contacts updated\n"
)


def test_a_line_between_a_table_and_prose_is_a_heading() -> None:
    text = (
        TABLE + "Introduction\n"
        "We work with children and families within the law and the guidance that goes with it, "
        "and this chapter explains how.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == ["title", "scope", "introduction"]
    assert outline.sections[2].heading == "Introduction"


def test_a_line_between_a_table_and_another_short_line_is_no_heading() -> None:
    text = TABLE + "Introduction\nSee also\n"
    outline = outline_of(text)
    assert_tiles(outline)
    assert all(section.heading != "Introduction" for section in outline.sections)
