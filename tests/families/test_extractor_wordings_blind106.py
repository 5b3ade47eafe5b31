"""Facts in wordings blind set 106 showed the reader missing (decision 0174).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- named models: "our ... approach called X" -----------------------------------------------


def test_our_relational_approach_called_a_quoted_name_names_the_model():
    text = (
        "Family Help Policy\n\n"
        "How we work\n"
        'Staff follow our relational approach called "Steady Ground" with every family.\n'
    )
    assert facts_of(text)["named_models"].value == ["Steady Ground"]


def test_the_councils_practice_approach_known_as_an_unquoted_name_names_the_model():
    text = (
        "Family Help Policy\n\n"
        "How we work\n"
        "The council's practice approach known as Open Doors guides each assessment we make.\n"
    )
    assert facts_of(text)["named_models"].value == ["Open Doors"]


def test_the_authoritys_own_name_owning_the_approach_names_the_model():
    text = (
        "Wrenfield Borough Council\n"
        "Family Help Policy\n\n"
        "How we work\n"
        "Wrenfield's strengths-based approach called Bright Paths shapes our plans.\n"
    )
    assert facts_of(text)["named_models"].value == ["Bright Paths"]


def test_another_places_approach_called_a_name_is_not_ours():
    text = (
        "Wrenfield Borough Council\n"
        "Family Help Policy\n\n"
        "How we work\n"
        "We visited Oxbury and learned from Oxbury's approach called Safe Harbour last year.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_an_approach_called_a_name_with_no_owner_is_not_read_by_this_wording():
    text = (
        "Family Help Policy\n\n"
        "Training\n"
        "A national charity runs an approach called Quiet Rooms for schools.\n"
    )
    assert facts_of(text)["named_models"].value == []


# --- principles: "Of the seven ..., three guide ..." -------------------------------------------


def test_of_the_seven_principles_three_picked_out_keeps_seven():
    text = (
        "Corporate Parenting Policy\n\n"
        "Our principles\n"
        "Of the seven principles of corporate parenting, three matter most in our planning:\n"
        "- acting in the best interests of each child;\n"
        "- hearing what children want and feel;\n"
        "- getting young people ready for adulthood.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_of_the_seven_principles_followed_by_all_seven_listed_counts_seven():
    text = (
        "Corporate Parenting Policy\n\n"
        "Our principles\n"
        "Of the seven principles of corporate parenting, these are the ones we follow:\n"
        "- acting in the best interests of each child;\n"
        "- hearing what children want and feel;\n"
        "- weighing their views;\n"
        "- helping them use services;\n"
        "- aiming high for them;\n"
        "- keeping them safe and settled;\n"
        "- getting young people ready for adulthood.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


# --- legislation: what the duties and the framework come from, the main Acts ---------------


def test_duties_to_named_people_coming_from_three_acts_are_the_list():
    text = (
        "Family Help Policy\n\n"
        "The law\n"
        "Our duties to children and their carers come from the Children Act 1989, the "
        "Children Act 2004 and the Children and Families Act 2014.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_the_framework_for_our_work_coming_from_three_acts_is_the_list():
    text = (
        "Family Help Policy\n\n"
        "The law\n"
        "The framework for our work comes from the Children Act 1989 (CA 1989) as amended, "
        "the Adoption and Children Act 2002 (ACA 2002) and the Children and Social Work Act "
        "2017 (CSWA 2017).\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_the_main_acts_are_three_acts_is_the_list():
    text = (
        "Family Help Policy\n\n"
        "The law\n"
        "The main Acts are the Children Act 1989, the Children and Families Act 2014 and the "
        "Children and Social Work Act 2017.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_three_acts_named_in_passing_are_no_list():
    text = (
        "Family Help Policy\n\n"
        "Training\n"
        "New staff spend a morning on the Children Act 1989, the Children Act 2004 and the "
        "Children and Families Act 2014 in their first month.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0
