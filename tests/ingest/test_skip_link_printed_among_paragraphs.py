"""A page's skip link printed between two paragraphs (decision 0300): a browser printing a page
draws an absolutely positioned "Skip to main content" where the page places it, so the PDF's
reading order can set it after the first page's last paragraph. It is an in-page jump, chrome
wherever it stands; a sentence that speaks of skipping is the chapter's own. Written for this
test in our own words."""

from __future__ import annotations

import pytest

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

_BEFORE = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## What guides our staff\n\n"
    "We keep our word to children and we explain our decisions to them.\n\n"
)
_AFTER = (
    "We stand against unfair treatment of any family, inside the council and outside it.\n\n"
    "## Permanence\n\n"
    "A plan for permanence is made within five months of a child coming into care.\n"
)


@pytest.mark.parametrize(
    "link",
    ["**Skip to main content**", "Skip to content", "Skip to the main content"],
)
def test_a_skip_link_between_paragraphs_is_dropped(link: str) -> None:
    text = strip_edge_chrome(f"{_BEFORE}{link}\n\n{_AFTER}", load_chrome_cues())
    assert "kip to" not in text
    assert "We keep our word to children" in text
    assert text.endswith("within five months of a child coming into care.\n")


def test_a_sentence_about_skipping_is_kept() -> None:
    line = "Skip to main content only when a young person asks us to keep it short."
    text = strip_edge_chrome(f"{_BEFORE}{line}\n\n{_AFTER}", load_chrome_cues())
    assert line in text
