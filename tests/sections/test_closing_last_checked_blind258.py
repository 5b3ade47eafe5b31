"""A chapter closing on a note that says when it was last checked (and, after it, when last
amended), which the 258th blind round showed read as part of the last section (decision 0385):
"last checked" is a review (decision 0036), so the note is end matter as "This chapter was last
reviewed on …" is. Written for this test in our own words; the near miss keeps the body's."""

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_BODY = (
    "Children's Services Policies, Values and Principles\n\n"
    "Information Sharing\n\n"
    "We share information with partners where it keeps a child safe or meets their needs.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "This chapter was last checked on 14 January 2026. It was last amended in October 2025.",
        "The page was last checked on 3 February 2026.",
    ],
)
def test_a_closing_last_checked_note_is_end_matter(closing: str) -> None:
    outline = outline_of(_BODY + closing + "\n")
    assert_tiles(outline)
    assert kinds_and_starts(outline, 20)[-1] == ("end_matter", closing[:20])


def test_a_sentence_about_checks_on_children_is_no_closing_note() -> None:
    closing = "The placement was checked by the reviewing officer on 14 January 2026."
    outline = outline_of(_BODY + closing + "\n")
    assert [kind for kind, _ in kinds_and_starts(outline)][-1] != "end_matter"
