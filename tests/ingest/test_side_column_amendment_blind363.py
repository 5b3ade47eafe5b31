"""A side column's amendment note dates the chapter (decision 0534).

A manual product may print "Amended" and the month in a side column beside the chapter, not
in the chapter's text; the column is dropped as chrome, but that one note dates the chapter
as a note above the title does. A column listing other chapters' amendments dates none of
them for this page, nor does a column with two notes. Cases written for this test.
"""

from __future__ import annotations

import pytest

from app.ingest.html_render import render_html
from tests.reading import facts_of

_ARTICLE = (
    "<article><h1>Foster Care Standards and Values</h1>"
    "<h2>Our values</h2><p>We treat carers as colleagues and tell them about every decision "
    "that affects the children living with them.</p></article>"
)


def _page(column: str, before: bool = True) -> str:
    aside = f'<aside class="column">{column}<ul><li><a href="/a">Glossary</a></li></ul></aside>'
    parts = (aside, _ARTICLE) if before else (_ARTICLE, aside)
    return f"<html><body><div class='wrap'>{parts[0]}{parts[1]}</div></body></html>"


@pytest.mark.parametrize(
    ("column", "month"),
    [
        ("<div><p>Amended</p><p>March 2026</p></div>", "2026-03"),
        ("<p>Last amended: 14 April 2026</p>", "2026-04-14"),
        ("<dl><dt>Date of amendment</dt><dd>2 February 2026</dd></dl>", "2026-02-02"),
        (
            "<section><h3>Latest amendment</h3><p>This chapter was amended in May 2026.</p>"
            "</section>",
            "2026-05",
        ),
    ],
)
@pytest.mark.parametrize("before", [True, False])
def test_the_columns_note_dates_the_chapter(column: str, month: str, before: bool) -> None:
    facts = facts_of(_page(column, before), "page.html")
    assert facts["amendment_date"].value == month


def test_the_note_is_kept_once_and_the_title_still_heads_the_chapter() -> None:
    text = render_html(_page("<div><p>Amended</p><p>March 2026</p></div>"))
    assert text.count("March 2026") == 1
    assert "# Foster Care Standards and Values" in text
    assert "Glossary" not in text


def test_a_column_of_other_chapters_amendments_dates_nothing() -> None:
    column = (
        "<h3>Recently changed</h3><ul>"
        "<li><a href='/k'>Kinship care</a> <span>Amended March 2026</span></li>"
        "<li><a href='/p'>Panels</a> <span>Amended January 2026</span></li></ul>"
    )
    text = render_html(_page(column))
    assert "March 2026" not in text and "January 2026" not in text


def test_a_column_with_two_notes_dates_nothing() -> None:
    column = "<p>Amended: March 2026</p><p>Amended: June 2025</p>"
    text = render_html(_page(column))
    assert "March 2026" not in text and "June 2025" not in text
