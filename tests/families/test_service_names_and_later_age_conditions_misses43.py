"""Named models and leaving-care conditions in wordings the misses43 round measured (decision
0288): a Title Case name made only of words that name a service or an area of work ("Family
Support", "Early Help", "Children's Social Care") is no model where only its place in the
practice model section would make it one, while a name the sentence calls the model, a known
model and a name of the model's own keep theirs; a later age's condition is its own words ("…,
or to 25 in education or training"), never the next table row, and a condition asked for is not
cut at words that only look like an age ("… who ask for the support to continue")."""

import pytest

from tests.families.fact_helpers import fact_value


def _models(heading: str, sentence: str) -> object:
    text = f"# Policy\n\n## {heading}\n\n{sentence}\n\n## Our values\n\nWe listen.\n"
    return fact_value(text, "named_models", "chapter.md")


@pytest.mark.parametrize("heading", ["How we work", "Our practice model", "Practice model"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Family Support is the council's approach to working with children.",
        "Children's Social Care is our approach to working with families.",
        "Family Support helps parents to keep their children safe at home.",
        "We use Early Help and Family Support across the county.",
        "Social Work is how we support families through hard times.",
        "Youth Justice works with young people who have offended.",
        "Intensive Family Support offers help at home for up to twelve weeks.",
    ],
)
def test_a_service_name_in_the_model_section_names_no_model(heading: str, sentence: str) -> None:
    assert _models(heading, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "model"),
    [
        ("Systemic Practice helps our workers to see the whole family.", "Systemic Practice"),
        ("We use Family Network Practice in every team.", "Family Network Practice"),
        ("We use Family Safeguarding in every team.", "Family Safeguarding"),
        ("Kinstone Circles is our approach to working with families.", "Kinstone Circles"),
        ("Our practice model is called Family Support.", "Family Support"),
        ("Our practice model is Family Support.", "Family Support"),
    ],
)
def test_a_models_own_name_or_one_called_the_model_is_named(sentence: str, model: str) -> None:
    assert _models("Our practice model", sentence) == [model]


def _leaving_care(body: str) -> object:
    text = f"# Policy\n\n## Leaving care\n\n{body}\n\n## Our values\n\nWe listen.\n"
    return fact_value(text, "leaving_care_support_age", "chapter.md")


def _extension(age: int, condition: str) -> dict[str, object]:
    return {"age": 21, "extended": [{"age": age, "condition": condition}]}


def test_a_rows_later_age_keeps_its_own_condition_not_the_next_rows() -> None:
    body = (
        "| Support | Ages |\n| --- | --- |\n"
        "| Personal adviser | 18 to 21, or to 25 in education or training |\n"
        "| Bursary for higher education | 18 to 25 |\n"
        "| Setting up home grant | 18 |"
    )
    assert _leaving_care(body) == _extension(25, "in education or training")


@pytest.mark.parametrize(
    ("body", "condition"),
    [
        (
            "Every care leaver has a personal adviser until 21, or to 25 in education.",
            "in education",
        ),
        (
            "- Personal adviser: until 21, or until 25 in higher education\n"
            "- Setting up home grant: from 18 to 25",
            "in higher education",
        ),
        (
            "Every care leaver has a personal adviser until 21, or until 25 at university.",
            "at university",
        ),
    ],
)
def test_a_later_age_with_its_condition_after_it(body: str, condition: str) -> None:
    assert _leaving_care(body) == _extension(25, condition)


def test_a_later_age_at_the_latest_is_no_condition() -> None:
    body = "Every care leaver has a personal adviser until 21, or to 25 at the latest."
    assert _leaving_care(body) == {"age": 21, "extended": []}


@pytest.mark.parametrize(
    ("row", "condition"),
    [
        ("Care leavers who ask for the support to continue", "who ask for the support to continue"),
        ("Those who request help to go on", "who request help to go on"),
    ],
)
def test_an_asked_for_rows_condition_is_not_cut_at_words_after_to(row: str, condition: str) -> None:
    body = (
        "| Support | Who | Until |\n| --- | --- | --- |\n"
        "| Personal adviser | Every care leaver | 21 |\n"
        f"| Personal adviser, continued | {row} | Their 25th birthday |"
    )
    assert _leaving_care(body) == _extension(25, condition)
