"""Openings met in the twenty-fourth blind round: a version label beside the amendment under the
title, "Reviewed and updated" with a month, a "What's new" box, a version label with its status
at the end, and "Aftercare" as a heading. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Policies, Values and Principles\n\n"
_BODY = "## Introduction\n\nThe Council works with children in need and their families.\n"


@pytest.mark.parametrize(
    "note",
    [
        "Issue 4 - the changes in this issue were made on 6 May 2024.",
        "Reviewed and updated - June 2023",
    ],
)
def test_an_amendment_line_under_the_title_starts_the_scope(note: str) -> None:
    outline = outline_of(f"{_TITLE}{note}\n\n{_BODY}", "markdown")
    assert_tiles(outline)
    assert note not in outline.sections[0].text
    assert outline.sections[1].kind == "scope"
    assert outline.sections[1].text.startswith(note)


def test_a_whats_new_heading_opens_the_scope_whatever_its_entries_mention() -> None:
    text = (
        f"{_TITLE}## What's new\n\n"
        "1 April 2025: the corporate parenting principles are now listed in full.\n\n"
        "## Corporate parenting\n\nThe whole council is a corporate parent to the children it "
        "looks after.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections][:2] == ["title", "scope"]


def test_a_version_label_with_its_status_at_the_end_is_end_matter() -> None:
    text = (
        "Policies, Values and Principles\n\nLeaving care\nCare leavers have a personal adviser "
        "until they are 21. Most stay in touch long after that.\n\nv7 (approved)\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.startswith("v7 (approved)")


def test_aftercare_as_a_heading_is_a_principle_of_work() -> None:
    text = (
        f"{_TITLE}## Aftercare\n\nYoung people who have left care can call on us for help "
        "with housing and work, and our councillors take a close interest in how they do.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[1].kind == "key_principles"
