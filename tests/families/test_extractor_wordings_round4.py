"""The family's extractors on a fourth round of wordings (issue 12, item 4): page labels without
a day, version and issue labels, legislation named in prose, models adopted under a title, a
body's name holding the looked-after term, and a timescale stated after the plan is named.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value
from tests.reading import facts_of

# --- dates and labels ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amendment", "stamp"),
    [
        ("Our values.\n\nLast reviewed October 2022\n", "2022-10", None),
        ("Our values.\n\nContent last reviewed and updated: January 2024\n", "2024-01", None),
        ("Our values.\n\nContent last reviewed and updated: 4 January 2024\n", None, "2024-01-04"),
        ("Our values.\n\nPublished: 4 June 2024\n", None, "2024-06-04"),
        ("Summary of changes (May 2024): Section 3 was rewritten.", "2024-05", None),
        (
            "This page sets out our values. We updated it in June 2023, when the offer to care "
            "leavers grew.",
            "2023-06",
            None,
        ),
        (
            "Version 4.1, reviewed in December 2024. Changes in this version: new links.",
            "2024-12",
            None,
        ),
    ],
)
def test_page_labels_and_change_notes(text, amendment, stamp):
    facts = facts_of(text)
    assert facts["amendment_date"].value == amendment
    assert facts["last_updated"].value == stamp


def test_a_stamp_without_a_day_is_no_last_updated_date():
    """SPEC: `last_updated` is an ISO date; a month alone cannot be one."""
    assert fact_value("Body text.\n\nLast updated: May 2024\n", "last_updated") is None


@pytest.mark.parametrize(
    "text",
    [
        "The statutory guidance was published 4 June 2024 by the department.",
        "Guidance first published: 4 June 2019 and kept under review.",
        "We will review it in June 2026.",
    ],
)
def test_dates_that_stamp_nothing(text):
    facts = facts_of(text)
    assert facts["last_updated"].value is None
    assert facts["amendment_date"].value is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Our values.\n\nIssue 4\n\nText of the chapter.", "Issue 4"),
        (
            "Version 4.1, reviewed in December 2024. Changes in this version: new links.",
            "Version 4.1",
        ),
        ("See issue 4 of the staff newsletter for the background.", None),
        ("Version 2 of the referral form is used by all teams.", None),
    ],
)
def test_version_and_issue_labels(text, label):
    assert fact_value(text, "version_label") == label


# --- legislation -----------------------------------------------------------------------------


def test_statutes_named_one_after_another_in_prose_are_the_legislation_list():
    text = (
        "Our values\n\nWe carry out our duties under the Children Act 1989, the Children Act "
        "2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, "
        "with the guidance that goes with them.\n"
    )
    assert fact_value(text, "legislation_count") == 4


def test_two_acts_in_a_sentence_are_no_list():
    text = "Our values\n\nWe follow the Children Act 1989 and the Children Act 2004 in all we do.\n"
    assert fact_value(text, "legislation_count") == 0


def test_a_sentence_after_an_unmarked_list_of_statutes_is_not_an_item():
    text = (
        "Policies\n\nThe law\nOur work rests on the following legislation:\nChildren Act 1989\n"
        "Children Act 2004\nChildren and Families Act 2014\n"
        "This chapter covers children in need, children we look after and care leavers.\n"
        "Our partners\nNo agency can keep children safe alone, and each one plays its part.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


# --- named models ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "models"),
    [
        (
            "Brackwater has adopted the Family Partnership Model for all of its family work.",
            ["Family Partnership Model"],
        ),
        (
            "Our workers use Motivational Social Work, an approach built on motivational "
            "interviewing.",
            ["Motivational Social Work"],
        ),
        (
            "Brackwater has adopted Systemic Practice as its practice model across all teams.",
            ["Systemic Practice"],
        ),
        (
            "In 2021 we introduced the Brackwater Family Partnership Model across early help.",
            ["Brackwater Family Partnership Model"],
        ),
        ("We use Strengths Based Practice, an approach that builds on what works.", []),
        ("Our training covers systemic practice and social pedagogy.", []),
    ],
)
def test_model_names_in_a_fourth_round_of_wordings(text, models):
    assert fact_value(text, "named_models") == models


def test_the_authoritys_name_before_practice_model_is_no_model():
    text = (
        "Our values\n\nThis chapter explains what Brackwater's service believes.\n\n"
        "The Brackwater practice model\n\nOur practice model is Restorative Practice. It asks "
        "workers to offer high support and high challenge.\n"
    )
    assert fact_value(text, "named_models") == ["Restorative Practice"]


# --- looked-after term, permanence -------------------------------------------------------------


def test_a_bodys_name_is_not_the_term_for_children():
    text = (
        "Our values\n\nWe expect as much for children who are looked after as for our own. "
        "Children who are looked after have a say in their plans. Young people from the "
        "Children in Care Council sit on the board, and the Children in Care Council sets "
        "one item on its agenda.\n"
    )
    assert fact_value(text, "looked_after_term") == "children who are looked after"


def test_permanence_months_in_the_sentence_after_the_plan_is_named():
    text = (
        "Permanence\n\nEvery child who cannot live at home should have a plan for permanence. "
        "We aim for that plan to be agreed within four months of the child coming into care.\n"
    )
    assert fact_value(text, "permanence_plan_months") == 4


def test_months_in_an_unrelated_next_sentence_are_no_permanence_timescale():
    text = (
        "Permanence\n\nPermanence gives children a stable home. Reviews are held every six "
        "months.\n"
    )
    assert fact_value(text, "permanence_plan_months") is None


def test_three_acts_in_ordinary_prose_are_no_list():
    text = (
        "Our values\n\nOur services follow the Children Act 1989, the Children Act 2004 and the "
        "Children and Social Work Act 2017 in everything they do.\n"
    )
    assert fact_value(text, "legislation_count") == 0
