"""The family's extractors on wordings met in the fourteenth blind round (issue 12, item 4):
support ages that reach a limit "at the age of" or "end at" one, later ages offered in brackets
or in clauses of their own (one age may be offered on two conditions), a condition opening the
sentence before "otherwise"; amendment dates in boxes, control fields, records set off by
spaces, after weekdays and "the first week of"; a title's own update; principles tables with a
column header; a model "we use"; the time to reach a permanent home.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_text, fact_value
from tests.reading import facts_of


def _support(text: str) -> tuple[int, list[int]] | None:
    value = fact_value("Our values.\n\n" + text + "\n", "leaving_care_support_age")
    if value is None:
        return None
    return value["age"], sorted(item["age"] for item in value["extended"])


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ("Young adults who have left care get help until they reach the age of 22.", (22, [])),
        ("For care leavers, help from a personal adviser usually ends at 21.", (21, [])),
        (
            "A personal adviser is offered to care leavers until the age of 21 (or 25 if they"
            " ask again later).",
            (21, [25]),
        ),
        (
            "Care leavers keep their personal adviser until they are 21. Two groups are the"
            " exception: students, who stay with us until they are 25, and young parents,"
            " who may stay until 23.",
            (21, [23, 25]),
        ),
        (
            "Help for care leavers runs until they are 21. There are some exceptions."
            " Apprentices may keep their adviser until 24, and anyone who asks may come back"
            " until they are 25.",
            (21, [24, 25]),
        ),
        (
            "Our help to care leavers lasts until they are 21. Students keep it until their"
            " course ends or they turn 24, whichever is sooner.",
            (21, [24]),
        ),
        (
            "If they are at college, care leavers keep their adviser until they are 24;"
            " otherwise our support ends at 21.",
            (21, [24]),
        ),
    ],
)
def test_support_ages_and_the_later_ages_offered(text, support):
    assert _support(text) == support


def test_one_later_age_offered_on_two_conditions_is_two_extensions():
    text = (
        "Care leavers are supported until they are 21. The exceptions are students, who may"
        " carry on until they are 25, and disabled young people, who can stay until 25 too."
    )
    assert _support(text) == (21, [25, 25])


def test_a_later_sentence_restating_an_age_already_offered_adds_no_extension():
    text = (
        "Care leavers have a personal adviser until they are 21, or until they are 25 while"
        " they study. Whatever they choose, they can ask us for advice at any time before"
        " they turn 25."
    )
    assert _support(text) == (21, [25])


def test_a_passing_age_yields_to_a_fuller_statement_that_agrees_with_it():
    text = (
        "We stay corporate parent to every care leaver up to the age of 25.\n\n"
        "Care leavers have a personal adviser until they are 21. Those in higher education"
        " keep that adviser until they are 25."
    )
    assert _support(text) == (21, [25])


def test_a_hard_wrapped_line_opening_with_the_age_ends_the_sentence_before_it():
    text = (
        "Every young person who has left our care can keep a personal adviser until they reach\n"
        "25. Nobody has to be in education or training to have one, and nobody is refused.\n"
    )
    assert _support(text) == (25, [])


def test_an_age_in_a_sentence_not_about_care_leavers_offers_no_extension():
    text = (
        "Care leavers keep their personal adviser until they are 21. Children's centres open"
        " until they are closed for the night."
    )
    assert _support(text) == (21, [])


@pytest.mark.parametrize(
    ("text", "amendment"),
    [
        (
            "# Our chapter\n\n> **What has changed (2nd March 2024)**\n>\n> - A new section.\n",
            "2024-03-02",
        ),
        (
            "Our values.\n\n| Owner | Head of Service |\n| Date approved | 12 May 2023 |\n",
            "2023-05-12",
        ),
        ("Our values.\n\n07/2021 First issue.\n\n03/2024 Leaving care text updated.\n", "2024-03"),
        (
            "Our values.\n\nThe chapter, as revised on Tuesday 4 June 2024, now covers care"
            " leavers.\n",
            "2024-06-04",
        ),
        (
            "Our values.\n\nThe latest amendment, made in the second week of May 2023, added a"
            " section on kinship care.\n",
            "2023-05",
        ),
        ("Our values.\n\nIssued 2 March 2020 · Amended 9 Jan 2024\n\nMore text.\n", "2024-01-09"),
        (
            "Our values.\n\nUpdated 5 August 2024. We have rewritten the section on permanence.\n",
            "2024-08-05",
        ),
    ],
)
def test_amendment_dates_where_councils_put_them(text, amendment):
    assert fact_text(text, "amendment_date") == amendment


def test_a_titles_own_update_is_no_amendment_of_the_chapter():
    text = (
        "Our values.\n\nThe statutory guidance Keeping Children Safe in Education was updated"
        " in September 2024, and our procedures follow it.\n"
    )
    assert fact_text(text, "amendment_date") is None


def test_a_bare_updated_stamp_with_a_day_is_still_the_pages():
    facts = facts_of("Our values.\n\nUpdated 5 August 2024\n")
    assert facts["amendment_date"].value is None
    assert facts["last_updated"].value == "2024-08-05"


def test_a_first_publication_older_than_an_amendment_is_no_page_stamp():
    facts = facts_of("Our values.\n\nPublished 2 March 2020 · Amended 9 Jan 2024\n\nMore text.\n")
    assert facts["last_updated"].value is None


def test_a_principles_table_after_its_introduction_loses_its_column_header():
    text = (
        "## Corporate parenting\n\n"
        "The principles below come from the Children and Social Work Act 2017:\n\n"
        "| Principle | How we live it |\n|---|---|\n"
        "| Best interests | We put their health first |\n"
        "| Voice | They express their views |\n"
        "| Heard | We take their views into account |\n"
        "| Services | We help them access services |\n"
        "| Aspiration | We aim high for them |\n"
        "| Stability | They are safe and settled |\n"
        "| Adulthood | We prepare them for adulthood |\n"
    )
    assert facts_of(text, "chapter.md")["corporate_parenting_principles"].value == 7


def test_a_practice_model_we_use_known_as_a_name():
    text = "Our values.\n\nThe practice model we follow is known as Bright Pathways.\n"
    assert facts_of(text)["named_models"].value == ["Bright Pathways"]


def test_the_time_to_reach_a_permanent_home_is_no_plan_timescale():
    text = (
        "Our values.\n\nWe want children who cannot go home to be living in a permanent"
        " placement within 9 months of coming into care.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value is None


def test_care_ending_at_18_is_no_support_age():
    text = "Foster care ends at 18; care leavers then keep a personal adviser until they are 21."
    assert _support(text) == (21, [])


def test_an_act_amended_on_a_date_is_no_amendment_of_the_chapter():
    text = "Our values.\n\nThe Adoption and Children Act 2002 was amended on 3 May 2022.\n"
    assert fact_text(text, "amendment_date") is None
