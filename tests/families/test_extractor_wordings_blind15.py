"""The family's extractors on wordings met in the fifteenth blind round (issue 12, item 4): a
sentence saying which version the text is, a revision named with its date after a comma, a
later leaving-care age offered "on request", and a list of principles written as plain lines
followed by an ordinary sentence.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("This is version 3.4 of the policy, agreed by the directorate.", "3.4"),
        ("This document is version 7 and replaces all earlier copies.", "7"),
    ],
)
def test_a_sentence_saying_which_version_the_text_is(sentence, label):
    assert facts_of("Our policy.\n\n" + sentence + "\n")["version_label"].value == label


def test_a_version_of_something_else_is_no_label():
    text = "Our policy.\n\nIt follows the version of the guidance issued by the government.\n"
    assert facts_of(text)["version_label"].value is None


@pytest.mark.parametrize(
    ("sentence", "amendment"),
    [
        ("The policy's most recent revision, in August 2023, shortened the values.", "2023-08"),
        ("Its last update, in March 2022, added a paragraph on kinship care.", "2022-03"),
    ],
)
def test_a_revision_dated_after_a_comma(sentence, amendment):
    assert facts_of("Our policy.\n\n" + sentence + "\n")["amendment_date"].value == amendment


def test_a_published_review_dated_after_a_comma_is_no_amendment():
    text = "Our policy.\n\nThe national review, in May 2022, called for more early help.\n"
    assert facts_of(text)["amendment_date"].value is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Care leavers have a personal adviser until they are 21, and until 25 on request.",
        "Care leavers keep their personal adviser to 21, or to 25 at their own request.",
    ],
)
def test_a_later_leaving_care_age_offered_on_request(sentence):
    value = facts_of("Our policy.\n\n" + sentence + "\n")["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_a_list_of_lower_case_lines_ends_at_the_sentence_after_it():
    text = (
        "Corporate parenting\n"
        "Every part of the council is a parent to children in its care. The seven corporate "
        "parenting principles guide us:\n"
        "acting in their best interests and caring for their health\n"
        "asking them what they think and feel\n"
        "taking what they say into account\n"
        "helping them use our services and those of our partners\n"
        "expecting a great deal of them and for them\n"
        "keeping them safe with stable homes and schooling\n"
        "getting them ready for adult life\n"
        "Care leavers have a personal adviser until they are 21 years old.\n"
        "Our hopes for children\n"
        "We want every child here to be safe, healthy and happy, and to do well at school.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7
