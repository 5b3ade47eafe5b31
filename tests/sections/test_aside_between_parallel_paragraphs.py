"""A paragraph of another kind between paragraphs written in parallel (decision 0353's follow-up
m17d): after several paragraphs that open alike ("You can …"), a paragraph the kind model reads
as another kind is an aside in them when the paragraph after it takes their opening up again; it
is a section of its own when it does not. Written for this test in our own words, about an
invented council, with other wordings than the tests of decision 0206.
"""

from tests.sections.outline_helpers import section_kinds

RIGHTS = (
    "# Looking after children: our policies and principles\n\n"
    "## What you can expect from us\n\n"
    "Every child we look after is entitled to the same care a good parent would give. These are "
    "the promises our corporate parents make to you.\n\n"
    "You can expect us to act in your best interests and to look after your health.\n\n"
    "You can expect us to listen to your wishes and feelings before we decide anything.\n\n"
    "You can expect us to help you feel safe and settled, and get ready for adult life.\n\n"
)
VALUES = (
    "We want every family we meet, and all the children we look after, to find us kind, open "
    "and reliable. We say what worries us and why, and we keep our word.\n\n"
)
LEAVING = (
    "## Leaving care\n\n"
    "Care leavers have a personal adviser until they are 21, or 25 if they ask for one.\n"
)


def test_a_paragraph_between_parallel_promises_stays_with_them() -> None:
    text = (
        RIGHTS + VALUES + "You can expect us to keep you in contact with brothers, sisters and "
        "the people you care about.\n\n" + LEAVING
    )
    assert "values" not in section_kinds(text, "markdown")


def test_without_the_opening_taken_up_again_the_paragraph_is_its_own_section() -> None:
    # near-miss: nothing after the values paragraph goes on with the promises
    assert "values" in section_kinds(RIGHTS + VALUES + LEAVING, "markdown")
