"""Facts and one kind in wordings blind round 394 found the reader missing (decision 0579): a
name said to be the council's way of doing social work, by "is" or between commas; the present
version of a chapter that took effect in a month; every child's due to grow up healthy, safe and
learning opens the outcomes. Each case is written for this test in our own words, with a near
miss that must stay unread."""

import pytest

from tests.families.fact_helpers import fact_text, fact_value

_TITLE = "Adoption Service Handbook: Policy, Values and Principles\n\n"
_SCOPE = _TITLE + "{sentence}\n\nMore follows below.\n"
_MODEL = (
    _TITLE
    + "## How social work is done here\n\n{sentence}\n\n## Records\n\nRecords are kept safe.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tallowfield is the way the county's adoption workers go about their work: they "
            "begin with the people a child already trusts.",
            ["Tallowfield"],
        ),
        (
            "Brookstep, our way of doing social work, came in after a year of trials with "
            "adopters.",
            ["Brookstep"],
        ),
    ],
)
def test_a_name_said_to_be_the_way_social_work_is_done_is_the_model(
    sentence: str, expected: list[str]
) -> None:
    assert fact_value(_MODEL.format(sentence=sentence), "named_models") == expected


def test_a_service_said_to_be_the_way_teams_work_is_no_model() -> None:
    text = _MODEL.format(
        sentence="Early Help is the way our teams work with families before things go wrong."
    )
    assert fact_value(text, "named_models") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The current version of this policy took effect in June 2025.", "2025-06"),
        (
            "The present wording of this chapter came into force on 4 February 2026, after "
            "adopters were asked.",
            "2026-02-04",
        ),
    ],
)
def test_the_present_edition_that_took_effect_was_amended_then(
    sentence: str, expected: str
) -> None:
    assert fact_text(_SCOPE.format(sentence=sentence), "amendment_date") == expected


def test_the_current_version_of_an_act_taking_effect_is_no_amendment() -> None:
    text = _SCOPE.format(sentence="The current version of the Adoption Act took effect in 2005.")
    assert fact_text(text, "amendment_date") is None


@pytest.mark.parametrize(
    "opening",
    [
        "Every child the service places should grow up healthy, safe and learning, with adults "
        "who stay in their lives.",
        "Each young person in our care must be safe, healthy and doing well at school.",
    ],
)
def test_every_childs_due_to_grow_up_healthy_safe_and_learning_opens_the_outcomes(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


def test_a_duty_to_see_every_child_is_no_outcomes_cue(cues) -> None:
    opening = (
        "Every child must be seen alone at each visit, and safe places to talk are found at school."
    )
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
