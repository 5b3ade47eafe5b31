"""PDF layout rules on lines as PDFium gives them: markers drawn apart, footnotes, clause
numbers, hyphenation and two columns, the ways other PDF makers (LibreOffice, WeasyPrint) lay
out a chapter."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0
PITCH = 13.0
LEFT = 60.0
RIGHT = 530.0


def _line(text: str, row: int, *, left: float = LEFT, right: float = RIGHT, size: float = BODY,
          bold: bool = False, top: float | None = None) -> TextLine:  # fmt: skip
    y = 100.0 + row * PITCH if top is None else top
    return TextLine(text, size, bold, y, y + size * 1.15, left, right)


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


def test_bullets_drawn_apart_from_their_items_are_put_back_in_front_of_them() -> None:
    """WeasyPrint draws a list's bullets after all of its text: each bullet belongs to the line
    beside it, so the legislation list stays a list of its Acts."""
    acts = ["Children Act 1989", "Children Act 2004", "Children and Families Act 2014"]
    lines = [_line("Our duties come from these Acts:", 0, right=300)]
    lines += [_line(act, 1 + n, left=LEFT + 12, right=200) for n, act in enumerate(acts)]
    lines += [_line("\u2022", 1 + n, left=LEFT + 2, right=LEFT + 7) for n in range(len(acts))]
    lines += [_line("Each is cited by its short title.", 5, right=280)]

    text = pages_to_markdown([_page(lines)])

    assert text.split("\n\n") == [
        "Our duties come from these Acts:",
        *(f"- {act}" for act in acts),
        "Each is cited by its short title.",
    ]


def test_a_marker_with_nothing_beside_it_stays_where_it_is() -> None:
    lines = [_line("A line of text that ends here.", 0, right=300), _line("\u2022", 4, right=70)]

    assert pages_to_markdown([_page(lines)]).endswith("\u2022")


def test_footnotes_at_the_foot_of_a_page_are_dropped_and_the_paragraph_runs_on() -> None:
    first = [
        _line("Care leavers have a personal adviser who helps them plan for", 0),
        _line("adulthood and who stays in touch with them1 until they are", 1),
        _line("1 The adviser is named in the pathway plan.", 50, size=7.5, right=300),
        _line("2 See also the local offer.", 51, size=7.5, right=200),
    ]
    second = [_line("twenty-five, if they want that help.", 0, right=300)]

    text = pages_to_markdown([_page(first), _page(second)])

    assert "pathway plan" not in text
    assert "local offer" not in text
    assert text.endswith("until they are twenty-five, if they want that help.")


def test_small_type_at_the_foot_of_a_page_that_is_no_footnote_is_kept() -> None:
    lines = [
        _line("Our values were written with children and families.", 0, right=400),
        _line("Printed copies may be out of date.", 50, size=7.5, right=250),
    ]

    assert pages_to_markdown([_page(lines)]).endswith("Printed copies may be out of date.")


def test_small_type_level_with_the_last_line_of_text_is_beside_it_not_a_footnote() -> None:
    """A note in small type set beside the page's last line of text, on its level, opens with a
    number as a footnote does; it is not under the text, so it stays."""
    lines = [
        _line("Care leavers choose who supports them.", 20, right=300),
        _line("We review this chapter every year.", 21, right=260),
        _line("2 Agreed by the corporate parenting board", 0, left=320, size=7.5, top=373),
    ]

    text = pages_to_markdown([_page(lines)])

    assert "We review this chapter every year." in text
    assert "Agreed by the corporate parenting board" in text


def test_a_list_in_small_type_high_on_a_page_under_its_heading_is_not_footnotes() -> None:
    """An appendix page: a heading, then its numbered list in small type. The list is under all
    larger type on its page and opens with a number, as footnotes do, but it stands at the top
    of the page, not at its foot."""
    text_page = [
        _line(f"Line {n} of the chapter's text, written at the body size for every reader.", n)
        for n in range(10, 20)
    ]
    appendix = [
        _line("Appendix: the Acts", 10, size=14, right=250),
        *(
            _line(f"{n}. {act}", 0, size=7.5, right=200, top=240 + n * 10)
            for n, act in enumerate(["Children Act 1989", "Children Act 2004"], start=1)
        ),
    ]

    text = pages_to_markdown([_page(text_page), _page(appendix)])

    assert "Children Act 1989" in text
    assert "Children Act 2004" in text


def test_lines_overlapping_one_another_at_one_left_edge_keep_every_word() -> None:
    """The layout the reading property found: three lines in three sizes set a point apart at
    one left edge. The smaller two overlap the larger line rather than sit under it, so neither
    is a footnote, whatever the first of them opens with."""
    lines = [
        _line("leavers", 0, left=40, right=190, top=151),
        _line("care care", 0, left=40, right=190, size=14, top=150),
        _line("21 care", 0, left=40, right=190, size=7.5, top=150),
    ]

    text = pages_to_markdown([_page(lines)])

    assert "leavers" in text
    assert text.count("care") == 3


def test_clause_numbers_of_several_levels_open_paragraphs_of_their_own() -> None:
    lines = [
        _line("1.1 Children at the heart: we see the world from the child's view.", 0, right=510),
        _line("1.2 Honesty: we say what we think and we explain our reasons.", 1, right=400),
        _line("The council spends more than", 3, right=RIGHT),
        _line("2.5 million pounds a year on this work.", 4, right=300),
    ]

    assert pages_to_markdown([_page(lines)]).split("\n\n") == [
        "1.1 Children at the heart: we see the world from the child's view.",
        "1.2 Honesty: we say what we think and we explain our reasons.",
        "The council spends more than 2.5 million pounds a year on this work.",
    ]


def test_table_rows_are_lines_of_one_block_and_wrapped_cells_carry_on_their_row() -> None:
    def row(text: str, n: int) -> TextLine:
        return TextLine(text, BODY, False, 100 + n * 20, 111.5 + n * 20, LEFT, 500, cells=2)

    lines = [
        _line("Support changes with age:", 0, right=200),
        row("Age | What young people can expect", 1),
        row("18 to 21 | A personal adviser for every", 2),
        _line("care leaver", 0, left=200, right=260, top=100 + 2 * 20 + PITCH),
        row("21 to 25 | Support if they ask for it", 4),
        _line("Children are told about every decision that affects them.", 9, right=400),
    ]

    assert pages_to_markdown([_page(lines)]).split("\n\n") == [
        "Support changes with age:",
        "Age | What young people can expect\n"
        "18 to 21 | A personal adviser for every care leaver\n"
        "21 to 25 | Support if they ask for it",
        "Children are told about every decision that affects them.",
    ]


def test_a_lone_line_with_a_gap_is_text_flowing_round_a_box_not_a_table() -> None:
    lines = [
        _line("Our work is governed by", 0, right=250),
        TextLine("Acts | of Parliament, listed here", BODY, False, 113, 124.5, LEFT, 520, cells=2),
        _line("and by the guidance issued under them.", 2, right=300),
    ]

    assert pages_to_markdown([_page(lines)]) == (
        "Our work is governed by Acts of Parliament, listed here and by the guidance issued "
        "under them."
    )


def test_a_paragraph_back_at_the_margin_after_an_indented_list_is_not_part_of_its_last_item() -> (
    None
):
    lines = [
        _line("1. Children Act 1989", 0, left=LEFT + 17, right=250),
        _line("2. Children and Families Act 2014", 1, left=LEFT + 17, right=280),
        _line("and by the statutory guidance issued under them, including Working Together.", 2),
    ]

    assert pages_to_markdown([_page(lines)]).split("\n\n") == [
        "1. Children Act 1989",
        "2. Children and Families Act 2014",
        "and by the statutory guidance issued under them, including Working Together.",
    ]


def test_a_word_hyphenated_at_a_line_end_is_mended_unless_it_is_a_compound() -> None:
    lines = [
        _line("Relatives and friends are ex\u2010", 0),
        _line("plored first, and pre-", 1),
        _line("birth assessments start early; the birth of a baby and the well-", 2),
        _line("being of older children are both weighed.", 3, right=300),
    ]

    text = pages_to_markdown([_page(lines)])

    assert "explored first" in text
    assert "pre-birth assessments" in text
    assert "well-being of older children" in text


def test_in_two_columns_a_line_reaching_its_column_edge_does_not_end_its_paragraph() -> None:
    """A left-column line stops half way across the page; it is not short for that, so a
    sentence ending at its end does not end the paragraph."""
    column = 280.0
    left_lines = [
        _line("We listen to children and take them seriously.", 0, right=column),
        _line("We are honest with families, and we always", 1, right=column - 2),
        _line("respect them.", 2, right=120),
    ]
    right_lines = [
        _line("Care leavers have a personal adviser until they", n, left=310, right=RIGHT)
        for n in range(3)
    ]

    text = pages_to_markdown([_page(left_lines + right_lines)])

    assert text.split("\n\n")[0] == (
        "We listen to children and take them seriously. We are honest with families, and we "
        "always respect them."
    )


_WORDS = st.sampled_from(
    ["care", "leavers", "ex-", "plored", "well-", "being", "\u2022", "1.", "1.2", "a)", "21",
     "Act", "1989;", "Values", "children.", "*", "2"]
)  # fmt: skip
_LINES = st.lists(
    st.tuples(
        st.lists(_WORDS, min_size=1, max_size=8).map(" ".join),
        st.sampled_from([7.5, 10.0, 14.0]),
        st.booleans(),
        st.floats(min_value=150, max_value=690),
        st.floats(min_value=40, max_value=400),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=3))
def test_any_lines_read_without_error_and_keep_every_body_word(
    pages: list[list[tuple[str, float, bool, float, float]]],
) -> None:
    """Whatever the layout, the rules only join, mark and reorder: no word of the body text
    (type of the document's body size or larger, away from the page's edges) is lost. The body
    size is the size most of the document's characters are set in; smaller type at a page's
    foot may be a footnote, left out where no reference mark points to it (decisions 0012, 0087)."""
    built = [
        _page(
            [
                _line(text, 0, size=size, bold=bold, top=top, left=left, right=left + 150)
                for text, size, bold, top, left in lines
            ]
        )
        for lines in pages
    ]

    characters_by_size: Counter[float] = Counter()
    for lines in pages:
        for line_text, size, _bold, _top, _left in lines:
            characters_by_size[size] += len(line_text)
    body_size = characters_by_size.most_common(1)[0][0]

    text = pages_to_markdown(built)

    for lines in pages:
        for line_text, size, _bold, _top, _left in lines:
            if size < body_size:
                continue
            for word in line_text.split():
                letters = "".join(ch for ch in word if ch.isalpha())
                if letters:
                    assert letters in text


_UPPER_HALF_LINES = st.lists(
    st.tuples(
        st.lists(_WORDS, min_size=1, max_size=8).map(" ".join),
        st.sampled_from([7.5, 10.0, 14.0]),
        st.booleans(),
        st.floats(min_value=150, max_value=400),
        st.floats(min_value=40, max_value=400),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_UPPER_HALF_LINES, min_size=1, max_size=3))
def test_lines_of_any_size_above_the_page_foot_keep_every_word(
    pages: list[list[tuple[str, float, bool, float, float]]],
) -> None:
    """Away from a page's edges and above its foot nothing is a running line or a footnote, so
    every word is kept, in whatever size, however the lines overlap or share a baseline."""
    built = [
        _page(
            [
                _line(text, 0, size=size, bold=bold, top=top, left=left, right=left + 150)
                for text, size, bold, top, left in lines
            ]
        )
        for lines in pages
    ]

    text = pages_to_markdown(built)

    for lines in pages:
        for line_text, *_layout in lines:
            for word in line_text.split():
                letters = "".join(ch for ch in word if ch.isalpha())
                if letters:
                    assert letters in text


def _quote_page(quote: str) -> str:
    lines = [
        _line("Staying close after care", 0, size=15, bold=True),
        _line("Our advisers stay in touch with every young person who has left our care.", 2),
        _line(quote, 4, size=12.5, bold=True, right=300),
        _line("Contact with family", 7, size=15, bold=True),
        _line("We help children keep in touch with brothers, sisters and grandparents.", 9),
    ]
    return pages_to_markdown([_page(lines)])


def test_a_quotation_in_large_type_with_its_speaker_after_it_is_no_heading() -> None:
    for quote in (
        "\u201cSomeone always answers when I phone the team.\u201d \u2014 Jordan, 19",
        '"Nobody gave up on me, even when I gave up on myself!" - former foster child',
        "\u2018Why did nobody ask me what I wanted?\u2019 (a young person at the forum)",
    ):
        text = _quote_page(quote)

        assert "# Staying close after care" in text
        assert "# Contact with family" in text
        assert f"\n\n{quote}\n\n" in text, quote


def test_a_quoted_name_or_a_short_quoted_line_in_large_type_stays_a_heading() -> None:
    for heading in ("\u201cStaying Put\u201d arrangements", "\u201cYou said, we did.\u201d"):
        text = _quote_page(heading)

        assert f"# {heading}" in text, heading
