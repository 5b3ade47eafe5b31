"""Amendment wordings blind set 274 left dating nothing (decision 0406): the chapter's changes
that "came into force", the law's own verb. They date the chapter where the sentence names the
chapter (or its edition, version, policy …) as what they changed, as "The changes in this
edition took effect on …" does (decision 0188); changes that came into force with nothing named
are as likely an Act's, and changes to an Act are the law's.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

from tests.families.fact_helpers import fact_text

_TITLE = "Policies, Values and Principles\n\n"
_AFTER = "\n\nWe ask children what they think before we plan anything with them.\n"


def _amendment(paragraph: str) -> str | None:
    return fact_text(f"{_TITLE}{paragraph}{_AFTER}", "amendment_date")


def test_changes_to_the_policy_that_came_into_force_on_a_day() -> None:
    paragraph = (
        "The changes to this policy came into force on 2 March 2026, when the section on "
        "siblings was added."
    )
    assert _amendment(paragraph) == "2026-03-02"


def test_revisions_made_to_the_procedure_that_came_into_force_in_a_month() -> None:
    paragraph = "Revisions made to the procedure came into force in July 2024."
    assert _amendment(paragraph) == "2024-07"


def test_amendments_that_came_into_force_naming_nothing_date_nothing() -> None:
    paragraph = (
        "The Children and Social Work Act 2017 changed the law on care leavers. "
        "The amendments came into force in April 2018."
    )
    assert _amendment(paragraph) is None


def test_changes_to_an_act_that_came_into_force_date_nothing() -> None:
    paragraph = "Changes to the Children Act 1989 came into force in January 2015."
    assert _amendment(paragraph) is None
