"""A closing paragraph named by a kind that breaks away, followed by a paragraph of another kind
the chapter has not had (decision 0206): the values after the promises, then permanence, before
the next heading. Both leave the promises' section; where what follows is the section's own
topic, the cued paragraph stays.

Each case is written for this test in our own words.
"""

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

PROMISES = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Our promises\n\n"
    "The law asks councils to keep seven corporate parenting principles in mind for the "
    "children they look after. We have made each of them a promise to you.\n\n"
    "We will always act in your best interests and look after your health.\n\n"
    "We will ask what you think and take your wishes and feelings into account.\n\n"
    "We will help you to feel safe and settled, and get ready for adult life.\n\n"
)
VALUES = (
    "We want every family, and all the children in our care, to find us kind, honest and "
    "dependable. We tell people what worries us and why, and we do what we say we will.\n\n"
)
LEAVING = (
    "## Leaving care\n\n"
    "Care leavers have a personal adviser until they are 21, or 25 if they ask for one.\n"
)


def test_values_then_permanence_after_the_promises_leave_them() -> None:
    text = (
        PROMISES + VALUES + "Children should be brought up within their own families wherever "
        "it is safe. If that cannot happen, we look first to grandparents, aunts, uncles and "
        "friends, and a plan for permanence should be in place by the second review, four "
        "months after the child becomes looked after.\n\n" + LEAVING
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = [kind for kind, _ in kinds_and_starts(outline)]
    assert kinds[:4] == ["title", "corporate_parenting", "values", "key_principles"]
    assert outline.sections[2].text.strip().startswith("We want every family")


def test_values_before_another_promise_stay_with_the_promises() -> None:
    text = (
        PROMISES + VALUES + "We will also help you keep in touch with brothers and sisters, and "
        "with the people who matter to you.\n\n" + LEAVING
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert "values" not in [kind for kind, _ in kinds_and_starts(outline)]
