"""Wordings blind set 62 showed the reader missing (decision 0116): the permanence plan named
by what it decides, "a plan for where they will grow up". Cases are our own words; the negatives
are wordings a careless reader would take for the fact."""

import pytest

from tests.reading import facts_of

_CHAPTER = (
    "Family Help Policy\n\n"
    "This chapter tells every worker in the Orrinwick family help service how it is run.\n\n"
    "A child's own family is where we start. {sentence} Young people who leave care keep a "
    "personal adviser until they are 25.\n"
)


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Within four months of coming into care every child has a plan for where they will "
         "grow up.", 4),
        ("Each child in our care has a plan about where the child will live and grow up, agreed "
         "within six months.", 6),
    ],
)  # fmt: skip
def test_a_plan_for_where_a_child_will_grow_up_is_the_permanence_plan(sentence, months) -> None:
    assert facts_of(_CHAPTER.format(sentence=sentence))["permanence_plan_months"].value == months


@pytest.mark.parametrize(
    "sentence",
    [
        "Within four months we want every child to know where they will grow up.",
        "Children grow up best in families, and we review their plans every six months.",
    ],
)
def test_growing_up_without_the_plan_for_it_gives_no_timescale(sentence) -> None:
    assert facts_of(_CHAPTER.format(sentence=sentence))["permanence_plan_months"].value is None
