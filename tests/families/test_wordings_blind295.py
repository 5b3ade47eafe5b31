"""Wordings the blind295 round measured (decision 0431): a model said to be the council's own
between its words and its name ("a model of practice of the borough's own, called …"), a named
approach the council says it developed, results said to tell whether the work is working
(outcomes), and records said to belong to the people they are about or kept secure and shared
only where allowed (information sharing). Written for this test in our own words, each with near
misses."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Our teams use a model of practice of the county's own, called Firm Ground.",
            "Firm Ground",
        ),
        (
            "Social workers follow a practice model of our own, known as Bright Paths.",
            "Bright Paths",
        ),
        (
            "Workers here use a model of practice of Westmere's own, called Harbour Lights.",
            "Harbour Lights",
        ),
        (
            "Our social workers get there through the Kinstone approach, which the council "
            "developed with families.",
            "Kinstone",
        ),
        (
            "Every team works to the Harbour approach, which we designed with our staff in 2021.",
            "Harbour",
        ),
    ],
)
def test_the_councils_own_model_is_named(sentence: str, name: str) -> None:
    assert fact_value(f"How we work\n\n{sentence} It shapes every visit.", "named_models") == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foster carers are offered a training programme of the council's own, called Next Steps.",
        "The Local Offer, which the council developed with care leavers, sets out what they "
        "can claim.",
        "Children in care helped with the Kinstone report, which the council published in 2024.",
    ],
)
def test_other_things_of_the_councils_own_name_no_model(sentence: str) -> None:
    assert fact_value(f"How we work\n\n{sentence} It shapes every visit.", "named_models") == []


@pytest.mark.parametrize(
    "opening",
    [
        "Three results will tell us whether this is working. More children will live safely "
        "at home, fewer will move school, and more care leavers will be in work at 19.",
        "A few figures will show the council how well the plan works: fewer children moving "
        "home and more of them doing well at school.",
    ],
)
def test_results_that_tell_whether_the_work_works_are_outcomes(cues, opening: str) -> None:
    assert cues.content_kind(opening) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "Three results will tell us whether this is working.",
        "Social workers will tell children whether the plan is working. More visits may follow.",
    ],
)
def test_no_changes_after_them_is_no_outcomes_cue(cues, opening: str) -> None:
    assert cues.content_kind(opening) != "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "Records belong to the people they are about. The county writes them plainly.",
        "Case files belong to the children they describe, and a child may ask to read theirs.",
        "Everything we write down is written so that a child could read it later. The council "
        "keeps it secure and shares it only where the law allows.",
    ],
)
def test_records_that_belong_to_their_people_are_information_sharing(cues, opening: str) -> None:
    assert cues.content_kind(opening) == "information_sharing"


@pytest.mark.parametrize(
    "opening",
    [
        "Children belong to their families, and we help families stay together.",
        "The council keeps them safe and shares their good news with their carers.",
    ],
)
def test_near_misses_are_no_information_sharing_cue(cues, opening: str) -> None:
    assert cues.content_kind(opening) != "information_sharing"
