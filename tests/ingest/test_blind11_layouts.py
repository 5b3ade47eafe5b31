"""Word and PDF layouts met in the eleventh blind round (issue 12): justified narrow columns
whose spaces grow past a cell gap, a large title set close under the first page's header, a
pull quote in large type, a page printed from a council's website with its menu, breadcrumb and
sidebar, a Word cover page whose title is in a text box, and lists typed by hand in Word."""

from __future__ import annotations

from collections.abc import Sequence

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown
from app.ingest.web_text import strip_chrome_boxes, strip_edge_chrome
from tests.documents import new_word, word_bytes

BODY = 10.0
PITCH = 12.0


def _line(text: str, row: int, *, left: float = 40.0, right: float = 200.0,
          size: float = BODY, cells: int = 1, top: float | None = None) -> TextLine:  # fmt: skip
    y = 100.0 + row * PITCH if top is None else top
    return TextLine(text, size, False, y, y + size * 1.15, left, right, cells=cells)


def _page(lines: Sequence[TextLine], height: float = 842.0) -> TextPage:
    return TextPage(width=595.0, height=height, lines=tuple(lines))


# --- PDF layout -------------------------------------------------------------------------------


def test_a_justified_line_with_wide_spaces_is_text_not_a_table_row() -> None:
    lines = [
        _line("Our duties to the children we look after", 0),
        _line("come | from | several | laws", 1, cells=4),
        _line("and the statutory guidance made under them.", 2, right=150),
    ]

    text = pages_to_markdown([_page(lines)])

    assert text == (
        "Our duties to the children we look after come from several laws and the statutory "
        "guidance made under them."
    )


def test_a_table_row_under_a_paragraph_keeps_its_cells() -> None:
    lines = [
        _line("The Acts that apply are listed here:", 0, right=180),
        _line("Act | Year", 2, left=44, right=150, cells=2),
        _line("Children Act | 1989", 3, left=44, right=156, cells=2),
        _line("Care Act | 2014", 4, left=44, right=150, cells=2),
    ]

    assert "Children Act | 1989" in pages_to_markdown([_page(lines)])


def test_a_large_title_close_under_the_first_pages_header_is_the_title() -> None:
    header = "Procedures Manual"
    first = [
        _line(header, 0, top=38, size=8),
        _line("Wexham Council Children's Services:", 0, top=55, size=24, right=400),
        _line("Policies, Values and Principles", 0, top=85, size=24, right=380),
        *(
            _line(f"This chapter applies to all staff ({n}).", 0, top=140 + n * PITCH)
            for n in range(4)
        ),
    ]
    second = [_line(header, 0, top=38, size=8), _line("More text of the chapter.", 0, top=140)]

    text = pages_to_markdown([_page(first, 595), _page(second, 595)])

    assert text.startswith("# Wexham Council Children's Services: Policies, Values and Principles")


def test_a_sentence_in_large_type_is_a_paragraph_not_a_heading() -> None:
    lines = [
        _line("Our Values", 0, size=16),
        _line("Every child deserves an adult who stays with them.", 2, size=13, right=400),
        _line("We believe that every child deserves an adult who stays.", 4),
    ]

    text = pages_to_markdown([_page(lines)])

    assert "# Our Values" in text
    assert "\n\nEvery child deserves an adult who stays with them.\n\n" in text


def test_a_title_of_four_lines_stays_one_heading() -> None:
    words = ["Marsh Vale Council", "Children's Services:", "Policies, Values", "and Principles"]
    lines = [_line(part, n * 3, size=24, right=300) for n, part in enumerate(words)]
    lines += [_line(f"This chapter applies to all staff ({n}).", 14 + n) for n in range(6)]

    assert pages_to_markdown([_page(lines)]).split("\n\n")[0] == "# " + " ".join(words)


# --- a page printed from a council's website ------------------------------------------------


PRINTED_PAGE = (
    "We use cookies to make this site work. Accept all cookies\n\n"
    "**Brackwater Council**\n\n"
    "Home Roads and parking Children and families Schools Contact us\n\n"
    "Home > Children and families > Policies and values\n\n"
    "# Policies and values\n\n"
    "## Our values\n\nWe listen to children.\n\n"
    "### Related pages\n\nFostering with us Adoption support\n\n"
    "We keep our promises to families.\n\n"
    "Was this page helpful? Yes No\n\n"
    "Accessibility | Privacy notice | Copyright Brackwater Council 2025\n"
)


def test_the_site_head_goes_down_to_the_breadcrumb_and_the_footer_row_goes() -> None:
    cues = load_chrome_cues()

    text = strip_edge_chrome(PRINTED_PAGE, cues)

    assert text.startswith("# Policies and values")
    assert text.rstrip().endswith("We keep our promises to families.")


def test_a_title_above_the_breadcrumb_is_kept() -> None:
    title = "Policies, Values and Principles"
    page = f"Skip to content\n\n{title}\n\nHome > Children > {title}\n\nWe listen."
    assert strip_edge_chrome(page, load_chrome_cues()).startswith(title)


