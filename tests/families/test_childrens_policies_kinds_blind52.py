"""Section kinds met in blind round 52 (decision 0101): one ambition for every child is the
vision's ("Ambition", "Our ambition for children"), ambitions in the plural are the values'
("Our ambitions", "Ambitions for our children"), as every annotated set reads them; leaving care
told as what happens to the child ("What happens when a child leaves our care?") hints the key
principles. All are hints: the kind model may still overrule them on what the section says.

Each heading is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "heading",
    ["Ambition", "Our ambition", "Our ambition for children", "The ambition for our young people"],
)
def test_one_ambition_hints_the_vision(cues, heading):
    assert cues.heading_kind(heading) == "vision"
    assert cues.only_hinted("vision", heading)


@pytest.mark.parametrize("heading", ["Our ambitions", "Ambitions for our children"])
def test_ambitions_hint_the_values(cues, heading):
    assert cues.heading_kind(heading) == "values"
    assert cues.only_hinted("values", heading)


@pytest.mark.parametrize("heading", ["Values and ambitions", "Our values and ambitions"])
def test_values_and_ambitions_name_the_values(cues, heading):
    assert cues.heading_kind(heading) == "values"
    assert not cues.only_hinted("values", heading)


@pytest.mark.parametrize(
    "heading", ["Ambitious for every child", "Our ambition is that every child is safe."]
)
def test_other_ambition_wordings_are_no_vision_hint(cues, heading):
    assert cues.heading_kind(heading) != "vision"


@pytest.mark.parametrize(
    "heading",
    [
        "What happens when a child leaves our care?",
        "J. What happens when a young person leaves care?",
        "Children who leave our care",
        "When young people are leaving care",
    ],
)
def test_leaving_care_told_as_what_happens_hints_the_key_principles(cues, heading):
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading", ["What happens when a child comes into care?", "Taking care of records"]
)
def test_coming_into_care_is_no_leaving_care_hint(cues, heading):
    assert cues.heading_kind(heading) is None
