"""Blind round 335: between looked-after terms used equally often, the one the chapter gives in
the plural is its name for the children.

A term names the children as a group ("children who are looked after", "Children in Care"); a
singular use ("every child in care", "a child who is looked after") speaks of one child's status.
Where two terms are used the same number of times, the term also written in the plural wins the
tie before the older rule (the term used first) is asked. Written for these tests in our own
words.
"""

import pytest

from tests.families.fact_helpers import one_section_value


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a singular use first, the plural of another term later: the plural names the children
        (
            "A home for every child in care. Councillors visit the homes of children who are "
            "looked after twice a year.",
            "children who are looked after",
        ),
        (
            "When a child is looked after, the council becomes a parent. It listens to "
            "children in care through its youth forum.",
            "Children in Care",
        ),
        # negatives: both in the plural, the first used still wins the tie
        (
            "Young people in care asked for more say. The council reviews the plans of children "
            "who are looked after.",
            "Children in Care",
        ),
        # both singular: the first used wins as before
        (
            "Each child in care has a plan. A child who is looked after is visited often.",
            "Children in Care",
        ),
        # the same weight from different numbers of uses is no equal use: the first used wins
        (
            "A child in care keeps their school. A child in care sees their brothers and "
            "sisters. Our Children Looked After told us so.",
            "Children in Care",
        ),
        # a term used more often wins, singular or not
        (
            "Every child in care has a say. Each child in care is visited. The council listens "
            "to children who are looked after.",
            "Children in Care",
        ),
    ],
)
def test_a_tie_goes_to_the_term_given_in_the_plural(text, term):
    assert one_section_value(text, "looked_after_term") == term
