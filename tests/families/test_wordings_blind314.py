"""A wording the blind314 round measured (decision 0454): the council's duties said to be laid
down or set out "chiefly" or "mainly" in the Acts still names them as the legal basis, so three
Acts in that sentence are the legislation list, in an un-headed text where no heading names the
law. Written for this test in our own words."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_values


def _facts(body: str) -> dict[str, object]:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "We want every child in Westerby to grow up safe and loved.\n\n"
        f"{body}\n\n"
        "We listen to children before we decide anything about their lives.\n"
    )
    return fact_values(text, "chapter.txt")


@pytest.mark.parametrize(
    "verb",
    ["are laid down chiefly in", "are mainly set out in", "are set out principally in"],
)
def test_duties_laid_down_mainly_in_three_acts(verb: str) -> None:
    body = (
        f"Our duties to children {verb} the Children Act 1989, the Adoption and Children Act 2002 "
        "and the Children and Families Act 2014."
    )
    assert _facts(body)["legislation_count"] == 3


def test_three_acts_in_passing_are_still_no_list() -> None:
    body = (
        "Staff who trained before the Children Act 1989, the Adoption and Children Act 2002 and "
        "the Children and Families Act 2014 often remember a different service."
    )
    assert _facts(body)["legislation_count"] == 0
