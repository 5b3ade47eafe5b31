"""What stands under a page's title stays with the title: the site's page tools, an update stamp,
a version label (issue 12, item 3; blind set 5). Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    ("text", "syntax"),
    [
        (
            "Policies, Values and Principles\nPrint this page\nShare this page\n"
            "Last reviewed: 14/06/2024\nAbout this chapter\nThis chapter is the context for all "
            "of our procedures.\n",
            "plain",
        ),
        (
            "# Policies, Values and Principles\n\n[Share](#) [Print this page](#)\n\n"
            "## Scope of this chapter\n\nThis chapter is the context for all of our procedures.\n",
            "markdown",
        ),
    ],
)
def test_page_tools_under_the_title_belong_to_the_title(text, syntax):
    outline = outline_of(text, syntax)
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert "Print this page" in outline.sections[0].text
    assert all(section.kind != "other" for section in outline.sections)


@pytest.mark.parametrize(
    "stamp", ["Updated 3 June 2024", "Last reviewed: 12/02/2024", "v14", "Version 3"]
)
def test_a_stamp_under_the_title_of_an_unheaded_opening_is_neither_heading_nor_section(stamp):
    text = (
        f"# Policies, Values and Principles\n\n{stamp}\n\n"
        "This chapter explains the policy, values and principles that shape all of our "
        "procedures.\n\nOur council works with children in need and their families.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert stamp in outline.sections[0].text
    assert outline.sections[1].text.startswith("This chapter explains")
    assert all(section.heading != stamp for section in outline.sections)


def test_a_version_label_line_under_a_plain_title_is_not_part_of_it():
    text = (
        "Policies, Values and Principles\nv14\nRevised throughout, September 2021\n"
        "This chapter is the context for all of our procedures.\n"
    )
    outline = outline_of(text)
    assert outline.title == "Policies, Values and Principles"


def test_the_chapters_heading_under_the_manuals_heading_is_the_title():
    text = (
        "# Underhill Children's Services Procedures Manual\n\n"
        "## Policies, Values and Principles\n\n### Scope of this chapter\n\n"
        "This chapter sets out the context for all of the procedures in the manual.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.title == "Policies, Values and Principles"
    assert outline.sections[0].kind == "other"  # the manual's name is the site's, no section's


def test_a_first_heading_naming_the_chapter_stays_the_title():
    text = (
        "# Policies, Values and Principles\n\n## Scope of this chapter\n\n"
        "This chapter sets out the context for all of the procedures in the manual.\n"
    )
    assert outline_of(text, "markdown").title == "Policies, Values and Principles"


def test_the_title_under_a_long_menu_is_still_the_chapters_name():
    menu = "Contents\nUpdates\nLocal Resources\nLocal Keywords\nLinks\nContacts\nGlossary\nHelp\n"
    text = menu + (
        "Policies, Values and Principles\n\n"
        "This chapter provides the context for all of our procedures.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert outline.title == "Policies, Values and Principles"


def test_a_line_naming_the_chapter_below_prose_is_not_the_title():
    text = (
        "Contents\nThis page explains what our manual holds and how to use it well.\n"
        "Links\nContacts\nGlossary\nHelp\nMore\nPolicies, Values and Principles\n\n"
        "This chapter provides the context for all of our procedures.\n"
    )
    assert outline_of(text).title != "Policies, Values and Principles"
