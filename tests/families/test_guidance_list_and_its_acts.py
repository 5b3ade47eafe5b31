"""A list of guidance titles introduced as statutory guidance, and the Acts a sentence right after
it names as its subject (decision 0329). Each chapter is written for this test in our own words,
with near misses that must not be read so."""

import pytest

from tests.reading import facts_of

TITLE = "Fostering Handbook: Principles and Practice\n\nBramwick Borough Council\n\n"

GUIDANCE = (
    "- Working Together to Safeguard Children (2023)\n"
    "- The Children Act 1989 guidance and regulations, Volume 3: planning transition to "
    "adulthood\n"
    "- Promoting the education of looked-after children and previously looked-after children "
    "(2018)\n"
    "- Fostering Services National Minimum Standards (2011)\n"
)


@pytest.mark.parametrize(
    "heading",
    ["Statutory guidance we follow", "The statutory guidance behind this handbook"],
)
def test_a_list_introduced_as_statutory_guidance_is_the_legislation_list(heading: str) -> None:
    text = TITLE + f"{heading}\n\n{GUIDANCE}\nOur values\n\nWe put children first.\n"
    assert facts_of(text)["legislation_count"].value == 4


@pytest.mark.parametrize(
    "sentence",
    [
        "The Acts behind this guidance are the Children Act 1989 and the Care Standards Act 2000.",
        "The legislation these documents rest on includes the Children Act 1989 and the Care "
        "Standards Act 2000.",
        "Acts that sit behind them are the Children Act 1989 and the Care Standards Act 2000.",
    ],
)
def test_acts_named_as_the_subject_of_the_sentence_after_the_list_join_it(sentence: str) -> None:
    text = (
        TITLE
        + f"Statutory guidance we follow\n\n{GUIDANCE}\n{sentence}\n\n"
        + "Our values\n\nWe put children first.\n"
    )
    assert facts_of(text)["legislation_count"].value == 6


def test_a_sentence_after_the_list_that_is_not_about_the_acts_adds_nothing() -> None:
    sentence = "Our fostering panel meets monthly under the Care Standards Act 2000 and the rules."
    text = (
        TITLE
        + f"Statutory guidance we follow\n\n{GUIDANCE}\n{sentence}\n\n"
        + "Our values\n\nWe put children first.\n"
    )
    assert facts_of(text)["legislation_count"].value == 4


def test_acts_under_the_next_heading_are_not_the_lists() -> None:
    text = (
        TITLE
        + f"Statutory guidance we follow\n\n{GUIDANCE}\nOur values\n\n"
        + "The Acts we care about most are the Children Act 1989 and the Care Standards Act "
        + "2000.\n"
    )
    assert facts_of(text)["legislation_count"].value == 4


def test_a_guidance_list_of_other_things_is_no_legislation_list() -> None:
    items = "- Our fostering handbook\n- The carers' newsletter\n- Training calendar\n"
    text = TITLE + f"Statutory guidance we follow\n\n{items}\nOur values\n\nWe care.\n"
    assert facts_of(text)["legislation_count"].value in (0, None)
