"""Section kinds met in blind round 87 (decision 0149): a bare "Principles" (or "Our
principles") only hints the key principles, as SPEC puts the principles of best practice with the
values; decisions made with children named as a shared act ("Deciding together") hint the key
principles (consultation); the manual's pages or procedures in the plural ("About these pages")
are the scope, as "About this page" is.

Each heading is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize("heading", ["Principles", "Our principles", "Principles:", "PRINCIPLES"])
def test_a_bare_principles_heading_only_hints_the_key_principles(cues, heading):
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Key principles",
        "Guiding principles",
        "Principles of our work",
        "Principles for practice",
        "Our principles for working with families",
    ],
)
def test_principles_named_with_more_words_stay_a_cue(cues, heading):
    assert cues.heading_kind(heading) == "key_principles"
    assert not cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Deciding together",
        "Making decisions together",
        "Deciding with children",
        "Decisions made with families",
        "Decisions we make with you",
    ],
)
def test_decisions_made_together_hint_the_key_principles(cues, heading):
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading", ["Deciding together what to fund", "Decisions of the court", "Deciding"]
)
def test_other_decision_wordings_are_no_such_hint(cues, heading):
    assert cues.heading_kind(heading) != "key_principles"


@pytest.mark.parametrize("heading", ["About these pages", "About these procedures"])
def test_about_these_pages_is_the_scope(cues, heading):
    assert cues.heading_kind(heading) == "scope"
    assert not cues.only_hinted("scope", heading)


@pytest.mark.parametrize("heading", ["About these children", "About these principles"])
def test_about_these_other_things_is_no_scope(cues, heading):
    assert cues.heading_kind(heading) != "scope"
