"""The PDF and HTML redlines: paginated, headed with both versions, every change, no controls."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest
from bs4 import BeautifulSoup

from app.config import get_settings
from app.redline import Redline
from app.redline_render import render_html, render_pdf
from tests.redline.conftest import NEWER, OLDER, redline_of

SCREEN_CONTROLS = ("Previous", "Next", "Show side by side", "unchanged block", "Swap left")


@pytest.fixture(scope="module")
def redline() -> Redline:
    return redline_of(OLDER, NEWER)[0]


@pytest.fixture(scope="module")
def pages(redline: Redline) -> list[str]:
    """The whole-text PDF's pages as text (rendered once for the module)."""
    pdf = pdfium.PdfDocument(render_pdf(redline, get_settings().frontend_dir))
    return [pdf[index].get_textpage().get_text_range() for index in range(len(pdf))]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def test_the_pdf_holds_every_inserted_and_deleted_word(redline: Redline, pages: list[str]) -> None:
    changed = " ".join(
        run.text
        for paragraph in redline.paragraphs
        for run in paragraph.runs
        if run.mark != "equal"
    )
    assert _words(changed) <= _words(" ".join(pages))


def test_the_pdf_has_a_cover_numbered_pages_and_a_running_header(pages: list[str]) -> None:
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Northshire, 2023-02" in text and "Southvale, 2024-04" in text
    cover = pages[0]
    for expected in ("Versions compared", "SHA-256", "Facts that differ", "Sign-off", "Decision"):
        assert expected in cover
    assert "Reviews take place once a year." not in cover  # the text starts on a new page


def test_the_pdf_marks_moves_and_has_no_screen_controls(pages: list[str]) -> None:
    text = " ".join(pages)
    assert "Moved to “3. Records”" in text or "Moved from “1. Purpose”" in text
    for control in SCREEN_CONTROLS:
        assert control not in text


def test_changes_only_leaves_out_unchanged_paragraphs_but_keeps_their_headings(
    redline: Redline,
) -> None:
    page = BeautifulSoup(
        render_html(redline, get_settings().frontend_dir, changes_only=True), "html.parser"
    )
    text = page.get_text(" ")
    assert "Notes are kept on the case file." not in text
    assert "Peer mentors are matched to new carers." in text
    assert "2. Support" in text
    assert page.find("script") is None and page.find("link") is None


def test_the_html_file_stands_alone_and_names_both_versions(redline: Redline) -> None:
    page = BeautifulSoup(render_html(redline, get_settings().frontend_dir), "html.parser")
    assert page.find("style") is not None and page.find("script") is None
    assert page.find("ins") is not None and page.find("del") is not None
    assert page.find("del", class_="moved-from") is not None
    assert page.find("ins", class_="moved-to") is not None
    assert "Northshire" in page.title.get_text() and "Southvale" in page.title.get_text()
    for control in SCREEN_CONTROLS:
        assert control not in page.get_text(" ")
