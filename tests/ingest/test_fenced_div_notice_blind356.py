"""A pandoc conversion keeps a page's notice as a fenced div with its role: a site-wide notice
(`role="alert"`) outside the page's main content goes as the HTML reader drops it, the same
notice inside the main content is the chapter's own; a div of the page's tools goes by its class
(decision 0525). Wordings are our own."""

from __future__ import annotations

from app.ingest.fenced_divs import unfence_divs
from app.ingest.html_render import load_chrome_cues

_NOTICE = (
    '::: {.notice role="alert"}\n'
    "**Roadworks on Mill Lane**\n\n"
    "The family centre car park is shut until Friday.\n"
    ":::\n"
)


def test_a_site_notice_outside_the_main_content_goes() -> None:
    text = _NOTICE + "\n::: {#main}\n# Kinship Care Principles\n\nWe look to family first.\n:::\n"
    kept = unfence_divs(text, load_chrome_cues())
    assert "Mill Lane" not in kept
    assert "car park" not in kept
    assert kept.lstrip().startswith("# Kinship Care Principles")


def test_the_same_notice_inside_the_main_content_stays() -> None:
    text = (
        '::: {.page-body role="main"}\n# Kinship Care Principles\n\n'
        + _NOTICE
        + "\nWe look to family first.\n:::\n"
    )
    kept = unfence_divs(text, load_chrome_cues())
    assert "The family centre car park is shut until Friday." in kept


def test_a_div_of_page_tools_goes() -> None:
    text = (
        "# Kinship Care Principles\n\n::: {.page-tools}\n[Print](javascript:print()) "
        "[Download](/kinship.pdf)\n:::\n\nWe look to family first.\n"
    )
    kept = unfence_divs(text, load_chrome_cues())
    assert "[Print]" not in kept
    assert "We look to family first." in kept
