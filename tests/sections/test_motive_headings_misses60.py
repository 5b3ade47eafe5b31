"""A heading naming what moves the service ("What drives us", "What inspires us", "What
motivates us") only suggests its values: a motive is as often what the council wants for its
children and why, which is the vision and its rationale. The text under the heading decides
(decision 0451). Over a paragraph of qualities asked of staff the heading still heads the
values; "What guides us" stays a values cue. Written for this test in our own words."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_CHAPTER = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Who this chapter is for\n\n"
    "This chapter applies to everyone who works in the council's children's services, "
    "including agency staff and the providers we commission.\n\n"
    "## {heading}\n\n"
    "{body}\n\n"
    "## Corporate parenting\n\n"
    "Every councillor shares the council's duty to act as a good parent to the children it "
    "looks after, and the council applies the corporate parenting principles in every "
    "decision.\n"
)

_WHAT_WE_WANT = (
    "We want every child who lives in the district to grow up safe, loved and hopeful about "
    "what lies ahead of them. Children who come into our care have often lost a lot already, "
    "and how the council treats them shapes how they see themselves for years. That is why we "
    "aim high for them, and why we ask our partners to aim high too."
)

_QUALITIES = (
    "Our staff are expected to be honest, patient and reliable. We treat every family with "
    "respect and dignity, we listen to children and we keep the promises we make to them."
)


def _kind_under(heading: str, body: str) -> str:
    outline = outline_of(_CHAPTER.format(heading=heading, body=body))
    assert_tiles(outline)
    for kind, start in kinds_and_starts(outline):
        if start.startswith(f"## {heading}"):
            return kind
    raise AssertionError(f"no section opens at {heading!r}")


@pytest.mark.parametrize("heading", ["What drives us", "What inspires us", "What motivates us"])
def test_a_motive_heading_over_what_the_council_wants_for_children_is_the_vision(
    heading: str,
) -> None:
    assert _kind_under(heading, _WHAT_WE_WANT) == "vision"


@pytest.mark.parametrize("heading", ["What drives us", "What motivates us"])
def test_a_motive_heading_over_qualities_asked_of_staff_is_the_values(heading: str) -> None:
    assert _kind_under(heading, _QUALITIES) == "values"


def test_what_guides_us_still_names_the_values_over_a_wish_for_children() -> None:
    assert _kind_under("What guides us", _WHAT_WE_WANT) == "values"
