"""Facts in the wordings of blind round 33: an amendment dated by a quarter ("Revised in Q2
2023"), a version label beside a labelled date ("Version 2.2 | Reviewed: May 2023"), principles
numbered in roman numerals or split into two lists, a council's duties said to come from three
Acts, a model looked at but not chosen, and a way of working given a name in quotes.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _value(text: str, key: str, filename: str = "chapter.txt") -> object:
    return facts_of(_TITLE + text, filename)[key].value


# --- amendment dates ---------------------------------------------------------------------------


def test_a_quarter_dates_an_amendment_to_its_year() -> None:
    text = "Revised in Q2 2023 so that the section on fostering describes Staying Close.\n"
    assert _value(text, "amendment_date") == "2023"


def test_a_quarter_to_come_dates_no_amendment() -> None:
    text = (
        "This chapter sets out how the council works with children.\n\n"
        "Next review: Q4 2027. A fuller rewrite is planned for Q1 2028.\n"
    )
    assert _value(text, "amendment_date") is None


# --- version labels ----------------------------------------------------------------------------


def test_a_version_beside_a_labelled_date_is_the_label() -> None:
    text = "Version 2.2 | Reviewed: May 2023\n\nThis chapter applies to social workers.\n"
    assert _value(text, "version_label") == "Version 2.2"


# --- corporate parenting principles ------------------------------------------------------------


def test_principles_numbered_in_roman_numerals_are_counted() -> None:
    text = (
        "Corporate parenting\n\n"
        "As corporate parents we keep to these principles:\n\n"
        "i. we act in the best interests of every child we care for;\n"
        "ii. we ask young people for their views, wishes and feelings;\n"
        "iii. we take account of what they tell us;\n"
        "iv. we help them get access to the services they need;\n"
        "v. we hold high aspirations for them;\n"
        "vi. we keep them safe and give them stability at home and at school;\n"
        "vii. we prepare them for adult life and living on their own.\n"
    )
    assert _value(text, "corporate_parenting_principles", "chapter.md") == 7


def test_principles_split_into_two_lists_count_both() -> None:
    text = (
        "Corporate parenting\n"
        "Our councillors keep the corporate parenting principles in mind in every decision. "
        "Two of them are about what young people say:\n"
        "- asking young people for their views, wishes and feelings\n"
        "- taking account of what they tell us\n\n"
        "The remaining five are about how their lives go:\n"
        "- acting in their best interests and caring for their health\n"
        "- helping them get access to services\n"
        "- holding high aspirations for them\n"
        "- keeping them safe and settled at home and at school\n"
        "- preparing them for adult life\n\n"
        "Care leavers\n"
        "Young people can talk to the care leavers' team at any time.\n"
    )
    assert _value(text, "corporate_parenting_principles") == 7


def test_a_list_after_the_principles_that_does_not_carry_them_on_is_left_out() -> None:
    text = (
        "Corporate parenting\n"
        "Our councillors keep the corporate parenting principles in mind in every decision. "
        "They are:\n"
        "- acting in their best interests and caring for their health\n"
        "- asking young people for their views, wishes and feelings\n"
        "- taking account of what they tell us\n"
        "- helping them get access to services\n"
        "- holding high aspirations for them\n"
        "- keeping them safe and settled at home and at school\n"
        "- preparing them for adult life\n\n"
        "We check how well we do this in three ways:\n"
        "- an annual survey\n"
        "- visits by councillors\n"
        "- the children in care council\n"
    )
    assert _value(text, "corporate_parenting_principles") == 7


# --- legislation -------------------------------------------------------------------------------


def test_duties_said_to_come_from_three_acts_are_the_legislation() -> None:
    text = (
        "Introduction\n"
        "Most of what we must do for children arises from law: our duties stem largely from the "
        "Children Act 1989, the Adoption and Children Act 2002 and the Children and Social "
        "Work Act 2017.\n"
    )
    assert _value(text, "legislation_count") == 3


def test_three_acts_named_without_saying_they_ground_the_duties_are_no_list() -> None:
    text = (
        "History\n"
        "Our team was set up after the Children Act 1989, grew after the Children Act 2004 and "
        "moved offices after the Children and Families Act 2014 came in.\n"
    )
    assert _value(text, "legislation_count") == 0


# --- named models ------------------------------------------------------------------------------


def test_a_model_looked_at_but_not_chosen_is_not_the_councils() -> None:
    text = (
        "How we work\n"
        "Last year we visited councils that use Family Safeguarding, but we have not yet "
        "chosen one for ourselves.\n"
    )
    assert _value(text, "named_models") == []


def test_a_way_of_working_named_in_quotes_is_a_model() -> None:
    text = (
        "Our approach\n"
        'Across the service we call our way of working "Hand in Hand": families help to write '
        "their own plans.\n"
    )
    assert _value(text, "named_models") == ["Hand in Hand"]
