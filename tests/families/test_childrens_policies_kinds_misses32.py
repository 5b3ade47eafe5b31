"""Cues of known-misses round 32 (decision 0235), each case written for this test in our own
words: the council, named, wanting every child of its area to grow up well, said as a paragraph
of its own, is the vision; the service's own staff said to have used, or to work to, a model
known by its name since a time or across the service, is the practice model's own section and
breaks away from the section it closes or sits in."""

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "paragraph",
    [
        "Farrowby wants every child to grow up safe, loved and sure of a future, wherever they "
        "live in the county.",
        "Eastwick would like all its children to grow up happy and hopeful.",
        "Tamsford Council hopes for every young person to grow up healthy and settled.",
    ],
)
def test_the_council_wanting_its_children_to_grow_up_well_is_vision(cues, paragraph) -> None:
    assert cues.content_kind(paragraph, near_end=False) == "vision"


@pytest.mark.parametrize(
    "paragraph",
    [
        # goes on to the law: the introduction (blind8 818, blind94 9404 annotate it so)
        "Brackley wants every child to grow up safe and happy. We work within the following "
        "legislation:",
        # the first person: the outcomes' and the values' wording too
        "We want every child to grow up safe, loved and sure of a future.",
        # what the council wants of its staff
        "Eastwick wants every social worker to know the families they work with.",
    ],
)
def test_otherwise_it_is_no_vision_cue(cues, paragraph) -> None:
    assert cues.content_kind(paragraph, near_end=False) != "vision"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Since the spring of 2023 our social workers have used the Safe and Together model with "
        "families where there is domestic abuse.",
        "Across the county all our teams are trained in Systemic Practice and meet weekly to "
        "think about families together.",
        "Our practitioners have adopted Signs of Safety for every assessment they write.",
    ],
)
def test_the_service_staff_using_a_named_model_break_away(cues, paragraph) -> None:
    assert cues.breakaway_kind(paragraph) == "practice_model"


@pytest.mark.parametrize(
    "paragraph",
    [
        # in some cases only: a principle's mention (blind9 903)
        "In families affected by domestic abuse, our social workers follow the Safe and Together "
        "model, partnering with the parent who is being harmed.",
        # another agency's staff
        "Health visitors use Signs of Safety when they record their worries about a baby.",
        # denied
        "Our social workers have never used a branded model and do not plan to.",
    ],
)
def test_otherwise_the_model_does_not_break_away(cues, paragraph) -> None:
    assert cues.breakaway_kind(paragraph) != "practice_model"


def test_a_model_paragraph_between_two_topics_under_a_heading_is_its_own_section() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "This chapter tells staff in Dunmere what the service believes and how it works.\n\n"
        "## Corporate Parenting\n\n"
        "Dunmere Council is corporate parent to every child in its care. Councillors and "
        "officers keep the seven corporate parenting principles in mind in every decision, and "
        "the Corporate Parenting Board meets every quarter.\n\n"
        "Since the summer of 2023 our social workers have used the Safe and Together model "
        "when domestic abuse is part of a family's life, keeping the child with the safe parent "
        "wherever they can.\n\n"
        "Children who cannot go home should not wait. A plan for permanence is agreed within "
        "four months of a child coming into care, and care leavers keep a personal adviser to "
        "the age of 25.\n\n"
        "## Information Sharing\n\n"
        "We share information with partners when the law allows it and record why.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = [section.kind for section in outline.sections]
    assert "practice_model" in kinds
    model = next(section for section in outline.sections if section.kind == "practice_model")
    assert model.text.startswith("Since the summer of 2023")
