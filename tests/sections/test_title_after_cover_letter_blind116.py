"""A chapter that opens with a cover letter (letterhead, "Dear colleague,", a few paragraphs,
"Yours sincerely," and a signature) is titled by the first level-1 heading after the letter,
not by the letterhead's first line (blind round 116, decision 0190). In our own words."""

from tests.sections.helpers import assert_tiles, outline_of
from tests.sections.outline_helpers import kinds_and_headings

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


def test_the_heading_after_a_cover_letter_is_the_title() -> None:
    kinds = kinds_and_headings(_LETTER + _CHAPTER, "markdown")

    assert ("title", "Looking after children well") in kinds
    assert kinds[0][0] != "title"
    assert ("scope", "About this chapter") in kinds


def test_without_a_closing_line_the_first_line_stays_the_title() -> None:
    text = _LETTER.replace("Yours sincerely,", "Thank you for reading.") + _CHAPTER

    kinds = kinds_and_headings(text, "markdown")

    assert kinds[0][0] == "title"
    assert ("title", "Looking after children well") not in kinds


def test_the_chapters_name_after_an_emails_sign_off_is_the_title() -> None:
    """An e-mail's text (blind round 199, decision 0312): header fields, a covering note
    signed "Thanks," and the chapter's name on a plain line after the signature."""
    text = (
        "From:\tSam Okafor\nSubject:\tChildren's Services Policies, Values and Principles\n\n"
        "Dear team,\n\nThe revised chapter is below.\n\nThanks,\nSam\n\n"
        "Children's Services Policies, Values and Principles\n\n"
        "This chapter applies to everyone in children's services. It was amended in May 2026.\n\n"
        "We are honest with children and we keep our promises to them.\n"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    titles = [section for section in outline.sections if section.kind == "title"]

    assert len(titles) == 1
    assert titles[0].text.startswith("Children's Services Policies")
