# ruff: noqa: RUF001  (en dashes as the makers print them in running lines)
"""PDF chapters from the hundred-and-twenty-second blind set's makers (decision 0198): small
capitals drawn as capitals in two sizes, a running header naming the current section, a footer on
a landscape page among portrait ones, and footnote numbers set as superscripts of their own."""

from __future__ import annotations

from collections.abc import Sequence

from fpdf import FPDF

from app.ingest.pdf import TextLine, TextPage, read_pdf_pages
from app.ingest.pdf_layout import pages_to_markdown

BODY = 11.0
PITCH = 15.0


def _line(text: str, top: float, *, size: float = BODY, left: float = 60.0,
          right: float | None = None) -> TextLine:  # fmt: skip
    end = left + 5.0 * len(text) if right is None else right
    return TextLine(text, size, False, top, top + size * 1.15, left, end)


def _page(lines: Sequence[TextLine], *, width: float = 595.0, height: float = 842.0) -> TextPage:
    return TextPage(width=width, height=height, lines=tuple(lines))


def _body(first_top: float, sentences: Sequence[str]) -> list[TextLine]:
    return [_line(sentence, first_top + PITCH * n) for n, sentence in enumerate(sentences)]


# --- running headers that name the section --------------------------------------------------


def test_a_running_header_naming_each_pages_section_is_dropped() -> None:
    pages = [
        _page(
            [
                _line("Kestle Moor – Amendment", 30.0, size=8.0),
                *_body(80.0, ["This chapter was amended in July 2025.", "We listen first."]),
            ]
        ),
        _page(
            [
                _line("Kestle Moor – Leaving care", 30.0, size=8.0),
                *_body(80.0, ["Young people have a personal adviser.", "They can ask again."]),
            ]
        ),
    ]

    text = pages_to_markdown(pages)

    assert "Kestle Moor" not in text
    assert "Amendment" not in text
    assert "They can ask again." in text


def test_a_body_size_heading_with_a_dash_atop_two_pages_is_kept() -> None:
    pages = [
        _page(
            [
                _line("Part One – Our values", 30.0),
                *_body(80.0, ["We listen to children.", "We keep our promises."]),
            ]
        ),
        _page(
            [
                _line("Part One – Our principles", 30.0),
                *_body(80.0, ["We plan early for permanence.", "We work with families."]),
            ]
        ),
    ]

    text = pages_to_markdown(pages)

    assert "Part One – Our values" in text
    assert "Part One – Our principles" in text


def test_a_one_word_lead_before_a_dash_is_no_running_header() -> None:
    pages = [
        _page([_line("Note – see below", 30.0, size=8.0), *_body(80.0, ["We plan.", "We act."])]),
        _page([_line("Note – ask first", 30.0, size=8.0), *_body(80.0, ["We share.", "We help."])]),
    ]

    text = pages_to_markdown(pages)

    assert "Note – see below" in text
    assert "Note – ask first" in text


# --- a footer on a landscape page --------------------------------------------------------------


def test_a_footer_stands_as_far_above_the_foot_of_a_landscape_page() -> None:
    portrait = [
        _page(
            [
                *_body(80.0, ["We want every child to grow up safe.", "And loved."]),
                _line("Our Children, Our Principles – page 1 of 3", 820.0, size=6.0),
            ]
        ),
        _page(
            [
                *_body(80.0, ["We use one practice model.", "It is shared."]),
                _line("Our Children, Our Principles – page 3 of 3", 820.0, size=6.0),
            ]
        ),
    ]
    landscape = _page(
        [
            *_body(80.0, ["Being healthy | Needs met", "Being safe | Protected"]),
            _line("Our Children, Our Principles – page 2 of 3", 573.0, size=6.0),
        ],
        width=842.0,
        height=595.0,
    )

    text = pages_to_markdown([portrait[0], landscape, portrait[1]])

    assert "page 2 of 3" not in text
    assert "page 1 of 3" not in text


# --- footnote numbers set apart from their notes -----------------------------------------------


def test_a_notes_number_set_as_a_line_of_its_own_is_joined_to_its_note() -> None:
    first = _page(
        [
            TextLine(
                "Every young person has a personal adviser until they are 21.",
                BODY,
                False,
                100.0,
                112.0,
                60.0,
                400.0,
                note_marks=("1",),
            ),
            _line(
                "Advisers keep in touch at least every eight weeks and see young",
                118.0,
                right=530.0,
            ),
            _line("people face to face whenever they", 133.0, right=230.0),
            _line("1", 755.9, size=6.4, left=62.4, right=65.6),
            _line("Children Act 1989, section 23C.", 758.5, size=8.0, left=67.6),
            _line("Page 1", 800.0, size=9.0, left=285.0),
        ]
    )
    second = _page([_line("can, and more often in a hard time.", 80.0, right=260.0)])

    text = pages_to_markdown([first, second])

    assert "until they are 21. Children Act 1989, section 23C." in text
    assert "whenever they can, and more often in a hard time." in text


