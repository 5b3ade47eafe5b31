"""A line that holds a skip link among a site's head words is found by the skip links the cues
list, picked from the cues once rather than again for every line read (decision 0471). The
lines are our own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.ingest.html_render import canonical_phrase, load_chrome_cues
from app.ingest.model import ChromeCues
from app.ingest.web_text import (
    _MARKUP_EDGES,
    MAX_CHROME_LINE,
    _holds_skip_link,
    _padded_skip_links,
)

CUES = load_chrome_cues()
SKIP_LINKS = sorted(phrase for phrase in CUES.phrases if phrase.startswith(("skip ", "jump to ")))


def _holds_skip_link_read_from_every_phrase(line: str, cues: ChromeCues) -> bool:
    """The rule as it was first written: every listed phrase looked at for each line."""
    words = canonical_phrase(line.strip(_MARKUP_EDGES))
    if not words or len(line) > MAX_CHROME_LINE or line.rstrip()[-1] in ".;:!?":
        return False
    padded = f" {words} "
    return any(
        f" {phrase} " in padded
        for phrase in cues.phrases
        if phrase.startswith(("skip ", "jump to "))
    )


def test_the_skip_links_are_picked_once_from_the_cues() -> None:
    assert SKIP_LINKS
    picked = _padded_skip_links(CUES.phrases)
    assert sorted(phrase.strip() for phrase in picked) == SKIP_LINKS
    assert all(phrase.startswith(" ") and phrase.endswith(" ") for phrase in picked)
    assert _padded_skip_links(CUES.phrases) is picked


def test_a_head_line_holding_a_skip_link_is_the_sites() -> None:
    line = f"Lowbridge Borough logo {SKIP_LINKS[0].capitalize()} Home Services Contact us"
    assert _holds_skip_link(line, CUES)
    assert not _holds_skip_link("Home Services Contact us", CUES)
    assert not _holds_skip_link(f"You can {SKIP_LINKS[0]} at any time.", CUES)


_OTHER_HEAD_WORDS = [
    "Home",
    "Services",
    "logo",
    "Council",
    "Menu",
    "skip",
    "to",
    "main",
    "content",
    "jump",
    "the",
    "chapter",
    "Contact",
    "us",
    ".",
    "|",
    "**",
]
_HEAD_WORDS = st.sampled_from([*_OTHER_HEAD_WORDS, *SKIP_LINKS])


@given(st.lists(_HEAD_WORDS, min_size=1, max_size=12).map(" ".join))
def test_skip_links_picked_once_find_what_every_phrase_finds(line: str) -> None:
    assert _holds_skip_link(line, CUES) == _holds_skip_link_read_from_every_phrase(line, CUES)
