"""Blind round 269 (decision 0400): what export tools add around a chapter and how they lay out
its text, read as a reader sees it. Each case is written for this test in our own words, with
near misses that must stay."""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.flattened_tables import redraw_flattened_tables
from app.ingest.front_matter import front_matter_settings, split_front_matter
from app.ingest.markdown_html_blocks import leave_out_empty_anchors
from app.ingest.outline_blocks import leave_out_block_properties

BODY = (
    "Fostering Panel Guidance\n\n"
    "About this guidance\n\n"
    "This guidance explains how the panel reaches its recommendations.\n\n"
    "Who sits on the panel\n\n"
    "The panel has an independent chair and at least five members.\n"
)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('## <span id="_Toc88120" class="anchor"></span>4.2 Panel members', "## 4.2 Panel members"),
        ("# <span class=\"anchor\" id='_Ref7'></span>Scope", "# Scope"),
        ("<SPAN ID=_Toc1></SPAN>Annex A", "Annex A"),
    ],
)
def test_a_converters_bookmark_span_shows_no_words(line: str, words: str) -> None:
    assert leave_out_empty_anchors(line) == words


@pytest.mark.parametrize(
    "line",
    [
        'A <span class="highlight">marked</span> word.',
        '<span id="note">Words inside stay</span> with their span.',
        '<span data-id="x"></span>A span with no id is not a bookmark.',
    ],
)
def test_spans_with_words_or_without_an_id_stay(line: str) -> None:
    assert leave_out_empty_anchors(line) == line


def test_an_outliners_page_properties_are_cut_off_as_front_matter() -> None:
    page = "title:: Panel guidance\nalias:: panel\nstatus:: draft\n\n- # Panel guidance\n"
    block, rest = split_front_matter(page)
    assert rest == "- # Panel guidance\n"
    assert [setting.key for setting in front_matter_settings(block)] == ["title", "alias", "status"]
    assert front_matter_settings(block)[0].value == "Panel guidance"


@pytest.mark.parametrize(
    "page",
    [
        "Note:: the panel meets monthly.\nIt is chaired independently.\n",  # no blank line after
        "title:: Panel guidance\n\n",  # nothing follows
        "Title: Panel guidance\n\nText.\n",  # one colon: a label, not a property
    ],
)
def test_no_page_properties_without_a_page_below_them(page: str) -> None:
    assert split_front_matter(page) == ("", page)


def test_block_properties_under_an_item_are_left_out() -> None:
    page = (
        "- ## Who sits on the panel\n  id:: 6612ab00-1c2d-4e5f-8a9b-0c1d2e3f4a5b\n"
        "\t- The panel has an independent chair.\n\t  collapsed:: true\n\t\t- A social worker\n"
    )
    assert leave_out_block_properties(page) == (
        "- ## Who sits on the panel\n"
        "\t- The panel has an independent chair.\n"
        "\t\t- A social worker\n"
    )


def test_a_property_line_not_under_an_item_stays() -> None:
    page = "The panel decides.\n  ratio:: one to five\n"
    assert leave_out_block_properties(page) == page


def test_a_table_read_one_cell_a_paragraph_is_drawn_as_rows_again() -> None:
    text = (
        "The panel follows these instruments:\n\n"
        "Instrument\n\nYear\n\n"
        "Fostering Services (England) Regulations\n\n2011\n\n"
        "Care Standards Act\n\n2000\n\n"
        "Children and Young Persons Act\n\n2008\n\n"
        "Each is explained below."
    )
    assert redraw_flattened_tables(text) == (
        "The panel follows these instruments:\n\n"
        "| Instrument | Year |\n"
        "| Fostering Services (England) Regulations | 2011 |\n"
        "| Care Standards Act | 2000 |\n"
        "| Children and Young Persons Act | 2008 |\n\n"
        "Each is explained below."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The panel met in\n\n2019\n\nand again in\n\n2021\n\nonly.",  # prose, not names
        "Care Standards Act\n\n2000\n\nChildren Act\n\n1989\n\nThe end.",  # two pairs only
    ],
)
def test_name_and_year_paragraphs_that_are_no_table_stay(text: str) -> None:
    assert redraw_flattened_tables(text) == text


