"""A chapter written by an officer who never saw the template may open on one child's or one
family's story, under a heading of its own, before anything the chapter sets out. The story
says "this chapter" and speaks of care, school and plans, but it is no kind of the chapter: its
section is `other`, and the scope heading after it opens the scope (decision 0223). Each text is
in our own words."""

import pytest

from app.sections.classify import names_a_case_example
from tests.sections.outline_helpers import kinds_and_headings

_STORY = (
    "Jess was twelve when she first came to stay with foster carers. She changed school twice "
    "that autumn and said later that nobody asked her what she wanted. Things got better once "
    "one social worker stayed with her. This chapter is about making that the rule.\n\n"
)
_REST = (
    "About this chapter\n\n"
    "This chapter applies to every member of staff in the children's services department.\n\n"
    "Our values\n\n"
    "We are honest with families and we keep our promises to children.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Jess's story",
        "Case study",
        "Case example: a family in crisis",
        "A young person's story",
        "Sam and Leah's journey",
        "What happened to the Marsh family",
        "Imagine you are Jess",
    ],
)
def test_a_heading_over_a_case_example_is_named(heading: str) -> None:
    assert names_a_case_example(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Our story",
        "The Council's Journey",
        "Our journey to outstanding",
        "What happens next",
        "Case management",
        "About this chapter",
    ],
)
def test_other_headings_name_no_case_example(heading: str) -> None:
    assert not names_a_case_example(heading)


def test_a_case_example_before_the_scope_is_other_and_the_scope_opens_after_it() -> None:
    sections = kinds_and_headings(
        "Children's Services Policies\n\nJess's story\n\n" + _STORY + _REST, "plain"
    )

    kinds = {heading: kind for kind, heading in sections}
    assert kinds["Jess's story"] == "other"
    assert kinds["About this chapter"] == "scope"


def test_so_it_is_under_a_markdown_heading() -> None:
    text = (
        "# Children's Services Policies\n\n## What happened to the Marsh family\n\n"
        "When the Marsh children came to our notice, three agencies each knew a part of their "
        "story. They waited nine months for a decision. We wrote this chapter so that no family "
        "waits like that again.\n\n## About this chapter\n\n"
        "This chapter applies to every member of staff in the children's services department.\n"
    )
    kinds = [kind for kind, _heading in kinds_and_headings(text, "markdown")]

    assert kinds[:3] == ["title", "other", "scope"]
