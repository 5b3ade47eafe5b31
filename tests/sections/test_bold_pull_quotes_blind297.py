"""A bold line that is someone's words in quotation marks with the speaker after them is a pull
quote, not a sub-heading (blind297, decision 0433).

A leaflet sets a young person's words in a box, bold, with the speaker after a dash; read as a
bold line of its own it became a sub-heading of its section. A heading may quote a name
("'Staying Put' and staying close"), never a whole sentence someone said.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

_BODY = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Leaving care\n\n"
    "Care leavers keep a personal adviser until they are 21, and until 25 if they ask.\n\n"
    "**{line}**\n\n"
    "Advisers visit at least every eight weeks and help with money, housing and work.\n\n"
    "## Information sharing\n\n"
    "Information about a child or family stays confidential and is shared only when the law "
    "allows it.\n"
)


def _headings(line: str) -> list[str]:
    outline = outline_of(_BODY.format(line=line), "markdown")
    assert_tiles(outline)
    return [
        block.text.strip("#* \n")
        for section in outline.sections
        for block in section.blocks
        if block.type == "heading"
    ]


def test_a_bold_quotation_with_its_speaker_heads_nothing() -> None:
    for line in (
        "\u201cMy adviser came with me to sign for my first flat.\u201d \u2013 Priya, 18",
        '"They never once made me feel like a case number!" (care leaver, aged 20)',
        "\u2018Would anyone have listened if I had not kept asking?\u2019 \u2014 a young person",
    ):
        headings = _headings(line)
        assert headings[-2:] == ["Leaving care", "Information sharing"], (line, headings)


def test_a_bold_heading_quoting_a_name_stays_a_heading() -> None:
    headings = _headings("\u201cStaying Put\u201d and staying close")
    assert "\u201cStaying Put\u201d and staying close" in headings
