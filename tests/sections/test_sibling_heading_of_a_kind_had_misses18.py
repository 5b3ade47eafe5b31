"""A heading set at the rank of the section before's own heading, after that section has said
something of its own, is by its look that section's sibling: when the kind model clearly prefers
a kind the chapter has already had to the section before's kind, the heading opens a second
section of that kind rather than joining the section before as its sub-heading (decision 0179).
Where the model does not clearly prefer it, or the heading is not set at the section's rank, the
heading still joins (decision 0149's `SEEN_KIND_AGAIN` stands for those).

Each chapter is written for this test in our own words.
"""

import pytest

from app.sections.assemble import (
    HINT_OVERRULING,
    HINT_OVERRULING_RATIO,
    SEEN_KIND_AGAIN,
    _modelled_heading_kind,
)
from tests.sections.helpers import SameReading, assert_tiles, kinds_and_starts, outline_of


def _kind(principles: float, parenting: float, *, sibling: bool) -> str | None:
    rest = max(0.0, 1.0 - principles - parenting) / 4
    model = SameReading(
        {
            "key_principles": principles,
            "corporate_parenting": parenting,
            "other": rest,
            "values": rest,
            "vision": rest,
            "strategy": rest,
        }
    )
    seen = {"title", "key_principles", "corporate_parenting"}
    kind, _, _ = _modelled_heading_kind(
        model,  # type: ignore[arg-type]
        "Heading\nText",
        seen,
        "corporate_parenting",
        numbered=False,
        sibling=sibling,
    )
    return kind


@pytest.mark.parametrize(("principles", "parenting"), [(0.68, 0.08), (0.55, 0.15), (0.75, 0.2)])
def test_a_sibling_comes_again_as_the_kind_the_model_clearly_prefers(principles, parenting):
    assert principles < SEEN_KIND_AGAIN
    assert _kind(principles, parenting, sibling=True) == "key_principles"


@pytest.mark.parametrize(
    ("principles", "parenting"),
    [
        (HINT_OVERRULING - 0.01, 0.05),  # not sure enough
        (0.6, 0.6 / HINT_OVERRULING_RATIO + 0.01),  # no clear preference over the section's kind
    ],
)
def test_a_sibling_the_model_does_not_clearly_place_joins(principles, parenting):
    # the section before's kind, or none (an unnumbered heading of no kind joins it too)
    assert _kind(principles, parenting, sibling=True) in ("corporate_parenting", None)


def test_a_heading_not_set_at_the_section_s_rank_keeps_the_stricter_bar():
    assert _kind(0.68, 0.08, sibling=False) in ("corporate_parenting", None)


PERMANENCE_CHAPTER = (
    "# Planning Permanence for Children in Care\n\n"
    "## Scope of this chapter\n\n"
    "This chapter is for the social workers and team managers of Hollowmere who plan for "
    "children in care.\n\n"
    "## Our approach to permanence\n\n"
    "No child should wait for a settled home. We look first to parents and the wider family, "
    "and we plan in parallel rather than one option after another. Every child in care has a "
    "permanence plan by their second review.\n\n"
    "## Corporate parenting\n\n"
    "Our councillors are corporate parents to every child in our care. The Corporate Parenting "
    "Panel asks each year how long our children waited for a permanent home.\n\n"
    "{heading}\n\n"
    "A permanent home is not the end of our help, and no child should lose it for want of "
    "support. Children who return to their families, or "
    "who live with kinship carers under a special guardianship order, keep the support they "
    "need, and we stay in touch so that the placement lasts and the child stays settled.\n"
)


def test_a_marked_up_heading_after_corporate_parenting_opens_principles_again():
    outline = outline_of(
        PERMANENCE_CHAPTER.format(heading="## After permanence"), syntax="markdown"
    )
    assert_tiles(outline)
    kinds = [kind for kind, _ in kinds_and_starts(outline)]
    assert kinds == ["title", "scope", "key_principles", "corporate_parenting", "key_principles"]
    assert outline.sections[-1].heading == "After permanence"


def test_a_lower_ranked_heading_after_corporate_parenting_stays_its_sub_heading():
    outline = outline_of(
        PERMANENCE_CHAPTER.format(heading="### After permanence"), syntax="markdown"
    )
    assert_tiles(outline)
    kinds = [kind for kind, _ in kinds_and_starts(outline)]
    assert kinds == ["title", "scope", "key_principles", "corporate_parenting"]


NUMBERED_CHAPTER = (
    "# Support for Young People Leaving Care\n\n"
    "**1. Scope**\n\n"
    "This chapter is for the personal advisers and social workers of Hollowmere who support "
    "young people leaving care.\n\n"
    "**2. Corporate parenting**\n\n"
    "Our councillors are corporate parents to every young person who has left our care. The "
    "Corporate Parenting Panel hears from care leavers twice a year.\n\n"
    "**3. Our principles**\n\n"
    "No young person should have to leave their home before they are ready. Every care leaver "
    "has a personal adviser until they are 21, and until 25 if they ask.\n\n"
    "**4. Work and study**\n\n"
    "Young people who have left our care and go to university get a yearly grant and a home "
    "for the holidays. The council keeps traineeships and work experience places for them.\n"
)


def test_a_numbered_heading_is_not_read_as_a_kind_had_by_its_rank():
    """A numbered heading opens its own section whatever its look; its rank is no reason to
    give it a kind the chapter has had at less than `SEEN_KIND_AGAIN`."""
    outline = outline_of(NUMBERED_CHAPTER, syntax="markdown")
    assert_tiles(outline)
    last = outline.sections[-1]
    assert last.heading == "4. Work and study"
    assert last.kind == "other"
