"""Wordings blind set 376 showed the reader missing (decision 0554).

- A support age in a sentence that takes its subject from the one before it in the council's
  own voice ("Care leavers have … . We support young people until 21, …").
- Acts listed by their initials only, each with what it covers after a dash or colon.
- An amendment dated by a season after "over" ("brought up to date over the summer of 2025").
- A model the council "calls" by a name after saying which practice or work it is the approach
  to ("We call our approach to family work Harbour Lights").

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

from tests.families.fact_helpers import fact_count, fact_text, model_names, support_ages
from tests.reading import facts_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "About this chapter\n\n"
    "This chapter is for everyone who works in the borough's services for children.\n\n"
    "{heading}\n\n"
    "{paragraph}\n"
)


def _chapter(paragraph: str, heading: str = "How we work") -> str:
    return _CHAPTER.format(heading=heading, paragraph=paragraph)


def test_we_support_young_people_takes_the_care_leavers_of_the_sentence_before() -> None:
    paragraph = (
        "Young people who have left care each get a pathway plan. We help them until they "
        "are 21, and for longer, up to 25, if they are on a course or an apprenticeship."
    )
    assert support_ages(_chapter(paragraph)) == (21, [25])


def test_we_support_young_people_after_other_things_states_no_age() -> None:
    paragraph = (
        "Foster carers are paid an allowance each week. We support young people until they "
        "are 21 in the youth club programme."
    )
    assert support_ages(_chapter(paragraph)) is None


def test_acts_listed_by_their_initials_with_what_each_covers_are_the_legislation() -> None:
    paragraph = (
        "Throughout this manual the law is given by its initials:\n\n"
        "- CA 1989: help for children in need and children in care\n"
        "- CSWA 2017 - corporate parenting\n"
        "- CFA 2014 \u2013 the virtual school head\n"
        "- C(LC)A 2000 \u2013 young people leaving care\n"
    )
    text = _chapter(paragraph, heading="What the law asks of us")
    assert fact_count(text, "legislation_count") == 4


def test_dated_entries_with_what_changed_after_a_dash_are_no_legislation() -> None:
    paragraph = (
        "Changes to this chapter:\n\n"
        "- May 2024 \u2013 values rewritten\n"
        "- June 2025 \u2013 leaving care updated\n"
    )
    assert fact_count(_chapter(paragraph, heading="Changes"), "legislation_count") in (None, 0)


def test_a_season_after_over_dates_the_chapter_to_its_year() -> None:
    text = _CHAPTER.format(
        heading="Values",
        paragraph="We value honesty.",
    ).replace(
        "services for children.",
        "services for children. It was rewritten over the winter of 2024 and applies to all staff.",
    )
    assert fact_text(text, "amendment_date") == "2024"


def test_an_act_changed_over_a_season_does_not_date_the_chapter() -> None:
    text = _CHAPTER.format(heading="Values", paragraph="We value honesty.").replace(
        "services for children.",
        "services for children. The Children Act 1989 was amended over the spring of 2023.",
    )
    assert fact_text(text, "amendment_date") is None


def test_an_approach_to_named_work_called_by_a_name_is_the_model() -> None:
    paragraph = "We call our approach to family work Harbour Lights, and every team uses it."
    assert model_names(_chapter(paragraph, heading="Our approach")) == ["Harbour Lights"]


def test_an_approach_to_something_other_than_work_called_by_a_name_is_no_model() -> None:
    paragraph = "We call our approach to fostering recruitment Open Door Week each spring."
    assert model_names(_chapter(paragraph, heading="Fostering")) == []


def test_a_bracketed_later_age_after_longer_takes_the_condition_after_it() -> None:
    paragraph = (
        "Every care leaver has a personal adviser until 21, or longer (up to 25) where they "
        "are training for a job."
    )
    facts = facts_of(_chapter(paragraph), "chapter.txt")
    value = facts["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]
    assert value["extended"][0]["condition"] == "training for a job"
