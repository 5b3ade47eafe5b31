"""The family's readings probed after the 275th blind round: a permanence timescale that a
change replaced ("reduced from six months to four months", "previously six months") is not
what the chapter now says; a model the council says it uses ("The model we practise is X") is
named (decision 0407).

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import model_names
from tests.reading import facts_of

TITLE = "Children's Services Policies, Values and Principles\n\n"


def _months(body: str) -> tuple[object, list[object]]:
    fact = facts_of(TITLE + body, "chapter.txt")["permanence_plan_months"]
    return fact.value, [other.value for other in fact.alternatives]


def test_a_change_from_one_timescale_to_another_says_the_new_one():
    body = (
        "Amended in March 2026: the timescale for agreeing a permanence plan was cut from six "
        "months to four months.\n\nEvery child in care has a permanence plan within four "
        "months of coming into care.\n"
    )
    assert _months(body) == (4, [])


def test_the_replaced_timescale_in_figures_is_no_conflict_either():
    body = "A permanence plan is now agreed within 3 months (previously 5 months).\n"
    assert _months(body) == (3, [])


def test_a_timescale_used_instead_of_another_is_the_one_meant():
    body = "Instead of six months, our permanence plans are now made within two months.\n"
    assert _months(body) == (2, [])


def test_a_stale_timescale_after_the_change_still_conflicts():
    body = (
        "Amended in March 2026: the timescale for agreeing a permanence plan was changed from "
        "six months to four months.\n\nPermanence\n\nA permanence plan should be agreed within "
        "six months of a child coming into care.\n"
    )
    assert _months(body) == (4, [6])


def test_a_timescale_for_another_thing_after_from_is_not_taken_for_a_change():
    body = (
        "Every child has a permanence plan within 4 months, and care leavers are helped from "
        "six months before their 18th birthday to when they are 21.\n"
    )
    assert _months(body) == (4, [])


def _models(sentence: str) -> list[str]:
    body = "Our practice\n\n" + sentence + " It starts from the family's own story.\n"
    return model_names(TITLE + body, "chapter.txt")


@pytest.mark.parametrize(
    "sentence",
    [
        "The model we practise is Brightwater.",
        "The model that we follow is Brightwater.",
        "Our model which we have adopted is Brightwater.",
        "The model we chose is Brightwater, which our staff designed.",
    ],
)
def test_the_model_the_council_says_it_uses_is_named(sentence: str) -> None:
    assert _models(sentence) == ["Brightwater"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The model we use is a strengths-based one.",
        "The model we use is the one our partners use.",
        "The model we follow is still being written.",
    ],
)
def test_a_model_described_rather_than_named_names_none(sentence: str) -> None:
    assert _models(sentence) == []
