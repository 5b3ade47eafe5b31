"""Headings set at inconsistent levels (decision 0147): a marked-up heading after a bold line
that ranks at the top by its cue is the line's peer, not its sub-heading; and a sub-heading
set under a scope heading over a paragraph that opens another kind heads that kind's section.

Written for this test in our own words; not copied from any case document.
"""

from __future__ import annotations

from tests.sections.outline_helpers import kinds_and_openings

_LAW = (
    "## Introduction\n\n"
    "This policy sets out how services to children are planned in the county. It draws on:\n\n"
    "- Children Act 1989\n"
    "- Children Act 2004\n\n"
)


def test_a_marked_heading_after_a_bold_top_line_is_its_peer() -> None:
    text = (
        "# Policies, Values and Principles\n\n" + _LAW + "**Partnership working**\n\n"
        "Social care is one part of a wider network of health, schools, police and the "
        "voluntary sector, and we expect staff to call colleagues there rather than wait.\n\n"
        "### What we value\n\n"
        "We value kindness, openness and ambition for every child, and we are respectful of "
        "families while being clear with them about risks.\n\n"
        "## Confidentiality\n\n"
        "Personal information about children and families is held securely and shared only "
        "where the law requires it.\n"
    )
    kinds = kinds_and_openings(text, "markdown", 24)
    assert [kind for kind, _ in kinds] == [
        "title",
        "introduction",
        "shared_responsibility",
        "values",
        "information_sharing",
    ]
    assert kinds[3][1].startswith("### What we value")


def test_a_marked_sub_heading_under_a_marked_heading_stays_under_it() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Key Outcomes\n\n"
        "We want every child in the county to do well in every part of their life, and we "
        "measure ourselves against these outcomes each year.\n\n"
        "### Being healthy\n\n"
        "Children see a doctor and a dentist regularly and have help with their emotional "
        "health when they need it.\n\n"
        "### Being safe\n\n"
        "Children are protected from harm and neglect at home, at school and online.\n"
    )
    kinds = kinds_and_openings(text, "markdown", 24)
    assert [kind for kind, _ in kinds] == ["title", "key_outcomes"]


def test_a_sub_heading_under_the_scope_heads_the_section_its_paragraph_opens() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Scope of this chapter\n\n"
        "This chapter describes the values and principles behind the council's work with "
        "children and families. It was last amended in May 2025.\n\n"
        "#### Introduction\n\n"
        "This policy sets out the framework within which our services to children are "
        "delivered. The main legislation is:\n\n"
        "- Children Act 1989\n"
        "- Children Act 2004\n\n"
        "## Corporate parenting\n\n"
        "The council is the corporate parent of every child it looks after, and every "
        "councillor shares that duty.\n"
    )
    kinds = kinds_and_openings(text, "markdown", 24)
    assert [kind for kind, _ in kinds] == [
        "title",
        "scope",
        "introduction",
        "corporate_parenting",
    ]
    assert kinds[2][1].startswith("#### Introduction")
