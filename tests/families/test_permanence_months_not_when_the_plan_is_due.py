"""Months in a sentence about the permanence plan that are not when the plan is due (decision
0598): a review or meeting of a plan already made, how long making it took in the past, or an
average. The phrase reader and the learned reader judge one sentence by the same rule
(`_permanence_statement`), so neither reads them; the plan's own timescale, also where it is
made at a review, still reads."""

from __future__ import annotations

import pytest

from app.families.childrens_policies import FAMILY
from app.families.childrens_policies.extractors import EXTRACTORS, permanence_timescale_said_in
from tests.families.test_learned_facts_judged import chapter

PERMANENCE = "permanence_plan_months"


@pytest.mark.parametrize(
    "body",
    [
        # a review of the plan, timed, under a heading naming permanence
        "Planning for permanence\n\nA review of that plan is arranged no later than two months "
        "after the child comes into care.\n",
        # the plan's first review, in the sentence naming permanence
        "Our approach\n\nA permanence plan's first review is held within three months of the "
        "child coming into care.\n",
        # the plan reviewed, counted from its being agreed
        "Our approach\n\nEach permanence plan is reviewed within three months of being agreed.\n",
        # a past year's plan
        "Permanence\n\nIn 2022 the plan was approved within nine months of the child entering "
        "care.\n",
        # an average, a measure of the service
        "Permanence\n\nAcross the service the plan is, on average, agreed within five months of "
        "a child becoming looked after.\n",
        # how long the plans took
        "Our approach\n\nLast year permanence plans took eight months from the child entering "
        "care.\n",
    ],
)
def test_months_that_are_not_when_the_plan_is_due_are_not_the_timescale(body: str) -> None:
    reading = chapter(body)
    assert EXTRACTORS[PERMANENCE](reading).value is None
    assert FAMILY.extractors[PERMANENCE](reading).value is None
    assert all(permanence_timescale_said_in(reading, s) is None for s in reading.sentences)


@pytest.mark.parametrize(
    ("body", "months"),
    [
        (
            "Permanence planning\n\nEvery child has a plan for permanence. The plan is agreed "
            "within four months of the child becoming looked after.\n",
            4,
        ),
        (
            "Our approach\n\nEvery child in our care has a plan for permanence. It is agreed at "
            "the second review, four months after the child becomes looked after.\n",
            4,
        ),
        (
            "Permanence planning\n\nThe plan is agreed by the second review, held within four "
            "months of the child becoming looked after.\n",
            4,
        ),
        (
            "Our approach\n\nThe permanence plan should be agreed within six months of the child "
            "becoming looked after and reviewed at every review after that.\n",
            6,
        ),
        (
            "Our approach\n\nA young person in care has a permanence plan no later than five "
            "months after entering care, and that plan is looked at again at every review.\n",
            5,
        ),
        (
            "Our approach\n\nEvery child should have a permanence plan by the second review. That "
            "review is held no later than four months after the child became looked after.\n",
            4,
        ),
    ],
)
def test_the_plans_own_timescale_still_reads(body: str, months: int) -> None:
    reading = chapter(body)
    assert EXTRACTORS[PERMANENCE](reading).value == months
    assert FAMILY.extractors[PERMANENCE](reading).value == months


def test_a_count_in_weeks_stays_unread() -> None:
    reading = chapter("Our approach\n\nA permanence plan is agreed at the 16-week point.\n")
    assert EXTRACTORS[PERMANENCE](reading).value is None
