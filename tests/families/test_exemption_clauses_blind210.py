"""Leaving-care ages met in the 210th blind round (decision 0330): a charge care leavers are
spared, joined in one sentence to a statement about the leaving care team that gives no age,
states the exemption's age only; the team named in the other statement does not make it the
support's age. Written for these tests in our own words."""

from __future__ import annotations

from tests.reading import facts_of

_ADVISER = (
    "Policies, Values and Principles\n\n"
    "A personal adviser stays with every care leaver until they are 21, and up to 25 for any "
    "care leaver who asks.\n\n"
)


def test_an_exemption_joined_to_a_statement_with_no_age_gives_no_support_age() -> None:
    text = _ADVISER + (
        "Care leavers pay no council tax in Marlow Vale until their 23rd birthday, and the "
        "leaving care service helps each of them to find a settled home.\n"
    )
    fact = facts_of(text)["leaving_care_support_age"]
    assert fact.value["age"] == 21
    assert [extension["age"] for extension in fact.value["extended"]] == [25]
    assert not fact.conflict


def test_support_named_in_the_statement_with_the_age_still_counts() -> None:
    text = _ADVISER + (
        "Care leavers are exempt from council tax; the leaving care team supports them until "
        "they are 23.\n"
    )
    fact = facts_of(text)["leaving_care_support_age"]
    assert fact.conflict
