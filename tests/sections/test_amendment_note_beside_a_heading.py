"""The chapter's amendment note under the title keeps the scope section it opened, and the heading
right after it opens a section of its own beside it: a scope heading does not join the note, and
a first heading that names another kind keeps it, the note already being the chapter's scope
(decision 0085). Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Policies, Values and Principles\n\n"
_SCOPE_BODY = "This chapter applies to everyone who works in our children's services.\n\n"
_NEXT = "## Our values\n\nWe are honest with families and we keep our promises to them.\n"


@pytest.mark.parametrize(
    "note",
    [
        "Version 5.1 \u00b7 Amended 03/2025",
        "Date of last revision: 21.01.2025",
        "**Last amended: 9 October 2024**",
        "Revised in May 2024 to add our local offer for care leavers.",
    ],
)
@pytest.mark.parametrize("heading", ["Scope", "Scope of this chapter", "About this chapter"])
def test_the_note_and_the_scope_heading_each_open_a_scope_section(note: str, heading: str) -> None:
    outline = outline_of(f"{_TITLE}{note}\n\n## {heading}\n\n{_SCOPE_BODY}{_NEXT}", "markdown")
    assert_tiles(outline)
    kinds = [(section.kind, section.heading) for section in outline.sections]
    assert kinds == [
        ("title", "Policies, Values and Principles"),
        ("scope", None),
        ("scope", heading),
        ("values", "Our values"),
    ]
    assert outline.sections[0].text == _TITLE
    assert outline.sections[1].text.startswith(note)


def test_the_scope_heading_after_the_note_keeps_its_sub_headings() -> None:
    text = (
        f"{_TITLE}Amended: 02/2025\n\n## Scope of this chapter\n\n{_SCOPE_BODY}"
        "## Amendment\n\nWe added the section on staying close.\n\n"
        f"{_NEXT}"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "scope", "scope", "values"]
    assert "## Amendment" in outline.sections[2].text


def test_an_introduction_heading_after_the_note_keeps_its_kind() -> None:
    text = (
        f"{_TITLE}Version 2 | Amended: June 2024\n\n## Introduction\n\n"
        "This chapter applies to everyone who works with children in care here. Our duties come "
        "from the Children Act 1989 and the chapters that follow say how we meet them.\n\n"
        f"{_NEXT}"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = [(section.kind, section.heading) for section in outline.sections]
    assert kinds[1:3] == [("scope", None), ("introduction", "Introduction")]


def test_without_the_note_the_same_introduction_heading_is_still_the_introduction() -> None:
    """Decision 0127: a heading that names its kind keeps it over a statement of whom the
    chapter applies to (SPEC's introduction covers "who it covers"); a heading that only hints
    ("Purpose") still defers to that statement."""
    body = (
        "This chapter applies to everyone who works with children in care here. Our duties come "
        "from the Children Act 1989 and the chapters that follow say how we meet them.\n\n"
    )
    named = outline_of(f"{_TITLE}## Introduction\n\n{body}{_NEXT}", "markdown")
    assert_tiles(named)
    assert (named.sections[1].kind, named.sections[1].heading) == ("introduction", "Introduction")
    hinted = outline_of(f"{_TITLE}## Purpose\n\n{body}{_NEXT}", "markdown")
    assert_tiles(hinted)
    assert (hinted.sections[1].kind, hinted.sections[1].heading) == ("scope", "Purpose")


def test_a_version_label_and_a_page_stamp_before_a_scope_heading_stay_with_the_title() -> None:
    text = f"{_TITLE}Version 7\n\nUpdated 3 June 2024\n\n## Scope\n\n{_SCOPE_BODY}{_NEXT}"
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "scope", "values"]
    assert "Updated 3 June 2024" in outline.sections[0].text
    assert outline.sections[1].heading == "Scope"


@pytest.mark.parametrize(
    "note",
    [
        "> Changes made between June and August 2024 are shown with a bar beside the paragraph.",
        "In March 2025 we shortened our timescale: every plan is now agreed within four months.",
    ],
)
@pytest.mark.parametrize("heading", ["Scope", "About this chapter"])
def test_a_heading_after_an_unheaded_note_opens_its_own_section(note: str, heading: str) -> None:
    """Decision 0102: a heading of the kind an un-headed section was opened with (by a cue) is
    not that section's sub-heading (it has no heading to be under): it opens a section of its
    own, as 0085's amendment stamp and scope heading do, whatever the note's length or wording."""
    outline = outline_of(f"{_TITLE}{note}\n\n## {heading}\n\n{_SCOPE_BODY}{_NEXT}", "markdown")
    assert_tiles(outline)
    assert [(section.kind, section.heading) for section in outline.sections] == [
        ("title", "Policies, Values and Principles"),
        ("scope", None),
        ("scope", heading),
        ("values", "Our values"),
    ]
    assert outline.sections[1].text.startswith(note)


def test_a_heading_of_the_same_kind_still_joins_a_headed_section() -> None:
    text = (
        f"{_TITLE}## Scope of this chapter\n\n{_SCOPE_BODY}"
        "## Amendment\n\nWe added the section on staying close.\n\n"
        f"{_NEXT}"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "scope", "values"]
    assert "## Amendment" in outline.sections[1].text


@pytest.mark.parametrize("stamp", ["Version: 3", "Version:", "Last reviewed: 2 May 2025"])
def test_a_note_followed_by_stamp_lines_keeps_its_scope_section(stamp: str) -> None:
    """The note may carry stamps on its own lines after it: a version, a label left empty by an
    unfilled form field, a review date (decision 0143)."""
    note = f"Amended: 10 March 2025\n\n{stamp}\n\n"
    text = f"{_TITLE}{note}## Scope of this chapter\n\n{_SCOPE_BODY}{_NEXT}"
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [(s.kind, s.heading) for s in outline.sections][:3] == [
        ("title", "Policies, Values and Principles"),
        ("scope", None),
        ("scope", "Scope of this chapter"),
    ]
    assert outline.sections[1].text.startswith("Amended: 10 March 2025")


@pytest.mark.parametrize(
    "run",
    [
        "Amended: 10 March 2025\n\nWe rewrote the values with the children in care council.",
        "Amended: 10 March 2025\n\nVersion 3: the one the board approved after consultation",
    ],
)
def test_a_run_that_does_not_open_with_the_note_or_holds_prose_goes_back_to_the_title(
    run: str,
) -> None:
    text = f"{_TITLE}{run}\n\n## Scope of this chapter\n\n{_SCOPE_BODY}{_NEXT}"
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = [(s.kind, s.heading) for s in outline.sections]
    assert ("scope", None) not in kinds or not outline.sections[1].text.startswith("Amended")
