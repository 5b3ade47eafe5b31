"""Section kinds met in blind round 132 (decision 0218), chapters written by officers who never
saw the common template: the scope asked as a question about the chapter ("What is this chapter
about?", "Why are we writing this down?"); the law named as the service's legal duties heads the
introduction; "Why does this matter to us?" hints the vision; leaving care named to the young
person by the birthday that starts it ("What happens when you turn 18") hints the key principles;
in a practitioner's third person ("When a young person reaches 18") it is a procedure's heading.

Each wording is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "What is this chapter about?",
        "What is the policy for?",
        "Why does this procedure exist?",
        "Why are we writing this down?",
        "Why have we written this?",
    ],
)
def test_a_question_about_the_chapter_itself_names_the_scope(cues, heading):
    assert cues.heading_kind(heading) == "scope"


@pytest.mark.parametrize(
    "heading",
    ["What is a care plan for?", "Why are we writing to parents?", "What is Staying Put?"],
)
def test_a_question_about_something_else_is_no_scope(cues, heading):
    assert cues.heading_kind(heading) != "scope"


@pytest.mark.parametrize(
    "heading",
    [
        "Our legal duties and the principles behind them",
        "Legal duties",
        "The council's statutory responsibilities",
    ],
)
def test_the_legal_duties_head_the_introduction(cues, heading):
    assert cues.heading_kind(heading) == "introduction"


@pytest.mark.parametrize("heading", ["Duties of foster carers", "Our duties to care leavers"])
def test_duties_not_named_as_legal_are_no_introduction(cues, heading):
    assert cues.heading_kind(heading) != "introduction"


@pytest.mark.parametrize(
    "heading", ["Why does this matter to us?", "Why does it matter?", "Why does our work matter?"]
)
def test_why_it_matters_hints_the_vision(cues, heading):
    assert cues.heading_kind(heading) == "vision"
    assert cues.only_hinted("vision", heading)


@pytest.mark.parametrize("heading", ["Why this chapter matters", "Why does a care plan matter?"])
def test_other_things_that_matter_are_no_vision_hint(cues, heading):
    assert cues.heading_kind(heading) != "vision"


@pytest.mark.parametrize(
    "heading",
    [
        "What happens when you turn 18",
        "What happens when you turn 18?",
        "Once you reach eighteen",
        "Turning 18",
    ],
)
def test_turning_eighteen_hints_the_key_principles(cues, heading):
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading",
    ["When a child turns 10", "Turning 18 in custody: a guide", "When a young person reaches 18"],
)
def test_other_birthdays_and_a_practitioners_steps_are_no_leaving_care_hint(cues, heading):
    assert cues.heading_kind(heading) != "key_principles"
