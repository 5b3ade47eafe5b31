"""Wordings of blind round 375 (decision 0553), each written for this test in our own words:
success for a child of the council's, then what it looks like, is the outcomes; a wish for every
child by an age, then "these are the measures …", is the outcomes; a child's chances said not to
depend on where they were born or grew up is the vision; a plan for the long-term home timed
from when the child "became looked after" gives its months; a way of working labelled by its
name after a colon names the model. Each negative case is a sentence a careless rule would take."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _value(text: str, key: str) -> Any:
    return facts_of(text)[key].value


@pytest.mark.parametrize(
    "outcomes",
    [
        "Success for every young person we look after means a stable home, steady schooling, "
        "good health and somebody to call when things go wrong.",
        "Success, for a child in the county's care, will look like this: a safe place to live, "
        "exams sat and passed, and friends kept from one year to the next.",
        "Success for our care leavers is a home of their own, a place in training or a job, "
        "and good mental health.",
    ],
)
def test_success_for_a_child_then_what_it_looks_like_is_the_outcomes(cues, outcomes: str) -> None:
    assert cues.content_kind(outcomes, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "sentence",
    [
        "Success for every child's review meeting means the papers go out a week before.",
        "Success for the service is a full team of permanent social workers.",
    ],
)
def test_success_for_a_meeting_or_the_service_is_not_the_outcomes(cues, sentence: str) -> None:
    assert cues.content_kind(sentence, near_end=False) != "key_outcomes"


@pytest.mark.parametrize(
    "outcomes",
    [
        "When they turn sixteen we hope each young person in care has a settled school place, "
        "a GP who knows them and one adult they can always reach. These are the measures the "
        "council sets before its scrutiny committee each spring.",
        "Every child the city looks after should leave us with a bank account, a trade or a "
        "course, and a friend to ring. Those are the results we report on every year.",
    ],
)
def test_a_wish_for_each_child_then_called_the_measures_is_the_outcomes(
    cues, outcomes: str
) -> None:
    assert cues.content_kind(outcomes, near_end=False) == "key_outcomes"


def test_a_wish_then_the_things_we_will_do_is_not_the_outcomes(cues) -> None:
    sentence = (
        "Every child the city looks after should have a worker who stays. These are the things "
        "the council will do about staffing."
    )
    assert cues.content_kind(sentence, near_end=False) != "key_outcomes"


@pytest.mark.parametrize(
    "vision",
    [
        "How a young person's life turns out must not depend on which street or town they "
        "grew up in.",
        "Whether a child thrives here should not be decided by the estate they were born on.",
    ],
)
def test_chances_not_depending_on_where_a_child_was_born_is_the_vision(cues, vision: str) -> None:
    assert cues.content_kind(vision, near_end=False) == "vision"


@pytest.mark.parametrize(
    "sentence",
    [
        "The help a family gets from the children's team should not depend on which area of "
        "the borough they live in.",
        "A child's school place should not depend on which town their parents work in.",
    ],
)
def test_help_not_depending_on_where_a_family_lives_is_not_the_vision(cues, sentence: str) -> None:
    assert cues.content_kind(sentence, near_end=False) != "vision"


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        (
            "A decision about the child's long-term home is made within five months after the "
            "child became looked after.",
            5,
        ),
        (
            "We settle a plan for the child's forever home no later than six months after "
            "they became looked after.",
            6,
        ),
    ],
)
def test_a_long_term_home_timed_from_becoming_looked_after_gives_its_months(
    sentence: str, months: int
) -> None:
    text = _TITLE + "Relatives are always asked first.\n\n" + sentence + "\n"
    assert _value(text, "permanence_plan_months") == months


def test_a_long_term_home_for_an_office_that_became_vacant_gives_none() -> None:
    text = (
        _TITLE + "Relatives are always asked first.\n\n"
        "A decision about the team's long-term home is due within four months after the old "
        "office became vacant.\n"
    )
    assert _value(text, "permanence_plan_months") is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Our family workers take their lead from an old harbour light, which has given its "
            "name to the way they practise: Beacon Work.",
            "Beacon Work",
        ),
        (
            "Everyone in the service learns one method, and it names the way we work: Firm Steps.",
            "Firm Steps",
        ),
    ],
)
def test_a_way_of_working_labelled_after_a_colon_names_the_model(sentence: str, name: str) -> None:
    text = _TITLE + "Families are listened to.\n\n" + sentence + "\n"
    assert _value(text, "named_models") == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "This is the way we work: Families come first in everything we do.",
        "Staff keep to the way they work: Monday to Friday, with a duty line at weekends.",
    ],
)
def test_a_colon_before_anything_but_a_closing_name_names_nothing(sentence: str) -> None:
    text = _TITLE + "Families are listened to.\n\n" + sentence + "\n"
    assert _value(text, "named_models") == []
