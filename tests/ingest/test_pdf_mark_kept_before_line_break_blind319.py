"""A raised footnote mark that PDFium keeps with the words before it, breaking the printed line
there, does not end the paragraph: the rest of the line, which starts where the mark ends on the
same baseline, is joined back, and the note is read where its mark stands, not after the whole
paragraph, where other sentences would part it from the one it qualifies (decision 0461)."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 11.0
PITCH = 14.0
LEFT = 72.0
RIGHT = 520.0


def _line(
    text: str, row: int, *, left: float = LEFT, right: float = RIGHT, marks: tuple[str, ...] = ()
) -> TextLine:
    top = 100.0 + row * PITCH
    return TextLine(text, BODY, False, top, top + BODY * 1.15, left, right, note_marks=marks)


def _note(text: str, top: float) -> TextLine:
    return TextLine(text, 9.0, False, top, top + 10.0, LEFT, 430.0)


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


def _paragraphs(gap: float) -> list[str]:
    lines = [
        _line("Foster carers are paid an allowance for each child, reviewed every", 0),
        _line("April by the fostering panel.", 1, right=240.0, marks=("4",)),
        _line("Carers are told of the new rates in", 1, left=240.0 + gap),
        _line("writing before the change takes effect.", 2, right=300.0),
        _line("Training is offered to every carer in their first year.", 4, right=420.0),
        _note("4 The panel's terms of reference are kept by its clerk.", 790.0),
    ]
    return pages_to_markdown([_page(lines)]).split("\n\n")


def test_the_rest_of_a_line_broken_at_a_kept_mark_carries_the_paragraph_on_after_the_note() -> None:
    assert _paragraphs(gap=3.0) == [
        "Foster carers are paid an allowance for each child, reviewed every April by the "
        "fostering panel. The panel's terms of reference are kept by its clerk. Carers are told "
        "of the new rates in writing before the change takes effect.",
        "Training is offered to every carer in their first year.",
    ]


def test_text_far_to_the_right_of_a_mark_is_not_taken_for_the_same_line() -> None:
    paragraphs = _paragraphs(gap=40.0)

    assert not paragraphs[0].startswith(
        "Foster carers are paid an allowance for each child, reviewed every April by the "
        "fostering panel. Carers are told"
    )
