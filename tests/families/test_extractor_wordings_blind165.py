"""Wordings blind set 165 showed the reader missing (decision 0267).

Each case is written for this test in our own words, not copied from the set's documents; the
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value

_OPENING = (
    "Family Help Policy\n\n"
    "Scope\n\n"
    "This chapter is for every worker in the family help service. {body}\n\n"
    "Values\n\n"
    "We listen to children first.\n"
)


def _amendment(body: str) -> object:
    return fact_value(_OPENING.format(body=body), "amendment_date")


@pytest.mark.parametrize(
    ("body", "month"),
    [
        ("We reviewed and re-issued it in March 2025.", "2025-03"),
        ("We revised and republished this chapter in October 2024.", "2024-10"),
        ("We have reviewed and reissued this page in June 2025.", "2025-06"),
    ],
)
def test_a_review_and_new_issue_in_the_councils_voice_dates_the_amendment(
    body: str, month: str
) -> None:
    assert _amendment(body) == month


def test_a_reissued_leaflet_is_not_the_chapter() -> None:
    # "it" stands for a leaflet, not for the chapter
    body = "Our leaflet for parents is short. We reviewed and re-issued it in March 2025."
    assert _amendment(body) is None
