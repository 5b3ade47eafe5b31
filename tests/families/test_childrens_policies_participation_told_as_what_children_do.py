"""Children's share in the service's decisions told as what they do opens a key-principles
paragraph (decision 0329). Each opening is written for this test in our own words, with near
misses that must not be read so."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Young people help to set these standards, and we check them against what they say.",
        "Children help shape the way their reviews are run in Ashdene.",
        "Care leavers helped to write the local offer we publish each spring.",
        "Young people are invited to every meeting about their plan.",
        "Every child is welcome to attend each review of their care.",
        "Care leavers take part in every review of their pathway plan.",
    ],
)
def test_children_taking_part_in_decisions_is_key_principles(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "Young people are invited to the summer party at the town hall.",
        "Children take part in sports and clubs across the borough.",
        "Young people help each other at the weekly drop-in.",
    ],
)
def test_children_at_events_or_helping_each_other_are_not_this_cue(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "Turning eighteen changes less than young people fear.",
        "Reaching 18 does not mean the end of our help.",
        "Turning 18 doesn't end the support a care leaver can ask for.",
    ],
)
def test_the_eighteenth_birthday_said_to_change_little_is_key_principles(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_principles"


@pytest.mark.parametrize(
    "opening",
    ["Turning sixteen brings new choices about school.", "Being 18 years old, she moved out."],
)
def test_other_birthdays_or_mentions_of_eighteen_are_not_this_cue(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_principles"
