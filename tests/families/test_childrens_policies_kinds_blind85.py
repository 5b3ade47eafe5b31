"""Headings and openings the eighty-fifth blind round's chapters used with no cue the family
knew (decision 0147): the partnership heading asked as a question in the council's voice ("Who
do we work alongside?", "Why do we work in partnership?"). Each case is written for this test
in our own words, with near misses that must not be read so."""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "Who do we work alongside?",
        "Why do we work in partnership?",
        "How do we work with other agencies?",
        "Why do we work together",
        "How will we work alongside partners?",
    ],
)
def test_partnership_headings_asked_as_questions(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "shared_responsibility"


@pytest.mark.parametrize(
    "heading",
    [
        "How do we work with families?",
        "Who do we work for?",
        "Why do we work this way?",
        "How do we work with children in care?",
    ],
)
def test_questions_about_other_work_are_not_the_partnership(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "shared_responsibility"


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("Practice model. Our practitioners use a restorative approach.", "practice_model"),
        ("Our practice model. Every team works to one way of practising.", "practice_model"),
        ("Leaving care. Young people who leave our care keep an adviser.", "key_principles"),
        ("Information sharing. We keep records securely.", "information_sharing"),
    ],
)
def test_sentence_case_run_in_labels_ended_by_a_full_stop(cues, opening: str, kind: str) -> None:
    """A run-in label in sentence case is the kind's heading when a heading cue of the kind
    is the whole label (decision 0147); Title Case labels were taken before (0075)."""
    assert cues.content_kind(opening) == kind


@pytest.mark.parametrize(
    "opening",
    [
        "Corporate parenting matters to us. The council takes it seriously.",
        "Values guide us. We try to be fair.",
        "Practice model training is offered every spring. Staff book through the academy.",
        "Related documents: the county's safeguarding procedures and the care leavers' offer.",
    ],
)
def test_short_sentences_and_colon_labels_are_not_sentence_case_run_ins(cues, opening: str) -> None:
    """A short first sentence that a heading cue only begins, and a sentence-case label ended
    by a colon, name no kind by this rule."""
    assert cues.content_kind(opening) is None
