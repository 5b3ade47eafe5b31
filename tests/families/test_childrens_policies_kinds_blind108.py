"""Section kinds met in blind round 108 (decision 0178): a strategy named with its span or
subject before the verb ("Our three-year strategy for … aims to …"), a span of time ahead then
the strategy it holds ("Over the next three years our strategy is to …"), and a list of the
outcomes in a sentence that the next sentence calls the outcomes.

Each opening is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Our five-year strategy for looked after children aims to bring every child home sooner.",
        "Our new strategy is to keep more children close to their schools.",
        "Our placement strategy will double the number of local foster homes by 2027.",
        "Over the coming two years our priorities are early help and local homes.",
        "For the next three years, the service's strategy is to invest in early help.",
    ],
)
def test_a_strategy_named_with_its_span_or_subject_is_the_strategy(cues, opening):
    assert cues.content_kind(opening) == "strategy"
    assert cues.breakaway_kind(opening) == "strategy"


@pytest.mark.parametrize(
    "opening",
    [
        "Our safeguarding partners each have a strategy of their own for their staff.",
        "Over the next three years the children we look after will grow up quickly.",
        "Our strategy meetings are held within two working days of a referral.",
    ],
)
def test_a_strategy_mentioned_in_passing_is_not_the_strategy(cues, opening):
    assert cues.content_kind(opening) != "strategy"


def test_a_list_that_the_next_sentence_calls_the_outcomes_is_the_key_outcomes(cues):
    opening = (
        "What we look for is plain: that children are healthy, safe, learning well and "
        "confident about the future. Each year the board checks our work against these "
        "four outcomes."
    )
    assert cues.content_kind(opening) == "key_outcomes"
    assert cues.breakaway_kind(opening) == "key_outcomes"


def test_health_and_safety_without_the_outcomes_named_are_no_outcomes(cues):
    opening = (
        "Carers must keep children healthy and safe at all times. These duties are set out in "
        "the fostering regulations."
    )
    assert cues.content_kind(opening) != "key_outcomes"
