"""A kind councils split into sibling sections by topic (decision 0434): a later "Leaving care"
or "Care leavers" heading, naming key principles by its own cue, gives its topic a section and
takes nothing from an "Our principles" hint before it. Written for this test in our own words,
about invented councils, with other wordings than the blind set's.
"""

import pytest

from app.families.childrens_policies import FAMILY
from app.sections.classify import compile_cues
from tests.sections.outline_helpers import kinds_and_headings

TITLE = "# Children's Services Policies, Values and Principles\n\n"
SCOPE = (
    "## About this chapter\n\nThis chapter sets out what the council's children's services "
    "believe and how that shapes their work. It applies to all staff.\n\n"
)
PRINCIPLES = (
    "- Children do best with their own families, wherever that is safe.\n"
    "- We listen to children and young people and write down what they say in their own "
    "words.\n"
    "- Every child in care knows within four months where they will grow up, because we agree "
    "a permanence plan by then.\n"
    "- We work with parents and the wider family, not around them.\n\n"
)
LEAVING = (
    "Each young person leaving care has a personal adviser who helps with a home, money and "
    "work.\n\n"
)


@pytest.mark.parametrize("later", ["Care leavers", "Leaving care", "Care-experienced adults"])
@pytest.mark.parametrize("heading", ["Our principles", "Principles"])
def test_a_principles_hint_keeps_its_kind_before_a_later_leaving_care_heading(
    heading: str, later: str
) -> None:
    text = TITLE + SCOPE + f"## {heading}\n\n" + PRINCIPLES + f"## {later}\n\n" + LEAVING
    assert kinds_and_headings(text, "markdown")[-2:] == [
        ("key_principles", heading),
        ("key_principles", later),
    ]


def test_the_childrens_chapter_marks_only_key_principles_as_split_by_topic() -> None:
    assert compile_cues(FAMILY.kinds).topics_apart_kinds == frozenset({"key_principles"})
