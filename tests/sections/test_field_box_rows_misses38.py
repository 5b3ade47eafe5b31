"""A box of label-value rows right under a heading ("Key facts", then "Updated | September
2025", "Personal adviser | until 21 …", "How we work | Signs of Safety"), as the readers of
Word, HTML and PDF tables give it, a row a line, is one block of its section: the kind model may
not start a section inside it, whichever row holds the date (decision 0269). A layout table whose
rows hold prose beside their label is no such box.

Each page is written for this test in our own words.
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

DATE_ROW = "Updated | September 2025"
OTHER_ROWS = [
    "Personal adviser | until 21, or until 25 in education or training",
    "A settled home | a permanence plan within 6 months of coming into care",
    "How we work | Signs of Safety",
]
OTHER_ROWS_TOO = [
    "Support from | a leaving care worker to the age of 25",
    "Plan for a home | agreed at the second review",
    "Our model | Restorative Practice",
]


def _leaflet(rows: list[str]) -> str:
    return (
        "# Caring for Our Children: The Short Version\n\n"
        "**Key facts**\n\n" + "\n".join(rows) + "\n\n"
        "## About this leaflet\n\n"
        "This leaflet sums up, on one page, how Brackenfold Council looks after the children "
        "in its care. The full policy is on the council's website.\n\n"
        "## Our promise\n\n"
        "The whole council is a corporate parent. Councillors and officers follow the seven "
        "corporate parenting principles in every decision they make.\n\n"
        "## Contact us\n\nBrackenfold Children's Services, Civic Centre, Brackenfold.\n"
    )


@pytest.mark.parametrize("others", [OTHER_ROWS, OTHER_ROWS_TOO])
@pytest.mark.parametrize("place", [0, 1, 3])
def test_a_key_facts_box_of_rows_stays_whole_wherever_its_date_row_stands(
    others: list[str], place: int
) -> None:
    rows = [*others]
    rows.insert(place, DATE_ROW)
    outline = outline_of(_leaflet(rows), "markdown")
    kinds = [(section.kind, section.heading) for section in outline.sections]
    assert kinds[:3] == [
        ("title", "Caring for Our Children: The Short Version"),
        ("scope", "Key facts"),
        ("scope", "About this leaflet"),
    ]
    box = outline.sections[1].text
    assert all(row in box for row in rows)
    assert_tiles(outline)


def _rows_in_a_box(text: str) -> list[bool]:
    cues = compile_cues(get_family().kinds)
    raw = split_labelled_rows(text, _ordered(scan_markdown_blocks(text, LineIndex(text))), cues)
    state = find_headings(text, raw, cues)
    return [_row_of_a_headed_field_box(text, raw, state, cues, index) for index in range(len(raw))]


def test_every_row_after_the_first_of_a_headed_box_is_in_the_box() -> None:
    text = _leaflet([DATE_ROW, *OTHER_ROWS])
    assert _rows_in_a_box(text)[2:7] == [False, True, True, True, False]


def test_rows_holding_sentences_are_no_box() -> None:
    text = (
        "# Caring for Our Children\n\n"
        "**How we work**\n\n"
        "Our values | We are honest with children about what we can and cannot do for them.\n"
        "Our model | Social workers use Signs of Safety to talk with each family about worries.\n"
        "\n## Contact us\n\nBrackenfold Children's Services.\n"
    )
    assert not any(_rows_in_a_box(text))


def test_rows_right_under_the_title_or_after_prose_are_no_headed_box() -> None:
    under_title = (
        "# Caring for Our Children\n\n"
        "Owner | Head of Service\nVersion | 3.1\nReviewed | May 2025\n\n"
        "## Our promise\n\nThe whole council is a corporate parent to every child in care.\n"
    )
    after_prose = (
        "# Caring for Our Children\n\n"
        "## At a glance\n\n"
        "The main points of this chapter are these.\n\n"
        "Owner | Head of Service\nVersion | 3.1\nReviewed | May 2025\n"
    )
    assert not any(_rows_in_a_box(under_title))
    assert not any(_rows_in_a_box(after_prose))


def _note(line: str, heading: str = "### Why this note was written") -> str:
    return (
        "# Briefing Note: Children in Our Care\n\n"
        f"{line}\n\n"
        f"{heading}\n\n"
        "Members of the Board asked for a short account of what the council owes to the "
        "children it looks after. This note gives that account.\n\n"
        "### Being a good corporate parent\n\n"
        "The whole council is a corporate parent, and councillors ask of every decision "
        "whether it would be good enough for their own child.\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Prepared for the Corporate Parenting Board by the Head of Children in Care, "
        "Ashcombe Borough Council",
        "Presented to the Children and Young People Scrutiny Committee, 4 March 2026",
        "Presented to the Children and Young People Scrutiny Committee by the Assistant "
        "Director for Children's Social Care, Ashcombe Borough Council",
        # Short lines like these stayed with the title already (a short line over a heading).
        "Written by the Leaving Care Team for elected members",
        "*Prepared by the Service Manager, Looked After Children*",
    ],
)
def test_a_prepared_for_line_under_the_title_stays_with_it(line: str) -> None:
    outline = outline_of(_note(line), "markdown")
    kinds = [(section.kind, section.heading) for section in outline.sections]
    assert kinds[0] == ("title", "Briefing Note: Children in Our Care")
    assert kinds[1][1] == "Why this note was written"
    assert line in outline.sections[0].text
    assert_tiles(outline)


@pytest.mark.parametrize(
    "line",
    [
        # A sentence, not a line naming whom the note is for.
        "Prepared for the Board, this note sums up our duties to the children we look after.",
        # A line saying something else.
        "The Board meets every quarter to hear from young people in care and from the "
        "carers who look after them",
    ],
)
def test_other_lines_under_the_title_are_not_taken_for_an_addressee(line: str) -> None:
    outline = outline_of(_note(line), "markdown")
    assert line not in outline.sections[0].text
    assert_tiles(outline)
