"""A printed cover under the title (blind round 45, decision 0091): the council's name in large
type, then a contents page whose label is set in bold. Each passage is in our own words."""

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

ENTRIES = "Amendment\n\nIntroduction\n\nOur values\n\n"
BODY = (
    "## Amendment\n\nThis chapter was revised in May 2025 to shorten the permanence timescale.\n\n"
    "## Introduction\n\nThis policy sets out the framework for our work with children.\n\n"
    "## Our values\n\nWe are honest with families and we keep our promises.\n"
)


def test_a_council_named_under_the_title_heads_no_section_and_a_bold_contents_label_does():
    text = (
        "# Policies, Values and Principles\n\n## Brackenford County Council\n\n**Contents**\n\n"
        + ENTRIES
        + BODY
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [heading for heading in (s.heading for s in outline.sections) if heading] == [
        "Policies, Values and Principles",
        "Contents",
        "Amendment",
        "Introduction",
        "Our values",
    ]
    # The council's name stands with the title (decisions 0091, 0213), no section of its own
    # (decision 0386: before it, an un-headed section of its own sat between the two).
    assert "Brackenford County Council" in outline.sections[0].text
    assert kinds_and_starts(outline, 12)[1] == ("scope", "**Contents**")


def test_a_council_named_under_the_title_over_a_section_of_its_own_text_stays_its_heading():
    text = (
        "# Policies, Values and Principles\n\n## Brackenford County Council\n\n"
        "The council runs children's services for the whole county.\n\n" + BODY
    )
    headings = [s.heading for s in outline_of(text, "markdown").sections]
    assert "Brackenford County Council" in headings


def test_a_heading_under_the_title_that_names_no_council_stays_a_heading():
    text = "# Policies, Values and Principles\n\n## Part one: our duties\n\n" + BODY
    headings = [s.heading for s in outline_of(text, "markdown").sections]
    assert "Part one: our duties" in headings


def test_a_council_named_over_its_service_keeps_the_cover_lines_together():
    text = (
        "# Policies, Values and Principles\n\n## Brackenford County Council\n\n"
        "### Children's Social Care\n\nVersion | v3\nIssued | October 2024\n\n" + BODY
    )
    headings = [s.heading for s in outline_of(text, "markdown").sections]
    assert "Brackenford County Council" in headings
