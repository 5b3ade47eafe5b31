"""A part headed by the amendment's label alone ("Amendment", "Revisions") that holds one short
paragraph dating a change in prose ("In May 2025 we rewrote …") is the chapter's note, complete
in itself: the scope heading after it opens a scope section of its own (blind305, decision
0442). Texts written for these tests in our own words about invented councils."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections import split_sections

_CHAPTER = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## {label}\n\n"
    "{note}\n\n"
    "## Who this chapter applies to\n\n"
    "Everyone who works with children for Wexcombe Council, and the carers and agencies who "
    "look after children for us.\n\n"
    "## The law\n\n"
    "Our duties come from the Children Act 1989 and the Children Act 2004.\n"
)


def _scope_headings(text: str) -> list[str | None]:
    outline = split_sections(text, get_family().kinds, "markdown")
    return [section.heading for section in outline.sections if section.kind == "scope"]


@pytest.mark.parametrize(
    ("label", "note"),
    [
        ("Amendment", "In May 2025 we rewrote the part on care leavers and added our new model."),
        ("Revisions", "The section on permanence was revised in March 2026."),
        ("Amendments", "This chapter was brought up to date in October 2024 after the review."),
    ],
)
def test_the_scope_heading_after_a_prose_note_opens_its_own_section(label: str, note: str) -> None:
    assert _scope_headings(_CHAPTER.format(label=label, note=note)) == [
        label,
        "Who this chapter applies to",
    ]


def test_a_part_under_another_label_still_takes_the_scope_heading_in() -> None:
    text = _CHAPTER.format(
        label="About the manual",
        note="In May 2025 we rewrote the part on care leavers and added our new model.",
    )
    assert _scope_headings(text) == ["About the manual"]
