"""Wordings blind set 145 showed the reader missing (decision 0241).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_count

_OPENING = (
    "Family Services Policy\n\n"
    "This chapter tells every worker in the family services team how the service is run.\n\n"
    "{body}\n\n"
    "We keep information about families confidential.\n"
)


def _count(body: str) -> int | None:
    return fact_count(_OPENING.format(body=body), "legislation_count")


@pytest.mark.parametrize(
    "body",
    [
        "This policy sets out the framework for family services in Elmbury under the Children"
        " Act 1989 and the Children Act 2004.",
        "Here we describe the framework of our work under the Children Act 1989 and the Care"
        " Act 2014.",
    ],
)
def test_two_acts_a_framework_is_under_are_the_list(body: str) -> None:
    assert _count(body) == 2


@pytest.mark.parametrize(
    "body",
    [
        # the framework is for children under an age; the Acts are named in passing
        "This framework covers children under the age of 18. The Children Act 1989 and the"
        " Children Act 2004 are mentioned in our training pack.",
        # no framework: two Acts in passing stay no list (decision 0142)
        "Children looked after under the Children Act 1989 and the Children Act 2004 get a review.",
    ],
)
def test_acts_not_said_to_hold_the_framework_stay_no_list(body: str) -> None:
    assert not _count(body)
