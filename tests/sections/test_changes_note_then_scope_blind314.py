"""A scope heading after a part headed as the chapter's changes that holds only its dated note
opens the chapter's own scope section (blind314, decision 0454): the note says when and what
changed, the heading is where the chapter starts to speak. Under the scope's own text a changes
heading still joins the box. Written for this test in our own words. Sections still tile."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_CHAPTER = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## {first}\n\n"
    "{first_body}\n\n"
    "## {second}\n\n"
    "{second_body}\n\n"
    "## Our legal duties\n\n"
    "Our duties come mainly from the Children Act 1989 and the Children Act 2004.\n"
)
_NOTE = (
    "This chapter was revised in September 2025. The part about kinship carers is new and the "
    "ages for leaving care support were corrected."
)
_SCOPE = (
    "These pages are meant for social workers, personal advisers and foster carers in the "
    "district, and for anyone who provides a service to our children."
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Recent changes", "Who should read this"),
        ("Amendment", "About this chapter"),
        ("Changes to this page", "Scope"),
    ],
)
def test_a_scope_heading_after_the_changes_note_opens_its_own_section(
    first: str, second: str
) -> None:
    outline = outline_of(
        _CHAPTER.format(first=first, first_body=_NOTE, second=second, second_body=_SCOPE),
        "markdown",
    )
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 60)
    assert ("scope", f"## {first}") in [(k, s[: len(first) + 3]) for k, s in starts]
    assert ("scope", f"## {second}") in [(k, s[: len(second) + 3]) for k, s in starts]


def test_a_changes_heading_under_the_scope_text_joins_the_box() -> None:
    outline = outline_of(
        _CHAPTER.format(
            first="Scope of this chapter", first_body=_SCOPE, second="Amendment", second_body=_NOTE
        ),
        "markdown",
    )
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)].count("scope") == 1


def test_a_changes_heading_over_undated_prose_still_joins() -> None:
    body = "We change this chapter whenever the law or our practice changes."
    outline = outline_of(
        _CHAPTER.format(
            first="Changes to this chapter", first_body=body, second="Scope", second_body=_SCOPE
        ),
        "markdown",
    )
    assert [kind for kind, _ in kinds_and_starts(outline)].count("scope") == 1
