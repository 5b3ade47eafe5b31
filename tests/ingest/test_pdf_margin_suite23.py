"""On a one-page PDF, margin type is told by where it stands, not only by its size: a header or
footer is the outermost line at its edge, with none of the chapter's text between it and the
page's edge (decision 0459)."""

from __future__ import annotations

from app.ingest import read_source
from tests.documents import PdfBlock, pdf_bytes


def _text(blocks: list[PdfBlock]) -> str:
    return read_source(pdf_bytes(blocks, running_header="Shire Procedures"), "page.pdf").text


def test_a_heading_under_a_title_on_a_page_with_no_body_stays() -> None:
    """With no text between the page's edges, the title's type passes for the body's: a smaller
    heading under the title is still no running header, since the title stands above it."""
    text = _text([PdfBlock("title", "Fostering Handbook"), PdfBlock("heading", "Contacts")])
    assert "Fostering Handbook" in text
    assert "Contacts" in text
    assert "Shire Procedures" not in text
    assert "Page 1" not in text


def test_a_short_heading_under_a_title_of_years_stays() -> None:
    text = _text([PdfBlock("title", "2024-25"), PdfBlock("heading", "Scope")])
    assert "2024-25" in text
    assert "Scope" in text
    assert "Shire Procedures" not in text


def test_the_header_and_footer_in_small_type_still_go_above_a_short_page() -> None:
    text = _text(
        [
            PdfBlock("title", "Short Breaks"),
            PdfBlock("heading", "Who may ask"),
            PdfBlock("paragraph", "Any parent of a disabled child may ask for a short break."),
        ]
    )
    assert "Who may ask" in text
    assert "Any parent of a disabled child" in text
    assert "Shire Procedures" not in text
    assert "Page 1" not in text
