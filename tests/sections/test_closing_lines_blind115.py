"""How a chapter with no headings closes (blind round 115, decision 0189): a note of whom to ask
that says where questions "should go", or labelled "Questions:", is material of no kind; a
sentence whose subject is this version of the chapter, agreed or issued on a date, is end
matter. Each text is in our own words."""

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Introduction\n\nThis policy sets out the framework for our work with children in need and "
    "their families.\n\n"
    "Corporate Parenting\n\nEvery councillor is a corporate parent to our Children in Care and "
    "follows the seven corporate parenting principles.\n\n"
    "Information Sharing\n\nRecords are shared only when the law allows it.\n\n"
    "{closing}\n"
)


def _closing_kinds(closing: str) -> list[tuple[str, str]]:
    outline = outline_of(_CHAPTER.format(closing=closing))
    assert_tiles(outline)
    return kinds_and_starts(outline, 20)[3:]


@pytest.mark.parametrize(
    "note",
    [
        "Questions about this chapter should go to the Policy Lead, Town Hall, Mill Street.",
        "Questions: Children's Services Policy Team, Town Hall, Mill Street; telephone 01632 "
        "960 000.",
    ],
)
def test_a_note_of_where_questions_go_is_material_of_no_kind(note: str) -> None:
    assert _closing_kinds(note)[-1][0] == "other"


def test_a_questions_paragraph_of_the_body_keeps_its_section() -> None:
    kinds = _closing_kinds(
        "Questions that children ask about their records are answered by their social worker, "
        "who explains what is kept and why."
    )

    assert [kind for kind, _start in kinds] == ["information_sharing"]


@pytest.mark.parametrize(
    "note",
    [
        "This version of the chapter was agreed by the Leaving Care Service in May 2025 and "
        "replaces the version of October 2022.",
        "This edition was issued on 3 June 2025.",
    ],
)
def test_this_version_agreed_or_issued_on_a_date_closes_the_chapter(note: str) -> None:
    closing = "For advice about this chapter, contact the Policy Lead.\n\n" + note

    assert [kind for kind, _start in _closing_kinds(closing)][-2:] == ["other", "end_matter"]


def test_a_version_of_a_plan_agreed_on_a_date_is_no_end_matter() -> None:
    closing = (
        "For advice about this chapter, contact the Policy Lead.\n\n"
        "This version of the plan was agreed by the family in May 2025."
    )

    assert "end_matter" not in [kind for kind, _start in _closing_kinds(closing)]
