"""Cues of blind round 93 (decision 0158): pages saying how the service works open the scope; a
sentence-case run-in label before a colon names a body kind when its words are the whole of that
kind's heading cue. In our own words; the near misses are a policy saying how it works (the
introduction's) and colon labels of the scope or other matter."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "These pages set out how Ashbury Council's children's services work with families.",
        "This chapter explains how the fostering and adoption teams work together.",
    ],
)
def test_pages_saying_how_the_service_works_are_scope(cues, opening):
    assert cues.content_kind(opening) == "scope"


def test_a_policy_saying_how_it_works_is_not_scope(cues):
    opening = "This policy sets out how the council works with children in need."
    assert cues.content_kind(opening) != "scope"


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("Practice model: We use one model in all of our teams.", "practice_model"),
        ("Key principles: children do best with their own families.", "key_principles"),
        ("Information sharing: records are kept securely.", "information_sharing"),
    ],
)
def test_a_sentence_case_colon_label_naming_a_body_kind_names_it(cues, opening, kind):
    assert cues.content_kind(opening) == kind


@pytest.mark.parametrize(
    "opening",
    [
        "Related documents: the adoption procedure and the fostering handbook.",
        "Further reading: the council's website.",
    ],
)
def test_other_colon_labels_name_no_kind(cues, opening):
    assert cues.content_kind(opening) is None


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "Our ambition is for Eastwick to be a place where every child is safe and has "
            "someone to turn to.",
            "vision",
        ),
        (
            "For all our children we want five things: good health, safety, progress at "
            "school, a say in their plans and a good start in adult life.",
            "key_outcomes",
        ),
    ],
)
def test_an_ambition_for_the_place_and_the_things_wanted_for_every_child(cues, opening, kind):
    assert cues.content_kind(opening) == kind


def test_an_ambition_for_the_service_is_not_the_vision(cues):
    assert cues.content_kind("Our ambition is for the team to be fully staffed by June.") is None
