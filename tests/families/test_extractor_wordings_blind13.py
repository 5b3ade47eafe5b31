"""The family's extractors on wordings met in the thirteenth blind round (issue 12, item 4): a
chapter "looked at again" in a month, a change dated by the edition it was made in, an
"Updated <day>" label followed by the change itself, and a model named in a "which is the
practice model" clause.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("text", "amendment"),
    [
        (
            "This chapter was looked at again in March 2023, when the values were shortened.",
            "2023-03",
        ),
        ("The policy was gone through in June 2022 and two paragraphs were merged.", "2022-06"),
        ("In the edition of May 2024 we added a section on kinship care.", "2024-05"),
        ("Updated 14 August 2023: the list of statutes was replaced.", "2023-08-14"),
    ],
)
def test_amendment_statements_in_fresh_wordings(text, amendment):
    assert facts_of("Our values.\n\n" + text + "\n")["amendment_date"].value == amendment


@pytest.mark.parametrize(
    "text",
    [
        # A page's stamp: a day after "Updated" and nothing about what changed.
        "Updated 2 June 2025",
        # Something other than the chapter was looked at.
        "The Children Act was looked at again in May 2021 by Parliament.",
        # A colon after the stamp, but no change named after it.
        "Updated 2 June 2025: contact the policy team with any questions.",
    ],
)
def test_wordings_that_are_no_amendment_statement(text):
    assert facts_of("Our values.\n\n" + text + "\n")["amendment_date"].value is None


@pytest.mark.parametrize(
    ("text", "models"),
    [
        (
            "Every team is trained in Family Network Practice, which is the practice model "
            "across children's services.",
            ["Family Network Practice"],
        ),
        ("Staff learn Signs of Safety, which is our model for assessment.", ["Signs of Safety"]),
    ],
)
def test_a_model_named_in_a_which_is_the_model_clause(text, models):
    assert facts_of("Our practice.\n\n" + text + "\n")["named_models"].value == models


def test_a_which_clause_about_something_else_names_no_model():
    text = "Staff attend Monday Briefings, which is the place to raise worries.\n"
    assert facts_of("Our practice.\n\n" + text)["named_models"].value == []
