"""A dated entry of the chapter's change log right under the title ("February 2026 \u2013 this
chapter was updated to …", "12 February 2026: Section 6.1, Permanence, was updated.") is the
chapter's amendment note, which SPEC puts in the scope section, whether a dash or a colon
follows the date and however the changed part is named before the verb (decision 0407, after
0085). A dated paragraph about the council's services is no such note. Sections still tile."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_HEADED = (
    "## Scope of this chapter\n\nThis chapter gives the background to every procedure in our "
    "manual, for all staff who work with children and families.\n\n"
    "## Our values\n\nWe are honest with families and we listen to children.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "March 2026 \u2013 this chapter was updated to add the new family help teams.",
        "March 2026 - The chapter was amended to add a section on kinship care.",
        "4 March 2026: Section 3, Our values, was rewritten.",
        "March 2026 \u2014 Section 2 (Legal framework) was updated.",
        "March 2026: the timescale for agreeing a permanence plan was shortened.",
    ],
)
def test_a_dated_change_entry_under_the_title_is_the_scope_s_note(note: str) -> None:
    outline = outline_of(f"# Policies, Values and Principles\n\n{note}\n\n{_HEADED}", "markdown")
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert note not in outline.sections[0].text
    assert outline.sections[1].kind == "scope"
    assert outline.sections[1].text.startswith(note)
    assert outline.sections[2].kind == "scope"
    assert outline.sections[2].text.startswith("## Scope of this chapter")


def test_a_dated_paragraph_about_the_service_is_not_an_amendment_note() -> None:
    words = "March 2026 \u2013 our new family hubs opened in three towns across the county."
    outline = outline_of(f"# Policies, Values and Principles\n\n{_HEADED}\n{words}\n", "markdown")
    assert_tiles(outline)
    assert not any(
        section.kind == "scope" and section.text.startswith(words) for section in outline.sections
    )
