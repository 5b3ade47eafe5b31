"""The family's extractors on wordings left over from earlier blind rounds (decision 0206): Acts
cited by their years before a plural title or with "of" before the year, a list of Acts closed
before a clause of its own, a later leaving-care age offered to care leavers past the first, a
known model in lower case said to be how the council works, and a plan for where a child will
grow up named in a clause of its own.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.reading import facts_of


def test_acts_cited_by_their_years_before_a_plural_title() -> None:
    text = (
        "Our policy.\n\nOur powers were given to us by the 1989 and 2004 Children Acts and by "
        "the Adoption and Children Act of 2002.\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 3
    assert [(item["instrument"], item["year"]) for item in facts["legislation"].value] == [
        ("Children Act", 1989),
        ("Children Act", 2004),
        ("Adoption and Children Act", 2002),
    ]


def test_a_plural_title_with_its_years_after_stays_one_item() -> None:
    text = (
        "Our policy.\n\nThe legislation behind this chapter:\n\n- Children Acts 1989 and 2004\n"
        "- Children and Families Act 2014\n- Children and Social Work Act 2017\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_two_years_in_passing_name_no_acts() -> None:
    text = (
        "Our policy.\n\nBetween 2019 and 2023 Fenmoor Children Services grew, and our duties "
        "are set out in the Children Act 1989.\n"
    )
    assert facts_of(text)["legislation_count"].value in (0, None)


def test_a_list_of_acts_closed_before_a_clause_of_its_own() -> None:
    text = (
        "Our policy.\n\nThe main legislation is the Children Act 1989, the Children Act 2004 "
        "and the Children and Social Work Act 2017; the Care Leavers (England) Regulations 2010 "
        "say what a pathway plan holds.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_a_list_run_on_with_semicolons_keeps_every_title() -> None:
    text = (
        "Our policy.\n\nThe main legislation is the Children Act 1989; the Children Act 2004; "
        "the Children and Social Work Act 2017; and the Care Leavers (England) Regulations "
        "2010.\n"
    )
    assert facts_of(text)["legislation_count"].value == 4


def test_a_later_age_offered_to_care_leavers_past_the_first() -> None:
    text = (
        "Our policy.\n\nEvery care leaver has a personal adviser until they are 21.\n\n"
        "A care leaver who is 21 or over can come back to us before their 25th birthday and "
        "ask for an adviser again.\n"
    )
    support = facts_of(text)["leaving_care_support_age"]
    assert support.value["age"] == 21
    assert [item["age"] for item in support.value["extended"]] == [25]
    assert not support.alternatives


def test_care_leavers_aged_eighteen_or_over_give_no_support_age() -> None:
    text = (
        "Our policy.\n\nCare leavers aged 18 or over keep a personal adviser until they are 21.\n"
    )
    support = facts_of(text)["leaving_care_support_age"].value
    assert support == {"age": 21, "extended": []}


def test_a_known_model_in_lower_case_named_as_how_we_work() -> None:
    text = (
        "Our policy.\n\nFamily safeguarding is the name we give to how we work with parents "
        "and children.\n"
    )
    assert facts_of(text)["named_models"].value == ["Family Safeguarding"]


def test_a_known_models_words_describing_work_name_no_model() -> None:
    text = (
        "Our policy.\n\nSchools use restorative practice in the way they handle conflict in "
        "class.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_a_plan_that_says_where_a_child_will_grow_up() -> None:
    text = (
        "Our policy.\n\nNo child should wait more than four months for a plan that says where "
        "they will grow up.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value == 4


def test_months_for_a_plan_of_another_kind_are_no_permanence_timescale() -> None:
    text = (
        "Our policy.\n\nNo child should wait more than four months for a plan that says which "
        "school they will go to.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value is None
