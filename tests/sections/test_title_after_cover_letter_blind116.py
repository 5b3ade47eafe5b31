"""A chapter that opens with a cover letter (letterhead, "Dear colleague,", a few paragraphs,
"Yours sincerely," and a signature) is titled by the first level-1 heading after the letter,
not by the letterhead's first line (blind round 116, decision 0190). In our own words."""

from tests.sections.helpers import assert_tiles, outline_of

_LETTER = (
    "Ravelstow District Council\n\nChildren's Services, Town Hall, Ravelstow\n\n2 May 2025\n\n"
    "Dear colleague,\n\nI enclose the new chapter on children in our care. Please share it with "
    "your team.\n\nYours sincerely,\n\nPat Oduya\n\nDirector of Children's Services\n\n"
)
_CHAPTER = (
    "# Looking after children well\n\n**About this chapter**\n\nThis chapter is for everyone who "
    "works with children in care. It was amended in April 2025.\n\n**Our values**\n\nWe are "
    "honest with children and we keep our promises.\n"
)


def _kinds(text: str) -> list[tuple[str, str | None]]:
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    return [(section.kind, section.heading) for section in outline.sections]


def test_the_heading_after_a_cover_letter_is_the_title() -> None:
    kinds = _kinds(_LETTER + _CHAPTER)

    assert ("title", "Looking after children well") in kinds
    assert kinds[0][0] != "title"
    assert ("scope", "About this chapter") in kinds


def test_without_a_closing_line_the_first_line_stays_the_title() -> None:
    text = _LETTER.replace("Yours sincerely,", "Thank you for reading.") + _CHAPTER

    kinds = _kinds(text)

    assert kinds[0][0] == "title"
    assert ("title", "Looking after children well") not in kinds
