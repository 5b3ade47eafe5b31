"""Amendment wordings blind set 242 showed the reader missing (decision 0366): the chapter
"reissued" or "republished" as the verb of a sentence whose subject is the chapter or "it".

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value

_OPENING = (
    "Family Services Policy\n\n"
    "This chapter tells every worker in the family services team how the service is run. {body}"
    "\n\nWe keep information about families confidential.\n"
)


def _amendment(body: str) -> object:
    return fact_value(_OPENING.format(body=body), "amendment_date")


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("It was reviewed and reissued in December 2025, after the new guidance was published.",
         "2025-12"),
        ("It was re-issued in March 2026 with a shorter list of Acts.", "2026-03"),
        ("It was republished on 4 May 2025 when the leaving care offer changed.", "2025-05-04"),
        ("The section on care leavers was reissued in July 2024.", "2024-07"),
        # in the council's own voice
        ("We reissued it in December 2025 after the framework changed.", "2025-12"),
        ("We republished this chapter in August 2025.", "2025-08"),
    ],
)  # fmt: skip
def test_the_chapter_reissued_or_republished_is_its_amendment(body: str, date: str) -> None:
    assert _amendment(body) == date


@pytest.mark.parametrize(
    "body",
    [
        # guidance or an Act issued again is not the chapter
        "The statutory guidance was reissued in March 2021.",
        "The Children Act guidance was republished in 2015.",
        # a reissue still to come
        "It will be reissued in June 2027.",
        # "it" standing for something other than the chapter
        "Our offer to care leavers is generous and clear.\n\nIt sets out every entitlement."
        " We republished it in May 2025 as a booklet for young people.",
    ],
)
def test_other_texts_reissued_or_a_reissue_to_come_date_nothing(body: str) -> None:
    assert _amendment(body) is None
