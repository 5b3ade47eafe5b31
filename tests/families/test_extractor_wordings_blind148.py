"""Wordings blind set 148 showed the reader missing (decision 0244).

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
        "This policy gives the framework for our support to disabled children, young carers and"
        " families in crisis, under the Children Act 1989 and the Care Act 2014.",
        "Here is the framework we use for every assessment of need and risk, under the Children"
        " Act 1989 and the Children Act 2004.",
    ],
)
def test_two_acts_set_apart_after_a_long_framework_are_the_list(body: str) -> None:
    assert _count(body) == 2


@pytest.mark.parametrize(
    "body",
    [
        # no comma: the Acts belong to the children just named, in passing (decision 0142)
        "This framework covers our help for families and for children who are looked after"
        " under the Children Act 1989 and the Children Act 2004.",
        # the framework ends with its sentence; the Acts come in the next one
        "We follow a shared framework for families. Children looked after, under the Children"
        " Act 1989 and the Children Act 2004, get a review.",
    ],
)
def test_acts_not_set_apart_after_a_framework_stay_no_list(body: str) -> None:
    assert not _count(body)
