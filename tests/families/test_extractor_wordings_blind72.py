"""The family's extractors on wordings met in blind round 72: support ages told in a child's own
voice ("until I am 21, or until I am 25 if I am in education", "until I'm 21", "until my 25th
birthday", "until we are 21"), as a chapter written with its children in care council says them.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value


@pytest.mark.parametrize(
    ("text", "age", "later"),
    [
        (
            "When I leave care I will have a personal adviser until I am 21, or until I am 25 "
            "if I am at college or university.\n",
            21,
            [(25, "at college or university")],
        ),
        ("Once I have left care my personal adviser stays with me until I'm 21.\n", 21, []),
        (
            "After we leave care we keep a personal adviser until we are 21, or until we are 25 "
            "if we are still studying.\n",
            21,
            [(25, "studying")],
        ),
        (
            "As a care leaver I can ask my personal adviser for help until my 25th birthday.\n",
            25,
            [],
        ),
    ],
)
def test_support_ages_in_a_childs_own_voice(text, age, later):
    value = fact_value(text, "leaving_care_support_age")
    assert value is not None
    assert value["age"] == age
    assert [(item["age"], item["condition"]) for item in value["extended"]] == later


@pytest.mark.parametrize(
    "text",
    [
        # The child's own age now, not how long support lasts.
        "I am 19 and I left care last year; my personal adviser helped me move into a flat.\n",
        # Care in childhood, said in the first person, with no adviser or leaving care in it.
        "I lived with my foster carers until I was 16 and then moved to a children's home.\n",
    ],
)
def test_first_person_ages_that_are_no_support_age(text):
    assert fact_value(text, "leaving_care_support_age") is None
