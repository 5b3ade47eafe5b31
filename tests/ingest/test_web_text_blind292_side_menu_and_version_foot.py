"""Site chrome of council pages printed to PDF by a browser, blind set 292 (decision 0427): a
left-hand menu of the manual's pages printed between the trail and the page's marked title,
naming the page as the trail's last step does; and a version line closing the chapter between
a "Back to top" link and the site's footer. Every case is written for this test in our own
words."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_chrome_boxes, strip_edge_chrome

CUES = load_chrome_cues()
HEAD = "Skip to main content Brindlecombe Council Search this website\n\n**Search**\n\n"
TRAIL = "Home \u203a Family services \u203a Social care manual \u203a Fostering values\n\n"
MENU = (
    "**Social care manual**\n\n**Duty and out of hours**\n\n**Fostering values**\n\n"
    "Child protection conferences Private fostering Glossary\n\n"
)
TITLE = "# Fostering Values and Principles"
BODY = (
    "\n\n## Who this is for\n\n"
    "Everyone who supports the borough's foster carers, and the carers themselves.\n\n"
    "## What we believe\n\nCarers are partners in a child's care, not a service we buy.\n"
)
FOOTER = (
    "\n\nBrindlecombe Council | Contact us | Accessibility | Privacy\n\n"
    "© Brindlecombe Council 2026\n"
)


def _read(text: str) -> str:
    return strip_chrome_boxes(strip_edge_chrome(text, CUES), CUES)


def test_a_side_menu_naming_the_trails_last_step_before_the_title_is_chrome() -> None:
    assert _read(HEAD + TRAIL + MENU + TITLE + BODY).startswith(TITLE)


def test_the_menu_goes_whatever_the_trails_separator() -> None:
    trail = TRAIL.replace(" \u203a ", " / ")
    assert _read(HEAD + trail + MENU + TITLE + BODY).startswith(TITLE)


def test_short_lines_that_do_not_name_the_page_stay_above_the_title() -> None:
    lines = "**Social care manual**\n\n**Part two: placements**\n\n"
    assert _read(HEAD + TRAIL + lines + TITLE + BODY).startswith("**Social care manual**")


def test_a_dated_line_between_the_trail_and_the_title_stops_the_search() -> None:
    lines = "**Fostering values**\n\nUpdated 4 May 2026\n\n"
    assert "Updated 4 May 2026" in _read(HEAD + TRAIL + lines + TITLE + BODY)


def test_a_version_line_after_back_to_top_and_over_the_footer_stays() -> None:
    for closing in ("Version 3.1", "Owner: Service Manager, Fostering. Version 3.1"):
        text = TITLE + BODY + "\n**Back to top**\n\n" + closing + FOOTER
        assert _read(text).rstrip().endswith(closing)


def test_the_footer_under_it_still_goes() -> None:
    text = TITLE + BODY + "\n**Back to top**\n\nVersion 3.1" + FOOTER
    assert "Accessibility" not in _read(text)
