"""Site chrome of pages printed to PDF by a browser, blind set 165 (decision 0267): the site's
head printed as one line (the logo's alt text, the skip link and the menu run together) above
the breadcrumb, and a sidebar's box printed between the breadcrumb and the title. Every case
is written for this test in our own words."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_chrome_boxes, strip_edge_chrome

CUES = load_chrome_cues()
TITLE = "# Fostering Values and Principles"
BODY = (
    "\n\n## Who this is for\n\n"
    "This chapter applies to every fostering team and to the carers who work with them.\n\n"
    "## Our values\n\nWe listen to children and we keep our promises.\n"
)
HEAD = "**Carrow Heath Council logo Skip to main content Home Services Fostering Contact us**\n\n"
TRAIL = "Home > Procedures > Fostering Values and Principles\n\n"


def _read(text: str) -> str:
    return strip_chrome_boxes(strip_edge_chrome(text, CUES), CUES)


def test_a_head_line_holding_the_skip_link_and_the_trail_under_it_are_chrome() -> None:
    assert _read(HEAD + TRAIL + TITLE + BODY).startswith(TITLE)


def test_a_cookie_line_above_the_head_line_goes_with_them() -> None:
    cookies = "We use cookies to make this site work. Accept all cookies | Cookie settings\n\n"
    assert _read(cookies + HEAD + TRAIL + TITLE + BODY).startswith(TITLE)


def test_a_sentence_that_mentions_skipping_to_the_content_is_no_head_line() -> None:
    sentence = "Readers who know the law well can skip to main content of this page below.\n\n"
    text = sentence + TRAIL + TITLE + BODY
    assert _read(text).startswith("Readers who know the law well")


def test_a_sidebar_box_between_the_trail_and_the_title_goes_with_its_links() -> None:
    box = "**In this section**\n\nContacts and duty numbers\n\nLevels of need\n\nGlossary\n\n"
    assert _read(HEAD + TRAIL + box + TITLE + BODY).startswith(TITLE)


def test_a_box_over_a_plain_title_copied_as_text_leaves_the_title() -> None:
    # no marked heading ends the box: its last short line may be the title (as before)
    text = (
        "Skip to main content\nMenu\nHome > Fostering > Values\nIn this section\n"
        "Fostering home\nValues\n\nFostering Values and Principles\n"
        "Who this is for\nThis chapter applies to every fostering team and to our carers.\n"
    )
    assert "Fostering Values and Principles" in _read(text)
