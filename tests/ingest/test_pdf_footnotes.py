"""Footnotes at the foot of a PDF's page are read where their reference marks point (decision
0087): at the end of the paragraph or list item holding the mark, after the list a paragraph
introduces, after a heading; a note no mark points to stays out (decision 0012)."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0
PITCH = 13.0
LEFT = 60.0
RIGHT = 530.0


def _line(text: str, row: int, *, right: float = RIGHT, size: float = BODY,
          marks: tuple[str, ...] = (), top: float | None = None) -> TextLine:  # fmt: skip
    y = 100.0 + row * PITCH if top is None else top
    return TextLine(text, size, False, y, y + size * 1.15, LEFT, right, note_marks=marks)


def _note(text: str, row: int) -> TextLine:
    return _line(text, 0, size=7.5, right=300, top=690.0 + row * 10)


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


def test_a_note_is_read_at_the_end_of_the_paragraph_that_runs_on_to_the_next_page() -> None:
    first = [
        _line("Care leavers have a personal adviser who helps them plan for", 0),
        _line("adulthood and who stays in touch with them until they are", 1, marks=("1",)),
        _note("1 Advisers are named in the pathway plan.", 0),
    ]
    second = [_line("twenty-one, if they want that help.", 0, right=300)]

    text = pages_to_markdown([_page(first), _page(second)])

    assert text == (
        "Care leavers have a personal adviser who helps them plan for adulthood and who stays in "
        "touch with them until they are twenty-one, if they want that help. Advisers are named "
        "in the pathway plan."
    )


def test_each_note_follows_its_own_paragraph_and_an_unmarked_note_stays_out() -> None:
    lines = [
        _line("Support lasts until the young person is 21.", 0, right=320, marks=("1",)),
        _line("Plans are reviewed every six months.", 4, right=300, marks=("2",)),
        _line("Every plan is written with the young person and shared with them.", 6),
        _note("1 It can go on to 25 on request.", 0),
        _note("2 Or sooner when things change.", 1),
        _note("3 A note that nothing points to.", 2),
    ]

    text = pages_to_markdown([_page(lines)])

    assert text.split("\n\n") == [
        "Support lasts until the young person is 21. It can go on to 25 on request.",
        "Plans are reviewed every six months. Or sooner when things change.",
        "Every plan is written with the young person and shared with them.",
    ]


def test_the_note_of_a_paragraph_introducing_a_list_is_read_after_the_list() -> None:
    lines = [
        _line("Our duties come from these Acts:", 0, right=300, marks=("1",)),
        _line("- Children Act 1989", 1, right=200),
        _line("- Children Act 2004", 2, right=200),
        _line("Each Act is cited by its short title.", 4, right=280),
        _note("1 Each as amended.", 0),
    ]

    text = pages_to_markdown([_page(lines)])

    assert text.split("\n\n") == [
        "Our duties come from these Acts:",
        "- Children Act 1989",
        "- Children Act 2004",
        "Each as amended.",
        "Each Act is cited by its short title.",
    ]


def test_a_note_on_a_heading_is_a_paragraph_after_it() -> None:
    lines = [
        _line("Corporate parenting", 0, size=16, right=250, marks=("*",)),
        _line("The whole council is corporate parent to the children it looks after.", 2),
        _note("* Section 1 of the Children and Social Work Act 2017.", 0),
    ]

    text = pages_to_markdown([_page(lines)])

    assert text.split("\n\n") == [
        "# Corporate parenting",
        "Section 1 of the Children and Social Work Act 2017.",
        "The whole council is corporate parent to the children it looks after.",
    ]


# --- notes in the body's own type (decision 0289) ----------------------------------------------


def _body_note(text: str, row: int) -> TextLine:
    return _line(text, 0, right=420, top=700.0 + row * PITCH)


def test_notes_at_body_size_are_read_where_their_marks_stand() -> None:
    lines = [
        _line("Every care leaver has a personal adviser until the age of 21.", 0, marks=("4",)),
        _line("Reviews are held every six months.", 4, right=300, marks=("5",)),
        _line("We ask young people what they think of the service.", 8, right=380),
        _body_note("4 Anyone who asks for it keeps that support until 25.", 0),
        _body_note("5 Sooner where the plan changes.", 1),
    ]

    text = pages_to_markdown([_page(lines)])

    assert text.split("\n\n") == [
        "Every care leaver has a personal adviser until the age of 21. Anyone who asks for it "
        "keeps that support until 25.",
        "Reviews are held every six months. Sooner where the plan changes.",
        "We ask young people what they think of the service.",
    ]


def test_a_numbered_list_at_the_foot_in_body_type_is_no_run_of_notes() -> None:
    lines = [
        _line("Our duties come mainly from the Children Act 1989.", 0, right=380, marks=("1",)),
        _line("We keep to these steps:", 4, right=200),
        _body_note("1 Plan with the child.", 0),
        _body_note("2 Review the plan.", 1),
    ]

    text = pages_to_markdown([_page(lines)])

    assert "Our duties come mainly from the Children Act 1989.\n\n" in text
    assert "1 Plan with the child." not in text.split("\n\n")[0]
    assert "2 Review the plan." in text


def test_body_type_lines_opening_with_other_numbers_than_the_marks_stay_where_they_are() -> None:
    lines = [
        _line("Support lasts until the young person is 21.", 0, right=320, marks=("1",)),
        _body_note("3 Young people can ask us for help at any time.", 0),
    ]

    text = pages_to_markdown([_page(lines)])

    assert text.split("\n\n") == [
        "Support lasts until the young person is 21.",
        "3 Young people can ask us for help at any time.",
    ]
