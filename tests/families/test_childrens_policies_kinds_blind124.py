"""Cues of blind round 124 (decision 0203): safeguarding said to be everybody's business or to
depend on the agencies, what families tell the service treated as confidential, confidentiality
said to matter, a version line with its owner, and outcomes naming friends before adult life.
In our own words; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Keeping children safe is everybody's business, and every partner has a part in it.",
        "Good safeguarding depends on agencies trusting each other and sharing what they know.",
        "Effective safeguarding relies on partners who speak to one another early.",
    ],
)
def test_shared_responsibility_wordings(cues, opening):
    assert cues.content_kind(opening) == "shared_responsibility"
    assert cues.breakaway_kind(opening) == "shared_responsibility"


def test_safeguarding_depending_on_training_is_not_shared_responsibility(cues):
    opening = "Good safeguarding depends on training, so every worker attends a course each year."
    assert cues.breakaway_kind(opening) != "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "We treat what families tell us as confidential and record who we share it with.",
        "We keep everything a young person tells us private unless someone is at risk.",
        "Confidentiality matters to the families we work with, so records are kept securely.",
    ],
)
def test_information_sharing_wordings(cues, opening):
    assert cues.content_kind(opening) == "information_sharing"


def test_treating_families_with_respect_is_not_information_sharing(cues):
    opening = "We treat what families tell us with respect and act on it quickly where we can."
    assert cues.content_kind(opening) != "information_sharing"


@pytest.mark.parametrize(
    "line",
    [
        "Version 5.1 | Owner: Head of Quality Assurance",
        "Version 2 - Author: Children's Policy Team",
    ],
)
def test_a_version_line_with_its_owner_is_end_matter(cues, line):
    assert cues.content_kind(line) == "end_matter"


def test_a_sentence_about_versions_and_owners_is_not_end_matter(cues):
    line = "Version control is the job of the owner of each procedure, who keeps a record."
    assert cues.content_kind(line) != "end_matter"


def test_outcomes_naming_friends_before_adult_life(cues):
    opening = (
        "We want every child in Lowbridge to grow up healthy, to be safe from harm, to enjoy "
        "school and do well there, to have friends and interests, and to be ready for the "
        "responsibilities of adult life."
    )
    assert cues.content_kind(opening) == "key_outcomes"


def test_a_wish_without_school_is_not_outcomes(cues):
    opening = "We want every child to grow up healthy and to be ready for adult life."
    assert cues.content_kind(opening) != "key_outcomes"


def test_an_aim_for_every_child_listing_health_safety_and_learning_is_outcomes(cues):
    opening = (
        "Our aim is that every young person in our care is healthy, safe at home and at "
        "school, doing well in learning or training, and heard in decisions about them."
    )
    assert cues.content_kind(opening) == "key_outcomes"
    assert cues.breakaway_kind(opening) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "Our aim is that every family gets help early, before its problems grow.",
        "Our aim is that every child is safe and happy with people who love them.",
    ],
)
def test_an_aim_without_the_outcomes_list_is_not_outcomes(cues, opening):
    assert cues.content_kind(opening) != "key_outcomes"


def test_an_ambition_for_every_child_stays_the_vision(cues):
    opening = "Our ambition is that every child is healthy, safe and doing well at school."
    assert cues.content_kind(opening) == "vision"
