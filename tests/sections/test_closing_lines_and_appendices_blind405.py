"""The chapter's body ends where its closing appendices begin (decision 0595): an "End of
chapter" line or a closing stamp standing just above "Appendix …" headings, in the later half of
the chapter, closes the body as end matter, as it does in a chapter with no appendix.

Every text is written for these tests in our own words. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.outline_helpers import kinds_and_openings

_BODY = (
    "# Policies and Principles\n\n"
    "## Our values\n\n"
    "We keep our promises to children and we tell their families the truth, even when it is "
    "hard to hear.\n\n"
    "## Corporate parenting\n\n"
    "Every councillor shares the duty to the children the council looks after, and asks of "
    "each decision whether it would be good enough for their own child.\n\n"
    "## Key principles\n\n"
    "Help is offered early, before a family's difficulties grow.\n\n"
    "Children live with their own families wherever that can be made safe.\n\n"
    "## Sharing information\n\n"
    "Records are shared only when a child's safety needs it, and each decision to share is "
    "written down with its reason.\n\n"
)


@pytest.mark.parametrize("closing", ["End", "End of chapter", "End of document"])
def test_an_end_line_above_closing_appendices_is_end_matter(closing: str) -> None:
    text = (
        _BODY + f"{closing}\n\n"
        "## Appendix A: Legislation\n\n"
        "- Children Act 1989\n- Children Act 2004\n- Children and Families Act 2014\n\n"
        "## Appendix B: Contacts\n\n"
        "The practice team can be reached through the council's switchboard.\n"
    )
    kinds = kinds_and_openings(text, "markdown", 20)
    assert ("end_matter", closing[:20]) in kinds
    assert kinds[-2][0] == "introduction"


def test_an_end_line_above_a_section_that_is_no_appendix_is_not_split_off() -> None:
    """Only appendices close the body: a line reading "End" above an ordinary heading is left
    to the section it stands in."""
    text = (
        _BODY + "End\n\n"
        "## Our practice model\n\n"
        "Every team works with Signs of Safety, mapping worries and strengths with each family.\n"
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "markdown", 20)]
    assert "end_matter" not in kinds
