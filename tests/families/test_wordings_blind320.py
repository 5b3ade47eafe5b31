"""Wordings blind set 320 showed the reader missing (decision 0464).

- The council saying in the third person, by its name or as "the council", that it changed the
  chapter ("Thornlea revised it in March 2025 …") was no amendment statement: only "we" was.
- The permanence plan named as a child's long-term plan counted from coming into care, or as
  the plan for where a child will live "in the long run", was not read as the permanence plan.
- A way of working the council names after saying its workers all work "in the same way" was
  no model.
- A paragraph opening on one young person ("Someone still at college …") after a support age
  did not offer its later age across the paragraph break, as "Those who …" did.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value

_TITLE = "Children's Services Policies, Values and Principles\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thornlea revised it in March 2025 to take account of the new guidance.",
        "The council rewrote it in March 2025.",
        "Upper Brantwick has revised it in March 2025.",
    ],
)
def test_the_council_in_the_third_person_changing_the_chapter_dates_it(sentence: str) -> None:
    text = _TITLE + f"This chapter applies to everyone in children's social care. {sentence}\n"
    assert fact_value(text, "amendment_date") == "2025-03"


def test_a_body_amending_an_act_in_the_third_person_dates_no_chapter() -> None:
    text = (
        _TITLE
        + "The Children Act 1989 gives the council its main duties. Parliament amended it in "
        "March 2025 to add a duty on family help.\n"
    )
    assert fact_value(text, "amendment_date") is None


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        (
            "Each child in care should have a long-term plan agreed within five months of "
            "coming into care.",
            5,
        ),
        (
            "A settled plan is made for every looked after child no later than three months after "
            "they become looked after.",
            3,
        ),
        (
            "A plan for where each child will live in the long run is agreed within seven months "
            "of them entering care.",
            7,
        ),
    ],
)
def test_a_long_term_plan_counted_from_care_is_the_permanence_plan(
    sentence: str, months: int
) -> None:
    text = _TITLE + "Children do best with their own families.\n\n" + sentence + "\n"
    assert fact_value(text, "permanence_plan_months") == months


def test_a_services_long_term_plan_is_no_permanence_plan() -> None:
    text = (
        _TITLE + "The service agreed a long-term plan within six months of the inspection, and it "
        "is checked every year.\n"
    )
    assert fact_value(text, "permanence_plan_months") is None


def test_the_same_way_the_council_calls_by_a_name_is_its_model() -> None:
    text = (
        _TITLE + "Every team in the county works with families in the same way, which the county "
        "calls Firm Ground. Workers begin with what the family already does well.\n"
    )
    assert fact_value(text, "named_models") == ["Firm Ground"]


def test_the_same_way_called_by_plain_words_names_no_model() -> None:
    text = (
        _TITLE + "Every team in the county works with families in the same way, which the county "
        "calls good practice.\n"
    )
    assert fact_value(text, "named_models") == []


@pytest.mark.parametrize(
    "opening",
    [
        "Somebody still in training can keep their adviser until they are 25.",
        "A young person who is studying can keep their adviser until they are 25.",
    ],
)
def test_one_young_person_opening_the_next_paragraph_is_offered_the_later_age(
    opening: str,
) -> None:
    text = (
        _TITLE
        + "Care leavers have a personal adviser until they are 21.\n\n"
        + opening
        + " They can also ask for help with rent.\n"
    )
    value = fact_value(text, "leaving_care_support_age")
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_someone_from_a_team_in_the_next_paragraph_offers_no_later_age() -> None:
    text = (
        _TITLE
        + "Care leavers have a personal adviser until they are 21.\n\n"
        + "Someone from the housing team can help them look for a flat until they are 25.\n"
    )
    assert fact_value(text, "leaving_care_support_age") == {"age": 21, "extended": []}
