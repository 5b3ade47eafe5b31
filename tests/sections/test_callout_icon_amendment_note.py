"""A notes export's or a page's callout prints an icon before its words: a memo pictograph before
"Amendment (…): …" is still the chapter's amendment note, which ends the record of the page's
fields under the title and opens the scope (decisions 0085, 0347); an icon before other words
opens nothing. Texts written for this test in our own words."""

from tests.sections.helpers import assert_tiles, outline_of

_PAGE = (
    "# Looked After Children: Values and Principles\n\n"
    "Owner: Quality Assurance Unit\n"
    "Status: Live\n"
    "Last edited: 9 January 2026\n\n"
    "{note}\n\n"
    "## Corporate parenting\n\n"
    "Every elected member of Brindlecombe Council is a corporate parent to the children we look "
    "after.\n"
)


def _sections(note: str) -> list[tuple[str, str]]:
    outline = outline_of(_PAGE.format(note=note), "markdown")
    assert_tiles(outline)
    return [(section.kind, section.text.strip().splitlines()[0]) for section in outline.sections]


def test_an_icon_before_the_amendment_note_leaves_the_fields_with_the_title() -> None:
    note = "\U0001f4dd Amended (December 2025): the care leavers' offer was brought up to date."
    sections = _sections(note)
    assert sections[0] == ("title", "# Looked After Children: Values and Principles")
    assert sections[1] == ("scope", note)


def test_an_information_icon_works_as_the_memo_does() -> None:
    note = "\u2139\ufe0f This chapter was revised in November 2025 to add the local offer."
    assert _sections(note)[1] == ("scope", note)


def test_an_icon_before_other_words_opens_no_amendment_note() -> None:
    note = "\U0001f4dd Our teams read this page with every new starter in their first week."
    assert all(first_line != note for _, first_line in _sections(note))
