"""An accordion's toggle under each fold's label, read back from a printed page where every line
stands as a block of its own, a blank line between the label and its toggle (decision 0438).

Each page is written for this test in our own words.
"""

from __future__ import annotations

from app.ingest.web_text import strip_edge_chrome
from tests.ingest.test_web_text import CUES

_FOLDED_PAGE = (
    "# Fostering Handbook\n\n"
    "### Who may foster\n\n"
    "**Show**\n\n"
    "Anyone over twenty-one with a spare bedroom may apply to foster with us.\n\n"
    "### Allowances\n\n"
    "**Show**\n\n"
    "Carers are paid a weekly allowance for each child, set every April.\n"
)


def test_toggles_set_apart_by_blank_lines_go() -> None:
    page = strip_edge_chrome(_FOLDED_PAGE, CUES)
    assert "Show" not in page
    assert "### Who may foster\n\nAnyone over twenty-one" in page
    assert "### Allowances\n\nCarers are paid" in page


def test_one_toggle_word_alone_stays() -> None:
    page = (
        "# Visiting Times\n\n"
        "### Mornings\n\n"
        "**Expand**\n\n"
        "Visitors are welcome from nine until twelve on weekdays.\n"
    )
    assert "**Expand**" in strip_edge_chrome(page, CUES)


def test_a_toggle_word_under_a_sentence_stays() -> None:
    page = (
        "# Garden Rules\n\n"
        "The gate is locked at dusk.\n\n"
        "Hide\n\n"
        "Children should keep to the paths.\n\n"
        "The pond is fenced.\n\n"
        "Hide\n\n"
        "Balls are kept in the shed.\n"
    )
    assert strip_edge_chrome(page, CUES).count("Hide") == 2
