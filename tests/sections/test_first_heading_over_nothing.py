"""A first heading with nothing under it, over a heading set the same way, is the chapter's
title even where its words name a kind: the title of a PDF chapter set in bold (or in colour,
read as bold) at the body's size, like every heading under it (blind round 107, decision 0177).
Each text is in our own words."""

from tests.sections.outline_helpers import kinds_and_headings

_BODY = (
    "**Scope of this chapter**\n\nThis chapter is for the social workers of children in care.\n\n"
    "**Legal framework**\n\nOur duties come from the Children Act 1989.\n\n"
    "**Sharing information**\n\nRecords are shared only when the law allows it.\n"
)


def test_a_bold_first_line_over_a_bold_heading_is_the_title() -> None:
    kinds = kinds_and_headings("**Corporate Parenting Responsibilities**\n\n" + _BODY, "markdown")

    assert kinds[0] == ("title", "Corporate Parenting Responsibilities")
    assert kinds[1] == ("scope", "Scope of this chapter")


def test_a_bold_first_line_with_text_under_it_is_a_section() -> None:
    kinds = kinds_and_headings(
        "**Corporate Parenting Responsibilities**\n\nCouncillors are corporate parents to every "
        "child in care.\n\n" + _BODY,
        "markdown",
    )

    assert kinds[0][0] == "corporate_parenting"


def test_a_numbered_first_heading_over_a_numbered_one_is_a_section() -> None:
    text = (
        "**1. Introduction**\n\n**2. Scope of this chapter**\n\nThis chapter is for the social "
        "workers of children in care.\n\n**3. Legal framework**\n\nOur duties come from the "
        "Children Act 1989.\n"
    )

    assert kinds_and_headings(text, "markdown")[0][0] != "title"
