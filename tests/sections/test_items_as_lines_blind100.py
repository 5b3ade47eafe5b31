"""A list copied from a page as lines, each item ending in a semicolon and the last in a full
stop (decision 0167): the last item ends the list and does not open a section of its own,
though its words may name another kind ("Working Together to Safeguard Children 2023.")."""

from __future__ import annotations

from app.sections.assemble import _ends_a_run_of_items
from app.sections.raw import RawBlock
from tests.sections.outline_helpers import kinds_and_openings

_LIST = (
    "Children's Services Policies, Values and Principles\n"
    "The law we work within\n"
    "Our work with children is shaped by the following legislation and guidance:\n"
    "The Children Act 1989;\n"
    "The Children Act 2004;\n"
    "The Children and Families Act 2014;\n"
    "Working Together to Safeguard Children 2023.\n"
)


def test_the_last_line_of_a_semicolon_list_stays_in_its_section() -> None:
    text = _LIST + (
        "Schools, health visitors, GPs and the police each hold part of the picture of a "
        "child's life, and no single agency can keep a child safe on its own.\n"
    )
    kinds = kinds_and_openings(text, "plain", 30)
    starts = [start for _, start in kinds]
    assert not any(start.startswith("Working Together") for start in starts)
    assert [kind for kind, _ in kinds][-2:] == ["introduction", "shared_responsibility"]
    assert kinds[-1][1].startswith("Schools, health visitors")


def _lines(text: str) -> list[RawBlock]:
    blocks = []
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        blocks.append(
            RawBlock(
                type="paragraph",
                start=start,
                end=end,
                content_start=start,
                content_end=end - 1,
            )
        )
        start = end
    return blocks


def test_a_line_under_two_semicolon_lines_ends_their_list() -> None:
    text = "Listen to children;\nBe honest with families;\nWorking Together 2023.\n"
    assert _ends_a_run_of_items(text, _lines(text), 2)


def test_a_line_under_one_semicolon_line_may_still_open_a_section() -> None:
    text = "We listen to children.\nBe honest with families;\nWorking Together 2023.\n"
    assert not _ends_a_run_of_items(text, _lines(text), 2)
