"""A table the page break cuts (three rows at the foot of one page, two at the head of the next)
is one table in the text, so a count of its rows (the corporate parenting principles) is the
whole table's, not the first page's part."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0
LEFT = 60.0


def _row(text: str, top: float, left: float = LEFT, cells: int = 2) -> TextLine:
    return TextLine(text, BODY, False, top, top + 11.5, left, 500.0, cells=cells)


def _text(text: str, top: float) -> TextLine:
    return TextLine(text, BODY, False, top, top + 11.5, LEFT, 520.0)


def _page(lines: list[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


def test_rows_at_the_head_of_the_next_page_carry_on_the_table() -> None:
    first = _page(
        [
            _text("We keep to each principle in these ways:", 700),
            _row("Principle | What we do", 720),
            _row("Best interests | Health checks on time", 740),
            _row("Their views | A children's council", 760),
        ]
    )
    second = _page(
        [
            _row("Aspiration | Bursaries for college", 80),
            _row("Adulthood | Practice flats", 100),
            _text("Staff are trained in all of this.", 130),
        ]
    )
    blocks = pages_to_markdown([first, second]).split("\n\n")
    assert blocks[1].splitlines() == [
        "Principle | What we do",
        "Best interests | Health checks on time",
        "Their views | A children's council",
        "Aspiration | Bursaries for college",
        "Adulthood | Practice flats",
    ]


def test_a_table_of_other_columns_on_the_next_page_is_a_table_of_its_own() -> None:
    first = _page(
        [
            _row("Principle | What we do", 720),
            _row("Best interests | Health checks on time", 740),
        ]
    )
    second = _page(
        [
            _row("Act | Year | Part", 80, cells=3),
            _row("Children Act | 1989 | all", 100, cells=3),
        ]
    )
    blocks = pages_to_markdown([first, second]).split("\n\n")
    assert len(blocks) == 2
