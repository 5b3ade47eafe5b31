"""A running header printed only from the second page on, which writes the document's title
beside other words ("Council - Title"): a two-page document shows it once, so the repetition
rule cannot find it; the title under a separator at the top edge does."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 11.0


def _line(text: str, top: float, *, size: float = BODY) -> TextLine:
    return TextLine(text, size, False, top, top + size, 60.0, 60.0 + 5.0 * len(text))


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=792.0, lines=tuple(lines))


def _paragraph(first_top: float, sentences: Sequence[str]) -> list[TextLine]:
    return [_line(sentence, first_top + 14.5 * n) for n, sentence in enumerate(sentences)]


_FIRST_PAGE = _page(
    [
        _line("Brackenford Borough - Family Services Handbook", 38.0),
        _line("Our Commitments to Children", 76.0, size=26.0),
        *_paragraph(120.0, ["We listen to children before we decide anything.", "We keep"]),
    ]
)


def test_the_title_under_a_separator_atop_a_later_page_is_its_header() -> None:
    second = _page(
        [
            _line("Brackenford Borough - Our Commitments to Children", 38.0),
            *_paragraph(74.0, ["our promises and say so when we cannot.", "We plan early."]),
        ]
    )

    text = pages_to_markdown([_FIRST_PAGE, second])

    assert "Brackenford Borough" not in text
    assert "Family Services Handbook" not in text
    assert "say so when we cannot." in text


def test_a_sentence_that_names_the_title_at_the_top_of_a_page_is_kept() -> None:
    second = _page(
        _paragraph(
            38.0,
            [
                "Staff read - Our Commitments to Children - with every new family and",
                "explain it in plain words.",
            ],
        )
    )

    text = pages_to_markdown([_FIRST_PAGE, second])

    assert "Staff read - Our Commitments to Children - with every new family" in text
    assert "Brackenford Borough - Family Services Handbook" in text


def test_a_line_that_is_only_the_title_at_the_top_of_a_later_page_is_kept() -> None:
    second = _page(
        [
            _line("Our Commitments to Children", 38.0),
            *_paragraph(74.0, ["These apply to every team.", "We plan early."]),
        ]
    )

    assert "Our Commitments to Children\n" in pages_to_markdown([_FIRST_PAGE, second])
