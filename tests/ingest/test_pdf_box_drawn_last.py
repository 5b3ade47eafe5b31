"""A Word text box set between paragraphs, which LibreOffice prints after all of the page's
text (blind round 252, decision 0379): PDFium gives its lines last, so they are put back where
they stand on the page; a box beside the text, or text that never goes back up, is read as
drawn."""

from __future__ import annotations

from app.ingest.pdf import TextLine
from app.ingest.pdf_layout import _box_drawn_last_in_place

BODY = 11.0


def _line(text: str, top: float, left: float = 90.0, right: float = 500.0) -> TextLine:
    return TextLine(text, BODY, False, top, top + 11.0, left, right)


def test_a_box_drawn_after_the_text_goes_back_between_its_paragraphs() -> None:
    heading = _line("How we work", 74.0)
    after = _line("Every team is trained in it in its first year.", 190.0)
    closing = _line("Reviewed each spring.", 360.0)
    box = [_line("Our model is called Open Doors: one worker", 100.0, 97.0),
           _line("stays with the family throughout.", 115.0, 97.0)]  # fmt: skip

    lines = [heading, after, closing, *box]

    assert _box_drawn_last_in_place(lines, BODY) == [heading, *box, after, closing]


def test_a_side_note_beside_the_text_is_read_as_drawn() -> None:
    lines = [
        _line("How we work", 74.0),
        _line("Every team is trained in the model.", 100.0, 90.0, 330.0),
        _line("in its first year by our own trainers.", 115.0, 90.0, 330.0),
        _line("Closing line.", 360.0),
        _line("See the training page", 100.0, 360.0, 500.0),
    ]

    assert _box_drawn_last_in_place(lines, BODY) == lines


def test_text_that_runs_down_the_page_is_left_alone() -> None:
    lines = [_line(f"line {n}", 74.0 + 15 * n) for n in range(6)]

    assert _box_drawn_last_in_place(lines, BODY) == lines
