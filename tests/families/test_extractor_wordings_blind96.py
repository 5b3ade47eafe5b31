"""Wordings blind set 96 showed the reader missing (decision 0162).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_count, fact_value
from tests.reading import facts_of

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
        # Acts as the subject that sets out the duties
        "Three Acts of Parliament, the Children Act 1989, the Adoption and Children Act 2002 and"
        " the Children and Social Work Act 2017, set out our duties to children in the borough.",
        "The Children Act 1989, the Children Act 2004 and the Care Act 2014 give us our powers.",
        # a singular responsibility placed on the council by them, two words after "on"
        "Responsibility for disabled children is placed on the local authority by the Children"
        " Act 1989, and the Children Act 2004 and the Equality Act 2010 extend it.",
    ],
)
def test_three_acts_that_set_out_or_place_the_duties_are_the_list(body: str) -> None:
    assert _count(body) == 3


@pytest.mark.parametrize(
    "body",
    [
        "All referrals are dealt with inside the framework set by the Children Act 1989 and the"
        " Children Act 2004.",
        "Since 2010 the Equality Act has stood with the Children Act 1989 as the basis of our"
        " duties.",
    ],
)
def test_two_acts_on_a_stated_basis_are_the_list(body: str) -> None:
    assert _count(body) == 2


@pytest.mark.parametrize(
    "body",
    [
        # two Acts in passing stay no list (decision 0142)
        "The Children Act 1989 and the Children Act 2004 are mentioned in our training pack.",
        # what councils must do, said by two Acts opening the sentence (decision 0109)
        "The Children Act 1989 and the Children Act 2004 say what we must do for every child in"
        " need.",
        # the Acts do something else than set out the council's duties
        "The Children Act 1989, the Children Act 2004 and the Care Act 2014 set out a timetable"
        " for reviews that we follow.",
    ],
)
def test_acts_in_passing_stay_no_list(body: str) -> None:
    assert not _count(body)


def test_a_year_after_a_preposition_is_no_title() -> None:
    body = (
        "Since 2016 the Adoption and Children Act has stood beside the Children Act 1989 as the"
        " basis of our work."
    )
    value = facts_of(_OPENING.format(body=body))["legislation"].value
    assert value is not None
    cited = [item["cited"] for item in value]
    assert cited == ["Adoption and Children Act", "Children Act 1989"]


_SCOPE_OPENING = (
    "Family Services Policy\n\n"
    "{body}\n\n"
    "Introduction\n\n"
    "We work with families to keep children safe at home.\n"
)


def _amended(body: str) -> object:
    """The amendment date read from an unheaded scope paragraph (no heading names the text)."""
    return fact_value(_SCOPE_OPENING.format(body=body), "amendment_date")


def test_it_carried_through_a_sentence_that_speaks_of_it_dates_the_chapter() -> None:
    body = (
        "Who should read this chapter? Every foster carer and social worker ought to know what"
        " it asks of them. It was last amended in March 2025."
    )
    assert _amended(body) == "2025-03"


def test_it_after_a_sentence_about_something_else_dates_nothing() -> None:
    body = (
        "Who should read this chapter? The Fostering Panel meets once a month to approve"
        " carers. It was last revised in March 2025."
    )
    assert _amended(body) is None
