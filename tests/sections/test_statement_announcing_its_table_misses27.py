"""A section's one whole sentence that points ahead to the table closing the section has said its
piece (decision 0217): "Support after care", a full-stopped sentence announcing "the following
help" and the table of that help, then a heading of the same kind at the same rank, are two
sections. A lead-in that hands over with a colon, or is too short to be a statement, still
introduces the heading after its table (decision 0121), and so does a pointing sentence with no
table after it."""

from __future__ import annotations

from app.sections.assemble import _says_it_at_length
from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Care Leavers Local Offer\n\n"
_TABLE = (
    "Help | Who can ask\n"
    "A named worker | Everyone aged 16 to 21\n"
    "A setting-up-home grant | Anyone moving into their first tenancy\n\n"
)
_AFTER = (
    "## Permanence\n\n"
    "- Every child in care has a plan for a settled home by their second review.\n"
    "- Every plan names who will look after the child when they leave care.\n"
)


def _headings(intro: str) -> list[str | None]:
    outline = outline_of(_TITLE + intro + _AFTER, "markdown")
    assert_tiles(outline)
    return [section.heading for section in outline.sections]


def test_a_statement_pointing_ahead_to_its_closing_table_has_said_its_piece() -> None:
    assert _says_it_at_length(
        "Young people who leave our care can ask us for the following help.\n\n" + _TABLE
    )


def test_the_same_statement_without_a_table_after_it_stays_a_lead_in() -> None:
    assert not _says_it_at_length(
        "Young people who leave our care can ask us for the following help."
    )


def test_a_colon_or_a_short_lead_in_before_a_table_stays_a_lead_in() -> None:
    assert not _says_it_at_length(
        "Young people who leave our care can ask us for the following help:\n\n" + _TABLE
    )
    assert not _says_it_at_length("The help is listed below.\n\n" + _TABLE)


def test_the_heading_after_the_announced_table_opens_its_own_section() -> None:
    intro = (
        "## Support after care\n\n"
        "Young people who leave our care can ask us for the following help.\n\n" + _TABLE
    )
    headings = _headings(intro)
    assert "Support after care" in headings
    assert "Permanence" in headings


def test_a_colon_lead_in_and_its_table_still_take_the_heading_after_them_in() -> None:
    intro = "## Support after care\n\nThe help we give is set out below:\n\n" + _TABLE
    headings = _headings(intro)
    assert "Permanence" not in headings
