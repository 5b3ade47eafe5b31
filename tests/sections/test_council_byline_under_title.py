"""A byline under the title set apart in bold or colour (blind round 74, decision 0132): the
council's name and its service after a dash, over the first cued heading. Each passage is in our
own words."""

from tests.sections.helpers import assert_tiles, outline_of

BODY = (
    "**About this chapter**\n\nThis chapter explains how our family service works.\n\n"
    "**Values**\n\nWe are honest with families and we keep our promises.\n"
)


def test_a_bold_byline_naming_the_council_and_its_service_stands_with_the_title():
    text = "# Policies, Values and Principles\n\n**Ashgrove Council - Family Services**\n\n" + BODY
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.heading for section in outline.sections] == [
        "Policies, Values and Principles",
        "About this chapter",
        "Values",
    ]
    assert outline.sections[0].kind == "title"


def test_a_bold_line_under_the_title_that_names_no_council_keeps_its_own_section():
    text = "# Policies, Values and Principles\n\n**Ashgrove family hubs - what they do**\n\n" + BODY
    headings = [section.heading for section in outline_of(text, "markdown").sections]
    assert "Ashgrove family hubs - what they do" in headings


def test_a_bold_council_byline_over_text_of_its_own_keeps_its_own_section():
    text = (
        "# Policies, Values and Principles\n\n**Ashgrove Council - Family Services**\n\n"
        "The service works from four family hubs across the borough.\n\n" + BODY
    )
    headings = [section.heading for section in outline_of(text, "markdown").sections]
    assert "Ashgrove Council - Family Services" in headings
