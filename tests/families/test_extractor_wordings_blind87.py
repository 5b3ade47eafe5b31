"""The family's extractors on wordings met in blind round 87 (decision 0149): the permanence plan
named by what it decides, in a child's own voice ("a plan for where I will grow up within four
months of me coming into care"), as a chapter written with its children in care council says it.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "If I cannot live at home, there should be a plan for where I will grow up within "
            "four months of me coming into care.\n",
            4,
        ),
        ("Within six months you will have a plan for where you will grow up.\n", 6),
        ("We should each have a plan about where we are to grow up within three months.\n", 3),
    ],
)
def test_a_plan_for_where_i_will_grow_up_is_the_permanence_plan(text, months):
    assert fact_value(text, "permanence_plan_months") == months


@pytest.mark.parametrize(
    "text",
    [
        "I will grow up knowing my story, and my plan is reviewed every six months.\n",
        "Within four months I had a plan for where I will go to school.\n",
    ],
)
def test_other_plans_and_growing_up_are_no_permanence_plan(text):
    assert fact_value(text, "permanence_plan_months") is None
