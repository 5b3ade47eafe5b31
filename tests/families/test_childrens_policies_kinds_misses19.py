"""Openings the nineteenth known-misses round found with no cue, or with another kind's cue
(decision 0182): a corporate template's "Purpose" paragraph saying what the document or policy
explains (the scope, not the introduction's framework); a document placing itself in the
manual; the service's practice framework named by a well-known model after it; values named
after the paragraph that lists them. Each case is written for this test in our own words, with
near misses that must not be read so."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "This document explains the values and principles that guide how Harlby cares for "
        "children in care.",
        "This policy describes the principles Harlby Council follows when it looks after children.",
        "This policy explains the values behind our work with care leavers.",
        "This policy explains what Harlby Council, as corporate parent, believes and promises "
        "to the children in its care.",
        "This document is the first chapter of Harlby's children's services procedures manual.",
    ],
)
def test_a_document_saying_what_it_explains_is_the_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "This policy sets out the framework within which Harlby provides services to children.",
        "This policy sets out how Harlby's children's services work with families.",
        "This policy describes the way we plan for children in care.",
        "This policy sets out the principles we follow with care leavers.",
    ],
)
def test_what_a_policy_sets_out_stays_the_introduction(cues, opening: str) -> None:
    assert cues.content_kind(opening) == "introduction"


def test_a_policy_explaining_what_children_can_expect_is_not_the_scope(cues) -> None:
    assert cues.content_kind("This policy explains what children can expect from us.") != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Harlby's practice framework is Restorative Practice: we work with families.",
        "Our social work model is Signs of Safety.",
        "The council's practice approach is Family Safeguarding, with adult specialists in "
        "every team.",
    ],
)
def test_a_practice_framework_named_by_a_known_model_is_the_practice_model(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "practice_model"


def test_a_practice_framework_named_by_anything_else_is_not(cues) -> None:
    assert cues.content_kind("Our practice framework is under review this year.") is None


@pytest.mark.parametrize(
    "opening",
    [
        "Families want to be heard and told the truth. Those are the values we hold our "
        "service to.",
        "We listen, we are honest and we keep going. These are the values our staff sign up to.",
    ],
)
def test_values_named_after_the_paragraph_that_lists_them_are_the_values(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "values"


@pytest.mark.parametrize(
    "opening",
    [
        "These were the values of the service before it was merged.",
        "Families value plain words. These are the values of respect that the law protects.",
    ],
)
def test_other_values_sentences_are_not_the_values(cues, opening: str) -> None:
    assert cues.content_kind(opening) != "values"
