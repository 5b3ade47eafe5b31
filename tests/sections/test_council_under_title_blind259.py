"""A council's name under the title, set in larger type than the body (a PDF's title page) over
a contents page's label (blind round 259, decision 0386): it says whose chapter it is and stands
with the title, no section of its own. Each passage is in our own words about invented councils.
"""

from tests.sections.helpers import assert_tiles, outline_of

REST = (
    "## Table of contents\n\nWho this applies to .... 2\n\nOur duties .... 2\n\n"
    "Our values .... 3\n\n"
    "### 1. Who this applies to\n\nThis chapter covers every child the council supports and was "
    "revised in March 2025.\n\n"
    "### 2. Our duties\n\nThe Children Act 1989 sets out most of our duties.\n\n"
    "### 3. Our values\n\nWe are open and fair with every family we meet.\n"
)


def test_a_council_set_as_a_heading_over_a_contents_label_stands_with_the_title() -> None:
    text = "# Caring for Children in Wyndham Vale\n\n### Wyndham Vale District Council\n\n" + REST
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert "Wyndham Vale District Council" in outline.sections[0].text
    assert outline.sections[1].heading == "Table of contents"
    assert outline.sections[1].kind == "scope"


def test_a_line_naming_no_council_there_keeps_a_section_of_its_own() -> None:
    text = "# Caring for Children in Wyndham Vale\n\n### Children and Families Service\n\n" + REST
    outline = outline_of(text, "markdown")
    assert "Children and Families Service" not in outline.sections[0].text
