"""Page chrome of blind round 226 (decision 0347): download links with their size in brackets,
a contents accordion's toggle, an embedded video's or map's consent placeholder inside the
chapter, and a manual host that names the chapter only in its trail under a masthead `<h1>`.

Each page is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from app.ingest.html_render import render_html
from app.ingest.web_text import is_chrome_line, strip_edge_chrome
from tests.ingest.test_web_text import CUES


@pytest.mark.parametrize(
    "line", ["Download PDF (1.2 MB)", "Download Word (45 KB)", "Download this chapter (PDF, 90KB)"]
)
def test_download_links_with_a_bracketed_size_are_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


def test_a_sentence_about_downloading_a_form_is_not_chrome() -> None:
    assert not is_chrome_line("Carers can download the PDF form from the fostering hub.", CUES)


def test_a_contents_accordions_toggle_goes() -> None:
    page = (
        "Skip to content\n"
        "Fostering Values and Principles\n"
        "Contents\nShow contents\n1. Introduction\n2. Our values\n"
        "1. Introduction\nThis chapter is for every foster carer.\n"
        "2. Our values\nWe are honest with carers.\n"
    )
    text = strip_edge_chrome(page, CUES)
    assert "Show contents" not in text
    assert "Contents\n1. Introduction" in text


def test_a_consent_placeholder_inside_the_chapter_goes_and_the_chapters_words_stay() -> None:
    page = (
        "Skip to content\n"
        "Fostering Values and Principles\n"
        "1. Where we are\n"
        "Our fostering hub is in the old library on Mill Street.\n"
        "This map is provided by Google Maps\n"
        "Google may set cookies when you view it.\n"
        "Allow marketing cookies to view this map\n"
        "Cookie preferences\n"
        "\n"
        "2. Our values\n"
        "We never use cookies or tracking on the carers' portal without asking first.\n"
        "\n"
        "3. Our promise\n"
        "We answer every carer's call within one working day.\n"
    )
    text = strip_edge_chrome(page, CUES)
    for gone in [
        "provided by Google Maps",
        "Google may set cookies",
        "Allow marketing",
        "Cookie pref",
    ]:
        assert gone not in text
    assert "Our fostering hub is in the old library on Mill Street.\n\n2. Our values" in text
    assert "We never use cookies or tracking" in text


MASTHEAD_PAGE = """<!DOCTYPE html><html><head><title>Brindle Vale Practice Manual</title></head>
<body><header><a href="/">Home</a></header>
<h1>Brindle Vale Practice Manual</h1>
<nav aria-label="Breadcrumb"><ol><li><a href="/">Manual home</a></li>
<li aria-current="page">Fostering Values and Principles</li></ol></nav>
<main><p>Amended: 02/09/2025</p><h2>Our values</h2><p>We are honest with carers.</p></main>
</body></html>"""


def test_a_chapter_named_only_in_its_trail_under_a_masthead_heading_takes_that_name() -> None:
    assert render_html(MASTHEAD_PAGE).startswith("# Fostering Values and Principles\n")


def test_a_pages_own_heading_under_its_trail_keeps_its_words() -> None:
    page = MASTHEAD_PAGE.replace("<h1>Brindle Vale Practice Manual</h1>\n", "").replace(
        "</ol></nav>\n", "</ol></nav>\n<h1>Brindle Vale Practice Manual</h1>\n"
    )
    assert render_html(page).startswith("# Brindle Vale Practice Manual\n")
