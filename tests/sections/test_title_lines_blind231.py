"""Lines under the title that blind231 met (decision 0355): an amendment note dated in figures,
day first, that goes on to say what changed opens the scope section, as one dated in words does;
an intranet post's byline ("Posted by … on … in …") stays with the title rather than heading the
note under it. Our own wordings, with near misses."""

import pytest

from tests.sections.helpers import outline_of

_BODY = "\n\nOur values\n\nWe listen to children and act on what they say.\n"


def _kinds(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text, "plain")
    return [(section.kind, section.text.strip()[:24]) for section in outline.sections]


@pytest.mark.parametrize(
    "note",
    [
        "Amended 14.11.2025 \u2013 the part on family time now names the new centre.",
        "Revised 2/6/2025: Section 3 now gives the adviser's offer to 25.",
        "Last amended 09-01-2026 - the list of Acts was brought up to date.",
    ],
)
def test_a_note_dated_in_figures_that_goes_on_opens_the_scope(note: str) -> None:
    text = "Fostering Policy\n\n" + note + _BODY
    assert _kinds(text)[1] == ("scope", note[:24])


def test_a_numbered_list_item_with_figures_is_no_amendment_note() -> None:
    text = "Fostering Policy\n\nUpdated guidance 2/6/2025 is on the intranet." + _BODY
    assert _kinds(text)[1][0] != "scope"


@pytest.mark.parametrize(
    "byline",
    [
        "Posted by Hannah Osei on 3 February 2026 in Children's Services",
        "Published by Rob Kettering, 14/01/2026",
        "Written by Amira Jones in Practice Guidance",
    ],
)
def test_a_posts_byline_stays_with_the_title(byline: str) -> None:
    text = (
        "Family Time Procedure\n" + byline + "\nThis procedure was amended in January 2026." + _BODY
    )
    outline = outline_of(text, "plain")
    assert outline.sections[0].kind == "title"
    assert byline in outline.sections[0].text
    assert outline.sections[1].kind == "scope"
    assert outline.sections[1].text.startswith("This procedure was amended")
