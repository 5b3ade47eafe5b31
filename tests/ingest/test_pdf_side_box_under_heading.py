"""A sidebar box painted right after the heading that opens a page (a slide's heading band, then
a "Key facts" box, then the text beside it) is read after the paragraph it stands beside, not
between the heading and its text (decision 0423). Each passage is in our own words."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 12.0


def _line(
    text: str,
    top: float,
    *,
    left: float = 50.0,
    right: float = 460.0,
    size: float = BODY,
    bold: bool = False,
) -> TextLine:
    return TextLine(text, size, bold, top, top + size * 1.2, left, right, colour=0)  # fmt: skip


def _page(lines: list[TextLine]) -> list[str]:
    page = TextPage(width=842.0, height=595.0, lines=tuple(lines))
    return pages_to_markdown([page]).split("\n\n")


def _slide(box_left: float = 560.0, heading_size: float = 22.0) -> list[TextLine]:
    return [
        _line("Who this is for", 45, right=300, size=heading_size, bold=heading_size > BODY),
        _line("At a glance", 130, left=box_left, right=700, bold=True),
        _line("Lead: Head of Fostering", 150, left=box_left, right=760, size=10),
        _line("Updated: January 2026", 166, left=box_left, right=740, size=10),
        _line("This guide is for foster carers in Dunmere and the social", 130),
        _line("workers who support them in their homes.", 145, right=330),
        _line("Managers should share it with every new carer.", 175, right=420),
        _line("Our promise to carers", 260, right=320, size=16, bold=True),
    ]


def test_a_box_painted_after_the_page_heading_follows_the_paragraph_beside_it() -> None:
    blocks = _page(_slide())

    assert [block.lstrip("# ") for block in blocks] == [
        "Who this is for",
        "This guide is for foster carers in Dunmere and the social workers who support them in "
        "their homes.",
        "Managers should share it with every new carer.",
        "**At a glance**",
        "Lead: Head of Fostering",
        "Updated: January 2026",
        "Our promise to carers",
    ]


def test_a_box_near_the_text_or_under_body_type_keeps_the_order_drawn() -> None:
    near_the_text = _page(_slide(box_left=120.0))
    under_body_type = _page(_slide(heading_size=BODY))

    assert near_the_text[1] == "**At a glance**"
    assert under_body_type[1] == "**At a glance**"


def test_text_in_the_margin_left_of_the_heading_is_no_box_s_neighbour() -> None:
    """A running title set in the left margin beside a page's body (drawn after it) is no text
    beside a box: the body under the heading stays whole, in the order drawn."""
    lines = [
        _line("Who this is for", 45, left=140, right=300, size=16, bold=True),
        _line("This guide is for foster carers in Dunmere and the social", 70, left=140),
        _line("workers who support them in their homes.", 85, left=140, right=380),
        _line("Fostering Handbook", 72, left=30, right=110, size=8),
    ]

    blocks = _page(lines)

    assert blocks[1].startswith("This guide is for foster carers")
