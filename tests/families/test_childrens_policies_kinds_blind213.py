"""Openings met in blind213 (decision 0333): the service's own social work said to be organised
or built around a model known by its own name is the practice model, and "We will know we are
doing well when …" naming results for children other than health or safety is the outcomes.
Neither is matched where the words name no known model or no child's result.

Each line is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "line",
    [
        "Our social work is organised around Signs of Safety, so every plan asks three questions.",
        "The council's practice is built on Restorative Practice.",
        "Our work with families is based on the Family Partnership Model.",
        "Eastmoor's social work has been structured around Family Safeguarding since 2022.",
        "Our own casework is grounded in Systemic Practice.",
    ],
)
def test_social_work_organised_around_a_known_model_is_the_practice_model(cues, line: str) -> None:
    assert cues.content_kind(line) == "practice_model"


@pytest.mark.parametrize(
    "line",
    [
        "Our work is based on the Children Act 1989 and the guidance issued under it.",
        "Our social work is built on strong and lasting relationships with families.",
        "Our practice is organised around four locality teams.",
    ],
)
def test_work_built_on_anything_else_is_no_practice_model(cues, line: str) -> None:
    assert cues.content_kind(line) != "practice_model"


@pytest.mark.parametrize(
    "line",
    [
        "We will know we are doing well when fewer children need to come into care and those "
        "who do are settled quickly.",
        "We'll know we have succeeded when care leavers are in work or training as often as "
        "their friends.",
        "We will know we are making a difference when more young people stay in school.",
    ],
)
def test_knowing_we_are_doing_well_by_childrens_results_is_the_outcomes(cues, line: str) -> None:
    assert cues.content_kind(line) == "key_outcomes"


@pytest.mark.parametrize(
    "line",
    [
        "We will know we are doing well when our staff stay with us for longer.",
        "We will know we are succeeding when the budget balances.",
    ],
)
def test_knowing_we_are_doing_well_by_other_things_is_no_outcomes(cues, line: str) -> None:
    assert cues.content_kind(line) != "key_outcomes"


@pytest.mark.parametrize(
    "line",
    [
        "We will know we are doing well when fewer children need to come into care and those "
        "who do are settled quickly.",
        "We will know we are succeeding when fewer families need our help in a crisis and "
        "looked after children tell us they feel settled.",
    ],
)
def test_knowing_we_are_doing_well_by_results_stays_in_a_headed_section(cues, line: str) -> None:
    """A staying cue names the outcomes but does not break away from a headed section."""
    assert cues.breakaway_kind(line) is None
    assert cues.breakaway_kind_plain(line) is None


def test_an_outcomes_opening_of_its_own_cues_still_breaks_away(cues) -> None:
    line = (
        "We will know that we have done well when the children we work with are healthy, safe "
        "and doing well at school."
    )
    assert cues.breakaway_kind(line) == cues.breakaway_kind_plain(line) == "key_outcomes"
