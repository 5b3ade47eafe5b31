"""A breadcrumb trail a converter wrapped inside its last step (decision 0377): html2text wraps
"[Home](/) > … > Policies, Values" over "and Principles". The line under the trail, with no
blank line between, opens in lower case and completes the last step, so it goes with the trail;
a title under its trail, or a sentence, stays."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()

HEAD = "[Skip to main content](#main)\n\n[Search](/search)\n\n"
BODY = (
    "# Fostering Values\n\nAmended in March 2025 to add kinship care.\n\n"
    "## Our values\n\nWe listen.\n"
)


def test_the_tail_of_a_wrapped_last_step_goes_with_the_trail() -> None:
    page = HEAD + "[Home](/) > [Families](/families) > [Manual](/manual) > Fostering\nValues\n\n"
    assert strip_edge_chrome(page + BODY, CUES).startswith("Values")  # capitalised: kept
    page = (
        HEAD
        + "[Home](/) > [Families](/families) > [Manual](/manual) > Policies, Values\n"
        + "and Principles\n\n"
    )
    assert strip_edge_chrome(page + BODY, CUES) == BODY


def test_a_sentence_under_the_trail_stays() -> None:
    page = (
        HEAD
        + "[Home](/) > [Families](/families) > Policies\n"
        + "this page tells you what we value and why.\n\n"
    )
    assert strip_edge_chrome(page + BODY, CUES).startswith("this page tells you")
