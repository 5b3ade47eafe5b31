"""Support ages from a table of entitlements a PDF copy gave with its cell boundaries lost
(decision 0410): a header line ending on its last column's "until" over rows that each end
with an age, a row's label sometimes wrapping onto lines of its own over the age. Each case is
written for this test in our own words about invented councils; each negative case is a
wording a careless reader would take for the fact."""

from tests.reading import facts_of

_OPENING = (
    "Policies, Values and Principles\n"
    "Harrowmere District Council\n"
    "What Care Leavers Can Expect\n"
    "The table shows the help a young person has after leaving our care.\n"
)
_CLOSING = (
    "\nOur Values\n"
    "We listen to children, we keep our word, and we tell families plainly what worries us\n"
    "about their children's safety.\n"
)


def _value(rows: str) -> object:
    fact = facts_of(_OPENING + rows + _CLOSING)["leaving_care_support_age"]
    assert not fact.conflict
    return fact.value


def test_rows_ending_with_a_birthday_under_an_until_header() -> None:
    value = _value(
        "Entitlement Lasts until\n"
        "Personal adviser for every care leaver Their 21st birthday\n"
        "Personal adviser for a care leaver at university Their 25th birthday\n"
    )
    assert value == {
        "age": 21,
        "extended": [{"age": 25, "condition": "for a care leaver at university"}],
    }


def test_a_label_wrapped_over_its_age_on_a_line_of_its_own() -> None:
    value = _value(
        "What we offer Up to\n"
        "A personal adviser\n"
        "Age 21\n"
        "A personal adviser for someone still\n"
        "in training\n"
        "Age 24\n"
    )
    assert value is not None
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [24]
    assert value["extended"][0]["condition"] == "for someone still in training"


def test_a_header_naming_the_adviser_makes_every_row_the_advisers() -> None:
    value = _value(
        "Young people Personal adviser until\n"
        "Everyone leaving care 21\n"
        "Studying or on an apprenticeship 25\n"
    )
    assert value is not None
    assert value["age"] == 21
    assert value["extended"][0]["age"] == 25
    assert value["extended"][0]["condition"] == "Studying or on an apprenticeship"


def test_a_staying_put_row_is_not_the_support_age() -> None:
    value = _value(
        "Support Available until\n"
        "Staying Put with former foster carers Age 21\n"
        "Personal adviser Age 25\n"
    )
    assert value == {"age": 25, "extended": []}


def test_rows_naming_no_leaving_care_under_a_plain_header_give_no_age() -> None:
    text = _OPENING + "Service Open until\nYouth club Age 19\nHomework club Age 18\n" + _CLOSING
    assert facts_of(text)["leaving_care_support_age"].value is None


def test_a_wrapped_sentence_ending_on_until_is_no_header() -> None:
    text = (
        _OPENING
        + "We review each plan with the young person and keep it until\n"
        + "the personal adviser and the young person agree it is done.\n"
        + "Personal adviser Age 21\n"
        + _CLOSING
    )
    assert facts_of(text)["leaving_care_support_age"].value is None


def test_rows_after_a_blank_line_are_not_the_tables() -> None:
    text = _OPENING + "Support Available until\n\nPersonal adviser Age 21\n" + _CLOSING
    assert facts_of(text)["leaving_care_support_age"].value is None
