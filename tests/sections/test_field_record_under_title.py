"""Labelled fields between the title and the first heading ("Status: Live", "Owner: …",
"Version: 2.3"), a manual product's record of the page, stay with the title as a stamp does;
fields that name the chapter's amendment keep their scope section (decisions 0085, 0136)."""

from app.sections.record_box import is_field_record
from tests.sections.helpers import assert_tiles, outline_of


def _kinds(outline):
    return [section.kind for section in outline.sections]


def test_plain_text_field_lines_under_the_title_stay_with_it():
    text = (
        "2.4 Fostering Values and Principles\n\n"
        "Page status: Live\n"
        "Service lead: Fostering Team Manager\n"
        "Edition: 5.1\n\n"
        "1. Introduction\n\n"
        "Our foster carers are at the heart of what we do for children who cannot live at home.\n\n"
        "2. Our Values\n\n"
        "We are honest with children, and we keep our promises to them.\n"
    )
    outline = outline_of(text, "plain")
    assert _kinds(outline)[:2] == ["title", "introduction"]
    assert "Service lead: Fostering Team Manager" in outline.sections[0].text
    assert_tiles(outline)


def test_table_rows_of_fields_under_a_markdown_title_stay_with_it():
    text = (
        "# Fostering Values and Principles\n\n"
        "Page status: | Live\nService lead: | Fostering Team Manager\nEdition: | 5.1\n\n"
        "## Introduction\n\n"
        "Our foster carers are at the heart of what we do for children who cannot live at home.\n\n"
        "## Our values\n\nWe are honest with children, and we keep our promises to them.\n"
    )
    outline = outline_of(text, "markdown")
    assert _kinds(outline)[:2] == ["title", "introduction"]
    assert "Edition: | 5.1" in outline.sections[0].text
    assert_tiles(outline)


def test_fields_naming_the_amendment_are_no_record_of_the_page():
    text = (
        "# Fostering Values and Principles\n\n"
        "Service lead: Fostering Team Manager\nLast amended: 04/2025\n\n"
        "## Introduction\n\n"
        "Our foster carers are at the heart of what we do for children who cannot live at home.\n"
    )
    outline = outline_of(text, "markdown")
    assert "Last amended: 04/2025" not in outline.sections[0].text


def test_a_record_is_two_or_more_short_labelled_lines_that_are_no_sentences():
    assert is_field_record(["Page status: Live", "Edition: 5.1"], 80)
    assert not is_field_record(["Page status: Live"], 80)
    assert not is_field_record(["Page status: Live", "Note: we rewrote the values section."], 80)
    assert not is_field_record(["Page status: Live", "Children we look after"], 80)
    assert not is_field_record(["Page status: Live", "Owner: " + "x" * 90], 80)
    assert not is_field_record(
        ["Page status: Live", "What the people who wrote this chapter think: yes"], 80
    )
