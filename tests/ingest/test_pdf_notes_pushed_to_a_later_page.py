"""Page-foot notes a maker pushed to a later page because the page holding their marks was full
(WeasyPrint's `float: footnote`; case document 27601): each is read where its mark stands, not
left out for want of a mark on its own page (blind round 276, decision 0408). In our own
words."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown


def _line(text: str, top: float, size: float = 10.0, marks: tuple[str, ...] = ()) -> TextLine:
    return TextLine(text, size, False, top, top + size, 50.0, 500.0, note_marks=marks)


def test_a_note_on_the_next_page_is_read_where_its_mark_stands() -> None:
    first = TextPage(
        595.0,
        842.0,
        (
            _line("Kinship carers are assessed within sixteen weeks.", 100.0, marks=("1",)),
            *(
                _line(f"Line {n} of a long paragraph about foster carers and", 114.0 + 14 * n)
                for n in range(40)
            ),
        ),
    )
    second = TextPage(
        595.0,
        842.0,
        (
            _line("their training, which runs every spring.", 100.0),
            _line("1 The assessment follows the fostering regulations.", 780.0, size=7.0),
        ),
    )

    text = pages_to_markdown([first, second])

    # read as the last sentence of the paragraph holding its mark (decision 0087)
    assert text.endswith(
        "which runs every spring. The assessment follows the fostering regulations."
    )
    assert "1 The assessment" not in text


def test_a_note_numbered_afresh_on_its_own_page_stays_with_that_page() -> None:
    first = TextPage(
        595.0,
        842.0,
        (
            _line("Kinship carers are assessed within sixteen weeks.", 100.0, marks=("1",)),
            _line("1 The assessment follows the fostering regulations.", 780.0, size=7.0),
        ),
    )
    second = TextPage(
        595.0,
        842.0,
        (
            _line("Special guardians are offered support groups.", 100.0, marks=("1",)),
            _line("1 The groups meet in the evenings.", 780.0, size=7.0),
        ),
    )

    text = pages_to_markdown([first, second])

    assert "sixteen weeks. The assessment follows the fostering regulations." in text
    assert "support groups. The groups meet in the evenings." in text
