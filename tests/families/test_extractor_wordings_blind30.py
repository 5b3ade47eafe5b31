"""Facts in wordings blind set 30 showed the reader missing (decision 0072).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- leaving-care support age --------------------------------------------------------------------


def test_support_that_ends_when_they_turn_an_age_then_goes_beyond_it_on_a_condition():
    text = (
        "Aftercare\n"
        "Our leaving care team's help usually ends when the young person turns 21. It can go on "
        "beyond 21 where they are at college or university, up to the age of 25.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]
    assert "college or university" in value["extended"][0]["condition"]


def test_staying_put_age_is_not_the_support_age_when_the_adviser_age_is_stated():
    text = (
        "Care leavers\n"
        "Through Staying Put, a young person may remain in their foster home until they are 21. "
        "All care leavers, staying put or not, keep a personal adviser up to 25.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value == {"age": 25, "extended": []}


def test_a_staying_put_age_alone_is_still_read():
    text = (
        "Leaving care\n"
        "Care leavers can stay on with their foster carers under Staying Put up to the age of "
        "21.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value == {"age": 21, "extended": []}


def test_a_guidance_title_in_the_legislation_list_states_no_support_age():
    text = (
        "Legislation\n"
        "This chapter relies on the following legislation:\n\n"
        "- Children Act 1989\n"
        "- Children and Social Work Act 2017\n"
        "- Personal advisers for care leavers up to age 25 (statutory guidance)\n"
    )
    assert facts_of(text, "chapter.md")["leaving_care_support_age"].value is None


# --- named models --------------------------------------------------------------------------------


def test_a_model_considered_but_not_adopted_is_not_the_councils():
    text = (
        "How we work\n"
        "Last year our managers visited two councils that use Family Safeguarding, and decided "
        "not to adopt it here.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_a_framework_the_council_has_not_adopted_is_not_named():
    text = (
        "Our way of working\n"
        "We have studied the Signs of Safety framework closely but have not adopted it; our "
        "teams plan with families in their own way.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_a_model_used_instead_of_another_names_only_the_one_used():
    text = (
        "Practice\n"
        "Our social workers follow Restorative Practice rather than Family Safeguarding.\n"
    )
    assert facts_of(text)["named_models"].value == ["Restorative Practice"]


def test_a_model_rejected_in_one_sentence_but_used_in_another_still_counts():
    text = (
        "Our practice model\n"
        "All of our teams use Signs of Safety with families. We looked at Family Safeguarding "
        "as well, but chose not to use it.\n"
    )
    assert facts_of(text)["named_models"].value == ["Signs of Safety"]


def test_workers_trained_in_a_named_practice_under_the_model_heading():
    text = (
        "Our practice model\n"
        "Every social worker here is trained in Systemic Practice, which sees a child through the "
        "relationships around them.\n"
    )
    assert facts_of(text)["named_models"].value == ["Systemic Practice"]


def test_approach_to_practice_is_a_name_made_of_describing_words():
    text = (
        "Introduction\n"
        "We serve children in need and their families, and our approach to practice is Systemic "
        "Practice, working with the whole family network.\n"
    )
    assert facts_of(text)["named_models"].value == ["Systemic Practice"]


# --- legislation ---------------------------------------------------------------------------------


def test_a_table_that_types_each_instrument_lists_the_titles_in_its_second_column():
    text = (
        "# Policies\n\n"
        "## Our legal duties\n\n"
        "The council acts under:\n\n"
        "| Kind | Name |\n|---|---|\n"
        "| Act | Children Act 2004 |\n"
        "| Act | Adoption and Children Act 2002 |\n"
        "| Regulations | Fostering Services (England) Regulations 2011 |\n"
        "| Guidance | Working Together to Safeguard Children 2023 |\n"
    )
    facts = facts_of(text, "chapter.md")
    assert facts["legislation_count"].value == 4
    assert [item["instrument"] for item in facts["legislation"].value] == [
        "Children Act",
        "Adoption and Children Act",
        "Fostering Services (England) Regulations",
        "Working Together to Safeguard Children",
    ]


def test_a_version_table_whose_date_column_ends_in_years_is_no_legislation_list():
    text = (
        "# Policies\n\n"
        "| Issue | Issued on | Notes |\n|---|---|---|\n"
        "| 1 | April 2020 | First published |\n"
        "| 2 | June 2022 | New section on kinship care |\n"
        "| 3 | 9 October 2024 | Links checked |\n"
    )
    assert facts_of(text, "chapter.md")["legislation_count"].value == 0


def test_a_list_run_into_a_sentence_with_semicolons_keeps_commas_and_yearless_guidance():
    text = (
        "Introduction\n"
        "Our work is founded on the Children Act 1989; the Adoption and Children Act 2002; the "
        "Review of Children's Cases, Placements and Plans (England) Regulations 2015; and "
        "Working Together to Safeguard Children.\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 4
    instruments = [item["instrument"] for item in facts["legislation"].value]
    assert instruments[2] == (
        "Review of Children's Cases, Placements and Plans (England) Regulations"
    )
    assert instruments[3] == "Working Together to Safeguard Children"
