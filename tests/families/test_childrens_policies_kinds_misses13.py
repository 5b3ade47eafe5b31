"""Section kinds met in decision 0127: a chapter saying which of its service's values, principles
or policy it sets out ("This chapter sets out the values and principles that guide …") is saying
what it covers, the scope, as every annotated lead paragraph under a title reads; the
introduction's own "… sets out the framework within which …" stays the introduction's, and a
heading that names its kind ("Introduction") keeps it over such a paragraph.

Each passage is written for this test in our own words.
"""

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "opening",
    [
        "This chapter sets out the values and principles that shape the work of Ashdale's "
        "children's services with families, and the law behind that work.",
        "This chapter explains the principles on which our social workers base their decisions.",
        "This page describes the policy of the Ashdale family service and the values behind it.",
        "This chapter sets out our values, and the promises we make to children in care.",
        "This chapter explains the thinking behind every procedure that follows.",
    ],
)
def test_a_chapter_saying_which_values_or_policy_it_sets_out_is_the_scope(cues, opening):
    assert cues.content_kind(opening) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "This chapter sets out the framework within which Ashdale's services work with families.",
        "This policy sets out the values we hold as a service.",
        "Our values are set out in this chapter.",
        "This chapter sets out how we plan for permanence.",
    ],
)
def test_other_openings_are_no_such_scope_cue(cues, opening):
    assert cues.content_kind(opening) != "scope"


_LATER = (
    "## Amendment\n\nIn March 2025 we added a part on staying close.\n\n## Introduction\n\n"
    "Ashdale Council works with children in need and with the children in its care.\n"
)


def test_the_lead_paragraph_under_the_title_opens_the_scope():
    text = (
        "# Policies, Values and Principles\n\nThis chapter sets out the values and principles "
        "that guide Ashdale's children's services, and the legal framework within which they "
        f"work.\n\n{_LATER}"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [(section.kind, section.heading) for section in outline.sections] == [
        ("title", "Policies, Values and Principles"),
        ("scope", None),
        ("scope", "Amendment"),
        ("introduction", "Introduction"),
    ]


def test_under_an_introduction_heading_the_same_paragraph_stays_the_introduction():
    text = (
        "# Policies, Values and Principles\n\n## Introduction\n\nThis chapter sets out the values "
        "and principles that guide Ashdale's children's services.\n\n## Our values\n\nWe are "
        "honest with families.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "introduction", "values"]
