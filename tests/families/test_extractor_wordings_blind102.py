"""Wordings blind set 102 showed the reader missing (decision 0170).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_count

_OPENING = (
    "Reviews of Children in Care\n\n"
    "This chapter tells every worker in the reviewing team how reviews are run.\n\n"
    "{body}\n\n"
    "We keep information about families confidential.\n"
)


def _count(body: str) -> int | None:
    return fact_count(_OPENING.format(body=body), "legislation_count")


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "Care plan reviews are required by the Children Act 1989 and by the Care Planning,"
            " Placement and Case Review (England) Regulations 2010.",
            2,
        ),
        (
            "Permanence planning is required under the Children Act 1989, the Adoption and"
            " Children Act 2002 and the Children and Families Act 2014.",
            3,
        ),
    ],
)
def test_acts_that_require_the_work_are_the_list(body: str, count: int) -> None:
    assert _count(body) == count


def test_two_acts_a_worker_is_required_to_read_are_no_list() -> None:
    body = (
        "New staff are required to read summaries of the Children Act 1989 and the Children Act"
        " 2004 in their first week."
    )
    assert _count(body) in (None, 0)
