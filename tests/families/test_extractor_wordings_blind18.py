"""The family's extractors on wordings met in the eighteenth blind round (issue 12, item 4): an
amendment labelled as the most recent revision or change.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("sentence", "amendment"),
    [
        ("Most recent revision: April 2023, when the outcomes were shortened.", "2023-04"),
        ("Recent changes - October 2022: the values were rewritten with young people.", "2022-10"),
        ("Most recent amendment: 9 May 2025.", "2025-05-09"),
    ],
)
def test_an_amendment_labelled_as_the_most_recent_revision(sentence, amendment):
    assert facts_of("Our policy.\n\n" + sentence + "\n")["amendment_date"].value == amendment


def test_a_most_recent_review_to_come_is_no_amendment():
    text = "Our policy.\n\nThe most recent revision will be reviewed in June 2027.\n"
    assert facts_of(text)["amendment_date"].value is None
