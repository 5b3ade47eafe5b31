"""Whole italic lines as a page's headings (decision 0382, blind255): a markdown page with no
headings below its title that sets three or more short italic lines over its paragraphs heads its
sections with them, as it would with bold lines; one italic note, an italic sentence, an italic
date line or italic lines under real headings stay text.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

_ITALIC_PAGE = (
    "# Practice Principles\n\n"
    "*Purpose of these pages*\n\n"
    "These pages describe how Fernholt's family help teams work and which duties they carry.\n\n"
    "*How our teams share the work*\n\n"
    "Health visitors, schools and the police tell us early when a family is struggling, and "
    "we agree one plan with them.\n\n"
    "*Keeping records private*\n\n"
    "We share what families tell us only when a child's safety depends on it.\n"
)


def test_italic_lines_over_paragraphs_head_their_sections() -> None:
    outline = outline_of(_ITALIC_PAGE, "markdown")
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert headings == [
        "Practice Principles",
        "Purpose of these pages",
        "How our teams share the work",
        "Keeping records private",
    ]


def test_underscore_italics_head_sections_as_asterisks_do() -> None:
    text = _ITALIC_PAGE.replace("*", "_")
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.heading for section in outline.sections][1:] == [
        "Purpose of these pages",
        "How our teams share the work",
        "Keeping records private",
    ]


def test_two_italic_lines_are_notes_not_headings() -> None:
    text = _ITALIC_PAGE.replace("*Keeping records private*\n\n", "")
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert not any(
        section.heading in ("Purpose of these pages", "How our teams share the work")
        for section in outline.sections
    )


def test_italic_sentences_and_dated_notes_head_nothing() -> None:
    text = (
        "# Practice Principles\n\n"
        "_Revised in October 2025_\n\n"
        "These pages describe how Fernholt's family help teams work.\n\n"
        "_Every one of us shares this duty._\n\n"
        "Health visitors, schools and the police tell us early when a family is struggling.\n\n"
        "_Please read this before a first visit:_\n\n"
        "We share what families tell us only when a child's safety depends on it.\n\n"
        "_Reviewed in March 2026_\n\n"
        "Version 2\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.heading for section in outline.sections if section.heading] == [
        "Practice Principles"
    ]


def test_italic_lines_under_real_headings_stay_text() -> None:
    text = (
        "# Practice Principles\n\n"
        "## Our values\n\n"
        "*Honesty*\n\n"
        "We tell families plainly what worries us.\n\n"
        "*Patience*\n\n"
        "Change takes time, and we stay alongside families while it happens.\n\n"
        "*Persistence*\n\n"
        "We keep trying when a first plan does not work.\n\n"
        "## Confidentiality\n\n"
        "We share information only when a child's safety depends on it.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.heading for section in outline.sections] == [
        "Practice Principles",
        "Our values",
        "Confidentiality",
    ]
