"""Facts as the twenty-second blind round's chapters state them (issue 12, item 4): a count of
corporate parenting principles given after the word "principles" ("are seven in number", "in
seven parts"), and a practice framework said to be a named one.

Each case is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from tests.reading import facts_of


def _chapter(corporate_parenting: str) -> str:
    return (
        "# Policies, Values and Principles\n\n"
        "## Caring for the children in our charge\n\n"
        "Every councillor shares the duty to the children we look after. "
        f"{corporate_parenting}\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The corporate parenting principles set by the 2017 Act are six in number.",
        "The Act lays down the corporate parenting principles in six parts.",
    ],
)
def test_a_count_stated_after_the_principles_is_their_number(sentence: str) -> None:
    assert facts_of(_chapter(sentence), "chapter.md")["corporate_parenting_principles"].value == 6


def test_principles_in_a_number_of_meetings_are_no_count() -> None:
    sentence = "Our corporate parenting principles are reviewed by the panel in meetings."
    assert facts_of(_chapter(sentence), "chapter.md")["corporate_parenting_principles"].value == 0


def test_a_practice_framework_said_to_be_a_named_practice_is_the_model() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Our way of working\n\n"
        "Our practice framework is Relational Practice. We look at the relationships around "
        "each child.\n"
    )
    assert facts_of(text, "chapter.md")["named_models"].value == ["Relational Practice"]
