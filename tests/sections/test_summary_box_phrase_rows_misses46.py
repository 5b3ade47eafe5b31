"""A summary box's table ("At a glance", "Quick facts") whose values are phrases, not short
fields ("Permanence | Settled by the second review, and in any case before five months have
passed"), is still the box: its rows are labels and their values, and no section starts inside
it (decision 0302, widening 0269). Under any other heading, rows holding sentences may still be
a layout table's headings beside their prose (0197), and stay as they were.

Each page is written for this test in our own words about invented councils.
"""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections import _ordered
from app.sections.assemble import _row_of_a_headed_field_box
from app.sections.blocks_markdown import scan_markdown_blocks
from app.sections.classify import compile_cues
from app.sections.labelled_row import split_labelled_rows
from app.sections.rules import find_headings
from app.text import LineIndex
from tests.sections.helpers import assert_tiles, outline_of

PHRASE_ROWS = [
    "Last changed | March 2026",
    "Who must follow it | Every social worker, manager and personal adviser in Oakhurst "
    "children's services, and the agencies the council pays to work with children",
    "Way of working | Open Doors, which asks workers to plan with families rather than for them",
    "Settled home | Planned by the second review, and in any case before five months have passed",
    "Help after care | A personal adviser to 21, and to 25 for any young person who asks",
]


def _page(heading: str, rows: list[str]) -> str:
    return (
        "# Our Policies and Principles for Children in Care\n\n"
        f"{heading}\n\n" + "\n".join(rows) + "\n\n"
        "## The law behind this chapter\n\n"
        "Oakhurst Council's duties come from the Children Act 1989, the Children Act 2004 and "
        "the Children and Social Work Act 2017.\n\n"
        "## Being a corporate parent\n\n"
        "Every councillor and officer of Oakhurst Council is a corporate parent and follows the "
        "seven corporate parenting principles.\n"
    )


def _rows_in_a_box(text: str) -> list[bool]:
    cues = compile_cues(get_family().kinds)
    raw = split_labelled_rows(text, _ordered(scan_markdown_blocks(text, LineIndex(text))), cues)
    state = find_headings(text, raw, cues)
    return [_row_of_a_headed_field_box(text, raw, state, cues, index) for index in range(len(raw))]


@pytest.mark.parametrize("heading", ["## At a glance", "## Quick facts", "**Key points**"])
def test_a_summary_box_of_phrase_rows_stays_one_section(heading: str) -> None:
    outline = outline_of(_page(heading, PHRASE_ROWS), "markdown")
    kinds = [section.kind for section in outline.sections]
    assert kinds[1] == "scope"
    assert all(row in outline.sections[1].text for row in PHRASE_ROWS)
    assert outline.sections[2].heading == "The law behind this chapter"
    assert_tiles(outline)


def test_every_phrase_row_after_the_first_is_in_the_box() -> None:
    assert _rows_in_a_box(_page("## At a glance", PHRASE_ROWS))[2:8] == [
        False,
        True,
        True,
        True,
        True,
        False,
    ]


def test_phrase_rows_under_another_heading_are_no_box() -> None:
    assert not any(_rows_in_a_box(_page("## How we work", PHRASE_ROWS)))


def test_rows_with_long_labels_or_three_cells_are_no_summary_box() -> None:
    long_label = [
        "Last changed | March 2026",
        "What every worker in the service is expected to do | Plan with families, not for them",
    ]
    three_cells = [
        "Last changed | March 2026",
        "Personal adviser | 18 | 21, or 25 for anyone who asks",
    ]
    assert not any(_rows_in_a_box(_page("## At a glance", long_label)))
    assert not any(_rows_in_a_box(_page("## At a glance", three_cells)))


LABEL_LINES = [
    "Service: Oakhurst Children's Social Care",
    "Owner: Head of Children in Care",
    "Last changed: March 2026",
    "Practice model: Open Doors",
    "Permanence: by the second review",
    "Leaving care: an adviser to 21 (25 if asked)",
]


def _plain(heading: str, lines: list[str]) -> str:
    return (
        "Our Policies and Principles for Children in Care\n\n"
        f"{heading}\n\n" + "\n".join(lines) + "\n\n"
        "2. The law behind this chapter\n\n"
        "Oakhurst Council's duties come from the Children Act 1989, the Children Act 2004 and "
        "the Children and Social Work Act 2017.\n\n"
        "3. Being a corporate parent\n\n"
        "Every councillor and officer of Oakhurst Council is a corporate parent and follows the "
        "seven corporate parenting principles.\n"
    )


@pytest.mark.parametrize("heading", ["1. About this chapter", "1. Document details"])
def test_label_lines_under_a_heading_stay_one_section_whatever_they_name(heading: str) -> None:
    outline = outline_of(_plain(heading, LABEL_LINES), "plain")
    assert outline.sections[1].heading == heading
    assert all(line in outline.sections[1].text for line in LABEL_LINES)
    assert outline.sections[2].heading == "2. The law behind this chapter"
    assert_tiles(outline)


def test_a_blank_line_still_parts_label_lines_from_a_paragraph_a_cue_opens() -> None:
    text = _plain(
        "1. About this chapter",
        [
            *LABEL_LINES[:3],
            "",
            "Our practice model is Open Doors, which asks every worker to plan with families "
            "rather than for them.",
        ],
    )
    outline = outline_of(text, "plain")
    assert outline.sections[2].kind == "practice_model"
    assert outline.sections[2].heading is None
    assert_tiles(outline)
