"""Blind round 347 (decision 0512): two shapes of a designed PDF page.

A side bar down the page's margin carries a label turned a quarter turn ("Wrenbury Council ·
Family Services Manual" running up the bar) on every page: a running line on its side, page
furniture like a running header; the same label on one page only stays. Boxes floated beside
the text ("Key point", "Practice note"), which the PDF paints before the page's text, are read
after the paragraph they stand beside, not before the page's first line. Written for these
tests in our own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0
PITCH = 15.0
LEFT = 108.0
WIDTH, HEIGHT = 595.0, 842.0
BAR_LABEL = "Wrenbury Council · Family Services Manual"


def _line(text: str, top: float, *, left: float = LEFT, right: float = 520.0) -> TextLine:
    return TextLine(text, BODY, False, top, top + 11.5, left, right)


def _heading(text: str, top: float) -> TextLine:
    return TextLine(text, 12.5, True, top, top + 14.5, LEFT, LEFT + 8 * len(text))


def _turned(text: str) -> TextLine:
    """A label set up the margin: a tall, narrow line box."""
    return TextLine(text, BODY, True, 230.0, 580.0, 34.0, 45.5)


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=WIDTH, height=HEIGHT, lines=tuple(lines))


def _body_page(first: str) -> list[TextLine]:
    return [
        _heading(first, 100.0),
        _line("Our staff visit every child at home and listen to what the child says about", 120.0),
        _line("school, friends and the people who look after them day to day.", 135.0),
        _heading("Working with schools", 170.0),
        _line("Designated teachers meet our workers each term to plan together for the", 190.0),
        _line("children in care on their roll.", 205.0),
    ]


def test_a_label_up_the_side_bar_of_every_page_is_page_furniture():
    pages = [
        _page([*_body_page("Listening to children"), _turned(BAR_LABEL)]),
        _page([*_body_page("Visits and reviews"), _turned(BAR_LABEL)]),
        _page([*_body_page("Keeping records"), _turned(BAR_LABEL)]),
    ]
    text = pages_to_markdown(pages)
    assert "Family Services Manual" not in text
    assert "Designated teachers meet our workers" in text


def test_a_label_turned_on_one_page_only_stays():
    pages = [
        _page([*_body_page("Listening to children"), _turned(BAR_LABEL)]),
        _page(_body_page("Visits and reviews")),
        _page(_body_page("Keeping records")),
    ]
    assert "Family Services Manual" in pages_to_markdown(pages)


def test_a_level_line_repeated_mid_page_is_not_taken_for_a_turned_one():
    repeated = _line("Every child should know who their social worker is.", 400.0)
    pages = [_page([*_body_page(name), repeated]) for name in ("One", "Two", "Three")]
    assert pages_to_markdown(pages).count("Every child should know who their social") == 3


def _boxed_page() -> TextPage:
    box_left = 380.0
    box = [
        TextLine("Key point", 9.0, True, 190.0, 200.5, box_left, 430.0),
        _line("Visits happen at least", 203.0, left=box_left, right=500.0),
        _line("every six weeks.", 216.0, left=box_left, right=470.0),
        TextLine("Practice note", 9.0, True, 330.0, 340.5, box_left, 450.0),
        _line("Write the record on", 343.0, left=box_left, right=490.0),
        _line("the day of the visit.", 356.0, left=box_left, right=480.0),
    ]
    text = [
        _heading("Visiting children", 160.0),
        _line("A social worker sees each child in care", 180.0, right=340.0),
        _line("alone at every visit, and talks with the", 195.0, right=340.0),
        _line("carers afterwards about how the child is.", 210.0, right=345.0),
        _line("Visits are planned with the child.", 235.0, right=330.0),
        _heading("Records", 300.0),
        _line("Records are written so that the child", 320.0, right=335.0),
        _line("could read them one day and understand", 335.0, right=338.0),
        _line("why decisions were made.", 350.0, right=300.0),
        _heading("Sharing information", 400.0),
        _line("Information is shared only when a child's safety or a service needs it.", 420.0),
    ]
    return _page([*box, *text])


def test_floated_boxes_follow_the_paragraph_beside_them():
    text = pages_to_markdown([_boxed_page()])
    order = [
        "Visiting children",
        "carers afterwards about how the child is.",
        "Key point",
        "every six weeks.",
        "Visits are planned with the child.",
        "Records",
        "why decisions were made.",
        "Practice note",
        "the day of the visit.",
        "Sharing information",
    ]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions), text
