"""Wordings of the 362nd blind round (decision 0533), each case written for this test in our own
words:

- a model named after a paragraph that described it, the council naming it by its own name and
  saying what it names ("Ambridge calls this way of working Threadlight");
- the text's wording, placed by where it stands, taking effect on a date ("The wording set out
  below took effect on …"): the amendment;
- a closing version line whose approver follows a comma ("Version 3.1, approved by …");
- "the guidance" changed on a date, in the scope, where no other guidance was named before it:
  the chapter's amendment; after the scope names another guidance, or outside the scope, it is
  not.
"""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_text, fact_value

_TITLE = "# Children's Services Policies, Values and Principles\n\n"


def _model_chapter(naming: str) -> str:
    return (
        _TITLE + "## About this chapter\n\n"
        "This chapter says how the council's children's services work.\n\n"
        "## Our practice model\n\n"
        "Our workers start from what a family already does well. They sit down with the family "
        "to draw the people around the child and agree a few small steps that everyone can "
        "see being taken.\n\n"
        f"{naming}\n"
    )


@pytest.mark.parametrize(
    ("naming", "names"),
    [
        (
            "Ambridge calls this way of working Threadlight, and all new staff learn it.",
            ["Threadlight"],
        ),
        ("Marlow Vale calls this approach Open Doors.", ["Open Doors"]),
        ("The council calls this Threadlight.", ["Threadlight"]),
        # lower case: no name
        ("Ambridge calls this way of working simply good practice.", []),
    ],
)
def test_a_model_named_after_its_description(naming: str, names: list[str]) -> None:
    assert fact_value(_model_chapter(naming), "named_models", "chapter.md") == names


def _scope_chapter(note: str, before: str = "") -> str:
    return (
        _TITLE + "## Who should read this\n\n"
        f"This page explains what Brayford's children's services stand for.{before} {note}\n\n"
        "## Our legal duties\n\n"
        "The council's duties come from the Children Act 1989 and the Children Act 2004.\n"
    )


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("The wording set out below took effect on 3 November 2025.", "2025-11-03"),
        ("The wording here took effect in June 2025.", "2025-06"),
        ("The guidance was updated in February 2026 to add the care leavers' offer.", "2026-02"),
        ("This guidance was revised in August 2025.", "2025-08"),
    ],
)
def test_the_text_changed_or_took_effect(note: str, date: str) -> None:
    assert fact_text(_scope_chapter(note), "amendment_date", "chapter.md") == date


def test_the_guidance_after_other_guidance_is_named_is_not_the_chapter() -> None:
    text = _scope_chapter(
        "The guidance was updated in December 2023 to describe new duties.",
        before=" Staff also follow Working Together to Safeguard Children, the government's "
        "statutory guidance.",
    )
    assert fact_text(text, "amendment_date", "chapter.md") is None


def test_the_guidance_outside_the_scope_is_not_the_chapter() -> None:
    text = (
        _TITLE + "## Who should read this\n\n"
        "This page explains what Brayford's children's services stand for.\n\n"
        "## Working with partners\n\n"
        "Agencies in Brayford keep children safe together. The guidance was updated in "
        "December 2023 to describe new duties.\n"
    )
    assert fact_text(text, "amendment_date", "chapter.md") is None


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("*Version 3.1, approved by the Director of Children's Services*", "Version 3.1"),
        ("Version 6, agreed by the Corporate Parenting Board", "Version 6"),
    ],
)
def test_a_version_line_with_its_approver_after_a_comma(line: str, label: str) -> None:
    text = (
        _TITLE + "## Keeping information safe\n\n"
        "We share what families tell us only when the law allows it.\n\n---\n\n"
        f"{line}\n"
    )
    assert fact_value(text, "version_label", "chapter.md") == label
