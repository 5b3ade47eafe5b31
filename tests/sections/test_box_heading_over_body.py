"""A heading of the scope box's kind after the box has had its section, over a paragraph that
opens in a body kind's cued words, heads that body kind (decision 0186): "About this chapter",
then "Why this policy exists" over "This policy describes the framework within which …" is the
introduction, as SPEC's "who it covers" is. The box's parts in a row keep the box's kind, and so
does the first scope heading over the same words.

Each page is written for this test in our own words.
"""

from tests.sections.helpers import assert_tiles, outline_of


def _kinds(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_second_box_heading_over_the_framework_is_the_introduction():
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "About this chapter\n\nThis chapter applies to everyone who works with children for "
        "Hollowmere Council.\n\n"
        "1. Why this policy exists\n\nThis policy describes the framework within which "
        "Hollowmere Children's Services works with children and their families. The main "
        "legislation is:\n\n- Children Act 1989;\n- Children and Families Act 2014.\n\n"
        "2. What we believe\n\nWe listen to children and we keep our promises to families.\n"
    )
    outline = outline_of(text, "plain")
    assert ("scope", "About this chapter") in _kinds(outline)
    assert ("introduction", "1. Why this policy exists") in _kinds(outline)
    assert_tiles(outline)


def test_unnumbered_box_heading_over_the_framework_opens_the_introduction():
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Changes to this chapter\n\nThis chapter was updated in May 2025 to add a section "
        "on interpreters.\n\n"
        "## What this policy covers\n\nThis policy sets out the framework for the work of "
        "Hollowmere Children's Services with children, young people and families.\n\n"
        "## Our values\n\nWe are honest with families and we keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert ("scope", "Changes to this chapter") in _kinds(outline)
    assert ("introduction", "What this policy covers") in _kinds(outline)
    assert_tiles(outline)


def test_box_parts_in_a_row_stay_the_box():
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Amendment\n\nThis chapter was updated in May 2025 to add a section on "
        "interpreters.\n\n"
        "## Scope of this chapter\n\nThis chapter applies to everyone who works with children "
        "for Hollowmere Council.\n\n"
        "## Our values\n\nWe are honest with families and we keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert [kind for kind, _ in _kinds(outline)][:2] == ["title", "scope"]
    assert "introduction" not in [kind for kind, _ in _kinds(outline)]
    assert_tiles(outline)


def test_first_box_heading_over_the_framework_keeps_its_kind():
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## What this policy covers\n\nThis policy sets out the framework for the work of "
        "Hollowmere Children's Services with children, young people and families.\n\n"
        "## Our values\n\nWe are honest with families and we keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert ("introduction", "What this policy covers") not in _kinds(outline)
    assert_tiles(outline)


def test_box_heading_after_an_amendment_stamp_keeps_its_kind():
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "Last amended: 3 March 2025\n\n"
        "## About this chapter\n\nThis chapter provides the framework of values and principles "
        "for the work of Hollowmere Children's Services.\n\n"
        "## The law behind our work\n\nOur work rests on the Children Act 1989 and the Children "
        "and Families Act 2014.\n"
    )
    outline = outline_of(text, "markdown")
    assert ("scope", "About this chapter") in _kinds(outline)
    assert_tiles(outline)