@pytest.mark.parametrize(
    "header",
    [
        "1. [Fostering Manual](index.md)\n2. [Panels](Panels_1203.md)\n\n",
        "1) [Panels](https://example.org/)\n2) [Fostering](/fostering)\n\n",
        "1. [Our manual](../index.html)\n2. [Panels](panels.html)\n\n",
    ],
)
def test_a_numbered_trail_from_the_sites_index_over_the_title_is_chrome(header: str) -> None:
    text = read_source((header + "# " + BODY).encode(), "page.md").text
    assert text.startswith("# Fostering Panel Guidance")


def test_a_numbered_list_of_links_to_other_pages_not_from_the_index_stays() -> None:
    header = "1. [Panel dates](dates.md)\n2. [Panel forms](forms.md)\n\n"
    text = read_source((header + "# " + BODY).encode(), "page.md").text
    assert text.startswith("1. [Panel dates](dates.md)")


def test_a_numbered_list_of_jump_links_stays() -> None:
    header = "1. [About this guidance](#about)\n2. [Who sits on the panel](#who)\n\n"
    text = read_source((header + "# " + BODY).encode(), "page.md").text
    assert text.startswith("1. [About this guidance](#about)")


@pytest.mark.parametrize(
    "stamp",
    [
        "Document generated by Confluence on Mar 3, 2026 16:40",
        "Exported from Notion on 3 March 2026",
        "This page was generated by Docmost on 2026-03-03",
    ],
)
def test_an_export_tools_own_stamp_at_the_foot_is_chrome(stamp: str) -> None:
    text = read_source((BODY + "\n" + stamp + "\n").encode(), "page.md").text
    assert stamp not in text
    assert text.rstrip().endswith("at least five members.")


def test_a_chapters_own_sentence_about_generated_plans_stays() -> None:
    line = "Plans are generated by the team on the day of the panel, 3 March 2026."
    text = read_source((BODY + "\n" + line + "\n").encode(), "page.md").text
    assert line in text


@pytest.mark.parametrize(
    "footer",
    [
        "Uncontrolled when printed",
        "This document is uncontrolled if printed.",
        "UNCONTROLLED ONCE PRINTED",
    ],
)
def test_a_running_footers_uncontrolled_copy_notice_is_chrome(footer: str) -> None:
    text = read_source((BODY + "\n\n" + footer + "\n").encode(), "page.txt").text
    assert footer not in text


@pytest.mark.parametrize(
    "header",
    [
        "Kelmsley Council\tFostering Procedures Manual\n\n",
        "Kelmsley Council\t\tFostering Handbook\n\n",
        "Kelmsley Borough Council     Fostering Procedures Manual\n\n",
    ],
)
def test_a_word_files_tab_set_running_header_over_the_title_is_chrome(header: str) -> None:
    page = BODY.replace("Fostering Panel Guidance", "Fostering Panels, Roles and Duties")
    text = read_source((header + page).encode(), "page.txt").text
    assert text.startswith("Fostering Panels, Roles and Duties")


@pytest.mark.parametrize(
    "header",
    [
        "Fostering Procedures Manual\n\n",  # a manual's name alone stays (decision 0324's tests)
        "Kelmsley Council\tFostering Services\n\n",  # no manual named
        "Kelmsley Council\n\n",
    ],
)
def test_other_lines_over_the_title_stay(header: str) -> None:
    page = BODY.replace("Fostering Panel Guidance", "Fostering Panels, Roles and Duties")
    text = read_source((header + page).encode(), "page.txt").text
    assert text.startswith(header.strip().split("\t")[0])
