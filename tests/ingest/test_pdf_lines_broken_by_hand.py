"""PDF lines of one paragraph that their writer broke by hand (Word's Shift+Enter, printed by
LibreOffice), told from wrapped lines by whether the line had room for the next line's first
word (decision 0251): a sentence ended so ends its block, a line opening as an item of a list
set one a line keeps its line; a wrap, and a break in a narrower column, run on. Lines are as
PDFium gives them, with the printed width of their first word; the wording is our own."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 11.0
PITCH = 14.7
LEFT = 90.0
RIGHT = 522.0


def _line(text: str, top: float, right: float, first_word: float, left: float = LEFT) -> TextLine:
    return TextLine(text, BODY, False, top, top + BODY, left, right, first_word=first_word)


def _markdown(lines: Sequence[TextLine]) -> list[str]:
    page = TextPage(width=612.0, height=792.0, lines=tuple(lines))
    return pages_to_markdown([page]).split("\n\n")


def _top(row: int) -> float:
    return 80 + row * PITCH


def test_a_sentence_ended_with_room_for_the_next_word_ends_its_block() -> None:
    lines = [
        _line(
            "Care. We keep every child safe and give them a settled home while they",
            _top(0),
            518,
            22,
        ),
        _line("are with us.", _top(1), 150, 12),
        _line("Voice. We ask children what they think of the plans we make.", _top(2), 460, 30),
        _line("Help. We make sure each child can use the services they need.", _top(3), 470, 25),
    ]

    assert _markdown(lines) == [
        "Care. We keep every child safe and give them a settled home while they are with us.",
        "Voice. We ask children what they think of the plans we make.",
        "Help. We make sure each child can use the services they need.",
    ]


def test_a_line_opening_as_an_item_after_room_for_it_keeps_its_line() -> None:
    lines = [
        _line(
            "The council's duties to the children in its care and to its care leavers",
            _top(0),
            515,
            20,
        ),
        _line("come from the law:", _top(1), 180, 28),
        _line("Children Act 1989", _top(2), 180, 50),
        _line("Children and Social Work Act 2017", _top(3), 265, 50),
        _line("Care Leavers (England) Regulations 2010", _top(4), 290, 33),
    ]

    assert _markdown(lines) == [
        "The council's duties to the children in its care and to its care leavers come from the"
        " law:",
        "Children Act 1989\nChildren and Social Work Act 2017"
        "\nCare Leavers (England) Regulations 2010",
    ]


def test_a_wrapped_line_without_room_for_the_next_word_runs_on() -> None:
    lines = [
        _line("Our corporate parenting board meets every quarter to look at the", _top(0), 480, 20),
        _line(
            "Placements Sufficiency Strategy and the progress made since then.", _top(1), 490, 60
        ),
        _line(
            "Every member of the board visits a children's home each year. Our", _top(2), 500, 40
        ),
        _line("care leavers sit on the board.", _top(3), 240, 24),
    ]

    assert _markdown(lines) == [
        "Our corporate parenting board meets every quarter to look at the Placements Sufficiency"
        " Strategy and the progress made since then. Every member of the board visits a children's"
        " home each year. Our care leavers sit on the board."
    ]


def test_a_line_in_a_narrow_column_is_measured_against_its_column() -> None:
    lines = [
        _line("Children's Services Policies and Principles", _top(0), 500, 60),
        _line("This chapter explains what the", _top(2), 283, 20),
        _line("Council does for young people", _top(3), 280, 45),
        _line("who have left its care.", _top(4), 200, 18),
        _line("Leaving care: our approach", _top(2), 520, 50, left=320),
    ]

    assert _markdown(lines)[1] == (
        "This chapter explains what the Council does for young people who have left its care."
    )
