"""Sections of blind round 88 (decision 0150), in our own words: a closing "Amendments" heading
over a table of dates and amendments is end matter; a stretch the model finds
in a headed section after which the heading's topic never returns need not open at length."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_BODY = (
    "## Our values\n\nWe are honest, kind and ambitious for every child we work with.\n\n"
    "## Sharing information\n\nWe share what is needed to keep a child safe, and no more.\n\n"
)


@pytest.mark.parametrize(
    "header",
    ["| Date | Amendment |", "| Date | Changes made |", "| Date | Details of change |"],
)
def test_a_closing_amendments_heading_over_a_table_of_amendments_is_end_matter(header):
    text = (
        "# Policies, Values and Principles\n\n" + _BODY + "## Amendments\n\n" + header + "\n"
        "|---|---|\n| May 2025 | Leaving care paragraph rewritten. |\n"
        "| April 2022 | Chapter first published. |\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].heading == "Amendments"


def test_a_closing_heading_over_a_table_of_something_else_keeps_its_words_kind():
    text = (
        "# Policies, Values and Principles\n\n" + _BODY + "## Amendments\n\n"
        "| Team | Telephone |\n|---|---|\n| Leaving care | 01632 960 111 |\n"
    )
    outline = outline_of(text, "markdown")
    assert outline.sections[-1].kind != "end_matter"


_DRIFTING = (
    "\n\n".join(
        [
            "# Policies, Values and Principles",
            (
                "This chapter tells staff and carers in Northwold what the council's children's "
                "services stand for."
            ),
            "## Introduction",
            (
                "The council's duties towards children come from the Children Act 1989 and the "
                "Children Act 2004. This chapter is the framework for the rest of the manual."
            ),
            (
                "Protecting children is work we share. Our colleagues in health, schools and the "
                "police meet with us as the Northwold Safeguarding Children Partnership, and we "
                "keep to the arrangements it agrees and to Working Together to Safeguard "
                "Children."
            ),
            (
                "Families deserve workers who are honest with them, who listen, and who do not "
                "give up. We ask every member of staff to be open about worries and generous "
                "about what is going well."
            ),
            "## Information sharing",
            "We share information with other agencies when it is needed to protect a child.",
        ]
    )
    + "\n"
)


def test_stretches_after_which_the_headings_topic_never_returns_are_their_own():
    outline = outline_of(_DRIFTING, "markdown")
    assert_tiles(outline)
    kinds = [section.kind for section in outline.sections]
    assert kinds == [
        "title",
        "scope",
        "introduction",
        "shared_responsibility",
        "values",
        "information_sharing",
    ]


def test_a_short_aside_before_the_headings_topic_returns_stays_with_it():
    text = _DRIFTING.replace(
        "## Information sharing",
        "The Children and Families Act 2014 and the Children and Social Work Act 2017 add "
        "further duties to those Acts, and this framework takes account of them as well."
        "\n\n## Information sharing",
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = [section.kind for section in outline.sections]
    assert kinds == ["title", "scope", "introduction", "information_sharing"]


def test_a_single_short_aside_closing_a_section_stays_with_it():
    text = _DRIFTING.replace(
        "Families deserve workers who are honest with them, who listen, and who do not give up. "
        "We ask every member of staff to be open about worries and generous about what is going "
        "well.\n\n",
        "",
    )
    assert "Families deserve" not in text
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = [section.kind for section in outline.sections]
    assert kinds == ["title", "scope", "introduction", "information_sharing"]