def test_a_sidebar_box_printed_among_the_chapter_goes() -> None:
    text = strip_chrome_boxes(PRINTED_PAGE, load_chrome_cues())

    assert "Related pages" not in text and "Fostering with us" not in text
    assert "We listen to children.\n\nWe keep our promises to families." in text


def test_a_box_heading_over_prose_stays() -> None:
    text = "## Related pages\n\nOther chapters describe how we plan for children in care.\n"
    assert strip_chrome_boxes(text, load_chrome_cues()) == text


# --- Word -------------------------------------------------------------------------------------


MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006"
VML = "urn:schemas-microsoft-com:vml"
WORD_SHAPES = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def _text_box_paragraph(lines: Sequence[str]) -> str:
    inner = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    box = f"<w:txbxContent>{inner}</w:txbxContent>"
    return (
        f'<w:p {nsdecls("w")} xmlns:v="{VML}" xmlns:mc="{MARKUP_COMPATIBILITY}" '
        f'xmlns:wps="{WORD_SHAPES}">'
        "<w:r>"
        "<mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


def test_a_cover_pages_text_box_gives_the_title_once() -> None:
    document = new_word()
    body = document.element.body
    body.insert(
        0, parse_xml(_text_box_paragraph(["Our Values and Principles", "Eastmoor Council"]))
    )
    document.add_paragraph("This chapter applies to all staff.")
    document.add_paragraph("A note in a box beside the text.")

    text = read_source(word_bytes(document), "chapter.docx").text

    assert text.startswith("# Our Values and Principles\n\nEastmoor Council\n\nThis chapter")
    assert text.count("Our Values and Principles") == 1


def test_a_text_box_after_the_body_has_begun_stays_unread() -> None:
    document = new_word()
    document.add_paragraph("Our Values and Principles", style="Title")
    document.add_paragraph("This chapter applies to all staff.")
    document.element.body.insert(2, parse_xml(_text_box_paragraph(["Key point: listen."])))

    assert "Key point" not in read_source(word_bytes(document), "chapter.docx").text


def test_lists_typed_by_hand_are_list_items() -> None:
    document = new_word()
    document.add_paragraph("Our duties come from these Acts:")
    document.add_paragraph("1)\tChildren Act 1989")
    document.add_paragraph("2)\tChildren Act 2004")
    document.add_paragraph("We are:")
    document.add_paragraph("\u2022\topen with families;")
    document.add_paragraph("1. Introduction typed with a space is no item")

    blocks = read_source(word_bytes(document), "chapter.docx").text.split("\n\n")

    assert blocks[1:3] == ["1) Children Act 1989", "2) Children Act 2004"]
    assert blocks[4] == "- open with families;"
    assert blocks[5].startswith("1\\. Introduction")


def _numbered_sections(labels: Sequence[str]) -> list[TextLine]:
    lines = [_line("Policies and Values", 0, size=18, right=180)]
    row = 3
    for label in labels:
        lines.append(_line(label, row, right=120))
        lines.append(
            _line("The council works with families and partners to keep children", row + 1)
        )
        lines.append(_line("safe and well.", row + 2, right=110))
        row += 4
    return lines


def test_numbered_headings_set_apart_only_by_colour_are_headings() -> None:
    text = pages_to_markdown([_page(_numbered_sections(["1 Scope", "2 The law", "3 Values"]))])

    assert text.split("\n\n")[:3] == [
        "# Policies and Values",
        "## 1 Scope",
        "The council works with families and partners to keep children safe and well.",
    ]
    assert "## 3 Values" in text


def test_short_lines_numbered_out_of_order_are_not_headings() -> None:
    text = pages_to_markdown([_page(_numbered_sections(["4 Scope", "2 The law", "9 Values"]))])

    assert "## " not in text
    assert "\n\n4 Scope\n\n" in text


def test_a_text_box_under_the_title_is_read_where_it_is_anchored() -> None:
    """Decision 0084: an amendment note boxed under the title, before the chapter's own text,
    is part of the chapter (read once: the VML fallback is skipped)."""
    document = new_word()
    document.add_paragraph("Our Values and Principles", style="Title")
    document.add_paragraph("Eastmoor Council")
    document.element.body.insert(
        2, parse_xml(_text_box_paragraph(["Amendment", "This chapter was revised in May 2025."]))
    )
    document.add_paragraph("This chapter applies to all staff.")
    document.add_paragraph("Partners share what they know.")
    document.element.body.insert(5, parse_xml(_text_box_paragraph(["Key point: listen."])))

    text = read_source(word_bytes(document), "chapter.docx").text

    assert text.split("\n\n")[1:5] == [
        "Eastmoor Council",
        "Amendment",
        "This chapter was revised in May 2025.",
        "This chapter applies to all staff.",
    ]
    assert text.count("revised in May 2025") == 1
    assert "Key point" not in text
