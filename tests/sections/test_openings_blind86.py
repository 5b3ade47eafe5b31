"""Page openings of round 86 (decision 0148): a contents list whose entries a page draws with
dashes or bullets ("\u2014 Amendment") names the scope heading after it, which opens a section of
its own (decisions 0005, 0043); a markdown table of labelled fields under the title ("| Version
| 4 |") is the page's record and stays with the title, as labelled field lines do (0136). Each
has a negative. Every case is written for this test in our own words."""

from app.sections.contents_list import entry_words
from app.sections.record_box import is_field_record
from tests.sections.helpers import assert_tiles, outline_of


def _kinds(outline):
    return [section.kind for section in outline.sections]


def test_dash_drawn_contents_entries_name_the_headings() -> None:
    assert entry_words("\u2014 Amendment") == entry_words("Amendment")
    assert entry_words("\u2022 Scope of this chapter") == entry_words("Scope of this chapter")
    text = (
        "Fostering Values and Principles\n"
        "Last updated 4 May 2025\n"
        "Contents\n"
        "\u2014 Amendment\n"
        "\u2014 Introduction\n"
        "\u2014 Our Values\n"
        "Amendment\n"
        "This chapter was amended in May 2025 to say more about respite care.\n\n"
        "Introduction\n"
        "This chapter sets out what our fostering service believes and how it works.\n\n"
        "Our Values\n"
        "We are honest and kind with every child and every carer.\n"
    )
    outline = outline_of(text, "plain")
    assert _kinds(outline)[:3] == ["title", "scope", "scope"]
    assert outline.sections[2].text.startswith("Amendment")
    assert_tiles(outline)


def test_a_hyphenated_entry_keeps_its_words() -> None:
    assert entry_words("Step-by-step guide") != entry_words("guide")


def test_a_markdown_field_table_under_the_title_stays_with_it() -> None:
    text = (
        "# Fostering Values and Principles\n\n"
        "| | |\n|---|---|\n| Last updated | 4 May 2025 |\n| Version | 4 |\n"
        "| Owner | Fostering Team Manager |\n\n"
        "## Introduction\n\n"
        "Our foster carers are at the heart of what we do for children who cannot live at home.\n\n"
        "## Our values\n\nWe are honest with children, and we keep our promises to them.\n"
    )
    outline = outline_of(text, "markdown")
    assert _kinds(outline)[:2] == ["title", "introduction"]
    assert "| Owner | Fostering Team Manager |" in outline.sections[0].text
    assert_tiles(outline)


def test_a_table_of_sentences_is_no_field_record() -> None:
    lines = [
        "| Aim | We will visit every child in the first week. |",
        "| Promise | We will keep brothers and sisters together. |",
    ]
    assert not is_field_record(lines, 120)
    assert is_field_record(["| Version | 4 |", "| Owner | Head of Service |"], 120)
