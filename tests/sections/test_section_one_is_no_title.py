"""A text whose first heading is its first numbered section ("1. Introduction") has no title
line: a PDF printed from a Word chapter that keeps its title only in the page header, whose
running header is dropped (blind round 53, decision 0105). Each text is in our own words."""

from tests.sections.outline_helpers import kinds_and_headings


def test_a_top_heading_numbered_as_section_one_is_that_section() -> None:
    text = (
        "# 1. Introduction\n\nThis chapter sets out the law our fostering service works within "
        "and the values it holds.\n\n# 2. Our values\n\nWe listen to children and keep our "
        "promises.\n"
    )
    assert kinds_and_headings(text, "markdown")[0] == ("introduction", "1. Introduction")


def test_a_numbered_chapter_title_is_still_the_title() -> None:
    text = (
        "# 1.1 Fostering Services: Values and Principles\n\n## Introduction\n\nThis chapter sets "
        "out the law our fostering service works within.\n"
    )
    assert kinds_and_headings(text, "markdown")[0] == (
        "title",
        "1.1 Fostering Services: Values and Principles",
    )


def test_an_unnumbered_top_heading_stays_the_page_title() -> None:
    text = "# Our Values\n\n## Introduction\n\nThis chapter sets out what we believe.\n"
    assert kinds_and_headings(text, "markdown")[0][0] == "title"
