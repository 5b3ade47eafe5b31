"""A chapter laid out as a table, each numbered heading in the left cell beside its paragraphs,
and a council line marked up as a heading straight over the first heading (blind round 330,
decision 0481). In our own words."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

LAID_OUT = (
    "# Children's Services Policies, Values and Principles\n\n"
    "Hadleigh Marsh Council\n\n"
    "1\\. About the chapter | 1.1 These pages say what guides our work with children and "
    "families in the borough.\n"
    "| 1.2 They were revised in March 2026 after a review by the practice board.\n"
    "2\\. What we believe | 2.1 Children are safest when the adults around them are heard and "
    "supported.\n"
    "3\\. Our way of working | 3.1 Every team is trained in Signs of Safety and uses it with each "
    "family.\n"
    "| 3.2 Managers check in supervision that plans are written with the family.\n"
    "4\\. Keeping records | 4.1 We share what we record only where the law allows it and a "
    "child is helped.\n"
)


def test_numbered_rows_of_a_layout_table_are_the_chapters_sections() -> None:
    outline = outline_of(LAID_OUT, "markdown")

    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert headings[1:] == [
        "1. About the chapter",
        "2. What we believe",
        "3. Our way of working",
        "4. Keeping records",
    ]
    assert "Managers check in supervision" in outline.sections[3].text


def test_rows_after_a_heading_the_page_turn_set_apart_keep_their_own_sections() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "1\\. About the chapter | 1.1 These pages say what guides our work with children and "
        "families in the borough.\n"
        "2\\. What we believe | 2.1 Children are safest when the adults around them are heard and "
        "supported.\n\n"
        "**3. A settled home**\n\n"
        "3.1 Each child in care has a plan for a settled home within five months.\n\n"
        "4\\. After eighteen | 4.1 Young people who leave our care keep a personal adviser until "
        "they are 25.\n"
        "5\\. Keeping records | 5.1 We share what we record only where the law allows it and a "
        "child is helped.\n"
    )

    outline = outline_of(text, "markdown")

    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert "4. After eighteen" in headings
    assert "5. Keeping records" in headings


def test_a_table_whose_first_cells_are_not_numbered_in_turn_stays_a_table() -> None:
    text = LAID_OUT.replace("2\\. What we believe", "7\\. What we believe")

    outline = outline_of(text, "markdown")

    assert_tiles(outline)
    assert "7. What we believe" not in [section.heading for section in outline.sections]


def test_a_data_table_with_numbered_rows_of_data_stays_whole() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Timescales\n\n"
        "1\\. First visit | Within one working day\n"
        "2\\. Assessment | Within 45 working days\n"
    )

    outline = outline_of(text, "markdown")

    assert_tiles(outline)
    assert [section.heading for section in outline.sections][1:] == ["Timescales"]


MARKED_BYLINE = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Hadleigh Marsh Council · Children, Young People and Families\n\n"
    "## Where these pages sit\n\n"
    "These pages apply to everyone who works with children in the borough.\n\n"
    "## Our values\n\n"
    "We listen first and we keep the promises we make.\n"
)


def test_a_council_line_marked_up_over_a_heading_of_its_level_stays_with_the_title() -> None:
    outline = outline_of(MARKED_BYLINE, "markdown")

    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "scope", "values"]
    assert "Hadleigh Marsh Council" in outline.sections[0].text
