"""A contents page whose label is set larger than the chapter's own headings (blind round 50,
decision 0099): the label ranks none of them. Each passage is in our own words."""

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

ENTRIES = "Scope of this chapter\n\nIntroduction\n\nOur values\n\nSharing information\n\n"
BODY = (
    "### Scope of this chapter\n\nThis chapter is for every practitioner in Elderwick's "
    "children's services.\n\nIt was amended in March 2025 to add a section on our values.\n\n"
    "### Introduction\n\nThis policy sets out the framework for our work with children.\n\n"
    "### Our values\n\nWe are honest with families and we keep our promises.\n\n"
    "### Sharing information\n\nWe share what a child's safety needs, and we record why.\n"
)


def test_a_larger_contents_label_does_not_put_the_chapters_headings_under_it():
    text = "# Policies, Values and Principles\n\n## Contents\n\n" + ENTRIES + BODY
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [heading for heading in (s.heading for s in outline.sections) if heading] == [
        "Policies, Values and Principles",
        "Contents",
        "Scope of this chapter",
        "Introduction",
        "Our values",
        "Sharing information",
    ]
    assert kinds_and_starts(outline, 11)[1:4] == [
        ("scope", "## Contents"),
        ("scope", "### Scope o"),
        ("introduction", "### Introdu"),
    ]


def test_a_larger_heading_over_text_still_ranks_the_headings_below_it():
    text = (
        "# Policies, Values and Principles\n\n## Our principles\n\n"
        "These principles guide how we work with every family.\n\n"
        "### Permanence\n\nEvery child in care has a plan for permanence within four months.\n\n"
        "### Leaving care\n\nCare leavers keep a personal adviser until they are 25.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headings = [s.heading for s in outline.sections]
    assert "Permanence" not in headings
    assert "Leaving care" not in headings


def test_a_first_entry_with_its_page_number_is_an_entry_not_the_lists_label():
    entries = (
        "Scope of this chapter 3\n\nIntroduction 3\n\nOur values 4\n\nSharing information 4\n\n"
    )
    text = (
        "# Policies, Values and Principles\n\n## Contents\n\n" + entries + BODY.replace("###", "##")
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [heading for heading in (s.heading for s in outline.sections) if heading] == [
        "Policies, Values and Principles",
        "Contents",
        "Scope of this chapter",
        "Introduction",
        "Our values",
        "Sharing information",
    ]
