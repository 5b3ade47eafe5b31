"""A breadcrumb trail a converter wrapped after a separator (decision 0146): its last step, on
the next line, goes with it. Pages in our own words."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

PAGE = """\
[Home](/) > [Family services](/families) > [Practice guidance](/families/guidance) >
Short Breaks Policy

# Short Breaks Policy

We offer short breaks to families of disabled children.
"""


def test_the_wrapped_last_step_goes_with_the_trail():
    text = strip_edge_chrome(PAGE, load_chrome_cues())
    assert text.lstrip().startswith("# Short Breaks Policy\n\nWe offer")


def test_a_title_under_a_trail_that_ends_on_a_step_stays():
    page = PAGE.replace("(/families/guidance) >\n", "(/families/guidance)\n\n")
    assert "Short Breaks Policy\n\n# Short Breaks Policy" in strip_edge_chrome(
        page, load_chrome_cues()
    )
