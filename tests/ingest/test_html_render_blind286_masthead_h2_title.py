"""A masthead whose `<h1>` is the council's name and whose `<h2>` under it is the chapter's
name in full: the `<h2>` is the title, not the shorter name the `<title>` gives (blind286)."""

from __future__ import annotations

from app.ingest.html_render import render_html

PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<header><h1>Ashby Vale Borough Council</h1>
<!-- masthead -->
<h2>{second}</h2>
<nav><a href="/">Home</a> | <a href="/contact">Contact us</a></nav></header>
<main><p>Reviewed in May 2026 by the Head of Service.</p>
<h3>Our aims</h3><p>We want every child in Ashby Vale to grow up safe and well.</p></main>
</body></html>"""


def test_the_heading_under_the_site_h1_names_the_chapter_in_full() -> None:
    html = PAGE.format(
        title="Practice Principles | Ashby Vale Borough Council",
        second="Looked After Children Practice Principles",
    )
    text = render_html(html)
    assert text.startswith("# Looked After Children Practice Principles\n")


def test_the_heading_equal_to_the_title_element_name_is_taken_as_printed() -> None:
    html = PAGE.format(
        title="practice principles - Ashby Vale Borough Council",
        second="Practice Principles",
    )
    assert render_html(html).startswith("# Practice Principles\n")


def test_a_strapline_under_the_site_h1_is_no_title() -> None:
    html = PAGE.format(
        title="Practice Principles | Ashby Vale Borough Council",
        second="Working together for families",
    )
    text = render_html(html)
    assert text.startswith("# Practice Principles\n")
    assert "Working together for families" not in text.split("\n", 1)[0]
