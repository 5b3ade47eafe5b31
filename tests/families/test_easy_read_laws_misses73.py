"""Laws as easy-read texts list them (decision 0495): a picture's label beside each Act is no
item of the list, and "They are …" names the Acts the sentence before counted. Written for this
test in our own words."""

from __future__ import annotations

from tests.families.fact_helpers import fact_count, fact_value

TITLE = "Looking After Children in Our Town\n\n"
AFTER = "\n\nWhat do we believe?\n\nEvery child matters, and we tell you the truth.\n"


def test_picture_labels_beside_listed_acts_are_no_items() -> None:
    text = TITLE + (
        "What laws do we follow?\n\n"
        "We follow these laws:\n\n"
        "- Picture of a scroll\n"
        "- the Adoption and Children Act 2002\n"
        "- Picture of a scroll\n"
        "- the Children and Families Act 2014\n"
        "- Picture of a scroll\n"
        "- the Children (Leaving Care) Act 2000" + AFTER
    )
    assert fact_count(text, "legislation_count") == 3
    cited = [item["instrument"] for item in fact_value(text, "legislation")]
    assert not [name for name in cited if "Picture" in name]


def test_they_are_names_the_acts_the_sentence_before_counted() -> None:
    text = TITLE + (
        "Why are there rules?\n\n"
        "Two important laws say what the council has to do.\n\n"
        "They are the Children Act 2004 and the Adoption and Children Act 2002." + AFTER
    )
    assert fact_count(text, "legislation_count") == 2


def test_they_are_after_a_sentence_with_no_count_is_ordinary_prose() -> None:
    text = TITLE + (
        "Why are there rules?\n\n"
        "Some people ask where our rules come from.\n\n"
        "They are the Children Act 2004 and the Adoption and Children Act 2002." + AFTER
    )
    assert fact_count(text, "legislation_count") == 0
