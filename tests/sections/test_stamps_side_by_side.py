"""Stamps set side by side under the title ("Published … | Updated …") are the page's stamp: they
stay with the title, and the chapter's first paragraph opens its first section (decision 0057)."""

import pytest

from tests.sections.helpers import assert_tiles, outline_of

PARAGRAPHS = (
    "This chapter applies to everyone who works with children for the borough.\n\n"
    "We believe children do best when they grow up safely within their own families.\n\n"
    "The borough is the corporate parent of every child in its care and acts as a good "
    "parent would.\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "First published: 9 June 2022 | Last updated: 1 April 2025",
        "Created: 2 May 2022 \u00b7 Reviewed: 17 January 2025",
    ],
)
def test_stamps_side_by_side_stay_with_the_title(stamp):
    text = "# Fostering: Values and Principles\n\n" + stamp + "\n\n" + PARAGRAPHS
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert stamp in outline.sections[0].text
    assert outline.sections[1].text.startswith("This chapter applies")


def test_a_sentence_with_a_bar_is_not_a_stamp():
    line = "Contact the duty team on 0100 000 000 | or write to us at the civic centre any day"
    text = "# Fostering: Values and Principles\n\n" + line + "\n\n" + PARAGRAPHS
    outline = outline_of(text, "markdown")
    assert line not in outline.sections[0].text
