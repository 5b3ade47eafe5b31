"""Headings named by meaning set at levels an outline never takes, and a pointer list set as a
sub-heading between sections (decision 0173): a heading two or more levels below the heading
before it shows the levels rank nothing, so each marked-up heading heads a section of its own
(a same-kind one still joins, decision 0043); a "See also" sub-heading is no part of the section
above it, and the heading set under it is not its part either.

Written for this test in our own words; not copied from any case document.
"""

from __future__ import annotations

from tests.sections.outline_helpers import kinds_and_openings

_TITLE = "# Policies, Values and Principles\n\n"

_RANDOM = (
    _TITLE + "## Introduction\n\n"
    "This policy sets out the framework for the county's work with children in need, children "
    "on protection plans and children in care.\n\n"
    "#### Background\n\n"
    "The duties come from:\n\n"
    "- Children Act 1989\n"
    "- Children Act 2004\n\n"
    "### What matters to us\n\n"
    "We are honest with families, we keep our word, and we listen to children before we "
    "decide anything about them.\n\n"
    "##### How we do it\n\n"
    "Our social workers practise Signs of Safety: with each family they map what is working "
    "well, what worries everyone and what must happen next.\n"
)


def test_headings_at_random_levels_are_peers() -> None:
    kinds = kinds_and_openings(_RANDOM, "markdown", 24)
    assert [kind for kind, _ in kinds] == [
        "title",
        "introduction",
        "values",
        "practice_model",
    ]
    assert kinds[2][1].startswith("### What matters")
    assert kinds[3][1].startswith("##### How we do it")


def test_a_same_kind_heading_set_lower_still_joins() -> None:
    kinds = kinds_and_openings(_RANDOM, "markdown", 24)
    assert "#### Background" not in [start for _, start in kinds]


def test_an_outline_stepping_down_one_level_keeps_its_sub_headings() -> None:
    text = (
        _TITLE + "## Introduction\n\n"
        "This policy sets out the framework for the county's work with children and families "
        "in every part of the service.\n\n"
        "### What matters to us\n\n"
        "We are honest with families, we keep our word, and we listen to children before we "
        "decide anything about them.\n\n"
        "## Confidentiality\n\n"
        "Information about children is kept securely and shared only where the law allows it.\n"
    )
    assert [kind for kind, _ in kinds_and_openings(text, "markdown", 24)] == [
        "title",
        "introduction",
        "information_sharing",
    ]


def test_sub_headings_two_levels_down_of_the_sections_own_kind_stay_in_it() -> None:
    text = (
        _TITLE + "## Key Outcomes\n\n"
        "We want every child in the county to do well, and we measure ourselves against these "
        "outcomes every year.\n\n"
        "#### Being healthy\n\n"
        "Children see a doctor and a dentist and get help with their emotional health.\n\n"
        "#### Being safe\n\n"
        "Children are protected from harm at home, at school and online.\n\n"
        "## Confidentiality\n\n"
        "Information about children is kept securely and shared only where the law allows it.\n"
    )
    assert [kind for kind, _ in kinds_and_openings(text, "markdown", 24)] == [
        "title",
        "key_outcomes",
        "information_sharing",
    ]


_POINTER = (
    _TITLE + "## The law\n\n"
    "This policy sets out the framework for the county's work with children in need and "
    "children in care. It draws on:\n\n"
    "- the Children Act 1989;\n"
    "- the Children Act 2004.\n\n"
    "### See also\n\n"
    "- [Threshold guidance](thresholds.html)\n"
    "- [Local offer for care leavers](offer.html)\n\n"
    "#### What matters to us\n\n"
    "We are honest with families, we keep our word, and we listen to children before we "
    "decide anything about them.\n\n"
    "## How we do it\n\n"
    "Our social workers practise Signs of Safety: with each family they map what is working "
    "well, what worries everyone and what must happen next.\n"
)


def test_a_see_also_sub_heading_stands_apart_and_holds_no_parts() -> None:
    kinds = kinds_and_openings(_POINTER, "markdown", 24)
    assert [kind for kind, _ in kinds] == [
        "title",
        "introduction",
        "other",
        "values",
        "practice_model",
    ]
    assert kinds[2][1].startswith("### See also")


def test_a_sub_heading_of_the_sections_own_topic_stays_in_it() -> None:
    text = _POINTER.replace("### See also", "### Regulations").replace(
        "#### What matters to us", "### What matters to us"
    )
    kinds = kinds_and_openings(text, "markdown", 24)
    assert "### Regulations" not in [start for _, start in kinds]


def test_pointers_under_a_pointer_heading_stay_in_it() -> None:
    text = (
        _TITLE + "## Confidentiality\n\n"
        "Information about children is kept securely and shared only where the law allows it.\n\n"
        "## Related documents\n\n"
        "- [Threshold guidance](thresholds.html)\n\n"
        "### Further reading\n\n"
        "- [A guide for new social workers](guide.html)\n"
    )
    kinds = kinds_and_openings(text, "markdown", 24)
    assert [kind for kind, _ in kinds] == ["title", "information_sharing", "other"]
