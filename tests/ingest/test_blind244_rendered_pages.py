"""Blind round 244 (decision 0368): council pages rendered as text by real tools. A lynx button
in the site's head, w3m's numbered form controls, a table drawn in ASCII by links, the page's
`<title>` that a whole-page text extraction puts first, and a breadcrumb that html2text wrapped
inside a link's words are the tools' or the site's, not the chapter's. Pages are our own."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.box_tables import redraw_box_tables
from app.ingest.browser_dump import undo_link_numbers
from app.ingest.detect import detect_format
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()


def _read(text: str, name: str = "page.txt") -> str:
    return read_source(text.encode("utf-8"), name).text


def test_a_lynx_button_in_the_site_head_goes_with_the_menu_under_it() -> None:
    dump = (
        "   [1]Skip to content\n\n"
        "   [2]Farleigh Council Search this site ________________\n"
        "   (BUTTON) Search\n\n"
        "     * [3]Parking\n"
        "     * [4]Libraries\n\n"
        "   Fostering Values and Principles\n\n"
        "   Our foster carers are at the heart of the service.\n\n"
        "References\n\n"
        "   1. https://farleigh.example/#content\n"
        "   2. https://farleigh.example/\n"
        "   3. https://farleigh.example/parking\n"
        "   4. https://farleigh.example/libraries\n"
    )
    text = undo_link_numbers(dump)
    assert "(BUTTON)" not in text
    assert "Parking" not in text
    assert text.lstrip().startswith("Fostering Values and Principles")


def test_w3m_numbers_form_controls_that_its_address_list_leaves_out() -> None:
    dump = (
        "[1]Home\n\n"
        "Fostering Values and Principles\n\n"
        "We listen to the children we look after.\n\n"
        "Did this page help you?\n\n"
        "[2]( )Yes [3]( )No [4][ ]Email me [5][Send]\n\n"
        "[6]Contact us\n\n"
        "References:\n\n"
        "[1] https://farleigh.example/\n"
        "[6] https://farleigh.example/contact\n"
    )
    text = undo_link_numbers(dump)
    assert "References:" not in text
    assert "https://" not in text
    assert "[2]" not in text and "[5]" not in text
    assert "( )Yes" in text


def test_a_reference_number_missing_from_the_list_still_leaves_the_text_alone() -> None:
    text = "We follow the guidance[2] closely.\n\nReferences\n\n1. https://a.example/\n3. https://b.example/\n"
    assert undo_link_numbers(text) == text


ASCII_TABLE = (
    "   Fostering Values and Principles\n\n"
    "   +------------------------------+\n"
    "   | Owner   | Fostering Manager  |\n"
    "   |---------+--------------------|\n"
    "   | Issue   | 7                  |\n"
    "   |---------+--------------------|\n"
    "   | Review  | Spring 2027, or    |\n"
    "   |         | sooner if needed   |\n"
    "   +------------------------------+\n\n"
    "   Our foster carers are at the heart of the service.\n"
)


def test_a_table_drawn_in_ascii_is_written_as_rows_of_cells() -> None:
    text = redraw_box_tables(ASCII_TABLE, CUES)
    assert "| Owner | Fostering Manager |" in text
    assert "| Issue | 7 |" in text
    assert "| Review | Spring 2027, or sooner if needed |" in text
    assert "+---" not in text and "|---" not in text


def test_a_markdown_table_is_not_redrawn() -> None:
    table = "Ages\n\n| Support | Age |\n|---------|-----|\n| Adviser | 21 |\n"
    assert redraw_box_tables(table, CUES) == table


def test_a_text_with_an_ascii_drawn_table_is_text_not_markdown() -> None:
    assert detect_format(ASCII_TABLE + "\n" + ASCII_TABLE, "page.txt", None) == "text"
    markdown = "| Support | Age |\n|---|---|\n| Adviser | 21 |\n| Staying Put | 21 |\n| PA | 25 |\n"
    assert detect_format(markdown, "page.txt", None) == "markdown"


def test_the_pages_tab_title_over_the_menus_is_chrome_when_the_title_comes_again() -> None:
    page = (
        "Fostering Values and Principles - Farleigh Borough Council\n"
        "Skip to main content\n"
        "Farleigh Borough Council\n"
        "Home\n"
        "Fostering Values and Principles\n"
        "This chapter sets out what our foster carers can expect from us.\n"
        "We review it every year.\n"
    )
    text = strip_edge_chrome(page, CUES)
    assert text.startswith("Fostering Values and Principles\n")
    assert "Farleigh Borough Council" not in text


def test_a_first_line_with_a_bar_that_is_not_said_again_stays() -> None:
    page = (
        "Fostering Values and Principles | Issue 4\n\n"
        "This chapter sets out what our foster carers can expect from us.\n\n"
        "We review it every year, and we tell carers what changed.\n"
    )
    assert strip_edge_chrome(page, CUES) == page


def test_a_trail_wrapped_inside_a_links_words_goes_whole() -> None:
    page = (
        "[Farleigh Council](https://farleigh.example/)\n\n"
        "  * [Residents](https://farleigh.example/residents)\n"
        "  * [Business](https://farleigh.example/business)\n\n"
        "[Home](https://farleigh.example/) / [Fostering, adoption and special\n"
        "guardianship](https://farleigh.example/fostering) / Values\n\n"
        "# Fostering Values and Principles\n\n"
        "Our foster carers are at the heart of the service.\n\n"
        "## Who this is for\n\n"
        "Everyone who works with our foster carers.\n"
    )
    text = _read(page, "page.md")
    assert "guardianship" not in text
    assert text.startswith("# Fostering Values and Principles")


W3M_HEAD = (
    "We use cookies to make this site work. Tell us whether you accept analytics\n"
    "cookies.\n\n"
    "[1]Accept cookies\n"
    "[2]Skip to content\n\n"
    " 1. [3]Home\n"
    " 2. [4]Family support\n"
    "{last}\n"
    "Fostering Values and Principles\n\n"
    "We listen to the children we look after.\n\n"
    " 1. [5]Children Act 1989\n"
    " 2. [6]Children and Families Act 2014\n\n"
    "References:\n\n"
    "[1] https://farleigh.example/cookies\n"
    "[2] https://farleigh.example/#content\n"
    "[3] https://farleigh.example/\n"
    "[4] https://farleigh.example/families\n"
    "[5] https://farleigh.example/acts/1989\n"
    "[6] https://farleigh.example/acts/2014\n"
)


def test_a_numbered_trail_from_home_goes_under_a_cookie_banner() -> None:
    for last in ("", " 3. Fostering values\n"):
        text = undo_link_numbers(W3M_HEAD.format(last=last))
        assert "Home" not in text and "Family support" not in text
        assert "Fostering values\n" not in text
        assert " 1. Children Act 1989" in text


def test_a_numbered_list_of_links_not_from_home_stays() -> None:
    dump = W3M_HEAD.format(last="").replace("[3]Home", "[3]Contents")
    assert " 1. Contents" in undo_link_numbers(dump)