def test_a_page_number_beside_a_footer_is_not_a_note_number() -> None:
    page = _page(
        [
            *_body(80.0, ["We listen to children.", "We keep our promises."]),
            _line("2", 800.0, size=9.0, left=60.0, right=65.0),
            _line("Fallowfield Heath Council", 800.0, size=9.0, left=300.0),
        ]
    )

    text = pages_to_markdown([page])

    assert "2 Fallowfield" not in text


# --- small capitals --------------------------------------------------------------------------


def _small_caps_pdf(pieces: Sequence[tuple[str, float]], body: str) -> bytes:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_xy(60, 60)
    for text, size in pieces:
        pdf.set_font("Times", "", size)
        pdf.cell(pdf.get_string_width(text), 14, text)
    pdf.set_xy(60, 90)
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(450, 14, body)
    return bytes(pdf.output())


_BODY_TEXT = (
    "This chapter describes the support we give to young people who are leaving our care. "
    "It is for personal advisers and their managers."
)


def test_small_capitals_are_read_as_capitals_and_small_letters() -> None:
    data = _small_caps_pdf(
        [("S", 11), ("COPE OF ", 8.6), ("T", 11), ("HIS CHAPTER", 8.6)], _BODY_TEXT
    )

    first = read_pdf_pages(data)[0].lines[0]

    assert first.text == "Scope of This chapter"
    assert first.small_caps
    assert first.size == 11.0


def test_a_line_in_small_capitals_is_set_apart_as_a_heading() -> None:
    data = _small_caps_pdf([("L", 11), ("EGAL BASIS", 8.6)], _BODY_TEXT)

    text = pages_to_markdown(read_pdf_pages(data))

    assert text.startswith("**Legal basis**\n\n")


def test_a_drop_capital_is_no_small_capital() -> None:
    data = _small_caps_pdf([("T", 30), ("HE CHAPTER", 11)], _BODY_TEXT)

    first = read_pdf_pages(data)[0].lines[0]

    assert not first.small_caps
    assert "HE CHAPTER" in first.text


def test_a_capital_inside_a_word_is_no_small_capital() -> None:
    data = _small_caps_pdf([("N", 11), ("HS", 8.6), ("T", 11), ("RUST", 8.6)], _BODY_TEXT)

    first = read_pdf_pages(data)[0].lines[0]

    assert not first.small_caps


# --- list items whose bullets are drawn ---------------------------------------------------------


def _introduced_lines(indent: float, items: Sequence[tuple[str, float]]) -> TextPage:
    return _page(
        [
            _line("Our duties are set out in the following legislation:", 80.0, right=330.0),
            *[
                _line(text, 107.0 + PITCH * n, left=60.0 + indent, right=right)
                for n, (text, right) in enumerate(items)
            ],
            _line("We want every child to grow up safe, loved and hopeful, in a family", 180.0,
                  right=520.0),
            _line("that can meet their needs.", 195.0, right=200.0),
        ]
    )  # fmt: skip


def test_indented_short_lines_under_an_introduction_are_a_lists_items() -> None:
    page = _introduced_lines(
        30.0,
        [("Children Act 1989", 190.0), ("Adoption and Children Act 2002", 265.0),
         ("Children Act 2004", 190.0)],
    )  # fmt: skip

    text = pages_to_markdown([page])

    assert "- Children Act 1989\n\n- Adoption and Children Act 2002\n\n- Children Act 2004" in text


def test_a_wrapped_indented_quotation_under_an_introduction_stays_a_paragraph() -> None:
    page = _introduced_lines(
        30.0,
        [("Every child deserves a family that will love them and stay with", 520.0),
         ("them into adult life.", 190.0)],
    )  # fmt: skip

    text = pages_to_markdown([page])

    assert "Every child deserves a family that will love them and stay with them into" in text
    assert "- Every child" not in text


def test_short_lines_at_the_introductions_own_margin_are_not_made_items() -> None:
    page = _introduced_lines(0.0, [("Children Act 1989", 160.0), ("Children Act 2004", 160.0)])

    text = pages_to_markdown([page])

    assert "- Children Act 1989" not in text
