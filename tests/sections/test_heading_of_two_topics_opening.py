"""A heading that names two kinds ("Corporate parenting and permanence") keeps the kind it names
first when its first paragraph is that topic at some length and a later paragraph is the other:
the later topic breaks away as an un-headed section, whichever kind the model weighs the whole
text by. A one-sentence opening over the second topic says too little to head the section, and
the model's choice on the whole text stands (decision 0429).

Each page is written for this test in our own words.
"""

import pytest

from app.sections.assemble import _more_than_an_aside
from tests.sections.helpers import assert_tiles, outline_of

_TOP = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Working with partners\n\n"
    "Schools, health services and the police share with us the job of keeping children safe.\n\n"
)
_BOTTOM = (
    "## Keeping information safe\n\n"
    "We share information only where the law allows it, and we record every decision to share.\n"
)
_PARENTING_AT_LENGTH = (
    "Brackenford Council is the corporate parent of every child in its care and of every young "
    "person who has left it. Councillors and officers alike hold that duty, and the Corporate "
    "Parenting Panel asks each year how well the council keeps to the corporate parenting "
    "principles.\n\n"
)
_PARENTING_IN_ONE_LINE = (
    "Brackenford Council is the corporate parent of every child in its care.\n\n"
)
_PERMANENCE = (
    "Where a child cannot go home, we plan for a permanent family early: a plan for permanence "
    "is agreed at the second review, and brothers and sisters live together wherever it is "
    "safe.\n\n"
    "Care leavers keep a personal adviser until they are 25, and every plan is looked at by an "
    "independent reviewing officer.\n\n"
)
_VISION_IN_ONE_LINE_OVER_VALUES = (
    "We want every child in Brackenford to grow up safe, loved and hopeful.\n\n"
    "These values guide us there:\n\n"
    "- **Honesty.** We tell families plainly what worries us and what we will do.\n"
    "- **Respect.** We treat every child and parent with dignity, whatever their background.\n"
    "- **Family first.** We believe children do best in their own families, and we help parents "
    "to care for them.\n"
    "- **Learning.** We listen to what children and inspectors tell us and change what we do.\n\n"
)


def _kinds(heading: str, body: str) -> list[tuple[str, str | None]]:
    outline = outline_of(f"{_TOP}## {heading}\n\n{body}{_BOTTOM}", "markdown")
    assert_tiles(outline)
    return [(section.kind, section.heading) for section in outline.sections[2:-1]]


@pytest.mark.parametrize(
    "heading", ["Corporate parenting and permanence", "Corporate Parenting & Permanence"]
)
def test_first_named_topic_at_length_heads_and_the_second_breaks_away(heading: str) -> None:
    assert _kinds(heading, _PARENTING_AT_LENGTH + _PERMANENCE) == [
        ("corporate_parenting", heading),
        ("key_principles", None),
    ]


def test_a_one_line_opening_leaves_the_models_choice_on_the_whole_text() -> None:
    kinds = _kinds("Corporate parenting and permanence", _PARENTING_IN_ONE_LINE + _PERMANENCE)
    assert kinds == [("key_principles", "Corporate parenting and permanence")]


def test_a_one_sentence_vision_over_the_values_is_the_values_section() -> None:
    kinds = _kinds("Our vision and values", _VISION_IN_ONE_LINE_OVER_VALUES)
    assert kinds == [("values", "Our vision and values")]


def test_more_than_an_aside() -> None:
    assert _more_than_an_aside(_PARENTING_AT_LENGTH)
    assert not _more_than_an_aside(_PARENTING_IN_ONE_LINE)
    assert not _more_than_an_aside("We act early. We listen. ")
