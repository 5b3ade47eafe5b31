"""A paragraph saying when the chapter is kept up to date, and when it last was, is the
chapter's amendment note, a scope section, wherever it stands in an un-headed chapter
(decision 0399). Written for this test in our own words.
"""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_BEFORE = (
    "Policies and Principles for Family Help\n\n"
    "Our duties come from the Children Act 1989, the Children Act 2004 and the Children and "
    "Social Work Act 2017, and from the statutory guidance made under them.\n\n"
)
_AFTER = (
    "\n\nThe whole council is the corporate parent of the children in its care, and every "
    "councillor follows the seven corporate parenting principles.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "When the law changes, the chapter is revised; it was last revised in June 2025.",
        "Whenever new regulations come into force, this policy is updated, most recently in "
        "October 2024.",
    ],
)
def test_a_note_on_the_chapters_upkeep_is_its_scope(note: str) -> None:
    outline = outline_of(_BEFORE + note + _AFTER)
    assert_tiles(outline)
    kinds = {section.text.strip(): section.kind for section in outline.sections}
    assert kinds.get(note) == "scope"


def test_the_law_changing_without_the_chapter_named_is_no_note() -> None:
    outline = outline_of(
        _BEFORE + "When the law changes, we tell every member of staff by email." + _AFTER
    )
    assert all(section.kind != "scope" for section in outline.sections)
