"""The family's extractors on wordings met in blind round 119 (decision 0195): a count of the
corporate parenting principles given after them ("principles, of which it has seven") and Acts
cited as where the chapter's framework is set out.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    "sentence",
    [
        "The Act turns a parent's duties into principles, of which it has seven, and we report "
        "on them every year.",
        "Corporate parents follow the statutory principles, of which there are seven.",
    ],
)
def test_a_count_given_after_the_principles(sentence: str) -> None:
    text = "Our policy.\n\nCorporate parenting\n\n" + sentence + "\n"
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_of_which_with_no_count_states_none() -> None:
    text = (
        "Our policy.\n\nCorporate parenting\n\nThe council follows principles, of which the "
        "first is to act in each child's best interests.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value != 1


def test_acts_in_which_the_framework_is_set_out_are_the_legislation() -> None:
    text = (
        "Our policy.\n\nThe framework for this work is set out in the Children Act 1989, the "
        "Adoption and Children Act 2002, the Children and Families Act 2014 and the guidance "
        "made under them.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_two_acts_in_passing_are_no_legislation_list() -> None:
    text = (
        "Our policy.\n\nThe framework we use was praised by inspectors, who cited the Children "
        "Act 1989 and the Children Act 2004 in their report.\n"
    )
    assert facts_of(text)["legislation_count"].value in (0, None)


def test_the_later_age_kept_by_those_named_in_the_next_paragraph() -> None:
    text = (
        "Our policy.\n\nCare leavers keep their personal adviser to 21.\n\n"
        "Those who are at college or university, or who ask for it, keep one until they are 25.\n"
    )
    support = facts_of(text)["leaving_care_support_age"].value
    assert support["age"] == 21
    assert [item["age"] for item in support["extended"]] == [25]


def test_those_named_inside_a_sentence_open_no_later_age() -> None:
    text = (
        "Our policy.\n\nCare leavers keep their personal adviser to 21.\n\n"
        "We thank those who are foster carers, who keep children safe until they are 18.\n"
    )
    support = facts_of(text)["leaving_care_support_age"].value
    assert support["extended"] == []


@pytest.mark.parametrize(
    ("note", "amendment"),
    [
        (
            "Amendment: paragraphs on kinship care and on the local offer revised, 7 May 2025.",
            "2025-05-07",
        ),
        ("Changes: the sections on consultation rewritten - October 2024.", "2024-10"),
        ("_Note: the list of partners updated, March 2026._", "2026-03"),
    ],
)
def test_a_labelled_note_of_a_part_changed_dated_last(note: str, amendment: str) -> None:
    text = "Our policy.\n\nWe work with families.\n\n" + note + "\n"
    assert facts_of(text)["amendment_date"].value == amendment


def test_a_labelled_note_of_a_part_to_be_changed_is_no_amendment() -> None:
    text = "Our policy.\n\nNote: the paragraphs on permanence to be revised by June 2026.\n"
    assert facts_of(text)["amendment_date"].value is None
