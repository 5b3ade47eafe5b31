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


# --- a line broken at a raised mark after a sentence, with no note on the page (0249) --------


def test_the_rest_of_a_line_broken_at_a_mark_with_no_note_runs_on() -> None:
    lines = [
        _line("Councillors and staff keep to seven principles set out in law.", 100, right=400),
        TextLine("1 We will:", BODY, False, 97.5, 111.5, 400.0, 450.0),
        _line("- keep them safe;", 100 + 2 * PITCH, right=200),
    ]

    assert _markdown(lines)[0] == (
        "Councillors and staff keep to seven principles set out in law. We will:"
    )


def test_a_line_opening_with_a_number_on_the_next_row_keeps_its_number() -> None:
    lines = [
        _line("We hold to these principles, set out in law.", 100, right=400),
        _line("1 We act in the best interests of each child.", 100 + PITCH, right=400),
    ]

    assert "1 We act in the best interests" in "\n\n".join(_markdown(lines))
