"""The permanence timescale read by the learned reader (decision 0596): the model proposes a
sentence and the phrase reader's own rule for one sentence (`permanence_timescale_said_in`)
reads it, so whose plan and which time a sentence speaks of stay the rule's to decide."""

from __future__ import annotations

import pytest

from app.families.childrens_policies import FAMILY
from app.families.childrens_policies.extractors import EXTRACTORS, permanence_timescale_said_in
from app.families.childrens_policies.learned_facts import SENTENCE_RULES
from tests.families.test_learned_facts_judged import BY_TYPE, chapter

PERMANENCE = "permanence_plan_months"
OPENING = "We work alongside families from the very first day. "


def test_the_family_reads_a_plan_timed_under_a_permanence_heading() -> None:
    reading = chapter(
        "Planning for permanence\n\n"
        + OPENING
        + "Every child ought to have a plan not later than five months after they come into "
        "care.\n"
    )
    assert EXTRACTORS[PERMANENCE](reading).value is None
    fact = FAMILY.extractors[PERMANENCE](reading)
    assert fact.value == 5
    assert any("five months" in evidence.quote for evidence in fact.evidence)


def test_the_one_sentence_rule_is_the_phrase_readers_own() -> None:
    assert SENTENCE_RULES[PERMANENCE] is permanence_timescale_said_in
    reading = chapter("Our work\n\nA permanence plan is settled within three months of entry.\n")
    sentence = next(s for s in reading.sentences if "permanence plan" in reading.quote(s))
    fact = permanence_timescale_said_in(reading, sentence)
    assert fact is not None and fact.value == EXTRACTORS[PERMANENCE](reading).value == 3


@pytest.mark.parametrize(
    "body",
    [
        # another plan of the child's, named for its purpose
        "Permanence planning\n\nA medical plan is put in place within two months of the child "
        "coming into care.\n",
        # a plan for something else
        "Permanence planning\n\nA plan for a foster carer's courses is agreed within six months "
        "of them starting to foster.\n",
        # the same plan timed, but under a heading about something else
        "School and health\n\n"
        + OPENING
        + "A plan is made for every child within four months of them coming into care.\n",
        # a time in the past, not the chapter's rule
        "Permanence planning\n\n"
        + OPENING
        + "During 2023 a plan was made for each child within eight months of them coming into "
        "care.\n",
        # the months are an assessment's
        "Permanence planning\n\n"
        + OPENING
        + "A plan is ready for the child's assessment within three months of them coming into "
        "care.\n",
        # the months are a review's
        "Permanence planning\n\n"
        + OPENING
        + "A plan is in place and is reviewed within three months of the child coming into "
        "care.\n",
        # someone else's plan
        "Permanence planning\n\n"
        + OPENING
        + "A child's brother looked after by another council has their plan made within five "
        "months of coming into care there.\n",
    ],
)
def test_timescales_that_are_not_this_childs_permanence_plan_give_the_family_none(
    body: str,
) -> None:
    reading = chapter(body)
    assert BY_TYPE[PERMANENCE](reading).value is not None  # the model proposes the sentence
    assert EXTRACTORS[PERMANENCE](reading).value is None
    assert FAMILY.extractors[PERMANENCE](reading).value is None
