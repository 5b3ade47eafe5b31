"""Uploaded text is untrusted: the planner asks of every list item where its list begins, and of
every pair of headings whether all headings are plain lines; both are found once a document, so
the work stays linear in the blocks (decision 0184).

Work is counted as the Python lines run in `app/sections/` (`sys.settrace`), never by a clock:
doubling the input must at most double it, within 10 %. Texts are made up."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

from app.families import get_family
from app.sections.classify import compile_cues
from app.sections.raw import RawBlock
from app.sections.rules import HeadingState
from tests.sections.helpers import assert_tiles, outline_of


def _section_lines_run(text: str, syntax: str = "markdown") -> int:
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return trace if "app/sections/" in frame.f_code.co_filename else None

    sys.settrace(trace)
    try:
        outline_of(text, syntax)
    finally:
        sys.settrace(None)
    return count


def _long_list(n: int) -> str:
    # each item walked back to its list's first item: items squared
    return "Some words about us here.\n\n" + "".join(f"- item {i}\n" for i in range(n))


def _labelled_paragraphs(n: int) -> str:
    # every pair of headings asked whether all headings are plain, each ask reading all blocks
    return "".join(
        "Our Values\nWe put children's safety and welfare first in everything we do.\n\n"
        for _ in range(n)
    )


def test_the_items_of_a_long_list_find_their_first_item_in_linear_work() -> None:
    small, large = _section_lines_run(_long_list(400)), _section_lines_run(_long_list(800))
    assert large <= 2.2 * small + 50, (small, large)


def test_many_plain_line_headings_are_ranked_in_linear_work() -> None:
    small = _section_lines_run(_labelled_paragraphs(200))
    large = _section_lines_run(_labelled_paragraphs(400))
    assert large <= 2.2 * small + 50, (small, large)


def test_fifty_thousand_list_items_still_tile_the_text() -> None:
    assert_tiles(outline_of(_long_list(50_000), "markdown"))


def _block(kind: str, start: int) -> RawBlock:
    return RawBlock(
        type=kind, start=start, end=start + 1, content_start=start, content_end=start + 1
    )


def test_list_run_start_is_the_first_item_of_each_run() -> None:
    # a block right after a list reaches back to that list's first item, as walking back did
    kinds = ["paragraph", "list_item", "list_item", "paragraph", "list_item", "list_item"]
    blocks = [_block(kind, i) for i, kind in enumerate(kinds)]
    state = HeadingState("x" * len(kinds), blocks, compile_cues(get_family().kinds))
    assert [state.list_run_start(i) for i in range(len(kinds))] == [0, 1, 1, 1, 4, 4]
