"""The family's extractors on wordings met in the eighty-ninth blind round (decision 0151): the
corporate parenting principles set out as a series of "to" clauses with no colon, and the Acts a
sentence says provide the framework ("The framework … is provided by …"), however few.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.families.fact_helpers import fact_value

_HEAD = "Corporate parenting\n\n"


def _principles(text: str) -> int | None:
    value = fact_value(_HEAD + text + "\n", "corporate_parenting_principles")
    return value if value is None else int(value)


def _legislation(text: str) -> list[str]:
    value = fact_value("Introduction\n\n" + text + "\n", "legislation")
    return [item["cited"] for item in value or []]


def test_a_series_of_to_clauses_counts_each_clause():
    # Seven clauses, two of which ("safe", "stability") one cue alone would cover.
    assert (
        _principles(
            "As corporate parents we promise to act in the best interests of the children we "
            "look after, to hear what they tell us, to help them find the services they need, "
            "to expect great things of them, to keep them safe, to give them settled homes "
            "and to prepare them for adulthood."
        )
        == 7
    )


def test_a_series_whose_clauses_run_on_as_prose_is_not_counted_by_clause():
    # Six clauses, one of them prose of its own: the five principles the cues know are counted.
    text = (
        "As corporate parents we promise to act in the best interests of the children we look "
        "after, to ask what they think, to help them use the services, to hold high aspirations "
        "for them, to make sure that every one of them has someone at the council who knows their "
        "story and speaks for them at each meeting, and to prepare them for adulthood."
    )
    assert _principles(text) == 5


def test_a_series_that_does_not_open_on_a_principle_is_not_the_principles():
    text = (
        "As corporate parents we want our staff to be clear, to be kind, to be fair, to be "
        "quick and to be honest with the children we look after."
    )
    assert _principles(text) == 0


def test_acts_said_to_provide_the_framework_are_the_legislation_however_few():
    assert _legislation(
        "The framework for our services is provided by the Children Act 1989 and the Children "
        "Act 2004, with the guidance made under them."
    ) == ["Children Act 1989", "Children Act 2004"]
    assert _legislation(
        "The legal framework we work within was set out by the Children Act 1989 and the "
        "Adoption and Children Act 2002."
    ) == ["Children Act 1989", "Adoption and Children Act 2002"]


def test_two_acts_named_in_passing_are_no_list():
    assert (
        _legislation(
            "Our training covers the Children Act 1989 and the Children Act 2004 in the first "
            "week of induction."
        )
        == []
    )
