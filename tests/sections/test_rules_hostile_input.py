"""Uploaded text is untrusted: the section rules of decision 0153 (numbered parts as sections,
lone sub-headings as peers) do work linear in the headings a document has (decision 0161).

Work is counted as the Python lines run in `app/sections/rules.py` (`sys.settrace`), never by
a clock: doubling the headings must at most double it, within 10 %. Texts are made up."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

from tests.sections.helpers import assert_tiles, outline_of


def _rule_lines_run(text: str) -> int:
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return trace if frame.f_code.co_filename.endswith("app/sections/rules.py") else None

    sys.settrace(trace)
    try:
        outline_of(text, "markdown")
    finally:
        sys.settrace(None)
    return count


def _alternating(n: int) -> str:
    # each sub-heading looked for its parent among all the top headings: headings squared
    return "# Policies and Principles\n\n" + "".join(
        f"## Part {i} words\n\n### Sub {i} words\n\nText of part {i} here.\n\n" for i in range(n)
    )


def _numbered(n: int) -> str:
    return "# Policies and Principles\n\n## 1. Introduction\n\nOur words.\n\n" + "".join(
        f"### 1.{i} Sub-heading {i}\n\nText of part {i} here.\n\n" for i in range(1, n)
    )


def test_a_sub_heading_under_each_of_many_headings_is_ranked_in_linear_work() -> None:
    small, large = _rule_lines_run(_alternating(200)), _rule_lines_run(_alternating(400))
    assert large <= 2.2 * small + 50, (small, large)


def test_many_numbered_sub_headings_are_ranked_in_linear_work() -> None:
    small, large = _rule_lines_run(_numbered(200)), _rule_lines_run(_numbered(400))
    assert large <= 2.2 * small + 50, (small, large)


def test_five_thousand_numbered_sub_headings_still_tile_the_text() -> None:
    assert_tiles(outline_of(_numbered(5000), "markdown"))


def _pointers_under_a_pointer_heading(n: int) -> str:
    # each "See also" looked back over every one before it for its parent: headings squared
    return (
        "# Title of the chapter\n\n## Introduction\n\nOur words here.\n\n## Related documents\n\n"
        + "".join(f"### See also\n\n- [Link {i}](page{i}.html)\n\n" for i in range(n))
    )


def test_many_pointer_headings_under_a_pointer_heading_find_their_parent_in_linear_work() -> None:
    small = _rule_lines_run(_pointers_under_a_pointer_heading(200))
    large = _rule_lines_run(_pointers_under_a_pointer_heading(400))
    assert large <= 2.2 * small + 50, (small, large)


def test_a_pointer_heading_under_a_section_still_stands_apart_and_one_under_pointers_joins() -> (
    None
):
    text = (
        "# Title of the chapter\n\n## The law\n\nThe Children Act 1989 applies.\n\n"
        "### See also\n\n- [Guidance](guidance.html)\n\n## Related documents\n\n"
        "### Further reading\n\n- [Reading](reading.html)\n"
    )
    state = outline_of(text, "markdown")
    assert_tiles(state)
    starts = [section.text.strip().split("\n")[0] for section in state.sections]
    assert "### See also" in starts
    assert "### Further reading" not in starts
