"""The family's extractors on wordings met in blind round 271 (decision 0402): a count of the
corporate parenting principles set beside them ("all seven of them"), a dated change of the
chapter as the clause a sentence opens with ("Since it was amended in …"), a law paragraph
hard-wrapped so that each line names an Act, Acts said to give "the county council" its duties,
and Dyadic Developmental Practice as a known model.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    "beside",
    [
        "The corporate parenting principles, all seven of them, hang in every team room.",
        "Members learn the corporate parenting principles (all 7 of them) in their first month.",
        "Officers know the corporate parenting principles \u2013 all seven of them \u2013 well.",
    ],
)
def test_a_count_set_beside_the_principles(beside: str) -> None:
    text = "Our policy\n\nCorporate parenting\n\n" + beside + "\n"
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_all_of_something_else_is_no_count_of_principles() -> None:
    text = (
        "Our policy\n\nCorporate parenting\n\nThe corporate parenting principles apply to our "
        "three children's homes and to all four of them equally.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 0


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Since it was amended in March 2025 it has covered children on remand as well.",
            "2025-03",
        ),
        (
            "When it was revised on 4 June 2024, the part on care leavers was rewritten.",
            "2024-06-04",
        ),
        (
            "After this chapter was updated in January 2026, every team was briefed on it.",
            "2026-01",
        ),
    ],
)
def test_a_change_of_the_chapter_as_the_clause_its_sentence_opens_with(
    sentence: str, date: str
) -> None:
    text = (
        "Our policy\n\nWe look after children well.\n\n"
        "A word about this chapter. " + sentence + "\n\nWe believe in families.\n"
    )
    assert facts_of(text)["amendment_date"].value == date


def test_a_clause_on_a_change_of_the_law_dates_nothing() -> None:
    text = (
        "Our policy\n\nWe look after children well.\n\n"
        "Since the Children Act 1989 was amended in 2017, councils have had to publish a local "
        "offer for care leavers.\n\nWe believe in families.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_a_law_paragraph_hard_wrapped_is_one_sentence_not_lines_of_titles() -> None:
    text = (
        "Our policy\n\n"
        "Our duties come from four Acts of Parliament: the\n"
        "Children Act 1989, the Adoption and Children Act 2002, the\n"
        "Children Act 2004 and the Children and Social Work Act\n"
        "2017. Each of them is explained in the chapters that follow.\n\n"
        "We believe in families.\n"
    )
    assert facts_of(text)["legislation_count"].value == 4


def test_titles_set_out_one_a_line_stay_a_list() -> None:
    text = (
        "Our policy\n\n"
        "Children Act 1989\nChildren Act 2004\nChildren and Families Act 2014\n\n"
        "We believe in families.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


@pytest.mark.parametrize(
    "council", ["the county council", "the borough council", "the city council"]
)
def test_acts_that_give_the_council_named_by_its_kind_its_duties(council: str) -> None:
    text = (
        "Our policy\n\nThe Children Act 1989 and the Children Act 2004, as amended by the "
        f"Children and Social Work Act 2017, give {council} its duties towards children in "
        "need.\n\nWe believe in families.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Our foster carers are all trained in Dyadic Developmental Practice.",
        "Therapists offer Dyadic Developmental Psychotherapy to children and their carers.",
    ],
)
def test_dyadic_developmental_practice_is_a_named_model(sentence: str) -> None:
    text = "Our policy\n\nHow we work\n\n" + sentence + "\n"
    assert len(facts_of(text)["named_models"].value) == 1
