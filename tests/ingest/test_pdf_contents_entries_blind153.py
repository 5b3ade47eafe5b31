"""A printed contents page whose entries carry no numbers: each entry, its dot leader and page
number taken off, is a line of its own, not the next line of one paragraph (decision 0249)."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0
PITCH = 13.0


def _line(text: str, top: float, *, size: float = BODY, right: float = 520.0) -> TextLine:
    return TextLine(text, size, False, top, top + size * 1.15, 60.0, right)


def _markdown(lines: list[TextLine]) -> list[str]:
    return pages_to_markdown([TextPage(595.0, 842.0, tuple(lines))]).split("\n\n")


def test_unnumbered_entries_set_close_together_stay_a_line_each() -> None:
    lines = [
        _line("Contents", 100, size=13.0),
        _line("Who this is for .................................. 2", 100 + 2 * PITCH),
        _line("Our duties in law ................................ 2", 100 + 3 * PITCH),
        _line("Helping young people leave care .................. 3", 100 + 4 * PITCH),
        _line("This chapter sets out what we believe.", 100 + 6 * PITCH, right=300),
    ]

    assert _markdown(lines) == [
        "# Contents",
        "Who this is for",
        "Our duties in law",
        "Helping young people leave care",
        "This chapter sets out what we believe.",
    ]


def test_an_entry_wrapped_before_its_leader_is_still_one_entry() -> None:
    lines = [
        _line("Contents", 100, size=13.0),
        _line("How the whole council shares in looking after children in its care and", 126),
        _line("the young people leaving it .......................... 2", 139),
        _line("Keeping information safe ............................. 3", 152),
    ]

    assert _markdown(lines) == [
        "# Contents",
        "How the whole council shares in looking after children in its care and the young"
        " people leaving it",
        "Keeping information safe",
    ]


def test_lines_without_a_leader_still_run_on_as_one_paragraph() -> None:
    lines = [
        _line("We listen to children and act on what they tell us about their", 100),
        _line("lives, their homes and their plans.", 113, right=250),
    ]

    assert _markdown(lines) == [
        "We listen to children and act on what they tell us about their lives, their homes"
        " and their plans."
    ]
