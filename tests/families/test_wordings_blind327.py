"""Wordings blind set 327 showed the reader missing (decision 0478).

- The permanence plan said in plain words: what a child "needs to know" about where they will
  grow up, with an aside before "where"; "the question of where they will live until they are
  grown up" answered by a time; "a plan for your long-term home" counted from the months a child
  has been in care.
- "The text below was last amended on …" was no amendment statement, and neither was "We last
  changed it in …" where "it" is "the part of our procedures manual" the paragraph opened on,
  with "We have written it for you …" between them.
- "The Children and Social Work Act 2017 sets out seven needs …" (the Act named by its title
  before the count) counted no principles.
- "… works with you in a way we call Team Around Me" named no model.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value

_TITLE = "Children's Services Policies, Values and Principles\n\n"


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        (
            "Each child we look after needs to know, as soon as it can be decided, where they "
            "will grow up, and that is settled by the end of their fourth month with us.",
            4,
        ),
        (
            "For each child in care the question of where they will live until they are grown up "
            "is answered within six months.",
            6,
        ),
        (
            "A plan for your forever home is made before you have been in care for five months.",
            5,
        ),
        (
            "We agree a plan for the child's long-term home once the child has spent three months "
            "in care.",
            3,
        ),
    ],
)
def test_the_permanence_plan_in_plain_words_gives_its_months(sentence: str, months: int) -> None:
    text = _TITLE + "Families come first wherever that is safe.\n\n" + sentence + "\n"
    assert fact_value(text, "permanence_plan_months") == months


@pytest.mark.parametrize(
    "sentence",
    [
        "We want every child to know where they will grow up, and we talk to them about it "
        "every six months.",
        "A plan for a permanent home is reviewed every six months.",
        "The question of where the office will move is answered within three months.",
    ],
)
def test_wishes_intervals_and_other_questions_give_no_permanence_months(sentence: str) -> None:
    text = _TITLE + "Families come first wherever that is safe.\n\n" + sentence + "\n"
    assert fact_value(text, "permanence_plan_months") is None


def test_the_text_below_changed_on_a_day_dates_the_chapter() -> None:
    text = (
        _TITLE
        + "Every foster carer and social worker should read this. The text below was amended on "
        "4 March 2026 to add the part on kinship care.\n"
    )
    assert fact_value(text, "amendment_date") == "2026-03-04"


def test_the_act_amended_below_dates_no_chapter() -> None:
    text = (
        _TITLE
        + "Our duties come from the Children Act 1989. The Act below was amended on 4 March 2026 "
        "by Parliament.\n"
    )
    assert fact_value(text, "amendment_date") is None


def test_the_manuals_part_written_and_changed_by_us_dates_the_chapter() -> None:
    text = (
        _TITLE + "This is the section of our staff handbook that sets out what we believe. We have "
        "written it for young people and staff alike. We last changed it in October 2025.\n"
    )
    assert fact_value(text, "amendment_date") == "2025-10"


def test_an_offer_we_wrote_and_changed_dates_no_chapter() -> None:
    text = (
        _TITLE
        + "Everyone in children's services should read this.\n\n"
        + "Our local offer to care leavers is generous. We have written it with young people. "
        "We last changed it in October 2025.\n"
    )
    assert fact_value(text, "amendment_date") is None


def test_seven_needs_set_out_by_the_act_named_by_title_count_as_principles() -> None:
    text = (
        _TITLE
        + "Councillors act as corporate parents to every child in care. The Children and Social "
        "Work Act 2017 sets out seven needs they must bear in mind, starting with the child's "
        "best interests.\n"
    )
    assert fact_value(text, "corporate_parenting_principles") == 7


def test_needs_outside_corporate_parenting_count_no_principles() -> None:
    text = (
        _TITLE
        + "Our duties come from several laws. The Children and Social Work Act 2017 sets out "
        "three needs for social work regulation.\n"
    )
    assert fact_value(text, "corporate_parenting_principles") == 0


def test_a_way_we_call_by_a_name_is_the_model() -> None:
    text = (
        _TITLE
        + "Our family workers practise in a way we call Open Kitchen: they meet families over a "
        "meal and plan together.\n"
    )
    assert fact_value(text, "named_models") == ["Open Kitchen"]


def test_a_way_we_call_no_name_is_no_model() -> None:
    text = (
        _TITLE
        + "Our family workers practise in a way we call simple kindness: they listen first.\n"
    )
    assert fact_value(text, "named_models") == []
