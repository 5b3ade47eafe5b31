"""Sections met in the seventieth blind round (decision 0126): a chapter written as a letter
closes with its sign-off ("Yours sincerely,"), the signature and the date, which are end matter.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

_LETTER = (
    "# Policies, Values and Principles\n\n"
    "Dear colleague,\n\n"
    "This letter sets out the values that every team in Ashwick children's services works by, "
    "and it applies to everyone who works with our children and families.\n\n"
    "We keep confidential what families tell us, and share it with other agencies only when a "
    "child's safety requires it.\n\n"
    "Kind regards,\n\n"
    "Robin Ashe\n\n"
    "Director of Children's Services\n\n"
    "2 February 2026\n"
)


def test_a_letters_sign_off_opens_the_end_matter() -> None:
    outline = outline_of(_LETTER, "markdown")
    assert_tiles(outline)
    kinds = [(s.kind, s.text.strip().split("\n")[0]) for s in outline.sections]
    assert kinds[-1] == ("end_matter", "Kind regards,")
    assert "Robin Ashe" in outline.sections[-1].text


def test_best_wishes_inside_a_sentence_closes_nothing() -> None:
    text = _LETTER.replace("Kind regards,\n\n", "Kind regards are sent to every foster carer.\n\n")
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert not any(
        s.kind == "end_matter" and s.text.startswith("Kind regards") for s in outline.sections
    )
