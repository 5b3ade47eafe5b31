"""Two wordings the 220th blind round showed (decision 0341), in wordings of our own: a formal
policy's first numbered heading naming the policy's purpose is its scope, as "Purpose of this
chapter" is; and a place care leavers are given ahead of others ("priority for …") up to an age
is a local offer's entitlement, not the age of the leaving-care support."""

from __future__ import annotations

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    "heading",
    ["Purpose of this policy", "The purpose of the policy", "Purpose of this chapter"],
)
def test_the_purpose_of_the_policy_is_its_scope(cues, heading) -> None:
    assert cues.heading_kind(heading) == "scope"


@pytest.mark.parametrize(
    "heading",
    ["Purpose of this policy and the law", "Our purpose"],
)
def test_other_purposes_are_not_taken_for_the_scope_by_this_cue(cues, heading) -> None:
    assert cues.heading_kind(heading) != "scope"


_ADVISER = (
    "Policies, Values and Principles\n\n"
    "Each young person leaving our care has a personal adviser until they are 21, and until 25 "
    "if they want one.\n\n"
)


@pytest.mark.parametrize(
    "entitlement",
    [
        "Care leavers also have priority for the council's apprenticeships up to the age of 23.",
        "Young people leaving care are given priority on the housing register until they are 22.",
        "Care leavers get first priority for leisure centre memberships until their 24th birthday.",
    ],
)
def test_a_priority_up_to_an_age_gives_no_support_age(entitlement) -> None:
    fact = facts_of(_ADVISER + entitlement + "\n")["leaving_care_support_age"]
    assert fact.value["age"] == 21
    assert [extension["age"] for extension in fact.value["extended"]] == [25]
    assert not fact.conflict


def test_support_named_beside_the_priority_still_gives_its_age() -> None:
    text = _ADVISER + (
        "Care leavers have priority for a personal adviser from the leaving care team until "
        "they are 23.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].conflict
