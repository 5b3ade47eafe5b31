"""Support ages in a key-facts table that a PDF viewer's copy gave a cell a line (decision 0394).

The row's label ("Personal adviser for each care leaver") stands on a line or two of its own,
its value ("Up to age 21") on the next; a later row picks some care leavers out by their
studies, with no "who". Each case is written for this test in our own words; each negative case
is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

_OPENING = (
    "Policies, Values and Principles\n"
    "Dunmere Borough Council\n"
    "Quick Reference\n"
    "These are the figures staff are asked about most.\n"
    "Subject Figure\n"
)
_CLOSING = (
    "Our Values\n"
    "We listen to children, we keep our word, and we tell families plainly what worries us\n"
    "about their children's safety.\n"
)


def _age(rows: str) -> dict[str, object]:
    fact = facts_of(_OPENING + rows + _CLOSING)["leaving_care_support_age"]
    assert not fact.conflict
    return fact.value


def test_a_value_cell_under_its_label_gives_the_support_age() -> None:
    value = _age("Personal adviser for each\ncare leaver\nUntil the age of 21\n")
    assert value["age"] == 21


def test_a_later_row_for_students_extends_the_age() -> None:
    value = _age(
        "Personal adviser for each\ncare leaver\nUp to age 21\n"
        "Personal adviser for young people at\nuniversity\nUp to age 25\n"
    )
    assert value["age"] == 21
    assert [extension["age"] for extension in value["extended"]] == [25]


def test_a_value_cell_with_more_words_than_the_limit_is_no_value_cell() -> None:
    text = _OPENING + "Personal adviser for each\ncare leaver\nUp to age 21 and beyond\n" + _CLOSING
    assert facts_of(text)["leaving_care_support_age"].value is None


def test_a_label_ending_in_a_stop_is_prose_not_a_cell() -> None:
    text = _OPENING + "Every care leaver has a personal adviser.\nUp to age 21\n" + _CLOSING
    assert facts_of(text)["leaving_care_support_age"].value is None
