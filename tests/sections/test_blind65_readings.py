"""Sections met in the sixty-fifth blind round (decision 0119): a heading set apart (bold, or
markup) numbered with a bare number ("**3 What we value**", as a Word banner's number cell
beside its words reads), and "Review" as the chapter's last heading over its stamps.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

_BANNERS = (
    "# Policies, Values and Principles\n\n"
    "**1 Scope of this chapter**\n\n"
    "This chapter applies to every team in Ashwick children's services.\n\n"
    "**2 What we value**\n\n"
    "We are honest with families and we listen to children before we decide.\n\n"
    "**3 Document control**\n\n"
    "**Version** | 2.0\n**Last updated** | 3 March 2025\n"
)


def test_a_bold_heading_with_a_bare_number_is_numbered_and_named_by_its_words() -> None:
    outline = outline_of(_BANNERS, "markdown")
    assert_tiles(outline)
    assert [(s.kind, s.number, s.heading) for s in outline.sections] == [
        ("title", None, "Policies, Values and Principles"),
        ("scope", "1", "1 Scope of this chapter"),
        ("values", "2", "2 What we value"),
        ("end_matter", "3", "3 Document control"),
    ]


def test_a_bare_number_opening_running_text_numbers_nothing() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Our values\n\n"
        "We are honest with families and we listen to children before we decide.\n\n"
        "12 Children were placed with relatives last year, and we want that to grow.\n\n"
        "## Corporate parenting\n\n"
        "Every councillor is a corporate parent to the children in our care.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert all(section.number is None for section in outline.sections)
    assert "12 Children were placed" in outline.sections[1].text


def test_review_as_the_last_heading_closes_the_chapter() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## 1. Our values\n\n"
        "We are honest with families and we listen to children before we decide.\n\n"
        "## 2. Sharing information\n\n"
        "We share information only when a child's safety needs it.\n\n"
        "## 3. Review\n\n"
        "3.1 Last updated: 4 April 2025\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [(s.kind, s.heading) for s in outline.sections][-1] == ("end_matter", "3. Review")
