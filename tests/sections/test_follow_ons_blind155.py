"""A short paragraph whose "them" stands for people its own sentence has named (decision 0255):
"Children belong with their families wherever it is safe for them to be there." points at
nothing above it, so it may open its section; a "them" with no "their" before it still points
back (decision 0172). Every text is written for these tests in our own words."""

from __future__ import annotations

from app.sections.assemble import _refers_back
from app.sections.blocks_text import scan_text_blocks
from app.sections.rules import find_headings
from app.text import LineIndex

_ABOVE = (
    "Oxley Marsh practises Family Safeguarding, in which social workers work beside adult "
    "mental health workers, drug and alcohol workers and domestic abuse workers in one team."
)


def _refers(text: str, starts: str) -> bool:
    from app.families import get_family
    from app.sections.classify import compile_cues

    raw = scan_text_blocks(text, LineIndex(text).line_starts())
    state = find_headings(text, raw, compile_cues(get_family().kinds))
    index = next(i for i, block in enumerate(raw) if text[block.content_start :].startswith(starts))
    return _refers_back(text, raw, state, index)


def test_them_after_their_in_one_sentence_points_at_nothing_above() -> None:
    text = (
        f"{_ABOVE}\n\n"
        "Children belong with their families wherever it is safe for them to be there.\n\n"
        "When a child cannot live at home, relatives are asked first.\n"
    )
    assert not _refers(text, "Children belong")


def test_them_with_no_their_before_it_still_points_back() -> None:
    text = (
        f"{_ABOVE}\n\n"
        "Every new social worker is trained in them during the first month.\n\n"
        "When a child cannot live at home, relatives are asked first.\n"
    )
    assert _refers(text, "Every new social worker")


def test_it_after_their_still_points_back() -> None:
    text = (
        f"{_ABOVE}\n\n"
        "Managers explain it to their teams during the first month.\n\n"
        "When a child cannot live at home, relatives are asked first.\n"
    )
    assert _refers(text, "Managers explain")
