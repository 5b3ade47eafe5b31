"""Section readings met in the twenty-ninth blind round (chapters as converters leave them): a
title a printed page wrapped after "and" or a comma, a heading set off by space above it only,
the chapter's title under a page's own header lines, and pandoc's attributes after a heading.

Each text is written for this test in our own words.
"""

from app.sections.blocks_text import continues_line
from app.text.wrapping import ends_unfinished
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def test_a_line_ending_on_a_joining_word_or_a_comma_goes_on():
    assert ends_unfinished("Policies, Values and")
    assert ends_unfinished("Children's Services Policies,")
    assert ends_unfinished("a plan made by the")
    assert not ends_unfinished("Our Values")
    assert not ends_unfinished("Corporate Parenting")
    assert not ends_unfinished("a")
    assert not ends_unfinished("Yes,")
    assert continues_line("Care, Support and", "Protection for Children", None)
    assert not continues_line("Our Values", "Respect for every family", None)


def test_a_wrapped_title_is_the_title_not_a_heading_under_it():
    text = (
        "Children's Services Policies, Values and\n"
        "Principles\n\n"
        "Scope\n"
        "This chapter applies to everyone who works with children in the county.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert outline.title == "Children's Services Policies, Values and Principles"
    assert [kind for kind, _ in kinds_and_starts(outline)] == ["title", "scope"]


def test_a_line_with_space_above_and_its_paragraph_tight_below_is_a_heading():
    text = (
        "Children's Services Policies, Values and Principles\n"
        "Marshby Council \u00b7 Family Help Service\n\n"
        "Purpose of this chapter\n"
        "This chapter explains the duties and values of the family help service.\n\n"
        "Introduction\n"
        "The council works under the Children Act 1989 and later law.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 23)
    assert ("scope", "Purpose of this chapter") in starts


def test_lines_of_a_list_standing_one_under_another_are_not_headings():
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Our duties come from these laws:\n\n"
        "Children Act 1989\n"
        "Children Act 2004\n"
        "Children and Families Act 2014\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert all(section.heading != "Children Act 2004" for section in outline.sections)


def test_the_chapter_title_wrapped_under_a_page_header_is_the_title():
    text = (
        "Marshby Council\n\n"
        "Family Help Service\n\n"
        "Children's Services Policies, Values and\n"
        "Principles\n\n"
        "Scope\n"
        "This chapter applies to everyone who works with children in the borough.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert outline.title == "Children's Services Policies, Values and Principles"
    title = next(section for section in outline.sections if section.kind == "title")
    assert title.text.startswith("Children's Services Policies")


def test_pandoc_attributes_after_a_heading_are_not_its_words():
    text = (
        "# Children's Services Policies, Values and Principles {#_Toc1001}\n\n"
        "## Scope of this chapter {#_Toc1002}\n\n"
        "This chapter applies to every team.\n\n"
        "## Our values {.unnumbered}\n\n"
        "We are honest and kind with families.\n\n"
        "## Leaving care {#leaving .section lang=en}\n\n"
        "Care leavers keep a personal adviser.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert headings == [
        "Children's Services Policies, Values and Principles",
        "Scope of this chapter",
        "Our values",
        "Leaving care",
    ]
    assert [section.kind for section in outline.sections] == [
        "title",
        "scope",
        "values",
        "key_principles",
    ]


def test_braces_that_are_a_heading_s_own_words_stay():
    outline = outline_of(
        "# Children's Services Policies, Values and Principles\n\n"
        "## Tools {and tips}\n\nText here.\n",
        "markdown",
    )
    assert outline.sections[-1].heading == "Tools {and tips}"
