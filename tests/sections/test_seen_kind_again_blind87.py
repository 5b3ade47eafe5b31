"""A heading no cue knows, over text the kind model is all but sure belongs to a kind the chapter
has already had, opens a second section of that kind rather than joining the section before as
its sub-heading (decision 0149): chapters split their key principles across headings apart
("Key principles" early on, then the outcomes, then "Stability" over permanence). Where the
model is less sure, the heading still joins the section before.

Each chapter is written for this test in our own words.
"""

import pytest

from app.sections.assemble import SEEN_KIND_AGAIN, _modelled_heading_kind
from tests.sections.helpers import SameReading, assert_tiles, kinds_and_starts, outline_of

OPENING = (
    "Children's Services Policies, Values and Principles\n\n"
    "Key principles\n\n"
    "The welfare of the child is paramount. We work in partnership with parents and make "
    "timely decisions for children.\n\n"
    "Making a difference\n\n"
    "We will know we are making a difference when our children are healthy, safe, learning and "
    "achieving, and growing into confident young adults.\n\n"
)


def test_a_later_heading_of_a_kind_already_had_opens_its_own_section():
    text = OPENING + (
        "Stability\n\n"
        "Where a child cannot safely live with their parents, we look first to the wider family "
        "and friends. Every child who is looked after should have a permanence plan within six "
        "months, so that they know where they will grow up.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == [
        "title",
        "key_principles",
        "key_outcomes",
        "key_principles",
    ]
    assert outline.sections[-1].heading == "Stability"


def _kind(principles: float, current: str = "key_outcomes") -> tuple[str | None, str, float]:
    rest = (1.0 - principles) / 2
    model = SameReading({"key_principles": principles, "key_outcomes": rest, "other": rest})
    seen = {"title", "key_principles", "key_outcomes"}
    return _modelled_heading_kind(model, "Heading\nText", seen, current, numbered=False)  # type: ignore[arg-type]


@pytest.mark.parametrize("principles", [SEEN_KIND_AGAIN, 0.9, 0.99])
def test_a_kind_already_had_comes_again_when_the_model_is_all_but_sure(principles):
    assert _kind(principles)[:2] == ("key_principles", "model")


@pytest.mark.parametrize("principles", [0.5, 0.7, SEEN_KIND_AGAIN - 0.01])
def test_a_kind_already_had_the_model_is_less_sure_of_joins_the_section_before(principles):
    assert _kind(principles)[0] == "key_outcomes"


def test_the_section_before_s_own_kind_is_unchanged():
    assert _kind(0.9, current="key_principles")[:2] == ("key_principles", "model")
