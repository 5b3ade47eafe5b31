"""Uploaded text is untrusted: the readers added for converters' output (box-drawn tables, pandoc
fenced divs, html2text reference lists, text-browser dumps, pdftohtml's placed lines) never raise
on odd input, never write more than a bounded multiple of what they read, and do work linear in
it (decision 0152).

Work is bounded two ways, never by a clock: the Python lines a reader runs are counted
(`sys.settrace`) and must grow linearly when the hostile input doubles; and the hostile inputs
that once made a pattern backtrack are run at a size where quadratic work is some 5 x 10^11
steps (about forty minutes), so a regression does not finish in any test run.
Inputs are made up for the tests."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import EmptySource, InvalidSource, SourceTooLarge
from app.ingest import read_source
from app.ingest.box_tables import redraw_box_tables
from app.ingest.browser_dump import undo_link_numbers
from app.ingest.fenced_divs import unfence_divs
from app.ingest.html_render import load_chrome_cues
from app.ingest.pdf import CELL_SEPARATOR, TextLine
from app.ingest.pdf_table_grid import _pieces
from app.ingest.positioned_html import markdown_blocks_as_html
from app.ingest.reference_links import inline_reference_links

CUES = load_chrome_cues()
HOSTILE = 1_000_000
"""Characters in a hostile line: quadratic work on it is ~5 x 10^11 steps."""

# Text made of the characters these readers react to, with unicode oddities among them.
_PIECES = st.sampled_from(
    [
        "\u2502", "\u2503", "\u2551", "\u2500", "\u2500\u2500\u2500", "\u250c", "\u253c", "\u2518",
        ":::", "::::", " {.cookie-banner}", " {#main .content}", " site-header",
        " {role=\"navigation\"}",
        "```", "~~~", "[", "]", "][", "]:", "![", "](", ")", "[1]", "[2]", "[a][1]",
        "\n[1]: http://a.example",
        "\n[2]: http://b.example \"t\"", "\nReferences\n", "\n 1. http://a.example", "\n 2. https://b.example",
        "____", " ", "\t", "\n", "\n\n", "#[1]", "* ", "3. ", "Home", "Contact us",
        "Children Act 1989",
        "\u00a0", "\u200b", "\u0130", "\ufeff", "e\u0301", "\U0001f600", "\r", "x", "1" * 12,
    ]
)  # fmt: skip
TEXTS = st.lists(_PIECES, max_size=60).map("".join) | st.text(max_size=200)


def _non_space(text: str, without: str = "") -> Counter[str]:
    return Counter(c for c in text if not c.isspace() and c not in without)


def _is_subsequence(short: str, long: str) -> bool:
    characters = iter(long)
    return all(character in characters for character in short)


_BOX_DRAWING = "".join(chr(code) for code in range(0x2500, 0x2580)) + "|"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_box_tables_invent_nothing_and_stay_within_three_times_the_input(text: str) -> None:
    result = redraw_box_tables(text, CUES)
    assert len(result) <= 3 * len(text) + 1
    # every word character of the result is one of the input's: only bars and spaces are added
    assert not _non_space(result, _BOX_DRAWING) - _non_space(text, _BOX_DRAWING)
    if not any(bar in text for bar in "\u2502\u2503\u2551"):
        assert result == text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_fenced_divs_keep_a_subsequence_of_the_lines(text: str) -> None:
    """The result is some of the lines, in order, joined again; all of them may go (a text of
    fences only, ":::Home" then ":::", joins no line and is empty)."""
    result = unfence_divs(text, CUES)
    lines = iter(text.split("\n"))
    kept = result.split("\n") if result else []
    assert all(line in lines for line in kept)


def test_a_text_of_fences_alone_keeps_no_line() -> None:
    assert unfence_divs(":::Home\n:::", CUES) == ""
    assert unfence_divs("::: {.note}\nWe listen.\n:::", CUES) == "We listen."


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_reference_links_write_at_most_three_times_the_input(text: str) -> None:
    result = inline_reference_links(text)
    assert len(result) <= 3 * len(text) + 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_browser_dumps_only_take_characters_out(text: str) -> None:
    assert _is_subsequence(undo_link_numbers(text), text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_placed_page_blocks_become_html_without_raising(markdown: str) -> None:
    html = markdown_blocks_as_html(markdown)
    assert len(html) <= 12 * len(markdown) + 20


_NUMBERS = st.sampled_from(
    ["0", "-3", "12", "12.5", "1" * 400, "9" * 4400, "0.0000001", "1e5", "", "nan", "-0"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            _NUMBERS, _NUMBERS, _NUMBERS, st.sampled_from(["px", "pt", ""]), st.text(max_size=20)
        ),
        min_size=5,
        max_size=25,
    ),
    _NUMBERS,
)
def test_placed_lines_at_any_position_and_size_never_raise(
    lines: list[tuple[str, str, str, str, str]], height: str
) -> None:
    placed = "".join(
        f"<div style='position:absolute;top:{top}px;left:{left}px;font-size:{size}{unit}'>"
        f"{text.replace('<', ' ').replace('&', ' ')}</div>"
        for top, left, size, unit, text in lines
    )
    page = f"<html><body><div style='height:{height}px'>{placed}</div></body></html>"
    try:
        source = read_source(page.encode(), "page.html")
    except (EmptySource, InvalidSource, SourceTooLarge):
        return
    assert len(source.text) <= 2 * len(page)


# --- hostile inputs: each was quadratic (or raised) before decision 0152 ---------------------


def _dump(body: str) -> str:
    return body + "\n\nReferences\n\n 1. http://a.example/\n 2. http://b.example/\n"


@pytest.mark.parametrize(
    ("reader", "text"),
    [
        # `[ \t]*:*[ \t]*$` after a fence's class tried every split of a run of spaces
        (lambda t: unfence_divs(t, CUES), "::: note" + " " * HOSTILE + "x\n:::\n"),
        # `([\w-]+)=` was tried from every letter of a long word inside the braces
        (lambda t: unfence_divs(t, CUES), "::: {" + "a" * HOSTILE + "}\nx\n:::\n"),
        # `[ \t]*_{4,}` (a form's box) was tried from every blank of a run of blanks
        (undo_link_numbers, _dump("Title words\n" + " " * HOSTILE + "x\n[1]a [2]b")),
        # a search box's label: a lazy label before `[ \t]*_{4,}` rescanned the blanks
        (undo_link_numbers, _dump("a" + " " * HOSTILE + "x\n[1]a [2]b")),
    ],
)
def test_hostile_lines_are_read_in_linear_work(reader: Callable[[str], str], text: str) -> None:
    assert reader(text)


def test_an_unclosed_style_rule_repeated_is_read_in_linear_work() -> None:
    # `\{([^}]*)\}` scanned to the end of the sheet from each unclosed rule
    lines = "".join(
        f"<p style='position:absolute;top:{20 * i}px;left:10px'>line {i}</p>" for i in range(8)
    )
    sheet = ".a{" * (HOSTILE // 3)
    page = f"<html><head><style>{sheet}</style></head><body><div>{lines}</div></body></html>"
    assert "line 7" in read_source(page.encode(), "page.html").text


def test_a_hundred_thousand_nested_fences_are_read_in_linear_work() -> None:
    # each line looked at the whole stack of open divs (`any(open_divs)`): depth x lines
    depth = 100_000
    text = "::: note\n" * depth + "words\n" * depth + ":::\n" * depth
    assert unfence_divs(text, CUES) == "words\n" * depth


@pytest.mark.parametrize(
    "text",
    [
        _dump("a [" + "1" * 5000 + "] b"),  # int() refuses more than 4300 digits
        "a [1] b\n\nReferences\n\n " + "1" * 5000 + ". http://a.example/\n 2. http://b.example/\n",
        _dump("1" * 5000 + ". [1]Home\n" + "1" * 5000 + ". Policies\nTitle of the page\n[2]x"),
    ],
)
def test_link_numbers_too_long_to_be_numbers_are_text(text: str) -> None:
    assert undo_link_numbers(text)


def test_an_address_that_reads_as_a_reference_is_not_looked_up() -> None:
    text = "![logo][1] and [more][2]\n\n[1]: [x][not-listed]\n[2]: http://b.example/\n"
    assert (
        inline_reference_links(text) == "![logo]([x][not-listed]) and [more](http://b.example/)\n"
    )


def test_one_long_address_referenced_fifty_thousand_times_is_not_written_out() -> None:
    text = "[a][1] " * 50_000 + "\n\n[1]: http://a.example/" + "x" * 100_000 + "\n[2]: http://b/\n"
    assert inline_reference_links(text) == text  # written out: 5 x 10^9 characters


def test_fifty_thousand_references_are_written_inline() -> None:
    body = "".join(f"[link {i}][{i}] " for i in range(50_000))
    listed = "".join(f"[{i}]: http://a.example/{i}\n" for i in range(50_000))
    result = inline_reference_links(body + "\n\n" + listed)
    assert result.count("](http://a.example/") == 50_000
    assert len(result) <= 2 * len(body + listed)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\u2502",
        "\u2502\u2502",
        "\u2502" * 100_000,
        "\u2502" + " \u2502" * 50_000 + "x",
        "\u2500" * 100_000 + "\n" + "\u2502a\u2502" * 30_000,
        "\u250c\u2500\u2500\u2500\u2510\n" + "\u2502a\u2502b\u2502\n\u2502c\u2502\n" * 10_000,
    ],
)
def test_box_characters_in_any_arrangement_are_read(text: str) -> None:
    assert len(redraw_box_tables(text, CUES)) <= 3 * len(text) + 1


@pytest.mark.parametrize(
    "style",
    [
        "font-size:0px",
        "font-size:" + "9" * 400 + "px",
        "top:" + "1" * 400 + "px",
        "left:" + "9" * 400 + "px",
    ],
)
def test_placed_lines_with_sizes_no_page_has_are_read_without_raising(style: str) -> None:
    lines = "".join(
        f"<p style='position:absolute;top:{20 * i}px;left:10px;{style}'>line {i}</p>"
        for i in range(8)
    )
    page = f"<html><body><div>{lines}</div></body></html>"
    try:
        text = read_source(page.encode(), "page.html").text
    except EmptySource:
        return  # every line placed off any page: nothing to read, said as such
    assert "line 7" in text


# --- Python work counted: doubling the hostile input at most doubles the lines run -----------


def _lines_run(reader: Callable[[str], Any], text: str) -> int:
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return trace if frame.f_code.co_filename.find("app/ingest") >= 0 else None

    sys.settrace(trace)
    try:
        reader(text)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize(
    ("reader", "make"),
    [
        (lambda t: unfence_divs(t, CUES), lambda n: "::: {.note}\n" * n + "x\n" * n + ":::\n" * n),
        (
            lambda t: redraw_box_tables(t, CUES),
            lambda n: "\u250c\u2500\u2500\u2500\u2510\n" + "\u2502a\u2502b\u2502\n" * n,
        ),
        (inline_reference_links, lambda n: "[a][1] " * n + "\n\n[1]: http://a/\n[2]: http://b/\n"),
        (undo_link_numbers, lambda n: _dump("* [1]Home\n" * n + "Title\n" + "[2]x ____\n" * n)),
    ],
)  # fmt: skip
def test_readers_run_linear_python_work(
    reader: Callable[[str], Any], make: Callable[[int], str]
) -> None:
    small, large = _lines_run(reader, make(500)), _lines_run(reader, make(1000))
    assert large <= 2.2 * small + 50


def test_the_fence_pattern_still_reads_closing_colons() -> None:
    assert re.search(r"x", unfence_divs("::: note ::: \nx\n:::\n", CUES))


def test_a_wide_gap_a_million_characters_into_a_cell_stays_in_its_cell() -> None:
    # gaps were coded as piece * 1_000_000 + offset: past a million the code named the next piece
    first = "a" * 1_000_010
    line = TextLine(
        f"{first} b{CELL_SEPARATOR}c d",
        10.0, False, 0.0, 10.0, 0.0, 500.0, cells=2,
        wide_gaps=((1_000_010, 90.0), (len(first) + 2 + len(CELL_SEPARATOR) + 1, 300.0)),
        cell_starts=(200.0,),
    )  # fmt: skip
    _pieces_of_line, gaps = _pieces(line, 0)
    assert gaps == [(0, 1_000_010, 90.0), (1, 1, 300.0)]


def test_wide_gaps_are_matched_to_pieces_in_linear_work() -> None:
    def line_of(cells: int) -> TextLine:
        text = CELL_SEPARATOR.join(["a b"] * cells)
        step = 3 + len(CELL_SEPARATOR)
        return TextLine(
            text, 10.0, False, 0.0, 10.0, 0.0, 500.0, cells=cells,
            wide_gaps=tuple((step * number + 1, float(number)) for number in range(cells)),
            cell_starts=tuple(float(number) for number in range(1, cells)),
        )  # fmt: skip

    small = _lines_run(lambda _t: _pieces(line_of(2000), 0), "")
    large = _lines_run(lambda _t: _pieces(line_of(4000), 0), "")
    assert large <= 2.2 * small + 50
